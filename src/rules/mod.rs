//! What newsls reports: a [`Finding`] with its [`Code`], [`Level`] and
//! [`Detail`] (naming the [`EntityId`] it is about, if any), and the
//! rules: one file per finding code, each with its registry entry
//! ([`Rule`]: code, default level, summary, description), the part of the
//! check that is its own (how a conflict is decided, how the finding
//! reads) and its fixture tests.
//!
//! The workspace finds the candidates — it owns the cross-article indexes
//! and aggregates that make a check cost what the edited article reaches —
//! and hands each rule the two sides to judge and report. The descriptions
//! are the one text behind `docs/rules/<code>.md`, the SARIF rules'
//! `fullDescription` and anything else that explains a code.
//!
//! Adding a rule: a variant in [`Code`], a file here with its `RULE` and
//! fixture tests (one workspace that must fire, one that must stay silent,
//! through `check`), an entry in [`RULES`], the producer (in `workspace`,
//! or an adapter for file problems), then `NEWSLS_BLESS=1 cargo test --lib
//! rules` to write its `docs/rules/<code>.md`, and the code in README's
//! table and the VS Code extension (`tests/codes.rs` asks for them).

pub mod analysis_failed;
pub mod claim;
mod code;
pub mod config;
pub mod conflicting_attribution;
pub mod conflicting_date;
pub mod conflicting_place;
pub mod conflicting_quantity;
pub mod conflicting_role;
mod entity_id;
mod finding;
pub mod knowledge_base;
mod level;
pub mod quote_variant;
pub mod spelling_variant;

pub use code::{Code, UnknownCode};
pub use entity_id::{EntityId, IdKind};
pub use finding::{About, Detail, Finding, Related, Side, distinct_conflicts, short_name};
pub use level::Level;

/// One rule: what a finding code means and how loud it is by default.
#[derive(Debug)]
pub struct Rule {
    pub code: Code,
    /// The code as users write it (`Code::as_str`).
    pub name: &'static str,
    /// The level a finding has unless `severity` in the configuration says
    /// otherwise.
    pub level: Level,
    /// One sentence: what a finding of this code says.
    pub summary: &'static str,
    /// One paragraph: what the rule checks, what fires it and what
    /// deliberately does not.
    pub description: &'static str,
}

/// Every rule, in the order of [`Code::ALL`].
pub const RULES: &[&Rule] = &[
    &conflicting_quantity::RULE,
    &conflicting_date::RULE,
    &conflicting_role::RULE,
    &conflicting_place::RULE,
    &conflicting_attribution::RULE,
    &quote_variant::RULE,
    &spelling_variant::RULE,
    &config::RULE,
    &knowledge_base::RULE,
    &analysis_failed::RULE,
];

/// The rule of a code.
pub fn rule(code: Code) -> &'static Rule {
    // `RULES` follows the declaration order of `Code` (tested below).
    RULES[code as usize]
}

impl Code {
    /// The rule of this code.
    pub fn rule(self) -> &'static Rule {
        rule(self)
    }
}

/// Where a rule's documentation lives in the repository.
pub fn doc_path(code: Code) -> String {
    format!("docs/rules/{}.md", code.as_str())
}

/// A rule's documentation page, as `docs/rules/<code>.md` holds it.
pub fn render_doc(rule: &Rule) -> String {
    format!(
        "<!-- Generated from src/rules/{file}.rs by `NEWSLS_BLESS=1 cargo test --lib rules`; do not edit. -->\n\
         # `{name}`\n\n\
         {summary}.\n\n\
         Default severity: `{level}` (change it under `[severity]` in `newsls.toml`).\n\n\
         {description}\n",
        file = rule.name.replace('-', "_"),
        name = rule.name,
        summary = rule.summary,
        level = rule.level,
        description = wrap(rule.description, 100),
    )
}

/// Text broken into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split_whitespace() {
        if line > 0 && line + 1 + word.chars().count() > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.chars().count();
    }
    out
}

/// The finding of a problem found in a configuration or knowledge-base
/// file: one of `rule` at its place (the file's start when it has none).
fn problem_finding(
    rule: &Rule,
    doc: &crate::analysis::DocId,
    span: Option<crate::analysis::Span>,
    message: String,
) -> Finding {
    Finding {
        doc: doc.clone(),
        span: span.unwrap_or_default(),
        code: rule.code,
        level: rule.level,
        message,
        related: Vec::new(),
        data: None,
    }
}

/// How many other articles a finding links to; the message counts the rest.
pub const MAX_RELATED: usize = 5;

