//! Entity-span evaluation: precision, recall and F1 per type for newsls and,
//! optionally, for spans produced by another system (spaCy, via
//! `scripts/spacy_ner.py`), scored identically.
//!
//! ```text
//! cargo run --release --example eval_ner -- ecbplus /work/shared/ecbplus [--spacy spacy_ecb.json]
//! cargo run --release --example eval_ner -- devset  /work/shared/devset  [--spacy spacy_dev.json]
//! ```
//!
//! Scoring rules (documented in `src/analysis/ARCHITECTURE-analysis.md`):
//! * Only proper-name gold mentions are scored. ECB+: the gold head token is
//!   capitalised, is not a pronoun and is not merely a capitalised sentence
//!   opener. Devset: the mention's last word is capitalised (so `the
//!   minister` and `the UNCOA chief` are descriptors, not names).
//! * ECB+ types: HUMAN_PART_PER → PERSON, HUMAN_PART_ORG → ORG, LOC_FAC →
//!   FAC, LOC_GEO and HUMAN_PART_GPE → GPE/LOC (ECB+ does not separate
//!   countries and cities from natural places, so GPE and LOC predictions are
//!   merged into one class). Other classes (GENERIC, VEH, MET, NON_HUMAN) are
//!   not scored. Predictions of NORP/EVENT and of non-entity labels are not
//!   scored on ECB+ (it has no such classes).
//! * ECB+: only sentences that contain a gold mention are annotated, so only
//!   predictions inside those sentences count. Devset: only the key entities
//!   are annotated, so a prediction counts only where it overlaps a gold
//!   mention. In both, a prediction overlapping an unscored gold mention
//!   (a pronoun, a description, an unscored class) is ignored.
//! * `strict`: same type and same span, after removing from the gold span
//!   a leading preposition/article and a trailing possessive (ECB+ spans
//!   include `in`, `at the`, `'s`). `head`: same type and the prediction
//!   overlaps the gold head (ECB+: the annotated head token; devset: the
//!   last word).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use newsls::analysis::{MentionKind, Span, analyze};
use serde_json::Value as J;

#[derive(Clone, Debug)]
struct Gold {
    span: Span,
    head: Span,
    label: Option<String>,
}

struct Doc {
    path: String,
    text: String,
    gold: Vec<Gold>,
    /// Byte ranges where predictions are scored.
    regions: Vec<Span>,
}

#[derive(Default, Clone, Copy)]
struct Counts {
    gold: usize,
    pred: usize,
    tp_strict: usize,
    tp_head: usize,
}

fn char_to_byte(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

fn ecb_label(t: &str) -> Option<&'static str> {
    match t {
        "HUMAN_PART_PER" => Some("PERSON"),
        "HUMAN_PART_ORG" => Some("ORG"),
        "LOC_FAC" => Some("FAC"),
        "LOC_GEO" | "HUMAN_PART_GPE" => Some("GPE/LOC"),
        _ => None,
    }
}

const PRONOUNS: &[&str] = &[
    "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Their", "Its", "Him", "Them", "Who", "This", "That",
    "These", "Those",
];

/// Strip a leading preposition/article and a trailing possessive.
fn normalise(text: &str, mut s: Span) -> Span {
    loop {
        let t = &text[s.start..s.end];
        let Some((w, _)) = t.split_once(' ') else {
            break;
        };
        if matches!(
            w,
            "in" | "at"
                | "into"
                | "on"
                | "to"
                | "from"
                | "near"
                | "of"
                | "by"
                | "the"
                | "The"
                | "a"
                | "an"
                | "for"
                | "with"
                | "outside"
                | "inside"
        ) {
            s.start += w.len() + 1;
        } else {
            break;
        }
    }
    let t = &text[s.start..s.end];
    for p in ["'s", "’s", " 's", " ’s", "'", "’"] {
        if t.ends_with(p) && t.len() > p.len() {
            s.end -= p.len();
            break;
        }
    }
    s
}

