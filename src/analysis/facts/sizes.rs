//! Sizes: what a figure in a unit of a physical dimension measures, and the
//! figure in the base unit of its dimension (`30 metres` and `100 feet` are
//! both lengths in `m`; `40C` and `104F` temperatures in `°C`).
//!
//! A size is of the thing it is said of: the noun an adjectival figure
//! modifies (`a 62-metre central span` → span), the noun it stands in
//! apposition to (`its central span — around 90 metres —`, `The tunnel,
//! about 30 meters long`) or right after (`a tunnel 30 metres long`), the
//! subject of a linking verb (`the tunnel was 30 metres long`) or of a verb
//! of extent (`The tunnel began … and ran 150 feet`), the noun after it or
//! after `of` (`250 mm of rain`), the place a distance is from (`20 km from
//! the eruption site`, `10 feet below the surface`, `24km north of the
//! city`), else the sentence's subject with what the verb right before the
//! size says of it (`The fire has burned 12,000 acres`). An adjective after
//! a length names another extent (`3 metres deep`): a tunnel's depth is not
//! its length (`long` names the length, `extents.tsv`). A comparative makes
//! a difference, no size (`1.3C warmer`). When what is measured is unclear,
//! no claim.
//!
//! A figure keeps the unit it was written in and its rounding: a writer who
//! converts `30 metres` writes `100 feet`, so figures written in different
//! units meet within half a unit of their last significant digit (at most a
//! tenth of the figure), and a hedged figure within its hedge.

use super::claims::{Fact, Written};
use super::figures::{
    Around, distance_from, event_of, is_verb_form, nominal, noun_after, noun_before, singular, skip_parenthesis,
};
use super::key::{Measure, Predicate, What};
use crate::analysis::lexicon::{self as lx, Conversion, WordClass as C};
use crate::analysis::values::{Hedge, ValueKind};
use crate::analysis::wordnet;
use crate::analysis::{Analysis, Span};

/// Marks that set a figure off after the noun it is said of.
const APPOSITION: [char; 4] = [',', '—', '–', '('];

/// What a size measures, or `None` when the text does not say.
pub(super) fn measure(text: &str, around: &Around, span: Span) -> Option<Measure> {
    let (what, event) = what(text, around, span)?;
    Some(Measure {
        what,
        event,
        record: false,
        total: false,
    })
}

/// The thing a size is of, with the extent it gives when that is not the
/// thing's length, and the event a verb says of it.
fn what(text: &str, around: &Around, span: Span) -> Option<(What, Option<Predicate>)> {
    let figure = span.text(text);
    // An extent glued to the unit (`3-metre-deep`) or right after it.
    let glued = figure
        .rsplit_once('-')
        .map(|(_, w)| w.to_lowercase())
        .filter(|w| lx::is(C::ExtentWord, w));
    let after = around.clause_after.first().filter(|w| lx::is(C::ExtentWord, w));
    if around.clause_after.first().is_some_and(|w| lx::is(C::Comparative, w)) {
        return None;
    }
    let extent = glued.as_deref().or(after.map(String::as_str)).and_then(lx::extent);
    let words = &around.clause_after[usize::from(after.is_some())..];
    let hyphened = figure
        .char_indices()
        .any(|(i, c)| c == '-' && figure[i + 1..].starts_with(char::is_alphabetic));
    let thing = match extent {
        // An adjectival figure is of the noun it modifies, or of nothing
        // the text makes clear.
        _ if hyphened => modified(true, around, words),
        Some(_) => modified(false, around, words)
            .or_else(|| post_modified(around))
            .or_else(|| noun_before(&around.clause_before).map(singular))
            .or_else(|| apposed(text, around, span, false))
            .or_else(|| verb_subject(text, around, span)),
        None => {
            // A verb of extent says what runs that far (`ran 150 feet under
            // the yard`); else a distance is from somewhere.
            let subject = verb_subject(text, around, span);
            if subject.is_none()
                && let Some(from) = distance_from(&around.clause_after)
            {
                return from.map(|what| (what, None));
            }
            let thing = subject
                .or_else(|| modified(false, around, words))
                .or_else(|| apposed(text, around, span, true))
                .or_else(|| {
                    noun_after(words, false)
                        .or_else(|| noun_before(&around.clause_before))
                        .map(singular)
                });
            if thing.is_none()
                && let Some((subject, event)) = verb_event(text, around, span)
            {
                return Some((What::Of(subject), Some(event)));
            }
            thing
        }
    }?;
    let what = match extent {
        Some(e) if e != "length" => What::Extent { extent: e, of: thing },
        _ => What::Of(thing),
    };
    Some((what, None))
}

