//! Document sync: open/change/close, incremental edits with multi-byte text in
//! both position encodings, stale and unknown documents, out-of-range
//! positions, huge documents.

mod common;

use std::time::Duration;

use common::*;
use serde_json::{Value, json};

const URI: &str = "file:///tmp/newsls-docs/summit.txt";
const TEXT: &str = "“Vladimir Putin” met 😀 Kim Jong Un — in Vladivostok.\r\nLater, Vladimir Putin left.";

fn start(enc: Enc) -> Client {
    let init = match enc {
        Enc::Utf8 => Init::new().utf8(),
        Enc::Utf16 => Init::new().encodings(&["utf-16"]),
    };
    let (c, r) = init.start();
    assert_eq!(r["capabilities"]["positionEncoding"], enc.name());
    c
}

/// References for the `nth` "Vladimir Putin" return every occurrence with
/// exact ranges, and definition points at the first.
fn check_putin(c: &mut Client, text: &str, enc: Enc) {
    let n = text.matches("Vladimir Putin").count();
    let all: Vec<_> = (0..n)
        .map(|i| loc(URI, range_of(text, "Vladimir Putin", i, enc)))
        .collect();
    for i in 0..n {
        // Inside the name: its first character, the middle, its last character.
        for k in [3, 0, "Vladimir Putin".len() - 1] {
            let p = pos_in(text, "Vladimir Putin", i, k, enc);
            let refs = c.references(URI, p.clone(), true);
            assert_eq!(
                sorted(locations(&refs)),
                all,
                "references at {p} ({enc:?}, #{i}+{k}) in {text:?}"
            );
            let refs = c.references(URI, p.clone(), false);
            assert_eq!(
                sorted(locations(&refs)),
                all[1..].to_vec(),
                "references without declaration at {p} ({enc:?})"
            );
            let def = c.definition(URI, p.clone());
            assert_eq!(locations(&def), all[..1].to_vec(), "definition at {p} ({enc:?})");
        }
    }
}

fn multibyte_references(enc: Enc) {
    let mut c = start(enc);
    c.open(URI, 1, TEXT);
    c.settle();
    check_putin(&mut c, TEXT, enc);

    // Hover inside Kim Jong Un (after the emoji) names him; its range, if
    // given, is exact.
    let h = c.hover(URI, pos_in(TEXT, "Kim Jong Un", 0, 5, enc));
    assert!(hover_text(&h).contains("Kim Jong Un"), "hover: {h}");
    if !h["range"].is_null() {
        assert_eq!(h["range"], range_of(TEXT, "Kim Jong Un", 0, enc));
    }
    // Hover on plain text (not a mention) is null.
    let h = c.hover(URI, pos_in(TEXT, "met", 0, 1, enc));
    assert!(h.is_null(), "hover on 'met': {h}");
    // Definition and references off a mention find nothing.
    let p = pos_in(TEXT, "met", 0, 1, enc);
    let d = c.definition(URI, p.clone());
    assert!(locations(&d).is_empty(), "definition on 'met': {d}");
    let r = c.references(URI, p, true);
    assert!(locations(&r).is_empty(), "references on 'met': {r}");
    c.shutdown();
}

#[test]
fn multibyte_references_utf8() {
    multibyte_references(Enc::Utf8);
}

#[test]
fn multibyte_references_utf16() {
    multibyte_references(Enc::Utf16);
}

