//! Configuration: one set of keys, read from `newsls.toml`, from the
//! editor's `initializationOptions` and from `workspace/configuration`.
//!
//! Every source is parsed into the same [`Node`] tree and applied on top of
//! the previous ones by one validator, so the rules cannot drift between
//! sources. A bad key or value never fails the load: it becomes a
//! [`Problem`] (with a byte span when the source is a file) and the key keeps
//! its previous value.

use std::collections::BTreeMap;

use crate::analysis::Span;
use crate::rules::Code;
/// How loudly a finding is reported; a rule's default, overridden by `severity`.
pub use crate::rules::Level;

/// File name of the workspace configuration.
pub const FILE_NAME: &str = "newsls.toml";

/// The effective configuration.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Globs (relative to a workspace root) of article files to index.
    pub include: Vec<String>,
    /// Globs to leave out, on top of the always-skipped folders.
    pub exclude: Vec<String>,
    /// Files larger than this many bytes are not analysed.
    pub max_file_size: u64,
    /// At most this many article files are indexed (in path order); a
    /// folder with more (a home directory, an archive share) is cut there,
    /// and the user is told.
    pub max_articles: u64,
    /// At most this many bytes of article text are indexed in all.
    pub max_workspace_size: u64,
    /// Quiet time after an edit before re-analysis starts.
    pub debounce_ms: u64,
    /// Path of the knowledge-base file, relative to the workspace root.
    pub knowledge_base: String,
    /// Whether inlay hints are offered.
    pub inlay_hints: bool,
    /// Severity overrides per diagnostic code.
    pub severity: BTreeMap<Code, Level>,
    /// Findings the newsroom has reviewed and dismissed.
    pub ignore: Vec<Ignore>,
}

/// A dismissed finding: its code and the values on each side, so it stays
/// dismissed while the text around it changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignore {
    pub code: Code,
    /// The value as written in the reporting article.
    pub here: Option<String>,
    /// The value as written in the other article.
    pub there: Option<String>,
}

impl Ignore {
    /// Whether this entry dismisses a finding with these values. Values
    /// match whatever their case and spacing (`Eight carriages` opening one
    /// sentence is `eight carriages` in another). A two-sided finding
    /// (`Code::is_two_sided`) matches either way round, so the conflict
    /// dismissed in one article is dismissed in the other too.
    pub fn matches(&self, code: Code, here: &str, there: Option<&str>) -> bool {
        let same = |entry: &Option<String>, value: Option<&str>| {
            entry
                .as_deref()
                .is_none_or(|e| value.is_some_and(|v| normalised(e) == normalised(v)))
        };
        self.code == code
            && (same(&self.here, Some(here)) && same(&self.there, there)
                || code.is_two_sided() && same(&self.here, there) && same(&self.there, Some(here)))
    }
}

/// A value as `ignore` entries compare it: lowercase, single spaces.
fn normalised(value: &str) -> String {
    value.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl Default for Config {
    fn default() -> Self {
        Config {
            include: vec!["**/*.txt".into(), "**/*.md".into()],
            exclude: Vec::new(),
            max_file_size: 2_000_000,
            max_articles: 20_000,
            max_workspace_size: 1_000_000_000,
            debounce_ms: 100,
            knowledge_base: "entities.toml".into(),
            inlay_hints: true,
            severity: BTreeMap::new(),
            ignore: Vec::new(),
        }
    }
}

impl Config {
    /// The severity for a code: the configured one, else the code's default.
    pub fn level(&self, code: Code, default: Level) -> Level {
        self.severity.get(&code).copied().unwrap_or(default)
    }
}

/// Something wrong in a configuration source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the source file, when the source is a file.
    pub span: Option<Span>,
    pub message: String,
}

/// A parsed configuration value, independent of its source format.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub span: Option<Span>,
    pub value: Value,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Array(Vec<Node>),
    /// Entries keep the key's own span for messages about the key.
    Table(Vec<(String, Option<Span>, Node)>),
    /// Anything the format has that configuration never uses (dates, null).
    Other(&'static str),
}

