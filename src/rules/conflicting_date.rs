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
        derailment`, which meet through WordNet derivation), and also as the story's main event when that \
        word is one of the lede's: every report of one story leads with its news in its own words \
        (`collapsed at 7:15 a.m.` / `plunged into the river at 6.42am`), so the events of two ledes meet when \
        their clauses share a participant (a follow-up's `two men were arrested on Monday` does not meet \
        the theft's `thieves broke in on Saturday`). It fires when the parts both articles write disagree: another weekday, another calendar \
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
    fn fires_on_the_main_events_of_two_ledes() {
        // Each lede tells the collapse in its own words.
        check(
            Code::ConflictingDate,
            &[
                (
                    "a.txt",
                    "LYON, March 3 (Wire) - A footbridge over the Saône collapsed shortly after 8:10 a.m. on \
                     Friday, injuring four people, officials said.\n\nDivers searched the river.",
                ),
                (
                    "b.txt",
                    "Footbridge gives way\n\nFour people were hurt when the Saône footbridge gave way at 9.40am \
                     yesterday, according to the fire service.",
                ),
            ],
            expect![[r#"
                a.txt 76..85 "8:10 a.m." warning conflicting-date: Time of the main event (collapsed): 08:10 here; 09:40 in b.txt
                  b.txt 83..89 "9.40am": "9.40am" for the same time
                b.txt 83..89 "9.40am" warning conflicting-date: Time of the main event (gave way): 09:40 here; 08:10 in a.txt
                  a.txt 76..85 "8:10 a.m.": "8:10 a.m." for the same time
            "#]],
        );
        // A raid, told as a raid and as a break-in.
        check(
            Code::ConflictingDate,
            &[
                (
                    "a.txt",
                    "Masked robbers raided a jewellery store in Ghent's old town on Saturday, police said.",
                ),
                (
                    "b.txt",
                    "GHENT (Courier) - Thieves smashed their way into a jewellery store in Ghent late on Sunday \
                     and fled with watches worth 2 million euros.",
                ),
            ],
            expect![[r#"
                a.txt 63..71 "Saturday" warning conflicting-date: Day of the main event (raided): Saturday here; Sunday in b.txt
                  b.txt 84..90 "Sunday": "Sunday" for the same date
                b.txt 84..90 "Sunday" warning conflicting-date: Day of the main event (smashed): Sunday here; Saturday in a.txt
                  a.txt 63..71 "Saturday": "Saturday" for the same date
            "#]],
        );
    }

    #[test]
    fn silent_on_a_follow_up_lede() {
        // A follow-up leads with a development: other participants, another day.
        check(
            Code::ConflictingDate,
            &[
                (
                    "a.txt",
                    "Masked robbers raided a jewellery store in Ghent's old town on Saturday, police said.",
                ),
                (
                    "b.txt",
                    "Two men were arrested in dawn raids on Tuesday, police said in a statement.",
                ),
            ],
            expect![[""]],
        );
        check(
            Code::ConflictingDate,
            &[
                (
                    "a.txt",
                    "A footbridge over the Saône collapsed shortly after 8:10 a.m. on Friday, injuring four \
                     people, officials said.",
                ),
                (
                    "b.txt",
                    "Engineers began inspecting every bridge in the city at 7 a.m. on Monday, the mayor said \
                     after a meeting.",
                ),
            ],
            expect![[""]],
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
