//! Findings: what newsls reports, in the core's terms (byte spans, document
//! ids, typed codes and details). The workspace produces them through the
//! rules; the adapters turn them into LSP diagnostics or CLI output (the
//! detail as JSON, in the `json` module).

use super::{Code, EntityId, Level};
use crate::analysis::{DocId, Span};

/// One reported problem in one article.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    pub doc: DocId,
    pub span: Span,
    pub code: Code,
    pub level: Level,
    pub message: String,
    /// The other side(s): locations in other articles.
    pub related: Vec<Related>,
    /// Structured detail for machine consumers and `ignore` entries.
    pub data: Option<Detail>,
}

/// A location elsewhere that explains a finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub doc: DocId,
    pub span: Span,
    pub message: String,
}

/// A finding's structured detail. The adapters render it as JSON (the
/// `data` of `check --format json`, SARIF `properties.claims`, the LSP
/// diagnostic's `data`, which the code actions read back).
#[derive(Clone, Debug, PartialEq)]
pub enum Detail {
    /// `analysis-failed`: the internal error, as the guard caught it.
    Failure { error: String },
    /// A value here against a value elsewhere (or the house spelling).
    Compared { about: About, here: Side, there: Side },
}

/// What a compared value is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum About {
    /// A claim's property: the first part of its key (`dead`, `day:derail`).
    Property(String),
    /// A person's title; the entity's id (a folded full name).
    Title { entity: EntityId },
    /// An entity's name against the house spelling, which is `there`'s
    /// value and the quick fix's replacement; the entity's id.
    Spelling { entity: EntityId },
    /// The same words credited to someone else: the quote as written here.
    Quote(String),
    /// The same speaker in other words: the speaker as written here.
    Speaker(String),
}

/// One side of a compared finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Side {
    /// The value as written (what `ignore` entries name).
    pub value: String,
    /// For claims: what is compared, as a signature (an interval, a date's
    /// parts, a place's entity).
    pub fact: Option<String>,
    /// For the other side: the first other article stating it.
    pub doc: Option<DocId>,
    /// For the other side of claims and titles: how many other articles
    /// state it.
    pub articles: Option<usize>,
}

impl Side {
    /// A value with nothing else known about it.
    pub fn value(value: impl Into<String>) -> Side {
        Side {
            value: value.into(),
            fact: None,
            doc: None,
            articles: None,
        }
    }

    /// The same, stated in another article.
    pub fn in_doc(self, doc: impl Into<DocId>) -> Side {
        Side {
            doc: Some(doc.into()),
            ..self
        }
    }

    /// The same, with the fact it states.
    pub fn with_fact(self, fact: impl Into<String>) -> Side {
        Side {
            fact: Some(fact.into()),
            ..self
        }
    }

    /// The same, stated by this many other articles.
    pub fn in_articles(self, n: usize) -> Side {
        Side {
            articles: Some(n),
            ..self
        }
    }
}

impl Finding {
    /// The value as written here and, for cross-article findings, there:
    /// what an `ignore` entry names.
    pub fn sides(&self) -> (String, Option<String>) {
        match &self.data {
            Some(Detail::Compared { here, there, .. }) => (here.value.clone(), Some(there.value.clone())),
            _ => (self.message.clone(), None),
        }
    }
}

/// How many different conflicts the findings report: a conflict reported
/// from both articles (`6` in a.txt against `8` in b.txt, and `8` against
/// `6`), or from every article of a group, is one. Two conflict findings
/// are one conflict when they have the same code, are about the same
/// property, person or quote, and compare the same two values either way
/// round (facts where the finding has them, else the values as written,
/// case and spacing aside). Findings of other codes are no conflicts.
pub fn distinct_conflicts(findings: &[Finding]) -> usize {
    let mut seen = std::collections::HashSet::new();
    for f in findings.iter().filter(|f| f.code.is_conflict()) {
        let Some(Detail::Compared { about, here, there }) = &f.data else {
            seen.insert((f.code, f.doc.to_string(), vec![f.message.clone()]));
            continue;
        };
        let about = match about {
            About::Property(p) => p.clone(),
            About::Title { entity } | About::Spelling { entity } => entity.to_string(),
            About::Quote(q) | About::Speaker(q) => words(q),
        };
        let value = |s: &Side| s.fact.clone().unwrap_or_else(|| words(&s.value));
        let mut pair = vec![value(here), value(there)];
        pair.sort();
        seen.insert((f.code, about, pair));
    }
    seen.len()
}

/// Text as compared for sameness: its words, lowercase.
fn words(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The file name of a document id (a path or URI), percent escapes
/// decoded, as messages and hovers name an article.
pub fn short_name(id: &str) -> String {
    let last = id.rsplit('/').next().unwrap_or(id);
    let bytes = last.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(b) = last.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixture::workspace;

    #[test]
    fn a_conflict_reported_from_each_article_counts_once() {
        // One count against two articles with the other (one written in
        // figures), and a title: five findings, two conflicts.
        let w = workspace(&[
            (
                "a.txt",
                "Six carriages left the tracks. Chief Executive Peter Kamau said so.",
            ),
            (
                "b.txt",
                "Eight carriages left the tracks. Operations Director Peter Kamau said so.",
            ),
            ("c.txt", "Rescuers said 8 carriages had left the tracks."),
        ]);
        let findings = w.findings();
        let conflicts: Vec<&Finding> = findings.iter().filter(|f| f.code.is_conflict()).collect();
        assert_eq!(conflicts.len(), 5, "{conflicts:#?}");
        assert_eq!(distinct_conflicts(&findings), 2, "{conflicts:#?}");
        assert_eq!(distinct_conflicts(&findings[..0]), 0);
    }
}
