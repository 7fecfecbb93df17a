//! The one place that touches the disk: finding article files under a root
//! and reading them safely. Both adapters (server and CLI) use it, so a file
//! is skipped for the same reason everywhere.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

use globset::{GlobSet, GlobSetBuilder};

use crate::config::Config;

/// Folders never indexed, whatever the globs say (hidden folders too).
const SKIPPED_DIRS: &[&str] = &["target", "node_modules"];

/// Why a file was not taken as an article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Skip {
    TooLarge { size: u64, cap: u64 },
    Binary,
    NotUtf8 { offset: usize },
    Io(String),
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Skip::TooLarge { size, cap } => {
                write!(f, "file is {size} bytes, over maxFileSize ({cap} bytes)")
            }
            Skip::Binary => f.write_str("binary file (contains NUL bytes)"),
            Skip::NotUtf8 { offset } => {
                write!(
                    f,
                    "not valid UTF-8 (invalid byte at offset {offset}); re-save it as UTF-8"
                )
            }
            Skip::Io(e) => write!(f, "cannot read: {e}"),
        }
    }
}

/// Checks raw bytes: text must be UTF-8 and free of NUL bytes. A leading
/// byte-order mark is dropped, as editors do.
pub fn decode(bytes: Vec<u8>) -> Result<String, Skip> {
    if bytes.contains(&0) {
        return Err(Skip::Binary);
    }
    let mut text = String::from_utf8(bytes).map_err(|e| Skip::NotUtf8 {
        offset: e.utf8_error().valid_up_to(),
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..3);
    }
    Ok(text)
}

/// Reads an article, refusing files over `cap` bytes before reading them.
pub fn read_article(path: &Path, cap: u64) -> Result<String, Skip> {
    let file = std::fs::File::open(path).map_err(|e| Skip::Io(e.to_string()))?;
    let size = file.metadata().map_err(|e| Skip::Io(e.to_string()))?.len();
    if size > cap {
        return Err(Skip::TooLarge { size, cap });
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // `take` guards against a file that grows while we read it.
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Skip::Io(e.to_string()))?;
    if bytes.len() as u64 > cap {
        return Err(Skip::TooLarge {
            size: bytes.len() as u64,
            cap,
        });
    }
    decode(bytes)
}

/// Decides which paths under a root are articles.
#[derive(Clone, Debug)]
pub struct Filter {
    include: GlobSet,
    exclude: GlobSet,
}

impl Filter {
    /// Globs were validated when the configuration was read; a glob that
    /// still fails to build is left out rather than failing the walk.
    pub fn new(config: &Config) -> Filter {
        Filter {
            include: glob_set(&config.include),
            exclude: glob_set(&config.exclude),
        }
    }

    /// Whether `path` (under `root`) is an article file by the globs and the
    /// always-skipped folders. Does not touch the disk.
    pub fn is_article(&self, root: &Path, path: &Path) -> bool {
        let Ok(rel) = path.strip_prefix(root) else {
            return false;
        };
        let mut parts = rel.components().peekable();
        while let Some(part) = parts.next() {
            if parts.peek().is_some() && skipped_dir(&part.as_os_str().to_string_lossy()) {
                return false;
            }
        }
        self.include.is_match(rel) && !self.exclude.is_match(rel)
    }
}

fn glob_set(globs: &[String]) -> GlobSet {
    let mut builder = GlobSetBuilder::new();
    for g in globs {
        if let Ok(glob) = globset::GlobBuilder::new(g).literal_separator(true).build() {
            builder.add(glob);
        }
    }
    builder.build().unwrap_or_else(|_| GlobSet::empty())
}

fn skipped_dir(name: &str) -> bool {
    name.starts_with('.') || SKIPPED_DIRS.contains(&name)
}

/// All article files under `root`, sorted, without reading them.
pub fn discover(root: &Path, filter: &Filter) -> Vec<PathBuf> {
    discover_at_most(root, filter, usize::MAX)
}

/// [`discover`], stopping after `limit` files, so that a huge folder is not
/// walked to the end only to be cut.
pub fn discover_at_most(root: &Path, filter: &Filter, limit: usize) -> Vec<PathBuf> {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !(e.file_type().is_dir() && skipped_dir(&e.file_name().to_string_lossy())));
    walker
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && filter.is_article(root, e.path()))
        .map(walkdir::DirEntry::into_path)
        .take(limit)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_refuses_binary_and_latin1() {
        assert_eq!(decode(b"PNG\0\x01".to_vec()), Err(Skip::Binary));
        assert_eq!(decode(b"caf\xe9".to_vec()), Err(Skip::NotUtf8 { offset: 3 }));
        assert_eq!(decode("\u{feff}Kim".as_bytes().to_vec()).unwrap(), "Kim");
    }

    #[test]
    fn filter_applies_globs_and_skips_hidden_and_build_folders() {
        let f = Filter::new(&Config::default());
        let root = Path::new("/ws");
        assert!(f.is_article(root, Path::new("/ws/a.txt")));
        assert!(f.is_article(root, Path::new("/ws/news/b.md")));
        assert!(!f.is_article(root, Path::new("/ws/a.json")));
        assert!(!f.is_article(root, Path::new("/ws/.git/a.txt")));
        assert!(!f.is_article(root, Path::new("/ws/node_modules/x/a.txt")));
        assert!(!f.is_article(root, Path::new("/elsewhere/a.txt")));
        let c = Config {
            exclude: vec!["drafts/**".into()],
            ..Config::default()
        };
        assert!(!Filter::new(&c).is_article(root, Path::new("/ws/drafts/a.txt")));
    }
}
