//! Text structure: skipped regions, tokens, sentences and paragraphs.
//!
//! One left-to-right pass over the bytes produces tokens with byte spans and
//! layout flags (line start, paragraph start); sentences and paragraphs are
//! then cut from the token stream. Nothing here allocates per token beyond
//! the output vectors, and every loop advances by at least one byte, so the
//! whole module is linear in the input length.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::Span;
use super::lexicon::{self, WordClass as C};

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (and digits, internal hyphens, apostrophes and abbreviation dots).
    Word,
    /// Starts with a digit: `1,200`, `52.4`, `7:40`, `2019`.
    Number,
    /// A possessive `'s` / `’s` / bare `'` split off the word before it.
    Possessive,
    /// Any other single non-space character.
    Punct,
}

/// A token; `flags` carries cheap facts the later stages test often.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    pub flags: u8,
}

impl Token {
    /// First character is uppercase.
    pub const CAP: u8 = 1;
    /// All letters uppercase and at least two letters (`NATO`, `U.S.`).
    pub const ALLCAPS: u8 = 2;
    /// First token on its line.
    pub const LINE_START: u8 = 4;
    /// First token after a blank line (or of the text).
    pub const PARA_START: u8 = 8;
    /// Ends with an abbreviation dot that is part of the token (`Mr.`, `U.S.`).
    pub const ABBREV: u8 = 16;
    /// Contains an uppercase letter after the first character (`McDonald`, `iPhone`).
    pub const INNER_CAP: u8 = 32;

    pub const fn has(&self, f: u8) -> bool {
        self.flags & f != 0
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }
}

/// Lines (content, not the newline) that are boilerplate and carry no news.
fn is_boilerplate(line: &str) -> bool {
    let l = line.trim_start_matches(['#', '*', '_', '>', ' ', '\t']);
    lexicon::words(C::Boilerplate)
        .iter()
        .any(|p| l.len() >= p.len() && l.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes()))
        || l.starts_with('©')
}

