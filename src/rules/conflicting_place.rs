//! `conflicting-place`: another article puts the same event in a different
//! place (`crashed near Huaral` here, `crashed near Chancay` there).
//!
//! Places are event claims (`analysis::facts::events`): a town-level place
//! after `in`, `at`, `near` or `outside`, keyed by the event word and
//! whether the preposition is `near`. The shared comparison and wording are in [`super::claim`];
//! this rule's own test is [`holds`]: both name the same entity.

use super::claim::Stated;
use super::{Code, Level, Rule};

pub const RULE: Rule = Rule {
    code: Code::ConflictingPlace,
    name: "conflicting-place",
    level: Level::Warning,
    summary: "Another article puts the same event in a different place",
    description: "Compares the places articles give the same event: a named town-level place after `in`, `at`, \
        `near` or `outside` (a modifier may come between: `in central Antwerp`), keyed by the event word \
        before it in its clause and also by the sentence's common-noun subject (`the car … in Lier`). Places \
        are compared as entities, so spelling variants of one town agree. It fires when the places named with \
        like prepositions are different entities (`in Mechelen` / `in Lier`, `near Huaral` / `near Chancay`). \
        It stays silent on `near X` against `in Y` (both can hold), on countries, regions and other places \
        above town level (`in Kenya` / `in Naivasha` are no rivals), on a place before a possessive \
        (`Naivasha's`), on future or planned events, and on facts about different named subjects.",
};

/// Whether two places can both be right: they are the same entity.
pub fn holds(here: &Stated, there: &Stated) -> bool {
    here.fact == there.fact
}
