//! Quantity claims and their conflicts across articles.
//!
//! A claim is a counted quantity with the property it measures: the class
//! of outcome a casualty figure reports (`killing 14 people` → dead,
//! `injuring more than 60` → injured) or the counted noun (`six carriages`
//! → carriage). Claims meet across articles by property and unit; two
//! articles conflict on a property when none of one's figures can hold
//! together with any of the other's, after hedges widened them (`nearly
//! 500` holds with `496`). Precision comes first, so a claim is dropped
//! when its property is vague (`14 people` with no outcome word), and a
//! property is not compared at all once any article reports a figure as
//! updated (`rose to 17`): the numbers then describe different moments.
//! Figures about different named subjects (`Okafor carried 11 wards`,
//! `Brandt won four wards`) are not compared either.

use std::fmt;

pub use super::key::ClaimKey;
use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::{Analysis, EntityType, MentionKind, Span};

/// One claim in an article: a fact stated about a key.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// What the claim gives a value for: a figure's measure and unit, an
    /// event's date, time or place, whether someone did something.
    pub key: ClaimKey,
    pub span: Span,
    pub fact: Fact,
    /// The figure is reported as a change (`rose to 17`).
    pub updated: bool,
    /// The index of the nearest preceding name mention in the sentence that
    /// is not a speaker, as the claim's subject.
    pub subject: Option<usize>,
    /// The words the key was read from where the key keeps less than they
    /// say, for wording findings (`describe`): an event's word (`derailed`,
    /// `the quake`), the phrase a light verb makes with its object after a
    /// count (`left the tracks`), the object of a polarity (`fundraiser`).
    pub words: Option<Span>,
    /// For a claim on the main event's key (`EventRef::Lede`): who and
    /// what its clause names before the value (nouns and names, keyed),
    /// one of which another article's claim must share to be about the
    /// same happening; empty for other claims.
    pub participants: Vec<String>,
}

impl Claim {
    /// Whether the claim is compared only with claims about the same named
    /// subject: polarity (`X did not attend`), the year of a past event
    /// keyed by a verb alone (`founded in 1998`), which many events share,
    /// and a tally of periods or acts (`11 seasons`), which is a record.
    pub fn needs_subject(&self) -> bool {
        matches!(self.fact, Fact::Polarity(_)) || self.key.needs_subject()
    }
}

/// What a claim states.
#[derive(Clone, Debug, PartialEq)]
pub enum Fact {
    /// A quantity as an interval, hedges applied. A figure of a physical
    /// dimension is in the base unit of its dimension (see
    /// `lexicon::conversion`), with the unit it was written in.
    Range { lo: f64, hi: f64, written: Option<Written> },
    /// A (partial) calendar date: a bare year, or a day given by date or weekday.
    Day(Day),
    /// A clock time in minutes, with its zone and the minutes a hedge allows.
    Time {
        minutes: u16,
        zone: Option<String>,
        slack: u16,
    },
    /// A place, as the mention naming it; compared by entity.
    Place {
        mention: usize,
        /// The gazetteer lists the place as a city (see
        /// `conflicting_place::metro_holds`).
        city: bool,
    },
    /// Whether the subject did it.
    Polarity(bool),
}

/// The unit a figure of a physical dimension was written in, and how far
/// its last digit lets it be off (`slack`, in the base unit): a writer who
/// converts `30 metres` states `100 feet`, so figures written in different
/// units meet within their roundings.
#[derive(Clone, Debug, PartialEq)]
pub struct Written {
    pub unit: String,
    pub slack: f64,
}

/// The parts of a date an article writes.
#[derive(Clone, Debug, PartialEq)]
pub struct Day {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub weekday: Option<u8>,
}

impl Day {
    /// Whether the two dates share a granularity: a weekday and a year
    /// cannot contradict each other.
    fn comparable(&self, o: &Day) -> bool {
        (self.year.is_some() && o.year.is_some())
            || (self.day.is_some() && o.day.is_some() && self.month.is_some() && o.month.is_some())
            || (self.weekday.is_some() && o.weekday.is_some())
    }

    /// Whether the known parts agree.
    fn compatible(&self, o: &Day) -> bool {
        fn same<T: PartialEq>(x: Option<T>, y: Option<T>) -> bool {
            x.is_none() || y.is_none() || x == y
        }
        let full = |d: &Day| d.year.is_some() && d.day.is_some();
        // Years are compared only where both dates are bare years or both complete.
        let years = full(self) != full(o) || same(self.year, o.year);
        years
            && same(self.month, o.month)
            && same(self.day, o.day)
            // Two written dates compare by what is written; a weekday
            // computed from a guessed year does not count.
            && (self.day.is_some() && o.day.is_some() || same(self.weekday, o.weekday))
    }
}

