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
    let mut named = false;
    for (key, key_span, node) in fields {
        let text = || match &node.value {
            Value::Str(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            _ => None,
        };
        let mut bad = |what: &str| {
            problems.push(Problem {
                span: node.span.or(*key_span),
                message: format!("`{key}` must be {what}"),
            });
        };
        match key.as_str() {
            "name" => match text() {
                Some(n) => {
                    e.name = n;
                    e.span = node.span.unwrap_or(e.span);
                    named = true;
                }
                None => bad("a non-empty string"),
            },
            "type" => match text()
                .as_deref()
                .and_then(|t| EntityType::from_label(&t.to_ascii_uppercase()))
            {
                Some(t) => e.ty = Some(t),
                None => bad("one of PERSON, ORG, GPE, LOC, FAC, NORP, EVENT"),
            },
            "aliases" => match &node.value {
                Value::Array(items) => {
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
                _ => bad("an array of strings"),
            },
            "description" => {
                e.description = text().or_else(|| {
                    bad("a string");
                    None
                })
            }
            "url" => match text().filter(|u| u.starts_with("http://") || u.starts_with("https://")) {
                Some(u) => e.url = Some(u),
                None => bad("an http(s) URL"),
            },
            "wikidata" => match text()
                .filter(|q| q.starts_with('Q') && q.len() > 1 && q[1..].bytes().all(|b| b.is_ascii_digit()))
            {
                Some(q) => e.wikidata = Some(q),
                None => bad("a Wikidata id such as \"Q56226\""),
            },
            _ => problems.push(Problem {
                span: *key_span,
                message: format!("unknown key `{key}` (known: name, type, aliases, description, url, wikidata)"),
            }),
        }
    }
    if !named {
        problems.push(Problem {
            span: item.span,
            message: "this [[entity]] has no `name`; it is skipped".into(),
        });
        return None;
    }
    Some(e)
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
