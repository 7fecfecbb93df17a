//! Contradiction evaluation on the devset: precision and recall of the
//! cross-article findings per kind, and the traps (pairs that look like a
//! conflict but are not) that get flagged.
//!
//! ```sh
//! cargo run --release --example eval_contradictions -- ../shared/devset
//! ```
//!
//! Each cluster folder (with `gold.json`) is one workspace. A finding is a
//! pair: the span it marks in one article and its related span in another.
//! It matches a gold contradiction when the two spans overlap the gold
//! spans of the two sides (in either order); findings reported from both
//! sides of one pair count once. Any other finding is a false positive (the
//! devset guarantees all other shared facts agree); one that overlaps a
//! listed trap is counted as a flagged trap too.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use newsls::workspace::{Article, DocId, Workspace};
use serde_json::Value;

type Side = (String, (usize, usize));

struct Pair {
    kind: String,
    a: Side,
    b: Side,
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/devset"));
    let verbose = std::env::var_os("EVAL_VERBOSE").is_some();
    let mut clusters: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold.json").is_file())
        .collect();
    clusters.sort();
    // kind → (gold, found); plus false positives by code, traps flagged.
    let mut per_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut false_positives: BTreeMap<String, usize> = BTreeMap::new();
    let (mut traps, mut traps_flagged, mut reported) = (0, 0, 0);
    for cluster in clusters {
        let (texts, gold, consistent) = load(&cluster);
        let mut ws = Workspace::new();
        for (name, text) in &texts {
            ws.insert(Article::analyze(DocId::from(name.as_str()), Arc::from(text.as_str())));
        }
        // Findings as unordered pairs, deduplicated across the two sides.
        let mut pairs: BTreeSet<(Side, Side, &'static str)> = BTreeSet::new();
        for f in ws.findings().into_iter().filter(|f| f.code.is_conflict()) {
            let Some(r) = f.related.first() else { continue };
            let here = (f.doc.to_string(), (f.span.start, f.span.end));
            let there = (r.doc.to_string(), (r.span.start, r.span.end));
            let (x, y) = if here <= there { (here, there) } else { (there, here) };
            pairs.insert((x, y, f.code.as_str()));
        }
        traps += consistent.len();
        for p in &gold {
            per_kind.entry(p.kind.clone()).or_default().0 += 1;
        }
        let mut found_gold = BTreeSet::new();
        for (x, y, code) in &pairs {
            reported += 1;
            let hit = gold.iter().position(|g| matches(g, x, y));
            match hit {
                Some(i) => {
                    if found_gold.insert(i) {
                        per_kind.entry(gold[i].kind.clone()).or_default().1 += 1;
                    }
                }
                None => {
                    *false_positives.entry(code.to_string()).or_default() += 1;
                    let trap = consistent.iter().any(|g| matches(g, x, y));
                    traps_flagged += usize::from(trap);
                    if verbose {
                        let show = |(doc, (s, e)): &Side| format!("{doc}:{:?}", &texts[doc][*s..*e]);
                        println!(
                            "  false positive in {}: {code} {} / {}{}",
                            cluster.display(),
                            show(x),
                            show(y),
                            if trap { " (a listed trap)" } else { "" }
                        );
                    }
                }
            }
        }
        if verbose {
            for (i, g) in gold.iter().enumerate().filter(|(i, _)| !found_gold.contains(i)) {
                let _ = i;
                let show = |(doc, (s, e)): &Side| format!("{doc}:{:?}", &texts[doc][*s..*e]);
                println!(
                    "  missed in {}: {} {} / {}",
                    cluster.display(),
                    g.kind,
                    show(&g.a),
                    show(&g.b)
                );
            }
        }
    }
    let gold_total: usize = per_kind.values().map(|v| v.0).sum();
    let found_total: usize = per_kind.values().map(|v| v.1).sum();
    let fp_total: usize = false_positives.values().sum();
    println!("{:<14} {:>5} {:>6} {:>7}", "kind", "gold", "found", "recall");
    for (kind, (g, f)) in &per_kind {
        println!("{kind:<14} {g:>5} {f:>6} {:>7.2}", *f as f64 / (*g).max(1) as f64);
    }
    let precision = if reported == 0 {
        1.0
    } else {
        found_total as f64 / (found_total + fp_total) as f64
    };
    println!(
        "all            {gold_total:>5} {found_total:>6} {:>7.2}   precision {precision:.2} ({found_total} right, {fp_total} false: {false_positives:?}); traps flagged {traps_flagged} of {traps}",
        found_total as f64 / gold_total.max(1) as f64,
    );
}

/// Whether a finding's two spans overlap the gold pair's two sides.
fn matches(g: &Pair, x: &Side, y: &Side) -> bool {
    let overlap = |s: &Side, t: &Side| s.0 == t.0 && s.1.0 < t.1.1 && t.1.0 < s.1.1;
    (overlap(x, &g.a) && overlap(y, &g.b)) || (overlap(x, &g.b) && overlap(y, &g.a))
}

fn load(cluster: &Path) -> (HashMap<String, String>, Vec<Pair>, Vec<Pair>) {
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(cluster.join("gold.json")).expect("gold.json"))
        .expect("gold.json is JSON");
    let mut texts = HashMap::new();
    for entry in std::fs::read_dir(cluster).expect("cluster dir").filter_map(Result::ok) {
        let path = entry.path();
        if matches!(path.extension().and_then(|e| e.to_str()), Some("txt" | "md")) {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            texts.insert(name, std::fs::read_to_string(&path).expect("article is UTF-8"));
        }
    }
    let side = |v: &Value| -> Option<Side> {
        let doc = v["doc"].as_str()?.to_string();
        let needle = v["text"].as_str()?;
        let n = v["occurrence"].as_u64().unwrap_or(1) as usize;
        let text = texts.get(&doc)?;
        let start = text.match_indices(needle).nth(n.checked_sub(1)?)?.0;
        Some((doc, (start, start + needle.len())))
    };
    let pairs = |key: &str| -> Vec<Pair> {
        gold[key]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| {
                Some(Pair {
                    kind: c["kind"].as_str().unwrap_or("consistent").to_string(),
                    a: side(&c["a"])?,
                    b: side(&c["b"])?,
                })
            })
            .collect()
    };
    let (contradictions, consistent) = (pairs("contradictions"), pairs("consistent"));
    (texts, contradictions, consistent)
}
