//! `conflicting-role`: one person, two incompatible titles in two articles
//! (`First Vice Foreign Minister` here, `Vice Foreign Minister` there).
//!
//! The workspace (`workspace::roles`) reads the titles each article gives a
//! person (in every position, present claims only) and groups articles by
//! them; this rule decides whether two titles can name what one person
//! holds ([`compatible`]) and words the finding. Titles are folded, then
//! judged in named steps, each a general fact about English news titles:
//!
//! 1. **Stacked titles**: one title may name several things (`President and
//!    CEO`; `Committee Chairman Rep.`; `Deputy Sgt.`).
//! 2. **Kinds**: an office, a rank (`ranks.tsv`), a profession (WordNet's
//!    professionals) and a function held for a body (`function_roles.tsv`:
//!    presiding, speaking) never contradict one another.
//! 3. **Ranks** agree by grade, or by the grade a compound one is addressed
//!    by (`Col.` / `Lt. Col.`).
//! 4. **Contractions** keep a word's first and last letters (`Sgt.`), as
//!    clipped forms keep its start (`Gov.`) and acronyms its initials.
//! 5. **Word order** does not change an office (`Deputy Sheriff` / `Sheriff
//!    Deputy`).
//! 6. **A bare rung** word is the short form of an office on that rung
//!    (`Deputy` / `Deputy District Attorney`).
//! 7. **A broader word**: a head noun WordNet makes a synonym or a more
//!    general person names the same job (`chief` / `head`, `leader` /
//!    `president`).
//! 8. **Rungs**: an extra rank word makes another office (`Deputy Mayor` /
//!    `Mayor`), unless it names the top rung the bare office also names
//!    (`Coach` / `Head Coach`); an organisation noun names the body the
//!    office is in and is not compared (`team spokesman`).

use crate::analysis::lexicon::{self, WordClass};
use crate::analysis::text::fold;
use crate::analysis::wordnet::{self, nouns::NounKind};
use std::collections::{BTreeSet, HashSet};
use std::sync::OnceLock;

use super::{About, Detail, EntityId, Finding, Related, Side, short_name};
use super::{Code, Level, Rule};
use crate::analysis::{Article, Span};

pub const RULE: Rule = Rule {
    code: Code::ConflictingRole,
    name: "conflicting-role",
    level: Level::Warning,
    summary: "Another article gives the same person a different title or affiliation",
    description: "Compares the titles articles give one person (linked across articles as one entity): `First Vice Foreign \
        Minister Choe Son-hui` here, `Vice Foreign Minister Choe Son-hui` there. It fires on each title in an \
        article when none of the titles that article gives the person fits any title another article gives. A \
        title names up to four kinds of thing, and only things of one kind conflict: an office; a military or \
        police rank held with it (`Deputy Sgt.` is a deputy with the rank of sergeant, `Navy Chief Admiral` a \
        chief who is an admiral); a profession, a noun whose first WordNet sense is a professional (`attorney`, \
        `prosecutor`); and a function performed for a body, presiding (`Committee Chairman Rep.`) or speaking \
        for it (`police spokesman`). Offices conflict on another head noun (`Chief Executive` / `Operations \
        Director`), different words on both sides (`chief technology officer` / `chief product officer`), or an \
        extra word for a lower rung (`First`, `Deputy`, `Vice`, `Assistant`, `Acting`, …: `Deputy Mayor` / \
        `Mayor`); ranks when they are different grades (`Sgt.` / `Lt.`; `Col.` is how a lieutenant colonel is \
        addressed). It stays silent on renderings of one office: the same words in any case or order (`Deputy \
        Sheriff` / `Sheriff Deputy`), an `of` or `for` phrase (`minister for transport` / `Transport \
        Minister`), a fuller form (`Transport Secretary` / `Transport Cabinet Secretary`), clipped and \
        contracted abbreviations and acronyms (`Gov.` / `Governor`, `Sgt.` / `Sergeant`, `CEO` / `Chief \
        Executive`), a less specific form (`the minister` / `Transport Minister`, `Deputy` / `Deputy District \
        Attorney`, `Coach` / `Head Coach`: the bare office also names its top rung), a head noun WordNet makes a \
        synonym or a more general person (`IMF chief` / `IMF head`, `union leader` / `union president`, \
        `Prosecutor` / `Chief Deputy City Attorney`), and the body an office is in (`team spokesman` / `Hawks \
        spokesman`); on titles marked as another time (`former`, `then`, `late`, `ex`, `outgoing`, \
        `incoming`); on courtesy titles (`Mr`, `Dr`); on anyone but people; and on a person who holds several \
        offices as long as one of them fits; on a person whose office changes in the story (a WordNet verb of \
        office in the sentence: `appointed`, `promoted`, `resigned`, `reshuffled`; `new` before the title) or who \
        holds two (`who is also …`); and on a seat in a legislature or council or having founded an organisation \
        (`Senator` / `Foreign Minister`, `Co-founder` / `Chief Executive`), which sit beside any office. Per-office affiliations (`Victoria's health minister` / `Federal \
        Health Minister`) are not compared yet.",
};