/// `a 62-metre central span`, `the 310-metre bridge`, `a 20 km stretch`:
/// the head of the noun phrase an adjectival figure opens, when it ends in
/// a noun: within three words when the figure is joined to its unit by a
/// hyphen, one word after a determiner.
fn modified(hyphened: bool, around: &Around, words: &[String]) -> Option<String> {
    let determined = around
        .clause_before
        .last()
        .is_some_and(|w| lx::is(C::Article, w) || lx::is(C::PossessiveDeterminer, w));
    if !(hyphened || determined) {
        return None;
    }
    let mut phrase: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .take_while(|w| {
            w.chars().all(char::is_alphabetic) && !lx::is(C::MeasureStop, w) && (nominal(w) || !is_verb_form(w))
        })
        .collect();
    // `the 310-metre bridge carries the road`, `a 62-metre span carrying
    // the road`: a verb with its object after it ends the phrase.
    let next = words.get(phrase.len()).map(String::as_str);
    let object = next.is_some_and(|n| {
        lx::is(C::Article, n)
            || lx::is(C::FigureDeterminer, n)
            || n == "to"
            || n.starts_with(|c: char| c.is_ascii_digit())
    });
    let verb = |w: &str| is_verb_form(w) || w.ends_with('s') && wordnet::verb_lemma(w).is_some_and(|l| l != w);
    if phrase.len() > 1 && object && phrase.last().is_some_and(|w| verb(w)) {
        phrase.pop();
    }
    // A longer phrase may not end where it seems to (`Delhi-class missile
    // destroyer`); after a determiner alone, a second word may be a verb
    // (`a 30ft shaft leads to`, `the 1.5C limit set in`).
    let most = if hyphened { 3 } else { 1 };
    phrase
        .last()
        .filter(|w| phrase.len() <= most && thing(w))
        .map(|w| singular(w))
}

/// A noun that can be the thing a size is of: not a unit (`6 feet 8
/// inches tall`, `110 mph, 50 knots`).
fn thing(w: &str) -> bool {
    nominal(w) && lx::measure(w).is_none()
}

/// `a tunnel 30 metres long`, `a wave 10 metres high`: the noun right
/// before a size that an extent follows.
fn post_modified(around: &Around) -> Option<String> {
    around.clause_before.last().filter(|w| thing(w)).map(|w| singular(w))
}

/// `The tunnel, about 30 meters long`, `its central span — around 90
/// metres —`, `the span (90 metres)`: a size opening a clause set off right
/// after a lowercase noun. Without an extent after it, the size must be
/// all the clause says (`closed`: a mark or the sentence's end follows).
fn apposed(text: &str, around: &Around, span: Span, closed: bool) -> Option<String> {
    if !around.clause_before.is_empty() {
        return None;
    }
    let before = text.get(around.sentence.start..span.start)?.trim_end();
    let noun = before.strip_suffix(APPOSITION)?.trim_end();
    let word = noun.rsplit(|c: char| !c.is_alphabetic()).next()?;
    if !word.starts_with(char::is_lowercase) || !thing(word) {
        return None;
    }
    if closed {
        let after = skip_parenthesis(text.get(span.end..around.sentence.end)?).trim_start();
        let ends = after.is_empty() || after.starts_with([',', '—', '–', ')', ';', ':', '.']);
        if !ends {
            return None;
        }
    }
    Some(singular(word))
}

/// `The tunnel began beneath a shower tray and ran roughly 150 feet`, `The
/// new tunnel was 30 metres long`: the subject of a verb of extent or a
/// linking verb right before a size.
fn verb_subject(text: &str, around: &Around, span: Span) -> Option<String> {
    let verb = around.clause_before.last()?;
    if !(lx::is(C::ExtentVerb, verb) || lx::is(C::LinkingVerb, verb)) {
        return None;
    }
    opening_subject(text, around, span)
}

/// `The fire has burned 12,000 acres`: a size the verb right before it
/// says of the sentence's subject, with the verb's event.
fn verb_event(text: &str, around: &Around, span: Span) -> Option<(String, Predicate)> {
    let verb = around.clause_before.last().filter(|w| is_verb_form(w))?;
    match event_of(verb) {
        Predicate::Light => None,
        event => Some((opening_subject(text, around, span)?, event)),
    }
}

/// The common-noun subject that opens the sentence of a size (after its
/// dateline or a speech verb: `Agents said the tunnel was`), when no mark
/// breaks the sentence before the size: the last of up to four words
/// after a determiner, a lowercase noun (`The Cedar Ridge fire has`).
fn opening_subject(text: &str, around: &Around, span: Span) -> Option<String> {
    let lead = text.get(around.sentence.start..span.start)?;
    let lead = &lead[dateline_end(lead)..];
    if lead.contains([',', ';', ':', '(', ')', '—', '–']) {
        return None;
    }
    let words: Vec<&str> = lead
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let said = words
        .iter()
        .rposition(|w| lx::is(C::SpeechVerb, w))
        .map_or(0, |i| i + 1);
    let mut words = words[said..].iter().copied().skip_while(|w| *w == "that").peekable();
    if words
        .peek()
        .is_some_and(|w| lx::is_or_capitalised(C::Article, w) || lx::is_or_capitalised(C::PossessiveDeterminer, w))
    {
        words.next();
    }
    let phrase: Vec<&str> = words
        .take_while(|w| {
            let l = w.to_lowercase();
            !lx::is(C::MeasureStop, &l) && !lx::is(C::Auxiliary, &l) && (nominal(&l) || !is_verb_form(&l))
        })
        .take(5)
        .collect();
    phrase
        .last()
        .filter(|w| phrase.len() <= 4 && w.starts_with(char::is_lowercase) && thing(w))
        .map(|w| singular(w))
}

