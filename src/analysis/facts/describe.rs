//! Claims in a reader's words, for the findings that set two of them side
//! by side: what a claim is about (`Carriages that left the tracks`, `Dead`,
//! `Day of the derailment`, `Did Lena Brandt attend the party`) and the
//! value it gives (`6`, `more than 126,000`, `Sunday`, `10:40`, `near
//! Huaral`, `no`).
//!
//! The phrase is built from the typed key (`key::ClaimKey`), which keeps
//! lemmas: WordNet gives the words a reader would use for them (the noun
//! naming an event, a verb's participle, a noun's plural). Where the article's
//! own words say more than a lemma, they are used: the counted noun as
//! written, an event noun (`the quake`), the phrase a light verb makes with
//! its object (`left the tracks`, `Claim::words`).

use super::claims::{Claim, Fact};
use super::event_words;
use super::key::{Aspect, ClaimKey, EventRef, Measure, Predicate, What};
use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::values::{Hedge, ValueKind};
use crate::analysis::wordnet::{self, nouns};
use crate::analysis::{Analysis, Span};

/// What a claim is about, as a reviewer would name it, capitalised:
/// `Carriages that left the tracks`, `Dead`, `Day of the derailment`.
pub fn property(claim: &Claim, text: &str, analysis: &Analysis) -> String {
    let words = claim.words.map(|s| s.text(text).trim().to_string());
    let subject = claim
        .subject
        .and_then(|i| analysis.mentions.get(i))
        .map(|m| m.name.as_str());
    let phrase = match &claim.key {
        ClaimKey::Figure { measure, unit } => {
            let counted = counted(claim.span, analysis);
            figure(measure, unit, counted.as_deref(), words.as_deref(), subject)
        }
        ClaimKey::Event { aspect, event } => self::event(*aspect, event, words.as_deref()),
        ClaimKey::Did { verb, object } => {
            let object = words.map_or_else(|| event_noun(object), |w| w.to_lowercase());
            format!("did {} {verb} the {object}", subject.unwrap_or("they"))
        }
    };
    capitalised(&phrase)
}

/// The value a claim gives, as a reviewer would quote it: a count as a
/// number (`6` for `Six carriages`), other figures as written without the
/// counted noun (`more than 126,000`, `$2.1 billion`, `38 per cent`), a day
/// or a place as written (`Sunday`, `near Huaral`), a clock time on the
/// 24-hour clock (`13:30`), and `yes` or `no` for whether someone did it.
pub fn value(claim: &Claim, text: &str, analysis: &Analysis) -> String {
    let written = claim.span.text(text).trim();
    match &claim.fact {
        Fact::Range { lo, hi, .. } => {
            let unit = match &claim.key {
                ClaimKey::Figure { unit, .. } => unit.as_str(),
                _ => "",
            };
            figure_value(claim.span, written, analysis, unit, (*lo, *hi))
        }
        Fact::Time { .. } => claim.fact.to_string(),
        Fact::Polarity(yes) => (if *yes { "yes" } else { "no" }).to_string(),
        Fact::Day(_) | Fact::Place { .. } => written.to_string(),
    }
}

/// What kind of value a fact is, for `the same …`: `figure`, `date`,
/// `year`, `time`, `place` or `action`.
pub fn kind(fact: &Fact) -> &'static str {
    match fact {
        Fact::Range { .. } => "figure",
        Fact::Day(d) if d.month.is_none() && d.day.is_none() && d.weekday.is_none() => "year",
        Fact::Day(_) => "date",
        Fact::Time { .. } => "time",
        Fact::Place { .. } => "place",
        Fact::Polarity(_) => "action",
    }
}

/// The noun a count counts, as written and lowercased (`carriages`).
fn counted(span: Span, analysis: &Analysis) -> Option<String> {
    let v = analysis.values_within(span.start, span.end).find(|v| v.span == span)?;
    match &v.kind {
        ValueKind::Quantity { counted: Some(c), .. } => Some(c.to_lowercase()),
        _ => None,
    }
}

