//! Descriptions of an entity by a common noun: `the Russian president`,
//! `a former employee`, `her lawyer`, and nouns news copy uses bare.

use crate::analysis::gazetteer::{self, Gazetteer};
use crate::analysis::lexicon::{self as lx, WordClass as C};
use crate::analysis::text::{Token, TokenKind, collapse};
use crate::analysis::{EntityType as T, Mention, MentionKind as K, Opener, Span};

use super::nouns::{agent_plural, cap_role, head_type, opener_of, plural_form, verb_follows};

/// Descriptions of an entity by a common noun: definite (`the Russian
/// president`, `The 52-year-old`), indefinite (`a former employee`),
/// possessive (`her lawyer`, `Lohan's lawyer`), and the few nouns news copy
/// uses bare for a particular institution (`police said`, `into rehab`).
pub(super) fn descriptors(text: &str, toks: &[Token], sentences: &[(usize, usize)]) -> Vec<Mention> {
    let g = gazetteer::get();
    let mut out = Vec::new();
    for &(a, b) in sentences {
        let headline = unpunctuated_line(text, toks, a, b);
        let mut i = a;
        while i < b {
            i = match opener_at(text, toks, i, b) {
                Some(opener) => opened(text, toks, g, (i, b), opener, &mut out),
                None => {
                    out.extend(bare_noun(text, toks, i, (a, b), headline));
                    i + 1
                }
            };
        }
    }
    out
}

/// The opener token `i` makes (see `opener_of`; a count opens a
/// description of a group: `two officers`, `3 men`), or a demonstrative
/// right before a description noun (`that facility`, `this man`), which is
/// a determiner there, not a pronoun or conjunction.
fn opener_at(text: &str, toks: &[Token], i: usize, b: usize) -> Option<Opener> {
    let demonstrative = lx::is(C::Demonstrative, &toks[i].text(text).to_ascii_lowercase())
        && toks.get(i + 1).is_some_and(|n| {
            i + 1 < b && n.kind == TokenKind::Word && !n.has(Token::CAP) && head_type(n.text(text)).is_some()
        });
    opener_of(text, &toks[i]).or(demonstrative.then_some(Opener::Definite))
}

/// Adds the description that `opener` at token `i` opens (in a sentence
/// ending at `b`), if its phrase has a head noun, to `out`; returns the
/// token to go on from.
fn opened(
    text: &str,
    toks: &[Token],
    g: &Gazetteer,
    (i, b): (usize, usize),
    opener: Opener,
    out: &mut Vec<Mention>,
) -> usize {
    let (from, head) = phrase(text, toks, g, (i, b), opener);
    let Some((h, ty)) = head.filter(|&(h, _)| from <= h) else {
        return i + 1;
    };
    let words_from = from.max(i + 1);
    // `a 61-year-old Vancouver man`: the age describes the person noun
    // after a place name; the description is that noun, and carries the age.
    if let Some(noun) = noun_after_age(text, toks, h, b) {
        let name = format!("{} {}", phrase_words(text, toks, words_from, h), toks[noun].text(text));
        out.push(description(toks[noun].span, T::Person, name, opener));
        return noun + 1;
    }
    let span = Span::new(toks[from].span.start, toks[h].span.end);
    out.push(description(span, ty, phrase_words(text, toks, words_from, h), opener));
    if let Some(m) = conjoined(text, toks, h, b, opener) {
        out.push(m);
        return h + 3;
    }
    h + 1
}

/// What a word of a description phrase is to the phrase's head.
enum HeadWord {
    /// A head noun of this type; a later one replaces it.
    Head(T),
    /// An office right before a name: the name's title, so no description.
    Title,
    /// Any other word: after a head, it ends the phrase.
    Other,
}

/// The phrase after the opener at token `i`, up to ten tokens and the
/// sentence end `b`: the token the description starts at and its head
/// noun, if any, with the type it describes.
fn phrase(
    text: &str,
    toks: &[Token],
    g: &Gazetteer,
    (i, b): (usize, usize),
    opener: Opener,
) -> (usize, Option<(usize, T)>) {
    let mut head: Option<(usize, T)> = None;
    // `Lohan's lawyer`: the description starts after the possessive.
    let mut from = if toks[i].kind == TokenKind::Possessive {
        i + 1
    } else {
        i
    };
    for k in i + 1..(i + 10).min(b) {
        if !in_phrase(text, toks, k) {
            break;
        }
        let t = &toks[k];
        let s = t.text(text);
        // `the Mean Girls actress`: a capitalised modifier stays a name
        // of its own; the description starts after it.
        if t.kind == TokenKind::Word && t.has(Token::CAP) && !(g.demonym(s).is_some() || cap_role(s)) && head.is_none()
        {
            from = k + 1;
        }
        match head_word(text, toks, g, (k, b), opener) {
            HeadWord::Head(ty) => head = Some((k, ty)),
            HeadWord::Title => return (from, None),
            HeadWord::Other if head.is_some() => break,
            HeadWord::Other => {}
        }
    }
    (from, head)
}

