//! Protocol-level behaviour: startup, initialize, status, robustness, shutdown.

mod common;

use std::time::{Duration, Instant};

use common::*;
use serde_json::{Value, json};

fn assert_true_or_options(caps: &Value, key: &str) {
    let v = &caps[key];
    assert!(
        v == &json!(true) || v.is_object(),
        "capabilities.{key} must be true (or options), got {v}"
    );
}

#[test]
fn serves_lsp_on_stdio_without_arguments() {
    let (c, r) = Init::new().start();
    assert_eq!(r["serverInfo"]["name"], "newsls", "initialize result: {r}");
    c.shutdown();
}

#[test]
fn serves_lsp_on_stdio_with_stdio_flag() {
    let mut c = Client::spawn(&["--stdio"], &[]);
    let r = c.initialize(Init::new().params());
    assert_eq!(r["serverInfo"]["name"], "newsls", "initialize result: {r}");
    c.shutdown();
}

#[test]
fn initialize_advertises_capabilities() {
    let (c, r) = Init::new().start();
    let caps = &r["capabilities"];
    let sync = &caps["textDocumentSync"];
    if sync.is_object() {
        assert_eq!(sync["change"], 2, "incremental sync: {sync}");
        assert_eq!(sync["openClose"], true, "openClose: {sync}");
    } else {
        panic!("textDocumentSync must be an object with openClose and change=2, got {sync}");
    }
    assert_true_or_options(caps, "hoverProvider");
    assert_true_or_options(caps, "definitionProvider");
    assert_true_or_options(caps, "referencesProvider");
    assert!(r["serverInfo"]["version"].is_string() || r["serverInfo"]["version"].is_null());
    c.shutdown();
}

#[test]
fn position_encoding_is_utf8_when_client_offers_it() {
    for offered in [&["utf-8"][..], &["utf-16", "utf-8"], &["utf-32", "utf-8", "utf-16"]] {
        let (c, r) = Init::new().encodings(offered).start();
        assert_eq!(
            r["capabilities"]["positionEncoding"], "utf-8",
            "client offered {offered:?}"
        );
        c.shutdown();
    }
}

#[test]
fn position_encoding_defaults_to_utf16() {
    for offered in [Some(&["utf-16"][..]), Some(&["utf-32"]), Some(&[]), None] {
        let mut init = Init::new();
        if let Some(o) = offered {
            init = init.encodings(o);
        }
        let (c, r) = init.start();
        assert_eq!(
            r["capabilities"]["positionEncoding"], "utf-16",
            "client offered {offered:?}"
        );
        c.shutdown();
    }
}

#[test]
fn status_reports_counts_and_shape() {
    let (mut c, _) = Init::new().start();
    let s = c.settle();
    assert_eq!(s["articles"], 0, "no workspace: {s}");
    assert_eq!(s["open"], 0, "{s}");
    assert!(s["skipped"].as_array().is_some_and(Vec::is_empty), "{s}");
    assert!(s["pending"].is_boolean(), "{s}");
    assert!(s["indexing"].is_boolean(), "{s}");
    assert!(s["findings"].is_u64(), "{s}");
    assert!(
        s["version"].as_str().is_some_and(|v| !v.is_empty()),
        "version must be a non-empty string: {s}"
    );

    c.open("file:///tmp/newsls-status-a.txt", 1, "Vladimir Putin met Moon Jae-in.");
    c.open("untitled:Untitled-1", 1, "Angela Merkel spoke.");
    let s = c.settle();
    assert_eq!(s["open"], 2, "{s}");
    c.close("untitled:Untitled-1");
    let s = c.settle();
    assert_eq!(s["open"], 1, "{s}");
    c.shutdown();
}

#[test]
fn unknown_request_is_method_not_found() {
    let (mut c, _) = Init::new().start();
    let e = c.request("newsls/noSuchThing", json!({})).unwrap_err();
    assert_eq!(e["code"], -32601, "{e}");
    let e = c.request("textDocument/frobnicate", json!({})).unwrap_err();
    assert_eq!(e["code"], -32601, "{e}");
    c.status();
    c.shutdown();
}

#[test]
fn malformed_json_gets_parse_error_and_server_survives() {
    let (mut c, _) = Init::new().start();
    let body = b"{not json";
    let mut frame = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    frame.extend_from_slice(body);
    c.send_raw(&frame);
    let resp = c.wait_response(&Value::Null, TIMEOUT);
    assert_eq!(resp["error"]["code"], -32700, "{resp}");
    assert!(resp["id"].is_null(), "{resp}");
    // The next request is still answered.
    let s = c.status();
    assert_eq!(s["articles"], 0);
    c.open(
        "file:///tmp/newsls-after-garbage.txt",
        1,
        "Vladimir Putin met Moon Jae-in.",
    );
    c.settle();
    let h = c.hover(
        "file:///tmp/newsls-after-garbage.txt",
        json!({"line": 0, "character": 3}),
    );
    assert!(hover_text(&h).contains("Vladimir Putin"), "{h}");
    c.shutdown();
}

