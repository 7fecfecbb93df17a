//! Quantity claims: what a figure measures, read from the words around it
//! (see `claims` for the claim types and how two are compared).
//!
//! A figure's property is an outcome class (`killing 14 people` → dead),
//! else the noun it counts with what its clause says of it (`twelve inmates
//! escaped`), else the noun a money figure, share or duration is of (`$2.1
//! billion in liabilities`). English number agreement tells a count from a
//! label (`six carriages` / `the 12000 block`); WordNet's nouns fold plurals
//! and synonyms. Precision comes first: a figure whose property is vague
//! (`14 people` with no outcome word) makes no claim.

use super::claims::{Claim, Fact, subject_before, word_iter};
use super::event_words;
use super::key::{ClaimKey, Measure, Predicate, What};
use super::sizes;

mod wording;
use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{ceil_char_boundary, floor_char_boundary};
use crate::analysis::values::{Value, ValueKind};
use crate::analysis::wordnet;
use crate::analysis::wordnet::nouns::{self, NounKind};
use crate::analysis::{Analysis, Span};
use wording::{light_phrase, written_noun};

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
pub(super) fn singular(noun: &str) -> String {
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
pub(super) fn content(w: &str) -> bool {
    w.len() >= 3
        && w.chars().all(char::is_alphabetic)
        && !lx::is(C::MeasureStop, w)
        && !is_verb_form(w)
        && nouns::noun(w).is_some()
}

/// A noun in a noun phrase: a content word, or a noun in `-ing` that names
/// a thing (`the fishing harbour`, `a terminal building`).
pub(super) fn nominal(w: &str) -> bool {
    content(w) || w.ends_with("ing") && !lx::is(C::MeasureStop, w) && nouns::noun(w).is_some()
}

/// What a money figure, share or duration measures: the noun it modifies
/// (`a $15 million ransom`), the noun after `of`/`in` (`$2.1 billion in
/// debts`, `38 per cent of the vote`), or the noun it is `of` (`debts of
/// $2.1 billion`). The words must sit right next to the figure.
fn measured(before: &[String], after: &[String]) -> Option<What> {
    let noun = noun_after(after, true);
    if noun.is_none()
        && let Some(from) = distance_from(after)
    {
        return from;
    }
    Some(What::Of(singular(noun.or_else(|| noun_before(before))?)))
}

/// The noun right after a figure, or within three words after `of` (and
/// after `in` when `in_too`: `$2.1 billion in debts`, not `40C in Seville`).
pub(super) fn noun_after(after: &[String], in_too: bool) -> Option<&str> {
    match after.first().map(String::as_str) {
        Some("of") => after.iter().skip(1).take(3).map(String::as_str).find(|w| content(w)),
        Some("in") if in_too => after.iter().skip(1).take(3).map(String::as_str).find(|w| content(w)),
        Some(w) if content(w) => Some(w),
        _ => None,
    }
}

/// `35 km from the eruption site`, `24km north of the city`: a figure
/// followed by `from`, `away` or a direction is a distance, from the place
/// named after it (`Some(None)` when none is: `north of Detroit`); `None`
/// when no such word follows.
pub(super) fn distance_from(after: &[String]) -> Option<Option<What>> {
    let first = after.first()?;
    let bearing = lx::is(C::Bearing, first);
    if !(matches!(first.as_str(), "from" | "away") || bearing) {
        return None;
    }
    // After a direction only a common noun names the place (`of the port`):
    // things north of one city are many (`north of Detroit`).
    let of = usize::from(after.get(1).is_some_and(|w| matches!(w.as_str(), "of" | "from")));
    if bearing && !after.get(1 + of).is_some_and(|w| lx::is(C::Article, w)) {
        return Some(None);
    }
    let np: Vec<&str> = after
        .iter()
        .skip(1)
        .map(String::as_str)
        .skip_while(|w| lx::is(C::Article, w) || matches!(*w, "from" | "of"))
        .take_while(|w| nominal(w))
        .collect();
    Some(np.last().map(|w| What::From(singular(w))))
}

/// The noun a figure is `of` (`debts of $2.1 billion`), or the clause's
/// subject when it is one noun before a linking verb (`Turnout was 31 per
/// cent`, `turnout reached 38 per cent`, `the tunnel was 30 metres long`).
pub(super) fn noun_before(before: &[String]) -> Option<&str> {
    match before.iter().rev().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["of", w, ..] if content(w) => Some(*w),
        [verb, w] | ["at" | "to", verb, w] if lx::is(C::LinkingVerb, verb) && content(w) => Some(*w),
        [verb, w, d] | ["at" | "to", verb, w, d]
            if lx::is(C::FigureDeterminer, d) && lx::is(C::LinkingVerb, verb) && content(w) =>
        {
            Some(*w)
        }
        _ => None,
    }
}

