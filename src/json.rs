//! JSON renderings of the core's findings, shared by the two adapters: the
//! `data` of `newsls check --format json`, SARIF's `properties.claims` and
//! the LSP diagnostic's `data` (which the code actions read back). The core
//! never builds JSON; this is the one place its typed detail becomes the
//! wire shape, so the three stay the same.

use serde_json::{Map, Value, json};

use crate::rules::{About, Detail, Side};

/// A finding's detail as JSON: `{"error"}` for a failed analysis, else
/// `here` and `there` (`value`, and where known `fact`, `doc`, `articles`)
/// with what the values are about (`property`, `entity`, `replacement`,
/// `quote` or `speaker`).
pub fn detail(d: &Detail) -> Value {
    match d {
        Detail::Failure { error } => json!({ "error": error }),
        Detail::Compared { about, here, there } => {
            let mut out = Map::new();
            out.insert("here".into(), side(here));
            out.insert("there".into(), side(there));
            match about {
                About::Property(p) => {
                    out.insert("property".into(), json!(p));
                }
                About::Title { entity } => {
                    out.insert("entity".into(), json!(entity.as_str()));
                    out.insert("property".into(), json!("title"));
                }
                About::Spelling { entity } => {
                    out.insert("entity".into(), json!(entity.as_str()));
                    out.insert("replacement".into(), json!(there.value));
                }
                About::Quote(q) => {
                    out.insert("quote".into(), json!(q));
                }
                About::Speaker(s) => {
                    out.insert("speaker".into(), json!(s));
                }
            }
            Value::Object(out)
        }
    }
}

fn side(s: &Side) -> Value {
    let mut out = Map::new();
    out.insert("value".into(), json!(s.value));
    if let Some(fact) = &s.fact {
        out.insert("fact".into(), json!(fact));
    }
    if let Some(doc) = &s.doc {
        out.insert("doc".into(), json!(&**doc));
    }
    if let Some(n) = s.articles {
        out.insert("articles".into(), json!(n));
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::EntityId;

    #[test]
    fn details_render_in_the_wire_shape() {
        let spelling = Detail::Compared {
            about: About::Spelling {
                entity: EntityId::parse("kim jong un"),
            },
            here: Side::value("Kim Jong Un"),
            there: Side::value("Kim Jong-un"),
        };
        assert_eq!(
            detail(&spelling).to_string(),
            r#"{"entity":"kim jong un","here":{"value":"Kim Jong Un"},"replacement":"Kim Jong-un","there":{"value":"Kim Jong-un"}}"#
        );
        let claim = Detail::Compared {
            about: About::Property("carriage".into()),
            here: Side::value("Six carriages").with_fact("6..6"),
            there: Side::value("Eight carriages")
                .in_doc("b.txt")
                .with_fact("8..8")
                .in_articles(2),
        };
        assert_eq!(
            detail(&claim).to_string(),
            r#"{"here":{"fact":"6..6","value":"Six carriages"},"property":"carriage","there":{"articles":2,"doc":"b.txt","fact":"8..8","value":"Eight carriages"}}"#
        );
        let failed = Detail::Failure { error: "boom".into() };
        assert_eq!(detail(&failed).to_string(), r#"{"error":"boom"}"#);
    }
}
