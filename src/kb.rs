//! The knowledge base: an optional `entities.toml` in which a newsroom
//! records who is who and its house spelling.
//!
//! ```toml
//! [[entity]]
//! name = "Kim Jong-un"            # canonical name and house spelling
//! type = "PERSON"
//! aliases = ["Kim Jong Un", "Kim Jong-Un"]
//! description = "Supreme Leader of North Korea since 2011"
//! wikidata = "Q56226"
//! url = "https://en.wikipedia.org/wiki/Kim_Jong_Un"
//! ```
//!
//! Pure: parsing text into entries, with every problem located. A bad
//! entry is reported and skipped; the others still load.

use std::collections::HashMap;

use crate::analysis::text::fold;
use crate::analysis::{EntityType, Span};
use crate::config::{self, Node, Problem, Value};

/// Default file name, relative to the workspace root.
pub const FILE_NAME: &str = "entities.toml";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KbEntry {
    /// The canonical name, spelled the house way.
    pub name: String,
    pub ty: Option<EntityType>,
    pub aliases: Vec<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub wikidata: Option<String>,
    /// Where the entry's `name` stands in the file (for go-to-definition).
    pub span: Span,
}

impl KbEntry {
    /// A link for the entry: its URL, else its Wikidata page.
    pub fn link(&self) -> Option<String> {
        self.url.clone().or_else(|| {
            self.wikidata
                .as_ref()
                .map(|q| format!("https://www.wikidata.org/wiki/{q}"))
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Kb {
    pub entries: Vec<KbEntry>,
    /// Folded name or alias → entry index.
    by_fold: HashMap<String, usize>,
}

impl Kb {
    /// The entry whose name or alias folds to `key`.
    pub fn lookup(&self, key: &str) -> Option<&KbEntry> {
        self.by_fold.get(key).map(|&i| &self.entries[i])
    }

    /// Every folded form (name and aliases) of the entry for `key`.
    pub fn forms(&self, key: &str) -> Vec<String> {
        self.lookup(key)
            .map(|e| std::iter::once(&e.name).chain(&e.aliases).map(|n| fold(n)).collect())
            .unwrap_or_default()
    }
}

/// Parses `entities.toml`.
pub fn parse(text: &str) -> (Kb, Vec<Problem>) {
    let (root, mut problems) = config::parse_toml(text);
    let mut kb = Kb::default();
    let Value::Table(top) = &root.value else {
        return (kb, problems);
    };
    for (key, key_span, node) in top {
        if key != "entity" {
            problems.push(Problem {
                span: *key_span,
                message: format!("unknown key `{key}`: entries are written as [[entity]] tables"),
            });
            continue;
        }
        let Value::Array(items) = &node.value else {
            problems.push(Problem {
                span: node.span,
                message: "`entity` must be an array of tables ([[entity]])".into(),
            });
            continue;
        };
        for item in items {
            if let Some(entry) = entry(item, &mut problems) {
                let index = kb.entries.len();
                for form in std::iter::once(&entry.name).chain(&entry.aliases) {
                    let folded = fold(form);
                    match kb.by_fold.get(&folded) {
                        Some(&other) if other != index => problems.push(Problem {
                            span: Some(entry.span),
                            message: format!(
                                "`{form}` also belongs to the entry `{}`; the first entry keeps it",
                                kb.entries[other].name
                            ),
                        }),
                        _ => {
                            kb.by_fold.insert(folded, index);
                        }
                    }
                }
                kb.entries.push(entry);
            }
        }
    }
    (kb, problems)
}

/// Reads one `[[entity]]` table; `None`, with the problem reported, when
/// it is no table or has no valid `name`.
fn entry(item: &Node, problems: &mut Vec<Problem>) -> Option<KbEntry> {
    let Value::Table(fields) = &item.value else {
        problems.push(Problem {
            span: item.span,
            message: "an [[entity]] entry must be a table".into(),
        });
        return None;
    };
    let mut e = KbEntry {
        name: String::new(),
        ty: None,
        aliases: Vec::new(),
        description: None,
        url: None,
        wikidata: None,
        span: item.span.unwrap_or_default(),
    };
    for (key, key_span, node) in fields {
        if let Err(problem) = field(&mut e, key, node, problems) {
            problems.push(Problem {
                span: match problem {
                    FieldProblem::UnknownKey => *key_span,
                    FieldProblem::Expected(_) => node.span.or(*key_span),
                },
                message: problem.message(key),
            });
        }
    }
    // A name is set only when it is a non-empty string.
    if e.name.is_empty() {
        problems.push(Problem {
            span: item.span,
            message: "this [[entity]] has no `name`; it is skipped".into(),
        });
        return None;
    }
    Some(e)
}

/// What is wrong with one field of an entry.
enum FieldProblem {
    UnknownKey,
    /// What the value must be.
    Expected(&'static str),
}

impl FieldProblem {
    fn message(&self, key: &str) -> String {
        match self {
            FieldProblem::UnknownKey => {
                format!("unknown key `{key}` (known: name, type, aliases, description, url, wikidata)")
            }
            FieldProblem::Expected(what) => format!("`{key}` must be {what}"),
        }
    }
}

/// Reads the field `key` of an entry into `e`. Bad items of `aliases` are
/// reported one by one; the other problems are returned.
fn field(e: &mut KbEntry, key: &str, node: &Node, problems: &mut Vec<Problem>) -> Result<(), FieldProblem> {
    let text = || match &node.value {
        Value::Str(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        _ => None,
    };
    let expected = FieldProblem::Expected;
    match key {
        "name" => {
            e.name = text().ok_or(expected("a non-empty string"))?;
            e.span = node.span.unwrap_or(e.span);
        }
        "type" => {
            let label = text().map(|t| t.to_ascii_uppercase());
            let ty = label.as_deref().and_then(EntityType::from_label);
            e.ty = Some(ty.ok_or(expected("one of PERSON, ORG, GPE, LOC, FAC, NORP, EVENT"))?);
        }
        "aliases" => {
            let Value::Array(items) = &node.value else {
                return Err(expected("an array of strings"));
            };
            for a in items {
                match &a.value {
                    Value::Str(s) if !s.trim().is_empty() => e.aliases.push(s.trim().to_string()),
                    _ => problems.push(Problem {
                        span: a.span,
                        message: "`aliases` must hold non-empty strings".into(),
                    }),
                }
            }
        }
        "description" => {
            e.description = text();
            if e.description.is_none() {
                return Err(expected("a string"));
            }
        }
        "url" => {
            let url = text().filter(|u| u.starts_with("http://") || u.starts_with("https://"));
            e.url = Some(url.ok_or(expected("an http(s) URL"))?);
        }
        "wikidata" => {
            let id = text().filter(|q| q.starts_with('Q') && q.len() > 1 && q[1..].bytes().all(|b| b.is_ascii_digit()));
            e.wikidata = Some(id.ok_or(expected("a Wikidata id such as \"Q56226\""))?);
        }
        _ => return Err(FieldProblem::UnknownKey),
    }
    Ok(())
}

/// The text of a new entry, for the "Add to entities.toml" action.
pub fn entry_text(name: &str, ty: EntityType, aliases: &[String]) -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
    let mut out = format!("[[entity]]\nname = {}\ntype = \"{}\"\n", quote(name), ty.label());
    if !aliases.is_empty() {
        let list: Vec<String> = aliases.iter().map(|a| quote(a)).collect();
        out += &format!("aliases = [{}]\n", list.join(", "));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loads_entries_and_reports_bad_ones_with_locations() {
        let text = "[[entity]]\nname = \"Kim Jong-un\"\ntype = \"PERSON\"\naliases = [\"Kim Jong Un\"]\n\
                    wikidata = \"Q56226\"\n\n[[entity]]\ntype = \"SHIP\"\n\n[[entity]]\nname = \"Vladimir Putin\"\ncolour = 1\n";
        let (kb, problems) = parse(text);
        assert_eq!(kb.entries.len(), 2);
        assert_eq!(kb.lookup("kim jong un").unwrap().name, "Kim Jong-un");
        assert_eq!(
            kb.lookup("kim jong un").unwrap().link().unwrap(),
            "https://www.wikidata.org/wiki/Q56226"
        );
        assert_eq!(kb.entries[0].span.text(text), "\"Kim Jong-un\"");
        let messages: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
        assert!(messages.iter().any(|m| m.contains("PERSON, ORG")), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("no `name`")), "{messages:?}");
        assert!(messages.iter().any(|m| m.contains("colour")), "{messages:?}");
        let colour = problems.iter().find(|p| p.message.contains("colour")).unwrap();
        assert_eq!(colour.span.unwrap().text(text), "colour");
    }

    #[test]
    fn new_entries_round_trip() {
        let text = entry_text("Choe Son-hui", EntityType::Person, &["Choe Son Hui".into()]);
        let (kb, problems) = parse(&text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(kb.entries[0].aliases, ["Choe Son Hui"]);
    }
}
