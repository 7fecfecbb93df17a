//! Closed word classes of general news English: titles, honorifics, role
//! and organisation nouns, name suffixes, function words, speech verbs,
//! negators, number words, units and hedges. They describe how news copy
//! is written, not any particular article.
//!
//! Every class lives once, as data, in `lexicon/<class>.txt` (one word or
//! phrase a line) or `lexicon/<class>.tsv` (tab-separated columns: the word,
//! then a value such as a month's number or a noun's gender, then tags),
//! each opening with `#` comment lines that say what belongs in the class.
//! The files are compiled in and parsed once. A [`WordClass`] is a whole
//! file or the rows of a file carrying one tag (`speech_verbs.tsv` tagged
//! `attribution`); membership is [`is`], and the value columns have typed
//! lookups ([`month`], [`honorific_gender`], [`duration`], …).
//!
//! Open classes (places, demonyms, currencies, given names) are in the
//! generated gazetteer, not here.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::{Hedge, Place};

/// The sex a word states (`Ms`, `actress`, `he`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

impl Gender {
    /// `m` → male, `f` → female, as the data files and the gazetteer write it.
    pub fn from_code(c: &str) -> Option<Gender> {
        match c {
            "m" => Some(Gender::Male),
            "f" => Some(Gender::Female),
            _ => None,
        }
    }
}

/// Before or after noon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meridiem {
    Am,
    Pm,
}

/// A fast hash for short words (the multiply-rotate of rustc's FxHash).
/// The tables hold only the lexicon's own words, so input cannot grow a
/// bucket: no need for SipHash's protection, only for its speed on the
/// hot paths that ask about every token.
#[derive(Default)]
struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // Byte by byte: a copy into a buffer would call memcpy.
            self.add(rest.iter().rev().fold(0, |v, &b| v << 8 | u64::from(b)));
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }

    fn finish(&self) -> u64 {
        // The table takes its bucket from the low bits, which a multiply
        // mixes least: bring the well-mixed high bits down.
        self.0.rotate_left(26)
    }
}

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

type Words = HashSet<&'static str, BuildHasherDefault<WordHasher>>;
type Map<K, T> = HashMap<K, T, BuildHasherDefault<WordHasher>>;

