//! The `LanguageServer` implementation: lifecycle, configuration and the
//! entity queries. Document sync itself happens in `frontline`; what the
//! handshake reads and offers, in `startup`.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use serde_json::Value;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

use super::position::{self, Encoding};
use super::state::{Analysed, Shared, doc_id, uri_of};
use super::{features, indexer, scheduler, startup};
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

    /// Brings the analysis of a request's document up to the text the
    /// client sent last (see `scheduler::fresh`).
    async fn fresh(&self, uri: &Uri) {
        scheduler::fresh(&self.shared, &doc_id(uri)).await;
    }

    /// Resolves a request position to the entity under it, from the last
    /// finished analysis. `None` for unknown documents, positions past the
    /// end of a line or of the text, and places with no mention.
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

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offered = params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_deref());
        let encoding = Encoding::negotiate(offered);
        *self.shared.encoding.write() = encoding;
        *self.shared.caps.write() = startup::client_caps(&params);
        *self.shared.roots.write() = startup::roots(&params);
        // Indexing starts after `initialized`; say so from now on, so that
        // nobody mistakes the moment in between for an empty workspace.
        self.shared.indexing.store(true, Ordering::SeqCst);
        self.shared.config_sources.lock().init_options = params.initialization_options.as_ref().map(config::from_json);
        Ok(InitializeResult {
            capabilities: startup::server_capabilities(encoding),
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
            startup::fetch_client_settings(&shared).await;
            indexer::reload_config(&shared).await;
            indexer::reload_kb(&shared).await;
            startup::register_watchers(&shared).await;
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
            _ => startup::fetch_client_settings(&self.shared).await,
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
