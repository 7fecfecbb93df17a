//! Named-entity mentions from news conventions.
//!
//! 1. Capitalised runs (with name connectors such as `of`, `van`, `al`) are
//!    cut per sentence into candidate chunks.
//! 2. Each chunk is split and typed by the strongest cue available: title
//!    or honorific prefix → PERSON; gazetteer place or demonym; organisation,
//!    facility, location and event suffixes; acronyms; then context (role
//!    noun before, appositive after, `the` before, a place preposition).
//! 3. Article-level pass: acronyms introduced in parentheses take their
//!    expansion's type; weakly typed chunks take the type of the same name
//!    (or of a longer name they are part of) found with stronger evidence;
//!    then one name keeps one type.
//! 4. Headlines in capitals or title case only receive names that the rest
//!    of the article or the gazetteer confirms.
//!
//! Everything is linear: chunks are bounded by sentence tokens, lookups are
//! hash probes, and the article-level maps are built once.

use std::collections::{HashMap, HashSet};

use super::gazetteer::{self, Gazetteer, Place};
use super::lexicon::{self as lx, WordClass as C};
use super::referring::{locative_there, quoted_first_person, relative_where, work_titles};
use super::text::{Token, TokenKind, collapse};
use super::{EntityType as T, Mention, MentionKind as K, Opener, Span};

/// How sure the typing is; stronger evidence overrides weaker for one name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Ev {
    None,
    Weak,
    Context,
    Strong,
}

#[derive(Clone, Debug)]
struct Cand {
    span: Span,
    /// Token range of the name proper (without title).
    name_toks: (usize, usize),
    title: Option<Span>,
    ty: Option<T>,
    ev: Ev,
    kind: K,
    name: String,
    canonical: Option<String>,
    /// An untyped sentence opener: dropped unless the article confirms it.
    opener: bool,
    /// A bare two-letter country code: kept as GPE only if the article
    /// mentions the same country otherwise.
    needs_support: bool,
}

struct Ner<'a> {
    text: &'a str,
    toks: &'a [Token],
    g: &'static Gazetteer,
    lower: HashSet<&'a str>,
    cands: Vec<Cand>,
    /// Lowercased name → best type seen with at least context evidence.
    names: HashMap<String, (T, Ev)>,
    /// Lowercased name part (surname, organisation short form) → type.
    parts: HashMap<String, T>,
    /// The last words of the multi-word person names among the first
    /// `surnames.0` candidates (`King` after `Billy King`), extended as
    /// candidates come and cleared when `resolve` retypes them, so that a
    /// lone title word does not scan every candidate.
    surnames: (usize, HashSet<String>),
}