/// What a part of a title names. A person holds an office (a post), may
/// hold a military or police rank with it, may practise a profession
/// (`attorney`), and may perform a function for a body they belong to
/// (chairing it, speaking for it): parts of different kinds never
/// contradict each other, only parts of one kind do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Office,
    Rank,
    Profession,
    /// `presiding` or `speaking` (`function_roles.tsv`).
    Function(&'static str),
}

/// Whether a folded word names an office on its own (`minister`,
/// `deputy`, `chief`: the lexicon's title heads) or a function.
fn is_head(word: &str) -> bool {
    static HEADS: OnceLock<HashSet<String>> = OnceLock::new();
    HEADS
        .get_or_init(|| {
            lexicon::words(WordClass::TitleHead)
                .iter()
                .map(|w| fold(w))
                .chain(lexicon::words(WordClass::FunctionRole).iter().map(|w| w.to_string()))
                .filter(|w| !w.contains(' '))
                .collect()
        })
        .contains(word)
}

/// Step 1, stacked titles: the titles one title is made of, each as its
/// parts by kind. Offices joined by `and` before any `of` or `for` are
/// several titles (`president and ceo`); a presiding role followed by more
/// title words names the chair and then the office (`committee chairman
/// rep`); a rank after a post names the post and then the rank (`deputy
/// sgt`, `chief admiral`, `area commander inspector`), unless the rank word
/// is part of the office before it (`attorney general`).
fn stacked(title: &str) -> Vec<Vec<(Kind, String)>> {
    let words: Vec<&str> = title.split(' ').filter(|w| !w.is_empty()).collect();
    let cut = words
        .iter()
        .position(|w| matches!(*w, "of" | "for"))
        .unwrap_or(words.len());
    let mut pieces: Vec<&[&str]> = Vec::new();
    let mut from = 0;
    for (i, w) in words[..cut].iter().enumerate() {
        if matches!(*w, "and" | "&")
            && words[from..i].iter().any(|w| is_head(w))
            && words[i + 1..cut].iter().any(|w| is_head(w))
        {
            pieces.push(&words[from..i]);
            from = i + 1;
        }
    }
    pieces.push(&words[from..]);
    pieces.into_iter().map(kinds).collect()
}

/// One title's parts by kind (see [`stacked`]).
fn kinds(words: &[&str]) -> Vec<(Kind, String)> {
    let cut = words
        .iter()
        .position(|w| matches!(*w, "of" | "for"))
        .unwrap_or(words.len());
    let join = |ws: &[&str]| ws.join(" ");
    let function = words[..cut]
        .iter()
        .enumerate()
        .find_map(|(i, w)| Some((i, lexicon::role_function(w)?)));
    if let Some((p, f)) = function {
        let rest = &words[p + 1..];
        return if rest.is_empty() || p + 1 == cut {
            vec![(Kind::Function(f), join(words))]
        } else {
            let mut out = vec![(Kind::Function(f), join(&words[..=p]))];
            out.extend(post_and_rank(rest));
            out
        };
    }
    post_and_rank(words)
}

/// `deputy sgt` → office `deputy`, rank `sgt`; `police lt` → rank `police
/// lt`; `transport minister` → office. A rank takes no `of` phrase: with
/// one it names a post (`commander of the fleet`).
fn post_and_rank(words: &[&str]) -> Vec<(Kind, String)> {
    let whole = words.join(" ");
    let office = |ws: &[&str]| (office_kind(ws), ws.join(" "));
    if words.iter().any(|w| matches!(*w, "of" | "for")) {
        return vec![office(words)];
    }
    let Some((at, rank)) = rank_at_end(words) else {
        return vec![office(words)];
    };
    let before = &words[..at];
    match before.last() {
        Some(w) if is_head(w) && !lexicon::is(WordClass::PostpositiveRank, rank) => {
            vec![office(before), (Kind::Rank, words[at..].join(" "))]
        }
        Some(w) if is_head(w) => vec![office(words)],
        _ => vec![(Kind::Rank, whole)],
    }
}

/// Step 2, professions: an office word whose first WordNet sense is a
/// professional (`attorney`, `prosecutor`) names a profession, practised
/// alongside any post (`attorney Kassie Siegel` who is a centre's `climate
/// program director`).
fn office_kind(words: &[&str]) -> Kind {
    let cut = words
        .iter()
        .position(|w| matches!(*w, "of" | "for"))
        .unwrap_or(words.len());
    match words[..cut].last() {
        Some(head) if wordnet::persons::is_professional(head) => Kind::Profession,
        _ => Kind::Office,
    }
}

