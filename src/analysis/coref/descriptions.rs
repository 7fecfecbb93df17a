//! Description linking: a description joins the name it stands in
//! apposition to (`The driver, Joseph Otieno,`), the person police copy
//! identifies it as, or the one chain whose title it repeats (`the Russian
//! president`); else the chain the cues in `antecedent` point to; else a
//! chain of its own, filed under its `nominal_key` across articles.

use std::collections::HashMap;

use crate::analysis::lexicon::{self, WordClass as C};
use crate::analysis::text::fold;
use crate::analysis::words::is_plural;
use crate::analysis::{Analysis, EntityType, Mention, MentionKind, Opener};

use super::antecedent::{self, when};
use super::chain::{Anchor, Chain, words};
use super::link::{Cues, Linker};
use super::pick::{Seen, Sole, sole};

impl Linker<'_> {
    /// Links description `i` to the chain stated for it, else to the one
    /// the cues guess, else to a chain of its own.
    pub(super) fn link_description(&mut self, analysis: &Analysis, i: usize, cues: &mut Cues) {
        let m = self.mention(i);
        let desc = fold(&m.name);
        let stated = self.stated_chain(i, &desc, cues).map(|c| (c, true));
        match stated.or_else(|| self.guessed_chain(analysis, i, cues).map(|c| (c, false))) {
            Some((c, stated)) => {
                self.add(c, i);
                cues.seen[c].count += 1;
                // Only a stated role becomes a title other articles match.
                if stated && !self.chains[c].titles.contains(&desc) && m.kind == MentionKind::Descriptor {
                    cues.titled.add(&desc, c);
                    self.chains[c].titles.push(desc);
                }
            }
            None => {
                let anchor = match nominal_key(&m.name) {
                    Some(key) if m.kind == MentionKind::Descriptor => Anchor::Description(key),
                    _ => Anchor::Local,
                };
                let c = self.join(anchor, i, m.ty);
                cues.seen.resize(self.chains.len(), Seen::default());
                cues.seen[c].count += 1;
            }
        }
    }

    /// The chain the article states description `i` to be: an appositive,
    /// else a title given here. `a spokeswoman` brings in someone new: only
    /// an appositive names them.
    fn stated_chain(&self, i: usize, desc: &str, cues: &Cues) -> Option<usize> {
        let m = self.mention(i);
        appositive(self.text, i, self.mentions, &self.chain_of).or_else(|| {
            (m.opener != Opener::Indefinite)
                .then(|| by_title(desc, m.ty, &self.chains, &cues.titled))
                .flatten()
        })
    }

    /// The name chain the cues in `antecedent` point description `i` to.
    /// `his mother` is someone else's relative: only a stated title names
    /// them, as salience would pick the possessor.
    fn guessed_chain(&self, analysis: &Analysis, i: usize, cues: &Cues) -> Option<usize> {
        match self.mention(i).opener {
            Opener::Possessive => None,
            opener => antecedent::antecedent_of(
                analysis,
                i,
                &self.chains[..cues.traits.len()],
                &cues.traits,
                &cues.seen,
                opener == Opener::Indefinite,
                &cues.times,
            ),
        }
    }
}

/// What an unresolved description is filed under across articles: its
/// head noun with the words that change who is meant (a past-role word,
/// a capitalised modifier: `former employee`, `Russian president`), not
/// the incidental ones (`the 40-year-old man` and `a man` meet as `man`).
/// `None` when the description singles out one of several.
pub fn nominal_key(name: &str) -> Option<String> {
    let parts: Vec<&str> = name.split_whitespace().collect();
    let (&head, modifiers) = parts.split_last()?;
    let mut key: Vec<String> = Vec::new();
    for w in modifiers {
        let f = fold(w);
        if lexicon::is(C::Distinguishing, &f) {
            return None;
        }
        if lexicon::is(C::PastRole, &f) || w.starts_with(char::is_uppercase) {
            key.push(f);
        }
    }
    key.push(fold(head));
    let key = key.join(" ");
    (!key.is_empty()).then_some(key)
}

/// `The driver, Joseph Otieno,` / `Joseph Otieno, the driver,`: a
/// description set off by a comma right next to a linked name.
fn appositive(text: &str, i: usize, mentions: &[Mention], chain_of: &[usize]) -> Option<usize> {
    let m = &mentions[i];
    let neighbour = |j: usize, gap: &str| {
        let g = gap.trim();
        // `publicist Harlan Boll`, `the actress Tara Reid`: a role right
        // before a person's name.
        let before_person = j == i + 1 && gap == " " && m.ty == EntityType::Person;
        // `Thompson, who was the mandatory challenger`: a relative clause
        // that only says what the person is.
        let relative = j + 1 == i && m.ty == EntityType::Person && {
            let rest = g.strip_prefix(',').map(str::trim_start).unwrap_or("");
            lexicon::is(C::RelativeCopula, rest)
        };
        // `DeGeneres as host`, `Cheeks was chosen as coach`: a role stated
        // of the person just named.
        let predicate = j + 1 == i && m.ty == EntityType::Person && {
            // Up to three words before `as`, up to three modifiers after it.
            let words: Vec<&str> = g.split_whitespace().collect();
            let link = words
                .iter()
                .rposition(|w| lexicon::is(C::RoleLink, &w.to_ascii_lowercase()));
            link.is_some_and(|k| k <= 3 && words.len() - k <= 4)
                && !g.contains([',', '.', ';', ':', '"', '“', '”', '(', ')'])
        };
        let fits = (g == "," || before_person || relative || predicate)
            && !gap.contains('\n')
            && chain_of[j] != usize::MAX
            && mentions[j].kind == MentionKind::Name
            && mentions[j].ty == m.ty;
        fits.then_some(chain_of[j])
    };
    let next = mentions
        .get(i + 1)
        .and_then(|n| neighbour(i + 1, text.get(m.span.end..n.span.start)?))
        .or_else(|| identified(text, i, mentions, chain_of));
    let prev = i
        .checked_sub(1)
        .and_then(|p| neighbour(p, text.get(mentions[p].span.end..m.span.start)?));
    // `two officers` is never one person named beside it.
    let plural = m.ty == EntityType::Person && m.name.rsplit(' ').next().is_some_and(is_plural);
    next.or(prev).filter(|_| m.kind == MentionKind::Descriptor && !plural)
}

