//! Entity-linking evaluation: B-cubed precision, recall and F1 of the
//! workspace's entity clusters (what `references` returns) over gold
//! cross-document clusters, beside the "same head word" baseline.
//!
//! ```sh
//! cargo run --release --example eval_linking -- ../shared/ecbplus ../shared/devset
//! ```
//!
//! Each topic folder (`tNN/` or `dNN/`, with `gold.json`) is one workspace.
//! Gold mentions come as code-point offsets (ECB+: `start`/`end`/`head_*`)
//! or as text + occurrence (devset). A gold mention is matched to the system
//! mention with the same span, else to the one covering its head word: its
//! last word before a post-modifier (`Center` in `the Betty Ford Center in
//! Rancho Mirage`; ECB+ gives the last token), without a possessive or an
//! opening quote mark kept on the token. The baseline clusters by the same
//! head. An unmatched gold mention is a singleton on the system side.
//! Scores are computed over the gold mentions only, as usual for B-cubed on
//! mention sets the system did not choose.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use newsls::workspace::{Article, DocId, Workspace};
use serde_json::Value;

#[derive(Clone, Debug)]
struct Gold {
    doc: String,
    /// Byte span of the mention and of its head word.
    span: (usize, usize),
    head: (usize, usize),
    cluster: usize,
}

#[derive(Default, Clone, Copy)]
struct Score {
    p: f64,
    r: f64,
    n: usize,
    matched: usize,
}

impl Score {
    fn add(&mut self, other: Score) {
        self.p += other.p;
        self.r += other.r;
        self.n += other.n;
        self.matched += other.matched;
    }

    fn report(&self) -> (f64, f64, f64) {
        let n = self.n.max(1) as f64;
        let (p, r) = (self.p / n, self.r / n);
        let f = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
        (p, r, f)
    }
}

fn main() {
    let dirs: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if dirs.is_empty() {
        eprintln!("usage: eval_linking CORPUS_DIR...  (e.g. ../shared/ecbplus ../shared/devset)");
        std::process::exit(2);
    }
    println!(
        "{:<12} {:>6} {:>8} {:>8}   {:>22}   {:>22}",
        "corpus", "topics", "mentions", "matched", "newsls P / R / F1", "same-head P / R / F1"
    );
    for dir in dirs {
        let mut system = Score::default();
        let mut baseline = Score::default();
        let mut found = [Score::default(); 2];
        let mut topics = 0;
        let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.join("gold.json").is_file())
            .collect();
        entries.sort();
        for topic in entries {
            let (texts, gold) = load_topic(&topic);
            let (s, b, f) = score_topic(&texts, &gold);
            system.add(s);
            baseline.add(b);
            found[0].add(f[0]);
            found[1].add(f[1]);
            topics += 1;
        }
        let (sp, sr, sf) = system.report();
        let (bp, br, bf) = baseline.report();
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        println!(
            "{name:<12} {topics:>6} {:>8} {:>8}   {sp:>6.3} / {sr:.3} / {sf:.3}   {bp:>6.3} / {br:.3} / {bf:.3}",
            system.n, system.matched
        );
        // Linking alone: only the gold mentions newsls finds, both sides.
        let (sp, sr, sf) = found[0].report();
        let (bp, br, bf) = found[1].report();
        println!(
            "{:<12} {:>6} {:>8} {:>8}   {sp:>6.3} / {sr:.3} / {sf:.3}   {bp:>6.3} / {br:.3} / {bf:.3}",
            "  found only", "", found[0].n, found[0].n
        );
    }
}

