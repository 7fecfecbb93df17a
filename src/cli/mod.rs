//! The command line: `newsls` (server), `newsls check`, `newsls entities`.
//!
//! A thin adapter: it loads files through [`crate::files`], builds a
//! [`Workspace`], and formats what the workspace answers.

mod check;
mod entities;
mod load;
mod locate;
mod sarif;

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

pub use load::Loaded;

/// Exit status: no finding at warning level or above.
pub const EXIT_OK: i32 = 0;
/// Exit status: at least one finding at warning level or above.
pub const EXIT_FINDINGS: i32 = 1;
/// Exit status: usage or I/O error.
pub const EXIT_ERROR: i32 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "newsls",
    version,
    about = "A language server for reviewing news: links names to entities and flags contradictions between articles",
    long_about = "newsls analyses a set of news articles about one event. Run without a command (or with \
                  --stdio) it is a language server speaking LSP on stdin/stdout for your editor; the \
                  commands below run the same analysis in batch, for the terminal and CI."
)]
struct Args {
    /// Serve LSP over stdin/stdout (the default when no command is given).
    #[arg(long)]
    stdio: bool,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Analyse files and folders as one workspace and print findings.
    Check {
        /// Article files or folders (default: the current folder).
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(flatten)]
        common: Common,
    },
    /// List entity mentions (JSON) or the table of canonical entities (text).
    Entities {
        /// Article files or folders (default: the current folder).
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value_t = EntitiesFormat::Text)]
        format: EntitiesFormat,
        #[command(flatten)]
        common: Common,
    },
}

#[derive(clap::Args, Debug)]
struct Common {
    /// Configuration file (default: ./newsls.toml when present).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// Compiler-style lines: path:line:col: severity[code] message
    Text,
    /// A JSON array of findings
    Json,
    /// SARIF 2.1.0, for code-scanning tools
    Sarif,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum EntitiesFormat {
    /// A table of canonical entities
    Text,
    /// A flat JSON array of mentions
    Json,
}

/// Runs the program and returns the process exit status.
pub fn main() -> i32 {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { EXIT_ERROR } else { EXIT_OK };
        }
    };
    let result = match args.command {
        None => return crate::lsp::run_stdio(),
        Some(Command::Check { paths, format, common }) => {
            Loaded::load(&paths, common.config.as_deref()).map(|l| check::run(&l, format))
        }
        Some(Command::Entities { paths, format, common }) => {
            Loaded::load(&paths, common.config.as_deref()).map(|l| entities::run(&l, format))
        }
    };
    match result {
        Ok(status) => status,
        Err(message) => {
            eprintln!("newsls: error: {message}");
            EXIT_ERROR
        }
    }
}

/// Writes to stdout, treating a closed pipe (`newsls … | head`) as success.
fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}
