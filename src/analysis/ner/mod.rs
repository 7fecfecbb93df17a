//! Named-entity mentions from news conventions.
//!
//! 1. Capitalised runs (with name connectors such as `of`, `van`, `al`) are
//!    cut per sentence into candidate chunks.
//! 2. Each chunk is split and typed by the strongest cue available: title
//!    or honorific prefix → PERSON; gazetteer place or demonym; organisation,
//!    facility, location and event suffixes; acronyms; then context (role
//!    noun before, appositive after, `the` before, a place preposition).
//! 3. Article-level pass: acronyms introduced in parentheses take their
//!    expansion's type; weakly typed chunks take the type of the same name
//!    (or of a longer name they are part of) found with stronger evidence;
//!    then one name keeps one type.
//! 4. Headlines in capitals or title case only receive names that the rest
//!    of the article or the gazetteer confirms.
//! 5. Descriptions by a common noun, and role phrases beside names, join
//!    the names; then the mentions that refer through others.
//!
//! Everything is linear: chunks are bounded by sentence tokens, lookups are
//! hash probes, and the article-level maps are built once.
//!
//! Here: the candidate types and the entry point. Steps 1–2 are `names`
//! (runs and their splits), `parts` (typing a part by its own words) and
//! `context` (by the words around it); step 3 is `settle`; step 4 is
//! `headlines`; step 5 is `descriptors`, `roles` and `combine`. `nouns`
//! holds the word tests names and descriptions share.

mod combine;
mod context;
mod descriptors;
mod headlines;
mod names;
mod nouns;
mod parts;
mod roles;
mod settle;

use std::collections::{HashMap, HashSet};

use super::gazetteer::{self, Gazetteer};
use super::referring::{quoted_first_person, work_titles};
use super::text::{Token, TokenKind};
use super::{EntityType as T, Mention, MentionKind as K, Opener, Span};
use combine::{add_wheres, add_works, descriptions_outside, drop_demonyms_inside, keep_disjoint, places_of_residents};
use descriptors::descriptors;
use roles::roles_beside_names;

pub use nouns::is_description_noun;

/// How sure the typing is; stronger evidence overrides weaker for one name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Ev {
    None,
    Weak,
    Context,
    Strong,
}

#[derive(Clone, Debug)]
struct Cand {
    span: Span,
    /// Token range of the name proper (without title).
    name_toks: (usize, usize),
    title: Option<Span>,
    ty: Option<T>,
    ev: Ev,
    kind: K,
    name: String,
    canonical: Option<String>,
    /// An untyped sentence opener: dropped unless the article confirms it.
    opener: bool,
    /// A bare two-letter country code: kept as GPE only if the article
    /// mentions the same country otherwise.
    needs_support: bool,
}

struct Ner<'a> {
    text: &'a str,
    toks: &'a [Token],
    g: &'static Gazetteer,
    lower: HashSet<&'a str>,
    cands: Vec<Cand>,
    /// Lowercased name → best type seen with at least context evidence.
    names: HashMap<String, (T, Ev)>,
    /// Lowercased name part (surname, organisation short form) → type.
    parts: HashMap<String, T>,
    /// The last words of the multi-word person names among the first
    /// `surnames.0` candidates (`King` after `Billy King`), extended as
    /// candidates come and cleared when `settle_types` retypes them, so that a
    /// lone title word does not scan every candidate.
    surnames: (usize, HashSet<String>),
}

/// An article's entity mentions, in text order and disjoint: names, then
/// descriptions and role phrases, then the mentions that refer through
/// others (`I` in quotes, quoted works, relative `where`, `there`).
pub fn mentions(text: &str, toks: &[Token], sentences: &[(usize, usize)]) -> Vec<Mention> {
    let mut out = names(text, toks, sentences);
    let descs = descriptions_outside(descriptors(text, toks, sentences), &out);
    drop_demonyms_inside(&mut out, &descs);
    places_of_residents(text, &mut out, &descs);
    let roles = roles_beside_names(text, toks, &out, &descs);
    out.extend(descs);
    out.extend(roles);
    out.extend(quoted_first_person(text, toks));
    add_works(&mut out, work_titles(text, toks));
    keep_disjoint(&mut out);
    add_wheres(text, toks, sentences, &mut out);
    out
}

/// The article's names, typed, in text order: the body's sentences first,
/// then the article-level typing, then the headlines, which only take
/// names the body or the gazetteer confirms.
fn names(text: &str, toks: &[Token], sentences: &[(usize, usize)]) -> Vec<Mention> {
    let mut ner = Ner::new(text, toks);
    let mut shouting = Vec::new();
    for &(a, b) in sentences {
        if ner.is_display_line(a, b) {
            shouting.push((a, b));
        } else {
            ner.sentence(a, b);
        }
    }
    ner.settle_types();
    let body = ner.body_names();
    for (a, b) in shouting {
        ner.display_sentence(a, b, &body);
    }
    ner.unify_types();
    let mut out: Vec<Mention> = ner.cands.into_iter().filter_map(Cand::into_mention).collect();
    out.sort_by_key(|m| m.span.start);
    out
}

impl Cand {
    /// The mention a typed candidate makes.
    fn into_mention(self) -> Option<Mention> {
        Some(Mention {
            span: self.span,
            ty: self.ty?,
            kind: self.kind,
            name: self.name,
            title: self.title,
            canonical: self.canonical,
            // Headline nouns are the only descriptions found as candidates.
            opener: if self.kind == K::Descriptor {
                Opener::Definite
            } else {
                Opener::None
            },
        })
    }
}

impl<'a> Ner<'a> {
    /// A name finder for an article, with the set of words it writes in
    /// lowercase somewhere.
    fn new(text: &'a str, toks: &'a [Token]) -> Self {
        let lower = toks
            .iter()
            .filter(|t| t.kind == TokenKind::Word && !t.has(Token::CAP) && !t.has(Token::INNER_CAP))
            .map(|t| t.text(text))
            .collect();
        Ner {
            text,
            toks,
            g: gazetteer::get(),
            lower,
            cands: Vec::new(),
            names: HashMap::new(),
            parts: HashMap::new(),
            surnames: (0, HashSet::new()),
        }
    }
}
