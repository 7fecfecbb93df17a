//! Within-article coreference: groups an article's mentions into chains,
//! each with an [`Anchor`] that says how the chain meets other articles.
//!
//! News conventions drive it: an article introduces a person by full name
//! and then uses the surname (`Putin`, `Mr Putin`) or the family name for
//! East Asian names (`Kim` for `Kim Jong-un`); an appositive puts a
//! description next to a name (`The driver, Joseph Otieno,`); a definite
//! description repeats a title the article gave (`the Russian president`
//! after `Russian President Vladimir Putin`). When a short form or
//! description could mean two chains, it is left alone: a wrong link
//! misleads a reviewer more than a missing one.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::analysis::{Analysis, EntityType, Mention, MentionKind};

/// How a chain is identified across articles.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Anchor {
    /// A complete name (multi-word person name, or any organisation, place
    /// or group name), folded: `kim jong un`.
    Full(String),
    /// Only a one-word person name was used (`Putin`): resolved against the
    /// workspace's full names that contain the word.
    Short(String),
    /// Only a description was used (`russian president`): resolved against
    /// the titles other articles give to named entities.
    Description(String),
    /// A generic description this article could not resolve (`the company`
    /// with two companies around): it stays a local singleton.
    Local,
}

/// A group of mentions of one entity within one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chain {
    pub anchor: Anchor,
    pub ty: EntityType,
    /// Indexes into the article's mentions, in text order.
    pub mentions: Vec<usize>,
    /// Folded titles and roles given to the entity here (`russian president`).
    pub titles: Vec<String>,
    /// One-word names the article gives a full-name chain, such as the
    /// acronym it introduces (`trr` for Trans-Rift Railways).
    pub aliases: Vec<String>,
}

/// The chains of one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Links {
    /// Chain index of every mention.
    pub chain_of: Vec<usize>,
    pub chains: Vec<Chain>,
}

/// Folds what never distinguishes two names: case, diacritics, hyphens and
/// apostrophes versus spaces, runs of white space, a trailing full stop.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else if c == '.' {
            // U.S. → us, St. → st
        } else {
            space = true;
        }
    }
    out
}

fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

