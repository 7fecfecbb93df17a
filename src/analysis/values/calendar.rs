//! Values that name a day or a time of day: calendar dates, weekdays,
//! relative days (`yesterday`), bare years and clock times.

use super::super::dates::{self, Date};
use super::super::lexicon::{self as lx, Meridiem, WordClass as C};
use super::super::text::{Token, TokenKind};
use super::numbers::Num;
use super::{Cx, Hedge, Value, ValueKind};

impl Cx<'_> {
    /// A calendar date at `i` (see `dates::date_at`) that ends within the
    /// sentence, with the full date when the article's year completes it.
    pub(super) fn calendar_date(&self, i: usize, b: usize) -> Option<(Value, usize)> {
        let (d, end) = dates::date_at(self.toks, self.text, i).filter(|&(_, e)| e <= b)?;
        let resolved = match (d.year, self.date) {
            (None, Some(a)) if d.day.is_some() => Some(Date { year: a.date.year, ..d }).filter(|x| x.days().is_some()),
            (Some(_), _) if d.day.is_some() => Some(d),
            _ => None,
        };
        let weekday = resolved.and_then(|r| r.weekday());
        Some((self.date_value(i, end, d, weekday, resolved), end))
    }

    /// The weekday a capitalised word names (`Tuesday`, `Thurs`), not a
    /// bare three-letter abbreviation.
    pub(super) fn weekday_at(&self, i: usize) -> Option<u8> {
        let w = self.text_at(i);
        lx::weekday(w).filter(|_| self.toks[i].has(Token::CAP) && w.len() > 3)
    }

    /// A weekday, resolved against the article's date: the latest such
    /// day, or the next one in a sentence that looks forward or after
    /// `next` (not after `last`).
    pub(super) fn weekday_value(&self, i: usize, weekday: u8, future: bool) -> (Value, usize) {
        let future = (future && !(i > 0 && self.lower_eq(i - 1, "last"))) || (i > 0 && self.lower_eq(i - 1, "next"));
        let resolved = self.date.and_then(|a| dates::resolve_weekday(a.date, weekday, future));
        (
            self.date_value(i, i + 1, Date::default(), Some(weekday), resolved),
            i + 1,
        )
    }

    /// A day `days` away from the article's date (`yesterday`): a value
    /// only when the article is dated.
    pub(super) fn relative_day_value(&self, i: usize, days: i64) -> Option<(Value, usize)> {
        let resolved = self.date.and_then(|a| a.date.add_days(days));
        resolved.map(|d| (self.date_value(i, i + 1, Date::default(), d.weekday(), Some(d)), i + 1))
    }

    /// Whether a number in digits is a year: four digits alone, 1900–2100,
    /// and no unit after it.
    pub(super) fn is_year(&self, first: usize, num: Num) -> bool {
        num.digits
            && num.end == first + 1
            && (1900.0..=2100.0).contains(&num.v)
            && num.v.fract() == 0.0
            && !self.text_at(first).contains(',')
            && !self.is_unit_at(self.unit_word_at(num.end))
    }

    /// A year read at `start` (a date, not a count).
    pub(super) fn year_value(&self, start: usize, num: Num) -> (Value, usize) {
        let d = Date {
            year: Some(num.v as i32),
            ..Date::default()
        };
        (self.date_value(start, num.end, d, None, None), num.end)
    }

    /// A date value from token `s` to before `e`.
    pub(super) fn date_value(
        &self,
        s: usize,
        e: usize,
        date: Date,
        weekday: Option<u8>,
        resolved: Option<Date>,
    ) -> Value {
        Value {
            span: self.span(s, e),
            kind: ValueKind::Date {
                date,
                weekday,
                resolved,
            },
            hedge: Hedge::Exact,
        }
    }

    /// A clock time from `s` to `e`, with the time zone after it (`GMT`,
    /// `local time`) when one follows within the sentence.
    pub(super) fn time_value(&self, s: usize, mut e: usize, minutes: u16, b: usize) -> (Value, usize) {
        let mut zone = None;
        let z = self.text_at(e);
        if e < b && lx::is(C::TimeZone, z) {
            zone = Some(z.to_string());
            e += 1;
        } else if e + 1 < b && self.text_at(e) == "local" && self.text_at(e + 1) == "time" {
            zone = Some("local".to_string());
            e += 2;
        }
        let v = Value {
            span: self.span(s, e),
            kind: ValueKind::Time { minutes, zone },
            hedge: Hedge::Exact,
        };
        (v, e)
    }

    /// `7:40 a.m.`, `9.15am`, `10 p.m.`, `07:00`.
    pub(super) fn clock_at(&self, i: usize, b: usize) -> Option<(u16, usize)> {
        let t = self.toks.get(i)?;
        if t.kind != TokenKind::Number {
            return None;
        }
        let s = t.text(self.text);
        let (h, m, sep) = match s.split_once([':', '.']) {
            Some((h, m)) if m.len() == 2 => (h.parse::<u16>().ok()?, m.parse::<u16>().ok()?, true),
            Some(_) => return None,
            None => (s.parse::<u16>().ok()?, 0, false),
        };
        if (sep || s.len() != 4) && (h > 24 || m > 59) {
            return None;
        }
        let mer = self.text_at(i + 1).to_ascii_lowercase();
        // A meridiem that ends a sentence keeps its full stop (`at 6.42am.`).
        let (pm, end) = match lx::meridiem(&mer).or_else(|| lx::meridiem(mer.strip_suffix('.')?)) {
            Some(m) => (Some(m == Meridiem::Pm), i + 2),
            None => (None, i + 1),
        };
        match pm {
            Some(pm) if (1..=12).contains(&h) => {
                let h = if h == 12 { 0 } else { h } + if pm { 12 } else { 0 };
                Some((h * 60 + m, end.min(b)))
            }
            Some(_) => None,
            None if sep && s.contains(':') && h < 24 => Some((h * 60 + m, end)),
            None if sep && s.len() == 5 && lx::is(C::TimeZone, self.text_at(i + 1)) => Some((h * 60 + m, end)),
            // Wire style `0740 GMT`.
            None if !sep && s.len() == 4 && lx::is(C::TimeZone, self.text_at(i + 1)) => {
                let (h, m) = (h / 100, h % 100);
                (h < 24 && m < 60).then_some((h * 60 + m, end))
            }
            None => None,
        }
    }
}
