//! Print the claims newsls reads in a set of articles, one line
//! each: `cargo run --example claims -- FILE...`. For inspecting why two
//! figures were (or were not) compared; the evaluation is `eval_contradictions`.

use newsls::workspace::{Article, Workspace};

fn main() {
    let mut ws = Workspace::new();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        ws.insert(Article::analyze(path.as_str().into(), text.into()));
    }
    for article in ws.articles() {
        for (key, text, updated, fact, subject) in ws.claims_of(&article.id) {
            let flag = if updated { "  (update)" } else { "" };
            let subject = subject.map(|id| id.to_string()).unwrap_or_default();
            println!("{}\t{key}\t{text:?}\t{fact}\t{subject}{flag}", article.id);
        }
    }
}
