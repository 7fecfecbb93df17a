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

use crate::analysis::facts::event_words;
use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{ceil_char_boundary, floor_char_boundary};
use crate::analysis::values::{Value, ValueKind};
use crate::analysis::wordnet;
use crate::analysis::wordnet::nouns::{self, NounKind};
use crate::analysis::{Analysis, EntityType, MentionKind, Span};

/// One claim in an article: a fact stated about a key.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// Property and unit for quantities (`dead|count`, `carriage|count`);
    /// granularity and event for events (`day:derail`, `place:sign`).
    pub key: String,
    pub span: Span,
    pub fact: Fact,
    /// The figure is reported as a change (`rose to 17`).
    pub updated: bool,
    /// The index of the nearest preceding name mention in the sentence that
    /// is not a speaker, as the claim's subject.
    pub subject: Option<usize>,
}

impl Claim {
    /// Whether the claim is compared only with claims about the same named
    /// subject: polarity (`X did not attend`), the year of a past event
    /// keyed by a verb alone (`founded in 1998`), which many events share,
    /// and a tally of periods or acts (`11 seasons`), which is a record.
    pub fn needs_subject(&self) -> bool {
        matches!(self.fact, Fact::Polarity(_))
            || self.key.starts_with("year:") && !self.key[5..].contains(':')
            || self.key.starts_with("record:")
    }
}