/// What the word after a figure makes of it.
#[derive(Debug, PartialEq)]
enum Counted {
    /// The noun it counts, as the form its synonyms meet on, with what
    /// WordNet's first sense says it is (`None` for a word WordNet lacks).
    Noun { key: String, kind: Option<NounKind> },
    /// No noun: the word after the figure is not one.
    Nothing,
    /// No count: a label or a modifier (`the 12000 block`, `a 6 quake`,
    /// `the 357 caliber`).
    Label,
}

impl Counted {
    /// A noun WordNet knows, keyed by its synonym head; a vague one stays
    /// itself (`countries` → `country`, which the caller drops), not a
    /// synonym that hides it (`state`).
    fn of(f: nouns::NounForm) -> Counted {
        let key = if lx::is(C::Vague, f.lemma) {
            f.lemma
        } else {
            nouns::synonym_head(f)
        };
        Counted::Noun {
            key: key.to_string(),
            kind: Some(f.kind),
        }
    }
}

/// The noun a figure counts, by English number agreement: a number other
/// than one takes a plural noun (`six carriages`) or a collective one
/// (`300 people`, `9,000 staff`). A singular noun after it is a modifier
/// of a plural head that follows (`two fire trucks`, `548 rushing yards`),
/// else the figure is a label, not a count (`the 12000 block`, `a 6 quake`).
/// A word WordNet does not know as a noun modifies the noun after it (`17
/// new cases`), else stands for its group itself (`seven critical`); a
/// function word (`112 not out`) counts nothing. A part of a group named
/// before (`11 of them`) is a subset, no count.
fn counted_noun(word: &str, after: &[String], one: bool) -> Counted {
    if word.starts_with("of ") {
        return Counted::Label;
    }
    let Some(form) = nouns::noun(word) else {
        if lx::is(C::MeasureStop, word) || lx::is(C::Negator, word) {
            return Counted::Nothing;
        }
        return match after.first().and_then(|w| nouns::noun(w)).filter(|f| one || f.plural) {
            Some(f) => Counted::of(f),
            None => Counted::Noun {
                key: singular(word),
                kind: None,
            },
        };
    };
    if one || form.plural || form.kind == NounKind::Group {
        return Counted::of(form);
    }
    for w in after.iter().take(2) {
        match nouns::noun(w) {
            Some(f) if f.plural => return Counted::of(f),
            Some(_) => continue,
            None => break,
        }
    }
    Counted::Label
}

/// Whether a word is a verb form that can carry a clause's event: a past
/// form (`escaped`, `sank`) or a present participle of a WordNet verb
/// (`killing`, `carrying`).
pub(super) fn is_verb_form(w: &str) -> bool {
    event_words::is_past_form(w) || w.ends_with("ing") && wordnet::verb_lemma(w).is_some_and(|l| l != w)
}

/// The event key of a verb form; a light verb (`left`, `came`, `took`)
/// names no event without its object.
pub(super) fn event_of(w: &str) -> Predicate {
    let key = event_words::event_key(w);
    if lx::is(C::LightVerb, &key) {
        return Predicate::Light;
    }
    Predicate::Verb(key)
}