/// Declares the data files (`File`) and the word classes read from them
/// (`WordClass`): a class is a whole file, or the rows of a file whose
/// last column carries a tag.
macro_rules! lexicon {
    (
        files { $( $file:ident = $path:literal, )* }
        classes { $( $(#[$doc:meta])* $class:ident = $source:ident $( [$tag:literal] )?, )* }
    ) => {
        /// The data files, in `FILES` order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[allow(clippy::upper_case_acronyms)]
        pub(super) enum File { $( $file, )* }

        /// Name and contents of every data file (paths relative to `lexicon/`,
        /// where the table invoking this macro lives).
        pub(super) const FILES: &[(&str, &str)] = &[ $( ($path, include_str!($path)), )* ];

        /// A closed word class: see the header of its data file for what
        /// belongs in it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum WordClass { $( $(#[$doc])* $class, )* }

        impl WordClass {
            pub const ALL: &[WordClass] = &[ $( WordClass::$class, )* ];

            /// The data file the class is read from, and the tag that
            /// selects its rows (all rows when `None`).
            pub(super) fn source(self) -> (File, Option<&'static str>) {
                match self { $( WordClass::$class => (File::$source, lexicon!(@tag $($tag)?)), )* }
            }
        }
    };
    (@tag) => { None };
    (@tag $tag:literal) => { Some($tag) };
}

mod classes;
pub use classes::WordClass;
use classes::{FILES, File};

/// One file's rows: its non-comment lines split at tabs.
type Rows = Vec<Vec<&'static str>>;

/// Parses a data file: `#` lines and blank lines are comments, every other
/// line is a row of tab-separated cells.
fn parse(contents: &'static str) -> Rows {
    contents
        .lines()
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
        .collect()
}

fn rows(file: File) -> &'static Rows {
    static ROWS: OnceLock<Vec<Rows>> = OnceLock::new();
    &ROWS.get_or_init(|| FILES.iter().map(|(_, c)| parse(c)).collect())[file as usize]
}

/// Whether a row carries a tag in its last column (`attribution,cue`).
fn tagged(row: &[&str], tag: &str) -> bool {
    row.len() > 1 && row[row.len() - 1].split(',').any(|t| t == tag)
}

/// The words of a class, in file order.
pub fn words(class: WordClass) -> &'static [&'static str] {
    &classes()[class as usize].0
}

fn classes() -> &'static [(Vec<&'static str>, Words)] {
    static CLASSES: OnceLock<Vec<(Vec<&'static str>, Words)>> = OnceLock::new();
    CLASSES.get_or_init(|| {
        WordClass::ALL
            .iter()
            .map(|&class| {
                let (file, tag) = class.source();
                let list: Vec<&'static str> = rows(file)
                    .iter()
                    .filter(|r| tag.is_none_or(|t| tagged(r, t)))
                    .map(|r| r[0])
                    .collect();
                let set = list.iter().copied().collect();
                (list, set)
            })
            .collect()
    })
}

/// Whether `w` (exactly as given) belongs to the class.
pub fn is(class: WordClass, w: &str) -> bool {
    classes()[class as usize].1.contains(w)
}

/// Whether `w`, a final abbreviation dot dropped (`Gen.` → `Gen`), belongs
/// to the class.
pub fn is_bare(class: WordClass, w: &str) -> bool {
    is(class, bare(w))
}

/// Whether `w` belongs to the class as written or with its first letter
/// capitalised as at a sentence start (`The` for `the`, not `THE`).
pub fn is_or_capitalised(class: WordClass, w: &str) -> bool {
    if is(class, w) {
        return true;
    }
    let mut buf = [0u8; 24];
    let b = w.as_bytes();
    if b.is_empty() || b.len() > buf.len() || !b[0].is_ascii_uppercase() {
        return false;
    }
    buf[..b.len()].copy_from_slice(b);
    buf[0] = buf[0].to_ascii_lowercase();
    std::str::from_utf8(&buf[..b.len()]).is_ok_and(|l| is(class, l))
}

fn bare(w: &str) -> &str {
    w.strip_suffix('.').unwrap_or(w)
}

/// A map from the first column of a file to a value parsed from another.
fn column<T>(file: File, col: usize, value: impl Fn(&'static str) -> Option<T>) -> Map<&'static str, T> {
    rows(file)
        .iter()
        .filter_map(|r| Some((r[0], value(r.get(col)?)?)))
        .collect()
}

/// A number as the data files write it: `12`, `0.25`, `1e6`, `1/3`.
fn number(s: &str) -> Option<f64> {
    match s.split_once('/') {
        Some((a, b)) => Some(a.parse::<f64>().ok()? / b.parse::<f64>().ok()?),
        None => s.parse().ok(),
    }
}

macro_rules! lookup {
    ($(#[$doc:meta])* $name:ident($arg:ident) -> $t:ty = $file:ident[$col:literal] $parse:expr) => {
        $(#[$doc])*
        pub fn $name($arg: &str) -> Option<$t> {
            static M: OnceLock<Map<&'static str, $t>> = OnceLock::new();
            M.get_or_init(|| column(File::$file, $col, $parse)).get($arg).copied()
        }
    };
}

lookup!(
    /// The month a name or abbreviation (`Sept`) means, 1–12.
    month_bare(w) -> u8 = Months[1] |s| s.parse().ok()
);
lookup!(
    /// The weekday a name or abbreviation (`Thurs`) means, Monday = 0.
    weekday_bare(w) -> u8 = Weekdays[1] |s| s.parse().ok()
);
lookup!(
    /// The value of a cardinal number word (`twelve`, `dozen`, `a`).
    number_word(w) -> f64 = NumberWords[1] number
);
lookup!(
    /// The factor of a scale word (`million`, `bn`).
    scale(w) -> f64 = Scales[1] number
);
lookup!(
    /// The value of a fraction word (`half`, `quarters`).
    fraction(w) -> f64 = Fractions[1] number
);
lookup!(
    /// The length of a unit of time in seconds (`hours` → 3600).
    duration(w) -> f64 = Durations[1] number
);
lookup!(
    /// The unit a measure word is normalised to (`kilometres` → `km`).
    measure(w) -> &'static str = Measures[1] Some
);
lookup!(
    /// The extent of a thing an adjective after a length names (`deep` →
    /// `depth`).
    extent(w) -> &'static str = Extents[1] Some
);
lookup!(
    /// The currency a currency name means (`euros` → `EUR`).
    currency_word(w) -> &'static str = CurrencyWords[1] Some
);
lookup!(
    /// The currency a symbol means (`€` → `EUR`).
    currency_symbol(s) -> &'static str = CurrencySymbols[1] Some
);
lookup!(
    /// The dollar a prefix of `$` means (`NZ` → `NZD`).
    dollar_prefix(p) -> &'static str = DollarPrefixes[1] Some
);
lookup!(
    /// The day relative to the article's date (`yesterday` → -1).
    relative_day(w) -> i64 = RelativeDays[1] |s| s.parse().ok()
);
lookup!(
    /// Minutes after midnight a word for a time of day means (`noon`).
    clock_word(w) -> u16 = ClockWords[1] |s| s.parse().ok()
);
lookup!(
    /// Whether a marker after a clock time is am or pm (`p.m.`).
    meridiem(w) -> Meridiem = Meridiems[1] |s| match s {
        "am" => Some(Meridiem::Am),
        "pm" => Some(Meridiem::Pm),
        _ => None,
    }
);
lookup!(
    /// The function a role performs for a body (`chairman` → `presiding`,
    /// `spokesman` → `speaking`).
    role_function(role) -> &'static str = FunctionRoles[1] Some
);
lookup!(
    /// The rank a compound rank is addressed by (`lieutenant colonel` →
    /// `colonel`), folded.
    rank_address(rank) -> &'static str = Ranks[1] |s| (s != "-").then_some(s)
);
lookup!(
    /// The country a nationality noun names (`Swede` → `Sweden`).
    demonym_noun(w) -> &'static str = DemonymNouns[1] Some
);
lookup!(
    /// The sex a person noun states (`actress`, `chairman`).
    noun_gender(w) -> Gender = GenderedNouns[1] Gender::from_code
);
lookup!(
    /// The sex a third-person pronoun states (`she`, `him`), lowercase.
    pronoun_gender(w) -> Gender = Pronouns[1] Gender::from_code
);
lookup!(
    /// The outcome class a casualty word reports (`killed` → `dead`).
    outcome(w) -> &'static str = Outcomes[1] Some
);
lookup!(
    /// The singular of an irregular plural (`men` → `man`).
    irregular_singular(w) -> &'static str = IrregularPlurals[1] Some
);
lookup!(
    /// The American spelling of a folded British one (`centre` → `center`).
    american_spelling(w) -> &'static str = Spellings[1] Some
);
lookup!(
    /// The kind of gazetteer place a place noun means (`the town` → a city).
    place_noun_kind(w) -> Place = PlaceKindNouns[1] |s| match s {
        "city" => Some(Place::City),
        "country" => Some(Place::Country),
        "region" => Some(Place::Region),
        _ => None,
    }
);

/// The irregular plural of a singular (`man` → `men`, `person` →
/// `people`): [`irregular_singular`] the other way round.
pub fn irregular_plural(singular: &str) -> Option<&'static str> {
    static M: OnceLock<Map<&'static str, &'static str>> = OnceLock::new();
    M.get_or_init(|| {
        rows(File::IrregularPlurals)
            .iter()
            .filter_map(|r| Some((*r.get(1)?, r[0])))
            .collect()
    })
    .get(singular)
    .copied()
}

/// How a figure in a unit converts to the base unit of its dimension:
/// `base = number × factor + offset` (`measures.tsv`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Conversion {
    /// The base unit of the dimension (`m`, `kg`, `°C`).
    pub base: &'static str,
    pub factor: f64,
    pub offset: f64,
    /// Readings below zero occur (temperatures).
    pub signed: bool,
}

impl Conversion {
    /// `x` in the unit, in the base unit; an unbounded end stays unbounded.
    pub fn apply(&self, x: f64) -> f64 {
        x * self.factor + self.offset
    }
}

/// How a unit (as `measure` normalises it: `km`, `°F`) converts to its
/// dimension's base unit; `None` for a unit without one (`deg`, `point`).
pub fn conversion(unit: &str) -> Option<Conversion> {
    static M: OnceLock<Map<&'static str, Conversion>> = OnceLock::new();
    M.get_or_init(|| {
        rows(File::Measures)
            .iter()
            .filter_map(|r| {
                let c = Conversion {
                    base: Some(*r.get(2)?).filter(|b| *b != "-")?,
                    factor: number(r.get(3)?)?,
                    offset: number(r.get(4)?)?,
                    signed: tagged(r, "signed"),
                };
                Some((r[1], c))
            })
            .collect()
    })
    .get(unit)
    .copied()
}

/// The sex an honorific states, given folded (`mr`, `ms`, `dame`).
pub fn honorific_gender(folded: &str) -> Option<Gender> {
    static M: OnceLock<Map<String, Gender>> = OnceLock::new();
    M.get_or_init(|| {
        rows(File::Honorifics)
            .iter()
            .filter_map(|r| Some((r[0].to_lowercase(), Gender::from_code(r.get(1)?)?)))
            .collect()
    })
    .get(folded)
    .copied()
}

/// The state an AP abbreviation with its dot stands for (`Calif.`).
pub fn state_abbreviation(w: &str) -> Option<&'static str> {
    static M: OnceLock<Map<&'static str, &'static str>> = OnceLock::new();
    let b = w.strip_suffix('.')?;
    M.get_or_init(|| column(File::StateAbbreviations, 1, Some))
        .get(b)
        .copied()
}

/// The month a name or abbreviation means, a final dot dropped (`Feb.`).
pub fn month(w: &str) -> Option<u8> {
    month_bare(bare(w))
}

/// The weekday a name or abbreviation means, a final dot dropped (`Wed.`).
pub fn weekday(w: &str) -> Option<u8> {
    weekday_bare(bare(w))
}

/// The full name of a weekday (Monday = 0): the first name `weekdays.tsv`
/// gives its number.
pub fn weekday_name(day: u8) -> Option<&'static str> {
    let day = day.to_string();
    rows(File::Weekdays)
        .iter()
        .find(|r| r.get(1) == Some(&day.as_str()))
        .map(|r| r[0])
}

/// Hedge phrases, split into words, with the hedge each states, in the
/// order they are to be tried.
pub fn hedges() -> &'static [(Vec<&'static str>, Hedge)] {
    static H: OnceLock<Vec<(Vec<&'static str>, Hedge)>> = OnceLock::new();
    H.get_or_init(|| {
        rows(File::Hedges)
            .iter()
            .filter_map(|r| {
                let hedge = match *r.get(1)? {
                    "about" => Hedge::About,
                    "nearly" => Hedge::Nearly,
                    "more-than" => Hedge::MoreThan,
                    "at-least" => Hedge::AtLeast,
                    "less-than" => Hedge::LessThan,
                    "at-most" => Hedge::AtMost,
                    _ => return None,
                };
                Some((r[0].split(' ').collect(), hedge))
            })
            .collect()
    })
}

/// Abbreviations that precede a name and so never end a sentence.
pub fn is_title_abbreviation(w: &str) -> bool {
    let b = bare(w);
    is(WordClass::Honorific, b) || is(WordClass::Title, b) || month_bare(b).is_some()
}

/// ASCII-lowercase `w` into `buf` without allocating; `None` if it does
/// not fit (long words are never in the closed classes tested with this).
pub fn lower<'b>(w: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let b = w.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// Lowercase words that can begin a value: number words, fractions that
/// open a value, the first words of hedges, relative days and clock words.
/// Everything else is skipped without further parsing.
pub fn is_value_starter(lower: &str) -> bool {
    static S: OnceLock<Words> = OnceLock::new();
    S.get_or_init(|| {
        let first = |f: File| rows(f).iter().map(|r| r[0]);
        first(File::NumberWords)
            .chain(
                rows(File::Fractions)
                    .iter()
                    .filter(|r| tagged(r, "opens"))
                    .map(|r| r[0]),
            )
            .chain(hedges().iter().map(|(ws, _)| ws[0]))
            .chain(first(File::RelativeDays))
            .chain(first(File::ClockWords))
            .collect()
    })
    .contains(lower)
}

/// The singular of a regular or common irregular English plural noun, or
/// `None` when `w` does not look plural (`officers` → `officer`, `men` →
/// `man`, `thieves` → `thief`, `people` → `person`).
pub fn singular(w: &str) -> Option<String> {
    if let Some(s) = irregular_singular(w) {
        return Some(s.to_string());
    }
    if w.len() < 4 || !w.ends_with('s') || w.ends_with("ss") || w.ends_with("us") {
        return None;
    }
    if let Some(stem) = w.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    if let Some(stem) = w.strip_suffix("es")
        && (stem.ends_with("ch") || stem.ends_with("sh") || stem.ends_with('x') || stem.ends_with("ss"))
    {
        return Some(stem.to_string());
    }
    Some(w[..w.len() - 1].to_string())
}

#[cfg(test)]
mod tests;
