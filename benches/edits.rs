//! Edit latency and memory against workspace size, measured against the
//! real binary over stdio: the time from a `didChange` to the
//! `publishDiagnostics` for that version (debounce 0), and resident memory
//! before and after a run of edits. Two kinds of edit: typing in the prose
//! (a letter into a lowercase word, then out again), and typing in a name
//! (a letter into a person's surname: the name's key changes, so the
//! cross-article index does). Run with `cargo bench --bench edits` (add
//! sizes, e.g. `-- 100 2000 5000`, and `--edits N`; defaults: 100 and 2000
//! articles, 1,000 edits).

#[path = "../tests/common/mod.rs"]
mod common;
#[path = "support/synthetic.rs"]
mod synthetic;

use std::time::{Duration, Instant};

use common::{Init, file_uri, same_uri};
use serde_json::json;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let edits = args
        .iter()
        .position(|a| a == "--edits")
        .and_then(|i| args.get(i + 1)?.parse().ok())
        .unwrap_or(1000usize);
    let mut sizes: Vec<usize> = args
        .iter()
        .enumerate()
        .filter(|(i, _)| *i == 0 || args[i - 1] != "--edits")
        .filter_map(|(_, a)| a.parse().ok())
        .collect();
    if sizes.is_empty() {
        sizes = vec![100, 2000];
    }
    for n in sizes {
        for kind in [Kind::Prose, Kind::Name] {
            measure(n, edits, kind);
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    Prose,
    Name,
}

fn measure(n: usize, edits: usize, kind: Kind) {
    let dir = tempfile::tempdir().expect("tempdir");
    synthetic::write(dir.path(), n);
    let start = Instant::now();
    let (mut c, _) = Init::new().root(dir.path()).options(json!({"debounceMs": 0})).start();
    c.wait_status(
        |s| s["indexing"] == false && s["pending"] == false && s["articles"].as_u64() == Some(n as u64),
        Duration::from_secs(300),
    );
    let indexed = start.elapsed();
    let path = dir.path().join("article_0000.txt");
    let text = std::fs::read_to_string(&path).expect("read article");
    let uri = file_uri(&path);
    // The synthetic paragraph: `In a statement on Friday, Amina Okoro of …`.
    let line = text
        .lines()
        .position(|l| l.starts_with("In a statement"))
        .expect("synthetic line");
    let character = match kind {
        Kind::Prose => "In a st".len(),
        Kind::Name => "In a statement on Friday, Amina Ok".len(),
    };
    let at = (line, character);
    c.open(&uri, 1, &text);
    let mut version = 1;
    wait_published(&mut c, &uri, version);
    // Warm-up: the first edits fill caches and allocator pools.
    for _ in 0..20 {
        version += 1;
        edit(&mut c, &uri, version, at);
        wait_published(&mut c, &uri, version);
    }
    c.settle();
    let rss_before = synthetic::rss_kib(c.pid());
    let mut times = Vec::with_capacity(edits);
    for _ in 0..edits {
        version += 1;
        let t = Instant::now();
        edit(&mut c, &uri, version, at);
        wait_published(&mut c, &uri, version);
        times.push(t.elapsed());
    }
    c.settle();
    // Let the allocator return what the last run freed.
    std::thread::sleep(Duration::from_millis(200));
    let rss_after = synthetic::rss_kib(c.pid());
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "{n} articles (indexed in {:.0} ms), {kind:?}: {edits} edits → diagnostics p50 {:.2} ms  p90 {:.2} ms  p99 {:.2} ms; \
         RSS {:.1} → {:.1} MiB ({:+.1} %)",
        ms(indexed),
        ms(times[times.len() / 2]),
        ms(times[times.len() * 9 / 10]),
        ms(times[times.len() * 99 / 100]),
        rss_before as f64 / 1024.0,
        rss_after as f64 / 1024.0,
        (rss_after as f64 / rss_before.max(1) as f64 - 1.0) * 100.0
    );
    c.shutdown();
}

/// Types a letter at `at`, or deletes it again, so the text alternates
/// between two states as in real typing.
fn edit(c: &mut common::Client, uri: &str, version: i64, (line, character): (usize, usize)) {
    let end = character + (version % 2 == 1) as usize;
    let text = if version % 2 == 0 { "x" } else { "" };
    let change = json!([{
        "range": {"start": {"line": line, "character": character}, "end": {"line": line, "character": end}},
        "text": text,
    }]);
    c.change(uri, version, change);
}

fn wait_published(c: &mut common::Client, uri: &str, version: i64) {
    c.wait_notification(
        "textDocument/publishDiagnostics",
        |p| same_uri(p["uri"].as_str().unwrap_or(""), uri) && p["version"] == version,
        Duration::from_secs(60),
    );
}
