//! Throughput of the analysis core (segmentation + entities + values), one
//! core: `cargo bench --bench analysis [-- FILES…]`. Without files it uses
//! a synthetic news-style article; with files, their concatenation. Also
//! prints the rate at 1× and 16× length to show linear scaling.

use std::hint::black_box;
use std::time::Instant;

use newsls::analysis::analyze;

const SAMPLE: &str = "LAGOS, March 3, 2019 (Reuters) - Nigeria's President Muhammadu Buhari \
met Foreign Minister Geoffrey Onyeama on Tuesday, a spokesman said. Mr. Buhari's party, the All \
Progressives Congress (APC), won 52.4% of the vote, nearly two points more than in 2015. \
\"We are grateful,\" said Andrei Lankov, a professor at Seoul's Kookmin University. The minister \
told reporters at about 7:40 a.m. local time that some 20,000 people had gathered and that the \
$34 million programme would take two-and-a-half years. The U.S. Embassy in Abuja and the \
European Union said more than 40 observers were present. Kim Jong-un’s envoy, Choe Son-hui, was \
not.\n\nThe Super Eagles beat Ghana 2-1 in front of 40,000 fans at the National Stadium.\n\n";

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn rate(text: &str, min_secs: f64) -> f64 {
    let w = words(text);
    let start = Instant::now();
    let mut n = 0usize;
    while start.elapsed().as_secs_f64() < min_secs || n == 0 {
        black_box(analyze(black_box(text)));
        n += 1;
    }
    (w * n) as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    let files: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let base = if files.is_empty() {
        SAMPLE.repeat(8)
    } else {
        files
            .iter()
            .filter_map(|f| std::fs::read_to_string(f).ok())
            .collect::<Vec<_>>()
            .join("\n\n")
    };
    black_box(analyze(&base)); // build the gazetteers once
    for k in [1usize, 16] {
        let text = base.repeat(k);
        let r = rate(&text, 2.0);
        println!(
            "{:>8} words: {:>12.0} words/s ({:.2} MB/s)",
            words(&text),
            r,
            r * text.len() as f64 / words(&text) as f64 / 1e6
        );
    }
}
