//! Within-article coreference: groups an article's mentions into chains
//! (`link`), resolving pronouns and descriptions to earlier mentions
//! (`antecedent`, choosing among candidates with `pick`). The chain types
//! (`chain`) are what the workspace reads.

mod antecedent;
mod chain;
pub(crate) mod link;
mod pick;

pub use chain::{Anchor, Chain, Links, agrees, gender_of};
pub use link::{link, link_quoted, nominal_key, title_fits};
