//! The titles articles give people, grouped across articles for the
//! `conflicting-role` rule (`rules::conflicting_role`), which decides
//! whether two titles can name what one person holds and words the finding.
//!
//! What counts as a title an article gives, in named steps:
//!
//! 1. **Every position.** A title before the name (`Transport Minister Ana
//!    Reis`), a role phrase before it in lowercase (`deputy prosecutor Elena
//!    Rinaudo`), set off after it (`Ana Reis, the transport minister,`,
//!    `Reis, general secretary of the union,`), in a relative clause (`Reis,
//!    who is chief financial officer`), after a verb that puts someone in
//!    office (`was appointed head coach`, `became`), opening the sentence
//!    before it (`The company's chief technology officer, Marta Vidal,`), or
//!    joined by `and` to a title (`President and General Manager`). A role
//!    phrase ends in a title word that names an office on its own, then the
//!    end of the phrase; a verb is never part of it (`fired coach X`); an
//!    office relative to another person (`her deputy`) is no title.
//! 2. **Present only.** A title marked as another time (`former`, `then`,
//!    `late`, `ex`, `outgoing`, `incoming`, `Mayor-elect`, `until 2019`), or
//!    stated by anything but a plain present link (`who quit as`, `will
//!    become`, `who had been`, `previously`), is no claim about the present
//!    office.
//! 3. **Held together.** A person may hold several offices: a title
//!    conflicts with an article only if it fits none of the titles that
//!    article gives, and no article gives two titles fitting one each
//!    (`President and General Manager Ed Stefanski` in one, `team president`
//!    and `GM` in two others).
//! 4. **Display lines.** Headlines, decks, captions and bylines (lines
//!    without closing punctuation) compress and title-case their words; the
//!    body states the titles.
//! 5. **Quotations.** A title inside quotation marks is the speaker's word
//!    at the time they spoke (a campaign quote about `Senator Obama`), not
//!    the article's.
//! 6. **Time frames.** A sentence that opens with a frame setting it at
//!    another time (`At the time,`, `Back then,`, `In 2008,` in an article
//!    of 2009, or in one whose own date is unknown) gives the titles of that
//!    time.

use crate::analysis::lexicon::{self, WordClass};
use std::collections::{BTreeMap, BTreeSet};

use super::{Article, DocId, Finding, Related};
use crate::analysis::text::{Token, TokenKind, fold, quoted_passages, tokenize};
use crate::analysis::{EntityType, Mention, MentionKind, Span, ValueKind, wordnet};
use crate::rules::{MAX_RELATED, conflicting_role};

/// A title given to a person in one article.
pub(super) struct Titled<'a> {
    pub article: &'a Article,
    pub span: Span,
    pub folded: String,
}

/// The titles that claim a present office among a person's mentions, in
/// article and text order.
pub(super) fn titles<'a>(mentions: &[(&'a Article, &'a Mention)]) -> Vec<Titled<'a>> {
    let mut found: Vec<(&Article, Span)> = Vec::new();
    for (a, m) in mentions.iter().filter(|(_, m)| m.ty == EntityType::Person) {
        if let Some(span) = m.title {
            // A courtesy title (`Mr`) says nothing about the office.
            if !crate::analysis::is_honorific(span.text(&a.text)) && !after_time_word(a, span) {
                found.push((a, span));
            }
        }
        if m.kind == MentionKind::Name {
            found.extend(role_phrases(a, m).into_iter().map(|s| (*a, s)));
        }
    }
    found.sort_by(|x, y| (&x.0.id, x.1.start, x.1.end).cmp(&(&y.0.id, y.1.start, y.1.end)));
    found.dedup_by(|x, y| x.0.id == y.0.id && x.1 == y.1);
    found
        .into_iter()
        .filter(|(a, span)| !in_display_line(a, *span) && !in_quotation(a, *span) && !in_other_time(a, *span))
        .filter_map(|(article, span)| {
            let folded = fold(span.text(&article.text));
            // `Mayor-elect`: an office to come.
            let to_come = folded
                .rsplit(' ')
                .next()
                .is_some_and(|w| lexicon::is(WordClass::TitleAfterTimeWord, w));
            (!folded.is_empty() && !to_come).then_some(Titled { article, span, folded })
        })
        .collect()
}

/// Step 2: a title right after `former`, `then`, `late` (`then-Senator`)
/// describes another time.
fn after_time_word(a: &Article, span: Span) -> bool {
    let before = a.text.get(..span.start).unwrap_or("").trim_end();
    let last_word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    lexicon::is(WordClass::TitleTimeWord, &fold(last_word))
}