/// Groups an article's mentions into chains.
pub fn link(text: &str, analysis: &Analysis) -> Links {
    let mentions = &analysis.mentions;
    let mut chain_of = vec![usize::MAX; mentions.len()];
    let mut chains: Vec<Chain> = Vec::new();
    let mut by_anchor: std::collections::HashMap<Anchor, usize> = std::collections::HashMap::new();

    let mut join = |chains: &mut Vec<Chain>, chain_of: &mut Vec<usize>, anchor: Anchor, i: usize, ty: EntityType| {
        let c = match (&anchor, by_anchor.get(&anchor)) {
            (Anchor::Local, _) | (_, None) => {
                chains.push(Chain {
                    anchor: anchor.clone(),
                    ty,
                    mentions: Vec::new(),
                    titles: Vec::new(),
                    aliases: Vec::new(),
                });
                let c = chains.len() - 1;
                if anchor != Anchor::Local {
                    by_anchor.insert(anchor, c);
                }
                c
            }
            (_, Some(&c)) => c,
        };
        chains[c].mentions.push(i);
        chain_of[i] = c;
        c
    };

    // 1. Complete names.
    for (i, m) in mentions.iter().enumerate() {
        if let Some(key) = full_key(m) {
            let c = join(&mut chains, &mut chain_of, Anchor::Full(key), i, m.ty);
            if let Some(t) = m.title {
                let title = fold(t.text(text));
                if !title.is_empty() && !chains[c].titles.contains(&title) {
                    chains[c].titles.push(title);
                }
            }
        }
    }

    // One-word names already tied to a full name here (an acronym with
    // its expansion): later uses of the same word mean the same entity.
    let mut surface: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        let c = chain_of[i];
        let word = fold(&m.name);
        if c != usize::MAX && !word.contains(' ') && !word.is_empty() && Anchor::Full(word.clone()) != chains[c].anchor
        {
            surface.entry(word.clone()).or_insert(c);
            if !chains[c].aliases.contains(&word) {
                chains[c].aliases.push(word);
            }
        }
    }

    // 2. One-word person names and organisation short forms.
    for (i, m) in mentions.iter().enumerate() {
        if chain_of[i] != usize::MAX || !matches!(m.kind, MentionKind::Name | MentionKind::Acronym) {
            continue;
        }
        let word = fold(&m.name);
        let target = surface
            .get(&word)
            .copied()
            .or_else(|| resolve_short(text, &word, i, mentions, &chains));
        let c = match target {
            Some(c) => {
                chains[c].mentions.push(i);
                chain_of[i] = c;
                c
            }
            None => join(&mut chains, &mut chain_of, Anchor::Short(word), i, m.ty),
        };
        if let Some(t) = m.title {
            let title = fold(t.text(text));
            if !title.is_empty() && !chains[c].titles.contains(&title) {
                chains[c].titles.push(title);
            }
        }
    }

    // 3. Descriptions: appositives, then titles given in this article.
    for (i, m) in mentions.iter().enumerate() {
        if chain_of[i] != usize::MAX {
            continue;
        }
        let desc = fold(&m.name);
        let target = appositive(text, i, mentions, &chain_of).or_else(|| by_title(&desc, m.ty, &chains));
        match target {
            Some(c) => {
                chains[c].mentions.push(i);
                chain_of[i] = c;
                if !chains[c].titles.contains(&desc) && m.kind == MentionKind::Descriptor {
                    chains[c].titles.push(desc);
                }
            }
            None => {
                let anchor = if m.kind == MentionKind::Descriptor && words(&desc).count() >= 2 {
                    Anchor::Description(desc)
                } else {
                    Anchor::Local
                };
                join(&mut chains, &mut chain_of, anchor, i, m.ty);
            }
        }
    }
    for chain in &mut chains {
        chain.mentions.sort_unstable();
    }
    Links { chain_of, chains }
}

/// The key of a mention that names its entity completely, if it does.
fn full_key(m: &Mention) -> Option<String> {
    match m.kind {
        MentionKind::Descriptor => None,
        // A demonym is its own entity (`Russian` is not `Russia`), typed
        // NORP; its country stays available through `canonical`.
        MentionKind::Demonym => Some(fold(&m.name)),
        MentionKind::Name | MentionKind::Acronym => {
            // A canonical form renames organisations and places (an
            // acronym's expansion, a country's standard name); never people.
            let canonical = m.canonical.as_deref().filter(|_| m.ty != EntityType::Person);
            let name = canonical.unwrap_or(&m.name);
            let key = fold(name);
            let single = words(&key).count() < 2;
            // A lone word is a complete name for places and groups; for
            // people and organisations it may be a short form.
            if key.is_empty() || (single && matches!(m.ty, EntityType::Person | EntityType::Org)) {
                None
            } else {
                Some(key)
            }
        }
    }
}

/// Finds the chain a one-word name shortens: a person chain whose name
/// contains the word, or an organisation chain whose name starts or ends
/// with it (`Banksia` for Banksia Health, `the League` for Hamilton Civic
/// League). Among several, the chain named most often wins; on a tie, the
/// one introduced first, as news copy names the subject first and spells
/// out a namesake (`his father Renato Ferraro`) every time.
fn resolve_short(text: &str, word: &str, i: usize, mentions: &[Mention], chains: &[Chain]) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    let ty = mentions[i].ty;
    let gender = mentions[i].title.and_then(|t| gender_of(&fold(t.text(text))));
    let mut best: Option<(usize, usize)> = None;
    for (c, chain) in chains.iter().enumerate() {
        let Anchor::Full(key) = &chain.anchor else {
            continue;
        };
        let fits = match ty {
            EntityType::Person => chain.ty == EntityType::Person && words(key).any(|w| w == word),
            EntityType::Org => {
                chain.ty == EntityType::Org && (words(key).next() == Some(word) || words(key).last() == Some(word))
            }
            _ => false,
        };
        if !fits || !agrees(gender, &chain.titles) {
            continue;
        }
        let weight = chain.mentions.len();
        // Chains are created in text order, so a lower index was introduced first.
        match best {
            Some((_, w)) if w >= weight => {}
            _ => best = Some((c, weight)),
        }
    }
    best.map(|(c, _)| c)
}

