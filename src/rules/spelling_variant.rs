//! `spelling-variant`: a full name spelled otherwise than the house
//! spelling (`Kim Jong Un` where the house writes `Kim Jong-un`).
//!
//! The workspace groups an entity's full-name mentions into spelling
//! groups (one folded name, or the knowledge base's forms of an entry) and
//! counts the spelled forms in each, kept by delta in its aggregates; this
//! rule picks the house spelling of a group ([`house_spelling`]) and judges
//! each mention against it ([`finding`]).

use std::collections::HashMap;

use super::{About, Detail, EntityId, Finding, Side};
use super::{Code, Level, Rule};
use crate::analysis::text::collapse;
use crate::analysis::{Article, Span};

pub const RULE: Rule = Rule {
    code: Code::SpellingVariant,
    name: "spelling-variant",
    level: Level::Hint,
    summary: "A name is spelled differently from the house spelling",
    description: "Compares each full-name mention of an entity with the house spelling of that name: the \
        knowledge base's `name` when an entry covers it (its aliases count as variants to replace), otherwise \
        the spelling the workspace's full-name mentions of the same folded name use more often than any other \
        (`Kim Jong-un` in 14 of 16 mentions). It fires on a mention spelled otherwise in what folding sets \
        aside: case, diacritics, hyphens against spaces, full stops and apostrophes, `Centre` against `Center` \
        (`Kim Jong Un`, `Einarsdottir` for `Einarsdóttir`), with the house spelling as the quick fix and its \
        source in the message. It stays silent when the most used spellings tie (there is no house spelling \
        yet), on a name set in capitals in a dateline or headline (`PHILADELPHIA —`), on the title before a \
        name (only the name is compared), on short forms and descriptions, and between different full names of \
        one entity (`Mark Felt` and `W. Mark Felt` are a shorter and a fuller form, not misspellings) unless \
        the knowledge base lists both for one entry.",
};

/// A full name as written at `span` (the name without its title), white
/// space collapsed.
pub fn spelled(text: &str, span: Span) -> String {
    collapse(span.text(text))
}

/// The house spelling of a name and where it comes from: the knowledge
/// base's (`kb_name`, the name of the entry that covers it), else the spelling used more often than any other among
/// `counts` (spelled form → full-name mentions).
pub fn house_spelling(kb_name: Option<&str>, counts: &HashMap<String, usize>) -> Option<(String, String)> {
    if let Some(name) = kb_name {
        return Some((name.to_string(), "the house spelling in the knowledge base".to_string()));
    }
    let mut ranked: Vec<(&String, &usize)> = counts.iter().filter(|(_, n)| **n > 0).collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    match ranked.as_slice() {
        [(top, n), (_, second), ..] if n > second => {
            let total: usize = ranked.iter().map(|(_, c)| **c).sum();
            Some((
                top.to_string(),
                format!("the workspace's spelling in {n} of {total} mentions"),
            ))
        }
        _ => None,
    }
}

/// The finding on a full name of entity `id` (at `span` in `a`, its title
/// left out) spelled otherwise than the house spelling (with its source),
/// if it is.
pub fn finding(id: &EntityId, a: &Article, span: Span, (house, source): &(String, String)) -> Option<Finding> {
    let here = spelled(&a.text, span);
    // `PHILADELPHIA —` in a dateline or headline: set in capitals,
    // not spelled differently.
    let shouted = here.chars().any(char::is_alphabetic) && !here.chars().any(char::is_lowercase);
    (here != *house && !(shouted && here.to_lowercase() == house.to_lowercase())).then(|| Finding {
        doc: a.id.clone(),
        span,
        code: RULE.code,
        level: RULE.level,
        message: format!("\"{here}\" is spelled \"{house}\" elsewhere ({source})"),
        related: Vec::new(),
        data: Some(Detail::Compared {
            about: About::Spelling { entity: id.clone() },
            here: Side::value(here),
            there: Side::value(house.clone()),
        }),
    })
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;
    use crate::rules::fixture::{check, check_in, workspace};

    #[test]
    fn fires_on_the_minority_spelling() {
        check(
            Code::SpellingVariant,
            &[
                (
                    "a.txt",
                    "Opposition leader Yulia Navalnaya-Orlova addressed the rally in Vilnius.",
                ),
                ("b.txt", "Yulia Navalnaya-Orlova said the vote would be held in spring."),
                ("c.txt", "Supporters cheered as Yulia Navalnaya Orlova arrived."),
            ],
            expect![[r#"
                c.txt 22..44 "Yulia Navalnaya Orlova" hint spelling-variant: "Yulia Navalnaya Orlova" is spelled "Yulia Navalnaya-Orlova" elsewhere (the workspace's spelling in 2 of 3 mentions)
            "#]],
        );
    }

    #[test]
    fn fires_against_the_knowledge_base() {
        let mut w = workspace(&[
            ("a.txt", "Harbour master Tomás Ferreira closed the port on Friday."),
            ("b.txt", "Tomas Ferreira said the port would reopen after the storm."),
        ]);
        let (kb, problems) = crate::kb::parse(
            "[[entity]]\nname = \"Tomás Ferreira\"\ntype = \"PERSON\"\naliases = [\"Tomas Ferreira\"]\n",
        );
        assert!(problems.is_empty(), "{problems:?}");
        w.set_kb(Some(("entities.toml".into(), kb)));
        check_in(
            &w,
            Code::SpellingVariant,
            expect![[r#"
            b.txt 0..14 "Tomas Ferreira" hint spelling-variant: "Tomas Ferreira" is spelled "Tomás Ferreira" elsewhere (the house spelling in the knowledge base)
        "#]],
        );
    }

    #[test]
    fn silent_on_ties_capitals_and_fuller_forms() {
        check(
            Code::SpellingVariant,
            &[
                (
                    "a.txt",
                    "VILNIUS — Yulia Navalnaya-Orlova addressed the rally on Saturday.",
                ),
                (
                    "b.txt",
                    "YULIA NAVALNAYA-ORLOVA SPEAKS\nYulia Navalnaya-Orlova spoke for an hour.",
                ),
                ("c.txt", "Mark Felt, the former FBI official, died on Thursday."),
                ("d.txt", "W. Mark Felt was 95."),
                ("e.txt", "Mayor Ana Ruiz-Paz opened the bridge."),
                ("f.txt", "Mayor Ana Ruiz Paz cut the ribbon."),
            ],
            expect![[""]],
        );
    }
}