/// A figure's property: `carriages that left the tracks`, `dead`,
/// `passengers dead`, `inmates escaped`, `wards in all`, `games won by
/// Marcus Hale`, `time in prison`, `age of the swede`, `liability`.
fn figure(measure: &Measure, unit: &str, counted: Option<&str>, words: Option<&str>, subject: Option<&str>) -> String {
    // The noun as the article writes it, else the key's lemma in the plural.
    let plural = |lemma: &str| match counted {
        Some(c) if c.chars().all(char::is_alphabetic) && lx::outcome(c).is_none() => c.to_string(),
        _ => plural(lemma),
    };
    let mut phrase = match &measure.what {
        What::Outcome { class, noun: None } if unit == "age" => format!("age of the {class}"),
        What::Outcome { class, noun: None } => (*class).to_string(),
        What::Outcome { class, noun: Some(n) } => format!("{} {class}", plural(n)),
        What::Noun(n) => match (&measure.event, words) {
            (Some(Predicate::Verb(v)), _) => format!("{} {}", plural(n), participle(v)),
            (Some(Predicate::Light), Some(w)) => format!("{} that {w}", plural(n)),
            _ => plural(n),
        },
        What::Of(n) => {
            // The noun as written: `liabilities`, `the Swede`.
            let n = words.unwrap_or(n);
            // A size, in its dimension's base unit, names the dimension
            // unless the noun does (`temperatures`).
            let dimension = match unit {
                "m" => "length",
                "m²" => "area",
                "kg" => "weight",
                "m/s" => "speed",
                "°C" => "temperature",
                "l" => "volume",
                _ => "",
            };
            let n = n.to_lowercase();
            match unit {
                "s" => format!("time in {n}"),
                "age" => format!("age of the {n}"),
                _ if dimension.is_empty() || n.starts_with(dimension) => n,
                _ => format!("{dimension} of the {n}"),
            }
        }
        What::Extent { extent, of } => format!("{extent} of the {of}"),
        What::From(n) => format!("distance from the {}", words.unwrap_or(n)),
    };
    if measure.total {
        phrase.push_str(" in all");
    }
    if let (true, Some(s)) = (measure.record, subject) {
        phrase = format!("{phrase} by {s}");
    }
    phrase
}

/// A figure as a reviewer quotes it (see [`value`]).
fn figure_value(span: Span, written: &str, analysis: &Analysis, unit: &str, (lo, hi): (f64, f64)) -> String {
    let v = analysis.values_within(span.start, span.end).find(|v| v.span == span);
    // The counted noun goes: the property names it.
    let mut bare = written;
    if let Some(ValueKind::Quantity { counted: Some(c), .. }) = v.map(|v| &v.kind)
        && let Some(rest) = written.strip_suffix(c.as_str())
        && !rest.trim().is_empty()
    {
        bare = rest.trim_end_matches([' ', '-']);
    }
    let exact = v.is_none_or(|v| v.hedge == Hedge::Exact) && lo == hi && lo.is_finite();
    let counts = unit == "count" || unit == "age";
    if exact && counts && (unit == "age" || !bare.contains(|c: char| c.is_ascii_digit())) {
        return number(lo);
    }
    // `More than 126,000` opens a sentence; `more than 126,000` quotes it.
    let mut chars = bare.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => {
            first.to_lowercase().chain(bare[first.len_utf8()..].chars()).collect()
        }
        _ => bare.to_string(),
    }
}

