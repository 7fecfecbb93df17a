//! Calendar dates: parsing the forms news copy uses and finding the
//! article's own date, against which weekdays and `yesterday` resolve.

use super::Span;
use super::lexicon::{self as lx, WordClass as C};
use super::text::{Token, TokenKind, token_text};

/// A possibly partial calendar date. Missing parts are `None`; comparison
/// code should treat them as unknown, not as zero.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    pub const fn ymd(year: i32, month: u8, day: u8) -> Date {
        Date {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        }
    }

    /// Days since 1970-01-01 for a complete date.
    pub fn days(&self) -> Option<i64> {
        Some(days_from_civil(self.year?, self.month?, self.day?))
    }

    /// Monday = 0 … Sunday = 6, for a complete date.
    pub fn weekday(&self) -> Option<u8> {
        // 1970-01-01 was a Thursday (3).
        self.days().map(|d| ((d + 3).rem_euclid(7)) as u8)
    }

    pub fn add_days(&self, n: i64) -> Option<Date> {
        Some(civil_from_days(self.days()? + n))
    }
}

/// The article's own date and where it was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArticleDate {
    pub date: Date,
    pub span: Span,
}

// Howard Hinnant's civil-date algorithms: exact for the proleptic Gregorian calendar.
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> Date {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    Date::ymd(y as i32, m, d)
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn small_int(s: &str, max: u32) -> Option<u32> {
    if s.is_empty() || s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|&v| v <= max)
}

/// `2019`, or a day number with an ordinal suffix (`9th`) taken apart.
fn year_at(toks: &[Token], text: &str, i: usize) -> Option<i32> {
    let t = toks.get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let y = small_int(t.text(text), 9999)?;
    (1800..=2200).contains(&y).then_some(y as i32)
}

