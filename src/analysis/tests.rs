//! Behaviour tests for the whole pipeline, robustness on pathological and
//! random input (the CI stand-in for the cargo-fuzz target in `fuzz/`).

use super::*;

fn find<'a>(a: &'a Analysis, text: &str, s: &str) -> Option<&'a Mention> {
    a.mentions.iter().find(|m| m.span.text(text) == s)
}

fn check_invariants(text: &str, a: &Analysis) {
    let mut last = 0;
    for m in &a.mentions {
        assert!(m.span.start >= last && m.span.start < m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        last = m.span.end;
    }
    let mut last = 0;
    for s in &a.sentences {
        assert!(s.start >= last && s.start < s.end && s.end <= text.len());
        last = s.end;
    }
    for t in &a.tokens {
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
    }
    for v in &a.values {
        assert!(v.span.start < v.span.end && v.span.end <= text.len());
    }
}

#[test]
fn titles_possessives_and_acronyms() {
    let text = "SEOUL, April 26, 2019 (Reuters) - Russian President Vladimir Putin met \
North Korea’s Kim Jong-un in Vladivostok. Kim’s envoy, Foreign Minister Ri Yong-ho, \
spoke to Andrei Lankov, a professor at Seoul's Kookmin University. The Korean Central \
News Agency (KCNA) said Mr. Putin was pleased. KCNA later said the Russian president left.";
    let a = analyze(text);
    check_invariants(text, &a);
    let putin = find(&a, text, "Russian President Vladimir Putin").expect("titled name");
    assert_eq!((putin.ty, putin.name.as_str()), (EntityType::Person, "Vladimir Putin"));
    assert_eq!(putin.title.map(|t| t.text(text)), Some("Russian President"));
    let kim = find(&a, text, "Kim").expect("possessive stripped");
    assert_eq!(kim.ty, EntityType::Person);
    assert_eq!(
        find(&a, text, "Foreign Minister Ri Yong-ho").map(|m| m.ty),
        Some(EntityType::Person)
    );
    assert_eq!(find(&a, text, "Andrei Lankov").map(|m| m.ty), Some(EntityType::Person));
    assert_eq!(
        find(&a, text, "Kookmin University").map(|m| m.ty),
        Some(EntityType::Org)
    );
    assert_eq!(find(&a, text, "Seoul").map(|m| m.ty), Some(EntityType::Gpe));
    assert_eq!(find(&a, text, "SEOUL").map(|m| m.ty), Some(EntityType::Gpe));
    let kcna = a
        .mentions
        .iter()
        .filter(|m| m.span.text(text) == "KCNA")
        .collect::<Vec<_>>();
    assert_eq!(kcna.len(), 2);
    assert!(
        kcna.iter()
            .all(|m| m.ty == EntityType::Org && m.kind == MentionKind::Acronym)
    );
    assert_eq!(kcna[0].canonical.as_deref(), Some("Korean Central News Agency"));
    let norp = find(&a, text, "the Russian president").expect("descriptor over demonym");
    assert_eq!(norp.kind, MentionKind::Descriptor);
    assert_eq!((norp.ty, norp.name.as_str()), (EntityType::Person, "Russian president"));
    let nk = find(&a, text, "North Korea").expect("country before possessive");
    assert_eq!((nk.ty, nk.canonical.as_deref()), (EntityType::Gpe, None));
    assert_eq!(a.date.map(|d| d.date), Some(Date::ymd(2019, 4, 26)));
}

#[test]
fn a_capitalised_role_noun_before_a_name_is_not_part_of_it() {
    let text = "Singer Laura Brennick cancelled her tour. Brennick said she was tired.";
    let a = analyze(text);
    let m = find(&a, text, "Laura Brennick").expect("name without the role noun");
    assert_eq!((m.ty, m.name.as_str()), (EntityType::Person, "Laura Brennick"));
    assert!(find(&a, text, "Singer Laura Brennick").is_none());
    // A sports position before a player's name is a title; the team stays apart.
    let text = "He said Saints RB Pierre Thomas scored twice.";
    let a = analyze(text);
    let m = find(&a, text, "RB Pierre Thomas").expect("titled name");
    assert_eq!((m.ty, m.name.as_str()), (EntityType::Person, "Pierre Thomas"));
}

#[test]
fn ages_and_nationality_nouns_head_descriptions() {
    let text = "Anders Holm, 29, lost. The 29-year-old Dane shrugged. The Dane left; the Danes cheered. \
                The American economy grew.";
    let a = analyze(text);
    for d in ["The 29-year-old Dane", "The Dane"] {
        let m = find(&a, text, d).unwrap_or_else(|| panic!("{d}: {:?}", a.mentions));
        assert_eq!((m.ty, m.kind), (EntityType::Person, MentionKind::Descriptor));
    }
    assert_eq!(find(&a, text, "Danes").map(|m| m.kind), Some(MentionKind::Demonym));
    assert!(find(&a, text, "The American").is_none());
}

#[test]
fn indefinite_possessive_counted_and_bare_descriptions() {
    let text = "A former employee opened fire, police said. Her lawyer, Mark Heller, spoke. \
                Lohan’s publicist declined. Two transport officers were hurt. \
                The Mean Girls actress checked into rehab. The Surgeon General agreed. \
                The President Vladimir Putin spoke of the police officers.";
    let a = analyze(text);
    check_invariants(text, &a);
    let kind = |s: &str| find(&a, text, s).map(|m| (m.ty, m.kind));
    let desc = |ty| Some((ty, MentionKind::Descriptor));
    assert_eq!(kind("A former employee"), desc(EntityType::Person));
    assert_eq!(kind("police"), desc(EntityType::Org));
    assert_eq!(kind("Her lawyer"), desc(EntityType::Person));
    assert_eq!(kind("publicist"), desc(EntityType::Person));
    assert_eq!(kind("Two transport officers"), desc(EntityType::Person));
    // A capitalised modifier stays outside: the description starts after it.
    assert_eq!(kind("actress"), desc(EntityType::Person));
    assert_eq!(kind("rehab"), desc(EntityType::Fac));
    assert_eq!(kind("The Surgeon General"), desc(EntityType::Person));
    // An office before a name is the name's title, not a description.
    assert!(find(&a, text, "The President").is_none());
    // `police officers`: the noun heads, the bare institution word does not.
    assert_eq!(kind("the police officers"), desc(EntityType::Person));
    // Objects an event involves, one or several.
    let text = "Thieves rammed an SUV into the store. The bombs were found. Microsoft issued a patch.";
    let a = analyze(text);
    let kind = |s: &str| find(&a, text, s).map(|m| (m.ty, m.kind));
    assert_eq!(kind("an SUV"), None, "a capitalised noun is not a description head");
    assert_eq!(kind("The bombs"), desc(EntityType::Product));
    assert_eq!(kind("a patch"), desc(EntityType::Product));
}

#[test]
fn nouns_without_an_article_are_descriptions_where_news_drops_it() {
    let text = "Hit and run leaves woman dead\n\nAngry protesters stormed parliament as NYPD officers \
                watched. Thieves grabbed jewellery from seven villages. DeGeneres hosts the show and \
                wants to host again. The coach said the police officers left.";
    let a = analyze(text);
    check_invariants(text, &a);
    let opener = |s: &str| find(&a, text, s).map(|m| (m.ty, m.opener));
    // A headline drops its articles.
    assert_eq!(opener("woman"), Some((EntityType::Person, Opener::Definite)));
    // Plural groups and things, mass nouns: someone or something new.
    assert_eq!(opener("protesters"), Some((EntityType::Person, Opener::Indefinite)));
    assert_eq!(opener("officers"), Some((EntityType::Person, Opener::Indefinite)));
    assert_eq!(opener("jewellery"), Some((EntityType::Product, Opener::Indefinite)));
    assert_eq!(opener("parliament"), Some((EntityType::Org, Opener::Definite)));
    assert_eq!(opener("seven villages"), Some((EntityType::Gpe, Opener::Indefinite)));
    // Verbs that look like nouns, and a bare singular in body text.
    assert!(find(&a, text, "hosts").is_none());
    assert!(find(&a, text, "host").is_none());
    assert!(find(&a, text, "police").is_none(), "it modifies `officers`");
    let text = "He was named coach on Friday.";
    assert!(find(&analyze(text), text, "coach").is_none());
    // Re-typeset copy spaces its hyphens.
    let text = "A 36 - year - old Australian climber died. A hit - and - run driver fled.";
    let a = analyze(text);
    assert_eq!(
        find(&a, text, "A 36 - year - old Australian climber").map(|m| m.name.as_str()),
        Some("36-year-old Australian climber")
    );
    assert!(find(&a, text, "A hit - and - run driver").is_some());
}

#[test]
fn headlines_keep_to_their_line_and_to_the_body_names() {
    let text = "Thompson II Results: Wladimir Klitschko Cruises Again, Wins in Six\n\
                on Jul 7 2012, 5:55p\n\
                Wladimir Klitschko won his fight. Considering Klitschko's record, Tony Thompson did well. \
                Olympic swimmer Esther Williams died.";
    let a = analyze(text);
    check_invariants(text, &a);
    // The headline is its own sentence and only yields the body's names.
    assert!(a.sentences[0].text(text).ends_with("Wins in Six"));
    let first: Vec<&str> = a
        .mentions
        .iter()
        .filter(|m| m.span.end <= a.sentences[0].end)
        .map(|m| m.span.text(text))
        .collect();
    assert!(first.contains(&"Wladimir Klitschko"), "{first:?}");
    assert!(first.iter().all(|m| !m.contains("Cruises")), "{first:?}");
    // A headline's capitalised common nouns describe someone; one-word names
    // the body uses are found too.
    let text3 = "Gunman Kills Deputy as Protesters Gather Outside Microsoft Offices\n\nA man shot a deputy. \
                 Officials at Microsoft said so.";
    let c = analyze(text3);
    check_invariants(text3, &c);
    let kind = |s: &str| find(&c, text3, s).map(|m| (m.ty, m.kind));
    assert_eq!(kind("Gunman"), Some((EntityType::Person, MentionKind::Descriptor)));
    assert_eq!(kind("Protesters"), Some((EntityType::Person, MentionKind::Descriptor)));
    assert_eq!(kind("Microsoft").map(|k| k.1), Some(MentionKind::Name));
    // Verbs look like nouns in headlines: `to Host`, `Hosts`.
    let text4 = "Ellen DeGeneres to Host Oscars Again\n\nEllen DeGeneres will host the show.";
    let d = analyze(text4);
    assert!(find(&d, text4, "Host").is_none(), "{:?}", d.mentions);
    // A participle opening a sentence is not part of the name after it.
    assert!(find(&a, text, "Klitschko").is_some());
    assert!(a.mentions.iter().all(|m| !m.name.starts_with("Considering")));
    // So is one set off by commas after it, and a noun joined to another.
    let text2 = "Esther Williams, swimming star, dies. John Jenkin killed his mother and sister.";
    let b = analyze(text2);
    assert_eq!(
        find(&b, text2, "swimming star").map(|m| m.kind),
        Some(MentionKind::Descriptor)
    );
    assert_eq!(find(&b, text2, "sister").map(|m| m.kind), Some(MentionKind::Descriptor));
    // A role straight before a name is a description of its own.
    assert_eq!(find(&a, text, "swimmer").map(|m| m.kind), Some(MentionKind::Descriptor));
    assert!(find(&a, text, "Esther Williams").is_some());
}

#[test]
fn a_quoted_nickname_inside_a_name_is_left_out_of_it() {
    let text = "Vincent \"The Chin\" Gigante died. Vincent ‘The Chin’ Gigante was 77. \"Go,\" Smith said.";
    let a = analyze(text);
    check_invariants(text, &a);
    let names: Vec<&str> = a.mentions.iter().map(|m| m.name.as_str()).collect();
    assert_eq!(
        names.iter().filter(|n| **n == "Vincent Gigante").count(),
        2,
        "{names:?}"
    );
    assert!(find(&a, text, "Vincent \"The Chin\" Gigante").is_some());
}

#[test]
fn one_name_one_type() {
    let text = "Analysts at Lionsgate said on Monday the deal was done. Lionsgate shares rose.";
    let a = analyze(text);
    let tys: Vec<_> = a
        .mentions
        .iter()
        .filter(|m| m.name == "Lionsgate")
        .map(|m| m.ty)
        .collect();
    assert_eq!(tys.len(), 2);
    assert!(tys.iter().all(|&t| t == tys[0]));
}

#[test]
fn a_number_glued_to_a_word_is_part_of_a_team_name() {
    let text = "The Philadelphia 76ers fired their coach. The 76ers are 9-14 in the 1990s style. \
                He ran 10km at 20mph.";
    let a = analyze(text);
    check_invariants(text, &a);
    let m = find(&a, text, "Philadelphia 76ers").expect("the team");
    assert_eq!((m.ty, m.name.as_str()), (EntityType::Org, "Philadelphia 76ers"));
    assert_eq!(find(&a, text, "76ers").map(|m| m.ty), Some(EntityType::Org));
    for not in ["1990s", "10km", "20mph"] {
        assert!(find(&a, text, not).is_none(), "{not}");
    }
}

#[test]
fn pathological_inputs_stay_bounded() {
    // A 2 MB line without spaces: one token, one sentence, no mentions.
    let long = "x".repeat(2 << 20);
    let a = analyze(&long);
    assert_eq!(a.tokens.len(), 1);
    assert_eq!(a.sentences.len(), 1);
    assert!(a.mentions.is_empty());
    // 100,000 capitalised words in a row: every word tokenised once, mentions
    // disjoint and no more than the words.
    let caps = "Abc ".repeat(100_000);
    let a = analyze(&caps);
    check_invariants(&caps, &a);
    assert_eq!(a.tokens.len(), 100_000);
    assert!(a.mentions.len() <= 100_000);
    // Thousands of nested quotes and brackets.
    let nested = format!("{}Word{}", "“‘\"(".repeat(5000), ")\"’”".repeat(5000));
    let a = analyze(&nested);
    check_invariants(&nested, &a);
    assert_eq!(a.tokens.len(), 40_001);
    // Many demonyms inside descriptions, and many names.
    let many = "the Russian president met Vladimir Putin. ".repeat(20_000);
    let a = analyze(&many);
    check_invariants(&many, &a);
    assert_eq!(a.mentions.len(), 40_000);
    // Endless digits and dashes.
    let nums = "1-2-3-4-5-".repeat(50_000);
    let a = analyze(&nums);
    check_invariants(&nums, &a);
    assert!(a.values.len() <= a.tokens.len());
}

/// A small deterministic generator (xorshift) so the test needs no crate.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_inputs_never_panic() {
    const PIECES: &[&str] = &[
        "Mr.",
        "Dr",
        " ",
        "\n",
        "\n\n",
        ".",
        "'s",
        "’s",
        "\"",
        "“",
        "”",
        "-",
        "—",
        "(",
        ")",
        "$",
        "€",
        "1",
        "2,000",
        "7:40",
        "a.m.",
        "%",
        "U.S.",
        "Kim",
        "Jong-un",
        "President",
        "the",
        "minister",
        "of",
        "Bank",
        "LAGOS",
        ",",
        "June",
        "9",
        "2019",
        "Monday",
        "nearly",
        "two",
        "half",
        "an",
        "hour",
        "é",
        "ß",
        "İ",
        "ﬁ",
        "\u{200b}",
        "🙂",
        "```",
        "---",
        "#",
        "*",
        "bn",
        "year-old",
        "and",
        "a",
        "quarter",
        "-",
        "Click here",
        "\r\n",
        "ǅ",
        "Ⅻ",
        "٣",
        "\t",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3000 {
        let n = (rng.next() % 60) as usize;
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(PIECES[(rng.next() % PIECES.len() as u64) as usize]);
            if rng.next().is_multiple_of(3) {
                s.push(' ');
            }
        }
        let a = analyze(&s);
        check_invariants(&s, &a);
    }
    // Arbitrary code points too.
    for _ in 0..2000 {
        let n = (rng.next() % 40) as usize;
        let s: String = (0..n)
            .filter_map(|_| char::from_u32((rng.next() % 0x3000) as u32))
            .collect();
        check_invariants(&s, &analyze(&s));
    }
}

