//! A readable rendering of what the analysis concludes about a text, for
//! fixture tests (`src/analysis/fixtures/`) and for looking at an article
//! by eye.
//!
//! The text is printed line by line; below each line, one marker line per
//! span that starts on it, `^` under the span's characters and a label
//! after them:
//!
//! ```text
//! Russian President Vladimir Putin met Kim Jong-un in Vladivostok.
//! ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ PERSON name title="Russian President"
//!                                      ^^^^^^^^^^^ PERSON name
//!                                                     ^^^^^^^^^^^ GPE name
//! ```
//!
//! Columns count characters, not bytes, so multi-byte text lines up in an
//! editor. Every span gets its own marker line, in order of start (then
//! end, then label), so overlapping spans never share one. A span that
//! runs past the end of its line is marked to the end of that line and
//! continued under the next ones with the label `…`.
//!
//! One function per layer, so a fixture shows only what it tests:
//! [`mentions`], [`chains`], [`values`], [`claims`], [`quotes`]. Each runs
//! the same pipeline as [`Article::analyze`](super::Article::analyze)
//! (`analyze`, then [`Facts::extract`]); [`annotate`] draws any spans.

use std::fmt::Write as _;

use super::Facts;
use super::coref::{Anchor, Links};
use super::dates::Date;
use super::facts::claims::{Day, Fact};
use super::values::{Hedge, ValueKind};
use super::{Analysis, Mention, MentionKind, Opener, Span, analyze};

/// A span to mark and what to write after the marker.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Mark {
    pub span: Span,
    pub label: String,
}

impl Mark {
    pub fn new(span: Span, label: impl Into<String>) -> Mark {
        Mark {
            span,
            label: label.into(),
        }
    }
}

/// The text with marker lines under each line for `marks`. Spans must lie
/// on char boundaries of `text` (every span the analysis makes does); a
/// span that does not is drawn from the nearest boundaries inside it.
pub fn annotate(text: &str, marks: &[Mark]) -> String {
    let mut marks: Vec<&Mark> = marks.iter().collect();
    marks.sort();
    let mut out = String::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let line_end = line_start + body.len();
        out.push_str(body);
        out.push('\n');
        for mark in &marks {
            let Span { start, end } = mark.span;
            // A span starting on this line (an empty one at its very end
            // included), or one running on from an earlier line.
            let starts_here = line_start <= start && start <= line_end;
            let continues = start < line_start && end > line_start;
            if !(starts_here || continues) {
                continue;
            }
            let from = start.max(line_start);
            let to = end.min(line_end).max(from);
            let column = chars(text, line_start, from);
            let width = chars(text, from, to).max(1);
            let label = if starts_here { mark.label.as_str() } else { "…" };
            let _ = write!(out, "{}{}", " ".repeat(column), "^".repeat(width));
            if !label.is_empty() {
                out.push(' ');
                out.push_str(label);
            }
            out.push('\n');
        }
        line_start += line.len();
    }
    out
}

/// The number of characters between two byte offsets.
fn chars(text: &str, from: usize, to: usize) -> usize {
    let from = super::text::ceil_char_boundary(text, from);
    let to = super::text::floor_char_boundary(text, to).max(from);
    text[from..to].chars().count()
}

/// Entity mentions: type, kind, a description's opener, and the name,
/// title and canonical form where they add to what the span shows.
///
/// `name="…"` is printed only when the name is not what the span says (a
/// name without its title; the end of a description's span).
pub fn mentions(text: &str) -> String {
    let analysis = analyze(text);
    let marks: Vec<Mark> = analysis
        .mentions
        .iter()
        .map(|m| Mark::new(m.span, mention_label(text, m)))
        .collect();
    annotate(text, &marks)
}