impl Value {
    fn type_name(&self) -> &'static str {
        match self {
            Value::Bool(_) => "a boolean",
            Value::Int(_) => "an integer",
            Value::Float(_) => "a float",
            Value::Str(_) => "a string",
            Value::Array(_) => "an array",
            Value::Table(_) => "a table",
            Value::Other(name) => name,
        }
    }
}

/// Parses `newsls.toml` text. Syntax errors are problems too; whatever part
/// of the file still parses is returned.
pub fn parse_toml(text: &str) -> (Node, Vec<Problem>) {
    let (table, errors) = toml::de::DeTable::parse_recoverable(text);
    let problems = errors
        .into_iter()
        .map(|e| Problem {
            span: e.span().map(|r| Span::new(r.start, r.end)),
            message: format!("invalid TOML: {}", e.message()),
        })
        .collect();
    let span = table.span();
    let node = Node {
        span: Some(Span::new(span.start, span.end)),
        value: toml_table(table.get_ref()),
    };
    (node, problems)
}

fn toml_table(table: &toml::de::DeTable<'_>) -> Value {
    let mut entries: Vec<_> = table
        .iter()
        .map(|(k, v)| {
            let ks = k.span();
            (k.get_ref().to_string(), Some(Span::new(ks.start, ks.end)), toml_node(v))
        })
        .collect();
    // Keep the file's order, so problems are reported top to bottom.
    entries.sort_by_key(|(_, span, _)| span.map(|s| s.start));
    Value::Table(entries)
}

fn toml_node(v: &toml::Spanned<toml::de::DeValue<'_>>) -> Node {
    use toml::de::DeValue;
    let span = v.span();
    let value = match v.get_ref() {
        DeValue::String(s) => Value::Str(s.to_string()),
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix())
            .map(Value::Int)
            .unwrap_or(Value::Other("an out-of-range integer")),
        DeValue::Float(f) => f.as_str().parse().map(Value::Float).unwrap_or(Value::Other("a float")),
        DeValue::Boolean(b) => Value::Bool(*b),
        DeValue::Datetime(_) => Value::Other("a date-time"),
        DeValue::Array(a) => Value::Array(a.iter().map(toml_node).collect()),
        DeValue::Table(t) => toml_table(t),
    };
    Node {
        span: Some(Span::new(span.start, span.end)),
        value,
    }
}

/// Converts editor settings (JSON) into a node without spans.
pub fn from_json(v: &serde_json::Value) -> Node {
    use serde_json::Value as J;
    let value = match v {
        J::Null => Value::Other("null"),
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        J::String(s) => Value::Str(s.clone()),
        J::Array(a) => Value::Array(a.iter().map(from_json).collect()),
        J::Object(o) => Value::Table(o.iter().map(|(k, v)| (k.clone(), None, from_json(v))).collect()),
    };
    Node { span: None, value }
}

/// Applies one source on top of `config`, reporting every problem.
/// Null values (as editors send for unset settings) leave keys unchanged.
pub fn apply(config: &mut Config, source: &Node, problems: &mut Vec<Problem>) {
    let Value::Table(entries) = &source.value else {
        if !matches!(source.value, Value::Other("null")) {
            problems.push(problem(
                source.span,
                format!("configuration must be a table, not {}", source.value.type_name()),
            ));
        }
        return;
    };
    for (key, key_span, node) in entries {
        if matches!(node.value, Value::Other("null")) {
            continue;
        }
        let before = problems.len();
        match key.as_str() {
            "include" => set(&mut config.include, globs(key, node, problems)),
            "exclude" => set(&mut config.exclude, globs(key, node, problems)),
            "maxFileSize" => set(&mut config.max_file_size, size(key, node, problems)),
            "maxArticles" => set(&mut config.max_articles, int_in(key, node, 1, 10_000_000, problems)),
            "maxWorkspaceSize" => set(&mut config.max_workspace_size, size(key, node, problems)),
            "debounceMs" => set(&mut config.debounce_ms, int_in(key, node, 0, 60_000, problems)),
            "knowledgeBase" => set(&mut config.knowledge_base, string(key, node, problems)),
            "inlayHints" => set(&mut config.inlay_hints, boolean(key, node, problems)),
            "severity" => severity(&mut config.severity, node, problems),
            "ignore" => set(&mut config.ignore, ignores(node, problems)),
            _ => problems.push(problem(
                key_span.or(node.span),
                format!("unknown key `{key}`{}; it is ignored", suggestion(key)),
            )),
        }
        for p in &mut problems[before..] {
            p.span = p.span.or(*key_span);
        }
    }
}

