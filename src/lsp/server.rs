//! The `LanguageServer` implementation: lifecycle, configuration and the
//! entity queries. Document sync itself happens in `frontline`.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use serde_json::Value;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use super::position::{self, Encoding};
use super::state::{Analysed, ClientCaps, Shared, doc_id, uri_of};
use super::{features, indexer, scheduler};
use crate::analysis::Mention;
use crate::config::{self, FILE_NAME};
use crate::workspace::EntityId;

pub struct Backend {
    pub shared: Arc<Shared>,
}

impl Backend {
    pub fn new(client: Client) -> Backend {
        Backend {
            shared: Arc::new(Shared::new(client)),
        }
    }

    /// `newsls/debug/panic`: panics on purpose when `NEWSLS_DEBUG` is set, so
    /// tests can prove a handler panic does not take the server down.
    pub async fn debug_panic(&self) -> Result<Value> {
        if std::env::var_os("NEWSLS_DEBUG").is_some() {
            panic!("deliberate panic requested through newsls/debug/panic");
        }
        Err(Error::method_not_found())
    }

    /// Answers a message the transport guard found malformed (see
    /// `transport`) with the error the client should get.
    pub async fn malformed(&self, params: Value) -> Result<Value> {
        let code = params.get("code").and_then(Value::as_i64).unwrap_or(-32700);
        let reason = params
            .get("reason")
            .and_then(Value::as_str)
            .unwrap_or("malformed message");
        self.shared
            .client
            .log_message(
                MessageType::ERROR,
                format!("malformed message from the client: {reason}"),
            )
            .await;
        Err(Error {
            code: ErrorCode::from(code),
            message: reason.to_string().into(),
            data: None,
        })
    }

    /// Resolves a request position to the entity under it, from the last
    /// finished analysis. `None` for unknown documents, positions past the
    /// end of a line or of the text, and places with no mention.
    /// Brings the analysis of a request's document up to the text the
    /// client sent last (see `scheduler::fresh`).
    async fn fresh(&self, uri: &Uri) {
        scheduler::fresh(&self.shared, &doc_id(uri)).await;
    }

    fn with_entity_at<T>(
        &self,
        doc: &TextDocumentPositionParams,
        f: impl FnOnce(&Analysed, &str, &Mention, EntityId) -> Option<T>,
    ) -> Option<T> {
        let id = doc_id(&doc.text_document.uri);
        let state = self.shared.analysed.read();
        let rope = &state.docs.get(&id)?.rope;
        let offset = position::offset(rope, doc.position, self.shared.encoding())?.exact()?;
        let (entity, mention) = state.workspace.entity_at(&id, offset)?;
        f(&state, &id, mention, entity)
    }
}

