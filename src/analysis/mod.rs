//! The pure analysis core: text in, structure out.
//!
//! Nothing in here knows about LSP, async runtimes or the file system. Every
//! position is a UTF-8 byte offset into the analysed text; adapters convert at
//! the edge. The entry point is [`analyze`], which must never panic on any
//! valid UTF-8 input and must stay linear in the length of the text.

mod article;
pub mod coref;
pub mod dates;
pub mod facts;
pub mod gazetteer;
pub mod lexicon;
mod ner;
mod offices;
mod referring;
pub mod render;
pub mod text;
pub mod values;
pub mod wordnet;

pub use article::{Article, DocId, Facts, analyze_parallel};
pub use dates::{ArticleDate, Date};
use lexicon::WordClass::Honorific;
pub use text::{Token, TokenKind};
pub use values::{Value, ValueKind};

// Vocabulary shared by the layers (the lexicon's typed columns name them).

/// What a gazetteer entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    Country,
    City,
    Region,
    Continent,
}

/// How a hedge word qualifies the number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Hedge {
    #[default]
    Exact,
    /// about, around, some, roughly, an estimated: ±10 %.
    About,
    /// nearly, almost, just under: up to 10 % below, not above.
    Nearly,
    /// more than, over, upwards of: strictly above.
    MoreThan,
    /// at least, no fewer than.
    AtLeast,
    /// less than, under, fewer than: strictly below.
    LessThan,
    /// up to, at most, as many as, no more than.
    AtMost,
    /// An explicit range (`10-15`, `between 10 and 15`).
    Range,
}

/// A half-open byte range `[start, end)` into an article's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `offset` falls inside the span; the end counts as inside so a
    /// cursor just after a word still hits it, as editors expect.
    pub const fn touches(&self, offset: usize) -> bool {
        self.start <= offset && offset <= self.end
    }

    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// Entity types, following the OntoNotes labels news NER uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityType {
    Person,
    Org,
    Gpe,
    Loc,
    Fac,
    Norp,
    Event,
    /// Objects, vehicles, weapons, software, works and documents, named or
    /// described (`the patch`, `the SUV`, `the agreement`).
    Product,
}

impl EntityType {
    pub const ALL: [EntityType; 8] = [
        EntityType::Person,
        EntityType::Org,
        EntityType::Gpe,
        EntityType::Loc,
        EntityType::Fac,
        EntityType::Norp,
        EntityType::Event,
        EntityType::Product,
    ];

    /// The OntoNotes label (`PERSON`, `ORG`, …).
    pub const fn label(self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Org => "ORG",
            EntityType::Gpe => "GPE",
            EntityType::Loc => "LOC",
            EntityType::Fac => "FAC",
            EntityType::Norp => "NORP",
            EntityType::Event => "EVENT",
            EntityType::Product => "PRODUCT",
        }
    }

    pub fn from_label(label: &str) -> Option<EntityType> {
        EntityType::ALL.into_iter().find(|t| t.label() == label)
    }
}

/// How a mention refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MentionKind {
    /// A proper name, full or short (`Vladimir Putin`, `Mr Putin`, `Putin`).
    Name,
    /// A definite description (`the Russian president`, `the minister`).
    Descriptor,
    /// An acronym (`WHO`, `UN`).
    Acronym,
    /// A nationality or group adjective/noun (`Russian`, `Kenyans`); typed
    /// NORP, with the country in [`Mention::canonical`].
    Demonym,
    /// `I` inside a quotation: the speaker, when the quote names one.
    Pronoun,
}

impl MentionKind {
    pub const fn label(self) -> &'static str {
        match self {
            MentionKind::Name => "name",
            MentionKind::Descriptor => "descriptor",
            MentionKind::Acronym => "acronym",
            MentionKind::Demonym => "demonym",
            MentionKind::Pronoun => "pronoun",
        }
    }
}

/// How a description is introduced, which bounds what it may refer to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Opener {
    /// Names, acronyms and demonyms.
    #[default]
    None,
    /// `the …`, a bare institution noun (`police said`), a role beside a
    /// name, a headline noun.
    Definite,
    /// `a …`, `an …`, a count (`two officers`): someone new.
    Indefinite,
    /// `her …`, `Lohan's …`: someone else's relative or agent.
    Possessive,
}

/// One place in the text that refers to an entity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The whole mention, including a title directly before a name
    /// (`Russian President Vladimir Putin`), excluding a possessive `'s`.
    pub span: Span,
    pub ty: EntityType,
    pub kind: MentionKind,
    /// The name without titles, honorifics or possessive, whitespace folded
    /// (`Vladimir Putin`); for descriptors, the description (`Russian president`).
    pub name: String,
    /// The title or honorific before the name, if any (`Russian President`).
    pub title: Option<Span>,
    /// A canonical form when the text uses a variant: the country of a
    /// demonym (`Russia`), an acronym's expansion introduced in parentheses,
    /// the standard name of a country variant (`Russian Federation` → `Russia`).
    pub canonical: Option<String>,
    /// For a description, its opener; `None` for names. A noun joined to a
    /// description (`his mother and sister`) shares its opener.
    pub opener: Opener,
}

/// The result of analysing one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// Sentences in text order, non-overlapping.
    pub sentences: Vec<Span>,
    /// Entity mentions in text order, non-overlapping.
    pub mentions: Vec<Mention>,
    /// Paragraphs (blank-line separated blocks of article text).
    pub paragraphs: Vec<Span>,
    /// Tokens of the article text (skipped regions excluded).
    pub tokens: Vec<Token>,
    /// Normalised values (quantities, money, dates, times, scores) in text order.
    pub values: Vec<Value>,
    /// The article's own date (dateline, byline date), used to resolve
    /// relative dates and weekdays.
    pub date: Option<ArticleDate>,
    /// The person mentions whose office changes in the article or who hold
    /// two (`offices::in_flux`), by span, in text order.
    pub office_in_flux: Vec<Span>,
}