/// Builds a configuration from sources in precedence order (later wins).
pub fn merge<'a>(sources: impl IntoIterator<Item = &'a Node>) -> (Config, Vec<Problem>) {
    let mut config = Config::default();
    let mut problems = Vec::new();
    for source in sources {
        apply(&mut config, source, &mut problems);
    }
    (config, problems)
}

const KEYS: &[&str] = &[
    "include",
    "exclude",
    "maxFileSize",
    "maxArticles",
    "maxWorkspaceSize",
    "debounceMs",
    "knowledgeBase",
    "inlayHints",
    "severity",
    "ignore",
];

/// `max_file_size` and other near misses get a pointer to the real key.
fn suggestion(key: &str) -> String {
    let folded: String = key
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    KEYS.iter()
        .find(|k| k.to_lowercase() == folded)
        .map(|k| format!(" (did you mean `{k}`?)"))
        .unwrap_or_default()
}

fn problem(span: Option<Span>, message: String) -> Problem {
    Problem { span, message }
}

fn set<T>(slot: &mut T, value: Option<T>) {
    if let Some(v) = value {
        *slot = v;
    }
}

fn expected(key: &str, what: &str, node: &Node, problems: &mut Vec<Problem>) {
    problems.push(problem(
        node.span,
        format!(
            "`{key}` must be {what}, not {}; the default is used",
            node.value.type_name()
        ),
    ));
}

fn globs(key: &str, node: &Node, problems: &mut Vec<Problem>) -> Option<Vec<String>> {
    let Value::Array(items) = &node.value else {
        expected(key, "an array of glob strings", node, problems);
        return None;
    };
    let mut out = Vec::new();
    for item in items {
        match &item.value {
            Value::Str(s) => match globset::Glob::new(s) {
                Ok(_) => out.push(s.clone()),
                Err(e) => problems.push(problem(item.span, format!("`{key}`: bad glob `{s}`: {}", e.kind()))),
            },
            _ => expected(key, "an array of glob strings", item, problems),
        }
    }
    Some(out)
}

fn string(key: &str, node: &Node, problems: &mut Vec<Problem>) -> Option<String> {
    match &node.value {
        Value::Str(s) => Some(s.clone()),
        _ => {
            expected(key, "a string", node, problems);
            None
        }
    }
}

fn boolean(key: &str, node: &Node, problems: &mut Vec<Problem>) -> Option<bool> {
    match node.value {
        Value::Bool(b) => Some(b),
        _ => {
            expected(key, "true or false", node, problems);
            None
        }
    }
}

fn int_in(key: &str, node: &Node, lo: i64, hi: i64, problems: &mut Vec<Problem>) -> Option<u64> {
    match node.value {
        Value::Int(i) if (lo..=hi).contains(&i) => Some(i as u64),
        Value::Int(i) => {
            problems.push(problem(
                node.span,
                format!("`{key}` must be between {lo} and {hi}, not {i}; the default is used"),
            ));
            None
        }
        _ => {
            expected(key, "an integer", node, problems);
            None
        }
    }
}

/// A byte count: an integer, or a string such as `"2MB"` or `"512 KiB"`.
fn size(key: &str, node: &Node, problems: &mut Vec<Problem>) -> Option<u64> {
    let parsed = match &node.value {
        Value::Int(i) if *i > 0 => Some(*i as u64),
        Value::Str(s) => parse_size(s),
        _ => None,
    };
    if parsed.is_none() {
        problems.push(problem(
            node.span,
            format!(
                "`{key}` must be a positive number of bytes or a size like \"2MB\", not {}; the default is used",
                describe(&node.value)
            ),
        ));
    }
    parsed
}

