//! End-to-end server figures: time and peak memory to index a workspace,
//! and hover round-trip latency, measured against the real binary over
//! stdio. Run with `cargo bench --bench workspace` (add `-- N` to set the
//! synthetic workspace size; default 1000 articles).

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{Init, SEEDS};
use serde_json::json;

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1000);
    let synthetic = tempfile::tempdir().expect("tempdir");
    let words = write_synthetic(synthetic.path(), n);

    println!(
        "{:<28} {:>9} {:>10} {:>12} {:>10} {:>10} {:>10}",
        "workspace", "articles", "words", "index (ms)", "peak MiB", "hover p50", "hover p99"
    );
    for (name, root) in [("seeds", Path::new(SEEDS)), ("synthetic", synthetic.path())] {
        let words = if name == "seeds" {
            count_words(root)
        } else {
            words
        };
        let r = measure(root);
        println!(
            "{:<28} {:>9} {:>10} {:>12.1} {:>10.1} {:>8.3}ms {:>8.3}ms",
            name,
            r.articles,
            words,
            r.index.as_secs_f64() * 1e3,
            r.peak_kib as f64 / 1024.0,
            r.p50.as_secs_f64() * 1e3,
            r.p99.as_secs_f64() * 1e3,
        );
    }

    let t = Instant::now();
    let out = std::process::Command::new(common::BIN)
        .args([
            "check",
            &synthetic.path().to_string_lossy(),
            "--format",
            "json",
        ])
        .output()
        .expect("run newsls check");
    println!(
        "newsls check over {n} articles: {:.1} ms (exit {:?})",
        t.elapsed().as_secs_f64() * 1e3,
        out.status.code()
    );
}

struct Figures {
    articles: u64,
    index: Duration,
    peak_kib: u64,
    p50: Duration,
    p99: Duration,
}

fn measure(root: &Path) -> Figures {
    let start = Instant::now();
    let (mut c, _) = Init::new().root(root).start();
    let status = c.wait_status(
        |s| s["indexing"] == false && s["pending"] == false && s["articles"].as_u64() > Some(0),
        Duration::from_secs(120),
    );
    let index = start.elapsed();
    let articles = status["articles"].as_u64().unwrap_or(0);
    let peak_kib = peak_rss_kib(c.pid());

    // Hover over the first name of the first article, many times.
    let first = first_article(root);
    let text = std::fs::read_to_string(&first).expect("read article");
    let uri = format!("file://{}", first.display());
    let (line, character) = first_name_position(&text);
    c.open(&uri, 1, &text);
    c.settle();
    let pos = json!({"line": line, "character": character});
    let mut times = Vec::with_capacity(2000);
    for _ in 0..2000 {
        let t = Instant::now();
        let h = c.hover(&uri, pos.clone());
        times.push(t.elapsed());
        assert!(!h.is_null(), "hover found no entity at {pos}");
    }
    times.sort();
    let p50 = times[times.len() / 2];
    let p99 = times[times.len() * 99 / 100];
    c.shutdown();
    Figures {
        articles,
        index,
        peak_kib,
        p50,
        p99,
    }
}

/// Peak resident set size of a process, from /proc (Linux).
fn peak_rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
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
/// capitalised name: a place every analyser marks as a mention.
fn first_name_position(text: &str) -> (usize, usize) {
    for (line_no, line) in text.lines().enumerate() {
        let words: Vec<(usize, &str)> = line
            .split(' ')
            .scan(0, |pos, w| {
                let start = *pos;
                *pos += w.len() + 1;
                Some((start, w))
            })
            .collect();
        for pair in words.windows(2) {
            let cap = |w: &str| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().all(char::is_alphabetic)
            };
            if line_no > 0 && cap(pair[0].1) && cap(pair[1].1) {
                let byte = pair[1].0 + 1;
                return (line_no, line[..byte].encode_utf16().count());
            }
        }
    }
    (0, 0)
}

fn count_words(root: &Path) -> usize {
    std::fs::read_dir(root)
        .expect("read dir")
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .map(|t| t.split_whitespace().count())
        .sum()
}

/// `n` articles built from the seed articles, each with a paragraph that
/// names people and organisations of its own, so the entity index grows
/// with the workspace as it would with real copy. Returns the word count.
fn write_synthetic(dir: &Path, n: usize) -> usize {
    const FIRST: [&str; 12] = [
        "Amina", "Joseph", "Helga", "Renato", "Claire", "Peter", "Grace", "Ricardo", "Adriana",
        "Graham", "Lena", "Tomas",
    ];
    const LAST: [&str; 12] = [
        "Okoro",
        "Brandt",
        "Ferraro",
        "Holloway",
        "Kamau",
        "Solis",
        "Peralta",
        "Fitzroy",
        "Nakamura",
        "Lindqvist",
        "Haddad",
        "Mensah",
    ];
    let seeds: Vec<String> = {
        let mut files: Vec<_> = std::fs::read_dir(SEEDS)
            .expect("seeds")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("seed"))
            .collect()
    };
    let mut words = 0;
    for i in 0..n {
        let a = format!("{} {}", FIRST[i % 12], LAST[(i / 12) % 12]);
        let b = format!("{} {}", FIRST[(i / 7) % 12], LAST[(i * 5) % 12]);
        let text = format!(
            "{}\n\nIn a statement on Friday, {a} of the Northern Relief Agency said {b} had met officials in Geneva.\n",
            seeds[i % seeds.len()]
        );
        words += text.split_whitespace().count();
        std::fs::write(dir.join(format!("article_{i:04}.txt")), text).expect("write article");
    }
    words
}
