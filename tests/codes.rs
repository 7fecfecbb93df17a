//! The places outside Rust that list the finding codes agree with
//! `rules::Code`: the VS Code extension's settings schema and its list of
//! codes, and README's table, which links each code's page in docs/rules.

use std::path::Path;

use newsls::rules::{Code, doc_path};

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn names() -> Vec<&'static str> {
    Code::ALL.iter().map(|c| c.as_str()).collect()
}

#[test]
fn the_vscode_settings_schema_has_a_severity_for_every_code() {
    let package: serde_json::Value = serde_json::from_str(&read("editors/vscode/package.json")).unwrap();
    let schema = &package["contributes"]["configuration"]["properties"]["newsls.severity"]["properties"];
    let mut listed: Vec<&str> = schema.as_object().unwrap().keys().map(String::as_str).collect();
    listed.sort();
    let mut want = names();
    want.sort();
    assert_eq!(listed, want, "editors/vscode/package.json: newsls.severity");
}

#[test]
fn the_vscode_extension_lists_every_code_in_order() {
    let settings = read("editors/vscode/src/settings.ts");
    let block = settings
        .split("DIAGNOSTIC_CODES = [")
        .nth(1)
        .and_then(|rest| rest.split(']').next())
        .unwrap();
    let quoted: Vec<&str> = block.split('\'').skip(1).step_by(2).collect();
    assert_eq!(quoted, names(), "editors/vscode/src/settings.ts: DIAGNOSTIC_CODES");
}

#[test]
fn the_readme_links_every_code_to_its_page() {
    let readme = read("README.md");
    for code in Code::ALL {
        let link = format!("[`{code}`]({})", doc_path(code));
        assert!(readme.contains(&link), "README.md does not link {link}");
        assert!(Path::new(env!("CARGO_MANIFEST_DIR")).join(doc_path(code)).is_file());
    }
}
