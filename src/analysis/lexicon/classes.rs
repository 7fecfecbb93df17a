//! The lexicon's table: every data file under `lexicon/` and the word
//! classes read from it (see `lexicon!` in `lexicon.rs`). Data, not code:
//! a new class is one line here and one file beside it.

lexicon! {
    files {
        Abbreviations = "abbreviations.txt",
        AnonymousRoles = "anonymous_roles.txt",
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
        Extents = "extents.tsv",
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
        LightVerbs = "light_verbs.tsv",
        LinkingVerbs = "linking_verbs.txt",
        LocNouns = "loc_nouns.txt",
        LocSuffixes = "loc_suffixes.txt",
        MassNouns = "mass_nouns.txt",
        Measures = "measures.tsv",
        Meridiems = "meridiems.tsv",
        Months = "months.tsv",
        NameConnectors = "name_connectors.txt",
        Negators = "negators.tsv",
        WindowWords = "window_words.txt",
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
        /// Light verbs that name an event only with their object (`took
        /// place`, `made landfall`).
        ObjectLightVerb = LightVerbs["object"],
        /// A figure reported as a change (`rose`, `revised`).
        UpdateVerb = UpdateVerbs,
        /// Verbs linking a subject to its figure (`reached`, `stood`).
        LinkingVerb = LinkingVerbs,
        /// Words making a duration after them a window or a running length
        /// (`after 12 hours`, `the past eight days`).
        WindowWord = WindowWords,
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
        /// Words opening a clause of another event than the sentence's
        /// main one (`after`, `who`).
        OtherEventClause = StopWords["other-event"],
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
        /// `he`, `she`: the subject of a speech verb crediting a quote.
        SubjectPronoun = Pronouns["subject"],
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
        /// Units of measure read only against the digits, as written (`40C`).
        GluedMeasure = Measures["glued"],
        /// Words after a length naming the extent it gives (`deep`).
        ExtentWord = Extents["after"],
        /// Verbs before a length giving their subject's (`ran`).
        ExtentVerb = Extents["verb"],
        /// Directions after a distance (`north of`).
        Bearing = Extents["bearing"],
        /// Comparatives after a size (`warmer`): a difference.
        Comparative = Extents["comparative"],
        /// Scale words `a` counts as one before (`a dozen`).
        ScaleAfterA = Scales["after-a"],
    }
}
