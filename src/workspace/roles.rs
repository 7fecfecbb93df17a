//! `conflicting-role`: one person, two incompatible titles in two articles
//! (`First Vice Foreign Minister` here, `Vice Foreign Minister` there).
//!
//! Titles are compared as folded word sets. Two renderings of one office
//! are compatible: the same words, or one title inside the other when the
//! extra words only name the office more fully (`Transport Secretary` /
//! `Transport Cabinet Secretary`, `President` / `Russian President`). They
//! conflict when the offices differ: another head noun (`Chief Executive` /
//! `Operations Director`), words on both sides that the other lacks
//! (`Chief Financial Officer` / `Chief Operating Officer`), or an extra
//! rank word (`First`, `Deputy`, `Vice`, …) that makes it another rung.
//! A person may hold several offices, so a title conflicts with an article
//! only if it fits none of the titles that article gives.

use std::collections::{BTreeMap, BTreeSet};

use super::{Article, DocId, Finding, Related, short_name};
use crate::analysis::lexicon::{self, WordClass};
use crate::analysis::text::fold;
use crate::analysis::{EntityType, Mention, Span};
use crate::config::Level;

/// A title as its head noun and its set of content words:
/// `Cabinet Secretary for Transport` → head `secretary`, words {cabinet,
/// secretary, transport}; `Minister of Industry and Trade` → head `minister`.
fn parts(title: &str) -> (&str, BTreeSet<&str>) {
    let words: Vec<&str> = title.split(' ').filter(|w| !w.is_empty()).collect();
    let cut = words
        .iter()
        .position(|w| matches!(*w, "of" | "for"))
        .unwrap_or(words.len());
    let head = words[..cut].last().copied().unwrap_or("");
    let set = words
        .into_iter()
        .filter(|w| !lexicon::is(WordClass::TitleFunctionWord, w))
        .collect();
    (head, set)
}

/// `CEO` against `Chief Executive`: an all-letters abbreviation fits a
/// title whose initials it starts with, or that start it.
fn abbreviates(short: &str, long: &str) -> bool {
    let initials: String = long.split(' ').filter_map(|w| w.chars().next()).collect();
    !short.contains(' ') && short.len() >= 2 && (initials.starts_with(short) || short.starts_with(&initials))
}

/// Equal words, or a clipped abbreviation of the other (`coun` /
/// `councillor`, `gov` / `governor`, `sen` / `senator`).
fn same_word(a: &str, b: &str) -> bool {
    a == b || (a.len().min(b.len()) >= 3 && (a.starts_with(b) || b.starts_with(a)))
}

