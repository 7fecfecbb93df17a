//! Headlines and mastheads: they capitalise every word, so they only
//! receive the names the body or the gazetteer confirms, and descriptions
//! for their capitalised common nouns.

use std::collections::HashMap;

use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{Token, TokenKind};
use crate::analysis::{EntityType as T, MentionKind as K};

use super::names::title_case;
use super::nouns::{agent_plural, head_type, is_description_noun, plural_form, verb_follows};
use super::parts::{own_name, place_type};
use super::{Ev, Ner};

impl Ner<'_> {
    /// Every typed name the body uses, however weakly typed there: a
    /// headline repeats the body's names (`Wladimir Klitschko Cruises
    /// Again` → `Wladimir Klitschko`).
    pub(super) fn body_names(&self) -> HashMap<String, T> {
        self.cands
            .iter()
            .filter(|c| c.name.contains(' ') || !c.opener)
            .filter_map(|c| Some((c.name.to_lowercase(), c.ty?)))
            .collect()
    }

    /// Headlines and mastheads: mostly capitals, or title case over 4+ words.
    pub(super) fn is_display_line(&self, a: usize, b: usize) -> bool {
        let (mut words, mut caps, mut allcaps, mut lowers) = (0, 0, 0, 0);
        for t in &self.toks[a..b] {
            if t.kind != TokenKind::Word || t.span.len() < 2 {
                continue;
            }
            words += 1;
            if t.has(Token::ALLCAPS) {
                allcaps += 1;
            } else if t.has(Token::CAP) {
                caps += 1;
            } else if !lx::is(C::NameConnector, t.text(self.text))
                && !lx::is(C::HeadlineDisplayWord, t.text(self.text))
                // The suffix of an ordinal (`5th Seed`).
                && !lx::is(C::OrdinalSuffix, t.text(self.text))
            {
                lowers += 1;
            }
        }
        if words < 2 {
            return false;
        }
        let shouting = allcaps * 10 >= words * 7 && words >= 2;
        // Headline style keeps short words lowercase (`Wins in Six`).
        let title_case = words >= 4 && lowers == 0 && caps + allcaps >= 3 && allcaps * 2 < words;
        shouting || title_case
    }

    /// A headline or masthead: only names confirmed elsewhere are marked.
    pub(super) fn display_sentence(&mut self, a: usize, b: usize, body: &HashMap<String, T>) {
        let mut i = a;
        while i < b {
            let t = self.toks[i];
            if t.kind != TokenKind::Word || !t.has(Token::CAP) {
                i += 1;
                continue;
            }
            if let Some((k, ty, kind, canon, name)) = self.confirmed_name(i, b, body) {
                let c = self.push(i, i + k, None, Some(ty), Ev::Context, kind);
                c.name = name;
                c.canonical = canon.map(str::to_string);
                i += k;
            } else if let Some(end) = self.headline_person(i, b).filter(|&end| {
                // Names the body knows are matched word by word instead.
                (i..end).all(|j| self.known_type(&self.text_at(j).to_lowercase(), body).is_none())
            }) {
                // `Lindsay Lohan Checks Into Rehab`, where only the headline
                // names her: a given name and the surname words after it.
                self.push(i, end, None, Some(T::Person), Ev::Weak, K::Name);
                i = end;
            } else if let Some((ty, lower)) = self.headline_noun(i) {
                // `Woman Killed In Queens`, `Sixers Hire … as Head Coach`:
                // a headline's capitalised common noun describes someone.
                self.push(i, i + 1, None, Some(ty), Ev::Context, K::Descriptor).name = lower;
                i += 1;
            } else {
                i += 1;
            }
        }
    }

    /// The longest run of up to four words at token `i` (before `b`) that
    /// the body or the gazetteer confirms as a name: its length in tokens,
    /// type, kind, canonical form and name (title-cased if shouted).
    fn confirmed_name(
        &self,
        i: usize,
        b: usize,
        body: &HashMap<String, T>,
    ) -> Option<(usize, T, K, Option<&'static str>, String)> {
        for k in (1..=4usize).rev() {
            if i + k > b || self.toks[i..i + k].iter().any(|t| t.kind != TokenKind::Word) {
                continue;
            }
            let raw = self.name_of(i, i + k);
            let key = raw.to_lowercase();
            let tc = title_case(&raw);
            let hit = if let Some(ty) = self.known_type(&key, body) {
                Some((ty, K::Name, None))
            } else if let Some((kind, canon)) = self
                .g
                .place(&tc)
                // `Man Charged …`: a headline capitalises every word, and a
                // one-word place that is also a common word is that word.
                .filter(|_| k > 1 || !(self.g.is_common_word(&key) || is_description_noun(&key)))
            {
                Some((place_type(kind), K::Name, own_name(kind, canon)))
            } else if k == 1
                && let Some(country) = self.g.demonym(&tc)
            {
                Some((T::Norp, K::Demonym, Some(country)))
            } else {
                None
            };
            if let Some((ty, kind, canon)) = hit {
                let name = if self.toks[i].has(Token::ALLCAPS) { tc } else { raw };
                return Some((k, ty, kind, canon, name));
            }
        }
        None
    }

    /// The type the article gives a lowercased name: with context evidence
    /// or more, else as the body uses it, else as a name part.
    fn known_type(&self, key: &str, body: &HashMap<String, T>) -> Option<T> {
        self.names
            .get(key)
            .map(|&(ty, _)| ty)
            .or_else(|| body.get(key).copied())
            .or_else(|| self.parts.get(key).copied())
    }

    /// The end of a person's name a headline opens at token `i` with a
    /// given name: the capitalised words after it that are no common
    /// English word (`Lindsay Lohan` in `Lindsay Lohan Checks Into Rehab`).
    fn headline_person(&self, i: usize, b: usize) -> Option<usize> {
        let given = self.text_at(i);
        let lower = given.to_lowercase();
        // `Prison Van Near …`: a given name that is also a noun is the noun.
        if !self.g.is_given_name(given)
            || self.g.is_common_word(&lower)
            || is_description_noun(&lower)
            || lx::is(C::FunctionWord, given)
            || lx::is(C::FunctionWord, &lower)
        {
            return None;
        }
        let mut end = i + 1;
        while end < b && end - i < 4 {
            let t = self.toks[end];
            let w = t.text(self.text);
            let surname = t.kind == TokenKind::Word
                && t.has(Token::CAP)
                && !self.g.is_common_word(&w.to_lowercase())
                && !lx::is(C::FunctionWord, w)
                && self.g.place(w).is_none();
            if !surname {
                break;
            }
            end += 1;
        }
        (end - i >= 2).then_some(end)
    }

    /// A headline word that heads a description: a role, institution or
    /// object noun, singular or plural, not the first word of a longer
    /// capitalised run that the body names.
    fn headline_noun(&self, i: usize) -> Option<(T, String)> {
        let lower = self.text_at(i).to_lowercase();
        // Headlines drop articles, so nouns and verbs look alike: `Hosts`,
        // `to Host` are verbs. Plurals count only in agent-noun form
        // (`Protesters`, `Officers`) or irregular (`Men`).
        let before = i
            .checked_sub(1)
            .map(|p| self.text_at(p).to_lowercase())
            .unwrap_or_default();
        if verb_follows(&before) {
            return None;
        }
        if plural_form(&lower) && !agent_plural(&lower) {
            return None;
        }
        let ty = head_type(&lower)?;
        matches!(ty, T::Person | T::Org | T::Fac | T::Product).then_some((ty, lower))
    }
}
