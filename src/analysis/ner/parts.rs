//! Typing one part of a run by its own words: datelines, all-caps words,
//! name suffixes, titles and offices, gazetteer places and demonyms.

use crate::analysis::gazetteer::Place;
use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{Token, TokenKind};
use crate::analysis::{EntityType as T, MentionKind as K};

use super::names::title_case;
use super::nouns::{cap_role, head_type, is_description_noun};
use super::{Ev, Ner};

/// The standard name a gazetteer place gives a mention: only a country has
/// one of its own (`Russian Federation`, `USA` → the country's name). What
/// the gazetteer gives a city or region is the country it lies in, another
/// place (`PARIS` is not France).
pub(super) fn own_name(kind: Place, canon: &'static str) -> Option<&'static str> {
    (kind == Place::Country).then_some(canon)
}

/// The type of a gazetteer place: a continent is a LOC, any other place a GPE.
pub(super) fn place_type(kind: Place) -> T {
    if kind == Place::Continent { T::Loc } else { T::Gpe }
}

impl Ner<'_> {
    /// Whether token `i` alone is a place the gazetteer knows.
    fn is_place_word(&self, i: usize) -> bool {
        self.g.place(self.text_at(i)).is_some()
    }

    /// The type the words of `s..e` give themselves: an event word, an
    /// organisation head with a connector, a facility, location, GPE or
    /// organisation suffix.
    fn suffix_type(&self, s: usize, e: usize) -> Option<T> {
        if e - s < 2 {
            return None;
        }
        let first = self.bare(s);
        let last = self.bare(e - 1);
        let second = self.text_at(s + 1);
        if lx::is(C::EventNameWord, last) && !matches!(last, "Open" | "Congress") {
            return Some(T::Event);
        }
        if last == "Open" && self.g.place(first).is_some() {
            return Some(T::Event);
        }
        let connected = (s + 1..e).any(|k| lx::is(C::NameConnector, self.text_at(k)));
        if lx::is(C::OrgHead, first) && (matches!(second, "of" | "for" | "on") || connected) {
            return Some(T::Org);
        }
        if lx::is(C::FacSuffix, last) {
            return Some(T::Fac);
        }
        if lx::is(C::LocSuffix, last) || (lx::is(C::LocSuffix, first) && first != "Region") {
            return Some(T::Loc);
        }
        if lx::is(C::GpeSuffix, last) {
            return Some(T::Gpe);
        }
        if lx::is(C::OrgSuffix, last) || last == "Congress" {
            return Some(T::Org);
        }
        None
    }

    /// Types the part `s..e` of a run (in the sentence starting at token
    /// `sent`) by the strongest cue it has, and adds its candidates.
    pub(super) fn part(&mut self, sent: usize, s: usize, e: usize) {
        let s = self.name_start(sent, s, e);
        if s >= e || self.office_after_the(sent, s, e) || self.dateline(s, e) {
            return;
        }
        // All-caps words in running text: acronyms, or shouted names.
        if self.toks[s..e].iter().all(|t| t.has(Token::ALLCAPS)) {
            self.caps_part(s, e);
            return;
        }
        if let Some(ty) = self.suffix_type(s, e) {
            self.push(s, e, None, Some(ty), Ev::Strong, K::Name);
            return;
        }
        if self.role_before_given_name(s, e) || self.titled(sent, s, e) || self.gazetteer_name(sent, s, e) {
            return;
        }
        let (ty, ev) = self.context_type(s, e);
        let opener = ty.is_none() && self.sentence_initial(sent, s);
        // A capitalised sentence opener with no other cue: a name only
        // if the article confirms it elsewhere.
        self.push(s, e, None, ty, ev, K::Name).opener = opener;
    }

    /// Where the name in `s..e` starts: articles and sentence-initial
    /// common words are not part of a name.
    fn name_start(&self, sent: usize, mut s: usize, e: usize) -> usize {
        while s < e {
            let w = self.text_at(s);
            let common = self.sentence_initial(sent, s)
                && e - s == 1
                && !self.is_place_word(s)
                && self.g.demonym(w).is_none()
                && !lx::is_bare(C::Honorific, w)
                && self.lower.contains(w.to_lowercase().as_str());
            // `First` opens `First Vice Foreign Minister …`: a function word
            // that starts a title stays.
            let opens_title = lx::is_bare(C::Title, w) && s + 1 < e && lx::is_bare(C::Title, self.text_at(s + 1));
            // `Considering Lionsgate`, `Typically Microsoft`: a sentence
            // opening with a participle or adverb glued to a name.
            let opener = self.sentence_initial(sent, s)
                && e - s >= 2
                && w.len() > 5
                && (w.ends_with("ing") || w.ends_with("ly") || w.ends_with("ed"))
                && !self.is_place_word(s)
                && !self.g.is_given_name(w)
                && !lx::is_bare(C::Title, w);
            if (lx::is(C::FunctionWord, w) || common || opener) && !opens_title {
                s += 1;
            } else {
                break;
            }
        }
        s
    }

    /// `the Surgeon General`, `the Secretary General`: an office alone is
    /// a description of its holder (see `descriptors`), not a name.
    fn office_after_the(&self, sent: usize, s: usize, e: usize) -> bool {
        e - s >= 2 && self.after_the(sent, s) && (s..e).all(|k| cap_role(self.text_at(k)))
    }

    /// Whether the word before token `i`, inside the sentence starting at
    /// token `sent`, is `the`.
    fn after_the(&self, sent: usize, i: usize) -> bool {
        i > sent && self.text_at(i - 1).eq_ignore_ascii_case("the")
    }

    /// Datelines: `NAIROBI, June 9` / `LAGOS, March 3 (Reuters) -`. Returns
    /// whether `s..e` is one (and was added as a place).
    fn dateline(&mut self, s: usize, e: usize) -> bool {
        if !(self.toks[s].has(Token::LINE_START)
            && self.toks[s..e].iter().all(|t| t.has(Token::ALLCAPS))
            && e < self.toks.len()
            && self.text_at(e) == ",")
        {
            return false;
        }
        let tc = title_case(&self.name_of(s, e));
        let dated = self
            .toks
            .get(e + 1)
            .is_some_and(|t| lx::month(t.text(self.text)).is_some());
        if dated || self.g.place(&tc).is_some() {
            self.push(s, e, None, Some(T::Gpe), Ev::Strong, K::Name).name = tc;
            return true;
        }
        false
    }

    /// `Actress Tara Reid` at a sentence start: a role noun before a given
    /// name is a descriptor, as in `actress Tara Reid`, not part of the
    /// name. Returns whether it added the name after the role.
    fn role_before_given_name(&mut self, s: usize, e: usize) -> bool {
        let role = e - s >= 3
            && !lx::is_bare(C::Title, self.text_at(s))
            && lx::is(C::PersonRole, &self.text_at(s).to_lowercase())
            && self.g.is_given_name(self.text_at(s + 1));
        if role {
            self.push(s + 1, e, None, Some(T::Person), Ev::Context, K::Name);
        }
        role
    }

    /// A title or honorific prefix: a titled person's name, or an office
    /// without one. Returns whether it took the part; if not, what stood
    /// before a title may have been added on its own.
    fn titled(&mut self, sent: usize, s: usize, e: usize) -> bool {
        // `Billy King`, `Stephen Bishop`: a title word ending a run after a
        // given name is a surname.
        let surname_title =
            e - s >= 2 && lx::is_bare(C::TitleHead, self.text_at(e - 1)) && self.g.is_given_name(self.text_at(e - 2));
        let searched = if surname_title { e - 1 } else { e };
        let Some(q) = (s..searched)
            .find(|&i| lx::is_bare(C::TitleHead, self.text_at(i)) || lx::is_bare(C::Honorific, self.text_at(i)))
        else {
            return false;
        };
        let (t0, p) = self.title_around(s, q, e);
        if p == e {
            self.office(sent, s, t0, e);
            return true;
        }
        if lx::is(C::NameConnector, self.text_at(p)) {
            return false;
        }
        if t0 > s {
            self.part(sent, s, t0);
        }
        let person = self.suffix_type(p, e).is_none() && e - p <= 4;
        if person {
            self.push(t0, e, Some(p), Some(T::Person), Ev::Strong, K::Name);
        }
        person
    }

    /// The title whose head word is at `q`, as a token range within
    /// `s..e`: the demonyms and title modifiers before it belong to it,
    /// anything else (`TRR Chief Executive …`) is a separate name; after
    /// it come title words, honorifics, department words and inner `of`,
    /// `for`, `the`.
    fn title_around(&self, s: usize, q: usize, e: usize) -> (usize, usize) {
        let mut t0 = q;
        while t0 > s && (lx::is_bare(C::Title, self.text_at(t0 - 1)) || self.g.demonym(self.text_at(t0 - 1)).is_some())
        {
            t0 -= 1;
        }
        let mut p = q;
        while p < e {
            let w = self.text_at(p);
            let title_word =
                lx::is_bare(C::Title, w) || lx::is_bare(C::Honorific, w) || lx::is(C::DepartmentWord, self.bare(p));
            if title_word || (matches!(w, "of" | "for" | "the") && p + 1 < e) {
                p += 1;
            } else if let Some(k) = self.function_then_office(p, e) {
                p = k + 1;
            } else {
                break;
            }
        }
        (t0, p)
    }

    /// `Chief Product Officer`: corporate titles name a function between a
    /// rung and an office word (`Chief Marketing Officer`, `Chief
    /// Information Security Officer`, `Deputy Program Director`), so after
    /// a rung word, one or two words that are no given name, honorific or
    /// name connector and then an office word (from `p`, within `..e`)
    /// belong to the title. Returns where the office word is.
    fn function_then_office(&self, p: usize, e: usize) -> Option<usize> {
        let after_rung = p
            .checked_sub(1)
            .is_some_and(|r| lx::is(C::RankWord, &self.bare(r).to_lowercase()));
        if !after_rung {
            return None;
        }
        let k = (p + 1..(p + 3).min(e)).find(|&k| lx::is_bare(C::TitleHead, self.text_at(k)))?;
        (p..k)
            .all(|i| {
                let w = self.text_at(i);
                !self.g.is_given_name(w)
                    && !lx::is(C::NameConnector, w)
                    && !lx::is_bare(C::Honorific, w)
                    && !lx::is_bare(C::TitleHead, w)
            })
            .then_some(k)
    }

    /// Only title words (`Prime Minister`), the title starting at `t0`: no
    /// name here. An office of two words or more (`as Surgeon General`,
    /// `next Prime Minister`) describes its holder, as `the President` does.
    fn office(&mut self, sent: usize, s: usize, t0: usize, e: usize) {
        let mut r = t0;
        while r > s && cap_role(self.text_at(r - 1)) {
            r -= 1;
        }
        // Only the whole run, or what a place or nationality opens
        // (`U.S. Surgeon General`), is an office: `Texas Department
        // of Criminal Justice` is a name.
        let place =
            |k: usize| self.g.place(&self.name_of(s, k)).is_some() || self.g.demonym(&self.name_of(s, k)).is_some();
        if r > s && !place(r) {
            r = t0;
        }
        if r > s {
            self.part(sent, s, r);
        }
        // `King` after `Billy King`: the surname, not the office.
        let w = self.text_at(s);
        let surname = e - s == 1 && self.is_surname(w);
        if surname {
            self.push(s, e, None, Some(T::Person), Ev::Context, K::Name);
        } else if e - r >= 2 && !self.after_the(sent, r) && !self.office_modifies(e) {
            let name = self.name_of(r, e).to_lowercase();
            self.push(r, e, None, Some(T::Person), Ev::Context, K::Descriptor).name = name;
        }
    }

    /// A name the gazetteer knows: a place, a demonym (alone or opening the
    /// part) or a state abbreviation. Returns whether it took the part.
    fn gazetteer_name(&mut self, sent: usize, s: usize, e: usize) -> bool {
        let name = self.name_of(s, e);
        if let Some((kind, canon)) = self.g.place(&name) {
            let ty = place_type(kind);
            // A one-word city may be a surname too (`Hamilton`): the article's
            // people can override it; countries and multi-word places stay.
            // After `in`, `at`, `near`, `from` it is the place.
            let located = s > sent && lx::is(C::LocatingPrep, self.text_at(s - 1));
            let ev = if e - s == 1 && kind == Place::City && !located {
                Ev::Context
            } else {
                Ev::Strong
            };
            let c = self.push(s, e, None, Some(ty), ev, K::Name);
            if let Some(own) = own_name(kind, canon).filter(|&c| c != name) {
                c.canonical = Some(own.to_string());
            }
            return true;
        }
        if let Some(country) = self.g.demonym(&name) {
            // A multi-word demonym: `North Korean`.
            self.push(s, e, None, Some(T::Norp), Ev::Strong, K::Demonym).canonical = Some(country.to_string());
            return true;
        }
        if let Some(country) = self.g.demonym(self.text_at(s)) {
            self.push(s, s + 1, None, Some(T::Norp), Ev::Strong, K::Demonym)
                .canonical = Some(country.to_string());
            if s + 1 < e {
                self.part(sent, s + 1, e);
            }
            return true;
        }
        if e - s == 1
            && let Some(state) = lx::state_abbreviation(self.text_at(s))
        {
            self.push(s, e, None, Some(T::Gpe), Ev::Strong, K::Name).canonical = Some(state.to_string());
            return true;
        }
        false
    }

    /// Whether an office ending at token `e` modifies what follows: its
    /// possession (`Sheriff's Department`) or a noun (`City Attorney
    /// spokeswoman`), so no holder is meant.
    fn office_modifies(&self, e: usize) -> bool {
        self.toks.get(e).is_some_and(|t| {
            t.kind == TokenKind::Possessive
                || (t.kind == TokenKind::Word && !t.has(Token::CAP) && head_type(t.text(self.text)).is_some())
        })
    }

    /// A run of all-caps words inside running text.
    fn caps_part(&mut self, s: usize, e: usize) {
        let tc = title_case(&self.name_of(s, e));
        let lower = tc.to_lowercase();
        // `A MAN has been charged`: a shouted noun, not the city of Man.
        let noun = e - s == 1 && (self.g.is_common_word(&lower) || is_description_noun(&lower));
        let place = self.g.place(&tc).or_else(|| self.g.place(&self.name_of(s, e)));
        if let Some((kind, canon)) = place.filter(|_| !noun) {
            self.push(s, e, None, Some(place_type(kind)), Ev::Strong, K::Name)
                .canonical = own_name(kind, canon).map(str::to_string);
            return;
        }
        if e - s == 1 {
            let w = self.text_at(s);
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters == 2 && !w.contains('.') && !lx::is(C::NotCountryCode, w) {
                let dotted: String = w.chars().flat_map(|c| [c, '.']).collect();
                if let Some((_, canon)) = self.g.place(&dotted) {
                    // Confirmed in `settle_types` only if the article names the
                    // country another way (`US` with `American`, `Washington`…).
                    let c = self.push(s, e, None, Some(T::Gpe), Ev::Context, K::Acronym);
                    c.canonical = Some(canon.to_string());
                    c.needs_support = true;
                    return;
                }
            }
            if letters <= 6 || w.contains('.') {
                self.push(s, e, None, Some(T::Org), Ev::Context, K::Acronym);
            } else {
                // A shouted single word: typed later from the rest of the article.
                self.push(s, e, None, None, Ev::None, K::Name).name = tc;
            }
            return;
        }
        let ty = self.suffix_type(s, e);
        self.push(
            s,
            e,
            None,
            ty.or(Some(T::Person)),
            if ty.is_some() { Ev::Context } else { Ev::Weak },
            K::Name,
        )
        .name = tc;
    }
}
