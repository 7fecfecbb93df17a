//! The handshake: what the client offers (its capabilities and workspace
//! roots, read from `initialize`), what the server offers back, and the
//! requests sent to the client once `initialized`: its settings and the
//! file watchers.

use std::path::PathBuf;

use tower_lsp_server::ls_types::*;

use super::features;
use super::position::Encoding;
use super::state::{ClientCaps, Shared};
use crate::config::{self, FILE_NAME};

/// Asks the client for the `newsls` settings section. A client that never
/// answers must not stall start-up, hence the time limit.
pub async fn fetch_client_settings(shared: &Shared) {
    if !shared.caps.read().configuration {
        return;
    }
    let items = vec![ConfigurationItem {
        scope_uri: None,
        section: Some("newsls".into()),
    }];
    let asked = tokio::time::timeout(CLIENT_TIMEOUT, shared.client.configuration(items)).await;
    match asked {
        Ok(Ok(values)) => {
            let node = values.first().map(config::from_json);
            shared.config_sources.lock().client_settings = node;
        }
        Ok(Err(e)) => shared.log_later(MessageType::WARNING, format!("workspace/configuration failed: {e}")),
        Err(_) => shared.log_later(
            MessageType::WARNING,
            "workspace/configuration: no answer from the client".into(),
        ),
    }
}

/// How long start-up waits for the client to answer a request.
const CLIENT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// Asks the client to watch the article globs and `newsls.toml`, when it
/// can register watchers dynamically.
pub async fn register_watchers(shared: &Shared) {
    if !shared.caps.read().watch_dynamic {
        return;
    }
    let config = shared.config();
    let mut globs: Vec<String> = config.include.clone();
    globs.push(format!("**/{FILE_NAME}"));
    let watchers: Vec<FileSystemWatcher> = globs
        .into_iter()
        .map(|g| FileSystemWatcher {
            glob_pattern: GlobPattern::String(g),
            kind: None,
        })
        .collect();
    let options = DidChangeWatchedFilesRegistrationOptions { watchers };
    let registration = Registration {
        id: "newsls-watch".into(),
        method: "workspace/didChangeWatchedFiles".into(),
        register_options: serde_json::to_value(options).ok(),
    };
    let registered = tokio::time::timeout(CLIENT_TIMEOUT, shared.client.register_capability(vec![registration])).await;
    if !matches!(registered, Ok(Ok(()))) {
        shared.log_later(
            MessageType::WARNING,
            "could not register file watchers; changes on disk are seen when files are opened".into(),
        );
    }
}

/// What the client can do, as far as the server cares.
pub fn client_caps(params: &InitializeParams) -> ClientCaps {
    let caps = &params.capabilities;
    let workspace = caps.workspace.as_ref();
    let hover_formats = caps
        .text_document
        .as_ref()
        .and_then(|t| t.hover.as_ref())
        .and_then(|h| h.content_format.as_ref());
    ClientCaps {
        markdown_hover: hover_formats.is_some_and(|f| f.contains(&MarkupKind::Markdown)),
        work_done_progress: caps.window.as_ref().and_then(|w| w.work_done_progress).unwrap_or(false),
        watch_dynamic: caps
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false),
        configuration: caps.workspace.as_ref().and_then(|w| w.configuration).unwrap_or(false),
        create_files: caps
            .workspace
            .as_ref()
            .and_then(|w| w.workspace_edit.as_ref())
            .is_some_and(|e| {
                e.document_changes == Some(true)
                    && e.resource_operations
                        .as_ref()
                        .is_some_and(|ops| ops.contains(&ResourceOperationKind::Create))
            }),
        semantic_tokens_refresh: workspace
            .and_then(|w| w.semantic_tokens.as_ref())
            .and_then(|s| s.refresh_support)
            .unwrap_or(false),
        inlay_hint_refresh: workspace
            .and_then(|w| w.inlay_hint.as_ref())
            .and_then(|s| s.refresh_support)
            .unwrap_or(false),
        code_lens_refresh: workspace
            .and_then(|w| w.code_lens.as_ref())
            .and_then(|s| s.refresh_support)
            .unwrap_or(false),
    }
}

/// The workspace roots: the workspace folders, else the root URI.
#[allow(deprecated)] // root_uri: older clients send only that
pub fn roots(params: &InitializeParams) -> Vec<PathBuf> {
    let from_folders: Vec<PathBuf> = params
        .workspace_folders
        .iter()
        .flatten()
        .filter_map(|f| f.uri.to_file_path().map(|p| p.into_owned()))
        .collect();
    if !from_folders.is_empty() {
        return from_folders;
    }
    params
        .root_uri
        .as_ref()
        .and_then(|u| u.to_file_path().map(|p| p.into_owned()))
        .into_iter()
        .collect()
}

/// What the server offers: every feature, in the negotiated position
/// encoding.
pub fn server_capabilities(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::INCREMENTAL),
            ..TextDocumentSyncOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        definition_provider: Some(OneOf::Left(true)),
        declaration_provider: Some(DeclarationCapability::Simple(true)),
        references_provider: Some(OneOf::Left(true)),
        document_highlight_provider: Some(OneOf::Left(true)),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: WorkDoneProgressOptions::default(),
        })),
        document_symbol_provider: Some(OneOf::Left(true)),
        workspace_symbol_provider: Some(OneOf::Left(true)),
        semantic_tokens_provider: Some(SemanticTokensServerCapabilities::SemanticTokensOptions(
            SemanticTokensOptions {
                legend: features::legend(),
                range: Some(true),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                work_done_progress_options: WorkDoneProgressOptions::default(),
            },
        )),
        inlay_hint_provider: Some(OneOf::Left(true)),
        code_lens_provider: Some(CodeLensOptions {
            resolve_provider: Some(false),
        }),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: vec![features::SHOW_RELATED.into()],
            work_done_progress_options: WorkDoneProgressOptions::default(),
        }),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, CodeActionKind::REFACTOR]),
            ..CodeActionOptions::default()
        })),
        workspace: Some(WorkspaceServerCapabilities {
            workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: Some(OneOf::Left(true)),
            }),
            file_operations: None,
        }),
        ..ServerCapabilities::default()
    }
}