/// The event a counted figure takes part in: the verb after its noun, past
/// auxiliaries, negators and adverbs (`12 inmates escaped`, `14 workers had
/// died`), else the verb right before it (`rescued 40 passengers`). `None`
/// when the clause has no such verb.
fn predicate(before: &[String], after: &[String]) -> Option<Predicate> {
    let skip = |w: &&String| lx::is(C::Auxiliary, w) || lx::is(C::Negator, w) || w.ends_with("ly");
    if let Some(w) = after.iter().take(4).find(|w| !skip(w))
        && is_verb_form(w)
    {
        return Some(event_of(w));
    }
    let w = before
        .iter()
        .rev()
        .take(3)
        .find(|w| !lx::is(C::Article, w) && !lx::is(C::FigureDeterminer, w))?;
    is_verb_form(w).then(|| event_of(w))
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
pub(super) fn skip_parenthesis(after: &str) -> &str {
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

/// The words around a figure that say what it is: up to five before it
/// and three after it in its sentence, and the same within its clause.
pub(super) struct Around {
    pub(super) sentence: Span,
    before: Vec<String>,
    after: Vec<String>,
    pub(super) clause_before: Vec<String>,
    pub(super) clause_after: Vec<String>,
}

impl Around {
    fn of(text: &str, analysis: &Analysis, v: &Value) -> Option<Around> {
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
        if clause_after
            .first()
            .is_some_and(|w| matches!(w.as_str(), "from" | "away") || lx::is(C::Bearing, w))
        {
            let fits = |w: &String| lx::is(C::Article, w) || w == "from" || w == "of" || nominal(w);
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
        Some(Around {
            sentence,
            before,
            after,
            clause_before,
            clause_after,
        })
    }

    /// The outcome class of the word nearest the figure: just before
    /// (`killing 14`) or just after (`14 were killed`, `14 dead`). An
    /// outcome word after another figure is that figure's: in `27 cases
    /// and three deaths` the cases are not dead; one before a conjunction
    /// is the other conjunct's: in `15 died and more than 200 were
    /// injured` the 200 are injured.
    fn outcome(&self) -> Option<&'static str> {
        let same_conjunct = |w: &&String| !matches!(w.as_str(), "and" | "or" | "but");
        let no_figure = |w: &&String| !is_number_word(w) && !w.starts_with(|c: char| c.is_ascii_digit());
        let before = self.before.iter().rev().take(3).take_while(same_conjunct);
        let after = self.after.iter().take(3).take_while(no_figure);
        before.chain(after).find_map(|w| lx::outcome(w))
    }

    /// Whether the figure is the whole of a part just named: `nine of the 12
    /// defendants`, `11 of the city's 15 wards`.
    fn is_total(&self) -> bool {
        let recent: Vec<&str> = self.before.iter().rev().take(5).map(String::as_str).collect();
        recent
            .iter()
            .position(|w| *w == "of")
            .is_some_and(|at| recent.get(at + 1).is_some_and(|w| is_number_word(w)))
    }

    /// Whether a duration is the length of a window or of something still
    /// running when written (`after 12 hours of deliberation`, `the past
    /// eight days`; see `window_words.txt`): like a toll that rose, it
    /// gives the length at one moment, and reports from other moments
    /// differ without contradicting it.
    fn is_window(&self) -> bool {
        self.before.last().is_some_and(|w| lx::is(C::WindowWord, w))
    }

    /// Whether the figure is reported as a change, before it (`rose to 17`)
    /// or in its clause after it (`17 workers have now died`): a running
    /// count at another moment.
    /// A change verb before the figure reports it only through a
    /// preposition (`rose to 17`, `climbed by three to 17`): `the roof fell
    /// in, and six firefighters were hurt` reports no change.
    fn is_update(&self) -> bool {
        let recent: Vec<&str> = self.before.iter().rev().take(3).map(String::as_str).collect();
        let before = recent.iter().enumerate().any(|(i, w)| {
            lx::is(C::UpdateVerb, w)
                && (!is_verb_form(w) || recent[..i].iter().any(|p| matches!(*p, "to" | "by" | "at" | "from")))
        });
        before || self.clause_after.iter().take(4).any(|w| lx::is(C::UpdateVerb, w))
    }
}

fn claim(text: &str, analysis: &Analysis, v: &Value) -> Option<Claim> {
    let ValueKind::Quantity { unit, lo, hi, counted } = &v.kind else {
        return None;
    };
    let around = Around::of(text, analysis, v)?;
    if glued(text, v.span)
        || unit == "count" && restated(&around.before)
        || sizes::is_conversion(text, analysis, v.span)
    {
        return None;
    }
    // A figure of a physical dimension is read as a size, in its base unit.
    let (measure, key_unit, fact) = match lx::conversion(unit) {
        Some(c) => (
            sizes::measure(text, &around, v.span)?,
            c.base.to_string(),
            sizes::fact(v.hedge, unit, (*lo, *hi), c),
        ),
        None => {
            let one = *lo == 1.0 && *hi == 1.0;
            let fact = Fact::Range {
                lo: *lo,
                hi: *hi,
                written: None,
            };
            (property(&around, unit, counted.as_deref(), one)?, unit.clone(), fact)
        }
    };
    let words = match (&measure.what, &measure.event) {
        (_, Some(Predicate::Light)) => light_phrase(text, v.span.end, around.sentence.end),
        (What::Of(n) | What::From(n), _) => written_noun(text, around.sentence, v.span, n),
        _ => None,
    };
    Some(Claim {
        key: ClaimKey::Figure {
            measure,
            unit: key_unit,
        },
        span: v.span,
        fact,
        updated: around.is_update() || unit == "s" && around.is_window(),
        subject: subject_before(text, analysis, around.sentence.start, v.span.start),
        words,
        participants: Vec::new(),
    })
}

/// What a figure measures, or `None` when that is too vague to compare: an
/// outcome class (`killing 14` → `dead`), the counted noun with what its
/// clause says of it (`inmate/escape`), or the noun a money figure, share
/// or duration is of (`of:liability`). `record:` marks a tally (see
/// `Claim::needs_subject`), `:total` the whole of a part.
fn property(around: &Around, unit: &str, counted: Option<&str>, one: bool) -> Option<Measure> {
    // The counted noun, unless it is too vague to tell groups apart.
    let (noun, kind) = match counted.map(|c| counted_noun(c, &around.after, one)) {
        Some(Counted::Label) => return None,
        Some(Counted::Noun { key, kind }) => (Some(key), kind),
        Some(Counted::Nothing) | None => (None, None),
    };
    let noun = noun
        .filter(|n| !lx::is(C::Vague, n) && !lx::is(C::Vague, &format!("{n}s")))
        // A noun, not an ordinal or compound modifier (`17th-century`, `full-time`).
        .filter(|n| n.len() >= 3 && n.chars().all(char::is_alphabetic));
    let total = around.is_total();
    // What the clause says of the counted group; a whole has none of its own.
    let event = (!total)
        .then(|| predicate(&around.clause_before, &around.clause_after))
        .flatten();
    // The outcome word next to the figure, or the counted word itself
    // when it is not a plural noun (`17 dead`, but not `three bodies`
    // found, a part of the toll); it then names no other group.
    let own = counted
        .filter(|c| nouns::noun(c).is_none_or(|f| !f.plural))
        .and_then(lx::outcome);
    // Only a count is a toll, and an age beside it the age of the dead
    // (`died aged 78`): `two decades` or `150 metres` beside `killed`
    // measures something else.
    let outcome = around.outcome().or(own).filter(|_| matches!(unit, "count" | "age"));
    let noun = noun.filter(|_| own.is_none());
    // `61 staff` and `500 guests` evacuated are two groups; `14 people`
    // killed is the death toll. A count of a noun is about what the clause
    // says of them: `twelve inmates escaped` and `nine inmates still at
    // large` count different groups; so is a part of a group (`23 of them`,
    // `three of the Somalis`). Money, shares and durations say what they
    // measure with a noun next to them; without one, no claim rather than
    // a guess.
    let (what, event) = match (outcome, noun) {
        (Some(class), noun) => (What::Outcome { class, noun }, None),
        // A count of a noun is a claim about what its clause says of the
        // group; with no clause verb to say it (`Nine inmates still at
        // large`, `built for 340 inmates`, `104 balls`) there is nothing to
        // set it against. A whole (`the city's 15 wards`) is its own claim.
        (None, Some(noun)) if event.is_some() || total => (What::Noun(noun), event),
        (None, Some(_)) => return None,
        (None, None) => match measured(&around.clause_before, &around.clause_after)? {
            What::Of(x) if unit == "count" => (What::Of(x), event),
            what => (what, None),
        },
    };
    // A tally of periods or repeated acts (`11 seasons`, `two touchdowns`,
    // `178 punches`) is someone's record over a window the articles rarely
    // share: compared only between figures about one named subject.
    let tally = matches!(kind, Some(NounKind::Time | NounKind::Happening));
    Some(Measure {
        what,
        event,
        record: unit == "count" && tally && outcome.is_none(),
        total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn singulars() {
        assert_eq!(singular("carriages"), "carriage");
        assert_eq!(singular("casualties"), "casualty");
        assert_eq!(singular("bus"), "bus");
    }

    #[test]
    fn a_numeral_agrees_with_its_noun_or_labels_something() {
        let after = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
        let key = |c: Counted| match c {
            Counted::Noun { key, .. } => Some(key),
            _ => None,
        };
        assert_eq!(key(counted_noun("carriages", &[], false)), Some("carriage".into()));
        assert_eq!(key(counted_noun("staff", &[], false)), Some("staff".into()));
        assert_eq!(counted_noun("block", &after("of elm street"), false), Counted::Label);
        assert_eq!(
            key(counted_noun("fire", &after("trucks were"), false)),
            Some("truck".into())
        );
        assert_eq!(key(counted_noun("car", &[], true)), Some("car".into()));
        // What is counted is the head, not its modifier: fire trucks are
        // things, not a tally of fires.
        assert!(matches!(
            counted_noun("fire", &after("trucks were"), false),
            Counted::Noun {
                kind: Some(NounKind::Other),
                ..
            }
        ));
    }

    #[test]
    fn glued_pieces_of_figures() {
        let at = |text: &str, piece: &str| {
            let start = text.rfind(piece).unwrap();
            glued(text, Span::new(start, start + piece.len()))
        };
        assert!(at("the 2008-09 season", "09"));
        assert!(at("as many as 2, 000 people", "2"));
        assert!(at("as many as 2, 000 people", "000"));
        assert!(!at("killing 14 people, 3 of them children", "14 people"));
        assert!(!at("in 2008 the team", "2008"));
    }

    #[test]
    fn the_clause_verb_of_a_count() {
        let w = |s: &str| {
            s.split(' ')
                .filter(|x| !x.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        };
        let verb = |v: &str| Some(Predicate::Verb(v.into()));
        assert_eq!(predicate(&w(""), &w("escaped through a")), verb("escape"));
        assert_eq!(predicate(&w(""), &w("had died by")), verb("die"));
        assert_eq!(
            predicate(&w("coastguards rescued"), &w("from the water")),
            verb("rescue")
        );
        // A light verb names no event alone.
        assert_eq!(predicate(&w(""), &w("left the tracks")), Some(Predicate::Light));
        assert_eq!(predicate(&w("among"), &w("china japan")), None);
    }
}
