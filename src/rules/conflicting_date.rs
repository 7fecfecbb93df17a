//! `conflicting-date`: another article gives a different date, weekday or
//! clock time for the same event (`derailed on Sunday` here, `derailed on
//! Saturday` there).
//!
//! Dates and times are event claims (`analysis::facts::events`), keyed by
//! the event word nearest before them in their clause and by granularity.
//! The shared comparison and wording are in [`super::claim`]; this rule's
//! own test is [`holds`]: the known parts of two dates agree, or two times
//! agree within their hedges.

use super::claim::Stated;
use super::{Code, Level, Rule};
use crate::analysis::facts::claims;

pub const RULE: Rule = Rule {
    code: Code::ConflictingDate,
    name: "conflicting-date",
    level: Level::Warning,
    summary: "Another article gives a different date or time for the same event",
    description: "Compares the day, clock time or year articles give the same event, keyed by the event word \
        nearest before the value in its clause (a verb such as `derailed`, or an event noun such as `the \
        derailment`, reduced to a stem through a small layer of news idioms: `left the tracks` is a \
        derailment). It fires when the parts both articles write disagree: another weekday, another calendar \
        day, another year, or clock times further apart than their hedges allow (5 minutes, 30 with `about`). \
        It stays silent on the date of a statement (`police said on Monday`: speech verbs never carry the \
        event), on future, planned or conditional events (`will be played on Monday`), on values of different \
        granularity (a weekday against a year), on times in different zones, and on facts about different \
        named subjects; a bare year told by a plain verb (`founded in 1998`) is compared only when both \
        articles name the same subject. Weekdays and `yesterday` are compared as weekdays, not resolved \
        against each article's own date.",
};

/// Whether two dates or times can both be true: the parts both write
/// agree, times within the larger hedge.
pub fn holds(here: &Stated, there: &Stated) -> bool {
    claims::compatible(&here.claim.fact, &there.claim.fact)
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;
    use crate::rules::fixture::check;

    #[test]
    fn fires_on_another_weekday_for_one_event() {
        check(
            Code::ConflictingDate,
            &[
                ("a.txt", "A bus crashed near Huaral on Sunday, police said on Monday."),
                ("b.txt", "The bus crashed near Huaral on Saturday."),
            ],
            expect![[r#"
                a.txt 29..35 "Sunday" warning conflicting-date: Day of the crash: Sunday here; Saturday in b.txt
                  b.txt 31..39 "Saturday": "Saturday" for the same date
                b.txt 31..39 "Saturday" warning conflicting-date: Day of the crash: Saturday here; Sunday in a.txt
                  a.txt 29..35 "Sunday": "Sunday" for the same date
            "#]],
        );
    }

    #[test]
    fn fires_on_another_clock_time() {
        check(
            Code::ConflictingDate,
            &[
                ("a.txt", "The quake struck at 4:10 a.m., the geological survey said."),
                (
                    "b.txt",
                    "Residents fled their homes after the quake struck at 6:45 a.m.",
                ),
            ],
            expect![[r#"
                a.txt 20..29 "4:10 a.m." warning conflicting-date: Time of the quake: 04:10 here; 06:45 in b.txt
                  b.txt 53..62 "6:45 a.m.": "6:45 a.m." for the same time
                b.txt 53..62 "6:45 a.m." warning conflicting-date: Time of the quake: 06:45 here; 04:10 in a.txt
                  a.txt 20..29 "4:10 a.m.": "4:10 a.m." for the same time
            "#]],
        );
    }

    #[test]
    fn the_message_names_the_event_by_its_subject_after_a_light_verb() {
        // An eruption: `began` names no event alone; its subject does.
        check(
            Code::ConflictingDate,
            &[
                ("a.txt", "The eruption began at 10:17 p.m., the met office said."),
                ("b.txt", "Residents said the eruption began at 11:17 p.m."),
            ],
            expect![[r#"
                a.txt 22..32 "10:17 p.m." warning conflicting-date: Time the eruption began: 22:17 here; 23:17 in b.txt
                  b.txt 37..47 "11:17 p.m.": "11:17 p.m." for the same time
                b.txt 37..47 "11:17 p.m." warning conflicting-date: Time the eruption began: 23:17 here; 22:17 in a.txt
                  a.txt 22..32 "10:17 p.m.": "10:17 p.m." for the same time
            "#]],
        );
    }

    #[test]
    fn silent_on_statements_plans_and_other_granularity() {
        check(
            Code::ConflictingDate,
            &[
                (
                    "a.txt",
                    "The council approved the budget on Tuesday, officials said on Wednesday.",
                ),
                (
                    "b.txt",
                    "The council approved the budget on Tuesday. The final will be played on Friday.",
                ),
                (
                    "c.txt",
                    "The final will be played on Saturday, organisers said on Thursday.",
                ),
            ],
            expect![[""]],
        );
    }

    #[test]
    fn silent_on_an_event_noun_that_modifies_another() {
        // A caption dates the scene, not the crash.
        check(
            Code::ConflictingDate,
            &[
                ("a.txt", "A bus crashed near Huaral on Sunday."),
                ("b.txt", "Police officers at the crash site on Monday."),
            ],
            expect![[""]],
        );
        // A photo of the derailment scene the day after.
        check(
            Code::ConflictingDate,
            &[
                ("a.txt", "A goods train derailed near Voi on Tuesday."),
                (
                    "b.txt",
                    "Cranes lift wagons at the derailment scene on Wednesday. PHOTO",
                ),
            ],
            expect![[""]],
        );
    }

    #[test]
    fn silent_on_the_word_of_a_plan() {
        // What is expected or planned has not happened.
        check(
            Code::ConflictingDate,
            &[
                ("a.txt", "A verdict is expected on Monday, the court said."),
                ("b.txt", "The jury's verdict was expected on Friday."),
            ],
            expect![[""]],
        );
        check(
            Code::ConflictingDate,
            &[
                ("a.txt", "Repairs to the dam were planned for Tuesday."),
                ("b.txt", "Engineers said repairs were scheduled on Thursday."),
            ],
            expect![[""]],
        );
    }

    #[test]
    fn silent_on_relative_days() {
        // `yesterday` dates the article, not the event: two copies dated a
        // day apart would otherwise disagree on the day of one crash.
        check(
            Code::ConflictingDate,
            &[
                (
                    "a.txt",
                    "LIMA, May 6, 2024 - A bus crashed near Huaral yesterday, police said.",
                ),
                ("b.txt", "LIMA, May 7, 2024 - The bus crashed near Huaral on Monday."),
            ],
            expect![[""]],
        );
        // A storm: `today` in one copy, a weekday in the other.
        check(
            Code::ConflictingDate,
            &[
                (
                    "a.txt",
                    "MANILA, Sept 3, 2027 - The typhoon made landfall in Aparri today.",
                ),
                (
                    "b.txt",
                    "The typhoon made landfall in Aparri on Thursday, officials said.",
                ),
            ],
            expect![[""]],
        );
    }
}
