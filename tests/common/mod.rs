//! A small, std-only LSP client for integration tests: it starts the built
//! `newsls` binary, frames JSON-RPC messages over its stdio and answers the
//! server's own requests. Every wait has a timeout so a hung server fails the
//! test instead of hanging CI. Set `NEWSLS_TEST_TRACE=1` to print every
//! message sent and received to stderr.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// How long a single request may take before the test fails.
pub const TIMEOUT: Duration = Duration::from_secs(10);

pub const BIN: &str = env!("CARGO_BIN_EXE_newsls");
pub const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");

/// A message read from the server, or a framing problem.
enum Incoming {
    Message(Value),
    Garbage(String),
}

pub struct Client {
    child: Child,
    stdin: Option<ChildStdin>,
    rx: Receiver<Incoming>,
    next_id: i64,
    /// Responses that arrived while waiting for something else.
    responses: Vec<Value>,
    /// Notifications not yet consumed by `wait_notification`.
    notifications: VecDeque<Value>,
    /// Every notification ever received, in order.
    pub all_notifications: Vec<Value>,
    /// Every server→client request ever received, in order.
    pub server_requests: Vec<Value>,
    /// Reply to `workspace/configuration`: one value per requested item. When
    /// `None`, the client replies `null` for each item.
    pub configuration: Option<Vec<Value>>,
    stderr: Arc<Mutex<String>>,
    trace: bool,
}

impl Client {
    /// Start `newsls` with no arguments.
    pub fn start() -> Client {
        Client::spawn(&[], &[])
    }

    pub fn spawn(args: &[&str], env: &[(&str, &str)]) -> Client {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn newsls");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().unwrap();
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        thread::spawn(move || read_messages(stdout, tx));
        let log = Arc::new(Mutex::new(String::new()));
        let sink = Arc::clone(&log);
        thread::spawn(move || {
            let mut r = BufReader::new(stderr);
            let mut line = String::new();
            while matches!(r.read_line(&mut line), Ok(n) if n > 0) {
                let mut s = sink.lock().unwrap();
                s.push_str(&line);
                // Keep only the tail so a chatty server cannot eat memory.
                if s.len() > 64 * 1024 {
                    let cut = s.len() - 32 * 1024;
                    let cut = (cut..s.len()).find(|&i| s.is_char_boundary(i)).unwrap();
                    s.drain(..cut);
                }
                line.clear();
            }
        });
        Client {
            child,
            stdin,
            rx,
            next_id: 1,
            responses: Vec::new(),
            notifications: VecDeque::new(),
            all_notifications: Vec::new(),
            server_requests: Vec::new(),
            configuration: None,
            stderr: log,
            trace: std::env::var_os("NEWSLS_TEST_TRACE").is_some(),
        }
    }

    /// The server's process id (for memory measurements in benches).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// The server's stderr so far (tail).
    pub fn stderr(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }

    fn fail(&self, what: &str) -> ! {
        panic!("{what}\n--- server stderr (tail) ---\n{}", self.stderr())
    }

    // ---- writing -------------------------------------------------------