/// Step 4: whether a span stands on a line without closing punctuation: a
/// headline, deck, caption or byline, whose compressed title case makes a
/// verb read as part of a title (`76ers Fire Coach Jim O'Brien`). The
/// body states the titles.
fn in_display_line(a: &Article, span: Span) -> bool {
    crate::analysis::text::unpunctuated_line_at(&a.text, span.start)
}

/// Step 5: whether a span lies inside a quoted passage of its line.
fn in_quotation(a: &Article, span: Span) -> bool {
    let text = &*a.text;
    let start = text.get(..span.start).and_then(|t| t.rfind('\n')).map_or(0, |n| n + 1);
    let end = text
        .get(span.start..)
        .and_then(|t| t.find('\n'))
        .map_or(text.len(), |n| span.start + n);
    let Some(line) = text.get(start..end) else {
        return false;
    };
    quoted_passages(line)
        .iter()
        .any(|(q, _)| q.start + start <= span.start && span.end <= q.end + start)
}

/// Step 6: whether the sentence holding a span opens with a time frame
/// that sets it at another time than the article's own: a past frame
/// (`At the time,`) or a year other than the article's (`In 2008,`; any
/// year when the article's own date is unknown).
fn in_other_time(a: &Article, span: Span) -> bool {
    let Some(s) = a.analysis.sentence_of(span).map(|i| a.analysis.sentences[i]) else {
        return false;
    };
    let Some(opening) = a.text.get(s.start..span.start) else {
        return false;
    };
    let Some(comma) = opening.find(',') else {
        return false;
    };
    let frame = &opening[..comma];
    let words: Vec<String> = frame.split_whitespace().map(|w| w.to_lowercase()).collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    let past = lexicon::words(WordClass::PastFrame).iter().any(|p| {
        let p: Vec<&str> = p.split(' ').collect();
        words.windows(p.len()).any(|w| w.iter().zip(&p).all(|(x, y)| x == y))
    });
    let own = a.analysis.date.and_then(|d| d.date.year);
    let other_year = a
        .analysis
        .values_within(s.start, s.start + comma)
        .any(|v| matches!(&v.kind, ValueKind::Date { date, .. } if date.year.is_some() && date.year != own));
    past || other_year
}

/// The words of one sentence, for reading role phrases.
struct Words<'a> {
    text: &'a str,
    toks: Vec<Token>,
}