/// Found by the `analyze` fuzz target: a locative `there` inside a
/// description was added as a mention of its own, overlapping it.
#[test]
fn there_inside_a_description_is_no_mention_of_its_own() {
    for text in ["a there home", "They left a there home in Manila."] {
        let a = analyze(text);
        check_invariants(text, &a);
        assert!(
            !a.mentions.iter().any(|m| m.kind == MentionKind::Pronoun),
            "{:?}",
            a.mentions
        );
    }
    // A `there` of its own still is one.
    let text = "They visited the Betty Ford Center. She stayed there for a month.";
    let a = analyze(text);
    assert!(
        a.mentions
            .iter()
            .any(|m| m.kind == MentionKind::Pronoun && m.name == "there")
    );
}

#[test]
fn linear_scaling_in_output() {
    let base = "LAGOS, March 3 (Reuters) - Foreign Minister Ri Yong-ho met Mr Kim at the \
Central Bank of Nigeria. About 400 people waited 2 hours.\n\n";
    let one = analyze(base);
    let many = analyze(&base.repeat(100));
    assert_eq!(many.mentions.len(), one.mentions.len() * 100);
    assert_eq!(many.sentences.len(), one.sentences.len() * 100);
}

#[test]
fn honorifics_are_courtesy_titles_only() {
    use super::is_honorific;
    assert!(is_honorific("Mr") && is_honorific("Ms.") && is_honorific("dr"));
    assert!(!is_honorific("Vice Foreign Minister") && !is_honorific("President"));
}