    pub fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin already closed");
        stdin.write_all(bytes).expect("write to server stdin");
        stdin.flush().expect("flush server stdin");
    }

    pub fn send(&mut self, msg: &Value) {
        let body = serde_json::to_vec(msg).unwrap();
        if self.trace {
            let s = String::from_utf8_lossy(&body);
            eprintln!("--> {}", truncate(&s, 2000));
        }
        let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        frame.extend_from_slice(&body);
        self.send_raw(&frame);
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Send a request without waiting; returns its id.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        let mut msg = json!({"jsonrpc": "2.0", "id": id, "method": method});
        if !params.is_null() {
            msg["params"] = params;
        }
        self.send(&msg);
        id
    }

    /// Close the server's stdin (end of input).
    pub fn close_stdin(&mut self) {
        self.stdin = None;
    }

    // ---- reading -------------------------------------------------------

    /// Receive and dispatch one message; false on timeout. Server requests
    /// are answered, notifications queued, responses stored.
    fn pump(&mut self, deadline: Instant) -> bool {
        let left = deadline.saturating_duration_since(Instant::now());
        let msg = match self.rx.recv_timeout(left) {
            Ok(Incoming::Message(m)) => m,
            Ok(Incoming::Garbage(g)) => self.fail(&format!("server wrote a malformed frame: {g}")),
            Err(RecvTimeoutError::Timeout) => return false,
            Err(RecvTimeoutError::Disconnected) => self.fail("server closed its stdout (exited or crashed)"),
        };
        if self.trace {
            eprintln!("<-- {}", truncate(&msg.to_string(), 2000));
        }
        let method = msg.get("method").and_then(Value::as_str).map(str::to_owned);
        match (method, msg.get("id")) {
            (Some(method), Some(id)) => {
                let id = id.clone();
                let result = match method.as_str() {
                    "workspace/configuration" => {
                        let n = msg["params"]["items"].as_array().map_or(0, Vec::len);
                        match &self.configuration {
                            Some(items) => Value::Array(items.clone()),
                            None => Value::Array(vec![Value::Null; n]),
                        }
                    }
                    _ => Value::Null,
                };
                self.server_requests.push(msg);
                self.send(&json!({"jsonrpc": "2.0", "id": id, "result": result}));
            }
            (Some(_), None) => {
                self.all_notifications.push(msg.clone());
                self.notifications.push_back(msg);
            }
            (None, _) => self.responses.push(msg),
        }
        true
    }

    /// Wait for the response with `id`; returns the whole response message.
    pub fn wait_response(&mut self, id: &Value, timeout: Duration) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(i) = self.responses.iter().position(|r| r.get("id") == Some(id)) {
                return self.responses.remove(i);
            }
            if !self.pump(deadline) {
                self.fail(&format!("timed out after {timeout:?} waiting for response {id}"));
            }
        }
    }

    /// Send a request and wait for its result (`Ok`) or error object (`Err`).
    pub fn request(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        self.request_timeout(method, params, TIMEOUT)
    }

    pub fn request_timeout(&mut self, method: &str, params: Value, timeout: Duration) -> Result<Value, Value> {
        let id = self.send_request(method, params);
        let resp = self.wait_response(&json!(id), timeout);
        if let Some(err) = resp.get("error") {
            return Err(err.clone());
        }
        match resp.get("result") {
            Some(r) => Ok(r.clone()),
            None => self.fail(&format!("response to {method} has neither result nor error: {resp}")),
        }
    }

    /// A request that must succeed.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        match self.request(method, params.clone()) {
            Ok(v) => v,
            Err(e) => self.fail(&format!("{method} {params} failed: {e}")),
        }
    }

    /// Wait for (and consume) the first queued notification of `method`
    /// matching `pred`, including ones that arrived earlier.
    pub fn wait_notification(&mut self, method: &str, pred: impl Fn(&Value) -> bool, timeout: Duration) -> Value {
        match self.try_wait_notification(method, pred, timeout) {
            Some(n) => n,
            None => self.fail(&format!(
                "timed out after {timeout:?} waiting for notification {method}; got: {}",
                self.describe_notifications()
            )),
        }
    }

    pub fn try_wait_notification(
        &mut self,
        method: &str,
        pred: impl Fn(&Value) -> bool,
        timeout: Duration,
    ) -> Option<Value> {
        let deadline = Instant::now() + timeout;
        let mut seen = 0;
        loop {
            while seen < self.notifications.len() {
                let n = &self.notifications[seen];
                if n["method"] == method && pred(&n["params"]) {
                    return self.notifications.remove(seen);
                }
                seen += 1;
            }
            if !self.pump(deadline) {
                return None;
            }
        }
    }

    /// Wait for a server→client request of `method` matching `pred` (already
    /// received ones count).
    pub fn wait_server_request(&mut self, method: &str, pred: impl Fn(&Value) -> bool, timeout: Duration) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(r) = self
                .server_requests
                .iter()
                .find(|r| r["method"] == method && pred(&r["params"]))
            {
                return r.clone();
            }
            if !self.pump(deadline) {
                let got: Vec<_> = self.server_requests.iter().map(|r| r["method"].clone()).collect();
                self.fail(&format!("timed out waiting for server request {method}; got {got:?}"));
            }
        }
    }

    /// Process whatever arrives for `d` (answering server requests).
    pub fn drain_for(&mut self, d: Duration) {
        let deadline = Instant::now() + d;
        while self.pump(deadline) {}
    }

    fn describe_notifications(&self) -> String {
        let v: Vec<String> = self
            .all_notifications
            .iter()
            .map(|n| truncate(&n.to_string(), 300))
            .collect();
        v.join("\n  ")
    }

    /// Log messages (`window/logMessage`) received so far.
    pub fn log_messages(&self) -> Vec<String> {
        self.all_notifications
            .iter()
            .filter(|n| n["method"] == "window/logMessage")
            .filter_map(|n| n["params"]["message"].as_str().map(str::to_owned))
            .collect()
    }

    /// Wait for a `window/logMessage` whose message satisfies `pred`.
    pub fn wait_log(&mut self, pred: impl Fn(&str) -> bool, timeout: Duration) -> String {
        let n = self.wait_notification(
            "window/logMessage",
            |p| p["message"].as_str().is_some_and(&pred),
            timeout,
        );
        n["params"]["message"].as_str().unwrap().to_owned()
    }

    /// All `publishDiagnostics` params received for `uri`, in order.
    /// Waits for a non-empty `publishDiagnostics` for `uri`; returns its
    /// diagnostics with the given code.
    pub fn wait_diagnostics(&mut self, uri: &str, code: &str) -> Vec<Value> {
        let note = self.wait_notification(
            "textDocument/publishDiagnostics",
            |p| p["uri"] == uri && p["diagnostics"].as_array().is_some_and(|d| !d.is_empty()),
            TIMEOUT,
        );
        let all = note["params"]["diagnostics"].as_array().cloned().unwrap_or_default();
        all.into_iter().filter(|d| d["code"] == code).collect()
    }

    pub fn diagnostics_for(&self, uri: &str) -> Vec<Value> {
        self.all_notifications
            .iter()
            .filter(|n| n["method"] == "textDocument/publishDiagnostics")
            .filter(|n| same_uri(n["params"]["uri"].as_str().unwrap_or(""), uri))
            .map(|n| n["params"].clone())
            .collect()
    }

    // ---- lifecycle -----------------------------------------------------

    /// `initialize` followed by `initialized`; returns the initialize result.
    pub fn initialize(&mut self, params: Value) -> Value {
        let result = self.call("initialize", params);
        self.notify("initialized", json!({}));
        result
    }

    /// Poll `newsls/status` until `pred` holds; returns the last status.
    pub fn wait_status(&mut self, pred: impl Fn(&Value) -> bool, timeout: Duration) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            let s = self.call("newsls/status", Value::Null);
            if pred(&s) {
                return s;
            }
            if Instant::now() > deadline {
                self.fail(&format!("status never satisfied the condition; last: {s}"));
            }
            // Let pending messages through while waiting between polls.
            self.drain_for(Duration::from_millis(20));
        }
    }

    /// Wait until nothing is queued, analysing or indexing.
    pub fn settle(&mut self) -> Value {
        self.wait_status(|s| s["pending"] == false && s["indexing"] == false, TIMEOUT)
    }

    pub fn status(&mut self) -> Value {
        self.call("newsls/status", Value::Null)
    }

    /// Wait for the process to exit.
    pub fn wait_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(s) = self.child.try_wait().expect("try_wait") {
                return Some(s);
            }
            if Instant::now() > deadline {
                return None;
            }
            thread::sleep(Duration::from_millis(10));
        }
    }

    /// `shutdown` + `exit`; asserts a prompt exit with status 0.
    pub fn shutdown(mut self) {
        let r = self.call("shutdown", Value::Null);
        assert!(r.is_null(), "shutdown result must be null, got {r}");
        self.notify("exit", Value::Null);
        match self.wait_exit(Duration::from_secs(5)) {
            Some(s) => assert_eq!(s.code(), Some(0), "exit status after shutdown+exit"),
            None => self.fail("server did not exit within 5 s of shutdown+exit"),
        }
    }

    // ---- document helpers ------------------------------------------------

    pub fn open(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": version, "text": text}}),
        );
    }

    pub fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    pub fn close(&mut self, uri: &str) {
        self.notify("textDocument/didClose", json!({"textDocument": {"uri": uri}}));
    }

    pub fn hover(&mut self, uri: &str, pos: Value) -> Value {
        self.call(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": pos}),
        )
    }

    pub fn definition(&mut self, uri: &str, pos: Value) -> Value {
        self.call(
            "textDocument/definition",
            json!({"textDocument": {"uri": uri}, "position": pos}),
        )
    }

    pub fn references(&mut self, uri: &str, pos: Value, include_declaration: bool) -> Value {
        self.call(
            "textDocument/references",
            json!({"textDocument": {"uri": uri}, "position": pos,
                   "context": {"includeDeclaration": include_declaration}}),
        )
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        // Kill the server we started if a test failed before shutting it down.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.len() <= n {
        return s.to_owned();
    }
    let mut end = n;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes)", &s[..end], s.len())
}

