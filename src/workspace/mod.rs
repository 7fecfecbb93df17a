//! The workspace: every article's analysis, linked across articles.
//!
//! Pure and synchronous like the core: adapters decide what a document id
//! is (a URI in the server, a path in the CLI), feed texts in, and ask
//! questions. Updating one article touches only that article's entries in
//! the cross-article index, never the whole workspace.

mod aggregates;
mod findings;
#[doc(hidden)]
pub mod fuzz_api;
mod lines;
mod names;
mod roles;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use crate::analysis::coref::{self as linking, Anchor, Chain, Links};
use crate::analysis::facts::{Facts, claims, quotes};
use crate::analysis::text::collapse;
use crate::analysis::text::fold;
use crate::analysis::{self, Analysis, EntityType, Mention, MentionKind, Span};
pub use crate::analysis::{Article, DocId, analyze_parallel};
use crate::kb::{Kb, KbEntry};

pub use findings::{Finding, Related, describe, with_levels};
pub use lines::{LineIndex, floor_char_boundary};

/// The file name of a document id (a path or URI), percent escapes
/// decoded, as messages and hovers name an article.
pub fn short_name(id: &str) -> String {
    let last = id.rsplit('/').next().unwrap_or(id);
    let bytes = last.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let Some(b) = last.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The code of the finding on an article whose analysis failed.
pub const ANALYSIS_FAILED: &str = "analysis-failed";

/// The `analysis-failed` finding of an article whose analysis failed:
/// an error on its first line that names the problem and asks for a
/// bug report.
pub fn failure_finding(article: &Article) -> Option<Finding> {
    let failure = article.failure.as_ref()?;
    let first_line = article.text.find('\n').unwrap_or(article.text.len());
    let end = floor_char_boundary(&article.text, first_line.min(200));
    Some(Finding {
        doc: article.id.clone(),
        span: Span::new(0, end),
        code: ANALYSIS_FAILED,
        level: crate::config::Level::Error,
        message: format!(
            "newsls could not analyse this article (internal error: {failure}); its names and facts are \
             left out, the other articles are checked as usual. Please report this as a newsls bug, \
             with this article attached."
        ),
        related: Vec::new(),
        data: Some(serde_json::json!({"error": failure})),
    })
}

/// Identifies an entity across the workspace: the folded full name
/// (`kim jong un`), or for entities never named in full, a marked form:
/// `~putin` (a one-word name no full name explains), `?russian president`
/// (a description no title explains), `#doc#chain` (a local singleton).
pub type EntityId = String;

/// A chain's place: article and index into its `links.chains`.
type ChainRef = (DocId, usize);

/// What the workspace knows about one entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub id: EntityId,
    /// The most frequent full form among its names.
    pub name: String,
    pub ty: EntityType,
    pub mentions: usize,
    pub articles: usize,
    /// Titles and roles the articles give it, with the articles giving them.
    pub titles: Vec<(String, Vec<DocId>)>,
    /// Every distinct name form used.
    pub aliases: Vec<String>,
    /// The knowledge-base entry, when one matches.
    pub kb: Option<KbEntry>,
}

#[derive(Debug)]
struct Entry {
    article: Article,
    links: Links,
    claims: Vec<claims::Claim>,
    quotes: Vec<quotes::Quote>,
}

/// A claim's fact (its signature, or for a place its entity) and subject,
/// for grouping articles that state the same facts.
type Figure = (String, Option<EntityId>);
type Sided<'a> = (Figure, &'a claims::Claim);

/// An article's entry and figures for the claim key being checked.
type FiguresOf<'a> = dyn Fn(&str) -> Option<(&'a Entry, &'a [Sided<'a>])> + 'a;

/// Counts per key, so removal can tell when the last use goes.
type Counts = HashMap<String, usize>;

/// One person's spellings in the workspace (`names`) and the key the
/// group is known by.
#[derive(Debug)]
struct Spellings {
    representative: String,
    keys: Vec<String>,
}

#[derive(Debug, Default)]
pub struct Workspace {
    entries: HashMap<DocId, Entry>,
    /// Full-name chains by key.
    full: HashMap<String, BTreeSet<ChainRef>>,
    /// Word → full person keys containing it; first or last word → full
    /// org keys.
    person_words: HashMap<String, Counts>,
    /// Surname → full person keys with a given name (`names::surname`).
    person_cores: HashMap<String, Counts>,
    /// Full person key → the key its spelling group is known by, computed
    /// since the last change (`names::variants`).
    variant_memo: parking_lot::Mutex<HashMap<String, Option<Arc<Spellings>>>>,
    /// Full facility or organisation key → the key its spellings are known
    /// by, computed since the last change (`facility_representative`).
    facility_memo: parking_lot::Mutex<HashMap<String, Option<String>>>,
    org_heads: HashMap<String, Counts>,
    /// First and last word → other multi-word full keys (products, places,
    /// facilities, events): `Explorer` for Internet Explorer.
    other_heads: HashMap<String, Counts>,
    /// Description noun → full keys of things (not people) whose names
    /// contain it: `church` → wasilla bible church.
    noun_names: HashMap<String, Counts>,
    /// A facility's or organisation's name without its trailing facility
    /// words (`betty ford`) → the full keys of facilities and organisations
    /// with that core (`betty ford center`, `betty ford`).
    facility_cores: HashMap<String, Counts>,
    /// One-word aliases an article gives a full name (acronyms) → keys.
    acronyms: HashMap<String, Counts>,
    /// Every word of a full key → the full keys with it (any type): what a
    /// changed name may change the resolution of.
    key_words: HashMap<String, Counts>,
    key_aliases: HashMap<String, Counts>,
    /// Head word of a title → (title, full key) uses.
    titles: HashMap<String, HashMap<(String, String), usize>>,
    /// Full key → its titles, for finding descriptions that resolve to it.
    key_titles: HashMap<String, Counts>,
    /// Unresolved one-word chains by word; description chains by head word.
    shorts: HashMap<String, BTreeSet<ChainRef>>,
    descs: HashMap<String, BTreeSet<ChainRef>>,
    /// The knowledge base and the document it was read from.
    kb: Option<(DocId, Arc<Kb>)>,
    /// Quantity claims by property key, and keys some article updates.
    claim_keys: HashMap<String, BTreeSet<ChainRef>>,
    updated_keys: HashMap<String, usize>,
    /// Quotes by normalised words, and by the speaker's last name.
    quote_texts: HashMap<String, BTreeSet<ChainRef>>,
    quote_speakers: HashMap<String, BTreeSet<ChainRef>>,
    /// Entity summaries computed since the last change: hovers over a
    /// popular entity would otherwise walk all its mentions every time.
    /// With each entity's defining mention (`definition`), which semantic
    /// tokens ask for every mention of it. Forgotten together.
    memo: parking_lot::Mutex<HashMap<EntityId, Known>>,
    /// The entity of every chain resolved since the last change to the
    /// cross-article index: resolution reads only the index and the
    /// chain's own article, so an edit that leaves the index as it was
    /// (typing in the prose) keeps every entry.
    resolved: parking_lot::Mutex<HashMap<ChainRef, EntityId>>,
    /// What the per-article checks read from other articles, kept current
    /// by delta (see `aggregates`).
    aggregates: parking_lot::Mutex<aggregates::Aggregates>,
}

fn bump(map: &mut HashMap<String, Counts>, outer: &str, inner: &str, delta: isize) {
    let counts = map.entry(outer.to_string()).or_default();
    let n = counts.entry(inner.to_string()).or_default();
    *n = n.saturating_add_signed(delta);
    if *n == 0 {
        counts.remove(inner);
    }
    if counts.is_empty() {
        map.remove(outer);
    }
}

fn set_edit<K: std::hash::Hash + Eq + Clone>(
    map: &mut HashMap<K, BTreeSet<ChainRef>>,
    key: &K,
    r: ChainRef,
    add: bool,
) {
    if add {
        map.entry(key.clone()).or_default().insert(r);
    } else if let Some(set) = map.get_mut(key) {
        set.remove(&r);
        if set.is_empty() {
            map.remove(key);
        }
    }
}

fn head(folded: &str) -> &str {
    folded.rsplit(' ').next().unwrap_or("")
}

/// The one id `id` gives all of `keys`, if there is one.
fn unique_by<'k>(keys: impl Iterator<Item = &'k String>, id: impl Fn(&str) -> String) -> Option<String> {
    let mut found: Option<String> = None;
    for k in keys {
        let id = id(k);
        match &found {
            Some(f) if *f != id => return None,
            _ => found = Some(id),
        }
    }
    found
}

/// A facility's or organisation's name without the facility words ending
/// it, and with plural words made singular, so that outlets' variants meet:
/// `betty ford treatment center` → `betty ford`; `academy of motion
/// pictures arts and sciences` → `academy of motion picture art and
/// science`. `None` when nothing else is left.
fn facility_core(key: &str) -> Option<String> {
    let mut core = key;
    while let Some((rest, last)) = core.rsplit_once(' ')
        && analysis::lexicon::is(analysis::lexicon::WordClass::FacilityNameWord, last)
    {
        core = rest;
    }
    if core.is_empty() || analysis::lexicon::is(analysis::lexicon::WordClass::FacilityNameWord, core) {
        return None;
    }
    let singular = |w: &str| analysis::lexicon::singular(w).unwrap_or_else(|| w.to_string());
    Some(core.split(' ').map(singular).collect::<Vec<_>>().join(" "))
}

impl Workspace {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Article> {
        self.entries.get(id).map(|e| &e.article)
    }

    /// Articles in stable (id) order.
    pub fn articles(&self) -> Vec<&Article> {
        let mut all: Vec<&Article> = self.entries.values().map(|e| &e.article).collect();
        all.sort_by(|a, b| a.id.cmp(&b.id));
        all
    }

    /// Adds or replaces an article: links its mentions into chains and
    /// re-indexes only its chains.
    pub fn insert(&mut self, mut article: Article) {
        let Facts { links, claims, quotes } = article
            .take_facts()
            .unwrap_or_else(|| Facts::extract(&article.text, &article.analysis));
        let id = article.id.clone();
        if self.entries.contains_key(&id) {
            self.replace(article, links, claims, quotes);
            return;
        }
        // A new article (indexing): the memos go, they are rebuilt on demand.
        self.clear_memos();
        self.index(&id, &links, true);
        self.index_claims(&id, &claims, true);
        self.index_quotes(&id, &article.analysis, &quotes, true);
        self.entries.insert(
            id,
            Entry {
                article,
                links,
                claims,
                quotes,
            },
        );
    }

