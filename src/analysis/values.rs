//! Normalised values: quantities (counts, money, percentages, durations,
//! ages) as unit + interval, calendar dates, clock times and scores.
//!
//! Intervals make values from different articles comparable: `nearly 500`
//! is `[450, 500]` and contains `496`; `more than 40` is `(40, ∞)`. Hedge
//! words widen the interval and are kept in [`Value::hedge`].

use super::Span;
use super::dates::{self, ArticleDate, Date};
use super::gazetteer;
use super::lexicon::{self as lx, Meridiem, WordClass as C};
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

pub fn values(text: &str, toks: &[Token], sentences: &[(usize, usize)], date: Option<ArticleDate>) -> Vec<Value> {
    let cx = Cx { text, toks, date };
    let mut out = Vec::new();
    for &(a, b) in sentences {
        let mut buf = [0u8; 24];
        let (mut sporty, mut future) = (false, false);
        for t in toks[a..b].iter().filter(|t| t.kind == TokenKind::Word) {
            if let Some(l) = lx::lower(t.text(text), &mut buf) {
                sporty |= lx::is(C::SportCue, l);
                // `is expected to brief Parliament on Tuesday`: weekdays point forward.
                future |= lx::is(C::ForwardCue, l);
            }
        }
        let mut i = a;
        while i < b {
            match cx.value_at(i, b, sporty, future) {
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

/// A parsed number: token range and value.
#[derive(Clone, Copy, Debug)]
struct Num {
    end: usize,
    v: f64,
    /// Written in digits (years and scores need digits).
    digits: bool,
}

impl Cx<'_> {
    fn value_at(&self, i: usize, b: usize, sporty: bool, future: bool) -> Option<(Value, usize)> {
        let t = self.toks[i];
        // Fast reject: only numbers, symbols, capitalised words (months,
        // weekdays, currency codes) and a closed set of words start a value.
        if t.kind == TokenKind::Word && !t.has(Token::CAP) {
            let mut buf = [0u8; 24];
            if !lx::lower(t.text(self.text), &mut buf)
                .is_some_and(|l| lx::is_value_starter(l) || l.split('-').next().is_some_and(lx::is_value_starter))
            {
                return None;
            }
        }
        // Dates, weekdays, relative days.
        if let Some((d, end)) = dates::date_at(self.toks, self.text, i).filter(|&(_, e)| e <= b) {
            let resolved = match (d.year, self.date) {
                (None, Some(a)) if d.day.is_some() => {
                    Some(Date { year: a.date.year, ..d }).filter(|x| x.days().is_some())
                }
                (Some(_), _) if d.day.is_some() => Some(d),
                _ => None,
            };
            let weekday = resolved.and_then(|r| r.weekday());
            return Some((self.date_value(i, end, d, weekday, resolved), end));
        }
        if t.kind == TokenKind::Word {
            let w = t.text(self.text);
            if let Some(wd) = lx::weekday(w).filter(|_| t.has(Token::CAP) && w.len() > 3) {
                let future =
                    (future && !(i > 0 && self.lower_eq(i - 1, "last"))) || (i > 0 && self.lower_eq(i - 1, "next"));
                let resolved = self.date.and_then(|a| dates::resolve_weekday(a.date, wd, future));
                return Some((self.date_value(i, i + 1, Date::default(), Some(wd), resolved), i + 1));
            }
            if let Some(r) = lx::relative_day(&w.to_ascii_lowercase()) {
                let resolved = self.date.and_then(|a| a.date.add_days(r));
                return resolved.map(|d| (self.date_value(i, i + 1, Date::default(), d.weekday(), Some(d)), i + 1));
            }
            if let Some(minutes) = lx::clock_word(w) {
                return Some(self.time_value(i, i + 1, minutes, b));
            }
        }
        // Hedge words before a number.
        let (hedge, ns) = self.hedge_at(i);
        if hedge != Hedge::Exact && ns >= b {
            return None;
        }
        let start = i;
        let mut n0 = ns;
        // Currency symbol or code before the number: `$34`, `US$5`, `€1.5bn`, `KES 5`.
        let mut currency: Option<String> = None;
        if let Some(c) = self.currency_prefix(n0) {
            currency = Some(c.0);
            n0 = c.1;
        }
        let num = self.number_at(n0, b)?;
        // Ordinals (`41st`, `9th`) are ranks, not quantities.
        if num.digits && self.adjacent(n0, n0 + 1) && lx::is(C::OrdinalSuffix, self.text_at(n0 + 1)) {
            return None;
        }
        // Clock times.
        if currency.is_none()
            && let Some((minutes, end)) = self.clock_at(n0, b)
        {
            let (mut v, end) = self.time_value(start, end, minutes, b);
            v.hedge = hedge;
            return Some((v, end));
        }
        // Years.
        if currency.is_none()
            && hedge == Hedge::Exact
            && num.digits
            && num.end == n0 + 1
            && (1900.0..=2100.0).contains(&num.v)
            && num.v.fract() == 0.0
            && !self.is_unit_at(num.end)
        {
            let d = Date {
                year: Some(num.v as i32),
                ..Date::default()
            };
            return Some((self.date_value(start, num.end, d, None, None), num.end));
        }
        let mut lo = num.v;
        let mut hi = num.v;
        let mut end = num.end;
        let mut hedge = hedge;
        // Scores and ranges: `2-1`, `10-15`, `10 to 15`, `between 10 and 15`.
        let dash = matches!(self.text_at(end), "-" | "–" | "—");
        if dash && currency.is_none() && self.adjacent(end - 1, end) && self.adjacent(end, end + 1) {
            if let Some(n2) = self.number_at(end + 1, b).filter(|n| n.digits == num.digits) {
                let unit_follows = self.is_unit_at(n2.end);
                if num.digits && sporty && !unit_follows && num.v <= 200.0 && n2.v <= 200.0 {
                    let v = Value {
                        span: self.span(start, n2.end),
                        kind: ValueKind::Score {
                            a: num.v as u32,
                            b: n2.v as u32,
                        },
                        hedge: Hedge::Exact,
                    };
                    return Some((v, n2.end));
                }
                if n2.v >= lo {
                    hi = n2.v;
                    end = n2.end;
                    hedge = Hedge::Range;
                }
            }
        } else if matches!(self.text_at(end), "to" | "and")
            && (self.text_at(end) == "to" || (start > 0 && self.lower_eq(start - 1, "between")))
            && let Some(n2) = self.number_at(end + 1, b).filter(|n| n.v > lo)
        {
            hi = n2.v;
            end = n2.end;
            hedge = Hedge::Range;
        }
        // Scale words after a range (`10-15 million`) apply to both ends.
        if let Some(sc) = self.scale_at(end, b) {
            lo *= sc.1;
            hi *= sc.1;
            end = sc.0;
        }
        let (lo, hi) = widen(lo, hi, hedge);
        let mk = |unit: String, lo: f64, hi: f64, counted: Option<String>, end: usize| {
            Some((
                Value {
                    span: self.span(start, end),
                    kind: ValueKind::Quantity { unit, lo, hi, counted },
                    hedge,
                },
                end,
            ))
        };
        if let Some(c) = currency {
            return mk(c, lo, hi, None, end);
        }
        let next = self.text_at(end);
        let nl = next.to_ascii_lowercase();
        // Percentages.
        if next == "%" {
            return mk("%".into(), lo, hi, None, end + 1);
        }
        if nl == "percent" || nl == "pc" {
            return mk("%".into(), lo, hi, None, end + 1);
        }
        if nl == "per" && self.lower_eq(end + 1, "cent") {
            return mk("%".into(), lo, hi, None, end + 2);
        }
        // Currency words after the number: `12 million euros`, `Kenyan shillings`.
        let (cur_end, cur) = if gazetteer::get().demonym(next).is_some() {
            (end + 2, self.currency_word(end + 1))
        } else {
            (end + 1, self.currency_word(end))
        };
        if let Some(c) = cur {
            return mk(c, lo, hi, None, cur_end);
        }
        // Ages: `52-year-old`, `52 years old`, `aged 52`.
        if matches!(next, "-" | "‐") && self.adjacent(end - 1, end) && self.text_at(end + 1).starts_with("year-old") {
            return mk("age".into(), lo, hi, None, end + 2);
        }
        if (nl == "years" || nl == "year") && self.lower_eq(end + 1, "old") {
            return mk("age".into(), lo, hi, None, end + 2);
        }
        if start > 0 && self.lower_eq(start - 1, "aged") {
            return mk("age".into(), lo, hi, None, end);
        }
        // Durations: `two hours`, `three quarters of an hour`, `90-minute`.
        let (unit_i, _of_an) = if nl == "of" && lx::is(C::Indefinite, self.text_at(end + 1)) {
            (end + 2, true)
        } else if matches!(next, "-" | "‐") && self.adjacent(end - 1, end) {
            (end + 1, false)
        } else {
            (end, false)
        };
        let ul = self.text_at(unit_i).to_ascii_lowercase();
        if let Some(secs) = lx::duration(&ul) {
            return mk("s".into(), lo * secs, hi * secs, None, unit_i + 1);
        }
        if let Some(unit) = lx::measure(&ul) {
            return mk(unit.into(), lo, hi, None, unit_i + 1);
        }
        if !num.digits && num.v < 1.0 {
            return None; // a lone fraction word (`half`) is not a quantity
        }
        if !num.digits && lx::is_or_capitalised(C::Indefinite, self.text_at(n0)) {
            return None;
        }
        // Counts, with the counted noun when one follows.
        let mut counted = None;
        let mut cend = end;
        let nt = self.toks.get(end);
        if let Some(nt) = nt
            && nt.kind == TokenKind::Word
            && !nt.has(Token::CAP)
            && !lx::is(C::CountStop, next)
        {
            let mut k = end;
            // One adjective before the noun: `14 injured people`.
            if let Some(n2) = self.toks.get(end + 1)
                && n2.kind == TokenKind::Word
                && !n2.has(Token::CAP)
                && !lx::is(C::CountStop, self.text_at(end + 1))
                && (next.ends_with("ed")
                    || next.ends_with("al")
                    || next.ends_with("ic")
                    || next.ends_with("ive")
                    || next.ends_with("ous"))
                && end + 1 < b
            {
                k = end + 1;
            }
            counted = Some(self.text_at(k).to_string());
            cend = k + 1;
        } else if nl == "of" && lx::is(C::PartitivePronoun, self.text_at(end + 1)) {
            counted = Some(format!("of {}", self.text_at(end + 1)));
            cend = end + 2;
        }
        if counted.is_none() && !num.digits && hedge == Hedge::Exact && num.v <= 1.0 {
            return None; // `one` alone is too often a pronoun
        }
        mk("count".into(), lo, hi, counted, cend.min(b).max(end))
    }

    fn date_value(&self, s: usize, e: usize, date: Date, weekday: Option<u8>, resolved: Option<Date>) -> Value {
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

    fn time_value(&self, s: usize, mut e: usize, minutes: u16, b: usize) -> (Value, usize) {
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

    fn currency_prefix(&self, i: usize) -> Option<(String, usize)> {
        let s = self.text_at(i);
        if let Some(code) = lx::currency_symbol(s) {
            return Some((code.to_string(), i + 1));
        }
        if self.text_at(i + 1) == "$"
            && self.adjacent(i, i + 1)
            && let Some(code) = lx::dollar_prefix(s)
        {
            return Some((code.to_string(), i + 2));
        }
        let t = self.toks.get(i)?;
        if t.has(Token::ALLCAPS)
            && s.len() == 3
            && gazetteer::get().currencies.contains_key(s)
            && self.toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number)
        {
            return Some((s.to_string(), i + 1));
        }
        None
    }

    fn currency_word(&self, i: usize) -> Option<String> {
        let s = self.text_at(i);
        let l = s.to_lowercase();
        if let Some(code) = lx::currency_word(&l) {
            return Some(code.to_string());
        }
        (s.len() == 3 && gazetteer::get().currencies.contains_key(s)).then(|| s.to_string())
    }

    fn is_unit_at(&self, i: usize) -> bool {
        let l = self.text_at(i).to_ascii_lowercase();
        l == "%"
            || l == "percent"
            || lx::duration(&l).is_some()
            || lx::measure(&l).is_some()
            || self.currency_word(i).is_some()
    }

    fn scale_at(&self, i: usize, b: usize) -> Option<(usize, f64)> {
        if i >= b {
            return None;
        }
        let l = self.text_at(i).to_ascii_lowercase();
        let s = lx::scale(&l)?;
        // `m`/`bn`/`k` only attached to the digits (`€1.5bn`, `$3m`).
        if l.len() <= 2 && !self.adjacent(i - 1, i) {
            return None;
        }
        Some((i + 1, s))
    }

    /// `7:40 a.m.`, `9.15am`, `10 p.m.`, `07:00`.
    fn clock_at(&self, i: usize, b: usize) -> Option<(u16, usize)> {
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
        let (pm, end) = match lx::meridiem(&mer) {
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

    /// A number in digits (`1,200.5`, `1.5bn`) or words (`twenty-five`,
    /// `two-and-a-half`, `a dozen`, `three quarters`).
    fn number_at(&self, i: usize, b: usize) -> Option<Num> {
        let t = self.toks.get(i)?;
        if i >= b {
            return None;
        }
        if t.kind == TokenKind::Number {
            let s = t.text(self.text);
            if s.contains(':') {
                return Some(Num {
                    end: i + 1,
                    v: 0.0,
                    digits: true,
                });
            }
            // Thousands commas vs decimal point.
            let clean: String = s.chars().filter(|&c| c != ',').collect();
            let v: f64 = clean.parse().ok()?;
            let mut n = Num {
                end: i + 1,
                v,
                digits: true,
            };
            if let Some((e, sc)) = self.scale_at(i + 1, b) {
                n.v *= sc;
                n.end = e;
            }
            // `1 1/2` and `3/4` are left as written; rare in news copy.
            return Some(n);
        }
        if t.kind != TokenKind::Word {
            return None;
        }
        let mut total = 0.0;
        let mut cur = 0.0;
        let mut any = false;
        let mut k = i;
        let mut fraction_seen = false;
        while k < b {
            let w = self.text_at(k).to_ascii_lowercase();
            if k > i && w == "and" {
                // `one and a half`
                if lx::is(C::Indefinite, self.text_at(k + 1)) && frac(self.text_at(k + 2)).is_some() {
                    cur += frac(self.text_at(k + 2)).unwrap_or(0.0);
                    k += 3;
                    break;
                }
                break;
            }
            let parts: Vec<&str> = w.split('-').collect();
            let mut ok = true;
            let mut local = 0.0;
            let mut local_any = false;
            let mut pi = 0;
            while pi < parts.len() {
                let p = parts[pi];
                if let Some(v) = word_num(p) {
                    if lx::is(C::Indefinite, p) && !(k > i || parts.len() > 1 || self.a_is_number(k)) {
                        ok = false;
                        break;
                    }
                    if v == 100.0 && local > 0.0 {
                        local *= 100.0;
                    } else {
                        local += v;
                    }
                    local_any = true;
                } else if let Some(f) = frac(p) {
                    // `three quarters` = 3 × ¼; `a half` = ½; `two-and-a-half`
                    if local_any
                        && !parts.get(pi.wrapping_sub(1)).is_some_and(|a| lx::is(C::Indefinite, a))
                        && pi > 0
                        && parts[pi - 1] != "and"
                    {
                        local *= f;
                    } else if local_any && pi >= 1 && lx::is(C::Indefinite, parts[pi - 1]) {
                        local -= 1.0; // the `a` of `and-a-half` was counted as one
                        local += f;
                    } else {
                        local = f;
                    }
                    local_any = true;
                    fraction_seen = true;
                } else if p == "and" && local_any {
                    // inside `two-and-a-half`
                } else if let Some(sc) = lx::scale(p).filter(|_| p.len() > 2) {
                    if !(local_any || any) {
                        ok = false;
                        break;
                    }
                    if !local_any {
                        local = cur;
                        cur = 0.0;
                    }
                    total += local * sc;
                    local = 0.0;
                    local_any = true;
                } else {
                    ok = false;
                    break;
                }
                pi += 1;
            }
            if !ok || !local_any {
                break;
            }
            if parts.len() == 1 && frac(parts[0]).is_some() && k > i {
                // `a quarter` = ¼ (the `a` was read as one); `three quarters` = 3 × ¼.
                if lx::is_or_capitalised(C::Indefinite, self.text_at(k - 1)) {
                    cur = local;
                } else {
                    cur *= local;
                }
            } else {
                cur += local;
            }
            any = true;
            k += 1;
            if fraction_seen {
                // `three quarters` / `half`: nothing more to add, except `a half` after `and`.
                if matches!(self.text_at(k), "and") {
                    continue;
                }
                break;
            }
        }
        if !any {
            return None;
        }
        // `a` alone is not a number.
        if k == i + 1 && lx::is_or_capitalised(C::Indefinite, self.text_at(i)) {
            return None;
        }
        Some(Num {
            end: k,
            v: total + cur,
            digits: false,
        })
    }

    /// `a`/`an` reads as one before a unit, a scale or a fraction.
    fn a_is_number(&self, k: usize) -> bool {
        let n = self.text_at(k + 1).to_ascii_lowercase();
        lx::duration(&n).is_some() || frac(&n).is_some() || lx::is(C::ScaleAfterA, &n)
    }
}

fn word_num(w: &str) -> Option<f64> {
    lx::number_word(w)
}

fn frac(w: &str) -> Option<f64> {
    let l = w.to_ascii_lowercase();
    lx::fraction(&l)
}

fn widen(lo: f64, hi: f64, h: Hedge) -> (f64, f64) {
    match h {
        Hedge::Exact | Hedge::Range => (lo, hi),
        Hedge::About => (lo * 0.9, hi * 1.1),
        Hedge::Nearly => (lo * 0.9, hi),
        Hedge::MoreThan | Hedge::AtLeast => (lo, f64::INFINITY),
        Hedge::LessThan | Hedge::AtMost => (0.0, hi),
    }
}
