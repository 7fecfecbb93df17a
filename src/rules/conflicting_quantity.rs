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
        counted noun with what its clause says of it (`twelve inmates escaped`: inmates who escaped; plurals \
        and WordNet synonyms meet), else for money, shares and durations the noun next to the figure \
        (`$2.1 billion in liabilities`), and for sizes (lengths, areas, masses, speeds, temperatures, volumes) the thing \
        they are of: the noun an adjectival figure modifies (`a 62-metre span`), the noun a figure is set off after \
        (`the tunnel, about 30 metres long`), the subject of `was` or `ran`, or the place a distance is from. Sizes \
        in units of one dimension are compared in its base unit (`100 feet` and `30 metres` are lengths in metres, \
        `104F` is 40 °C); different dimensions, currencies and a bare `degrees` never meet, and an adjective naming \
        another extent keeps depth apart from length (`3 metres deep`). Figures written in different units agree \
        within the rounding of their last digit (at most a tenth of the figure; a temperature to its last digit); \
        a conversion in parentheses (`20 km (12 miles)`) is no figure of its own. It fires on each of an article's figures for a property when none of \
        them can hold with any figure another article gives for it, naming the first such article and counting \
        the others. Hedges widen a figure before the comparison (`about 300`, `nearly 500`, `up to 40`, \
        ranges), so `nearly 500` and `496` agree, and an open-ended figure bounds one side (`at least 15` \
        conflicts with `12`; `more than 40` holds with `43`). It stays silent on a property any article in the \
        workspace reports as a change (`rose to 17`, `have now died`, a duration still running or of a window: `after 12 hours of deliberation`, `the past eight days`; the figures describe different moments), \
        on figures about different named subjects (`Okafor carried 11 wards` / `Brandt won four wards`), on \
        tallies of periods or acts (`11 seasons`, `two touchdowns`) unless both name one subject, on counts \
        of one noun that their clauses say different things of (`escaped` / `were recaptured`), on labels \
        (`the 12000 block`: a numeral before a singular noun counts nothing) and pieces of figures (`2008-09`, \
        `2, 000`), on a property the articles give three or more values that cannot hold together (one fact \
        has one value: those are several facts read as one), on figures whose property is vague (`14 people` with no outcome word) and on years, which \
        are dates.",
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
                    "Eight carriages came off the rails when the train derailed near Naivasha.",
                ),
                ("c.txt", "Rescuers said eight carriages had left the tracks."),
            ],
            expect![[r#"
                a.txt 44..57 "Six carriages" warning conflicting-quantity: Carriages that left the tracks: 6 here; 8 in b.txt and 1 other article
                  b.txt 0..15 "Eight carriages": "Eight carriages" for the same figure
                  c.txt 14..29 "eight carriages": "eight carriages" for the same figure
                b.txt 0..15 "Eight carriages" warning conflicting-quantity: Carriages that came off the rails: 8 here; 6 in a.txt
                  a.txt 44..57 "Six carriages": "Six carriages" for the same figure
                c.txt 14..29 "eight carriages" warning conflicting-quantity: Carriages that left the tracks: 8 here; 6 in a.txt
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
                a.txt 50..63 "41 passengers" warning conflicting-quantity: Passengers dead: 41 here; 58 in b.txt
                  b.txt 43..56 "58 passengers": "58 passengers" for the same figure
                b.txt 43..56 "58 passengers" warning conflicting-quantity: Passengers dead: 58 here; 41 in a.txt
                  a.txt 50..63 "41 passengers": "41 passengers" for the same figure
            "#]],
        );
    }

    #[test]
    fn the_message_names_what_a_money_figure_or_term_is_of() {
        // A bankruptcy: the liabilities as written, the amounts as written.
        check(
            Code::ConflictingQuantity,
            &[
                (
                    "a.txt",
                    "The retailer filed for bankruptcy with $2.1 billion in liabilities.",
                ),
                ("b.txt", "The chain listed $2.6bn in liabilities in its filing."),
            ],
            expect![[r#"
                a.txt 39..51 "$2.1 billion" warning conflicting-quantity: Liabilities: $2.1 billion here; $2.6bn in b.txt
                  b.txt 17..23 "$2.6bn": "$2.6bn" for the same figure
                b.txt 17..23 "$2.6bn" warning conflicting-quantity: Liabilities: $2.6bn here; $2.1 billion in a.txt
                  a.txt 39..51 "$2.1 billion": "$2.1 billion" for the same figure
            "#]],
        );
        // A sentence: the time in prison.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The former mayor was sentenced to six years in prison."),
                ("b.txt", "A court sentenced the former mayor to eight years in prison."),
            ],
            expect![[r#"
                a.txt 34..43 "six years" warning conflicting-quantity: Time in prison: six years here; eight years in b.txt
                  b.txt 38..49 "eight years": "eight years" for the same figure
                b.txt 38..49 "eight years" warning conflicting-quantity: Time in prison: eight years here; six years in a.txt
                  a.txt 34..43 "six years": "six years" for the same figure
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

    #[test]
    fn an_open_ended_figure_conflicts_with_one_outside_it() {
        // `at least 15` is [15, ∞): 12 is below it, 43 is above `more than 40`.
        check(
            Code::ConflictingQuantity,
            &[
                (
                    "a.txt",
                    "At least 15 people were killed when the footbridge collapsed. More than 40 were injured.",
                ),
                ("b.txt", "The footbridge collapse killed 12 people and injured 43."),
            ],
            expect![[r#"
                a.txt 0..18 "At least 15 people" warning conflicting-quantity: Dead: at least 15 here; 12 in b.txt
                  b.txt 31..40 "12 people": "12 people" for the same figure
                b.txt 31..40 "12 people" warning conflicting-quantity: Dead: 12 here; at least 15 in a.txt
                  a.txt 0..18 "At least 15 people": "At least 15 people" for the same figure
            "#]],
        );
        // A storm: evacuations.
        check(
            Code::ConflictingQuantity,
            &[
                (
                    "a.txt",
                    "More than 126,000 people were evacuated before the typhoon arrived.",
                ),
                ("b.txt", "About 86,000 people were evacuated as the typhoon neared."),
            ],
            expect![[r#"
                a.txt 0..24 "More than 126,000 people" warning conflicting-quantity: Evacuated: more than 126,000 here; about 86,000 in b.txt
                  b.txt 0..19 "About 86,000 people": "About 86,000 people" for the same figure
                b.txt 0..19 "About 86,000 people" warning conflicting-quantity: Evacuated: about 86,000 here; more than 126,000 in a.txt
                  a.txt 0..24 "More than 126,000 people": "More than 126,000 people" for the same figure
            "#]],
        );
    }

    #[test]
    fn silent_on_labels_and_pieces_of_figures() {
        // A numeral before a singular noun is a label (`the 12000 block`),
        // and a figure glued to digits is a piece of one (`2008-09`, `2, 000`).
        check(
            Code::ConflictingQuantity,
            &[
                (
                    "a.txt",
                    "The deputy was shot outside a house in the 12000 block of Elm Street during the 2008-09 season.",
                ),
                (
                    "b.txt",
                    "The deputy was shot in the 12200 block of Elm Street during the 2010-11 season.",
                ),
                ("c.txt", "As many as 2, 000 people were evacuated."),
                ("d.txt", "Some 1,500 people were evacuated."),
            ],
            expect![[""]],
        );
    }

    #[test]
    fn silent_on_counts_of_what_different_clauses_say() {
        // A prison break: who escaped is not who is still at large.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Twelve inmates escaped through a tunnel on Saturday."),
                ("b.txt", "Nine inmates were recaptured by Monday."),
            ],
            expect![[""]],
        );
        // A ferry: passengers rescued, passengers aboard.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Coastguards rescued 40 passengers from the water."),
                ("b.txt", "The ferry was carrying 65 passengers when it sank."),
            ],
            expect![[""]],
        );
    }

    #[test]
    fn silent_on_counts_no_clause_verb_speaks_of() {
        // A headline with no verb and a capacity after `for`: neither says
        // what happened to the group it counts.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Nine inmates still at large after weekend tunnel breakout"),
                ("b.txt", "The prison was built for 340 inmates but held 595."),
            ],
            expect![[""]],
        );
        // A cricket innings: balls faced and balls to spare.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Rane made an unbeaten 112 off 104 balls."),
                ("b.txt", "India got home with nine balls to spare."),
            ],
            expect![[""]],
        );
        // The same group with a verb on each side still meets (`fell in`
        // before it is no `fell to`).
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Nine firefighters were hurt when the roof fell in."),
                ("b.txt", "The roof fell in, and six firefighters were hurt."),
            ],
            expect![[r#"
                a.txt 0..17 "Nine firefighters" warning conflicting-quantity: Firefighters injured: 9 here; 6 in b.txt
                  b.txt 22..38 "six firefighters": "six firefighters" for the same figure
                b.txt 22..38 "six firefighters" warning conflicting-quantity: Firefighters injured: 6 here; 9 in a.txt
                  a.txt 0..17 "Nine firefighters": "Nine firefighters" for the same figure
            "#]],
        );
    }

    #[test]
    fn only_a_count_or_an_age_is_a_toll() {
        // A duration next to a casualty word is not the toll.
        check(
            Code::ConflictingQuantity,
            &[
                (
                    "a.txt",
                    "The general, who ruled the island for two decades until his death, was buried.",
                ),
                ("b.txt", "He led the army for two years until his death in 1999."),
            ],
            expect![[""]],
        );
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The singer toured for 40 years until her death in Cork."),
                ("b.txt", "She recorded for 12 years before her death."),
            ],
            expect![[""]],
        );
        // An age beside a death is the age of the dead.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The fiddler died aged 78 at his home in Sligo."),
                ("b.txt", "The fiddler died aged 81, his family said."),
            ],
            expect![[r#"
                a.txt 22..24 "78" warning conflicting-quantity: Age of the dead: 78 here; 81 in b.txt
                  b.txt 22..24 "81": "81" for the same figure
                b.txt 22..24 "81" warning conflicting-quantity: Age of the dead: 81 here; 78 in a.txt
                  a.txt 22..24 "78": "78" for the same figure
            "#]],
        );
    }

    #[test]
    fn silent_on_durations_of_a_window_or_still_running() {
        // A jury's deliberations, reported as they ran on.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The jury was sent home after nine hours of deliberation."),
                ("b.txt", "The jury was sent home after 14 hours of deliberation."),
            ],
            expect![[""]],
        );
        // A strike, counted back from two different days.
        check(
            Code::ConflictingQuantity,
            &[
                (
                    "a.txt",
                    "Dockers have blocked the port for the past three days of the strike.",
                ),
                (
                    "b.txt",
                    "Dockers have blocked the port for the past five days of the strike.",
                ),
            ],
            expect![[""]],
        );
        // A fixed term is compared.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The former mayor was sentenced to five years in prison."),
                ("b.txt", "The former mayor was sentenced to seven years in prison."),
            ],
            expect![[r#"
                a.txt 34..44 "five years" warning conflicting-quantity: Time in prison: five years here; seven years in b.txt
                  b.txt 34..45 "seven years": "seven years" for the same figure
                b.txt 34..45 "seven years" warning conflicting-quantity: Time in prison: seven years here; five years in a.txt
                  a.txt 34..44 "five years": "five years" for the same figure
            "#]],
        );
    }

    #[test]
    fn silent_on_records_and_running_counts() {
        // A tally of games or seasons is someone's record.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "He was fired after 10 games, the club said."),
                ("b.txt", "The coach won six games before he was fired."),
            ],
            expect![[""]],
        );
        // A quarterback's touchdowns: one game here, a season there.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The quarterback threw two touchdowns on Sunday."),
                ("b.txt", "Marcus Hale threw nine touchdowns this season."),
            ],
            expect![[""]],
        );
        // A toll given `now` is a running count, not a rival figure.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Fourteen workers died in the factory fire on Sunday."),
                ("b.txt", "Seventeen workers have now died after the factory fire."),
            ],
            expect![[""]],
        );
        // A landslide: the same.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Eleven people died in the landslide near Quillabamba."),
                (
                    "b.txt",
                    "Fifteen people have now died in the landslide near Quillabamba.",
                ),
            ],
            expect![[""]],
        );
    }

    #[test]
    fn silent_when_articles_give_three_values() {
        // One fact has one value: three that cannot hold together are
        // several facts under one reading (a running back's yards per game).
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The rookie gained 140 yards rushing against Dallas."),
                ("b.txt", "The rookie gained 93 yards rushing against Dallas."),
                ("c.txt", "The rookie gained 212 yards rushing against Dallas."),
            ],
            expect![[""]],
        );
        // Two values of three articles are still a conflict.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The landslide buried 30 homes in the village."),
                ("b.txt", "The landslide buried 30 homes in the village, officials said."),
                ("c.txt", "The landslide buried 45 homes in the village."),
            ],
            expect![[r#"
                a.txt 21..29 "30 homes" warning conflicting-quantity: Homes buried: 30 here; 45 in c.txt
                  c.txt 21..29 "45 homes": "45 homes" for the same figure
                b.txt 21..29 "30 homes" warning conflicting-quantity: Homes buried: 30 here; 45 in c.txt
                  c.txt 21..29 "45 homes": "45 homes" for the same figure
                c.txt 21..29 "45 homes" warning conflicting-quantity: Homes buried: 45 here; 30 in a.txt and 1 other article
                  a.txt 21..29 "30 homes": "30 homes" for the same figure
                  b.txt 21..29 "30 homes": "30 homes" for the same figure
            "#]],
        );
    }

    #[test]
    fn silent_on_groups_the_text_refers_back_to() {
        // `the two countries`, `our two countries`: a definite group already
        // given, not a count; a possessive noun stays a count.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The summit brought together leaders of six countries."),
                (
                    "b.txt",
                    "Trade between the two countries is minimal, the minister said.",
                ),
            ],
            expect![[""]],
        );
        // A strike: `their 40 ships` refers back to a fleet named before.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Officials said 12 ships were stranded in Rotterdam."),
                ("b.txt", "Officials said their 40 ships were stranded in Rotterdam."),
            ],
            expect![[""]],
        );
    }

    #[test]
    fn silent_on_conversions_that_agree() {
        // A tunnel: 30 metres written as 100 feet is one length within the
        // rounding of `100`.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The smuggling tunnel was 30 metres long, border police said."),
                ("b.txt", "Agents said the smuggling tunnel was 100 feet long."),
            ],
            expect![[""]],
        );
        // A wildfire: 12,000 acres are about 4,900 hectares.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The Cedar Ridge fire has burned 12,000 acres."),
                ("b.txt", "The Cedar Ridge fire has burned about 4,900 hectares."),
            ],
            expect![[""]],
        );
        // A footbridge: a 48-metre span is about 160 feet.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The Varenna footbridge lost its 48-metre central span."),
                ("b.txt", "Its central span — about 160 feet — fell into the river."),
            ],
            expect![[""]],
        );
    }

    #[test]
    fn fires_on_conversions_that_disagree() {
        // A tunnel: about 30 metres is no 150 feet (46 metres).
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The tunnel, about 30 metres long, ended in a vacant lot."),
                ("b.txt", "The tunnel ran roughly 150 feet under the exercise yard."),
            ],
            expect![[r#"
                a.txt 12..27 "about 30 metres" warning conflicting-quantity: Length of the tunnel: about 30 metres here; roughly 150 feet in b.txt
                  b.txt 15..31 "roughly 150 feet": "roughly 150 feet" for the same figure
                b.txt 15..31 "roughly 150 feet" warning conflicting-quantity: Length of the tunnel: roughly 150 feet here; about 30 metres in a.txt
                  a.txt 12..27 "about 30 metres": "about 30 metres" for the same figure
            "#]],
        );
        // A footbridge: a 48-metre span is no 300-foot one.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The Varenna footbridge lost its 48-metre central span."),
                ("b.txt", "Its central span — about 300 feet — fell into the river."),
            ],
            expect![[r#"
                a.txt 32..40 "48-metre" warning conflicting-quantity: Length of the span: 48-metre here; about 300 feet in b.txt
                  b.txt 21..35 "about 300 feet": "about 300 feet" for the same figure
                b.txt 21..35 "about 300 feet" warning conflicting-quantity: Length of the span: about 300 feet here; 48-metre in a.txt
                  a.txt 32..40 "48-metre": "48-metre" for the same figure
            "#]],
        );
        // A storm: 180 km/h is 112 mph, not 70.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Winds of 180 km/h tore the roofs off dozens of homes."),
                ("b.txt", "Winds of 70 mph tore the roofs off dozens of homes."),
            ],
            expect![[r#"
                a.txt 9..17 "180 km/h" warning conflicting-quantity: Speed of the winds: 180 km/h here; 70 mph in b.txt
                  b.txt 9..15 "70 mph": "70 mph" for the same figure
                b.txt 9..15 "70 mph" warning conflicting-quantity: Speed of the winds: 70 mph here; 180 km/h in a.txt
                  a.txt 9..17 "180 km/h": "180 km/h" for the same figure
            "#]],
        );
    }

    #[test]
    fn temperatures_meet_across_celsius_and_fahrenheit() {
        // A heatwave in Seville: 46C is 115F, not 104F.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Temperatures reached 46C in Seville on Sunday."),
                ("b.txt", "Temperatures reached 115F in Seville on Sunday."),
            ],
            expect![[""]],
        );
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Temperatures reached 46C in Seville on Sunday."),
                ("b.txt", "Temperatures reached 104F in Seville on Sunday."),
            ],
            expect![[r#"
                a.txt 21..24 "46C" warning conflicting-quantity: Temperatures: 46C here; 104F in b.txt
                  b.txt 21..25 "104F": "104F" for the same figure
                b.txt 21..25 "104F" warning conflicting-quantity: Temperatures: 104F here; 46C in a.txt
                  a.txt 21..24 "46C": "46C" for the same figure
            "#]],
        );
        // A cold snap: a reading below zero keeps its sign (-5C is 23F, and
        // no 5C).
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Overnight temperatures of -5C were recorded in Tromso."),
                ("b.txt", "Overnight temperatures of 23F were recorded in Tromso."),
                ("c.txt", "Overnight temperatures of 5C were recorded in Tromso."),
            ],
            expect![[r#"
                a.txt 26..29 "-5C" warning conflicting-quantity: Temperatures: -5C here; 5C in c.txt
                  c.txt 26..28 "5C": "5C" for the same figure
                b.txt 26..29 "23F" warning conflicting-quantity: Temperatures: 23F here; 5C in c.txt
                  c.txt 26..28 "5C": "5C" for the same figure
                c.txt 26..28 "5C" warning conflicting-quantity: Temperatures: 5C here; -5C in a.txt and 1 other article
                  a.txt 26..29 "-5C": "-5C" for the same figure
                  b.txt 26..29 "23F": "23F" for the same figure
            "#]],
        );
    }

    #[test]
    fn silent_across_dimensions_and_currencies() {
        // A bridge: its length and its weight never meet.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Cranes lifted the 60-metre bridge into place overnight."),
                ("b.txt", "Cranes lifted the 900-tonne bridge into place overnight."),
            ],
            expect![[""]],
        );
        // A heatwave: bare `degrees` name no scale, so they meet no Celsius.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Temperatures reached 46C in Seville on Sunday."),
                ("b.txt", "Temperatures reached 104 degrees in Seville on Sunday."),
            ],
            expect![[""]],
        );
        // A kidnapping: dollars and euros never meet.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "The kidnappers demanded a $5 million ransom."),
                ("b.txt", "The kidnappers demanded a €2 million ransom."),
            ],
            expect![[""]],
        );
    }

    #[test]
    fn a_conversion_in_parentheses_is_no_figure_of_its_own() {
        // A volcano: `(15 miles)` restates `20 km` (badly) and is no figure
        // of its own: the article's 20 km meets 15 miles elsewhere as a
        // conflict and 12 miles (19 km) as agreement; 12 and 15 miles
        // conflict between themselves.
        check(
            Code::ConflictingQuantity,
            &[
                (
                    "a.txt",
                    "The vent opened about 20 km (15 miles) from the fishing harbour.",
                ),
                ("b.txt", "The vent opened 15 miles from the fishing harbour."),
                ("c.txt", "The vent opened 12 miles from the fishing harbour."),
            ],
            expect![[r#"
                a.txt 16..27 "about 20 km" warning conflicting-quantity: Distance from the harbour: about 20 km here; 15 miles in b.txt
                  b.txt 16..24 "15 miles": "15 miles" for the same figure
                b.txt 16..24 "15 miles" warning conflicting-quantity: Distance from the harbour: 15 miles here; about 20 km in a.txt
                  a.txt 16..27 "about 20 km": "about 20 km" for the same figure
                c.txt 16..24 "12 miles" warning conflicting-quantity: Distance from the harbour: 12 miles here; 15 miles in b.txt
                  b.txt 16..24 "15 miles": "15 miles" for the same figure
            "#]],
        );
        // A heatwave: `46C (115F)` is one reading, which agrees with itself
        // and with 115F elsewhere.
        check(
            Code::ConflictingQuantity,
            &[
                ("a.txt", "Temperatures reached 46C (115F) in Seville on Sunday."),
                ("b.txt", "Temperatures reached 115F in Seville on Sunday."),
            ],
            expect![[""]],
        );
    }
}
