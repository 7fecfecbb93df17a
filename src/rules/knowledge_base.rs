//! `knowledge-base`: a problem in the knowledge-base file (`entities.toml`).
//!
//! `kb::parse` skips a bad entry and loads the rest, with every problem
//! located; this rule turns those problems into findings on the file.

use super::Finding;
use super::{Code, Level, Rule};
use crate::analysis::{DocId, Span};

pub const RULE: Rule = Rule {
    code: Code::KnowledgeBase,
    name: "knowledge-base",
    level: Level::Warning,
    summary: "A problem in the knowledge-base file (entities.toml)",
    description: "Fires on each problem in the knowledge-base file (`knowledgeBase`, by default \
        `entities.toml`), at its line and column: TOML that does not parse, a top-level key other than \
        `[[entity]]` tables, an entry that is not a table or has no `name`, an unknown key in an entry, a \
        value of the wrong kind (an unknown `type`, `aliases` that are not non-empty strings, a `url` that is \
        not http(s), a `wikidata` id not shaped like `Q56226`), a name or alias already given to another entry \
        (the first entry keeps it). The entry with the problem is skipped or keeps only its valid keys; every \
        other entry loads and keeps linking names. A missing knowledge base is no problem and fires nothing.",
};

/// The finding of a problem in the knowledge-base file `doc`, at its
/// place (the file's start when it has none).
pub fn finding(doc: &DocId, span: Option<Span>, message: String) -> Finding {
    super::problem_finding(&RULE, doc, span, message)
}

#[cfg(test)]
mod tests {
    use expect_test::{Expect, expect};

    use super::*;

    fn check(toml: &str, expect: Expect) {
        let (_, problems) = crate::kb::parse(toml);
        let doc = "entities.toml".into();
        let found: Vec<Finding> = problems.into_iter().map(|p| finding(&doc, p.span, p.message)).collect();
        expect.assert_eq(&crate::rules::fixture::render(&found, &|_| toml.to_string()));
    }

    #[test]
    fn fires_on_a_bad_entry() {
        check(
            "[[entity]]\nname = \"Harbour Authority\"\ntype = \"AGENCY\"\n\n[[entity]]\naliases = [\"HA\"]\n",
            expect![[r#"
                entities.toml 45..53 "\"AGENCY\"" warning knowledge-base: `type` must be one of PERSON, ORG, GPE, LOC, FAC, NORP, EVENT
                entities.toml 55..65 "[[entity]]" warning knowledge-base: this [[entity]] has no `name`; it is skipped
            "#]],
        );
    }

    #[test]
    fn silent_on_valid_entries() {
        check(
            "[[entity]]\nname = \"Maria Lopez\"\ntype = \"PERSON\"\naliases = [\"María López\"]\n\
             description = \"Chief executive of the Harbour Authority\"\n",
            expect![[""]],
        );
    }
}
