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
        enum File { $( $file, )* }

        /// Name and contents of every data file.
        const FILES: &[(&str, &str)] = &[ $( ($path, include_str!(concat!("lexicon/", $path))), )* ];

        /// A closed word class: see the header of its data file for what
        /// belongs in it.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum WordClass { $( $(#[$doc])* $class, )* }

        impl WordClass {
            pub const ALL: &[WordClass] = &[ $( WordClass::$class, )* ];

            /// The data file the class is read from, and the tag that
            /// selects its rows (all rows when `None`).
            fn source(self) -> (File, Option<&'static str>) {
                match self { $( WordClass::$class => (File::$source, lexicon!(@tag $($tag)?)), )* }
            }
        }
    };
    (@tag) => { None };
    (@tag $tag:literal) => { Some($tag) };
}

lexicon! {
    files {
        Abbreviations = "abbreviations.txt",
        AnonymousRoles = "anonymous_roles.txt",
        AppointingVerbs = "appointing_verbs.txt",
        Auxiliaries = "auxiliaries.tsv",
        BareNouns = "bare_nouns.txt",
        Boilerplate = "boilerplate.txt",
        CapitalisedCommonNouns = "capitalised_common_nouns.txt",
        ClockWords = "clock_words.tsv",
        CommentatorRoles = "commentator_roles.txt",
        CurrencySymbols = "currency_symbols.tsv",
        CurrencyWords = "currency_words.tsv",
        DemonymNouns = "demonym_nouns.tsv",
        DepartmentWords = "department_words.txt",
        Determiners = "determiners.tsv",
        Distinguishing = "distinguishing.tsv",
        DollarPrefixes = "dollar_prefixes.tsv",
        Durations = "durations.tsv",
        EventNameWords = "event_name_words.txt",
        ExistentialVerbs = "existential_verbs.txt",
        FacNouns = "fac_nouns.txt",
        FacSuffixes = "fac_suffixes.txt",
        FacilityNameWords = "facility_name_words.txt",
        Fractions = "fractions.tsv",
        FunctionRoles = "function_roles.tsv",
        FunctionWords = "function_words.txt",
        FutureCues = "future_cues.tsv",
        GenderedNouns = "gendered_nouns.tsv",
        GenerationalSuffixes = "generational_suffixes.txt",
        GenericFacNouns = "generic_fac_nouns.txt",
        GenericOrgNouns = "generic_org_nouns.txt",
        GenericSubjects = "generic_subjects.txt",
        GluedUnits = "glued_units.txt",
        GpeNouns = "gpe_nouns.txt",
        GpeSuffixes = "gpe_suffixes.txt",
        GroupPlurals = "group_plurals.txt",
        HeadlineMinor = "headline_minor.tsv",
        Hedges = "hedges.tsv",
        Honorifics = "honorifics.tsv",
        IdentifyingVerbs = "identifying_verbs.txt",
        IrregularPlurals = "irregular_plurals.tsv",
        KinNouns = "kin_nouns.txt",
        LegalForms = "legal_forms.txt",
        LightVerbs = "light_verbs.txt",
        LinkingVerbs = "linking_verbs.txt",
        LocNouns = "loc_nouns.txt",
        LocSuffixes = "loc_suffixes.txt",
        MassNouns = "mass_nouns.txt",
        Measures = "measures.tsv",
        Meridiems = "meridiems.tsv",
        Months = "months.tsv",
        NameConnectors = "name_connectors.txt",
        Negators = "negators.tsv",
        NotCountryCodes = "not_country_codes.txt",
        NotNames = "not_names.txt",
        NumberWords = "number_words.tsv",
        OrdinalSuffixes = "ordinal_suffixes.txt",
        OrgHeads = "org_heads.txt",
        OrgNouns = "org_nouns.txt",
        OrgSuffixes = "org_suffixes.txt",
        Outcomes = "outcomes.tsv",
        OutletWords = "outlet_words.txt",
        PartitiveCounts = "partitive_counts.txt",
        PartitivePronouns = "partitive_pronouns.txt",
        PastFrames = "past_frames.txt",
        PersonRoles = "person_roles.txt",
        PlaceKindNouns = "place_kind_nouns.tsv",
        PlaceModifiers = "place_modifiers.txt",
        PlacePreps = "place_preps.tsv",
        ProductNouns = "product_nouns.txt",
        Pronouns = "pronouns.tsv",
        RankWords = "rank_words.tsv",
        Ranks = "ranks.tsv",
        RelativeCopulas = "relative_copulas.txt",
        RelativeDays = "relative_days.tsv",
        RemainsNouns = "remains_nouns.txt",
        ResidentNouns = "resident_nouns.txt",
        RoleLinks = "role_links.txt",
        RoleModifiers = "role_modifiers.txt",
        RoleTime = "role_time.tsv",
        Scales = "scales.tsv",
        SpeechVerbs = "speech_verbs.tsv",
        Spellings = "spellings.tsv",
        SportCues = "sport_cues.txt",
        StateAbbreviations = "state_abbreviations.tsv",
        StopWords = "stop_words.tsv",
        TimeZones = "time_zones.txt",
        Titles = "titles.tsv",
        UpdateVerbs = "update_verbs.txt",
        VerbMarkers = "verb_markers.txt",
        Weekdays = "weekdays.tsv",
        WorkNouns = "work_nouns.txt",
        YearPrepositions = "year_prepositions.txt",
    }
    classes {
        // People: forms of address, titles, roles.
        /// `Mr`, `Dr`, `Sheikh` (capitalised, without the dot).
        Honorific = Honorifics,
        /// Words of a title before a name (`Foreign`, `Minister`, `RB`).
        Title = Titles,
        /// Title words that are an office on their own (`Minister`).
        TitleHead = Titles["head"],
        /// Ministry and office words inside a title (`Affairs`, `Former`).
        DepartmentWord = DepartmentWords,
        /// Lowercase role, occupation and person nouns (`minister`, `man`).
        PersonRole = PersonRoles,
        /// Person nouns that often mean someone unnamed (`the man`).
        AnonymousRole = AnonymousRoles,
        /// People who comment on a story (`a source`, `the spokesman`).
        CommentatorRole = CommentatorRoles,
        /// Family, sex and age nouns (`mother`, `woman`, `teenager`).
        KinNoun = KinNouns,
        /// Nouns after a place for who lives there (`a Schenectady man`).
        ResidentNoun = ResidentNouns,
        /// Role nouns that also modify (`head`, `chief`).
        RoleModifier = RoleModifiers,
        /// A dead person's body (`his remains`).
        RemainsNoun = RemainsNouns,
        /// `as`, `became`: before a role someone is or becomes.
        RoleLink = RoleLinks,
        /// `who was`, `who became` after a name.
        RelativeCopula = RelativeCopulas,
        /// `identified`, `named` before `as`: police copy naming someone.
        IdentifyingVerb = IdentifyingVerbs,
        /// `appointed`, `elected`: between a name and the office given.
        AppointingVerb = AppointingVerbs,
        /// `at the time`, `back then`: opening a sentence set earlier.
        PastFrame = PastFrames,
        /// `jr`, `sr`, `iii` (folded).
        GenerationalSuffix = GenerationalSuffixes,
        /// Title modifiers that make another rung (`deputy`, `vice`).
        RankWord = RankWords,
        /// Military and police ranks, folded (`sergeant`, `chief inspector`).
        Rank = Ranks,
        /// Ranks that after an office word are part of it (`general`).
        PostpositiveRank = Ranks["postpositive"],
        /// Words naming the top rung of an office (`chief`, `head`).
        TopRankWord = RankWords["top"],
        /// Functions held beside an office (`chairman`, `spokesman`).
        FunctionRole = FunctionRoles,
        /// A role that is over (`former`, `late`).
        PastRole = RoleTime["past"],
        /// Words placing a role in time (`former`, `new`).
        RoleTimeWord = RoleTime["placing"],
        /// Before a title, no claim about the present office (`incoming`).
        TitleTimeWord = RoleTime["title"],
        /// After a title, the office is to come (`elect`, `designate`).
        TitleAfterTimeWord = RoleTime["after"],
        /// Words setting one referent apart (`another`, `second`).
        Distinguishing = Distinguishing,
        /// `younger`, `elder`: one of two namesakes.
        Namesake = Distinguishing["namesake"],

        // Description nouns.
        /// Organisation nouns (`company`, `ministry`, `police`).
        OrgNoun = OrgNouns,
        /// Organisation nouns that may mean the main company (`the firm`).
        GenericOrgNoun = GenericOrgNouns,
        /// Political place nouns (`city`, `county`).
        GpeNoun = GpeNouns,
        /// Facility nouns (`hospital`, `bridge`, `rooftop`).
        FacNoun = FacNouns,
        /// Facility nouns that may mean the main facility (`the facility`).
        GenericFacNoun = GenericFacNouns,
        /// Words a care facility's name may drop (`center`, `treatment`).
        FacilityNameWord = FacilityNameWords,
        /// Natural place and ground nouns (`island`, `scene`).
        LocNoun = LocNouns,
        /// Object nouns (`car`, `patch`, `agreement`).
        ProductNoun = ProductNouns,
        /// Mass nouns used bare (`jewellery`, `cash`).
        MassNoun = MassNouns,
        /// Institutions named without an article (`police`, `rehab`).
        BareNoun = BareNouns,
        /// Plural group nouns that cannot be verbs (`men`, `police`).
        GroupPlural = GroupPlurals,
        /// Nouns for a work or its makers (`sequel`, `star`).
        WorkNoun = WorkNouns,
        /// Last words of a news outlet's name (`herald`, `news`).
        OutletWord = OutletWords,
        /// Subjects too generic to key an event (`officials`, `he`).
        GenericSubject = GenericSubjects,

        // The shape of names.
        /// Last words of an organisation's name (`Inc`, `Ministry`).
        OrgSuffix = OrgSuffixes,
        /// First words of an organisation's name before `of` (`Bank`).
        OrgHead = OrgHeads,
        /// Last words of a facility's name (`Airport`, `Street`).
        FacSuffix = FacSuffixes,
        /// Words of a natural location's name (`River`, `Mount`).
        LocSuffix = LocSuffixes,
        /// Last words of a political place's name (`County`, `City`).
        GpeSuffix = GpeSuffixes,
        /// Words that make a name an event (`War`, `Summit`, `Awards`).
        EventNameWord = EventNameWords,
        /// Lowercase words inside a name (`of`, `van`, `al`).
        NameConnector = NameConnectors,
        /// Capitalised words that are no names (`Christmas`, `TV`).
        NotName = NotNames,
        /// Common nouns capitalised before a name (`Internet`).
        CapitalisedCommonNoun = CapitalisedCommonNouns,
        /// Company legal forms, folded (`corp`, `gmbh`).
        LegalForm = LegalForms,
        /// Capitalised function words and openers (`The`, `However`).
        FunctionWord = FunctionWords,
        /// Two capitals that are no country code (`IT`, `TV`).
        NotCountryCode = NotCountryCodes,
        /// Lowercase words of a title-case headline (text wrapping).
        HeadlineWrapWord = HeadlineMinor["wrap"],
        /// Lowercase words of a title-case display line (entities).
        HeadlineDisplayWord = HeadlineMinor["display"],
        /// Lowercase words inside a quoted title of a work.
        WorkTitleWord = HeadlineMinor["title"],

        // Text structure.
        /// Abbreviations that keep their final dot (listed without it).
        Abbreviation = Abbreviations,
        /// Openings of boilerplate lines (any case).
        Boilerplate = Boilerplate,

        // Verbs and function words.
        /// Verbs reporting speech in attribution (`said`, `according`).
        SpeechVerb = SpeechVerbs["attribution"],
        /// Speech verbs after which a name is (weakly) a person.
        SpeakerCue = SpeechVerbs["cue"],
        /// Words before a place name (`in`, `near`, `visited`).
        PlacePrep = PlacePreps,
        /// After one, a one-word city stays the place.
        LocatingPrep = PlacePreps["located"],
        /// Prepositions putting an event at a place (`in`, `near`).
        EventPlacePrep = PlacePreps["event"],
        /// Direction words before a place (`central`, `northern`).
        PlaceModifier = PlaceModifiers,
        /// Prepositions dating a bare year in the past (`in`, `since`).
        YearPreposition = YearPrepositions,
        /// `not`, `never`, `didn't`, `wasn't`, `weren't`.
        Negator = Negators,
        /// Negators a base verb form follows (`did not attend`).
        BaseNegator = Negators["base"],
        /// Auxiliaries, copulas and modals.
        Auxiliary = Auxiliaries,
        /// `did`, `was`, `were`: where a negated verb group opens.
        NegatedAuxiliary = Auxiliaries["negation"],
        /// After one a noun-like word is a verb (`to`, `will`, `did`).
        VerbMarker = VerbMarkers,
        /// After `there`, existential (`is`, `seems`, `remain`).
        ExistentialVerb = ExistentialVerbs,
        /// In a sentence with one, a weekday points forward.
        ForwardCue = FutureCues["forward"],
        /// Before an event word, the event has not happened.
        UnrealCue = FutureCues["unreal"],
        /// Light verbs, as stems (`begin`, `take`, `continu`).
        LightVerb = LightVerbs,
        /// A figure reported as a change (`rose`, `revised`).
        UpdateVerb = UpdateVerbs,
        /// Verbs linking a subject to its figure (`reached`, `stood`).
        LinkingVerb = LinkingVerbs,
        /// Words of a sports report (`beat`, `final`).
        SportCue = SportCues,
        /// Stop words of a description (see `stop_words.tsv`).
        DescriptorStop = StopWords["descriptor"],
        /// Stop words of a role phrase before a name.
        RoleStop = StopWords["role"],
        /// Words never counted by a count.
        CountStop = StopWords["count"],
        /// Words never what a figure measures.
        MeasureStop = StopWords["measure"],
        /// Words after a name that end the phrase it would modify.
        AfterNameStop = StopWords["after-name"],
        /// Stop words of a clause's subject.
        SubjectStop = StopWords["subject"],
        /// Stop words of a verb's object.
        ObjectStop = StopWords["object"],
        /// Never the head of an object (`him`, `away`, `again`).
        NotObject = StopWords["not-object"],
        /// Words that end a clause (`when`, `because`, `which`).
        ClauseWord = StopWords["clause"],
        /// Too vague to be what a figure counts (`people`, `others`).
        Vague = StopWords["vague"],
        /// Not a content word of a title (`of`, `for`, `and`, `the`).
        TitleFunctionWord = StopWords["title"],

        // Determiners and pronouns.
        /// `the`, `a`, `an`.
        Article = Determiners["article"],
        /// `the`.
        Definite = Determiners["definite"],
        /// `a`, `an`.
        Indefinite = Determiners["indefinite"],
        /// `his`, `her`, `their`, …
        PossessiveDeterminer = Determiners["possessive"],
        /// `this`, `that`, `these`, `those`.
        Demonstrative = Determiners["demonstrative"],
        /// Determiners opening an event's subject or object phrase.
        PhraseDeterminer = Determiners["phrase"],
        /// Determiners between a linking verb and its noun.
        FigureDeterminer = Determiners["figure"],
        /// `him`, `her`, `them`.
        ObjectPronoun = Pronouns["object"],
        /// `his`, `her` as possessives.
        PossessivePronoun = Pronouns["possessive"],
        /// Pronouns that, capitalised, open a sentence about the last person.
        OpenerPronoun = Pronouns["opener"],
        /// `them`, `those`, `whom`, `which` after `of`.
        PartitivePronoun = PartitivePronouns,
        /// Number words and quantifiers before `of` (`nine`, `most`).
        PartitiveCount = PartitiveCounts,

        // Numbers, units, time.
        /// `st`, `nd`, `rd`, `th` after digits.
        OrdinalSuffix = OrdinalSuffixes,
        /// Time-zone abbreviations (`GMT`, `EST`).
        TimeZone = TimeZones,
        /// Units written against the digits (`mph`, `kms`).
        GluedUnit = GluedUnits,
        /// Scale words `a` counts as one before (`a dozen`).
        ScaleAfterA = Scales["after-a"],
    }
}

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
mod tests {
    use super::*;

