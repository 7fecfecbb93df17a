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

#[test]
fn units_of_one_dimension_convert_alike() {
    // A row with a base converts by a positive factor and an offset; the
    // rows of one unit agree.
    let mut by_unit: HashMap<&str, (&str, &str, &str)> = HashMap::new();
    for r in rows(File::Measures) {
        if r[2] == "-" {
            assert!(r[3] == "-" && r[4] == "-", "{r:?}");
            continue;
        }
        assert!(number(r[3]).is_some_and(|f| f.is_finite() && f > 0.0), "{r:?}");
        assert!(number(r[4]).is_some_and(f64::is_finite), "{r:?}");
        let before = by_unit.insert(r[1], (r[2], r[3], r[4]));
        assert!(before.is_none_or(|b| b == (r[2], r[3], r[4])), "{r:?}");
    }
    let c = |u: &str| conversion(u).unwrap_or_else(|| panic!("{u}"));
    assert_eq!((c("ft").base, c("km/h").base, c("acre").base), ("m", "m/s", "m²"));
    assert!((c("mi").apply(1.0) - 1609.344).abs() < 1e-9);
    assert!((c("°F").apply(212.0) - 100.0).abs() < 1e-9 && c("°F").signed);
    assert_eq!(conversion("deg"), None);
    assert_eq!(extent("deep"), Some("depth"));
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
    "extents.tsv",
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

#[test]
fn weekday_names_come_from_the_table() {
    assert_eq!(super::weekday_name(0), Some("Monday"));
    assert_eq!(super::weekday_name(6), Some("Sunday"));
    assert_eq!(super::weekday_name(7), None);
    assert_eq!(super::weekday("Thurs").and_then(super::weekday_name), Some("Thursday"));
}
