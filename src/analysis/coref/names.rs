//! Name linking: a complete name anchors a chain (pass 1); a one-word
//! name, an acronym or an organisation's short form joins the full name it
//! shortens, else a chain of its own (pass 2). A name brings along the
//! titles written around it, which later descriptions repeat.

use std::collections::HashMap;

use crate::analysis::lexicon::{self, Gender, WordClass as C};
use crate::analysis::text::fold;
use crate::analysis::words::given_name_gender;
use crate::analysis::{EntityType, Mention, MentionKind};

use super::chain::{Anchor, Chain, agrees, gender_of, words};
use super::link::Linker;
use super::pick::sole;

impl Linker<'_> {
    /// Pass 1: a mention that names its entity completely anchors a chain
    /// under that name, with the titles written around it.
    pub(super) fn link_full_names(&mut self) {
        let mentions = self.mentions;
        for (i, m) in mentions.iter().enumerate() {
            if let Some(key) = full_key(m) {
                let c = self.join(Anchor::Full(key), i, m.ty);
                add_titles(self.text, m, &mut self.chains[c]);
            }
        }
    }

    /// One-word names already tied to a full name here (an acronym with
    /// its expansion): recorded as their chain's aliases, and returned with
    /// their chain, as later uses of the same word mean the same entity.
    pub(super) fn record_aliases(&mut self) -> HashMap<String, usize> {
        let mut surface: HashMap<String, usize> = HashMap::new();
        let mentions = self.mentions;
        for (i, m) in mentions.iter().enumerate() {
            let c = self.chain_of[i];
            let word = fold(&m.name);
            if c != usize::MAX
                && !word.contains(' ')
                && !word.is_empty()
                && Anchor::Full(word.clone()) != self.chains[c].anchor
            {
                surface.entry(word.clone()).or_insert(c);
                if !self.chains[c].aliases.contains(&word) {
                    self.chains[c].aliases.push(word);
                }
            }
        }
        surface
    }

    /// Pass 2: a one-word person name or an organisation's short form joins
    /// the chain of that alias, of a title it spells or of a full name it
    /// shortens, else a chain of its own.
    pub(super) fn link_short_names(&mut self, surface: &HashMap<String, usize>) {
        let full_words = self.full_name_words();
        let mentions = self.mentions;
        for (i, m) in mentions.iter().enumerate() {
            if self.chain_of[i] != usize::MAX || !matches!(m.kind, MentionKind::Name | MentionKind::Acronym) {
                continue;
            }
            let word = fold(&m.name);
            let target = surface
                .get(&word)
                .copied()
                .or_else(|| self.title_acronym(&word, i))
                .or_else(|| self.resolve_short(&word, i, &full_words));
            let c = match target {
                Some(c) => {
                    self.add(c, i);
                    c
                }
                None => self.join(Anchor::Short(word), i, m.ty),
            };
            add_titles(self.text, m, &mut self.chains[c]);
        }
    }

    /// For each word of a full name, the chains whose full name holds it,
    /// in chain order: the only chains a one-word name can shorten. Made
    /// once every full-name chain is.
    fn full_name_words(&self) -> HashMap<String, Vec<usize>> {
        let mut full_words: HashMap<String, Vec<usize>> = HashMap::new();
        for (c, chain) in self.chains.iter().enumerate() {
            if let Anchor::Full(key) = &chain.anchor {
                for w in words(key) {
                    let holders = full_words.entry(w.to_string()).or_default();
                    if holders.last() != Some(&c) {
                        holders.push(c);
                    }
                }
            }
        }
        full_words
    }

    /// `the CS` after `Cabinet Secretary Amina Otieno`: an acronym after `the`
    /// spelling the initials of consecutive words of exactly one person's title.
    fn title_acronym(&self, word: &str, i: usize) -> Option<usize> {
        let m = self.mention(i);
        let letters = m.name.chars().filter(|c| c.is_alphabetic()).count();
        let caps = m.name.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
        let after_the = self
            .text
            .get(..m.span.start)?
            .trim_end()
            .rsplit(' ')
            .next()?
            .eq_ignore_ascii_case("the");
        if !(caps && after_the && (2..=5).contains(&letters)) {
            return None;
        }
        let spells = |title: &str| {
            let initials: String = words(title)
                .filter(|w| !lexicon::is(C::TitleFunctionWord, w))
                .filter_map(|w| w.chars().next())
                .collect();
            initials.contains(word)
        };
        let titled = |chain: &Chain| chain.ty == EntityType::Person && chain.titles.iter().any(|t| spells(t));
        sole((0..self.chains.len()).filter(|&c| titled(&self.chains[c]))).only()
    }

    /// Finds the chain a one-word name shortens: a person chain whose name
    /// contains the word, or an organisation chain whose name starts or ends
    /// with it (`Banksia` for Banksia Health, `the League` for Hamilton Civic
    /// League). Among several, the chain named most often wins; on a tie, the
    /// one introduced first, as news copy names the subject first and spells
    /// out a namesake (`his father Renato Ferraro`) every time.
    ///
    /// `full_words` lists, for each word, the chains with a full name holding
    /// it, in chain order: only those can fit, so only those are visited.
    fn resolve_short(&self, word: &str, i: usize, full_words: &HashMap<String, Vec<usize>>) -> Option<usize> {
        if word.is_empty() {
            return None;
        }
        let holders = full_words.get(word).map_or(&[][..], Vec::as_slice);
        let m = self.mention(i);
        let gender = m.title.and_then(|t| gender_of(&fold(t.text(self.text))));
        if self.names_a_company_too(word, i, holders) {
            return None;
        }
        // `the younger Peralta`: one of two namesakes, never the default one.
        let before = self.text.get(..m.span.start).unwrap_or("").trim_end();
        let namesake = lexicon::words(C::Namesake).iter().any(|w| ends_with_word(before, w));
        let mut fitting = 0;
        let mut best: Option<(usize, usize)> = None;
        for &c in holders {
            if !self.shortens(c, word, i, gender) {
                continue;
            }
            fitting += 1;
            let weight = self.chains[c].mentions.len();
            // Chains are created in text order, so a lower index was introduced first.
            match best {
                Some((_, w)) if w >= weight => {}
                _ => best = Some((c, weight)),
            }
        }
        if namesake && fitting > 1 {
            return None;
        }
        best.map(|(c, _)| c)
    }

    /// `Holloway` with Holloway Air and Claire Holloway both named: a person's
    /// one-word name that starts a company's or facility's full name is the
    /// person only if a title or honorific says so.
    fn names_a_company_too(&self, word: &str, i: usize, holders: &[usize]) -> bool {
        let m = self.mention(i);
        let org_named = |key: &str| words(key).next() == Some(word);
        m.ty == EntityType::Person
            && m.title.is_none()
            && holders.iter().map(|&c| &self.chains[c]).any(|c| {
                matches!(c.ty, EntityType::Org | EntityType::Fac)
                    && matches!(&c.anchor, Anchor::Full(k) if org_named(k))
            })
    }

    /// Whether one-word name `i` can shorten chain `c`'s full name, with an
    /// honorific's sex (`gender`) that fits the chain.
    fn shortens(&self, c: usize, word: &str, i: usize, gender: Option<Gender>) -> bool {
        let chain = &self.chains[c];
        let Anchor::Full(key) = &chain.anchor else {
            return false;
        };
        let m = self.mention(i);
        let fits = match m.ty {
            EntityType::Person => chain.ty == EntityType::Person && words(key).any(|w| w == word),
            // A company's short form follows its full name (`Banksia Health`
            // … `Banksia`); before it, in the body, the word is a name of
            // its own (`Microsoft` … `a Microsoft Word document`).
            EntityType::Org => {
                chain.ty == EntityType::Org
                    && (words(key).next() == Some(word) || words(key).last() == Some(word))
                    && (chain.mentions[0] < i || crate::analysis::text::unpunctuated_line_at(self.text, m.span.start))
            }
            _ => false,
        };
        fits && agrees(gender, &chain.titles) && agrees_given(gender, chain, self.mentions)
    }
}

