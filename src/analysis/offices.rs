//! Whether an article reports a change in who holds an office, for the
//! person a mention names. News reports of appointments, reshuffles,
//! promotions and resignations give one person an old title and a new one
//! (`Finance Minister Peter Valk` moved to defence is `New Defence Minister
//! Peter Valk` the next day), and a person who holds two offices may be
//! titled by either (`Trade Minister Colin Hart, who is also deputy prime
//! minister`). Titles of such a person say nothing against each other.
//!
//! Read once per article, while its tokens are there; the workspace asks
//! `Analysis::office_in_flux`.

use super::lexicon::{self as lx, WordClass as C};
use super::text::{Token, TokenKind};
use super::wordnet::offices;
use super::{Analysis, EntityType, Mention, Span};

/// The spans of the person mentions whose sentence says their office
/// changes or that they hold more than one, in text order: a verb or noun
/// of office anywhere in it (`promoting Health Minister Mere Kora`, `after
/// the reshuffle`), a time word before the title (`new`, `incoming`,
/// `outgoing`), or `also` after the name (`who is also deputy prime
/// minister`).
pub fn in_flux(text: &str, analysis: &Analysis) -> Vec<Span> {
    // Whether each sentence holds a word of office, asked at most once.
    let mut of_office: Vec<Option<bool>> = vec![None; analysis.sentences.len()];
    let mut out = Vec::new();
    for m in analysis.mentions.iter().filter(|m| m.ty == EntityType::Person) {
        let Some(i) = analysis.sentence_of(m.span) else {
            continue;
        };
        let sentence = analysis.sentences[i];
        let words = || words_within(text, &analysis.tokens, sentence);
        let timed = words()
            .take_while(|(span, _)| span.end <= m.title.unwrap_or(m.span).start)
            .last()
            .is_some_and(|(_, w)| lx::is(C::RoleTimeWord, &w));
        let also = || words().any(|(span, w)| span.start >= m.span.end && w == "also");
        let mut office = || *of_office[i].get_or_insert_with(|| words().any(|(_, w)| offices::changes_office(&w)));
        if timed || also() || office() {
            out.push(m.span);
        }
    }
    out
}

/// The words of `span`, lowercased, with their spans.
fn words_within<'a>(text: &'a str, tokens: &'a [Token], span: Span) -> impl Iterator<Item = (Span, String)> + 'a {
    let from = tokens.partition_point(|t| t.span.start < span.start);
    tokens[from..]
        .iter()
        .take_while(move |t| t.span.end <= span.end)
        .filter(|t| t.kind == TokenKind::Word)
        .map(move |t| (t.span, t.span.text(text).to_lowercase()))
}

/// Whether `m` is among the mentions [`in_flux`] found.
pub(super) fn holds(flux: &[Span], m: &Mention) -> bool {
    flux.binary_search_by_key(&m.span.start, |s| s.start).is_ok()
}