    /// The number of columns a file's `# columns:` line names (commas
    /// inside parentheses do not count), 1 for a `.txt` file.
    fn declared_columns(name: &str, contents: &str) -> usize {
        let line = contents.lines().find_map(|l| l.strip_prefix("# columns: "));
        if name.ends_with(".txt") {
            assert!(line.is_none(), "{name}: a .txt file has one column");
            return 1;
        }
        let line = line.unwrap_or_else(|| panic!("{name}: a .tsv file names its columns"));
        let mut depth = 0i32;
        1 + line
            .chars()
            .filter(|&c| {
                depth += i32::from(c == '(') - i32::from(c == ')');
                c == ',' && depth == 0
            })
            .count()
    }

    #[test]
    fn data_files_parse_with_a_header_and_no_repeated_word() {
        for &(name, contents) in FILES {
            let header: Vec<&str> = contents.lines().take_while(|l| l.starts_with('#')).collect();
            let described: usize = header
                .iter()
                .filter(|l| !l.starts_with("# columns:"))
                .map(|l| l.len())
                .sum();
            assert!(
                described > 80,
                "{name}: opens with # lines saying what belongs in the class"
            );
            let columns = declared_columns(name, contents);
            let rows = parse(contents);
            assert!(!rows.is_empty(), "{name}: no rows");
            let mut seen = HashSet::new();
            for row in &rows {
                assert_eq!(row.len(), columns, "{name}: {row:?} has {} columns", row.len());
                for cell in row {
                    assert!(
                        !cell.is_empty() && cell.trim() == *cell,
                        "{name}: cell {cell:?} in {row:?}"
                    );
                }
                // Boilerplate is compared without regard to case.
                let key = if name == "boilerplate.txt" {
                    row[0].to_lowercase()
                } else {
                    row[0].to_string()
                };
                assert!(seen.insert(key), "{name}: {} appears twice", row[0]);
            }
            // Every tag used is explained in the header.
            let tags: HashSet<&str> = rows.iter().flat_map(|r| r[r.len() - 1].split(',')).collect();
            if contents
                .lines()
                .any(|l| l.starts_with("# columns: ") && l.ends_with("tags"))
            {
                for tag in tags.into_iter().filter(|&t| t != "-") {
                    assert!(
                        header.iter().any(|l| l.split_whitespace().nth(1) == Some(tag)),
                        "{name}: tag {tag} is not explained in the header"
                    );
                }
            }
        }
    }

