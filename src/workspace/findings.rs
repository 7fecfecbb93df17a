//! The configuration applied to findings (`crate::rules::Finding`):
//! severity per code, and dismissed findings.

use crate::config::Level;
use crate::rules::Finding;

/// Applies the configuration: severity per code, and dismissed findings.
/// Findings turned `off` or ignored go.
pub fn with_levels(findings: Vec<Finding>, config: &crate::config::Config) -> Vec<Finding> {
    findings
        .into_iter()
        .filter_map(|mut f| {
            f.level = config.level(f.code, f.level);
            let (here, there) = f.sides();
            let ignored = config.ignore.iter().any(|i| i.matches(f.code, &here, there.as_deref()));
            (f.level != Level::Off && !ignored).then_some(f)
        })
        .collect()
}