impl Fact {
    /// A value that is equal for equal facts, for grouping articles that
    /// state the same thing. Places group by entity, outside this.
    pub fn signature(&self) -> String {
        match self {
            Fact::Range { lo, hi, .. } => format!("{lo}..{hi}"),
            Fact::Day(Day {
                year,
                month,
                day,
                weekday,
            }) => format!("{year:?}-{month:?}-{day:?}-{weekday:?}"),
            Fact::Time { minutes, zone, slack } => format!("{minutes}{zone:?}~{slack}"),
            Fact::Place { .. } => String::new(),
            Fact::Polarity(yes) => yes.to_string(),
        }
    }
}

/// What a fact states, for a reader: `14`, `between 450 and 500`, `at
/// least 15`, `2025-06-08`, `a Sunday`, `19:15 local`, `did`, `did not`.
/// A place is its mention, named by the caller.
impl fmt::Display for Fact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fact::Range { lo, hi, .. } if lo == hi => write!(f, "{}", tidy(*lo)),
            Fact::Range { lo, hi, .. } if hi.is_infinite() => write!(f, "at least {}", tidy(*lo)),
            Fact::Range { lo, hi, .. } if *lo == 0.0 || lo.is_infinite() => write!(f, "at most {}", tidy(*hi)),
            Fact::Range { lo, hi, .. } => write!(f, "between {} and {}", tidy(*lo), tidy(*hi)),
            Fact::Day(d) => {
                let mut parts = Vec::new();
                match (d.year, d.month, d.day) {
                    (Some(y), Some(m), Some(day)) => parts.push(format!("{y:04}-{m:02}-{day:02}")),
                    (None, Some(m), Some(day)) => parts.push(format!("--{m:02}-{day:02}")),
                    (Some(y), _, _) => parts.push(format!("{y}")),
                    _ => {}
                }
                if let Some(w) = d.weekday.and_then(crate::analysis::lexicon::weekday_name) {
                    parts.push(if parts.is_empty() {
                        format!("a {w}")
                    } else {
                        format!("({w})")
                    });
                }
                f.write_str(&parts.join(" "))
            }
            Fact::Time { minutes, zone, .. } => {
                write!(f, "{:02}:{:02}", minutes / 60, minutes % 60)?;
                match zone {
                    Some(z) => write!(f, " {z}"),
                    None => Ok(()),
                }
            }
            Fact::Place { .. } => f.write_str("a place"),
            Fact::Polarity(yes) => f.write_str(if *yes { "did" } else { "did not" }),
        }
    }
}

/// A number rounded to six decimals: hedges and unit conversions leave
/// float noise (`50.292000000000002`).
fn tidy(x: f64) -> f64 {
    if x.is_finite() && x.abs() < 1e9 {
        (x * 1e6).round() / 1e6
    } else {
        x
    }
}

/// Whether a span sits directly inside parentheses: a wire credit
/// (`(Agency)`) or an acronym, never the subject of a figure.
pub fn in_parentheses(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let after = text.get(span.end..).unwrap_or("").trim_start();
    before.ends_with('(') && after.starts_with(')')
}

/// Whether a name modifies a noun after it (`the Denver-based carrier`,
/// `the Trump administration`): then it is not who the clause is about.
pub fn modifier(text: &str, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let after = text.get(span.end..).unwrap_or("");
    let opens_phrase = before
        .rsplit(char::is_whitespace)
        .next()
        .is_some_and(|w| lx::is_or_capitalised(C::Article, w));
    let next = after
        .strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_alphanumeric() && c != '-').next())
        .unwrap_or("");
    // A lowercase word that is not a function word or a verb form goes on the phrase.
    let continues = next.starts_with(|c: char| c.is_lowercase())
        && !lx::is(C::MeasureStop, next)
        && !next.ends_with("ed")
        && !lx::is(C::AfterNameStop, next);
    opens_phrase && continues
}

