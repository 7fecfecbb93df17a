//! Mentions found after the names and descriptions, which refer through
//! them: pronouns whose referent the text makes plain (`I` inside a quote,
//! a relative `where`, a locative `there`) and titles of works set in
//! quotation marks. `linking` resolves the pronouns.

use super::lexicon::{self as lx, WordClass as C};
use super::text::{Token, TokenKind, collapse};
use super::{EntityType as T, Mention, MentionKind as K, Opener, Span};

/// `Betty Ford Center, where she stayed`: a relative `where` right after a
/// place, facility or organisation refers to it; `linking` joins the two.
pub(super) fn relative_where(text: &str, toks: &[Token], mentions: &[Mention]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if t.kind != TokenKind::Word || t.text(text) != "where" || k == 0 {
            continue;
        }
        let before = if toks[k - 1].text(text) == "," {
            k.checked_sub(2)
        } else {
            Some(k - 1)
        };
        let Some(end) = before.map(|b| toks[b].span.end) else {
            continue;
        };
        let i = mentions.partition_point(|m| m.span.end < end);
        if let Some(m) = mentions
            .get(i)
            .filter(|m| m.span.end == end && matches!(m.ty, T::Gpe | T::Loc | T::Fac | T::Org) && m.kind != K::Pronoun)
        {
            out.push(Mention {
                span: t.span,
                ty: m.ty,
                kind: K::Pronoun,
                name: "where".to_string(),
                title: None,
                canonical: None,
                opener: Opener::None,
            });
        }
    }
    out
}

/// `she stayed there`: a locative `there` (not `there is`) is the facility
/// named in this sentence or the one before, else the place; `linking`
/// joins it to the nearest earlier mention of the type it is given.
pub(super) fn locative_there(
    text: &str,
    toks: &[Token],
    sentences: &[(usize, usize)],
    mentions: &[Mention],
) -> Vec<Mention> {
    let mut out = Vec::new();
    for (si, &(a, b)) in sentences.iter().enumerate() {
        for k in a..b {
            let t = &toks[k];
            if t.kind != TokenKind::Word || t.text(text) != "there" || k == a {
                continue;
            }
            let next = toks
                .get(k + 1)
                .filter(|_| k + 1 < b)
                .map(|n| n.text(text).to_ascii_lowercase());
            if next.as_deref().is_some_and(|n| lx::is(C::ExistentialVerb, n)) {
                continue;
            }
            let from = si.checked_sub(1).map_or(a, |p| sentences[p].0);
            let window = toks[from].span.start..t.span.start;
            // Mentions are sorted by start: only the window's are visited.
            let lo = mentions.partition_point(|m| m.span.start < window.start);
            let before: Vec<&Mention> = mentions[lo..]
                .iter()
                .take_while(|m| m.span.start < window.end)
                .filter(|m| m.kind != K::Pronoun)
                .collect();
            let nearest = |types: &[T]| before.iter().rev().find(|m| types.contains(&m.ty)).copied();
            if let Some(m) = nearest(&[T::Fac]).or_else(|| nearest(&[T::Gpe, T::Loc])) {
                out.push(Mention {
                    span: t.span,
                    ty: m.ty,
                    kind: K::Pronoun,
                    name: "there".to_string(),
                    title: None,
                    canonical: None,
                    opener: Opener::None,
                });
            }
        }
    }
    out
}

/// `I`, `I'm` inside quotation marks: the speaker speaking, whom linking
/// finds from the quote's attribution.
pub(super) fn quoted_first_person(text: &str, toks: &[Token]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (span, _) in crate::analysis::text::quoted_passages(text) {
        let from = toks.partition_point(|t| t.span.start < span.start);
        for t in toks[from..].iter().take_while(|t| t.span.end <= span.end) {
            let w = t.text(text);
            let first_person = w == "I"
                || ["'", "’"].iter().any(|a| {
                    w.strip_prefix('I')
                        .and_then(|r| r.strip_prefix(a))
                        .is_some_and(|r| matches!(r, "m" | "d" | "ve" | "ll"))
                });
            if t.kind == TokenKind::Word && first_person {
                out.push(Mention {
                    span: t.span,
                    ty: T::Person,
                    kind: K::Pronoun,
                    name: "I".to_string(),
                    title: None,
                    canonical: None,
                    opener: Opener::None,
                });
            }
        }
    }
    out
}

/// Titles of works set in quotation marks beside a noun for a work or its
/// makers: `the “Twilight” sequel`, `‘Harry Potter’ films`, `the “Mean
/// Girls” star`, `directing the film “New Moon”`. Up to six words, each
/// capitalised or a short function word.
pub(super) fn work_titles(text: &str, toks: &[Token]) -> Vec<Mention> {
    let mut spans: Vec<Span> = crate::analysis::text::quoted_passages(text)
        .into_iter()
        .map(|(s, _)| s)
        .collect();
    // Single curly quotes, common for titles in British copy.
    for (i, c) in text.char_indices().filter(|&(_, c)| c == '‘') {
        let start = i + c.len_utf8();
        if let Some(len) = text[start..]
            .find(['’', '\n'])
            .filter(|&n| text[start + n..].starts_with('’'))
        {
            spans.push(Span::new(start, start + len));
        }
    }
    let mut out = Vec::new();
    for span in spans {
        // American style keeps the sentence's full stop or comma inside.
        let inner = text[span.start..span.end].trim_end_matches(['.', ',']);
        let words: Vec<&str> = inner.split_whitespace().collect();
        let title_like = (1..=6).contains(&words.len())
            && words[0].chars().next().is_some_and(char::is_uppercase)
            && !inner.contains(['.', ',', '!', '?', ';', ':', '“', '”', '"'])
            && words.iter().all(|w| {
                w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) || lx::is(C::WorkTitleWord, w)
            });
        if !title_like {
            continue;
        }
        let after = toks.partition_point(|t| t.span.start < span.end);
        let next = toks[after..]
            .iter()
            .find(|t| t.kind == TokenKind::Word && !matches!(t.text(text), "s" | "’s" | "'s"));
        let before = toks.partition_point(|t| t.span.end <= span.start);
        let near_before = toks[before.saturating_sub(3)..before]
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
            .any(|t| lx::is(C::WorkNoun, &t.text(text).to_lowercase()));
        let near_after =
            next.is_some_and(|t| t.span.start <= span.end + 4 && lx::is(C::WorkNoun, &t.text(text).to_lowercase()));
        if near_before || near_after {
            let lead = inner.len() - inner.trim_start().len();
            let span = Span::new(span.start + lead, span.start + inner.trim_end().len());
            out.push(Mention {
                span,
                ty: T::Product,
                kind: K::Name,
                name: collapse(span.text(text)),
                title: None,
                canonical: None,
                opener: Opener::None,
            });
        }
    }
    out
}