fn describe(v: &Value) -> String {
    match v {
        Value::Str(s) => format!("\"{s}\""),
        Value::Int(i) => i.to_string(),
        other => other.type_name().to_string(),
    }
}

/// Parses `"2MB"`, `"1.5 MiB"`, `"900k"`, `"4096"`.
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let split = s.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(s.len());
    let number: f64 = s[..split].parse().ok()?;
    let multiplier: f64 = match s[split..].trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "m" | "mb" => 1e6,
        "g" | "gb" => 1e9,
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        _ => return None,
    };
    let bytes = number * multiplier;
    (bytes >= 1.0 && bytes < u64::MAX as f64).then_some(bytes as u64)
}

/// `[[ignore]]` tables (or an array of objects in editor settings).
fn ignores(node: &Node, problems: &mut Vec<Problem>) -> Option<Vec<Ignore>> {
    let Value::Array(items) = &node.value else {
        expected(
            "ignore",
            "an array of tables ([[ignore]] with code, here, there)",
            node,
            problems,
        );
        return None;
    };
    let mut out = Vec::new();
    for item in items {
        let Value::Table(fields) = &item.value else {
            expected("ignore", "a table with code, here and there", item, problems);
            continue;
        };
        let mut code = None;
        let (mut here, mut there) = (None, None);
        for (key, key_span, v) in fields {
            let Value::Str(text) = &v.value else {
                expected(&format!("ignore.{key}"), "a string", v, problems);
                continue;
            };
            match key.as_str() {
                "code" => match Code::parse(text) {
                    Some(c) => code = Some(c),
                    None => problems.push(problem(v.span, format!("`ignore`: unknown diagnostic code `{text}`"))),
                },
                "here" => here = Some(text.clone()),
                "there" => there = Some(text.clone()),
                _ => problems.push(problem(
                    *key_span,
                    format!("`ignore`: unknown key `{key}` (use code, here, there)"),
                )),
            }
        }
        match code {
            Some(code) => out.push(Ignore { code, here, there }),
            None => problems.push(problem(
                item.span,
                "`ignore` entry without a valid `code`; it is skipped".into(),
            )),
        }
    }
    Some(out)
}