impl<'a> Words<'a> {
    /// The text of token `i` (`""` outside the sentence).
    fn at(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.span.start..t.span.end])
    }

    fn lower(&self, i: usize) -> String {
        self.at(i).to_lowercase()
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn capitalised(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.has(Token::CAP))
    }

    /// Whether token `i` may be a word of a role phrase: a title word, or
    /// a noun that is no inflected verb form (`finance`, `union`,
    /// `technology`; not `shot`, `said`).
    fn role_word(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let w = self.at(i).trim_end_matches('.');
        let lower = w.to_lowercase();
        if lexicon::is(WordClass::DescriptorStop, &lower)
            || lexicon::is(WordClass::Article, &lower)
            || lexicon::is(WordClass::PossessiveDeterminer, &lower)
            || lexicon::is(WordClass::Demonstrative, &lower)
            || lexicon::is(WordClass::RoleTimeWord, &lower)
        {
            return false;
        }
        // `vice-president`, `secretary-general`: every part a role word.
        lower.split('-').all(|part| {
            if part.is_empty() {
                return false;
            }
            if lexicon::is(WordClass::Title, &capitalise(part)) || conflicting_role::is_head(part) {
                return true;
            }
            let inflected = wordnet::verb_lemma(part).is_some_and(|v| v != part);
            !inflected && wordnet::nouns::noun(part).is_some()
        })
    }

    /// Whether token `i` ends a role phrase's head: a title word that names
    /// an office on its own (`minister`, `director`, `secretary-general`).
    fn head(&self, i: usize) -> bool {
        self.is_word(i)
            && fold(self.at(i))
                .rsplit(' ')
                .next()
                .is_some_and(conflicting_role::is_head)
    }

    /// The span of tokens `from..=to`, in article offsets.
    fn span(&self, base: usize, from: usize, to: usize) -> Span {
        Span::new(base + self.toks[from].span.start, base + self.toks[to].span.end)
    }
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Step 1: the role phrases an article states of the person a name
/// mention names.
fn role_phrases(a: &Article, m: &Mention) -> Vec<Span> {
    let Some(s) = a.analysis.sentence_of(m.span).map(|i| a.analysis.sentences[i]) else {
        return Vec::new();
    };
    let Some(text) = a.text.get(s.start..s.end) else {
        return Vec::new();
    };
    let w = Words {
        text,
        toks: tokenize(text, &[]),
    };
    let first = w.toks.partition_point(|t| s.start + t.span.start < m.span.start);
    let after = w.toks.partition_point(|t| s.start + t.span.start < m.span.end);
    if first >= after {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut push = |r: Option<(usize, usize)>| {
        if let Some((from, to)) = r {
            out.push(w.span(s.start, from, to));
        }
    };
    push(phrase_after(&w, after));
    match m.title {
        None => {
            push(phrase_right_before(&w, first, m.span.start - s.start));
            push(phrase_opening(&w, first, after));
        }
        Some(t) => push(phrase_joined_before(
            &w,
            w.toks.partition_point(|x| s.start + x.span.start < t.start),
        )),
    }
    out
}

/// `, the transport minister,` / `, who is chief financial officer` /
/// ` was appointed head coach` after a name (token `k` follows it).
fn phrase_after(w: &Words, k: usize) -> Option<(usize, usize)> {
    if w.at(k) == "," {
        let k = k + 1;
        if w.lower(k) == "who" {
            return phrase(w, link(w, k + 1)?);
        }
        return phrase(w, k);
    }
    phrase(w, link(w, k)?)
}

/// The words linking a name to the office it holds now, from token `k`:
/// `is`, `has been`, `became`, an auxiliary and a verb that puts someone
/// in office (`was appointed`, `has been named`, `was sworn in as`, `was
/// promoted to`), `serves as`. Returns where the office starts. Anything
/// else (`quit as`, `will become`, `had been`, `was previously`) is no
/// present link.
fn link(w: &Words, mut k: usize) -> Option<usize> {
    match w.lower(k).as_str() {
        "is" if !lexicon::is(WordClass::AppointingVerb, &w.lower(k + 1)) => return Some(k + 1),
        "became" | "becomes" => return Some(k + 1),
        "has" if w.lower(k + 1) == "become" => return Some(k + 2),
        "has" if w.lower(k + 1) == "been" && !lexicon::is(WordClass::AppointingVerb, &w.lower(k + 2)) => {
            return Some(k + 2);
        }
        _ => {}
    }
    while matches!(w.lower(k).as_str(), "is" | "was" | "has" | "have" | "been" | "were") {
        k += 1;
    }
    if !lexicon::is(WordClass::AppointingVerb, &w.lower(k)) {
        return None;
    }
    k += 1;
    if w.lower(k) == "in" {
        k += 1;
    }
    if matches!(w.lower(k).as_str(), "as" | "to") {
        k += 1;
    }
    Some(k)
}

/// A role phrase from token `k`: an optional article and possessor (`the
/// company's`, `its`; not `her`), then words ending in a title head that
/// the phrase ends with, an `and` joining a second office (`president and
/// chief executive`), and the portfolio an `of` or `for` names in plain
/// words (`vice-president of quality assurance`, `minister for
/// transport`; not `of the Supreme Council`). Returns the tokens from the
/// first role word to the end.
fn phrase(w: &Words, mut k: usize) -> Option<(usize, usize)> {
    if lexicon::is(WordClass::Article, &w.lower(k)) {
        k += 1;
    }
    let lower = w.lower(k);
    if lexicon::is(WordClass::PossessiveDeterminer, &lower) {
        if lower != "its" {
            return None;
        }
        k += 1;
    } else if let Some(p) = (k..k + 4).find(|&i| w.toks.get(i).is_some_and(|t| t.kind == TokenKind::Possessive)) {
        if (k..p).all(|i| w.is_word(i)) {
            k = p + 1;
        }
    }
    if lexicon::is(WordClass::TitleTimeWord, &w.lower(k)) || lexicon::is(WordClass::PastRole, &w.lower(k)) {
        return None;
    }
    if lexicon::is(WordClass::RoleTimeWord, &w.lower(k)) {
        k += 1;
    }
    // An affiliation opening the phrase is no part of the title (`the
    // Rosenau finance director`).
    while w.capitalised(k) && w.is_word(k) && !w.role_word(k) && k < w.toks.len() {
        k += 1;
    }
    let mut end = run(w, k)?;
    if w.lower(end + 1) == "and" {
        end = run(w, end + 2)?;
    }
    if matches!(w.lower(end + 1).as_str(), "of" | "for") {
        let mut j = end + 2;
        while j < end + 6 && portfolio_word(w, j) {
            j += 1;
        }
        if j > end + 2 && ends(w, j) && !matches!(w.lower(j).as_str(), "of" | "for") {
            end = j - 1;
        }
    }
    // `minister until 2019`: an office that is over.
    (!matches!(w.lower(end + 1).as_str(), "until" | "till")).then_some((k, end))
}

/// The last token of a run of up to five role words from `k` ending in a
/// title head followed by the end of the phrase.
fn run(w: &Words, k: usize) -> Option<usize> {
    let mut j = k;
    while j < k + 5 && w.role_word(j) {
        j += 1;
    }
    (j > k && w.head(j - 1) && ends(w, j)).then_some(j - 1)
}

/// Whether token `j` ends a role phrase: punctuation closing it, the end
/// of the sentence, or a word that starts what follows it (`of`, `at`,
/// `who`, `and`, `said`).
fn ends(w: &Words, j: usize) -> bool {
    match w.toks.get(j) {
        None => true,
        Some(t) if t.kind == TokenKind::Punct => matches!(w.at(j), "," | "." | ";" | ":" | ")" | "—" | "–" | "-"),
        Some(_) => matches!(
            w.lower(j).as_str(),
            "of" | "for" | "at" | "in" | "with" | "since" | "who" | "and" | "until" | "till" | "said" | "says"
        ),
    }
}

/// A plain word of a portfolio after `of` or `for`: lowercase, or a
/// capitalised title or department word (`Transport`, `Affairs`); no
/// article, no name.
fn portfolio_word(w: &Words, j: usize) -> bool {
    if !w.is_word(j) || w.lower(j) == "the" {
        return false;
    }
    let word = w.at(j);
    if w.capitalised(j) {
        return lexicon::is(WordClass::Title, word) || lexicon::is(WordClass::DepartmentWord, word);
    }
    w.lower(j) == "and" || w.role_word(j)
}

/// `deputy prosecutor Elena Rinaudo`, `INPEC chief Álvaro Peñaranda`,
/// `team president and general manager Ed Stefanski`: lowercase role words
/// ending in a title head right before a name without a title (token
/// `first` starts it, `at` in sentence offsets). The sentence's first word
/// may be capitalised (`Assistant general manager Tony DiLeo`). Not after a
/// time word (`former coach`) or a personal possessive (`her deputy`).
fn phrase_right_before(w: &Words, first: usize, at: usize) -> Option<(usize, usize)> {
    let h = first.checked_sub(1)?;
    let spaced = |i: usize, next: usize| w.text.get(w.toks[i].span.end..next) == Some(" ");
    let lowercase = |i: usize| !w.capitalised(i) || i == 0;
    // Straight before a name a verb takes it as its object (`fired coach
    // Maurice Cheeks`, `need quarterback`): no verb is part of the role.
    let modifier = |i: usize| {
        w.role_word(i)
            && (lexicon::is(WordClass::Title, &capitalise(&w.lower(i))) || wordnet::verb_lemma(&w.lower(i)).is_none())
    };
    if !lowercase(h) || !w.head(h) || !spaced(h, at) {
        return None;
    }
    let back = |h: usize| {
        let mut from = h;
        while from > 0
            && h - from < 4
            && lowercase(from - 1)
            && modifier(from - 1)
            && spaced(from - 1, w.toks[from].span.start)
        {
            from -= 1;
        }
        from
    };
    let mut from = back(h);
    if from >= 2 && w.lower(from - 1) == "and" && lowercase(from - 2) && w.head(from - 2) {
        from = back(from - 2);
    }
    let before = from.checked_sub(1).map(|i| w.lower(i)).unwrap_or_default();
    let relative = lexicon::is(WordClass::TitleTimeWord, &before)
        || lexicon::is(WordClass::PastRole, &before)
        || (lexicon::is(WordClass::PossessiveDeterminer, &before) && before != "its");
    (!relative).then_some((from, h))
}

/// `President and General Manager Billy King`: an office joined by `and`
/// to the title before a name (token `title` starts that title).
fn phrase_joined_before(w: &Words, title: usize) -> Option<(usize, usize)> {
    let h = title.checked_sub(2)?;
    if w.lower(h + 1) != "and" || !w.head(h) {
        return None;
    }
    // Capitalised title words (`Senior Vice President`), not a name.
    let title_word = |i: usize| {
        w.role_word(i) && (!w.capitalised(i) || lexicon::is(WordClass::Title, w.at(i).trim_end_matches('.')))
    };
    let spaced = |i: usize| w.text.get(w.toks[i].span.end..w.toks[i + 1].span.start) == Some(" ");
    let mut from = h;
    while from > 0 && h - from < 4 && title_word(from - 1) && spaced(from - 1) {
        from -= 1;
    }
    let before = from.checked_sub(1).map(|i| w.lower(i)).unwrap_or_default();
    (!lexicon::is(WordClass::TitleTimeWord, &before) && !lexicon::is(WordClass::PastRole, &before)).then_some((from, h))
}

/// `The company's chief technology officer, Marta Vidal, said`: a role
/// phrase opening the sentence, set off by commas before the name.
fn phrase_opening(w: &Words, first: usize, after: usize) -> Option<(usize, usize)> {
    if first < 2 || w.at(first - 1) != "," || w.at(after) != "," {
        return None;
    }
    let (from, to) = phrase(w, 0)?;
    (to + 2 == first).then_some((from, to))
}

/// Articles grouped by the set of titles they give one person.
pub(super) type TitleGroups = BTreeMap<BTreeSet<String>, BTreeSet<DocId>>;

/// Role conflicts of one person, reported in `only` (or every article).
/// Articles conflict when no title one gives fits any title the other
/// gives; each title occurrence in the reporting article is a finding.
/// Articles giving the same set of titles are compared as one group, so the
/// work grows with the number of different renderings, not with the number
/// of article pairs.
pub fn conflicts(id: &str, mentions: &[(&Article, &Mention)], only: Option<&str>) -> Vec<Finding> {
    let all = titles(mentions);
    let mut by_doc: BTreeMap<&str, Vec<&Titled>> = BTreeMap::new();
    for t in &all {
        by_doc.entry(&*t.article.id).or_default().push(t);
    }
    let mut groups = TitleGroups::new();
    for ts in by_doc.values() {
        groups
            .entry(ts.iter().map(|t| t.folded.clone()).collect())
            .or_default()
            .insert(ts[0].article.id.clone());
    }
    let first = |d: &str| by_doc.get(d).map(|ts| (ts[0].article, ts[0].span));
    by_doc
        .iter()
        .filter(|(d, _)| only.is_none_or(|o| o == **d))
        .flat_map(|(_, ours)| against(id, ours, &groups, &first))
        .collect()
}

/// Role conflicts of one article's titles for a person (`ours`, all from
/// one article) against the groups of titles articles give the person;
/// `first` gives an article's first title, for the message and the related
/// locations.
pub(super) fn against<'a>(
    id: &str,
    ours: &[&Titled],
    groups: &TitleGroups,
    first: &dyn Fn(&str) -> Option<(&'a Article, Span)>,
) -> Vec<Finding> {
    let Some(here_doc) = ours.first().map(|t| &*t.article.id) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (titles, docs) in groups {
        let others: Vec<&str> = docs.iter().map(|d| &**d).filter(|d| *d != here_doc).collect();
        let Some((o_article, o_span)) = others.first().and_then(|d| first(d)) else {
            continue;
        };
        let fits = |x: &str, y: &str| conflicting_role::compatible(x, y);
        if ours.iter().any(|t| titles.iter().any(|o| fits(&t.folded, o))) {
            continue;
        }
        // Step 3: offices one article gives together are held together: a
        // title fits another when some article (this one, that one or a
        // third) gives two titles, one fitting each (`President and General
        // Manager Ed Stefanski` there; `team president` here, `GM` in a
        // third).
        let together = |o: &str| {
            groups.keys().any(|set| {
                set.iter().any(|x| {
                    ours.iter().any(|t| fits(&t.folded, x))
                        && set
                            .iter()
                            .any(|y| (y != x || conflicting_role::joins_offices(x)) && fits(y, o))
                })
            })
        };
        if titles.iter().any(|o| together(o)) {
            continue;
        }
        let there = o_span.text(&o_article.text);
        // Related locations: the first few articles saying otherwise.
        let related: Vec<Related> = others
            .iter()
            .take(MAX_RELATED)
            .filter_map(|d| {
                let (a, span) = first(d)?;
                Some(conflicting_role::related(a, span))
            })
            .collect();
        for t in ours {
            out.push(conflicting_role::finding(
                id,
                t.article,
                t.span,
                &others,
                there,
                related.clone(),
            ));
        }
    }
    out
}
