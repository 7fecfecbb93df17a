//! Requests are answered against the text the client sent last, even in
//! the same write as the `didOpen`/`didChange` they follow; one article
//! whose analysis fails costs only that article; a folder over the
//! workspace limits is indexed up to them, and the user is told.

mod common;

use std::time::Duration;

use common::*;
use serde_json::{Value, json};

/// A long debounce: only an on-the-spot analysis can answer in time.
fn slow_scheduler(root: &std::path::Path) -> Client {
    let (mut c, _) = Init::new().root(root).options(json!({"debounceMs": 5000})).start();
    c.settle();
    c
}

fn frame(msg: &Value) -> Vec<u8> {
    let body = serde_json::to_vec(msg).unwrap();
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(&body);
    out
}

/// Sends a notification and a request in one write; returns the request's
/// result.
fn together(c: &mut Client, notification: (&str, Value), request: (&str, Value), id: i64) -> Value {
    let mut bytes = frame(&json!({"jsonrpc": "2.0", "method": notification.0, "params": notification.1}));
    bytes.extend(frame(
        &json!({"jsonrpc": "2.0", "id": id, "method": request.0, "params": request.1}),
    ));
    c.send_raw(&bytes);
    let response = c.wait_response(&json!(id), TIMEOUT);
    assert!(response.get("error").is_none(), "{response}");
    response["result"].clone()
}

fn open(uri: &str, version: i64, text: &str) -> (&'static str, Value) {
    (
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "plaintext", "version": version, "text": text}}),
    )
}

fn at(uri: &str, text: &str, needle: &str) -> Value {
    json!({"textDocument": {"uri": uri}, "position": pos(text, find(text, needle, 0), Enc::Utf16)})
}

/// Decodes semantic tokens into (line, UTF-16 column, length).
fn tokens(result: &Value) -> Vec<(u64, u64, u64)> {
    let data: Vec<u64> = result["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    let (mut line, mut col) = (0, 0);
    data.chunks(5)
        .map(|t| {
            if t[0] > 0 {
                col = 0;
            }
            line += t[0];
            col += t[1];
            (line, col, t[2])
        })
        .collect()
}

/// The text each token covers (single-line ASCII texts only).
fn token_texts(text: &str, result: &Value) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    tokens(result)
        .into_iter()
        .map(|(l, c, n)| lines[l as usize][c as usize..(c + n) as usize].to_string())
        .collect()
}

const DISK: &str = "Vladimir Putin met Kim Jong-un in Vladivostok.\nPutin spoke first.\n";

#[test]
fn hover_and_definition_right_after_an_edit_see_the_new_text() {
    let dir = workspace(&[
        ("a.txt", DISK.as_bytes()),
        ("b.txt", b"Xi Jinping stayed in Beijing.\n"),
    ]);
    let path = dir.path().join("a.txt");
    let uri = file_uri(&path);
    let mut c = slow_scheduler(dir.path());
    c.open(&uri, 1, DISK);
    c.settle();
    // Insert a name at the start of the first line, then ask at once.
    let edited = format!("Xi Jinping arrived. {DISK}");
    let change = (
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
             "text": "Xi Jinping arrived. "}]}),
    );
    let hover = together(
        &mut c,
        change,
        ("textDocument/hover", at(&uri, &edited, "Jinping")),
        9001,
    );
    let value = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(value.contains("Xi Jinping"), "hover on the new name: {hover}");
    assert_eq!(hover["range"], range(&edited, 0, "Xi Jinping".len(), Enc::Utf16));
    // Putin moved right by the inserted text: definition follows him.
    let change = (
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
            {"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}},
             "text": "Today "}]}),
    );
    let edited = edited.replacen("\nPutin", "\nToday Putin", 1);
    let def = together(
        &mut c,
        change,
        ("textDocument/definition", at(&uri, &edited, "Putin spoke")),
        9002,
    );
    let start = find(&edited, "Vladimir Putin", 0);
    assert_eq!(
        def["range"],
        range(&edited, start, start + "Vladimir Putin".len(), Enc::Utf16)
    );
    c.shutdown();
}

