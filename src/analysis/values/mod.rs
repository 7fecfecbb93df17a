//! Normalised values: quantities (counts, money, percentages, durations,
//! ages) as unit + interval, calendar dates, clock times and scores.
//!
//! Intervals make values from different articles comparable: `nearly 500`
//! is `[450, 500]` and contains `496`; `more than 40` is `(40, ∞)`. Hedge
//! words widen the interval and are kept in [`Value::hedge`].
//!
//! `value_at` reads one value from where it starts: a date or a day or
//! time named by a word (`calendar`), else a number (`numbers`) with what
//! comes before it (a hedge, a currency: `money`) and after it (a range,
//! a scale, a unit: `quantity`).

mod calendar;
mod money;
mod numbers;
mod quantity;

use super::Span;
use super::dates::{ArticleDate, Date};
use super::lexicon::{self as lx, WordClass as C};
use super::text::{Token, TokenKind};

pub use super::Hedge;

#[derive(Clone, Debug, PartialEq)]
pub enum ValueKind {
    /// `unit` is `count`, `%`, `s` (durations, in seconds), `age` (years),
    /// an ISO 4217 code (or a lowercase currency word when the code is
    /// unknown), or a measure word (`km`, `kg`, `point`). `counted` is the
    /// noun a count counts (`carriages`).
    Quantity {
        unit: String,
        lo: f64,
        hi: f64,
        counted: Option<String>,
    },
    /// A calendar date, weekday or year; `resolved` is the full date when the
    /// article's date pins it down (`on Sunday` → 2025-06-08).
    Date {
        date: Date,
        weekday: Option<u8>,
        resolved: Option<Date>,
    },
    /// A clock time in minutes after midnight, with its zone as written
    /// (`GMT`, `local`) when given.
    Time { minutes: u16, zone: Option<String> },
    /// A result such as `2-1` or `6-4`, in the order written.
    Score { a: u32, b: u32 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    pub span: Span,
    pub kind: ValueKind,
    pub hedge: Hedge,
}

/// What reading a value needs: the text, its tokens and the article's date.
struct Cx<'a> {
    text: &'a str,
    toks: &'a [Token],
    date: Option<ArticleDate>,
}

impl<'a> Cx<'a> {
    fn text_at(&self, i: usize) -> &'a str {
        super::text::token_text(self.text, self.toks, i)
    }

    fn lower_eq(&self, i: usize, w: &str) -> bool {
        self.text_at(i).eq_ignore_ascii_case(w)
    }

    fn adjacent(&self, i: usize, j: usize) -> bool {
        match (self.toks.get(i), self.toks.get(j)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    fn span(&self, s: usize, e: usize) -> Span {
        Span::new(self.toks[s].span.start, self.toks[e - 1].span.end)
    }
}

/// What a sentence says about the values in it.
#[derive(Clone, Copy)]
struct Cues {
    /// It is about sport: `2-1` is a score.
    sporty: bool,
    /// It looks forward (`is expected to brief Parliament on Tuesday`):
    /// weekdays point to the next such day.
    future: bool,
}

/// Every value of a text, sentence by sentence, in text order.
pub fn values(text: &str, toks: &[Token], sentences: &[(usize, usize)], date: Option<ArticleDate>) -> Vec<Value> {
    let cx = Cx { text, toks, date };
    let mut out = Vec::new();
    for &(a, b) in sentences {
        let cues = cues(text, &toks[a..b]);
        let mut i = a;
        while i < b {
            match cx.value_at(i, b, cues) {
                Some((v, end)) => {
                    out.push(v);
                    i = end.max(i + 1);
                }
                None => i += 1,
            }
        }
    }
    out
}

/// The cues of a sentence, from its words.
fn cues(text: &str, sentence: &[Token]) -> Cues {
    let mut buf = [0u8; 24];
    let (mut sporty, mut future) = (false, false);
    for t in sentence.iter().filter(|t| t.kind == TokenKind::Word) {
        if let Some(l) = lx::lower(t.text(text), &mut buf) {
            sporty |= lx::is(C::SportCue, l);
            future |= lx::is(C::ForwardCue, l);
        }
    }
    Cues { sporty, future }
}

impl Cx<'_> {
    /// The value that starts at token `i` of a sentence ending before
    /// token `b`, and the token after it.
    fn value_at(&self, i: usize, b: usize, cues: Cues) -> Option<(Value, usize)> {
        if !self.may_start_value(i) {
            return None;
        }
        if let Some(date) = self.calendar_date(i, b) {
            return Some(date);
        }
        if self.toks[i].kind == TokenKind::Word {
            let w = self.text_at(i);
            if let Some(wd) = self.weekday_at(i) {
                return Some(self.weekday_value(i, wd, cues.future));
            }
            if let Some(r) = lx::relative_day(&w.to_ascii_lowercase()) {
                return self.relative_day_value(i, r);
            }
            if let Some(minutes) = lx::clock_word(w) {
                return Some(self.time_value(i, i + 1, minutes, b));
            }
        }
        self.number_value(i, b, cues.sporty)
    }

    /// A fast reject: only numbers, symbols, capitalised words (months,
    /// weekdays, currency codes) and a closed set of words start a value.
    fn may_start_value(&self, i: usize) -> bool {
        let t = self.toks[i];
        if t.kind != TokenKind::Word || t.has(Token::CAP) {
            return true;
        }
        let mut buf = [0u8; 24];
        lx::lower(t.text(self.text), &mut buf)
            .is_some_and(|l| lx::is_value_starter(l) || l.split('-').next().is_some_and(lx::is_value_starter))
    }
}
