//! The batch CLI: --version, --help, check (text/json/sarif), entities.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use common::{BIN, SEEDS, workspace};
use serde_json::{Value, json};

/// Run newsls with `args` in `cwd`, failing the test after 30 s.
fn run(cwd: &Path, args: &[&str]) -> Output {
    run_with(cwd, args, &[])
}

/// [`run`] with extra environment variables.
fn run_with(cwd: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .envs(env.iter().copied())
        .current_dir(cwd)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn newsls");
    // Drain the pipes on threads so a large output cannot block the child.
    let mut out = child.stdout.take().unwrap();
    let mut err = child.stderr.take().unwrap();
    let o = thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut out, &mut v).ok();
        v
    });
    let e = thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut err, &mut v).ok();
        v
    });
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        if Instant::now() > deadline {
            child.kill().ok();
            child.wait().ok();
            panic!("newsls {args:?} did not finish within 30 s");
        }
        thread::sleep(Duration::from_millis(10));
    };
    Output {
        status,
        stdout: o.join().unwrap(),
        stderr: e.join().unwrap(),
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn describe(o: &Output) -> String {
    format!(
        "status {:?}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        stderr(o)
    )
}

fn json_out(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", describe(o)))
}

/// An empty directory to run in, so no stray newsls.toml is picked up.
fn empty_cwd() -> tempfile::TempDir {
    workspace(&[])
}

const BAD_TOML: &str = "debounceMs = 50\ncolour = \"red\"\n";

/// A directory with one article and a newsls.toml with an unknown key on
/// line 2, column 1.
fn bad_config_dir() -> tempfile::TempDir {
    workspace(&[
        ("newsls.toml", BAD_TOML.as_bytes()),
        ("a.txt", b"Vladimir Putin met Moon Jae-in.\n"),
    ])
}

#[test]
fn version_prints_name_and_version() {
    let cwd = empty_cwd();
    let o = run(cwd.path(), &["--version"]);
    assert_eq!(o.status.code(), Some(0), "{}", describe(&o));
    assert_eq!(stdout(&o).trim_end(), format!("newsls {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn help_lists_subcommands() {
    let cwd = empty_cwd();
    let o = run(cwd.path(), &["--help"]);
    assert_eq!(o.status.code(), Some(0), "{}", describe(&o));
    let out = stdout(&o);
    assert!(out.contains("check"), "{out}");
    assert!(out.contains("entities"), "{out}");
}

#[test]
fn unknown_flag_exits_two() {
    let cwd = empty_cwd();
    for args in [
        &["--no-such-flag"][..],
        &["check", "--no-such-flag", SEEDS],
        &["entities", SEEDS, "--bogus"],
        &["check", SEEDS, "--format", "xml"],
    ] {
        let o = run(cwd.path(), args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", describe(&o));
        assert!(!o.stderr.is_empty(), "{args:?}: error on stderr");
    }
}

#[test]
fn check_seeds_finds_the_title_conflict_and_nothing_else() {
    // The seeds disagree on Choe Son-hui's title (First Vice Foreign
    // Minister / Vice Foreign Minister); every other warning would be
    // invented, e.g. Kim Jong-il's 2002 summit against his 2011 trip.
    let cwd = empty_cwd();
    let o = run(cwd.path(), &["check", SEEDS]);
    assert_eq!(o.status.code(), Some(1), "{}", describe(&o));
    let out = stdout(&o);
    let warnings: Vec<&str> = out
        .lines()
        .filter(|l| l.contains("warning[") || l.contains("error["))
        .collect();
    assert_eq!(
        warnings.len(),
        2,
        "one conflict, reported from both articles: {warnings:#?}"
    );
    assert!(
        warnings.iter().all(|l| l.contains("warning[conflicting-role]")),
        "{warnings:#?}"
    );
    assert!(
        warnings.iter().any(|l| l.contains("001_1843c79c0ab27d35.txt")
            && l.contains(
                "Title of Choe Son-hui: \"First Vice Foreign Minister\" here; \"Vice Foreign Minister\" in 000_f6321f4f82dd81a6.txt"
            )),
        "{warnings:#?}"
    );
    // Reported from both articles, it is one conflict.
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("5 findings (2 at warning or above), 1 distinct conflict\n"),
        "{err}"
    );
}

#[test]
fn check_seeds_json_and_sarif_are_well_formed() {
    let cwd = empty_cwd();
    let o = run(cwd.path(), &["check", SEEDS, "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", describe(&o));
    let findings = json_out(&o);
    let role = findings
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "conflicting-role")
        .unwrap_or_else(|| panic!("{}", describe(&o)));
    assert_eq!(role["severity"], "warning");
    assert_eq!(role["related"].as_array().map(Vec::len), Some(1));
    let values = [&role["data"]["here"]["value"], &role["data"]["there"]["value"]];
    assert!(values.contains(&&json!("First Vice Foreign Minister")), "{role}");
    assert!(values.contains(&&json!("Vice Foreign Minister")), "{role}");
    let o = run(cwd.path(), &["check", "--format", "sarif", SEEDS]);
    assert_eq!(o.status.code(), Some(1), "{}", describe(&o));
    let v = json_out(&o);
    assert_eq!(v["version"], "2.1.0");
    assert_eq!(v["runs"][0]["tool"]["driver"]["name"], "newsls");
    let result = v["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "conflicting-role")
        .unwrap_or_else(|| panic!("{v}"));
    assert_eq!(result["level"], "warning");
    assert!(result["relatedLocations"][0]["physicalLocation"]["artifactLocation"]["uri"].is_string());
}

#[test]
fn check_missing_path_exits_two() {
    let cwd = empty_cwd();
    let o = run(cwd.path(), &["check", "/nonexistent/newsls-no-such-dir"]);
    assert_eq!(o.status.code(), Some(2), "{}", describe(&o));
    assert!(
        stderr(&o).contains("nonexistent"),
        "stderr should name the path: {}",
        describe(&o)
    );
    assert!(!stdout(&o).contains("warning["));
}

#[test]
fn check_reports_bad_config_as_text() {
    let dir = bad_config_dir();
    let o = run(dir.path(), &["check", "."]);
    assert_eq!(o.status.code(), Some(1), "{}", describe(&o));
    let out = stdout(&o);
    let line = out
        .lines()
        .find(|l| l.contains("warning[config]"))
        .unwrap_or_else(|| panic!("no warning[config] line:\n{}", describe(&o)));
    // path:line:col: warning[config] message (1-based line and column)
    let (loc, msg) = line
        .split_once(": warning[config] ")
        .unwrap_or_else(|| panic!("bad format: {line}"));
    assert!(loc.ends_with("newsls.toml:2:1"), "location: {line}");
    assert!(msg.contains("colour"), "message names the key: {line}");
}

#[test]
fn check_reads_config_from_flag() {
    let dir = bad_config_dir();
    let cwd = empty_cwd();
    let toml = dir.path().join("newsls.toml");
    let o = run(
        cwd.path(),
        &[
            "check",
            "--config",
            toml.to_str().unwrap(),
            dir.path().to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", describe(&o));
    let out = stdout(&o);
    assert!(
        out.lines()
            .any(|l| l.contains("newsls.toml:2:1: warning[config] ") && l.contains("colour")),
        "{}",
        describe(&o)
    );
    // Without --config and with a clean cwd the same dir is clean.
    let o = run(cwd.path(), &["check", dir.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", describe(&o));
}

#[test]
fn check_reports_bad_config_as_json() {
    let dir = bad_config_dir();
    let o = run(dir.path(), &["check", ".", "--format", "json"]);
    assert_eq!(o.status.code(), Some(1), "{}", describe(&o));
    let v = json_out(&o);
    let items = v.as_array().expect("JSON array");
    for it in items {
        for key in ["file", "line", "column", "severity", "code", "message", "related"] {
            assert!(it.get(key).is_some(), "item lacks {key}: {it}");
        }
        assert!(it["related"].is_array(), "{it}");
    }
    let it = items
        .iter()
        .find(|i| i["code"] == "config")
        .unwrap_or_else(|| panic!("no config finding: {v}"));
    assert!(it["file"].as_str().unwrap().ends_with("newsls.toml"), "{it}");
    assert_eq!(it["line"], 2, "{it}");
    assert_eq!(it["column"], 1, "{it}");
    assert_eq!(it["severity"], "warning", "{it}");
    assert!(it["message"].as_str().unwrap().contains("colour"), "{it}");
}

#[test]
fn check_reports_bad_config_as_sarif() {
    let dir = bad_config_dir();
    let o = run(dir.path(), &["check", ".", "--format", "sarif"]);
    assert_eq!(o.status.code(), Some(1), "{}", describe(&o));
    let v = json_out(&o);
    assert_eq!(v["version"], "2.1.0", "{v}");
    let run0 = &v["runs"][0];
    assert_eq!(run0["tool"]["driver"]["name"], "newsls", "{v}");
    let results = run0["results"].as_array().expect("results array");
    let r = results
        .iter()
        .find(|r| r["ruleId"] == "config")
        .unwrap_or_else(|| panic!("no config result: {v}"));
    assert_eq!(r["level"], "warning", "{r}");
    assert!(r["message"]["text"].as_str().unwrap_or("").contains("colour"), "{r}");
    let pl = &r["locations"][0]["physicalLocation"];
    assert!(
        pl["artifactLocation"]["uri"]
            .as_str()
            .unwrap_or("")
            .ends_with("newsls.toml"),
        "{r}"
    );
    assert_eq!(pl["region"]["startLine"], 2, "{r}");
}

/// Check every mention's byte offsets against the file it names.
fn check_mentions(cwd: &Path, v: &Value) -> usize {
    let items = v.as_array().unwrap_or_else(|| panic!("not an array: {v}"));
    for m in items {
        for key in ["file", "start", "end", "text", "type", "kind", "entity"] {
            assert!(m.get(key).is_some(), "mention lacks {key}: {m}");
        }
        let file = PathBuf::from(m["file"].as_str().unwrap());
        let file = if file.is_absolute() { file } else { cwd.join(file) };
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let (s, e) = (
            m["start"].as_u64().unwrap() as usize,
            m["end"].as_u64().unwrap() as usize,
        );
        assert!(s < e && e <= bytes.len(), "bad offsets {m}");
        assert_eq!(
            &bytes[s..e],
            m["text"].as_str().unwrap().as_bytes(),
            "offsets do not match text: {m}"
        );
        assert!(m["type"].is_string() && m["kind"].is_string(), "{m}");
    }
    items.len()
}

#[test]
fn entities_json_offsets_are_utf8_bytes() {
    let cwd = empty_cwd();
    let o = run(cwd.path(), &["entities", SEEDS, "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", describe(&o));
    let v = json_out(&o);
    assert!(check_mentions(cwd.path(), &v) > 10, "{v}");
    assert!(
        v.as_array()
            .unwrap()
            .iter()
            .any(|m| m["text"].as_str().unwrap().contains("Vladimir Putin")),
        "Vladimir Putin is mentioned in the seeds"
    );
    // Every seed file appears.
    for entry in std::fs::read_dir(SEEDS).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            v.as_array()
                .unwrap()
                .iter()
                .any(|m| m["file"].as_str().unwrap().ends_with(&name)),
            "{name} has no mentions"
        );
    }
}

#[test]
fn entities_offsets_with_multibyte_text_and_relative_path() {
    let dir = workspace(&[(
        "sub/news.txt",
        "“Vladimir Putin” met 😀 Kim Jong Un — in Vladivostok.\r\nLater, 👍🏽 Moon Jae-in left.\n".as_bytes(),
    )]);
    let o = run(dir.path(), &["entities", "sub", "--format", "json"]);
    assert_eq!(o.status.code(), Some(0), "{}", describe(&o));
    let v = json_out(&o);
    assert!(check_mentions(dir.path(), &v) >= 3, "{v}");
    let items = v.as_array().unwrap();
    let find = |name: &str| {
        items
            .iter()
            .find(|m| m["text"] == name)
            .unwrap_or_else(|| panic!("no mention {name:?}: {v}"))
    };
    // Byte offsets: after a 3-byte curly quote; after the 4-byte emoji and
    // the 3-byte em dash; after CRLF and an 8-byte emoji with modifier.
    assert_eq!(find("Vladimir Putin")["start"], 3, "{v}");
    assert_eq!(find("Kim Jong Un")["start"], 30, "{v}");
    assert_eq!(find("Moon Jae-in")["start"], 79, "{v}");
}

#[test]
fn entities_text_is_a_table() {
    let cwd = empty_cwd();
    let o = run(cwd.path(), &["entities", SEEDS]);
    assert_eq!(o.status.code(), Some(0), "{}", describe(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().filter(|l| !l.trim().is_empty()).collect();
    assert!(lines.len() > 10, "{out}");
    assert!(lines.iter().any(|l| l.contains("Vladimir Putin")), "{out}");
    assert!(
        serde_json::from_str::<Value>(&out).is_err(),
        "text output must not be JSON"
    );
}

#[test]
fn entities_missing_path_exits_two() {
    let cwd = empty_cwd();
    let o = run(cwd.path(), &["entities", "/nonexistent/newsls-no-such-dir"]);
    assert_eq!(o.status.code(), Some(2), "{}", describe(&o));
    assert!(!o.stderr.is_empty());
}

#[test]
fn check_accepts_a_single_file() {
    // A file path works as well as a directory.
    let cwd = empty_cwd();
    let file = Path::new(SEEDS).join("000_f6321f4f82dd81a6.txt");
    let o = run(cwd.path(), &["check", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", describe(&o));
}

#[test]
fn check_config_severity_table_applies() {
    let dir = workspace(&[
        ("newsls.toml", b"colour = \"red\"\n[severity]\nconfig = \"error\"\n"),
        ("a.txt", b"Vladimir Putin met Moon Jae-in.\n"),
    ]);
    let o = run(dir.path(), &["check", "."]);
    assert_eq!(o.status.code(), Some(1), "{}", describe(&o));
    assert!(
        stdout(&o)
            .lines()
            .any(|l| l.contains("newsls.toml:1:1: error[config] ") && l.contains("colour")),
        "{}",
        describe(&o)
    );
    std::fs::write(
        dir.path().join("newsls.toml"),
        "colour = \"red\"\n[severity]\nconfig = \"off\"\n",
    )
    .unwrap();
    let o = run(dir.path(), &["check", "."]);
    assert_eq!(o.status.code(), Some(0), "{}", describe(&o));
    assert!(!stdout(&o).contains("[config]"), "{}", describe(&o));
}

#[test]
fn an_article_whose_analysis_fails_is_reported_and_the_others_are_checked() {
    // `NEWSLS_DEBUG` makes an article containing the mark panic inside the
    // analysis, standing in for any bug met on one article.
    let dir = workspace(&[
        (
            "a.txt",
            "Maria Lopez, the mayor, said 12 people were hurt on Monday.\n".as_bytes(),
        ),
        (
            "b.txt",
            "A wire story.\nnewsls:debug-panic and Maria Lopez.\n".as_bytes(),
        ),
        (
            "c.txt",
            "Mayor Maria Lopez said 14 people were hurt on Monday.\n".as_bytes(),
        ),
    ]);
    let out = run_with(
        dir.path(),
        &["check", ".", "--format", "json"],
        &[("NEWSLS_DEBUG", "1")],
    );
    assert_eq!(out.status.code(), Some(2), "stderr: {}", stderr(&out));
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "no panic report on stderr: {err}");
    assert!(err.contains("checked 3 articles"), "{err}");
    assert!(err.contains("could not analyse") && err.contains("b.txt"), "{err}");
    let findings: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let failed: Vec<&Value> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "analysis-failed")
        .collect();
    assert_eq!(failed.len(), 1, "{findings:#}");
    assert!(failed[0]["file"].as_str().unwrap().ends_with("b.txt"));
    assert_eq!(
        (failed[0]["line"].as_u64(), failed[0]["severity"].as_str()),
        (Some(1), Some("error"))
    );
    assert!(failed[0]["message"].as_str().unwrap().contains("deliberate panic"));
    // Without the switch, the same text is ordinary copy.
    let out = run(dir.path(), &["check", "."]);
    assert!(out.status.code().is_some_and(|c| c < 2), "stderr: {}", stderr(&out));
}