pub fn mentions(text: &str, toks: &[Token], sentences: &[(usize, usize)]) -> Vec<Mention> {
    let lower = toks
        .iter()
        .filter(|t| t.kind == TokenKind::Word && !t.has(Token::CAP) && !t.has(Token::INNER_CAP))
        .map(|t| t.text(text))
        .collect();
    let mut ner = Ner {
        text,
        toks,
        g: gazetteer::get(),
        lower,
        cands: Vec::new(),
        names: HashMap::new(),
        parts: HashMap::new(),
        surnames: (0, HashSet::new()),
    };
    let mut shouting = Vec::new();
    for &(a, b) in sentences {
        if ner.is_display_line(a, b) {
            shouting.push((a, b));
        } else {
            ner.sentence(a, b);
        }
    }
    ner.settle_types();
    // Every typed name the body uses, however weakly typed there: a
    // headline repeats the body's names (`Wladimir Klitschko Cruises Again`
    // → `Wladimir Klitschko`).
    let body: HashMap<String, T> = ner
        .cands
        .iter()
        .filter(|c| c.name.contains(' ') || !c.opener)
        .filter_map(|c| Some((c.name.to_lowercase(), c.ty?)))
        .collect();
    for (a, b) in shouting {
        ner.display_sentence(a, b, &body);
    }
    ner.unify_types();
    let mut out: Vec<Mention> = ner
        .cands
        .into_iter()
        .filter_map(|c| {
            Some(Mention {
                span: c.span,
                ty: c.ty?,
                kind: c.kind,
                name: c.name,
                title: c.title,
                canonical: c.canonical,
                // Headline nouns are the only descriptions found as candidates.
                opener: if c.kind == K::Descriptor {
                    Opener::Definite
                } else {
                    Opener::None
                },
            })
        })
        .collect();
    out.sort_by_key(|m| m.span.start);
    // Names win over descriptions that contain them (`the UNCOA chief`);
    // a description wins over a demonym inside it (`the Russian president`).
    let descs: Vec<Mention> = descriptors(text, toks, sentences)
        .into_iter()
        .filter(|d| {
            let i = out.partition_point(|m| m.span.end <= d.span.start);
            out[i..]
                .iter()
                .take_while(|m| m.span.start < d.span.end)
                .all(|m| m.kind == K::Demonym)
        })
        .collect();
    debug_assert!(descs.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    // `descs` is in text order and disjoint: a binary search finds the container.
    out.retain(|m| {
        if m.kind != K::Demonym {
            return true;
        }
        let i = descs.partition_point(|d| d.span.end <= m.span.start);
        descs
            .get(i)
            .is_none_or(|d| !(d.span.start <= m.span.start && m.span.end <= d.span.end))
    });
    // `a Schenectady man`, `a 35-year-old New Bedford man`: a name right
    // before a noun for a resident is where they live.
    for m in out
        .iter_mut()
        .filter(|m| m.kind == K::Name && matches!(m.ty, T::Person | T::Org))
    {
        let i = descs.partition_point(|d| d.span.start < m.span.end);
        let resident = descs.get(i).is_some_and(|d| {
            text.get(m.span.end..d.span.start) == Some(" ")
                && d.ty == T::Person
                && d.span.text(text).split(' ').count() == 1
                && lx::is(C::ResidentNoun, &d.span.text(text).to_lowercase())
        });
        let opened = text[..m.span.start]
            .trim_end()
            .rsplit(' ')
            .next()
            .is_some_and(|w| lx::is(C::Article, &w.to_lowercase()) || w.ends_with("old"));
        if resident && opened {
            m.ty = T::Gpe;
        }
    }
    let roles = roles_beside_names(text, toks, &out, &descs);
    out.extend(descs);
    out.extend(roles);
    out.extend(quoted_first_person(text, toks));
    // `the “Twilight” sequel`: a quoted title is a work, whatever the
    // words inside look like.
    let works = work_titles(text, toks);
    if !works.is_empty() {
        // Titles by start, with the furthest end so far: a mention lies in
        // one iff some title starting at or before it reaches its end.
        let mut inside: Vec<Span> = works.iter().map(|w| w.span).collect();
        inside.sort_unstable();
        let mut reach = 0;
        for w in &mut inside {
            reach = reach.max(w.end);
            w.end = reach;
        }
        out.retain(|m| {
            let k = inside.partition_point(|w| w.start <= m.span.start);
            !(k > 0 && m.span.end <= inside[k - 1].end)
        });
        out.extend(works);
    }
    out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    // Keep mentions disjoint: an earlier (or, at the same start, longer) one wins.
    let mut last_end = 0;
    out.retain(|m| {
        let keep = m.span.start >= last_end && !m.span.is_empty();
        if keep {
            last_end = m.span.end;
        }
        keep
    });
    let mut wheres = relative_where(text, toks, &out);
    wheres.extend(locative_there(text, toks, sentences, &out));
    // A `where` or `there` inside a description (`a there home`) is part of
    // it, not a mention of its own: mentions stay disjoint.
    wheres.retain(|w| {
        let i = out.partition_point(|m| m.span.end <= w.span.start);
        out.get(i).is_none_or(|m| m.span.start >= w.span.end)
    });
    if !wheres.is_empty() {
        out.extend(wheres);
        out.sort_by_key(|m| m.span.start);
    }
    out
}

/// `NAIROBI` → `Nairobi`, `JONG-UN` → `Jong-un`.
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut first = true;
    for c in s.chars() {
        if first {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        first = !c.is_alphanumeric() && c != '\'' && c != '’';
        if c == '-' {
            first = false;
        }
    }
    out
}

impl<'a> Ner<'a> {
    fn text_at(&self, i: usize) -> &'a str {
        super::text::token_text(self.text, self.toks, i)
    }

    fn bare(&self, i: usize) -> &'a str {
        let t = self.text_at(i);
        t.strip_suffix('.').unwrap_or(t)
    }

    fn name_word(&self, i: usize) -> bool {
        let t = &self.toks[i];
        // `76ers`, `49ers`: a number glued to a word is part of a name.
        if t.kind == TokenKind::Number {
            return self.glued_number(i);
        }
        if t.kind == TokenKind::Word && !t.has(Token::CAP) {
            return i > 0 && self.toks[i - 1].span.end == t.span.start && self.glued_number(i - 1);
        }
        if t.kind != TokenKind::Word {
            return false;
        }
        let s = self.text_at(i);
        // `Internet` alone is a common noun; `Internet Explorer` is a name.
        if lx::is(C::CapitalisedCommonNoun, s) {
            return self.toks.get(i + 1).is_some_and(|n| {
                n.kind == TokenKind::Word
                    && n.has(Token::CAP)
                    && !n.has(Token::LINE_START)
                    && !lx::is(C::NotName, n.text(self.text))
                    && !lx::is(C::FunctionWord, n.text(self.text))
            });
        }
        // `I'd`, `I’m`: the pronoun, never a name.
        if lx::weekday(s).is_some() || lx::is(C::NotName, s) || s.starts_with("I'") || s.starts_with("I’") {
            return false;
        }
        if lx::month(s).is_some() {
            // `Theresa May`, but not `May 3` or `on Monday`.
            return i > 0
                && self.toks[i - 1].kind == TokenKind::Word
                && self.toks[i - 1].has(Token::CAP)
                && !self.toks[i].has(Token::LINE_START)
                && self.toks.get(i + 1).is_none_or(|n| n.kind != TokenKind::Number)
                && lx::month(self.text_at(i - 1)).is_none()
                && lx::weekday(self.text_at(i - 1)).is_none();
        }
        true
    }

    /// A number written together with a word of three or more lowercase
    /// letters that is not a unit or an ordinal: the `76` of `76ers`.
    fn glued_number(&self, i: usize) -> bool {
        let (t, Some(n)) = (&self.toks[i], self.toks.get(i + 1)) else {
            return false;
        };
        let w = n.text(self.text);
        t.kind == TokenKind::Number
            && n.span.start == t.span.end
            && n.kind == TokenKind::Word
            && !n.has(Token::CAP)
            && w.len() >= 3
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !lx::is(C::GluedUnit, w)
            && !matches!(self.toks.get(i + 2), Some(x) if x.span.start == n.span.end && x.kind != TokenKind::Punct)
    }

    /// Headlines and mastheads: mostly capitals, or title case over 4+ words.
    fn is_display_line(&self, a: usize, b: usize) -> bool {
        let (mut words, mut caps, mut allcaps, mut lowers) = (0, 0, 0, 0);
        for t in &self.toks[a..b] {
            if t.kind != TokenKind::Word || t.span.len() < 2 {
                continue;
            }
            words += 1;
            if t.has(Token::ALLCAPS) {
                allcaps += 1;
            } else if t.has(Token::CAP) {
                caps += 1;
            } else if !lx::is(C::NameConnector, self.tt_at(t))
                && !lx::is(C::HeadlineDisplayWord, self.tt_at(t))
                // The suffix of an ordinal (`5th Seed`).
                && !lx::is(C::OrdinalSuffix, self.tt_at(t))
            {
                lowers += 1;
            }
        }
        if words < 2 {
            return false;
        }
        let shouting = allcaps * 10 >= words * 7 && words >= 2;
        // Headline style keeps short words lowercase (`Wins in Six`).
        let title_case = words >= 4 && lowers == 0 && caps + allcaps >= 3 && allcaps * 2 < words;
        shouting || title_case
    }

    fn tt_at(&self, t: &Token) -> &'a str {
        t.text(self.text)
    }

    fn sentence_initial(&self, sent_start: usize, i: usize) -> bool {
        i == sent_start
            || self.toks[i].has(Token::LINE_START)
            || self.toks[sent_start..i].iter().all(|t| t.kind == TokenKind::Punct)
            || (i > 0 && matches!(self.text_at(i - 1), "\"" | "“" | "‘" | ":" | "—" | "–"))
    }

    fn sentence(&mut self, a: usize, b: usize) {
        let mut i = a;
        while i < b {
            if !self.name_word(i) {
                i += 1;
                continue;
            }
            let s = i;
            let mut e = i + 1;
            loop {
                if e < b && self.name_word(e) && !self.toks[e].has(Token::LINE_START) {
                    e += 1;
                    continue;
                }
                if e + 1 < b
                    && self.toks[e].kind == TokenKind::Word
                    && !self.toks[e].has(Token::CAP)
                    && lx::is(C::NameConnector, self.text_at(e))
                    && self.text_at(e) != "the"
                    && self.name_word(e + 1)
                    && !self.toks[e + 1].has(Token::LINE_START)
                {
                    e += 2;
                    continue;
                }
                if e + 2 < b
                    && matches!(self.text_at(e), "of" | "for")
                    && self.text_at(e + 1) == "the"
                    && self.name_word(e + 2)
                {
                    e += 3;
                    continue;
                }
                if let Some(next) = self.quoted_nickname(e, b) {
                    e = next;
                    continue;
                }
                if e + 1 < b && self.text_at(e) == "&" && self.name_word(e + 1) {
                    e += 2;
                    continue;
                }
                break;
            }
            self.chunk(a, s, e);
            i = e;
        }
    }

    /// Split a run at connectors that do not belong to one name.
    fn chunk(&mut self, sent: usize, s: usize, e: usize) {
        let last = self.bare(e - 1);
        let org_like =
            e - s >= 3 && (lx::is(C::OrgSuffix, last) || lx::is(C::FacSuffix, last) || lx::is(C::EventNameWord, last));
        // `Academy of Motion Picture Arts and Sciences`, `Department of
        // Health and Human Services`: an institution `of` common words joined
        // by `and` is one name (not `Bank of England and Barclays`).
        let s0 = if self.text_at(s).eq_ignore_ascii_case("the") {
            s + 1
        } else {
            s
        };
        let institution_of =
            s0 + 1 < e && lx::is(C::OrgHead, self.bare(s0)) && matches!(self.text_at(s0 + 1), "of" | "for");
        let mut start = s;
        let mut k = s + 1;
        while k < e {
            let w = self.text_at(k);
            let before = self.bare(k - 1);
            let split = if self.toks[k].has(Token::CAP) {
                false
            } else {
                match w {
                    "and" | "&" => {
                        let of_common = institution_of
                            && (k + 1..e).all(|j| self.g.is_common_word(&self.text_at(j).to_lowercase()));
                        !org_like && !of_common
                    }
                    "of" | "for" | "on" | "in" | "the" => {
                        let w0 = if w == "the" && k >= 2 { self.bare(k - 2) } else { before };
                        // `of` may follow any name head (`Gulf of Aden`, `Bank of England`,
                        // `National Association of …`); `on`/`for` only an organisation head
                        // or a title (`Commission on …`, `Secretary for Transport`).
                        let head =
                            lx::is(C::OrgHead, before) || lx::is_bare(C::Title, before) || lx::is(C::OrgHead, w0);
                        let keep = w == "the"
                            || head
                            || (w == "of"
                                && (lx::is(C::OrgSuffix, before)
                                    || lx::is(C::LocSuffix, before)
                                    || lx::is(C::GpeSuffix, before)
                                    || lx::is(C::EventNameWord, before)
                                    || lx::is(C::FacSuffix, before)));
                        !keep
                    }
                    _ => false,
                }
            };
            if split {
                if k > start {
                    self.part(sent, start, k);
                }
                start = k + 1;
                // `of the`: skip the article too.
                if self.text_at(start.min(e - 1)) == "the" && start < e {
                    start += 1;
                }
            }
            k += 1;
        }
        if start < e {
            self.part(sent, start, e);
        }
    }

    /// A headline word that heads a description: a role, institution or
    /// object noun, singular or plural, not the first word of a longer
    /// capitalised run that the body names.
    fn headline_noun(&self, i: usize) -> Option<(T, String)> {
        let lower = self.text_at(i).to_lowercase();
        // Headlines drop articles, so nouns and verbs look alike: `Hosts`,
        // `to Host` are verbs. Plurals count only in agent-noun form
        // (`Protesters`, `Officers`) or irregular (`Men`).
        let before = i
            .checked_sub(1)
            .map(|p| self.text_at(p).to_lowercase())
            .unwrap_or_default();
        if verb_follows(&before) {
            return None;
        }
        if plural_form(&lower) && !agent_plural(&lower) {
            return None;
        }
        let ty = head_type(&lower)?;
        matches!(ty, T::Person | T::Org | T::Fac | T::Product).then_some((ty, lower))
    }

    /// `Vincent "The Chin" Gigante`: a nickname of up to three capitalised
    /// words in quotes between two parts of a name. Returns the index of
    /// the name word after it.
    fn quoted_nickname(&self, e: usize, b: usize) -> Option<usize> {
        if e == 0 || e + 1 >= b || !is_quote(self.text_at(e)) || self.toks[e].span.start == self.toks[e - 1].span.end {
            return None;
        }
        let close = (e + 2..(e + 5).min(b)).find(|&k| is_quote(self.text_at(k)))?;
        let words = (e + 1..close).all(|k| self.name_word(k));
        let tight = self.toks[e].span.end == self.toks[e + 1].span.start
            && self.toks[close - 1].span.end == self.toks[close].span.start;
        (words && tight && close + 1 < b && self.name_word(close + 1)).then_some(close + 1)
    }

    /// The words of a name, a quoted nickname inside it left out.
    fn name_of(&self, s: usize, e: usize) -> String {
        let mut out = String::new();
        let mut quoted = false;
        for i in s..e {
            let w = self.text_at(i);
            if is_quote(w) && i > s && i + 1 < e {
                quoted = !quoted;
                continue;
            }
            if quoted {
                continue;
            }
            if !out.is_empty() && self.toks[i - 1].span.end != self.toks[i].span.start {
                out.push(' ');
            }
            out.push_str(w);
        }
        out
    }

    fn span(&self, s: usize, e: usize) -> Span {
        Span::new(self.toks[s].span.start, self.toks[e - 1].span.end)
    }

    fn push(&mut self, s: usize, e: usize, title: Option<usize>, ty: Option<T>, ev: Ev, kind: K) {
        let ns = title.unwrap_or(s);
        let cand = Cand {
            span: self.span(s, e),
            name_toks: (ns, e),
            title: title.map(|t| self.span(s, t)),
            ty,
            ev,
            kind,
            name: self.name_of(ns, e),
            canonical: None,
            opener: false,
            needs_support: false,
        };
        self.cands.push(cand);
    }

    fn is_place_word(&self, i: usize) -> bool {
        self.g.place(self.text_at(i)).is_some()
    }

    fn suffix_type(&self, s: usize, e: usize) -> Option<T> {
        if e - s < 2 {
            return None;
        }
        let first = self.bare(s);
        let last = self.bare(e - 1);
        let second = self.text_at(s + 1);
        if lx::is(C::EventNameWord, last) && !matches!(last, "Open" | "Congress") {
            return Some(T::Event);
        }
        if last == "Open" && self.g.place(first).is_some() {
            return Some(T::Event);
        }
        let connected = (s + 1..e).any(|k| lx::is(C::NameConnector, self.text_at(k)));
        if lx::is(C::OrgHead, first) && (matches!(second, "of" | "for" | "on") || connected) {
            return Some(T::Org);
        }
        if lx::is(C::FacSuffix, last) {
            return Some(T::Fac);
        }
        if lx::is(C::LocSuffix, last) || (lx::is(C::LocSuffix, first) && first != "Region") {
            return Some(T::Loc);
        }
        if lx::is(C::GpeSuffix, last) {
            return Some(T::Gpe);
        }
        if lx::is(C::OrgSuffix, last) || last == "Congress" {
            return Some(T::Org);
        }
        None
    }

    fn part(&mut self, sent: usize, mut s: usize, e: usize) {
        // Articles and sentence-initial common words are not part of a name.
        while s < e {
            let w = self.text_at(s);
            let common = self.sentence_initial(sent, s)
                && e - s == 1
                && !self.is_place_word(s)
                && self.g.demonym(w).is_none()
                && !lx::is_bare(C::Honorific, w)
                && self.lower.contains(w.to_lowercase().as_str());
            // `First` opens `First Vice Foreign Minister …`: a function word
            // that starts a title stays.
            let opens_title = lx::is_bare(C::Title, w) && s + 1 < e && lx::is_bare(C::Title, self.text_at(s + 1));
            // `Considering Lionsgate`, `Typically Microsoft`: a sentence
            // opening with a participle or adverb glued to a name.
            let opener = self.sentence_initial(sent, s)
                && e - s >= 2
                && w.len() > 5
                && (w.ends_with("ing") || w.ends_with("ly") || w.ends_with("ed"))
                && !self.is_place_word(s)
                && !self.g.is_given_name(w)
                && !lx::is_bare(C::Title, w);
            if (lx::is(C::FunctionWord, w) || common || opener) && !opens_title {
                s += 1;
            } else {
                break;
            }
        }
        if s >= e {
            return;
        }
        // `the Surgeon General`, `the Secretary General`: an office alone is
        // a description of its holder (see `descriptors`), not a name.
        if e - s >= 2
            && s > sent
            && self.text_at(s - 1).eq_ignore_ascii_case("the")
            && (s..e).all(|k| cap_role(self.text_at(k)))
        {
            return;
        }
        // Datelines: `NAIROBI, June 9` / `LAGOS, March 3 (Reuters) -`.
        if self.toks[s].has(Token::LINE_START)
            && self.toks[s..e].iter().all(|t| t.has(Token::ALLCAPS))
            && e < self.toks.len()
            && self.text_at(e) == ","
        {
            let tc = title_case(&self.name_of(s, e));
            let dated = self
                .toks
                .get(e + 1)
                .is_some_and(|t| lx::month(t.text(self.text)).is_some());
            if dated || self.g.place(&tc).is_some() {
                self.push(s, e, None, Some(T::Gpe), Ev::Strong, K::Name);
                let c = self.cands.last_mut().expect("just pushed");
                c.name = tc;
                return;
            }
        }
        // All-caps words in running text: acronyms, or shouted names.
        if self.toks[s..e].iter().all(|t| t.has(Token::ALLCAPS)) {
            self.caps_part(s, e);
            return;
        }
        if let Some(ty) = self.suffix_type(s, e) {
            self.push(s, e, None, Some(ty), Ev::Strong, K::Name);
            return;
        }
        // `Actress Tara Reid` at a sentence start: a role noun before a given
        // name is a descriptor, as in `actress Tara Reid`, not part of the name.
        if e - s >= 3
            && !lx::is_bare(C::Title, self.text_at(s))
            && lx::is(C::PersonRole, &self.text_at(s).to_lowercase())
            && self.g.is_given_name(self.text_at(s + 1))
        {
            self.push(s + 1, e, None, Some(T::Person), Ev::Context, K::Name);
            return;
        }
        // `Billy King`, `Stephen Bishop`: a title word ending a run after a
        // given name is a surname.
        let surname_title =
            e - s >= 2 && lx::is_bare(C::TitleHead, self.text_at(e - 1)) && self.g.is_given_name(self.text_at(e - 2));
        // Title or honorific prefix.
        let searched = if surname_title { e - 1 } else { e };
        if let Some(q) = (s..searched)
            .find(|&i| lx::is_bare(C::TitleHead, self.text_at(i)) || lx::is_bare(C::Honorific, self.text_at(i)))
        {
            // What precedes the title: demonyms and title modifiers belong to it,
            // anything else (`TRR Chief Executive …`) is a separate name.
            let mut t0 = q;
            while t0 > s
                && (lx::is_bare(C::Title, self.text_at(t0 - 1)) || self.g.demonym(self.text_at(t0 - 1)).is_some())
            {
                t0 -= 1;
            }
            let mut p = q;
            while p < e {
                let w = self.text_at(p);
                let title_word =
                    lx::is_bare(C::Title, w) || lx::is_bare(C::Honorific, w) || lx::is(C::DepartmentWord, self.bare(p));
                if title_word || (matches!(w, "of" | "for" | "the") && p + 1 < e) {
                    p += 1;
                } else {
                    break;
                }
            }
            if p < e && !lx::is(C::NameConnector, self.text_at(p)) {
                if t0 > s {
                    self.part(sent, s, t0);
                }
                let name_end = e;
                if self.suffix_type(p, name_end).is_none() && name_end - p <= 4 {
                    self.push(t0, name_end, Some(p), Some(T::Person), Ev::Strong, K::Name);
                    return;
                }
            } else if p == e {
                // Only title words (`Prime Minister`): no name here. An office
                // of two words or more (`as Surgeon General`, `next Prime
                // Minister`) describes its holder, as `the President` does.
                let mut r = t0;
                while r > s && cap_role(self.text_at(r - 1)) {
                    r -= 1;
                }
                // Only the whole run, or what a place or nationality opens
                // (`U.S. Surgeon General`), is an office: `Texas Department
                // of Criminal Justice` is a name.
                let place = |k: usize| {
                    self.g.place(&self.name_of(s, k)).is_some() || self.g.demonym(&self.name_of(s, k)).is_some()
                };
                if r > s && !place(r) {
                    r = t0;
                }
                if r > s {
                    self.part(sent, s, r);
                }
                // `King` after `Billy King`: the surname, not the office.
                let w = self.text_at(s);
                let surname = e - s == 1 && self.is_surname(w);
                if surname {
                    self.push(s, e, None, Some(T::Person), Ev::Context, K::Name);
                } else if e - r >= 2
                    && !(r > sent && self.text_at(r - 1).eq_ignore_ascii_case("the"))
                    && !self.office_modifies(e)
                {
                    self.push(r, e, None, Some(T::Person), Ev::Context, K::Descriptor);
                    self.cands.last_mut().expect("just pushed").name = self.name_of(r, e).to_lowercase();
                }
                return;
            }
        }
        let name = self.name_of(s, e);
        if let Some((kind, canon)) = self.g.place(&name) {
            let ty = if kind == Place::Continent { T::Loc } else { T::Gpe };
            // A one-word city may be a surname too (`Hamilton`): the article's
            // people can override it; countries and multi-word places stay.
            // After `in`, `at`, `near`, `from` it is the place.
            let located = s > sent && lx::is(C::LocatingPrep, self.text_at(s - 1));
            let ev = if e - s == 1 && kind == Place::City && !located {
                Ev::Context
            } else {
                Ev::Strong
            };
            self.push(s, e, None, Some(ty), ev, K::Name);
            if let Some(own) = own_name(kind, canon).filter(|&c| c != name) {
                self.cands.last_mut().expect("just pushed").canonical = Some(own.to_string());
            }
            return;
        }
        if let Some(country) = self.g.demonym(&name) {
            // A multi-word demonym: `North Korean`.
            self.push(s, e, None, Some(T::Norp), Ev::Strong, K::Demonym);
            self.cands.last_mut().expect("just pushed").canonical = Some(country.to_string());
            return;
        }
        if let Some(country) = self.g.demonym(self.text_at(s)) {
            self.push(s, s + 1, None, Some(T::Norp), Ev::Strong, K::Demonym);
            self.cands.last_mut().expect("just pushed").canonical = Some(country.to_string());
            if s + 1 < e {
                self.part(sent, s + 1, e);
            }
            return;
        }
        if e - s == 1
            && let Some(state) = lx::state_abbreviation(self.text_at(s))
        {
            self.push(s, e, None, Some(T::Gpe), Ev::Strong, K::Name);
            self.cands.last_mut().expect("just pushed").canonical = Some(state.to_string());
            return;
        }
        let (ty, ev) = self.context_type(s, e);
        self.push(s, e, None, ty, ev, K::Name);
        if ty.is_none() && self.sentence_initial(sent, s) {
            // A capitalised sentence opener with no other cue: a name only
            // if the article confirms it elsewhere.
            self.cands.last_mut().expect("just pushed").opener = true;
        }
    }

    /// Whether an office ending at token `e` modifies what follows: its
    /// possession (`Sheriff's Department`) or a noun (`City Attorney
    /// spokeswoman`), so no holder is meant.
    fn office_modifies(&self, e: usize) -> bool {
        self.toks.get(e).is_some_and(|t| {
            t.kind == TokenKind::Possessive
                || (t.kind == TokenKind::Word && !t.has(Token::CAP) && head_type(t.text(self.text)).is_some())
        })
    }

    /// Typing from the words around an otherwise unknown name.
    fn context_type(&self, s: usize, e: usize) -> (Option<T>, Ev) {
        // No person's name has digits in it (`Philadelphia 76ers`).
        if self.toks[s..e].iter().any(|t| t.kind == TokenKind::Number) {
            return (Some(T::Org), Ev::Context);
        }
        let prev = if s > 0 { self.text_at(s - 1) } else { "" };
        let prev_tok = s.checked_sub(1).map(|i| self.toks[i]);
        let prev_lower = prev_tok.is_some_and(|t| t.kind == TokenKind::Word && !t.has(Token::CAP));
        if prev_lower && lx::is(C::PersonRole, prev) && !lx::is(C::RoleModifier, prev) {
            return (Some(T::Person), Ev::Context);
        }
        // Appositive: `Andrei Lankov, a professor at …`, `Jane Roe, 52, …`.
        if e + 2 < self.toks.len() && self.text_at(e) == "," {
            let n1 = self.text_at(e + 1);
            if self.toks[e + 1].kind == TokenKind::Number
                && n1.len() <= 3
                && self.toks.get(e + 2).is_some_and(|t| t.text(self.text) == ",")
            {
                return (Some(T::Person), Ev::Context);
            }
            if lx::is(C::Article, n1) || n1 == "who" {
                let lim = (e + 6).min(self.toks.len());
                if n1 == "who" || (e + 2..lim).any(|k| lx::is(C::PersonRole, self.text_at(k))) {
                    return (Some(T::Person), Ev::Context);
                }
            }
        }
        let next = self.toks.get(e).map_or("", |t| t.text(self.text));
        if lx::is(C::SpeakerCue, next) && e - s >= 2 {
            return (Some(T::Person), Ev::Weak);
        }
        if prev == "(" && next == ")" {
            // Agency credits and parenthesised names: `(Reuters)`.
            return (Some(T::Org), Ev::Context);
        }
        if prev == "the" {
            return (Some(T::Org), Ev::Weak);
        }
        if self.g.is_given_name(self.text_at(s)) && e - s >= 2 {
            return (Some(T::Person), Ev::Context);
        }
        if lx::is(C::PlacePrep, prev) {
            return (Some(T::Gpe), Ev::Weak);
        }

        if e - s >= 2 {
            // `Grace Wanjiru`, `Ri Yong-ho`: a given name first, or a
            // hyphenated lowercase second part, is a person.
            let second = self.text_at(s + 1);
            let korean = second.contains('-')
                && second
                    .split('-')
                    .nth(1)
                    .is_some_and(|p| p.chars().next().is_some_and(char::is_lowercase));
            if self.g.is_given_name(self.text_at(s)) || korean {
                return (Some(T::Person), Ev::Context);
            }
            // `California Highway Patrol`, `New Orleans Saints`: a place
            // (a country, a state, or a multi-word city) heading a longer name.
            let place2 = e - s >= 3 && self.g.place(&self.name_of(s, s + 2)).is_some();
            let big = self
                .g
                .place(self.text_at(s))
                .is_some_and(|(k, _)| matches!(k, Place::Country | Place::Region));
            if place2 || big {
                return (Some(T::Org), Ev::Weak);
            }
            // `Internet Explorer`, `Morningside Recovery`: a name ending in a
            // common English word that is no surname (or one the article
            // writes in lowercase) is a thing's name, not a person's, whose
            // given name would have been known.
            let last = self.text_at(e - 1).to_lowercase();
            if self.g.is_common_word(&last) || self.lower.contains(last.as_str()) {
                return (Some(T::Org), Ev::Weak);
            }
            return (Some(T::Person), Ev::Weak);
        }
        // A lone word that speaks (`Microsoft said`) is no evidence of a
        // person: news names a person in full first, which makes the word a
        // person's name part below, and organisations speak as often.
        if self.g.is_given_name(self.text_at(s)) {
            return (Some(T::Person), Ev::Weak);
        }
        (None, Ev::None)
    }

    /// A run of all-caps words inside running text.
    fn caps_part(&mut self, s: usize, e: usize) {
        let tc = title_case(&self.name_of(s, e));
        let lower = tc.to_lowercase();
        // `A MAN has been charged`: a shouted noun, not the city of Man.
        let noun = e - s == 1 && (self.g.is_common_word(&lower) || is_description_noun(&lower));
        let place = self.g.place(&tc).or_else(|| self.g.place(&self.name_of(s, e)));
        if let Some((kind, canon)) = place.filter(|_| !noun) {
            let ty = if kind == Place::Continent { T::Loc } else { T::Gpe };
            self.push(s, e, None, Some(ty), Ev::Strong, K::Name);
            self.cands.last_mut().expect("just pushed").canonical = own_name(kind, canon).map(str::to_string);
            return;
        }
        if e - s == 1 {
            let w = self.text_at(s);
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if letters == 2 && !w.contains('.') && !lx::is(C::NotCountryCode, w) {
                let dotted: String = w.chars().flat_map(|c| [c, '.']).collect();
                if let Some((_, canon)) = self.g.place(&dotted) {
                    // Confirmed in `resolve` only if the article names the
                    // country another way (`US` with `American`, `Washington`…).
                    self.push(s, e, None, Some(T::Gpe), Ev::Context, K::Acronym);
                    let c = self.cands.last_mut().expect("just pushed");
                    c.canonical = Some(canon.to_string());
                    c.needs_support = true;
                    return;
                }
            }
            if letters <= 6 || w.contains('.') {
                self.push(s, e, None, Some(T::Org), Ev::Context, K::Acronym);
            } else {
                // A shouted single word: typed later from the rest of the article.
                self.push(s, e, None, None, Ev::None, K::Name);
                self.cands.last_mut().expect("just pushed").name = tc;
            }
            return;
        }
        let ty = self.suffix_type(s, e);
        self.push(
            s,
            e,
            None,
            ty.or(Some(T::Person)),
            if ty.is_some() { Ev::Context } else { Ev::Weak },
            K::Name,
        );
        self.cands.last_mut().expect("just pushed").name = tc;
    }

    /// Article-level typing: parenthesised acronyms, then names and name
    /// parts seen with stronger evidence elsewhere.
    fn settle_types(&mut self) {
        // `Trans-Rift Railways (TRR)`.
        for k in 1..self.cands.len() {
            let (prev, cur) = self.cands.split_at_mut(k);
            let p = &prev[k - 1];
            let c = &mut cur[0];
            if c.kind == K::Acronym && p.ty.is_some() {
                let between = &self.text[p.span.end..c.span.start];
                if between.trim() == "(" && self.text[c.span.end..].starts_with(')') {
                    c.ty = p.ty;
                    c.ev = Ev::Strong;
                    c.canonical = Some(p.name.clone());
                    // `Internet Explorer (IE)`: spelled out, not Ireland's code.
                    c.needs_support = false;
                }
            }
        }
        let supported: std::collections::HashSet<String> = self
            .cands
            .iter()
            .filter(|c| !c.needs_support && matches!(c.ty, Some(T::Gpe) | Some(T::Norp)))
            .flat_map(|c| [c.name.clone(), c.canonical.clone().unwrap_or_default()])
            .collect();
        for c in &mut self.cands {
            if c.needs_support && !c.canonical.as_ref().is_some_and(|k| supported.contains(k)) {
                c.ty = Some(T::Org);
                c.canonical = None;
            }
        }
        // `Microsoft` … `a Microsoft Word document`: news calls a person by
        // the surname, so a two-word name typed a person on no evidence,
        // whose first word stands alone in the article at least twice and
        // whose last word never does, is a thing's name.
        let mut alone: HashMap<String, usize> = HashMap::new();
        for c in &self.cands {
            if c.name_toks.1 - c.name_toks.0 == 1 {
                *alone.entry(c.name.to_lowercase()).or_default() += 1;
            }
        }
        for c in &mut self.cands {
            let (s, e) = c.name_toks;
            if c.ty == Some(T::Person)
                && c.ev <= Ev::Weak
                && e - s == 2
                && !self.g.is_given_name(self.toks[s].text(self.text))
            {
                let count = |i: usize| {
                    alone
                        .get(&self.toks[i].text(self.text).to_lowercase())
                        .copied()
                        .unwrap_or(0)
                };
                if count(s) >= 2 && count(s + 1) == 0 {
                    c.ty = Some(T::Org);
                }
            }
        }
        let mut names: HashMap<String, (T, Ev)> = HashMap::new();
        let mut parts: HashMap<String, T> = HashMap::new();
        for c in &self.cands {
            let Some(ty) = c.ty else { continue };
            if c.ev >= Ev::Context {
                let e = names.entry(c.name.to_lowercase()).or_insert((ty, c.ev));
                if c.ev > e.1 {
                    *e = (ty, c.ev);
                }
            }
            let (s, e) = c.name_toks;
            if e - s >= 2 && c.ev >= Ev::Weak {
                match ty {
                    T::Org | T::Fac => {
                        let first = self.text_at(s);
                        if !lx::is(C::OrgHead, first)
                            && !lx::is_bare(C::Title, first)
                            && self.g.place(first).is_none()
                            && self.g.demonym(first).is_none()
                        {
                            parts.entry(first.to_lowercase()).or_insert(ty);
                        }
                        if e - s >= 3 {
                            parts.entry(self.name_of(s, e - 1).to_lowercase()).or_insert(ty);
                        }
                    }
                    _ => {}
                }
            }
        }
        // Person name parts win over organisation short forms.
        for c in &self.cands {
            let (s, e) = c.name_toks;
            if c.ty == Some(T::Person) && c.ev >= Ev::Weak && e - s >= 2 {
                for i in s..e {
                    let w = self.text_at(i);
                    if w.chars().filter(|c| c.is_alphabetic()).count() > 1 && !lx::is(C::NameConnector, w) {
                        parts.insert(w.to_lowercase(), T::Person);
                    }
                }
            }
        }
        for c in &mut self.cands {
            if c.ev == Ev::Strong {
                continue;
            }
            let key = c.name.to_lowercase();
            if let Some(&(ty, ev)) = names.get(&key)
                && ev > c.ev
            {
                c.ty = Some(ty);
                c.ev = ev;
            } else if let Some(&ty) = parts.get(&key) {
                if c.ev <= Ev::Context {
                    c.ty = Some(ty);
                    c.ev = Ev::Context;
                }
            } else if c.ty.is_none() && c.kind == K::Name && !c.opener {
                // A lone capitalised word that is no person's name part in
                // this article: most often a company, team or brand.
                c.ty = Some(T::Org);
                c.ev = Ev::Weak;
            }
        }
        self.names = names;
        self.parts = parts;
        self.surnames = (0, HashSet::new());
    }

    /// Whether a word ends the name of a person candidate of two words or
    /// more (see `surnames`).
    fn is_surname(&mut self, w: &str) -> bool {
        let (seen, set) = &mut self.surnames;
        for c in &self.cands[*seen..] {
            if c.ty == Some(T::Person) && c.kind == K::Name && c.name.contains(' ') {
                set.extend(c.name.rsplit(' ').next().map(str::to_string));
            }
        }
        *seen = self.cands.len();
        set.contains(w)
    }
}