/// Who or what a claim is about: the nearest named person, organisation or
/// facility between `from` and `before` (not the places where it happened),
/// leaving out wire credits, modifiers and speakers (`Kamau said`).
pub fn subject_before(text: &str, analysis: &Analysis, from: usize, before: usize) -> Option<usize> {
    analysis
        .mentions_within(from, before)
        .filter(|(_, m)| m.kind == MentionKind::Name)
        .filter(|(_, m)| matches!(m.ty, EntityType::Person | EntityType::Org | EntityType::Fac))
        .filter(|(_, m)| !in_parentheses(text, m.span) && !modifier(text, m.span))
        .filter(|(_, m)| {
            let next = word_iter(text.get(m.span.end..before).unwrap_or(""));
            !next.take(3).any(|w| lx::is(C::SpeechVerb, &w))
        })
        .map(|(i, _)| i)
        .next_back()
}

/// The lowercase words of `s`, lazily and from either end: a caller that
/// needs the few words next to a figure reads only those.
pub(super) fn word_iter(s: &str) -> impl DoubleEndedIterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Whether two facts say something about the same thing at the same
/// granularity: a weekday and a year, or times in different zones, cannot
/// contradict each other.
pub fn comparable(a: &Fact, b: &Fact) -> bool {
    match (a, b) {
        (Fact::Day(a), Fact::Day(b)) => a.comparable(b),
        (Fact::Time { zone: za, .. }, Fact::Time { zone: zb, .. }) => za == zb,
        _ => true,
    }
}