/// Whether token `k` may be inside a description phrase: a capitalised
/// word, a lowercase one that is no stop word (or is inside a hyphenated
/// compound: `hit-and-run`), a number, or a hyphen between words.
fn in_phrase(text: &str, toks: &[Token], k: usize) -> bool {
    let t = &toks[k];
    let s = t.text(text);
    match t.kind {
        TokenKind::Word => {
            t.has(Token::CAP) || !lx::is(C::DescriptorStop, s) || matches!(toks[k - 1].text(text), "-" | "‐")
        }
        TokenKind::Number => true,
        // The hyphen of `31-year-old`, which splits into three
        // tokens; also spaced, as re-typeset copy has it
        // (`31 - year - old`, `hit - and - run driver`).
        _ => {
            let glued =
                toks[k - 1].span.end == t.span.start && toks.get(k + 1).is_some_and(|n| n.span.start == t.span.end);
            let spaced = text.get(toks[k - 1].span.end..t.span.start) == Some(" ")
                && matches!(toks[k - 1].kind, TokenKind::Number | TokenKind::Word)
                && !toks[k - 1].has(Token::CAP)
                && toks.get(k + 1).is_some_and(|n| {
                    text.get(t.span.end..n.span.start) == Some(" ") && n.kind == TokenKind::Word && !n.has(Token::CAP)
                });
            matches!(s, "-" | "‐") && (glued || spaced)
        }
    }
}

/// What word `k` of a description phrase (in a sentence ending at `b`)
/// is to its head.
fn head_word(text: &str, toks: &[Token], g: &Gazetteer, (k, b): (usize, usize), opener: Opener) -> HeadWord {
    let t = &toks[k];
    let s = t.text(text);
    // `his body`, `LaRue's remains`: the dead person.
    let remains = opener == Opener::Possessive && lx::is(C::RemainsNoun, s);
    if !t.has(Token::CAP)
        && let Some(ty) = head_type(s).or(remains.then_some(T::Person))
    {
        return HeadWord::Head(ty);
    }
    if t.has(Token::CAP) && cap_role(s) {
        // `the Surgeon General`, `the President`: an office used
        // as a noun; before a name it is the name's title instead.
        let before_name = toks
            .get(k + 1)
            .is_some_and(|n| k + 1 < b && n.has(Token::CAP) && !cap_role(n.text(text)));
        return if before_name {
            HeadWord::Title
        } else {
            HeadWord::Head(T::Person)
        };
    }
    // A nationality noun heads a description of a person (`the
    // 31-year-old Swede`); a word that is also the adjective
    // (`American`) only when nothing follows it in the phrase.
    if t.has(Token::CAP)
        && (lx::demonym_noun(s).is_some() || (phrase_ends_after(text, toks, k, b) && g.demonyms.contains_key(s)))
    {
        return HeadWord::Head(T::Person);
    }
    HeadWord::Other
}

/// Whether a description phrase ends after token `k`: at the sentence end
/// `b`, or before a token that is no word or is a stop word.
fn phrase_ends_after(text: &str, toks: &[Token], k: usize, b: usize) -> bool {
    toks.get(k + 1)
        .is_none_or(|n| k + 1 >= b || n.kind != TokenKind::Word || lx::is(C::DescriptorStop, n.text(text)))
}

/// The person noun after an age head `h` and a place name of up to three
/// capitalised words (`61-year-old Vancouver man` → `man`).
fn noun_after_age(text: &str, toks: &[Token], h: usize, b: usize) -> Option<usize> {
    if !toks[h].text(text).ends_with("old") {
        return None;
    }
    let mut j = h + 1;
    while j < b && j <= h + 3 && toks[j].kind == TokenKind::Word && toks[j].has(Token::CAP) {
        j += 1;
    }
    let noun = toks
        .get(j)
        .filter(|n| j > h + 1 && j < b && n.kind == TokenKind::Word && !n.has(Token::CAP))?;
    (head_type(noun.text(text)) == Some(T::Person)).then_some(j)
}

