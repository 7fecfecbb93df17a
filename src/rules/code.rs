//! The finding codes, typed. A leaf: configuration, the rules and the
//! adapters all name codes through it, and it depends on nothing.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// What kind of finding it is: one code per rule (see [`super::RULES`]).
/// Written in kebab case wherever a user sees or types it (`newsls.toml`,
/// diagnostics, JSON, SARIF).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Code {
    ConflictingQuantity,
    ConflictingDate,
    ConflictingRole,
    ConflictingPlace,
    ConflictingAttribution,
    QuoteVariant,
    SpellingVariant,
    Config,
    KnowledgeBase,
    AnalysisFailed,
}

impl Code {
    /// Every code, in the order error messages and documentation list them.
    pub const ALL: [Code; 10] = [
        Code::ConflictingQuantity,
        Code::ConflictingDate,
        Code::ConflictingRole,
        Code::ConflictingPlace,
        Code::ConflictingAttribution,
        Code::QuoteVariant,
        Code::SpellingVariant,
        Code::Config,
        Code::KnowledgeBase,
        Code::AnalysisFailed,
    ];

    /// The kebab-case name: `conflicting-quantity`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Code::ConflictingQuantity => "conflicting-quantity",
            Code::ConflictingDate => "conflicting-date",
            Code::ConflictingRole => "conflicting-role",
            Code::ConflictingPlace => "conflicting-place",
            Code::ConflictingAttribution => "conflicting-attribution",
            Code::QuoteVariant => "quote-variant",
            Code::SpellingVariant => "spelling-variant",
            Code::Config => "config",
            Code::KnowledgeBase => "knowledge-base",
            Code::AnalysisFailed => "analysis-failed",
        }
    }

    /// The code with this kebab-case name, exactly as written.
    pub fn parse(name: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// Whether the finding says that another article contradicts this one
    /// (the `conflicting-*` codes: what the code lens counts).
    pub fn is_conflict(self) -> bool {
        self.as_str().starts_with("conflicting-")
    }

    /// Whether a finding of this code has a mirror: the same disagreement
    /// reported from the other article, with the values swapped (the
    /// conflicts and `quote-variant`; a spelling is measured against the
    /// house spelling, which is no finding of its own).
    pub fn is_two_sided(self) -> bool {
        self.is_conflict() || self == Code::QuoteVariant
    }

    /// Every name, comma-separated, for error messages.
    pub fn names() -> String {
        Code::ALL.map(Code::as_str).join(", ")
    }
}

/// Codes order by name, as the strings they replace did: `check` output
/// sorts findings at one place by code.
impl Ord for Code {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialOrd for Code {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that is no finding code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownCode(pub String);

impl fmt::Display for UnknownCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown diagnostic code `{}` (known: {})", self.0, Code::names())
    }
}

impl std::error::Error for UnknownCode {}

impl FromStr for Code {
    type Err = UnknownCode;

    fn from_str(s: &str) -> Result<Code, UnknownCode> {
        Code::parse(s).ok_or_else(|| UnknownCode(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_order_by_name() {
        for code in Code::ALL {
            assert_eq!(code.as_str().parse::<Code>(), Ok(code));
            assert_eq!(code.to_string(), code.as_str());
        }
        assert!("Conflicting-Quantity".parse::<Code>().is_err());
        let mut sorted = Code::ALL;
        sorted.sort();
        let names: Vec<&str> = sorted.iter().map(|c| c.as_str()).collect();
        let mut by_name = names.clone();
        by_name.sort();
        assert_eq!(names, by_name);
    }
}