/// Reads a topic's articles and gold mentions.
fn load_topic(topic: &Path) -> (HashMap<String, String>, Vec<Gold>) {
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(topic.join("gold.json")).expect("gold.json"))
        .expect("gold.json is JSON");
    let mut texts = HashMap::new();
    for entry in std::fs::read_dir(topic).expect("topic dir").filter_map(Result::ok) {
        let path = entry.path();
        if matches!(path.extension().and_then(|e| e.to_str()), Some("txt" | "md")) {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            texts.insert(name, std::fs::read_to_string(&path).expect("article is UTF-8"));
        }
    }
    let mut mentions = Vec::new();
    for (cluster, entity) in gold["entities"].as_array().into_iter().flatten().enumerate() {
        for m in entity["mentions"].as_array().into_iter().flatten() {
            let doc = m["doc"].as_str().unwrap_or_default().to_string();
            let Some(text) = texts.get(&doc) else {
                continue;
            };
            let span = if let Some(start) = m["start"].as_u64() {
                let end = m["end"].as_u64().unwrap_or(start);
                let (hs, he) = (
                    m["head_start"].as_u64().unwrap_or(start),
                    m["head_end"].as_u64().unwrap_or(end),
                );
                let b = |cp: u64| byte_of(text, cp as usize);
                Some(((b(start), b(end)), (b(hs), b(he))))
            } else {
                let needle = m["text"].as_str().unwrap_or_default();
                let occurrence = m["occurrence"].as_u64().unwrap_or(1) as usize;
                nth_match(text, needle, occurrence).map(|s| {
                    let span = (s, s + needle.len());
                    (span, last_word(text, span))
                })
            };
            if let Some((span, head)) = span {
                // Names never include a possessive (`Gray's` → `Gray`);
                // ECB+ tokens keep it on the head.
                let span = strip_possessive(text, span);
                let head = strip_possessive(text, head_before_postmodifier(text, span).unwrap_or(head));
                // ECB+ tokens may keep an opening quote (`"I`).
                let lead = text[head.0..head.1].len()
                    - text[head.0..head.1]
                        .trim_start_matches(['"', '“', '\'', '‘', '('])
                        .len();
                let head = (head.0 + lead, head.1.max(head.0 + lead));
                mentions.push(Gold {
                    doc,
                    span,
                    head,
                    cluster,
                });
            }
        }
    }
    (texts, mentions)
}

/// The head of a mention with a post-modifier is the last word before it:
/// `Betty Ford Center` in `the Betty Ford Center in Rancho Mirage,
/// California`, not `California` (ECB+ gives the last token as the head).
fn head_before_postmodifier(text: &str, (start, end): (usize, usize)) -> Option<(usize, usize)> {
    const BOUNDARIES: &[&str] = &[
        "in", "at", "of", "on", "from", "near", "for", "with", "by", "outside", "inside", "who", "which", "that",
        "where", "after", "while",
    ];
    let s = &text[start..end];
    let mut offset = 0;
    for (k, word) in s.split(' ').enumerate() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if k > 0 && (BOUNDARIES.contains(&bare) || word.starts_with([',', '('])) {
            let cut = s[..offset].trim_end_matches([' ', ',']);
            return (!cut.is_empty()).then(|| last_word(text, (start, start + cut.len())));
        }
        if word.ends_with(',') && k > 0 {
            let cut = s[..offset + word.len()].trim_end_matches([' ', ',']);
            return Some(last_word(text, (start, start + cut.len())));
        }
        offset += word.len() + 1;
    }
    None
}

fn strip_possessive(text: &str, (start, end): (usize, usize)) -> (usize, usize) {
    let s = &text[start..end];
    let cut = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|p| s.strip_suffix(p).filter(|r| !r.is_empty()))
        .map_or(end, |r| start + r.len());
    (start, cut)
}

fn byte_of(text: &str, code_point: usize) -> usize {
    text.char_indices().nth(code_point).map_or(text.len(), |(b, _)| b)
}

fn nth_match(text: &str, needle: &str, n: usize) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    let mut from = 0;
    let mut found = None;
    for _ in 0..n {
        let at = from + text[from..].find(needle)?;
        found = Some(at);
        from = at + needle.len();
    }
    found
}

fn last_word(text: &str, (start, end): (usize, usize)) -> (usize, usize) {
    let s = &text[start..end];
    let trimmed = s.trim_end_matches(|c: char| !c.is_alphanumeric());
    let word_start = trimmed
        .rfind(|c: char| c.is_whitespace())
        .map_or(0, |i| i + trimmed[i..].chars().next().map_or(1, char::len_utf8));
    (start + word_start, start + trimmed.len())
}