#[test]
fn a_lone_word_that_speaks_is_no_person_on_that_alone() {
    let text = "Microsoft said the flaw is serious. \u{201c}Patch now,\u{201d} Microsoft said. \
Laura Brennick, a coach, spoke. Brennick said she was glad.";
    let a = analyze(text);
    assert!(
        a.mentions
            .iter()
            .filter(|m| m.name == "Microsoft")
            .all(|m| m.ty == EntityType::Org)
    );
    let brennick = a.mentions.iter().find(|m| m.name == "Brennick").expect("surname");
    assert_eq!(brennick.ty, EntityType::Person, "a person's name part stays a person");
}

#[test]
fn a_title_word_after_a_given_name_is_a_surname() {
    let text = "76ers President and General Manager Billy King fired him. King said he decided on Saturday.";
    let a = analyze(text);
    let king = find(&a, text, "General Manager Billy King").expect("titled name");
    assert_eq!((king.ty, king.name.as_str()), (EntityType::Person, "Billy King"));
    let alone = find(&a, text, "King").expect("the surname alone");
    assert_eq!((alone.ty, alone.kind), (EntityType::Person, MentionKind::Name));
}

#[test]
fn an_office_without_a_holder_named_describes_the_holder() {
    let text = "Obama named Regina Benjamin as Surgeon General. She joined the Texas Department of \
Criminal Justice. City Attorney spokeswoman Gina Coburn spoke.";
    let a = analyze(text);
    let office = find(&a, text, "Surgeon General").expect("an office as a description");
    assert_eq!((office.ty, office.kind), (EntityType::Person, MentionKind::Descriptor));
    assert!(find(&a, text, "Surgeon").is_none(), "no organisation called Surgeon");
    assert!(
        a.mentions
            .iter()
            .all(|m| m.kind != MentionKind::Descriptor || m.name != "criminal justice")
    );
    assert!(find(&a, text, "City Attorney").is_none(), "an office modifying a noun");
}

