//! Quotes and who said them.
//!
//! A quote is text between quotation marks with a speaker named next to it
//! by a speech verb: `“…,” said Lindqvist`, `“…,” Graham Fitzroy, the chief
//! executive, said`, `Ms Raman said: "…"`. Quotes meet across articles in
//! two ways: by their normalised words (the same quote credited to two
//! different people is a conflicting attribution) and by their speaker's
//! last name (the same speaker quoted in different words is a quote
//! variant, typically a translation).

use crate::analysis::lexicon::Gender;
use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{ceil_char_boundary, floor_char_boundary, quoted_passages};
use crate::analysis::{Analysis, EntityType, MentionKind, Opener, Span};

/// One attributed quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quoted text, without the marks.
    pub span: Span,
    /// The mention of the speaker's name: the name beside the quote, or
    /// the complete name that a surname, description or pronoun beside it
    /// (`Mr Sarker`, `the minister`, `she`) stands for by coreference.
    pub speaker: usize,
    /// The words beside the quote that credit it (the name, surname,
    /// description or pronoun).
    pub speaker_span: Span,
    /// Lowercase words, for matching.
    pub words: Vec<String>,
}

impl Quote {
    /// The words as one string: equal for the same quote in any punctuation.
    pub fn normalised(&self) -> String {
        self.words.join(" ")
    }

    /// The opening words a quote is filed under across articles: a quote
    /// cut short (`"We respect the ruling,"` of a longer statement) opens
    /// like the whole.
    pub fn opening(&self) -> String {
        self.words[..self.words.len().min(OPENING_WORDS)].join(" ")
    }

    /// Whether `other` gives the same words, or one of the two is the
    /// other cut short and still long enough to be distinctive.
    pub fn same_words(&self, other: &Quote) -> bool {
        let (short, long) = if self.words.len() <= other.words.len() {
            (&self.words, &other.words)
        } else {
            (&other.words, &self.words)
        };
        short == long || short.len() >= EXCERPT_WORDS && long.starts_with(short)
    }
}

/// The words a quote is filed under (see [`Quote::opening`]).
const OPENING_WORDS: usize = 6;

/// A quote cut short must keep at least this many words to be the same
/// statement rather than a common opening (`We are very pleased to`).
const EXCERPT_WORDS: usize = 10;

/// Fewer words than this and a quote is a phrase anyone might say.
pub const MIN_WORDS: usize = 5;

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

fn has_speech_verb(s: &str) -> bool {
    words(s).iter().any(|w| lx::is(C::SpeechVerb, w))
}