/// The key of a mention that names its entity completely, if it does.
fn full_key(m: &Mention) -> Option<String> {
    match m.kind {
        MentionKind::Descriptor | MentionKind::Pronoun => None,
        // A demonym is its own entity (`Russian` is not `Russia`), typed
        // NORP; its country stays available through `canonical`.
        MentionKind::Demonym => Some(fold(&m.name)),
        MentionKind::Name | MentionKind::Acronym => {
            // A canonical form renames organisations and places (an
            // acronym's expansion, a country's standard name); never people.
            let canonical = m.canonical.as_deref().filter(|_| m.ty != EntityType::Person);
            let name = canonical.unwrap_or(&m.name);
            let key = fold(name);
            // `Microsoft Corp.` is Microsoft: a legal form is not part of
            // the name, and what is left is complete.
            if m.ty == EntityType::Org
                && let Some((rest, last)) = key.rsplit_once(' ')
                && lexicon::is(C::LegalForm, last)
            {
                return Some(rest.to_string());
            }
            let single = words(&key).count() < 2;
            // A lone word is a complete name for places and groups; for
            // people and organisations it may be a short form.
            if key.is_empty() || (single && matches!(m.ty, EntityType::Person | EntityType::Org)) {
                None
            } else {
                Some(key)
            }
        }
    }
}