    /// Replaces an article. When its chains file under the cross-article
    /// index exactly as before (`same_index`: typing in the prose), every
    /// chain of the workspace resolves as before, so the resolutions stay
    /// memoised and the aggregates change by this article's part only.
    /// Otherwise (a name typed), only what the changed names can reach is
    /// forgotten (`reach`, then `reach_renamed` for keys whose canonical
    /// form moved): the chains whose resolution reads them, the entities
    /// those chains belonged to or now belong to, and the claim and quote
    /// groups of the articles whose chains now resolve to another entity
    /// (claims and quotes read which entity a chain is, not its spelling).
    /// Memos are forgotten entry by entry, never by a pass over them. Either way the cost of an edit follows
    /// what it touches, not the size of the workspace.
    fn replace(&mut self, article: Article, links: Links, claims: Vec<claims::Claim>, quotes: Vec<quotes::Quote>) {
        let id = article.id.clone();
        let Some(old_links) = self.entries.get(&id).map(|e| e.links.clone()) else {
            return;
        };
        let old_part = self.part(&id);
        let same = same_index(&old_links, &links);
        let words = if same {
            BTreeSet::new()
        } else {
            changed_words(&old_links, &links)
        };
        let mut reached = Reach::default();
        let own_ids: BTreeSet<EntityId> = self.entities_of(&id).into_iter().collect();
        // What the reached chains resolve to before the change.
        let mut before: HashMap<ChainRef, EntityId> = HashMap::new();
        // What the reached keys are known by before the change.
        let mut canonical_before: HashMap<String, String> = HashMap::new();
        if !same {
            reached = self.reach(&id, &words);
            for k in &reached.keys {
                canonical_before.insert(k.clone(), self.canonical(k));
            }
            for r in &reached.chains {
                if let Some((_, chain)) = self.chain(r) {
                    before.insert(r.clone(), self.resolve(&r.0, r.1, chain));
                }
            }
        }
        let Some(old) = self.entries.remove(&id) else {
            return;
        };
        if !same {
            self.index(&id, &old.links, false);
            self.index(&id, &links, true);
        }
        self.index_claims(&id, &old.claims, false);
        self.index_quotes(&id, &old.article.analysis, &old.quotes, false);
        self.index_claims(&id, &claims, true);
        self.index_quotes(&id, &article.analysis, &quotes, true);
        self.entries.insert(
            id.clone(),
            Entry {
                article,
                links,
                claims,
                quotes,
            },
        );
        // This article's entities: their summaries count its mentions. Its
        // part in the aggregates is replaced below.
        let mut changed = own_ids;
        if !same {
            let mut forget: BTreeSet<EntityId> = BTreeSet::new();
            let after = self.reach(&id, &words);
            reached.chains.extend(after.chains);
            reached.keys.extend(after.keys);
            for k in &reached.keys {
                self.variant_memo.get_mut().remove(k);
                self.facility_memo.get_mut().remove(k);
            }
            // Keys now known by another name: what reads their canonical
            // form (short forms of their words, descriptions in articles
            // naming them) is reached too. Those chains' earlier resolution
            // is the memoised one; one never resolved counts as moved.
            let moved: BTreeSet<String> = (reached.keys.iter())
                .filter(|k| canonical_before.get(*k).is_some_and(|b| *b != self.canonical(k)))
                .cloned()
                .collect();
            let renamed = self.reach_renamed(&id, &moved);
            {
                let memo = self.resolved.get_mut();
                for r in renamed {
                    if !reached.chains.contains(&r) {
                        if let Some(was) = memo.get(&r) {
                            before.insert(r.clone(), was.clone());
                        }
                        reached.chains.insert(r);
                    }
                }
            }
            // Forgotten one by one: a pass over the memo would cost the
            // size of the workspace.
            let resolved = self.resolved.get_mut();
            for c in 0..old_links.chains.len() {
                resolved.remove(&(id.clone(), c));
            }
            for r in &reached.chains {
                resolved.remove(r);
            }
            // The entities that lost or gained a chain elsewhere, and those
            // named by a reached key (their spellings may have regrouped).
            let mut docs: BTreeSet<DocId> = BTreeSet::new();
            for r in &reached.chains {
                let Some((_, chain)) = self.chain(r) else { continue };
                let now = self.resolve(&r.0, r.1, chain);
                let was = before.get(r);
                let by_key = matches!(&chain.anchor, Anchor::Full(k) if reached.keys.contains(k));
                let moved = was != Some(&now);
                if moved || by_key {
                    forget.insert(now);
                    forget.extend(was.cloned());
                }
                // Claims and quotes read which entity a chain is, not how
                // its name is spelled.
                if moved {
                    docs.insert(r.0.clone());
                }
            }
            // Other articles whose chains resolve anew: their claims'
            // subjects and places, their quotes' speakers.
            let mut figure_keys = BTreeSet::new();
            let mut quote_keys = BTreeSet::new();
            for e in docs.iter().filter_map(|d| self.entries.get(d)) {
                figure_keys.extend(e.claims.iter().map(|c| c.key.clone()));
                for q in &e.quotes {
                    quote_keys.insert((true, q.normalised()));
                    quote_keys.insert((false, speaker_key(&e.article.analysis, q)));
                }
            }
            self.aggregates.get_mut().forget(&forget, &figure_keys, &quote_keys);
            changed.extend(forget);
        }
        changed.extend(self.entities_of(&id));
        let new_part = self.part(&id);
        self.aggregates.get_mut().replace(&id, &old_part, &new_part);
        // Summaries count the mentions of these entities.
        let memo = self.memo.get_mut();
        for k in &changed {
            memo.remove(k);
        }
    }

    /// What a change to the names in `words` can reach, in articles other
    /// than `doc`: the full keys sharing a word with them, and the chains
    /// whose resolution reads those keys or words (full names with those
    /// keys, short forms with the words, descriptions by a title those keys
    /// hold or by one of the words). The index under a word changes only
    /// where a name with that word was added or dropped, and those words
    /// are in `words`; what reads the canonical form of the other keys is
    /// reached by [`Self::reach_renamed`] once that form is known to move.
    fn reach(&self, doc: &DocId, words: &BTreeSet<String>) -> Reach {
        let mut keys: BTreeSet<String> = BTreeSet::new();
        for w in words {
            keys.extend(self.key_words.get(w).into_iter().flat_map(|k| k.keys().cloned()));
        }
        let mut chains: BTreeSet<ChainRef> = BTreeSet::new();
        for k in &keys {
            chains.extend(self.full.get(k).into_iter().flatten().cloned());
            for (t, _) in self.key_titles.get(k).into_iter().flatten() {
                chains.extend(self.descs.get(head(t)).into_iter().flatten().cloned());
            }
        }
        for w in words {
            chains.extend(self.shorts.get(w).into_iter().flatten().cloned());
            chains.extend(self.descs.get(w).into_iter().flatten().cloned());
        }
        chains.retain(|(d, _)| d != doc);
        Reach { chains, keys }
    }

    /// The chains, in articles other than `doc`, that read the canonical
    /// form of the keys in `moved`: short forms of their words, and every
    /// description of an article naming one of them (which reads its
    /// article's names).
    fn reach_renamed(&self, doc: &DocId, moved: &BTreeSet<String>) -> BTreeSet<ChainRef> {
        let mut chains: BTreeSet<ChainRef> = BTreeSet::new();
        for w in moved.iter().flat_map(|k| k.split(' ')).collect::<BTreeSet<_>>() {
            chains.extend(self.shorts.get(w).into_iter().flatten().cloned());
            chains.extend(self.descs.get(w).into_iter().flatten().cloned());
        }
        let naming: BTreeSet<&DocId> = moved
            .iter()
            .flat_map(|k| self.full.get(k).into_iter().flatten().map(|(d, _)| d))
            .collect();
        for d in naming {
            let Some(e) = self.entries.get(d) else { continue };
            for (c, chain) in e.links.chains.iter().enumerate() {
                if matches!(chain.anchor, Anchor::Description(_)) {
                    chains.insert((d.clone(), c));
                }
            }
        }
        chains.retain(|(d, _)| d != doc);
        chains
    }

    /// Removes an article and its index entries; returns whether it existed.
    pub fn remove(&mut self, id: &str) -> bool {
        let Some(old) = self.entries.remove(id) else {
            return false;
        };
        self.clear_memos();
        self.index(&old.article.id, &old.links, false);
        self.index_claims(&old.article.id, &old.claims, false);
        self.index_quotes(&old.article.id, &old.article.analysis, &old.quotes, false);
        true
    }

    fn index_quotes(&mut self, doc: &DocId, analysis: &Analysis, quotes: &[quotes::Quote], add: bool) {
        for (i, q) in quotes.iter().enumerate() {
            set_edit(&mut self.quote_texts, &q.normalised(), (doc.clone(), i), add);
            set_edit(
                &mut self.quote_speakers,
                &speaker_key(analysis, q),
                (doc.clone(), i),
                add,
            );
        }
    }

    /// The entity of an article's mention (by index), if it is linked.
    fn mention_entity(&self, entry: &Entry, mention: usize) -> Option<EntityId> {
        let chain = *entry.links.chain_of.get(mention)?;
        Some(self.resolve(&entry.article.id, chain, entry.links.chains.get(chain)?))
    }

    /// The speaker of a quote, as an entity.
    fn quote_speaker(&self, entry: &Entry, q: &quotes::Quote) -> Option<EntityId> {
        self.mention_entity(entry, q.speaker)
    }

    /// `conflicting-attribution` (the same words credited to someone else)
    /// and `quote-variant` (the same speaker, other words) findings in `doc`.
    /// Candidates come from the two quote indexes, never from a scan.
    fn quote(&self, r: &ChainRef) -> Option<(&Entry, &quotes::Quote)> {
        let e = self.entries.get(&r.0)?;
        Some((e, e.quotes.get(r.1)?))
    }

    /// `conflicting-attribution` (the same words credited to someone else)
    /// and `quote-variant` (the same speaker, other words) findings in `doc`.
    /// Candidates come from the two quote indexes, grouped (`memo`) so that a
    /// quote repeated in many articles is compared once per group.
    fn quote_findings(&self, doc: &str) -> Vec<Finding> {
        let Some(e) = self.entries.get(doc) else {
            return Vec::new();
        };
        // Two people, sharing no name word: an unlinked `Kafoury` and
        // `Charlie Kafoury`, or a spokesman and his company, are no conflict.
        fn person(a: &Analysis, i: usize) -> Option<&Mention> {
            a.mentions.get(i).filter(|m| m.ty == EntityType::Person)
        }
        let mut out = Vec::new();
        for q in &e.quotes {
            let Some(speaker) = self.quote_speaker(e, q) else {
                continue;
            };
            let here = q.speaker_span.text(&e.article.text);
            let norm = q.normalised();
            let others = |groups: &aggregates::QuoteGroups, keep: &dyn Fn(&QuoteGroup) -> bool| -> Vec<ChainRef> {
                groups
                    .iter()
                    // Groups quoted only here give nothing: skip them before
                    // the costlier test.
                    .filter(|g| g.1.iter().any(|(d, _)| d.as_ref() != doc) && keep(g))
                    .flat_map(|(_, refs)| refs.iter().filter(|(d, _)| d.as_ref() != doc).cloned())
                    .take(roles::MAX_RELATED)
                    .collect()
            };
            // The same words from a different speaker.
            let credited = match person(&e.article.analysis, q.speaker) {
                Some(ours) => {
                    let our_words: BTreeSet<String> = fold(&ours.name).split(' ').map(str::to_string).collect();
                    let groups = self.quote_groups(true, &norm);
                    others(&groups, &|((group_speaker, _), refs)| {
                        group_speaker.as_ref().is_some_and(|s| *s != speaker)
                            && refs.first().and_then(|r| self.quote(r)).is_some_and(|(o, oq)| {
                                person(&o.article.analysis, oq.speaker)
                                    .is_some_and(|m| fold(&m.name).split(' ').all(|w| !our_words.contains(w)))
                            })
                    })
                }
                None => Vec::new(),
            };
            if let Some((o, oq)) = credited.first().and_then(|r| self.quote(r)) {
                let there = oq.speaker_span.text(&o.article.text);
                let name = short_name(&o.article.id);
                out.push(Finding {
                    doc: e.article.id.clone(),
                    span: q.speaker_span,
                    code: "conflicting-attribution",
                    level: crate::config::Level::Warning,
                    message: format!("here: \"{here}\" said it; {name}: \"{there}\""),
                    related: credited
                        .iter()
                        .filter_map(|r| self.quote(r))
                        .map(|(o, oq)| Related {
                            doc: o.article.id.clone(),
                            span: oq.speaker_span,
                            message: format!(
                                "the same quote, credited to \"{}\"",
                                oq.speaker_span.text(&o.article.text)
                            ),
                        })
                        .collect(),
                    data: Some(serde_json::json!({
                        "quote": q.span.text(&e.article.text),
                        "here": {"value": here},
                        "there": {"doc": &*o.article.id, "value": there},
                    })),
                });
                continue;
            }
            // The same speaker in other words: similar, not equal, not an excerpt.
            let key = speaker_key(&e.article.analysis, q);
            let groups = self.quote_groups(false, &key);
            let variants = others(&groups, &|((group_speaker, words), refs)| {
                group_speaker.as_ref() == Some(&speaker)
                    && *words != norm
                    && refs.first().and_then(|r| self.quote(r)).is_some_and(|(_, oq)| {
                        oq.words.len() >= quotes::MIN_WORDS
                            && quotes::similarity(q, oq) >= 0.4
                            && !quotes::excerpt(q, oq)
                    })
            });
            if let Some((o, oq)) = variants.first().and_then(|r| self.quote(r)) {
                let name = short_name(&o.article.id);
                let ours = q.span.text(&e.article.text);
                let theirs = oq.span.text(&o.article.text);
                out.push(Finding {
                    doc: e.article.id.clone(),
                    span: q.span,
                    code: "quote-variant",
                    level: crate::config::Level::Information,
                    message: format!("{here} is quoted in other words in {name}: \"{theirs}\""),
                    related: variants
                        .iter()
                        .filter_map(|r| self.quote(r))
                        .map(|(o, oq)| Related {
                            doc: o.article.id.clone(),
                            span: oq.span,
                            message: "the same speaker's quote, worded differently".to_string(),
                        })
                        .collect(),
                    data: Some(serde_json::json!({
                        "speaker": here,
                        "here": {"value": ours},
                        "there": {"doc": &*o.article.id, "value": theirs},
                    })),
                });
            }
        }
        out
    }

