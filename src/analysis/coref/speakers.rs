//! Who speaks a quote, once the chains are made: a quote credited to a
//! surname (`Mr Sarker said`), a description (`the minister added`) or a
//! pronoun (`she said`) is the named person they stand for, so that other
//! articles can be told who it was. Precision first: a speaker this cannot
//! put a name to is no speaker, and the quote is left out.

use std::collections::HashMap;

use crate::analysis::facts::quotes::{self, Credit, Credited, Quote};
use crate::analysis::lexicon::Gender;
use crate::analysis::text::{fold, quoted_passages};
use crate::analysis::{Analysis, EntityType, MentionKind, Span};

use super::antecedent::{self, Traits};
use super::chain::{Anchor, Chain, Links};

/// The quotes of an article with their speakers put to a name: a name
/// beside a quote stands for the complete name its chain is anchored by; a
/// description for the named person its chain is, when it restates their
/// title or age ([`restates`]); a pronoun for the one
/// person it can mean there ([`pronoun_referent`]). `Quote::speaker` is
/// that name's mention, `Quote::speaker_span` the words that credit the
/// quote beside it (where findings about its speaker go).
pub fn credit_speakers(text: &str, analysis: &Analysis, links: &Links, credited: &[Credited]) -> Vec<Quote> {
    let traits = credited
        .iter()
        .any(|c| matches!(c.credit, Credit::Pronoun(_)))
        .then(|| {
            antecedent::traits(
                text,
                &analysis.sentences,
                &analysis.mentions,
                &links.chains,
                &links.chain_of,
            )
        });
    let mut quoted: Option<Vec<Span>> = None;
    // Each chain's name, found once: a chain may have thousands of mentions.
    let mut names: HashMap<usize, Option<usize>> = HashMap::new();
    let mut named = |c: usize| *names.entry(c).or_insert_with(|| named_mention(analysis, links, c));
    credited
        .iter()
        .filter_map(|c| {
            let speaker = match c.credit {
                Credit::Name(i) => {
                    let person = analysis.mentions.get(i)?.ty == EntityType::Person;
                    person.then(|| named(*links.chain_of.get(i)?)).flatten().unwrap_or(i)
                }
                Credit::Description(i) => {
                    let c = *links.chain_of.get(i)?;
                    restates(&analysis.mentions.get(i)?.name, links.chains.get(c)?).then_some(())?;
                    named(c)?
                }
                Credit::Pronoun(gender) => {
                    let quoted = quoted.get_or_insert_with(|| quoted_passages(text).into_iter().map(|p| p.0).collect());
                    let chain = pronoun_referent(analysis, links, traits.as_deref()?, quoted, c.cue, gender)?;
                    named(chain)?
                }
            };
            Some(c.quote(speaker))
        })
        .collect()
}

/// Whether a description crediting a quote restates what the article said
/// of the person its chain names: a title of theirs with its head noun
/// (`the minister` after `Finance Minister Tomas Berglund`) or an age
/// (`the 58-year-old` after `Katrín Einarsdóttir, 58,`, which coreference
/// links only to a matching stated age). A link by salience alone (`the
/// judge` to the most named person) does not name a speaker.
fn restates(description: &str, chain: &Chain) -> bool {
    // Folding makes `58-year-old` three words: an age ends `year old`.
    let folded = fold(description);
    let head = folded.rsplit(' ').next().unwrap_or("");
    folded.ends_with("year old") || chain.titles.iter().any(|t| t.rsplit(' ').next() == Some(head))
}

/// The mention that names the person of chain `c`: the complete name the
/// chain is anchored by, else its first name (a chain only a surname
/// anchors). None when no name anchors it (a description, a local chain).
fn named_mention(analysis: &Analysis, links: &Links, c: usize) -> Option<usize> {
    let chain = links.chains.get(c)?;
    if !chain.is_named_person() {
        return None;
    }
    let names = || {
        chain.mentions.iter().copied().filter(|&i| {
            analysis
                .mentions
                .get(i)
                .is_some_and(|m| m.kind == MentionKind::Name && m.ty == EntityType::Person)
        })
    };
    let full = match &chain.anchor {
        Anchor::Full(key) => names().find(|&i| fold(&analysis.mentions[i].name) == *key),
        _ => None,
    };
    full.or_else(|| names().next())
}

