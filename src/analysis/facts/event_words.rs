//! Event words, from WordNet (`analysis::wordnet`): which words can name
//! an event, and the key two articles' words for one event meet on.
//!
//! A verb names an event in its past form (`derailed`, `sank`); a noun when
//! WordNet files it as a happening: a noun derived from a verb through an
//! act, event, process, phenomenon or communication sense (`derailment`,
//! `acquisition`), or a noun whose sense is an event or act (`earthquake`).
//! The key is the verb lemma (`derailed`, `derails`, `derailment` →
//! `derail`), or for an event noun with no verb, its most frequent sense
//! (`quake` and `earthquake` share one), so that synonyms WordNet groups
//! meet and nothing else does. No hand list of idioms or synonyms: what
//! WordNet does not relate stays apart.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::analysis::wordnet;

/// The key an event word is compared by across articles: a verb form's
/// lemma; for a noun naming a happening, the verb it derives from, else
/// the verb one of its first sense's synonyms derives from (`earthquake`
/// → `quake`), else that sense itself. A word WordNet does not know keys
/// by itself, lowercased.
pub fn event_key(word: &str) -> String {
    if let Some(verb) = wordnet::verb_lemma(word) {
        return verb.to_string();
    }
    match wordnet::happening_noun(word) {
        Some(noun) => happening_key(noun),
        None => word.to_lowercase(),
    }
}

/// The key of a noun: for one naming a happening, the key of that event
/// (see [`event_key`]); any other noun keys by its singular (`cars` →
/// `car`), so a subject or object meets its other number.
pub fn noun_key(word: &str) -> String {
    // A noun meets its synonyms first (`talks` → `negotiation`), then names
    // its happening's verb (`negotiate`).
    let folded = wordnet::nouns::head_lemma(word).unwrap_or(word);
    if let Some(noun) = wordnet::happening_noun(folded).or_else(|| wordnet::happening_noun(word)) {
        return happening_key(noun);
    }
    if folded != word {
        return folded.to_string();
    }
    let lower = word.to_lowercase();
    crate::analysis::lexicon::singular(&lower).unwrap_or(lower)
}

/// The key of a noun lemma naming a happening (see [`event_key`]).
fn happening_key(noun: &str) -> String {
    if let Some(verb) = wordnet::happening_verb(noun) {
        return verb.to_string();
    }
    let synonyms = wordnet::first_sense_synonyms(noun);
    if let Some(verb) = synonyms.iter().find_map(|s| wordnet::happening_verb(s)) {
        return verb.to_string();
    }
    match wordnet::event_noun_senses(noun).first() {
        Some(sense) => sense.to_string(),
        None => noun.to_string(),
    }
}

/// The noun a reader names the event of `key` by, the inverse of
/// [`event_key`] for wording (`derail` → `derailment`, `kill` → `killing`,
/// `crash` → `crash`, `quake` → `earthquake`): among the nouns WordNet
/// derives from the verb and the event nouns keyed to it, a sense among the
/// two most frequent first, then a noun with a suffix of its own
/// (`derailment`, `eruption`, `death`), then the verb itself where its
/// sense is an event (`crash`, `rise`), then the `-ing` noun (`killing`,
/// `filing`), then the verb itself as an act (`escape`). Agent nouns
/// (`opener`) are left out. `None` when WordNet names none.
pub fn event_noun(key: &str) -> Option<&'static str> {
    static KEYED: OnceLock<HashMap<String, Vec<&'static str>>> = OnceLock::new();
    // Event nouns no verb names, by the key they give (`earthquake` → `quake`).
    let keyed = KEYED.get_or_init(|| {
        let mut map: HashMap<String, Vec<&'static str>> = HashMap::new();
        for noun in wordnet::event_noun_lemmas() {
            if wordnet::happening_verb(noun).is_none() {
                map.entry(happening_key(noun)).or_default().push(noun);
            }
        }
        map
    });
    let derived = wordnet::happening_nouns(key)
        .iter()
        .map(|h| (h.noun, h.rank, h.eventive));
    let events = keyed.get(key).into_iter().flatten().map(|&n| (n, 1, true));
    derived
        .chain(events)
        .filter(|(n, _, _)| n.chars().all(|c| c.is_ascii_lowercase()))
        .filter(|(n, _, _)| *n == key || !(n.ends_with("er") || n.ends_with("or")))
        .min_by_key(|&(n, rank, eventive)| {
            let class = match (n == key, n.ends_with("ing")) {
                (false, false) => 0,
                (true, _) if eventive => 1,
                (false, true) => 2,
                (true, _) => 3,
            };
            (rank > 2, class, rank, std::cmp::Reverse(n.len()), n)
        })
        .map(|(n, _, _)| n)
}

/// Whether a word is the past form (simple past or participle) of a verb:
/// an irregular form from WordNet's exception list (`sank`, `led`, not the
/// `-ing` forms it also lists), or a regular `-ed` form of a WordNet verb.
pub fn is_past_form(word: &str) -> bool {
    // Called for every word of a sentence: no allocation when it is
    // lowercase already (WordNet's lookups fold case themselves).
    let lower: Cow<str> = if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    };
    if let Some(lemma) = wordnet::irregular_verb_lemma(&lower) {
        return lemma != lower && !lower.ends_with("ing") && !lower.ends_with('s');
    }
    lower.ends_with("ed") && wordnet::verb_lemma(&lower).is_some_and(|l| l != lower)
}

/// Whether a word, as a noun, names a happening (see the module comment).
pub fn is_event_noun(word: &str) -> bool {
    wordnet::happening_noun(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_one_event_meet_on_one_key() {
        // A rail crash.
        for w in ["derailed", "derails", "derailment", "derailments"] {
            assert_eq!(event_key(w), "derail", "{w}");
        }
        // A takeover.
        assert_eq!(event_key("acquired"), event_key("acquisition"));
        // A quake: two nouns WordNet puts in one synset.
        assert_eq!(event_key("quake"), event_key("earthquake"));
        assert_eq!(event_key("sank"), "sink");
        // Different events stay apart.
        assert_ne!(event_key("derailed"), event_key("railed"));
        assert_ne!(event_key("acquired"), event_key("merged"));
    }

    #[test]
    fn keys_are_named_by_a_noun() {
        let named = |key: &str| event_noun(key).unwrap_or("-");
        assert_eq!(named("derail"), "derailment");
        assert_eq!(named("erupt"), "eruption");
        assert_eq!(named(&event_key("earthquake")), "earthquake");
        assert_eq!(named("crash"), "crash");
        assert_eq!(named("kill"), "killing");
        assert_eq!(named("file"), "filing");
        assert_eq!(named("die"), "death");
        assert_eq!(named("escape"), "escape");
    }

    #[test]
    fn past_forms_and_event_nouns() {
        for w in ["derailed", "sank", "led", "stopped", "collapsed"] {
            assert!(is_past_form(w), "{w}");
        }
        for w in ["derail", "sinking", "red", "bed", "hundred", "says"] {
            assert!(!is_past_form(w), "{w}");
        }
        for w in ["derailment", "earthquake", "acquisition", "explosion"] {
            assert!(is_event_noun(w), "{w}");
        }
        for w in ["driver", "bridge", "river"] {
            assert!(!is_event_noun(w), "{w}");
        }
    }
}