/// Where a sentence starts after its dateline (`OCAÑA, Colombia — `): a
/// dash within its first words, with no lowercase word before it.
fn dateline_end(sentence: &str) -> usize {
    let head = &sentence[..crate::analysis::text::floor_char_boundary(sentence, 80)];
    let Some(dash) = [" — ", " – ", " - "]
        .iter()
        .filter_map(|d| head.find(d).map(|i| (i, d.len())))
        .min()
    else {
        return 0;
    };
    let lower = sentence[..dash.0]
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w.starts_with(char::is_lowercase));
    if lower { 0 } else { dash.0 + dash.1 }
}

/// Whether a figure is a conversion in parentheses right after another
/// quantity (`20 km (12 miles) from`): the same figure again, no claim.
/// (Its clause is the parenthesis, which seldom says what it measures;
/// this says so outright.)
pub(super) fn is_conversion(text: &str, analysis: &Analysis, span: Span) -> bool {
    let before = text.get(..span.start).unwrap_or("").trim_end();
    let Some(open) = before.strip_suffix('(') else {
        return false;
    };
    let end = open.trim_end().len();
    analysis
        .values_within(end.saturating_sub(120), end)
        .next_back()
        .is_some_and(|v| v.span.end == end && matches!(v.kind, ValueKind::Quantity { .. }))
}

/// A size from `lo` to `hi` in `unit`, in the base unit of its dimension,
/// with the unit and rounding it was written with.
pub(super) fn fact(hedge: Hedge, unit: &str, (lo, hi): (f64, f64), c: Conversion) -> Fact {
    Fact::Range {
        lo: c.apply(lo),
        hi: c.apply(hi),
        written: Some(Written {
            unit: unit.to_string(),
            slack: rounding(hedge, lo, hi, c.signed) * c.factor,
        }),
    }
}

/// How far a figure as written may be from what it rounds, in its unit:
/// none for `about` (the hedge's ±10 % says it), else half a unit of the
/// last significant digit of the numbers written (`30` → 5, `2.5` → 0.05),
/// at most a tenth of the figure. A temperature's zero is arbitrary, so its
/// trailing zeros are digits (`40C` → 0.5) and no share of it bounds them.
fn rounding(hedge: Hedge, lo: f64, hi: f64, signed: bool) -> f64 {
    let written = match hedge {
        Hedge::About => return 0.0,
        Hedge::Exact | Hedge::MoreThan | Hedge::AtLeast => vec![lo],
        Hedge::Range => vec![lo, hi],
        Hedge::Nearly | Hedge::LessThan | Hedge::AtMost => vec![hi],
    };
    let slack = written
        .into_iter()
        .filter(|x| x.is_finite())
        .map(|x| half_step(x.abs(), signed))
        .fold(f64::INFINITY, f64::min);
    if slack.is_finite() { slack } else { 0.0 }
}

/// Half a unit of the last significant digit of `x` (not negative).
fn half_step(x: f64, signed: bool) -> f64 {
    let decimals = (0..=6)
        .find(|&k| {
            let y = x * 10f64.powi(k);
            (y - y.round()).abs() < 1e-6 * y.max(1.0)
        })
        .unwrap_or(6);
    let step = if decimals > 0 || signed {
        10f64.powi(-decimals)
    } else {
        let n = x.round();
        let mut p = 1.0;
        while p < 1e15 && n >= p * 10.0 && (n / (p * 10.0)).fract() == 0.0 {
            p *= 10.0;
        }
        p
    };
    let cap = if signed { f64::INFINITY } else { x / 10.0 };
    (step / 2.0).min(cap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundings_of_written_figures() {
        assert_eq!(half_step(30.0, false), 3.0);
        assert_eq!(half_step(150.0, false), 5.0);
        assert_eq!(half_step(62.0, false), 0.5);
        assert!((half_step(2.5, false) - 0.05).abs() < 1e-12);
        assert_eq!(half_step(1_500_000.0, false), 50_000.0);
        assert_eq!(half_step(40.0, true), 0.5);
        assert_eq!(rounding(Hedge::About, 30.0, 30.0, false), 0.0);
        assert_eq!(rounding(Hedge::Range, 10.0, 15.0, false), 0.5);
        assert_eq!(rounding(Hedge::MoreThan, 40.0, f64::INFINITY, false), 4.0);
    }

    #[test]
    fn datelines_end_at_their_dash() {
        let s = "OCAÑA, Colombia — The tunnel ran";
        assert_eq!(&s[dateline_end(s)..], "The tunnel ran");
        assert_eq!(dateline_end("The span - which failed - ran"), 0);
    }
}
