//! Entity features across articles: hover, rename, symbols, semantic
//! tokens and inlay hints, through the real server.

mod common;

use common::*;
use serde_json::{Value, json};

const A: &str = "Russian President Vladimir Putin met North Korean leader Kim Jong-un in Vladivostok on Thursday.\n\
                 Mr Putin said the talks were useful.\n";
const B: &str = "MOSCOW — Vladimir Putin returned to Moscow on Friday.\n";

fn start(options: Value) -> (Client, tempfile::TempDir, String, String) {
    let ws = workspace(&[("a.txt", A.as_bytes()), ("b.txt", B.as_bytes())]);
    let (mut c, _) = Init::new().root(ws.path()).options(options).start();
    let s = c.settle();
    assert_eq!(s["articles"], 2, "{s}");
    let (a, b) = (file_uri(&ws.path().join("a.txt")), file_uri(&ws.path().join("b.txt")));
    (c, ws, a, b)
}

/// UTF-16 position of the `nth` occurrence of `needle` (plus `ahead` chars).
fn pos(text: &str, needle: &str, nth: usize, ahead: usize) -> Value {
    let at = text.match_indices(needle).nth(nth).expect("needle").0 + ahead;
    let line = text[..at].matches('\n').count();
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    json!({"line": line, "character": text[line_start..at].encode_utf16().count()})
}

/// The documents of a references answer, in order.
fn uris(refs: &Value) -> Vec<&str> {
    refs.as_array()
        .unwrap()
        .iter()
        .map(|l| l["uri"].as_str().unwrap())
        .collect()
}

#[test]
fn hover_on_a_surname_names_the_full_entity_and_its_title() {
    let (mut c, _ws, a, _) = start(json!({}));
    let h = c.hover(&a, pos(A, "Mr Putin", 0, 4));
    let text = h["contents"]["value"].as_str().unwrap_or_default().to_string();
    assert!(text.contains("Vladimir Putin"), "{h}");
    assert!(text.contains("PERSON"), "{h}");
    assert!(text.contains("Russian President"), "hover lists the title: {h}");
    assert!(text.contains("2 of 2 articles"), "{h}");
    c.shutdown();
}

#[test]
fn references_join_short_forms_and_other_articles() {
    let (mut c, _ws, a, b) = start(json!({}));
    let refs = c.references(&a, pos(A, "Mr Putin", 0, 4), true);
    let uris = uris(&refs);
    assert_eq!(uris.iter().filter(|u| **u == a).count(), 2, "{refs}");
    assert_eq!(uris.iter().filter(|u| **u == b).count(), 1, "{refs}");
    // Kim Jong-un is someone else.
    let kim = c.references(&a, pos(A, "Kim", 0, 1), true);
    assert!(kim.as_array().unwrap().iter().all(|l| l["uri"] == a), "{kim}");
    c.shutdown();
}

#[test]
fn rename_rewrites_full_names_only_across_articles() {
    let (mut c, _ws, a, b) = start(json!({}));
    let at = pos(A, "Mr Putin", 0, 4);
    let prep = c.call(
        "textDocument/prepareRename",
        json!({"textDocument": {"uri": a}, "position": at}),
    );
    assert_eq!(prep["placeholder"], "Vladimir Putin", "{prep}");
    let edit = c.call(
        "textDocument/rename",
        json!({"textDocument": {"uri": a}, "position": at, "newName": "Wladimir Putin"}),
    );
    let changes = &edit["changes"];
    let a_edits = changes[&a].as_array().expect("edits in a.txt");
    let b_edits = changes[&b].as_array().expect("edits in b.txt");
    assert_eq!(a_edits.len(), 1, "only the full name, not `Mr Putin`: {edit}");
    assert_eq!(b_edits.len(), 1, "{edit}");
    // The title stays: the edit starts at `Vladimir`, not at `Russian`.
    assert_eq!(a_edits[0]["range"]["start"], pos(A, "Vladimir", 0, 0));
    assert_eq!(
        a_edits[0]["range"]["end"],
        pos(A, "Vladimir Putin", 0, "Vladimir Putin".len())
    );
    assert_eq!(a_edits[0]["newText"], "Wladimir Putin");
    c.shutdown();
}