    fn index_claims(&mut self, doc: &DocId, claims: &[claims::Claim], add: bool) {
        for (i, c) in claims.iter().enumerate() {
            set_edit(&mut self.claim_keys, &c.key, (doc.clone(), i), add);
            if c.updated {
                let n = self.updated_keys.entry(c.key.clone()).or_default();
                *n = if add { *n + 1 } else { n.saturating_sub(1) };
                if *n == 0 {
                    self.updated_keys.remove(&c.key);
                }
            }
        }
    }

    /// The claims of an article, as (key, text, updated, fact, subject),
    /// for inspection tools.
    pub fn claims_of(&self, doc: &str) -> Vec<(String, String, bool, String, Option<EntityId>)> {
        let Some(e) = self.entries.get(doc) else {
            return Vec::new();
        };
        e.claims
            .iter()
            .map(|c| {
                (
                    c.key.clone(),
                    c.span.text(&e.article.text).to_string(),
                    c.updated,
                    self.fact_signature(e, c),
                    self.claim_subject(e, c),
                )
            })
            .collect()
    }

    /// What a claim states, as a comparable string: a place by its entity.
    fn fact_signature(&self, entry: &Entry, c: &claims::Claim) -> String {
        match c.fact {
            claims::Fact::Place { mention } => self.mention_entity(entry, mention).unwrap_or_else(|| {
                let m = entry.article.analysis.mentions.get(mention);
                m.map(|m| fold(&m.name)).unwrap_or_default()
            }),
            _ => c.fact.signature(),
        }
    }

    /// The subject of a claim, as an entity.
    fn claim_subject(&self, entry: &Entry, c: &claims::Claim) -> Option<EntityId> {
        self.mention_entity(entry, c.subject?)
    }