/// B-cubed for the workspace's clusters and for the same-head baseline,
/// then both again over only the gold mentions newsls finds.
fn score_topic(texts: &HashMap<String, String>, gold: &[Gold]) -> (Score, Score, [Score; 2]) {
    let mut ws = Workspace::new();
    for (name, text) in texts {
        ws.insert(Article::analyze(DocId::from(name.as_str()), Arc::from(text.as_str())));
    }
    let ids: HashMap<&str, Vec<String>> = (texts.keys())
        .map(|d| (d.as_str(), ws.entities_of(d).iter().map(ToString::to_string).collect()))
        .collect();
    let mut matched = 0;
    let system: Vec<Option<String>> = gold
        .iter()
        .map(|g| {
            let article = ws.get(&g.doc)?;
            let mentions = &article.analysis.mentions;
            let exact = mentions.iter().position(|m| (m.span.start, m.span.end) == g.span);
            let covering = || {
                mentions
                    .iter()
                    .position(|m| m.span.start <= g.head.0 && g.head.1 <= m.span.end)
            };
            let i = exact.or_else(covering)?;
            matched += 1;
            ids.get(g.doc.as_str()).and_then(|ids| ids.get(i).cloned())
        })
        .collect();
    let head: Vec<Option<String>> = gold
        .iter()
        .map(|g| Some(texts[&g.doc][g.head.0..g.head.1].to_lowercase()))
        .collect();
    if std::env::var_os("EVAL_VERBOSE").is_some() {
        for ((g, sys), head) in gold.iter().zip(&system).zip(&head) {
            let text = &texts[&g.doc][g.span.0..g.span.1];
            let doc = &texts[&g.doc];
            let mut from = g.span.0.saturating_sub(40);
            while !doc.is_char_boundary(from) {
                from -= 1;
            }
            let mut to = (g.span.1 + 40).min(doc.len());
            while !doc.is_char_boundary(to) {
                to += 1;
            }
            let (before, after) = (&doc[from..g.span.0], &doc[g.span.1..to]);
            let context = format!("{before}[{text}]{after}").replace(['\n', '\r'], " ");
            println!(
                "  gold {:>2} {:<14} {:<40} -> {:<30} | {context} | {}",
                g.cluster,
                g.doc,
                text,
                sys.as_deref().unwrap_or("(no mention)"),
                head.as_deref().unwrap_or_default()
            );
        }
    }
    let mut s = b_cubed(gold, &system);
    s.matched = matched;
    let b = b_cubed(gold, &head);
    let keep: Vec<usize> = (0..gold.len()).filter(|&i| system[i].is_some()).collect();
    let sub = |v: &[Option<String>]| keep.iter().map(|&i| v[i].clone()).collect::<Vec<_>>();
    let found_gold: Vec<Gold> = keep.iter().map(|&i| gold[i].clone()).collect();
    let found = [b_cubed(&found_gold, &sub(&system)), b_cubed(&found_gold, &sub(&head))];
    (s, b, found)
}

/// B-cubed over gold mentions; `None` on the system side is a singleton.
fn b_cubed(gold: &[Gold], system: &[Option<String>]) -> Score {
    let mut score = Score {
        n: gold.len(),
        ..Score::default()
    };
    for (i, g) in gold.iter().enumerate() {
        let same_sys = |j: usize| i == j || (system[i].is_some() && system[i] == system[j]);
        let sys: Vec<usize> = (0..gold.len()).filter(|&j| same_sys(j)).collect();
        let gold_size = gold.iter().filter(|o| o.cluster == g.cluster).count();
        let both = sys.iter().filter(|&&j| gold[j].cluster == g.cluster).count();
        score.p += both as f64 / sys.len() as f64;
        score.r += both as f64 / gold_size as f64;
    }
    score
}
