//! Within-article coreference: groups an article's mentions into chains,
//! each with an [`Anchor`] that says how the chain meets other articles.
//!
//! News conventions drive it: an article introduces a person by full name
//! and then uses the surname (`Putin`, `Mr Putin`) or the family name for
//! East Asian names (`Kim` for `Kim Jong-un`); an appositive puts a
//! description next to a name (`The driver, Joseph Otieno,`); a definite
//! description repeats a title the article gave (`the Russian president`
//! after `Russian President Vladimir Putin`). When a short form or
//! description could mean two chains, it is left alone: a wrong link
//! misleads a reviewer more than a missing one.
//!
//! Three passes: complete names, then one-word names and short forms
//! (both in `names`), then, in text order, pronouns (`pronouns`) and
//! descriptions (`descriptions`, then the cues in `antecedent`).

use std::collections::HashMap;

use crate::analysis::facts::quotes::{self, Quote};
use crate::analysis::{Analysis, EntityType, Mention, MentionKind};

use super::antecedent::{self, TitleTimes, Traits};
use super::chain::{Anchor, Chain, Links};
use super::descriptions::TitleIndex;
use super::pick::Seen;

/// Groups an article's mentions into chains.
pub fn link(text: &str, analysis: &Analysis) -> Links {
    link_quoted(text, analysis, &quotes::attributed_quotes(text, analysis))
}

/// [`link`] with the article's attributed quotes, which name who `I` is.
pub fn link_quoted(text: &str, analysis: &Analysis, quotes: &[Quote]) -> Links {
    let mut linker = Linker::new(text, &analysis.mentions);
    linker.link_full_names();
    let surface = linker.record_aliases();
    linker.link_short_names(&surface);
    linker.link_references(analysis, quotes);
    linker.finish()
}

/// The chains the passes have made so far, and the chain of each mention.
pub(super) struct Linker<'a> {
    pub(super) text: &'a str,
    pub(super) mentions: &'a [Mention],
    /// Chain index of every mention, `usize::MAX` while it has none.
    pub(super) chain_of: Vec<usize>,
    pub(super) chains: Vec<Chain>,
    /// The chain of each anchor but `Local`, which never joins two mentions.
    by_anchor: HashMap<Anchor, usize>,
}

impl<'a> Linker<'a> {
    /// No chains yet.
    fn new(text: &'a str, mentions: &'a [Mention]) -> Self {
        Linker {
            text,
            mentions,
            chain_of: vec![usize::MAX; mentions.len()],
            chains: Vec::new(),
            by_anchor: HashMap::new(),
        }
    }

    /// Mention `i`, borrowed from the analysis rather than from the linker.
    pub(super) fn mention(&self, i: usize) -> &'a Mention {
        &self.mentions[i]
    }

    /// Puts mention `i` in the chain with `anchor`, made if there is none
    /// (always, for `Local`); returns the chain.
    pub(super) fn join(&mut self, anchor: Anchor, i: usize, ty: EntityType) -> usize {
        let c = match (&anchor, self.by_anchor.get(&anchor)) {
            (Anchor::Local, _) | (_, None) => {
                self.chains.push(Chain {
                    anchor: anchor.clone(),
                    ty,
                    mentions: Vec::new(),
                    titles: Vec::new(),
                    aliases: Vec::new(),
                });
                let c = self.chains.len() - 1;
                if anchor != Anchor::Local {
                    self.by_anchor.insert(anchor, c);
                }
                c
            }
            (_, Some(&c)) => c,
        };
        self.add(c, i);
        c
    }

    /// Puts mention `i` in chain `c`.
    pub(super) fn add(&mut self, c: usize, i: usize) {
        self.chains[c].mentions.push(i);
        self.chain_of[i] = c;
    }

    /// Pass 3: pronouns and descriptions, visited in text order, counting
    /// each chain's mentions so far for salience.
    fn link_references(&mut self, analysis: &Analysis, quotes: &[Quote]) {
        let mut cues = Cues::new(self, analysis);
        // The nearest earlier mention of each type that is not a pronoun, for
        // `there`; quotes are in text order and disjoint, for `I`.
        let mut last_of_type: HashMap<EntityType, usize> = HashMap::new();
        debug_assert!(quotes.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        let mentions = self.mentions;
        for (i, m) in mentions.iter().enumerate() {
            let earlier_of_type = last_of_type.get(&m.ty).copied();
            if m.kind != MentionKind::Pronoun {
                last_of_type.insert(m.ty, i);
            }
            if self.chain_of[i] != usize::MAX {
                if let Some(s) = cues.seen.get_mut(self.chain_of[i]) {
                    s.count += 1;
                }
            } else if m.kind == MentionKind::Pronoun {
                self.link_pronoun(i, earlier_of_type, quotes);
                cues.seen.resize(self.chains.len(), Seen::default());
            } else if let Some(c) = self.possessor(i, &cues) {
                self.add(c, i);
            } else {
                self.link_description(analysis, i, &mut cues);
            }
        }
    }

    /// The links, each chain's mentions in text order.
    fn finish(mut self) -> Links {
        for chain in &mut self.chains {
            chain.mentions.sort_unstable();
        }
        Links {
            chain_of: self.chain_of,
            chains: self.chains,
        }
    }
}

/// What pass 3 weighs a pronoun or description against, kept up to date as
/// it goes. Only the name chains (the first `traits.len()`) are candidates
/// for the cues in `antecedent`.
pub(super) struct Cues {
    /// What the article says about each name chain.
    pub(super) traits: Vec<Traits>,
    /// Each chain's mentions so far.
    pub(super) seen: Vec<Seen>,
    pub(super) times: TitleTimes,
    /// The chains holding each title, by its head word.
    pub(super) titled: TitleIndex,
}

impl Cues {
    /// The cues once the name chains are made: their traits and titles,
    /// nothing seen yet.
    fn new(linker: &Linker, analysis: &Analysis) -> Self {
        let chains = &linker.chains;
        let traits = antecedent::traits(
            linker.text,
            &analysis.sentences,
            linker.mentions,
            chains,
            &linker.chain_of,
        );
        let mut titled = TitleIndex::default();
        for (c, chain) in chains.iter().enumerate() {
            for t in &chain.titles {
                titled.add(t, c);
            }
        }
        Cues {
            traits,
            seen: vec![Seen::default(); chains.len()],
            times: TitleTimes::default(),
            titled,
        }
    }
}
