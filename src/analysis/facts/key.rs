//! The key claims meet on across articles: which property of what a claim
//! gives. Two claims are compared only when their keys are equal, so the key
//! says as much as the text tells of what a figure, date or place is about.
//!
//! Keys print as short readable strings (`dead|count`, `inmate/escape|count`,
//! `day:derail`, `place:near:sign`, `did:attend:gala`): fixtures, the
//! `claims` example and the findings' data show them that way.

use std::fmt;

/// What a claim gives a value for.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClaimKey {
    /// A figure: what it measures, in which unit (`count`, `USD`, `s`, `m`).
    Figure { measure: Measure, unit: String },
    /// When or where an event happened.
    Event { aspect: Aspect, event: EventRef },
    /// Whether a named subject did something (`did not attend the gala`):
    /// the verb's lemma and its object's head.
    Did { verb: String, object: String },
}

/// What a figure measures.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Measure {
    pub what: What,
    /// What its clause says of the counted group (`escape` for `twelve
    /// inmates escaped`), if it says anything.
    pub event: Option<Predicate>,
    /// A tally of periods or acts (`11 seasons`): a record, compared only
    /// for one named subject.
    pub record: bool,
    /// The whole of a part just named (`nine of the 12 defendants`).
    pub total: bool,
}

/// The verb a counted group's clause says of it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Predicate {
    /// An event verb's key (`escape`).
    Verb(String),
    /// A light verb whose phrase names the event (`left the tracks`,
    /// `came off the rails`): some event the text does not name in a word.
    /// Such counts of one noun meet each other, never a named event.
    Light,
}

impl fmt::Display for Predicate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Predicate::Verb(v) => f.write_str(v),
            Predicate::Light => f.write_str("~"),
        }
    }
}

/// The thing a figure is a number of.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum What {
    /// A casualty class (`dead`, `injured`, `missing`, `arrested`,
    /// `evacuated`), with the counted noun when there is one.
    Outcome { class: &'static str, noun: Option<String> },
    /// The counted noun, as the lemma its synonyms meet on (`carriage`).
    Noun(String),
    /// The noun a money figure, share, duration or part is of
    /// (`liability`, `vote`).
    Of(String),
    /// The place a distance is from (`site`).
    From(String),
    /// An extent of a thing other than its length (`depth` of a `tunnel`:
    /// `3 metres deep`); a length is `Of` the thing.
    Extent { extent: &'static str, of: String },
}

/// Which aspect of an event a claim gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Aspect {
    /// A bare year (`in 2019`).
    Year,
    /// A day, by date or weekday.
    Day,
    /// A clock time.
    Time,
    /// A place given after `near` (`near: true`) or `in`/`at`; only like
    /// prepositions compete.
    Place { near: bool },
}

/// The event a date or place belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EventRef {
    /// An event word's key (`derail`), with the head of its subject when the
    /// verb is too light to name an event alone (`begin` + `talk`).
    Word { key: String, subject: Option<String> },
    /// The common-noun subject of the sentence (`the bridge` … `in Asti`).
    Subject(String),
    /// The story's main event, as its lede tells it: every article of a
    /// cluster reports the same news in its first sentence, in its own
    /// words (`collapsed`, `plunged into the river`), so the events of two
    /// ledes are one event (see `events::Lede`).
    Lede,
}

impl ClaimKey {
    /// The key of an event aspect told by an event word.
    pub fn event(aspect: Aspect, key: impl Into<String>, subject: Option<String>) -> ClaimKey {
        ClaimKey::Event {
            aspect,
            event: EventRef::Word {
                key: key.into(),
                subject,
            },
        }
    }

    /// Whether claims on this key are compared only between claims about
    /// the same named subject: polarity, the year of a past event told by a
    /// verb alone (`founded in 1998`, which many events share), and records.
    pub fn needs_subject(&self) -> bool {
        match self {
            ClaimKey::Did { .. } => true,
            ClaimKey::Event {
                aspect: Aspect::Year,
                event: EventRef::Word { subject: None, .. } | EventRef::Subject(_),
            } => true,
            ClaimKey::Figure { measure, .. } => measure.record,
            ClaimKey::Event { .. } => false,
        }
    }

    /// The property in words, without the unit: `dead`, `inmate/escape`.
    pub fn property(&self) -> String {
        match self {
            ClaimKey::Figure { measure, .. } => measure.to_string(),
            other => other.to_string(),
        }
    }
}

impl fmt::Display for What {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            What::Outcome { class, noun: None } => write!(f, "{class}"),
            What::Outcome { class, noun: Some(n) } => write!(f, "{class}:{n}"),
            What::Noun(n) => write!(f, "{n}"),
            What::Of(n) => write!(f, "of:{n}"),
            What::From(n) => write!(f, "from:{n}"),
            What::Extent { extent, of } => write!(f, "{extent}:{of}"),
        }
    }
}

impl fmt::Display for Measure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.record {
            f.write_str("record:")?;
        }
        write!(f, "{}", self.what)?;
        if let Some(e) = &self.event {
            write!(f, "/{e}")?;
        }
        if self.total {
            f.write_str(":total")?;
        }
        Ok(())
    }
}

impl fmt::Display for EventRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventRef::Word { key, subject: None } => write!(f, "{key}"),
            EventRef::Word { key, subject: Some(s) } => write!(f, "{key}:{s}"),
            EventRef::Subject(s) => write!(f, "@{s}"),
            EventRef::Lede => f.write_str("lede"),
        }
    }
}

impl fmt::Display for ClaimKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClaimKey::Figure { measure, unit } => write!(f, "{measure}|{unit}"),
            ClaimKey::Event { aspect, event } => {
                let aspect = match aspect {
                    Aspect::Year => "year",
                    Aspect::Day => "day",
                    Aspect::Time => "time",
                    Aspect::Place { near: true } => "place:near",
                    Aspect::Place { near: false } => "place:in",
                };
                write!(f, "{aspect}:{event}")
            }
            ClaimKey::Did { verb, object } => write!(f, "did:{verb}:{object}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_print_as_readable_strings() {
        let figure = |what, event: Option<&str>, record, total| ClaimKey::Figure {
            measure: Measure {
                what,
                event: event.map(|e| Predicate::Verb(e.to_string())),
                record,
                total,
            },
            unit: "count".into(),
        };
        assert_eq!(
            figure(
                What::Outcome {
                    class: "dead",
                    noun: None
                },
                None,
                false,
                false
            )
            .to_string(),
            "dead|count"
        );
        assert_eq!(
            figure(What::Noun("inmate".into()), Some("escape"), false, false).to_string(),
            "inmate/escape|count"
        );
        assert_eq!(
            figure(What::Noun("game".into()), None, true, false).to_string(),
            "record:game|count"
        );
        assert_eq!(
            figure(What::Noun("ward".into()), None, false, true).to_string(),
            "ward:total|count"
        );
        let begin = ClaimKey::event(Aspect::Year, "begin", Some("talk".into()));
        assert_eq!(begin.to_string(), "year:begin:talk");
        assert!(!begin.needs_subject());
        assert!(ClaimKey::event(Aspect::Year, "found", None).needs_subject());
        assert_eq!(
            ClaimKey::Event {
                aspect: Aspect::Place { near: true },
                event: EventRef::Subject("bridge".into())
            }
            .to_string(),
            "place:near:@bridge"
        );
    }
}
