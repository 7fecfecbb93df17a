//! Server state shared by the handlers, the frontline and the analysis task.
//!
//! Locks are `parking_lot` (no poisoning: a panicking handler must not take
//! the server down with it) and are never held across an `.await`.

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use parking_lot::{Mutex, RwLock};
use ropey::Rope;
use tokio::sync::Notify;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types::{Uri, notification::Notification};

use super::documents::Sources;
use super::position::Encoding;
use crate::config::{self, Config, Node, Problem};
use crate::workspace::{DocId, Workspace};

/// What the client can do, read once from `initialize`.
#[derive(Clone, Debug, Default)]
pub struct ClientCaps {
    pub markdown_hover: bool,
    pub work_done_progress: bool,
    pub watch_dynamic: bool,
    pub configuration: bool,
    /// The client applies `WorkspaceEdit`s that create files.
    pub create_files: bool,
    /// The client takes `workspace/semanticTokens/refresh`,
    /// `workspace/inlayHint/refresh` and `workspace/codeLens/refresh`.
    pub semantic_tokens_refresh: bool,
    pub inlay_hint_refresh: bool,
    pub code_lens_refresh: bool,
}

/// The latest finished analysis: requests answer from here.
#[derive(Debug, Default)]
pub struct Analysed {
    pub workspace: Workspace,
    /// The exact text each article was analysed from, for position mapping.
    pub docs: HashMap<DocId, AnalysedDoc>,
}

#[derive(Debug)]
pub struct AnalysedDoc {
    pub rope: Rope,
    pub version: Option<i32>,
    /// The state of the text that was analysed (`Snapshot::seq`): a result
    /// only ever replaces one of an older state.
    pub seq: u64,
}

/// The configuration sources, kept apart so each can change on its own.
#[derive(Debug, Default)]
pub struct ConfigSources {
    pub init_options: Option<Node>,
    pub client_settings: Option<Node>,
    /// `newsls.toml`: its URI, text and parsed node.
    pub file: Option<(Uri, String, Node, Vec<Problem>)>,
}

impl ConfigSources {
    /// Later sources win: editor settings, then the workspace file, so a
    /// newsroom's shared `newsls.toml` gives everyone the same checks.
    pub fn merge(&self) -> (Config, Vec<Problem>, Vec<Problem>) {
        let mut config = Config::default();
        let mut settings_problems = Vec::new();
        for node in [&self.init_options, &self.client_settings].into_iter().flatten() {
            config::apply(&mut config, node, &mut settings_problems);
        }
        let mut file_problems = Vec::new();
        if let Some((_, _, node, parse_problems)) = &self.file {
            file_problems.extend(parse_problems.iter().cloned());
            config::apply(&mut config, node, &mut file_problems);
        }
        (config, settings_problems, file_problems)
    }
}

pub struct Shared {
    pub client: Client,
    pub sources: Mutex<Sources>,
    pub analysed: RwLock<Analysed>,
    pub config: RwLock<Arc<Config>>,
    pub config_sources: Mutex<ConfigSources>,
    pub encoding: RwLock<Encoding>,
    pub caps: RwLock<ClientCaps>,
    pub roots: RwLock<Vec<PathBuf>>,
    /// Files not taken as articles, with the reason.
    pub skipped: Mutex<BTreeMap<DocId, String>>,
    /// Wakes the analysis task.
    pub wake: Notify,
    /// The knowledge-base file's id and text, for locations inside it.
    pub kb_text: Mutex<Option<(DocId, Rope)>>,
    /// Findings at warning level or above per article, as last checked:
    /// the status count is their sum (`warnings`), so no run needs a
    /// workspace-wide pass.
    pub warning_counts: Mutex<HashMap<DocId, usize>>,
    /// Serialises on-the-spot analyses of stale open documents, so that
    /// the requests an editor sends together analyse a text once.
    pub fresh_lock: tokio::sync::Mutex<()>,
    /// The diagnostics last published per open document.
    pub published: Mutex<HashMap<DocId, Vec<tower_lsp_server::ls_types::Diagnostic>>>,
    /// Skip the debounce for the next run (after indexing).
    pub urgent: AtomicBool,
    pub analysing: AtomicBool,
    /// Workspace-changing notifications received but not yet handled.
    pub busy: AtomicUsize,
    pub indexing: AtomicBool,
    pub shutdown: AtomicBool,
    /// The user was shown that the workspace is over its limits.
    pub told_limit: AtomicBool,
}