impl Analysis {
    /// Whether the article reports a change of office for the person a
    /// mention names, or a second office (see `offices`).
    pub fn office_in_flux(&self, m: &Mention) -> bool {
        offices::holds(&self.office_in_flux, m)
    }

    /// The mention under a byte offset, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        let i = self.mentions.partition_point(|m| m.span.end < offset);
        self.mentions.get(i).filter(|m| m.span.touches(offset))
    }

    /// The mentions lying within `from..to` (starting at or after `from`,
    /// ending at or before `to`), with their indices, in text order.
    /// Mentions are sorted by start, so two binary searches find the only
    /// ones that can: sentence- and claim-local lookups cost the window,
    /// not the article.
    pub fn mentions_within(&self, from: usize, to: usize) -> impl DoubleEndedIterator<Item = (usize, &Mention)> {
        let lo = self.mentions.partition_point(|m| m.span.start < from);
        let hi = self.mentions.partition_point(|m| m.span.start <= to).max(lo);
        self.mentions[lo..hi]
            .iter()
            .enumerate()
            .map(move |(k, m)| (lo + k, m))
            .filter(move |(_, m)| m.span.end <= to)
    }

    /// The values lying within `from..to`, in text order (values are sorted
    /// by start, as mentions are).
    pub fn values_within(&self, from: usize, to: usize) -> impl DoubleEndedIterator<Item = &Value> {
        let lo = self.values.partition_point(|v| v.span.start < from);
        let hi = self.values.partition_point(|v| v.span.start <= to).max(lo);
        self.values[lo..hi].iter().filter(move |v| v.span.end <= to)
    }

    /// The index of the sentence holding `span`, the first one if several
    /// do. Sentences are sorted and disjoint: a binary search finds it.
    pub fn sentence_of(&self, span: Span) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end < span.end);
        (i..self.sentences.len())
            .take_while(|&k| self.sentences[k].start <= span.start)
            .find(|&k| span.end <= self.sentences[k].end)
    }
}

/// Whether a title is only a courtesy honorific (`Mr`, `Ms.`, `Dr`), which
/// says nothing about a person's office.
pub fn is_honorific(title: &str) -> bool {
    let word = title.trim();
    let mut chars = word.chars();
    let capitalised: String = chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default();
    !word.contains(' ') && (lexicon::is_bare(Honorific, word) || lexicon::is_bare(Honorific, &capitalised))
}

/// What the linker asks of the gazetteer, and the noun tests it derives
/// from the lexicon: given-name sex, place kind, nickname equivalence,
/// plural person nouns, description nouns. Word classes themselves are
/// asked of [`lexicon`].
pub mod words {
    use super::gazetteer;
    use super::lexicon::{self, Gender, WordClass};
    pub use gazetteer::Place;

    /// The sex of a given name used for one sex only (`Claire`).
    pub fn given_name_gender(w: &str) -> Option<Gender> {
        match gazetteer::get().given_gender(w)? {
            'm' => Some(Gender::Male),
            'f' => Some(Gender::Female),
            _ => None,
        }
    }

    /// What kind of place a name is in the gazetteer, if any.
    pub fn place_kind(name: &str) -> Option<Place> {
        gazetteer::get().place(name).map(|(kind, _)| kind)
    }

    /// Whether two lowercase given names may be one person's (`fred` /
    /// `frederick`).
    pub fn same_given_name(a: &str, b: &str) -> bool {
        gazetteer::get().same_given(a, b)
    }

    /// A plural person noun (`officers`, `men`): a group, never one person.
    pub fn is_plural(w: &str) -> bool {
        let role = |w: &str| lexicon::is(WordClass::PersonRole, w);
        !role(w) && lexicon::singular(w).is_some_and(|s| role(&s))
    }

    /// Whether a lowercase noun heads descriptions (`church`, `bank`).
    pub fn is_description_noun(w: &str) -> bool {
        super::ner::is_description_noun(w)
    }
}

/// Analyse one article. Pure and deterministic; never panics on valid UTF-8.
pub fn analyze(text: &str) -> Analysis {
    let skipped = text::skipped_regions(text);
    let tokens = text::tokenize(text, &skipped);
    let sent_toks = text::sentences(text, &tokens);
    let sentences = sent_toks
        .iter()
        .map(|&(a, b)| Span::new(tokens[a].span.start, tokens[b - 1].span.end))
        .collect();
    let paragraphs = text::paragraphs(&tokens);
    let mentions = ner::mentions(text, &tokens, &sent_toks);
    let date = dates::article_date(text, &tokens);
    let values = values::values(text, &tokens, &sent_toks, date);
    // The orders the `*_within` and `sentence_of` binary searches rely on.
    debug_assert!(mentions.windows(2).all(|w| w[0].span.start <= w[1].span.start));
    debug_assert!(values.windows(2).all(|w| w[0].span.start <= w[1].span.start));
    debug_assert!(
        sent_toks.windows(2).all(|w| w[0].1 <= w[1].0),
        "sentences are disjoint and in order"
    );
    let mut analysis = Analysis {
        sentences,
        mentions,
        paragraphs,
        tokens,
        values,
        date,
        office_in_flux: Vec::new(),
    };
    analysis.office_in_flux = offices::in_flux(text, &analysis);
    analysis
}

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod tests;