fn sentence_regions(text: &str, gold: &[Gold]) -> Vec<Span> {
    analyze(text)
        .sentences
        .into_iter()
        .filter(|s| gold.iter().any(|g| g.span.start < s.end && s.start < g.span.end))
        .collect()
}

fn load_ecb(root: &Path) -> Vec<Doc> {
    let mut docs = Vec::new();
    let mut topics: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("ecbplus dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold.json").exists())
        .collect();
    topics.sort();
    for t in topics {
        let g: J =
            serde_json::from_str(&std::fs::read_to_string(t.join("gold.json")).expect("gold")).expect("gold json");
        let mut by_doc: BTreeMap<String, Vec<(String, J)>> = BTreeMap::new();
        for e in g["entities"].as_array().into_iter().flatten() {
            let ty = e["type"].as_str().unwrap_or("").to_string();
            for m in e["mentions"].as_array().into_iter().flatten() {
                by_doc
                    .entry(m["doc"].as_str().unwrap_or("").to_string())
                    .or_default()
                    .push((ty.clone(), m.clone()));
            }
        }
        for (name, ms) in by_doc {
            let path = t.join(&name);
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let c2b = char_to_byte(&text);
            let lower: std::collections::HashSet<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.chars().next().is_some_and(|c| c.is_lowercase()))
                .map(str::to_string)
                .collect();
            let a = analyze(&text);
            let starts: std::collections::HashSet<usize> = a.sentences.iter().map(|s| s.start).collect();
            let mut gold = Vec::new();
            for (ty, m) in ms {
                let idx = |k: &str| c2b.get(m[k].as_u64().unwrap_or(0) as usize).copied();
                let (Some(s), Some(e), Some(hs), Some(he)) =
                    (idx("start"), idx("end"), idx("head_start"), idx("head_end"))
                else {
                    continue;
                };
                let head_text = &text[hs..he];
                let proper = head_text.chars().next().is_some_and(|c| c.is_uppercase())
                    && !PRONOUNS.contains(&head_text)
                    && !(starts.contains(&hs) && lower.contains(&head_text.to_lowercase()));
                let label = ecb_label(&ty).filter(|_| proper).map(str::to_string);
                let span = if label.is_some() {
                    normalise(&text, Span::new(s, e))
                } else {
                    Span::new(s, e)
                };
                gold.push(Gold {
                    span,
                    head: Span::new(hs, he),
                    label,
                });
            }
            let regions = sentence_regions(&text, &gold);
            docs.push(Doc {
                path: path.to_string_lossy().into_owned(),
                text,
                gold,
                regions,
            });
        }
    }
    docs
}

