//! Typing an otherwise unknown name from the words around it.

use crate::analysis::EntityType as T;
use crate::analysis::gazetteer::Place;
use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{Token, TokenKind};

use super::{Ev, Ner};

impl Ner<'_> {
    /// Typing from the words around an otherwise unknown name.
    pub(super) fn context_type(&self, s: usize, e: usize) -> (Option<T>, Ev) {
        // No person's name has digits in it (`Philadelphia 76ers`).
        if self.toks[s..e].iter().any(|t| t.kind == TokenKind::Number) {
            return (Some(T::Org), Ev::Context);
        }
        if let Some((ty, ev)) = self.cue_around(s, e) {
            return (Some(ty), ev);
        }
        // `Grace Wanjiru`: a given name first is a person.
        let given = self.g.is_given_name(self.text_at(s));
        if given && e - s >= 2 {
            return (Some(T::Person), Ev::Context);
        }
        let prev = if s > 0 { self.text_at(s - 1) } else { "" };
        if lx::is(C::PlacePrep, prev) {
            return (Some(T::Gpe), Ev::Weak);
        }
        if e - s >= 2 {
            let (ty, ev) = self.own_words_type(s, e);
            return (Some(ty), ev);
        }
        // A lone word that speaks (`Microsoft said`) is no evidence of a
        // person: news names a person in full first, which makes the word a
        // person's name part below, and organisations speak as often.
        if given {
            return (Some(T::Person), Ev::Weak);
        }
        (None, Ev::None)
    }

    /// A cue in the words right around the name: a role noun before it, an
    /// appositive or a speech verb after it, parentheses, `the` before it.
    fn cue_around(&self, s: usize, e: usize) -> Option<(T, Ev)> {
        let prev = if s > 0 { self.text_at(s - 1) } else { "" };
        let prev_tok = s.checked_sub(1).map(|i| self.toks[i]);
        let prev_lower = prev_tok.is_some_and(|t| t.kind == TokenKind::Word && !t.has(Token::CAP));
        if prev_lower && lx::is(C::PersonRole, prev) && !lx::is(C::RoleModifier, prev) {
            return Some((T::Person, Ev::Context));
        }
        if self.appositive_person(e) {
            return Some((T::Person, Ev::Context));
        }
        let next = self.toks.get(e).map_or("", |t| t.text(self.text));
        if lx::is(C::SpeakerCue, next) && e - s >= 2 {
            return Some((T::Person, Ev::Weak));
        }
        if prev == "(" && next == ")" {
            // Agency credits and parenthesised names: `(Reuters)`.
            return Some((T::Org, Ev::Context));
        }
        if prev == "the" {
            return Some((T::Org, Ev::Weak));
        }
        None
    }

    /// Appositive: `Andrei Lankov, a professor at …`, `Jane Roe, 52, …`,
    /// `X, who …` after the name ending at token `e` make it a person's.
    fn appositive_person(&self, e: usize) -> bool {
        if !(e + 2 < self.toks.len() && self.text_at(e) == ",") {
            return false;
        }
        let n1 = self.text_at(e + 1);
        if self.toks[e + 1].kind == TokenKind::Number
            && n1.len() <= 3
            && self.toks.get(e + 2).is_some_and(|t| t.text(self.text) == ",")
        {
            return true;
        }
        if lx::is(C::Article, n1) || n1 == "who" {
            let lim = (e + 6).min(self.toks.len());
            return n1 == "who" || (e + 2..lim).any(|k| lx::is(C::PersonRole, self.text_at(k)));
        }
        false
    }

    /// A name of two words or more with no cue around it (and no given name
    /// first), typed by its own words.
    fn own_words_type(&self, s: usize, e: usize) -> (T, Ev) {
        // `Ri Yong-ho`: a hyphenated lowercase second part is a person.
        let second = self.text_at(s + 1);
        let korean = second.contains('-')
            && second
                .split('-')
                .nth(1)
                .is_some_and(|p| p.chars().next().is_some_and(char::is_lowercase));
        if korean {
            return (T::Person, Ev::Context);
        }
        // `California Highway Patrol`, `New Orleans Saints`: a place
        // (a country, a state, or a multi-word city) heading a longer name.
        let place2 = e - s >= 3 && self.g.place(&self.name_of(s, s + 2)).is_some();
        let big = self
            .g
            .place(self.text_at(s))
            .is_some_and(|(k, _)| matches!(k, Place::Country | Place::Region));
        if place2 || big {
            return (T::Org, Ev::Weak);
        }
        // `Internet Explorer`, `Morningside Recovery`: a name ending in a
        // common English word that is no surname (or one the article
        // writes in lowercase) is a thing's name, not a person's, whose
        // given name would have been known.
        let last = self.text_at(e - 1).to_lowercase();
        if self.g.is_common_word(&last) || self.lower.contains(last.as_str()) {
            return (T::Org, Ev::Weak);
        }
        (T::Person, Ev::Weak)
    }
}
