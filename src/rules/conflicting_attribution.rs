//! `conflicting-attribution`: another article credits the statement or
//! action to someone else.
//!
//! Two kinds of finding share the code. A quote (`analysis::facts::quotes`)
//! whose words another article puts in the mouth of a different person;
//! the workspace finds the candidates through its index of quotes by
//! their words, and this rule decides who counts as a different person
//! ([`speaker_words`], [`other_person`]) and words the finding
//! ([`quote_finding`]). And a polarity claim (`Brandt attended the party` /
//! `Brandt did not attend the party`), judged with the other claims
//! (`super::claim`) by [`holds`].

use std::collections::BTreeSet;

use super::claim::Stated;
use super::{About, Detail, Finding, Related, Side, short_name};
use super::{Code, Level, Rule};
use crate::analysis::facts::claims;
use crate::analysis::facts::quotes::Quote;
use crate::analysis::text::fold;
use crate::analysis::{Analysis, Article, EntityType, Mention};

pub const RULE: Rule = Rule {
    code: Code::ConflictingAttribution,
    name: "conflicting-attribution",
    level: Level::Warning,
    summary: "Another article credits the statement or action to someone else",
    description: "Fires in two cases. A quote (words between quotation marks credited by a speech verb to a \
        speaker beside them, or running on from the attribution before it) that another article gives, word for word once punctuation and case are set aside \
        (or cut short, keeping at least its first ten words), to a different person: the finding stands on the speaker here and names the speaker there. Both \
        speakers must be named people who share no word of their names, so an unlinked `Kafoury` and `Charlie \
        Kafoury`, or a spokesman and the company he speaks for, are no conflict. A speaker written as a surname, \
        a description (`the minister said`) or a pronoun (`she said`) is the named person the article's \
        coreference links it to (a pronoun: the one person of its sex named in its paragraph before it, or in \
        the paragraph before), and the message names that person; quotes whose speaker is not linked to a \
        named entity are not compared. And a statement that a named subject did something against \
        another article saying the same subject did not (`Brandt attended the party` / `Brandt did not attend \
        the party`), keyed by verb and object, only when both articles name the same subject and never for \
        plans (`will attend`). Events told in unrelated words (`was in the courtroom` / `did not attend`) are \
        not compared.",
};

/// A person's mention, by index.
fn person(a: &Analysis, i: usize) -> Option<&Mention> {
    a.mentions.get(i).filter(|m| m.ty == EntityType::Person)
}

/// The words of the name of a quote's speaker, when the speaker is a
/// person: only then can another article credit the quote to someone else.
pub fn speaker_words(a: &Analysis, q: &Quote) -> Option<BTreeSet<String>> {
    let ours = person(a, q.speaker)?;
    Some(fold(&ours.name).split(' ').map(str::to_string).collect())
}

/// Whether the quote `theirs` (of analysis `a`) is credited to another
/// person than the speaker with name words `ours`: a person sharing no
/// name word with ours. An unlinked `Kafoury` and `Charlie Kafoury`, or a
/// spokesman and his company, are no conflict.
pub fn other_person(ours: &BTreeSet<String>, a: &Analysis, theirs: &Quote) -> bool {
    person(a, theirs.speaker).is_some_and(|m| fold(&m.name).split(' ').all(|w| !ours.contains(w)))
}

/// Who speaks quote `q` of `article`, for a message: the name the text
/// credits it with beside it, or, where it credits a surname, a
/// description or a pronoun that coreference put a name to, that name with
/// the words (`Tomas Berglund (“the minister”)`).
pub fn speaker_named(article: &Article, q: &Quote) -> String {
    let cue = q.speaker_span.text(&article.text);
    match article.analysis.mentions.get(q.speaker) {
        Some(m) if m.span != q.speaker_span && !cue.ends_with(m.name.as_str()) => format!("{} (“{cue}”)", m.name),
        _ => cue.to_string(),
    }
}

/// The finding on the speaker of quote `q` (in `article`) whose words
/// `others` credit to someone else (the first of them named): `Speaker of
/// “We will rebuild the road…”: Rosa Quispe here; Juan Soto in b.txt`.
pub fn quote_finding(
    article: &Article,
    q: &Quote,
    first: (&Article, &Quote),
    others: &[(&Article, &Quote)],
) -> Finding {
    let here = speaker_named(article, q);
    let (o, oq) = first;
    let there = speaker_named(o, oq);
    let name = short_name(&o.id);
    Finding {
        doc: article.id.clone(),
        span: q.speaker_span,
        code: RULE.code,
        level: RULE.level,
        message: format!(
            "Speaker of “{}”: {here} here; {there} in {name}{}",
            opening(q.span.text(&article.text)),
            super::also(others.len())
        ),
        related: others
            .iter()
            .map(|(o, oq)| Related {
                doc: o.id.clone(),
                span: oq.speaker_span,
                message: format!("the same quote, credited to \"{}\"", speaker_named(o, oq)),
            })
            .collect(),
        data: Some(Detail::Compared {
            about: About::Quote(q.span.text(&article.text).to_string()),
            here: Side::value(&here),
            there: Side::value(&there).in_doc(o.id.clone()),
        }),
    }
}