/// `assistant gm` against `assistant general manager`: an abbreviation
/// inside a title spelled out by consecutive words of the other.
fn expand(a: &str, b: &str) -> Option<String> {
    let long: Vec<&str> = b.split(' ').collect();
    let mut changed = false;
    let words: Vec<String> = a
        .split(' ')
        .map(|w| {
            let n = w.len();
            if (2..=4).contains(&n) && !long.contains(&w) {
                for start in 0..long.len().saturating_sub(n - 1) {
                    let run = &long[start..start + n];
                    if run.iter().filter_map(|x| x.chars().next()).eq(w.chars()) {
                        changed = true;
                        return run.join(" ");
                    }
                }
            }
            w.to_string()
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// Whether two titles can name the same office.
pub fn compatible(a: &str, b: &str) -> bool {
    if a.contains(' ') != b.contains(' ') && (abbreviates(a, b) || abbreviates(b, a)) {
        return true;
    }
    match (expand(a, b), expand(b, a)) {
        (Some(x), _) => same_office(&x, b),
        (None, Some(y)) => same_office(a, &y),
        (None, None) => same_office(a, b),
    }
}

/// Whether two spelled-out titles can name the same office.
fn same_office(a: &str, b: &str) -> bool {
    let ((ha, sa), (hb, sb)) = (parts(a), parts(b));
    if !same_word(ha, hb) {
        return false;
    }
    let only_a: Vec<&str> = sa
        .iter()
        .copied()
        .filter(|w| !sb.iter().any(|x| same_word(w, x)))
        .collect();
    let only_b: Vec<&str> = sb
        .iter()
        .copied()
        .filter(|w| !sa.iter().any(|x| same_word(w, x)))
        .collect();
    match (only_a.is_empty(), only_b.is_empty()) {
        (true, true) => true,
        (false, false) => false,
        _ => !only_a
            .iter()
            .chain(&only_b)
            .any(|w| lexicon::is(WordClass::RankWord, w)),
    }
}

/// A title given to a person in one article.
pub(super) struct Titled<'a> {
    pub article: &'a Article,
    pub span: Span,
    pub folded: String,
}

/// The titles that claim a present office among a person's mentions.
pub(super) fn titles<'a>(mentions: &[(&'a Article, &'a Mention)]) -> Vec<Titled<'a>> {
    mentions
        .iter()
        .filter(|(_, m)| m.ty == EntityType::Person)
        .filter_map(|(a, m)| {
            let span = m.title?;
            let text = span.text(&a.text);
            // "former", "then", "late" describe another time, not a claim
            // about the present office.
            let before = a.text.get(..span.start).unwrap_or("").trim_end();
            let last_word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            if lexicon::is(WordClass::TitleTimeWord, &fold(last_word)) {
                return None;
            }
            let folded = fold(text);
            // A courtesy title (`Mr`) says nothing about the office.
            (!folded.is_empty() && !crate::analysis::is_honorific(text)).then_some(Titled {
                article: a,
                span,
                folded,
            })
        })
        .collect()
}

/// Articles grouped by the set of titles they give one person.
pub(super) type TitleGroups = BTreeMap<BTreeSet<String>, BTreeSet<DocId>>;

/// Role conflicts of one person, reported in `only` (or every article).
/// Articles conflict when no title one gives fits any title the other
/// gives; each title occurrence in the reporting article is a finding.
/// Articles giving the same set of titles are compared as one group, so the
/// work grows with the number of different renderings, not with the number
/// of article pairs.
pub fn conflicts(id: &str, mentions: &[(&Article, &Mention)], only: Option<&str>) -> Vec<Finding> {
    let all = titles(mentions);
    let mut by_doc: BTreeMap<&str, Vec<&Titled>> = BTreeMap::new();
    for t in &all {
        by_doc.entry(&*t.article.id).or_default().push(t);
    }
    let mut groups = TitleGroups::new();
    for ts in by_doc.values() {
        groups
            .entry(ts.iter().map(|t| t.folded.clone()).collect())
            .or_default()
            .insert(ts[0].article.id.clone());
    }
    let first = |d: &str| by_doc.get(d).map(|ts| (ts[0].article, ts[0].span));
    by_doc
        .iter()
        .filter(|(d, _)| only.is_none_or(|o| o == **d))
        .flat_map(|(_, ours)| against(id, ours, &groups, &first))
        .collect()
}

/// Role conflicts of one article's titles for a person (`ours`, all from
/// one article) against the groups of titles articles give the person;
/// `first` gives an article's first title, for the message and the related
/// locations.
pub(super) fn against<'a>(
    id: &str,
    ours: &[&Titled],
    groups: &TitleGroups,
    first: &dyn Fn(&str) -> Option<(&'a Article, Span)>,
) -> Vec<Finding> {
    let Some(here_doc) = ours.first().map(|t| &*t.article.id) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (titles, docs) in groups {
        let others: Vec<&str> = docs.iter().map(|d| &**d).filter(|d| *d != here_doc).collect();
        let Some((o_article, o_span)) = others.first().and_then(|d| first(d)) else {
            continue;
        };
        if ours.iter().any(|t| titles.iter().any(|o| compatible(&t.folded, o))) {
            continue;
        }
        let there = o_span.text(&o_article.text);
        let also = match others.len() {
            1 => String::new(),
            2 => " and 1 other article".to_string(),
            n => format!(" and {} other articles", n - 1),
        };
        // Related locations: the first few articles saying otherwise.
        let related: Vec<Related> = others
            .iter()
            .take(MAX_RELATED)
            .filter_map(|d| {
                let (a, span) = first(d)?;
                let text = span.text(&a.text);
                Some(Related {
                    doc: a.id.clone(),
                    span,
                    message: format!("\"{text}\" for the same person"),
                })
            })
            .collect();
        for t in ours {
            let here = t.span.text(&t.article.text);
            out.push(Finding {
                doc: t.article.id.clone(),
                span: t.span,
                code: "conflicting-role",
                level: Level::Warning,
                message: format!("here: \"{here}\"; {}{also}: \"{there}\"", short_name(others[0])),
                related: related.clone(),
                data: Some(serde_json::json!({
                    "entity": id,
                    "property": "title",
                    "here": {"value": here},
                    "there": {"doc": others[0], "value": there, "articles": others.len()},
                })),
            });
        }
    }
    out
}

/// How many other articles a finding links to; the message counts the rest.
pub const MAX_RELATED: usize = 5;

#[cfg(test)]
mod tests {
    use super::*;

    fn c(a: &str, b: &str) -> bool {
        compatible(&fold(a), &fold(b))
    }

    #[test]
    fn renderings_of_one_office_are_compatible() {
        assert!(c("Transport Cabinet Secretary", "Transport Secretary"));
        assert!(c("Russian President", "President"));
        assert!(c("Foreign Minister", "foreign minister"));
        assert!(c("Cabinet Secretary for Transport", "Transport Secretary"));
        assert!(c("CEO", "Chief Executive"));
        assert!(c("Coun.", "Councillor"));
        assert!(c("Gov.", "Governor"));
        assert!(c("Minister of Industry and Trade", "Trade Minister"));
        assert!(c("Assistant GM", "Assistant General Manager"));
        assert!(!c("Assistant GM", "General Manager"));
    }

    #[test]
    fn other_offices_and_rungs_conflict() {
        assert!(!c("First Vice Foreign Minister", "Vice Foreign Minister"));
        assert!(!c("Chief Executive", "Operations Director"));
        assert!(!c("Chief Financial Officer", "Chief Operating Officer"));
        assert!(!c("Chief Prosecutor", "Deputy Prosecutor"));
    }
}