/// Parse `Content-Length`-framed messages from `r` into `tx` until EOF.
fn read_messages(r: impl Read, tx: mpsc::Sender<Incoming>) {
    let mut r = BufReader::new(r);
    loop {
        let mut len: Option<usize> = None;
        loop {
            let mut line = String::new();
            match r.read_line(&mut line) {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                if k.trim().eq_ignore_ascii_case("content-length") {
                    len = v.trim().parse().ok();
                }
            } else {
                let _ = tx.send(Incoming::Garbage(format!("header line {line:?}")));
                return;
            }
        }
        let Some(len) = len else {
            let _ = tx.send(Incoming::Garbage("frame without Content-Length".into()));
            return;
        };
        let mut body = vec![0; len];
        if r.read_exact(&mut body).is_err() {
            return;
        }
        let msg = match serde_json::from_slice(&body) {
            Ok(v) => Incoming::Message(v),
            Err(e) => Incoming::Garbage(format!("{e}: {}", String::from_utf8_lossy(&body))),
        };
        if tx.send(msg).is_err() {
            return;
        }
    }
}

// ---- initialize params ---------------------------------------------------

/// Builder for `initialize` params.
#[derive(Clone, Default)]
pub struct Init {
    pub root: Option<PathBuf>,
    /// Use `workspaceFolders` only (no `rootUri`).
    pub folders_only: bool,
    /// `general.positionEncodings`; `None` leaves the field out.
    pub encodings: Option<Vec<&'static str>>,
    pub work_done_progress: bool,
    pub watch_dynamic: bool,
    pub configuration: bool,
    /// `workspace.workspaceEdit` with document changes and file creation.
    pub create_files: bool,
    pub options: Option<Value>,
}

