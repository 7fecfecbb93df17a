//! Choosing one chain among the candidates a cue leaves: the only one,
//! the one mentioned most so far, or the one the article names most.

use crate::analysis::lexicon::{self, WordClass as C};

use super::chain::{Anchor, Chain};

/// How often each chain was mentioned before a point.
#[derive(Clone, Copy, Debug, Default)]
pub struct Seen {
    pub count: usize,
}

/// What a cue leaves among the candidates: nobody, exactly one, or several.
pub(super) enum Sole {
    Nobody,
    One(usize),
    Several,
}

impl Sole {
    /// The candidate, if the cue singles out exactly one.
    pub(super) fn only(self) -> Option<usize> {
        match self {
            Sole::One(c) => Some(c),
            Sole::Nobody | Sole::Several => None,
        }
    }
}

/// Whether the candidates are none, one or several (read up to the second).
pub(super) fn sole(mut candidates: impl Iterator<Item = usize>) -> Sole {
    match (candidates.next(), candidates.next()) {
        (None, _) => Sole::Nobody,
        (Some(c), None) => Sole::One(c),
        (Some(_), Some(_)) => Sole::Several,
    }
}

/// The candidate the article names strictly most often (at least twice).
pub(super) fn most_named(candidates: impl Iterator<Item = usize>, chains: &[Chain]) -> Option<usize> {
    let mut ranked: Vec<(usize, usize)> = candidates.map(|c| (chains[c].mentions.len(), c)).collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    let &(n, c) = ranked.first()?;
    (n >= 2 && ranked.get(1).is_none_or(|&(m, _)| m < n)).then_some(c)
}

/// The candidate named most often so far; on a tie, the one named first,
/// unless it is a news outlet credited in the byline (`The Herald`).
pub(super) fn salient_or_first(
    candidates: impl Iterator<Item = usize>,
    chains: &[Chain],
    seen: &[Seen],
) -> Option<usize> {
    let outlet = |c: usize| match &chains[c].anchor {
        Anchor::Full(k) | Anchor::Short(k) => k.rsplit(' ').next().is_some_and(|w| lexicon::is(C::OutletWord, w)),
        _ => false,
    };
    let first = |c: usize| chains[c].mentions.iter().min().copied().unwrap_or(usize::MAX);
    let rank = |c: usize| (seen[c].count, !outlet(c), std::cmp::Reverse(first(c)));
    let mut ranked: Vec<usize> = candidates.collect();
    ranked.sort_by_key(|&c| std::cmp::Reverse(rank(c)));
    let &best = ranked.first()?;
    // A tie with an outlet only: still the one named most.
    (!outlet(best) || ranked.get(1).is_none_or(|&r| seen[r].count < seen[best].count)).then_some(best)
}

/// The candidate named strictly most often so far, if there is one.
pub(super) fn salient(candidates: impl Iterator<Item = usize>, seen: &[Seen]) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    let mut runner_up = 0;
    for c in candidates {
        let n = seen[c].count;
        match best {
            Some((_, b)) if n > b => {
                runner_up = b;
                best = Some((c, n));
            }
            Some((_, b)) => runner_up = runner_up.max(n.min(b)),
            None => best = Some((c, n)),
        }
    }
    best.filter(|&(_, n)| n > runner_up).map(|(c, _)| c)
}
