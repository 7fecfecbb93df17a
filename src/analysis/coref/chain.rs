//! The chains of one article: groups of mentions of one entity, each with
//! an [`Anchor`] that says how the chain meets other articles.

use crate::analysis::EntityType;
use crate::analysis::lexicon::{self, Gender};

/// How a chain is identified across articles.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Anchor {
    /// A complete name (multi-word person name, or any organisation, place
    /// or group name), folded: `kim jong un`.
    Full(String),
    /// Only a one-word person name was used (`Putin`): resolved against the
    /// workspace's full names that contain the word.
    Short(String),
    /// Only a description was used (`russian president`): resolved against
    /// the titles other articles give to named entities.
    Description(String),
    /// A generic description this article could not resolve (`the company`
    /// with two companies around): it stays a local singleton.
    Local,
}

/// A group of mentions of one entity within one article.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chain {
    pub anchor: Anchor,
    pub ty: EntityType,
    /// Indexes into the article's mentions, in text order.
    pub mentions: Vec<usize>,
    /// Folded titles and roles given to the entity here (`russian president`).
    pub titles: Vec<String>,
    /// One-word names the article gives a full-name chain, such as the
    /// acronym it introduces (`trr` for Trans-Rift Railways).
    pub aliases: Vec<String>,
}

impl Chain {
    /// Whether a name anchors the chain (a full or a one-word name), not a
    /// description.
    pub(super) fn is_named(&self) -> bool {
        matches!(self.anchor, Anchor::Full(_) | Anchor::Short(_))
    }

    /// Whether the chain is a person that a name anchors.
    pub(super) fn is_named_person(&self) -> bool {
        self.ty == EntityType::Person && self.is_named()
    }
}

/// The chains of one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Links {
    /// Chain index of every mention.
    pub chain_of: Vec<usize>,
    pub chains: Vec<Chain>,
}

/// The sex the honorific ending a folded title states (`mr`, `ms`,
/// `dame`), if any.
pub fn gender_of(title: &str) -> Option<Gender> {
    lexicon::honorific_gender(title.rsplit(' ').next()?)
}

/// Whether a mention's honorific gender fits the titles a chain has: `Mr
/// Otieno` is not the Amina Otieno called `Ms Otieno` a line earlier.
pub fn agrees(gender: Option<Gender>, titles: &[String]) -> bool {
    let Some(g) = gender else { return true };
    titles.iter().filter_map(|t| gender_of(t)).all(|other| other == g)
}

/// The words of a folded name, title or description.
pub(super) fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(' ').filter(|w| !w.is_empty())
}