/// Records the title written before a name (`Russian President`) and a
/// role phrase in front of it (`former Mendoza governor Ricardo Peralta`,
/// `coach Renato Ferraro`), which later descriptions repeat.
fn add_titles(text: &str, m: &Mention, chain: &mut Chain) {
    let title = m.title.map(|t| fold(t.text(text)));
    for t in title.into_iter().chain(role_before(text, m)) {
        if !t.is_empty() && !chain.titles.contains(&t) {
            chain.titles.push(t);
        }
    }
}

/// `former Mendoza governor` before `Ricardo Peralta`: up to four words
/// read back from the name, the closest a role noun, none a stop word or
/// across punctuation. Folded.
fn role_before(text: &str, m: &Mention) -> Option<String> {
    if m.ty != EntityType::Person || m.kind != MentionKind::Name {
        return None;
    }
    let before = text.get(..m.span.start)?;
    if !before.ends_with([' ', '\t']) || before.trim_end().ends_with(|c: char| !c.is_alphanumeric()) {
        return None;
    }
    let mut out: Vec<&str> = Vec::new();
    for w in before.split_whitespace().rev().take(4) {
        let clean = w.chars().all(|c| c.is_alphanumeric() || c == '-');
        let lower = w.to_lowercase();
        if !clean || lexicon::is(C::RoleStop, &lower) {
            break;
        }
        if out.is_empty() && !lexicon::is(C::PersonRole, &lower) {
            return None;
        }
        out.push(w);
    }
    out.reverse();
    (!out.is_empty()).then(|| fold(&out.join(" ")))
}

/// Whether `s` ends with the word `w`, ignoring ASCII case.
fn ends_with_word(s: &str, w: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= w.len()
        && b[b.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
        && (b.len() == w.len() || !b[b.len() - w.len() - 1].is_ascii_alphanumeric())
}

/// Whether an honorific's gender fits the given name a chain was
/// introduced with: `Mr Holloway` is not Claire Holloway.
fn agrees_given(gender: Option<Gender>, chain: &Chain, mentions: &[Mention]) -> bool {
    let Some(g) = gender else { return true };
    let first = chain
        .mentions
        .iter()
        .map(|&i| &mentions[i])
        .find(|m| m.kind == MentionKind::Name && m.name.contains(' '));
    first
        .and_then(|m| m.name.split(' ').next())
        .and_then(given_name_gender)
        .is_none_or(|other| other == g)
}
