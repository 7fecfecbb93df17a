//! `newsls check`: findings as compiler-style text, JSON or SARIF.

use serde_json::{Value, json};

use super::locate::Locator;
use super::{EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, Format, Loaded, emit, sarif};
use crate::workspace::Finding;

pub fn run(loaded: &Loaded, format: Format) -> i32 {
    let mut findings = loaded.config_findings.clone();
    let checked = loaded.workspace.findings();
    let failed: std::collections::BTreeSet<&str> = checked
        .iter()
        .filter(|f| f.code == crate::rules::Code::AnalysisFailed)
        .map(|f| &*f.doc)
        .collect();
    let failed: Vec<String> = failed.into_iter().map(str::to_string).collect();
    findings.extend(checked);
    let mut findings = crate::workspace::with_levels(findings, &loaded.config);
    findings.sort_by(|a, b| (&a.doc, a.span.start, a.code).cmp(&(&b.doc, b.span.start, b.code)));
    let located = Locator::new(loaded);
    let out = match format {
        Format::Text => text(&findings, &located),
        Format::Json => serde_json::to_string_pretty(&json_findings(&findings, &located)).unwrap_or_default() + "\n",
        Format::Sarif => serde_json::to_string_pretty(&sarif::log(&findings, &located)).unwrap_or_default() + "\n",
    };
    emit(&out);
    let failing = findings.iter().filter(|f| f.level.is_warning_or_above()).count();
    // A conflict is reported from each article it is in: count it once.
    let conflicts = crate::rules::distinct_conflicts(&findings);
    eprintln!(
        "newsls: checked {} article{}: {} finding{} ({failing} at warning or above), {conflicts} distinct conflict{}",
        loaded.workspace.len(),
        plural(loaded.workspace.len()),
        findings.len(),
        plural(findings.len()),
        plural(conflicts),
    );
    // An article newsls could not analyse is a failure of the tool, not a
    // finding: the run says so and exits 2, after checking all the others.
    for doc in &failed {
        eprintln!("newsls: could not analyse {doc} (an internal error); please report it as a newsls bug");
    }
    if !failed.is_empty() {
        EXIT_ERROR
    } else if failing > 0 {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn text(findings: &[Finding], loc: &Locator) -> String {
    let mut out = String::new();
    for f in findings {
        let p = loc.pos(&f.doc, f.span.start);
        out += &format!(
            "{}:{}:{}: {}[{}] {}\n",
            f.doc, p.line, p.column, f.level, f.code, f.message
        );
        for r in &f.related {
            let p = loc.pos(&r.doc, r.span.start);
            out += &format!("    {}:{}:{}: note: {}\n", r.doc, p.line, p.column, r.message);
        }
    }
    out
}

fn json_findings(findings: &[Finding], loc: &Locator) -> Value {
    Value::Array(
        findings
            .iter()
            .map(|f| {
                let (s, e) = (loc.pos(&f.doc, f.span.start), loc.pos(&f.doc, f.span.end));
                json!({
                    "file": &*f.doc,
                    "line": s.line,
                    "column": s.column,
                    "end_line": e.line,
                    "end_column": e.column,
                    "start": f.span.start,
                    "end": f.span.end,
                    "severity": f.level.label(),
                    "code": f.code.as_str(),
                    "message": f.message,
                    "related": f.related.iter().map(|r| {
                        let p = loc.pos(&r.doc, r.span.start);
                        json!({"file": &*r.doc, "line": p.line, "column": p.column,
                               "start": r.span.start, "end": r.span.end, "message": r.message})
                    }).collect::<Vec<_>>(),
                    "data": f.data.as_ref().map(crate::json::detail),
                })
            })
            .collect(),
    )
}