#[test]
fn a_city_is_never_its_country_and_a_shouted_noun_is_no_city() {
    let text = "PARIS, June 3 - A MAN has been charged.\n\nMan Charged With Murder\n\nCouncillor Grace Hamilton lost. Voters in Hamilton were glad.";
    let a = analyze(text);
    let paris = find(&a, text, "PARIS").expect("dateline");
    assert_eq!(
        (paris.ty, paris.canonical.as_deref()),
        (EntityType::Gpe, None),
        "Paris, not France"
    );
    assert!(
        a.mentions
            .iter()
            .all(|m| m.ty != EntityType::Gpe || !m.name.eq_ignore_ascii_case("man"))
    );
    let city = a.mentions.iter().rfind(|m| m.name == "Hamilton").expect("the city");
    assert_eq!(
        city.ty,
        EntityType::Gpe,
        "in Hamilton: the place, whatever the councillor's name"
    );
}

#[test]
fn a_headline_names_a_person_the_body_only_describes() {
    let text = "Lindsay Lohan Checks Into Rehab at Betty Ford Center\n\nEarly on Friday, the 26-year-old actress checked into the clinic.\n\nTexas Prison Van Near Houston Found\n\nThe van was empty.";
    let a = analyze(text);
    let lohan = find(&a, text, "Lindsay Lohan").expect("a given name and a surname");
    assert_eq!((lohan.ty, lohan.kind), (EntityType::Person, MentionKind::Name));
    assert!(
        a.mentions
            .iter()
            .all(|m| m.ty != EntityType::Person || !m.name.contains("Checks"))
    );
    assert!(
        a.mentions.iter().all(|m| m.name != "Van Near"),
        "a given name that is a noun"
    );
}

