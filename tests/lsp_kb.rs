//! The knowledge base (`entities.toml`) and spelling variants, through the
//! real server and the CLI.

mod common;

use std::process::Command;
use std::time::Duration;

use common::*;
use serde_json::{Value, json};

const KB: &str = "[[entity]]\nname = \"Kim Jong-un\"\ntype = \"PERSON\"\naliases = [\"Kim Jong Un\"]\n\
                  description = \"Leader of North Korea\"\nwikidata = \"Q56226\"\n";
const A: &str = "PYONGYANG — North Korean leader Kim Jong Un arrived by train on Wednesday.\n";
const B: &str = "Kim Jong-un met Vladimir Putin on Thursday.\n";

fn pos_of(text: &str, needle: &str) -> Value {
    let at = text.find(needle).expect("needle");
    let line = text[..at].matches('\n').count();
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    json!({"line": line, "character": text[start..at].encode_utf16().count()})
}

#[test]
fn kb_entries_give_canonical_name_description_definition_and_house_spelling() {
    let ws = workspace(&[
        ("a.txt", A.as_bytes()),
        ("b.txt", B.as_bytes()),
        ("entities.toml", KB.as_bytes()),
    ]);
    let (mut c, _) = Init::new().root(ws.path()).start();
    c.settle();
    let a = file_uri(&ws.path().join("a.txt"));
    let kim = pos_of(A, "Kim Jong Un");

    let hover = c.hover(&a, kim.clone());
    let text = hover["contents"]["value"].as_str().unwrap_or_default();
    assert!(text.starts_with("**Kim Jong-un**"), "KB name is canonical: {hover}");
    assert!(text.contains("Leader of North Korea"), "{hover}");
    assert!(text.contains("https://www.wikidata.org/wiki/Q56226"), "{hover}");

    let def = c.definition(&a, kim.clone());
    assert_eq!(def["uri"], file_uri(&ws.path().join("entities.toml")), "{def}");
    assert_eq!(def["range"]["start"], json!({"line": 1, "character": 7}), "{def}");

    c.open(&a, 1, A);
    let diags = c.wait_diagnostics(&a, "spelling-variant");
    assert_eq!(diags.len(), 1, "{diags:?}");
    let d = &diags[0];
    assert_eq!(d["severity"], 4, "hint by default");
    assert_eq!(d["range"]["start"], kim);
    assert_eq!(d["data"]["replacement"], "Kim Jong-un");

    let actions = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": a}, "range": d["range"], "context": {"diagnostics": [d]}}),
    );
    let fix = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "quickfix")
        .unwrap_or_else(|| panic!("a quick fix: {actions}"));
    let edit = &fix["edit"]["changes"][&a][0];
    assert_eq!(edit["newText"], "Kim Jong-un");
    assert_eq!(edit["range"], d["range"]);
    // Already in the KB: no "Add to entities.toml".
    assert!(!actions.to_string().contains("Add \\\"Kim Jong-un\\\""), "{actions}");
    c.shutdown();
}

#[test]
fn malformed_kb_entries_are_located_and_the_rest_loads() {
    let kb = format!("{KB}\n[[entity]]\ntype = \"SHIP\"\nname = \"Moon Jae-in\"\n");
    let ws = workspace(&[("b.txt", B.as_bytes()), ("entities.toml", kb.as_bytes())]);
    let (mut c, _) = Init::new().root(ws.path()).start();
    let kb_uri = file_uri(&ws.path().join("entities.toml"));
    let note = c.wait_notification(
        "textDocument/publishDiagnostics",
        |p| p["uri"] == kb_uri && p["diagnostics"].as_array().is_some_and(|d| !d.is_empty()),
        Duration::from_secs(10),
    );
    let d = &note["params"]["diagnostics"][0];
    assert_eq!(d["code"], "knowledge-base");
    assert_eq!(d["range"]["start"], json!({"line": 8, "character": 7}), "{d}");
    assert!(d["message"].as_str().unwrap().contains("PERSON"), "{d}");
    c.settle();
    let b = file_uri(&ws.path().join("b.txt"));
    let hover = c.hover(&b, pos_of(B, "Kim"));
    assert!(
        hover.to_string().contains("Leader of North Korea"),
        "valid entry still loads: {hover}"
    );
    c.shutdown();
}

