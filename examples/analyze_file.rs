//! Print the analysis of one article: `cargo run --example analyze_file -- FILE`.
//! For eyeballing the analyser; the evaluation lives in `eval_ner`.

use newsls::analysis::analyze;

fn main() {
    let path = std::env::args().nth(1).expect("usage: analyze_file FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let a = analyze(&text);
    println!("date: {:?}", a.date.map(|d| d.date));
    for s in &a.sentences {
        println!("S {:?}", s.text(&text));
    }
    for m in &a.mentions {
        let title = m.title.map(|t| t.text(&text)).unwrap_or("");
        println!(
            "M {:<7} {:<10} {:?} name={:?} title={:?} canon={:?}",
            m.ty.label(),
            m.kind.label(),
            m.span.text(&text),
            m.name,
            title,
            m.canonical
        );
    }
    for v in &a.values {
        println!("V {:?} {:?} {:?}", v.span.text(&text), v.hedge, v.kind);
    }
}