/// Asks the client for the `newsls` settings section. A client that never
/// answers must not stall start-up, hence the time limit.
async fn fetch_client_settings(shared: &Shared) {
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

const CLIENT_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

async fn register_watchers(shared: &Shared) {
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

fn client_caps(params: &InitializeParams) -> ClientCaps {
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

#[allow(deprecated)] // root_uri: older clients send only that
fn roots(params: &InitializeParams) -> Vec<PathBuf> {
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

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offered = params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_deref());
        let encoding = Encoding::negotiate(offered);
        *self.shared.encoding.write() = encoding;
        *self.shared.caps.write() = client_caps(&params);
        *self.shared.roots.write() = roots(&params);
        // Indexing starts after `initialized`; say so from now on, so that
        // nobody mistakes the moment in between for an empty workspace.
        self.shared.indexing.store(true, Ordering::SeqCst);
        self.shared.config_sources.lock().init_options = params.initialization_options.as_ref().map(config::from_json);

        let capabilities = ServerCapabilities {
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
        };
        Ok(InitializeResult {
            capabilities,
            server_info: Some(ServerInfo {
                name: "newsls".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        tokio::spawn(scheduler::run(self.shared.clone()));
        let shared = self.shared.clone();
        tokio::spawn(async move {
            fetch_client_settings(&shared).await;
            indexer::reload_config(&shared).await;
            indexer::reload_kb(&shared).await;
            register_watchers(&shared).await;
            indexer::index(shared).await;
        });
    }

    async fn shutdown(&self) -> Result<()> {
        self.shared.shutdown.store(true, Ordering::SeqCst);
        Ok(())
    }

    // Open, change and close are applied in `frontline`; these only do what
    // needs the disk or the client.
    async fn did_open(&self, _: DidOpenTextDocumentParams) {}

    async fn did_change(&self, _: DidChangeTextDocumentParams) {}

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        // The file on disk may differ from the closed buffer (unsaved edits).
        let uri = params.text_document.uri;
        if let Some(path) = uri.to_file_path().map(|p| p.into_owned()) {
            let roots = self.shared.roots.read().clone();
            let filter = crate::files::Filter::new(&self.shared.config());
            if roots.iter().any(|r| filter.is_article(r, &path)) {
                // A buffer never saved has no file to go back to.
                let typ = if path.exists() {
                    FileChangeType::CHANGED
                } else {
                    FileChangeType::DELETED
                };
                let event = FileEvent { uri: uri.clone(), typ };
                indexer::watched(self.shared.clone(), vec![event]).await;
            }
        }
        self.shared.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        // Pull clients send null and expect us to ask; push clients send
        // the settings (possibly wrapped in a `newsls` section).
        let pushed = match &params.settings {
            Value::Null => None,
            Value::Object(o) if o.contains_key("newsls") => o.get("newsls").cloned(),
            other => Some(other.clone()),
        };
        match pushed {
            Some(v) if !self.shared.caps.read().configuration => {
                self.shared.config_sources.lock().client_settings = Some(config::from_json(&v));
            }
            _ => fetch_client_settings(&self.shared).await,
        }
        if indexer::reload_config(&self.shared).await {
            indexer::spawn_index(&self.shared);
        }
        indexer::reload_kb(&self.shared).await;
    }

    async fn did_change_workspace_folders(&self, params: DidChangeWorkspaceFoldersParams) {
        let path = |f: &WorkspaceFolder| f.uri.to_file_path().map(|p| p.into_owned());
        {
            let mut roots = self.shared.roots.write();
            let removed: Vec<PathBuf> = params.event.removed.iter().filter_map(path).collect();
            roots.retain(|r| !removed.contains(r));
            for added in params.event.added.iter().filter_map(path) {
                if !roots.contains(&added) {
                    roots.push(added);
                }
            }
        }
        indexer::reload_config(&self.shared).await;
        indexer::spawn_index(&self.shared);
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        indexer::watched(self.shared.clone(), params.changes).await;
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        self.fresh(&params.text_document_position_params.text_document.uri)
            .await;
        let markdown = self.shared.caps.read().markdown_hover;
        let enc = self.shared.encoding();
        Ok(
            self.with_entity_at(&params.text_document_position_params, |state, id, mention, key| {
                let entity = state.workspace.entity(&key)?;
                let value = features::hover_text(state, id, &entity, markdown);
                let rope = &state.docs.get(id)?.rope;
                Some(Hover {
                    contents: HoverContents::Markup(MarkupContent {
                        kind: if markdown {
                            MarkupKind::Markdown
                        } else {
                            MarkupKind::PlainText
                        },
                        value,
                    }),
                    range: Some(position::range(rope, mention.span, enc)),
                })
            }),
        )
    }

    async fn prepare_rename(&self, params: TextDocumentPositionParams) -> Result<Option<PrepareRenameResponse>> {
        self.fresh(&params.text_document.uri).await;
        let enc = self.shared.encoding();
        Ok(self.with_entity_at(&params, |state, id, mention, key| {
            let article = state.workspace.get(id)?;
            let entity = state.workspace.entity(&key)?;
            if state.workspace.full_name_spans(&key).is_empty() {
                return None;
            }
            let span = crate::workspace::name_span(&article.text, mention);
            Some(PrepareRenameResponse::RangeWithPlaceholder {
                range: position::range(&state.docs.get(id)?.rope, span, enc),
                placeholder: entity.name,
            })
        }))
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        self.fresh(&params.text_document_position.text_document.uri).await;
        let enc = self.shared.encoding();
        let outcome = self.with_entity_at(&params.text_document_position, |state, _, _, key| {
            Some(features::rename(state, &key, &params.new_name, enc))
        });
        match outcome {
            None => Ok(None),
            Some(Ok(edit)) => Ok(Some(edit)),
            Some(Err(message)) => Err(Error::invalid_params(message)),
        }
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        self.fresh(&params.text_document.uri).await;
        let mut actions: Vec<CodeActionOrCommand> = features::spelling_fixes(&params)
            .into_iter()
            .map(CodeActionOrCommand::CodeAction)
            .collect();
        {
            let config_path = self.shared.roots.read().first().map(|r| r.join(FILE_NAME));
            let config_text = self
                .shared
                .config_sources
                .lock()
                .file
                .as_ref()
                .map(|f| ropey::Rope::from_str(&f.1));
            let create = self.shared.caps.read().create_files;
            actions.extend(features::finding_actions(
                &params,
                config_path.as_deref(),
                config_text.as_ref(),
                create,
                self.shared.encoding(),
            ));
        }
        let position = TextDocumentPositionParams {
            text_document: params.text_document.clone(),
            position: params.range.start,
        };
        let add = self.with_entity_at(&position, |state, _, _, key| {
            let entity = state
                .workspace
                .entity(&key)
                .filter(|e| e.kb.is_none() && key.is_named())?;
            let root = self.shared.roots.read().first().cloned()?;
            let path = root.join(&self.shared.config().knowledge_base);
            let kb = self.shared.kb_text.lock().as_ref().map(|(_, rope)| rope.clone());
            let create = self.shared.caps.read().create_files;
            features::add_to_kb(&entity, &path, kb.as_ref(), create, self.shared.encoding())
        });
        actions.extend(add.map(CodeActionOrCommand::CodeAction));
        Ok(Some(actions))
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        self.fresh(&params.text_document.uri).await;
        let state = self.shared.analysed.read();
        let id = doc_id(&params.text_document.uri);
        if state.workspace.get(&id).is_none() {
            return Ok(None);
        }
        let findings = crate::workspace::with_levels(state.workspace.findings_for(&id), &self.shared.config());
        Ok(features::conflict_lens(&findings).map(|lens| vec![lens]))
    }

    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<Value>> {
        if params.command != features::SHOW_RELATED {
            return Err(Error::invalid_params(format!("unknown command {}", params.command)));
        }
        let location: Location = params
            .arguments
            .first()
            .and_then(|a| serde_json::from_value(a.clone()).ok())
            .ok_or_else(|| Error::invalid_params("expected a Location argument"))?;
        let shown = self
            .shared
            .client
            .show_document(ShowDocumentParams {
                uri: location.uri,
                external: Some(false),
                take_focus: Some(true),
                selection: Some(location.range),
            })
            .await?;
        Ok(Some(Value::Bool(shown)))
    }

    async fn document_symbol(&self, params: DocumentSymbolParams) -> Result<Option<DocumentSymbolResponse>> {
        self.fresh(&params.text_document.uri).await;
        let state = self.shared.analysed.read();
        let id = doc_id(&params.text_document.uri);
        Ok(features::document_symbols(&state, &id, self.shared.encoding()).map(DocumentSymbolResponse::Nested))
    }

    async fn symbol(&self, params: WorkspaceSymbolParams) -> Result<Option<WorkspaceSymbolResponse>> {
        let state = self.shared.analysed.read();
        let symbols = features::workspace_symbols(&state, &params.query, self.shared.encoding());
        Ok(Some(WorkspaceSymbolResponse::Nested(symbols)))
    }

    async fn semantic_tokens_full(&self, params: SemanticTokensParams) -> Result<Option<SemanticTokensResult>> {
        self.fresh(&params.text_document.uri).await;
        let state = self.shared.analysed.read();
        let id = doc_id(&params.text_document.uri);
        let data = features::semantic_tokens(&state, &id, None, self.shared.encoding());
        Ok(data.map(|data| SemanticTokensResult::Tokens(SemanticTokens { result_id: None, data })))
    }

    async fn semantic_tokens_range(
        &self,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>> {
        self.fresh(&params.text_document.uri).await;
        let state = self.shared.analysed.read();
        let id = doc_id(&params.text_document.uri);
        let data = features::semantic_tokens(&state, &id, Some(params.range), self.shared.encoding());
        Ok(data.map(|data| SemanticTokensRangeResult::Tokens(SemanticTokens { result_id: None, data })))
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        self.fresh(&params.text_document.uri).await;
        if !self.shared.config().inlay_hints {
            return Ok(None);
        }
        let state = self.shared.analysed.read();
        let id = doc_id(&params.text_document.uri);
        Ok(features::inlay_hints(&state, &id, params.range, self.shared.encoding()))
    }

    async fn goto_definition(&self, params: GotoDefinitionParams) -> Result<Option<GotoDefinitionResponse>> {
        self.fresh(&params.text_document_position_params.text_document.uri)
            .await;
        let enc = self.shared.encoding();
        Ok(
            self.with_entity_at(&params.text_document_position_params, |state, _, _, key| {
                let (doc, span) = state.workspace.definition_site(&key)?;
                let range = match state.docs.get(&doc) {
                    Some(d) => position::range(&d.rope, span, enc),
                    None => {
                        let kb = self.shared.kb_text.lock();
                        let (_, rope) = kb.as_ref().filter(|(id, _)| *id == doc)?;
                        position::range(rope, span, enc)
                    }
                };
                Some(GotoDefinitionResponse::Scalar(Location::new(uri_of(&doc)?, range)))
            }),
        )
    }

    async fn goto_declaration(
        &self,
        params: request::GotoDeclarationParams,
    ) -> Result<Option<request::GotoDeclarationResponse>> {
        self.goto_definition(params).await
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        self.fresh(&params.text_document_position.text_document.uri).await;
        let include_declaration = params.context.include_declaration;
        Ok(self.with_entity_at(&params.text_document_position, |state, _, _, key| {
            let declaration = state.workspace.definition(&key).map(|(a, m)| (a.id.clone(), m.span));
            let enc = self.shared.encoding();
            // Mentions come article by article: each article's URI and text
            // are looked up once, not per mention.
            let mut article: Option<(&str, Option<(Uri, &ropey::Rope)>)> = None;
            let mut locations = Vec::new();
            for (a, m) in state.workspace.mentions_of(&key) {
                if !include_declaration && declaration.as_ref() == Some(&(a.id.clone(), m.span)) {
                    continue;
                }
                if article.as_ref().is_none_or(|(id, _)| *id != &*a.id) {
                    let known = uri_of(&a.id).zip(state.docs.get(&a.id).map(|d| &d.rope));
                    article = Some((&a.id, known));
                }
                if let Some((_, Some((uri, rope)))) = &article {
                    locations.push(Location::new(uri.clone(), position::range(rope, m.span, enc)));
                }
            }
            Some(locations)
        }))
    }

    async fn document_highlight(&self, params: DocumentHighlightParams) -> Result<Option<Vec<DocumentHighlight>>> {
        self.fresh(&params.text_document_position_params.text_document.uri)
            .await;
        Ok(
            self.with_entity_at(&params.text_document_position_params, |state, id, _, key| {
                let rope = &state.docs.get(id)?.rope;
                let enc = self.shared.encoding();
                let highlights = state
                    .workspace
                    .mentions_of(&key)
                    .into_iter()
                    .filter(|(a, _)| &*a.id == id)
                    .map(|(_, m)| DocumentHighlight {
                        range: position::range(rope, m.span, enc),
                        kind: Some(DocumentHighlightKind::TEXT),
                    })
                    .collect();
                Some(highlights)
            }),
        )
    }
}