    #[test]
    fn every_class_has_words_and_every_value_parses() {
        for &class in WordClass::ALL {
            assert!(!words(class).is_empty(), "{class:?} is empty");
        }
        let all = |file: File, n: usize| assert_eq!(rows(file).len(), n, "{}", FILES[file as usize].0);
        let valued = |file: File, parse: &dyn Fn(&str) -> bool| {
            for r in rows(file) {
                assert!(parse(r[1]), "{}: {:?}", FILES[file as usize].0, r);
            }
        };
        let gender = |s: &str| matches!(s, "m" | "f" | "-");
        valued(File::Honorifics, &gender);
        valued(File::GenderedNouns, &|s| Gender::from_code(s).is_some());
        valued(File::Pronouns, &gender);
        valued(File::Months, &|s| s.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m)));
        valued(File::Weekdays, &|s| s.parse::<u8>().is_ok_and(|d| d < 7));
        let finite = |s: &str| number(s).is_some_and(f64::is_finite);
        valued(File::NumberWords, &finite);
        valued(File::Scales, &finite);
        valued(File::Fractions, &finite);
        valued(File::Durations, &finite);
        valued(File::RelativeDays, &|s| s.parse::<i64>().is_ok());
        valued(File::ClockWords, &|s| s.parse::<u16>().is_ok_and(|m| m < 24 * 60));
        valued(File::Meridiems, &|s| matches!(s, "am" | "pm"));
        valued(File::PlaceKindNouns, &|s| matches!(s, "city" | "country" | "region"));
        valued(File::Outcomes, &|s| {
            ["dead", "injured", "missing", "arrested", "evacuated"].contains(&s)
        });
        // A compound rank is addressed by another rank of the file.
        valued(File::Ranks, &|s| s == "-" || is(WordClass::Rank, s));
        all(File::Hedges, hedges().len());
        assert_eq!(month("Sept."), Some(9));
        assert_eq!(fraction("thirds"), Some(1.0 / 3.0));
        assert_eq!(honorific_gender("ms"), Some(Gender::Female));
        assert_eq!(state_abbreviation("Calif."), Some("California"));
        assert!(is_bare(WordClass::Title, "Gen.") && !is(WordClass::Title, "Gen."));
        assert!(is_or_capitalised(WordClass::Article, "The") && !is_or_capitalised(WordClass::Article, "THE"));
    }

    /// Classes of function words, units and spellings: grammar words recur
    /// across them by nature (`of` ends phrases, connects names, dates a
    /// year), so their overlaps are not listed.
    const GRAMMAR: &[&str] = &[
        "abbreviations.txt",
        "auxiliaries.tsv",
        "currency_words.tsv",
        "determiners.tsv",
        "distinguishing.tsv",
        "dollar_prefixes.tsv",
        "durations.tsv",
        "existential_verbs.txt",
        "fractions.tsv",
        "function_words.txt",
        "future_cues.tsv",
        "generic_subjects.txt",
        "glued_units.txt",
        "group_plurals.txt",
        "headline_minor.tsv",
        "hedges.tsv",
        "irregular_plurals.tsv",
        "legal_forms.txt",
        "linking_verbs.txt",
        "measures.tsv",
        "meridiems.tsv",
        "months.tsv",
        "name_connectors.txt",
        "negators.tsv",
        "number_words.tsv",
        "partitive_counts.txt",
        "partitive_pronouns.txt",
        "place_preps.tsv",
        "pronouns.tsv",
        "rank_words.tsv",
        "remains_nouns.txt",
        "role_links.txt",
        "scales.tsv",
        "speech_verbs.tsv",
        "spellings.tsv",
        "sport_cues.txt",
        "state_abbreviations.tsv",
        "stop_words.tsv",
        "verb_markers.txt",
        "weekdays.tsv",
        "year_prepositions.txt",
    ];

    /// Content-word classes that share words, and why.
    const OVERLAPS: &[(&str, &str, &str)] = &[
        (
            "anonymous_roles.txt",
            "commentator_roles.txt",
            "an unnamed source is both",
        ),
        (
            "anonymous_roles.txt",
            "function_roles.tsv",
            "`the spokesman`: unnamed, and a function",
        ),
        ("anonymous_roles.txt", "gendered_nouns.tsv", "`the man`, `the mother`"),
        ("anonymous_roles.txt", "kin_nouns.txt", "`the man`, `the mother`"),
        ("anonymous_roles.txt", "person_roles.txt", "a subclass of person roles"),
        (
            "anonymous_roles.txt",
            "ranks.tsv",
            "`the trooper`: a rank and an unnamed officer",
        ),
        ("anonymous_roles.txt", "resident_nouns.txt", "`a Schenectady man`"),
        (
            "appointing_verbs.txt",
            "identifying_verbs.txt",
            "`named`: put in an office, or identified",
        ),
        ("bare_nouns.txt", "fac_nouns.txt", "`sent to prison`"),
        ("bare_nouns.txt", "facility_name_words.txt", "`rehab`"),
        ("bare_nouns.txt", "generic_fac_nouns.txt", "`rehab`"),
        ("bare_nouns.txt", "org_nouns.txt", "`police said`"),
        (
            "commentator_roles.txt",
            "function_roles.tsv",
            "`spokesman`: a commentator and a function",
        ),
        ("commentator_roles.txt", "gendered_nouns.tsv", "`spokeswoman`"),
        (
            "commentator_roles.txt",
            "person_roles.txt",
            "all but `representative` (a title word)",
        ),
        ("demonym_nouns.tsv", "gendered_nouns.tsv", "`Frenchwoman`"),
        ("department_words.txt", "org_suffixes.txt", "`Services`"),
        ("department_words.txt", "titles.tsv", "`General`"),
        (
            "event_name_words.txt",
            "org_suffixes.txt",
            "`Congress`: the event or the legislature",
        ),
        ("fac_nouns.txt", "facility_name_words.txt", "`center`, `clinic`"),
        ("fac_nouns.txt", "generic_fac_nouns.txt", "all but `premises`"),
        ("fac_nouns.txt", "org_nouns.txt", "`school`"),
        ("fac_suffixes.txt", "org_heads.txt", "`Church`"),
        (
            "fac_suffixes.txt",
            "org_suffixes.txt",
            "`Centre`: a building or an institution",
        ),
        (
            "facility_name_words.txt",
            "generic_fac_nouns.txt",
            "`facility`, `center`",
        ),
        ("function_roles.tsv", "gendered_nouns.tsv", "`chairman`, `spokeswoman`"),
        ("function_roles.tsv", "person_roles.txt", "a function is a person role"),
        ("gendered_nouns.tsv", "kin_nouns.txt", "`mother`, `son`"),
        ("gendered_nouns.tsv", "person_roles.txt", "`actress`, `chairman`"),
        ("gendered_nouns.tsv", "resident_nouns.txt", "`a Vancouver man`"),
        ("gendered_nouns.tsv", "work_nouns.txt", "`actress`"),
        (
            "generic_org_nouns.txt",
            "org_nouns.txt",
            "a subclass of organisation nouns",
        ),
        ("gpe_nouns.txt", "place_kind_nouns.tsv", "the kinds of place nouns"),
        ("gpe_suffixes.txt", "titles.tsv", "`City Clerk`, `Quezon City`"),
        (
            "honorifics.tsv",
            "titles.tsv",
            "`Dr`, `Lady`, `Sheikh` build titles too",
        ),
        ("kin_nouns.txt", "person_roles.txt", "family nouns are person nouns"),
        ("kin_nouns.txt", "resident_nouns.txt", "`a Vancouver man`"),
        ("loc_nouns.txt", "place_kind_nouns.tsv", "`region`"),
        ("mass_nouns.txt", "product_nouns.txt", "`software`"),
        ("not_country_codes.txt", "not_names.txt", "`TV`, `OK`"),
        ("org_heads.txt", "org_suffixes.txt", "`Bank` opens and ends names"),
        ("org_heads.txt", "titles.tsv", "`Federal`, `National`, `Party`"),
        (
            "org_suffixes.txt",
            "titles.tsv",
            "`Health` (`Health Minister`, `Banksia Health`)",
        ),
        (
            "person_roles.txt",
            "ranks.tsv",
            "`captain`, `inspector`: ranks are person roles",
        ),
        ("person_roles.txt", "resident_nouns.txt", "`a Vancouver man`"),
        ("person_roles.txt", "role_modifiers.txt", "a subclass of person roles"),
        ("person_roles.txt", "work_nouns.txt", "`the \"Mean Girls\" star`"),
        ("product_nouns.txt", "work_nouns.txt", "`the \"Twilight\" sequel`"),
    ];

    #[test]
    fn overlapping_classes_are_documented() {
        let sets: Vec<(&str, HashSet<&str>)> = FILES
            .iter()
            .map(|&(name, c)| (name, parse(c).into_iter().map(|r| r[0]).collect()))
            .collect();
        let mut found = Vec::new();
        for (i, (a, sa)) in sets.iter().enumerate() {
            for (b, sb) in &sets[i + 1..] {
                let shared = sa.intersection(sb).count();
                if shared > 0 {
                    println!("{a} ∩ {b}: {shared}");
                    if !GRAMMAR.contains(a) && !GRAMMAR.contains(b) {
                        found.push((*a, *b));
                    }
                }
            }
        }
        let documented: Vec<(&str, &str)> = OVERLAPS.iter().map(|&(a, b, _)| (a, b)).collect();
        assert_eq!(found, documented, "content classes overlap differently from OVERLAPS");
        for name in GRAMMAR {
            assert!(FILES.iter().any(|(n, _)| n == name), "{name} is no data file");
        }
    }
}