impl Init {
    pub fn new() -> Init {
        Init::default()
    }
    pub fn root(mut self, p: &Path) -> Init {
        self.root = Some(p.to_path_buf());
        self
    }
    pub fn encodings(mut self, e: &[&'static str]) -> Init {
        self.encodings = Some(e.to_vec());
        self
    }
    pub fn utf8(self) -> Init {
        self.encodings(&["utf-8", "utf-16"])
    }
    pub fn progress(mut self) -> Init {
        self.work_done_progress = true;
        self
    }
    pub fn watch(mut self) -> Init {
        self.watch_dynamic = true;
        self
    }
    pub fn create_files(mut self) -> Init {
        self.create_files = true;
        self
    }

    pub fn options(mut self, o: Value) -> Init {
        self.options = Some(o);
        self
    }

    pub fn params(&self) -> Value {
        let mut caps = json!({
            "textDocument": {
                "synchronization": {"dynamicRegistration": false, "didSave": true},
                "hover": {"contentFormat": ["markdown", "plaintext"]},
                "publishDiagnostics": {"relatedInformation": true, "versionSupport": true},
            },
            "workspace": {
                "workspaceFolders": true,
                "configuration": self.configuration,
                "didChangeWatchedFiles": {"dynamicRegistration": self.watch_dynamic},
            },
            "window": {"workDoneProgress": self.work_done_progress},
        });
        if let Some(e) = &self.encodings {
            caps["general"] = json!({"positionEncodings": e});
        }
        if self.create_files {
            caps["workspace"]["workspaceEdit"] = json!({"documentChanges": true, "resourceOperations": ["create"]});
        }
        let mut p = json!({
            "processId": std::process::id(),
            "clientInfo": {"name": "newsls-tests"},
            "capabilities": caps,
        });
        match &self.root {
            Some(root) => {
                let uri = file_uri(root);
                let name = root.file_name().unwrap().to_string_lossy().into_owned();
                if !self.folders_only {
                    p["rootUri"] = json!(uri);
                } else {
                    p["rootUri"] = Value::Null;
                }
                p["workspaceFolders"] = json!([{"uri": uri, "name": name}]);
            }
            None => {
                p["rootUri"] = Value::Null;
            }
        }
        if let Some(o) = &self.options {
            p["initializationOptions"] = o.clone();
        }
        p
    }

    /// Start a server and initialize it with these params.
    pub fn start(&self) -> (Client, Value) {
        let mut c = Client::start();
        let r = c.initialize(self.params());
        (c, r)
    }
}

// ---- URIs and files --------------------------------------------------------

pub fn file_uri(p: &Path) -> String {
    let mut s = String::from("file://");
    for b in p.to_str().expect("utf-8 path").bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => s.push(b as char),
            _ => s.push_str(&format!("%{b:02X}")),
        }
    }
    s
}

fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() && b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit() {
            out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
            i += 3;
            continue;
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// URIs equal up to percent-encoding.
pub fn same_uri(a: &str, b: &str) -> bool {
    percent_decode(a) == percent_decode(b)
}

/// A temp dir with `files` (relative path, content) written into it.
pub fn workspace(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::Builder::new().prefix("newsls-test").tempdir().unwrap();
    for (rel, content) in files {
        write(dir.path(), rel, content);
    }
    dir
}

pub fn write(root: &Path, rel: &str, content: &[u8]) -> PathBuf {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(&p, content).unwrap();
    p
}

// ---- positions -------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enc {
    Utf8,
    Utf16,
}

