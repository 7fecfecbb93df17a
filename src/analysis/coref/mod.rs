//! Within-article coreference: groups an article's mentions into chains
//! (`link`, which runs the passes): complete names, then short forms
//! (`names`), then pronouns (`pronouns`) and descriptions (`descriptions`,
//! then the cues and salience of `antecedent`, which `pick` chooses by);
//! then who speaks each quote (`speakers`).
//! The chain types (`chain`) are what the workspace reads.

mod antecedent;
mod chain;
mod descriptions;
mod link;
mod names;
mod pick;
mod pronouns;
mod speakers;

pub use chain::{Anchor, Chain, Links, agrees, gender_of};
pub use descriptions::{nominal_key, title_fits};
pub use link::{link, link_quoted};
pub use speakers::credit_speakers;

#[cfg(test)]
mod tests;