    /// An article's figures for a claim key, in a canonical order.
    fn doc_figures<'a>(&'a self, e: &'a Entry, key: &str) -> Vec<Sided<'a>> {
        let mut figures: Vec<Sided> = e
            .claims
            .iter()
            .filter(|c| c.key == key)
            .map(|c| ((self.fact_signature(e, c), self.claim_subject(e, c)), c))
            .collect();
        figures.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.span.start.cmp(&b.1.span.start)));
        figures
    }

    /// `conflicting-quantity` and the other claim findings in every article,
    /// see `claims`. Per property, articles reporting the same figures form
    /// one group, so the work grows with the number of different figures,
    /// not with the number of article pairs.
    fn all_claim_findings(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        for key in self.claim_keys.keys().filter(|k| !self.updated_keys.contains_key(*k)) {
            let mut per_doc: BTreeMap<DocId, (&Entry, Vec<Sided>)> = BTreeMap::new();
            for (doc, _) in self.claim_keys.get(key).into_iter().flatten() {
                if per_doc.contains_key(doc) {
                    continue;
                }
                let Some(e) = self.entries.get(doc) else { continue };
                per_doc.insert(doc.clone(), (e, self.doc_figures(e, key)));
            }
            let mut groups = aggregates::FigureGroups::new();
            for (doc, (_, figures)) in &per_doc {
                groups.entry(signature(figures)).or_default().insert(doc.clone());
            }
            let figures_of = |d: &str| per_doc.get(d).map(|(e, f)| (*e, f.as_slice()));
            for (e, ours) in per_doc.values() {
                out.extend(self.claim_report(key, e, ours, &groups, &figures_of));
            }
        }
        out
    }

    /// The claim findings of one article, against the groups of figures
    /// other articles state (kept by delta in `aggregates`).
    fn claim_findings_in(&self, doc: &str) -> Vec<Finding> {
        let Some(e) = self.entries.get(doc) else {
            return Vec::new();
        };
        let keys: BTreeSet<&String> = e.claims.iter().map(|c| &c.key).collect();
        let mut out = Vec::new();
        for key in keys.into_iter().filter(|k| !self.updated_keys.contains_key(*k)) {
            let groups = self.figure_groups(key);
            let ours = self.doc_figures(e, key);
            // The figures of the articles a finding can name: the first few
            // of each group.
            let mut theirs: HashMap<&str, (&Entry, Vec<Sided>)> = HashMap::new();
            for docs in groups.values() {
                for d in docs.iter().filter(|d| &***d != doc).take(roles::MAX_RELATED) {
                    if let Some(o) = self.entries.get(d) {
                        theirs.insert(d, (o, self.doc_figures(o, key)));
                    }
                }
            }
            let figures_of = |d: &str| theirs.get(d).map(|(o, f)| (*o, f.as_slice()));
            out.extend(self.claim_report(key, e, &ours, &groups, &figures_of));
        }
        out
    }

    /// The findings on one article's figures for a key (`ours`, sorted)
    /// against each group of articles stating other figures.
    fn claim_report<'a>(
        &'a self,
        key: &str,
        e: &Entry,
        ours: &[Sided<'a>],
        groups: &aggregates::FigureGroups,
        figures_of: &FiguresOf<'a>,
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        let doc = &e.article.id;
        // A figure conflicting with several groups is reported once, for
        // the first (findings are one per place and code): building the
        // others only to drop them cost memory in proportion to articles
        // times groups.
        let mut emitted: BTreeSet<(Span, &str)> = BTreeSet::new();
        for members in groups.values() {
            let others: Vec<&DocId> = members.iter().filter(|d| *d != doc).collect();
            let Some(first) = others.first() else { continue };
            let Some((o, theirs)) = figures_of(first) else { continue };
            // Facts about different named subjects are not comparable;
            // polarity needs the same named subject on both sides.
            let comparable: Vec<(&Sided, &Sided)> = ours
                .iter()
                .flat_map(|a| theirs.iter().map(move |b| (a, b)))
                .filter(|(a, b)| match (&a.0.1, &b.0.1) {
                    (Some(x), Some(y)) => x == y,
                    // Polarity, and the year of a past event told by a
                    // plain verb, need the same named subject on both sides.
                    _ => !a.1.needs_subject(),
                })
                .filter(|(a, b)| claims::comparable(&a.1.fact, &b.1.fact))
                .collect();
            let holds = |a: &Sided, b: &Sided| match a.1.fact {
                claims::Fact::Place { .. } => a.0.0 == b.0.0,
                _ => claims::compatible(&a.1.fact, &b.1.fact),
            };
            if comparable.is_empty() || comparable.iter().any(|(a, b)| holds(a, b)) {
                continue;
            }
            let also = match others.len() {
                1 => String::new(),
                2 => " and 1 other article".to_string(),
                n => format!(" and {} other articles", n - 1),
            };
            let mut reported = BTreeSet::new();
            for (a, b) in comparable {
                if !reported.insert(a.1.span) || !emitted.insert((a.1.span, a.1.fact.code())) {
                    continue;
                }
                let here = a.1.span.text(&e.article.text);
                let there = b.1.span.text(&o.article.text);
                // The same figure in the first few other articles.
                let related: Vec<Related> = others
                    .iter()
                    .take(roles::MAX_RELATED)
                    .filter_map(|d| {
                        let (entry, figures) = figures_of(d)?;
                        let (_, c) = figures.iter().find(|f| f.0 == b.0)?;
                        let text = c.span.text(&entry.article.text);
                        Some(Related {
                            doc: entry.article.id.clone(),
                            span: c.span,
                            message: format!("\"{text}\" for the same figure"),
                        })
                    })
                    .collect();
                let property = key.split('|').next().unwrap_or("");
                out.push(Finding {
                    doc: e.article.id.clone(),
                    span: a.1.span,
                    code: a.1.fact.code(),
                    level: crate::config::Level::Warning,
                    message: format!("here: \"{here}\"; {}{also}: \"{there}\"", short_name(first)),
                    related,
                    data: Some(serde_json::json!({
                        "property": property,
                        "here": {"value": here, "fact": a.0.0},
                        "there": {"doc": &***first, "value": there, "fact": b.0.0, "articles": others.len()},
                    })),
                });
            }
        }
        out
    }

    fn index(&mut self, doc: &DocId, links: &Links, add: bool) {
        let delta = if add { 1 } else { -1 };
        for (c, chain) in links.chains.iter().enumerate() {
            let r = (doc.clone(), c);
            match &chain.anchor {
                Anchor::Full(key) => {
                    set_edit(&mut self.full, key, r, add);
                    for w in key.split(' ') {
                        bump(&mut self.key_words, w, key, delta);
                    }
                    if matches!(chain.ty, EntityType::Fac | EntityType::Org)
                        && let Some(core) = facility_core(key)
                    {
                        bump(&mut self.facility_cores, &core, key, delta);
                    }
                    match chain.ty {
                        EntityType::Person => {
                            for w in key.split(' ') {
                                bump(&mut self.person_words, w, key, delta);
                            }
                            if let Some(surname) = names::surname(key) {
                                bump(&mut self.person_cores, surname, key, delta);
                            }
                        }
                        EntityType::Org => {
                            // `Colts` for Indianapolis Colts, `Banksia` for Banksia Health.
                            let first = key.split(' ').next().unwrap_or("");
                            let last = head(key);
                            bump(&mut self.org_heads, first, key, delta);
                            if last != first {
                                bump(&mut self.org_heads, last, key, delta);
                            }
                        }
                        EntityType::Norp => {}
                        _ => {
                            for w in key.split(' ').filter(|w| analysis::words::is_description_noun(w)) {
                                bump(&mut self.noun_names, w, key, delta);
                            }
                            let first = key.split(' ').next().unwrap_or("");
                            let last = head(key);
                            if last != first {
                                bump(&mut self.other_heads, first, key, delta);
                                bump(&mut self.other_heads, last, key, delta);
                            }
                        }
                    }
                    for a in &chain.aliases {
                        bump(&mut self.acronyms, a, key, delta);
                        bump(&mut self.key_aliases, key, a, delta);
                    }
                    for t in &chain.titles {
                        let uses = self.titles.entry(head(t).to_string()).or_default();
                        let n = uses.entry((t.clone(), key.clone())).or_default();
                        *n = n.saturating_add_signed(delta);
                        if *n == 0 {
                            uses.remove(&(t.clone(), key.clone()));
                        }
                        if uses.is_empty() {
                            self.titles.remove(head(t));
                        }
                        bump(&mut self.key_titles, key, t, delta);
                    }
                }
                Anchor::Short(w) => set_edit(&mut self.shorts, w, r, add),
                Anchor::Description(d) => set_edit(&mut self.descs, &head(d).to_string(), r, add),
                Anchor::Local => {}
            }
        }
    }

    /// Installs (or with `None`, removes) the knowledge base. Entities
    /// whose names or aliases it lists resolve to its entries.
    pub fn set_kb(&mut self, kb: Option<(DocId, Kb)>) {
        self.clear_memos();
        self.kb = kb.map(|(doc, kb)| (doc, Arc::new(kb)));
    }

    pub fn kb(&self) -> Option<&(DocId, Arc<Kb>)> {
        self.kb.as_ref()
    }

    /// A full-name key as an entity id: the KB entry's folded name when the
    /// key is one of its forms.
    fn canonical(&self, key: &str) -> String {
        let kb = |k: &str| self.kb.as_ref().and_then(|(_, kb)| kb.lookup(k));
        if let Some(entry) = kb(key) {
            return fold(&entry.name);
        }
        match self.representative(key) {
            Some(rep) => kb(&rep).map_or(rep, |entry| fold(&entry.name)),
            None => key.to_string(),
        }
    }

    /// The key a facility's spellings are known by (`betty ford`, `betty
    /// ford treatment center` → `betty ford center`): the one with the
    /// most chains, then the longest. Never for a name some article gives
    /// a person: only facility and organisation chains ask (`Betty Ford`
    /// herself stays apart).
    fn facility_representative(&self, key: &str) -> Option<String> {
        if let Some(known) = self.facility_memo.lock().get(key) {
            return known.clone();
        }
        let found = (|| {
            let keys = self.facility_cores.get(&facility_core(key)?)?;
            if keys.len() < 2 || !keys.contains_key(key) {
                return None;
            }
            let chains = |k: &str| self.full.get(k).map_or(0, BTreeSet::len);
            keys.keys()
                .max_by(|a, b| chains(a).cmp(&chains(b)).then(a.len().cmp(&b.len())).then(b.cmp(a)))
                .cloned()
        })();
        self.facility_memo.lock().insert(key.to_string(), found.clone());
        found
    }

    /// The key a person's spelling group is known by, when the workspace
    /// spells the person more than one way (`names`).
    fn representative(&self, key: &str) -> Option<String> {
        self.variants(key).map(|s| s.representative.clone())
    }

    /// The spellings of the person a full key names, memoised: every
    /// resolution of a full name asks.
    fn variants(&self, key: &str) -> Option<Arc<Spellings>> {
        if let Some(known) = self.variant_memo.lock().get(key) {
            return known.clone();
        }
        let found = (|| {
            let group = self.person_cores.get(names::surname(key)?)?;
            if group.len() < 2 || !group.contains_key(key) {
                return None;
            }
            let keys = names::variants(key, group.keys())?;
            let representative =
                names::representative(keys.iter().map(|k| (*k, group.get(*k).copied().unwrap_or(0))))?.clone();
            Some(Arc::new(Spellings {
                representative,
                keys: keys.into_iter().cloned().collect(),
            }))
        })();
        self.variant_memo.lock().insert(key.to_string(), found.clone());
        found
    }

    /// The folded forms under which an entity's full-name chains are filed.
    fn forms(&self, id: &str) -> Vec<String> {
        let mut forms = self.kb.as_ref().map(|(_, kb)| kb.forms(id)).unwrap_or_default();
        if forms.is_empty() {
            forms.push(id.to_string());
        }
        for f in forms.clone() {
            if let Some(spellings) = self.variants(&f) {
                for k in &spellings.keys {
                    if !forms.contains(k) {
                        forms.push(k.clone());
                    }
                }
            }
        }
        forms
    }

    /// The entity a full key of a lone word's type means: an organisation's
    /// or facility's spellings count as one (`Academy` for the Academy of
    /// Motion Picture(s) Arts and Sciences).
    fn key_entity(&self, key: &str, ty: EntityType) -> EntityId {
        if matches!(ty, EntityType::Org | EntityType::Fac) {
            self.full_entity(key, ty)
        } else {
            self.canonical(key)
        }
    }

    /// The entity among `keys`, full names of things of type `ty`, if they
    /// all name one.
    fn unique_entity<'k>(&self, keys: impl Iterator<Item = &'k String>, ty: EntityType) -> Option<String> {
        unique_by(keys, |k| self.key_entity(k, ty))
    }

    /// The entity among `keys` (full-name keys), if they all name one.
    fn unique<'k>(&self, keys: impl Iterator<Item = &'k String>) -> Option<String> {
        unique_by(keys, |k| self.canonical(k))
    }

    /// The entity that articles name far more often than any other entity
    /// the word could mean (three times as many chains, at least three):
    /// a short form alone then means it, as within one article.
    fn dominant(&self, keys: &Counts, ty: EntityType) -> Option<String> {
        let mut per_id: HashMap<String, usize> = HashMap::new();
        for (k, n) in keys {
            *per_id.entry(self.key_entity(k, ty)).or_default() += n;
        }
        let mut ranked: Vec<(String, usize)> = per_id.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let second = ranked.get(1).map_or(0, |r| r.1);
        let (id, top) = ranked.into_iter().next()?;
        (top >= 3 && top >= 3 * second).then_some(id)
    }

    fn chain(&self, (doc, c): &ChainRef) -> Option<(&Entry, &Chain)> {
        let e = self.entries.get(doc)?;
        Some((e, e.links.chains.get(*c)?))
    }

    /// The entity a full-name chain of a type belongs to.
    fn full_entity(&self, key: &str, ty: EntityType) -> EntityId {
        // `IE` in an article that never spells it out, where another
        // introduced `Internet Explorer (IE)`.
        if !key.contains(' ')
            && let Some(keys) = self.acronyms.get(key)
            && self.kb.as_ref().is_none_or(|(_, kb)| kb.lookup(key).is_none())
            && let Some(id) = self.unique(keys.keys())
        {
            return id;
        }
        // `Betty Ford` for the Betty Ford Center; never for a person.
        if matches!(ty, EntityType::Fac | EntityType::Org)
            && let Some(rep) = self.facility_representative(key)
        {
            return self.canonical(&rep);
        }
        self.canonical(key)
    }

    /// Forgets everything computed from the cross-article index.
    fn clear_memos(&mut self) {
        self.memo.get_mut().clear();
        self.variant_memo.get_mut().clear();
        self.facility_memo.get_mut().clear();
        self.resolved.get_mut().clear();
        *self.aggregates.get_mut() = aggregates::Aggregates::default();
    }

    /// The entity a chain belongs to, across articles (memoised).
    fn resolve(&self, doc: &DocId, c: usize, chain: &Chain) -> EntityId {
        let r = (doc.clone(), c);
        if let Some(id) = self.resolved.lock().get(&r) {
            return id.clone();
        }
        let id = self.resolve_uncached(doc, c, chain);
        self.resolved.lock().insert(r, id.clone());
        id
    }

    fn resolve_uncached(&self, doc: &DocId, c: usize, chain: &Chain) -> EntityId {
        match &chain.anchor {
            Anchor::Full(key) => self.full_entity(key, chain.ty),
            Anchor::Short(w) => {
                let (index, other) = if chain.ty == EntityType::Org {
                    (&self.org_heads, &self.person_words)
                } else {
                    (&self.person_words, &self.org_heads)
                };
                // A lone word is typed on little evidence (`Lohan` read as an
                // organisation): when no name of its type has the word, the
                // other kind's names may.
                // `Microsoft` alone where another article filed it as a
                // one-word full name (an organisation's canonical form).
                if self.full.contains_key(w) && (chain.ty == EntityType::Org || !self.person_words.contains_key(w)) {
                    return self.canonical(w);
                }
                let keys = index.get(w).or_else(|| other.get(w)).or_else(|| {
                    // `Explorer` for Internet Explorer, typed as something
                    // other than a person or organisation.
                    (chain.ty == EntityType::Org).then(|| self.other_heads.get(w)).flatten()
                });
                // A name of this article the word was not linked to here is
                // not what it means (`Microsoft` before `Microsoft Word`).
                let elsewhere = |k: &&String| {
                    !self.full.get(*k).is_some_and(|refs| {
                        refs.range((doc.clone(), 0)..=(doc.clone(), usize::MAX))
                            .next()
                            .is_some()
                    })
                };
                keys.and_then(|keys| self.unique_entity(keys.keys().filter(elsewhere), chain.ty))
                    .or_else(|| self.acronyms.get(w).and_then(|keys| self.unique(keys.keys())))
                    .or_else(|| keys.and_then(|keys| self.dominant(keys, chain.ty)))
                    .unwrap_or_else(|| format!("~{w}"))
            }
            Anchor::Description(d) => {
                // `the Indian navy` where another article names the Indian Navy.
                if d.contains(' ') && self.full.contains_key(d) {
                    return self.canonical(d);
                }
                let h = head(d);
                // `the officers` are never one person with that title.
                if chain.ty == EntityType::Person && analysis::words::is_plural(h) {
                    return format!("?{d}");
                }
                // Resolved only when every fitting title belongs to one entity.
                let fitting: Vec<&String> = self
                    .titles
                    .get(h)
                    .into_iter()
                    .flatten()
                    .filter(|((title, _), _)| linking::title_fits(d, h, title))
                    .map(|((_, key), _)| key)
                    .collect();
                // Several hold the title: the one this article names (`the
                // teen` where another article wrote `teen Kimani Gray`).
                let named_here = || {
                    if fitting.is_empty() {
                        return None;
                    }
                    let here: BTreeSet<String> = (self.entries.get(doc)?.links.chains.iter())
                        .filter_map(|c| match &c.anchor {
                            Anchor::Full(k) => Some(self.canonical(k)),
                            _ => None,
                        })
                        .collect();
                    let holders: BTreeSet<String> = fitting
                        .iter()
                        .map(|k| self.canonical(k))
                        .filter(|id| here.contains(id))
                        .collect();
                    let mut holders = holders.into_iter();
                    match (holders.next(), holders.next()) {
                        (Some(id), None) => Some(id),
                        _ => None,
                    }
                };
                // `the church` where the articles name one church only.
                // Shorter forms ending the longest name count as it (`Bible
                // Church` in Wasilla Bible Church).
                let named = || {
                    let keys = self.noun_names.get(h).filter(|_| chain.ty != EntityType::Person)?;
                    self.unique(keys.keys()).or_else(|| {
                        let longest = keys.keys().max_by_key(|k| (k.len(), k.as_str()))?;
                        let inside = |k: &String| longest.ends_with(&format!(" {k}")) || k == longest;
                        keys.keys().all(inside).then(|| self.canonical(longest))
                    })
                };
                // `the man` in one article is not whoever another article
                // called a man: such nouns need the person named here.
                let anyone = chain.ty == EntityType::Person
                    && analysis::lexicon::is(analysis::lexicon::WordClass::AnonymousRole, h);
                let elsewhere = || (!anyone).then(|| self.unique(fitting.iter().copied())).flatten();
                elsewhere()
                    .or_else(named_here)
                    .or_else(named)
                    .unwrap_or_else(|| format!("?{d}"))
            }
            Anchor::Local => format!("#{doc}#{c}"),
        }
    }

    /// The entity of the mention under a byte offset, with the mention.
    pub fn entity_at(&self, doc: &str, offset: usize) -> Option<(EntityId, &Mention)> {
        let e = self.entries.get(doc)?;
        let mentions = &e.article.analysis.mentions;
        let i = mentions.partition_point(|m| m.span.end < offset);
        let m = mentions.get(i).filter(|m| m.span.touches(offset))?;
        Some((self.mention_entity(e, i)?, m))
    }

    /// How many of an article's mentions belong to an entity: only that
    /// article's chains are resolved.
    pub fn mentions_in(&self, doc: &str, id: &str) -> usize {
        let Some(e) = self.entries.get(doc) else {
            return 0;
        };
        e.links
            .chains
            .iter()
            .enumerate()
            .filter(|(c, chain)| self.resolve(&e.article.id, *c, chain) == id)
            .map(|(_, chain)| chain.mentions.len())
            .sum()
    }

    /// The entity of every mention of an article, in mention order.
    pub fn entities_of(&self, doc: &str) -> Vec<EntityId> {
        let Some(e) = self.entries.get(doc) else {
            return Vec::new();
        };
        // Each chain once, not once per mention.
        let ids: Vec<EntityId> = (e.links.chains.iter().enumerate())
            .map(|(c, chain)| self.resolve(&e.article.id, c, chain))
            .collect();
        e.links.chain_of.iter().map(|&c| ids[c].clone()).collect()
    }

    /// The chains that may belong to an entity, before checking.
    fn candidate_chains(&self, id: &str) -> BTreeSet<ChainRef> {
        let mut out = BTreeSet::new();
        if let Some(rest) = id.strip_prefix('#') {
            if let Some((doc, c)) = rest.rsplit_once('#')
                && let (Some(e), Ok(c)) = (self.entries.get(doc), c.parse())
            {
                out.insert((e.article.id.clone(), c));
            }
        } else if let Some(w) = id.strip_prefix('~') {
            out.extend(self.shorts.get(w).into_iter().flatten().cloned());
        } else if let Some(d) = id.strip_prefix('?') {
            out.extend(self.descs.get(head(d)).into_iter().flatten().cloned());
        } else {
            // The id itself, the KB's other forms, the person's other
            // spellings, a facility's other spellings (`Betty Ford` for
            // Betty Ford Center): a chain resolving to the entity is filed
            // under one of them, or under their words, aliases or titles.
            let mut keys: BTreeSet<String> = BTreeSet::new();
            for form in self.forms(id) {
                let spellings = facility_core(&form).and_then(|core| self.facility_cores.get(&core));
                keys.extend(spellings.into_iter().flat_map(|keys| keys.keys().cloned()));
                keys.insert(form);
            }
            for key in &keys {
                out.extend(self.full.get(key).into_iter().flatten().cloned());
                // Descriptions using a noun in it (`the church`).
                for w in key.split(' ').filter(|w| self.noun_names.contains_key(*w)) {
                    out.extend(self.descs.get(w).into_iter().flatten().cloned());
                }
                // Short forms: the key's words and the one-word aliases
                // (acronyms) articles gave it.
                let aliases = self.key_aliases.get(key).into_iter().flatten().map(|(a, _)| a.as_str());
                for w in key.split(' ').chain(aliases.clone()) {
                    out.extend(self.shorts.get(w).into_iter().flatten().cloned());
                }
                for a in aliases {
                    out.extend(self.full.get(a).into_iter().flatten().cloned());
                }
                // Descriptions by a title the key holds (another spelling's
                // title means the group's representative too).
                for t in self.key_titles.get(key).into_iter().flatten().map(|(t, _)| t) {
                    out.extend(self.descs.get(head(t)).into_iter().flatten().cloned());
                }
                // Descriptions spelling the name (`the Indian navy`).
                if key.contains(' ') {
                    out.extend(self.descs.get(head(key)).into_iter().flatten().cloned());
                }
            }
        }
        out
    }

    /// All mentions of an entity, in stable order (article id, position).
    pub fn mentions_of(&self, id: &str) -> Vec<(&Article, &Mention)> {
        let mut out: Vec<(&Article, &Mention)> = Vec::new();
        for r in self.candidate_chains(id) {
            let Some((e, chain)) = self.chain(&r) else {
                continue;
            };
            if self.resolve(&r.0, r.1, chain) != id {
                continue;
            }
            out.extend(
                chain
                    .mentions
                    .iter()
                    .filter_map(|&i| Some((&e.article, e.article.analysis.mentions.get(i)?))),
            );
        }
        out.sort_by(|a, b| (&a.0.id, a.1.span.start).cmp(&(&b.0.id, b.1.span.start)));
        out
    }

    /// The introducing mention: the first full-name mention in stable order,
    /// else the first mention. Memoised with the entity's summary.
    pub fn definition(&self, id: &str) -> Option<(&Article, &Mention)> {
        let known = self.memo.lock().get(id).and_then(|k| k.definition.clone());
        let site = match known {
            Some(site) => site,
            None => {
                let site = self.definition_uncached(id).map(|(a, m)| (a.id.clone(), m.span));
                self.memo.lock().entry(id.to_string()).or_default().definition = Some(site.clone());
                site
            }
        };
        let (doc, span) = site?;
        let a = &self.entries.get(&doc)?.article;
        let mentions = &a.analysis.mentions;
        let i = mentions.partition_point(|m| m.span.start < span.start);
        Some((a, mentions[i..].iter().find(|m| m.span == span)?))
    }

    fn definition_uncached(&self, id: &str) -> Option<(&Article, &Mention)> {
        // Every multi-word name is in a full-name chain: those alone decide,
        // without resolving the entity's short forms and descriptions.
        let mut first: Option<(&Article, &Mention)> = None;
        for form in self.forms(id) {
            for r in self.full.get(&form).into_iter().flatten() {
                let Some((e, chain)) = self.chain(r) else { continue };
                if self.resolve(&r.0, r.1, chain) != id {
                    continue;
                }
                let mentions = &e.article.analysis.mentions;
                let named = chain.mentions.iter().filter_map(|&i| mentions.get(i));
                if let Some(m) = named
                    .filter(|m| m.kind == MentionKind::Name && m.name.contains(' '))
                    .min_by_key(|m| m.span.start)
                    && first.is_none_or(|(a, f)| (&e.article.id, m.span.start) < (&a.id, f.span.start))
                {
                    first = Some((&e.article, m));
                }
            }
        }
        if first.is_some() {
            return first;
        }
        let all = self.mentions_of(id);
        all.iter()
            .find(|(_, m)| m.kind == MentionKind::Name && m.name.contains(' '))
            .or_else(|| all.iter().find(|(_, m)| m.kind == MentionKind::Name))
            .or_else(|| all.first())
            .copied()
    }

    /// The name part (title left out) of every mention that spells out the
    /// entity's full name: what a rename rewrites.
    pub fn full_name_spans(&self, id: &str) -> Vec<(DocId, Span)> {
        self.full_names(id)
            .into_iter()
            .map(|(a, m)| (a.id.clone(), name_span(&a.text, m)))
            .collect()
    }

    /// Mentions that spell out one of the entity's full names.
    fn full_names(&self, id: &str) -> Vec<(&Article, &Mention)> {
        let forms = self.forms(id);
        self.mentions_of(id)
            .into_iter()
            .filter(|(_, m)| m.kind == MentionKind::Name && forms.contains(&fold(&m.name)))
            .collect()
    }

    /// Where go-to-definition goes: the knowledge-base entry when there is
    /// one, else the introducing mention.
    pub fn definition_site(&self, id: &str) -> Option<(DocId, Span)> {
        if let Some((doc, kb)) = &self.kb
            && let Some(entry) = kb.lookup(id)
        {
            return Some((doc.clone(), entry.span));
        }
        self.definition(id).map(|(a, m)| (a.id.clone(), m.span))
    }

    /// Full-name mentions spelled differently from the house spelling:
    /// the knowledge base's, else the clear majority of the workspace's
    /// full names for the entity. `only` limits the result to one article.
    fn spelling_findings(&self, id: &str, only: Option<&str>) -> Vec<Finding> {
        let entry = self.kb.as_ref().and_then(|(_, kb)| kb.lookup(id));
        let kb_forms = self.kb.as_ref().map(|(_, kb)| kb.forms(id)).unwrap_or_default();
        // Spellings of one folded name are variants of each other, and so
        // are the knowledge base's forms of an entry: `Fred LaRue` is a
        // shorter form of `Frederick Cheney LaRue`, not a misspelling.
        let mut by_fold: BTreeMap<String, Vec<(&Article, &Mention)>> = BTreeMap::new();
        for (a, m) in self.full_names(id) {
            let f = fold(&m.name);
            let key = if entry.is_some() && kb_forms.contains(&f) {
                String::new()
            } else {
                f
            };
            by_fold.entry(key).or_default().push((a, m));
        }
        by_fold
            .iter()
            .flat_map(|(key, names)| {
                let entry = entry.filter(|_| key.is_empty());
                self.spelling_group(id, entry, names, only)
            })
            .collect()
    }

    fn spelling_group(
        &self,
        id: &str,
        entry: Option<&KbEntry>,
        names: &[(&Article, &Mention)],
        only: Option<&str>,
    ) -> Vec<Finding> {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for (a, m) in names {
            *counts.entry(spelled(a, m)).or_default() += 1;
        }
        let Some(house) = house_spelling(entry, &counts) else {
            return Vec::new();
        };
        names
            .iter()
            .filter(|(a, _)| only.is_none_or(|d| &*a.id == d))
            .filter_map(|(a, m)| spelling_finding(id, a, m, &house))
            .collect()
    }

    /// Named entities (not local or unresolved descriptions) of an article.
    fn named_entities_of(&self, doc: &str) -> BTreeSet<EntityId> {
        self.entities_of(doc)
            .into_iter()
            .filter(|id| !id.starts_with(['#', '?', '~']))
            .collect()
    }

    /// A summary of one entity.
    pub fn entity(&self, id: &str) -> Option<Entity> {
        if let Some(e) = self.memo.lock().get(id).and_then(|k| k.entity.clone()) {
            return Some(e);
        }
        let entity = self.summarise(id)?;
        self.memo.lock().entry(id.to_string()).or_default().entity = Some(entity.clone());
        Some(entity)
    }

    fn summarise(&self, id: &str) -> Option<Entity> {
        let all = self.mentions_of(id);
        if all.is_empty() {
            return None;
        }
        let mut names: HashMap<&str, usize> = HashMap::new();
        let mut types: HashMap<EntityType, usize> = HashMap::new();
        let mut articles = BTreeSet::new();
        let mut titles: Vec<(String, Vec<DocId>)> = Vec::new();
        for (article, m) in &all {
            articles.insert(&article.id);
            *types.entry(m.ty).or_default() += 1;
            if matches!(m.kind, MentionKind::Name | MentionKind::Acronym | MentionKind::Demonym) {
                *names.entry(m.name.as_str()).or_default() += 1;
            }
            let title = match (m.title, m.kind) {
                (Some(t), _) => Some(t.text(&article.text).to_string()),
                (None, MentionKind::Descriptor) => Some(m.name.clone()),
                _ => None,
            };
            if let Some(t) = title.filter(|t| !crate::analysis::is_honorific(t)) {
                match titles.iter_mut().find(|(x, _)| fold(x) == fold(&t)) {
                    Some((_, docs)) if !docs.contains(&article.id) => docs.push(article.id.clone()),
                    Some(_) => {}
                    None => titles.push((t, vec![article.id.clone()])),
                }
            }
        }
        // Most frequent full form; ties go to the longer form, then alphabetical.
        let full = |n: &&str| n.contains(' ') || !id.contains(' ');
        let name = names
            .iter()
            .filter(|(n, _)| full(n))
            .max_by(|a, b| a.1.cmp(b.1).then(a.0.len().cmp(&b.0.len())).then(b.0.cmp(a.0)))
            .or_else(|| names.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))))
            .map(|(n, _)| n.to_string())
            .unwrap_or_else(|| all[0].1.name.clone());
        let ty = types.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?.0;
        let mut aliases: Vec<String> = names.into_keys().map(str::to_string).collect();
        aliases.sort();
        let kb = self.kb.as_ref().and_then(|(_, kb)| kb.lookup(id)).cloned();
        let name = kb.as_ref().map_or(name, |e| e.name.clone());
        let ty = kb.as_ref().and_then(|e| e.ty).unwrap_or(ty);
        Some(Entity {
            kb,
            id: id.to_string(),
            name,
            ty,
            mentions: all.len(),
            articles: articles.len(),
            titles,
            aliases,
        })
    }

    /// Every entity with a name, most mentioned first, then by name.
    pub fn entities(&self) -> Vec<Entity> {
        let mut ids: BTreeSet<EntityId> = BTreeSet::new();
        for e in self.entries.values() {
            for (c, chain) in e.links.chains.iter().enumerate() {
                if !matches!(chain.anchor, Anchor::Local | Anchor::Description(_)) {
                    ids.insert(self.resolve(&e.article.id, c, chain));
                }
            }
        }
        let mut all: Vec<Entity> = ids.iter().filter_map(|k| self.entity(k)).collect();
        all.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.name.cmp(&b.name)));
        all
    }

    /// Findings of one entity, in `only` or everywhere.
    fn entity_findings(&self, id: &str, only: Option<&str>) -> Vec<Finding> {
        let mut out = self.spelling_findings(id, only);
        out.extend(roles::conflicts(id, &self.mentions_of(id), only));
        out
    }

    /// Findings in one article: it touches only the entities it mentions
    /// and the claim keys it has.
    /// A panic while checking is caught and reported as the article's
    /// `analysis-failed` finding.
    pub fn findings_for(&self, doc: &str) -> Vec<Finding> {
        let Some(entry) = self.entries.get(doc) else {
            return Vec::new();
        };
        if let Some(failed) = failure_finding(&entry.article) {
            return vec![failed];
        }
        crate::guard::catch(|| self.checked_findings_for(doc)).unwrap_or_else(|failure| {
            let article = Article {
                failure: Some(failure),
                ..Article::empty(entry.article.id.clone(), entry.article.text.clone())
            };
            failure_finding(&article).into_iter().collect()
        })
    }

    fn checked_findings_for(&self, doc: &str) -> Vec<Finding> {
        let Some(e) = self.entries.get(doc) else {
            return Vec::new();
        };
        let mut out: Vec<Finding> = self
            .mentions_by_entity(e)
            .iter()
            .flat_map(|(id, mentions)| self.entity_findings_in(e, id, mentions))
            .collect();
        out.extend(self.claim_findings_in(doc));
        out.extend(self.quote_findings(doc));
        dedup(&mut out);
        out.sort_by_key(|f| f.span.start);
        out
    }

    /// Findings in every article, each entity visited once. Should a
    /// check panic, the articles are checked one by one instead, so that
    /// the panic costs only the article it happened in.
    pub fn findings(&self) -> Vec<Finding> {
        crate::guard::catch(|| self.checked_findings()).unwrap_or_else(|_| {
            let mut ids: Vec<&DocId> = self.entries.keys().collect();
            ids.sort();
            ids.into_iter().flat_map(|d| self.findings_for(d)).collect()
        })
    }

    fn checked_findings(&self) -> Vec<Finding> {
        let ids: BTreeSet<EntityId> = self.entries.keys().flat_map(|d| self.named_entities_of(d)).collect();
        let mut out: Vec<Finding> = ids.iter().flat_map(|id| self.entity_findings(id, None)).collect();
        out.extend(self.all_claim_findings());
        for d in self.entries.keys() {
            out.extend(self.quote_findings(d));
        }
        out.extend(self.entries.values().filter_map(|e| failure_finding(&e.article)));
        dedup(&mut out);
        out.sort_by(|a, b| (&a.doc, a.span.start).cmp(&(&b.doc, b.span.start)));
        out
    }
}

