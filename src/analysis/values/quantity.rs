//! A value that starts with a number: a hedge and a currency before it,
//! then a clock time, a year, a score, or a quantity whose interval a
//! second number (a range), a scale word and the hedge shape, and whose
//! unit the words after it name (`%`, a currency, an age, a duration, a
//! measure, else a count of the noun that follows).

use super::super::lexicon::{self as lx, WordClass as C};
use super::super::text::{Token, TokenKind};
use super::numbers::Num;
use super::{Cx, Hedge, Value, ValueKind};

/// A quantity being read: where its value starts (a hedge included), where
/// its first number starts and that number, the interval so far, the
/// token after it and the hedge.
#[derive(Clone, Copy)]
struct Amount {
    start: usize,
    first: usize,
    num: Num,
    lo: f64,
    hi: f64,
    end: usize,
    hedge: Hedge,
}

impl Amount {
    /// The amount as a quantity in `unit` that ends before token `end`.
    fn value(&self, cx: &Cx, unit: String, counted: Option<String>, end: usize) -> (Value, usize) {
        let kind = ValueKind::Quantity {
            unit,
            lo: self.lo,
            hi: self.hi,
            counted,
        };
        let v = Value {
            span: cx.span(self.start, end),
            kind,
            hedge: self.hedge,
        };
        (v, end)
    }

    /// The amount as a range up to `n`.
    fn up_to(&mut self, n: Num) {
        self.hi = n.v;
        self.end = n.end;
        self.hedge = Hedge::Range;
    }
}

