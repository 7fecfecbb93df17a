//! End-to-end server figures: time and peak memory to index a workspace,
//! and request round trips, measured against the real binary over stdio.
//! Run with `cargo bench --bench workspace` (add `-- N` to set the
//! synthetic workspace size; default 1000 articles; `--cycle DIR` builds
//! the N articles by cycling the `.txt` files under DIR instead, such as
//! a real news corpus).

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "support/synthetic.rs"]
mod synthetic;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{Init, SEEDS};
use serde_json::json;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(1000);
    let cycle = args.iter().position(|a| a == "--cycle").and_then(|i| args.get(i + 1));
    let synthetic = tempfile::tempdir().expect("tempdir");
    let words = match cycle {
        Some(dir) => synthetic::cycle(Path::new(dir), synthetic.path(), n),
        None => synthetic::write(synthetic.path(), n),
    };
    for (name, root) in [("seeds", Path::new(SEEDS)), ("synthetic", synthetic.path())] {
        let words = if name == "seeds" { count_words(root) } else { words };
        measure(name, root, words);
    }
    let t = Instant::now();
    let out = std::process::Command::new(common::BIN)
        .args(["check", &synthetic.path().to_string_lossy(), "--format", "json"])
        .output()
        .expect("run newsls check");
    println!(
        "newsls check over {n} articles: {:.1} ms (exit {:?})",
        t.elapsed().as_secs_f64() * 1e3,
        out.status.code()
    );
}

/// Indexes `root` in a fresh server, then times requests at two mentions:
/// the article's first name (in the synthetic workspace an entity of every
/// article) and its last one (an entity of a few articles).
fn measure(name: &str, root: &Path, words: usize) {
    let start = Instant::now();
    let (mut c, _) = Init::new().root(root).start();
    let status = c.wait_status(
        |s| s["indexing"] == false && s["pending"] == false && s["articles"].as_u64() > Some(0),
        Duration::from_secs(120),
    );
    let index = start.elapsed();
    println!(
        "{name}: {} articles, {words} words: indexed in {:.1} ms, peak RSS {:.1} MiB",
        status["articles"],
        index.as_secs_f64() * 1e3,
        synthetic::peak_rss_kib(c.pid()) as f64 / 1024.0
    );

    let first = first_article(root);
    let text = std::fs::read_to_string(&first).expect("read article");
    let uri = format!("file://{}", first.display());
    c.open(&uri, 1, &text);
    c.settle();
    // Only the names the server recognises (in real copy the two-word
    // heuristic also meets sentence openers).
    let names: Vec<(usize, usize)> = name_positions(&text)
        .into_iter()
        .filter(|&(line, character)| !c.hover(&uri, json!({"line": line, "character": character})).is_null())
        .collect();
    for (label, (line, character)) in [("first name", names[0]), ("last name", names[names.len() - 1])] {
        let pos = json!({"line": line, "character": character});
        let count = c.references(&uri, pos.clone(), true).as_array().map_or(0, Vec::len);
        for what in ["hover", "definition", "references"] {
            let mut times = Vec::with_capacity(500);
            for _ in 0..500 {
                let t = Instant::now();
                let answer = match what {
                    "hover" => c.hover(&uri, pos.clone()),
                    "definition" => c.definition(&uri, pos.clone()),
                    _ => c.references(&uri, pos.clone(), true),
                };
                times.push(t.elapsed());
                assert!(!answer.is_null(), "{what} found no entity at {pos}");
            }
            times.sort();
            let ms = |d: Duration| d.as_secs_f64() * 1e3;
            println!(
                "  {what:<10} at the {label:<10} ({count:>5} mentions): p50 {:.3} ms  p99 {:.3} ms",
                ms(times[times.len() / 2]),
                ms(times[times.len() * 99 / 100])
            );
        }
    }
    c.shutdown();
}

/// Positions (UTF-16, as the default client) inside every two-word
/// capitalised name after the first line: places every analyser marks.
fn name_positions(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (line_no, line) in text.lines().enumerate().skip(1) {
        let mut at = 0;
        let words: Vec<(usize, &str)> = line
            .split(' ')
            .map(|w| {
                let start = at;
                at += w.len() + 1;
                (start, w)
            })
            .collect();
        let cap = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic);
        for pair in words.windows(2) {
            if cap(pair[0].1) && cap(pair[1].1) {
                out.push((line_no, line[..pair[1].0 + 1].encode_utf16().count()));
            }
        }
    }
    out
}

fn first_article(root: &Path) -> std::path::PathBuf {
    let mut files: Vec<_> = std::fs::read_dir(root)
        .expect("read dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files.remove(0)
}

/// Position (UTF-16, as the default client) of the first two-word
fn count_words(root: &Path) -> usize {
    std::fs::read_dir(root)
        .expect("read dir")
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .map(|t| t.split_whitespace().count())
        .sum()
}
