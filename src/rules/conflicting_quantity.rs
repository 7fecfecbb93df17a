//! `conflicting-quantity`: another article gives a different number for
//! the same fact (`six carriages` here, `eight carriages` there).
//!
//! Figures are claims (`analysis::facts::claims`): a quantity with the
//! property it measures and its unit, as an interval once hedges widened
//! it. The shared comparison and wording are in [`super::claim`]; this
//! rule's own test is [`holds`]: the intervals overlap.

use super::claim::Stated;
use super::{Code, Level, Rule};
use crate::analysis::facts::claims;

pub const RULE: Rule = Rule {
    code: Code::ConflictingQuantity,
    name: "conflicting-quantity",
    level: Level::Warning,
    summary: "Another article gives a different number for the same fact",
    description: "Compares the figures articles state for the same property and unit: an outcome class for \
        casualty figures (`killing 14 people` → dead; also injured, missing, arrested, evacuated), else the \
        counted noun (`six carriages`), else for money, shares and durations the noun next to the figure \
        (`$2.1 billion in liabilities`). It fires on each of an article's figures for a property when none of \
        them can hold with any figure another article gives for it, naming the first such article and counting \
        the others. Hedges widen a figure before the comparison (`about 300`, `nearly 500`, `up to 40`, \
        ranges), so `nearly 500` and `496` agree; an open-ended figure (`more than 60`, `at least 58`) is at \
        present never reported. It stays silent on a property any article in the workspace reports as a change \
        (`rose to 17`, `now 20`: the figures describe different moments), on figures about different named \
        subjects (`Okafor carried 11 wards` / `Brandt won four wards`), on figures whose property is vague \
        (`14 people` with no outcome word) and on years, which are dates.",
};

/// Whether two figures can both be true: their intervals overlap.
pub fn holds(here: &Stated, there: &Stated) -> bool {
    claims::compatible(&here.claim.fact, &there.claim.fact)
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;
    use crate::rules::fixture::check;

    #[test]
    fn fires_on_different_counts_of_one_thing() {
        check(
            Code::ConflictingQuantity,
            &[
                (
                    "a.txt",
                    "The train derailed near Naivasha on Sunday. Six carriages left the tracks.",
                ),
                (
                    "b.txt",
                    "Eight carriages overturned when the train derailed near Naivasha.",
                ),
                ("c.txt", "Rescuers said eight carriages had overturned."),
            ],
            expect![[r#"
                a.txt 44..57 "Six carriages" warning conflicting-quantity: here: "Six carriages"; b.txt and 1 other article: "Eight carriages"
                  b.txt 0..15 "Eight carriages": "Eight carriages" for the same figure
                  c.txt 14..29 "eight carriages": "eight carriages" for the same figure
                b.txt 0..15 "Eight carriages" warning conflicting-quantity: here: "Eight carriages"; a.txt: "Six carriages"
                  a.txt 44..57 "Six carriages": "Six carriages" for the same figure
                c.txt 14..29 "eight carriages" warning conflicting-quantity: here: "eight carriages"; a.txt: "Six carriages"
                  a.txt 44..57 "Six carriages": "Six carriages" for the same figure
            "#]],
        );
    }

    #[test]
    fn fires_on_a_death_toll() {
        check(
            Code::ConflictingQuantity,
            &[
                (
                    "a.txt",
                    "The ferry capsized off Mwanza on Tuesday, killing 41 passengers.",
                ),
                (
                    "b.txt",
                    "The ferry capsized off Mwanza. Police said 58 passengers were killed.",
                ),
            ],
            expect![[r#"
                a.txt 50..63 "41 passengers" warning conflicting-quantity: here: "41 passengers"; b.txt: "58 passengers"
                  b.txt 43..56 "58 passengers": "58 passengers" for the same figure
                b.txt 43..56 "58 passengers" warning conflicting-quantity: here: "58 passengers"; a.txt: "41 passengers"
                  a.txt 50..63 "41 passengers": "41 passengers" for the same figure
            "#]],
        );
    }

    #[test]
    fn silent_on_hedges_updates_and_other_subjects() {
        check(
            Code::ConflictingQuantity,
            &[
                (
                    "a.txt",
                    "Nearly 500 guests were evacuated from the hotel. The fire killed 14 people.",
                ),
                (
                    "b.txt",
                    "In all, 496 guests were evacuated. The number of people killed rose to 17.",
                ),
                ("c.txt", "Ngozi Okafor carried 11 wards in the run-off."),
                ("d.txt", "Lena Brandt carried four wards in the run-off."),
            ],
            expect![[""]],
        );
    }
}