impl Enc {
    pub fn name(self) -> &'static str {
        match self {
            Enc::Utf8 => "utf-8",
            Enc::Utf16 => "utf-16",
        }
    }
    fn width(self, c: char) -> usize {
        match self {
            Enc::Utf8 => c.len_utf8(),
            Enc::Utf16 => c.len_utf16(),
        }
    }
}

/// Byte offsets where each line starts (LSP line breaks: `\n`, `\r\n`, `\r`).
fn line_starts(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut starts = vec![0];
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' => starts.push(i + 1),
            b'\r' if b.get(i + 1) == Some(&b'\n') => {
                starts.push(i + 2);
                i += 1;
            }
            b'\r' => starts.push(i + 1),
            _ => {}
        }
        i += 1;
    }
    starts
}

/// LSP position (as JSON) of a byte offset.
pub fn pos(text: &str, offset: usize, enc: Enc) -> Value {
    let starts = line_starts(text);
    let line = starts.partition_point(|&s| s <= offset) - 1;
    let character: usize = text[starts[line]..offset].chars().map(|c| enc.width(c)).sum();
    json!({"line": line, "character": character})
}

/// Byte offset of an LSP position (must be valid).
pub fn offset(text: &str, p: &Value, enc: Enc) -> usize {
    let starts = line_starts(text);
    let line = p["line"].as_u64().unwrap() as usize;
    let mut want = p["character"].as_u64().unwrap() as usize;
    let mut o = starts[line];
    for c in text[o..].chars() {
        if want == 0 {
            break;
        }
        want -= enc.width(c);
        o += c.len_utf8();
    }
    o
}

pub fn range(text: &str, start: usize, end: usize, enc: Enc) -> Value {
    json!({"start": pos(text, start, enc), "end": pos(text, end, enc)})
}

/// Byte offset of the `nth` (0-based) occurrence of `needle`.
pub fn find(text: &str, needle: &str, nth: usize) -> usize {
    text.match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in {text:?}"))
        .0
}

/// Range of the `nth` occurrence of `needle`.
pub fn range_of(text: &str, needle: &str, nth: usize, enc: Enc) -> Value {
    let s = find(text, needle, nth);
    range(text, s, s + needle.len(), enc)
}

/// A position strictly inside the `nth` occurrence of `needle` (`k` bytes in).
pub fn pos_in(text: &str, needle: &str, nth: usize, k: usize, enc: Enc) -> Value {
    pos(text, find(text, needle, nth) + k, enc)
}

/// Apply an LSP incremental change to a local mirror of the text; returns
/// the change as JSON.
pub fn edit(text: &mut String, start: usize, end: usize, new: &str, enc: Enc) -> Value {
    let change = json!({"range": range(text, start, end, enc), "text": new});
    text.replace_range(start..end, new);
    change
}

/// Normalise a definition result (Location | Location[] | LocationLink[])
/// into a list of `(uri, range)` locations.
pub fn locations(v: &Value) -> Vec<(String, Value)> {
    let items = match v {
        Value::Null => vec![],
        Value::Array(a) => a.clone(),
        o => vec![o.clone()],
    };
    items
        .into_iter()
        .map(|l| {
            if let Some(u) = l.get("targetUri") {
                (percent_decode(u.as_str().unwrap()), l["targetSelectionRange"].clone())
            } else {
                (percent_decode(l["uri"].as_str().unwrap()), l["range"].clone())
            }
        })
        .collect()
}

/// `(uri, range)` for an expected location.
pub fn loc(uri: &str, range: Value) -> (String, Value) {
    (percent_decode(uri), range)
}

/// Sort locations by uri then start position for order-insensitive compare.
pub fn sorted(mut v: Vec<(String, Value)>) -> Vec<(String, Value)> {
    v.sort_by_key(|(u, r)| (u.clone(), r["start"]["line"].as_u64(), r["start"]["character"].as_u64()));
    v
}

/// Hover contents flattened to one string.
pub fn hover_text(h: &Value) -> String {
    fn flat(v: &Value, out: &mut String) {
        match v {
            Value::String(s) => out.push_str(s),
            Value::Array(a) => a.iter().for_each(|x| flat(x, out)),
            Value::Object(o) => {
                if let Some(v) = o.get("value") {
                    flat(v, out)
                }
            }
            _ => {}
        }
        out.push('\n');
    }
    let mut s = String::new();
    flat(&h["contents"], &mut s);
    s
}
