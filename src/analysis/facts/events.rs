//! Event claims: when and where something happened, and whether it did.
//!
//! A date, clock time or place belongs to the event word nearest before it
//! in its clause: the verb (`derailed near Naivasha on Sunday`) or an event
//! noun (`the derailment near Gilgil`). The event word's key (see
//! `event_words`: through WordNet, `derailed` and `the derailment` both
//! key as `derail`) is the claim's key, so the same fact told in two
//! articles meets on one key. Verbs that say little on
//! their own (`began`, `took`) are keyed with their subject's head noun
//! (`talks began`, `the eruption began`). Speech verbs are never events:
//! `officials said on Monday` dates the statement, not the news.
//!
//! Granularity is part of the key, following news convention: a bare year
//! (`in 2014`) dates a past event, a weekday or calendar date dates the
//! news event, and a clock time its hour. Places count only at town level:
//! `in Kenya` and `in Naivasha` are not rivals, `in Mechelen` and `in Lier`
//! are. Polarity claims (`attended the party` / `did not attend the
//! party`) need a named subject on both sides.

use crate::analysis::gazetteer::{self, Place};
use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{Token, TokenKind};
use crate::analysis::values::{Hedge, Value, ValueKind};
use crate::analysis::wordnet::nouns;
use crate::analysis::{Analysis, EntityType, Mention, MentionKind, Span};

use super::claims::{Claim, Day, Fact, subject_before};
use super::event_words;
use super::key::{Aspect, ClaimKey, EventRef};

fn is_light(key: &str) -> bool {
    lx::is(C::LightVerb, key)
}

/// One word of a sentence, lowercased, with its token.
struct W<'t> {
    lower: String,
    tok: &'t Token,
    /// The word's event key, when it is an event word (see `event_word`).
    event: Option<String>,
}

