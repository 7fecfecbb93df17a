//! Fuller and shorter spellings of one person's name across articles:
//! `Mark Felt` / `W. Mark Felt` / `W. Mark Felt Sr.`, `George Bush` /
//! `George W. Bush`, `Arcade Joseph Comeaux` / `Arcade Joseph Comeaux Jr.`.
//!
//! Outlets add or drop middle names, initials and generational suffixes.
//! Names that share a first given name and a surname are one person when
//! every pair of them agrees: the shorter's words appear in order in the
//! longer (an initial standing for a word with that letter) and no two
//! carry different suffixes. One disagreement anywhere (`John Smith Jr.`
//! and `John Smith Sr.`) keeps the whole group apart: father and son share
//! a name more often than a reader can tell them apart.

/// Generational suffixes, folded.
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// The name without its suffix, and the suffix.
fn split_suffix(key: &str) -> (Vec<&str>, Option<&str>) {
    let mut words: Vec<&str> = key.split(' ').filter(|w| !w.is_empty()).collect();
    let suffix = words
        .last()
        .copied()
        .filter(|w| SUFFIXES.contains(w) && words.len() > 2);
    if suffix.is_some() {
        words.pop();
    }
    (words, suffix)
}

/// First given name and surname of a folded full person key, leading
/// initials left out: `w mark felt sr` → `mark felt`. `None` when fewer
/// than two words remain.
pub fn core(key: &str) -> Option<String> {
    let (words, _) = split_suffix(key);
    let first = words.iter().position(|w| w.chars().count() > 1)?;
    let rest = &words[first..];
    (rest.len() >= 2).then(|| format!("{} {}", rest[0], rest[rest.len() - 1]))
}

/// Whether two folded full person keys can name one person.
pub fn compatible(a: &str, b: &str) -> bool {
    let (wa, sa) = split_suffix(a);
    let (wb, sb) = split_suffix(b);
    if sa.is_some() && sb.is_some() && sa != sb {
        return false;
    }
    let (short, long) = if wa.len() <= wb.len() { (&wa, &wb) } else { (&wb, &wa) };
    let same = |s: &str, l: &str| {
        s == l || (s.chars().count() == 1 && l.starts_with(s)) || (l.chars().count() == 1 && s.starts_with(l))
    };
    let mut it = long.iter();
    short.iter().all(|s| it.any(|l| same(s, l)))
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
    fn cores_drop_initials_middle_names_and_suffixes() {
        assert_eq!(core("w mark felt sr").as_deref(), Some("mark felt"));
        assert_eq!(core("george w bush").as_deref(), Some("george bush"));
        assert_eq!(core("arcade joseph comeaux jr").as_deref(), Some("arcade comeaux"));
        assert_eq!(core("o brien"), None);
        assert_eq!(core("kim jong un").as_deref(), Some("kim un"));
    }

    #[test]
    fn variants_agree_unless_a_word_or_suffix_differs() {
        assert!(compatible("mark felt", "w mark felt sr"));
        assert!(compatible("mark jay heller", "mark heller"));
        assert!(compatible("brian g nichols", "brian gene nichols"));
        assert!(compatible("arcade joseph comeaux", "arcade joseph comeaux jr"));
        assert!(!compatible("john smith jr", "john smith sr"));
        assert!(!compatible("kim jong un", "kim jong il"));
        assert!(!compatible("mark jay heller", "mark jon heller"));
    }

    #[test]
    fn the_representative_is_stable() {
        let keys = [("mark felt".to_string(), 3), ("w mark felt".to_string(), 3)];
        let rep = representative(keys.iter().map(|(k, n)| (k, *n)));
        assert_eq!(rep.map(String::as_str), Some("w mark felt"));
    }
}