fn incremental_edits(enc: Enc) {
    let mut c = start(enc);
    let mut text = TEXT.to_owned();
    c.open(URI, 1, &text);
    c.settle();

    // Insert an emoji before the second name (line 1).
    let at = find(&text, "Vladimir Putin", 1);
    let ch = edit(&mut text, at, at, "😀 ", enc);
    c.change(URI, 2, json!([ch]));
    c.settle();
    check_putin(&mut c, &text, enc);

    // Several changes in one notification, applied in order: replace the
    // first emoji with an em dash and curly quotes, then insert before the
    // first name, then add a third mention after the CRLF.
    let at = find(&text, "😀", 0);
    let ch1 = edit(&mut text, at, at + "😀".len(), "—‘’", enc);
    let at = find(&text, "Vladimir Putin", 0);
    let ch2 = edit(&mut text, at, at, "👍🏽 ", enc);
    let end = text.len();
    let ch3 = edit(&mut text, end, end, "\r\n“Vladimir Putin” 😀 waved.", enc);
    c.change(URI, 3, json!([ch1, ch2, ch3]));
    c.settle();
    assert_eq!(text.matches("Vladimir Putin").count(), 3);
    check_putin(&mut c, &text, enc);
    let h = c.hover(URI, pos_in(&text, "Kim Jong Un", 0, 1, enc));
    assert!(hover_text(&h).contains("Kim Jong Un"), "hover: {h}");

    // An edit spanning the CRLF: join the first two lines.
    let crlf = find(&text, "\r\n", 0);
    let ch = edit(&mut text, crlf, crlf + 2, " ", enc);
    c.change(URI, 4, json!([ch]));
    c.settle();
    check_putin(&mut c, &text, enc);

    // Delete a multi-byte name: Kim Jong Un disappears.
    let at = find(&text, "Kim Jong Un", 0);
    let ch = edit(&mut text, at, at + "Kim Jong Un".len(), "him", enc);
    c.change(URI, 5, json!([ch]));
    c.settle();
    let h = c.hover(URI, pos_in(&text, "him", 0, 1, enc));
    assert!(!hover_text(&h).contains("Kim Jong Un"), "hover after delete: {h}");
    check_putin(&mut c, &text, enc);

    // A full-text change replaces everything.
    let full = "Moon Jae-in 😀 met Vladimir Putin.\nThen, Vladimir Putin left.";
    c.change(URI, 6, json!([{"text": full}]));
    c.settle();
    check_putin(&mut c, full, enc);
    let h = c.hover(URI, pos_in(full, "Moon Jae-in", 0, 2, enc));
    assert!(hover_text(&h).contains("Moon Jae-in"), "hover: {h}");
    c.shutdown();
}

#[test]
fn incremental_edits_utf8() {
    incremental_edits(Enc::Utf8);
}

#[test]
fn incremental_edits_utf16() {
    incremental_edits(Enc::Utf16);
}

#[test]
fn stale_versions_are_ignored() {
    let enc = Enc::Utf16;
    let mut c = start(enc);
    let text = "Vladimir Putin met Moon Jae-in.";
    c.open(URI, 5, text);
    c.settle();
    let other = "Angela Merkel met Xi Jinping here.";
    // Same version and older version: ignored.
    c.change(URI, 5, json!([{"text": other}]));
    c.change(URI, 3, json!([{"text": other}]));
    // An incremental stale edit too.
    c.change(
        URI,
        4,
        json!([{"range": range(text, 0, 0, enc), "text": "Angela Merkel said "}]),
    );
    c.settle();
    let h = c.hover(URI, json!({"line": 0, "character": 2}));
    assert!(
        hover_text(&h).contains("Vladimir Putin"),
        "stale change was applied: {h}"
    );
    check_putin(&mut c, text, enc);
    // A newer version applies.
    c.change(URI, 6, json!([{"text": other}]));
    c.settle();
    let h = c.hover(URI, json!({"line": 0, "character": 2}));
    assert!(hover_text(&h).contains("Angela Merkel"), "{h}");
    c.shutdown();
}

#[test]
fn unknown_document_change_and_close_are_logged_and_ignored() {
    let mut c = start(Enc::Utf16);
    let unknown = "file:///tmp/newsls-docs/never-opened.txt";
    c.change(unknown, 2, json!([{"text": "Vladimir Putin"}]));
    let m = c.wait_log(|m| m.contains(unknown), TIMEOUT);
    assert!(m.contains(unknown), "{m}");
    let unknown2 = "file:///tmp/newsls-docs/also-never-opened.txt";
    c.close(unknown2);
    c.wait_log(|m| m.contains(unknown2), TIMEOUT);
    let s = c.settle();
    assert_eq!(s["open"], 0, "{s}");
    // Still serving.
    c.open(URI, 1, TEXT);
    c.settle();
    check_putin(&mut c, TEXT, Enc::Utf16);
    c.shutdown();
}