/// The opening words of a quote, for a message: up to six words, then `…`
/// (quotation marks and the punctuation around the words left out).
fn opening(quote: &str) -> String {
    let inner = quote.trim_matches(|c: char| !c.is_alphanumeric());
    let words: Vec<&str> = inner.split_whitespace().collect();
    match words.len() {
        0..=6 => inner.to_string(),
        _ => format!(
            "{}…",
            words[..6].join(" ").trim_end_matches(|c: char| !c.is_alphanumeric())
        ),
    }
}

/// Whether two polarity claims can both be true: they agree.
pub fn holds(here: &Stated, there: &Stated) -> bool {
    claims::compatible(&here.claim.fact, &there.claim.fact)
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;
    use crate::rules::fixture::check;

    #[test]
    fn fires_on_a_quote_credited_to_someone_else() {
        check(
            Code::ConflictingAttribution,
            &[
                (
                    "a.txt",
                    "“We will rebuild the road before the rains come,” said Rosa Quispe, the regional governor.",
                ),
                (
                    "b.txt",
                    "“We will rebuild the road before the rains come,” Juan Soto told reporters.",
                ),
            ],
            expect![[r#"
                a.txt 59..70 "Rosa Quispe" warning conflicting-attribution: Speaker of “We will rebuild the road before…”: Rosa Quispe here; Juan Soto in b.txt
                  b.txt 54..63 "Juan Soto": the same quote, credited to "Juan Soto"
                b.txt 54..63 "Juan Soto" warning conflicting-attribution: Speaker of “We will rebuild the road before…”: Juan Soto here; Rosa Quispe in a.txt
                  a.txt 59..70 "Rosa Quispe": the same quote, credited to "Rosa Quispe"
            "#]],
        );
    }

    #[test]
    fn a_quote_cut_short_is_the_same_quote() {
        // One outlet quotes the whole statement, another its first clause.
        check(
            Code::ConflictingAttribution,
            &[
                (
                    "a.txt",
                    "“We respect the ruling of the court and we will study it carefully before deciding on an appeal,” company lawyer Ana Ruiz said.",
                ),
                (
                    "b.txt",
                    "“We respect the ruling of the court and we will study it carefully,” chief executive Tom Berg wrote.",
                ),
            ],
            expect![[r#"
                a.txt 117..125 "Ana Ruiz" warning conflicting-attribution: Speaker of “We respect the ruling of the…”: Ana Ruiz here; Tom Berg in b.txt
                  b.txt 89..97 "Tom Berg": the same quote, credited to "Tom Berg"
                b.txt 89..97 "Tom Berg" warning conflicting-attribution: Speaker of “We respect the ruling of the…”: Tom Berg here; Ana Ruiz in a.txt
                  a.txt 117..125 "Ana Ruiz": the same quote, credited to "Ana Ruiz"
            "#]],
        );
        // A short common opening is not the same statement.
        check(
            Code::ConflictingAttribution,
            &[
                (
                    "a.txt",
                    "“We are very pleased with the result,” coach Lena Vogt said after the match.",
                ),
                (
                    "b.txt",
                    "“We are very pleased with the result and the way the young players handled the pressure,” captain Marco Ruiz said.",
                ),
            ],
            expect![[""]],
        );
    }

    #[test]
    fn fires_on_did_against_did_not() {
        check(
            Code::ConflictingAttribution,
            &[
                ("a.txt", "Senator Lena Brandt attended the fundraiser in Denver."),
                ("b.txt", "Lena Brandt did not attend the fundraiser, her office said."),
            ],
            expect![[r#"
                a.txt 20..28 "attended" warning conflicting-attribution: Did Lena Brandt attend the fundraiser: yes here; no in b.txt
                  b.txt 12..26 "did not attend": "did not attend" for the same action
                b.txt 12..26 "did not attend" warning conflicting-attribution: Did Lena Brandt attend the fundraiser: no here; yes in a.txt
                  a.txt 20..28 "attended": "attended" for the same action
            "#]],
        );
    }

    #[test]
    fn silent_on_one_speaker_and_on_unnamed_subjects() {
        check(
            Code::ConflictingAttribution,
            &[
                (
                    "a.txt",
                    "“The pumps failed at midnight and nobody came,” said Charlie Kafoury.",
                ),
                ("b.txt", "“The pumps failed at midnight and nobody came,” Kafoury said."),
                (
                    "c.txt",
                    "“The pumps failed at midnight and nobody came,” said Ana Kafoury, his sister.",
                ),
                ("d.txt", "The delegation attended the ceremony."),
                ("e.txt", "The delegation did not attend the ceremony."),
            ],
            expect![[""]],
        );
    }
    #[test]
    fn fires_on_a_pronoun_or_description_speaker_named_by_coreference() {
        // `she` is the one woman named in the paragraph before.
        check(
            Code::ConflictingAttribution,
            &[
                (
                    "a.txt",
                    "Harbour master Ingrid Solberg closed the port on Friday.\n\n\"No vessel leaves until the swell has dropped below three metres,\" she said.",
                ),
                (
                    "b.txt",
                    "\"No vessel leaves until the swell has dropped below three metres,\" said coastguard commander Erik Vang.",
                ),
            ],
            expect![[r#"
                a.txt 125..128 "she" warning conflicting-attribution: Speaker of “No vessel leaves until the swell…”: Ingrid Solberg (“she”) here; Erik Vang in b.txt
                  b.txt 93..102 "Erik Vang": the same quote, credited to "Erik Vang"
                b.txt 93..102 "Erik Vang" warning conflicting-attribution: Speaker of “No vessel leaves until the swell…”: Erik Vang here; Ingrid Solberg (“she”) in a.txt
                  a.txt 125..128 "she": the same quote, credited to "Ingrid Solberg (“she”)"
            "#]],
        );
        // `the minister` repeats the title the article gave Tomas Berglund.
        check(
            Code::ConflictingAttribution,
            &[
                (
                    "a.txt",
                    "Finance Minister Tomas Berglund presented the budget on Tuesday. “This budget protects the pensions of every retired worker,” the minister said.",
                ),
                (
                    "b.txt",
                    "“This budget protects the pensions of every retired worker,” opposition leader Karin Ek told the chamber.",
                ),
            ],
            expect![[r#"
                a.txt 130..142 "the minister" warning conflicting-attribution: Speaker of “This budget protects the pensions of…”: Tomas Berglund (“the minister”) here; Karin Ek in b.txt
                  b.txt 83..91 "Karin Ek": the same quote, credited to "Karin Ek"
                b.txt 83..91 "Karin Ek" warning conflicting-attribution: Speaker of “This budget protects the pensions of…”: Karin Ek here; Tomas Berglund (“the minister”) in a.txt
                  a.txt 130..142 "the minister": the same quote, credited to "Tomas Berglund (“the minister”)"
            "#]],
        );
    }

    #[test]
    fn silent_on_one_speaker_under_other_name_forms() {
        // Dr Priya Nair as `she`, `Nair`, `Dr Nair` and in full; Fred and
        // Frederick Lowe are one name and its familiar form.
        check(
            Code::ConflictingAttribution,
            &[
                (
                    "a.txt",
                    "Dr Priya Nair leads the clinic in Leeds.\n\n“Every patient who came in that night was seen within the hour,” she said.",
                ),
                (
                    "b.txt",
                    "“Every patient who came in that night was seen within the hour,” Nair said.",
                ),
                (
                    "c.txt",
                    "“Every patient who came in that night was seen within the hour,” said Dr Nair.",
                ),
                (
                    "d.txt",
                    "“Every patient who came in that night was seen within the hour,” Priya Nair told the inquiry.",
                ),
                (
                    "e.txt",
                    "“The ferry left the harbour twenty minutes before the storm warning,” said Fred Lowe.",
                ),
                (
                    "f.txt",
                    "“The ferry left the harbour twenty minutes before the storm warning,” Frederick Lowe said.",
                ),
            ],
            expect![[""]],
        );
    }

    #[test]
    fn silent_when_a_pronoun_could_mean_two_people() {
        // Two women named before `she`: the quote has no speaker to compare.
        check(
            Code::ConflictingAttribution,
            &[
                (
                    "a.txt",
                    "Ingrid Solberg met ferry captain Maria Lund at the quay on Friday.\n\n“No vessel leaves until the swell has dropped below three metres,” she said.",
                ),
                (
                    "b.txt",
                    "“No vessel leaves until the swell has dropped below three metres,” said Erik Vang.",
                ),
            ],
            expect![[""]],
        );
    }
}