impl Shared {
    pub fn new(client: Client) -> Shared {
        Shared {
            client,
            sources: Mutex::default(),
            analysed: RwLock::default(),
            config: RwLock::new(Arc::new(Config::default())),
            config_sources: Mutex::default(),
            encoding: RwLock::default(),
            caps: RwLock::default(),
            roots: RwLock::default(),
            skipped: Mutex::default(),
            wake: Notify::new(),
            published: Mutex::default(),
            kb_text: Mutex::default(),
            warning_counts: Mutex::default(),
            fresh_lock: tokio::sync::Mutex::new(()),
            urgent: AtomicBool::new(false),
            analysing: AtomicBool::new(false),
            busy: AtomicUsize::new(0),
            indexing: AtomicBool::new(false),
            shutdown: AtomicBool::new(false),
            told_limit: AtomicBool::new(false),
        }
    }

    /// Findings at warning level or above in the workspace, as last checked.
    pub fn warnings(&self) -> usize {
        self.warning_counts.lock().values().sum()
    }

    pub fn config(&self) -> Arc<Config> {
        self.config.read().clone()
    }

    pub fn encoding(&self) -> Encoding {
        *self.encoding.read()
    }

    /// Asks for an analysis run; `urgent` skips the debounce.
    pub fn schedule(&self, urgent: bool) {
        if urgent {
            self.urgent.store(true, Ordering::SeqCst);
        }
        self.wake.notify_one();
    }

    /// Whether edits are waiting for, or in, an analysis run.
    pub fn pending(&self) -> bool {
        self.analysing.load(Ordering::SeqCst) || self.busy.load(Ordering::SeqCst) > 0 || self.sources.lock().has_dirty()
    }

    /// Logs to the client without making the caller wait (usable from
    /// synchronous code such as the frontline).
    pub fn log_later(&self, typ: tower_lsp_server::ls_types::MessageType, message: String) {
        let client = self.client.clone();
        tokio::spawn(async move {
            client.log_message(typ, message).await;
        });
    }

    /// Sends a custom notification, used to tell clients and tests that an
    /// analysis run has finished.
    pub async fn notify_analysed(&self, articles: usize) {
        self.client
            .send_notification::<AnalysisFinished>(AnalysisFinishedParams { articles })
            .await;
    }
}

/// `newsls/analysisFinished`: sent after every analysis run.
pub enum AnalysisFinished {}

#[derive(serde::Serialize, serde::Deserialize, Debug)]
pub struct AnalysisFinishedParams {
    pub articles: usize,
}

impl Notification for AnalysisFinished {
    type Params = AnalysisFinishedParams;
    const METHOD: &'static str = "newsls/analysisFinished";
}

/// The document id for a URI: file URIs are normalised through their path,
/// so that the same file reached by the client and by the indexer agree.
pub fn doc_id(uri: &Uri) -> DocId {
    if let Some(path) = uri.to_file_path()
        && let Some(norm) = Uri::from_file_path(&path)
    {
        return DocId::from(norm.as_str());
    }
    DocId::from(uri.as_str())
}

pub fn path_id(path: &std::path::Path) -> Option<DocId> {
    Uri::from_file_path(path).map(|u| DocId::from(u.as_str()))
}

pub fn uri_of(id: &str) -> Option<Uri> {
    id.parse().ok()
}
