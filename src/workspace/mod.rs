//! The workspace: every article's analysis, linked across articles.
//!
//! Pure and synchronous like the core: adapters decide what a document id
//! is (a URI in the server, a path in the CLI), feed texts in, and ask
//! questions. Updating one article touches only that article's entries in
//! the cross-article index, never the whole workspace.

mod findings;
mod lines;

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use crate::analysis::{self, Analysis, EntityType, Mention, MentionKind};

pub use findings::{Finding, Related, describe};
pub use lines::{LineIndex, floor_char_boundary};

/// Identifies an article; ordering is the workspace's stable order.
pub type DocId = Arc<str>;

/// One analysed article.
#[derive(Debug)]
pub struct Article {
    pub id: DocId,
    pub text: Arc<str>,
    pub analysis: Analysis,
}

impl Article {
    /// Analyses `text`. This is the expensive step; callers may run it
    /// outside any lock and [`Workspace::insert`] the result.
    pub fn analyze(id: DocId, text: Arc<str>) -> Article {
        let analysis = analysis::analyze(&text);
        Article { id, text, analysis }
    }
}

/// Analyses articles on all cores; the result order follows the input.
/// Analysis is pure CPU work, so plain scoped threads are enough.
pub fn analyze_parallel(texts: Vec<(DocId, Arc<str>)>) -> Vec<Article> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if texts.len() < 2 || threads < 2 {
        return texts
            .into_iter()
            .map(|(id, text)| Article::analyze(id, text))
            .collect();
    }
    let chunk = texts.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|(id, text)| Article::analyze(id.clone(), text.clone()))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// The key under which mentions of one entity meet across articles.
pub type EntityKey = String;

