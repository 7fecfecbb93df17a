//! The workspace: every article's analysis, linked across articles.
//!
//! Pure and synchronous like the core: adapters decide what a document id
//! is (a URI in the server, a path in the CLI), feed texts in, and ask
//! questions. Updating one article touches only that article's entries in
//! the cross-article index, never the whole workspace.

mod aggregates;
mod checks;
mod entities;
mod findings;
#[doc(hidden)]
pub mod fuzz_api;
mod incremental;
mod index;
mod lines;
mod names;
mod resolve;
mod roles;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;

use crate::analysis::Facts;
use crate::analysis::coref::{self as linking, Anchor, Chain, Links};
use crate::analysis::facts::key::ClaimKey;
use crate::analysis::facts::{claims, quotes};
use crate::analysis::text::fold;
use crate::analysis::{self, Analysis, EntityType, Mention, MentionKind, Span};
pub use crate::analysis::{Article, DocId, analyze_parallel};
use crate::kb::{Kb, KbEntry};
use crate::rules::claim::Stated;
use crate::rules::{
    Code, MAX_RELATED, analysis_failed, claim, conflicting_attribution, quote_variant, spelling_variant,
};

pub use crate::rules::{About, Detail, EntityId, Finding, IdKind, Related, Side, short_name};
use checks::{signature, speaker_key, spelled};
use entities::Known;
pub use entities::name_span;
pub use findings::with_levels;
pub use lines::{LineIndex, floor_char_boundary};
use resolve::{facility_core, head};

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
    claim_keys: HashMap<ClaimKey, BTreeSet<ChainRef>>,
    updated_keys: HashMap<ClaimKey, usize>,
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

    /// Installs (or with `None`, removes) the knowledge base. Entities
    /// whose names or aliases it lists resolve to its entries.
    pub fn set_kb(&mut self, kb: Option<(DocId, Kb)>) {
        self.clear_memos();
        self.kb = kb.map(|(doc, kb)| (doc, Arc::new(kb)));
    }

    pub fn kb(&self) -> Option<&(DocId, Arc<Kb>)> {
        self.kb.as_ref()
    }
}

#[cfg(test)]
mod tests;
