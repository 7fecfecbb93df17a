//! Cross-article findings in the editor: diagnostics with related
//! locations, the code lens, ignoring a finding, opening the other side.

mod common;

use std::process::Command;
use std::time::Duration;

use common::*;
use serde_json::json;

const A: &str = "NAIROBI, June 9 — Chief Executive Peter Kamau said the line would reopen on Tuesday.\n";
const B: &str = "Operations Director Peter Kamau told reporters the cause was unclear.\n";

#[test]
fn a_role_conflict_is_published_with_the_other_side_and_a_lens() {
    let ws = workspace(&[("a.txt", A.as_bytes()), ("b.txt", B.as_bytes())]);
    let (mut c, _) = Init::new().root(ws.path()).start();
    c.settle();
    let (a, b) = (file_uri(&ws.path().join("a.txt")), file_uri(&ws.path().join("b.txt")));
    c.open(&a, 1, A);
    let d = c.wait_diagnostics(&a, "conflicting-role").remove(0);
    assert_eq!(d["severity"], 2, "warning: {d}");
    assert_eq!(d["source"], "newsls");
    assert_eq!(
        d["message"],
        "Title of Peter Kamau: \"Chief Executive\" here; \"Operations Director\" in b.txt"
    );
    let start = A.find("Chief").unwrap();
    assert_eq!(
        d["range"]["start"],
        json!({"line": 0, "character": A[..start].encode_utf16().count()})
    );
    assert_eq!(d["relatedInformation"][0]["location"]["uri"], b, "{d}");
    assert_eq!(d["data"]["there"]["value"], "Operations Director");
    assert_eq!(c.status()["findings"], 2, "both articles carry the conflict");

    let lens = c.call("textDocument/codeLens", json!({"textDocument": {"uri": a}}));
    assert_eq!(lens[0]["command"]["title"], "1 conflict with 1 other article", "{lens}");
    c.shutdown();
}

/// Ignoring a conflict in one article dismisses it in the other too: the
/// mirror finding there names the same two values the other way round.
#[test]
fn a_finding_can_be_ignored_through_newsls_toml_on_both_sides_and_the_other_side_opened() {
    let ws = workspace(&[
        ("a.txt", A.as_bytes()),
        ("b.txt", B.as_bytes()),
        ("newsls.toml", b"debounceMs = 50\n"),
    ]);
    let (mut c, _) = Init::new().root(ws.path()).start();
    c.settle();
    let (a, b) = (file_uri(&ws.path().join("a.txt")), file_uri(&ws.path().join("b.txt")));
    c.open(&a, 1, A);
    c.open(&b, 1, B);
    let mirror = c.wait_diagnostics(&b, "conflicting-role").remove(0);
    assert_eq!(mirror["data"]["here"]["value"], "Operations Director", "{mirror}");
    let d = c.wait_diagnostics(&a, "conflicting-role").remove(0);
    let actions = c.call(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": a}, "range": d["range"], "context": {"diagnostics": [d]}}),
    );
    let list = actions.as_array().unwrap();
    let ignore = list
        .iter()
        .find(|x| x["title"].as_str().unwrap_or("").starts_with("Ignore this finding"))
        .unwrap_or_else(|| panic!("{actions}"));
    let toml_uri = file_uri(&ws.path().join("newsls.toml"));
    let edit = &ignore["edit"]["changes"][&toml_uri][0];
    let block = edit["newText"].as_str().unwrap();
    assert!(
        block.contains(
            "[[ignore]]\ncode = \"conflicting-role\"\nhere = \"Chief Executive\"\nthere = \"Operations Director\""
        ),
        "{block}"
    );
    assert_eq!(edit["range"]["start"], json!({"line": 1, "character": 0}));

    let open = list
        .iter()
        .find(|x| x["title"] == "Open b.txt at the conflicting claim")
        .unwrap_or_else(|| panic!("{actions}"));
    assert_eq!(open["command"]["command"], "newsls.showRelated");
    let id = c.send_request(
        "workspace/executeCommand",
        json!({"command": "newsls.showRelated", "arguments": open["command"]["arguments"]}),
    );
    let show = c.wait_server_request("window/showDocument", |_| true, TIMEOUT);
    assert_eq!(show["params"]["uri"], file_uri(&ws.path().join("b.txt")));
    assert_eq!(show["params"]["takeFocus"], true);
    c.wait_response(&json!(id), TIMEOUT);

    // Apply the edit as a client would, and tell the server.
    let path = ws.path().join("newsls.toml");
    let mut text = std::fs::read_to_string(&path).unwrap();
    text.push_str(block);
    std::fs::write(&path, text).unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": toml_uri, "type": 2}]}),
    );
    for uri in [&a, &b] {
        let note = c.wait_notification(
            "textDocument/publishDiagnostics",
            |p| {
                p["uri"] == *uri
                    && p["diagnostics"]
                        .as_array()
                        .is_some_and(|d| d.iter().all(|d| d["code"] != "conflicting-role"))
            },
            Duration::from_secs(10),
        );
        assert!(note["params"]["diagnostics"].is_array());
    }
    c.wait_status(|s| s["findings"] == 0, Duration::from_secs(10));
    c.shutdown();

    let out = Command::new(BIN)
        .args(["check", "."])
        .current_dir(ws.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "the conflict is dismissed from both sides: {stdout}"
    );
    assert!(!stdout.contains("conflicting-role"), "{stdout}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("0 distinct conflicts"), "{stderr}");
}

/// Dates, places and quotes across articles, in copy with CRLF line ends,
/// curly quotes and an emoji before the values: ranges are UTF-16.
#[test]
fn date_place_and_quote_findings_reach_the_editor_with_utf16_ranges() {
    const C: &str = "LIMA, May 6, 2024 \u{1f4f0} A bus crashed near Huaral on Sunday, police said.\r\n\
                     “We will rebuild the road before the rains come,” said Rosa Quispe.\r\n";
    const D: &str = "LIMA, May 6, 2024 - The bus crashed near Chancay on Saturday.\r\n\
                     “We will rebuild the road before the rains come,” Juan Soto said.\r\n";
    let ws = workspace(&[("c.txt", C.as_bytes()), ("d.txt", D.as_bytes())]);
    let (mut c, _) = Init::new().root(ws.path()).start();
    c.settle();
    let (uc, ud) = (file_uri(&ws.path().join("c.txt")), file_uri(&ws.path().join("d.txt")));
    c.open(&uc, 1, C);
    let utf16 = |s: &str, needle: &str| s[..s.find(needle).unwrap()].encode_utf16().count();
    let date = c.wait_diagnostics(&uc, "conflicting-date").remove(0);
    assert_eq!(
        date["range"]["start"],
        json!({"line": 0, "character": utf16(C, "Sunday")}),
        "{date}"
    );
    assert_eq!(date["relatedInformation"][0]["location"]["uri"], ud, "{date}");
    let all = c.diagnostics_for(&uc).pop().unwrap()["diagnostics"]
        .as_array()
        .cloned()
        .unwrap();
    let by_code = |code: &str| all.iter().find(|d| d["code"] == code).cloned().unwrap_or_default();
    let place = by_code("conflicting-place");
    assert_eq!(place["data"]["there"]["value"], "near Chancay", "{place}");
    let quote = by_code("conflicting-attribution");
    let line1 = C.split("\r\n").nth(1).unwrap();
    assert_eq!(
        quote["range"]["start"],
        json!({"line": 1, "character": utf16(line1, "Rosa")}),
        "{quote}"
    );
    assert_eq!(quote["data"]["there"]["value"], "Juan Soto", "{quote}");
    c.shutdown();
}
