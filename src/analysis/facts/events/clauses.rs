//! Reading a sentence's clauses for event claims: which words are event
//! words and their keys, where each clause starts, which events a value
//! belongs to, and a clause's subject.

use crate::analysis::Span;
use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{Token, TokenKind};
use crate::analysis::wordnet::nouns;

use super::super::event_words;
use super::super::key::EventRef;

pub(super) fn is_light(key: &str) -> bool {
    lx::is(C::LightVerb, key)
}

/// One word of a sentence, lowercased, with its token.
pub(super) struct W<'t> {
    pub(super) lower: String,
    pub(super) tok: &'t Token,
    /// The word's event key, when it is an event word (see `event_word`).
    pub(super) event: Option<String>,
}

pub(super) fn is_boundary(t: &Token, text: &str) -> bool {
    let dash = matches!(t.text(text), "—" | "–" | "-");
    // A dash between two words without spaces joins them (`Vietnam–Mexico`).
    let joined = dash
        && text[..t.span.start].ends_with(|c: char| c.is_alphanumeric())
        && text[t.span.end..].starts_with(|c: char| c.is_alphanumeric());
    t.kind == TokenKind::Punct
        && !joined
        && (dash || matches!(t.text(text), "," | ";" | ":" | "(" | ")" | "\"" | "“" | "”"))
}

/// Whether a word (at `i`) is an event word, and its key: a past form of
/// a verb, a base form after a negation (`did not attend`), or a noun
/// naming a happening (see `event_words`; whether a noun speaks for the
/// news event is `events_of`'s call).
pub(super) fn event_word(ws: &[W], i: usize) -> Option<String> {
    let w = &ws[i];
    if w.tok.kind != TokenKind::Word || w.tok.has(Token::CAP) && i > 0 || w.lower.len() < 3 {
        return None;
    }
    let lower = w.lower.as_str();
    if lx::is(C::SpeechVerb, lower) || lx::is(C::Auxiliary, lower) {
        return None;
    }
    let base_after_neg = i > 0 && lx::is(C::BaseNegator, &ws[i - 1].lower);
    (base_after_neg || event_words::is_past_form(lower) || event_words::is_event_noun(lower))
        .then(|| event_words::event_key(lower))
}

/// The head noun of the clause's subject: the last word of the noun phrase
/// that opens it (`The getaway car, …` → `car`, `Talks on the deal` →
/// `talks`), keyed, with where it is written.
pub(super) fn subject_head(ws: &[W], start: usize, event: usize) -> Option<(String, Span)> {
    let mut i = start;
    while i < event && lx::is(C::PhraseDeterminer, &ws[i].lower) {
        i += 1;
    }
    let mut head = None;
    while i < event {
        let w = &ws[i];
        if w.tok.kind != TokenKind::Word
            || lx::is(C::Auxiliary, &w.lower)
            || lx::is(C::SubjectStop, &w.lower)
            || i > start && ws[i].event.is_some() && is_verb(ws, i)
        {
            break;
        }
        head = Some(w);
        i += 1;
    }
    let head = head?;
    (!lx::is(C::GenericSubject, &head.lower) && head.lower.chars().all(char::is_alphabetic))
        .then(|| (event_words::noun_key(&head.lower), head.tok.span))
}

/// Whether the word at `i` is a verb (a past form, or a base form after a
/// negation) rather than an event noun.
pub(super) fn is_verb(ws: &[W], i: usize) -> bool {
    let lower = ws[i].lower.as_str();
    lower.ends_with("ed") || event_words::is_past_form(lower) || i > 0 && lx::is(C::BaseNegator, &ws[i - 1].lower)
}

/// Whether the event noun at `j` modifies a noun after it (`the derailment
/// site`, `the crash scene`): the phrase then names a place or thing, and
/// what it is dated or placed by is not the event's.
pub(super) fn modifies_a_noun(ws: &[W], j: usize) -> bool {
    ws.get(j + 1).is_some_and(|n| {
        n.tok.kind == TokenKind::Word
            && n.lower.len() >= 3
            && !n.tok.has(Token::CAP)
            && !lx::is(C::PlacePrep, &n.lower)
            && !lx::is(C::ClauseWord, &n.lower)
            && !is_verb(ws, j + 1)
            && nouns::noun(&n.lower).is_some()
    })
}

/// Whether the word after `j` opens a figure (`after 7:15 a.m.`, `since
/// 2019`): `after`, `before`, `since` and `until` then head a phrase of
/// time in the clause, not a clause of their own.
pub(super) fn before_a_figure(ws: &[W], j: usize) -> bool {
    ws.get(j + 1)
        .is_some_and(|n| n.lower.starts_with(|c: char| c.is_ascii_digit()))
}