impl Ner<'_> {
    /// A headline or masthead: only names confirmed elsewhere are marked.
    fn display_sentence(&mut self, a: usize, b: usize, body: &HashMap<String, T>) {
        let mut i = a;
        while i < b {
            let t = self.toks[i];
            if t.kind != TokenKind::Word || !t.has(Token::CAP) {
                i += 1;
                continue;
            }
            let mut found = None;
            for k in (1..=4usize).rev() {
                if i + k > b || self.toks[i..i + k].iter().any(|t| t.kind != TokenKind::Word) {
                    continue;
                }
                let raw = self.name_of(i, i + k);
                let key = raw.to_lowercase();
                let tc = title_case(&raw);
                let hit = if let Some(&(ty, _)) = self.names.get(&key) {
                    Some((ty, K::Name, None))
                } else if let Some(&ty) = body.get(&key) {
                    Some((ty, K::Name, None))
                } else if let Some(&ty) = self.parts.get(&key) {
                    Some((ty, K::Name, None))
                } else if let Some((kind, canon)) = self
                    .g
                    .place(&tc)
                    // `Man Charged …`: a headline capitalises every word, and a
                    // one-word place that is also a common word is that word.
                    .filter(|_| k > 1 || !(self.g.is_common_word(&key) || is_description_noun(&key)))
                {
                    let ty = if kind == Place::Continent { T::Loc } else { T::Gpe };
                    Some((ty, K::Name, own_name(kind, canon)))
                } else if k == 1
                    && let Some(country) = self.g.demonym(&tc)
                {
                    Some((T::Norp, K::Demonym, Some(country)))
                } else {
                    None
                };
                if let Some((ty, kind, canon)) = hit {
                    found = Some((k, ty, kind, canon, if t.has(Token::ALLCAPS) { tc } else { raw }));
                    break;
                }
            }
            if let Some((k, ty, kind, canon, name)) = found {
                self.push(i, i + k, None, Some(ty), Ev::Context, kind);
                let c = self.cands.last_mut().expect("just pushed");
                c.name = name;
                c.canonical = canon.map(str::to_string);
                i += k;
            } else if let Some(end) = self.headline_person(i, b).filter(|&end| {
                // Names the body knows are matched word by word instead.
                (i..end).all(|j| {
                    let w = self.text_at(j).to_lowercase();
                    !(self.names.contains_key(&w) || body.contains_key(&w) || self.parts.contains_key(&w))
                })
            }) {
                // `Lindsay Lohan Checks Into Rehab`, where only the headline
                // names her: a given name and the surname words after it.
                self.push(i, end, None, Some(T::Person), Ev::Weak, K::Name);
                i = end;
            } else if let Some((ty, lower)) = self.headline_noun(i) {
                // `Woman Killed In Queens`, `Sixers Hire … as Head Coach`:
                // a headline's capitalised common noun describes someone.
                self.push(i, i + 1, None, Some(ty), Ev::Context, K::Descriptor);
                self.cands.last_mut().expect("just pushed").name = lower;
                i += 1;
            } else {
                i += 1;
            }
        }
    }

    /// The end of a person's name a headline opens at token `i` with a
    /// given name: the capitalised words after it that are no common
    /// English word (`Lindsay Lohan` in `Lindsay Lohan Checks Into Rehab`).
    fn headline_person(&self, i: usize, b: usize) -> Option<usize> {
        let given = self.text_at(i);
        let lower = given.to_lowercase();
        // `Prison Van Near …`: a given name that is also a noun is the noun.
        if !self.g.is_given_name(given)
            || self.g.is_common_word(&lower)
            || is_description_noun(&lower)
            || lx::is(C::FunctionWord, given)
            || lx::is(C::FunctionWord, &lower)
        {
            return None;
        }
        let mut end = i + 1;
        while end < b && end - i < 4 {
            let t = self.toks[end];
            let w = t.text(self.text);
            let surname = t.kind == TokenKind::Word
                && t.has(Token::CAP)
                && !self.g.is_common_word(&w.to_lowercase())
                && !lx::is(C::FunctionWord, w)
                && self.g.place(w).is_none();
            if !surname {
                break;
            }
            end += 1;
        }
        (end - i >= 2).then_some(end)
    }

    /// One name keeps one type: weakly typed mentions take the type with
    /// the most evidence for that name across the article.
    fn unify_types(&mut self) {
        let mut votes: HashMap<String, [u32; T::ALL.len()]> = HashMap::new();
        for c in &self.cands {
            if let Some(ty) = c.ty {
                let w = match c.ev {
                    Ev::Strong => 4,
                    Ev::Context => 2,
                    Ev::Weak => 1,
                    Ev::None => 0,
                };
                let slot = T::ALL.iter().position(|&t| t == ty).unwrap_or(0);
                votes.entry(c.name.to_lowercase()).or_default()[slot] += w;
            }
        }
        for c in &mut self.cands {
            if c.ev == Ev::Strong || c.kind == K::Demonym {
                continue;
            }
            if let Some(v) = votes.get(&c.name.to_lowercase()) {
                let (best, &n) = v
                    .iter()
                    .enumerate()
                    .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))
                    .expect("7 slots");
                if n > 0 {
                    c.ty = Some(T::ALL[best]);
                }
            }
        }
    }
}