/// The longest rank (`ranks.tsv`) the words end with, written in full or
/// shortened (`lt col` → `lieutenant colonel`), and where it starts.
fn rank_at_end(words: &[&str]) -> Option<(usize, &'static str)> {
    static RANKS: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    let ranks = RANKS.get_or_init(|| {
        lexicon::words(WordClass::Rank)
            .iter()
            .map(|r| (*r, r.split(' ').collect()))
            .collect()
    });
    ranks
        .iter()
        .filter(|(_, rw)| {
            rw.len() <= words.len()
                && words[words.len() - rw.len()..]
                    .iter()
                    .zip(rw)
                    .all(|(w, r)| same_word(w, r))
        })
        .max_by_key(|(_, rw)| rw.len())
        .map(|(r, rw)| (words.len() - rw.len(), *r))
}

/// Step 3, ranks: two ranks are one when they are the same grade, or one is
/// the compound grade the other addresses (`col` for `lieutenant colonel`,
/// `sgt` for `staff sergeant`).
fn same_rank(a: &str, b: &str) -> bool {
    let rank = |t: &str| rank_at_end(&t.split(' ').collect::<Vec<_>>()).map(|(_, r)| r);
    match (rank(a), rank(b)) {
        (Some(x), Some(y)) => x == y || lexicon::rank_address(x) == Some(y) || lexicon::rank_address(y) == Some(x),
        _ => same_title(a, b),
    }
}

/// A title as its head noun and its set of content words:
/// `Cabinet Secretary for Transport` → head `secretary`, words {cabinet,
/// secretary, transport}; `Minister of Industry and Trade` → head `minister`.
fn parts(title: &str) -> (&str, BTreeSet<&str>) {
    let words: Vec<&str> = title.split(' ').filter(|w| !w.is_empty()).collect();
    let cut = words
        .iter()
        .position(|w| matches!(*w, "of" | "for"))
        .unwrap_or(words.len());
    let head = words[..cut].last().copied().unwrap_or("");
    // An organisation noun before the head names the body the office is
    // in, not the office (`team spokesman`, `union leader`): affiliations
    // are not compared.
    let affiliation =
        |i: usize, w: &str| i + 1 < cut && wordnet::nouns::noun(w).is_some_and(|n| n.kind == NounKind::Group);
    let set = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| !lexicon::is(WordClass::TitleFunctionWord, w) && !affiliation(i, w))
        .map(|(_, w)| *w)
        .collect();
    (head, set)
}

/// `CEO` against `Chief Executive`: an all-letters abbreviation fits a
/// title whose initials it starts with, or that start it.
fn abbreviates(short: &str, long: &str) -> bool {
    let initials: String = long.split(' ').filter_map(|w| w.chars().next()).collect();
    !short.contains(' ') && short.len() >= 2 && (initials.starts_with(short) || short.starts_with(&initials))
}

/// Equal words, a clipped abbreviation of the other (`coun` / `councillor`,
/// `gov` / `governor`, `sen` / `senator`), or a contracted one.
fn same_word(a: &str, b: &str) -> bool {
    a == b
        || (a.len().min(b.len()) >= 3 && (a.starts_with(b) || b.starts_with(a)))
        || contracts(a, b)
        || contracts(b, a)
}

/// Step 4, contractions: an abbreviation that keeps a word's first and last
/// letters and some of the letters between, in order (`sgt` / `sergeant`,
/// `lt` / `lieutenant`, `supt` / `superintendent`, `cpl` / `corporal`,
/// `cllr` / `councillor`). Clipped forms keep the word's start instead
/// (`gov`, `sen`, `capt`).
fn contracts(short: &str, long: &str) -> bool {
    let (s, l): (Vec<char>, Vec<char>) = (short.chars().collect(), long.chars().collect());
    if s.len() < 2 || l.len() < s.len() + 2 || s[0] != l[0] || s[s.len() - 1] != l[l.len() - 1] {
        return false;
    }
    let mut rest = l[1..l.len() - 1].iter();
    s[1..s.len() - 1].iter().all(|c| rest.any(|x| x == c))
}