fn day_at(toks: &[Token], text: &str, i: usize) -> Option<(u8, usize)> {
    let t = toks.get(i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    let d = small_int(t.text(text), 31).filter(|&d| d >= 1)? as u8;
    // `9th`, `21st`: the suffix is a separate adjacent word token.
    let mut end = i + 1;
    if let Some(n) = toks.get(i + 1)
        && n.span.start == t.span.end
        && lx::is(C::OrdinalSuffix, n.text(text))
    {
        end += 1;
    }
    Some((d, end))
}

fn valid(d: Date) -> bool {
    match (d.year, d.month, d.day) {
        (Some(y), Some(m), Some(day)) => day <= days_in_month(y, m),
        _ => true,
    }
}

/// Parse a calendar date starting at token `i`; returns the date and the
/// token index after it. Forms: `June 9`, `June 9, 2025`, `9 June 2025`,
/// `June 2025`, `26-Apr-2019`, `2019-04-26`, `9/6/2025` is left alone as
/// ambiguous.
pub fn date_at(toks: &[Token], text: &str, i: usize) -> Option<(Date, usize)> {
    let t = toks.get(i)?;
    if t.kind == TokenKind::Word
        && let Some(m) = lx::month(t.text(text))
    {
        return month_first(toks, text, i, m);
    }
    if t.kind != TokenKind::Number {
        return None;
    }
    // A year (1800 or later) is never a day: it opens only an ISO date.
    match year_at(toks, text, i) {
        Some(y) => iso_date(toks, text, i, y),
        None => day_first(toks, text, i),
    }
}

/// A date opening with the month at `i`: `June 9`, `June 9, 2025`,
/// `June 2025`.
fn month_first(toks: &[Token], text: &str, i: usize, m: u8) -> Option<(Date, usize)> {
    let t = &toks[i];
    let s = t.text(text);
    if !t.has(Token::CAP) {
        return None;
    }
    if let Some((d, mut end)) = day_at(toks, text, i + 1) {
        let mut date = Date {
            year: None,
            month: Some(m),
            day: Some(d),
        };
        if token_text(text, toks, end) == ","
            && let Some(y) = year_at(toks, text, end + 1)
        {
            date.year = Some(y);
            end += 2;
        } else if let Some(y) = year_at(toks, text, end) {
            date.year = Some(y);
            end += 1;
        }
        return valid(date).then_some((date, end));
    }
    if s == "May" || s.len() < 3 {
        return None; // the modal verb, or a bare abbreviation
    }
    let y = year_at(toks, text, i + 1)?;
    let date = Date {
        year: Some(y),
        month: Some(m),
        day: None,
    };
    Some((date, i + 2))
}

/// An ISO date, `2019-04-26`, whose year `y` is at `i`.
fn iso_date(toks: &[Token], text: &str, i: usize, y: i32) -> Option<(Date, usize)> {
    let tx = |k: usize| token_text(text, toks, k);
    if tx(i + 1) != "-" || tx(i + 2).len() != 2 || tx(i + 3) != "-" {
        return None;
    }
    let m = small_int(tx(i + 2), 12)?;
    let (d, end) = day_at(toks, text, i + 4)?;
    let date = Date::ymd(y, m as u8, d);
    (m >= 1 && valid(date)).then_some((date, end))
}

/// A date opening with the day at `i`: `26-Apr-2019`, `9 June`,
/// `9 June 2025`, `9 June, 2025`.
fn day_first(toks: &[Token], text: &str, i: usize) -> Option<(Date, usize)> {
    let tx = |k: usize| token_text(text, toks, k);
    let (d, end) = day_at(toks, text, i)?;
    if tx(end) == "-"
        && let Some(m) = lx::month(tx(end + 1))
        && tx(end + 2) == "-"
        && let Some(y) = year_at(toks, text, end + 3)
    {
        let date = Date::ymd(y, m, d);
        return valid(date).then_some((date, end + 4));
    }
    let m = lx::month(tx(end)).filter(|_| toks[end].has(Token::CAP))?;
    let mut date = Date {
        year: None,
        month: Some(m),
        day: Some(d),
    };
    let mut e = end + 1;
    if tx(e) == "," && year_at(toks, text, e + 1).is_some() {
        e += 1;
    }
    if let Some(y) = year_at(toks, text, e) {
        date.year = Some(y);
        e += 1;
    } else {
        e = end + 1;
    }
    valid(date).then_some((date, e))
}

/// The article's date: the first complete date in the opening lines
/// (masthead, byline, dateline); failing that, a dateline's month and day
/// combined with the first year in those lines.
pub fn article_date(text: &str, toks: &[Token]) -> Option<ArticleDate> {
    let head = toks.len().min(200);
    let mut partial: Option<(Date, Span)> = None;
    let mut year: Option<i32> = None;
    let mut i = 0;
    while i < head {
        if let Some((d, end)) = date_at(toks, text, i) {
            let span = Span::new(toks[i].span.start, toks[end - 1].span.end);
            if d.day.is_some() && d.year.is_some() {
                return Some(ArticleDate { date: d, span });
            }
            if d.day.is_some() && partial.is_none() {
                partial = Some((d, span));
            }
            year = year.or(d.year);
            i = end;
            continue;
        }
        // A bare year after a preposition dates a past event (`founded in
        // 1998`), not the article.
        let after_preposition = i > 0 && lx::is(C::YearPreposition, &toks[i - 1].text(text).to_ascii_lowercase());
        if year.is_none() && !after_preposition {
            year = year_at(toks, text, i);
        }
        i += 1;
    }
    let (d, span) = partial?;
    let date = Date { year: Some(year?), ..d };
    valid(date).then_some(ArticleDate { date, span })
}

/// The date a weekday name refers to: the latest such day on or before the
/// article date, or the next one after it when `future` is set.
pub fn resolve_weekday(article: Date, weekday: u8, future: bool) -> Option<Date> {
    let cur = article.weekday()?;
    let delta = if future {
        let d = (i64::from(weekday) - i64::from(cur)).rem_euclid(7);
        if d == 0 { 7 } else { d }
    } else {
        -((i64::from(cur) - i64::from(weekday)).rem_euclid(7))
    };
    article.add_days(delta)
}

#[cfg(test)]
mod tests {
    use super::super::text::{skipped_regions, tokenize};
    use super::*;

    fn parse(s: &str) -> Option<Date> {
        let toks = tokenize(s, &skipped_regions(s));
        date_at(&toks, s, 0).map(|(d, _)| d)
    }

    #[test]
    fn forms() {
        assert_eq!(parse("April 26, 2019"), Some(Date::ymd(2019, 4, 26)));
        assert_eq!(parse("26-Apr-2019"), Some(Date::ymd(2019, 4, 26)));
        assert_eq!(parse("2019-04-26"), Some(Date::ymd(2019, 4, 26)));
        assert_eq!(parse("9 June 2025"), Some(Date::ymd(2025, 6, 9)));
        assert_eq!(parse("Feb. 3").and_then(|d| d.day), Some(3));
        assert_eq!(parse("February 30, 2019"), None);
        assert_eq!(parse("May I"), None);
    }

    #[test]
    fn weekdays_and_article_date() {
        let d = Date::ymd(2025, 6, 10); // a Tuesday
        assert_eq!(d.weekday(), Some(1));
        assert_eq!(resolve_weekday(d, 6, false), Some(Date::ymd(2025, 6, 8)));
        assert_eq!(resolve_weekday(d, 1, false), Some(d));
        assert_eq!(resolve_weekday(d, 4, true), Some(Date::ymd(2025, 6, 13)));
        let text = "HEADLINE | 2019\n\nLAGOS, March 3 (Reuters) - Something happened.";
        let toks = tokenize(text, &[]);
        assert_eq!(article_date(text, &toks).map(|a| a.date), Some(Date::ymd(2019, 3, 3)));
        // A year after a preposition dates a past event, not the article.
        let text = "HEADLINE\n\nLAGOS, March 3 (Reuters) - The firm, founded in 1998, failed.";
        let toks = tokenize(text, &[]);
        assert_eq!(article_date(text, &toks), None);
        let text = "THE LEDGER | Tuesday, June 10, 2025 | NEWS";
        let toks = tokenize(text, &[]);
        assert_eq!(article_date(text, &toks).map(|a| a.date), Some(Date::ymd(2025, 6, 10)));
    }
}