#[test]
fn panic_in_handler_is_internal_error_and_server_keeps_serving() {
    let mut c = Client::spawn(&[], &[("NEWSLS_DEBUG", "1")]);
    c.initialize(Init::new().params());
    let e = c.request("newsls/debug/panic", Value::Null).unwrap_err();
    assert_eq!(e["code"], -32603, "{e}");
    // Several times: a panic must not poison shared state.
    let e = c.request("newsls/debug/panic", Value::Null).unwrap_err();
    assert_eq!(e["code"], -32603, "{e}");
    let s = c.status();
    assert_eq!(s["open"], 0, "{s}");
    c.open(
        "file:///tmp/newsls-after-panic.txt",
        1,
        "Vladimir Putin met Moon Jae-in.",
    );
    c.settle();
    let h = c.hover("file:///tmp/newsls-after-panic.txt", json!({"line": 0, "character": 3}));
    assert!(hover_text(&h).contains("Vladimir Putin"), "{h}");
    c.shutdown();
}

#[test]
fn shutdown_then_exit_exits_zero_promptly() {
    let (mut c, _) = Init::new().start();
    c.open("file:///tmp/newsls-shutdown.txt", 1, "Vladimir Putin met Moon Jae-in.");
    let t = Instant::now();
    let r = c.call("shutdown", Value::Null);
    assert!(r.is_null(), "{r}");
    c.notify("exit", Value::Null);
    let status = c.wait_exit(Duration::from_secs(5));
    let status = status.expect("server must exit after shutdown + exit");
    assert_eq!(status.code(), Some(0));
    assert!(t.elapsed() < Duration::from_secs(3), "took {:?}", t.elapsed());
}

#[test]
fn exit_without_shutdown_exits_one() {
    let (mut c, _) = Init::new().start();
    c.status();
    c.notify("exit", Value::Null);
    let status = c.wait_exit(Duration::from_secs(5));
    let status = status.expect("server must exit on exit notification");
    assert_eq!(status.code(), Some(1));
}

#[test]
fn requests_after_shutdown_are_rejected() {
    // LSP: after shutdown, requests fail with InvalidRequest (-32600).
    let (mut c, _) = Init::new().start();
    c.call("shutdown", Value::Null);
    let e = c
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": "file:///tmp/x.txt"},
                   "position": {"line": 0, "character": 0}}),
        )
        .unwrap_err();
    assert_eq!(e["code"], -32600, "hover after shutdown: {e}");
    let r = c.request("newsls/status", Value::Null);
    assert!(
        r.as_ref().is_err_and(|e| e["code"] == -32600),
        "newsls/status after shutdown must fail with -32600, got {r:?}"
    );
    c.notify("exit", Value::Null);
    let status = c.wait_exit(Duration::from_secs(5)).expect("exit");
    assert_eq!(status.code(), Some(0));
}

#[test]
fn shutdown_is_prompt_while_a_huge_document_is_analysed() {
    let (mut c, _) = Init::new().start();
    let line = "Vladimir Putin met Moon Jae-in in Vladivostok on Thursday. 😀\n";
    let big = line.repeat(30 * 1024 * 1024 / line.len() + 1);
    c.open("file:///tmp/newsls-huge-shutdown.txt", 1, &big);
    drop(big);
    // Once this is answered the server has read the 30 MB message (parsing
    // it in a debug build takes a while); its analysis may still run.
    c.status();
    let t = Instant::now();
    let r = c.request_timeout("shutdown", Value::Null, Duration::from_secs(5));
    assert_eq!(r, Ok(Value::Null));
    c.notify("exit", Value::Null);
    let status = c.wait_exit(Duration::from_secs(5)).expect("exit");
    assert_eq!(status.code(), Some(0));
    assert!(t.elapsed() < Duration::from_secs(3), "took {:?}", t.elapsed());
}

#[test]
fn end_of_input_without_exit_terminates() {
    // A client that dies closes our stdin; the server must not linger.
    let (mut c, _) = Init::new().start();
    c.status();
    c.close_stdin();
    let status = c.wait_exit(Duration::from_secs(5));
    assert!(status.is_some(), "server still running after stdin closed");
}
