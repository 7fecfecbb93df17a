//! Article-level typing: what the whole article says about a name settles
//! the type of its weakly typed mentions.

use std::collections::{HashMap, HashSet};

use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::{EntityType as T, MentionKind as K};

use super::{Ev, Ner};

impl Ner<'_> {
    /// Article-level typing: parenthesised acronyms, then names and name
    /// parts seen with stronger evidence elsewhere.
    pub(super) fn settle_types(&mut self) {
        self.acronyms_from_expansions();
        self.unsupported_codes_to_org();
        self.things_not_people();
        self.names = self.typed_names();
        self.parts = self.name_parts();
        self.adopt_article_types();
        self.surnames = (0, HashSet::new());
    }

    /// `Trans-Rift Railways (TRR)`: an acronym in parentheses right after a
    /// typed name takes its type, and the name as its canonical form.
    fn acronyms_from_expansions(&mut self) {
        for k in 1..self.cands.len() {
            let (prev, cur) = self.cands.split_at_mut(k);
            let p = &prev[k - 1];
            let c = &mut cur[0];
            if c.kind == K::Acronym && p.ty.is_some() {
                let between = &self.text[p.span.end..c.span.start];
                if between.trim() == "(" && self.text[c.span.end..].starts_with(')') {
                    c.ty = p.ty;
                    c.ev = Ev::Strong;
                    c.canonical = Some(p.name.clone());
                    // `Internet Explorer (IE)`: spelled out, not Ireland's code.
                    c.needs_support = false;
                }
            }
        }
    }

    /// A bare country code the article names no other way (`US` without
    /// `American` or `United States`) is an organisation's acronym.
    fn unsupported_codes_to_org(&mut self) {
        let supported: HashSet<String> = self
            .cands
            .iter()
            .filter(|c| !c.needs_support && matches!(c.ty, Some(T::Gpe) | Some(T::Norp)))
            .flat_map(|c| [c.name.clone(), c.canonical.clone().unwrap_or_default()])
            .collect();
        for c in &mut self.cands {
            if c.needs_support && !c.canonical.as_ref().is_some_and(|k| supported.contains(k)) {
                c.ty = Some(T::Org);
                c.canonical = None;
            }
        }
    }

    /// `Microsoft` … `a Microsoft Word document`: news calls a person by
    /// the surname, so a two-word name typed a person on no evidence,
    /// whose first word stands alone in the article at least twice and
    /// whose last word never does, is a thing's name.
    fn things_not_people(&mut self) {
        let mut alone: HashMap<String, usize> = HashMap::new();
        for c in &self.cands {
            if c.name_toks.1 - c.name_toks.0 == 1 {
                *alone.entry(c.name.to_lowercase()).or_default() += 1;
            }
        }
        for c in &mut self.cands {
            let (s, e) = c.name_toks;
            if c.ty == Some(T::Person)
                && c.ev <= Ev::Weak
                && e - s == 2
                && !self.g.is_given_name(self.toks[s].text(self.text))
            {
                let count = |i: usize| {
                    alone
                        .get(&self.toks[i].text(self.text).to_lowercase())
                        .copied()
                        .unwrap_or(0)
                };
                if count(s) >= 2 && count(s + 1) == 0 {
                    c.ty = Some(T::Org);
                }
            }
        }
    }

    /// Lowercased name → the type with the strongest evidence (at least
    /// context) the article gives it; the first one seen on a tie.
    fn typed_names(&self) -> HashMap<String, (T, Ev)> {
        let mut names: HashMap<String, (T, Ev)> = HashMap::new();
        for c in &self.cands {
            let Some(ty) = c.ty else { continue };
            if c.ev >= Ev::Context {
                let e = names.entry(c.name.to_lowercase()).or_insert((ty, c.ev));
                if c.ev > e.1 {
                    *e = (ty, c.ev);
                }
            }
        }
        names
    }

    /// Lowercased name part → type: an organisation's or facility's first
    /// word and its name without the last word (short forms), then every
    /// word of a person's name, which wins over a short form.
    fn name_parts(&self) -> HashMap<String, T> {
        let mut parts: HashMap<String, T> = HashMap::new();
        for c in &self.cands {
            let (s, e) = c.name_toks;
            let Some(ty @ (T::Org | T::Fac)) = c.ty else { continue };
            if e - s >= 2 && c.ev >= Ev::Weak {
                let first = self.text_at(s);
                if !lx::is(C::OrgHead, first)
                    && !lx::is_bare(C::Title, first)
                    && self.g.place(first).is_none()
                    && self.g.demonym(first).is_none()
                {
                    parts.entry(first.to_lowercase()).or_insert(ty);
                }
                if e - s >= 3 {
                    parts.entry(self.name_of(s, e - 1).to_lowercase()).or_insert(ty);
                }
            }
        }
        for c in &self.cands {
            let (s, e) = c.name_toks;
            if c.ty == Some(T::Person) && c.ev >= Ev::Weak && e - s >= 2 {
                for i in s..e {
                    let w = self.text_at(i);
                    if w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !lx::is(C::NameConnector, w) {
                        parts.insert(w.to_lowercase(), T::Person);
                    }
                }
            }
        }
        parts
    }

    /// Candidates short of strong evidence take the type of the same name
    /// seen with stronger evidence, else of a name part; an untyped lone
    /// word left over is an organisation.
    fn adopt_article_types(&mut self) {
        for c in &mut self.cands {
            if c.ev == Ev::Strong {
                continue;
            }
            let key = c.name.to_lowercase();
            if let Some(&(ty, ev)) = self.names.get(&key)
                && ev > c.ev
            {
                c.ty = Some(ty);
                c.ev = ev;
            } else if let Some(&ty) = self.parts.get(&key) {
                if c.ev <= Ev::Context {
                    c.ty = Some(ty);
                    c.ev = Ev::Context;
                }
            } else if c.ty.is_none() && c.kind == K::Name && !c.opener {
                // A lone capitalised word that is no person's name part in
                // this article: most often a company, team or brand.
                c.ty = Some(T::Org);
                c.ev = Ev::Weak;
            }
        }
    }

    /// Whether a word ends the name of a person candidate of two words or
    /// more (see `surnames`).
    pub(super) fn is_surname(&mut self, w: &str) -> bool {
        let (seen, set) = &mut self.surnames;
        for c in &self.cands[*seen..] {
            if c.ty == Some(T::Person) && c.kind == K::Name && c.name.contains(' ') {
                set.extend(c.name.rsplit(' ').next().map(str::to_string));
            }
        }
        *seen = self.cands.len();
        set.contains(w)
    }

    /// One name keeps one type: weakly typed mentions take the type with
    /// the most evidence for that name across the article.
    pub(super) fn unify_types(&mut self) {
        let mut votes: HashMap<String, [u32; T::ALL.len()]> = HashMap::new();
        for c in &self.cands {
            if let Some(ty) = c.ty {
                let w = match c.ev {
                    Ev::Strong => 4,
                    Ev::Context => 2,
                    Ev::Weak => 1,
                    Ev::None => 0,
                };
                let slot = T::ALL.iter().position(|&t| t == ty).unwrap_or(0);
                votes.entry(c.name.to_lowercase()).or_default()[slot] += w;
            }
        }
        for c in &mut self.cands {
            if c.ev == Ev::Strong || c.kind == K::Demonym {
                continue;
            }
            if let Some(v) = votes.get(&c.name.to_lowercase()) {
                let (best, &n) = v
                    .iter()
                    .enumerate()
                    .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))
                    .expect("7 slots");
                if n > 0 {
                    c.ty = Some(T::ALL[best]);
                }
            }
        }
    }
}