impl Cx<'_> {
    /// The value that starts at `start` with a number, perhaps after a
    /// hedge and a currency.
    pub(super) fn number_value(&self, start: usize, b: usize, sporty: bool) -> Option<(Value, usize)> {
        let (hedge, after_hedge) = self.hedge_at(start);
        if hedge != Hedge::Exact && after_hedge >= b {
            return None;
        }
        let (currency, first) = match self.currency_prefix(after_hedge) {
            Some((c, e)) => (Some(c), e),
            None => (None, after_hedge),
        };
        let Some(num) = self.number_at(first, b) else {
            return self.worded_measure(start, first, hedge).filter(|_| currency.is_none());
        };
        if self.is_ordinal(first, num) {
            return None;
        }
        if currency.is_none() {
            if let Some((minutes, end)) = self.clock_at(first, b) {
                let (mut v, end) = self.time_value(start, end, minutes, b);
                v.hedge = hedge;
                return Some((v, end));
            }
            if hedge == Hedge::Exact && self.is_year(first, num) {
                return Some(self.year_value(start, num));
            }
        }
        let mut amount = Amount {
            start,
            first,
            num,
            lo: num.v,
            hi: num.v,
            end: num.end,
            hedge,
        };
        // Scores and ranges: `2-1`, `10-15`, `10 to 15`, `between 10 and 15`.
        if currency.is_none()
            && let Some(n2) = self.dashed_number(num, b)
        {
            if let Some(score) = self.score(start, num, n2, sporty) {
                return Some(score);
            }
            if n2.v >= amount.lo {
                amount.up_to(n2);
            }
        } else if let Some(n2) = self.worded_range_end(start, num, b) {
            amount.up_to(n2);
        }
        // Scale words after a range (`10-15 million`) apply to both ends.
        if let Some((end, sc)) = self.scale_at(amount.end, b) {
            amount.lo *= sc;
            amount.hi *= sc;
            amount.end = end;
        }
        (amount.lo, amount.hi) = widen(amount.lo, amount.hi, amount.hedge);
        match currency {
            Some(c) => Some(amount.value(self, c, None, amount.end)),
            None => self.quantity(&amount, b),
        }
    }

    /// A hedge phrase at `i` followed by a number or a currency, and the
    /// token after it; else `Exact` at `i`.
    fn hedge_at(&self, i: usize) -> (Hedge, usize) {
        for (words, h) in lx::hedges() {
            if words.iter().enumerate().all(|(k, w)| self.lower_eq(i + k, w)) {
                let n = i + words.len();
                // Only a hedge if a number follows.
                if self.number_at(n, self.toks.len()).is_some() || self.currency_prefix(n).is_some() {
                    return (*h, n);
                }
            }
        }
        (Hedge::Exact, i)
    }

    /// A number after a dash that joins it to `num` without spaces, written
    /// like `num` (both in digits or both in words).
    fn dashed_number(&self, num: Num, b: usize) -> Option<Num> {
        let end = num.end;
        let dash = matches!(self.text_at(end), "-" | "–" | "—");
        if !(dash && self.adjacent(end - 1, end) && self.adjacent(end, end + 1)) {
            return None;
        }
        self.number_at(end + 1, b).filter(|n| n.digits == num.digits)
    }

    /// The larger end of a range after `to` (`10 to 15`) or, after
    /// `between`, `and` (`between 10 and 15`).
    fn worded_range_end(&self, start: usize, num: Num, b: usize) -> Option<Num> {
        let end = num.end;
        let word = self.text_at(end);
        let joins = word == "to" || (word == "and" && start > 0 && self.lower_eq(start - 1, "between"));
        if !joins {
            return None;
        }
        self.number_at(end + 1, b).filter(|n| n.v > num.v)
    }

    /// Two small numbers in digits joined by a dash in a sentence about
    /// sport, with no unit after them: a score (`2-1`).
    fn score(&self, start: usize, num: Num, n2: Num, sporty: bool) -> Option<(Value, usize)> {
        let unit_follows = self.is_unit_at(n2.end);
        if !(num.digits && sporty && !unit_follows && num.v <= 200.0 && n2.v <= 200.0) {
            return None;
        }
        let v = Value {
            span: self.span(start, n2.end),
            kind: ValueKind::Score {
                a: num.v as u32,
                b: n2.v as u32,
            },
            hedge: Hedge::Exact,
        };
        Some((v, n2.end))
    }

    /// The quantity of an amount without a currency before it, by the
    /// words after it: a percentage, a currency, an age, a duration or a
    /// measure, else a count.
    fn quantity(&self, a: &Amount, b: usize) -> Option<(Value, usize)> {
        if let Some(end) = self.percent_end(a.end) {
            return Some(a.value(self, "%".into(), None, end));
        }
        if let Some((currency, end)) = self.currency_after(a.end) {
            return Some(a.value(self, currency, None, end));
        }
        if let Some(end) = self.age_end(a.start, a.end) {
            return Some(a.value(self, "age".into(), None, end));
        }
        // Durations: `two hours`, `three quarters of an hour`, `90-minute`.
        let u = self.unit_word_at(a.end);
        let unit = self.text_at(u).to_ascii_lowercase();
        if let Some(secs) = lx::duration(&unit) {
            let seconds = Amount {
                lo: a.lo * secs,
                hi: a.hi * secs,
                ..*a
            };
            return Some(seconds.value(self, "s".into(), None, u + 1));
        }
        if let Some((unit, end)) = self.measure_at(u, b) {
            return Some(self.signed(a, unit).value(self, unit.into(), None, end));
        }
        self.count(a, b)
    }

    /// A unit of measure at token `u`, in up to three tokens (`km/h`,
    /// `nautical miles`, `°C`; the longest the lexicon has), glued to the
    /// digits as written (`40C`), or joined to the extent it gives
    /// (`metre-long`); and the token after it.
    fn measure_at(&self, u: usize, b: usize) -> Option<(&'static str, usize)> {
        let mut phrase = String::new();
        let mut found = None;
        for k in u..(u + 3).min(b) {
            if k > u && !self.adjacent(k - 1, k) {
                phrase.push(' ');
            }
            phrase.push_str(&self.text_at(k).to_lowercase());
            if let Some(unit) = lx::measure(&phrase) {
                found = Some((unit, k + 1));
            }
        }
        let w = self.text_at(u);
        let after_digits = u > 0 && self.toks[u - 1].kind == TokenKind::Number && self.adjacent(u - 1, u);
        // A sentence's final dot may stay on a single capital (`40C.`).
        let bare = w.strip_suffix('.').unwrap_or(w);
        if found.is_none() && after_digits && lx::is(C::GluedMeasure, bare) {
            found = lx::measure(bare).map(|unit| (unit, u + 1));
        }
        if found.is_none()
            && let Some((unit, extent)) = w.split_once('-')
            && lx::is(C::ExtentWord, &extent.to_lowercase())
        {
            found = lx::measure(&unit.to_lowercase()).map(|unit| (unit, u + 1));
        }
        found.filter(|_| u < b)
    }

    /// An amount in a unit that can fall below zero, as it reads with a
    /// minus before it (`-5C`, `minus 5C`) and with no lower bound after
    /// `below` or `up to` (`below 10C`).
    fn signed(&self, a: &Amount, unit: &str) -> Amount {
        if !lx::conversion(unit).is_some_and(|c| c.signed) {
            return *a;
        }
        let mut out = *a;
        if matches!(a.hedge, Hedge::LessThan | Hedge::AtMost) {
            out.lo = f64::NEG_INFINITY;
        }
        let dash = a.first > 0
            && matches!(self.text_at(a.first - 1), "-" | "−" | "–")
            && self.adjacent(a.first - 1, a.first)
            && !(a.first > 1 && self.adjacent(a.first - 2, a.first - 1));
        let minus = a.first > 0 && self.lower_eq(a.first - 1, "minus");
        if a.start == a.first && (dash || minus) {
            (out.lo, out.hi) = (-a.hi, -a.lo);
            out.start = a.first - 1;
        }
        out
    }

    /// A number in words joined to a unit of measure by a hyphen, in one
    /// token (`nine-storey`, `five-mile`): the quantity it states.
    fn worded_measure(&self, start: usize, first: usize, hedge: Hedge) -> Option<(Value, usize)> {
        let w = self.text_at(first).to_ascii_lowercase();
        let (number, unit) = w.rsplit_once('-')?;
        let unit = lx::measure(unit)?;
        let v = number.split('-').try_fold(0.0, |sum, part| {
            let n = lx::number_word(part).filter(|_| !lx::is(C::Indefinite, part))?;
            Some(sum + n)
        })?;
        let (lo, hi) = widen(v, v, hedge);
        let value = Value {
            span: self.span(start, first + 1),
            kind: ValueKind::Quantity {
                unit: unit.into(),
                lo,
                hi,
                counted: None,
            },
            hedge,
        };
        Some((value, first + 1))
    }

    /// The end of a percent sign or word at `i` (`%`, `percent`, `pc`,
    /// `per cent`).
    fn percent_end(&self, i: usize) -> Option<usize> {
        if self.text_at(i) == "%" || self.lower_eq(i, "percent") || self.lower_eq(i, "pc") {
            return Some(i + 1);
        }
        (self.lower_eq(i, "per") && self.lower_eq(i + 1, "cent")).then_some(i + 2)
    }

    /// The end of what makes a number from `start` to `end` an age:
    /// `52-year-old`, `52 years old`, `aged 52`.
    fn age_end(&self, start: usize, end: usize) -> Option<usize> {
        if matches!(self.text_at(end), "-" | "‐")
            && self.adjacent(end - 1, end)
            && self.text_at(end + 1).starts_with("year-old")
        {
            return Some(end + 2);
        }
        if (self.lower_eq(end, "years") || self.lower_eq(end, "year")) && self.lower_eq(end + 1, "old") {
            return Some(end + 2);
        }
        (start > 0 && self.lower_eq(start - 1, "aged")).then_some(end)
    }

    /// Where a unit word after a number ending at `end` stands: after `of
    /// a` (`three quarters of an hour`), after a joining hyphen
    /// (`90-minute`), or right there.
    pub(super) fn unit_word_at(&self, end: usize) -> usize {
        if self.lower_eq(end, "of") && lx::is(C::Indefinite, self.text_at(end + 1)) {
            end + 2
        } else if matches!(self.text_at(end), "-" | "‐") && self.adjacent(end - 1, end) {
            end + 1
        } else {
            end
        }
    }

    /// A count, with the counted noun when one follows; not a lone
    /// fraction word (`half`), a bare `a`, or a `one` that counts nothing
    /// (too often a pronoun).
    fn count(&self, a: &Amount, b: usize) -> Option<(Value, usize)> {
        if !a.num.digits && a.num.v < 1.0 {
            return None;
        }
        if !a.num.digits && lx::is_or_capitalised(C::Indefinite, self.text_at(a.first)) {
            return None;
        }
        let (counted, end) = match self.counted_at(a.end, b) {
            Some((noun, end)) => (Some(noun), end),
            None => (None, a.end),
        };
        if counted.is_none() && !a.num.digits && a.hedge == Hedge::Exact && a.num.v <= 1.0 {
            return None;
        }
        Some(a.value(self, "count".into(), counted, end.min(b).max(a.end)))
    }

    /// The noun counted by a number ending at `end` (`carriages`, one
    /// adjective allowed before it: `14 injured people`) or a partitive
    /// (`of them`), and the token after it.
    fn counted_at(&self, end: usize, b: usize) -> Option<(String, usize)> {
        if self.countable_word(end) {
            let next = self.text_at(end);
            let k = if self.countable_word(end + 1) && looks_adjective(next) && end + 1 < b {
                end + 1
            } else {
                end
            };
            return Some((self.text_at(k).to_string(), k + 1));
        }
        if self.lower_eq(end, "of") && lx::is(C::PartitivePronoun, self.text_at(end + 1)) {
            return Some((format!("of {}", self.text_at(end + 1)), end + 2));
        }
        None
    }

    /// Whether the token at `i` is a lowercase word that may be counted.
    fn countable_word(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.has(Token::CAP) && !lx::is(C::CountStop, self.text_at(i)))
    }

    /// Whether a unit follows at `i`: a percent, a duration, a measure or
    /// a currency.
    pub(super) fn is_unit_at(&self, i: usize) -> bool {
        let l = self.text_at(i).to_ascii_lowercase();
        l == "%"
            || l == "percent"
            || lx::duration(&l).is_some()
            || self.measure_at(i, self.toks.len()).is_some()
            || self.currency_word(i).is_some()
    }
}

/// Whether a word ends like an adjective (`injured`, `local`).
fn looks_adjective(w: &str) -> bool {
    w.ends_with("ed") || w.ends_with("al") || w.ends_with("ic") || w.ends_with("ive") || w.ends_with("ous")
}

/// The interval a hedge makes of `lo..hi`.
fn widen(lo: f64, hi: f64, h: Hedge) -> (f64, f64) {
    match h {
        Hedge::Exact | Hedge::Range => (lo, hi),
        Hedge::About => (lo * 0.9, hi * 1.1),
        Hedge::Nearly => (lo * 0.9, hi),
        Hedge::MoreThan | Hedge::AtLeast => (lo, f64::INFINITY),
        Hedge::LessThan | Hedge::AtMost => (0.0, hi),
    }
}
