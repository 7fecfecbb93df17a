//! An edited workspace answers as one built anew from the same texts.
//! `Workspace::insert` of a changed article updates the cross-article
//! indexes, memos and aggregates by what the edit reaches; these tests
//! type into names at random (a letter in, a surname swapped for another
//! article's, a name added or dropped) over the seed articles and short
//! articles that share names with each other, and after every edit compare
//! findings, entities and each article's links with a fresh workspace.

mod common;

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

use std::sync::Arc;

use common::SEEDS;
use newsls::workspace::{Article, DocId, Workspace};

const FIRST: [&str; 6] = ["Amina", "Joseph", "Helga", "Renato", "Grace", "Tomas"];
const LAST: [&str; 5] = ["Okoro", "Brandt", "Ferraro", "Mbeki", "Haddad"];

/// Short articles whose people share first names and surnames, with titles
/// and descriptions that resolve through other articles.
fn short_article(rng: &mut Rng) -> String {
    let a = format!("{} {}", rng.pick(&FIRST), rng.pick(&LAST));
    let b = format!("{} {}", rng.pick(&FIRST), rng.pick(&LAST));
    let last_b = b.split(' ').nth(1).unwrap_or_default().to_string();
    format!(
        "PORT HALDANE (Reuters) - Mayor {a} said {} people were hurt when the bridge collapsed on Monday.\n\n\
         The mayor said {b} of the Northern Relief Agency had met officials in Geneva. \
         \"We will rebuild the bridge,\" {last_b} said. The agency said {} homes were destroyed.\n",
        8 + rng.below(5),
        20 + rng.below(3),
    )
}

/// A random edit to the names of `text`.
fn edit(rng: &mut Rng, text: &str) -> String {
    let names: Vec<(usize, &str)> = text
        .split_inclusive(|c: char| !c.is_alphanumeric())
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len();
            Some((start, w.trim_end_matches(|c: char| !c.is_alphanumeric())))
        })
        .filter(|(_, w)| w.len() > 2 && w.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    if names.is_empty() || rng.below(6) == 0 {
        // A new person, or a sentence naming one dropped.
        return match text.find(". ") {
            Some(i) if rng.below(2) == 0 => format!(
                "{}{}",
                &text[..i + 2],
                &text[i + 2..].split_once(". ").map_or("", |x| x.1)
            ),
            _ => format!("{text} {} {} spoke later.", rng.pick(&FIRST), rng.pick(&LAST)),
        };
    }
    let (at, word) = names[rng.below(names.len())];
    if rng.below(4) == 0 {
        // A middle initial added throughout (`Grace A. Mbeki`): a fuller
        // spelling of the same person, which may become the most common.
        let first = rng.pick(&FIRST);
        if text.contains(&format!("{first} ")) {
            return text.replace(&format!("{first} "), &format!("{first} A. "));
        }
    }
    if rng.below(4) == 0 {
        // The name respelt throughout the article (`Mbeki` → `Mbekki`), so
        // another spelling may become the most common one.
        // The same respelling each time, so several articles can come to
        // agree on it.
        let mut respelt = word.to_string();
        if let Some(c) = word.chars().nth(1).filter(|_| word.is_char_boundary(1)) {
            respelt.insert(1, c);
        }
        return text.replace(word, &respelt);
    }
    let replacement = match rng.below(3) {
        // A letter typed into the name.
        0 => {
            let mut w = word.to_string();
            let i = 1 + rng.below(w.len() - 1);
            if w.is_char_boundary(i) {
                w.insert(i, 'x');
            }
            w
        }
        // Another name's word.
        1 => rng.pick(&LAST).to_string(),
        _ => rng.pick(&FIRST).to_string(),
    };
    format!("{}{replacement}{}", &text[..at], &text[at + word.len()..])
}

type Answers = (
    Vec<(DocId, (usize, usize), &'static str, String)>,
    Vec<String>,
    Vec<Vec<String>>,
);

/// Everything a client sees that crosses articles.
fn answers(w: &Workspace) -> Answers {
    let mut findings: Vec<_> = (w.findings().into_iter())
        .map(|f| (f.doc, (f.span.start, f.span.end), f.code.as_str(), f.message))
        .collect();
    findings.sort();
    let entities = (w.entities().into_iter())
        .map(|e| {
            format!(
                "{} {} {:?} {} {} {:?}",
                e.id, e.name, e.ty, e.mentions, e.articles, e.titles
            )
        })
        .collect();
    let mut per_article = Vec::new();
    for a in w.articles() {
        let mut findings: Vec<String> = (w.findings_for(&a.id).into_iter())
            .map(|f| format!("{:?} {} {}", f.span, f.code, f.message))
            .collect();
        findings.sort();
        let entities = w.entities_of(&a.id).iter().map(ToString::to_string).collect();
        per_article.push([entities, findings].concat());
    }
    (findings, entities, per_article)
}

fn fresh(w: &Workspace) -> Workspace {
    let mut out = Workspace::new();
    for a in w.articles() {
        out.insert(Article::analyze(a.id.clone(), a.text.clone()));
    }
    out
}

fn run(seed: u64, edits: usize) {
    let mut rng = Rng(seed);
    let mut texts: Vec<(DocId, String)> = Vec::new();
    let mut seeds: Vec<_> = (std::fs::read_dir(SEEDS).expect("seeds").flatten())
        .map(|e| e.path())
        .collect();
    seeds.sort();
    for p in seeds.iter().take(3) {
        let text = std::fs::read_to_string(p).expect("seed");
        texts.push((DocId::from(p.to_string_lossy().as_ref()), text));
    }
    for i in 0..8 {
        texts.push((DocId::from(format!("short{i}.txt")), short_article(&mut rng)));
    }
    let mut w = Workspace::new();
    for (id, text) in &texts {
        w.insert(Article::analyze(id.clone(), Arc::from(text.as_str())));
    }
    for n in 0..edits {
        // Warm the memos and aggregates, as a server answering requests does.
        let before = answers(&w);
        let i = rng.below(texts.len());
        let text = edit(&mut rng, &texts[i].1);
        texts[i].1 = text.clone();
        w.insert(Article::analyze(texts[i].0.clone(), Arc::from(text.as_str())));
        let now = answers(&w);
        let anew = answers(&fresh(&w));
        assert!(
            now == anew,
            "seed {seed}, edit {n} to {}: the edited workspace differs from a fresh one\n\
             findings: {:#?}\nvs fresh: {:#?}\nentities: {:#?}\nvs fresh: {:#?}\nper article: {:#?}\nvs fresh: {:#?}\ntext: {text}",
            texts[i].0,
            now.0,
            anew.0,
            now.1,
            anew.1,
            now.2,
            anew.2,
        );
        drop(before);
    }
}

#[test]
fn random_name_edits_answer_as_a_fresh_workspace() {
    for seed in 1..=6 {
        run(0x9e37_79b9_7f4a_7c15 ^ seed, 30);
    }
}
