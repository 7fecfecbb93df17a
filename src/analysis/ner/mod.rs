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
//!
//! Everything is linear: chunks are bounded by sentence tokens, lookups are
//! hash probes, and the article-level maps are built once.

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
use super::lexicon::{self as lx, WordClass as C};
use super::referring::{locative_there, quoted_first_person, relative_where, work_titles};
use super::text::{Token, TokenKind};
use super::{EntityType as T, Mention, MentionKind as K, Opener, Span};
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
    /// candidates come and cleared when `resolve` retypes them, so that a
    /// lone title word does not scan every candidate.
    surnames: (usize, HashSet<String>),
}

pub fn mentions(text: &str, toks: &[Token], sentences: &[(usize, usize)]) -> Vec<Mention> {
    let lower = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word && !t.has(Token::CAP) && !t.has(Token::INNER_CAP))
        .map(|t| t.text(text))
        .collect();
    let mut ner = Ner {
        text,
        toks,
        g: gazetteer::get(),
        lower,
        cands: Vec::new(),
        names: HashMap::new(),
        parts: HashMap::new(),
        surnames: (0, HashSet::new()),
    };
    let mut shouting = Vec::new();
    for &(a, b) in sentences {
        if ner.is_display_line(a, b) {
            shouting.push((a, b));
        } else {
            ner.sentence(a, b);
        }
    }
    ner.settle_types();
    // Every typed name the body uses, however weakly typed there: a
    // headline repeats the body's names (`Wladimir Klitschko Cruises Again`
    // → `Wladimir Klitschko`).
    let body: HashMap<String, T> = ner
        .cands
        .iter()
        .filter(|c| c.name.contains(' ') || !c.opener)
        .filter_map(|c| Some((c.name.to_lowercase(), c.ty?)))
        .collect();
    for (a, b) in shouting {
        ner.display_sentence(a, b, &body);
    }
    ner.unify_types();
    let mut out: Vec<Mention> = ner
        .cands
        .into_iter()
        .filter_map(|c| {
            Some(Mention {
                span: c.span,
                ty: c.ty?,
                kind: c.kind,
                name: c.name,
                title: c.title,
                canonical: c.canonical,
                // Headline nouns are the only descriptions found as candidates.
                opener: if c.kind == K::Descriptor {
                    Opener::Definite
                } else {
                    Opener::None
                },
            })
        })
        .collect();
    out.sort_by_key(|m| m.span.start);
    // Names win over descriptions that contain them (`the UNCOA chief`);
    // a description wins over a demonym inside it (`the Russian president`).
    let descs: Vec<Mention> = descriptors(text, toks, sentences)
        .into_iter()
        .filter(|d| {
            let i = out.partition_point(|m| m.span.end <= d.span.start);
            out[i..]
                .iter()
                .take_while(|m| m.span.start < d.span.end)
                .all(|m| m.kind == K::Demonym)
        })
        .collect();
    debug_assert!(descs.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    // `descs` is in text order and disjoint: a binary search finds the container.
    out.retain(|m| {
        if m.kind != K::Demonym {
            return true;
        }
        let i = descs.partition_point(|d| d.span.end <= m.span.start);
        descs
            .get(i)
            .is_none_or(|d| !(d.span.start <= m.span.start && m.span.end <= d.span.end))
    });
    // `a Schenectady man`, `a 35-year-old New Bedford man`: a name right
    // before a noun for a resident is where they live.
    for m in out
        .iter_mut()
        .filter(|m| m.kind == K::Name && matches!(m.ty, T::Person | T::Org))
    {
        let i = descs.partition_point(|d| d.span.start < m.span.end);
        let resident = descs.get(i).is_some_and(|d| {
            text.get(m.span.end..d.span.start) == Some(" ")
                && d.ty == T::Person
                && d.span.text(text).split(' ').count() == 1
                && lx::is(C::ResidentNoun, &d.span.text(text).to_lowercase())
        });
        let opened = text[..m.span.start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| lx::is(C::Article, &w.to_lowercase()) || w.ends_with("old"));
        if resident && opened {
            m.ty = T::Gpe;
        }
    }
    let roles = roles_beside_names(text, toks, &out, &descs);
    out.extend(descs);
    out.extend(roles);
    out.extend(quoted_first_person(text, toks));
    // `the “Twilight” sequel`: a quoted title is a work, whatever the
    // words inside look like.
    let works = work_titles(text, toks);
    if !works.is_empty() {
        // Titles by start, with the furthest end so far: a mention lies in
        // one iff some title starting at or before it reaches its end.
        let mut inside: Vec<Span> = works.iter().map(|w| w.span).collect();
        inside.sort_unstable();
        let mut reach = 0;
        for w in &mut inside {
            reach = reach.max(w.end);
            w.end = reach;
        }
        out.retain(|m| {
            let k = inside.partition_point(|w| w.start <= m.span.start);
            !(k > 0 && m.span.end <= inside[k - 1].end)
        });
        out.extend(works);
    }
    out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    // Keep mentions disjoint: an earlier (or, at the same start, longer) one wins.
    let mut last_end = 0;
    out.retain(|m| {
        let keep = m.span.start >= last_end && !m.span.is_empty();
        if keep {
            last_end = m.span.end;
        }
        keep
    });
    let mut wheres = relative_where(text, toks, &out);
    wheres.extend(locative_there(text, toks, sentences, &out));
    // A `where` or `there` inside a description (`a there home`) is part of
    // it, not a mention of its own: mentions stay disjoint.
    wheres.retain(|w| {
        let i = out.partition_point(|m| m.span.end <= w.span.start);
        out.get(i).is_none_or(|m| m.span.start >= w.span.end)
    });
    if !wheres.is_empty() {
        out.extend(wheres);
        out.sort_by_key(|m| m.span.start);
    }
    out
}
