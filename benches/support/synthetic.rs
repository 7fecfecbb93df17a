//! Synthetic workspaces and process figures shared by the server benchmarks.
#![allow(dead_code)]

use std::path::Path;

use crate::common::SEEDS;

/// Peak resident set size of a process, from /proc (Linux).
pub fn peak_rss_kib(pid: u32) -> u64 {
    status_kib(pid, "VmHWM:")
}

/// Current resident set size of a process, from /proc (Linux).
pub fn rss_kib(pid: u32) -> u64 {
    status_kib(pid, "VmRSS:")
}

/// A kB figure of `/proc/PID/status`.
fn status_kib(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// `n` articles built from the seed articles, each with a paragraph that
/// names people and organisations of its own, so the entity index grows
/// with the workspace as it would with real copy. Returns the word count.
pub fn write(dir: &Path, n: usize) -> usize {
    const FIRST: [&str; 12] = [
        "Amina", "Joseph", "Helga", "Renato", "Claire", "Peter", "Grace", "Ricardo", "Adriana", "Graham", "Lena",
        "Tomas",
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

/// `n` articles copied in turn from the `.txt` files under `from` (sorted,
/// recursively), as a large real-news workspace. Returns the word count.
pub fn cycle(from: &Path, dir: &Path, n: usize) -> usize {
    fn walk(p: &Path, out: &mut Vec<std::path::PathBuf>) {
        if p.is_dir() {
            for e in std::fs::read_dir(p).expect("read dir").flatten() {
                walk(&e.path(), out);
            }
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p.to_path_buf());
        }
    }
    let mut files = Vec::new();
    walk(from, &mut files);
    files.sort();
    assert!(!files.is_empty(), "no .txt files under {}", from.display());
    let mut words = 0;
    for i in 0..n {
        let text = std::fs::read_to_string(&files[i % files.len()]).expect("article");
        words += text.split_whitespace().count();
        std::fs::write(dir.join(format!("article_{i:05}.txt")), text).expect("write article");
    }
    words
}