/// A group of quotes under one index key: one speaker, the same words.
type QuoteGroup<'a> = (&'a aggregates::QuoteGroupKey, &'a BTreeSet<ChainRef>);

/// What is memoised about one entity.
#[derive(Debug, Default)]
struct Known {
    entity: Option<Entity>,
    /// Its defining mention, once asked (`None` inside: it has none).
    definition: Option<Option<(DocId, Span)>>,
}

/// What a changed name reaches (`Workspace::reach`).
#[derive(Default)]
struct Reach {
    chains: BTreeSet<ChainRef>,
    keys: BTreeSet<String>,
}

/// The words of what two versions of an article file differently under the
/// cross-article index: anchors, titles and aliases of the chains found in
/// one version and not the other (as multisets).
fn changed_words(old: &Links, new: &Links) -> BTreeSet<String> {
    type Filed<'a> = (&'a Anchor, EntityType, &'a Vec<String>, &'a Vec<String>);
    fn filed(l: &Links) -> Vec<Filed<'_>> {
        let mut v: Vec<Filed> = l
            .chains
            .iter()
            .map(|c| (&c.anchor, c.ty, &c.titles, &c.aliases))
            .collect();
        v.sort();
        v
    }
    let (a, b) = (filed(old), filed(new));
    let mut words = BTreeSet::new();
    let mut add = |f: &Filed| {
        let anchor = match f.0 {
            Anchor::Full(k) | Anchor::Short(k) | Anchor::Description(k) => k.as_str(),
            Anchor::Local => "",
        };
        for s in std::iter::once(anchor)
            .chain(f.2.iter().map(String::as_str))
            .chain(f.3.iter().map(String::as_str))
        {
            words.extend(s.split(' ').filter(|w| !w.is_empty()).map(str::to_string));
        }
    };
    // A sorted merge: what is on one side only.
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => {
                add(x);
                i += 1;
            }
            (Some(_), Some(y)) => {
                add(y);
                j += 1;
            }
            (Some(x), None) => {
                add(x);
                i += 1;
            }
            (None, Some(y)) => {
                add(y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    words
}

/// Whether two versions of an article's chains file under the
/// cross-article index exactly alike: what `index` and resolution read of
/// a chain (anchor, type, titles, aliases), chain by chain.
fn same_index(a: &Links, b: &Links) -> bool {
    a.chains.len() == b.chains.len()
        && a.chains
            .iter()
            .zip(&b.chains)
            .all(|(x, y)| x.anchor == y.anchor && x.ty == y.ty && x.titles == y.titles && x.aliases == y.aliases)
}

/// The figures of one article for a key, as the group it falls in.
fn signature(figures: &[Sided]) -> Vec<Figure> {
    let mut sig: Vec<Figure> = figures.iter().map(|f| f.0.clone()).collect();
    sig.dedup();
    sig
}

/// A full name as written, without its title, white space collapsed.
fn spelled(a: &Article, m: &Mention) -> String {
    collapse(name_span(&a.text, m).text(&a.text))
}

/// The house spelling of a name and where it comes from: the knowledge
/// base's, else the spelling of a strict majority among `counts`
/// (spelled form → full-name mentions).
fn house_spelling(entry: Option<&KbEntry>, counts: &HashMap<String, usize>) -> Option<(String, String)> {
    if let Some(entry) = entry {
        return Some((
            entry.name.clone(),
            "the house spelling in the knowledge base".to_string(),
        ));
    }
    let mut ranked: Vec<(&String, &usize)> = counts.iter().filter(|(_, n)| **n > 0).collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    match ranked.as_slice() {
        [(top, n), (_, second), ..] if n > second => {
            let total: usize = ranked.iter().map(|(_, c)| **c).sum();
            Some((
                top.to_string(),
                format!("the workspace's spelling in {n} of {total} mentions"),
            ))
        }
        _ => None,
    }
}

/// `spelling-variant` on a full-name mention spelled otherwise than the house.
fn spelling_finding(id: &str, a: &Article, m: &Mention, (house, source): &(String, String)) -> Option<Finding> {
    let here = spelled(a, m);
    // `PHILADELPHIA —` in a dateline or headline: set in capitals,
    // not spelled differently.
    let shouted = here.chars().any(char::is_alphabetic) && !here.chars().any(char::is_lowercase);
    (here != *house && !(shouted && here.to_lowercase() == house.to_lowercase())).then(|| Finding {
        doc: a.id.clone(),
        span: name_span(&a.text, m),
        code: "spelling-variant",
        level: crate::config::Level::Hint,
        message: format!("\"{here}\" is spelled \"{house}\" elsewhere ({source})"),
        related: Vec::new(),
        data: Some(serde_json::json!({
            "replacement": house,
            "entity": id,
            "here": {"value": here},
            "there": {"value": house},
        })),
    })
}

/// One finding per place and code: a fact met under two keys (its verb
/// and its event noun) is reported once.
fn dedup(findings: &mut Vec<Finding>) {
    let mut seen = std::collections::HashSet::new();
    findings.retain(|f| seen.insert((f.doc.clone(), f.span, f.code)));
}

/// The index key of a quote's speaker: the last word of their name.
fn speaker_key(analysis: &Analysis, q: &quotes::Quote) -> String {
    let name = analysis.mentions.get(q.speaker).map_or("", |m| m.name.as_str());
    fold(name).rsplit(' ').next().unwrap_or("").to_string()
}

/// The part of a mention after its title: `Vladimir Putin` in
/// `Russian President Vladimir Putin`.
pub fn name_span(text: &str, m: &Mention) -> Span {
    let Some(title) = m.title.filter(|t| t.end <= m.span.end && t.start >= m.span.start) else {
        return m.span;
    };
    let rest = text.get(title.end..m.span.end).unwrap_or("");
    let skip = rest.len() - rest.trim_start().len();
    Span::new(title.end + skip, m.span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(docs: &[(&str, &str)]) -> Workspace {
        let mut ws = Workspace::new();
        for (id, text) in docs {
            ws.insert(Article::analyze((*id).into(), (*text).into()));
        }
        ws
    }

    fn at(w: &Workspace, doc: &str, needle: &str) -> EntityId {
        let offset = w.get(doc).unwrap().text.find(needle).unwrap();
        w.entity_at(doc, offset).unwrap().0
    }

    #[test]
    fn an_acronym_spelled_out_in_one_article_is_that_entity_in_another() {
        let w = ws(&[
            (
                "a.txt",
                "Microsoft patched its Internet Explorer (IE) browser. IE is popular.",
            ),
            ("b.txt", "Microsoft fixes IE bug. The IE update is out."),
        ]);
        let ie = at(&w, "a.txt", "Internet Explorer");
        assert_eq!(ie, "internet explorer", "not Ireland's country code");
        assert_eq!(at(&w, "a.txt", "IE is"), ie);
        assert_eq!(at(&w, "b.txt", "IE bug"), ie);
        let docs: Vec<&str> = w.mentions_of(&ie).iter().map(|(a, _)| &*a.id).collect();
        assert_eq!(
            docs,
            ["a.txt", "a.txt", "a.txt", "b.txt", "b.txt"],
            "references find it too"
        );
    }

    #[test]
    fn a_facility_named_with_or_without_its_facility_words_is_one_place() {
        let w = ws(&[
            (
                "a.txt",
                "Lindsay Lohan checked into the Betty Ford Center on Friday. The Betty Ford Center declined to comment.",
            ),
            ("b.txt", "Lohan is back at Betty Ford, the Betty Ford Center said."),
            (
                "c.txt",
                "She left the Betty Ford Treatment Center. The Mayo Clinic said nothing.",
            ),
            (
                "d.txt",
                "The clinic was founded by former first lady Betty Ford in 1982.",
            ),
        ]);
        let center = at(&w, "a.txt", "Betty Ford Center");
        assert_eq!(center, "betty ford center");
        assert_eq!(at(&w, "b.txt", "Betty Ford"), center);
        assert_eq!(at(&w, "c.txt", "Betty Ford Treatment"), center);
        assert_ne!(at(&w, "d.txt", "Betty Ford"), center, "the first lady herself");
        assert_ne!(at(&w, "c.txt", "Mayo Clinic"), center);
        let docs: Vec<&str> = w.mentions_of(&center).iter().map(|(a, _)| &*a.id).collect();
        assert_eq!(docs, ["a.txt", "a.txt", "b.txt", "b.txt", "c.txt"]);
    }

    #[test]
    fn links_names_across_articles_in_stable_order() {
        let w = ws(&[
            ("b.txt", "Later, Russian President Vladimir Putin spoke. Mr Putin left."),
            ("a.txt", "On Monday, Vladimir Putin met Moon Jae-in in Seoul."),
        ]);
        let id = at(&w, "b.txt", "Vladimir");
        assert_eq!(id, at(&w, "b.txt", "Putin left"));
        let docs: Vec<&str> = w.mentions_of(&id).iter().map(|(a, _)| &*a.id).collect();
        assert_eq!(docs, ["a.txt", "b.txt", "b.txt"]);
        assert_eq!(&*w.definition(&id).unwrap().0.id, "a.txt");
        let e = w.entity(&id).unwrap();
        assert_eq!((e.mentions, e.articles), (3, 2));
        assert_eq!(e.name, "Vladimir Putin");
        assert_ne!(id, at(&w, "a.txt", "Moon"));
    }

    #[test]
    fn an_institution_s_plural_variants_and_its_head_word_are_one_entity() {
        let w = ws(&[
            ("a.txt", "The Academy of Motion Picture Arts and Sciences named a host."),
            (
                "b.txt",
                "The Academy of Motion Pictures Arts and Sciences agreed. The Academy said so.",
            ),
            ("c.txt", "The Academy announced it on Friday."),
            ("d.txt", "The Bank of England and Barclays declined to comment."),
        ]);
        let academy = at(&w, "a.txt", "Academy of");
        assert!(academy.starts_with("academy of motion picture"), "{academy}");
        assert_eq!(at(&w, "b.txt", "Academy of"), academy);
        assert_eq!(at(&w, "c.txt", "Academy"), academy);
        assert_ne!(at(&w, "d.txt", "Bank"), at(&w, "d.txt", "Barclays"));
    }

    #[test]
    fn a_dateline_in_capitals_is_no_spelling_variant() {
        let w = ws(&[
            ("a.txt", "PHILADELPHIA, May 3 - The team left Philadelphia on Monday."),
            ("b.txt", "Fans in Philadelphia cheered. Philadelphia won."),
            ("c.txt", "Fans in Philadelfia cheered."),
        ]);
        let spelling: Vec<Finding> = w
            .findings()
            .into_iter()
            .filter(|f| f.code == "spelling-variant")
            .collect();
        assert!(spelling.iter().all(|f| &*f.doc != "a.txt"), "{spelling:?}");
    }

    #[test]
    fn fuller_spellings_of_a_name_are_one_person_unless_suffixes_differ() {
        let w = ws(&[
            ("a.txt", "W. Mark Felt, the FBI official, died on Thursday."),
            ("b.txt", "Mark Felt was 95 when he died."),
            ("c.txt", "George Bush met reporters."),
            ("d.txt", "George W. Bush met reporters."),
            ("e.txt", "Frederick Cheney LaRue, 75, was found dead."),
            ("f.txt", "Fred LaRue died on Tuesday."),
            ("g.txt", "Mark Felt spoke in 2005."),
        ]);
        assert_eq!(at(&w, "e.txt", "Frederick"), at(&w, "f.txt", "Fred"));
        assert_eq!(at(&w, "a.txt", "W. Mark"), at(&w, "b.txt", "Mark Felt"));
        assert_eq!(at(&w, "c.txt", "George"), at(&w, "d.txt", "George"));
        // Rename rewrites every spelling of the one person.
        assert_eq!(w.full_name_spans(&at(&w, "b.txt", "Mark Felt")).len(), 3);
        // A fuller or familiar form is not a misspelling.
        assert!(w.findings().iter().all(|f| f.code != "spelling-variant"));
        let w = ws(&[
            ("a.txt", "John Smith Jr. spoke."),
            ("b.txt", "John Smith Sr. spoke."),
            ("c.txt", "John Smith spoke."),
        ]);
        assert_ne!(at(&w, "a.txt", "John"), at(&w, "b.txt", "John"));
        assert_ne!(at(&w, "c.txt", "John"), at(&w, "a.txt", "John"));
    }

    #[test]
    fn a_lone_organisation_word_finds_a_name_of_another_type_or_a_one_word_full_name() {
        let mut w = Workspace::new();
        w.insert(typed(
            "a.txt",
            "Hackers attacked Internet Explorer.",
            &[("Internet Explorer", EntityType::Product)],
        ));
        w.insert(typed(
            "b.txt",
            "Explorer was patched.",
            &[("Explorer", EntityType::Org)],
        ));
        assert_eq!(at(&w, "b.txt", "Explorer"), at(&w, "a.txt", "Internet"));
        // A person's surname never reaches a product this way.
        w.insert(people("c.txt", "Explorer spoke.", &["Explorer"]));
        assert!(at(&w, "c.txt", "Explorer").starts_with('~'));
        // Typed otherwise in one article, a one-word name is a full key.
        w.insert(typed("d.txt", "Microsoft said so.", &[("Microsoft", EntityType::Fac)]));
        w.insert(typed("e.txt", "Microsoft said so.", &[("Microsoft", EntityType::Org)]));
        assert_eq!(at(&w, "e.txt", "Microsoft"), at(&w, "d.txt", "Microsoft"));
    }

    #[test]
    fn a_description_spelling_a_name_is_that_entity() {
        let w = ws(&[
            ("a.txt", "The Indian Navy said on Monday that pirates had fled."),
            ("b.txt", "On Tuesday, the Indian navy arrested 23 pirates."),
        ]);
        let id = at(&w, "a.txt", "Indian Navy");
        assert_eq!(id, at(&w, "b.txt", "navy"));
        assert_eq!(w.mentions_of(&id).len(), 2);
    }

    #[test]
    fn a_description_means_the_one_thing_named_with_its_noun() {
        let docs = [
            (
                "a.txt",
                "Fire damaged the Wasilla Bible Church on Friday. The Bible Church was empty.",
            ),
            ("b.txt", "An arsonist set fire to the governor's church, police said."),
        ];
        let w = ws(&docs);
        let id = at(&w, "a.txt", "Wasilla Bible Church");
        assert_eq!(at(&w, "b.txt", "church"), id);
        assert!(w.mentions_of(&id).iter().any(|(a, _)| a.id.as_ref() == "b.txt"));
        // Two churches named: `the church` stays unresolved.
        let mut docs = docs.to_vec();
        docs.push(("c.txt", "Worshippers at Grace Baptist Church prayed."));
        let w = ws(&docs);
        assert!(at(&w, "b.txt", "church").starts_with('?'));
    }

    #[test]
    fn a_title_another_article_states_picks_the_one_named_here() {
        let w = ws(&[
            (
                "a.txt",
                "Police shot teen Kimani Gray on Saturday. Officer Jane Roe fired.",
            ),
            ("b.txt", "Teen Maria Santos won the spelling bee."),
            (
                "c.txt",
                "Kimani Gray was 16. Officers said the teen had a gun. Jane Roe was there.",
            ),
        ]);
        let gray = at(&w, "a.txt", "Kimani Gray");
        assert_eq!(at(&w, "c.txt", "the teen"), gray);
        // Where the article names neither teen, nobody is guessed.
        let w = ws(&[
            ("a.txt", "Police shot teen Kimani Gray on Saturday."),
            ("b.txt", "Teen Maria Santos won the spelling bee."),
            ("c.txt", "Officers said the teen had a gun."),
        ]);
        assert!(at(&w, "c.txt", "the teen").starts_with('?'));
    }

    #[test]
    fn counts_and_definition_come_from_the_entity_s_own_chains() {
        let w = ws(&[
            ("a.txt", "Putin spoke. Vladimir Putin met Kim. Putin left."),
            (
                "b.txt",
                "Russian President Vladimir Putin arrived. The Russian president smiled.",
            ),
        ]);
        let id = at(&w, "b.txt", "Vladimir Putin");
        assert_eq!(w.mentions_in("a.txt", &id), 3);
        assert_eq!(w.mentions_in("b.txt", &id), 2);
        assert_eq!(w.mentions_in("c.txt", &id), 0);
        let (article, m) = w.definition(&id).expect("a full name");
        assert_eq!(
            (article.id.as_ref(), m.span.text(&article.text)),
            ("a.txt", "Vladimir Putin")
        );
    }

    #[test]
    fn groups_and_anonymous_nouns_do_not_take_a_title_from_elsewhere() {
        let w = ws(&[
            ("a.txt", "Police arrested the man, Eric Kirkpatrick, on Monday."),
            ("b.txt", "The man accused of shooting three people appeared in court."),
            (
                "c.txt",
                "Arcade Comeaux, two officers said, escaped. The officers were unhurt.",
            ),
        ]);
        assert!(at(&w, "b.txt", "The man").starts_with('?'));
        assert!(at(&w, "c.txt", "The officers").starts_with('?'));
        assert!(at(&w, "c.txt", "two officers").starts_with('?'));
    }

    #[test]
    fn unnamed_participants_meet_across_articles_by_their_noun() {
        let w = ws(&[
            (
                "a.txt",
                "A gunman opened fire at an office party on Friday. The gunman fled in a car.",
            ),
            (
                "b.txt",
                "Police said the gunman, who was not named, surrendered on Saturday.",
            ),
            ("c.txt", "Two officers were hurt. The officers are in hospital."),
        ]);
        let id = at(&w, "a.txt", "A gunman");
        assert_eq!(id, at(&w, "a.txt", "The gunman"));
        assert_eq!(id, at(&w, "b.txt", "the gunman"));
        assert_eq!(w.entity(&id).unwrap().articles, 2);
        assert_eq!(at(&w, "c.txt", "Two officers"), at(&w, "c.txt", "The officers"));
        assert_ne!(id, at(&w, "c.txt", "The officers"));
        // A bare institution noun is a mention too.
        assert_eq!(w.get("b.txt").unwrap().analysis.mentions[0].name, "police");
    }

    /// An article with hand-made person mentions, to test linking apart
    /// from the recogniser.
    /// An article with hand-made name mentions of the given types.
    fn typed(id: &str, text: &str, names: &[(&str, EntityType)]) -> Article {
        let mut a = people(id, text, &names.iter().map(|(n, _)| *n).collect::<Vec<_>>());
        for m in &mut a.analysis.mentions {
            m.ty = names.iter().find(|(n, _)| *n == m.name).map_or(m.ty, |(_, t)| *t);
        }
        a
    }

    fn people(id: &str, text: &str, names: &[&str]) -> Article {
        let mut mentions: Vec<Mention> = names
            .iter()
            .map(|n| {
                let start = text.find(n).unwrap();
                Mention {
                    span: crate::analysis::Span::new(start, start + n.len()),
                    ty: EntityType::Person,
                    kind: MentionKind::Name,
                    name: n.to_string(),
                    title: None,
                    canonical: None,
                    opener: analysis::Opener::None,
                }
            })
            .collect();
        mentions.sort_by_key(|m| m.span.start);
        let analysis = Analysis {
            mentions,
            ..Analysis::default()
        };
        Article {
            id: id.into(),
            text: text.into(),
            analysis,
            facts: None,
            failure: None,
        }
    }

    /// Findings of every article, as (article, code, text, message).
    fn all_findings(w: &Workspace) -> Vec<(String, &'static str, String, String)> {
        let mut out = Vec::new();
        for a in w.articles() {
            for f in w.findings_for(&a.id) {
                out.push((a.id.to_string(), f.code, f.span.text(&a.text).to_string(), f.message));
            }
        }
        out
    }

    #[test]
    fn edits_that_keep_the_names_update_other_articles_findings_by_delta() {
        let a = "Coach Renato Ferraro said 12 people were hurt when the bridge collapsed in Port Haldane on Monday.";
        let b = "Coach Renato Ferraro said 12 people were hurt when the bridge collapsed in Port Haldane on Monday.";
        let c = "Assistant Coach Renato Ferraro said 14 people were hurt when the bridge collapsed in Port Haldane.";
        let mut w = ws(&[("a.txt", a), ("b.txt", b), ("c.txt", c)]);
        let before = all_findings(&w);
        assert!(
            before.iter().any(|f| f.0 == "a.txt" && f.1 == "conflicting-quantity"),
            "{before:#?}"
        );
        // Typing in the prose: the names, titles and aliases stay, so the
        // index is untouched and resolutions stay memoised.
        let edits = [
            ("a.txt", a.replace("12 people", "14 people")),
            ("b.txt", b.replace("Renato Ferraro", "RENATO FERRARO")),
            ("c.txt", c.replace("14 people", "12 people")),
            ("a.txt", a.replace("on Monday", "on Monday afternoon")),
        ];
        for (doc, text) in &edits {
            let resolved = w.resolved.lock().len();
            assert!(resolved > 0);
            w.insert(Article::analyze((*doc).into(), text.as_str().into()));
            assert!(w.resolved.lock().len() >= resolved, "the edit to {doc} kept the index");
            // Every article's findings are those of a workspace built anew.
            let texts: Vec<(&str, &str)> = w.articles().iter().map(|a| (&*a.id, &*a.text)).collect();
            let fresh = ws(&texts);
            assert_eq!(all_findings(&w), all_findings(&fresh), "after editing {doc}");
            let mut from_all: Vec<_> = w.findings().into_iter().map(|f| (f.doc, f.span, f.message)).collect();
            let mut per_doc: Vec<_> = (w.articles().iter())
                .flat_map(|a| w.findings_for(&a.id))
                .map(|f| (f.doc, f.span, f.message))
                .collect();
            from_all.sort();
            per_doc.sort();
            assert_eq!(from_all, per_doc);
        }
        // A new name is a change to the index: what it reaches is forgotten,
        // the other articles' resolutions stay.
        w.insert(Article::analyze(
            "b.txt".into(),
            format!("{b} Maria Lopez spoke.").into(),
        ));
        assert!(w.resolved.lock().keys().any(|(d, _)| &**d == "a.txt"));
    }

    #[test]
    fn edits_that_change_names_forget_only_what_they_reach_and_answer_as_a_fresh_workspace() {
        let a = "On Monday, Vladimir Putin met Coach Renato Ferraro in Moscow. Putin said 12 people were hurt.";
        let b = "On Tuesday, Putin left Moscow. Renato Ferraro, the coach, said 14 people were hurt.";
        let c = "Grace Mbeki, the mayor of Port Haldane, said the bridge would reopen. Mbeki spoke first.";
        let mut w = ws(&[("a.txt", a), ("b.txt", b), ("c.txt", c)]);
        assert_eq!(at(&w, "b.txt", "Putin"), "vladimir putin");
        let edits = [
            // A second Putin: the lone surname elsewhere becomes ambiguous.
            ("c.txt", format!("{c} Lyudmila Putin was there.")),
            // A misspelt name typed, then mended.
            ("a.txt", a.replace("Renato Ferraro", "Renato Ferarro")),
            ("a.txt", a.to_string()),
            // The second Putin goes again.
            ("c.txt", c.to_string()),
            // A name unrelated to the others.
            ("c.txt", c.replace("Grace Mbeki", "Grace Mbekix")),
        ];
        for (doc, text) in &edits {
            // Warm the memos and aggregates, as a server answering requests does.
            let _ = all_findings(&w);
            let _ = w.entities();
            w.insert(Article::analyze((*doc).into(), text.as_str().into()));
            let texts: Vec<(&str, &str)> = w.articles().iter().map(|a| (&*a.id, &*a.text)).collect();
            let fresh = ws(&texts);
            assert_eq!(all_findings(&w), all_findings(&fresh), "after editing {doc}");
            for (id, _) in &texts {
                assert_eq!(
                    w.entities_of(id),
                    fresh.entities_of(id),
                    "entities of {id} after editing {doc}"
                );
            }
            assert_eq!(w.entities(), fresh.entities(), "after editing {doc}");
        }
        assert_eq!(at(&w, "b.txt", "Putin"), "vladimir putin");
        // An edit to a name in one story leaves the other story's resolutions memoised.
        let kept = w.resolved.lock().keys().filter(|(d, _)| &**d == "b.txt").count();
        assert!(kept > 0, "b.txt's chains stay resolved after an edit to c.txt");
    }

    #[test]
    fn a_failed_article_is_reported_and_costs_no_other_article() {
        let good = "Maria Lopez, the mayor of Port Haldane, said 12 people were hurt.";
        let mut w = Workspace::new();
        w.insert(Article::analyze("a.txt".into(), good.into()));
        // A failed analysis, as `Article::analyze` leaves it after a panic.
        w.insert(Article {
            failure: Some("index out of bounds at src/x.rs:1".into()),
            ..Article::empty("b.txt".into(), "First line\nMaria Lopez spoke.".into())
        });
        let failed = w.findings_for("b.txt");
        assert_eq!(failed.len(), 1);
        assert_eq!(failed[0].code, ANALYSIS_FAILED);
        assert_eq!(failed[0].level, crate::config::Level::Error);
        assert_eq!(failed[0].span, Span::new(0, "First line".len()));
        assert!(failed[0].message.contains("src/x.rs:1"), "{}", failed[0].message);
        assert!(w.get("b.txt").unwrap().analysis.mentions.is_empty());
        // The good article is analysed and linked as usual.
        assert!(w.entity_at("a.txt", good.find("Lopez").unwrap()).is_some());
        assert!(w.findings_for("a.txt").iter().all(|f| f.code != ANALYSIS_FAILED));
        let all = w.findings();
        assert_eq!(all.iter().filter(|f| f.code == ANALYSIS_FAILED).count(), 1);
        // A clean re-analysis clears it.
        w.insert(Article::analyze("b.txt".into(), "Maria Lopez spoke.".into()));
        assert!(w.findings_for("b.txt").is_empty());
    }

    #[test]
    fn a_surname_alone_resolves_through_another_article() {
        let mut w = Workspace::new();
        w.insert(people(
            "a.txt",
            "On Monday, Vladimir Putin arrived.",
            &["Vladimir Putin"],
        ));
        w.insert(people("b.txt", "On Tuesday, Putin left.", &["Putin"]));
        assert_eq!(at(&w, "b.txt", "Putin"), at(&w, "a.txt", "Vladimir"));
        assert!(!at(&w, "b.txt", "Putin").starts_with('~'));
        // A second full name with the word makes the surname ambiguous.
        w.insert(people("c.txt", "Lyudmila Putin spoke.", &["Lyudmila Putin"]));
        assert_eq!(at(&w, "b.txt", "Putin"), "~putin");
        w.remove("c.txt");
        assert_eq!(at(&w, "b.txt", "Putin"), "vladimir putin");
    }

    #[test]
    fn acronyms_and_last_words_of_organisations_resolve_across_articles() {
        let w = ws(&[
            (
                "a.txt",
                "The Ostrava Logistics Authority (OLA) said on Monday that the Denver Falcons won.",
            ),
            ("b.txt", "Later, OLA officials said the Falcons had flown home."),
        ]);
        let ola = at(&w, "a.txt", "Ostrava");
        assert_eq!(at(&w, "b.txt", "OLA"), ola);
        assert!(w.mentions_of(&ola).iter().any(|(a, _)| &*a.id == "b.txt"));
        assert_eq!(at(&w, "b.txt", "Falcons"), at(&w, "a.txt", "Denver"));
    }

    #[test]
    fn a_surname_alone_means_the_entity_named_far_more_often() {
        let mut w = Workspace::new();
        for i in 0..2 {
            w.insert(people(&format!("{i}.txt"), "Then Marta Kowal spoke.", &["Marta Kowal"]));
        }
        w.insert(people("x.txt", "Then Jan Kowal spoke.", &["Jan Kowal"]));
        w.insert(people("y.txt", "On Tuesday, Kowal left.", &["Kowal"]));
        assert_eq!(at(&w, "y.txt", "Kowal"), "~kowal", "2 to 1 is not enough");
        w.insert(people("2.txt", "Then Marta Kowal spoke.", &["Marta Kowal"]));
        assert_eq!(at(&w, "y.txt", "Kowal"), "marta kowal");
        assert_eq!(w.mentions_of("marta kowal").len(), 4);
    }

    /// Like `people`, with a title before each name.
    fn titled(id: &str, text: &str, names: &[(&str, &str)]) -> Article {
        let mut a = people(id, text, &names.iter().map(|(_, n)| *n).collect::<Vec<_>>());
        for (m, (title, _)) in a.analysis.mentions.iter_mut().zip(names) {
            let start = m.span.start - title.len() - 1;
            m.title = Some(Span::new(start, start + title.len()));
            m.span.start = start;
        }
        a
    }

    #[test]
    fn conflicting_titles_across_articles_are_reported_from_both_sides() {
        let mut w = Workspace::new();
        w.insert(titled(
            "a.txt",
            "On Monday First Vice Foreign Minister Choe Son-hui spoke.",
            &[("First Vice Foreign Minister", "Choe Son-hui")],
        ));
        w.insert(titled(
            "b.txt",
            "Later Vice Foreign Minister Choe Son-hui left.",
            &[("Vice Foreign Minister", "Choe Son-hui")],
        ));
        w.insert(titled(
            "c.txt",
            "Then Transport Secretary Amina Otieno came.",
            &[("Transport Secretary", "Amina Otieno")],
        ));
        w.insert(titled(
            "d.txt",
            "Now Transport Cabinet Secretary Amina Otieno went.",
            &[("Transport Cabinet Secretary", "Amina Otieno")],
        ));
        let a = w.findings_for("a.txt");
        assert_eq!(a.len(), 1, "{a:?}");
        assert_eq!(a[0].code, "conflicting-role");
        assert_eq!(
            a[0].span.text(&w.get("a.txt").unwrap().text),
            "First Vice Foreign Minister"
        );
        assert_eq!(&*a[0].related[0].doc, "b.txt");
        assert!(a[0].message.contains("\"Vice Foreign Minister\""), "{}", a[0].message);
        assert_eq!(w.findings_for("b.txt").len(), 1);
        assert!(w.findings_for("c.txt").is_empty(), "two renderings of one office");
        assert_eq!(w.findings().len(), 2);
    }

    #[test]
    fn conflicting_figures_are_found_and_updates_and_hedges_respected() {
        let w = ws(&[
            (
                "a.txt",
                "The train derailed on Sunday. Six carriages left the tracks, killing 14 people.",
            ),
            (
                "b.txt",
                "Eight carriages overturned. The death toll rose to 17 late on Monday.",
            ),
            ("c.txt", "Nearly 500 guests were evacuated."),
            ("d.txt", "In all, 496 guests were evacuated from the hotel."),
        ]);
        let a = w.findings_for("a.txt");
        let quantity: Vec<&Finding> = a.iter().filter(|f| f.code == "conflicting-quantity").collect();
        assert_eq!(quantity.len(), 1, "{a:?}");
        assert_eq!(quantity[0].span.text(&w.get("a.txt").unwrap().text), "Six carriages");
        assert_eq!(
            quantity[0].related[0].span.text(&w.get("b.txt").unwrap().text),
            "Eight carriages"
        );
        // 14 dead against "rose to 17": an update, not a contradiction;
        // "nearly 500" holds with 496.
        assert!(w.findings().iter().all(
            |f| f.code != "conflicting-quantity" || f.span.text(&w.get(&f.doc).unwrap().text).contains("carriages")
        ));
    }

    #[test]
    fn dates_places_and_quotes_conflict_across_articles() {
        let w = ws(&[
            (
                "a.txt",
                "LIMA, May 6, 2024 (Agency) - A bus crashed near Huaral on Sunday, police said on Monday.\n\
                 “We will rebuild the road before the rains come,” said Rosa Quispe.\n\
                 Mr Juan Soto said: “Every family will get help from the regional government.”\n",
            ),
            (
                "b.txt",
                "LIMA, May 6, 2024 - The bus crashed near Chancay on Saturday.\n\
                 “We will rebuild the road before the rains come,” Juan Soto said.\n\
                 “Each family is going to receive help from the regional government,” Mr Soto told reporters.\n",
            ),
        ]);
        let codes = |doc: &str| {
            let text = &w.get(doc).unwrap().text;
            let mut v: Vec<(&str, String)> = w
                .findings_for(doc)
                .into_iter()
                .map(|f| (f.code, f.span.text(text).to_string()))
                .collect();
            v.sort();
            v
        };
        let a = codes("a.txt");
        assert!(a.contains(&("conflicting-date", "Sunday".into())), "{a:?}");
        assert!(a.contains(&("conflicting-place", "near Huaral".into())), "{a:?}");
        assert!(a.contains(&("conflicting-attribution", "Rosa Quispe".into())), "{a:?}");
        assert!(
            a.iter()
                .any(|(c, t)| *c == "quote-variant" && t.starts_with("Every family")),
            "{a:?}"
        );
        // The statement's date (Monday) is not the crash's.
        assert!(!a.iter().any(|(_, t)| t == "Monday"), "{a:?}");
    }

    #[test]
    fn many_articles_with_the_same_figures_give_one_finding_each() {
        let mut w = Workspace::new();
        for i in 0..120 {
            let (title, text) = if i % 2 == 0 {
                (
                    "First Vice Foreign Minister",
                    "On Monday First Vice Foreign Minister Choe Son-hui spoke.",
                )
            } else {
                (
                    "Vice Foreign Minister",
                    "On Monday Vice Foreign Minister Choe Son-hui spoke.",
                )
            };
            w.insert(titled(&format!("{i:03}.txt"), text, &[(title, "Choe Son-hui")]));
        }
        let f = w.findings_for("000.txt");
        assert_eq!(f.len(), 1, "one finding per title, not per other article: {f:?}");
        assert_eq!(f[0].related.len(), roles::MAX_RELATED);
        assert!(f[0].message.contains("and 59 other articles"), "{}", f[0].message);
        assert_eq!(w.findings().len(), 120);
    }

    #[test]
    fn replacing_an_article_reindexes_only_it() {
        let mut w = ws(&[
            ("a.txt", "Then Vladimir Putin spoke."),
            ("b.txt", "Then Vladimir Putin left."),
        ]);
        w.insert(Article::analyze("a.txt".into(), "Then Moon Jae-in spoke.".into()));
        let id = at(&w, "b.txt", "Vladimir");
        assert_eq!(w.mentions_of(&id).len(), 1);
        assert!(w.remove("b.txt"));
        assert!(w.entity(&id).is_none());
        assert!(!w.remove("b.txt"));
    }
}
