//! Entity ids: what a finding about a person or a name is about, and what
//! the workspace's queries are asked with. The workspace creates them when
//! it resolves a chain across articles; the adapters show them as text
//! (`Display`, [`EntityId::as_str`]) and read one back from a request or a
//! command argument with [`EntityId::parse`].

use std::fmt;
use std::sync::Arc;

/// Identifies an entity across the workspace. Its text is the folded full
/// name (`kim jong un`, or the knowledge-base entry's name folded), or for
/// entities never named in full, a marked form: `~putin` (a one-word name
/// no full name explains), `?russian president` (a description no title
/// explains), `#doc#chain` (a local singleton). Ids compare, order and
/// hash as their text does. A clone shares the text: ids are cloned into
/// every memo and once per mention (`entities_of`), so an `Arc<str>` keeps
/// that cheap and the memos small (checked against `Box<str>` and `String`
/// with the `workspace` bench: the lowest peak memory and instruction count).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EntityId(Arc<str>);

/// What an id's text says of how the entity was resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind<'a> {
    /// Named in full somewhere: the folded full name (a key of the index).
    Named(&'a str),
    /// `~word`: a one-word name; the word.
    Short(&'a str),
    /// `?key`: a description; its key.
    Description(&'a str),
    /// `#doc#chain`: one article's chain, when the text names one.
    Local(Option<(&'a str, usize)>),
}

impl EntityId {
    /// The id of an entity named in full: its folded full name.
    pub(crate) fn named(key: &str) -> EntityId {
        EntityId(key.into())
    }

    /// The id of a one-word name no full name explains (`~putin`).
    pub(crate) fn short(word: &str) -> EntityId {
        EntityId(format!("~{word}").into())
    }

    /// The id of a description no title explains (`?russian president`).
    pub(crate) fn description(key: &str) -> EntityId {
        EntityId(format!("?{key}").into())
    }

    /// The id of a chain that stays within its article (`#doc#chain`).
    pub(crate) fn local(doc: &str, chain: usize) -> EntityId {
        EntityId(format!("#{doc}#{chain}").into())
    }

    /// An id given as text from outside (a request, a command argument, a
    /// test): the text it shows as.
    pub fn parse(text: &str) -> EntityId {
        EntityId(text.into())
    }

    /// The id as text, as JSON output, hovers and messages show it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// How the entity was resolved, read from the id's marker.
    pub fn kind(&self) -> IdKind<'_> {
        let text = self.as_str();
        if let Some(rest) = text.strip_prefix('#') {
            let chain = rest.rsplit_once('#').and_then(|(doc, c)| Some((doc, c.parse().ok()?)));
            IdKind::Local(chain)
        } else if let Some(word) = text.strip_prefix('~') {
            IdKind::Short(word)
        } else if let Some(key) = text.strip_prefix('?') {
            IdKind::Description(key)
        } else {
            IdKind::Named(text)
        }
    }

    /// Whether the entity is named in full somewhere (not a lone word, an
    /// unresolved description or a local chain).
    pub fn is_named(&self) -> bool {
        matches!(self.kind(), IdKind::Named(_))
    }
}

impl fmt::Display for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// As its text, so that debug output reads as it did when ids were strings.
impl fmt::Debug for EntityId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for EntityId {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for EntityId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_as_they_were_made() {
        let named = EntityId::named("kim jong un");
        assert_eq!(named.kind(), IdKind::Named("kim jong un"));
        assert!(named.is_named());
        assert_eq!(EntityId::short("putin").kind(), IdKind::Short("putin"));
        assert_eq!(
            EntityId::description("russian president").kind(),
            IdKind::Description("russian president")
        );
        let local = EntityId::local("file:///a#b.txt", 3);
        assert_eq!(local.to_string(), "#file:///a#b.txt#3");
        assert_eq!(local.kind(), IdKind::Local(Some(("file:///a#b.txt", 3))));
        assert_eq!(EntityId::parse("#a.txt").kind(), IdKind::Local(None));
        assert!(!local.is_named() && !EntityId::short("putin").is_named());
        assert_eq!(EntityId::parse(local.as_str()), local);
    }

    #[test]
    fn ids_order_and_print_as_their_text() {
        let mut ids = [EntityId::parse("b"), EntityId::short("a"), EntityId::named("a b")];
        ids.sort();
        let texts: Vec<String> = ids.iter().map(ToString::to_string).collect();
        assert_eq!(texts, ["a b", "b", "~a"]);
        assert_eq!(format!("{:?}", EntityId::named("kim jong un")), "\"kim jong un\"");
    }
}
