//! Where the words a figure's key was read from are written, for
//! wording findings only (`Claim::words`): the noun a figure is of, the
//! phrase a light verb makes after a count.

use super::{CLAUSE_MARKS, content, event_of, is_verb_form, singular};
use crate::analysis::Span;
use crate::analysis::facts::key::Predicate;
use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{ceil_char_boundary, floor_char_boundary};

/// Where the noun a figure is of (`n`, a singular) is written nearest the
/// figure in its sentence (`liabilities` for `of:liability`): for wording
/// only (`Claim::words`). Only the words next to the figure are read, as
/// `measured` reads them: a sentence of many figures costs no more per figure.
pub(super) fn written_noun(text: &str, sentence: Span, figure: Span, n: &str) -> Option<Span> {
    let from = ceil_char_boundary(text, figure.start.saturating_sub(120).max(sentence.start));
    let to = floor_char_boundary(text, (figure.end + 200).min(sentence.end));
    let mut best: Option<(usize, Span)> = None;
    let mut at = from;
    for word in text.get(from..to)?.split(|c: char| !c.is_alphanumeric()) {
        let start = at;
        at += word.len() + text[at + word.len()..].chars().next().map_or(0, char::len_utf8);
        if word.is_empty() || singular(word) != n {
            continue;
        }
        let span = Span::new(start, start + word.len());
        let distance = if start >= figure.end {
            start - figure.end
        } else {
            figure.start.saturating_sub(span.end)
        };
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, span));
        }
    }
    best.map(|(_, span)| span)
}

/// The phrase a light verb right after a count makes with what follows
/// (`left the tracks`, `came off the rails`): the verb (past auxiliaries,
/// negators and adverbs aside) through the first noun of the next four
/// words of its clause. `None` when there is no such verb or noun. Only
/// for wording (`Claim::words`); the key compares such counts as `~`.
pub(super) fn light_phrase(text: &str, from: usize, to: usize) -> Option<Span> {
    let rest = text.get(from..to)?;
    // The words of the clause after the figure, as byte ranges of `rest`.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in rest.char_indices() {
        if c.is_alphanumeric() || c == '-' && start.is_some() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            words.push((s, i));
        }
        if CLAUSE_MARKS.contains(&c) || matches!(c, '.' | '!' | '?') || words.len() >= 10 {
            break;
        }
    }
    if let Some(s) = start.filter(|_| words.len() < 10) {
        words.push((s, rest.len()));
    }
    let lower = |k: usize| rest[words[k].0..words[k].1].to_lowercase();
    let skip = |w: &str| lx::is(C::Auxiliary, w) || lx::is(C::Negator, w) || w.ends_with("ly");
    let verb = (0..words.len().min(4)).find(|&k| !skip(&lower(k)))?;
    let w = lower(verb);
    if !is_verb_form(&w) || event_of(&w) != Predicate::Light {
        return None;
    }
    let noun = (verb + 1..words.len().min(verb + 5)).find(|&k| content(&lower(k)))?;
    Some(Span::new(from + words[verb].0, from + words[noun].1))
}
