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
    // Each sentence is read once, when a person is first named in it: its
    // words, whether one is a word of office, and where its last `also` is.
    let mut read: Vec<Option<Read>> = vec![None; analysis.sentences.len()];
    let mut out = Vec::new();
    for m in analysis.mentions.iter().filter(|m| m.ty == EntityType::Person) {
        let Some(i) = analysis.sentence_of(m.span) else {
            continue;
        };
        let r = read[i].get_or_insert_with(|| Read::of(text, &analysis.tokens, analysis.sentences[i]));
        let title_start = m.title.unwrap_or(m.span).start;
        let before = r.words.partition_point(|(span, _)| span.end <= title_start);
        let timed = before > 0 && lx::is(C::RoleTimeWord, &r.words[before - 1].1);
        let also = r.last_also.is_some_and(|at| at >= m.span.end);
        if timed || also || r.office {
            out.push(m.span);
        }
    }
    out
}

/// One sentence as `in_flux` reads it.
#[derive(Clone)]
struct Read {
    /// Its words, lowercased, with their spans.
    words: Vec<(Span, String)>,
    /// Whether a word of it is a word of office.
    office: bool,
    /// Where its last `also` starts.
    last_also: Option<usize>,
}

impl Read {
    fn of(text: &str, tokens: &[Token], sentence: Span) -> Read {
        let words: Vec<(Span, String)> = words_within(text, tokens, sentence).collect();
        Read {
            office: words.iter().any(|(_, w)| offices::changes_office(w)),
            last_also: words.iter().rev().find(|(_, w)| w == "also").map(|(s, _)| s.start),
            words,
        }
    }
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
