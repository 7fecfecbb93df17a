//! What the per-article checks read from other articles, kept current by
//! delta so that an edit costs the same in a workspace of 100 articles or
//! 5,000.
//!
//! A check of one article compares it with the rest of the workspace:
//! its spelling of a name with the house spelling (the majority of all
//! spellings), its titles for a person with the titles other articles
//! give, its figures for a claim key with the figures other articles
//! state. Those cross-article sides are aggregates of every article's
//! *part*: spelled forms counted per entity, articles grouped by the set of
//! titles they give, articles grouped by the figures they state. Each
//! aggregate is built from the indexes the first time a check needs it,
//! then an edit that leaves the cross-article index as it was (no name,
//! title or alias added or dropped: typing in the prose) subtracts the
//! article's old part and adds its new one. Any other change clears the
//! aggregates with the other memos; they are rebuilt on demand.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use super::roles::{self, TitleGroups};
use super::{Article, ChainRef, ClaimKey, DocId, EntityId, Entry, Figure, Workspace, signature};
use crate::analysis::text::fold;
use crate::analysis::{Mention, MentionKind};
use crate::rules::{MAX_RELATED, spelling_variant};

/// Spelled forms of an entity's full names, by spelling group (the folded
/// name, or `""` for the knowledge base's forms) → spelled form → count.
pub(super) type SpellCounts = HashMap<String, HashMap<String, usize>>;

/// Articles grouped by the figures they state for one claim key.
pub(super) type FigureGroups = BTreeMap<Vec<Figure>, BTreeSet<DocId>>;

/// The quotes filed under one key of a quote index, grouped by speaker
/// and words: identical quotes from one speaker are compared once.
pub(super) type QuoteGroups = BTreeMap<QuoteGroupKey, BTreeSet<ChainRef>>;

/// A quote index key: (the index is by words, not by speaker; the key).
pub(super) type QuoteKey = (bool, String);

/// A quote group: its speaker's entity and its normalised words.
pub(super) type QuoteGroupKey = (Option<EntityId>, String);

#[derive(Debug, Default)]
pub(super) struct Aggregates {
    spellings: HashMap<EntityId, Arc<SpellCounts>>,
    titles: HashMap<EntityId, Arc<TitleGroups>>,
    figures: HashMap<ClaimKey, Arc<FigureGroups>>,
    /// By (the index is by words, not by speaker; key).
    quotes: HashMap<QuoteKey, Arc<QuoteGroups>>,
}

/// One article's part in the aggregates.
#[derive(Debug, Default)]
pub(super) struct Part {
    spellings: HashMap<EntityId, Vec<(String, String)>>,
    titles: HashMap<EntityId, BTreeSet<String>>,
    figures: HashMap<ClaimKey, Vec<Figure>>,
    /// Each quote under both index keys, with its group and place.
    quotes: Vec<(QuoteKey, QuoteGroupKey, ChainRef)>,
}

impl Aggregates {
    /// Replaces an article's old part with its new one in every aggregate
    /// already built (the others will be built from the current state).
    pub(super) fn replace(&mut self, doc: &DocId, old: &Part, new: &Part) {
        for (parts, sign) in [(old, -1isize), (new, 1)] {
            for (id, forms) in &parts.spellings {
                if let Some(counts) = self.spellings.get_mut(id) {
                    let counts = Arc::make_mut(counts);
                    for (group, spelled) in forms {
                        let n = counts
                            .entry(group.clone())
                            .or_default()
                            .entry(spelled.clone())
                            .or_default();
                        *n = n.saturating_add_signed(sign);
                    }
                }
            }
            for (id, set) in &parts.titles {
                if let Some(groups) = self.titles.get_mut(id) {
                    edit_group(Arc::make_mut(groups), set, doc, sign > 0);
                }
            }
            for (key, sig) in &parts.figures {
                if let Some(groups) = self.figures.get_mut(key) {
                    edit_group(Arc::make_mut(groups), sig, doc, sign > 0);
                }
            }
            for (key, group, r) in &parts.quotes {
                if let Some(groups) = self.quotes.get_mut(key) {
                    edit_group(Arc::make_mut(groups), group, r, sign > 0);
                }
            }
        }
    }
}

impl Aggregates {
    /// Drops what the given entities, claim keys and quote keys aggregate:
    /// it is built again from the indexes when next needed.
    pub(super) fn forget(
        &mut self,
        entities: &BTreeSet<EntityId>,
        figure_keys: &BTreeSet<ClaimKey>,
        quote_keys: &BTreeSet<QuoteKey>,
    ) {
        for id in entities {
            self.spellings.remove(id);
            self.titles.remove(id);
        }
        for key in figure_keys {
            self.figures.remove(key);
        }
        for key in quote_keys {
            self.quotes.remove(key);
        }
    }
}