fn mention_label(text: &str, m: &Mention) -> String {
    let mut label = format!("{} {}", m.ty.label(), m.kind.label());
    match m.opener {
        Opener::None => {}
        Opener::Definite => label.push_str(" definite"),
        Opener::Indefinite => label.push_str(" indefinite"),
        Opener::Possessive => label.push_str(" possessive"),
    }
    let written = squeeze(m.span.text(text));
    let unsaid = match (m.kind, m.title) {
        (MentionKind::Descriptor, _) => !written.ends_with(&m.name),
        (_, Some(title)) => squeeze(text.get(title.end..m.span.end).unwrap_or("")) != m.name,
        (_, None) => written != m.name,
    };
    if unsaid {
        let _ = write!(label, " name={:?}", m.name);
    }
    if let Some(title) = m.title {
        let _ = write!(label, " title={:?}", title.text(text));
    }
    if let Some(canonical) = &m.canonical {
        let _ = write!(label, " canonical={canonical:?}");
    }
    label
}

/// Whitespace runs as single spaces, ends trimmed.
fn squeeze(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Within-article chains: `#n` and the mention's kind under every mention
/// (chains numbered in order of their first mention), then one line per
/// chain after the text: type, anchor, and the titles and aliases the
/// article gives it.
///
/// ```text
/// #1 PERSON full "vladimir putin" titles="russian president"
/// #2 PERSON short "kim"
/// #3 PERSON description "spokesman"
/// #4 ORG local
/// ```
pub fn chains(text: &str) -> String {
    let analysis = analyze(text);
    let facts = Facts::extract(text, &analysis);
    chains_of(text, &analysis, &facts.links)
}

fn chains_of(text: &str, analysis: &Analysis, links: &Links) -> String {
    // Number chains by their first mention in the text.
    let mut number = vec![0; links.chains.len()];
    let mut order = Vec::new();
    for &c in &links.chain_of {
        if c < number.len() && number[c] == 0 {
            order.push(c);
            number[c] = order.len();
        }
    }
    let marks: Vec<Mark> = analysis
        .mentions
        .iter()
        .zip(&links.chain_of)
        .map(|(m, &c)| match number.get(c) {
            Some(n) => Mark::new(m.span, format!("#{n} {}", m.kind.label())),
            None => Mark::new(m.span, format!("#? {}", m.kind.label())),
        })
        .collect();
    let mut out = annotate(text, &marks);
    out.push('\n');
    for (k, &c) in order.iter().enumerate() {
        let chain = &links.chains[c];
        let _ = write!(out, "#{} {} ", k + 1, chain.ty.label());
        match &chain.anchor {
            Anchor::Full(key) => {
                let _ = write!(out, "full {key:?}");
            }
            Anchor::Short(key) => {
                let _ = write!(out, "short {key:?}");
            }
            Anchor::Description(key) => {
                let _ = write!(out, "description {key:?}");
            }
            Anchor::Local => out.push_str("local"),
        }
        if !chain.titles.is_empty() {
            let _ = write!(out, " titles={}", quoted_list(&chain.titles));
        }
        if !chain.aliases.is_empty() {
            let _ = write!(out, " aliases={}", quoted_list(&chain.aliases));
        }
        out.push('\n');
    }
    out
}

fn quoted_list(items: &[String]) -> String {
    items.iter().map(|s| format!("{s:?}")).collect::<Vec<_>>().join(",")
}

/// Normalised values: kind, the normalised figure, hedge, counted noun.
///
/// `quantity UNIT LO..HI` (one number when `lo == hi`, `inf` unbounded,
/// durations in seconds), `date`, `time HH:MM`, `score A-B`; then
/// `hedge=…` unless exact, `counted=…`, a date's `weekday=` and
/// `resolved=` (the full date the article's date pins down). The
/// article's own date, which weekdays resolve against, is marked
/// `article-date`.
pub fn values(text: &str) -> String {
    let analysis = analyze(text);
    let article_date = analysis
        .date
        .map(|d| Mark::new(d.span, format!("article-date {}", date_text(&d.date))));
    let marks: Vec<Mark> = article_date
        .into_iter()
        .chain(analysis.values.iter().map(|v| {
            let mut label = match &v.kind {
                ValueKind::Quantity { unit, lo, hi, counted } => {
                    let mut s = format!("quantity {unit} {}", interval(*lo, *hi));
                    if let Some(counted) = counted {
                        let _ = write!(s, " counted={counted:?}");
                    }
                    s
                }
                ValueKind::Date {
                    date,
                    weekday,
                    resolved,
                } => {
                    let mut s = String::from("date");
                    let written = date_text(date);
                    if !written.is_empty() {
                        s.push(' ');
                        s.push_str(&written);
                    }
                    if let Some(w) = weekday {
                        let _ = write!(s, " weekday={}", weekday_name(*w));
                    }
                    if let Some(r) = resolved {
                        let _ = write!(s, " resolved={}", date_text(r));
                    }
                    s
                }
                ValueKind::Time { minutes, zone } => time_text(*minutes, zone.as_deref()),
                ValueKind::Score { a, b } => format!("score {a}-{b}"),
            };
            if v.hedge != Hedge::Exact {
                let _ = write!(label, " hedge={}", hedge_name(v.hedge));
            }
            Mark::new(v.span, label)
        }))
        .collect();
    annotate(text, &marks)
}

/// Claims (quantities, then event dates, times, places and polarity, as
/// [`Facts::extract`] reads them): key, fact, then `hedge=…` of the value
/// the claim stands on, `subject="…"` (the subject mention's name) and
/// `updated`.
pub fn claims(text: &str) -> String {
    let analysis = analyze(text);
    let facts = Facts::extract(text, &analysis);
    let name = |i: usize| analysis.mentions.get(i).map_or("?", |m| m.name.as_str());
    let marks: Vec<Mark> = facts
        .claims
        .iter()
        .map(|c| {
            let fact = match &c.fact {
                Fact::Range { lo, hi, written } => {
                    let mut s = interval(*lo, *hi);
                    if let Some(w) = written {
                        let _ = write!(s, " written={}", w.unit);
                        if w.slack > 0.0 {
                            let _ = write!(s, "±{}", number(w.slack));
                        }
                    }
                    s
                }
                Fact::Day(Day {
                    year,
                    month,
                    day,
                    weekday,
                }) => {
                    let mut s = date_text(&Date {
                        year: *year,
                        month: *month,
                        day: *day,
                    });
                    if let Some(w) = weekday {
                        if !s.is_empty() {
                            s.push(' ');
                        }
                        let _ = write!(s, "weekday={}", weekday_name(*w));
                    }
                    s
                }
                Fact::Time { minutes, zone, slack } => {
                    let mut s = time_text(*minutes, zone.as_deref());
                    if *slack > 0 {
                        let _ = write!(s, " slack={slack}");
                    }
                    s
                }
                Fact::Place { mention, .. } => format!("place={:?}", name(*mention)),
                Fact::Polarity(yes) => if *yes { "yes" } else { "no" }.to_string(),
            };
            let mut label = format!("{} {fact}", c.key);
            let hedge = analysis.values.iter().find(|v| v.span == c.span).map(|v| v.hedge);
            if let Some(h) = hedge.filter(|&h| h != Hedge::Exact) {
                let _ = write!(label, " hedge={}", hedge_name(h));
            }
            if let Some(s) = c.subject {
                let _ = write!(label, " subject={:?}", name(s));
            }
            if c.updated {
                label.push_str(" updated");
            }
            if !c.participants.is_empty() {
                let _ = write!(label, " with={}", c.participants.join(","));
            }
            Mark::new(c.span, label)
        })
        .collect();
    annotate(text, &marks)
}

/// Attributed quotes: the quoted text (without the marks) as `quote N`
/// with its speaker's name, and the speaker's mention as `speaker N`.
pub fn quotes(text: &str) -> String {
    let analysis = analyze(text);
    let facts = Facts::extract(text, &analysis);
    let mut marks = Vec::new();
    for (k, q) in facts.quotes.iter().enumerate() {
        let speaker = analysis.mentions.get(q.speaker).map_or("?", |m| m.name.as_str());
        marks.push(Mark::new(q.span, format!("quote {} speaker={speaker:?}", k + 1)));
        marks.push(Mark::new(q.speaker_span, format!("speaker {}", k + 1)));
    }
    annotate(text, &marks)
}

/// `lo..hi`, or one number when they are equal; `inf` for no bound.
fn interval(lo: f64, hi: f64) -> String {
    if lo == hi {
        number(lo)
    } else {
        format!("{}..{}", number(lo), number(hi))
    }
}

/// A number rounded to six decimals (hedges multiply by 0.9 and 1.1, which
/// leaves float noise such as `18000.000000000004`).
fn number(x: f64) -> String {
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let rounded = if x.abs() < 1e9 { (x * 1e6).round() / 1e6 } else { x };
    format!("{rounded}")
}

/// `2025-06-10`, `2025-06` or `2025`; `--06-10` without a year (ISO 8601);
/// empty when no part is known.
fn date_text(d: &Date) -> String {
    match (d.year, d.month, d.day) {
        (Some(y), Some(m), Some(day)) => format!("{y:04}-{m:02}-{day:02}"),
        (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
        (Some(y), None, _) => format!("{y:04}"),
        (None, Some(m), Some(day)) => format!("--{m:02}-{day:02}"),
        (None, Some(m), None) => format!("--{m:02}"),
        (None, None, Some(day)) => format!("---{day:02}"),
        (None, None, None) => String::new(),
    }
}

fn weekday_name(w: u8) -> &'static str {
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        .get(usize::from(w))
        .copied()
        .unwrap_or("?")
}

fn time_text(minutes: u16, zone: Option<&str>) -> String {
    let mut s = format!("time {:02}:{:02}", minutes / 60, minutes % 60);
    if let Some(zone) = zone {
        let _ = write!(s, " zone={zone}");
    }
    s
}

fn hedge_name(h: Hedge) -> &'static str {
    match h {
        Hedge::Exact => "exact",
        Hedge::About => "about",
        Hedge::Nearly => "nearly",
        Hedge::MoreThan => "more-than",
        Hedge::AtLeast => "at-least",
        Hedge::LessThan => "less-than",
        Hedge::AtMost => "at-most",
        Hedge::Range => "range",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_overlaps_get_their_own_lines() {
        let text = "Zoë Ðurić met\nKōbe’s mayor.";
        let at = |s: &str| text.find(s).unwrap();
        let marks = [
            Mark::new(Span::new(0, at(" met")), "whole"),
            Mark::new(Span::new(at("Ð"), at(" met")), "surname"),
            Mark::new(Span::new(at("met"), at("’s")), "across"),
            Mark::new(Span::new(at("K"), at("’s")), ""),
            Mark::new(Span::new(text.len(), text.len()), "end"),
        ];
        assert_eq!(
            annotate(text, &marks),
            "Zoë Ðurić met\n\
             ^^^^^^^^^ whole\n\
             \x20   ^^^^^ surname\n\
             \x20         ^^^ across\n\
             Kōbe’s mayor.\n\
             ^^^^ …\n\
             ^^^^\n\
             \x20            ^ end\n"
        );
    }

    /// The example in the module documentation.
    #[test]
    fn the_documented_example() {
        let out = mentions("Russian President Vladimir Putin met Kim Jong-un in Vladivostok.");
        let doc: String = include_str!("render.rs")
            .lines()
            .skip_while(|l| !l.starts_with("//! Russian President"))
            .take_while(|l| !l.starts_with("//! ```"))
            .map(|l| format!("{}\n", l.trim_start_matches("//! ")))
            .collect();
        assert_eq!(out, doc);
    }

    #[test]
    fn numbers_and_dates_read_plainly() {
        assert_eq!(interval(20000.0 * 0.9, 20000.0 * 1.1), "18000..22000");
        assert_eq!(interval(15.0, f64::INFINITY), "15..inf");
        assert_eq!(interval(1.5e9, 1.5e9), "1500000000");
        assert_eq!(date_text(&Date::ymd(2025, 6, 8)), "2025-06-08");
        let no_year = Date {
            year: None,
            month: Some(6),
            day: Some(8),
        };
        assert_eq!(date_text(&no_year), "--06-08");
    }
}
