//! A tower layer in front of the language service, for the two guarantees
//! the service itself does not give:
//!
//! 1. Document changes are applied in arrival order, synchronously in
//!    `call`, before any future is polled: tower-lsp-server may poll
//!    handler futures concurrently, and an edit must never overtake the
//!    one before it.
//! 2. A panic in a handler becomes an `InternalError` response (or a log
//!    line, for a notification) and the server keeps serving.
//!
//! It also answers `newsls/status` directly, accepting any params.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::FutureExt;
use futures::future::BoxFuture;
use serde_json::{Value, json};
use tower::Service;
use tower_lsp_server::ExitedError;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Request, Response};
use tower_lsp_server::ls_types::{
    DidChangeTextDocumentParams, DidCloseTextDocumentParams, DidOpenTextDocumentParams, MessageType,
};

use super::documents::Rejected;
use super::state::{Shared, doc_id};

pub struct Frontline<S> {
    inner: S,
    shared: Arc<Shared>,
}

impl<S> Frontline<S> {
    pub fn new(inner: S, shared: Arc<Shared>) -> Self {
        Frontline { inner, shared }
    }
}

impl<S> Service<Request> for Frontline<S>
where
    S: Service<Request, Response = Option<Response>, Error = ExitedError>,
    S::Future: Send + 'static,
{
    type Response = Option<Response>;
    type Error = ExitedError;
    type Future = BoxFuture<'static, Result<Option<Response>, ExitedError>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), ExitedError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        let shared = self.shared.clone();
        match req.method() {
            "textDocument/didOpen" | "textDocument/didChange" | "textDocument/didClose" => {
                let outcome = std::panic::catch_unwind(AssertUnwindSafe(|| sync_document(&shared, &req)));
                if let Err(payload) = outcome {
                    let msg = panic_message(payload.as_ref());
                    shared.log_later(MessageType::ERROR, format!("internal error in {}: {msg}", req.method()));
                }
            }
            "newsls/status" => {
                if let Some(id) = req.id().cloned() {
                    // Like every request after `shutdown`, status is refused then.
                    let response = if shared.shutdown.load(std::sync::atomic::Ordering::SeqCst) {
                        Response::from_error(id, Error::invalid_request())
                    } else {
                        Response::from_ok(id, status(&shared))
                    };
                    return async move { Ok(Some(response)) }.boxed();
                }
            }
            _ => {}
        }
        let exit = req.method() == "exit";
        // Notifications whose handlers change the workspace count as pending
        // work from arrival until their handler is done, so `newsls/status`
        // never reports "settled" in between.
        let busy = matches!(
            req.method(),
            "workspace/didChangeWatchedFiles"
                | "workspace/didChangeConfiguration"
                | "workspace/didChangeWorkspaceFolders"
                | "textDocument/didClose"
        );
        if busy {
            shared.busy.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }
        let id = req.id().cloned();
        let method = req.method().to_string();
        let fut = self.inner.call(req);
        async move {
            let outcome = AssertUnwindSafe(fut).catch_unwind().await;
            if busy {
                shared.busy.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
            }
            if exit {
                // The protocol wants the process gone now; handlers still
                // waiting on the client must not keep it alive.
                std::process::exit(if shared.shutdown.load(std::sync::atomic::Ordering::SeqCst) {
                    0
                } else {
                    1
                });
            }
            match outcome {
                Ok(response) => response,
                Err(payload) => {
                    let msg = panic_message(payload.as_ref());
                    shared.log_later(MessageType::ERROR, format!("internal error in {method}: {msg}"));
                    let error = Error {
                        code: ErrorCode::InternalError,
                        message: format!("newsls internal error in {method}: {msg}").into(),
                        data: None,
                    };
                    Ok(id.map(|id| Response::from_error(id, error)))
                }
            }
        }
        .boxed()
    }
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".into())
}

fn params<T: serde::de::DeserializeOwned>(req: &Request) -> Option<T> {
    serde_json::from_value(req.params()?.clone()).ok()
}

/// Applies an open/change/close to the document store and wakes analysis.
fn sync_document(shared: &Shared, req: &Request) {
    let enc = shared.encoding();
    let mut sources = shared.sources.lock();
    match req.method() {
        "textDocument/didOpen" => {
            let Some(p) = params::<DidOpenTextDocumentParams>(req) else {
                return;
            };
            sources.open(
                doc_id(&p.text_document.uri),
                &p.text_document.text,
                p.text_document.version,
            );
        }
        "textDocument/didChange" => {
            let Some(p) = params::<DidChangeTextDocumentParams>(req) else {
                return;
            };
            let id = doc_id(&p.text_document.uri);
            match sources.change(&id, p.text_document.version, &p.content_changes, enc) {
                Ok(()) => {}
                Err(Rejected::UnknownDocument) => {
                    shared.log_later(
                        MessageType::WARNING,
                        format!("ignoring change to unknown document {id}"),
                    );
                    return;
                }
                Err(Rejected::Stale { current, got }) => {
                    shared.log_later(
                        MessageType::WARNING,
                        format!("ignoring stale change to {id}: version {got} is not newer than {current}"),
                    );
                    return;
                }
            }
        }
        "textDocument/didClose" => {
            let Some(p) = params::<DidCloseTextDocumentParams>(req) else {
                return;
            };
            let id = doc_id(&p.text_document.uri);
            if !sources.close(&id) {
                shared.log_later(MessageType::WARNING, format!("ignoring close of unknown document {id}"));
                return;
            }
            shared.published.lock().remove(&id);
        }
        _ => return,
    }
    drop(sources);
    shared.schedule(false);
}

/// `newsls/status`: what the server holds now, for status bars and tests.
fn status(shared: &Shared) -> Value {
    use std::sync::atomic::Ordering;
    // Flags first: once they read idle, the analysis they describe is
    // already in `analysed`, so an idle status never shows a stale count.
    let indexing = shared.indexing.load(Ordering::SeqCst);
    let pending = shared.pending();
    let articles = shared.analysed.read().workspace.len();
    let skipped: Vec<Value> = shared
        .skipped
        .lock()
        .iter()
        .map(|(uri, reason)| json!({"uri": &**uri, "reason": reason}))
        .collect();
    json!({
        "articles": articles,
        "open": shared.sources.lock().open_count(),
        "skipped": skipped,
        "pending": pending,
        "indexing": indexing,
        // Counted after each analysis run, with the configured severities.
        "findings": shared.warnings(),
        "version": env!("CARGO_PKG_VERSION"),
    })
}