/// The person a subject pronoun crediting a quote (`“…,” she said`) means,
/// by the convention of news copy that a pronoun speaker is the person the
/// copy has just been about: the one person of a fitting sex mentioned
/// (outside quotation marks) in the pronoun's paragraph before it, or, when
/// that mentions nobody, in the paragraph before (the last [`WINDOW`]
/// bytes of each); the article must show
/// their sex (an honorific, a given name, its pronouns). Anyone else who
/// could be meant leaves it open: a second person of that sex or of unknown
/// sex, or a person the article does not name (`a witness`, `the driver`).
fn pronoun_referent(
    analysis: &Analysis,
    links: &Links,
    traits: &[Traits],
    quoted: &[Span],
    cue: Span,
    gender: Gender,
) -> Option<usize> {
    let paragraphs = &analysis.paragraphs;
    let p = paragraphs.partition_point(|p| p.end <= cue.start);
    // Windows of a few sentences at most, so that a paragraph of thousands
    // of quotes is not read once for each.
    let near = |from: usize, to: usize| Span::new(from.max(to.saturating_sub(WINDOW)).min(to), to);
    let here = near(paragraphs.get(p).map_or(cue.start, |s| s.start), cue.start);
    let before = p
        .checked_sub(1)
        .and_then(|k| paragraphs.get(k))
        .map(|s| near(s.start, s.end));
    [Some(here), before]
        .into_iter()
        .flatten()
        .find_map(|window| people_in(analysis, links, traits, quoted, window, gender))
        .flatten()
}

/// How far back (in bytes) a pronoun's referent is looked for in each of
/// the two paragraphs.
const WINDOW: usize = 1200;

/// What the person mentions in `window` (outside quotation marks) say of
/// whom a pronoun of sex `gender` means: `None` when there are none (look
/// further), `Some(None)` when more than one person could be meant or one
/// the article does not name, `Some(Some(chain))` for the one named person.
fn people_in(
    analysis: &Analysis,
    links: &Links,
    traits: &[Traits],
    quoted: &[Span],
    window: Span,
    gender: Gender,
) -> Option<Option<usize>> {
    let inside_quote = |s: Span| {
        let k = quoted.partition_point(|q| q.end < s.end);
        quoted.get(k).is_some_and(|q| q.start <= s.start && s.end <= q.end)
    };
    let mut found: Option<usize> = None;
    let mut any = false;
    for (i, m) in analysis.mentions_within(window.start, window.end) {
        if m.ty != EntityType::Person || inside_quote(m.span) {
            continue;
        }
        // A group (`officers`, `people`) is never `he` or `she`.
        if m.kind == MentionKind::Descriptor && quotes::names_a_group(&m.name) {
            continue;
        }
        any = true;
        let Some(&c) = links.chain_of.get(i) else {
            return Some(None);
        };
        let Some(chain) = links.chains.get(c) else {
            return Some(None);
        };
        if !chain.is_named_person() {
            return Some(None);
        }
        // Someone whose sex the article does not show could be meant.
        match traits.get(c).and_then(|t| t.gender) {
            None => return Some(None),
            Some(g) if g != gender => continue,
            Some(_) => {}
        }
        match found {
            Some(f) if f != c => return Some(None),
            _ => found = Some(c),
        }
    }
    any.then_some(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::EntityType;

    fn chain(titles: &[&str]) -> Chain {
        Chain {
            anchor: Anchor::Full("mary kent".into()),
            ty: EntityType::Person,
            mentions: Vec::new(),
            titles: titles.iter().map(|t| t.to_string()).collect(),
            aliases: Vec::new(),
        }
    }

    #[test]
    fn a_paragraph_of_thousands_of_pronoun_quotes_stays_bounded() {
        // Each `she` looks back a bounded window, not the whole paragraph.
        let text = format!(
            "Maria Lopez runs the bakery. {}",
            "\"We tried everything we could to save them,\" she said. ".repeat(5000)
        );
        let analysis = crate::analysis::analyze(&text);
        let facts = crate::analysis::Facts::extract(&text, &analysis);
        assert!(facts.quotes.len() <= 5000);
    }

    #[test]
    fn a_description_restates_a_title_or_an_age() {
        assert!(restates("minister", &chain(&["finance minister"])));
        assert!(restates("the 58-year-old", &chain(&[])));
        // `the judge` linked by salience to a man the article calls `Mr`.
        assert!(!restates("judge", &chain(&["mr"])));
        assert!(!restates("official", &chain(&[])));
    }
}
