//! What the claim rules share: `conflicting-quantity`, `conflicting-date`,
//! `conflicting-place` and the polarity half of `conflicting-attribution`
//! all judge two claims filed under one key (`analysis::facts::claims`,
//! `events`) and report the same way.
//!
//! The workspace finds the candidates: per claim key it groups the
//! articles stating the same figures, leaves out keys some article reports
//! as updated (`rose to 17`), and for each group asks [`comparable`] and
//! [`holds`] of every pair of claims; when no pair holds, each of the
//! article's comparable claims gets one [`finding`].

use super::{About, Detail, EntityId, Finding, Related, Side, short_name};
use super::{Code, conflicting_attribution, conflicting_date, conflicting_place, conflicting_quantity};
use crate::analysis::facts::claims::{self, Claim, ClaimKey, Fact};
use crate::analysis::facts::describe;
use crate::analysis::facts::key::EventRef;
use crate::analysis::{Article, DocId};

/// One side of a comparison: a claim with what it is compared by.
pub struct Stated<'a> {
    pub claim: &'a Claim,
    /// What it states, comparable across articles: the fact's signature,
    /// or for a place the entity it names.
    pub fact: &'a str,
    /// The entity of the claim's named subject, if it has one.
    pub subject: Option<&'a EntityId>,
}

/// The code a conflict on this kind of fact is reported under.
pub fn code(fact: &Fact) -> Code {
    match fact {
        Fact::Range { .. } => Code::ConflictingQuantity,
        Fact::Day(_) | Fact::Time { .. } => Code::ConflictingDate,
        Fact::Place { .. } => Code::ConflictingPlace,
        Fact::Polarity(_) => Code::ConflictingAttribution,
    }
}

/// Whether two claims under one key speak of the same thing. Facts about
/// different named subjects are not comparable; polarity, and the year of
/// a past event told by a plain verb, need the same named subject on both
/// sides. Then the facts must share a granularity (a weekday and a year,
/// or times in different zones, cannot contradict each other).
pub fn comparable(here: &Stated, there: &Stated) -> bool {
    let subjects = match (here.subject, there.subject) {
        (Some(x), Some(y)) => x == y,
        _ => !here.claim.needs_subject(),
    };
    subjects && same_happening(here.claim, there.claim) && claims::comparable(&here.claim.fact, &there.claim.fact)
}

/// Whether two claims on the main event's key (`EventRef::Lede`) are
/// about one happening: their clauses share a participant (see
/// `Claim::participants`). Every report of one story leads with its news,
/// but a follow-up leads with a development (`two men were arrested on
/// Monday`), whose day is not the news event's; the participants tell
/// them apart. Claims on other keys pass.
fn same_happening(here: &Claim, there: &Claim) -> bool {
    let lede = matches!(
        here.key,
        ClaimKey::Event {
            event: EventRef::Lede,
            ..
        }
    );
    !lede || here.participants.iter().any(|p| there.participants.contains(p))
}

/// Whether two comparable claims can both hold, by the rule of their kind.
pub fn holds(here: &Stated, there: &Stated) -> bool {
    match code(&here.claim.fact) {
        Code::ConflictingPlace => conflicting_place::holds(here, there),
        Code::ConflictingDate => conflicting_date::holds(here, there),
        Code::ConflictingAttribution => conflicting_attribution::holds(here, there),
        _ => conflicting_quantity::holds(here, there),
    }
}

/// The finding on a claim `here` (in `article`, under `key`) that holds
/// with none of the claims `others` other articles state; `there` is the
/// claim it was compared with, in `there_article`, the first of `others`.
/// The message names what the claim is about and both values, as a
/// reviewer would (`Carriages that left the tracks: 6 here; 8 in
/// daily.txt`); the data keeps the key and the values as written.
pub fn finding(
    key: &ClaimKey,
    (article, here): (&Article, &Stated),
    (there_article, there): (&Article, &Stated),
    others: &[&DocId],
    related: Vec<Related>,
) -> Finding {
    let rule = code(&here.claim.fact).rule();
    let here_text = here.claim.span.text(&article.text);
    let there_text = there.claim.span.text(&there_article.text);
    let first = others.first().map_or("", |d| &***d);
    let words = |a: &Article, s: &Stated| describe::value(s.claim, &a.text, &a.analysis);
    Finding {
        doc: article.id.clone(),
        span: here.claim.span,
        code: rule.code,
        level: rule.level,
        message: format!(
            "{}: {} here; {} in {}{}",
            describe::property(here.claim, &article.text, &article.analysis),
            words(article, here),
            words(there_article, there),
            short_name(first),
            super::also(others.len())
        ),
        related,
        data: Some(Detail::Compared {
            about: About::Property(key.property()),
            here: Side::value(here_text).with_fact(readable(here)),
            there: Side::value(there_text)
                .in_doc(first)
                .with_fact(readable(there))
                .in_articles(others.len()),
        }),
    }
}

/// What a side states, for the finding's data: the fact in words (`14`,
/// `at least 15`, `a Sunday`), a place as the entity it names.
fn readable(side: &Stated) -> String {
    match side.claim.fact {
        Fact::Place { .. } => side.fact.to_string(),
        ref fact => fact.to_string(),
    }
}

/// A related location: `claim`, stated in another article, gives the same
/// figure, date, time, place or action as the one compared with.
pub fn related(article: &Article, claim: &Claim) -> Related {
    let text = claim.span.text(&article.text);
    Related {
        doc: article.id.clone(),
        span: claim.span,
        message: format!("\"{text}\" for the same {}", describe::kind(&claim.fact)),
    }
}
