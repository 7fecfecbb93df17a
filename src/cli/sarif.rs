//! SARIF 2.1.0 output, the format code-scanning services ingest.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use super::locate::Locator;
use crate::config::Level;
use crate::rules::Code;
use crate::workspace::Finding;

pub fn log(findings: &[Finding], loc: &Locator) -> Value {
    let rules: BTreeSet<Code> = findings.iter().map(|f| f.code).collect();
    let rules: Vec<Value> = rules.into_iter().map(rule).collect();
    let results: Vec<Value> = findings.iter().map(|f| result(f, loc)).collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "newsls",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

/// A rule's `reportingDescriptor`: its summary and description from the
/// registry, and its default level.
fn rule(code: Code) -> Value {
    let rule = code.rule();
    json!({
        "id": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.description},
        "defaultConfiguration": {"level": level(rule.level)},
    })
}

fn level(l: Level) -> &'static str {
    match l {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Information | Level::Hint => "note",
        Level::Off => "none",
    }
}

fn location(doc: &str, start: usize, end: usize, loc: &Locator) -> Value {
    let (s, e) = (loc.pos(doc, start), loc.pos(doc, end));
    json!({"physicalLocation": {
        "artifactLocation": {"uri": doc},
        "region": {"startLine": s.line, "startColumn": s.column, "endLine": e.line, "endColumn": e.column},
    }})
}

fn result(f: &Finding, loc: &Locator) -> Value {
    let related: Vec<Value> = f
        .related
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let mut l = location(&r.doc, r.span.start, r.span.end, loc);
            l["id"] = json!(i);
            l["message"] = json!({"text": r.message});
            l
        })
        .collect();
    let mut r = json!({
        "ruleId": f.code.as_str(),
        "level": level(f.level),
        "message": {"text": f.message},
        "locations": [location(&f.doc, f.span.start, f.span.end, loc)],
    });
    if !related.is_empty() {
        r["relatedLocations"] = json!(related);
    }
    if let Some(data) = &f.data {
        r["properties"] = json!({"claims": crate::json::detail(data)});
    }
    r
}