#[test]
fn a_quoted_title_beside_a_work_noun_is_a_work() {
    let text = "Chris Weitz will direct the \"Twilight\" sequel \"New Moon.\" She starred in the \u{2018}Harry Potter\u{2019} films. The \u{201c}Mean Girls\u{201d} star left. Set the zone to \u{201c}High\u{201d} now.";
    let a = analyze(text);
    for title in ["Twilight", "New Moon", "Harry Potter", "Mean Girls"] {
        let m = find(&a, text, title).unwrap_or_else(|| panic!("{title}"));
        assert_eq!((m.ty, m.kind), (EntityType::Product, MentionKind::Name), "{title}");
    }
    assert!(find(&a, text, "High").is_none(), "a quoted word with no work beside it");
}

#[test]
fn a_place_name_before_a_resident_noun_is_where_they_live() {
    let text = "A 61-year-old Vancouver man was charged. Police say a 35-year-old New Bedford man fled. A Schenectady woman spoke.";
    let a = analyze(text);
    for place in ["Vancouver", "New Bedford", "Schenectady"] {
        assert_eq!(find(&a, text, place).map(|m| m.ty), Some(EntityType::Gpe), "{place}");
    }
    let man = a
        .mentions
        .iter()
        .find(|m| m.kind == MentionKind::Descriptor)
        .expect("the man");
    assert_eq!((man.span.text(text), man.name.as_str()), ("man", "61-year-old man"));
}

#[test]
fn an_ordinal_keeps_a_headline_a_headline() {
    let text = "Colts Beat Chiefs 20 - 13, Clinch 5th Seed In AFC Playoffs\n\nThe Colts took care of business.";
    let a = analyze(text);
    assert!(
        a.mentions
            .iter()
            .all(|m| !m.name.contains("Beat") && m.name != "In AFC"),
        "{:?}",
        a.mentions
    );
    assert_eq!(a.mentions.iter().filter(|m| m.name == "Colts").count(), 2);
}