/// The gender an honorific states (`mr`, `ms`, `mrs`, …), if any.
pub fn gender_of(title: &str) -> Option<char> {
    match title.rsplit(' ').next()? {
        "mr" | "sir" | "lord" => Some('m'),
        "ms" | "mrs" | "miss" | "dame" | "lady" | "madam" => Some('f'),
        _ => None,
    }
}

/// Whether a mention's honorific gender fits the titles a chain has: `Mr
/// Otieno` is not the Amina Otieno called `Ms Otieno` a line earlier.
pub fn agrees(gender: Option<char>, titles: &[String]) -> bool {
    let Some(g) = gender else { return true };
    titles.iter().filter_map(|t| gender_of(t)).all(|other| other == g)
}

/// `The driver, Joseph Otieno,` / `Joseph Otieno, the driver,`: a
/// description set off by a comma right next to a linked name.
fn appositive(text: &str, i: usize, mentions: &[Mention], chain_of: &[usize]) -> Option<usize> {
    let m = &mentions[i];
    let neighbour = |j: usize, gap: &str| {
        let g = gap.trim();
        let fits = g == ","
            && !gap.contains('\n')
            && chain_of[j] != usize::MAX
            && mentions[j].kind == MentionKind::Name
            && mentions[j].ty == m.ty;
        fits.then_some(chain_of[j])
    };
    let next = mentions
        .get(i + 1)
        .and_then(|n| neighbour(i + 1, text.get(m.span.end..n.span.start)?));
    let prev = i
        .checked_sub(1)
        .and_then(|p| neighbour(p, text.get(mentions[p].span.end..m.span.start)?));
    next.or(prev).filter(|_| m.kind == MentionKind::Descriptor)
}

/// A description whose words all appear in exactly one chain's title,
/// sharing its head word (`russian president` ⊆ `russian president`,
/// `president` ⊆ `russian president` when only one president is named).
fn by_title(desc: &str, ty: EntityType, chains: &[Chain]) -> Option<usize> {
    let head = words(desc).last()?;
    let mut found = None;
    for (c, chain) in chains.iter().enumerate() {
        let fits =
            chain.titles.iter().any(|t| title_fits(desc, head, t)) && (chain.ty == ty || ty == EntityType::Person);
        if fits {
            if found.is_some() {
                return None;
            }
            found = Some(c);
        }
    }
    found
}

