//! `conflicting-place`: another article puts the same event in a different
//! place (`crashed near Huaral` here, `crashed near Chancay` there).
//!
//! Places are event claims (`analysis::facts::events`): a town-level place
//! after `in`, `at`, `near` or `outside`, keyed by the event word and
//! whether the preposition is `near`. The shared comparison and wording are in [`super::claim`];
//! this rule's own test is [`holds`]: both name the same entity.

use super::claim::Stated;
use super::{Code, Level, Rule};
use crate::analysis::facts::claims::Fact;

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
        It stays silent on `near X` against `in Y` (both can hold), on a listed city against a smaller place \
        (a city's name stands for its metropolitan area: `in Los Angeles` / `in Malibu`), on countries, \
        regions and other places above town level (`in Kenya` / `in Naivasha` are no rivals), on a place before a possessive \
        (`Naivasha's`), on future or planned events, and on facts about different named subjects.",
};

/// Whether two places can both be right: they are the same entity, or
/// one is a city and the other a smaller place (see [`metro_holds`]).
pub fn holds(here: &Stated, there: &Stated) -> bool {
    here.fact == there.fact || metro_holds(here, there)
}

/// A large city's name stands for its metropolitan area: news copy,
/// above all from abroad, places an event `in Los Angeles` that local copy
/// places in the suburb or town where it happened (`in Malibu`). So a
/// place the gazetteer lists as a city (a capital, or 150,000 people or
/// more) and a place it does not list can both be right; two cities, or
/// two smaller towns, cannot.
pub fn metro_holds(here: &Stated, there: &Stated) -> bool {
    let city = |s: &Stated| matches!(s.claim.fact, Fact::Place { city: true, .. });
    city(here) != city(there)
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;
    use crate::rules::fixture::check;

    #[test]
    fn fires_on_another_town_for_one_event() {
        check(
            Code::ConflictingPlace,
            &[
                ("a.txt", "A bus crashed near Huaral on Sunday, killing nine people."),
                ("b.txt", "The bus crashed near Chancay, police said."),
            ],
            expect![[r#"
                a.txt 14..25 "near Huaral" warning conflicting-place: Place of the crash: near Huaral here; near Chancay in b.txt
                  b.txt 16..28 "near Chancay": "near Chancay" for the same place
                b.txt 16..28 "near Chancay" warning conflicting-place: Place of the crash: near Chancay here; near Huaral in a.txt
                  a.txt 14..25 "near Huaral": "near Huaral" for the same place
            "#]],
        );
    }

    #[test]
    fn a_city_and_a_smaller_place_can_both_be_right() {
        // A city stands for its metro area: the suburb is no rival.
        check(
            Code::ConflictingPlace,
            &[
                ("a.txt", "A tanker truck overturned in Houston on Monday, police said."),
                ("b.txt", "The tanker truck overturned in Katy, police said."),
            ],
            expect![[""]],
        );
        // Wire copy from abroad names the capital; local copy the town.
        check(
            Code::ConflictingPlace,
            &[
                ("a.txt", "The ferry sank near Manila on Sunday, the coast guard said."),
                ("b.txt", "The ferry sank near Nasugbu, Batangas, the coast guard said."),
            ],
            expect![""],
        );
    }

    #[test]
    fn fires_on_two_cities() {
        // Two listed cities are rivals.
        check(
            Code::ConflictingPlace,
            &[
                ("a.txt", "A tanker truck overturned in Houston on Monday, police said."),
                ("b.txt", "The tanker truck overturned in Dallas, police said."),
            ],
            expect![[r#"
                a.txt 26..36 "in Houston" warning conflicting-place: Place of the overturn: in Houston here; in Dallas in b.txt
                  b.txt 28..37 "in Dallas": "in Dallas" for the same place
                b.txt 28..37 "in Dallas" warning conflicting-place: Place of the overturn: in Dallas here; in Houston in a.txt
                  a.txt 26..36 "in Houston": "in Houston" for the same place
            "#]],
        );
    }

    #[test]
    fn fires_on_another_town_for_the_sentence_subject() {
        // A getaway car: no event word before the place, so the sentence's
        // subject keys it, and the message names the subject as written.
        check(
            Code::ConflictingPlace,
            &[
                ("a.txt", "The getaway car was found, burnt out, in Mechelen."),
                ("b.txt", "The getaway car was later found in Lier."),
            ],
            expect![[r#"
                a.txt 38..49 "in Mechelen" warning conflicting-place: Place of the car: in Mechelen here; in Lier in b.txt
                  b.txt 32..39 "in Lier": "in Lier" for the same place
                b.txt 32..39 "in Lier" warning conflicting-place: Place of the car: in Lier here; in Mechelen in a.txt
                  a.txt 38..49 "in Mechelen": "in Mechelen" for the same place
            "#]],
        );
    }

    #[test]
    fn silent_on_a_country_against_a_town_and_near_against_in() {
        check(
            Code::ConflictingPlace,
            &[
                ("a.txt", "The train derailed in Kenya on Sunday."),
                ("b.txt", "The train derailed in Naivasha on Sunday."),
                ("c.txt", "The train derailed near Gilgil, officials said."),
            ],
            expect![[""]],
        );
    }
}