fn severity(map: &mut BTreeMap<Code, Level>, node: &Node, problems: &mut Vec<Problem>) {
    let Value::Table(entries) = &node.value else {
        expected("severity", "a table of code = level", node, problems);
        return;
    };
    for (code, code_span, level) in entries {
        let Some(parsed) = Code::parse(code) else {
            problems.push(problem(
                code_span.or(level.span),
                format!(
                    "`severity`: unknown diagnostic code `{code}` (known: {})",
                    Code::names()
                ),
            ));
            continue;
        };
        match &level.value {
            Value::Str(s) => match Level::parse(s) {
                Some(l) => {
                    map.insert(parsed, l);
                }
                None => problems.push(problem(
                    level.span,
                    format!("`severity.{code}`: unknown level \"{s}\" (use error, warning, information, hint or off)"),
                )),
            },
            _ => expected(&format!("severity.{code}"), "a level string", level, problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> (Config, Vec<Problem>) {
        let (node, mut problems) = parse_toml(text);
        let mut config = Config::default();
        apply(&mut config, &node, &mut problems);
        (config, problems)
    }

    #[test]
    fn reads_every_key() {
        let (c, p) = load(
            "include = [\"news/**/*.txt\"]\nexclude = [\"old/**\"]\nmaxFileSize = \"1MB\"\n\
             debounceMs = 50\nknowledgeBase = \"kb.toml\"\ninlayHints = false\n\
             [severity]\nquote-variant = \"off\"\n",
        );
        assert!(p.is_empty(), "{p:?}");
        assert_eq!(c.include, ["news/**/*.txt"]);
        assert_eq!(c.exclude, ["old/**"]);
        assert_eq!(c.max_file_size, 1_000_000);
        assert_eq!(c.debounce_ms, 50);
        assert_eq!(c.knowledge_base, "kb.toml");
        assert!(!c.inlay_hints);
        assert_eq!(c.level(Code::QuoteVariant, Level::Information), Level::Off);
    }

    #[test]
    fn bad_values_keep_defaults_and_point_at_the_value() {
        let text = "maxFileSize = \"huge\"\ndebounceMs = -3\n";
        let (c, p) = load(text);
        assert_eq!(c, Config::default());
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].span.unwrap().text(text), "\"huge\"");
        assert!(p[0].message.contains("maxFileSize"));
        assert_eq!(p[1].span.unwrap().text(text), "-3");
    }

    #[test]
    fn unknown_keys_are_reported_with_a_suggestion() {
        let text = "debounceMs = 10\nmax_file_size = 5\n";
        let (c, p) = load(text);
        assert_eq!(c.debounce_ms, 10);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].span.unwrap().text(text), "max_file_size");
        assert!(p[0].message.contains("did you mean `maxFileSize`"), "{}", p[0].message);
    }

    #[test]
    fn syntax_errors_keep_the_rest() {
        let text = "debounceMs = 10\ninclude = [\n";
        let (c, p) = load(text);
        assert_eq!(c.debounce_ms, 10);
        assert!(!p.is_empty());
        assert!(p[0].message.starts_with("invalid TOML"));
    }

    #[test]
    fn json_settings_use_the_same_keys_and_ignore_nulls() {
        let json =
            serde_json::json!({"maxFileSize": 1000, "include": null, "severity": {"config": "error", "nope": "hint"}});
        let (c, p) = merge([&from_json(&json)]);
        assert_eq!(c.max_file_size, 1000);
        assert_eq!(c.include, Config::default().include);
        assert_eq!(c.level(Code::Config, Level::Warning), Level::Error);
        assert_eq!(p.len(), 1);
        assert!(p[0].message.contains("nope"));
    }

    #[test]
    fn later_sources_win() {
        let a = from_json(&serde_json::json!({"debounceMs": 10, "inlayHints": false}));
        let b = from_json(&serde_json::json!({"debounceMs": 20}));
        let (c, _) = merge([&a, &b]);
        assert_eq!((c.debounce_ms, c.inlay_hints), (20, false));
    }

    #[test]
    fn ignore_entries() {
        let text = "[[ignore]]\ncode = \"conflicting-role\"\nhere = \"Chief Executive\"\nthere = \"Operations Director\"\n\n[[ignore]]\ncode = \"nope\"\n";
        let (c, p) = load(text);
        assert_eq!(c.ignore.len(), 1);
        assert!(c.ignore[0].matches(Code::ConflictingRole, "Chief Executive", Some("Operations Director")));
        assert!(!c.ignore[0].matches(Code::ConflictingRole, "Chief Executive", Some("CEO")));
        // The other article's finding on the same conflict: the values swapped.
        assert!(c.ignore[0].matches(Code::ConflictingRole, "Operations Director", Some("Chief Executive")));
        assert!(c.ignore[0].matches(Code::ConflictingRole, "chief  executive", Some("Operations Director")));
        assert!(!c.ignore[0].matches(Code::ConflictingRole, "Operations Director", Some("CEO")));
        assert!(!c.ignore[0].matches(
            Code::ConflictingQuantity,
            "Chief Executive",
            Some("Operations Director")
        ));
        // A spelling is one-sided: the house spelling reports nothing.
        let spelling = Ignore {
            code: Code::SpellingVariant,
            here: Some("Kim Jong Un".into()),
            there: Some("Kim Jong-un".into()),
        };
        assert!(spelling.matches(Code::SpellingVariant, "Kim Jong Un", Some("Kim Jong-un")));
        assert!(!spelling.matches(Code::SpellingVariant, "Kim Jong-un", Some("Kim Jong Un")));
        assert_eq!(p.len(), 2, "{p:?}");
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("2MB"), Some(2_000_000));
        assert_eq!(parse_size("1.5 MiB"), Some(1_572_864));
        assert_eq!(parse_size("900k"), Some(900_000));
        assert_eq!(parse_size("big"), None);
        assert_eq!(parse_size("0"), None);
    }
}