/// Where the clause of each word starts, for every word index and one past
/// the last: back to a boundary, a clause word or a speech verb. One pass
/// over the sentence, so that a value need not walk back to its clause.
pub(super) fn clause_starts(ws: &[W], text: &str) -> Vec<usize> {
    let mut starts = Vec::with_capacity(ws.len() + 1);
    let mut start = 0;
    for (j, w) in ws.iter().enumerate() {
        starts.push(start);
        if is_boundary(w.tok, text) || lx::is(C::ClauseWord, &w.lower) && !before_a_figure(ws, j) {
            start = j + 1;
        } else if lx::is(C::SpeechVerb, &w.lower) {
            start = j + 1 + usize::from(ws.get(j + 1).is_some_and(|n| n.lower == "that"));
        }
    }
    starts.push(start);
    starts
}

/// The events a value at word `at` belongs to, as (key, event word): the
/// nearest verb of its clause (which starts at word `start`, see
/// `clause_starts`) and an event noun right before it (`the derailment
/// near Gilgil`). A prepositional phrase may hang on either, so both are
/// keys.
pub(super) fn events_of(ws: &[W], start: usize, at: usize) -> Vec<(EventRef, usize)> {
    let mut out = Vec::new();
    let candidates = (start..at)
        .rev()
        .take(12)
        .filter_map(|j| ws[j].event.clone().map(|k| (j, k)));
    let verb = candidates.clone().find(|(j, _)| is_verb(ws, *j));
    // An event noun speaks for the news event only as a plain definite
    // phrase: `the derailment`, not `the February summit` or `his summit`,
    // which name other occasions.
    let noun = candidates
        .take_while(|(j, _)| at - j <= 4)
        .find(|(j, _)| !is_verb(ws, *j))
        .filter(|(j, _)| *j > 0 && ws[j - 1].lower == "the" && !modifies_a_noun(ws, *j));
    for (event, key) in verb.into_iter().chain(noun) {
        if let Some(r) = event_ref(ws, start, event, key) {
            out.push((r, event));
        }
    }
    out
}

/// The event the event word at `event` (keyed `key`, in a clause starting
/// at word `start`) names, if it tells a fact: plans and prospects (`will
/// be played`, `is due to sign`, `the vote is expected on Monday`) are
/// not facts yet, and a light verb names an event only with its subject.
pub(super) fn event_ref(ws: &[W], start: usize, event: usize, key: String) -> Option<EventRef> {
    let lead: Vec<&str> = ws[event.saturating_sub(3)..event]
        .iter()
        .map(|w| w.lower.as_str())
        .collect();
    if lead.iter().any(|w| lx::is(C::UnrealCue, w))
        || lead.last() == Some(&"to")
        || lx::is(C::UnrealCue, &ws[event].lower)
    {
        return None;
    }
    if is_light(&key) {
        let (subject, _) = subject_head(ws, start, event)?;
        return Some(EventRef::Word {
            key,
            subject: Some(subject),
        });
    }
    Some(EventRef::Word { key, subject: None })
}

/// Where a sentence's common-noun subject holds and what it is (see
/// [`sentence_subject`]): the verb, the stop, and the key with where its
/// head is written.
pub(super) type SentenceSubject = (usize, usize, Option<(EventRef, Span)>);

/// The subject key of a sentence that opens with a common-noun subject
/// (`The getaway car was recovered, burnt out, in Lier`), read once per
/// sentence as `(verb, stop, key and where its head is written)`: it holds
/// for a word at `at` with no other clause before it, that is when `verb <
/// at <= stop`.
pub(super) fn sentence_subject(ws: &[W]) -> Option<SentenceSubject> {
    // A live blog's time stamp or a list marker before the sentence proper.
    let lead = ws.iter().position(|w| w.tok.kind == TokenKind::Word)?;
    let ws = &ws[lead..];
    let first = &ws[0];
    if !lx::is(C::PhraseDeterminer, &first.lower) && first.tok.has(Token::CAP) && ws.len() > 1 {
        // A capitalised first word that is not a determiner is a name or a bare plural.
        if !first.lower.ends_with('s') {
            return None;
        }
    }
    let stop = ws
        .iter()
        .position(|w| lx::is(C::ClauseWord, &w.lower) || lx::is(C::SpeechVerb, &w.lower))
        .unwrap_or(ws.len());
    let verb = (1..ws.len()).find(|&j| is_verb(ws, j) || lx::is(C::Auxiliary, &ws[j].lower))?;
    let key = subject_head(ws, 0, verb).map(|(head, span)| (EventRef::Subject(head), span));
    Some((lead + verb, lead + stop, key))
}
