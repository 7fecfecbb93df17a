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
//!
//! The workspace (`workspace::roles`) collects the titles each article
//! gives a person and groups articles by them; this rule decides whether
//! two titles can name one office ([`compatible`]) and words the finding.

use crate::analysis::lexicon::{self, WordClass};
use std::collections::BTreeSet;

use super::{About, Detail, EntityId, Finding, Related, Side, short_name};
use super::{Code, Level, Rule};
use crate::analysis::{Article, Span};

pub const RULE: Rule = Rule {
    code: Code::ConflictingRole,
    name: "conflicting-role",
    level: Level::Warning,
    summary: "Another article gives the same person a different title or affiliation",
    description: "Compares the titles articles give one person (linked across articles as one entity): `First \
        Vice Foreign Minister Choe Son-hui` here, `Vice Foreign Minister Choe Son-hui` there. It fires on each \
        title in an article when none of the titles that article gives the person fits any title another \
        article gives: another head noun (`Chief Executive` / `Operations Director`), different words on both \
        sides (`Chief Financial Officer` / `Chief Operating Officer`), or an extra rank word (`First`, \
        `Deputy`, `Vice`, `Acting`, …). It stays silent on renderings of one office: the same words in any \
        case, the office named by an `of` or `for` phrase (`Minister of Industry and Trade` / `Trade \
        Minister`), a fuller form (`Transport Secretary` / `Transport Cabinet Secretary`, `President` / \
        `Russian President`), clipped abbreviations and acronyms (`Gov.` / `Governor`, `CEO` / `Chief \
        Executive`); on titles marked as another time (`former`, `then`, `late`, `ex`, `outgoing`, \
        `incoming`); on courtesy titles (`Mr`, `Dr`); on anyone but people; and on a person who holds several \
        offices as long as one of them fits. Per-office affiliations (`Victoria's health minister` / `Federal \
        Health Minister`) are not compared yet.",
};

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

/// The finding on one title (`span` in `article`) of person `id` that
/// fits none of the titles `others` give (the first of them: `there`).
pub fn finding(
    id: &EntityId,
    article: &Article,
    span: Span,
    others: &[&str],
    there: &str,
    related: Vec<Related>,
) -> Finding {
    let here = span.text(&article.text);
    Finding {
        doc: article.id.clone(),
        span,
        code: RULE.code,
        level: RULE.level,
        message: format!(
            "here: \"{here}\"; {}{}: \"{there}\"",
            short_name(others[0]),
            super::also(others.len())
        ),
        related,
        data: Some(Detail::Compared {
            about: About::Title { entity: id.clone() },
            here: Side::value(here),
            there: Side::value(there).in_doc(others[0]).in_articles(others.len()),
        }),
    }
}

/// A related location: the title another article gives the person.
pub fn related(article: &Article, span: Span) -> Related {
    let text = span.text(&article.text);
    Related {
        doc: article.id.clone(),
        span,
        message: format!("\"{text}\" for the same person"),
    }
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;
    use crate::analysis::text::fold;
    use crate::rules::fixture::check;

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

    #[test]
    fn fires_on_another_rung_of_one_office() {
        check(
            Code::ConflictingRole,
            &[
                (
                    "a.txt",
                    "PYONGYANG — First Vice Foreign Minister Choe Son-hui met the delegation on Monday.",
                ),
                (
                    "b.txt",
                    "Vice Foreign Minister Choe Son-hui told reporters the talks had stalled.",
                ),
                ("c.txt", "The statement was read by Vice Foreign Minister Choe Son-hui."),
            ],
            expect![[r#"
                a.txt 14..41 "First Vice Foreign Minister" warning conflicting-role: here: "First Vice Foreign Minister"; b.txt and 1 other article: "Vice Foreign Minister"
                  b.txt 0..21 "Vice Foreign Minister": "Vice Foreign Minister" for the same person
                  c.txt 26..47 "Vice Foreign Minister": "Vice Foreign Minister" for the same person
                b.txt 0..21 "Vice Foreign Minister" warning conflicting-role: here: "Vice Foreign Minister"; a.txt: "First Vice Foreign Minister"
                  a.txt 14..41 "First Vice Foreign Minister": "First Vice Foreign Minister" for the same person
                c.txt 26..47 "Vice Foreign Minister" warning conflicting-role: here: "Vice Foreign Minister"; a.txt: "First Vice Foreign Minister"
                  a.txt 14..41 "First Vice Foreign Minister": "First Vice Foreign Minister" for the same person
            "#]],
        );
    }

    #[test]
    fn silent_on_renderings_of_one_office_and_former_titles() {
        check(
            Code::ConflictingRole,
            &[
                (
                    "a.txt",
                    "Transport Secretary Amina Otieno visited the crash site near Naivasha.",
                ),
                (
                    "b.txt",
                    "Transport Cabinet Secretary Amina Otieno ordered an inquiry into the derailment.",
                ),
                ("c.txt", "Harbour Authority CEO Maria Lopez said the port would reopen."),
                ("d.txt", "Chief Executive Maria Lopez declined to comment."),
                ("e.txt", "Former Governor Maria Lopez was not at the meeting."),
            ],
            expect![[""]],
        );
    }
}
