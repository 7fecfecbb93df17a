//! A deliberately small first analyser: sentences split at terminal
//! punctuation and runs of capitalised words as name mentions. It exists so
//! the pipeline runs end to end; the NLP core replaces it.

use super::{Analysis, EntityType, Mention, MentionKind, Span};

pub fn analyze(text: &str) -> Analysis {
    Analysis {
        sentences: sentences(text),
        mentions: mentions(text),
    }
}

fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if start.is_none() && !c.is_whitespace() {
            start = Some(i);
        }
        let boundary = match c {
            '.' | '!' | '?' => chars.peek().is_none_or(|&(_, n)| n.is_whitespace()),
            '\n' => chars.peek().is_none_or(|&(_, n)| n == '\n' || n == '\r'),
            _ => false,
        };
        if boundary && let Some(s) = start.take() {
            let end = if c == '\n' { i } else { i + c.len_utf8() };
            out.push(Span::new(s, end));
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.trim_end().len().max(s)));
    }
    out
}

fn mentions(text: &str) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut run: Option<Span> = None;
    let mut words = 0;
    for (start, word) in words_of(text) {
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if capitalised {
            let end = start + word.len();
            match run.as_mut() {
                Some(span) if text[span.end..start].trim().is_empty() => {
                    span.end = end;
                    words += 1;
                }
                _ => {
                    flush(text, run.take(), words, &mut out);
                    run = Some(Span::new(start, end));
                    words = 1;
                }
            }
        } else {
            flush(text, run.take(), words, &mut out);
            words = 0;
        }
    }
    flush(text, run, words, &mut out);
    out
}

fn flush(text: &str, run: Option<Span>, words: usize, out: &mut Vec<Mention>) {
    // Two or more capitalised words is the cheapest signal of a name that a
    // sentence-initial capital does not produce on its own.
    if let Some(span) = run.filter(|_| words >= 2) {
        out.push(Mention {
            span,
            ty: EntityType::Person,
            kind: MentionKind::Name,
            name: span.text(text).split_whitespace().collect::<Vec<_>>().join(" "),
        });
    }
}

/// Words as (byte offset, text): letters, digits, hyphens and apostrophes
/// inside a word.
fn words_of(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let rest = &text[pos..];
        let skip = rest.find(|c: char| c.is_alphanumeric())?;
        let start = pos + skip;
        let len = text[start..]
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(text.len() - start);
        pos = start + len;
        Some((start, &text[start..start + len]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_multiword_names_and_sentences() {
        let a = analyze("Russian President Vladimir Putin met Kim. Talks ended.");
        assert_eq!(a.sentences.len(), 2);
        assert_eq!(a.mentions[0].name, "Russian President Vladimir Putin");
    }
}