/// Folds the surface differences that never distinguish two entities:
/// case, hyphens versus spaces, and runs of white space.
pub fn entity_key(mention: &Mention) -> EntityKey {
    let mut key = String::with_capacity(mention.name.len());
    for word in mention
        .name
        .split(|c: char| c.is_whitespace() || c == '-' || c == '‐')
    {
        if word.is_empty() {
            continue;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

/// A mention's place: article and index into its `analysis.mentions`.
pub type MentionRef = (DocId, usize);

/// What the workspace knows about one entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    pub key: EntityKey,
    /// The most frequent name form among its name mentions.
    pub name: String,
    pub ty: EntityType,
    pub mentions: usize,
    pub articles: usize,
}

#[derive(Debug, Default)]
pub struct Workspace {
    articles: HashMap<DocId, Article>,
    /// Entity key → its mentions, ordered by article id then position, so
    /// "first mention in the workspace" is stable.
    index: HashMap<EntityKey, BTreeSet<MentionRef>>,
}

impl Workspace {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    pub fn get(&self, id: &str) -> Option<&Article> {
        self.articles.get(id)
    }

    /// Articles in stable (id) order.
    pub fn articles(&self) -> Vec<&Article> {
        let mut all: Vec<&Article> = self.articles.values().collect();
        all.sort_by(|a, b| a.id.cmp(&b.id));
        all
    }

    /// Adds or replaces an article, re-indexing only its mentions.
    pub fn insert(&mut self, article: Article) {
        self.remove(&article.id);
        for (i, m) in article.analysis.mentions.iter().enumerate() {
            self.index
                .entry(entity_key(m))
                .or_default()
                .insert((article.id.clone(), i));
        }
        self.articles.insert(article.id.clone(), article);
    }

    /// Removes an article and its index entries; returns whether it existed.
    pub fn remove(&mut self, id: &str) -> bool {
        let Some(old) = self.articles.remove(id) else {
            return false;
        };
        for (i, m) in old.analysis.mentions.iter().enumerate() {
            let key = entity_key(m);
            if let Some(set) = self.index.get_mut(&key) {
                set.remove(&(old.id.clone(), i));
                if set.is_empty() {
                    self.index.remove(&key);
                }
            }
        }
        true
    }

    /// The mention under a byte offset of an article.
    pub fn mention_at(&self, id: &str, offset: usize) -> Option<&Mention> {
        self.articles.get(id)?.analysis.mention_at(offset)
    }

    /// All mentions of the entity, in stable order.
    pub fn mentions_of<'a>(
        &'a self,
        key: &str,
    ) -> impl Iterator<Item = (&'a Article, &'a Mention)> + 'a {
        self.index
            .get(key)
            .into_iter()
            .flatten()
            .filter_map(|(doc, i)| {
                let article = self.articles.get(doc)?;
                Some((article, article.analysis.mentions.get(*i)?))
            })
    }

    /// The introducing mention: the first name mention in stable order, else
    /// the first mention of any kind.
    pub fn definition(&self, key: &str) -> Option<(&Article, &Mention)> {
        self.mentions_of(key)
            .find(|(_, m)| m.kind == MentionKind::Name)
            .or_else(|| self.mentions_of(key).next())
    }

    /// A summary of one entity.
    pub fn entity(&self, key: &str) -> Option<Entity> {
        let refs = self.index.get(key)?;
        let mut names: HashMap<&str, usize> = HashMap::new();
        let mut types: HashMap<EntityType, usize> = HashMap::new();
        let mut articles = BTreeSet::new();
        for (article, m) in self.mentions_of(key) {
            articles.insert(&article.id);
            *types.entry(m.ty).or_default() += 1;
            if m.kind == MentionKind::Name {
                *names.entry(m.name.as_str()).or_default() += 1;
            }
        }
        // Most frequent; ties go to the longer (fuller) form, then alphabetical.
        let name = names
            .into_iter()
            .max_by(|a, b| {
                a.1.cmp(&b.1)
                    .then(a.0.len().cmp(&b.0.len()))
                    .then(b.0.cmp(a.0))
            })
            .map(|(n, _)| n.to_string())
            .or_else(|| self.mentions_of(key).next().map(|(_, m)| m.name.clone()))?;
        let ty = types
            .into_iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?
            .0;
        Some(Entity {
            key: key.to_string(),
            name,
            ty,
            mentions: refs.len(),
            articles: articles.len(),
        })
    }

    /// Every entity, most mentioned first, then by name.
    pub fn entities(&self) -> Vec<Entity> {
        let mut all: Vec<Entity> = self.index.keys().filter_map(|k| self.entity(k)).collect();
        all.sort_by(|a, b| {
            b.mentions
                .cmp(&a.mentions)
                .then_with(|| a.name.cmp(&b.name))
        });
        all
    }

    /// Findings across the workspace. The contradiction checks that fill
    /// this arrive with the claims layer; today there are none to report.
    pub fn findings(&self) -> Vec<Finding> {
        Vec::new()
    }
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

    #[test]
    fn links_the_same_name_across_articles_in_stable_order() {
        let w = ws(&[
            ("b.txt", "later, Vladimir Putin spoke."),
            ("a.txt", "then Vladimir Putin met Moon Jae-in."),
        ]);
        let key = entity_key(w.mention_at("b.txt", 9).unwrap());
        let docs: Vec<&str> = w.mentions_of(&key).map(|(a, _)| &*a.id).collect();
        assert_eq!(docs, ["a.txt", "b.txt"]);
        assert_eq!(&*w.definition(&key).unwrap().0.id, "a.txt");
        let e = w.entity(&key).unwrap();
        assert_eq!((e.mentions, e.articles), (2, 2));
    }

    #[test]
    fn replacing_an_article_reindexes_only_it() {
        let mut w = ws(&[
            ("a.txt", "Vladimir Putin spoke."),
            ("b.txt", "Vladimir Putin left."),
        ]);
        w.insert(Article::analyze(
            "a.txt".into(),
            "Moon Jae-in spoke.".into(),
        ));
        let key = entity_key(w.mention_at("b.txt", 0).unwrap());
        assert_eq!(w.mentions_of(&key).count(), 1);
        assert!(w.remove("b.txt"));
        assert!(w.entity(&key).is_none());
        assert!(!w.remove("b.txt"));
    }

    #[test]
    fn keys_fold_case_hyphens_and_spaces() {
        let m = |name: &str| Mention {
            span: Default::default(),
            ty: EntityType::Person,
            kind: MentionKind::Name,
            name: name.into(),
            title: None,
            canonical: None,
        };
        assert_eq!(
            entity_key(&m("Kim Jong-un")),
            entity_key(&m("Kim  Jong Un"))
        );
        assert_ne!(entity_key(&m("Kim Jong-un")), entity_key(&m("Kim Jong-il")));
    }
}