#[test]
fn close_removes_the_document() {
    let mut c = start(Enc::Utf16);
    c.open(URI, 1, TEXT);
    let s = c.settle();
    assert_eq!(s["open"], 1, "{s}");
    c.close(URI);
    let s = c.settle();
    assert_eq!(s["open"], 0, "{s}");
    // Reopen with other text: the old text is gone.
    let text = "Moon Jae-in met Vladimir Putin.";
    c.open(URI, 1, text);
    c.settle();
    check_putin(&mut c, text, Enc::Utf16);
    c.shutdown();
}

fn out_of_range(enc: Enc) {
    let mut c = start(enc);
    c.open(URI, 1, TEXT);
    c.settle();
    let bad = [
        json!({"line": 2, "character": 0}),
        json!({"line": 1000, "character": 3}),
        json!({"line": 0, "character": 100_000}),
        json!({"line": 1, "character": 2_147_483_647u64}),
        json!({"line": 2_147_483_647u64, "character": 2_147_483_647u64}),
    ];
    for p in bad {
        let params = json!({"textDocument": {"uri": URI}, "position": p});
        let mut refs = params.clone();
        refs["context"] = json!({"includeDeclaration": true});
        for (method, params) in [
            ("textDocument/hover", &params),
            ("textDocument/definition", &params),
            ("textDocument/references", &refs),
        ] {
            let r = c.request(method, params.clone());
            assert_eq!(r, Ok(Value::Null), "{method} at {p} ({enc:?})");
        }
    }
    // Still fine afterwards.
    check_putin(&mut c, TEXT, enc);
    c.shutdown();
}

#[test]
fn out_of_range_positions_return_null_utf8() {
    out_of_range(Enc::Utf8);
}

#[test]
fn out_of_range_positions_return_null_utf16() {
    out_of_range(Enc::Utf16);
}

#[test]
fn requests_for_unknown_document_do_not_fail() {
    let mut c = start(Enc::Utf16);
    let uri = "file:///tmp/newsls-docs/not-open.txt";
    let params = json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 0}});
    for method in ["textDocument/hover", "textDocument/definition"] {
        let r = c.request(method, params.clone());
        assert_eq!(r, Ok(Value::Null), "{method} on unknown doc");
    }
    c.status();
    c.shutdown();
}

#[test]
fn huge_document_does_not_crash_the_server() {
    let mut c = start(Enc::Utf16);
    // ~30 MB of text with names in it.
    let line = "Vladimir Putin met Moon Jae-in in Vladivostok — “talks” went on. 😀\n";
    let big = line.repeat(30 * 1024 * 1024 / line.len() + 1);
    assert!(big.len() >= 30 * 1024 * 1024);
    let big_uri = "file:///tmp/newsls-docs/huge.txt";
    c.open(big_uri, 1, &big);
    drop(big);
    c.open(URI, 1, TEXT);
    // The server keeps answering (it may skip analysing the huge document).
    let s = c.wait_status(
        |s| s["pending"] == false && s["indexing"] == false,
        Duration::from_secs(20),
    );
    assert_eq!(s["open"], 2, "{s}");
    check_putin(&mut c, TEXT, Enc::Utf16);
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": big_uri}, "position": {"line": 0, "character": 2}}),
    );
    assert!(r.is_ok(), "hover on huge doc must not error: {r:?}");
    // An edit to the huge document is accepted too.
    c.change(
        big_uri,
        2,
        json!([{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
                "text": "Angela Merkel said "}]),
    );
    c.close(big_uri);
    let s = c.wait_status(|s| s["open"] == 1 && s["pending"] == false, Duration::from_secs(20));
    assert_eq!(s["open"], 1);
    c.shutdown();
}
