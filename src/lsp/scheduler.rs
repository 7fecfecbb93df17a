//! The analysis task: waits for edits to settle, analyses the dirty
//! articles off the async threads, swaps the results in, and publishes
//! diagnostics. Requests about an open document never read an analysis of
//! an older text: [`fresh`] analyses that one document on the spot first.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use tower_lsp_server::ls_types::MessageType;

use super::diagnostics;
use super::documents::Snapshot;
use super::state::{Analysed, AnalysedDoc, Shared};
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
                // Analysis catches panics per article (`Article::analyze`),
                // so this is a bug outside it: report it and carry on.
                shared.log_later(MessageType::ERROR, format!("analysis run failed: {e}"));
                shared.analysed.read().workspace.len()
            }
        };
        diagnostics::publish(&shared, &touched).await;
        shared.analysing.store(false, Ordering::SeqCst);
        shared.notify_analysed(articles).await;
        refresh(&shared, &touched);
    }
}

/// Asks the client to re-request semantic tokens, inlay hints and code
/// lenses when the run may have changed what other open documents show
/// (their entities and findings cross articles). The edited document's
/// own views are re-requested by the client after its edit anyway.
fn refresh(shared: &Arc<Shared>, touched: &[DocId]) {
    let caps = shared.caps.read().clone();
    if !(caps.semantic_tokens_refresh || caps.inlay_hint_refresh || caps.code_lens_refresh) {
        return;
    }
    let others_open = shared.sources.lock().open_ids().any(|id| !touched.contains(id));
    if !others_open {
        return;
    }
    let client = shared.client.clone();
    tokio::spawn(async move {
        let wait = Duration::from_secs(5);
        if caps.semantic_tokens_refresh {
            let _ = tokio::time::timeout(wait, client.semantic_tokens_refresh()).await;
        }
        if caps.inlay_hint_refresh {
            let _ = tokio::time::timeout(wait, client.inlay_hint_refresh()).await;
        }
        if caps.code_lens_refresh {
            let _ = tokio::time::timeout(wait, client.code_lens_refresh()).await;
        }
    });
}

/// Makes sure the analysis of an open document is of the text the client
/// sent last, analysing it on the spot when it is not (one article takes
/// milliseconds). Cross-article results of other documents may lag by the
/// debounce; this document's own mentions and positions never do.
pub async fn fresh(shared: &Arc<Shared>, id: &DocId) {
    let is_fresh = |seq: u64| {
        let state = shared.analysed.read();
        state.docs.get(id).is_some_and(|d| d.seq >= seq)
    };
    let Some(seq) = shared.sources.lock().open_seq(id) else {
        return;
    };
    if is_fresh(seq) {
        return;
    }
    // Requests sent together (tokens, hints, symbols) wait for one analysis.
    let _one_at_a_time = shared.fresh_lock.lock().await;
    let Some(snap) = shared.sources.lock().snapshot(id) else {
        return;
    };
    if is_fresh(snap.seq) {
        return;
    }
    if too_large(shared, id, &snap) {
        // Not analysed: no answer rather than one from an older text.
        let mut state = shared.analysed.write();
        if state.docs.get(id).is_some_and(|d| d.seq < snap.seq) {
            state.workspace.remove(id);
            state.docs.remove(id);
        }
        return;
    }
    let worker = shared.clone();
    let doc = id.clone();
    let _ = tokio::task::spawn_blocking(move || {
        let text: Arc<str> = Arc::from(snap.rope.to_string());
        let article = Article::analyze(doc.clone(), text);
        let mut state = worker.analysed.write();
        swap_in(&mut state, doc, article, snap);
    })
    .await;
}

/// Puts an article's analysis in unless a newer one is already there.
pub(super) fn swap_in(state: &mut Analysed, id: DocId, article: Article, snap: Snapshot) {
    if state.docs.get(&id).is_some_and(|d| d.seq >= snap.seq) {
        return;
    }
    state.workspace.insert(article);
    state.docs.insert(
        id,
        AnalysedDoc {
            rope: snap.rope,
            version: snap.version,
            seq: snap.seq,
        },
    );
}

/// Over `maxFileSize`: recorded as skipped, with a log line once.
fn too_large(shared: &Shared, id: &DocId, snap: &Snapshot) -> bool {
    let cap = shared.config().max_file_size;
    if snap.rope.len_bytes() as u64 <= cap {
        return false;
    }
    let reason = format!(
        "document is {} bytes, over maxFileSize ({cap} bytes); not analysed",
        snap.rope.len_bytes()
    );
    if shared.skipped.lock().insert(id.clone(), reason.clone()).as_ref() != Some(&reason) {
        shared.log_later(MessageType::WARNING, format!("skipped {id}: {reason}"));
    }
    true
}

/// Analyses a batch and swaps it into the shared state; returns the
/// workspace size. Analysis happens before taking the write lock, so
/// requests keep being answered meanwhile. Documents a request already
/// analysed at this state are not analysed again.
fn apply(shared: &Shared, batch: Vec<(DocId, Option<Snapshot>)>) -> usize {
    let mut keep = Vec::new();
    let mut drop = Vec::new();
    let mut texts = Vec::new();
    for (id, snap) in batch {
        match snap {
            Some(snap) if too_large(shared, &id, &snap) => drop.push(id),
            Some(snap) => {
                shared.skipped.lock().remove(&id);
                let done = shared.analysed.read().docs.get(&id).is_some_and(|d| d.seq >= snap.seq);
                if !done {
                    texts.push((id.clone(), Arc::from(snap.rope.to_string())));
                    keep.push((id, snap));
                }
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
        swap_in(&mut state, id, article, snap);
    }
    state.workspace.len()
}
