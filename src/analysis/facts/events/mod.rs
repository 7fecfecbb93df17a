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

mod clauses;
mod lede;

use clauses::{SentenceSubject, W, clause_starts, event_word, events_of, is_light, is_verb, sentence_subject};
use lede::Lede;

/// The event claims of an article: dates, times, places and polarity.
pub fn event_claims(text: &str, analysis: &Analysis) -> Vec<Claim> {
    let mut out = Vec::new();
    let lede = Lede::read(text, analysis);
    for &sentence in &analysis.sentences {
        let s = Sentence::read(text, analysis, sentence);
        s.time_claims(&lede, &mut out);
        s.place_claims(&lede, &mut out);
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
                event: EventRef::Word { .. } | EventRef::Lede,
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
            participants: Vec::new(),
        }
    }

    /// The claim on the main event's key (see [`Lede`]) of a value told of
    /// `events`, when one of them is the lede's.
    fn lede_claim(
        &self,
        lede: &Lede,
        events: &[(EventRef, usize)],
        aspect: Aspect,
        span: Span,
        fact: &Fact,
        out: &mut Vec<Claim>,
    ) {
        // A bare year dates background (`since 2008`), not the news.
        if aspect == Aspect::Year {
            return;
        }
        if let Some(&(_, event_at)) = events.iter().find(|(e, _)| lede.tells(e)) {
            let key = ClaimKey::Event {
                aspect,
                event: EventRef::Lede,
            };
            let mut claim = self.claim(key, span, fact.clone(), event_at);
            claim.participants = self.participants(self.word_at(span.start));
            // A light verb is worded with its object (`gave way`, `made landfall`).
            if let (Some(words), Some(object)) = (&mut claim.words, self.ws.get(event_at + 1))
                && self.ws[event_at].event.as_deref().is_some_and(is_light)
                && object.tok.kind == TokenKind::Word
            {
                words.end = object.tok.span.end;
            }
            out.push(claim);
        }
    }

    /// Who and what the clause of the word at `at` names before it: its
    /// nouns and names, keyed as nouns meet (`thieves` → `thief`), without
    /// its verbs, function words and figures. Two reports of one happening
    /// name some of the same participants (`the San Desiderio bridge`, `a
    /// road bridge`); a report of another (`two men were arrested`) names
    /// others.
    fn participants(&self, at: usize) -> Vec<String> {
        let ws = &self.ws;
        let mut out: Vec<String> = Vec::new();
        let from = self.clause_start[at];
        let Some(to) = ws.get(at.saturating_sub(1)).filter(|_| at > from) else {
            return out;
        };
        // Words of a figure (`at least 14`) name no participant.
        let figures: Vec<Span> = self
            .analysis
            .values_within(ws[from].tok.span.start, to.tok.span.end)
            .map(|v| v.span)
            .collect();
        for j in from..at {
            let w = &ws[j];
            if figures
                .iter()
                .any(|f| f.start <= w.tok.span.start && w.tok.span.end <= f.end)
                || w.tok.kind != TokenKind::Word
                || w.lower.chars().count() < 3
                || !w.lower.chars().all(char::is_alphabetic)
                || is_verb(ws, j)
                || lx::is(C::MeasureStop, &w.lower)
                || lx::is(C::PhraseDeterminer, &w.lower)
                || lx::is(C::Auxiliary, &w.lower)
                || lx::is(C::Vague, &w.lower)
            {
                continue;
            }
            let key = if w.tok.has(Token::CAP) {
                w.lower.clone()
            } else if nouns::noun(&w.lower).is_some() {
                event_words::noun_key(&w.lower)
            } else {
                continue;
            };
            if !out.contains(&key) {
                out.push(key);
            }
        }
        out
    }

    /// Date and time claims: each date or clock time of the sentence,
    /// keyed by its granularity and the events it belongs to.
    fn time_claims(&self, lede: &Lede, out: &mut Vec<Claim>) {
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
            let events = events_of(&self.ws, self.clause_start[at], at);
            self.lede_claim(lede, &events, kind, v.span, &fact, out);
            for (event, event_at) in events {
                let key = ClaimKey::Event { aspect: kind, event };
                out.push(self.claim(key, v.span, fact.clone(), event_at));
            }
        }
    }

    /// Place claims: `in`/`near`/`at` (+ a direction word) + a town-level
    /// place, keyed by the events it belongs to and, in a sentence that
    /// opens with a common-noun subject, by that subject.
    fn place_claims(&self, lede: &Lede, out: &mut Vec<Claim>) {
        let ws = &self.ws;
        let mut subject: Option<Option<SentenceSubject>> = None;
        for (mi, m) in self.analysis.mentions_within(self.span.start, self.span.end) {
            let Some((p, city)) = self.event_place_at(m) else {
                continue;
            };
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
            self.lede_claim(
                lede,
                &keys,
                Aspect::Place { near },
                span,
                &Fact::Place { mention: mi, city },
                out,
            );
            for (event, event_at) in keys {
                let by_subject = matches!(event, EventRef::Subject(_));
                let key = ClaimKey::Event {
                    aspect: Aspect::Place { near },
                    event,
                };
                let mut claim = self.claim(key, span, Fact::Place { mention: mi, city }, event_at);
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
    /// The preposition is the word before the returned index; with it,
    /// whether the gazetteer lists the place as a city.
    fn event_place_at(&self, m: &Mention) -> Option<(usize, bool)> {
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
        match gazetteer::get().place(&m.name) {
            Some((Place::City, _)) => Some((p, true)),
            Some(_) => None,
            None => (m.ty == EntityType::Gpe).then_some((p, false)),
        }
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
                participants: Vec::new(),
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
