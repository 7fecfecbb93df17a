//! Currencies around a number: a symbol or code before it (`$34`, `US$5`,
//! `€1.5bn`, `KES 5`) or a currency word after it (`12 million euros`,
//! `Kenyan shillings`).

use super::super::gazetteer;
use super::super::lexicon as lx;
use super::super::text::{Token, TokenKind};
use super::Cx;

impl Cx<'_> {
    /// The currency a symbol or code at `i` stands for, and the token after it.
    pub(super) fn currency_prefix(&self, i: usize) -> Option<(String, usize)> {
        let s = self.text_at(i);
        if let Some(code) = lx::currency_symbol(s) {
            return Some((code.to_string(), i + 1));
        }
        if self.text_at(i + 1) == "$"
            && self.adjacent(i, i + 1)
            && let Some(code) = lx::dollar_prefix(s)
        {
            return Some((code.to_string(), i + 2));
        }
        let t = self.toks.get(i)?;
        if t.has(Token::ALLCAPS)
            && s.len() == 3
            && gazetteer::get().currencies.contains_key(s)
            && self.toks.get(i + 1).is_some_and(|n| n.kind == TokenKind::Number)
        {
            return Some((s.to_string(), i + 1));
        }
        None
    }

    /// The currency named at `i`, the number's end, perhaps after a
    /// demonym (`Kenyan shillings`), and the token after it.
    pub(super) fn currency_after(&self, i: usize) -> Option<(String, usize)> {
        if gazetteer::get().demonym(self.text_at(i)).is_some() {
            self.currency_word(i + 1).map(|c| (c, i + 2))
        } else {
            self.currency_word(i).map(|c| (c, i + 1))
        }
    }

    /// The currency a word or code at `i` names (`euros`, `KES`).
    pub(super) fn currency_word(&self, i: usize) -> Option<String> {
        let s = self.text_at(i);
        let l = s.to_lowercase();
        if let Some(code) = lx::currency_word(&l) {
            return Some(code.to_string());
        }
        (s.len() == 3 && gazetteer::get().currencies.contains_key(s)).then(|| s.to_string())
    }
}
