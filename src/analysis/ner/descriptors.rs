//! Descriptions of an entity by a common noun: `the Russian president`,
//! `a former employee`, `her lawyer`, and nouns news copy uses bare.

use crate::analysis::gazetteer;
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
            // `Lohan's lawyer`: the description starts after the possessive.
            // `two officers`, `3 men`: a count opens a description of a group.
            let after_possessive = toks[i].kind == TokenKind::Possessive;
            // `that facility`, `this man`: a demonstrative right before a
            // description noun is a determiner, not a pronoun or conjunction.
            let demonstrative = lx::is(C::Demonstrative, &toks[i].text(text).to_ascii_lowercase())
                && toks.get(i + 1).is_some_and(|n| {
                    i + 1 < b && n.kind == TokenKind::Word && !n.has(Token::CAP) && head_type(n.text(text)).is_some()
                });
            let Some(opener) = opener_of(text, &toks[i]).or(demonstrative.then_some(Opener::Definite)) else {
                if let Some(m) = bare(text, toks, i, (a, b), headline) {
                    out.push(m);
                }
                i += 1;
                continue;
            };
            let mut head: Option<(usize, T)> = None;
            // `the Mean Girls actress`: a capitalised modifier stays a name
            // of its own; the description starts after it.
            let mut from = if after_possessive { i + 1 } else { i };
            let lim = (i + 10).min(b);
            let mut k = i + 1;
            while k < lim {
                let t = &toks[k];
                let s = t.text(text);
                let ok = match t.kind {
                    TokenKind::Word => {
                        if t.has(Token::CAP) {
                            if !(g.demonym(s).is_some() || cap_role(s)) && head.is_none() {
                                from = k + 1;
                            }
                            true
                        } else {
                            // `hit-and-run`: inside a hyphenated compound.
                            !lx::is(C::DescriptorStop, s) || matches!(toks[k - 1].text(text), "-" | "‐")
                        }
                    }
                    TokenKind::Number => true,
                    // The hyphen of `31-year-old`, which splits into three
                    // tokens; also spaced, as re-typeset copy has it
                    // (`31 - year - old`, `hit - and - run driver`).
                    _ => {
                        let glued = toks[k - 1].span.end == t.span.start
                            && toks.get(k + 1).is_some_and(|n| n.span.start == t.span.end);
                        let spaced = text.get(toks[k - 1].span.end..t.span.start) == Some(" ")
                            && matches!(toks[k - 1].kind, TokenKind::Number | TokenKind::Word)
                            && !toks[k - 1].has(Token::CAP)
                            && toks.get(k + 1).is_some_and(|n| {
                                text.get(t.span.end..n.span.start) == Some(" ")
                                    && n.kind == TokenKind::Word
                                    && !n.has(Token::CAP)
                            });
                        matches!(s, "-" | "‐") && (glued || spaced)
                    }
                };
                if !ok {
                    break;
                }
                // A nationality noun heads a description of a person (`the
                // 31-year-old Swede`); a word that is also the adjective
                // (`American`) only when nothing follows it in the phrase.
                let ends = toks
                    .get(k + 1)
                    .is_none_or(|n| k + 1 >= b || n.kind != TokenKind::Word || lx::is(C::DescriptorStop, n.text(text)));
                // `his body`, `LaRue's remains`: the dead person.
                let remains = opener == Opener::Possessive && lx::is(C::RemainsNoun, s);
                if !t.has(Token::CAP)
                    && let Some(ty) = head_type(s).or(remains.then_some(T::Person))
                {
                    head = Some((k, ty));
                } else if t.has(Token::CAP) && cap_role(s) {
                    // `the Surgeon General`, `the President`: an office used
                    // as a noun; before a name it is the name's title instead.
                    if toks
                        .get(k + 1)
                        .is_some_and(|n| k + 1 < b && n.has(Token::CAP) && !cap_role(n.text(text)))
                    {
                        head = None;
                        break;
                    }
                    head = Some((k, T::Person));
                } else if t.has(Token::CAP) && (lx::demonym_noun(s).is_some() || (ends && g.demonyms.contains_key(s))) {
                    head = Some((k, T::Person));
                } else if head.is_some() {
                    break;
                }
                k += 1;
            }
            // `a 61-year-old Vancouver man`: the age describes the person
            // noun after a place name; the description is that noun, and
            // carries the age.
            let after_place = head.filter(|&(h, _)| from <= h).and_then(|(h, _)| {
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
                (head_type(noun.text(text)) == Some(T::Person)).then_some((h, j))
            });
            if let Some((age, noun)) = after_place {
                let age_text =
                    collapse(&text[toks[from.max(i + 1)].span.start..toks[age].span.end]).replace(" - ", "-");
                let name = format!("{age_text} {}", toks[noun].text(text));
                out.push(description(toks[noun].span, T::Person, name, opener));
                i = noun + 1;
            } else if let Some((h, ty)) = head.filter(|&(h, _)| from <= h) {
                let span = Span::new(toks[from].span.start, toks[h].span.end);
                let name = collapse(&text[toks[from.max(i + 1)].span.start..toks[h].span.end]).replace(" - ", "-");
                out.push(description(span, ty, name, opener));
                i = h + 1;
                if let Some(m) = conjoined(text, toks, h, b, opener) {
                    out.push(m);
                    i = h + 3;
                }
            } else {
                i += 1;
            }
        }
    }
    out
}

/// `sister` in `his mother and sister`: a role noun joined to a
/// description by `and`/`or`/a comma shares its opener.
fn conjoined(text: &str, toks: &[Token], h: usize, b: usize, opener: Opener) -> Option<Mention> {
    let link = toks.get(h + 1).filter(|_| h + 2 < b)?;
    let next = &toks[h + 2];
    let w = next.text(text);
    let joins = matches!(link.text(text), "and" | "or" | ",");
    let ends = toks
        .get(h + 3)
        .is_none_or(|t| h + 3 >= b || t.kind != TokenKind::Word || lx::is(C::DescriptorStop, t.text(text)));
    if !joins || next.kind != TokenKind::Word || next.has(Token::CAP) || !ends {
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
fn bare(text: &str, toks: &[Token], i: usize, (a, b): (usize, usize), headline: bool) -> Option<Mention> {
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