/// What a claim states.
#[derive(Clone, Debug, PartialEq)]
pub enum Fact {
    /// A quantity as an interval, hedges applied.
    Range { lo: f64, hi: f64 },
    /// A (partial) calendar date: a bare year, or a day given by date or weekday.
    Day(Day),
    /// A clock time in minutes, with its zone and the minutes a hedge allows.
    Time {
        minutes: u16,
        zone: Option<String>,
        slack: u16,
    },
    /// A place, as the mention naming it; compared by entity.
    Place { mention: usize },
    /// Whether the subject did it.
    Polarity(bool),
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
            Fact::Range { lo, hi } => format!("{lo}..{hi}"),
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
fn word_iter(s: &str) -> impl DoubleEndedIterator<Item = String> + '_ {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// Characters that end a clause for what a figure measures.
const CLAUSE_MARKS: [char; 7] = [',', ';', ':', '(', ')', '—', '–'];

/// The words of the clause that opens `s` (up to its first clause mark),
/// lazily from the start.
fn clause_words(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split_inclusive(|c: char| !c.is_alphanumeric())
        .map(|piece| {
            let mark = piece.chars().next_back().filter(|c| !c.is_alphanumeric());
            (
                piece.strip_suffix(|c: char| !c.is_alphanumeric()).unwrap_or(piece),
                mark,
            )
        })
        .scan(false, |ended, (word, mark)| {
            if *ended {
                return None;
            }
            *ended = mark.is_some_and(|c| CLAUSE_MARKS.contains(&c));
            Some(word)
        })
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// The words of the clause that ends `s` (after its last clause mark),
/// lazily from the end.
fn clause_words_rev(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split_inclusive(|c: char| !c.is_alphanumeric())
        .rev()
        .map(|piece| {
            let mark = piece.chars().next_back().filter(|c| !c.is_alphanumeric());
            (
                piece.strip_suffix(|c: char| !c.is_alphanumeric()).unwrap_or(piece),
                mark,
            )
        })
        .take_while(|(_, mark)| !mark.is_some_and(|c| CLAUSE_MARKS.contains(&c)))
        .map(|(word, _)| word)
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// `carriages` → `carriage`, `casualties` → `casualty`: enough to meet
/// the same noun in the singular and the plural.
fn singular(noun: &str) -> String {
    let n = noun.to_lowercase();
    if let Some(stem) = n.strip_suffix("ies").filter(|s| s.len() > 2) {
        return format!("{stem}y");
    }
    if n.ends_with("ss") || n.ends_with("us") {
        return n;
    }
    n.strip_suffix('s')
        .filter(|s| s.len() > 2)
        .map_or(n.clone(), str::to_string)
}

/// A content word that can be what a figure measures: a noun WordNet knows
/// that is not a verb form here (`300 people watched` measures no `watch`).
fn content(w: &str) -> bool {
    w.len() >= 3
        && w.chars().all(char::is_alphabetic)
        && !lx::is(C::MeasureStop, w)
        && !is_verb_form(w)
        && nouns::noun(w).is_some()
}

/// What a money figure, share or duration measures: the noun it modifies
/// (`a $15 million ransom`), the noun after `of`/`in` (`$2.1 billion in
/// debts`, `38 per cent of the vote`), or the noun it is `of` (`debts of
/// $2.1 billion`). The words must sit right next to the figure.
fn measured(before: &[String], after: &[String]) -> Option<String> {
    let next = after.first().map(String::as_str);
    let noun = match next {
        Some("of" | "in") => after.iter().skip(1).take(3).map(String::as_str).find(|w| content(w)),
        Some(w) if content(w) => Some(w),
        _ => None,
    };
    if noun.is_none() && matches!(next, Some("from" | "away")) {
        // `35 km from the eruption site`: the distance from a place.
        let np: Vec<&str> = after
            .iter()
            .skip(1)
            .map(String::as_str)
            .skip_while(|w| lx::is(C::Article, w) || *w == "from")
            .take_while(|w| content(w))
            .collect();
        return np.last().map(|w| format!("from:{}", singular(w)));
    }
    let noun = noun.or_else(
        || match before.iter().rev().map(String::as_str).collect::<Vec<_>>().as_slice() {
            ["of", w, ..] if content(w) => Some(*w),
            // `Turnout was 31 per cent`, `turnout reached 38 per cent`: the
            // clause's subject, when it is one noun before a linking verb.
            [verb, w] | ["at" | "to", verb, w] if lx::is(C::LinkingVerb, verb) && content(w) => Some(*w),
            [verb, w, d] | ["at" | "to", verb, w, d]
                if lx::is(C::FigureDeterminer, d) && lx::is(C::LinkingVerb, verb) && content(w) =>
            {
                Some(*w)
            }
            _ => None,
        },
    )?;
    Some(format!("of:{}", singular(noun)))
}

/// What the word after a figure makes of it.
#[derive(Debug, PartialEq)]
enum Counted {
    /// The noun it counts, as the form its synonyms meet on.
    Noun(String),
    /// No count: a label or a modifier (`the 12000 block`, `a 6 quake`,
    /// `the 357 caliber`).
    Label,
}

/// The noun a figure counts, by English number agreement: a number other
/// than one takes a plural noun (`six carriages`) or a collective one
/// (`300 people`, `9,000 staff`). A singular noun after it is a modifier
/// of a plural head that follows (`two fire trucks`, `548 rushing yards`),
/// else the figure is a label, not a count (`the 12000 block`, `a 6 quake`).
/// A word WordNet does not know as a noun stays the counted word.
fn counted_noun(word: &str, after: &[String], one: bool) -> Counted {
    let Some(form) = nouns::noun(word) else {
        return Counted::Noun(singular(word));
    };
    // A vague noun stays itself (`countries` → `country`, which the caller
    // drops), not a synonym that hides it (`state`).
    let head = |w: &str| match nouns::noun(w) {
        Some(f) if lx::is(C::Vague, f.lemma) => f.lemma.to_string(),
        _ => nouns::head_lemma(w).map_or_else(|| singular(w), str::to_string),
    };
    if one || form.plural || form.kind == NounKind::Group {
        return Counted::Noun(head(word));
    }
    for w in after.iter().take(2) {
        match nouns::noun(w) {
            Some(f) if f.plural => return Counted::Noun(head(w)),
            Some(_) => continue,
            None => break,
        }
    }
    Counted::Label
}

/// Whether a word is a verb form that can carry a clause's event: a past
/// form (`escaped`, `sank`) or a present participle of a WordNet verb
/// (`killing`, `carrying`).
fn is_verb_form(w: &str) -> bool {
    event_words::is_past_form(w) || w.ends_with("ing") && wordnet::verb_lemma(w).is_some_and(|l| l != w)
}

/// The event key of a verb form, unless it is a light verb (`left`,
/// `came`, `took`) that names no event without its object.
fn event_of(w: &str) -> Option<String> {
    let key = event_words::event_key(w);
    (!lx::is(C::LightVerb, &key)).then_some(key)
}

/// The event a counted figure takes part in: the verb after its noun, past
/// auxiliaries, negators and adverbs (`12 inmates escaped`, `14 workers had
/// died`), else the verb right before it (`rescued 40 passengers`). `None`
/// when the clause has no such verb, or only a light one.
fn predicate(before: &[String], after: &[String]) -> Option<String> {
    let skip = |w: &&String| lx::is(C::Auxiliary, w) || lx::is(C::Negator, w) || w.ends_with("ly");
    if let Some(w) = after.iter().take(4).find(|w| !skip(w))
        && is_verb_form(w)
    {
        return event_of(w);
    }
    let w = before
        .iter()
        .rev()
        .take(3)
        .find(|w| !lx::is(C::Article, w) && !lx::is(C::FigureDeterminer, w))?;
    is_verb_form(w).then(|| event_of(w)).flatten()
}

/// Whether a count opens with `the` or a possessive determiner (`the two
/// countries`, `our two countries`, `their 11 children`): a definite group
/// the text refers back to, not a count it states. A possessive noun stays a
/// count (`the plant's 140 employees`).
fn restated(before: &[String]) -> bool {
    before
        .last()
        .is_some_and(|w| w == "the" || lx::is(C::PossessiveDeterminer, w))
}

/// Whether a figure is glued to other digits by a hyphen, slash, comma or
/// point with a space (`2008-09`, `2, 000`, `6. 1`): a piece of a larger
/// figure or a range read apart, which says nothing on its own.
fn glued(text: &str, span: Span) -> bool {
    let figure = span.text(text);
    let before = text.get(..span.start).unwrap_or("");
    let after = text.get(span.end..).unwrap_or("");
    let mut back = before.chars().rev();
    let glued_before = figure.starts_with(|c: char| c.is_ascii_digit())
        && match back.next() {
            Some('-' | '/' | '–') => back.next().is_some_and(|c| c.is_ascii_digit()),
            Some(' ') => matches!(back.next(), Some(',' | '.')) && back.next().is_some_and(|c| c.is_ascii_digit()),
            _ => false,
        };
    let mut ahead = after.chars();
    let glued_after = figure.ends_with(|c: char| c.is_ascii_digit())
        && matches!(ahead.next(), Some(',' | '.'))
        && ahead.next() == Some(' ')
        && ahead.next().is_some_and(|c| c.is_ascii_digit());
    glued_before || glued_after
}

/// The text after a figure without a parenthesis that opens it.
fn skip_parenthesis(after: &str) -> &str {
    let t = after.trim_start();
    match t.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((_, rest)) => rest,
        None => after,
    }
}

/// Digits or a small number word: what stands before `of` in a partitive.
fn is_number_word(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit()) || lx::is(C::PartitiveCount, w)
}

/// Extracts the quantity claims of an article.
pub fn figure_claims(text: &str, analysis: &Analysis) -> Vec<Claim> {
    let mut out = Vec::new();
    for v in &analysis.values {
        let Some(claim) = claim(text, analysis, v) else {
            continue;
        };
        out.push(claim);
    }
    out
}

fn claim(text: &str, analysis: &Analysis, v: &Value) -> Option<Claim> {
    let ValueKind::Quantity { unit, lo, hi, counted } = &v.kind else {
        return None;
    };
    let sentence = analysis
        .sentence_of(v.span)
        .map(|i| analysis.sentences[i])
        .unwrap_or(Span::new(
            ceil_char_boundary(text, v.span.start.saturating_sub(80)),
            floor_char_boundary(text, v.span.end + 80),
        ));
    // Only the words next to the figure count: read those, not the whole
    // sentence, or a list of thousands of figures takes quadratic time.
    let before_text = text.get(sentence.start..v.span.start)?;
    let after_text = text.get(v.span.end..sentence.end)?;
    let mut before: Vec<String> = word_iter(before_text).rev().take(5).collect();
    before.reverse();
    let after: Vec<String> = word_iter(after_text).take(3).collect();
    // What a figure measures sits in its own clause; a parenthesis after it
    // is a conversion (`20 km (12 miles) from`). `measured` reads at most
    // five words back and four ahead, or ahead the run of words naming
    // where a distance is from.
    let mut clause_before: Vec<String> = clause_words_rev(before_text).take(5).collect();
    clause_before.reverse();
    let mut ahead = clause_words(skip_parenthesis(after_text));
    let mut clause_after: Vec<String> = ahead.by_ref().take(4).collect();
    if matches!(clause_after.first().map(String::as_str), Some("from" | "away")) {
        let fits = |w: &String| lx::is(C::Article, w) || w == "from" || content(w);
        if clause_after[1..].iter().all(fits) {
            for w in ahead {
                let more = fits(&w);
                clause_after.push(w);
                if !more {
                    break;
                }
            }
        }
    }
    // The outcome word nearest the figure: just before (`killing 14`) or
    // just after (`14 were killed`, `14 dead`).
    let near_before = before.iter().rev().take(3).find_map(|w| lx::outcome(w));
    let near_after = after.iter().take(3).find_map(|w| lx::outcome(w));
    if glued(text, v.span) || unit == "count" && restated(&before) {
        return None;
    }
    let one = *lo == 1.0 && *hi == 1.0;
    // The counted noun, unless it is too vague to tell groups apart.
    let noun = match counted.as_deref().map(|c| counted_noun(c, &after, one)) {
        Some(Counted::Label) => return None,
        Some(Counted::Noun(n)) => Some(n),
        None => None,
    };
    let noun = noun
        .filter(|n| !lx::is(C::Vague, n) && !lx::is(C::Vague, &format!("{n}s")))
        // A noun, not an ordinal or compound modifier (`17th-century`, `full-time`).
        .filter(|n| n.len() >= 3 && n.chars().all(char::is_alphabetic));
    // `61 staff` and `500 guests` evacuated are two groups; `14 people`
    // killed is the death toll.
    // `nine of the 12 defendants`, `11 of the city's 15 wards`: the second
    // figure is the whole, not a figure for the same group.
    let recent: Vec<&str> = before.iter().rev().take(5).map(String::as_str).collect();
    let total = recent
        .iter()
        .position(|w| *w == "of")
        .is_some_and(|at| recent.get(at + 1).is_some_and(|w| is_number_word(w)));
    // What the clause says of the counted group; a whole has none of its own.
    let event = if total {
        None
    } else {
        predicate(&clause_before, &clause_after)
    };
    let mut property = match (near_before.or(near_after), noun) {
        (Some(class), Some(noun)) => format!("{class}:{noun}"),
        (Some(class), None) => class.to_string(),
        // A count of a noun is about what the clause says of them:
        // `twelve inmates escaped` and `nine inmates still at large` count
        // different groups.
        (None, Some(noun)) => match event {
            Some(event) => format!("{noun}/{event}"),
            None => noun,
        },
        // Money, shares and durations say what they measure with a noun
        // next to them; without one, no claim rather than a guess.
        (None, None) => {
            let what = measured(&clause_before, &clause_after)?;
            // A part of a group (`23 of them`, `three of the Somalis`) is
            // the part the clause says something of, like a counted noun.
            match event {
                Some(event) if unit == "count" && what.starts_with("of:") => format!("{what}/{event}"),
                _ => what,
            }
        }
    };
    // A tally of periods or repeated acts (`11 seasons`, `two touchdowns`,
    // `178 punches`) is someone's record over a window the articles rarely
    // share: compared only between figures about one named subject.
    if unit == "count"
        && counted
            .as_deref()
            .and_then(nouns::noun)
            .is_some_and(|f| matches!(f.kind, NounKind::Time | NounKind::Happening))
        && near_before.or(near_after).is_none()
    {
        property.insert_str(0, "record:");
    }
    if total {
        property.push_str(":total");
    }
    // A change, before the figure (`rose to 17`) or in its clause after it
    // (`17 workers have now died`): a running count at another moment.
    let updated = before.iter().rev().take(3).any(|w| lx::is(C::UpdateVerb, w))
        || clause_after.iter().take(4).any(|w| lx::is(C::UpdateVerb, w));
    let subject = subject_before(text, analysis, sentence.start, v.span.start);
    Some(Claim {
        key: format!("{property}|{unit}"),
        span: v.span,
        fact: Fact::Range { lo: *lo, hi: *hi },
        updated,
        subject,
    })
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
        (Fact::Range { lo: la, hi: ha }, Fact::Range { lo: lb, hi: hb }) => {
            // A rounding tolerance from the finite bounds: an open end
            // (`at least 15` = [15, ∞)) must not make it infinite.
            let scale = [*la, *ha, *lb, *hb]
                .into_iter()
                .filter(|x| x.is_finite())
                .fold(1.0_f64, |m, x| m.max(x.abs()));
            let eps = 1e-9 * scale;
            *la <= hb + eps && *lb <= ha + eps
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
    use super::*;

    fn claims(text: &str) -> Vec<(String, String)> {
        let a = crate::analysis::analyze(text);
        figure_claims(text, &a)
            .into_iter()
            .map(|c| (c.key, c.span.text(text).to_string()))
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
            c.iter().any(|(k, t)| k == "carriage|count" && t.contains("carriages")),
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
        let mk = |lo, hi| Fact::Range { lo, hi };
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
                        Fact::Place { mention } => Fact::Place {
                            mention: mention - k * mentions,
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

    #[test]
    fn singulars() {
        assert_eq!(singular("carriages"), "carriage");
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("bus"), "bus");
    }
}