/// `the driver, who police identified as Vishwanand Subryan`, `the
/// suspect, identified as 23-year-old …`: police copy names the person a
/// description introduced. Mentions in between may be the police and an age.
fn identified(text: &str, i: usize, mentions: &[Mention], chain_of: &[usize]) -> Option<usize> {
    let m = &mentions[i];
    if m.ty != EntityType::Person || m.kind != MentionKind::Descriptor {
        return None;
    }
    for j in i + 1..(i + 4).min(mentions.len()) {
        let n = &mentions[j];
        if n.ty == EntityType::Person && n.kind == MentionKind::Name {
            let gap = text.get(m.span.end..n.span.start)?;
            // A trailing age (`23 - year old`, `23-year-old,`) is no part of the cue.
            let gap = match gap.find(|c: char| c.is_ascii_digit()) {
                Some(k) if gap[k..].contains("year") => &gap[..k],
                _ => gap,
            };
            return (identified_as(gap) && chain_of[j] != usize::MAX).then_some(chain_of[j]);
        }
        if n.ty == EntityType::Person && !n.name.replace(' ', "-").ends_with("year-old") {
            return None;
        }
    }
    None
}

/// The gap between a description and a name that police copy uses to
/// name who it was: `, who police identified as`, `identified as`, `,
/// later named as`.
fn identified_as(gap: &str) -> bool {
    if gap.contains(['.', ';', ':', '"', '“', '”', '(', ')', '\n']) {
        return false;
    }
    let words: Vec<String> = gap
        .trim_start_matches(',')
        .split_whitespace()
        .map(|w| w.trim_matches(',').to_ascii_lowercase())
        .collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    let rest: Vec<&str> = rest
        .iter()
        .map(String::as_str)
        .filter(|w| !lexicon::is(C::ObjectPronoun, w))
        .collect();
    last == "as" && rest.len() <= 5 && rest.last().is_some_and(|w| lexicon::is(C::IdentifyingVerb, w))
}

/// A description whose words all appear in exactly one chain's title,
/// sharing its head word (`russian president` ⊆ `russian president`,
/// `president` ⊆ `russian president` when only one president is named).
fn by_title(desc: &str, ty: EntityType, chains: &[Chain], titled: &TitleIndex) -> Option<usize> {
    let head = words(desc).last()?;
    if ty == EntityType::Person && is_plural(head) {
        return None;
    }
    // Both tests below want a title ending in `head`: only the chains
    // holding one are visited, in chain order.
    let holders = titled.0.get(head).map_or(&[][..], Vec::as_slice);
    let one = |fits: &dyn Fn(&str) -> bool| {
        sole(holders.iter().copied().filter(|&c| {
            let chain = &chains[c];
            chain.titles.iter().any(|t| fits(t)) && (chain.ty == ty || ty == EntityType::Person)
        }))
    };
    match one(&|t| title_fits(desc, head, t)) {
        Sole::One(c) => Some(c),
        Sole::Several => None,
        // `the mayor` when only one mayor is named: the head alone, if both
        // place the role alike in time (`the new mayor` ≠ `former mayor`).
        Sole::Nobody => one(&|t| words(t).last() == Some(head) && when(t) == when(desc)).only(),
    }
}

/// The chains holding a title, by the title's last word (its head), each
/// list in chain order: `by_title` visits only the chains that can fit
/// instead of every chain for every description.
#[derive(Default)]
pub(super) struct TitleIndex(HashMap<String, Vec<usize>>);

impl TitleIndex {
    /// Files chain `c` under the head word of `title`.
    pub(super) fn add(&mut self, title: &str, c: usize) {
        let Some(head) = words(title).last() else { return };
        let holders = self.0.entry(head.to_string()).or_default();
        if let Err(k) = holders.binary_search(&c) {
            holders.insert(k, c);
        }
    }
}

/// Whether a description fits a title: same head word, and every word of
/// the description occurs in the title.
pub fn title_fits(desc: &str, head: &str, title: &str) -> bool {
    words(title).last() == Some(head) && words(desc).all(|w| words(title).any(|t| t == w))
}
