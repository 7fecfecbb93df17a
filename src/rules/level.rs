//! How loudly a finding is reported. Each rule has a default; the
//! configuration's `severity` table overrides it per code.

use std::fmt;

/// How loudly a finding is reported; `Off` suppresses it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Error,
    Warning,
    Information,
    Hint,
    Off,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s.to_ascii_lowercase().as_str() {
            "error" => Level::Error,
            "warning" | "warn" => Level::Warning,
            "information" | "info" => Level::Information,
            "hint" => Level::Hint,
            "off" | "none" => Level::Off,
            _ => return None,
        })
    }

    pub const fn label(self) -> &'static str {
        match self {
            Level::Error => "error",
            Level::Warning => "warning",
            Level::Information => "information",
            Level::Hint => "hint",
            Level::Off => "off",
        }
    }

    /// Whether this level fails `newsls check`.
    pub fn is_warning_or_above(self) -> bool {
        matches!(self, Level::Error | Level::Warning)
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}