/// Whether two comparable facts can both hold: intervals overlap, the
/// known parts of two dates agree, times agree within their hedges.
pub fn compatible(a: &Fact, b: &Fact) -> bool {
    match (a, b) {
        (
            Fact::Range {
                lo: la,
                hi: ha,
                written: wa,
            },
            Fact::Range {
                lo: lb,
                hi: hb,
                written: wb,
            },
        ) => {
            // A float tolerance from the finite bounds: an open end
            // (`at least 15` = [15, ∞)) must not make it infinite.
            let scale = [*la, *ha, *lb, *hb]
                .into_iter()
                .filter(|x| x.is_finite())
                .fold(1.0_f64, |m, x| m.max(x.abs()));
            let eps = 1e-9 * scale;
            // Figures written in different units meet within their roundings.
            let (sa, sb) = match (wa, wb) {
                (Some(a), Some(b)) if a.unit != b.unit => (a.slack, b.slack),
                _ => (0.0, 0.0),
            };
            la - sa <= hb + sb + eps && lb - sb <= ha + sa + eps
        }
        (Fact::Day(a), Fact::Day(b)) => a.compatible(b),
        (
            Fact::Time {
                minutes: a, slack: sa, ..
            },
            Fact::Time {
                minutes: b, slack: sb, ..
            },
        ) => {
            let d = (i32::from(*a) - i32::from(*b)).abs();
            let d = d.min(24 * 60 - d);
            d <= i32::from(*sa.max(sb))
        }
        (Fact::Polarity(x), Fact::Polarity(y)) => x == y,
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::super::figures::figure_claims;
    use super::*;

    fn claims(text: &str) -> Vec<(String, String)> {
        let a = crate::analysis::analyze(text);
        figure_claims(text, &a)
            .into_iter()
            .map(|c| (c.key.to_string(), c.span.text(text).to_string()))
            .collect()
    }

    #[test]
    fn casualty_figures_take_their_outcome_class() {
        let c = claims("The train derailed on Sunday, killing 14 people and injuring more than 60 others.");
        assert!(c.contains(&("dead|count".into(), "14 people".into())), "{c:?}");
        assert!(c.iter().any(|(k, _)| k == "injured|count"), "{c:?}");
    }

    #[test]
    fn counted_nouns_are_properties_and_vague_ones_are_dropped() {
        let c = claims(
            "Six carriages left the tracks. Some 300 people watched. Nine of the 12 defendants were convicted. \
             She carried 11 of the city's 15 wards. The data of 2.1 million patients leaked.",
        );
        // `the 12 defendants` refers back to a known group: no count.
        assert!(!c.iter().any(|(_, t)| t.contains("12")), "{c:?}");
        assert!(
            c.iter().any(|(k, t)| k == "ward:total|count" && t.contains("15")),
            "{c:?}"
        );
        assert!(c.iter().any(|(k, _)| k.starts_with("patient")), "{c:?}");
        assert!(
            c.iter()
                .any(|(k, t)| k == "carriage/~|count" && t.contains("carriages")),
            "{c:?}"
        );
        assert!(
            !c.iter()
                .any(|(k, _)| k.starts_with("person") || k.starts_with("people")),
            "{c:?}"
        );
    }

    #[test]
    fn hedged_figures_overlap_exact_ones() {
        let mk = |lo, hi| Fact::Range { lo, hi, written: None };
        assert!(compatible(&mk(450.0, 500.0), &mk(496.0, 496.0)));
        assert!(compatible(&mk(60.0, f64::INFINITY), &mk(64.0, 64.0)));
        assert!(!compatible(&mk(6.0, 6.0), &mk(8.0, 8.0)));
        // An open end bounds one side only: `at least 15` is not `12`,
        // `more than 40` may be `43`.
        assert!(!compatible(&mk(15.0, f64::INFINITY), &mk(12.0, 12.0)));
        assert!(!compatible(&mk(12.0, 12.0), &mk(15.0, f64::INFINITY)));
        assert!(compatible(&mk(40.0, f64::INFINITY), &mk(43.0, 43.0)));
        assert!(compatible(&mk(0.0, 50.0), &mk(40.0, f64::INFINITY)));
    }

    #[test]
    fn figures_written_in_other_units_meet_within_their_roundings() {
        let mk = |lo, hi, unit: &str, slack| Fact::Range {
            lo,
            hi,
            written: Some(Written {
                unit: unit.into(),
                slack,
            }),
        };
        // 30 metres and 100 feet (30.48 m): one length as rounded.
        assert!(compatible(&mk(30.0, 30.0, "m", 3.0), &mk(30.48, 30.48, "ft", 3.048)));
        // Written in one unit, figures are read as written.
        assert!(!compatible(&mk(30.0, 30.0, "m", 3.0), &mk(31.0, 31.0, "m", 0.5)));
        // 150 feet (45.7 m) is no 30 metres.
        assert!(!compatible(&mk(27.0, 33.0, "m", 0.0), &mk(45.72, 45.72, "ft", 1.524)));
    }

    /// Claims are sentence-local: an article made of one part repeated is
    /// the part's claims (figures, events, quotes) once per copy, shifted
    /// to the copy. Guards the binary searches that replaced scans of every
    /// mention, value and sentence.
    #[test]
    fn a_repeated_part_has_its_claims_once_per_copy() {
        let part = "A ferry capsized near Porto Rico on Sunday, killing 14 people, officials said on Monday. \
                    Maria Lopez did not attend the gala dinner. The train derailed near Naivasha on Sunday, \
                    injuring more than 60 passengers. Six carriages left the tracks at about 7:40 a.m., \
                    Kenya Railways said. “We will rebuild the bridge within a year,” said Maria Lopez. \
                    The readings were 12, 14, 17 and 19 people.\n\n";
        // Each claim and quote as text, with its offsets and mention
        // indices taken relative to its copy of the part.
        let facts = |text: &str| {
            let a = crate::analysis::analyze(text);
            let mentions = crate::analysis::analyze(part).mentions.len();
            let copy = |offset: usize| offset / part.len();
            let mut claims: Vec<String> = figure_claims(text, &a)
                .into_iter()
                .chain(crate::analysis::facts::events::event_claims(text, &a))
                .map(|c| {
                    let k = copy(c.span.start);
                    let fact = match c.fact {
                        Fact::Place { mention, city } => Fact::Place {
                            mention: mention - k * mentions,
                            city,
                        },
                        f => f,
                    };
                    let span = (c.span.start - k * part.len(), c.span.end - k * part.len());
                    let subject = c.subject.map(|s| s - k * mentions);
                    format!("{} {span:?} {fact:?} {} {subject:?}", c.key, c.updated)
                })
                .collect();
            claims.sort();
            let quotes: Vec<(usize, usize)> = crate::analysis::facts::quotes::attributed_quotes(text, &a)
                .into_iter()
                .map(|q| (q.span.start % part.len(), q.speaker - copy(q.span.start) * mentions))
                .collect();
            (a.mentions.len(), claims, quotes)
        };
        let (mentions, claims, quotes) = facts(part);
        assert!(claims.len() >= 8 && quotes.len() == 1, "{claims:#?} {quotes:?}");
        let k = 40;
        let (many_mentions, many_claims, many_quotes) = facts(&part.repeat(k));
        assert_eq!(many_mentions, mentions * k);
        let mut expected: Vec<String> = claims.iter().flat_map(|c| std::iter::repeat_n(c.clone(), k)).collect();
        expected.sort();
        assert_eq!(many_claims, expected);
        assert_eq!(many_quotes, quotes.repeat(k));
    }
}
