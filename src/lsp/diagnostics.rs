//! Findings → `textDocument/publishDiagnostics`.

use std::collections::HashMap;
use std::sync::Arc;

use ropey::Rope;
use tower_lsp_server::ls_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, MessageType, NumberOrString, Uri,
};

use super::position::{self, Encoding};
use super::state::{Analysed, Shared, uri_of};
use crate::config::{Level, Problem};
use crate::rules::Code;
use crate::workspace::{DocId, Finding, with_levels};

pub const SOURCE: &str = "newsls";

pub fn severity(level: Level) -> Option<DiagnosticSeverity> {
    match level {
        Level::Error => Some(DiagnosticSeverity::ERROR),
        Level::Warning => Some(DiagnosticSeverity::WARNING),
        Level::Information => Some(DiagnosticSeverity::INFORMATION),
        Level::Hint => Some(DiagnosticSeverity::HINT),
        Level::Off => None,
    }
}

pub(super) fn to_diagnostic(state: &Analysed, f: &Finding, enc: Encoding) -> Option<Diagnostic> {
    let rope = &state.docs.get(&f.doc)?.rope;
    let related = f
        .related
        .iter()
        .filter_map(|r| {
            let other = &state.docs.get(&r.doc)?.rope;
            Some(DiagnosticRelatedInformation {
                location: Location::new(uri_of(&r.doc)?, position::range(other, r.span, enc)),
                message: r.message.clone(),
            })
        })
        .collect::<Vec<_>>();
    Some(Diagnostic {
        range: position::range(rope, f.span, enc),
        severity: Some(severity(f.level)?),
        code: Some(NumberOrString::String(f.code.as_str().into())),
        source: Some(SOURCE.into()),
        message: f.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        data: f.data.as_ref().map(crate::json::detail),
        ..Diagnostic::default()
    })
}

/// Publishes diagnostics for every open article: the ones just analysed
/// always (so clients learn the analysis caught up), the others when their
/// findings changed. Also updates the warning count for status from the
/// articles checked. The checking runs off the async threads.
pub async fn publish(shared: &Arc<Shared>, touched: &[DocId]) {
    let worker = shared.clone();
    let touched = touched.to_vec();
    let out = match tokio::task::spawn_blocking(move || collect(&worker, &touched)).await {
        Ok(out) => out,
        Err(e) => {
            shared.log_later(MessageType::ERROR, format!("checking findings failed: {e}"));
            Vec::new()
        }
    };
    for (uri, diags, version) in out {
        shared.client.publish_diagnostics(uri, diags, version).await;
    }
}

/// More articles than this in one run (indexing, a folder changed on
/// disk): their findings come from one workspace-wide pass, which visits
/// each entity once, instead of article by article.
const BULK: usize = 32;

type Publication = (Uri, Vec<Diagnostic>, Option<i32>);

/// The diagnostics to publish, and per-article warning counts for the
/// articles checked: the open ones and the ones just analysed. Counts are
/// updated before anything is sent, so a client that asks for status on
/// seeing the diagnostics gets the matching count.
fn collect(shared: &Shared, touched: &[DocId]) -> Vec<Publication> {
    let enc = shared.encoding();
    let config = shared.config();
    let open: Vec<DocId> = shared.sources.lock().open_ids().cloned().collect();
    let state = shared.analysed.read();
    let mut checked: HashMap<DocId, Vec<Finding>> = HashMap::new();
    if touched.len() > BULK {
        for f in with_levels(state.workspace.findings(), &config) {
            checked.entry(f.doc.clone()).or_default().push(f);
        }
        for id in touched.iter().chain(&open) {
            if state.workspace.get(id).is_some() {
                checked.entry(id.clone()).or_default();
            }
        }
    } else {
        for id in touched.iter().chain(&open) {
            if !checked.contains_key(id) && state.workspace.get(id).is_some() {
                checked.insert(id.clone(), with_levels(state.workspace.findings_for(id), &config));
            }
        }
    }
    {
        let mut counts = shared.warning_counts.lock();
        for id in touched {
            if state.workspace.get(id).is_none() {
                counts.remove(id);
            }
        }
        for (id, findings) in &checked {
            counts.insert(
                id.clone(),
                findings.iter().filter(|f| f.level.is_warning_or_above()).count(),
            );
        }
    }
    let mut out = Vec::new();
    let mut published = shared.published.lock();
    for id in open {
        // Not analysed yet (or too large to analyse): nothing to say,
        // and an empty list would claim the analysis had caught up.
        let Some(findings) = checked.get(&id) else { continue };
        let diags: Vec<Diagnostic> = findings.iter().filter_map(|f| to_diagnostic(&state, f, enc)).collect();
        let changed = published.get(&id) != Some(&diags);
        if changed || touched.contains(&id) {
            let version = state.docs.get(&id).and_then(|d| d.version);
            if let Some(uri) = uri_of(&id) {
                out.push((uri, diags.clone(), version));
            }
            published.insert(id, diags);
        }
    }
    out
}

/// Problems in `newsls.toml` or `entities.toml` as diagnostics on that file.
pub fn problem_diagnostics(
    text: &str,
    problems: &[Problem],
    code: Code,
    level: Level,
    enc: Encoding,
) -> Vec<Diagnostic> {
    let Some(severity) = severity(level) else {
        return Vec::new();
    };
    let rope = Rope::from_str(text);
    problems
        .iter()
        .map(|p| Diagnostic {
            range: position::range(&rope, p.span.unwrap_or_default(), enc),
            severity: Some(severity),
            code: Some(NumberOrString::String(code.as_str().into())),
            source: Some(SOURCE.into()),
            message: p.message.clone(),
            ..Diagnostic::default()
        })
        .collect()
}