#[test]
fn without_a_kb_the_workspace_majority_is_the_house_spelling() {
    let ws = workspace(&[
        ("a.txt", A.as_bytes()),
        ("b.txt", B.as_bytes()),
        ("c.txt", b"On Friday, Kim Jong-un left Vladivostok.\n"),
    ]);
    let (mut c, _) = Init::new().root(ws.path()).start();
    c.settle();
    let a = file_uri(&ws.path().join("a.txt"));
    c.open(&a, 1, A);
    let diags = c.wait_diagnostics(&a, "spelling-variant");
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert!(diags[0]["message"].as_str().unwrap().contains("2 of 3"), "{diags:?}");
    // The majority spelling itself is never flagged.
    let b = file_uri(&ws.path().join("b.txt"));
    c.open(&b, 1, B);
    let note = c.wait_notification(
        "textDocument/publishDiagnostics",
        |p| p["uri"] == b,
        Duration::from_secs(10),
    );
    assert_eq!(note["params"]["diagnostics"], json!([]), "{note}");
    c.shutdown();
}

#[test]
fn add_to_kb_creates_the_file_or_appends_to_it() {
    // No KB yet, and a client that can create files.
    let ws = workspace(&[("b.txt", B.as_bytes())]);
    let (mut c, _) = Init::new().root(ws.path()).create_files().start();
    c.settle();
    let b = file_uri(&ws.path().join("b.txt"));
    let range = json!({"start": pos_of(B, "Vladimir"), "end": pos_of(B, "Vladimir")});
    let actions = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": b}, "range": range, "context": {"diagnostics": []}}),
    );
    let add = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"].as_str().unwrap_or("").starts_with("Add \"Vladimir Putin\""))
        .unwrap_or_else(|| panic!("{actions}"));
    let ops = add["edit"]["documentChanges"].as_array().unwrap();
    assert_eq!(ops[0]["kind"], "create");
    assert!(
        ops[1]["edits"][0]["newText"]
            .as_str()
            .unwrap()
            .contains("name = \"Vladimir Putin\""),
        "{add}"
    );
    assert!(
        !ws.path().join("entities.toml").exists(),
        "the server never writes files itself"
    );
    c.shutdown();

    // An existing KB gets the entry appended.
    std::fs::write(ws.path().join("entities.toml"), KB).unwrap();
    let (mut c, _) = Init::new().root(ws.path()).start();
    c.settle();
    let actions = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": b}, "range": range, "context": {"diagnostics": []}}),
    );
    let kb_uri = file_uri(&ws.path().join("entities.toml"));
    let add = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["kind"] == "refactor")
        .expect("add action");
    let edit = &add["edit"]["changes"][&kb_uri][0];
    assert_eq!(edit["range"]["start"], json!({"line": 6, "character": 0}), "{add}");
    assert!(
        edit["newText"]
            .as_str()
            .unwrap()
            .starts_with("\n[[entity]]\nname = \"Vladimir Putin\""),
        "{add}"
    );
    c.shutdown();
}

#[test]
fn check_reports_spelling_hints_without_failing() {
    let ws = workspace(&[
        ("a.txt", A.as_bytes()),
        ("b.txt", B.as_bytes()),
        ("entities.toml", KB.as_bytes()),
    ]);
    let out = Command::new(BIN)
        .args(["check", "."])
        .current_dir(ws.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "hints do not fail the check: {stdout}");
    assert!(stdout.contains("a.txt:1:33: hint[spelling-variant]"), "{stdout}");
}
