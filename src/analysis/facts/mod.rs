//! What the workspace reads from one article besides its mentions: the
//! claims it makes (figures, dates, places, events: `claims`, `events`)
//! and the quotes it attributes (`quotes`), with the article's
//! within-article chains (`coref`).

pub mod claims;
pub mod events;
pub mod quotes;

use super::Analysis;
use super::coref::{self, Links};

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
        let mut claims = claims::extract(text, analysis);
        claims.extend(events::extract(text, analysis));
        let quotes = quotes::extract(text, analysis);
        Facts {
            links: coref::link_quoted(text, analysis, &quotes),
            claims,
            quotes,
        }
    }
}
