//! What an article states besides its mentions: the claims it makes
//! (figures, dates, places, events: `claims`, `events`; put in a reader's
//! words by `describe`) and the quotes it attributes (`quotes`). `article`
//! puts them together with the within-article chains (`coref`, which reads
//! the quotes' speakers).

pub mod claims;
pub mod describe;
pub mod event_words;
pub mod events;
pub mod figures;
pub mod key;
pub mod quotes;
mod sizes;