fn edit_group<K: Ord + Clone, V: Ord + Clone>(groups: &mut BTreeMap<K, BTreeSet<V>>, key: &K, doc: &V, add: bool) {
    if add {
        groups.entry(key.clone()).or_default().insert(doc.clone());
    } else if let Some(docs) = groups.get_mut(key) {
        docs.remove(doc);
        if docs.is_empty() {
            groups.remove(key);
        }
    }
}

/// The aggregate under `key` in the map `pick` chooses, built by `build`
/// and kept when not there yet. The lock is not held while building.
fn memoised<K: std::hash::Hash + Eq, V>(
    aggregates: &parking_lot::Mutex<Aggregates>,
    pick: impl Fn(&mut Aggregates) -> &mut HashMap<K, Arc<V>>,
    key: K,
    build: impl FnOnce() -> V,
) -> Arc<V> {
    if let Some(known) = pick(&mut aggregates.lock()).get(&key) {
        return known.clone();
    }
    let built = Arc::new(build());
    pick(&mut aggregates.lock()).insert(key, built.clone());
    built
}

impl Workspace {
    /// An article's mentions of each named entity (not local or unresolved
    /// descriptions), in text order.
    pub(super) fn mentions_by_entity<'a>(&self, e: &'a Entry) -> BTreeMap<EntityId, Vec<&'a Mention>> {
        let mut out: BTreeMap<EntityId, Vec<&Mention>> = BTreeMap::new();
        for (c, chain) in e.links.chains.iter().enumerate() {
            let id = self.resolve(&e.article.id, c, chain);
            if !id.is_named() {
                continue;
            }
            let mentions = chain
                .mentions
                .iter()
                .filter_map(|&i| e.article.analysis.mentions.get(i));
            out.entry(id).or_default().extend(mentions);
        }
        for mentions in out.values_mut() {
            mentions.sort_by_key(|m| m.span.start);
        }
        out
    }

    /// The spelling group of a full-name mention of `id`, if it spells out
    /// one of the entity's full names.
    fn spelling_group_of(&self, id: &EntityId, forms: &[String], m: &Mention) -> Option<String> {
        if m.kind != MentionKind::Name {
            return None;
        }
        let f = fold(&m.name);
        if !forms.contains(&f) {
            return None;
        }
        let kb = self
            .kb
            .as_ref()
            .and_then(|(_, kb)| kb.lookup(id.as_str()).map(|_| kb.forms(id.as_str())));
        Some(if kb.is_some_and(|forms| forms.contains(&f)) {
            String::new()
        } else {
            f
        })
    }

    /// What an article adds to the aggregates.
    pub(super) fn part(&self, doc: &str) -> Part {
        let mut part = Part::default();
        let Some(e) = self.entries.get(doc) else {
            return part;
        };
        for (id, mentions) in self.mentions_by_entity(e) {
            let forms = self.forms(&id);
            let spelled: Vec<(String, String)> = mentions
                .iter()
                .filter_map(|m| Some((self.spelling_group_of(&id, &forms, m)?, super::spelled(&e.article, m))))
                .collect();
            if !spelled.is_empty() {
                part.spellings.insert(id.clone(), spelled);
            }
            let pairs: Vec<(&Article, &Mention)> = mentions.iter().map(|m| (&e.article, *m)).collect();
            let titles: BTreeSet<String> = roles::titles(&pairs).into_iter().map(|t| t.folded).collect();
            if !titles.is_empty() {
                part.titles.insert(id, titles);
            }
        }
        let keys: BTreeSet<&ClaimKey> = e.claims.iter().map(|c| &c.key).collect();
        for key in keys {
            part.figures.insert(key.clone(), signature(&self.doc_figures(e, key)));
        }
        for (i, q) in e.quotes.iter().enumerate() {
            let group = (self.quote_speaker(e, q), q.normalised());
            let r = (e.article.id.clone(), i);
            let by_speaker = super::speaker_key(&e.article.analysis, q);
            part.quotes.push(((true, q.opening()), group.clone(), r.clone()));
            part.quotes.push(((false, by_speaker), group, r));
        }
        part
    }

    /// The quotes under a key of the index by words (`by_words`) or by the
    /// speaker's last name, grouped.
    pub(super) fn quote_groups(&self, by_words: bool, key: &str) -> Arc<QuoteGroups> {
        memoised(
            &self.aggregates,
            |a| &mut a.quotes,
            (by_words, key.to_string()),
            || {
                let index = if by_words {
                    &self.quote_texts
                } else {
                    &self.quote_speakers
                };
                let mut groups = QuoteGroups::new();
                for (d, i) in index.get(key).into_iter().flatten() {
                    let Some(e) = self.entries.get(d) else { continue };
                    let Some(q) = e.quotes.get(*i) else { continue };
                    groups
                        .entry((self.quote_speaker(e, q), q.normalised()))
                        .or_default()
                        .insert((d.clone(), *i));
                }
                groups
            },
        )
    }

    /// The spelled forms of an entity's full names across the workspace.
    pub(super) fn spell_counts(&self, id: &EntityId) -> Arc<SpellCounts> {
        memoised(
            &self.aggregates,
            |a| &mut a.spellings,
            id.clone(),
            || {
                let forms = self.forms(id);
                let mut counts = SpellCounts::new();
                for (a, m) in self.mentions_of(id) {
                    if let Some(group) = self.spelling_group_of(id, &forms, m) {
                        *counts
                            .entry(group)
                            .or_default()
                            .entry(super::spelled(a, m))
                            .or_default() += 1;
                    }
                }
                counts
            },
        )
    }

    /// The articles giving each set of titles to an entity.
    pub(super) fn title_groups(&self, id: &EntityId) -> Arc<TitleGroups> {
        memoised(
            &self.aggregates,
            |a| &mut a.titles,
            id.clone(),
            || {
                let mut per_doc: BTreeMap<&DocId, BTreeSet<String>> = BTreeMap::new();
                let mentions = self.mentions_of(id);
                for t in roles::titles(&mentions) {
                    per_doc.entry(&t.article.id).or_default().insert(t.folded);
                }
                let mut groups = TitleGroups::new();
                for (doc, set) in per_doc {
                    groups.entry(set).or_default().insert(doc.clone());
                }
                groups
            },
        )
    }

    /// The articles stating each set of figures for a claim key.
    pub(super) fn figure_groups(&self, key: &ClaimKey) -> Arc<FigureGroups> {
        memoised(
            &self.aggregates,
            |a| &mut a.figures,
            key.clone(),
            || {
                let mut groups = FigureGroups::new();
                let docs: BTreeSet<&DocId> = self.claim_keys.get(key).into_iter().flatten().map(|(d, _)| d).collect();
                for doc in docs {
                    if let Some(e) = self.entries.get(doc) {
                        groups
                            .entry(signature(&self.doc_figures(e, key)))
                            .or_default()
                            .insert(doc.clone());
                    }
                }
                groups
            },
        )
    }

    /// Spelling and role findings of one article for one entity, against
    /// the aggregates.
    pub(super) fn entity_findings_in(&self, e: &Entry, id: &EntityId, mentions: &[&Mention]) -> Vec<super::Finding> {
        let mut out = Vec::new();
        let forms = self.forms(id);
        let kb_entry = self.kb.as_ref().and_then(|(_, kb)| kb.lookup(id.as_str()));
        let mut counts: Option<Arc<SpellCounts>> = None;
        for m in mentions {
            let Some(group) = self.spelling_group_of(id, &forms, m) else {
                continue;
            };
            let counts = counts.get_or_insert_with(|| self.spell_counts(id));
            let entry = kb_entry.filter(|_| group.is_empty());
            let empty = HashMap::new();
            let in_group = counts.get(&group).unwrap_or(&empty);
            if let Some(house) = spelling_variant::house_spelling(entry.map(|e| e.name.as_str()), in_group) {
                out.extend(spelling_variant::finding(
                    id,
                    &e.article,
                    super::name_span(&e.article.text, m),
                    &house,
                ));
            }
        }
        let pairs: Vec<(&Article, &Mention)> = mentions.iter().map(|m| (&e.article, *m)).collect();
        let ours = roles::titles(&pairs);
        if !ours.is_empty() {
            let groups = self.title_groups(id);
            // The first title of the articles a finding can name.
            let mut firsts: HashMap<&str, (&Article, crate::analysis::Span)> = HashMap::new();
            for docs in groups.values() {
                for d in docs.iter().filter(|d| **d != e.article.id).take(MAX_RELATED) {
                    if let Some(first) = self.first_title(d, id) {
                        firsts.insert(d, first);
                    }
                }
            }
            let ours: Vec<&roles::Titled> = ours.iter().collect();
            out.extend(roles::against(id, &ours, &groups, &|d: &str| firsts.get(d).copied()));
        }
        out
    }

    /// The first title an article gives an entity, with where it stands.
    fn first_title(&self, doc: &str, id: &EntityId) -> Option<(&Article, crate::analysis::Span)> {
        let e = self.entries.get(doc)?;
        let mentions = self.mentions_by_entity(e).remove(id)?;
        let pairs: Vec<(&Article, &Mention)> = mentions.iter().map(|m| (&e.article, *m)).collect();
        roles::titles(&pairs)
            .into_iter()
            .find(|t| t.folded != roles::IN_FLUX)
            .map(|t| (t.article, t.span))
    }
}
