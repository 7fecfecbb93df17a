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

use crate::analysis::facts::quotes::{self, Quote};
use crate::analysis::lexicon::{self, Gender, WordClass as C};
use crate::analysis::text::fold;
use crate::analysis::words::{given_name_gender, is_plural};
use crate::analysis::{Analysis, EntityType, Mention, MentionKind, Opener};

use super::antecedent;
use super::chain::{Anchor, Chain, Links, agrees, gender_of};
use super::pick::{Seen, Sole, sole};

fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}

/// Groups an article's mentions into chains.
pub fn link(text: &str, analysis: &Analysis) -> Links {
    link_quoted(text, analysis, &quotes::attributed_quotes(text, analysis))
}

/// [`link`] with the article's attributed quotes, which name who `I` is.
pub fn link_quoted(text: &str, analysis: &Analysis, quotes: &[Quote]) -> Links {
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
            add_titles(text, m, &mut chains[c]);
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

    // 2. One-word person names and organisation short forms. Chains with
    // a full name are all made by now: index them by word.
    let mut full_words: std::collections::HashMap<String, Vec<usize>> = std::collections::HashMap::new();
    for (c, chain) in chains.iter().enumerate() {
        if let Anchor::Full(key) = &chain.anchor {
            for w in words(key) {
                let holders = full_words.entry(w.to_string()).or_default();
                if holders.last() != Some(&c) {
                    holders.push(c);
                }
            }
        }
    }
    let full_words = full_words;
    for (i, m) in mentions.iter().enumerate() {
        if chain_of[i] != usize::MAX || !matches!(m.kind, MentionKind::Name | MentionKind::Acronym) {
            continue;
        }
        let word = fold(&m.name);
        let target = surface
            .get(&word)
            .copied()
            .or_else(|| title_acronym(text, &word, i, mentions, &chains))
            .or_else(|| resolve_short(text, &word, i, mentions, &chains, &full_words));
        let c = match target {
            Some(c) => {
                chains[c].mentions.push(i);
                chain_of[i] = c;
                c
            }
            None => join(&mut chains, &mut chain_of, Anchor::Short(word), i, m.ty),
        };
        add_titles(text, m, &mut chains[c]);
    }

    // 3. Descriptions: appositives, titles given in this article, then the
    // cues in `antecedent`. Mentions are visited in text order, counting
    // each chain's mentions so far for salience.
    let traits = antecedent::traits(text, &analysis.sentences, mentions, &chains, &chain_of);
    let mut seen: Vec<Seen> = vec![Seen::default(); chains.len()];
    let times = antecedent::TitleTimes::default();
    let mut titled = TitleIndex::default();
    for (c, chain) in chains.iter().enumerate() {
        for t in &chain.titles {
            titled.add(t, c);
        }
    }

    // The nearest earlier mention of each type that is not a pronoun, for
    // `there`; quotes are in text order and disjoint, for `I`.
    let mut last_of_type: std::collections::HashMap<EntityType, usize> = std::collections::HashMap::new();
    debug_assert!(quotes.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    for (i, m) in mentions.iter().enumerate() {
        let earlier_of_type = last_of_type.get(&m.ty).copied();
        if m.kind != MentionKind::Pronoun {
            last_of_type.insert(m.ty, i);
        }
        if chain_of[i] != usize::MAX {
            if let Some(s) = seen.get_mut(chain_of[i]) {
                s.count += 1;
            }
            continue;
        }
        // `I` in a quote: its speaker, or nobody the article names. A
        // relative `where`: the place just before it.
        if m.kind == MentionKind::Pronoun {
            let speaker = if m.name == "where" {
                i.checked_sub(1).map(|p| chain_of[p])
            } else if m.name == "there" {
                // The nearest earlier mention of the type the analysis gave it.
                earlier_of_type.map(|p| chain_of[p])
            } else {
                let k = quotes.partition_point(|q| q.span.end < m.span.end);
                quotes[k..]
                    .iter()
                    .take_while(|q| q.span.start <= m.span.start)
                    .find(|q| q.span.start <= m.span.start && m.span.end <= q.span.end)
                    .filter(|q| mentions[q.speaker].ty == EntityType::Person)
                    .map(|q| chain_of[q.speaker])
            }
            .filter(|&c| c != usize::MAX);
            match speaker {
                Some(c) => {
                    chains[c].mentions.push(i);
                    chain_of[i] = c;
                }
                None => {
                    join(&mut chains, &mut chain_of, Anchor::Local, i, m.ty);
                }
            }
            seen.resize(chains.len(), Seen::default());
            continue;
        }
        // `LaRue's body`, `his body`: the possessor, named just before, or
        // the person of that sex most named so far.
        if m.opener == Opener::Possessive && lexicon::is(C::RemainsNoun, &m.name) {
            let before = text[..m.span.start].trim_end();
            let owner = if before.ends_with("'s") || before.ends_with("’s") {
                i.checked_sub(1)
                    .filter(|&p| mentions[p].ty == EntityType::Person && mentions[p].kind == MentionKind::Name)
                    .map(|p| chain_of[p])
            } else {
                let gender = m
                    .span
                    .text(text)
                    .split(' ')
                    .next()
                    .filter(|w| lexicon::is_or_capitalised(C::PossessivePronoun, w))
                    .and_then(|w| lexicon::pronoun_gender(&w.to_ascii_lowercase()));
                gender.and_then(|g| antecedent::salient_person(&chains[..traits.len()], &traits, &seen, g))
            };
            if let Some(c) = owner.filter(|&c| c != usize::MAX) {
                chains[c].mentions.push(i);
                chain_of[i] = c;
                continue;
            }
        }
        let desc = fold(&m.name);
        // `a spokeswoman` brings in someone new: only an appositive names
        // them. `his mother` is someone else's relative: a stated title may
        // name them, salience would pick the possessor.
        let target = appositive(text, i, mentions, &chain_of).or_else(|| {
            (m.opener != Opener::Indefinite)
                .then(|| by_title(&desc, m.ty, &chains, &titled))
                .flatten()
        });
        let guessed = || match m.opener {
            Opener::Possessive => None,
            opener => antecedent::antecedent_of(
                analysis,
                i,
                &chains[..traits.len()],
                &traits,
                &seen,
                opener == Opener::Indefinite,
                &times,
            ),
        };
        match target.map(|c| (c, true)).or_else(|| guessed().map(|c| (c, false))) {
            Some((c, stated)) => {
                chains[c].mentions.push(i);
                chain_of[i] = c;
                seen[c].count += 1;
                // Only a stated role becomes a title other articles match.
                if stated && !chains[c].titles.contains(&desc) && m.kind == MentionKind::Descriptor {
                    titled.add(&desc, c);
                    chains[c].titles.push(desc);
                }
            }
            None => {
                let anchor = match nominal_key(&m.name) {
                    Some(key) if m.kind == MentionKind::Descriptor => Anchor::Description(key),
                    _ => Anchor::Local,
                };
                let c = join(&mut chains, &mut chain_of, anchor, i, m.ty);
                seen.resize(chains.len(), Seen::default());
                seen[c].count += 1;
            }
        }
    }
    for chain in &mut chains {
        chain.mentions.sort_unstable();
    }
    Links { chain_of, chains }
}

/// What an unresolved description is filed under across articles: its
/// head noun with the words that change who is meant (a past-role word,
/// a capitalised modifier: `former employee`, `Russian president`), not
/// the incidental ones (`the 40-year-old man` and `a man` meet as `man`).
/// `None` when the description singles out one of several.
pub fn nominal_key(name: &str) -> Option<String> {
    let parts: Vec<&str> = name.split_whitespace().collect();
    let (&head, modifiers) = parts.split_last()?;
    let mut key: Vec<String> = Vec::new();
    for w in modifiers {
        let f = fold(w);
        if lexicon::is(C::Distinguishing, &f) {
            return None;
        }
        if lexicon::is(C::PastRole, &f) || w.starts_with(char::is_uppercase) {
            key.push(f);
        }
    }
    key.push(fold(head));
    let key = key.join(" ");
    (!key.is_empty()).then_some(key)
}

/// The key of a mention that names its entity completely, if it does.
fn full_key(m: &Mention) -> Option<String> {
    match m.kind {
        MentionKind::Descriptor | MentionKind::Pronoun => None,
        // A demonym is its own entity (`Russian` is not `Russia`), typed
        // NORP; its country stays available through `canonical`.
        MentionKind::Demonym => Some(fold(&m.name)),
        MentionKind::Name | MentionKind::Acronym => {
            // A canonical form renames organisations and places (an
            // acronym's expansion, a country's standard name); never people.
            let canonical = m.canonical.as_deref().filter(|_| m.ty != EntityType::Person);
            let name = canonical.unwrap_or(&m.name);
            let key = fold(name);
            // `Microsoft Corp.` is Microsoft: a legal form is not part of
            // the name, and what is left is complete.
            if m.ty == EntityType::Org
                && let Some((rest, last)) = key.rsplit_once(' ')
                && lexicon::is(C::LegalForm, last)
            {
                return Some(rest.to_string());
            }
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

/// Records the title written before a name (`Russian President`) and a
/// role phrase in front of it (`former Mendoza governor Ricardo Peralta`,
/// `coach Renato Ferraro`), which later descriptions repeat.
fn add_titles(text: &str, m: &Mention, chain: &mut Chain) {
    let title = m.title.map(|t| fold(t.text(text)));
    for t in title.into_iter().chain(role_before(text, m)) {
        if !t.is_empty() && !chain.titles.contains(&t) {
            chain.titles.push(t);
        }
    }
}

/// `former Mendoza governor` before `Ricardo Peralta`: up to four words
/// read back from the name, the closest a role noun, none a stop word or
/// across punctuation. Folded.
fn role_before(text: &str, m: &Mention) -> Option<String> {
    if m.ty != EntityType::Person || m.kind != MentionKind::Name {
        return None;
    }
    let before = text.get(..m.span.start)?;
    if !before.ends_with([' ', '\t']) || before.trim_end().ends_with(|c: char| !c.is_alphanumeric()) {
        return None;
    }
    let mut out: Vec<&str> = Vec::new();
    for w in before.split_whitespace().rev().take(4) {
        let clean = w.chars().all(|c| c.is_alphanumeric() || c == '-');
        let lower = w.to_lowercase();
        if !clean || lexicon::is(C::RoleStop, &lower) {
            break;
        }
        if out.is_empty() && !lexicon::is(C::PersonRole, &lower) {
            return None;
        }
        out.push(w);
    }
    out.reverse();
    (!out.is_empty()).then(|| fold(&out.join(" ")))
}

/// `the CS` after `Cabinet Secretary Amina Otieno`: an acronym after `the`
/// spelling the initials of consecutive words of exactly one person's title.
fn title_acronym(text: &str, word: &str, i: usize, mentions: &[Mention], chains: &[Chain]) -> Option<usize> {
    let m = &mentions[i];
    let letters = m.name.chars().filter(|c| c.is_alphabetic()).count();
    let caps = m.name.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
    let after_the = text
        .get(..m.span.start)?
        .trim_end()
        .rsplit(' ')
        .next()?
        .eq_ignore_ascii_case("the");
    if !(caps && after_the && (2..=5).contains(&letters)) {
        return None;
    }
    let spells = |title: &str| {
        let initials: String = words(title)
            .filter(|w| !lexicon::is(C::TitleFunctionWord, w))
            .filter_map(|w| w.chars().next())
            .collect();
        initials.contains(word)
    };
    let titled = |chain: &Chain| chain.ty == EntityType::Person && chain.titles.iter().any(|t| spells(t));
    sole((0..chains.len()).filter(|&c| titled(&chains[c]))).only()
}

/// Finds the chain a one-word name shortens: a person chain whose name
/// contains the word, or an organisation chain whose name starts or ends
/// with it (`Banksia` for Banksia Health, `the League` for Hamilton Civic
/// League). Among several, the chain named most often wins; on a tie, the
/// one introduced first, as news copy names the subject first and spells
/// out a namesake (`his father Renato Ferraro`) every time.
///
/// `full_words` lists, for each word, the chains with a full name holding
/// it, in chain order: only those can fit, so only those are visited.
fn resolve_short(
    text: &str,
    word: &str,
    i: usize,
    mentions: &[Mention],
    chains: &[Chain],
    full_words: &std::collections::HashMap<String, Vec<usize>>,
) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    let holders = full_words.get(word).map_or(&[][..], Vec::as_slice);
    let m = &mentions[i];
    let ty = m.ty;
    let gender = m.title.and_then(|t| gender_of(&fold(t.text(text))));
    // `Holloway` with Holloway Air and Claire Holloway both named: only a
    // title or honorific says it is the person.
    let org_named = |key: &str| words(key).next() == Some(word);
    if ty == EntityType::Person
        && m.title.is_none()
        && holders.iter().map(|&c| &chains[c]).any(|c| {
            matches!(c.ty, EntityType::Org | EntityType::Fac) && matches!(&c.anchor, Anchor::Full(k) if org_named(k))
        })
    {
        return None;
    }
    // `the younger Peralta`: one of two namesakes, never the default one.
    let before = text.get(..m.span.start).unwrap_or("").trim_end();
    let namesake = lexicon::words(C::Namesake).iter().any(|w| ends_with_word(before, w));
    let mut fitting = 0;
    let mut best: Option<(usize, usize)> = None;
    for &c in holders {
        let chain = &chains[c];
        let Anchor::Full(key) = &chain.anchor else {
            continue;
        };
        let fits = match ty {
            EntityType::Person => chain.ty == EntityType::Person && words(key).any(|w| w == word),
            // A company's short form follows its full name (`Banksia Health`
            // … `Banksia`); before it, in the body, the word is a name of
            // its own (`Microsoft` … `a Microsoft Word document`).
            EntityType::Org => {
                chain.ty == EntityType::Org
                    && (words(key).next() == Some(word) || words(key).last() == Some(word))
                    && (chain.mentions[0] < i || crate::analysis::text::unpunctuated_line_at(text, m.span.start))
            }
            _ => false,
        };
        if !fits || !agrees(gender, &chain.titles) || !agrees_given(gender, text, chain, mentions) {
            continue;
        }
        fitting += 1;
        let weight = chain.mentions.len();
        // Chains are created in text order, so a lower index was introduced first.
        match best {
            Some((_, w)) if w >= weight => {}
            _ => best = Some((c, weight)),
        }
    }
    if namesake && fitting > 1 {
        return None;
    }
    best.map(|(c, _)| c)
}

/// Whether `s` ends with the word `w`, ignoring ASCII case.
fn ends_with_word(s: &str, w: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= w.len()
        && b[b.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
        && (b.len() == w.len() || !b[b.len() - w.len() - 1].is_ascii_alphanumeric())
}

/// Whether an honorific's gender fits the given name a chain was
/// introduced with: `Mr Holloway` is not Claire Holloway.
fn agrees_given(gender: Option<Gender>, _text: &str, chain: &Chain, mentions: &[Mention]) -> bool {
    let Some(g) = gender else { return true };
    let first = chain
        .mentions
        .iter()
        .map(|&i| &mentions[i])
        .find(|m| m.kind == MentionKind::Name && m.name.contains(' '));
    first
        .and_then(|m| m.name.split(' ').next())
        .and_then(given_name_gender)
        .is_none_or(|other| other == g)
}

/// `The driver, Joseph Otieno,` / `Joseph Otieno, the driver,`: a
/// description set off by a comma right next to a linked name.
fn appositive(text: &str, i: usize, mentions: &[Mention], chain_of: &[usize]) -> Option<usize> {
    let m = &mentions[i];
    let neighbour = |j: usize, gap: &str| {
        let g = gap.trim();
        // `publicist Harlan Boll`, `the actress Tara Reid`: a role right
        // before a person's name.
        let before_person = j == i + 1 && gap == " " && m.ty == EntityType::Person;
        // `Thompson, who was the mandatory challenger`: a relative clause
        // that only says what the person is.
        let relative = j + 1 == i && m.ty == EntityType::Person && {
            let rest = g.strip_prefix(',').map(str::trim_start).unwrap_or("");
            lexicon::is(C::RelativeCopula, rest)
        };
        // `DeGeneres as host`, `Cheeks was chosen as coach`: a role stated
        // of the person just named.
        let predicate = j + 1 == i && m.ty == EntityType::Person && {
            // Up to three words before `as`, up to three modifiers after it.
            let words: Vec<&str> = g.split_whitespace().collect();
            let link = words
                .iter()
                .rposition(|w| lexicon::is(C::RoleLink, &w.to_ascii_lowercase()));
            link.is_some_and(|k| k <= 3 && words.len() - k <= 4)
                && !g.contains([',', '.', ';', ':', '"', '“', '”', '(', ')'])
        };
        let fits = (g == "," || before_person || relative || predicate)
            && !gap.contains('\n')
            && chain_of[j] != usize::MAX
            && mentions[j].kind == MentionKind::Name
            && mentions[j].ty == m.ty;
        fits.then_some(chain_of[j])
    };
    let next = mentions
        .get(i + 1)
        .and_then(|n| neighbour(i + 1, text.get(m.span.end..n.span.start)?))
        .or_else(|| identified(text, i, mentions, chain_of));
    let prev = i
        .checked_sub(1)
        .and_then(|p| neighbour(p, text.get(mentions[p].span.end..m.span.start)?));
    // `two officers` is never one person named beside it.
    let plural = m.ty == EntityType::Person && m.name.rsplit(' ').next().is_some_and(is_plural);
    next.or(prev).filter(|_| m.kind == MentionKind::Descriptor && !plural)
}

/// `the driver, who police identified as Vishwanand Subryan`, `the
/// suspect, identified as 23-year-old …`: police copy names the person a
/// description introduced. Mentions in between may be the police and an age.
fn identified(text: &str, i: usize, mentions: &[Mention], chain_of: &[usize]) -> Option<usize> {
    let m = &mentions[i];
    if m.ty != EntityType::Person || m.kind != MentionKind::Descriptor {
        return None;
    }
    for j in i + 1..(i + 4).min(mentions.len()) {
        let n = &mentions[j];
        if n.ty == EntityType::Person && n.kind == MentionKind::Name {
            let gap = text.get(m.span.end..n.span.start)?;
            // A trailing age (`23 - year old`, `23-year-old,`) is no part of the cue.
            let gap = match gap.find(|c: char| c.is_ascii_digit()) {
                Some(k) if gap[k..].contains("year") => &gap[..k],
                _ => gap,
            };
            return (identified_as(gap) && chain_of[j] != usize::MAX).then_some(chain_of[j]);
        }
        if n.ty == EntityType::Person && !n.name.replace(' ', "-").ends_with("year-old") {
            return None;
        }
    }
    None
}

/// The gap between a description and a name that police copy uses to
/// name who it was: `, who police identified as`, `identified as`, `,
/// later named as`.
fn identified_as(gap: &str) -> bool {
    if gap.contains(['.', ';', ':', '"', '“', '”', '(', ')', '\n']) {
        return false;
    }
    let words: Vec<String> = gap
        .trim_start_matches(',')
        .split_whitespace()
        .map(|w| w.trim_matches(',').to_ascii_lowercase())
        .collect();
    let Some((last, rest)) = words.split_last() else {
        return false;
    };
    let rest: Vec<&str> = rest
        .iter()
        .map(String::as_str)
        .filter(|w| !lexicon::is(C::ObjectPronoun, w))
        .collect();
    last == "as" && rest.len() <= 5 && matches!(rest.last(), Some(&("identified" | "named")))
}

/// A description whose words all appear in exactly one chain's title,
/// sharing its head word (`russian president` ⊆ `russian president`,
/// `president` ⊆ `russian president` when only one president is named).
fn by_title(desc: &str, ty: EntityType, chains: &[Chain], titled: &TitleIndex) -> Option<usize> {
    let head = words(desc).last()?;
    if ty == EntityType::Person && is_plural(head) {
        return None;
    }
    // Both tests below want a title ending in `head`: only the chains
    // holding one are visited, in chain order.
    let holders = titled.0.get(head).map_or(&[][..], Vec::as_slice);
    let one = |fits: &dyn Fn(&str) -> bool| {
        sole(holders.iter().copied().filter(|&c| {
            let chain = &chains[c];
            chain.titles.iter().any(|t| fits(t)) && (chain.ty == ty || ty == EntityType::Person)
        }))
    };
    match one(&|t| title_fits(desc, head, t)) {
        Sole::One(c) => Some(c),
        Sole::Several => None,
        // `the mayor` when only one mayor is named: the head alone, if both
        // place the role alike in time (`the new mayor` ≠ `former mayor`).
        Sole::Nobody => {
            use antecedent::when;
            one(&|t| words(t).last() == Some(head) && when(t) == when(desc)).only()
        }
    }
}

/// The chains holding a title, by the title's last word (its head), each
/// list in chain order: `by_title` visits only the chains that can fit
/// instead of every chain for every description.
#[derive(Default)]
struct TitleIndex(std::collections::HashMap<String, Vec<usize>>);

impl TitleIndex {
    fn add(&mut self, title: &str, c: usize) {
        let Some(head) = words(title).last() else { return };
        let holders = self.0.entry(head.to_string()).or_default();
        if let Err(k) = holders.binary_search(&c) {
            holders.insert(k, c);
        }
    }
}

/// Whether a description fits a title: same head word, and every word of
/// the description occurs in the title.
pub fn title_fits(desc: &str, head: &str, title: &str) -> bool {
    words(title).last() == Some(head) && words(desc).all(|w| words(title).any(|t| t == w))
}

#[cfg(test)]
pub(super) mod tests {
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
            opener: if kind == MentionKind::Descriptor {
                Opener::Definite
            } else {
                Opener::None
            },
        }
    }

    #[test]
    fn folds_case_diacritics_and_punctuation() {
        assert_eq!(fold("Kim Jong-un"), fold("KIM JONG UN"));
        assert_eq!(fold("Einarsdóttir"), "einarsdottir");
        assert_eq!(fold("Lê Văn Hải"), "le van hai");
        assert_eq!(fold("U.S."), "us");
        assert_ne!(fold("Kim Jong-un"), fold("Kim Jong-il"));
        // An apostrophe inside a name joins it: `O'Brien` is one word.
        assert_eq!(fold("Jim O’Brien"), "jim obrien");
        assert_eq!(fold("Betty Ford Centre"), fold("Betty Ford Center"));
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
    /// A text's analysis and its chains.
    fn linked(text: &str) -> (Analysis, Links) {
        let a = crate::analysis::analyze(text);
        let l = link(text, &a);
        (a, l)
    }

    /// Chain of the mention starting at the `n`-th (1-based) occurrence of `s`.
    pub(in crate::analysis) fn chain_at(text: &str, analysis: &Analysis, links: &Links, s: &str, n: usize) -> usize {
        let start = text.match_indices(s).nth(n - 1).unwrap_or_else(|| panic!("{s}")).0;
        let i = analysis
            .mentions
            .iter()
            .position(|m| m.span.start <= start && start < m.span.end)
            .unwrap_or_else(|| panic!("no mention at {s:?}: {:?}", analysis.mentions));
        links.chain_of[i]
    }

    #[test]
    fn an_honorific_must_fit_the_given_name() {
        let text = "Minister Claire Dumont met driver Gregory Dumont. Mr Dumont left early.";
        let (a, l) = linked(text);
        assert_eq!(
            chain_at(text, &a, &l, "Mr Dumont", 1),
            chain_at(text, &a, &l, "Gregory", 1)
        );
    }

    #[test]
    fn the_younger_of_two_namesakes_stays_unlinked() {
        let text = "Arturo Benetti and his son Marco Benetti were charged. Arturo Benetti denied it. \
                    The younger Benetti said nothing.";
        let (a, l) = linked(text);
        let younger = chain_at(text, &a, &l, "Benetti said", 1);
        assert_ne!(younger, chain_at(text, &a, &l, "Arturo", 1));
        assert_ne!(younger, chain_at(text, &a, &l, "Marco", 1));
    }

    #[test]
    fn a_company_word_before_its_product_names_is_the_company() {
        let text = "Microsoft patches browser\n\nMicrosoft Corp. issued a patch. Microsoft said attackers \
                    send a Microsoft Word file. Microsoft urged users to update.";
        let (a, l) = linked(text);
        let company = chain_at(text, &a, &l, "Microsoft Corp.", 1);
        assert_eq!(
            l.chains[company].anchor,
            Anchor::Full("microsoft".into()),
            "the legal form goes"
        );
        assert_eq!(
            chain_at(text, &a, &l, "Microsoft", 1),
            company,
            "a headline names it first"
        );
        assert_eq!(chain_at(text, &a, &l, "Microsoft", 5), company);
        assert_ne!(chain_at(text, &a, &l, "Microsoft Word", 1), company);
        // Without the full name, the word stays a name of its own rather
        // than a short form of the product named after it.
        let text = "Microsoft said attackers use Microsoft Word files. Microsoft urged users to update.";
        let (a, l) = linked(text);
        assert_ne!(
            chain_at(text, &a, &l, "Microsoft", 1),
            chain_at(text, &a, &l, "Microsoft Word", 1)
        );
        assert_eq!(
            a.mentions.iter().find(|m| m.name == "Microsoft Word").map(|m| m.ty),
            Some(EntityType::Org),
            "not a person's name"
        );
    }

    #[test]
    fn a_bare_word_naming_a_company_and_a_person_stays_unlinked() {
        let text = "Brennan Freight Group collapsed, said Chief Executive Ruth Brennan. Brennan owes millions. \
                    Ms Brennan apologised.";
        let (a, l) = linked(text);
        let ruth = chain_at(text, &a, &l, "Ruth", 1);
        assert_ne!(chain_at(text, &a, &l, "Brennan owes", 1), ruth);
        assert_eq!(chain_at(text, &a, &l, "Ms Brennan", 1), ruth);
    }

    #[test]
    fn a_new_role_does_not_match_a_former_one() {
        let text = "Pia Lund, the former mayor, spoke. Pia Lund smiled. The new mayor thanked her.";
        let (a, l) = linked(text);
        assert_ne!(
            chain_at(text, &a, &l, "The new mayor", 1),
            chain_at(text, &a, &l, "Pia", 1)
        );
    }

    #[test]
    fn a_title_acronym_and_a_role_phrase_lead_back_to_the_person() {
        let text = "Cabinet Secretary Wanjiru Mbeki visited the site with former Lagos governor Tunde Bakare. \
                    The CS promised an inquiry. The former governor agreed.";
        let (a, l) = linked(text);
        let cs = chain_at(text, &a, &l, "Wanjiru", 1);
        assert_eq!(chain_at(text, &a, &l, "CS promised", 1), cs);
        assert_eq!(
            chain_at(text, &a, &l, "The former governor", 1),
            chain_at(text, &a, &l, "Tunde", 1)
        );
    }

    #[test]
    fn a_body_is_the_person_it_belongs_to() {
        let text = "Fred LaRue, a Watergate figure, has died. LaRue was 75. His body was found by a maid. \
                    Police said LaRue's body showed no injuries. Mary Jones said her body ached.";
        let (a, l) = linked(text);
        let fred = chain_at(text, &a, &l, "Fred LaRue", 1);
        assert_eq!(chain_at(text, &a, &l, "His body", 1), fred);
        assert_eq!(chain_at(text, &a, &l, "body", 2), fred);
        assert_ne!(chain_at(text, &a, &l, "her body", 1), fred, "her is not a man");
    }

    #[test]
    fn a_relative_where_is_the_place_before_it() {
        let text = "Lohan checked into the Betty Ford Center, where she stayed before. Police asked where she was.";
        let (a, l) = linked(text);
        assert_eq!(
            chain_at(text, &a, &l, "where", 1),
            chain_at(text, &a, &l, "Betty Ford Center", 1)
        );
        assert_eq!(
            a.mentions.iter().filter(|m| m.name == "where").count(),
            1,
            "a question is not a place"
        );
    }

    #[test]
    fn a_role_stated_with_as_is_the_person_just_named() {
        let text = "The Academy picked Ellen DeGeneres as host. Laura Brennick was chosen as head coach, \
                    and Mark Heller, as ever, said nothing. The show needs a host.";
        let (a, l) = linked(text);
        let ellen = chain_at(text, &a, &l, "Ellen", 1);
        assert_eq!(chain_at(text, &a, &l, "host", 1), ellen);
        assert_eq!(l.chains[ellen].titles, vec!["host".to_string()], "a stated title");
        assert_eq!(chain_at(text, &a, &l, "coach", 1), chain_at(text, &a, &l, "Laura", 1));
        assert_ne!(chain_at(text, &a, &l, "a host", 1), ellen);
    }

    #[test]
    fn a_locative_there_is_the_facility_or_place_just_named() {
        let text = "She checked into the Betty Ford Center in Rancho Mirage, California. She stayed there \
                    for a month. There is no cure. In Paris, there were protests. She went there.";
        let (a, l) = linked(text);
        assert_eq!(
            chain_at(text, &a, &l, "there", 1),
            chain_at(text, &a, &l, "Betty Ford", 1)
        );
        assert_eq!(chain_at(text, &a, &l, "there", 3), chain_at(text, &a, &l, "Paris", 1));
        let existential = text.find("there were").unwrap();
        assert!(
            a.mentions.iter().all(|m| m.span.start != existential),
            "`there were` is no place"
        );
    }

    #[test]
    fn police_copy_identifying_someone_names_the_description() {
        let text = "Raj Chohan, 59, was killed. The driver, who police identified as Vishwanand Subryan, \
                    fled. Officers later found the suspect, identified as 23-year-old Vishwanand Subryan. \
                    The witness, who police said saw Tom Ray, left.";
        let (a, l) = linked(text);
        let subryan = chain_at(text, &a, &l, "Vishwanand", 1);
        assert_eq!(chain_at(text, &a, &l, "driver", 1), subryan);
        assert_eq!(chain_at(text, &a, &l, "suspect", 1), subryan);
        assert_ne!(
            chain_at(text, &a, &l, "witness", 1),
            chain_at(text, &a, &l, "Tom Ray", 1)
        );
    }
}
