//! Fuller, shorter and familiar spellings of one person's name across
//! articles: `Mark Felt` / `W. Mark Felt`, `George Bush` / `George W.
//! Bush`, `Arcade Joseph Comeaux` / `Arcade Joseph Comeaux Jr.`, `Fred
//! LaRue` / `Frederick Cheney LaRue`, `Katie` / `Kathryn`.
//!
//! Outlets add or drop middle names, initials and generational suffixes,
//! and use nicknames. Two full names can be one person when they share a
//! surname, their first given names agree (the same, or a name and its
//! nickname from the generated gazetteer), the shorter's words appear in
//! order in the longer (an initial standing for a word with that letter),
//! and they carry no different suffixes. Names merge only in groups where
//! every pair agrees: with `John Smith Jr.` and `John Smith Sr.` both
//! around, a bare `John Smith` could be either, so it stays apart from both;
//! the spellings without a suffix (`John Smith`, `John A. Smith`) still
//! merge among themselves.

use crate::analysis::lexicon::{self, WordClass};
use crate::analysis::words;

/// The name's words without its suffix, and the suffix.
fn split_suffix(key: &str) -> (Vec<&str>, Option<&str>) {
    let mut words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let suffix = words
        .last()
        .copied()
        .filter(|w| lexicon::is(WordClass::GenerationalSuffix, w) && words.len() > 2);
    if suffix.is_some() {
        words.pop();
    }
    (words, suffix)
}

fn is_initial(w: &str) -> bool {
    w.chars().count() == 1
}

/// The surname a folded full person key is grouped under, when the key has
/// a given name besides it: `w mark felt sr` → `felt`.
pub fn surname(key: &str) -> Option<&str> {
    let (words, _) = split_suffix(key);
    let given = words.iter().position(|w| !is_initial(w))?;
    (words.len() - given >= 2).then(|| words[words.len() - 1])
}

/// Whether two folded full person keys can name one person.
pub fn compatible(a: &str, b: &str) -> bool {
    let (wa, sa) = split_suffix(a);
    let (wb, sb) = split_suffix(b);
    if (sa.is_some() && sb.is_some() && sa != sb) || wa.last() != wb.last() {
        return false;
    }
    // First given names (leading initials aside) must agree.
    let first = |w: &[&str]| w.iter().find(|w| !is_initial(w)).map(|w| w.to_string());
    match (first(&wa), first(&wb)) {
        (Some(x), Some(y)) if words::same_given_name(&x, &y) => {}
        _ => return false,
    }
    let same = |s: &str, l: &str| {
        words::same_given_name(s, l) || (is_initial(s) && l.starts_with(s)) || (is_initial(l) && s.starts_with(l))
    };
    let (short, long) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
    let mut it = long.iter();
    short.iter().all(|s| it.any(|l| same(s, l)))
}

/// The keys of `group` that are one person with `key`: its connected
/// component under [`compatible`], if that has two or more keys and every
/// pair in it agrees. Sorted.
pub fn variants<'k>(key: &str, group: impl Iterator<Item = &'k String>) -> Option<Vec<&'k String>> {
    let all: Vec<&String> = group.collect();
    let start = all.iter().position(|k| k.as_str() == key)?;
    let mut component = vec![start];
    let mut i = 0;
    while i < component.len() {
        let k = all[component[i]];
        for (j, other) in all.iter().enumerate() {
            if !component.contains(&j) && compatible(k, other) {
                component.push(j);
            }
        }
        i += 1;
    }
    let clique = |c: &[usize]| {
        c.iter()
            .enumerate()
            .all(|(n, &x)| c[n + 1..].iter().all(|&y| compatible(all[x], all[y])))
    };
    if !clique(&component) {
        // `Mark Felt Jr.` beside `W. Mark Felt Sr.`: each suffix names one
        // of them, and the names written without one still agree among
        // themselves (`Mark Felt`, `W. Mark Felt`).
        if split_suffix(key).1.is_some() {
            return None;
        }
        component.retain(|&j| split_suffix(all[j]).1.is_none());
        if !clique(&component) {
            return None;
        }
    }
    if component.len() < 2 {
        return None;
    }
    let mut keys: Vec<&String> = component.into_iter().map(|j| all[j]).collect();
    keys.sort();
    Some(keys)
}

/// The key a group of variants is known by: the most used, then the
/// longest, then the first in order, so that every article agrees.
pub fn representative<'k>(keys: impl Iterator<Item = (&'k String, usize)>) -> Option<&'k String> {
    keys.max_by(|(a, na), (b, nb)| na.cmp(nb).then(a.len().cmp(&b.len())).then(b.cmp(a)))
        .map(|(k, _)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_need_a_given_name() {
        assert_eq!(surname("w mark felt sr"), Some("felt"));
        assert_eq!(surname("arcade joseph comeaux jr"), Some("comeaux"));
        assert_eq!(surname("o brien"), None);
    }

    #[test]
    fn variants_agree_unless_a_word_or_suffix_differs() {
        assert!(compatible("mark felt", "w mark felt sr"));
        assert!(compatible("mark jay heller", "mark heller"));
        assert!(compatible("brian g nichols", "brian gene nichols"));
        assert!(compatible("arcade joseph comeaux", "arcade joseph comeaux jr"));
        assert!(compatible("fred larue", "frederick cheney larue"));
        assert!(compatible("katie jenkin", "kathryn jenkin"));
        assert!(!compatible("john smith jr", "john smith sr"));
        assert!(!compatible("kim jong un", "kim jong il"));
        assert!(!compatible("mark jay heller", "mark jon heller"));
        assert!(!compatible("paul smith", "john paul smith"));
        assert!(!compatible("john jenkin", "katie jenkin"));
    }

    #[test]
    fn a_group_merges_only_where_every_pair_agrees() {
        let keys: Vec<String> = [
            "john smith",
            "john smith jr",
            "john smith sr",
            "jane smith",
            "jane a smith",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(variants("john smith", keys.iter()), None);
        let felts: Vec<String> = ["mark felt", "w mark felt", "mark felt jr", "w mark felt sr"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let unsuffixed = variants("mark felt", felts.iter()).unwrap();
        assert_eq!(unsuffixed, [&felts[0], &felts[1]], "names without a suffix agree");
        assert_eq!(variants("mark felt jr", felts.iter()), None);
        assert_eq!(variants("john smith jr", keys.iter()), None);
        let jane = variants("jane smith", keys.iter()).unwrap();
        assert_eq!(jane, [&keys[4], &keys[3]]);
    }

    #[test]
    fn the_representative_is_stable() {
        let keys = [("mark felt".to_string(), 3), ("w mark felt".to_string(), 3)];
        let rep = representative(keys.iter().map(|(k, n)| (k, *n)));
        assert_eq!(rep.map(String::as_str), Some("w mark felt"));
    }
}
