//! The dependency arrows between modules are the ones ARCHITECTURE.md
//! allows, and they form no cycle. The allowed arrows are read from the
//! `deps` block of ARCHITECTURE.md; the actual ones from the sources
//! (`crate::…` and `super::…` paths outside test modules). Units are the
//! top-level modules, and inside `analysis` and `workspace` their
//! submodules (each one's `mod.rs` holds shared types and the entry point:
//! it and its submodules may use each other). Seen from outside, `analysis`
//! and `workspace` are one unit each.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
/// Modules whose submodules are units of their own.
const SPLIT: &[&str] = &["analysis", "workspace"];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("read src").flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module path of a source file: `src/analysis/coref/link.rs` →
/// `analysis::coref::link`, `src/analysis/coref/mod.rs` → `analysis::coref`.
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(Path::new(ROOT).join("src")).expect("under src");
    let mut parts: Vec<String> = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if !matches!(stem, "mod" | "lib" | "main") {
        parts.push(stem.to_string());
    }
    parts
}

/// The unit a module path belongs to, if it is a module (not an item of
/// a module's root).
fn unit(path: &[String]) -> Option<String> {
    let top = path.first()?;
    let src = Path::new(ROOT).join("src");
    if !(src.join(format!("{top}.rs")).exists() || src.join(top).is_dir()) {
        return None;
    }
    if SPLIT.contains(&top.as_str())
        && let Some(sub) = path.get(1)
        && (src.join(top).join(format!("{sub}.rs")).exists() || src.join(top).join(sub).is_dir())
    {
        return Some(format!("{top}::{sub}"));
    }
    Some(top.clone())
}

/// The code of a file without its test module(s).
fn without_tests(src: &str) -> String {
    let mut out = String::new();
    let mut lines = src.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]" && lines.peek().is_some_and(|l| l.trim_start().starts_with("mod ")) {
            // Skip to the end of the module: the closing brace at its indentation.
            let indent = line.len() - line.trim_start().len();
            for l in lines.by_ref() {
                if l.len() - l.trim_start().len() == indent && l.trim() == "}" {
                    break;
                }
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Paths a file names: `crate::a::b…` and `super::…` resolved, with the
/// names inside `{…}` groups after them.
fn references(module: &[String], code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let bytes = code.as_bytes();
    let ident = |i: usize| {
        let end = code[i..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(code.len(), |n| i + n);
        (code[i..end].to_string(), end)
    };
    for (start, _) in code.match_indices("crate::").chain(code.match_indices("super::")) {
        if start > 0
            && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_' || bytes[start - 1] == b':')
        {
            continue;
        }
        // The base module.
        // `crate::` starts at the root, `super::` at the parent of the
        // file's module (a `mod.rs` is its directory's module).
        let mut base: Vec<String> = if code[start..].starts_with("crate::") {
            Vec::new()
        } else {
            module[..module.len().saturating_sub(1)].to_vec()
        };
        // Both prefixes are seven bytes long.
        let mut i = start + 7;
        while code[i..].starts_with("super::") {
            base.pop();
            i += 7;
        }
        let mut path = base.clone();
        loop {
            if code[i..].starts_with('{') {
                // A group: each name in it.
                let end = code[i..].find('}').map_or(code.len(), |n| i + n);
                for name in code[i + 1..end].split(',') {
                    let name = name.trim().split("::").next().unwrap_or("").trim();
                    if !name.is_empty() && name != "self" {
                        let mut p = path.clone();
                        p.push(name.to_string());
                        out.push(p);
                    }
                }
                out.push(path.clone());
                break;
            }
            let (name, end) = ident(i);
            if name.is_empty() {
                out.push(path.clone());
                break;
            }
            path.push(name);
            i = end;
            if code[i..].starts_with("::") {
                i += 2;
            } else {
                out.push(path.clone());
                break;
            }
        }
    }
    out
}

/// The arrows the sources draw between units.
fn actual() -> BTreeMap<String, BTreeSet<String>> {
    let mut all = Vec::new();
    files(&Path::new(ROOT).join("src"), &mut all);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in all {
        let module = module_of(&f);
        let Some(from) = unit(&module) else { continue };
        let code = without_tests(&std::fs::read_to_string(&f).expect("read source"));
        for path in references(&module, &code) {
            let Some(to) = unit(&path) else { continue };
            // A split module's root (shared types, the entry point) and its
            // submodules may use each other.
            // Across top-level modules, a split module is one unit.
            let root_of = |u: &str| u.split("::").next().unwrap_or(u).to_string();
            let (from, to) = if root_of(&to) == root_of(&from) {
                if to == from || !to.contains("::") || !from.contains("::") {
                    continue;
                }
                (from.clone(), to)
            } else {
                (root_of(&from), root_of(&to))
            };
            edges.entry(from).or_default().insert(to);
        }
    }
    edges
}

/// The arrows ARCHITECTURE.md allows: the lines `a -> b, c` of its
/// ```deps block.
fn allowed() -> BTreeMap<String, BTreeSet<String>> {
    let doc = std::fs::read_to_string(Path::new(ROOT).join("ARCHITECTURE.md")).expect("ARCHITECTURE.md");
    let block = doc
        .split("```deps\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("ARCHITECTURE.md has a ```deps block");
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in block
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
    {
        let (from, to) = line.split_once("->").expect("`a -> b, c` lines");
        let set = out.entry(from.trim().to_string()).or_default();
        set.extend(to.split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()));
    }
    out
}

#[test]
fn modules_depend_only_as_architecture_md_allows() {
    let actual = actual();
    if std::env::var_os("NEWSLS_PRINT_DEPS").is_some() {
        for (from, to) in &actual {
            println!("{from:<22} -> {}", to.iter().cloned().collect::<Vec<_>>().join(", "));
        }
    }
    let allowed = allowed();
    let mut wrong = Vec::new();
    for (from, tos) in &actual {
        for to in tos {
            if !allowed.get(from).is_some_and(|a| a.contains(to)) {
                wrong.push(format!("{from} -> {to}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "arrows ARCHITECTURE.md does not allow (add them to its deps block only if the design says so):\n  {}",
        wrong.join("\n  ")
    );
}

#[test]
fn the_allowed_arrows_form_no_cycle() {
    let allowed = allowed();
    // Depth-first search for a back edge.
    fn visit<'a>(
        n: &'a str,
        g: &'a BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<&'a str, u8>,
        stack: &mut Vec<&'a str>,
    ) -> Option<Vec<String>> {
        match state.get(n) {
            Some(1) => {
                let at = stack.iter().position(|s| *s == n).unwrap_or(0);
                return Some(
                    stack[at..]
                        .iter()
                        .map(|s| s.to_string())
                        .chain([n.to_string()])
                        .collect(),
                );
            }
            Some(_) => return None,
            None => {}
        }
        state.insert(n, 1);
        stack.push(n);
        for m in g.get(n).into_iter().flatten() {
            if let Some(cycle) = visit(m, g, state, stack) {
                return Some(cycle);
            }
        }
        stack.pop();
        state.insert(n, 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in allowed.keys() {
        if let Some(cycle) = visit(n, &allowed, &mut state, &mut Vec::new()) {
            panic!("a cycle in ARCHITECTURE.md's deps: {}", cycle.join(" -> "));
        }
    }
}
