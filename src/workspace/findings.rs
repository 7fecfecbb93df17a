//! Findings: what newsls reports, in the core's terms (byte spans, document
//! ids). The adapters turn them into LSP diagnostics or CLI output.

use crate::analysis::Span;
use crate::config::Level;

use super::DocId;

/// One reported problem in one article.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub doc: DocId,
    pub span: Span,
    /// Stable kebab-case code (`conflicting-quantity`, `config`, …).
    pub code: &'static str,
    pub level: Level,
    pub message: String,
    /// The other side(s): locations in other articles.
    pub related: Vec<Related>,
    /// Structured detail for machine consumers.
    pub data: Option<serde_json::Value>,
}

/// A location elsewhere that explains a finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub doc: DocId,
    pub span: Span,
    pub message: String,
}

/// What each code means, for rule tables (SARIF) and documentation.
pub fn describe(code: &str) -> &'static str {
    match code {
        "conflicting-quantity" => "Another article gives a different number for the same fact",
        "conflicting-date" => "Another article gives a different date or time for the same event",
        "conflicting-role" => "Another article gives the same person a different title or affiliation",
        "conflicting-place" => "Another article puts the same event in a different place",
        "conflicting-attribution" => "Another article credits the statement or action to someone else",
        "quote-variant" => "The same speaker's quote is worded differently in another article",
        "spelling-variant" => "A name is spelled differently from the house spelling",
        "config" => "A problem in the newsls configuration",
        "knowledge-base" => "A problem in the knowledge-base file (entities.toml)",
        "analysis-failed" => "newsls could not analyse the article (an internal error; please report it)",
        _ => "newsls finding",
    }
}

impl Finding {
    /// The value as written here and, for cross-article findings, there:
    /// what an `ignore` entry names.
    pub fn sides(&self) -> (String, Option<String>) {
        let value = |side: &str| {
            self.data
                .as_ref()?
                .get(side)?
                .get("value")?
                .as_str()
                .map(str::to_string)
        };
        (value("here").unwrap_or_else(|| self.message.clone()), value("there"))
    }
}

/// Applies the configuration: severity per code, and dismissed findings.
/// Findings turned `off` or ignored go.
pub fn with_levels(findings: Vec<Finding>, config: &crate::config::Config) -> Vec<Finding> {
    findings
        .into_iter()
        .filter_map(|mut f| {
            f.level = config.level(f.code, f.level);
            let (here, there) = f.sides();
            let ignored = config.ignore.iter().any(|i| i.matches(f.code, &here, there.as_deref()));
            (f.level != Level::Off && !ignored).then_some(f)
        })
        .collect()
}
