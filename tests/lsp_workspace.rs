//! Workspace indexing, skipped files, file watching and configuration.

mod common;

use std::path::Path;
use std::time::Duration;

use common::*;
use serde_json::{Value, json};

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\nIDATx\x9cc\x00\x01\x00\x00\x05\x00\x01\r\n-\xb4\x00\x00\x00\x00IEND\xaeB`\x82";
const LATIN1: &[u8] = b"Le caf\xe9 de Vladimir Putin \xe0 Moscou.\n";

fn uri(root: &Path, rel: &str) -> String {
    file_uri(&root.join(rel))
}

fn articles(s: &Value) -> u64 {
    s["articles"].as_u64().unwrap_or_else(|| panic!("status.articles: {s}"))
}

/// The skipped entry whose uri ends with `name`.
fn skipped<'a>(s: &'a Value, name: &str) -> &'a Value {
    s["skipped"]
        .as_array()
        .unwrap_or_else(|| panic!("status.skipped: {s}"))
        .iter()
        .find(|e| e["uri"].as_str().is_some_and(|u| u.ends_with(name)))
        .unwrap_or_else(|| panic!("{name} not in status.skipped: {s}"))
}

fn reason(s: &Value, name: &str) -> String {
    skipped(s, name)["reason"].as_str().unwrap_or("").to_owned()
}

#[test]
fn indexes_articles_but_not_vcs_build_hidden_or_json() {
    let ws = workspace(&[
        ("one.txt", b"Vladimir Putin met Moon Jae-in.\n"),
        ("two.md", b"# Summit\n\nMoon Jae-in spoke.\n"),
        ("nested/three.txt", b"Kim Jong Un left.\n"),
        ("nested/deeper/four.md", b"Angela Merkel wrote.\n"),
        (".git/five.txt", b"Vladimir Putin\n"),
        (".git/objects/six.txt", b"Vladimir Putin\n"),
        ("node_modules/pkg/readme.md", b"Vladimir Putin\n"),
        ("target/debug/out.txt", b"Vladimir Putin\n"),
        (".hidden/secret.txt", b"Vladimir Putin\n"),
        ("nested/.hidden/secret.md", b"Vladimir Putin\n"),
        ("data.json", b"{\"name\": \"Vladimir Putin\"}\n"),
        ("nested/meta.json", b"{}\n"),
    ]);
    let (mut c, _) = Init::new().root(ws.path()).start();
    let s = c.settle();
    assert_eq!(articles(&s), 4, "{s}");
    assert_eq!(s["skipped"], json!([]), "{s}");
    assert_eq!(s["open"], 0, "{s}");
    c.shutdown();
}

#[test]
fn indexes_workspace_folders_without_root_uri() {
    let ws = workspace(&[
        ("a.txt", b"Vladimir Putin met Moon Jae-in.\n"),
        ("sub/b.md", b"Moon Jae-in spoke.\n"),
    ]);
    let mut init = Init::new().root(ws.path());
    init.folders_only = true;
    let (mut c, _) = init.start();
    let s = c.settle();
    assert_eq!(articles(&s), 2, "{s}");
    c.shutdown();
}

#[test]
fn indexing_reports_work_done_progress() {
    let ws = workspace(&[
        ("a.txt", b"Vladimir Putin met Moon Jae-in.\n"),
        ("b.txt", b"Moon Jae-in spoke.\n"),
    ]);
    let (mut c, _) = Init::new().root(ws.path()).progress().start();
    let create = c.wait_server_request("window/workDoneProgress/create", |_| true, TIMEOUT);
    let token = create["params"]["token"].clone();
    assert!(token.is_string() || token.is_number(), "{create}");
    let t = token.clone();
    let begin = c.wait_notification(
        "$/progress",
        move |p| p["token"] == t && p["value"]["kind"] == "begin",
        TIMEOUT,
    );
    assert!(begin["params"]["value"]["title"].is_string(), "{begin}");
    let t = token.clone();
    c.wait_notification(
        "$/progress",
        move |p| p["token"] == t && p["value"]["kind"] == "end",
        TIMEOUT,
    );
    // begin comes before any report, and end is last.
    let kinds: Vec<Value> = c
        .all_notifications
        .iter()
        .filter(|n| n["method"] == "$/progress" && n["params"]["token"] == token)
        .map(|n| n["params"]["value"]["kind"].clone())
        .collect();
    assert_eq!(kinds.first(), Some(&json!("begin")), "{kinds:?}");
    assert_eq!(kinds.last(), Some(&json!("end")), "{kinds:?}");
    assert!(kinds[1..kinds.len() - 1].iter().all(|k| k == "report"), "{kinds:?}");
    let s = c.settle();
    assert_eq!(articles(&s), 2, "{s}");
    c.shutdown();
}

#[test]
fn references_and_definition_span_workspace_articles() {
    let b_text = "# Summit\n\nLater, Moon Jae-in spoke. “Moon Jae-in” left 😀.\n";
    let ws = workspace(&[
        ("a/first.txt", "Moon Jae-in met Vladimir Putin.\n".as_bytes()),
        ("b/second.md", b_text.as_bytes()),
        ("c.txt", "Vladimir Putin — only him.\n".as_bytes()),
    ]);
    let root = ws.path();
    let (mut c, _) = Init::new().root(root).start();
    c.settle();
    let b = uri(root, "b/second.md");
    c.open(&b, 1, b_text);
    let s = c.settle();
    assert_eq!(articles(&s), 3, "{s}");
    assert_eq!(s["open"], 1, "{s}");

    let enc = Enc::Utf16;
    let a_moon = loc(
        &uri(root, "a/first.txt"),
        json!({"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 11}}),
    );
    let b_moons = vec![
        loc(&b, range_of(b_text, "Moon Jae-in", 0, enc)),
        loc(&b, range_of(b_text, "Moon Jae-in", 1, enc)),
    ];
    let p = pos_in(b_text, "Moon Jae-in", 1, 4, enc);
    let refs = c.references(&b, p.clone(), true);
    let mut want = vec![a_moon.clone()];
    want.extend(b_moons.clone());
    assert_eq!(sorted(locations(&refs)), sorted(want));
    let refs = c.references(&b, p.clone(), false);
    assert_eq!(sorted(locations(&refs)), sorted(b_moons));
    let def = c.definition(&b, p);
    assert_eq!(locations(&def), vec![a_moon]);

    // Vladimir Putin: declared in a/first.txt, also in c.txt.
    let c_uri = uri(root, "c.txt");
    c.open(&c_uri, 1, "Vladimir Putin — only him.\n");
    c.settle();
    let def = c.definition(&c_uri, json!({"line": 0, "character": 2}));
    let a_putin = loc(
        &uri(root, "a/first.txt"),
        json!({"start": {"line": 0, "character": 16}, "end": {"line": 0, "character": 30}}),
    );
    assert_eq!(locations(&def), vec![a_putin]);
    c.shutdown();
}

#[test]
fn binary_latin1_and_oversized_files_are_skipped_and_logged() {
    let ws = workspace(&[
        ("good.txt", b"Vladimir Putin met Moon Jae-in.\n"),
        ("image.txt", PNG),
        ("latin.txt", LATIN1),
    ]);
    let line = b"Vladimir Putin met Moon Jae-in in Vladivostok on Thursday.\n";
    let big: Vec<u8> = line.repeat(30 * 1024 * 1024 / line.len() + 1);
    write(ws.path(), "big.txt", &big);
    drop(big);

    let (mut c, _) = Init::new().root(ws.path()).start();
    let s = c.wait_status(
        |s| s["pending"] == false && s["indexing"] == false,
        Duration::from_secs(20),
    );
    assert_eq!(articles(&s), 1, "{s}");
    assert_eq!(s["skipped"].as_array().map(Vec::len), Some(3), "{s}");
    let r = reason(&s, "image.txt");
    assert!(r.contains("binary"), "image.txt reason: {r}");
    let r = reason(&s, "latin.txt");
    assert!(r.contains("UTF-8"), "latin.txt reason: {r}");
    let r = reason(&s, "big.txt");
    assert!(r.contains("maxFileSize"), "big.txt reason: {r}");

    for (name, why) in [
        ("image.txt", "binary"),
        ("latin.txt", "UTF-8"),
        ("big.txt", "maxFileSize"),
    ] {
        c.wait_log(|m| m.contains(name) && m.contains(why), TIMEOUT);
    }
    // Still serving.
    let good = uri(ws.path(), "good.txt");
    c.open(&good, 1, "Vladimir Putin met Moon Jae-in.\n");
    c.settle();
    let h = c.hover(&good, json!({"line": 0, "character": 1}));
    assert!(hover_text(&h).contains("Vladimir Putin"), "{h}");
    c.shutdown();
}

fn sized_workspace() -> tempfile::TempDir {
    let small = "Vladimir Putin met Moon Jae-in.\n".repeat(3);
    let medium = "Vladimir Putin met Moon Jae-in.\n".repeat(70); // > 2000 bytes
    assert!(small.len() < 1000 && medium.len() > 2000);
    workspace(&[("small.txt", small.as_bytes()), ("medium.txt", medium.as_bytes())])
}

#[test]
fn max_file_size_from_initialization_options() {
    let ws = sized_workspace();
    let (mut c, _) = Init::new()
        .root(ws.path())
        .options(json!({"maxFileSize": 1000}))
        .start();
    let s = c.settle();
    assert_eq!(articles(&s), 1, "{s}");
    let r = reason(&s, "medium.txt");
    assert!(r.contains("maxFileSize"), "{r}");
    c.wait_log(|m| m.contains("medium.txt") && m.contains("maxFileSize"), TIMEOUT);
    c.shutdown();
}

#[test]
fn max_file_size_from_newsls_toml() {
    let ws = sized_workspace();
    write(ws.path(), "newsls.toml", b"maxFileSize = 1000\n");
    let (mut c, _) = Init::new().root(ws.path()).start();
    let s = c.settle();
    assert_eq!(articles(&s), 1, "{s}");
    assert!(reason(&s, "medium.txt").contains("maxFileSize"), "{s}");
    c.shutdown();
}

#[test]
fn max_file_size_from_workspace_configuration() {
    let ws = sized_workspace();
    let mut init = Init::new().root(ws.path());
    init.configuration = true;
    let mut c = Client::start();
    c.configuration = Some(vec![json!({"maxFileSize": 1000})]);
    c.initialize(init.params());
    let req = c.wait_server_request("workspace/configuration", |_| true, TIMEOUT);
    let items = req["params"]["items"].as_array().cloned().unwrap_or_default();
    assert_eq!(items.len(), 1, "{req}");
    assert_eq!(items[0]["section"], "newsls", "{req}");
    let s = c.wait_status(
        |s| s["pending"] == false && s["indexing"] == false && s["articles"] == 1,
        TIMEOUT,
    );
    assert!(reason(&s, "medium.txt").contains("maxFileSize"), "{s}");
    c.shutdown();
}

#[test]
fn include_and_exclude_from_newsls_toml() {
    let ws = workspace(&[
        (
            "newsls.toml",
            b"include = [\"**/*.txt\"]\nexclude = [\"drafts/**\"]\ndebounceMs = 50\nmaxFileSize = 1000000\ninlayHints = false\n\n[severity]\nconfig = \"warning\"\n",
        ),
        ("a.txt", b"Vladimir Putin met Moon Jae-in.\n"),
        ("sub/b.txt", b"Moon Jae-in spoke.\n"),
        ("c.md", b"Moon Jae-in spoke.\n"),
        ("drafts/d.txt", b"Moon Jae-in spoke.\n"),
    ]);
    let (mut c, _) = Init::new().root(ws.path()).start();
    let s = c.settle();
    assert_eq!(articles(&s), 2, "only a.txt and sub/b.txt: {s}");
    // A valid config produces no config diagnostics.
    let toml = uri(ws.path(), "newsls.toml");
    for d in c.diagnostics_for(&toml) {
        assert_eq!(d["diagnostics"], json!([]), "valid config got {d}");
    }
    c.shutdown();
}

/// Start on a workspace with `toml` and return the first non-empty
/// diagnostics for newsls.toml, plus the client.
fn config_diagnostics(toml: &str) -> (Client, tempfile::TempDir, Vec<Value>) {
    let ws = workspace(&[
        ("newsls.toml", toml.as_bytes()),
        ("a.txt", b"Vladimir Putin met Moon Jae-in.\n"),
        ("b.md", "Moon Jae-in spoke — “briefly”.\n".as_bytes()),
    ]);
    let toml_uri = uri(ws.path(), "newsls.toml");
    let (mut c, _) = Init::new().root(ws.path()).start();
    let n = c.wait_notification(
        "textDocument/publishDiagnostics",
        |p| {
            p["uri"].as_str().is_some_and(|u| same_uri(u, &toml_uri))
                && p["diagnostics"].as_array().is_some_and(|d| !d.is_empty())
        },
        TIMEOUT,
    );
    let diags = n["params"]["diagnostics"].as_array().unwrap().clone();
    for d in &diags {
        assert_eq!(d["source"], "newsls", "{d}");
        assert_eq!(d["code"], "config", "{d}");
    }
    // The server keeps running with defaults.
    let s = c.settle();
    assert_eq!(articles(&s), 2, "{s}");
    (c, ws, diags)
}

#[test]
fn unknown_config_key_is_a_located_diagnostic() {
    let (c, _ws, diags) = config_diagnostics("debounceMs = 50\n  colour = \"red\"\n");
    assert_eq!(diags.len(), 1, "{diags:?}");
    let d = &diags[0];
    assert_eq!(d["range"]["start"], json!({"line": 1, "character": 2}), "{d}");
    assert!(d["message"].as_str().unwrap().contains("colour"), "{d}");
    c.shutdown();
}

#[test]
fn bad_config_value_is_a_located_diagnostic() {
    let (c, _ws, diags) = config_diagnostics("# newsls settings\n\nmaxFileSize = \"big\"\n");
    assert_eq!(diags.len(), 1, "{diags:?}");
    let d = &diags[0];
    assert_eq!(d["range"]["start"]["line"], 2, "{d}");
    let col = d["range"]["start"]["character"].as_u64();
    // Either the key or the value is a fair place to point at.
    assert!(col == Some(0) || col == Some(14), "{d}");
    assert!(d["message"].as_str().unwrap().contains("maxFileSize"), "{d}");
    c.shutdown();
}

#[test]
fn bad_severity_value_is_a_located_diagnostic() {
    let (c, _ws, diags) = config_diagnostics("debounceMs = 50\n[severity]\nconfig = \"loud\"\n");
    assert_eq!(diags.len(), 1, "{diags:?}");
    let d = &diags[0];
    assert_eq!(d["range"]["start"]["line"], 2, "{d}");
    let m = d["message"].as_str().unwrap();
    assert!(m.contains("severity") || m.contains("loud"), "{d}");
    c.shutdown();
}

#[test]
fn bad_config_value_type_for_debounce() {
    let (c, _ws, diags) = config_diagnostics("debounceMs = -5\nmaxFileSize = 1000000\n");
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0]["range"]["start"]["line"], 0, "{diags:?}");
    assert!(diags[0]["message"].as_str().unwrap().contains("debounceMs"));
    c.shutdown();
}

#[test]
fn config_syntax_error_is_a_diagnostic() {
    // Broken TOML on line 1; the rest (nothing affecting files) is kept or
    // defaulted, either way both articles are indexed.
    let (c, _ws, diags) = config_diagnostics("debounceMs = 50\nmaxFileSize = = 1000000\n");
    assert!(!diags.is_empty());
    assert_eq!(diags[0]["range"]["start"]["line"], 1, "{diags:?}");
    c.shutdown();
}

#[test]
fn watched_files_registration_and_changes() {
    let ws = workspace(&[
        ("a.txt", b"Vladimir Putin met Moon Jae-in.\n"),
        ("b.txt", b"Moon Jae-in waved.\n"),
    ]);
    let root = ws.path();
    let (mut c, _) = Init::new().root(root).watch().start();
    let reg = c.wait_server_request(
        "client/registerCapability",
        |p| {
            p["registrations"]
                .as_array()
                .is_some_and(|r| r.iter().any(|r| r["method"] == "workspace/didChangeWatchedFiles"))
        },
        TIMEOUT,
    );
    assert!(reg["params"]["registrations"].is_array());
    let s = c.settle();
    assert_eq!(articles(&s), 2, "{s}");

    let a = uri(root, "a.txt");
    let a_text = "Vladimir Putin met Moon Jae-in.\n";
    c.open(&a, 1, a_text);
    c.settle();
    let moon = json!({"line": 0, "character": 20});
    let moon_range = |line: u64, ch: u64| json!({"start": {"line": line, "character": ch}, "end": {"line": line, "character": ch + 11}});
    let refs = |c: &mut Client| sorted(locations(&c.references(&a, moon.clone(), true)));
    assert_eq!(
        refs(&mut c),
        sorted(vec![
            loc(&a, moon_range(0, 19)),
            loc(&uri(root, "b.txt"), moon_range(0, 0))
        ])
    );

    // Created.
    write(root, "c.txt", b"Later, Moon Jae-in left.\n");
    let c_uri = uri(root, "c.txt");
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": c_uri, "type": 1}]}),
    );
    let s = c.settle();
    assert_eq!(articles(&s), 3, "{s}");
    assert_eq!(
        refs(&mut c),
        sorted(vec![
            loc(&a, moon_range(0, 19)),
            loc(&uri(root, "b.txt"), moon_range(0, 0)),
            loc(&c_uri, moon_range(0, 7)),
        ])
    );

    // Changed.
    write(root, "b.txt", b"Nobody waved.\n\nThen, Moon Jae-in left.\n");
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(root, "b.txt"), "type": 2}]}),
    );
    let s = c.settle();
    assert_eq!(articles(&s), 3, "{s}");
    assert_eq!(
        refs(&mut c),
        sorted(vec![
            loc(&a, moon_range(0, 19)),
            loc(&uri(root, "b.txt"), moon_range(2, 6)),
            loc(&c_uri, moon_range(0, 7)),
        ])
    );

    // Deleted.
    std::fs::remove_file(root.join("c.txt")).unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": c_uri, "type": 3}]}),
    );
    let s = c.settle();
    assert_eq!(articles(&s), 2, "{s}");
    assert_eq!(
        refs(&mut c),
        sorted(vec![
            loc(&a, moon_range(0, 19)),
            loc(&uri(root, "b.txt"), moon_range(2, 6)),
        ])
    );

    // The open document overrides disk: a disk change to a.txt is not
    // applied while it is open.
    write(root, "a.txt", b"Angela Merkel met nobody.\n");
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": a, "type": 2}]}),
    );
    let s = c.settle();
    assert_eq!(articles(&s), 2, "{s}");
    let h = c.hover(&a, json!({"line": 0, "character": 3}));
    assert!(hover_text(&h).contains("Vladimir Putin"), "{h}");
    assert_eq!(
        refs(&mut c),
        sorted(vec![
            loc(&a, moon_range(0, 19)),
            loc(&uri(root, "b.txt"), moon_range(2, 6)),
        ])
    );

    // Once closed, the disk content (changed while open) is what counts.
    c.close(&a);
    let s = c.settle();
    assert_eq!((articles(&s), s["open"].as_u64()), (2, Some(0)), "{s}");
    let b = uri(root, "b.txt");
    c.open(&b, 1, "Nobody waved.\n\nThen, Moon Jae-in left.\n");
    c.settle();
    let refs = c.references(&b, json!({"line": 2, "character": 8}), true);
    assert_eq!(
        sorted(locations(&refs)),
        vec![loc(&b, moon_range(2, 6))],
        "a.txt on disk no longer mentions Moon Jae-in"
    );
    c.shutdown();
}

#[test]
fn watched_new_bad_file_is_skipped() {
    let ws = workspace(&[("a.txt", b"Vladimir Putin met Moon Jae-in.\n")]);
    let root = ws.path();
    let (mut c, _) = Init::new().root(root).watch().start();
    c.settle();
    write(root, "new.txt", PNG);
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(root, "new.txt"), "type": 1}]}),
    );
    let s = c.wait_status(
        |s| s["pending"] == false && s["indexing"] == false && s["skipped"].as_array().is_some_and(|a| !a.is_empty()),
        TIMEOUT,
    );
    assert_eq!(articles(&s), 1, "{s}");
    assert!(reason(&s, "new.txt").contains("binary"), "{s}");
    c.shutdown();
}

#[test]
fn severity_table_changes_config_diagnostic_level() {
    let (c, _ws, diags) = config_diagnostics("[severity]\nconfig = \"error\"\n\n[other]\nx = 1\n");
    assert_eq!(diags.len(), 1, "{diags:?}");
    assert_eq!(diags[0]["range"]["start"]["line"], 3, "{diags:?}");
    assert_eq!(diags[0]["severity"], 1, "{diags:?}");
    assert!(diags[0]["message"].as_str().unwrap().contains("other"));
    c.shutdown();
}

#[test]
fn status_is_not_idle_before_initial_indexing_finished() {
    let ws = workspace(&[
        ("a.txt", b"Vladimir Putin met Moon Jae-in.\n"),
        ("b.txt", b"Moon Jae-in waved.\n"),
        ("c/d.md", b"Kim Jong Un left.\n"),
    ]);
    let (mut c, _) = Init::new().root(ws.path()).start();
    // The very first status after `initialized` must not claim to be idle
    // with a partial index: clients poll until pending/indexing are false.
    let s = c.status();
    assert!(
        s["indexing"] == true || s["pending"] == true || articles(&s) == 3,
        "status right after initialized: {s}"
    );
    let s = c.settle();
    assert_eq!(articles(&s), 3, "{s}");
    c.shutdown();
}

#[test]
fn status_is_not_idle_before_watched_change_is_applied() {
    let ws = workspace(&[("a.txt", b"Vladimir Putin met Moon Jae-in.\n")]);
    let root = ws.path();
    let (mut c, _) = Init::new().root(root).watch().start();
    let s = c.wait_status(
        |s| s["pending"] == false && s["indexing"] == false && s["articles"] == 1,
        TIMEOUT,
    );
    assert_eq!(articles(&s), 1);
    write(root, "b.txt", b"Moon Jae-in waved.\n");
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(root, "b.txt"), "type": 1}]}),
    );
    let s = c.status();
    assert!(
        s["indexing"] == true || s["pending"] == true || articles(&s) == 2,
        "status right after didChangeWatchedFiles: {s}"
    );
    let s = c.settle();
    assert_eq!(articles(&s), 2, "{s}");
    c.shutdown();
}

#[test]
fn indexes_every_workspace_folder() {
    let one = workspace(&[("a.txt", b"Vladimir Putin met Moon Jae-in.\n")]);
    let two = workspace(&[("b.txt", b"Moon Jae-in waved.\n"), ("sub/c.md", b"Kim Jong Un left.\n")]);
    let mut p = Init::new().root(one.path()).params();
    p["workspaceFolders"] = json!([
        {"uri": file_uri(one.path()), "name": "one"},
        {"uri": file_uri(two.path()), "name": "two"},
    ]);
    let mut c = Client::start();
    c.initialize(p);
    let s = c.settle();
    assert_eq!(articles(&s), 3, "{s}");
    // References reach across folders.
    let a = uri(one.path(), "a.txt");
    c.open(&a, 1, "Vladimir Putin met Moon Jae-in.\n");
    c.settle();
    let refs = c.references(&a, json!({"line": 0, "character": 22}), true);
    assert_eq!(locations(&refs).len(), 2, "{refs}");
    c.shutdown();
}

#[test]
fn debounce_from_initialization_options() {
    let ws = workspace(&[("a.txt", b"Vladimir Putin met Moon Jae-in.\n")]);
    let (mut c, _) = Init::new()
        .root(ws.path())
        .options(json!({"debounceMs": 0, "inlayHints": false}))
        .start();
    c.settle();
    let a = uri(ws.path(), "a.txt");
    c.open(&a, 1, "Moon Jae-in met Vladimir Putin.\n");
    c.settle();
    let h = c.hover(&a, json!({"line": 0, "character": 1}));
    assert!(hover_text(&h).contains("Moon Jae-in"), "{h}");
    c.shutdown();
}

#[test]
fn skipped_file_fixed_on_disk_is_indexed() {
    let ws = workspace(&[("a.txt", b"Vladimir Putin met Moon Jae-in.\n"), ("latin.txt", LATIN1)]);
    let root = ws.path();
    let (mut c, _) = Init::new().root(root).watch().start();
    let s = c.settle();
    assert_eq!(articles(&s), 1, "{s}");
    assert!(reason(&s, "latin.txt").contains("UTF-8"), "{s}");
    write(root, "latin.txt", "Le café de Moon Jae-in.\n".as_bytes());
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(root, "latin.txt"), "type": 2}]}),
    );
    let s = c.settle();
    assert_eq!(articles(&s), 2, "{s}");
    assert_eq!(s["skipped"], json!([]), "{s}");
    // And back: a file that turns binary leaves the index.
    write(root, "latin.txt", PNG);
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": uri(root, "latin.txt"), "type": 2}]}),
    );
    let s = c.settle();
    assert_eq!(articles(&s), 1, "{s}");
    assert!(reason(&s, "latin.txt").contains("binary"), "{s}");
    c.shutdown();
}

#[test]
fn edited_newsls_toml_is_reloaded() {
    let ws = workspace(&[
        ("newsls.toml", b"debounceMs = 50\n"),
        ("small.txt", b"Vladimir Putin met Moon Jae-in.\n"),
        ("medium.txt", "Moon Jae-in waved.\n".repeat(120).as_bytes()),
    ]);
    let root = ws.path();
    let toml = uri(root, "newsls.toml");
    let (mut c, _) = Init::new().root(root).watch().start();
    let s = c.settle();
    assert_eq!(articles(&s), 2, "{s}");

    // A bad key appears: diagnostic, defaults kept.
    write(root, "newsls.toml", b"debounceMs = 50\nmaxFileSise = 1000\n");
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": toml, "type": 2}]}),
    );
    let n = c.wait_notification(
        "textDocument/publishDiagnostics",
        |p| {
            p["uri"].as_str().is_some_and(|u| same_uri(u, &toml))
                && p["diagnostics"].as_array().is_some_and(|d| !d.is_empty())
        },
        TIMEOUT,
    );
    let d = &n["params"]["diagnostics"][0];
    assert_eq!(d["code"], "config", "{d}");
    assert_eq!(d["range"]["start"]["line"], 1, "{d}");
    assert!(d["message"].as_str().unwrap().contains("maxFileSise"), "{d}");
    let s = c.settle();
    assert_eq!(articles(&s), 2, "{s}");

    // Fixed: the diagnostic is cleared and the new cap re-indexes.
    write(root, "newsls.toml", b"debounceMs = 50\nmaxFileSize = 1000\n");
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": toml, "type": 2}]}),
    );
    c.wait_notification(
        "textDocument/publishDiagnostics",
        |p| p["uri"].as_str().is_some_and(|u| same_uri(u, &toml)) && p["diagnostics"] == json!([]),
        TIMEOUT,
    );
    let s = c.settle();
    assert_eq!(articles(&s), 1, "{s}");
    assert!(reason(&s, "medium.txt").contains("maxFileSize"), "{s}");
    c.shutdown();
}

#[test]
fn workspace_folders_can_be_added_and_removed() {
    let one = workspace(&[("a.txt", b"Vladimir Putin met Moon Jae-in.\n")]);
    let two = workspace(&[("b.txt", b"Moon Jae-in left.\n"), ("c.md", b"# Moon Jae-in\n")]);
    let (mut c, init) = Init::new().root(one.path()).start();
    let folders = &init["capabilities"]["workspace"]["workspaceFolders"];
    assert_eq!(folders["supported"], true, "{init}");
    assert_eq!(folders["changeNotifications"], true, "{init}");
    assert_eq!(c.settle()["articles"], 1);

    let folder = |p: &Path| json!({"uri": file_uri(p), "name": p.file_name().unwrap().to_string_lossy()});
    c.notify(
        "workspace/didChangeWorkspaceFolders",
        json!({"event": {"added": [folder(two.path())], "removed": []}}),
    );
    let s = c.wait_status(|s| s["articles"] == 3 && s["pending"] == false, TIMEOUT);
    assert_eq!(s["indexing"], false, "{s}");

    c.notify(
        "workspace/didChangeWorkspaceFolders",
        json!({"event": {"added": [], "removed": [folder(one.path())]}}),
    );
    let s = c.wait_status(
        |s| s["articles"] == 2 && s["pending"] == false && s["indexing"] == false,
        TIMEOUT,
    );
    assert_eq!(s["articles"], 2, "{s}");
    c.shutdown();
}