/// `assistant gm` against `assistant general manager`: an abbreviation
/// inside a title spelled out by consecutive words of the other.
fn expand(a: &str, b: &str) -> Option<String> {
    let long: Vec<&str> = b.split(' ').collect();
    let mut changed = false;
    let words: Vec<String> = a
        .split(' ')
        .map(|w| {
            let n = w.len();
            if (2..=4).contains(&n) && !long.contains(&w) {
                for start in 0..long.len().saturating_sub(n - 1) {
                    let run = &long[start..start + n];
                    if run.iter().filter_map(|x| x.chars().next()).eq(w.chars()) {
                        changed = true;
                        return run.join(" ");
                    }
                }
            }
            w.to_string()
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// Whether two titles (folded) can name what one person holds: some title
/// each stacks (step 1) agrees with the other in every kind of part both
/// name (an office with an office, a rank with a rank, a chair with a
/// chair); parts of different kinds never disagree.
pub fn compatible(a: &str, b: &str) -> bool {
    let (sa, sb) = (stacked(a), stacked(b));
    sa.iter().any(|x| {
        sb.iter().any(|y| {
            x.iter().all(|(k, p)| {
                y.iter().filter(|(l, _)| l == k).all(|(_, q)| match k {
                    Kind::Rank => same_rank(p, q),
                    _ => same_title(p, q),
                })
            })
        })
    })
}

/// Whether two offices can be the same: an acronym of the other, or the
/// same office once abbreviations inside are spelled out.
fn same_title(a: &str, b: &str) -> bool {
    if a.contains(' ') != b.contains(' ') && (abbreviates(a, b) || abbreviates(b, a)) {
        return true;
    }
    match (expand(a, b), expand(b, a)) {
        (Some(x), _) => same_office(&x, b),
        (None, Some(y)) => same_office(a, &y),
        (None, None) => same_office(a, b),
    }
}

/// Whether two spelled-out titles can name the same office.
fn same_office(a: &str, b: &str) -> bool {
    let ((ha, sa), (hb, sb)) = (parts(a), parts(b));
    let only_a: Vec<&str> = sa
        .iter()
        .copied()
        .filter(|w| !sb.iter().any(|v| same_word(w, v)))
        .collect();
    let only_b: Vec<&str> = sb
        .iter()
        .copied()
        .filter(|w| !sa.iter().any(|v| same_word(w, v)))
        .collect();
    // Step 5, word order: the same words name the same office in any order
    // (`deputy sheriff` / `sheriff deputy`, `secretary general` / `general
    // secretary`).
    if only_a.is_empty() && only_b.is_empty() {
        return true;
    }
    // Step 6, a bare rung: a rank word alone is the short form of any office
    // on that rung (`deputy` for `deputy district attorney`).
    let bare_rung = |x: &BTreeSet<&str>, y: &BTreeSet<&str>| {
        x.len() == 1
            && x.iter()
                .all(|w| lexicon::is(WordClass::RankWord, w) && y.iter().any(|v| v == w))
    };
    if bare_rung(&sa, &sb) || bare_rung(&sb, &sa) {
        return true;
    }
    // Step 7, a broader word: a head noun WordNet makes a synonym or a more
    // general person of the other's names the same job less specifically
    // (`chief` / `head`, `leader` / `president`, `attorney` /
    // `prosecutor`); its rungs are on another word's ladder and are not
    // compared.
    if !same_word(ha, hb) {
        return wordnet::persons::names_broadly(ha, hb) || wordnet::persons::names_broadly(hb, ha);
    }
    // Step 8, rungs: a rank word on one side only makes another office,
    // unless it names the top rung, which the bare office also names
    // (`coach` / `head coach`; not `mayor` / `deputy mayor`).
    match (only_a.is_empty(), only_b.is_empty()) {
        (false, false) => false,
        _ => !only_a
            .iter()
            .chain(&only_b)
            .any(|w| lexicon::is(WordClass::RankWord, w) && !lexicon::is(WordClass::TopRankWord, w)),
    }
}

/// The finding on one title (`span` in `article`) of person `id` that
/// fits none of the titles `others` give (the first of them: `there`):
/// `Title of Choe Son-hui: "Vice Foreign Minister" here; "First Vice
/// Foreign Minister" in b.txt`.
pub fn finding(
    id: &EntityId,
    article: &Article,
    span: Span,
    others: &[&str],
    there: &str,
    related: Vec<Related>,
) -> Finding {
    let here = span.text(&article.text);
    Finding {
        doc: article.id.clone(),
        span,
        code: RULE.code,
        level: RULE.level,
        message: format!(
            "Title of {}: \"{here}\" here; \"{there}\" in {}{}",
            person_name(id, article, span),
            short_name(others[0]),
            super::also(others.len())
        ),
        related,
        data: Some(Detail::Compared {
            about: About::Title { entity: id.clone() },
            here: Side::value(here),
            there: Side::value(there).in_doc(others[0]).in_articles(others.len()),
        }),
    }
}

/// The person a title is given to, as the article writes the name: its
/// first full name with the entity's key (`Choe Son-hui`), else the name
/// the title stands before, else the key.
fn person_name(id: &EntityId, article: &Article, span: Span) -> String {
    let mentions = &article.analysis.mentions;
    mentions
        .iter()
        .find(|m| m.ty == crate::analysis::EntityType::Person && fold(&m.name) == id.as_str())
        .or_else(|| mentions.iter().find(|m| m.title == Some(span)))
        .map_or_else(|| id.to_string(), |m| m.name.clone())
}

/// A related location: the title another article gives the person.
pub fn related(article: &Article, span: Span) -> Related {
    let text = span.text(&article.text);
    Related {
        doc: article.id.clone(),
        span,
        message: format!("\"{text}\" for the same person"),
    }
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;
    use crate::analysis::text::fold;
    use crate::rules::fixture::check;

    fn c(a: &str, b: &str) -> bool {
        compatible(&fold(a), &fold(b))
    }

    #[test]
    fn renderings_of_one_office_are_compatible() {
        assert!(c("Transport Cabinet Secretary", "Transport Secretary"));
        assert!(c("Russian President", "President"));
        assert!(c("Foreign Minister", "foreign minister"));
        assert!(c("Cabinet Secretary for Transport", "Transport Secretary"));
        assert!(c("CEO", "Chief Executive"));
        assert!(c("Coun.", "Councillor"));
        assert!(c("Gov.", "Governor"));
        assert!(c("Minister of Industry and Trade", "Trade Minister"));
        assert!(c("Assistant GM", "Assistant General Manager"));
        assert!(!c("Assistant GM", "General Manager"));
    }

    #[test]
    fn other_offices_and_rungs_conflict() {
        assert!(!c("First Vice Foreign Minister", "Vice Foreign Minister"));
        assert!(!c("Chief Executive", "Operations Director"));
        assert!(!c("Chief Financial Officer", "Chief Operating Officer"));
        assert!(!c("Chief Prosecutor", "Deputy Prosecutor"));
        assert!(!c("Deputy Mayor", "Mayor"));
        assert!(!c("Assistant Commissioner", "Commissioner"));
        assert!(!c("chief technology officer", "chief product officer"));
    }

    #[test]
    fn the_issue_s_renderings() {
        assert!(c("CFO", "chief financial officer"));
        assert!(c("Transport Minister", "minister for transport"));
        assert!(c("minister", "Transport Minister"));
    }

    #[test]
    fn step_1_stacked_titles_name_each_part() {
        assert!(c("Deputy Sgt.", "Deputy"));
        assert!(c("Chief Admiral", "Admiral"));
        assert!(c("Commander Inspector", "Police Inspector"));
        assert!(c("Chairman Rep.", "Chairman") && c("Rep.", "Chairman"));
        assert!(c("President and CEO", "Chief Executive"));
        assert!(!c("President and CEO", "COO"));
        // `General` after an office is part of it, not the rank.
        assert!(!c("Deputy Attorney General", "Attorney General"));
        assert!(c("Secretary-General", "General Secretary"));
    }

    #[test]
    fn step_2_professions_and_functions_sit_beside_offices() {
        assert!(c("attorney", "climate program director"));
        assert!(c("spokesman", "Area Commander"));
        assert!(!c("Vice Chairman", "Chairman"));
        assert!(c("spokesman", "Vice Chairman"));
    }

    #[test]
    fn step_3_ranks_agree_by_grade_or_address() {
        assert!(c("Col.", "Lt. Col."));
        assert!(c("Sgt.", "Staff Sgt."));
        assert!(!c("Lt.", "Lt. Col."));
        assert!(!c("Sgt.", "Lt."));
        assert!(!c("Chief Inspector", "Inspector"));
        assert!(c("Sgt.", "Deputy"));
    }

    #[test]
    fn step_4_contractions_keep_first_and_last_letters() {
        assert!(c("Sgt.", "Police Sergeant"));
        assert!(c("Lt.", "Lieutenant"));
        assert!(c("Supt", "Superintendent"));
        assert!(c("Cpl.", "Corporal"));
        assert!(c("Cllr", "Councillor"));
        assert!(!same_word("gen", "governor"));
        assert!(!contracts("sen", "sergeant"));
    }

    #[test]
    fn steps_5_to_8_word_order_rungs_and_broader_words() {
        assert!(c("Deputy Sheriff", "Sheriff Deputy"));
        assert!(c("Deputy", "Deputy District Attorney"));
        assert!(!c("Deputy", "Mayor"));
        assert!(c("IMF chief", "IMF head"));
        assert!(c("union leader", "president"));
        assert!(c("Prosecutor", "Chief Deputy City Attorney"));
        assert!(c("Coach", "Head Coach"));
        assert!(!c("Assistant Coach", "Head Coach"));
        assert!(c("team spokesman", "Angels spokesman"));
    }

    #[test]
    fn fires_on_another_rung_of_one_office() {
        check(
            Code::ConflictingRole,
            &[
                (
                    "a.txt",
                    "PYONGYANG — First Vice Foreign Minister Choe Son-hui met the delegation on Monday.",
                ),
                (
                    "b.txt",
                    "Vice Foreign Minister Choe Son-hui told reporters the talks had stalled.",
                ),
                ("c.txt", "The statement was read by Vice Foreign Minister Choe Son-hui."),
            ],
            expect![[r#"
                a.txt 14..41 "First Vice Foreign Minister" warning conflicting-role: Title of Choe Son-hui: "First Vice Foreign Minister" here; "Vice Foreign Minister" in b.txt and 1 other article
                  b.txt 0..21 "Vice Foreign Minister": "Vice Foreign Minister" for the same person
                  c.txt 26..47 "Vice Foreign Minister": "Vice Foreign Minister" for the same person
                b.txt 0..21 "Vice Foreign Minister" warning conflicting-role: Title of Choe Son-hui: "Vice Foreign Minister" here; "First Vice Foreign Minister" in a.txt
                  a.txt 14..41 "First Vice Foreign Minister": "First Vice Foreign Minister" for the same person
                c.txt 26..47 "Vice Foreign Minister" warning conflicting-role: Title of Choe Son-hui: "Vice Foreign Minister" here; "First Vice Foreign Minister" in a.txt
                  a.txt 14..41 "First Vice Foreign Minister": "First Vice Foreign Minister" for the same person
            "#]],
        );
    }

    #[test]
    fn silent_on_renderings_of_one_office_and_former_titles() {
        check(
            Code::ConflictingRole,
            &[
                (
                    "a.txt",
                    "Transport Secretary Amina Otieno visited the crash site near Naivasha.",
                ),
                (
                    "b.txt",
                    "Transport Cabinet Secretary Amina Otieno ordered an inquiry into the derailment.",
                ),
                ("c.txt", "Harbour Authority CEO Maria Lopez said the port would reopen."),
                ("d.txt", "Chief Executive Maria Lopez declined to comment."),
                ("e.txt", "Former Governor Maria Lopez was not at the meeting."),
            ],
            expect![[""]],
        );
    }

    /// Fixture workspaces: two stories each, written for the test.
    fn role(docs: &[(&str, &str)], expect: expect_test::Expect) {
        check(Code::ConflictingRole, docs, expect);
    }

    #[test]
    fn stacked_titles_name_a_post_and_a_rank_or_a_chair_and_an_office() {
        // A sheriff's deputy with the rank of sergeant; a senator chairing a
        // committee.
        role(
            &[
                ("a.txt", "Sheriff's Deputy Sgt. Mara Quill stopped the van near Elkton."),
                ("b.txt", "Sgt. Mara Quill said the driver fled on foot."),
                ("c.txt", "Deputy Mara Quill was treated for a sprained wrist."),
                ("d.txt", "Finance Committee Chairman Sen. Oren Vale opened the hearing."),
                ("e.txt", "Sen. Oren Vale said the bill would pass."),
            ],
            expect![[""]],
        );
        // Two ranks, two chairs: another grade, another rung.
        role(
            &[
                ("a.txt", "Sgt. Mara Quill stopped the van near Elkton."),
                ("b.txt", "Lt. Mara Quill said the driver fled on foot."),
                ("d.txt", "Vice Chairman Oren Vale opened the hearing."),
                ("e.txt", "Chairman Oren Vale said the bill would pass."),
            ],
            expect![[r#"
                a.txt 0..4 "Sgt." warning conflicting-role: Title of Mara Quill: "Sgt." here; "Lt." in b.txt
                  b.txt 0..3 "Lt.": "Lt." for the same person
                b.txt 0..3 "Lt." warning conflicting-role: Title of Mara Quill: "Lt." here; "Sgt." in a.txt
                  a.txt 0..4 "Sgt.": "Sgt." for the same person
                d.txt 0..13 "Vice Chairman" warning conflicting-role: Title of Oren Vale: "Vice Chairman" here; "Chairman" in e.txt
                  e.txt 0..8 "Chairman": "Chairman" for the same person
                e.txt 0..8 "Chairman" warning conflicting-role: Title of Oren Vale: "Chairman" here; "Vice Chairman" in d.txt
                  d.txt 0..13 "Vice Chairman": "Vice Chairman" for the same person
            "#]],
        );
    }

    #[test]
    fn ranks_agree_by_grade_or_by_the_grade_they_are_addressed_by() {
        role(
            &[
                ("a.txt", "Lt. Col. Ivo Brandt led the convoy out of Kandahar."),
                ("b.txt", "Col. Ivo Brandt said the road was clear."),
                ("c.txt", "Staff Sgt. Nell Ames drove the lead truck."),
                ("d.txt", "Sgt. Nell Ames was unhurt."),
            ],
            expect![[""]],
        );
        role(
            &[
                ("a.txt", "Lt. Col. Ivo Brandt led the convoy out of Kandahar."),
                ("b.txt", "Lt. Ivo Brandt said the road was clear."),
                ("c.txt", "Chief Inspector Nell Ames opened an inquiry in Leeds."),
                ("d.txt", "Inspector Nell Ames declined to comment."),
            ],
            expect![[r#"
                a.txt 0..8 "Lt. Col." warning conflicting-role: Title of Ivo Brandt: "Lt. Col." here; "Lt." in b.txt
                  b.txt 0..3 "Lt.": "Lt." for the same person
                b.txt 0..3 "Lt." warning conflicting-role: Title of Ivo Brandt: "Lt." here; "Lt. Col." in a.txt
                  a.txt 0..8 "Lt. Col.": "Lt. Col." for the same person
                c.txt 0..15 "Chief Inspector" warning conflicting-role: Title of Nell Ames: "Chief Inspector" here; "Inspector" in d.txt
                  d.txt 0..9 "Inspector": "Inspector" for the same person
                d.txt 0..9 "Inspector" warning conflicting-role: Title of Nell Ames: "Inspector" here; "Chief Inspector" in c.txt
                  c.txt 0..15 "Chief Inspector": "Chief Inspector" for the same person
            "#]],
        );
    }

    #[test]
    fn contracted_abbreviations_keep_first_and_last_letters() {
        role(
            &[
                ("a.txt", "Supt. Ray Okoye said the march had passed off peacefully."),
                ("b.txt", "Superintendent Ray Okoye praised the stewards."),
                ("c.txt", "Cpl. Dana Whit was flown to Camp Bastion."),
                ("d.txt", "Corporal Dana Whit is expected to recover."),
            ],
            expect![[""]],
        );
        role(
            &[
                ("c.txt", "Cpl. Dana Whit was flown to Camp Bastion."),
                ("d.txt", "Sgt. Dana Whit is expected to recover."),
            ],
            expect![[r#"
                c.txt 0..4 "Cpl." warning conflicting-role: Title of Dana Whit: "Cpl." here; "Sgt." in d.txt
                  d.txt 0..4 "Sgt.": "Sgt." for the same person
                d.txt 0..4 "Sgt." warning conflicting-role: Title of Dana Whit: "Sgt." here; "Cpl." in c.txt
                  c.txt 0..4 "Cpl.": "Cpl." for the same person
            "#]],
        );
    }

    #[test]
    fn professions_and_functions_sit_beside_an_office() {
        role(
            &[
                (
                    "a.txt",
                    "\"They are rewriting the law,\" said attorney Lena Faro of the Coastal Law Center.",
                ),
                (
                    "b.txt",
                    "Lena Faro, program director at the Coastal Law Center, said the group would sue.",
                ),
                ("c.txt", "Police spokesman Tom Reyes said two climbers had died."),
                ("d.txt", "Area Commander Tom Reyes said the search was over."),
            ],
            expect![[""]],
        );
        role(
            &[
                ("a.txt", "Chief Prosecutor Lena Faro charged the mayor's aide."),
                ("b.txt", "Deputy Prosecutor Lena Faro declined to comment."),
                ("c.txt", "Vice Chairman Tom Reyes opened the meeting."),
                ("d.txt", "Chairman Tom Reyes said the board backed the deal."),
            ],
            expect![[r#"
                a.txt 0..16 "Chief Prosecutor" warning conflicting-role: Title of Lena Faro: "Chief Prosecutor" here; "Deputy Prosecutor" in b.txt
                  b.txt 0..17 "Deputy Prosecutor": "Deputy Prosecutor" for the same person
                b.txt 0..17 "Deputy Prosecutor" warning conflicting-role: Title of Lena Faro: "Deputy Prosecutor" here; "Chief Prosecutor" in a.txt
                  a.txt 0..16 "Chief Prosecutor": "Chief Prosecutor" for the same person
                c.txt 0..13 "Vice Chairman" warning conflicting-role: Title of Tom Reyes: "Vice Chairman" here; "Chairman" in d.txt
                  d.txt 0..8 "Chairman": "Chairman" for the same person
                d.txt 0..8 "Chairman" warning conflicting-role: Title of Tom Reyes: "Chairman" here; "Vice Chairman" in c.txt
                  c.txt 0..13 "Vice Chairman": "Vice Chairman" for the same person
            "#]],
        );
    }

    #[test]
    fn word_order_bare_rungs_and_the_top_rung_name_one_office() {
        role(
            &[
                ("a.txt", "Deputy Sheriff Al Moya found the car in a ditch."),
                ("b.txt", "Sheriff Deputy Al Moya called for an ambulance."),
                ("c.txt", "Coach Rina Sato praised her defence after the final."),
                (
                    "d.txt",
                    "The Hawks' head coach, Rina Sato, said the title was deserved.",
                ),
                ("e.txt", "Deputy District Attorney Paul Marr filed the charges."),
                ("f.txt", "Deputy Paul Marr asked for a trial date in June."),
            ],
            expect![[""]],
        );
        role(
            &[
                ("a.txt", "Deputy Mayor Al Moya cut the ribbon."),
                ("b.txt", "Mayor Al Moya called it a great day."),
                (
                    "c.txt",
                    "Assistant Coach Rina Sato praised the defence after the final.",
                ),
                ("d.txt", "Head Coach Rina Sato said the title was deserved."),
            ],
            expect![[r#"
                a.txt 0..12 "Deputy Mayor" warning conflicting-role: Title of Al Moya: "Deputy Mayor" here; "Mayor" in b.txt
                  b.txt 0..5 "Mayor": "Mayor" for the same person
                b.txt 0..5 "Mayor" warning conflicting-role: Title of Al Moya: "Mayor" here; "Deputy Mayor" in a.txt
                  a.txt 0..12 "Deputy Mayor": "Deputy Mayor" for the same person
                c.txt 0..15 "Assistant Coach" warning conflicting-role: Title of Rina Sato: "Assistant Coach" here; "Head Coach" in d.txt
                  d.txt 0..10 "Head Coach": "Head Coach" for the same person
                d.txt 0..10 "Head Coach" warning conflicting-role: Title of Rina Sato: "Head Coach" here; "Assistant Coach" in c.txt
                  c.txt 0..15 "Assistant Coach": "Assistant Coach" for the same person
            "#]],
        );
    }

    #[test]
    fn a_broader_word_names_the_same_job() {
        role(
            &[
                ("a.txt", "IMF chief Anja Berg warned that the crisis could spread."),
                ("b.txt", "IMF head Anja Berg said the loan was agreed."),
                ("c.txt", "Union leader Kofi Mensah called off the strike."),
                ("d.txt", "Dockers' union president Kofi Mensah signed the deal."),
                ("e.txt", "Prosecutor Ines Vidal said the defendant would be charged."),
                ("f.txt", "Chief Deputy City Attorney Ines Vidal confirmed the plea."),
            ],
            expect![[""]],
        );
        role(
            &[
                ("c.txt", "General Secretary Kofi Mensah called off the dockers' strike."),
                ("d.txt", "Dockers' union President Kofi Mensah signed the deal."),
            ],
            expect![[r#"
                c.txt 0..17 "General Secretary" warning conflicting-role: Title of Kofi Mensah: "General Secretary" here; "President" in d.txt
                  d.txt 15..24 "President": "President" for the same person
                d.txt 15..24 "President" warning conflicting-role: Title of Kofi Mensah: "President" here; "General Secretary" in c.txt
                  c.txt 0..17 "General Secretary": "General Secretary" for the same person
            "#]],
        );
    }

    #[test]
    fn the_body_an_office_is_in_is_not_compared() {
        role(
            &[
                ("a.txt", "Team spokesman Joe Pratt said the pitcher had signed."),
                ("b.txt", "Hawks spokesman Joe Pratt confirmed the deal."),
            ],
            expect![[""]],
        );
        role(
            &[
                (
                    "a.txt",
                    "Finance Director Joe Pratt of Norrland Bank declined to comment.",
                ),
                ("b.txt", "Operations Director Joe Pratt spoke for the bank on Friday."),
            ],
            expect![[r#"
                a.txt 0..16 "Finance Director" warning conflicting-role: Title of Joe Pratt: "Finance Director" here; "Operations Director" in b.txt
                  b.txt 0..19 "Operations Director": "Operations Director" for the same person
                b.txt 0..19 "Operations Director" warning conflicting-role: Title of Joe Pratt: "Operations Director" here; "Finance Director" in a.txt
                  a.txt 0..16 "Finance Director": "Finance Director" for the same person
            "#]],
        );
    }

    #[test]
    fn silent_on_a_person_whose_office_changes_in_the_story() {
        // A cabinet reshuffle: the old and the new portfolio side by side.
        role(
            &[
                (
                    "a.txt",
                    "Prime Minister Aroha Tane reshuffled her cabinet on Tuesday, promoting Health Minister Mere Kora.",
                ),
                (
                    "b.txt",
                    "Finance Minister Mere Kora said the budget would be delivered on time.",
                ),
            ],
            expect![[""]],
        );
        // A company succession: `new` before the title marks the change.
        role(
            &[
                (
                    "a.txt",
                    "Chief Operating Officer Dana Fry will lead the airline from March.",
                ),
                (
                    "b.txt",
                    "New Chief Executive Dana Fry told staff the airline would keep its routes.",
                ),
            ],
            expect![[""]],
        );
        // Without a word of change, two portfolios still conflict.
        role(
            &[
                (
                    "a.txt",
                    "Finance Minister Mere Kora said the budget would be delivered on time.",
                ),
                ("b.txt", "Health Minister Mere Kora visited the hospital on Monday."),
            ],
            expect![[r#"
                a.txt 0..16 "Finance Minister" warning conflicting-role: Title of Mere Kora: "Finance Minister" here; "Health Minister" in b.txt
                  b.txt 0..15 "Health Minister": "Health Minister" for the same person
                b.txt 0..15 "Health Minister" warning conflicting-role: Title of Mere Kora: "Health Minister" here; "Finance Minister" in a.txt
                  a.txt 0..16 "Finance Minister": "Finance Minister" for the same person
            "#]],
        );
    }

    #[test]
    fn a_seat_or_a_founding_sits_beside_an_office() {
        // A minister keeps a seat in the legislature or council.
        role(
            &[
                ("a.txt", "Senator Ines Ferreira flew to Geneva for the talks."),
                ("b.txt", "Foreign Minister Ines Ferreira signed the accord."),
            ],
            expect![[""]],
        );
        role(
            &[
                ("a.txt", "Councillor Bram Jansen opened the new library on Saturday."),
                ("b.txt", "Mayor Bram Jansen cut the ribbon at the library."),
            ],
            expect![[""]],
        );
        // A founder stays a founder, whatever post they hold now.
        role(
            &[
                ("a.txt", "Co-founder Carys Moreau said the shares were priced fairly."),
                ("b.txt", "Chief Executive Carys Moreau rang the opening bell."),
            ],
            expect![[""]],
        );
    }
}