fn is_boundary(t: &Token, text: &str) -> bool {
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
fn event_word(ws: &[W], i: usize) -> Option<String> {
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
fn subject_head(ws: &[W], start: usize, event: usize) -> Option<(String, Span)> {
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
fn is_verb(ws: &[W], i: usize) -> bool {
    let lower = ws[i].lower.as_str();
    lower.ends_with("ed") || event_words::is_past_form(lower) || i > 0 && lx::is(C::BaseNegator, &ws[i - 1].lower)
}

/// Whether the event noun at `j` modifies a noun after it (`the derailment
/// site`, `the crash scene`): the phrase then names a place or thing, and
/// what it is dated or placed by is not the event's.
fn modifies_a_noun(ws: &[W], j: usize) -> bool {
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
fn before_a_figure(ws: &[W], j: usize) -> bool {
    ws.get(j + 1)
        .is_some_and(|n| n.lower.starts_with(|c: char| c.is_ascii_digit()))
}

/// Where the clause of each word starts, for every word index and one past
/// the last: back to a boundary, a clause word or a speech verb. One pass
/// over the sentence, so that a value need not walk back to its clause.
fn clause_starts(ws: &[W], text: &str) -> Vec<usize> {
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
fn events_of(ws: &[W], start: usize, at: usize) -> Vec<(EventRef, usize)> {
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
        // Plans and prospects (`will be played`, `is due to sign`) are not facts yet.
        let lead: Vec<&str> = ws[event.saturating_sub(3)..event]
            .iter()
            .map(|w| w.lower.as_str())
            .collect();
        // Nor is the word of the plan itself (`the vote is expected on
        // Monday`, `the meeting planned for Friday`).
        if lead.iter().any(|w| lx::is(C::UnrealCue, w))
            || lead.last() == Some(&"to")
            || lx::is(C::UnrealCue, &ws[event].lower)
        {
            continue;
        }
        if is_light(&key) {
            // A light verb names an event only with its subject.
            if let Some((subject, _)) = subject_head(ws, start, event) {
                out.push((
                    EventRef::Word {
                        key,
                        subject: Some(subject),
                    },
                    event,
                ));
            }
            continue;
        }
        out.push((EventRef::Word { key, subject: None }, event));
    }
    out
}

/// Where a sentence's common-noun subject holds and what it is (see
/// [`sentence_subject`]): the verb, the stop, and the key with where its
/// head is written.
type SentenceSubject = (usize, usize, Option<(EventRef, Span)>);

/// The subject key of a sentence that opens with a common-noun subject
/// (`The getaway car was recovered, burnt out, in Lier`), read once per
/// sentence as `(verb, stop, key and where its head is written)`: it holds
/// for a word at `at` with no other clause before it, that is when `verb <
/// at <= stop`.
fn sentence_subject(ws: &[W]) -> Option<SentenceSubject> {
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

/// The event claims of an article: dates, times, places and polarity.
pub fn event_claims(text: &str, analysis: &Analysis) -> Vec<Claim> {
    let mut out = Vec::new();
    for &sentence in &analysis.sentences {
        let s = Sentence::read(text, analysis, sentence);
        s.time_claims(&mut out);
        s.place_claims(&mut out);
        s.polarity_claims(&mut out);
    }
    out
}

/// One sentence read for event claims: its words with their event keys,
/// and where the clause of each starts (see `clause_starts`).
struct Sentence<'a> {
    text: &'a str,
    analysis: &'a Analysis,
    span: Span,
    ws: Vec<W<'a>>,
    clause_start: Vec<usize>,
}

impl<'a> Sentence<'a> {
    /// The words of the sentence at `span`, lowercased, each with its
    /// event key once (every later step asks for it often).
    fn read(text: &'a str, analysis: &'a Analysis, span: Span) -> Sentence<'a> {
        let lo = analysis.tokens.partition_point(|t| t.span.start < span.start);
        let hi = analysis.tokens.partition_point(|t| t.span.start < span.end);
        let mut ws: Vec<W> = analysis.tokens[lo..hi]
            .iter()
            .map(|tok| W {
                lower: tok.text(text).to_lowercase(),
                tok,
                event: None,
            })
            .collect();
        let events: Vec<Option<String>> = (0..ws.len()).map(|i| event_word(&ws, i)).collect();
        for (w, e) in ws.iter_mut().zip(events) {
            w.event = e;
        }
        let clause_start = clause_starts(&ws, text);
        Sentence {
            text,
            analysis,
            span,
            ws,
            clause_start,
        }
    }

    /// The index of the first word that starts at or after byte `offset`.
    fn word_at(&self, offset: usize) -> usize {
        self.ws.partition_point(|w| w.tok.span.start < offset)
    }

    /// A claim on `key` about the event word at `event_at`, with the named
    /// subject before that word.
    fn claim(&self, key: ClaimKey, span: Span, fact: Fact, event_at: usize) -> Claim {
        let word = matches!(
            key,
            ClaimKey::Event {
                event: EventRef::Word { .. },
                ..
            }
        );
        Claim {
            key,
            span,
            fact,
            updated: false,
            subject: subject_before(
                self.text,
                self.analysis,
                self.span.start,
                self.ws[event_at].tok.span.start,
            ),
            words: word.then_some(self.ws[event_at].tok.span),
        }
    }

    /// Date and time claims: each date or clock time of the sentence,
    /// keyed by its granularity and the events it belongs to.
    fn time_claims(&self, out: &mut Vec<Claim>) {
        for v in self.analysis.values_within(self.span.start, self.span.end) {
            let Some(fact) = time_fact(v) else { continue };
            // A relative day (`yesterday`) is a day only through the
            // article's own date, which web copies and updates often carry
            // wrongly: comparing it compares the articles' dates, not the
            // event's. Such a day makes no claim.
            if matches!(
                &fact,
                Fact::Day(Day {
                    day: None,
                    weekday: Some(_),
                    ..
                })
            ) && lx::relative_day(&v.span.text(self.text).to_lowercase()).is_some()
            {
                continue;
            }
            let at = self.word_at(v.span.start);
            let kind = match &fact {
                Fact::Day(Day {
                    day: None,
                    weekday: None,
                    ..
                }) => Aspect::Year,
                Fact::Day(_) => Aspect::Day,
                _ => Aspect::Time,
            };
            for (event, event_at) in events_of(&self.ws, self.clause_start[at], at) {
                let key = ClaimKey::Event { aspect: kind, event };
                out.push(self.claim(key, v.span, fact.clone(), event_at));
            }
        }
    }

    /// Place claims: `in`/`near`/`at` (+ a direction word) + a town-level
    /// place, keyed by the events it belongs to and, in a sentence that
    /// opens with a common-noun subject, by that subject.
    fn place_claims(&self, out: &mut Vec<Claim>) {
        let ws = &self.ws;
        let mut subject: Option<Option<SentenceSubject>> = None;
        for (mi, m) in self.analysis.mentions_within(self.span.start, self.span.end) {
            let Some(p) = self.event_place_at(m) else { continue };
            let span = Span::new(ws[p - 1].tok.span.start, m.span.end);
            let mut keys = events_of(ws, self.clause_start[p - 1], p - 1);
            let subject = subject.get_or_insert_with(|| sentence_subject(ws));
            let mut head = None;
            if let Some((verb, stop, Some((s, written)))) = subject
                && *verb < p - 1
                && p - 1 <= *stop
            {
                keys.push((s.clone(), p - 1));
                head = Some(*written);
            }
            // `near X` and `in Y` can both hold; only like prepositions compete.
            let near = ws[p - 1].lower == "near";
            for (event, event_at) in keys {
                let by_subject = matches!(event, EventRef::Subject(_));
                let key = ClaimKey::Event {
                    aspect: Aspect::Place { near },
                    event,
                };
                let mut claim = self.claim(key, span, Fact::Place { mention: mi }, event_at);
                if by_subject {
                    claim.words = head;
                }
                out.push(claim);
            }
        }
    }

    /// Where the place phrase of a mention starts when the mention is the
    /// place of an event: a named town-level place after an event
    /// preposition and any direction words, not followed by a possessive.
    /// The preposition is the word before the returned index.
    fn event_place_at(&self, m: &Mention) -> Option<usize> {
        let ws = &self.ws;
        // A named place (`the city` is a description) of some length (`E.` is not).
        if !matches!(m.ty, EntityType::Gpe | EntityType::Loc)
            || m.kind != MentionKind::Name
            || m.name.trim_end_matches('.').chars().count() < 3
        {
            return None;
        }
        let at = self.word_at(m.span.start);
        let mut p = at;
        while p > 0 && lx::is(C::PlaceModifier, &ws[p - 1].lower) {
            p -= 1;
        }
        if p == 0 || !lx::is(C::EventPlacePrep, &ws[p - 1].lower) {
            return None;
        }
        // Nested in a longer name or followed by a possessive: not a location.
        if ws.get(at + 1).is_some_and(|w| w.tok.kind == TokenKind::Possessive) {
            return None;
        }
        let town = match gazetteer::get().place(&m.name) {
            Some((Place::City, _)) => true,
            Some(_) => false,
            None => m.ty == EntityType::Gpe,
        };
        town.then_some(p)
    }

    /// Polarity claims: `Brandt attended the party` / `Brandt did not attend
    /// the party`, keyed by verb and object head, with a named subject.
    fn polarity_claims(&self, out: &mut Vec<Claim>) {
        let (text, analysis, ws) = (self.text, self.analysis, &self.ws[..]);
        for i in 0..ws.len() {
            let Some(verb) = ws[i].event.clone() else { continue };
            let lower = ws[i].lower.as_str();
            if event_words::is_event_noun(lower) && !event_words::is_past_form(lower) || is_light(&verb) {
                continue;
            }
            let before: Vec<&str> = ws[i.saturating_sub(3)..i].iter().map(|w| w.lower.as_str()).collect();
            if before.iter().any(|w| lx::is(C::UnrealCue, w)) {
                continue;
            }
            let negative = before.iter().rev().take(2).any(|w| lx::is(C::Negator, w));
            // A past form, or any verb form under a negation (`did not attend`).
            if !(negative || lower.ends_with("ed") || event_words::is_past_form(lower)) {
                continue;
            }
            // The object's head: the last word of the phrase after the verb.
            let mut j = i + 1;
            let mut head: Option<&str> = None;
            let mut head_span = None;
            while let Some(w) = ws.get(j) {
                let l = w.lower.as_str();
                if w.tok.kind == TokenKind::Punct || lx::is(C::ObjectStop, l) {
                    break;
                }
                if w.tok.kind == TokenKind::Word && !w.tok.has(Token::CAP) && !lx::is(C::PhraseDeterminer, l) {
                    head = Some(l);
                    head_span = Some(w.tok.span);
                }
                j += 1;
                if j - i > 6 {
                    break;
                }
            }
            let Some(head) = head.filter(|h| {
                h.len() >= 3 && !h.ends_with("ly") && !lx::is(C::NotObject, h) && h.chars().all(char::is_alphabetic)
            }) else {
                continue;
            };
            let sentence_start = ws[0].tok.span.start;
            let Some(subject) = subject_before(text, analysis, sentence_start, ws[i].tok.span.start) else {
                continue;
            };
            let start = if negative {
                ws[i.saturating_sub(3)..i]
                    .iter()
                    .find(|w| lx::is(C::NegatedAuxiliary, &w.lower) || lx::is(C::BaseNegator, &w.lower))
                    .map_or(ws[i].tok.span.start, |w| w.tok.span.start)
            } else {
                ws[i].tok.span.start
            };
            out.push(Claim {
                key: ClaimKey::Did {
                    verb: verb.to_string(),
                    object: event_words::noun_key(head),
                },
                span: Span::new(start, ws[i].tok.span.end),
                fact: Fact::Polarity(!negative),
                updated: false,
                subject: Some(subject),
                words: head_span,
            });
        }
    }
}

/// The fact a date or clock time states, as event claims compare it; `None`
/// for other values and for a month without a day or year.
fn time_fact(v: &Value) -> Option<Fact> {
    match &v.kind {
        ValueKind::Date {
            date,
            weekday,
            resolved,
        } => {
            // A weekday or `yesterday` is compared as a weekday: resolving
            // it trusts each article's own date, which may be wrong.
            let relative = date.day.is_none() && weekday.is_some();
            let d = if relative { *date } else { resolved.unwrap_or(*date) };
            let day_level = d.day.is_some() || weekday.is_some();
            if !day_level && d.year.is_none() {
                return None;
            }
            Some(Fact::Day(Day {
                // A year counts as written; one taken from the article's
                // date would make `Dec. 2` and `December 2` disagree.
                year: date.year,
                month: d.month.filter(|_| d.day.is_some()),
                day: d.day,
                weekday: *weekday,
            }))
        }
        ValueKind::Time { minutes, zone } => Some(Fact::Time {
            minutes: *minutes,
            zone: zone.clone(),
            slack: if v.hedge == Hedge::Exact { 5 } else { 30 },
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(text: &str) -> Vec<(String, String)> {
        let a = crate::analysis::analyze(text);
        event_claims(text, &a)
            .into_iter()
            .map(|c| (c.key.to_string(), c.span.text(text).to_string()))
            .collect()
    }

    #[test]
    fn light_verbs_key_with_their_subject_and_forms_meet_through_wordnet() {
        // `began` says little alone: keyed with its subject's head.
        let c = claims("Talks on the pact began in 2017. Talks began in 2019.");
        let keys: Vec<&str> = c.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["year:begin:negotiate", "year:begin:negotiate"], "{c:?}");
        // A subject meets its WordNet synonyms: `talks` are negotiations, a
        // truce is an armistice.
        let c = claims("Negotiations began in 2021. The armistice began on Monday. The truce began on Tuesday.");
        let keys: Vec<&str> = c.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            keys,
            ["year:begin:negotiate", "day:begin:armistice", "day:begin:armistice"],
            "{c:?}"
        );
        // A verb and the noun derived from it meet (WordNet derivation).
        let c = claims("The train derailed near Gilgil on Sunday. The derailment near Gilgil on Monday.");
        let days: Vec<&str> = c
            .iter()
            .filter(|(k, _)| k.starts_with("day:"))
            .map(|(k, _)| k.as_str())
            .collect();
        assert!(days.iter().all(|k| *k == "day:derail") && days.len() == 2, "{c:?}");
        // No hand idioms: WordNet does not say `came off the rails` is a
        // derailment, so it stays apart.
        let c = claims("The cargo ship came off the rails at 7:40 a.m.");
        assert!(!c.iter().any(|(k, _)| k == "time:derail"), "{c:?}");
    }

    #[test]
    fn countries_are_not_town_level_places() {
        let c = claims("The plane crashed in Peru on Friday.");
        assert!(!c.iter().any(|(k, _)| k.starts_with("place:")), "{c:?}");
    }

    #[test]
    fn polarity_needs_a_named_subject() {
        let c = claims("Maria Lopez did not attend the gala dinner. Mr Chen attended the gala dinner.");
        let pol: Vec<&(String, String)> = c.iter().filter(|(k, _)| k.starts_with("did:")).collect();
        assert_eq!(pol.len(), 2, "{c:?}");
        assert!(pol.iter().all(|(k, _)| k == "did:attend:dinner"), "{c:?}");
        let c = claims("The committee did not attend the gala dinner.");
        assert!(!c.iter().any(|(k, _)| k.starts_with("did:")), "{c:?}");
    }

    #[test]
    fn a_relative_day_makes_no_claim() {
        // A relative day is a day only through the article's date: no claim.
        let c = claims("ROME, May 6, 2025 - The ferry sank near Ischia yesterday.");
        assert!(c.iter().all(|(k, _)| !k.starts_with("day:")), "{c:?}");
        // A written weekday does.
        let c = claims("ROME, May 6, 2025 - The ferry sank near Ischia on Monday.");
        assert!(c.iter().any(|(k, _)| k == "day:sink"), "{c:?}");
    }
}
