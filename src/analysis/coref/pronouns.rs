//! Pronoun linking: `I` in a quote is its speaker, a relative `where` the
//! place just before it, a locative `there` the nearest earlier mention of
//! its type; a body (`his body`, `LaRue's body`) is its possessor's.

use crate::analysis::facts::quotes::Quote;
use crate::analysis::lexicon::{self, WordClass as C};
use crate::analysis::{EntityType, Mention, MentionKind, Opener};

use super::antecedent;
use super::chain::Anchor;
use super::link::{Cues, Linker};

impl Linker<'_> {
    /// Links pronoun `i` to the chain it stands for, else to a chain of its
    /// own. `earlier_of_type` is the nearest earlier mention of its type
    /// that is no pronoun.
    pub(super) fn link_pronoun(&mut self, i: usize, earlier_of_type: Option<usize>, quotes: &[Quote]) {
        match self.pronoun_target(i, earlier_of_type, quotes) {
            Some(c) => self.add(c, i),
            None => {
                self.join(Anchor::Local, i, self.mention(i).ty);
            }
        }
    }

    /// The chain a pronoun stands for, if it is linked yet.
    fn pronoun_target(&self, i: usize, earlier_of_type: Option<usize>, quotes: &[Quote]) -> Option<usize> {
        let m = self.mention(i);
        match m.name.as_str() {
            // A relative `where`: the place just before it.
            "where" => i.checked_sub(1).map(|p| self.chain_of[p]),
            // `there`: the nearest earlier mention of the type the analysis gave it.
            "there" => earlier_of_type.map(|p| self.chain_of[p]),
            // `I` in a quote: its speaker, or nobody the article names.
            _ => self.speaker_of(m, quotes),
        }
        .filter(|&c| c != usize::MAX)
    }

    /// The chain of the person who speaks the quote around `m`, if any.
    /// `quotes` are in text order and disjoint.
    fn speaker_of(&self, m: &Mention, quotes: &[Quote]) -> Option<usize> {
        let k = quotes.partition_point(|q| q.span.end < m.span.end);
        quotes[k..]
            .iter()
            .take_while(|q| q.span.start <= m.span.start)
            .find(|q| q.span.start <= m.span.start && m.span.end <= q.span.end)
            .filter(|q| self.mentions[q.speaker].ty == EntityType::Person)
            .map(|q| self.chain_of[q.speaker])
    }

    /// `LaRue's body`, `his body`: the chain of the possessor, named just
    /// before, or of the person of that sex most named so far.
    pub(super) fn possessor(&self, i: usize, cues: &Cues) -> Option<usize> {
        let m = self.mention(i);
        if m.opener != Opener::Possessive || !lexicon::is(C::RemainsNoun, &m.name) {
            return None;
        }
        let before = self.text[..m.span.start].trim_end();
        let owner = if before.ends_with("'s") || before.ends_with("’s") {
            i.checked_sub(1)
                .filter(|&p| {
                    let named = &self.mentions[p];
                    named.ty == EntityType::Person && named.kind == MentionKind::Name
                })
                .map(|p| self.chain_of[p])
        } else {
            let gender = m
                .span
                .text(self.text)
                .split(' ')
                .next()
                .filter(|w| lexicon::is_or_capitalised(C::PossessivePronoun, w))
                .and_then(|w| lexicon::pronoun_gender(&w.to_ascii_lowercase()));
            let names = cues.traits.len();
            gender.and_then(|g| antecedent::salient_person(&self.chains[..names], &cues.traits, &cues.seen, g))
        };
        owner.filter(|&c| c != usize::MAX)
    }
}
