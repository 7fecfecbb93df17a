//! Name runs: which tokens are name words, how a sentence's capitalised
//! runs join across connectors and split where a connector separates two
//! names, and the text and span of a candidate.

use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{Token, TokenKind};
use crate::analysis::{EntityType as T, MentionKind as K, Span};

use super::{Cand, Ev, Ner};

/// `NAIROBI` → `Nairobi`, `JONG-UN` → `Jong-un`.
pub(super) fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut first = true;
    for c in s.chars() {
        if first {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        first = !c.is_alphanumeric() && c != '\'' && c != '’';
        if c == '-' {
            first = false;
        }
    }
    out
}

/// A straight or curly quotation mark.
fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "'" | "‘" | "’")
}

impl<'a> Ner<'a> {
    /// The text of token `i`.
    pub(super) fn text_at(&self, i: usize) -> &'a str {
        crate::analysis::text::token_text(self.text, self.toks, i)
    }

    /// The text of token `i` without a final dot (`Corp.` → `Corp`).
    pub(super) fn bare(&self, i: usize) -> &'a str {
        let t = self.text_at(i);
        t.strip_suffix('.').unwrap_or(t)
    }

    /// Whether token `i` can be a word of a name: a capitalised word that
    /// is no weekday, pronoun or listed non-name (a month only after
    /// another name word), or a number and a word glued together (`76ers`).
    pub(super) fn name_word(&self, i: usize) -> bool {
        let t = &self.toks[i];
        // `76ers`, `49ers`: a number glued to a word is part of a name.
        if t.kind == TokenKind::Number {
            return self.glued_number(i);
        }
        if t.kind == TokenKind::Word && !t.has(Token::CAP) {
            return i > 0 && self.toks[i - 1].span.end == t.span.start && self.glued_number(i - 1);
        }
        if t.kind != TokenKind::Word {
            return false;
        }
        let s = self.text_at(i);
        if self.unit_after_digits(i) {
            return false;
        }
        // `Internet` alone is a common noun; `Internet Explorer` is a name.
        if lx::is(C::CapitalisedCommonNoun, s) {
            return self.toks.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && n.has(Token::CAP)
                    && !n.has(Token::LINE_START)
                    && !lx::is(C::NotName, n.text(self.text))
                    && !lx::is(C::FunctionWord, n.text(self.text))
            });
        }
        // `I'd`, `I’m`: the pronoun, never a name.
        if lx::weekday(s).is_some() || lx::is(C::NotName, s) || s.starts_with("I'") || s.starts_with("I’") {
            return false;
        }
        if lx::month(s).is_some() {
            // `Theresa May`, but not `May 3` or `on Monday`.
            return i > 0
                && self.toks[i - 1].kind == TokenKind::Word
                && self.toks[i - 1].has(Token::CAP)
                && !self.toks[i].has(Token::LINE_START)
                && self.toks.get(i + 1).is_none_or(|n| n.kind != TokenKind::Number)
                && lx::month(self.text_at(i - 1)).is_none()
                && lx::weekday(self.text_at(i - 1)).is_none();
        }
        true
    }

    /// Whether the capitalised word at `i` is a unit written against the
    /// digits or a degree sign (`40C`, `104°F`), not a name.
    fn unit_after_digits(&self, i: usize) -> bool {
        let Some(prev) = i.checked_sub(1).map(|p| &self.toks[p]) else {
            return false;
        };
        if prev.span.end != self.toks[i].span.start || prev.kind == TokenKind::Word {
            return false;
        }
        let s = self.text_at(i);
        let bare = s.strip_suffix('.').unwrap_or(s);
        (prev.kind == TokenKind::Number && lx::is(C::GluedMeasure, bare))
            || prev.kind == TokenKind::Punct
                && lx::measure(&format!("{}{bare}", self.text_at(i - 1)).to_lowercase()).is_some()
    }

    /// A number written together with a word of three or more lowercase
    /// letters that is not a unit or an ordinal: the `76` of `76ers`.
    fn glued_number(&self, i: usize) -> bool {
        let (t, Some(n)) = (&self.toks[i], self.toks.get(i + 1)) else {
            return false;
        };
        let w = n.text(self.text);
        t.kind == TokenKind::Number
            && n.span.start == t.span.end
            && n.kind == TokenKind::Word
            && !n.has(Token::CAP)
            && w.len() >= 3
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !lx::is(C::GluedUnit, w)
            && !matches!(self.toks.get(i + 2), Some(x) if x.span.start == n.span.end && x.kind != TokenKind::Punct)
    }

    /// Whether token `i` opens its sentence (which starts at `sent_start`):
    /// first in it or on its line, after punctuation only, or after an
    /// opening quote, a colon or a dash.
    pub(super) fn sentence_initial(&self, sent_start: usize, i: usize) -> bool {
        i == sent_start
            || self.toks[i].has(Token::LINE_START)
            || self.toks[sent_start..i].iter().all(|t| t.kind == TokenKind::Punct)
            || (i > 0 && matches!(self.text_at(i - 1), "\"" | "“" | "‘" | ":" | "—" | "–"))
    }

    /// Finds the capitalised runs of the sentence `a..b` and adds the names
    /// in them.
    pub(super) fn sentence(&mut self, a: usize, b: usize) {
        let mut i = a;
        while i < b {
            if !self.name_word(i) {
                i += 1;
                continue;
            }
            let mut e = i + 1;
            while let Some(next) = self.run_goes_on(e, b) {
                e = next;
            }
            self.chunk(a, i, e);
            i = e;
        }
    }

    /// Where a run ending before token `e` goes on to (the sentence ends at
    /// `b`): over a name word, a lowercase connector and a name word (`Bank
    /// of England`, `Ludwig van Beethoven`), `of the` or `for the` and a
    /// name word, a quoted nickname, or `&` and a name word.
    fn run_goes_on(&self, e: usize, b: usize) -> Option<usize> {
        if e < b && self.name_word(e) && !self.toks[e].has(Token::LINE_START) {
            return Some(e + 1);
        }
        if e + 1 < b
            && self.toks[e].kind == TokenKind::Word
            && !self.toks[e].has(Token::CAP)
            && lx::is(C::NameConnector, self.text_at(e))
            && self.text_at(e) != "the"
            && self.name_word(e + 1)
            && !self.toks[e + 1].has(Token::LINE_START)
        {
            return Some(e + 2);
        }
        if e + 2 < b && matches!(self.text_at(e), "of" | "for") && self.text_at(e + 1) == "the" && self.name_word(e + 2)
        {
            return Some(e + 3);
        }
        if let Some(next) = self.quoted_nickname(e, b) {
            return Some(next);
        }
        if e + 1 < b && self.text_at(e) == "&" && self.name_word(e + 1) {
            return Some(e + 2);
        }
        None
    }

    /// Split a run at connectors that do not belong to one name.
    fn chunk(&mut self, sent: usize, s: usize, e: usize) {
        let mut start = s;
        for k in s + 1..e {
            if self.splits_at(s, k, e) {
                if k > start {
                    self.part(sent, start, k);
                }
                start = k + 1;
                // `of the`: skip the article too.
                if self.text_at(start.min(e - 1)) == "the" && start < e {
                    start += 1;
                }
            }
        }
        if start < e {
            self.part(sent, start, e);
        }
    }

    /// Whether the lowercase connector at token `k` of the run `s..e`
    /// separates two names.
    fn splits_at(&self, s: usize, k: usize, e: usize) -> bool {
        if self.toks[k].has(Token::CAP) {
            return false;
        }
        let w = self.text_at(k);
        let before = self.bare(k - 1);
        match w {
            "and" | "&" => self.and_splits(s, k, e),
            "of" | "for" | "on" | "in" | "the" => {
                let w0 = if w == "the" && k >= 2 { self.bare(k - 2) } else { before };
                // `of` may follow any name head (`Gulf of Aden`, `Bank of England`,
                // `National Association of …`); `on`/`for` only an organisation head
                // or a title (`Commission on …`, `Secretary for Transport`).
                let head = lx::is(C::OrgHead, before) || lx::is_bare(C::Title, before) || lx::is(C::OrgHead, w0);
                let keep = w == "the"
                    || head
                    || (w == "of"
                        && (lx::is(C::OrgSuffix, before)
                            || lx::is(C::LocSuffix, before)
                            || lx::is(C::GpeSuffix, before)
                            || lx::is(C::EventNameWord, before)
                            || lx::is(C::FacSuffix, before)));
                !keep
            }
            _ => false,
        }
    }

    /// Whether `and`/`&` at token `k` separates two names in the run
    /// `s..e`: not in a run of three words or more that ends in an
    /// organisation, facility or event word, nor between common words
    /// after an institution `of` (`Academy of Motion Picture Arts and
    /// Sciences`, `Department of Health and Human Services`; but `Bank of
    /// England and Barclays` are two).
    fn and_splits(&self, s: usize, k: usize, e: usize) -> bool {
        let last = self.bare(e - 1);
        let org_like =
            e - s >= 3 && (lx::is(C::OrgSuffix, last) || lx::is(C::FacSuffix, last) || lx::is(C::EventNameWord, last));
        let s0 = if self.text_at(s).eq_ignore_ascii_case("the") {
            s + 1
        } else {
            s
        };
        let institution_of =
            s0 + 1 < e && lx::is(C::OrgHead, self.bare(s0)) && matches!(self.text_at(s0 + 1), "of" | "for");
        let of_common = institution_of && (k + 1..e).all(|j| self.g.is_common_word(&self.text_at(j).to_lowercase()));
        !org_like && !of_common
    }

    /// `Vincent "The Chin" Gigante`: a nickname of up to three capitalised
    /// words in quotes between two parts of a name. Returns the index of
    /// the name word after it.
    fn quoted_nickname(&self, e: usize, b: usize) -> Option<usize> {
        if e == 0 || e + 1 >= b || !is_quote(self.text_at(e)) || self.toks[e].span.start == self.toks[e - 1].span.end {
            return None;
        }
        let close = (e + 2..(e + 5).min(b)).find(|&k| is_quote(self.text_at(k)))?;
        let words = (e + 1..close).all(|k| self.name_word(k));
        let tight = self.toks[e].span.end == self.toks[e + 1].span.start
            && self.toks[close - 1].span.end == self.toks[close].span.start;
        (words && tight && close + 1 < b && self.name_word(close + 1)).then_some(close + 1)
    }

    /// The words of a name, a quoted nickname inside it left out.
    pub(super) fn name_of(&self, s: usize, e: usize) -> String {
        let mut out = String::new();
        let mut quoted = false;
        for i in s..e {
            let w = self.text_at(i);
            if is_quote(w) && i > s && i + 1 < e {
                quoted = !quoted;
                continue;
            }
            if quoted {
                continue;
            }
            if !out.is_empty() && self.toks[i - 1].span.end != self.toks[i].span.start {
                out.push(' ');
            }
            out.push_str(w);
        }
        out
    }

    /// The byte span of tokens `s..e`.
    pub(super) fn span(&self, s: usize, e: usize) -> Span {
        Span::new(self.toks[s].span.start, self.toks[e - 1].span.end)
    }

    /// Adds a candidate for tokens `s..e` (the name proper from `title`,
    /// if given) and returns it for the caller to adjust.
    pub(super) fn push(
        &mut self,
        s: usize,
        e: usize,
        title: Option<usize>,
        ty: Option<T>,
        ev: Ev,
        kind: K,
    ) -> &mut Cand {
        let ns = title.unwrap_or(s);
        let cand = Cand {
            span: self.span(s, e),
            name_toks: (ns, e),
            title: title.map(|t| self.span(s, t)),
            ty,
            ev,
            kind,
            name: self.name_of(ns, e),
            canonical: None,
            opener: false,
            needs_support: false,
        };
        self.cands.push(cand);
        self.cands.last_mut().expect("just pushed")
    }
}