/// Whether a description fits a title: same head word, and every word of
/// the description occurs in the title.
pub fn title_fits(desc: &str, head: &str, title: &str) -> bool {
    words(title).last() == Some(head) && words(desc).all(|w| words(title).any(|t| t == w))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Span;

    fn mention(
        text: &str,
        needle: &str,
        ty: EntityType,
        kind: MentionKind,
        name: &str,
        title: Option<&str>,
    ) -> Mention {
        let start = text.find(needle).unwrap();
        Mention {
            span: Span::new(start, start + needle.len()),
            ty,
            kind,
            name: name.into(),
            title: title.map(|t| {
                let s = text.find(t).unwrap();
                Span::new(s, s + t.len())
            }),
            canonical: None,
        }
    }

    #[test]
    fn folds_case_diacritics_and_punctuation() {
        assert_eq!(fold("Kim Jong-un"), fold("KIM JONG UN"));
        assert_eq!(fold("Einarsdóttir"), "einarsdottir");
        assert_eq!(fold("Lê Văn Hải"), "le van hai");
        assert_eq!(fold("U.S."), "us");
        assert_ne!(fold("Kim Jong-un"), fold("Kim Jong-il"));
    }

    #[test]
    fn short_forms_titles_and_appositives_join_the_full_name() {
        use EntityType::*;
        use MentionKind::*;
        let text = "Russian President Vladimir Putin met Kim Jong-un. The driver, Joseph Otieno, said Mr Putin \
                    and the Russian president left; Kim smiled.";
        let mentions = vec![
            mention(
                text,
                "Russian President Vladimir Putin",
                Person,
                Name,
                "Vladimir Putin",
                Some("Russian President"),
            ),
            mention(text, "Kim Jong-un", Person, Name, "Kim Jong-un", None),
            mention(text, "The driver", Person, Descriptor, "driver", None),
            mention(text, "Joseph Otieno", Person, Name, "Joseph Otieno", None),
            mention(text, "Mr Putin", Person, Name, "Putin", Some("Mr")),
            mention(
                text,
                "the Russian president",
                Person,
                Descriptor,
                "Russian president",
                None,
            ),
            mention(text, "Kim", Person, Name, "Kim", None),
        ];
        // `Kim` inside `Kim Jong-un` is found first by `find`; use the last one.
        let mut mentions = mentions;
        let k = text.rfind("Kim").unwrap();
        mentions[6].span = Span::new(k, k + 3);
        let analysis = Analysis {
            mentions,
            ..Analysis::default()
        };
        let links = link(text, &analysis);
        let c = &links.chain_of;
        assert_eq!(c[0], c[4], "Mr Putin");
        assert_eq!(c[0], c[5], "the Russian president");
        assert_eq!(c[1], c[6], "Kim");
        assert_eq!(c[2], c[3], "appositive");
        assert_ne!(c[0], c[1]);
        assert_eq!(links.chains[c[0]].anchor, Anchor::Full("vladimir putin".into()));
    }

    #[test]
    fn a_shared_family_name_goes_to_the_entity_named_first() {
        use EntityType::*;
        use MentionKind::*;
        let text = "Kim Jong-un and his father Kim Jong-il. Kim";
        let mut mentions = vec![
            mention(text, "Kim Jong-un", Person, Name, "Kim Jong-un", None),
            mention(text, "Kim Jong-il", Person, Name, "Kim Jong-il", None),
            mention(text, "Kim", Person, Name, "Kim", None),
        ];
        let k = text.rfind("Kim").unwrap();
        mentions[2].span = Span::new(k, k + 3);
        let analysis = Analysis {
            mentions,
            ..Analysis::default()
        };
        let links = link(text, &analysis);
        assert_eq!(links.chain_of[2], links.chain_of[0]);
        assert_ne!(links.chain_of[1], links.chain_of[0]);
    }

    #[test]
    fn honorifics_keep_namesakes_of_another_gender_apart() {
        use EntityType::*;
        use MentionKind::*;
        let text = "Amina Otieno spoke. Ms Otieno left. Then Mr Otieno came.";
        let mut mentions = vec![
            mention(text, "Amina Otieno", Person, Name, "Amina Otieno", None),
            mention(text, "Ms Otieno", Person, Name, "Otieno", Some("Ms")),
            mention(text, "Mr Otieno", Person, Name, "Otieno", Some("Mr")),
        ];
        mentions[1].span.start += 3;
        mentions[2].span.start += 3;
        let analysis = Analysis {
            mentions,
            ..Analysis::default()
        };
        let links = link(text, &analysis);
        assert_eq!(links.chain_of[1], links.chain_of[0]);
        assert_ne!(
            links.chain_of[2], links.chain_of[0],
            "Mr is not the Ms of the same name"
        );
    }
}
