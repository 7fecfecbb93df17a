//! Whether an article reports a change in who holds an office, for the
//! person a mention names. News reports of appointments, reshuffles,
//! promotions and resignations give one person an old title and a new one
//! (`Finance Minister Peter Valk` moved to defence is `New Defence Minister
//! Peter Valk` the next day), and a person who holds two offices may be
//! titled by either (`Trade Minister Colin Hart, who is also deputy prime
//! minister`). Titles of such a person say nothing against each other.

use super::lexicon::{self as lx, WordClass as C};
use super::wordnet::offices;
use super::{Analysis, Mention};

/// Whether the sentence of a person's mention says their office changes
/// or that they hold more than one: a verb or noun of office anywhere in
/// it (`promoting Health Minister Mere Kora`, `after the reshuffle`), a
/// time word before the title (`new`, `incoming`, `outgoing`), or `also`
/// after the name (`who is also deputy prime minister`).
pub fn office_in_flux(text: &str, analysis: &Analysis, mention: &Mention) -> bool {
    let Some(sentence) = analysis.sentence_of(mention.span).map(|i| analysis.sentences[i]) else {
        return false;
    };
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let before = text
        .get(sentence.start..mention.title.unwrap_or(mention.span).start)
        .unwrap_or("");
    let after = text.get(mention.span.end..sentence.end).unwrap_or("");
    let before = words(before);
    let after = words(after);
    let timed = before.last().is_some_and(|w| lx::is(C::RoleTimeWord, w));
    timed || after.iter().any(|w| w == "also") || before.iter().chain(&after).any(|w| offices::changes_office(w))
}
