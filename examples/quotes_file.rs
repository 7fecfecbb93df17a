//! Print the attributed quotes of articles and who speaks them:
//! `cargo run --example quotes_file -- FILE...`. For eyeballing `facts::quotes`
//! and `coref::credit_speakers`.

use newsls::analysis::{Facts, analyze};

fn main() {
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
        let a = analyze(&text);
        let facts = Facts::extract(&text, &a);
        for q in &facts.quotes {
            let name = a.mentions.get(q.speaker).map_or("?", |m| m.name.as_str());
            println!(
                "{path}: {:?} <- {:?} [{}]",
                q.span.text(&text).chars().take(70).collect::<String>(),
                name,
                q.speaker_span.text(&text)
            );
        }
    }
}