#[test]
fn tokens_and_symbols_right_after_open_follow_the_buffer_not_the_disk() {
    let dir = workspace(&[("a.txt", DISK.as_bytes())]);
    let uri = file_uri(&dir.path().join("a.txt"));
    let mut c = slow_scheduler(dir.path());
    // The buffer differs from the file on disk (unsaved edits).
    let buffer = "Angela Merkel met Emmanuel Macron in Berlin.\n";
    let result = together(
        &mut c,
        open(&uri, 1, buffer),
        (
            "textDocument/semanticTokens/full",
            json!({"textDocument": {"uri": uri}}),
        ),
        9003,
    );
    let texts = token_texts(buffer, &result);
    assert!(texts.contains(&"Angela Merkel".to_string()), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("Putin")), "{texts:?}");
    // A buffer never saved: symbols straight after didOpen.
    let unsaved = file_uri(&dir.path().join("draft.txt"));
    let draft = "Grace Mbeki, the mayor of Port Haldane, opened the bridge.\n";
    let symbols = together(
        &mut c,
        open(&unsaved, 1, draft),
        ("textDocument/documentSymbol", json!({"textDocument": {"uri": unsaved}})),
        9004,
    );
    // Grouped by type: the entities are the children.
    let names: Vec<String> = symbols
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|group| group["children"].as_array().cloned().unwrap_or_default())
        .filter_map(|s| s["name"].as_str().map(str::to_string))
        .collect();
    assert!(names.iter().any(|n| n.contains("Grace Mbeki")), "{symbols}");
    let hover = together(
        &mut c,
        (
            "textDocument/didChange",
            json!({"textDocument": {"uri": unsaved, "version": 2}, "contentChanges": [{"text": "Nelson Mandela spoke.\n"}]}),
        ),
        ("textDocument/hover", at(&unsaved, "Nelson Mandela spoke.\n", "Mandela")),
        9005,
    );
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap_or_default()
            .contains("Nelson Mandela"),
        "{hover}"
    );
    c.shutdown();
}

#[test]
fn one_failing_article_costs_only_itself() {
    let mut files: Vec<(String, Vec<u8>)> = (0..20)
        .map(|i| {
            (
                format!("a{i:02}.txt"),
                format!("Maria Lopez met Peter Kamau {i} times.\n").into_bytes(),
            )
        })
        .collect();
    files.push((
        "poison.txt".into(),
        b"Headline\nnewsls:debug-panic Maria Lopez\n".to_vec(),
    ));
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    let dir = workspace(&refs);
    let mut c = Client::spawn(&[], &[("NEWSLS_DEBUG", "1")]);
    c.initialize(Init::new().root(dir.path()).params());
    let status = c.wait_status(
        |s| s["indexing"] == false && s["pending"] == false && s["articles"] == 21,
        TIMEOUT,
    );
    assert_eq!(status["findings"], 1, "the failure counts as an error: {status}");
    // The poisoned article gets one error on its first line.
    let poison = file_uri(&dir.path().join("poison.txt"));
    c.open(&poison, 1, "Headline\nnewsls:debug-panic Maria Lopez\n");
    let diags = c.wait_diagnostics(&poison, "analysis-failed");
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0]["severity"], 1);
    assert_eq!(diags[0]["range"]["start"], json!({"line": 0, "character": 0}));
    assert!(
        diags[0]["message"].as_str().unwrap().contains("report"),
        "{:?}",
        diags[0]
    );
    // Every other article is analysed and served.
    let good = file_uri(&dir.path().join("a03.txt"));
    let text = "Maria Lopez met Peter Kamau 3 times.\n";
    c.open(&good, 1, text);
    let hover = c.hover(&good, pos(text, find(text, "Kamau", 0), Enc::Utf16));
    assert!(
        hover["contents"]["value"].as_str().unwrap().contains("Peter Kamau"),
        "{hover}"
    );
    // Editing the poisoned article keeps the others served, and mending
    // it clears the error.
    c.change(&poison, 2, json!([{"text": "Headline\nMaria Lopez spoke.\n"}]));
    c.wait_notification(
        "textDocument/publishDiagnostics",
        |p| same_uri(p["uri"].as_str().unwrap_or(""), &poison) && p["version"] == 2,
        TIMEOUT,
    );
    let last = c.diagnostics_for(&poison).pop().unwrap();
    assert!(
        last["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .all(|d| d["code"] != "analysis-failed")
    );
    assert!(!c.stderr().contains("panicked"), "{}", c.stderr());
    c.shutdown();
}

