//! `conflicting-quantity`: another article gives a different number for
//! the same fact (`six carriages` here, `eight carriages` there).
//!
//! Figures are claims (`analysis::facts::claims`): a quantity with the
//! property it measures and its unit, as an interval once hedges widened
//! it. The shared comparison and wording are in [`super::claim`]; this
//! rule's own test is [`holds`]: the intervals overlap.

use super::claim::Stated;
use super::{Code, Level, Rule};
use crate::analysis::facts::claims;

pub const RULE: Rule = Rule {
    code: Code::ConflictingQuantity,
    name: "conflicting-quantity",
    level: Level::Warning,
    summary: "Another article gives a different number for the same fact",
    description: "Compares the figures articles state for the same property and unit: an outcome class for \
        casualty figures (`killing 14 people` → dead; also injured, missing, arrested, evacuated), else the \
        counted noun (`six carriages`), else for money, shares and durations the noun next to the figure \
        (`$2.1 billion in liabilities`). It fires on each of an article's figures for a property when none of \
        them can hold with any figure another article gives for it, naming the first such article and counting \
        the others. Hedges widen a figure before the comparison (`about 300`, `nearly 500`, `up to 40`, \
        ranges), so `nearly 500` and `496` agree; an open-ended figure (`more than 60`, `at least 58`) is at \
        present never reported. It stays silent on a property any article in the workspace reports as a change \
        (`rose to 17`, `now 20`: the figures describe different moments), on figures about different named \
        subjects (`Okafor carried 11 wards` / `Brandt won four wards`), on figures whose property is vague \
        (`14 people` with no outcome word) and on years, which are dates.",
};

/// Whether two figures can both be true: their intervals overlap.
pub fn holds(here: &Stated, there: &Stated) -> bool {
    claims::compatible(&here.claim.fact, &there.claim.fact)
}
