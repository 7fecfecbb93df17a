//! Numbers in digits (`1,200.5`, `1.5bn`) and in words (`twenty-five`,
//! `two-and-a-half`, `a dozen`, `three quarters`), and the scale words
//! that multiply them.

use super::super::lexicon::{self as lx, WordClass as C};
use super::super::text::TokenKind;
use super::Cx;

/// A parsed number: token range and value.
#[derive(Clone, Copy, Debug)]
pub(super) struct Num {
    pub(super) end: usize,
    pub(super) v: f64,
    /// Written in digits (years and scores need digits).
    pub(super) digits: bool,
}

/// The running sum of a number in words: what scale words have
/// multiplied (`two million`) and the part after them.
#[derive(Default)]
struct Tally {
    total: f64,
    cur: f64,
    /// A number word has been read.
    any: bool,
    /// A fraction word has been read: the number ends there.
    fraction_seen: bool,
}

impl Cx<'_> {
    /// A number in digits (`1,200.5`, `1.5bn`) or words (`twenty-five`,
    /// `two-and-a-half`, `a dozen`, `three quarters`).
    pub(super) fn number_at(&self, i: usize, b: usize) -> Option<Num> {
        let t = self.toks.get(i)?;
        if i >= b {
            return None;
        }
        match t.kind {
            TokenKind::Number => self.number_in_digits(i, b),
            TokenKind::Word => self.number_in_words(i, b),
            _ => None,
        }
    }

    /// A number token, times a scale word after it (`1.5bn`, `3 million`);
    /// a clock time reads as 0.
    fn number_in_digits(&self, i: usize, b: usize) -> Option<Num> {
        let s = self.text_at(i);
        if s.contains(':') {
            return Some(Num {
                end: i + 1,
                v: 0.0,
                digits: true,
            });
        }
        // Thousands commas vs decimal point.
        let clean: String = s.chars().filter(|&c| c != ',').collect();
        let v: f64 = clean.parse().ok()?;
        let mut n = Num {
            end: i + 1,
            v,
            digits: true,
        };
        if let Some((e, sc)) = self.scale_at(i + 1, b) {
            n.v *= sc;
            n.end = e;
        }
        // `1 1/2` and `3/4` are left as written; rare in news copy.
        Some(n)
    }

    /// Number words from `i` on, each perhaps hyphenated, up to a fraction
    /// (`three quarters`) or an `and a half`.
    fn number_in_words(&self, i: usize, b: usize) -> Option<Num> {
        let mut t = Tally::default();
        let mut k = i;
        while k < b {
            let w = self.text_at(k).to_ascii_lowercase();
            if k > i && w == "and" {
                // `one and a half`
                if let Some(f) = self.and_a_fraction(k) {
                    t.cur += f;
                    k += 3;
                }
                break;
            }
            let parts: Vec<&str> = w.split('-').collect();
            let Some(local) = self.word_number(&parts, k, i, &mut t) else {
                break;
            };
            if parts.len() == 1 && fraction_of(parts[0]).is_some() && k > i {
                // `a quarter` = ¼ (the `a` was read as one); `three quarters` = 3 × ¼.
                if lx::is_or_capitalised(C::Indefinite, self.text_at(k - 1)) {
                    t.cur = local;
                } else {
                    t.cur *= local;
                }
            } else {
                t.cur += local;
            }
            t.any = true;
            k += 1;
            if t.fraction_seen {
                // `three quarters` / `half`: nothing more to add, except `a half` after `and`.
                if matches!(self.text_at(k), "and") {
                    continue;
                }
                break;
            }
        }
        if !t.any {
            return None;
        }
        // `a` alone is not a number.
        if k == i + 1 && lx::is_or_capitalised(C::Indefinite, self.text_at(i)) {
            return None;
        }
        Some(Num {
            end: k,
            v: t.total + t.cur,
            digits: false,
        })
    }

    /// The value of one word of a number, read part by part between its
    /// hyphens (`twenty-five`, `two-and-a-half`); a scale part (`million`)
    /// moves what came before into the tally's total. The word is token
    /// `k` of a number that starts at `i`. `None` when a part is no number
    /// word.
    fn word_number(&self, parts: &[&str], k: usize, i: usize, t: &mut Tally) -> Option<f64> {
        let mut local = 0.0;
        let mut local_any = false;
        for (pi, &p) in parts.iter().enumerate() {
            if let Some(v) = lx::number_word(p) {
                if lx::is(C::Indefinite, p) && !(k > i || parts.len() > 1 || self.a_is_number(k)) {
                    return None;
                }
                if v == 100.0 && local > 0.0 {
                    local *= 100.0;
                } else {
                    local += v;
                }
            } else if let Some(f) = fraction_of(p) {
                local = with_fraction(local, local_any, pi.checked_sub(1).map(|j| parts[j]), f);
                t.fraction_seen = true;
            } else if p == "and" && local_any {
                // inside `two-and-a-half`
            } else if let Some(sc) = lx::scale(p).filter(|_| p.len() > 2) {
                if !(local_any || t.any) {
                    return None;
                }
                if !local_any {
                    local = t.cur;
                    t.cur = 0.0;
                }
                t.total += local * sc;
                local = 0.0;
            } else {
                return None;
            }
            local_any = true;
        }
        local_any.then_some(local)
    }

    /// The fraction of `and a half` at `k` (the `and`).
    fn and_a_fraction(&self, k: usize) -> Option<f64> {
        if lx::is(C::Indefinite, self.text_at(k + 1)) {
            fraction_of(self.text_at(k + 2))
        } else {
            None
        }
    }

    /// `a`/`an` reads as one before a unit, a scale or a fraction.
    fn a_is_number(&self, k: usize) -> bool {
        let n = self.text_at(k + 1).to_ascii_lowercase();
        lx::duration(&n).is_some() || fraction_of(&n).is_some() || lx::is(C::ScaleAfterA, &n)
    }

    /// A scale word at `i` within the sentence (`million`; `m`, `bn`, `k`
    /// only against the digits: `€1.5bn`, `$3m`), and the token after it.
    pub(super) fn scale_at(&self, i: usize, b: usize) -> Option<(usize, f64)> {
        if i >= b {
            return None;
        }
        let l = self.text_at(i).to_ascii_lowercase();
        let s = lx::scale(&l)?;
        if l.len() <= 2 && !self.adjacent(i - 1, i) {
            return None;
        }
        // `30m deep`, `30m from the shore`: a unit that is also a scale
        // word gives a length before an extent or a distance, unless a
        // currency stands before the number (`$30m from investors`).
        let next = self.text_at(i + 1).to_ascii_lowercase();
        let money = i >= 2 && lx::currency_symbol(self.text_at(i - 2)).is_some();
        if lx::measure(&l).is_some()
            && !money
            && (lx::is(C::ExtentWord, &next) || matches!(next.as_str(), "from" | "away"))
        {
            return None;
        }
        Some((i + 1, s))
    }

    /// Whether a number at `first` is an ordinal in digits (`41st`, `9th`):
    /// a rank, not a quantity.
    pub(super) fn is_ordinal(&self, first: usize, num: Num) -> bool {
        num.digits && self.adjacent(first, first + 1) && lx::is(C::OrdinalSuffix, self.text_at(first + 1))
    }
}

/// A fraction part of a word after the part before it: `three-quarters`
/// is 3 × ¼, `and-a-half` adds ½ (its `a` was counted as one), and a
/// fraction first is itself.
fn with_fraction(local: f64, local_any: bool, before: Option<&str>, f: f64) -> f64 {
    match before {
        Some(a) if local_any && !lx::is(C::Indefinite, a) && a != "and" => local * f,
        Some(a) if local_any && lx::is(C::Indefinite, a) => local - 1.0 + f,
        _ => f,
    }
}

/// The value of a fraction word in any case (`Half`, `quarters`).
fn fraction_of(w: &str) -> Option<f64> {
    lx::fraction(&w.to_ascii_lowercase())
}