/// A line that is a bare web address (a scraped article's source URL):
/// its slug repeats the headline in lowercase, which would make names look
/// like common words.
fn is_link_line(line: &str) -> bool {
    let l = line.as_bytes();
    let starts = |p: &str| l.len() >= p.len() && l[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    starts("http:") || starts("https:") || starts("www.")
}

/// Byte ranges that are not article text: YAML/TOML front matter, fenced
/// code blocks and boilerplate lines. Sorted and disjoint.
pub fn skipped_regions(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut pos = 0;
    let mut fence: Option<(usize, &str)> = None;
    let mut first = true;
    let mut front: Option<(usize, &str)> = None;
    while pos < text.len() {
        let end = memchr_nl(text, pos);
        let line = text[pos..end].trim_end_matches('\r');
        let next = (end + 1).min(text.len());
        let t = line.trim();
        if let Some((start, marker)) = front {
            if t == marker {
                out.push(Span::new(start, next));
                front = None;
            }
        } else if let Some((start, marker)) = fence {
            if t.starts_with(marker) {
                out.push(Span::new(start, next));
                fence = None;
            }
        } else if first && (t == "---" || t == "+++") {
            front = Some((pos, if t == "---" { "---" } else { "+++" }));
        } else if t.starts_with("```") || t.starts_with("~~~") {
            fence = Some((pos, &t[..3]));
        } else if is_link_line(t) || (!t.is_empty() && t.len() < 200 && is_boilerplate(t)) {
            out.push(Span::new(pos, next));
        }
        if !t.is_empty() {
            first = false;
        }
        pos = next.max(pos + 1);
    }
    // An unterminated fence or front matter runs to the end of the text.
    if let Some((start, _)) = fence.or(front) {
        out.push(Span::new(start, text.len()));
    }
    out
}

/// The largest char boundary at or below `i`, clamped to the text: a byte
/// offset found by arithmetic (`at + 60`) made safe to slice at. (Stable
/// stand-in for `str::floor_char_boundary`, newer than this crate's MSRV.)
pub fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or above `i`, clamped to the text.
pub fn ceil_char_boundary(text: &str, mut i: usize) -> usize {
    if i >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn memchr_nl(text: &str, from: usize) -> usize {
    text.as_bytes()[from..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(text.len(), |i| from + i)
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Split `text` into tokens, leaving out the skipped regions.
pub fn tokenize(text: &str, skipped: &[Span]) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut i = 0;
    let mut skip_idx = 0;
    let mut newlines = 2; // the text start counts as a paragraph start
    while i < text.len() {
        if let Some(s) = skipped.get(skip_idx)
            && i >= s.start
        {
            if i < s.end {
                i = s.end;
                newlines = newlines.max(2);
            }
            skip_idx += 1;
            continue;
        }
        let b = bytes[i];
        if b == b'\n' {
            newlines += 1;
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' || b == b'\r' {
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let mut flags = 0;
        if newlines >= 1 {
            flags |= Token::LINE_START;
        }
        if newlines >= 2 {
            flags |= Token::PARA_START;
        }
        newlines = 0;
        let start = i;
        if c.is_alphabetic() {
            let (end, extra) = scan_word(text, i);
            flags |= extra;
            // Split a trailing possessive: `Kim's`, `Kim’s`, `Jones'`.
            let word = &text[start..end];
            let (wend, poss) = possessive_split(word);
            out.push(Token {
                span: Span::new(start, start + wend),
                kind: TokenKind::Word,
                flags,
            });
            if let Some(p) = poss {
                out.push(Token {
                    span: Span::new(start + wend, start + wend + p),
                    kind: TokenKind::Possessive,
                    flags: 0,
                });
            }
            i = end;
        } else if c.is_ascii_digit() {
            let end = scan_number(bytes, i);
            out.push(Token {
                span: Span::new(start, end),
                kind: TokenKind::Number,
                flags,
            });
            i = end;
        } else {
            let end = i + c.len_utf8();
            out.push(Token {
                span: Span::new(start, end),
                kind: TokenKind::Punct,
                flags,
            });
            i = end;
        }
    }
    out
}

/// Returns the end of the word starting at `i` and its case flags.
fn scan_word(text: &str, i: usize) -> (usize, u8) {
    let mut end = i;
    let mut letters = 0u32;
    let mut upper = 0u32;
    let mut first = true;
    let mut flags = 0;
    let mut dots = 0;
    let mut it = text[i..].char_indices().peekable();
    while let Some((off, c)) = it.next() {
        if c.is_alphanumeric() {
            if c.is_alphabetic() {
                letters += 1;
                if c.is_uppercase() {
                    upper += 1;
                    if first {
                        flags |= Token::CAP;
                    } else {
                        flags |= Token::INNER_CAP;
                    }
                }
            }
            first = false;
            end = i + off + c.len_utf8();
            continue;
        }
        // Joiners stay inside the word only between two alphanumerics.
        // A hyphen joins letters only (`Jong-un`, but `Apr`-`2019` stay apart).
        let hyphen = c == '-' || c == '‐';
        let joiner = hyphen || c == '.' || is_apostrophe(c);
        if joiner
            && it
                .peek()
                .is_some_and(|&(_, n)| if hyphen { n.is_alphabetic() } else { n.is_alphanumeric() })
        {
            if c == '.' {
                dots += 1;
            }
            end = i + off + c.len_utf8();
            continue;
        }
        break;
    }
    // An abbreviation keeps its final dot: dotted acronyms (`U.S.`, `p.m.`),
    // single initials (`J.`) and listed abbreviations (`Mr.`, `Feb.`).
    if text.as_bytes().get(end) == Some(&b'.') {
        let word = &text[i..end];
        if dots > 0 || letters == 1 || lexicon::is_bare(C::Abbreviation, word) {
            end += 1;
            flags |= Token::ABBREV;
        }
    }
    if upper == letters && letters >= 2 {
        flags |= Token::ALLCAPS;
    }
    (end, flags)
}

/// Digits with internal `,` `.` `:` separators (`1,200.50`, `7:40`).
fn scan_number(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() {
        let b = bytes[i];
        let separator = matches!(b, b',' | b'.' | b':') && bytes.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if b.is_ascii_digit() || separator {
            i += 1;
        } else {
            break;
        }
    }
    i
}

/// `(name_len, Some(possessive_len))` when `word` ends in a possessive.
fn possessive_split(word: &str) -> (usize, Option<usize>) {
    for apo in ["'s", "’s", "'S", "’S"] {
        if word.len() > apo.len() && word.ends_with(apo) {
            return (word.len() - apo.len(), Some(apo.len()));
        }
    }
    (word.len(), None)
}

/// Sentence boundaries over the token stream, as token index ranges.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let t = &tokens[i];
        // A break before token i (layout).
        if i > start && t.has(Token::LINE_START) && line_break_ends(text, tokens, i) {
            out.push((start, i));
            start = i;
        }
        let s = t.text(text);
        let mut end_here = false;
        if t.kind == TokenKind::Punct && matches!(s, "." | "!" | "?" | "…") {
            end_here = true;
        } else if t.has(Token::ABBREV) && !lexicon::is_title_abbreviation(s) && s.len() > 2 {
            // `U.S.`, `p.m.`, `Inc.` end a sentence only before a typical sentence opener.
            end_here = tokens.get(i + 1).is_some_and(|n| {
                (n.has(Token::CAP) && lexicon::is(C::FunctionWord, n.text(text)))
                    || (n.span.start == t.span.end && matches!(n.text(text), "\"" | "”" | "’"))
            });
        }
        if end_here {
            let mut j = i + 1;
            // Swallow repeated terminators and closing quotes/brackets.
            while j < n
                && tokens[j].kind == TokenKind::Punct
                && !tokens[j].has(Token::LINE_START)
                // A straight quote after a space opens the next sentence.
                && (tokens[j].span.start == tokens[j - 1].span.end
                    || !matches!(tokens[j].text(text), "\"" | "'"))
                && matches!(
                    tokens[j].text(text),
                    "." | "!" | "?" | "\"" | "”" | "’" | "'" | ")" | "]" | "»" | "…"
                )
            {
                j += 1;
            }
            let next_ok = tokens.get(j).is_none_or(|nx| {
                nx.has(Token::LINE_START) || !starts_lowercase(nx.text(text)) || t.kind != TokenKind::Punct
            });
            if next_ok {
                out.push((start, j));
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    if start < n {
        out.push((start, n));
    }
    out
}

fn starts_lowercase(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_lowercase())
}

/// Whether the newline before token `i` ends the sentence: always at a
/// paragraph break; for a single newline unless the text is hard-wrapped
/// (the next line continues in lowercase or the previous ends in a comma).
fn line_break_ends(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if t.has(Token::PARA_START) {
        return true;
    }
    let prev = tokens[i - 1].text(text);
    let cur = t.text(text);
    if matches!(cur, "-" | "*" | "•" | "#" | ">" | "|") {
        return true;
    }
    if headline_before(text, tokens, i) {
        return true;
    }
    !(starts_lowercase(cur) || matches!(prev, "," | ";" | "-" | "–" | "—" | "(" | "&"))
}

/// Whether the line ending before token `i` is a title-case headline
/// (`Colts Beat Chiefs 20-13, Clinch Playoff Berth`): at least four words,
/// every one capitalised but the short words headline style keeps
/// lowercase. A headline is never hard-wrapped into the next line.
fn headline_before(text: &str, tokens: &[Token], i: usize) -> bool {
    let mut words = 0;
    for t in tokens[..i].iter().rev() {
        if t.kind == TokenKind::Word && t.span.len() >= 2 {
            let w = t.text(text);
            if starts_lowercase(w) && !lexicon::is(C::HeadlineWrapWord, w) {
                return false;
            }
            words += 1;
        }
        if t.has(Token::LINE_START) {
            break;
        }
    }
    words >= 4
}

/// White space folded to single spaces.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Paragraph spans: runs of tokens between blank lines.
pub fn paragraphs(tokens: &[Token]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for t in tokens {
        match out.last_mut() {
            Some(p) if !t.has(Token::PARA_START) => p.end = t.span.end,
            _ => out.push(t.span),
        }
    }
    out
}

/// Whether the line around byte `at` ends without closing punctuation: a
/// headline or deck, which drops articles and names its subject first.
pub fn unpunctuated_line_at(text: &str, at: usize) -> bool {
    let start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let end = text[at..].find('\n').map_or(text.len(), |n| at + n);
    !text[start..end]
        .trim_end()
        .ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '’', '\'', ')'])
}

const OPENING: &[char] = &['“', '"', '«', '„'];

/// Every quoted passage of a text (the text inside the marks), with the
/// line it stands on; a quotation never runs across a line break here.
pub fn quoted_passages(text: &str) -> Vec<(Span, Span)> {
    let mut out = Vec::new();
    let mut base = 0;
    for line in text.split_inclusive('\n') {
        let line_span = Span::new(base, base + line.len());
        out.extend(passages(line, base).into_iter().map(|p| (p, line_span)));
        base += line.len();
    }
    out
}

/// The quoted passages of a line: (start, end) of the text inside the marks.
fn passages(line: &str, base: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, c) in line.char_indices() {
        match open {
            None if OPENING.contains(&c) => open = Some((i + c.len_utf8(), c)),
            Some((start, o)) => {
                let closes = match o {
                    '“' | '„' => c == '”' || c == '“' && o == '„',
                    '«' => c == '»',
                    _ => c == '"',
                };
                if closes {
                    out.push(Span::new(base + start, base + i));
                    open = None;
                }
            }
            None => {}
        }
    }
    out
}

/// Folds what never distinguishes two names: case, diacritics, hyphens
/// versus spaces, runs of white space, full stops and apostrophes
/// (`O'Brien` is one word, `obrien`), and the British spellings of the
/// place nouns that take part in names (`Centre`, `Theatre`: the lexicon's
/// `spellings.tsv`).
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfd().filter(|c| !is_combining_mark(*c)) {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else if matches!(c, '.' | '\'' | '’') {
            // U.S. → us, St. → st, O'Brien → obrien
        } else {
            space = true;
        }
    }
    if out.split(' ').any(|w| lexicon::american_spelling(w).is_some()) {
        out = out
            .split(' ')
            .map(|w| lexicon::american_spelling(w).unwrap_or(w))
            .collect::<Vec<_>>()
            .join(" ");
    }
    out
}

/// The text of token `i`, or `""` past the last token: what the
/// per-sentence readers (`ner`, `values`) ask for most.
pub fn token_text<'a>(text: &'a str, tokens: &[Token], i: usize) -> &'a str {
    tokens.get(i).map_or("", |t| t.text(text))
}

#[cfg(test)]
mod tests;
