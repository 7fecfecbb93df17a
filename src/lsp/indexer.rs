//! Keeping the workspace's files known: the initial scan (with progress),
//! `newsls.toml`, and file-watch events.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::Ordering;

use tower_lsp_server::ls_types::{
    FileChangeType, FileEvent, MessageType, NumberOrString, ProgressParams, ProgressParamsValue, ProgressToken, Uri,
    WorkDoneProgress, WorkDoneProgressBegin, WorkDoneProgressCreateParams, WorkDoneProgressEnd, WorkDoneProgressReport,
    notification, request::WorkDoneProgressCreate,
};

use super::diagnostics;
use super::state::{Shared, doc_id, path_id};
use crate::config::{self, Config};
use crate::files::{self, Filter};
use crate::workspace::DocId;

/// Re-reads `newsls.toml` from the first workspace root, recomputes the
/// configuration and publishes its problems. Returns whether the set of
/// article files may have changed (include, exclude or size cap).
pub async fn reload_config(shared: &Shared) -> bool {
    let file = shared.roots.read().first().map(|r| r.join(config::FILE_NAME));
    let loaded = file.as_deref().and_then(|path| {
        let uri = Uri::from_file_path(path)?;
        let text = std::fs::read(path).ok()?;
        let text = match files::decode(text) {
            Ok(t) => t,
            Err(e) => {
                shared.log_later(MessageType::WARNING, format!("ignoring {}: {e}", path.display()));
                return None;
            }
        };
        let (node, problems) = config::parse_toml(&text);
        Some((uri, text, node, problems))
    });
    let previous_uri = shared.config_sources.lock().file.as_ref().map(|f| f.0.clone());
    let (config, settings_problems, file_problems) = {
        let mut sources = shared.config_sources.lock();
        sources.file = loaded;
        sources.merge()
    };
    let old = std::mem::replace(&mut *shared.config.write(), Arc::new(config.clone()));
    for p in &settings_problems {
        shared.log_later(MessageType::WARNING, format!("newsls settings: {}", p.message));
    }
    if !settings_problems.is_empty() {
        let summary = settings_problems
            .iter()
            .map(|p| p.message.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        shared
            .client
            .show_message(
                MessageType::WARNING,
                format!("newsls: problems in your settings: {summary}"),
            )
            .await;
    }
    let file = shared
        .config_sources
        .lock()
        .file
        .as_ref()
        .map(|f| (f.0.clone(), f.1.clone()));
    let enc = shared.encoding();
    match file {
        Some((uri, text)) => {
            let rule = &crate::rules::config::RULE;
            let level = config.level(rule.code, rule.level);
            let diags = diagnostics::problem_diagnostics(&text, &file_problems, rule.code, level, enc);
            shared.client.publish_diagnostics(uri, diags, None).await;
        }
        None => {
            if let Some(uri) = previous_uri {
                shared.client.publish_diagnostics(uri, Vec::new(), None).await;
            }
        }
    }
    old.include != config.include
        || old.exclude != config.exclude
        || old.max_file_size != config.max_file_size
        || old.max_articles != config.max_articles
        || old.max_workspace_size != config.max_workspace_size
}

/// Starts a re-index in the background, marking the workspace as indexing
/// right away so status never shows a gap.
pub fn spawn_index(shared: &Arc<Shared>) {
    shared.indexing.store(true, Ordering::SeqCst);
    tokio::spawn(index(shared.clone()));
}

/// Loads the knowledge base (`knowledgeBase`, relative to the first root)
/// into the workspace, publishes its problems, and refreshes diagnostics:
/// every entity it names may now resolve differently.
pub async fn reload_kb(shared: &Arc<Shared>) {
    let config = shared.config();
    let path = shared.roots.read().first().map(|r| r.join(&config.knowledge_base));
    let loaded = path.as_deref().and_then(|p| {
        let text = files::read_article(p, config.max_file_size).ok()?;
        Some((path_id(p)?, Uri::from_file_path(p)?, text))
    });
    let previous = shared.kb_text.lock().take();
    match loaded {
        Some((id, uri, text)) => {
            let (kb, problems) = crate::kb::parse(&text);
            shared.analysed.write().workspace.set_kb(Some((id.clone(), kb)));
            *shared.kb_text.lock() = Some((id, ropey::Rope::from_str(&text)));
            let rule = &crate::rules::knowledge_base::RULE;
            let level = config.level(rule.code, rule.level);
            let diags = diagnostics::problem_diagnostics(&text, &problems, rule.code, level, shared.encoding());
            shared.client.publish_diagnostics(uri, diags, None).await;
        }
        None => {
            shared.analysed.write().workspace.set_kb(None);
            if let Some(uri) = previous.and_then(|(id, _)| super::state::uri_of(&id)) {
                shared.client.publish_diagnostics(uri, Vec::new(), None).await;
            }
        }
    }
    // Every article's entities may resolve differently now.
    let mut all: Vec<_> = shared
        .analysed
        .read()
        .workspace
        .articles()
        .iter()
        .map(|a| a.id.clone())
        .collect();
    all.extend(shared.sources.lock().open_ids().cloned());
    all.sort();
    all.dedup();
    diagnostics::publish(shared, &all).await;
}

/// Scans every root, reads the article files and schedules their analysis.
/// Runs again after a configuration change that alters the file set.
pub async fn index(shared: Arc<Shared>) {
    shared.indexing.store(true, Ordering::SeqCst);
    let progress = begin_progress(&shared).await;
    let roots: Vec<PathBuf> = shared.roots.read().clone();
    let config = shared.config();
    let (found, cut_at) = discover(roots.clone(), &config).await;
    let over = cut_at.map(|root| Limit::Articles(root, config.max_articles));
    let (seen, over) = read_all(&shared, &roots, &config, &found, over, progress.as_ref()).await;
    forget_unseen(&shared, &seen);
    shared.indexing.store(false, Ordering::SeqCst);
    shared.schedule(true);
    if let Some(p) = progress {
        p.end(&shared, found.len()).await;
    }
    shared
        .client
        .log_message(
            MessageType::INFO,
            format!("indexed {} article files in {} folder(s)", seen.len(), roots.len()),
        )
        .await;
    if let Some(limit) = over {
        tell_limit(&shared, &limit, seen.len()).await;
    }
}

/// The article files under the roots, in order, at most `maxArticles` of
/// them, and the root where that cap cut the list.
async fn discover(roots: Vec<PathBuf>, config: &Config) -> (Vec<PathBuf>, Option<PathBuf>) {
    let filter = Filter::new(config);
    let max_articles = usize::try_from(config.max_articles).unwrap_or(usize::MAX);
    tokio::task::spawn_blocking(move || {
        // One more than the cap tells that a folder was too large.
        let mut found = Vec::new();
        let mut cut_at = None;
        for r in &roots {
            let room = max_articles.saturating_sub(found.len()) + 1;
            let mut files = files::discover_at_most(r, &filter, room);
            if files.len() == room {
                files.pop();
                cut_at.get_or_insert_with(|| r.clone());
            }
            found.extend(files);
            if cut_at.is_some() {
                break;
            }
        }
        (found, cut_at)
    })
    .await
    .unwrap_or_default()
}

/// Reads the files found, 64 at a time, into the document store (see
/// `take_file`), reporting progress, until `maxWorkspaceSize` bytes are
/// read. Returns the documents taken and the limit met, if any.
async fn read_all(
    shared: &Shared,
    roots: &[PathBuf],
    config: &Config,
    found: &[PathBuf],
    mut over: Option<Limit>,
    progress: Option<&Progress>,
) -> (HashSet<DocId>, Option<Limit>) {
    let total = found.len();
    let mut bytes: u64 = 0;
    let mut seen = HashSet::new();
    for (n, batch) in found.chunks(64).enumerate() {
        if over.as_ref().is_some_and(|l| matches!(l, Limit::Bytes(..))) {
            break;
        }
        for (path, result) in read_batch(batch.to_vec(), config.max_file_size).await {
            if let Ok(text) = &result {
                bytes += text.len() as u64;
                if bytes > config.max_workspace_size {
                    let root = roots.iter().find(|r| path.starts_with(r)).cloned().unwrap_or_default();
                    over = Some(Limit::Bytes(root, config.max_workspace_size));
                    break;
                }
            }
            if let Some(id) = path_id(&path) {
                seen.insert(id.clone());
                take_file(shared, &path, id, result);
            }
        }
        if let Some(p) = progress {
            let done = ((n + 1) * 64).min(total);
            p.report(shared, done, total).await;
        }
    }
    (seen, over)
}

/// Reads a batch of article files on a blocking thread.
async fn read_batch(batch: Vec<PathBuf>, cap: u64) -> Vec<(PathBuf, Result<String, files::Skip>)> {
    tokio::task::spawn_blocking(move || {
        batch
            .into_iter()
            .map(|p| {
                let r = files::read_article(&p, cap);
                (p, r)
            })
            .collect::<Vec<_>>()
    })
    .await
    .unwrap_or_default()
}

/// After a re-index, files no longer matched leave the workspace, and
/// skipped files neither matched nor open are forgotten.
fn forget_unseen(shared: &Shared, seen: &HashSet<DocId>) {
    {
        let mut sources = shared.sources.lock();
        let gone: Vec<_> = sources.disk_ids().filter(|id| !seen.contains(*id)).cloned().collect();
        for id in gone {
            sources.set_disk(id, None);
        }
    }
    let open: HashSet<_> = shared.sources.lock().open_ids().cloned().collect();
    shared
        .skipped
        .lock()
        .retain(|id, _| seen.contains(id) || open.contains(id));
}

/// Why indexing stopped early: the folder, and the cap it met.
enum Limit {
    Articles(PathBuf, u64),
    Bytes(PathBuf, u64),
}

/// Tells the user once per server run which folder was too large and how
/// to index it all or less of it. Open documents are served either way.
async fn tell_limit(shared: &Shared, limit: &Limit, indexed: usize) {
    let (root, what) = match limit {
        Limit::Articles(root, cap) => (root, format!("more than {cap} article files (`maxArticles`)")),
        Limit::Bytes(root, cap) => (root, format!("more than {cap} bytes of articles (`maxWorkspaceSize`)")),
    };
    let message = format!(
        "newsls: {} holds {what}; indexed the first {indexed} in path order. Open documents are \
         analysed as usual. To index more, raise the limit in newsls.toml or your settings; to index \
         less, narrow `include` (or open a smaller folder).",
        root.display()
    );
    shared.client.log_message(MessageType::WARNING, message.clone()).await;
    if !shared.told_limit.swap(true, Ordering::SeqCst) {
        shared.client.show_message(MessageType::WARNING, message).await;
    }
}

/// Records the result of reading one file: its text, or why it was skipped.
fn take_file(shared: &Shared, path: &Path, id: DocId, result: Result<String, files::Skip>) {
    match result {
        Ok(text) => {
            shared.skipped.lock().remove(&id);
            shared.sources.lock().set_disk(id, Some(&text));
        }
        Err(skip) => {
            let reason = skip.to_string();
            shared.log_later(MessageType::WARNING, format!("skipped {}: {reason}", path.display()));
            shared.skipped.lock().insert(id.clone(), reason);
            shared.sources.lock().set_disk(id, None);
        }
    }
}

/// Applies `workspace/didChangeWatchedFiles` events.
pub async fn watched(shared: Arc<Shared>, events: Vec<FileEvent>) {
    let roots: Vec<PathBuf> = shared.roots.read().clone();
    let filter = Filter::new(&shared.config());
    let mut config_changed = false;
    let mut kb_changed = false;
    for event in events {
        let Some(path) = event.uri.to_file_path().map(|p| p.into_owned()) else {
            continue;
        };
        if roots.iter().any(|r| path == r.join(config::FILE_NAME)) {
            config_changed = true;
            continue;
        }
        if roots
            .first()
            .is_some_and(|r| path == r.join(&shared.config().knowledge_base))
        {
            kb_changed = true;
            continue;
        }
        if !roots.iter().any(|r| filter.is_article(r, &path)) {
            continue;
        }
        let id = doc_id(&event.uri);
        if event.typ == FileChangeType::DELETED {
            shared.skipped.lock().remove(&id);
            shared.sources.lock().set_disk(id, None);
        } else {
            let cap = shared.config().max_file_size;
            let p = path.clone();
            let result = tokio::task::spawn_blocking(move || files::read_article(&p, cap))
                .await
                .unwrap_or_else(|e| Err(files::Skip::Io(e.to_string())));
            take_file(&shared, &path, id, result);
        }
    }
    if config_changed && reload_config(&shared).await {
        spawn_index(&shared);
    }
    if kb_changed || config_changed {
        reload_kb(&shared).await;
    }
    shared.schedule(false);
}

/// Work-done progress, when the client supports it.
struct Progress {
    token: ProgressToken,
}

async fn begin_progress(shared: &Shared) -> Option<Progress> {
    if !shared.caps.read().work_done_progress {
        return None;
    }
    let token = NumberOrString::String("newsls/index".into());
    shared
        .client
        .send_request::<WorkDoneProgressCreate>(WorkDoneProgressCreateParams { token: token.clone() })
        .await
        .ok()?;
    let progress = Progress { token };
    progress
        .send(
            shared,
            WorkDoneProgress::Begin(WorkDoneProgressBegin {
                title: "Indexing articles".into(),
                percentage: Some(0),
                ..WorkDoneProgressBegin::default()
            }),
        )
        .await;
    Some(progress)
}

impl Progress {
    async fn send(&self, shared: &Shared, value: WorkDoneProgress) {
        shared
            .client
            .send_notification::<notification::Progress>(ProgressParams {
                token: self.token.clone(),
                value: ProgressParamsValue::WorkDone(value),
            })
            .await;
    }

    async fn report(&self, shared: &Shared, done: usize, total: usize) {
        let pct = (done * 100).checked_div(total).unwrap_or(100) as u32;
        let report = WorkDoneProgressReport {
            message: Some(format!("{done}/{total} files")),
            percentage: Some(pct),
            cancellable: None,
        };
        self.send(shared, WorkDoneProgress::Report(report)).await;
    }

    async fn end(self, shared: &Shared, total: usize) {
        let message = Some(format!("{total} article files"));
        self.send(shared, WorkDoneProgress::End(WorkDoneProgressEnd { message }))
            .await;
    }
}