/// The words of `text[from..to]` with their spans, in text order.
fn word_spans(text: &str, from: usize, to: usize) -> Vec<(Span, &str)> {
    let Some(window) = text.get(from..to) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut start = None;
    let is_word = |c: char| c.is_alphanumeric() || c == '\'' || c == '’' || c == '-';
    for (k, c) in window.char_indices().chain(std::iter::once((window.len(), ' '))) {
        match (start, is_word(c)) {
            (None, true) => start = Some(k),
            (Some(s), false) => {
                out.push((Span::new(from + s, from + k), &window[s..k]));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn speech(w: &str) -> bool {
    lx::is(C::SpeechVerb, &w.to_lowercase())
}

/// The sex a subject pronoun states (`she`, `He`), if `w` is one.
fn subject_pronoun(w: &str) -> Option<Gender> {
    let w = w.to_lowercase();
    lx::is(C::SubjectPronoun, &w).then(|| lx::pronoun_gender(&w)).flatten()
}

/// Who the text credits a quote to, before coreference says who that is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Credit {
    /// A person's or organisation's name beside the quote by a speech verb
    /// (`said Rosa Quispe`, `Mr Sarker said`), by mention index.
    Name(usize),
    /// A definite description of one person beside it (`the minister
    /// added`), by mention index.
    Description(usize),
    /// A subject pronoun beside it (`she said`), with the sex it states.
    Pronoun(Gender),
}

/// A quoted passage and who the text credits it to.
#[derive(Clone, Debug, PartialEq)]
pub struct Credited {
    /// The quoted text, without the marks.
    pub span: Span,
    pub credit: Credit,
    /// The words that credit it: the name, description or pronoun (for a
    /// quote that goes on from the sentence before, the words there).
    pub cue: Span,
    /// Lowercase words, for matching.
    pub words: Vec<String>,
}

/// The quotes of an article credited to someone, in text order, with who
/// the text says that is (coreference resolves descriptions and pronouns:
/// `coref::credit_speakers`).
pub fn credited_quotes(text: &str, analysis: &Analysis) -> Vec<Credited> {
    let mut out: Vec<Credited> = Vec::new();
    // Every credited passage, short ones too: a quote may go on from them.
    let mut last: Option<(Credit, Span, Span)> = None;
    for (span, line) in quoted_passages(text) {
        let own = attribute(text, analysis, span, line.start, line.end);
        let credit = own
            .or_else(|| last.and_then(|(c, cue, at)| goes_on(text, analysis, span, at, cue).then_some((c, cue))))
            .or_else(|| introduced(text, analysis, span));
        let Some((credit, cue)) = credit else { continue };
        last = Some((credit, cue, span));
        let words = words(span.text(text));
        if words.len() >= MIN_WORDS {
            out.push(Credited {
                span,
                credit,
                cue,
                words,
            });
        }
    }
    out
}

/// The attributed quotes of an article whose speaker is named beside them
/// (what coreference reads to know who `I` in a quote is).
pub fn attributed_quotes(text: &str, analysis: &Analysis) -> Vec<Quote> {
    named_quotes(&credited_quotes(text, analysis))
}

/// The quotes among `credited` whose speaker is named beside them, as
/// quotes of that name.
pub fn named_quotes(credited: &[Credited]) -> Vec<Quote> {
    credited
        .iter()
        .filter_map(|c| match c.credit {
            Credit::Name(i) => Some(c.quote(i)),
            Credit::Description(_) | Credit::Pronoun(_) => None,
        })
        .collect()
}

impl Credited {
    /// This quote, spoken by the person or organisation mention `speaker`
    /// names.
    pub fn quote(&self, speaker: usize) -> Quote {
        Quote {
            span: self.span,
            speaker,
            speaker_span: self.cue,
            words: self.words.clone(),
        }
    }
}

/// Whether an uncredited quoted passage goes on from the credited passage
/// `before` (cue `cue`): English news lets a quote that follows its
/// speaker's attribution run on without a new one, in the sentence right
/// after (`“…,” Ragheb told reporters. “The colours…”`) or opening the next
/// paragraph, and splits one quote around its attribution (`“We tried,”
/// said Ana Ruiz, “but …”`). A quote running on must open its sentence
/// right after the one holding the credited passage and be a whole
/// sentence itself; nobody else may be named between them (`“…,” Ruiz
/// said, as Tom Berg looked on. “…”` is left alone).
fn goes_on(text: &str, analysis: &Analysis, span: Span, before: Span, cue: Span) -> bool {
    let open = span.start - text[..span.start].chars().next_back().map_or(0, char::len_utf8);
    let from = before.end.max(cue.end);
    if from > open || open - from > 300 {
        return false;
    }
    let between = text[from..open].trim_matches(|c: char| c.is_whitespace() || c == '”' || c == '"');
    // A quote split by its attribution (`“We tried,” said Ana Ruiz, “but
    // …”`) resumes after a comma; else one sentence end at most, right
    // before a quote that is a sentence of its own.
    let split = between == ",";
    let ends = between.matches(['.', '!', '?']).count();
    let opens_sentence = between.is_empty() || between.ends_with(['.', '!', '?', ':']);
    (split || opens_sentence && ends <= 1 && whole_sentence(text, span))
        && !analysis
            .mentions_within(from, open)
            .any(|(_, m)| m.ty == EntityType::Person && m.kind == MentionKind::Name && m.span != cue)
}

/// The speaker the sentence right before a quote introduces: English news
/// names the speaker with a speech verb (`Sarker said on Tuesday the
/// factory was safe.`, `She said:`) and lets the quote follow as a
/// sentence or paragraph of its own. The sentence's subject must be the
/// one person it mentions (bar an appositive between them and the verb:
/// `Ragheb, the secretary-general, said`), or a subject pronoun opening it;
/// `Police said Brandt was held.` introduces nobody.
fn introduced(text: &str, analysis: &Analysis, span: Span) -> Option<(Credit, Span)> {
    let open = span.start - text[..span.start].chars().next_back().map_or(0, char::len_utf8);
    let k = analysis.sentences.partition_point(|s| s.end <= open);
    let s = *analysis.sentences.get(k.checked_sub(1)?)?;
    let closed = text[s.start..s.end].trim_end().ends_with(['.', ':']);
    if !closed || !text.get(s.end..open)?.trim().is_empty() || !whole_sentence(text, span) {
        return None;
    }
    let words = word_spans(text, s.start, s.end);
    let v = words.iter().take(12).position(|(_, w)| speech(w))?;
    let verb = words[v].0;
    let mut people = analysis
        .mentions_within(s.start, s.end)
        .filter(|(_, m)| m.ty == EntityType::Person);
    match people.next() {
        None if v == 1 => {
            let g = subject_pronoun(words[0].1)?;
            Some((Credit::Pronoun(g), words[0].0))
        }
        Some((i, _)) => {
            let i = speaker_at(text, analysis, i)?;
            let m = &analysis.mentions[i];
            (m.span.end <= verb.start).then_some(())?;
            let gap = text[m.span.end..verb.start].trim();
            let appositive = gap.is_empty() || gap.starts_with(',') && gap.ends_with(',');
            let alone = people.all(|(_, other)| other.span.end <= verb.start);
            (appositive && alone).then_some(())?;
            Some((credit_of(analysis, i)?, m.span))
        }
        _ => None,
    }
}

/// Whether a quoted passage is a sentence of its own: its words end with a
/// full stop, question or exclamation mark, or one follows the closing mark.
fn whole_sentence(text: &str, span: Span) -> bool {
    let inner = span.text(text).trim_end();
    let close = span.end + text[span.end..].chars().next().map_or(0, char::len_utf8);
    inner.ends_with(['.', '!', '?', '…']) || text[close..].starts_with(['.', '!', '?'])
}

/// What a mention credits, as the speaker beside a quote: a person's or
/// organisation's name, or a definite description of one person.
fn credit_of(analysis: &Analysis, i: usize) -> Option<Credit> {
    let m = analysis.mentions.get(i)?;
    match (m.kind, m.ty) {
        (MentionKind::Name, EntityType::Person | EntityType::Org) => Some(Credit::Name(i)),
        (MentionKind::Descriptor, EntityType::Person) if m.opener == Opener::Definite && !names_a_group(&m.name) => {
            Some(Credit::Description(i))
        }
        _ => None,
    }
}

/// Whether a description's head noun names a group (`officers`,
/// `people`): never one speaker, nor `he` or `she`.
pub fn names_a_group(description: &str) -> bool {
    let head = description.rsplit(' ').next().unwrap_or(description).to_lowercase();
    crate::analysis::words::is_plural(&head) || lx::is(C::GroupPlural, &head)
}

/// The mention a quote's speaker is, from the first of those beside it:
/// an organisation, a role or a possessor written straight before a
/// person's name (`GVS chief executive Alberto Gribaudo`, `the actress's
/// rep Jack Ketsoyan`) is the person's affiliation, title or principal,
/// and the name is the speaker. A possessor is never the speaker itself,
/// nor is one of two people joined by `and` (`Zadan and Meron said`): a
/// joint statement has no one speaker.
fn speaker_at(text: &str, analysis: &Analysis, start: usize) -> Option<usize> {
    let mut i = start;
    while let (Some(m), Some(next)) = (analysis.mentions.get(i), analysis.mentions.get(i + 1)) {
        let gap = text.get(m.span.end..next.span.start).unwrap_or("-");
        let possessor = possessive_after(text, m.span.end);
        let adjacent = gap.len() <= 1 && gap.trim().is_empty() || possessor && matches!(gap.trim(), "'s" | "’s");
        let modifier =
            possessor || m.ty == EntityType::Org || m.ty == EntityType::Person && m.kind == MentionKind::Descriptor;
        if !adjacent || !modifier || next.ty != EntityType::Person || i - start >= 3 {
            break;
        }
        i += 1;
    }
    let i = match analysis.mentions.get(i) {
        Some(m) if m.kind == MentionKind::Name && m.ty == EntityType::Person => i,
        _ => start,
    };
    let m = analysis.mentions.get(i)?;
    (!possessive_after(text, m.span.end) && !joint(text, analysis, i)).then_some(i)
}

/// Whether a possessive `'s` follows byte `end`.
fn possessive_after(text: &str, end: usize) -> bool {
    text.get(end..)
        .is_some_and(|t| t.starts_with("'s") || t.starts_with("’s"))
}

/// Whether mention `i` is one of two people joined by `and` or `&`, a
/// role written straight before either (`coach Lena Vogt and captain
/// Marco Ruiz`) being part of them.
fn joint(text: &str, analysis: &Analysis, i: usize) -> bool {
    let mentions = &analysis.mentions;
    let gap = |a: usize, b: usize| text.get(mentions[a].span.end..mentions[b].span.start);
    let modifier = |k: usize| {
        let m = &mentions[k];
        m.ty == EntityType::Org || m.ty == EntityType::Person && m.kind == MentionKind::Descriptor
    };
    let adjacent = |a: usize, b: usize| gap(a, b).is_some_and(|g| g.len() <= 1 && g.trim().is_empty());
    let conjunction = |a: usize, b: usize| gap(a, b).is_some_and(|g| matches!(g.trim(), "and" | "&"));
    let person = |k: usize| mentions[k].ty == EntityType::Person;
    if i >= mentions.len() {
        return false;
    }
    // The roles before the name, then the person before them.
    let mut first = i;
    while first > 0 && i - first < 3 && modifier(first - 1) && adjacent(first - 1, first) {
        first -= 1;
    }
    let before = first.checked_sub(1).is_some_and(|k| person(k) && conjunction(k, first));
    let after = i + 1 < mentions.len() && person(i + 1) && conjunction(i, i + 1);
    before || after
}

/// Finds who a quote is credited to: beside it after the closing mark
/// (`,” said X`, `,” X said`, `,” she said`, `,” the minister added`;
/// never after a quote ending with a full stop),
/// before the opening one on its line (`X said: “`, `According to X, “`),
/// or at the end of the paragraph before (`X said:` then the quote as a
/// paragraph of its own).
fn attribute(
    text: &str,
    analysis: &Analysis,
    span: Span,
    line_start: usize,
    line_end: usize,
) -> Option<(Credit, Span)> {
    let close = span.end + text[span.end..].chars().next().map_or(0, char::len_utf8);
    let open = span.start - text[..span.start].chars().next_back().map_or(0, char::len_utf8);
    // A quote whose words end with a full stop ends its sentence: a name
    // after it is the next sentence's (`“…beauty.” Page, said to be …`).
    let ends_sentence = span.text(text).trim_end().ends_with('.');
    (!ends_sentence)
        .then(|| credit_after(text, analysis, close, line_end))
        .flatten()
        .or_else(|| credit_before(text, analysis, line_start, open))
        .or_else(|| {
            // `X said:` closing the paragraph before a quote that opens its own.
            let opens_line = text[line_start..open].trim().is_empty();
            let prev = text[..line_start].trim_end();
            let prev_start = prev.rfind('\n').map_or(0, |n| n + 1);
            (opens_line && prev.ends_with(':')).then_some(())?;
            credit_before(text, analysis, prev_start, prev.len())
        })
}

/// The speaker after a quote's closing mark (at `close`), in the same
/// sentence: a subject pronoun with a speech verb (`she said`, `said he`),
/// or the first person or organisation mentioned, with a speech verb
/// between the quote and just after it.
fn credit_after(text: &str, analysis: &Analysis, close: usize, line_end: usize) -> Option<(Credit, Span)> {
    let after_end = text[close..line_end]
        .find(['.', '“', '"'])
        .map_or(line_end, |i| close + i)
        .min(floor_char_boundary(text, close + 160));
    let first: Vec<(Span, &str)> = word_spans(text, close, after_end).into_iter().take(2).collect();
    if let [(a, x), (b, y)] = first[..] {
        let plain = !text[close..a.start].contains(char::is_alphanumeric);
        match (subject_pronoun(x), subject_pronoun(y)) {
            (Some(g), _) if plain && speech(y) => return Some((Credit::Pronoun(g), a)),
            (_, Some(g)) if plain && speech(x) => return Some((Credit::Pronoun(g), b)),
            _ => {}
        }
    }
    let (i, m) = analysis
        .mentions_within(close, after_end)
        .find(|(_, m)| matches!(m.ty, EntityType::Person | EntityType::Org))?;
    let gap = &text[close..m.span.start];
    let i = speaker_at(text, analysis, i)?;
    let m = &analysis.mentions[i];
    // Nothing but a comma, a speech verb and an article's words between.
    let tail_end = floor_char_boundary(text, m.span.end + 60)
        .min(after_end)
        .max(m.span.end);
    (gap.len() < 40 && (has_speech_verb(gap) || has_speech_verb(&text[m.span.end..tail_end]))).then_some(())?;
    Some((credit_of(analysis, i)?, m.span))
}

/// The speaker before a quote's opening mark (at `open`), in the same
/// sentence, which ends on a speech verb among its last three words:
/// the person or organisation mentioned last before that verb (`X told
/// the BBC: “`), a subject pronoun just before it (`She said: “`), or the
/// one after `according to` (`According to the minister, “`).
fn credit_before(text: &str, analysis: &Analysis, line_start: usize, open: usize) -> Option<(Credit, Span)> {
    let from = text[line_start..open]
        .rfind(['.', '”', '"'])
        .map_or(line_start, |i| line_start + i + 1)
        .max(ceil_char_boundary(text, open.saturating_sub(160)));
    let words = word_spans(text, from, open);
    let last = words.len().saturating_sub(3);
    let according = words.iter().position(|(_, w)| w.eq_ignore_ascii_case("according"));
    let verb = words[last..].iter().rposition(|(_, w)| speech(w)).map(|k| last + k);
    if let Some(a) = according.filter(|&a| verb.is_none_or(|v| v <= a)) {
        // `According to X, “`: the first speaker after `according to`.
        let (i, _) = analysis
            .mentions_within(words[a].0.end, open)
            .find(|(_, m)| matches!(m.ty, EntityType::Person | EntityType::Org))?;
        let i = speaker_at(text, analysis, i)?;
        return Some((credit_of(analysis, i)?, analysis.mentions[i].span));
    }
    let v = verb?;
    if let Some((s, w)) = v.checked_sub(1).map(|p| words[p]) {
        if let Some(g) = subject_pronoun(w) {
            return Some((Credit::Pronoun(g), s));
        }
    }
    let (i, m) = analysis
        .mentions_within(from, words[v].0.start)
        .rfind(|(_, m)| matches!(m.ty, EntityType::Person | EntityType::Org))?;
    (!joint(text, analysis, i)).then_some(())?;
    Some((credit_of(analysis, i)?, m.span))
}

/// How alike two quotes are: shared words over all words (Jaccard).
pub fn similarity(a: &Quote, b: &Quote) -> f64 {
    use std::collections::HashSet;
    let x: HashSet<&String> = a.words.iter().collect();
    let y: HashSet<&String> = b.words.iter().collect();
    let shared = x.intersection(&y).count();
    shared as f64 / (x.len() + y.len() - shared).max(1) as f64
}

/// Whether one quote is an excerpt of the other: a partial quote, not a variant.
pub fn excerpt(a: &Quote, b: &Quote) -> bool {
    let (x, y) = (a.normalised(), b.normalised());
    x.contains(&y) || y.contains(&x)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(String, String)> {
        let a = crate::analysis::analyze(text);
        attributed_quotes(text, &a)
            .into_iter()
            .map(|q| (q.span.text(text).to_string(), q.speaker_span.text(text).to_string()))
            .collect()
    }

    #[test]
    fn windows_after_and_before_a_quote_end_on_char_boundaries() {
        // The 60-byte look-ahead after the speaker (issue #13's panic), the
        // 160-byte one after the quote and the 160-byte look-back before it
        // all end inside an `é` here.
        let tail = "é".repeat(80);
        let q = quotes(&format!("\"We will rebuild the bridge,\" Maria Lopez {tail} said.\n"));
        assert!(q.is_empty(), "no speech verb within the window: {q:?}");
        let q = quotes(&format!("\"We will rebuild the bridge,\" Maria Lopez said {tail}.\n"));
        assert_eq!(
            q,
            vec![("We will rebuild the bridge,".to_string(), "Maria Lopez".to_string())]
        );
        // 160 bytes before the opening mark is inside an `é`: the look-back
        // starts at the next character instead of finding nothing.
        let q = quotes(&format!("{tail} Lopez said: \"We will rebuild the bridge.\"\n"));
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, "Lopez");
    }

    #[test]
    fn variants_and_excerpts() {
        let mk = |s: &str| Quote {
            span: Span::default(),
            speaker: 0,
            speaker_span: Span::default(),
            words: words(s),
        };
        let a = mk("We will build a bridge across the Pacific for our people");
        let b = mk("We are building a bridge across the Pacific for our citizens");
        assert!(similarity(&a, &b) >= 0.5);
        assert!(excerpt(&a, &mk("a bridge across the Pacific")));
        assert!(!excerpt(&a, &b));
    }
}