/// The words of tokens `from..=to` as a description's name: spacing
/// collapsed, spaced hyphens closed up (`31 - year - old` → `31-year-old`).
fn phrase_words(text: &str, toks: &[Token], from: usize, to: usize) -> String {
    collapse(&text[toks[from].span.start..toks[to].span.end]).replace(" - ", "-")
}

/// `sister` in `his mother and sister`: a role noun joined to a
/// description by `and`/`or`/a comma shares its opener.
fn conjoined(text: &str, toks: &[Token], h: usize, b: usize, opener: Opener) -> Option<Mention> {
    let link = toks.get(h + 1).filter(|_| h + 2 < b)?;
    let next = &toks[h + 2];
    let w = next.text(text);
    let joins = matches!(link.text(text), "and" | "or" | ",");
    if !joins || next.kind != TokenKind::Word || next.has(Token::CAP) || !phrase_ends_after(text, toks, h + 2, b) {
        return None;
    }
    let ty = head_type(w).filter(|&t| t == T::Person)?;
    Some(description(next.span, ty, w.to_string(), opener))
}

/// A description mention.
pub(super) fn description(span: Span, ty: T, name: String, opener: Opener) -> Mention {
    Mention {
        span,
        ty,
        kind: K::Descriptor,
        name,
        title: None,
        canonical: None,
        opener,
    }
}

/// A noun used without an article: an institution news copy names bare
/// (`police said`, `checked into rehab`), a plural group or set of things
/// (`protesters stormed`, `NYPD officers`, `flash bombs`), a mass noun
/// (`grabbed jewellery`), and in a headline, which drops its articles, any
/// description noun (`Queens hit and run leaves woman dead`). Not a noun
/// modifying the next one (`police officers`), and not a word that reads
/// as a verb there (`DeGeneres hosts the show`, `to host`).
fn bare_noun(text: &str, toks: &[Token], i: usize, (a, b): (usize, usize), headline: bool) -> Option<Mention> {
    let t = &toks[i];
    let w = t.text(text);
    if t.kind != TokenKind::Word || (t.has(Token::CAP) && i != a) || t.has(Token::INNER_CAP) {
        return None;
    }
    let lower = w.to_lowercase();
    let ty = head_type(&lower)?;
    let next = toks.get(i + 1).filter(|_| i + 1 < b);
    let next_word = next.filter(|n| n.kind == TokenKind::Word);
    let prev = i
        .checked_sub(1)
        .filter(|&p| p >= a)
        .map(|p| toks[p].text(text).to_lowercase());
    if next_word.is_some_and(|n| !n.has(Token::CAP) && head_type(n.text(text)).is_some()) {
        return None;
    }
    if lx::is(C::BareNoun, &lower) {
        return Some(description(t.span, ty, lower, Opener::Definite));
    }
    if prev.as_deref().is_some_and(verb_follows) {
        return None;
    }
    // A plural (or plural-looking) word followed by an object reads as a
    // verb: `hosts the show`, `patches IE`.
    let object_follows = next_word.is_some_and(|n| n.has(Token::CAP) || opener_of(text, n).is_some());
    let opener = if plural_form(&lower) || lx::is(C::MassNoun, &lower) {
        if object_follows && !agent_plural(&lower) {
            return None;
        }
        Opener::Indefinite
    } else if (headline || ty == T::Person && predicate(text, toks, i, a)) && !object_follows {
        Opener::Definite
    } else {
        return None;
    };
    Some(description(t.span, ty, lower, opener))
}

/// `as host`, `became Oscar host`: a role stated as what someone is or
/// becomes, with up to three modifiers between.
fn predicate(text: &str, toks: &[Token], i: usize, a: usize) -> bool {
    let mut k = i;
    while k > a && i - k <= 3 {
        let t = &toks[k - 1];
        let w = t.text(text);
        if t.kind == TokenKind::Word && lx::is(C::RoleLink, &w.to_ascii_lowercase()) {
            return true;
        }
        if t.kind != TokenKind::Word || lx::is(C::DescriptorStop, w) || opener_of(text, t).is_some() {
            return false;
        }
        k -= 1;
    }
    false
}

/// A line of its own without closing punctuation: a headline or a deck,
/// which drop their articles.
fn unpunctuated_line(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    a < b
        && toks[a].has(Token::LINE_START)
        && toks.get(b).is_none_or(|n| n.has(Token::LINE_START))
        && crate::analysis::text::unpunctuated_line_at(text, toks[a].span.start)
}