/// The standard name a gazetteer place gives a mention: only a country has
/// one of its own (`Russian Federation`, `USA` → the country's name). What
/// the gazetteer gives a city or region is the country it lies in, another
/// place (`PARIS` is not France).
fn own_name(kind: Place, canon: &'static str) -> Option<&'static str> {
    (kind == Place::Country).then_some(canon)
}

fn head_type(w: &str) -> Option<T> {
    if w.ends_with("year-old") {
        return Some(T::Person);
    }
    // Plural people (`the officers`, `three men`) and groups; plural
    // places and objects (`the villages`, `the bombs`).
    noun_type(w).or_else(|| noun_type(&lx::singular(w)?))
}

/// Whether a lowercase noun heads descriptions of some entity type.
pub fn is_description_noun(w: &str) -> bool {
    noun_type(w).is_some()
}

/// The entity type a lowercase singular noun describes, if any.
fn noun_type(w: &str) -> Option<T> {
    if lx::is(C::PersonRole, w) {
        Some(T::Person)
    } else if lx::is(C::OrgNoun, w) {
        Some(T::Org)
    } else if lx::is(C::GpeNoun, w) {
        Some(T::Gpe)
    } else if lx::is(C::FacNoun, w) {
        Some(T::Fac)
    } else if lx::is(C::LocNoun, w) {
        Some(T::Loc)
    } else if lx::is(C::ProductNoun, w) || lx::is(C::MassNoun, w) {
        Some(T::Product)
    } else {
        None
    }
}

/// Descriptions of an entity by a common noun: definite (`the Russian
/// president`, `The 52-year-old`), indefinite (`a former employee`),
/// possessive (`her lawyer`, `Lohan's lawyer`), and the few nouns news copy
/// uses bare for a particular institution (`police said`, `into rehab`).
fn descriptors(text: &str, toks: &[Token], sentences: &[(usize, usize)]) -> Vec<Mention> {
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

/// Role phrases written next to a person's name describe them; each becomes
/// a description of its own (the name stays as it is) so that `linking`
/// can join the two: straight before an untitled name (`Olympic swimmer
/// Esther Williams`, `publicist Harlan Boll`) or, without an article, set
/// off by commas after one (`Esther Williams, swimming star, dies`).
fn roles_beside_names(text: &str, toks: &[Token], names: &[Mention], descs: &[Mention]) -> Vec<Mention> {
    let mut out = Vec::new();
    for m in names.iter().filter(|m| m.ty == T::Person && m.kind == K::Name) {
        let spans = [
            m.title.is_none().then(|| role_before(text, toks, m)).flatten(),
            role_after(text, toks, m),
        ];
        for span in spans.into_iter().flatten() {
            // `descs` is in text order and disjoint: only the first one
            // ending after the span starts can overlap it.
            let i = descs.partition_point(|d| d.span.end <= span.start);
            if !descs
                .get(i)
                .is_some_and(|d| d.span.start < span.end && span.start < d.span.end)
            {
                out.push(description(
                    span,
                    T::Person,
                    collapse(span.text(text)),
                    Opener::Definite,
                ));
            }
        }
    }
    out
}

/// A lowercase word that may modify a role noun: not across punctuation
/// or a double space, not a stop word or determiner.
fn modifier_word(text: &str, t: &Token) -> bool {
    let w = t.text(text);
    t.kind == TokenKind::Word && !t.has(Token::CAP) && !lx::is(C::DescriptorStop, w) && opener_of(text, t).is_none()
}

/// `former Mendoza swimmer` in front of a name: up to three modifiers and
/// a role noun, separated by single spaces.
fn role_before(text: &str, toks: &[Token], m: &Mention) -> Option<Span> {
    let j = toks.partition_point(|t| t.span.start < m.span.start);
    let h = j.checked_sub(1)?;
    let t = &toks[h];
    let spaced = |a: &Token, b_start: usize| text.get(a.span.end..b_start) == Some(" ");
    if !modifier_word(text, t) || !spaced(t, m.span.start) || head_type(t.text(text)) != Some(T::Person) {
        return None;
    }
    let mut from = h;
    while from > 0
        && h - from < 3
        && modifier_word(text, &toks[from - 1])
        && spaced(&toks[from - 1], toks[from].span.start)
    {
        from -= 1;
    }
    Some(Span::new(toks[from].span.start, t.span.end))
}

/// `, swimming star,` after a name: modifiers ending in a role noun, then
/// a comma or the end of the sentence.
fn role_after(text: &str, toks: &[Token], m: &Mention) -> Option<Span> {
    let j = toks.partition_point(|t| t.span.start < m.span.end);
    if toks.get(j)?.text(text) != "," {
        return None;
    }
    let mut k = j + 1;
    while k < toks.len() && k <= j + 4 && modifier_word(text, &toks[k]) {
        k += 1;
    }
    let h = k
        .checked_sub(1)
        .filter(|&h| h > j && head_type(toks[h].text(text)) == Some(T::Person))?;
    matches!(toks.get(k)?.text(text), "," | "." | ";").then(|| Span::new(toks[j + 1].span.start, toks[h].span.end))
}

/// A description mention.
fn description(span: Span, ty: T, name: String, opener: Opener) -> Mention {
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

/// The opener a token makes, if it opens a description: an article, a
/// possessive determiner or `'s`, a count. `this`/`that` are left out: they
/// are far more often pronouns and conjunctions than determiners in news;
/// `descriptors` takes one only right before a description noun.
fn opener_of(text: &str, t: &Token) -> Option<Opener> {
    let w = t.text(text);
    let lower = w.to_ascii_lowercase();
    match t.kind {
        TokenKind::Possessive => Some(Opener::Possessive),
        TokenKind::Number => Some(Opener::Indefinite),
        TokenKind::Word if lx::is(C::Definite, &lower) => Some(Opener::Definite),
        TokenKind::Word if lx::is(C::Indefinite, &lower) => Some(Opener::Indefinite),
        TokenKind::Word if lx::is(C::PossessiveDeterminer, &lower) => Some(Opener::Possessive),
        TokenKind::Word if lx::number_word(&lower).is_some() => Some(Opener::Indefinite),
        _ => None,
    }
}

fn is_quote(w: &str) -> bool {
    matches!(w, "\"" | "“" | "”" | "'" | "‘" | "’")
}

/// A capitalised office used as a noun (`President`, `Surgeon`).
fn cap_role(s: &str) -> bool {
    lx::is_bare(C::TitleHead, s) || lx::is(C::PersonRole, &s.to_lowercase())
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

/// After `to`, a modal or `did`/`not` a noun-like word is a verb (`to
/// host`, `will guard`, `did not coach`).
fn verb_follows(lower: &str) -> bool {
    lx::is(C::VerbMarker, lower)
}

/// A plural of a description noun (`officers`, `villages`), not the noun
/// itself (`news`, `species` are no plurals of ours).
fn plural_form(lower: &str) -> bool {
    lx::singular(lower).is_some() && noun_type(lower).is_none()
}

/// A plural that cannot be a verb: an agent noun (`protesters`, `officers`,
/// `activists`) or an irregular plural.
fn agent_plural(lower: &str) -> bool {
    ["ers", "ors", "ists", "ants", "ents"]
        .iter()
        .any(|s| lower.ends_with(s))
        || lx::is(C::GroupPlural, lower)
}

/// A line of its own without closing punctuation: a headline or a deck,
/// which drop their articles.
fn unpunctuated_line(text: &str, toks: &[Token], a: usize, b: usize) -> bool {
    a < b
        && toks[a].has(Token::LINE_START)
        && toks.get(b).is_none_or(|n| n.has(Token::LINE_START))
        && crate::analysis::text::unpunctuated_line_at(text, toks[a].span.start)
}
