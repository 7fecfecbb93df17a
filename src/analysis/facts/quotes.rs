//! Quotes and who said them.
//!
//! A quote is text between quotation marks with a speaker named next to it
//! by a speech verb: `“…,” said Lindqvist`, `“…,” Graham Fitzroy, the chief
//! executive, said`, `Ms Raman said: "…"`. Quotes meet across articles in
//! two ways: by their normalised words (the same quote credited to two
//! different people is a conflicting attribution) and by their speaker's
//! last name (the same speaker quoted in different words is a quote
//! variant, typically a translation).

use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{ceil_char_boundary, floor_char_boundary, quoted_passages};
use crate::analysis::{Analysis, EntityType, MentionKind, Span};

/// One attributed quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quoted text, without the marks.
    pub span: Span,
    /// The speaker's mention index and span.
    pub speaker: usize,
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

/// The attributed quotes of an article.
pub fn attributed_quotes(text: &str, analysis: &Analysis) -> Vec<Quote> {
    quoted_passages(text)
        .into_iter()
        .filter_map(|(span, line)| attribute(text, analysis, span, line.start, line.end))
        .collect()
}

fn speaker_mention(analysis: &Analysis, i: usize) -> bool {
    let m = &analysis.mentions[i];
    m.kind == MentionKind::Name && matches!(m.ty, EntityType::Person | EntityType::Org)
}

/// Finds the speaker of a quote: after the closing mark (`,” said X`,
/// `,” X said`) or before the opening one (`X said: “`).
fn attribute(text: &str, analysis: &Analysis, span: Span, line_start: usize, line_end: usize) -> Option<Quote> {
    let words = words(span.text(text));
    if words.len() < MIN_WORDS {
        return None;
    }
    let close = span.end + text[span.end..].chars().next().map_or(0, char::len_utf8);
    // After: the first name within the same sentence, with a speech verb
    // between the quote and just after the name.
    let after_end = text[close..line_end]
        .find(['.', '“', '"'])
        .map_or(line_end, |i| close + i)
        .min(floor_char_boundary(text, close + 160));
    let after = analysis
        .mentions_within(close, after_end)
        .find(|(i, _)| speaker_mention(analysis, *i))
        .filter(|(_, m)| {
            let gap = &text[close..m.span.start];
            // Nothing but a comma, a speech verb and an article's words between.
            let tail_end = floor_char_boundary(text, m.span.end + 60).min(after_end);
            gap.len() < 40 && (has_speech_verb(gap) || has_speech_verb(&text[m.span.end..tail_end]))
        });
    let open = span.start - text[..span.start].chars().next_back().map_or(0, char::len_utf8);
    let before = || {
        let from = text[line_start..open]
            .rfind(['.', '”', '"'])
            .map_or(line_start, |i| line_start + i + 1)
            .max(ceil_char_boundary(text, open.saturating_sub(160)));
        let lead = text.get(from..open)?;
        let tail: Vec<String> = self::words(lead).into_iter().rev().take(3).collect();
        if !tail.iter().any(|w| lx::is(C::SpeechVerb, w)) {
            return None;
        }
        analysis
            .mentions_within(from, open)
            .rfind(|(i, _)| speaker_mention(analysis, *i))
    };
    let (speaker, m) = after.or_else(before)?;
    Some(Quote {
        span,
        speaker,
        speaker_span: m.span,
        words,
    })
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
