//! Word tests shared by names and descriptions: description nouns and
//! their types, determiners that open a description, offices, plurals.

use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{Token, TokenKind};
use crate::analysis::{EntityType as T, Opener};

/// The entity type a lowercase word heads a description of: a
/// description noun, singular or plural, or an `N-year-old`.
pub(super) fn head_type(w: &str) -> Option<T> {
    if w.ends_with("year-old") {
        return Some(T::Person);
    }
    // Plural people (`the officers`, `three men`) and groups; plural
    // places and objects (`the villages`, `the bombs`).
    noun_type(w).or_else(|| noun_type(&lx::singular(w)?))
}

/// Whether a lowercase noun heads descriptions of some entity type.
pub fn is_description_noun(w: &str) -> bool {
    noun_type(w).is_some()
}

/// The entity type a lowercase singular noun describes, if any.
fn noun_type(w: &str) -> Option<T> {
    if lx::is(C::PersonRole, w) {
        Some(T::Person)
    } else if lx::is(C::OrgNoun, w) {
        Some(T::Org)
    } else if lx::is(C::GpeNoun, w) {
        Some(T::Gpe)
    } else if lx::is(C::FacNoun, w) {
        Some(T::Fac)
    } else if lx::is(C::LocNoun, w) {
        Some(T::Loc)
    } else if lx::is(C::ProductNoun, w) || lx::is(C::MassNoun, w) {
        Some(T::Product)
    } else {
        None
    }
}

/// The opener a token makes, if it opens a description: an article, a
/// possessive determiner or `'s`, a count. `this`/`that` are left out: they
/// are far more often pronouns and conjunctions than determiners in news;
/// `opener_at` takes one only right before a description noun.
pub(super) fn opener_of(text: &str, t: &Token) -> Option<Opener> {
    let w = t.text(text);
    let lower = w.to_ascii_lowercase();
    match t.kind {
        TokenKind::Possessive => Some(Opener::Possessive),
        TokenKind::Number => Some(Opener::Indefinite),
        TokenKind::Word if lx::is(C::Definite, &lower) => Some(Opener::Definite),
        TokenKind::Word if lx::is(C::Indefinite, &lower) => Some(Opener::Indefinite),
        TokenKind::Word if lx::is(C::PossessiveDeterminer, &lower) => Some(Opener::Possessive),
        TokenKind::Word if lx::number_word(&lower).is_some() => Some(Opener::Indefinite),
        _ => None,
    }
}

/// A capitalised office used as a noun (`President`, `Surgeon`).
pub(super) fn cap_role(s: &str) -> bool {
    lx::is_bare(C::TitleHead, s) || lx::is(C::PersonRole, &s.to_lowercase())
}

/// After `to`, a modal or `did`/`not` a noun-like word is a verb (`to
/// host`, `will guard`, `did not coach`).
pub(super) fn verb_follows(lower: &str) -> bool {
    lx::is(C::VerbMarker, lower)
}

/// A plural of a description noun (`officers`, `villages`), not the noun
/// itself (`news`, `species` are no plurals of ours).
pub(super) fn plural_form(lower: &str) -> bool {
    lx::singular(lower).is_some() && noun_type(lower).is_none()
}

/// A plural that cannot be a verb: an agent noun (`protesters`, `officers`,
/// `activists`) or an irregular plural.
pub(super) fn agent_plural(lower: &str) -> bool {
    ["ers", "ors", "ists", "ants", "ents"]
        .iter()
        .any(|s| lower.ends_with(s))
        || lx::is(C::GroupPlural, lower)
}