/// A number as news copy writes it: `6`, `1,500`, `2.5`.
fn number(x: f64) -> String {
    if x.fract() != 0.0 || x.abs() >= 1e15 {
        return x.to_string();
    }
    let digits = format!("{}", x.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if x < 0.0 { format!("-{out}") } else { out }
}

/// An event aspect's property: `day of the derailment`, `time of the
/// quake`, `time the eruption began`, `place of the car`.
fn event(aspect: Aspect, event: &EventRef, words: Option<&str>) -> String {
    let aspect_word = match aspect {
        Aspect::Year => "year",
        Aspect::Day => "day",
        Aspect::Time => "time",
        Aspect::Place { .. } => "place",
    };
    match event {
        EventRef::Word { key, subject: None } => {
            // An event noun as written (`the quake`), else the key's noun.
            let noun = words
                .map(str::to_lowercase)
                .filter(|w| !event_words::is_past_form(w) && event_words::is_event_noun(w))
                .unwrap_or_else(|| event_noun(key));
            format!("{aspect_word} of the {noun}")
        }
        EventRef::Word { key, subject: Some(s) } => {
            let subject = subject_phrase(s);
            if lx::is(C::ObjectLightVerb, key) {
                // `took place`, `made landfall`: the subject is what happened.
                return format!("{aspect_word} of {subject}");
            }
            let verb = words.map_or_else(|| past(key), str::to_lowercase);
            let relative = if matches!(aspect, Aspect::Place { .. }) {
                " where"
            } else {
                ""
            };
            format!("{aspect_word}{relative} {subject} {verb}")
        }
        EventRef::Lede => match words {
            Some(w) => format!("{aspect_word} of the main event ({})", w.to_lowercase()),
            None => format!("{aspect_word} of the main event"),
        },
        EventRef::Subject(s) => match words {
            Some(w) => format!("{aspect_word} of the {}", w.to_lowercase()),
            None => format!("{aspect_word} of {}", subject_phrase(s)),
        },
    }
}

/// A subject key in words: `the eruption` (an event's key), `the car`, or a
/// name that WordNet does not know as a noun, capitalised (`Delia`).
fn subject_phrase(key: &str) -> String {
    if let Some(noun) = event_words::event_noun(key) {
        return format!("the {noun}");
    }
    if nouns::noun(key).is_some() {
        return format!("the {key}");
    }
    capitalised(key)
}

/// The noun naming the event of a key: WordNet's (see
/// `event_words::event_noun`), else the key's `-ing` form; an event
/// known only by its WordNet sense is `event`.
fn event_noun(key: &str) -> String {
    if let Some(noun) = event_words::event_noun(key) {
        return noun.to_string();
    }
    if key.contains(|c: char| c.is_ascii_digit()) {
        return "event".to_string();
    }
    if nouns::noun(key).is_some() || wordnet::verb_senses(key).is_empty() {
        return key.to_string();
    }
    gerund(key)
}

/// The inflected forms of a verb WordNet lists for its past
/// (`began`, `begun`), without its `-ing` and `-s` forms.
fn past_forms(lemma: &str) -> impl Iterator<Item = &'static str> + '_ {
    wordnet::verb_exceptions(lemma)
        .iter()
        .copied()
        .filter(move |f| *f != lemma && !f.ends_with("ing") && (lemma.ends_with('s') || !f.ends_with('s')))
}

/// How much a past form looks like a participle: `begun`, `sunk` (a `u`),
/// then `taken`, `won` (a final `n`).
fn participle_score(form: &str) -> (u8, std::cmp::Reverse<usize>, &str) {
    let score = if form.contains('u') {
        2
    } else if form.ends_with('n') {
        1
    } else {
        0
    };
    (score, std::cmp::Reverse(form.len()), form)
}

/// The past participle of a verb: `escaped`, `buried`, `won`, `thrown`,
/// `sunk`, `hit`.
fn participle(lemma: &str) -> String {
    past_forms(lemma)
        .max_by_key(|f| participle_score(f))
        .map_or_else(|| regular_past(lemma), str::to_string)
}

/// The simple past of a verb: `began`, `took`, `opened`, `put`.
fn past(lemma: &str) -> String {
    past_forms(lemma)
        .min_by_key(|f| participle_score(f))
        .map_or_else(|| regular_past(lemma), str::to_string)
}

/// The past of a verb WordNet lists no past form for: `derailed`,
/// `carried`; `hit` for a verb that doubles its consonant (`hitting`) but
/// lists no `-ed` form.
fn regular_past(lemma: &str) -> String {
    let doubled = wordnet::verb_exceptions(lemma).iter().any(|f| {
        f.strip_suffix("ing")
            .and_then(|stem| stem.strip_prefix(lemma))
            .is_some_and(|extra| extra.len() == 1)
    });
    if doubled {
        return lemma.to_string();
    }
    let b = lemma.as_bytes();
    if lemma.ends_with('e') {
        format!("{lemma}d")
    } else if b.len() > 1 && b[b.len() - 1] == b'y' && !b"aeiou".contains(&b[b.len() - 2]) {
        format!("{}ied", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ed")
    }
}

/// The `-ing` form of a verb: `capsizing`, `stopping`, `dying`.
fn gerund(lemma: &str) -> String {
    if let Some(form) = wordnet::verb_exceptions(lemma).iter().find(|f| f.ends_with("ing")) {
        return (*form).to_string();
    }
    if let Some(stem) = lemma.strip_suffix("ie") {
        return format!("{stem}ying");
    }
    match lemma.strip_suffix('e') {
        Some(stem) if !stem.ends_with(['e', 'o', 'y']) && !stem.is_empty() => format!("{stem}ing"),
        _ => format!("{lemma}ing"),
    }
}

/// The plural of a noun lemma: `carriages`, `casualties`, `buses`, `men`.
fn plural(lemma: &str) -> String {
    if let Some(p) = lx::irregular_plural(lemma) {
        return p.to_string();
    }
    let b = lemma.as_bytes();
    if b.len() > 1 && b[b.len() - 1] == b'y' && !b"aeiou".contains(&b[b.len() - 2]) {
        return format!("{}ies", &lemma[..lemma.len() - 1]);
    }
    if ["s", "x", "z", "ch", "sh"].iter().any(|e| lemma.ends_with(e)) {
        return format!("{lemma}es");
    }
    format!("{lemma}s")
}

/// `dead` → `Dead`.
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::{events::event_claims, figures::figure_claims};
    use super::*;

    /// Each claim of a text as `property: value`, in text order.
    fn described(text: &str) -> Vec<String> {
        let analysis = crate::analysis::analyze(text);
        let mut claims = figure_claims(text, &analysis);
        claims.extend(event_claims(text, &analysis));
        claims.sort_by_key(|c| c.span.start);
        claims
            .iter()
            .map(|c| format!("{}: {}", property(c, text, &analysis), value(c, text, &analysis)))
            .collect()
    }

    #[test]
    fn verbs_inflect_for_wording() {
        assert_eq!(participle("escape"), "escaped");
        assert_eq!(participle("bury"), "buried");
        assert_eq!(participle("win"), "won");
        assert_eq!(participle("throw"), "thrown");
        assert_eq!(participle("sink"), "sunk");
        assert_eq!(participle("hit"), "hit");
        assert_eq!(past("begin"), "began");
        assert_eq!(past("take"), "took");
        assert_eq!(past("open"), "opened");
        assert_eq!(past("put"), "put");
        assert_eq!(gerund("capsize"), "capsizing");
        assert_eq!(gerund("die"), "dying");
        assert_eq!(plural("carriage"), "carriages");
        assert_eq!(plural("casualty"), "casualties");
        assert_eq!(plural("bus"), "buses");
        assert_eq!(plural("man"), "men");
        assert_eq!(number(126_000.0), "126,000");
        assert_eq!(number(6.0), "6");
        assert_eq!(number(2.5), "2.5");
    }

    #[test]
    fn claims_read_as_a_reviewer_writes_them() {
        let d = described(
            "The train derailed near Naivasha on Sunday. Six carriages left the tracks. \
             The ferry capsized off Mwanza, killing 41 passengers. More than 126,000 people were evacuated. \
             Twelve inmates escaped through a tunnel. The quake struck at 4:10 a.m. \
             Senator Lena Brandt did not attend the fundraiser in Denver.",
        );
        for want in [
            "Day of the derailment: Sunday",
            "Place of the derailment: near Naivasha",
            "Carriages that left the tracks: 6",
            "Passengers dead: 41",
            "Evacuated: more than 126,000",
            "Inmates escaped: 12",
            "Did Lena Brandt attend the fundraiser: no",
        ] {
            assert!(d.iter().any(|x| x == want), "{want}: {d:#?}");
        }
    }
}
