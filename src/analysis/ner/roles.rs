//! Role phrases written next to a person's name (`publicist Harlan Boll`,
//! `Esther Williams, swimming star,`), each a description of its own.

use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{Token, TokenKind, collapse};
use crate::analysis::{EntityType as T, Mention, MentionKind as K, Opener, Span};

use super::combine::overlaps_any;
use super::descriptors::description;
use super::nouns::{head_type, opener_of};

/// Role phrases written next to a person's name describe them; each becomes
/// a description of its own (the name stays as it is) so that `linking`
/// can join the two: straight before an untitled name (`Olympic swimmer
/// Esther Williams`, `publicist Harlan Boll`) or, without an article, set
/// off by commas after one (`Esther Williams, swimming star, dies`).
pub(super) fn roles_beside_names(text: &str, toks: &[Token], names: &[Mention], descs: &[Mention]) -> Vec<Mention> {
    let mut out = Vec::new();
    for m in names.iter().filter(|m| m.ty == T::Person && m.kind == K::Name) {
        let spans = [
            m.title.is_none().then(|| role_before(text, toks, m)).flatten(),
            role_after(text, toks, m),
        ];
        for span in spans.into_iter().flatten() {
            if !overlaps_any(descs, span) {
                out.push(description(
                    span,
                    T::Person,
                    collapse(span.text(text)),
                    Opener::Definite,
                ));
            }
        }
    }
    out
}

/// A lowercase word that may modify a role noun: not across punctuation
/// or a double space, not a stop word or determiner.
fn modifier_word(text: &str, t: &Token) -> bool {
    let w = t.text(text);
    t.kind == TokenKind::Word && !t.has(Token::CAP) && !lx::is(C::DescriptorStop, w) && opener_of(text, t).is_none()
}

/// `former Mendoza swimmer` in front of a name: up to three modifiers and
/// a role noun, separated by single spaces.
fn role_before(text: &str, toks: &[Token], m: &Mention) -> Option<Span> {
    let j = toks.partition_point(|t| t.span.start < m.span.start);
    let h = j.checked_sub(1)?;
    let t = &toks[h];
    let spaced = |a: &Token, b_start: usize| text.get(a.span.end..b_start) == Some(" ");
    if !modifier_word(text, t) || !spaced(t, m.span.start) || head_type(t.text(text)) != Some(T::Person) {
        return None;
    }
    let mut from = h;
    while from > 0
        && h - from < 3
        && modifier_word(text, &toks[from - 1])
        && spaced(&toks[from - 1], toks[from].span.start)
    {
        from -= 1;
    }
    Some(Span::new(toks[from].span.start, t.span.end))
}

/// `, swimming star,` after a name: modifiers ending in a role noun, then
/// a comma or the end of the sentence.
fn role_after(text: &str, toks: &[Token], m: &Mention) -> Option<Span> {
    let j = toks.partition_point(|t| t.span.start < m.span.end);
    if toks.get(j)?.text(text) != "," {
        return None;
    }
    let mut k = j + 1;
    while k < toks.len() && k <= j + 4 && modifier_word(text, &toks[k]) {
        k += 1;
    }
    let h = k
        .checked_sub(1)
        .filter(|&h| h > j && head_type(toks[h].text(text)) == Some(T::Person))?;
    matches!(toks.get(k)?.text(text), "," | "." | ";").then(|| Span::new(toks[j + 1].span.start, toks[h].span.end))
}
