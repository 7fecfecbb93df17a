//! The analysis task: waits for edits to settle, analyses the dirty
//! articles off the async threads, swaps the results in, and publishes
//! diagnostics. Requests never wait for it; they read the last result.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use tower_lsp_server::ls_types::MessageType;

use super::diagnostics;
use super::documents::Snapshot;
use super::state::{AnalysedDoc, Shared};
use crate::workspace::{self, Article, DocId};

/// The longest an analysis run waits for edits to pause.
const MAX_WAIT: Duration = Duration::from_secs(1);

pub async fn run(shared: Arc<Shared>) {
    loop {
        shared.wake.notified().await;
        if !shared.urgent.swap(false, Ordering::SeqCst) {
            // Debounce: wait until edits stop arriving for the quiet time,
            // but not past a cap, so steady typing still sees fresh results.
            let quiet = Duration::from_millis(shared.config().debounce_ms);
            let deadline = tokio::time::Instant::now() + MAX_WAIT.max(quiet);
            while tokio::time::timeout(quiet, shared.wake.notified()).await.is_ok() {
                if shared.urgent.swap(false, Ordering::SeqCst) || tokio::time::Instant::now() >= deadline {
                    break;
                }
            }
        }
        shared.analysing.store(true, Ordering::SeqCst);
        let batch = shared.sources.lock().take_dirty();
        let touched: Vec<DocId> = batch.iter().map(|(id, _)| id.clone()).collect();
        let worker = shared.clone();
        let articles = match tokio::task::spawn_blocking(move || apply(&worker, batch)).await {
            Ok(n) => n,
            Err(e) => {
                // A panic in the analysis of one batch: report it and carry
                // on with the next edit rather than dying.
                shared.log_later(MessageType::ERROR, format!("analysis failed: {e}"));
                0
            }
        };
        diagnostics::publish(&shared, &touched).await;
        shared.analysing.store(false, Ordering::SeqCst);
        shared.notify_analysed(articles).await;
    }
}

/// Analyses a batch and swaps it into the shared state; returns the
/// workspace size. Analysis happens before taking the write lock, so
/// requests keep being answered meanwhile.
fn apply(shared: &Shared, batch: Vec<(DocId, Option<Snapshot>)>) -> usize {
    let cap = shared.config().max_file_size;
    let mut keep = Vec::new();
    let mut drop = Vec::new();
    let mut texts = Vec::new();
    for (id, snap) in batch {
        match snap {
            Some(snap) if snap.rope.len_bytes() as u64 > cap => {
                let reason = format!(
                    "document is {} bytes, over maxFileSize ({cap} bytes); not analysed",
                    snap.rope.len_bytes()
                );
                shared.log_later(MessageType::WARNING, format!("skipped {id}: {reason}"));
                shared.skipped.lock().insert(id.clone(), reason);
                drop.push(id);
            }
            Some(snap) => {
                shared.skipped.lock().remove(&id);
                texts.push((id.clone(), Arc::from(snap.rope.to_string())));
                keep.push((id, snap));
            }
            None => drop.push(id),
        }
    }
    let articles: Vec<Article> = workspace::analyze_parallel(texts);
    let mut state = shared.analysed.write();
    for id in drop {
        state.workspace.remove(&id);
        state.docs.remove(&id);
    }
    for (article, (id, snap)) in articles.into_iter().zip(keep) {
        state.workspace.insert(article);
        state.docs.insert(
            id,
            AnalysedDoc {
                rope: snap.rope,
                version: snap.version,
            },
        );
    }
    state.workspace.len()
}