#[test]
fn document_and_workspace_symbols() {
    let (mut c, _ws, a, b) = start(json!({}));
    let doc = c.call("textDocument/documentSymbol", json!({"textDocument": {"uri": a}}));
    let person = doc
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"] == "PERSON")
        .unwrap_or_else(|| panic!("no PERSON group: {doc}"));
    let names: Vec<&str> = person["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect();
    assert!(names.contains(&"Vladimir Putin"), "{doc}");

    let ws = c.call("workspace/symbol", json!({"query": "vput"}));
    let hit = ws
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "Vladimir Putin")
        .unwrap_or_else(|| panic!("fuzzy query finds Putin: {ws}"));
    // Defined where the workspace first names him in full: a.txt sorts first.
    assert_eq!(hit["location"]["uri"], a);
    assert_ne!(hit["location"]["uri"], b);
    c.shutdown();
}

#[test]
fn semantic_tokens_cover_mentions_with_the_legend_types() {
    let (mut c, _ws, a, _) = start(json!({}));
    let full = c.call("textDocument/semanticTokens/full", json!({"textDocument": {"uri": a}}));
    let data: Vec<u64> = full["data"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    assert!(!data.is_empty() && data.len().is_multiple_of(5), "{full}");
    // Decode the first token: it starts at the title of Putin's mention.
    assert_eq!((data[0], data[1]), (0, 0), "{full}");
    assert_eq!(data[2] as usize, "Russian President Vladimir Putin".len());
    let range = c.call(
        "textDocument/semanticTokens/range",
        json!({"textDocument": {"uri": a}, "range": {"start": {"line": 1, "character": 0}, "end": {"line": 2, "character": 0}}}),
    );
    let rdata = range["data"].as_array().unwrap();
    assert!(!rdata.is_empty() && rdata.len() < data.len(), "{range}");
    c.shutdown();
}

#[test]
fn inlay_hints_name_the_entity_after_short_forms_and_can_be_turned_off() {
    let whole = json!({"start": {"line": 0, "character": 0}, "end": {"line": 3, "character": 0}});
    let (mut c, _ws, a, _) = start(json!({}));
    let hints = c.call(
        "textDocument/inlayHint",
        json!({"textDocument": {"uri": a}, "range": whole}),
    );
    let after_putin = pos(A, "Mr Putin", 0, "Mr Putin".len());
    assert!(
        hints
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["position"] == after_putin && h["label"].as_str().unwrap_or("").contains("Vladimir Putin")),
        "{hints}"
    );
    c.shutdown();

    let (mut c, _ws, a, _) = start(json!({"inlayHints": false}));
    let hints = c.call(
        "textDocument/inlayHint",
        json!({"textDocument": {"uri": a}, "range": whole}),
    );
    assert!(
        hints.is_null() || hints.as_array().is_some_and(Vec::is_empty),
        "{hints}"
    );
    c.shutdown();
}

#[test]
fn an_unnamed_participant_is_one_entity_across_articles_and_says_so() {
    let a_text = "A gunman opened fire at an office party on Friday. The gunman fled in a car.\n";
    let b_text = "Police said the gunman, who was not named, surrendered on Saturday.\n";
    let ws = workspace(&[("a.txt", a_text.as_bytes()), ("b.txt", b_text.as_bytes())]);
    let (mut c, _) = Init::new().root(ws.path()).start();
    c.settle();
    let (a, b) = (file_uri(&ws.path().join("a.txt")), file_uri(&ws.path().join("b.txt")));
    let h = c.hover(&b, pos(b_text, "gunman", 0, 2));
    let text = h["contents"]["value"].as_str().unwrap_or_default().to_string();
    assert!(text.contains("not named in any article"), "{h}");
    assert!(text.contains("2 of 2 articles"), "{h}");
    let refs = c.references(&b, pos(b_text, "gunman", 0, 2), true);
    let uris = uris(&refs);
    assert_eq!(uris.iter().filter(|u| **u == a).count(), 2, "{refs}");
    assert_eq!(uris.iter().filter(|u| **u == b).count(), 1, "{refs}");
    c.shutdown();
}
