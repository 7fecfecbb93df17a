//! The titles articles give people, grouped across articles for the
//! `conflicting-role` rule (`rules::conflicting_role`), which decides
//! whether two titles can name one office and words the finding.
//! A person may hold several offices, so a title conflicts with an article
//! only if it fits none of the titles that article gives.

use crate::analysis::lexicon::{self, WordClass};
use std::collections::{BTreeMap, BTreeSet};

use super::{Article, DocId, EntityId, Finding, Related};
use crate::analysis::text::fold;
use crate::analysis::{EntityType, Mention, Span};
use crate::rules::{MAX_RELATED, conflicting_role};

/// A title given to a person in one article.
pub(super) struct Titled<'a> {
    pub article: &'a Article,
    pub span: Span,
    pub folded: String,
}

/// What stands in an article's set of titles for a person whose office
/// changes in the story or who holds two (`analysis::offices`): their
/// titles do not exclude each other, in any article.
pub(super) const IN_FLUX: &str = "\u{0}office in flux";

/// The titles that claim a present office among a person's mentions, and
/// `IN_FLUX` for a mention whose sentence reports a change of office.
pub(super) fn titles<'a>(mentions: &[(&'a Article, &'a Mention)]) -> Vec<Titled<'a>> {
    let people = mentions.iter().filter(|(_, m)| m.ty == EntityType::Person);
    let flux = people
        .clone()
        .find(|(a, m)| a.analysis.office_in_flux(m))
        .map(|(a, m)| Titled {
            article: a,
            span: m.span,
            folded: IN_FLUX.to_string(),
        });
    people
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
        .chain(flux)
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
pub fn conflicts(id: &EntityId, mentions: &[(&Article, &Mention)], only: Option<&str>) -> Vec<Finding> {
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
    let first = |d: &str| {
        let ts = by_doc.get(d)?;
        ts.iter().find(|t| t.folded != IN_FLUX).map(|t| (t.article, t.span))
    };
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
    id: &EntityId,
    ours: &[&Titled],
    groups: &TitleGroups,
    first: &dyn Fn(&str) -> Option<(&'a Article, Span)>,
) -> Vec<Finding> {
    let Some(here_doc) = ours.first().map(|t| &*t.article.id) else {
        return Vec::new();
    };
    if ours.iter().any(|t| t.folded == IN_FLUX) || groups.keys().any(|ts| ts.contains(IN_FLUX)) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (titles, docs) in groups {
        let others: Vec<&str> = docs.iter().map(|d| &**d).filter(|d| *d != here_doc).collect();
        let Some((o_article, o_span)) = others.first().and_then(|d| first(d)) else {
            continue;
        };
        if ours
            .iter()
            .any(|t| titles.iter().any(|o| conflicting_role::compatible(&t.folded, o)))
        {
            continue;
        }
        let there = o_span.text(&o_article.text);
        // Related locations: the first few articles saying otherwise.
        let related: Vec<Related> = others
            .iter()
            .take(MAX_RELATED)
            .filter_map(|d| {
                let (a, span) = first(d)?;
                Some(conflicting_role::related(a, span))
            })
            .collect();
        for t in ours {
            out.push(conflicting_role::finding(
                id,
                t.article,
                t.span,
                &others,
                there,
                related.clone(),
            ));
        }
    }
    out
}