/// ` and 2 other articles`: what a message adds after naming the first of
/// `others` other articles.
fn also(others: usize) -> String {
    match others {
        0 | 1 => String::new(),
        2 => " and 1 other article".to_string(),
        n => format!(" and {} other articles", n - 1),
    }
}

/// The rules' fixture tests: small multi-article workspaces written for
/// the test, and their findings rendered for `expect!` snapshots.
#[cfg(test)]
mod fixture {
    use super::{Code, Finding};
    use crate::workspace::{Article, Workspace};

    /// Fixture workspaces for the rules' tests: articles written for the test.
    pub fn workspace(docs: &[(&str, &str)]) -> Workspace {
        let mut w = Workspace::new();
        for (id, text) in docs {
            w.insert(Article::analyze((*id).into(), (*text).into()));
        }
        w
    }

    /// Checks the findings of one code over a fixture workspace against a
    /// snapshot (`UPDATE_EXPECT=1 cargo test` refreshes it).
    pub fn check(code: Code, docs: &[(&str, &str)], expect: expect_test::Expect) {
        check_in(&workspace(docs), code, expect);
    }

    /// [`check`] over a workspace built by the test. Both ways of asking (the
    /// whole workspace at once, as the CLI does, and article by article, as
    /// the server does) must give the same findings.
    pub fn check_in(w: &Workspace, code: Code, expect: expect_test::Expect) {
        let order = |a: &Finding, b: &Finding| (&a.doc, a.span.start, a.code).cmp(&(&b.doc, b.span.start, b.code));
        let mut all = w.findings();
        all.sort_by(order);
        let mut each: Vec<Finding> = w.articles().iter().flat_map(|a| w.findings_for(&a.id)).collect();
        each.sort_by(order);
        assert_eq!(all, each, "findings() and findings_for() disagree");
        let text = |doc: &str| w.get(doc).map(|a| a.text.to_string()).unwrap_or_default();
        let ours: Vec<Finding> = all.into_iter().filter(|f| f.code == code).collect();
        expect.assert_eq(&render(&ours, &text));
    }

    /// Findings as the rules' snapshots show them: one line per finding
    /// (article, byte span, its text, level, code, message), then one indented
    /// line per related location.
    pub fn render(findings: &[Finding], text: &dyn Fn(&str) -> String) -> String {
        let mut out = String::new();
        for f in findings {
            let t = text(&f.doc);
            out += &format!(
                "{} {}..{} {:?} {} {}: {}\n",
                f.doc,
                f.span.start,
                f.span.end,
                f.span.text(&t),
                f.level,
                f.code,
                f.message
            );
            for r in &f.related {
                let t = text(&r.doc);
                out += &format!(
                    "  {} {}..{} {:?}: {}\n",
                    r.doc,
                    r.span.start,
                    r.span.end,
                    r.span.text(&t),
                    r.message
                );
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registry_has_one_rule_per_code_in_order() {
        let codes: Vec<Code> = RULES.iter().map(|r| r.code).collect();
        assert_eq!(codes, Code::ALL);
        for r in RULES {
            assert_eq!(r.name, r.code.as_str());
            assert_eq!(rule(r.code).name, r.name);
            assert!(
                !r.summary.ends_with('.'),
                "{}: the summary is a sentence without its full stop",
                r.name
            );
            assert!(r.description.ends_with('.'), "{}", r.name);
        }
    }

    /// `docs/rules/<code>.md` is what the registry renders; rewrite with
    /// `NEWSLS_BLESS=1` (or `UPDATE_EXPECT=1`).
    #[test]
    fn rule_docs_are_rendered_from_the_registry() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
        let bless = std::env::var_os("NEWSLS_BLESS").is_some() || std::env::var_os("UPDATE_EXPECT").is_some();
        let mut stale = Vec::new();
        for r in RULES {
            let path = dir.join(format!("{}.md", r.name));
            let want = render_doc(r);
            if std::fs::read_to_string(&path).ok().as_deref() == Some(want.as_str()) {
                continue;
            }
            if bless {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, want).unwrap();
            } else {
                stale.push(doc_path(r.code));
            }
        }
        assert!(
            stale.is_empty(),
            "{stale:?} differ from the registry; run `NEWSLS_BLESS=1 cargo test --lib rules` to rewrite them"
        );
        let mut extra: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .filter_map(|e| Some(e.ok()?.file_name().to_string_lossy().into_owned()))
            .filter(|name| !RULES.iter().any(|r| format!("{}.md", r.name) == *name))
            .collect();
        extra.sort();
        assert!(extra.is_empty(), "docs/rules has files of no rule: {extra:?}");
    }
}
