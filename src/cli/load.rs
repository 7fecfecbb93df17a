//! Turning command-line paths into a workspace.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::config::{self, Config};
use crate::files::{self, Filter};
use crate::workspace::{DocId, Finding, Workspace};

/// Everything a batch command works on.
pub struct Loaded {
    pub config: Config,
    pub workspace: Workspace,
    /// Problems in the configuration file, as findings on that file.
    pub config_findings: Vec<Finding>,
    /// Texts of files that are not articles but carry findings (the config).
    pub extra_texts: HashMap<DocId, Arc<str>>,
}

impl Loaded {
    /// Loads the configuration and every article under `paths`. A missing
    /// path or unreadable config is an error; an unreadable article is
    /// skipped with a note on stderr, as the server logs it.
    pub fn load(paths: &[PathBuf], config_path: Option<&Path>) -> Result<Loaded, String> {
        let mut extra_texts = HashMap::new();
        let (config, config_findings) = match config_path {
            Some(p) => read_config(p, &mut extra_texts)?,
            None if Path::new(config::FILE_NAME).is_file() => {
                read_config(Path::new(config::FILE_NAME), &mut extra_texts)?
            }
            None => (Config::default(), Vec::new()),
        };
        let default = [PathBuf::from(".")];
        let paths = if paths.is_empty() { &default[..] } else { paths };
        let filter = Filter::new(&config);
        let mut files = Vec::new();
        for path in paths {
            let meta = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
            if meta.is_dir() {
                files.extend(files::discover(path, &filter));
            } else {
                files.push(path.clone());
            }
        }
        files.sort();
        files.dedup();
        let texts: Vec<(DocId, Arc<str>)> = files
            .into_iter()
            .filter_map(|path| match files::read_article(&path, config.max_file_size) {
                Ok(text) => Some((DocId::from(display(&path)), Arc::from(text))),
                Err(skip) => {
                    eprintln!("newsls: skipped {}: {skip}", path.display());
                    None
                }
            })
            .collect();
        let mut workspace = Workspace::new();
        let mut config_findings = config_findings;
        let kb_path = config_path
            .and_then(Path::parent)
            .unwrap_or(Path::new("."))
            .join(&config.knowledge_base);
        if kb_path.is_file() {
            let (kb, findings) = read_kb(&kb_path, &mut extra_texts)?;
            workspace.set_kb(Some(kb));
            config_findings.extend(findings);
        }
        for article in crate::workspace::analyze_parallel(texts) {
            workspace.insert(article);
        }
        Ok(Loaded {
            config,
            workspace,
            config_findings,
            extra_texts,
        })
    }

    /// The text a finding's document id refers to.
    pub fn text(&self, doc: &str) -> Option<&str> {
        self.workspace
            .get(doc)
            .map(|a| &*a.text)
            .or_else(|| self.extra_texts.get(doc).map(|t| &**t))
    }
}

/// Paths print as given, with `./` dropped, in forward slashes.
fn display(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    s.strip_prefix("./").map(str::to_string).unwrap_or(s)
}

fn read_kb(
    path: &Path,
    texts: &mut HashMap<DocId, Arc<str>>,
) -> Result<((DocId, crate::kb::Kb), Vec<Finding>), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = files::decode(bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let (kb, problems) = crate::kb::parse(&text);
    let doc = DocId::from(display(path));
    let findings = (problems.into_iter())
        .map(|p| crate::rules::knowledge_base::finding(&doc, p.span, p.message))
        .collect();
    texts.insert(doc.clone(), Arc::from(text));
    Ok(((doc, kb), findings))
}

fn read_config(path: &Path, texts: &mut HashMap<DocId, Arc<str>>) -> Result<(Config, Vec<Finding>), String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text = files::decode(bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let (node, mut problems) = config::parse_toml(&text);
    let mut config = Config::default();
    config::apply(&mut config, &node, &mut problems);
    let doc = DocId::from(display(path));
    let findings = (problems.into_iter())
        .map(|p| crate::rules::config::finding(&doc, p.span, p.message))
        .collect();
    texts.insert(doc, Arc::from(text));
    Ok((config, findings))
}
