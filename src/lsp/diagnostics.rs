//! Findings → `textDocument/publishDiagnostics`.

use ropey::Rope;
use tower_lsp_server::ls_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Uri,
};

use super::position::{self, Encoding};
use super::state::{Analysed, Shared, uri_of};
use crate::config::{Level, Problem};
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
        code: Some(NumberOrString::String(f.code.to_string())),
        source: Some(SOURCE.into()),
        message: f.message.clone(),
        related_information: (!related.is_empty()).then_some(related),
        data: f.data.clone(),
        ..Diagnostic::default()
    })
}

/// Publishes diagnostics for every open article: the ones just analysed
/// always (so clients learn the analysis caught up), the others when their
/// findings changed. Also recounts the workspace's warnings for status.
pub async fn publish(shared: &Shared, touched: &[DocId]) {
    let enc = shared.encoding();
    let mut out: Vec<(Uri, Vec<Diagnostic>, Option<i32>)> = Vec::new();
    {
        let open: Vec<DocId> = shared.sources.lock().open_ids().cloned().collect();
        let state = shared.analysed.read();
        let config = shared.config();
        let mut published = shared.published.lock();
        for id in open {
            // Not analysed yet (or too large to analyse): nothing to say,
            // and an empty list would claim the analysis had caught up.
            if state.workspace.get(&id).is_none() {
                continue;
            }
            let findings = with_levels(state.workspace.findings_for(&id), &config);
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
    }
    // Counted before sending, so a client that asks for status on seeing
    // the diagnostics gets the matching count.
    let warnings = {
        let state = shared.analysed.read();
        let findings = with_levels(state.workspace.findings(), &shared.config());
        findings.iter().filter(|f| f.level.is_warning_or_above()).count()
    };
    shared.warnings.store(warnings, std::sync::atomic::Ordering::SeqCst);
    for (uri, diags, version) in out {
        shared.client.publish_diagnostics(uri, diags, version).await;
    }
}

/// Problems in `newsls.toml` or `entities.toml` as diagnostics on that file.
pub fn problem_diagnostics(
    text: &str,
    problems: &[Problem],
    code: &str,
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
            code: Some(NumberOrString::String(code.into())),
            source: Some(SOURCE.into()),
            message: p.message.clone(),
            ..Diagnostic::default()
        })
        .collect()
}
