//! One article through the per-article pipeline: its analysis (mentions,
//! values) and the facts read from it (within-article chains, claims,
//! quotes). Pure functions of the article's text; the workspace stores
//! articles and relates them.

use std::sync::Arc;

use super::Analysis;
use super::coref::{self, Links};
use super::facts::{claims, events, figures, quotes};

/// Identifies an article; ordering is the workspace's stable order.
pub type DocId = Arc<str>;

/// One analysed article.
#[derive(Debug)]
pub struct Article {
    pub id: DocId,
    pub text: Arc<str>,
    /// The analysis, without its tokens (dropped once the facts are read).
    pub analysis: Analysis,
    /// Chains, claims and quotes read from the analysis, when already extracted
    /// (with the analysis, off the workspace lock); `insert` takes them.
    pub(crate) facts: Option<Facts>,
    /// Why the analysis failed (an internal error: a panic's message and
    /// place). A failed article has no mentions or facts; it is reported
    /// by one `analysis-failed` finding and costs no other article anything.
    pub failure: Option<String>,
}

impl Article {
    /// Analyses `text`. This is the expensive step; callers may run it
    /// outside any lock and [`Workspace::insert`] the result. A panic in
    /// the analysis is caught here: the article comes back empty with its
    /// [`failure`](Article::failure) set.
    pub fn analyze(id: DocId, text: Arc<str>) -> Article {
        let outcome = crate::guard::catch(|| {
            if crate::guard::debug() && text.contains(crate::guard::DEBUG_PANIC_MARK) {
                panic!(
                    "deliberate panic: the article contains {}",
                    crate::guard::DEBUG_PANIC_MARK
                );
            }
            let mut analysis = super::analyze(&text);
            let facts = Facts::extract(&text, &analysis);
            // Tokens serve the extraction of facts only; a workspace of
            // 10,000 articles would keep 3.6 million of them.
            analysis.tokens = Vec::new();
            (analysis, facts)
        });
        match outcome {
            Ok((analysis, facts)) => Article {
                id,
                text,
                analysis,
                facts: Some(facts),
                failure: None,
            },
            Err(failure) => Article {
                failure: Some(failure),
                ..Article::empty(id, text)
            },
        }
    }

    /// The chains, claims and quotes read with the analysis, once: the
    /// workspace takes them into its store. `None` the second time.
    pub fn take_facts(&mut self) -> Option<Facts> {
        self.facts.take()
    }

    /// An article with nothing in it, as a failed analysis leaves it.
    pub fn empty(id: DocId, text: Arc<str>) -> Article {
        Article {
            id,
            text,
            analysis: Analysis::default(),
            facts: Some(Facts::default()),
            failure: None,
        }
    }
}

/// Analyses articles on all cores; the result order follows the input.
/// Analysis is pure CPU work, so plain scoped threads are enough.
pub fn analyze_parallel(texts: Vec<(DocId, Arc<str>)>) -> Vec<Article> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    if texts.len() < 2 || threads < 2 {
        return texts.into_iter().map(|(id, text)| Article::analyze(id, text)).collect();
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

/// One article's within-article chains, claims and attributed quotes.
#[derive(Debug, Default)]
pub struct Facts {
    pub links: Links,
    pub claims: Vec<claims::Claim>,
    pub quotes: Vec<quotes::Quote>,
}

impl Facts {
    /// Reads the facts of an analysed article (its tokens still there).
    pub fn extract(text: &str, analysis: &Analysis) -> Facts {
        let mut claims = figures::figure_claims(text, analysis);
        claims.extend(events::event_claims(text, analysis));
        let credited = quotes::credited_quotes(text, analysis);
        let links = coref::link_quoted(text, analysis, &quotes::named_quotes(&credited));
        let quotes = coref::credit_speakers(text, analysis, &links, &credited);
        Facts { links, claims, quotes }
    }
}
