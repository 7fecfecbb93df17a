//! The story's main event, as the article's lede tells it.

use crate::analysis::Analysis;
use crate::analysis::lexicon::{self as lx, WordClass as C};

use super::super::key::EventRef;
use super::Sentence;
use super::clauses::{event_ref, is_verb, modifies_a_noun};

/// The story's main event as the article's lede tells it.
///
/// News convention: the first sentence of a report's body, its lede, tells
/// the news (who did what, when and where), and every report of one event
/// leads with that event in its own words (`collapsed shortly after 7:15
/// a.m.`, `plunged into the Tanaro at 6.42am`). The lede's events are the
/// event words of its main clauses; a clause opened by a word of another
/// event (`after`, `since`, `who`) tells background, not the news. A date,
/// time or place told of one of these events, in the lede or later
/// (`the collapse …`), is also keyed as the main event's
/// (`EventRef::Lede`), so two ledes' events meet where no lexicon links
/// their words.
#[derive(Default)]
pub(super) struct Lede {
    events: Vec<EventRef>,
}

impl Lede {
    /// How many sentences long enough to be a lede are tried before the
    /// article is taken to have none (a bulletin's greeting, a standfirst).
    const TRIES: usize = 3;
    /// The fewest words a lede has; headlines, bylines and greetings are shorter.
    const MIN_WORDS: usize = 8;

    /// The lede's events: the first prose sentence (long enough, ending in
    /// a full stop) with an event verb in a main clause.
    pub(super) fn read(text: &str, analysis: &Analysis) -> Lede {
        let prose = analysis.sentences.iter().filter(|s| {
            let t = s.text(text).trim_end_matches(['"', '”', '’', '\'', ')']);
            t.ends_with(['.', '!', '?'])
                && t.split_whitespace().filter(|w| w.contains(char::is_alphabetic)).count() >= Lede::MIN_WORDS
        });
        for &sentence in prose.take(Lede::TRIES) {
            let s = Sentence::read(text, analysis, sentence);
            let main = |j: usize| {
                let start = s.clause_start[j];
                start == 0 || !lx::is(C::OtherEventClause, &s.ws[start - 1].lower) || std::env::var("LEDE_ALL").is_ok()
            };
            if !(0..s.ws.len()).any(|j| s.ws[j].event.is_some() && is_verb(&s.ws, j) && main(j)) {
                continue;
            }
            let mut events = Vec::new();
            for (j, w) in s.ws.iter().enumerate() {
                let Some(key) = w.event.clone() else { continue };
                if !main(j) || !is_verb(&s.ws, j) && modifies_a_noun(&s.ws, j) {
                    continue;
                }
                if let Some(r) = event_ref(&s.ws, s.clause_start[j], j, key)
                    && !events.contains(&r)
                {
                    events.push(r);
                }
            }
            return Lede { events };
        }
        Lede::default()
    }

    /// Whether an event is one of the lede's.
    pub(super) fn tells(&self, event: &EventRef) -> bool {
        self.events.contains(event)
    }
}