#[test]
fn a_folder_over_the_article_limit_is_indexed_up_to_it_and_the_user_told() {
    let files: Vec<(String, Vec<u8>)> = (0..6)
        .map(|i| {
            (
                format!("n{i}.txt"),
                format!("Peter Kamau spoke {i} times.\n").into_bytes(),
            )
        })
        .collect();
    let refs: Vec<(&str, &[u8])> = files.iter().map(|(n, b)| (n.as_str(), b.as_slice())).collect();
    let dir = workspace(&refs);
    let (mut c, _) = Init::new().root(dir.path()).options(json!({"maxArticles": 4})).start();
    let status = c.settle();
    assert_eq!(status["articles"], 4, "{status}");
    let shown = c.wait_notification("window/showMessage", |p| p["type"] == 2, TIMEOUT);
    let message = shown["params"]["message"].as_str().unwrap();
    assert!(
        message.contains("maxArticles") && message.contains("include"),
        "{message}"
    );
    // Documents past the cap are still served once opened.
    let last = file_uri(&dir.path().join("n5.txt"));
    let text = "Peter Kamau spoke 5 times.\n";
    c.open(&last, 1, text);
    let hover = c.hover(&last, pos(text, find(text, "Kamau", 0), Enc::Utf16));
    assert!(!hover.is_null());
    c.shutdown();
}

#[test]
fn closing_a_never_saved_document_logs_no_error() {
    let dir = workspace(&[("a.txt", DISK.as_bytes())]);
    let (mut c, _) = Init::new().root(dir.path()).start();
    c.settle();
    let draft = file_uri(&dir.path().join("draft.txt"));
    c.open(&draft, 1, "Peter Kamau spoke.\n");
    c.settle();
    c.close(&draft);
    c.settle();
    c.drain_for(Duration::from_millis(200));
    let logs = c.log_messages();
    assert!(!logs.iter().any(|l| l.contains("skipped")), "{logs:?}");
    assert_eq!(c.status()["articles"], 1);
    c.shutdown();
}

#[test]
fn a_document_grown_past_the_size_cap_is_not_answered_from_its_older_text() {
    let dir = workspace(&[("a.txt", DISK.as_bytes())]);
    let uri = file_uri(&dir.path().join("a.txt"));
    let (mut c, _) = Init::new()
        .root(dir.path())
        .options(json!({"debounceMs": 5000, "maxFileSize": 1000}))
        .start();
    c.settle();
    c.open(&uri, 1, DISK);
    let hover = c.hover(&uri, pos(DISK, find(DISK, "Putin", 0), Enc::Utf16));
    assert!(!hover.is_null());
    // Paste past the cap at the start: the old analysis must not answer.
    let grown = format!("{}{DISK}", "x".repeat(2000));
    let change = (
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": grown}]}),
    );
    let hover = together(&mut c, change, ("textDocument/hover", at(&uri, DISK, "Putin")), 9006);
    assert!(hover.is_null(), "{hover}");
    c.shutdown();
}
