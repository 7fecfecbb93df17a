//! `config`: a problem in `newsls.toml`.
//!
//! The configuration is validated by `config::apply`, which never fails a
//! load: each unknown key or bad value becomes a located problem and the
//! key keeps its previous value. This rule turns the problems of the file
//! into findings on the file; problems in the editor's settings have no
//! file to point at and are shown as a message by the server instead.

use super::Finding;
use super::{Code, Level, Rule};
use crate::analysis::{DocId, Span};

pub const RULE: Rule = Rule {
    code: Code::Config,
    name: "config",
    level: Level::Warning,
    summary: "A problem in the newsls configuration",
    description: "Fires on each problem in the workspace's `newsls.toml` (or the file given to `newsls check \
        --config`), at its line and column: TOML that does not parse, an unknown key, a value of the wrong \
        type or out of range, a bad glob, an unknown diagnostic code under `severity` (the message lists the \
        valid codes) or in an `ignore` entry, an unknown level, an `ignore` entry without a valid `code`. A \
        bad key never stops newsls: it keeps its previous value (the default, or what the editor's settings \
        gave) and everything else loads. Problems in the editor's own settings (`initializationOptions`, \
        `workspace/configuration`) have no file to point at: the server shows them as a warning message, not \
        as this finding.",
};

/// The finding of a problem in the configuration file `doc`, at its
/// place (the file's start when it has none).
pub fn finding(doc: &DocId, span: Option<Span>, message: String) -> Finding {
    super::problem_finding(&RULE, doc, span, message)
}

#[cfg(test)]
mod tests {
    use expect_test::{Expect, expect};

    use super::*;
    use crate::config::{self, Config};

    fn check(toml: &str, expect: Expect) {
        let (node, mut problems) = config::parse_toml(toml);
        config::apply(&mut Config::default(), &node, &mut problems);
        let doc = "newsls.toml".into();
        let found: Vec<Finding> = problems.into_iter().map(|p| finding(&doc, p.span, p.message)).collect();
        expect.assert_eq(&crate::rules::fixture::render(&found, &|_| toml.to_string()));
    }

    #[test]
    fn fires_on_unknown_codes_keys_and_values() {
        check(
            "include = [\"wires/**/*.txt\"]\ndebounceMs = \"soon\"\n\n[severity]\nquote-variants = \"off\"\n",
            expect![[r#"
                newsls.toml 42..48 "\"soon\"" warning config: `debounceMs` must be an integer, not a string; the default is used
                newsls.toml 61..75 "quote-variants" warning config: `severity`: unknown diagnostic code `quote-variants` (known: conflicting-quantity, conflicting-date, conflicting-role, conflicting-place, conflicting-attribution, quote-variant, spelling-variant, config, knowledge-base, analysis-failed)
            "#]],
        );
    }

    #[test]
    fn silent_on_a_valid_file() {
        check(
            "include = [\"wires/**/*.txt\"]\n\n[severity]\nquote-variant = \"off\"\n\n\
             [[ignore]]\ncode = \"conflicting-role\"\nhere = \"Harbour Master\"\n",
            expect![[""]],
        );
    }
}