fn load_devset(root: &Path) -> Vec<Doc> {
    let mut docs = Vec::new();
    let mut clusters: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("devset dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("gold.json").exists())
        .collect();
    clusters.sort();
    for c in clusters {
        let g: J =
            serde_json::from_str(&std::fs::read_to_string(c.join("gold.json")).expect("gold")).expect("gold json");
        let mut by_doc: BTreeMap<String, Vec<Gold>> = BTreeMap::new();
        let mut texts: HashMap<String, String> = HashMap::new();
        for e in g["entities"].as_array().into_iter().flatten() {
            let ty = e["type"].as_str().unwrap_or("").to_string();
            for m in e["mentions"].as_array().into_iter().flatten() {
                let doc = m["doc"].as_str().unwrap_or("").to_string();
                let text = texts
                    .entry(doc.clone())
                    .or_insert_with(|| std::fs::read_to_string(c.join(&doc)).unwrap_or_default());
                let needle = m["text"].as_str().unwrap_or("");
                let occ = m["occurrence"].as_u64().unwrap_or(1) as usize;
                let Some((s, _)) = text.match_indices(needle).nth(occ.saturating_sub(1)) else {
                    eprintln!("warning: {doc}: {needle:?} #{occ} not found");
                    continue;
                };
                let span = Span::new(s, s + needle.len());
                let last = needle.rsplit(' ').next().unwrap_or("");
                let head = Span::new(span.end - last.len(), span.end);
                let name = last.chars().next().is_some_and(|c| c.is_uppercase());
                by_doc.entry(doc).or_default().push(Gold {
                    span,
                    head,
                    label: name.then(|| ty.clone()),
                });
            }
        }
        for (doc, gold) in by_doc {
            let text = texts.remove(&doc).unwrap_or_default();
            let regions = gold.iter().map(|g| g.span).collect();
            docs.push(Doc {
                path: c.join(&doc).to_string_lossy().into_owned(),
                text,
                gold,
                regions,
            });
        }
    }
    docs
}

fn score(docs: &[Doc], preds: &HashMap<String, Vec<(Span, String)>>, ecb: bool) -> BTreeMap<String, Counts> {
    let mut out: BTreeMap<String, Counts> = BTreeMap::new();
    for d in docs {
        let empty = Vec::new();
        let ps = preds.get(&d.path).unwrap_or(&empty);
        let map_label = |l: &str| -> Option<String> {
            if ecb {
                match l {
                    "PERSON" | "ORG" | "FAC" => Some(l.to_string()),
                    "GPE" | "LOC" => Some("GPE/LOC".into()),
                    _ => None,
                }
            } else {
                matches!(l, "PERSON" | "ORG" | "GPE" | "LOC" | "FAC" | "EVENT" | "NORP").then(|| l.to_string())
            }
        };
        let scored: Vec<&Gold> = d.gold.iter().filter(|g| g.label.is_some()).collect();
        for g in &scored {
            out.entry(g.label.clone().unwrap_or_default()).or_default().gold += 1;
        }
        let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
        let mut used_strict = vec![false; scored.len()];
        let mut used_head = vec![false; scored.len()];
        for (span, label) in ps {
            let Some(label) = map_label(label) else {
                continue;
            };
            if !d.regions.iter().any(|r| overlaps(*r, *span)) {
                continue;
            }
            // Overlaps only unscored gold: ignore.
            let hits_scored = scored.iter().any(|g| overlaps(g.span, *span));
            let hits_unscored = d.gold.iter().any(|g| g.label.is_none() && overlaps(g.span, *span));
            if hits_unscored && !hits_scored {
                continue;
            }
            let c = out.entry(label.clone()).or_default();
            c.pred += 1;
            if let Some(k) = (0..scored.len())
                .find(|&k| !used_strict[k] && scored[k].span == *span && scored[k].label.as_deref() == Some(&label))
            {
                used_strict[k] = true;
                c.tp_strict += 1;
            }
            if let Some(k) = (0..scored.len()).find(|&k| {
                !used_head[k] && overlaps(scored[k].head, *span) && scored[k].label.as_deref() == Some(&label)
            }) {
                used_head[k] = true;
                c.tp_head += 1;
            }
        }
    }
    out
}

fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = if pred == 0 { 0.0 } else { tp as f64 / pred as f64 };
    let r = if gold == 0 { 0.0 } else { tp as f64 / gold as f64 };
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

fn report(name: &str, counts: &BTreeMap<String, Counts>) {
    println!("== {name}");
    println!(
        "{:<8} {:>5} {:>5} | {:>6} {:>6} {:>6} | {:>6} {:>6} {:>6}",
        "type", "gold", "pred", "P", "R", "F1", "P(h)", "R(h)", "F1(h)"
    );
    let mut all = Counts::default();
    for (label, c) in counts {
        if c.gold == 0 && c.pred == 0 {
            continue;
        }
        let (p, r, f) = prf(c.tp_strict, c.pred, c.gold);
        let (ph, rh, fh) = prf(c.tp_head, c.pred, c.gold);
        println!(
            "{label:<8} {:>5} {:>5} | {p:>6.3} {r:>6.3} {f:>6.3} | {ph:>6.3} {rh:>6.3} {fh:>6.3}",
            c.gold, c.pred
        );
        if c.gold > 0 {
            all.gold += c.gold;
            all.pred += c.pred;
            all.tp_strict += c.tp_strict;
            all.tp_head += c.tp_head;
        }
    }
    let (p, r, f) = prf(all.tp_strict, all.pred, all.gold);
    let (ph, rh, fh) = prf(all.tp_head, all.pred, all.gold);
    println!(
        "{:<8} {:>5} {:>5} | {p:>6.3} {r:>6.3} {f:>6.3} | {ph:>6.3} {rh:>6.3} {fh:>6.3}",
        "micro", all.gold, all.pred
    );
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(kind), Some(root)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: eval_ner (ecbplus|devset) DIR [--spacy FILE.json] [--dump-gold]");
        std::process::exit(2);
    };
    let ecb = kind == "ecbplus";
    let docs = if ecb {
        load_ecb(Path::new(root))
    } else {
        load_devset(Path::new(root))
    };
    let ours: HashMap<String, Vec<(Span, String)>> = docs
        .iter()
        .map(|d| {
            let ms = analyze(&d.text)
                .mentions
                .into_iter()
                .filter(|m| m.kind != MentionKind::Descriptor)
                .map(|m| (m.span, m.ty.label().to_string()))
                .collect();
            (d.path.clone(), ms)
        })
        .collect();
    println!("{} documents", docs.len());
    report("newsls", &score(&docs, &ours, ecb));
    if let Some(i) = args.iter().position(|a| a == "--spacy") {
        let file = args.get(i + 1).expect("--spacy FILE");
        let j: J = serde_json::from_str(&std::fs::read_to_string(file).expect("spacy json")).expect("spacy json");
        let mut sp: HashMap<String, Vec<(Span, String)>> = HashMap::new();
        for (path, ents) in j.as_object().into_iter().flatten() {
            let v = ents
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|e| {
                    Some((
                        Span::new(e[0].as_u64()? as usize, e[1].as_u64()? as usize),
                        e[2].as_str()?.to_string(),
                    ))
                })
                .collect();
            sp.insert(path.clone(), v);
        }
        report("spaCy en_core_web_sm", &score(&docs, &sp, ecb));
    }
    if args.iter().any(|a| a == "--false-positives") {
        for d in &docs {
            for (span, label) in &ours[&d.path] {
                let in_region = d.regions.iter().any(|r| r.start < span.end && span.start < r.end);
                let l = if ecb && (label == "GPE" || label == "LOC") {
                    "GPE/LOC"
                } else {
                    label.as_str()
                };
                let hit = d
                    .gold
                    .iter()
                    .any(|g| g.head.start < span.end && span.start < g.head.end && g.label.as_deref() == Some(l));
                let ignored = d
                    .gold
                    .iter()
                    .any(|g| g.span.start < span.end && span.start < g.span.end);
                if in_region
                    && !hit
                    && (!ignored
                        || d.gold
                            .iter()
                            .any(|g| g.label.is_some() && g.span.start < span.end && span.start < g.span.end))
                {
                    let gl: Vec<_> = d
                        .gold
                        .iter()
                        .filter(|g| g.span.start < span.end && span.start < g.span.end)
                        .map(|g| g.label.clone().unwrap_or_default())
                        .collect();
                    println!("FP {l} {:?} gold={gl:?}", &d.text[span.start..span.end]);
                }
            }
        }
    }
    if args.iter().any(|a| a == "--errors") {
        for d in &docs {
            let ps = &ours[&d.path];
            for g in d.gold.iter().filter(|g| g.label.is_some()) {
                let hit = ps.iter().any(|(s, l)| {
                    s.start < g.head.end && g.head.start < s.end && {
                        let l = if ecb && (l == "GPE" || l == "LOC") {
                            "GPE/LOC"
                        } else {
                            l.as_str()
                        };
                        Some(l) == g.label.as_deref()
                    }
                });
                if !hit {
                    let got: Vec<_> = ps
                        .iter()
                        .filter(|(s, _)| s.start < g.span.end && g.span.start < s.end)
                        .map(|(s, l)| format!("{}:{}", l, &d.text[s.start..s.end]))
                        .collect();
                    println!(
                        "MISS {} {:?} {:?} got {:?}",
                        g.label.as_deref().unwrap_or(""),
                        &d.text[g.span.start..g.span.end],
                        d.path.rsplit('/').next().unwrap_or(""),
                        got
                    );
                }
            }
        }
    }
}
