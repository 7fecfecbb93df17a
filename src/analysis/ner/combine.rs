//! Putting the passes together: names, descriptions and the mentions that
//! refer through others become one list, in text order and disjoint.

use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::referring::{locative_there, relative_where};
use crate::analysis::text::Token;
use crate::analysis::{EntityType as T, Mention, MentionKind as K, Span};

/// The descriptions no name overlaps: names win over descriptions that
/// contain them (`the UNCOA chief`), demonyms do not (`the Russian
/// president`). `names` is in text order.
pub(super) fn descriptions_outside(descs: Vec<Mention>, names: &[Mention]) -> Vec<Mention> {
    let descs: Vec<Mention> = descs
        .into_iter()
        .filter(|d| {
            let i = names.partition_point(|m| m.span.end <= d.span.start);
            names[i..]
                .iter()
                .take_while(|m| m.span.start < d.span.end)
                .all(|m| m.kind == K::Demonym)
        })
        .collect();
    debug_assert!(descs.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    descs
}

/// Drops the demonyms inside a description: the description wins (`the
/// Russian president`).
pub(super) fn drop_demonyms_inside(names: &mut Vec<Mention>, descs: &[Mention]) {
    // `descs` is in text order and disjoint: a binary search finds the container.
    names.retain(|m| {
        if m.kind != K::Demonym {
            return true;
        }
        let i = descs.partition_point(|d| d.span.end <= m.span.start);
        descs
            .get(i)
            .is_none_or(|d| !(d.span.start <= m.span.start && m.span.end <= d.span.end))
    });
}

/// `a Schenectady man`, `a 35-year-old New Bedford man`: a name right
/// before a noun for a resident is where they live.
pub(super) fn places_of_residents(text: &str, names: &mut [Mention], descs: &[Mention]) {
    for m in names
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
}

/// `the “Twilight” sequel`: a quoted title is a work, whatever the words
/// inside look like; it replaces the mentions inside it.
pub(super) fn add_works(out: &mut Vec<Mention>, works: Vec<Mention>) {
    if works.is_empty() {
        return;
    }
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

/// Sorts mentions into text order and keeps them disjoint: an earlier
/// (or, at the same start, longer) one wins; empty ones go.
pub(super) fn keep_disjoint(out: &mut Vec<Mention>) {
    out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut last_end = 0;
    out.retain(|m| {
        let keep = m.span.start >= last_end && !m.span.is_empty();
        if keep {
            last_end = m.span.end;
        }
        keep
    });
}

/// Whether a mention of `sorted` (in text order and disjoint) overlaps
/// `span`: only the first one ending after `span` starts can.
pub(super) fn overlaps_any(sorted: &[Mention], span: Span) -> bool {
    let i = sorted.partition_point(|m| m.span.end <= span.start);
    sorted.get(i).is_some_and(|m| m.span.start < span.end)
}

/// Adds the relative `where` and locative `there` mentions that lie
/// outside the others, keeping text order.
pub(super) fn add_wheres(text: &str, toks: &[Token], sentences: &[(usize, usize)], out: &mut Vec<Mention>) {
    let mut wheres = relative_where(text, toks, out);
    wheres.extend(locative_there(text, toks, sentences, out));
    // A `where` or `there` inside a description (`a there home`) is part of
    // it, not a mention of its own: mentions stay disjoint.
    wheres.retain(|w| !overlaps_any(out, w.span));
    if !wheres.is_empty() {
        out.extend(wheres);
        out.sort_by_key(|m| m.span.start);
    }
}
