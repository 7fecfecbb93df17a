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

/// The code of a file without its test module(s): a `#[cfg(test)]` inline
/// module (`mod tests { … }`, `pub(super) mod tests { … }`) up to its
/// closing brace, or a file-backed one (`mod tests;`) as its one line.
fn without_tests(src: &str) -> String {
    let mut out = String::new();
    let mut lines = src.lines().peekable();
    let is_mod = |l: &str| {
        let l = l.trim_start();
        let l = l.strip_prefix("pub").map_or(l, |r| {
            r.trim_start()
                .strip_prefix('(')
                .and_then(|r| r.split_once(')'))
                .map_or(r, |(_, rest)| rest)
                .trim_start()
        });
        l.starts_with("mod ")
    };
    while let Some(line) = lines.next() {
        if line.trim() == "#[cfg(test)]" && lines.peek().is_some_and(|l| is_mod(l)) {
            let decl = lines.next().unwrap_or("");
            if decl.trim_end().ends_with(';') {
                continue;
            }
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

/// Whether a source file is test code as a whole: a file-backed test
/// module (`tests.rs`) or the fixture cases.
fn is_test_file(file: &Path) -> bool {
    file.file_name().is_some_and(|n| n == "tests.rs") || file.components().any(|c| c.as_os_str() == "fixtures")
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

/// The `fn` items of some code with their length in lines, found by
/// counting braces outside strings, characters and comments.
fn functions(code: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = code.lines().collect();
    // Each line's braces, with string and char literals and comments left out.
    let depth_change = |l: &str| -> (i32, bool) {
        let mut d = 0;
        let mut opened = false;
        let mut chars = l.chars().peekable();
        let mut in_str = false;
        while let Some(c) = chars.next() {
            match c {
                '\\' if in_str => {
                    chars.next();
                }
                '"' => in_str = !in_str,
                _ if in_str => {}
                '/' if chars.peek() == Some(&'/') => break,
                '\'' => {
                    // A char literal (`'{'`, `'\\''`) or a lifetime: skip a literal whole.
                    let rest: String = chars.clone().take(3).collect();
                    if rest.starts_with('\\') {
                        chars.next();
                        chars.next();
                        chars.next();
                    } else if rest.chars().nth(1) == Some('\'') {
                        chars.next();
                        chars.next();
                    }
                }
                '{' => {
                    d += 1;
                    opened = true;
                }
                '}' => d -= 1,
                _ => {}
            }
        }
        (d, opened)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim_start();
        let t = t
            .strip_prefix("pub ")
            .or_else(|| t.split_once(") ").filter(|_| t.starts_with("pub(")).map(|x| x.1))
            .unwrap_or(t);
        let t = t.strip_prefix("const ").unwrap_or(t);
        let t = t.strip_prefix("async ").unwrap_or(t);
        let Some(rest) = t.strip_prefix("fn ") else {
            i += 1;
            continue;
        };
        let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let (mut depth, mut started) = (0, false);
        let mut j = i;
        while j < lines.len() {
            let (d, opened) = depth_change(lines[j]);
            depth += d;
            started |= opened;
            if started && depth <= 0 || !started && lines[j].trim_end().ends_with(';') {
                break;
            }
            j += 1;
        }
        out.push((name, j - i + 1));
        i = if started { j + 1 } else { i + 1 };
    }
    out
}

/// Small units: no function over 80 lines and no module over 600 lines of
/// code outside tests, except the data of the lexicon's class table.
#[test]
fn functions_and_modules_stay_small() {
    const FUNCTION: usize = 80;
    const MODULE: usize = 600;
    let mut all = Vec::new();
    files(&Path::new(ROOT).join("src"), &mut all);
    all.sort();
    let mut wrong = Vec::new();
    for f in all.iter().filter(|f| !is_test_file(f)) {
        let code = without_tests(&std::fs::read_to_string(f).expect("read source"));
        let rel = f.strip_prefix(ROOT).unwrap_or(f).display().to_string();
        let lines = code.lines().count();
        if lines > MODULE {
            wrong.push(format!("{rel}: {lines} lines"));
        }
        for (name, n) in functions(&code) {
            if n > FUNCTION {
                wrong.push(format!("{rel}: fn {name} is {n} lines"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "units over the size limits:\n  {}",
        wrong.join("\n  ")
    );
}

#[test]
fn the_size_check_sees_functions_and_skips_tests() {
    let code =
        "fn a() {\n    let s = \"}\";\n    let c = '{';\n}\n#[cfg(test)]\nmod tests {\n    fn t() {}\n}\nfn b();\n";
    let kept = without_tests(code);
    assert!(!kept.contains("fn t"), "{kept}");
    assert_eq!(functions(&kept), vec![("a".to_string(), 4), ("b".to_string(), 1)]);
    let file_backed = "#[cfg(test)]\nmod tests;\nfn c() {}\n";
    assert_eq!(functions(&without_tests(file_backed)), vec![("c".to_string(), 1)]);
}
