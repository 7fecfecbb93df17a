use super::*;

fn ws(docs: &[(&str, &str)]) -> Workspace {
    let mut ws = Workspace::new();
    for (id, text) in docs {
        ws.insert(Article::analyze((*id).into(), (*text).into()));
    }
    ws
}

fn at(w: &Workspace, doc: &str, needle: &str) -> EntityId {
    let offset = w.get(doc).unwrap().text.find(needle).unwrap();
    w.entity_at(doc, offset).unwrap().0
}

#[test]
fn an_acronym_spelled_out_in_one_article_is_that_entity_in_another() {
    let w = ws(&[
        (
            "a.txt",
            "Microsoft patched its Internet Explorer (IE) browser. IE is popular.",
        ),
        ("b.txt", "Microsoft fixes IE bug. The IE update is out."),
    ]);
    let ie = at(&w, "a.txt", "Internet Explorer");
    assert_eq!(ie, "internet explorer", "not Ireland's country code");
    assert_eq!(at(&w, "a.txt", "IE is"), ie);
    assert_eq!(at(&w, "b.txt", "IE bug"), ie);
    let docs: Vec<&str> = w.mentions_of(&ie).iter().map(|(a, _)| &*a.id).collect();
    assert_eq!(
        docs,
        ["a.txt", "a.txt", "a.txt", "b.txt", "b.txt"],
        "references find it too"
    );
}

#[test]
fn a_facility_named_with_or_without_its_facility_words_is_one_place() {
    let w = ws(&[
        (
            "a.txt",
            "Lindsay Lohan checked into the Betty Ford Center on Friday. The Betty Ford Center declined to comment.",
        ),
        ("b.txt", "Lohan is back at Betty Ford, the Betty Ford Center said."),
        (
            "c.txt",
            "She left the Betty Ford Treatment Center. The Mayo Clinic said nothing.",
        ),
        (
            "d.txt",
            "The clinic was founded by former first lady Betty Ford in 1982.",
        ),
    ]);
    let center = at(&w, "a.txt", "Betty Ford Center");
    assert_eq!(center, "betty ford center");
    assert_eq!(at(&w, "b.txt", "Betty Ford"), center);
    assert_eq!(at(&w, "c.txt", "Betty Ford Treatment"), center);
    assert_ne!(at(&w, "d.txt", "Betty Ford"), center, "the first lady herself");
    assert_ne!(at(&w, "c.txt", "Mayo Clinic"), center);
    let docs: Vec<&str> = w.mentions_of(&center).iter().map(|(a, _)| &*a.id).collect();
    assert_eq!(docs, ["a.txt", "a.txt", "b.txt", "b.txt", "c.txt"]);
}

#[test]
fn links_names_across_articles_in_stable_order() {
    let w = ws(&[
        ("b.txt", "Later, Russian President Vladimir Putin spoke. Mr Putin left."),
        ("a.txt", "On Monday, Vladimir Putin met Moon Jae-in in Seoul."),
    ]);
    let id = at(&w, "b.txt", "Vladimir");
    assert_eq!(id, at(&w, "b.txt", "Putin left"));
    let docs: Vec<&str> = w.mentions_of(&id).iter().map(|(a, _)| &*a.id).collect();
    assert_eq!(docs, ["a.txt", "b.txt", "b.txt"]);
    assert_eq!(&*w.definition(&id).unwrap().0.id, "a.txt");
    let e = w.entity(&id).unwrap();
    assert_eq!((e.mentions, e.articles), (3, 2));
    assert_eq!(e.name, "Vladimir Putin");
    assert_ne!(id, at(&w, "a.txt", "Moon"));
}

#[test]
fn an_institution_s_plural_variants_and_its_head_word_are_one_entity() {
    let w = ws(&[
        ("a.txt", "The Academy of Motion Picture Arts and Sciences named a host."),
        (
            "b.txt",
            "The Academy of Motion Pictures Arts and Sciences agreed. The Academy said so.",
        ),
        ("c.txt", "The Academy announced it on Friday."),
        ("d.txt", "The Bank of England and Barclays declined to comment."),
    ]);
    let academy = at(&w, "a.txt", "Academy of");
    assert!(academy.as_str().starts_with("academy of motion picture"), "{academy}");
    assert_eq!(at(&w, "b.txt", "Academy of"), academy);
    assert_eq!(at(&w, "c.txt", "Academy"), academy);
    assert_ne!(at(&w, "d.txt", "Bank"), at(&w, "d.txt", "Barclays"));
}

#[test]
fn a_dateline_in_capitals_is_no_spelling_variant() {
    let w = ws(&[
        ("a.txt", "PHILADELPHIA, May 3 - The team left Philadelphia on Monday."),
        ("b.txt", "Fans in Philadelphia cheered. Philadelphia won."),
        ("c.txt", "Fans in Philadelfia cheered."),
    ]);
    let spelling: Vec<Finding> = w
        .findings()
        .into_iter()
        .filter(|f| f.code == Code::SpellingVariant)
        .collect();
    assert!(spelling.iter().all(|f| &*f.doc != "a.txt"), "{spelling:?}");
}

#[test]
fn fuller_spellings_of_a_name_are_one_person_unless_suffixes_differ() {
    let w = ws(&[
        ("a.txt", "W. Mark Felt, the FBI official, died on Thursday."),
        ("b.txt", "Mark Felt was 95 when he died."),
        ("c.txt", "George Bush met reporters."),
        ("d.txt", "George W. Bush met reporters."),
        ("e.txt", "Frederick Cheney LaRue, 75, was found dead."),
        ("f.txt", "Fred LaRue died on Tuesday."),
        ("g.txt", "Mark Felt spoke in 2005."),
    ]);
    assert_eq!(at(&w, "e.txt", "Frederick"), at(&w, "f.txt", "Fred"));
    assert_eq!(at(&w, "a.txt", "W. Mark"), at(&w, "b.txt", "Mark Felt"));
    assert_eq!(at(&w, "c.txt", "George"), at(&w, "d.txt", "George"));
    // Rename rewrites every spelling of the one person.
    assert_eq!(w.full_name_spans(&at(&w, "b.txt", "Mark Felt")).len(), 3);
    // A fuller or familiar form is not a misspelling.
    assert!(w.findings().iter().all(|f| f.code != Code::SpellingVariant));
    let w = ws(&[
        ("a.txt", "John Smith Jr. spoke."),
        ("b.txt", "John Smith Sr. spoke."),
        ("c.txt", "John Smith spoke."),
    ]);
    assert_ne!(at(&w, "a.txt", "John"), at(&w, "b.txt", "John"));
    assert_ne!(at(&w, "c.txt", "John"), at(&w, "a.txt", "John"));
}

#[test]
fn a_lone_organisation_word_finds_a_name_of_another_type_or_a_one_word_full_name() {
    let mut w = Workspace::new();
    w.insert(typed(
        "a.txt",
        "Hackers attacked Internet Explorer.",
        &[("Internet Explorer", EntityType::Product)],
    ));
    w.insert(typed(
        "b.txt",
        "Explorer was patched.",
        &[("Explorer", EntityType::Org)],
    ));
    assert_eq!(at(&w, "b.txt", "Explorer"), at(&w, "a.txt", "Internet"));
    // A person's surname never reaches a product this way.
    w.insert(people("c.txt", "Explorer spoke.", &["Explorer"]));
    assert!(at(&w, "c.txt", "Explorer").as_str().starts_with('~'));
    // Typed otherwise in one article, a one-word name is a full key.
    w.insert(typed("d.txt", "Microsoft said so.", &[("Microsoft", EntityType::Fac)]));
    w.insert(typed("e.txt", "Microsoft said so.", &[("Microsoft", EntityType::Org)]));
    assert_eq!(at(&w, "e.txt", "Microsoft"), at(&w, "d.txt", "Microsoft"));
}

#[test]
fn a_description_spelling_a_name_is_that_entity() {
    let w = ws(&[
        ("a.txt", "The Indian Navy said on Monday that pirates had fled."),
        ("b.txt", "On Tuesday, the Indian navy arrested 23 pirates."),
    ]);
    let id = at(&w, "a.txt", "Indian Navy");
    assert_eq!(id, at(&w, "b.txt", "navy"));
    assert_eq!(w.mentions_of(&id).len(), 2);
}

#[test]
fn a_description_means_the_one_thing_named_with_its_noun() {
    let docs = [
        (
            "a.txt",
            "Fire damaged the Wasilla Bible Church on Friday. The Bible Church was empty.",
        ),
        ("b.txt", "An arsonist set fire to the governor's church, police said."),
    ];
    let w = ws(&docs);
    let id = at(&w, "a.txt", "Wasilla Bible Church");
    assert_eq!(at(&w, "b.txt", "church"), id);
    assert!(w.mentions_of(&id).iter().any(|(a, _)| a.id.as_ref() == "b.txt"));
    // Two churches named: `the church` stays unresolved.
    let mut docs = docs.to_vec();
    docs.push(("c.txt", "Worshippers at Grace Baptist Church prayed."));
    let w = ws(&docs);
    assert!(at(&w, "b.txt", "church").as_str().starts_with('?'));
}

#[test]
fn a_title_another_article_states_picks_the_one_named_here() {
    let w = ws(&[
        (
            "a.txt",
            "Police shot teen Kimani Gray on Saturday. Officer Jane Roe fired.",
        ),
        ("b.txt", "Teen Maria Santos won the spelling bee."),
        (
            "c.txt",
            "Kimani Gray was 16. Officers said the teen had a gun. Jane Roe was there.",
        ),
    ]);
    let gray = at(&w, "a.txt", "Kimani Gray");
    assert_eq!(at(&w, "c.txt", "the teen"), gray);
    // Where the article names neither teen, nobody is guessed.
    let w = ws(&[
        ("a.txt", "Police shot teen Kimani Gray on Saturday."),
        ("b.txt", "Teen Maria Santos won the spelling bee."),
        ("c.txt", "Officers said the teen had a gun."),
    ]);
    assert!(at(&w, "c.txt", "the teen").as_str().starts_with('?'));
}

#[test]
fn counts_and_definition_come_from_the_entity_s_own_chains() {
    let w = ws(&[
        ("a.txt", "Putin spoke. Vladimir Putin met Kim. Putin left."),
        (
            "b.txt",
            "Russian President Vladimir Putin arrived. The Russian president smiled.",
        ),
    ]);
    let id = at(&w, "b.txt", "Vladimir Putin");
    assert_eq!(w.mentions_in("a.txt", &id), 3);
    assert_eq!(w.mentions_in("b.txt", &id), 2);
    assert_eq!(w.mentions_in("c.txt", &id), 0);
    let (article, m) = w.definition(&id).expect("a full name");
    assert_eq!(
        (article.id.as_ref(), m.span.text(&article.text)),
        ("a.txt", "Vladimir Putin")
    );
}

#[test]
fn groups_and_anonymous_nouns_do_not_take_a_title_from_elsewhere() {
    let w = ws(&[
        ("a.txt", "Police arrested the man, Eric Kirkpatrick, on Monday."),
        ("b.txt", "The man accused of shooting three people appeared in court."),
        (
            "c.txt",
            "Arcade Comeaux, two officers said, escaped. The officers were unhurt.",
        ),
    ]);
    assert!(at(&w, "b.txt", "The man").as_str().starts_with('?'));
    assert!(at(&w, "c.txt", "The officers").as_str().starts_with('?'));
    assert!(at(&w, "c.txt", "two officers").as_str().starts_with('?'));
}

#[test]
fn unnamed_participants_meet_across_articles_by_their_noun() {
    let w = ws(&[
        (
            "a.txt",
            "A gunman opened fire at an office party on Friday. The gunman fled in a car.",
        ),
        (
            "b.txt",
            "Police said the gunman, who was not named, surrendered on Saturday.",
        ),
        ("c.txt", "Two officers were hurt. The officers are in hospital."),
    ]);
    let id = at(&w, "a.txt", "A gunman");
    assert_eq!(id, at(&w, "a.txt", "The gunman"));
    assert_eq!(id, at(&w, "b.txt", "the gunman"));
    assert_eq!(w.entity(&id).unwrap().articles, 2);
    assert_eq!(at(&w, "c.txt", "Two officers"), at(&w, "c.txt", "The officers"));
    assert_ne!(id, at(&w, "c.txt", "The officers"));
    // A bare institution noun is a mention too.
    assert_eq!(w.get("b.txt").unwrap().analysis.mentions[0].name, "police");
}

/// An article with hand-made person mentions, to test linking apart
/// from the recogniser.
/// An article with hand-made name mentions of the given types.
fn typed(id: &str, text: &str, names: &[(&str, EntityType)]) -> Article {
    let mut a = people(id, text, &names.iter().map(|(n, _)| *n).collect::<Vec<_>>());
    for m in &mut a.analysis.mentions {
        m.ty = names.iter().find(|(n, _)| *n == m.name).map_or(m.ty, |(_, t)| *t);
    }
    a
}

fn people(id: &str, text: &str, names: &[&str]) -> Article {
    let mut mentions: Vec<Mention> = names
        .iter()
        .map(|n| {
            let start = text.find(n).unwrap();
            Mention {
                span: crate::analysis::Span::new(start, start + n.len()),
                ty: EntityType::Person,
                kind: MentionKind::Name,
                name: n.to_string(),
                title: None,
                canonical: None,
                opener: analysis::Opener::None,
            }
        })
        .collect();
    mentions.sort_by_key(|m| m.span.start);
    let analysis = Analysis {
        mentions,
        ..Analysis::default()
    };
    Article {
        id: id.into(),
        text: text.into(),
        analysis,
        facts: None,
        failure: None,
    }
}

/// Findings of every article, as (article, code, text, message).
fn all_findings(w: &Workspace) -> Vec<(String, &'static str, String, String)> {
    let mut out = Vec::new();
    for a in w.articles() {
        for f in w.findings_for(&a.id) {
            out.push((
                a.id.to_string(),
                f.code.as_str(),
                f.span.text(&a.text).to_string(),
                f.message,
            ));
        }
    }
    out
}

#[test]
fn edits_that_keep_the_names_update_other_articles_findings_by_delta() {
    let a = "Coach Renato Ferraro said 12 people were hurt when the bridge collapsed in Port Haldane on Monday.";
    let b = "Coach Renato Ferraro said 12 people were hurt when the bridge collapsed in Port Haldane on Monday.";
    let c = "Assistant Coach Renato Ferraro said 14 people were hurt when the bridge collapsed in Port Haldane.";
    let mut w = ws(&[("a.txt", a), ("b.txt", b), ("c.txt", c)]);
    let before = all_findings(&w);
    assert!(
        before.iter().any(|f| f.0 == "a.txt" && f.1 == "conflicting-quantity"),
        "{before:#?}"
    );
    // Typing in the prose: the names, titles and aliases stay, so the
    // index is untouched and resolutions stay memoised.
    let edits = [
        ("a.txt", a.replace("12 people", "14 people")),
        ("b.txt", b.replace("Renato Ferraro", "RENATO FERRARO")),
        ("c.txt", c.replace("14 people", "12 people")),
        ("a.txt", a.replace("on Monday", "on Monday afternoon")),
    ];
    for (doc, text) in &edits {
        let resolved = w.resolved.lock().len();
        assert!(resolved > 0);
        w.insert(Article::analyze((*doc).into(), text.as_str().into()));
        assert!(w.resolved.lock().len() >= resolved, "the edit to {doc} kept the index");
        // Every article's findings are those of a workspace built anew.
        let texts: Vec<(&str, &str)> = w.articles().iter().map(|a| (&*a.id, &*a.text)).collect();
        let fresh = ws(&texts);
        assert_eq!(all_findings(&w), all_findings(&fresh), "after editing {doc}");
        let mut from_all: Vec<_> = w.findings().into_iter().map(|f| (f.doc, f.span, f.message)).collect();
        let mut per_doc: Vec<_> = (w.articles().iter())
            .flat_map(|a| w.findings_for(&a.id))
            .map(|f| (f.doc, f.span, f.message))
            .collect();
        from_all.sort();
        per_doc.sort();
        assert_eq!(from_all, per_doc);
    }
    // A new name is a change to the index: what it reaches is forgotten,
    // the other articles' resolutions stay.
    w.insert(Article::analyze(
        "b.txt".into(),
        format!("{b} Maria Lopez spoke.").into(),
    ));
    assert!(w.resolved.lock().keys().any(|(d, _)| &**d == "a.txt"));
}

#[test]
fn edits_that_change_names_forget_only_what_they_reach_and_answer_as_a_fresh_workspace() {
    let a = "On Monday, Vladimir Putin met Coach Renato Ferraro in Moscow. Putin said 12 people were hurt.";
    let b = "On Tuesday, Putin left Moscow. Renato Ferraro, the coach, said 14 people were hurt.";
    let c = "Grace Mbeki, the mayor of Port Haldane, said the bridge would reopen. Mbeki spoke first.";
    let mut w = ws(&[("a.txt", a), ("b.txt", b), ("c.txt", c)]);
    assert_eq!(at(&w, "b.txt", "Putin"), "vladimir putin");
    let edits = [
        // A second Putin: the lone surname elsewhere becomes ambiguous.
        ("c.txt", format!("{c} Lyudmila Putin was there.")),
        // A misspelt name typed, then mended.
        ("a.txt", a.replace("Renato Ferraro", "Renato Ferarro")),
        ("a.txt", a.to_string()),
        // The second Putin goes again.
        ("c.txt", c.to_string()),
        // A name unrelated to the others.
        ("c.txt", c.replace("Grace Mbeki", "Grace Mbekix")),
    ];
    for (doc, text) in &edits {
        // Warm the memos and aggregates, as a server answering requests does.
        let _ = all_findings(&w);
        let _ = w.entities();
        w.insert(Article::analyze((*doc).into(), text.as_str().into()));
        let texts: Vec<(&str, &str)> = w.articles().iter().map(|a| (&*a.id, &*a.text)).collect();
        let fresh = ws(&texts);
        assert_eq!(all_findings(&w), all_findings(&fresh), "after editing {doc}");
        for (id, _) in &texts {
            assert_eq!(
                w.entities_of(id),
                fresh.entities_of(id),
                "entities of {id} after editing {doc}"
            );
        }
        assert_eq!(w.entities(), fresh.entities(), "after editing {doc}");
    }
    assert_eq!(at(&w, "b.txt", "Putin"), "vladimir putin");
    // An edit to a name in one story leaves the other story's resolutions memoised.
    let kept = w.resolved.lock().keys().filter(|(d, _)| &**d == "b.txt").count();
    assert!(kept > 0, "b.txt's chains stay resolved after an edit to c.txt");
}

#[test]
fn a_failed_article_is_reported_and_costs_no_other_article() {
    let good = "Maria Lopez, the mayor of Port Haldane, said 12 people were hurt.";
    let mut w = Workspace::new();
    w.insert(Article::analyze("a.txt".into(), good.into()));
    // A failed analysis, as `Article::analyze` leaves it after a panic.
    w.insert(Article {
        failure: Some("index out of bounds at src/x.rs:1".into()),
        ..Article::empty("b.txt".into(), "First line\nMaria Lopez spoke.".into())
    });
    let failed = w.findings_for("b.txt");
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0].code, Code::AnalysisFailed);
    assert_eq!(failed[0].level, crate::config::Level::Error);
    assert_eq!(failed[0].span, Span::new(0, "First line".len()));
    assert!(failed[0].message.contains("src/x.rs:1"), "{}", failed[0].message);
    assert!(w.get("b.txt").unwrap().analysis.mentions.is_empty());
    // The good article is analysed and linked as usual.
    assert!(w.entity_at("a.txt", good.find("Lopez").unwrap()).is_some());
    assert!(w.findings_for("a.txt").iter().all(|f| f.code != Code::AnalysisFailed));
    let all = w.findings();
    assert_eq!(all.iter().filter(|f| f.code == Code::AnalysisFailed).count(), 1);
    // A clean re-analysis clears it.
    w.insert(Article::analyze("b.txt".into(), "Maria Lopez spoke.".into()));
    assert!(w.findings_for("b.txt").is_empty());
}

#[test]
fn a_surname_alone_resolves_through_another_article() {
    let mut w = Workspace::new();
    w.insert(people(
        "a.txt",
        "On Monday, Vladimir Putin arrived.",
        &["Vladimir Putin"],
    ));
    w.insert(people("b.txt", "On Tuesday, Putin left.", &["Putin"]));
    assert_eq!(at(&w, "b.txt", "Putin"), at(&w, "a.txt", "Vladimir"));
    assert!(!at(&w, "b.txt", "Putin").as_str().starts_with('~'));
    // A second full name with the word makes the surname ambiguous.
    w.insert(people("c.txt", "Lyudmila Putin spoke.", &["Lyudmila Putin"]));
    assert_eq!(at(&w, "b.txt", "Putin"), "~putin");
    w.remove("c.txt");
    assert_eq!(at(&w, "b.txt", "Putin"), "vladimir putin");
}

#[test]
fn acronyms_and_last_words_of_organisations_resolve_across_articles() {
    let w = ws(&[
        (
            "a.txt",
            "The Ostrava Logistics Authority (OLA) said on Monday that the Denver Falcons won.",
        ),
        ("b.txt", "Later, OLA officials said the Falcons had flown home."),
    ]);
    let ola = at(&w, "a.txt", "Ostrava");
    assert_eq!(at(&w, "b.txt", "OLA"), ola);
    assert!(w.mentions_of(&ola).iter().any(|(a, _)| &*a.id == "b.txt"));
    assert_eq!(at(&w, "b.txt", "Falcons"), at(&w, "a.txt", "Denver"));
}

#[test]
fn a_surname_alone_means_the_entity_named_far_more_often() {
    let mut w = Workspace::new();
    for i in 0..2 {
        w.insert(people(&format!("{i}.txt"), "Then Marta Kowal spoke.", &["Marta Kowal"]));
    }
    w.insert(people("x.txt", "Then Jan Kowal spoke.", &["Jan Kowal"]));
    w.insert(people("y.txt", "On Tuesday, Kowal left.", &["Kowal"]));
    assert_eq!(at(&w, "y.txt", "Kowal"), "~kowal", "2 to 1 is not enough");
    w.insert(people("2.txt", "Then Marta Kowal spoke.", &["Marta Kowal"]));
    assert_eq!(at(&w, "y.txt", "Kowal"), "marta kowal");
    assert_eq!(w.mentions_of(&EntityId::parse("marta kowal")).len(), 4);
}

/// Like `people`, with a title before each name.
fn titled(id: &str, text: &str, names: &[(&str, &str)]) -> Article {
    let mut a = people(id, text, &names.iter().map(|(_, n)| *n).collect::<Vec<_>>());
    for (m, (title, _)) in a.analysis.mentions.iter_mut().zip(names) {
        let start = m.span.start - title.len() - 1;
        m.title = Some(Span::new(start, start + title.len()));
        m.span.start = start;
    }
    a
}

#[test]
fn conflicting_titles_across_articles_are_reported_from_both_sides() {
    let mut w = Workspace::new();
    w.insert(titled(
        "a.txt",
        "On Monday First Vice Foreign Minister Choe Son-hui spoke.",
        &[("First Vice Foreign Minister", "Choe Son-hui")],
    ));
    w.insert(titled(
        "b.txt",
        "Later Vice Foreign Minister Choe Son-hui left.",
        &[("Vice Foreign Minister", "Choe Son-hui")],
    ));
    w.insert(titled(
        "c.txt",
        "Then Transport Secretary Amina Otieno came.",
        &[("Transport Secretary", "Amina Otieno")],
    ));
    w.insert(titled(
        "d.txt",
        "Now Transport Cabinet Secretary Amina Otieno went.",
        &[("Transport Cabinet Secretary", "Amina Otieno")],
    ));
    let a = w.findings_for("a.txt");
    assert_eq!(a.len(), 1, "{a:?}");
    assert_eq!(a[0].code, Code::ConflictingRole);
    assert_eq!(
        a[0].span.text(&w.get("a.txt").unwrap().text),
        "First Vice Foreign Minister"
    );
    assert_eq!(&*a[0].related[0].doc, "b.txt");
    assert!(a[0].message.contains("\"Vice Foreign Minister\""), "{}", a[0].message);
    assert_eq!(w.findings_for("b.txt").len(), 1);
    assert!(w.findings_for("c.txt").is_empty(), "two renderings of one office");
    assert_eq!(w.findings().len(), 2);
}

#[test]
fn conflicting_figures_are_found_and_updates_and_hedges_respected() {
    let w = ws(&[
        (
            "a.txt",
            "The train derailed on Sunday. Six carriages left the tracks, killing 14 people.",
        ),
        (
            "b.txt",
            "Eight carriages came off the rails. The death toll rose to 17 late on Monday.",
        ),
        ("c.txt", "Nearly 500 guests were evacuated."),
        ("d.txt", "In all, 496 guests were evacuated from the hotel."),
    ]);
    let a = w.findings_for("a.txt");
    let quantity: Vec<&Finding> = a.iter().filter(|f| f.code == Code::ConflictingQuantity).collect();
    assert_eq!(quantity.len(), 1, "{a:?}");
    assert_eq!(quantity[0].span.text(&w.get("a.txt").unwrap().text), "Six carriages");
    assert_eq!(
        quantity[0].related[0].span.text(&w.get("b.txt").unwrap().text),
        "Eight carriages"
    );
    // 14 dead against "rose to 17": an update, not a contradiction;
    // "nearly 500" holds with 496.
    assert!(w.findings().iter().all(
        |f| f.code != Code::ConflictingQuantity || f.span.text(&w.get(&f.doc).unwrap().text).contains("carriages")
    ));
}

#[test]
fn dates_places_and_quotes_conflict_across_articles() {
    let w = ws(&[
        (
            "a.txt",
            "LIMA, May 6, 2024 (Agency) - A bus crashed near Huaral on Sunday, police said on Monday.\n\
             “We will rebuild the road before the rains come,” said Rosa Quispe.\n\
             Mr Juan Soto said: “Every family will get help from the regional government.”\n",
        ),
        (
            "b.txt",
            "LIMA, May 6, 2024 - The bus crashed near Chancay on Saturday.\n\
             “We will rebuild the road before the rains come,” Juan Soto said.\n\
             “Each family is going to receive help from the regional government,” Mr Soto told reporters.\n",
        ),
    ]);
    let codes = |doc: &str| {
        let text = &w.get(doc).unwrap().text;
        let mut v: Vec<(&str, String)> = w
            .findings_for(doc)
            .into_iter()
            .map(|f| (f.code.as_str(), f.span.text(text).to_string()))
            .collect();
        v.sort();
        v
    };
    let a = codes("a.txt");
    assert!(a.contains(&("conflicting-date", "Sunday".into())), "{a:?}");
    assert!(a.contains(&("conflicting-place", "near Huaral".into())), "{a:?}");
    assert!(a.contains(&("conflicting-attribution", "Rosa Quispe".into())), "{a:?}");
    assert!(
        a.iter()
            .any(|(c, t)| *c == "quote-variant" && t.starts_with("Every family")),
        "{a:?}"
    );
    // The statement's date (Monday) is not the crash's.
    assert!(!a.iter().any(|(_, t)| t == "Monday"), "{a:?}");
}

#[test]
fn a_fact_under_two_keys_is_reported_under_the_same_one_by_both_paths() {
    // `4:10 a.m.` is filed under `time:quak` (the noun) and `time:strik`
    // (the verb); one finding per place, under the first key. Each
    // workspace hashes its keys anew: `findings()` once visited them in
    // that order, and so reported under either.
    for _ in 0..8 {
        let w = ws(&[
            ("a.txt", "The quake struck at 4:10 a.m., the geological survey said."),
            (
                "b.txt",
                "Residents fled their homes after the quake struck at 6:45 a.m.",
            ),
        ]);
        let each: Vec<Finding> = ["a.txt", "b.txt"].iter().flat_map(|d| w.findings_for(d)).collect();
        assert_eq!(each.len(), 2, "{each:?}");
        assert_eq!(w.findings(), each);
    }
}

#[test]
fn many_articles_with_the_same_figures_give_one_finding_each() {
    let mut w = Workspace::new();
    for i in 0..120 {
        let (title, text) = if i % 2 == 0 {
            (
                "First Vice Foreign Minister",
                "On Monday First Vice Foreign Minister Choe Son-hui spoke.",
            )
        } else {
            (
                "Vice Foreign Minister",
                "On Monday Vice Foreign Minister Choe Son-hui spoke.",
            )
        };
        w.insert(titled(&format!("{i:03}.txt"), text, &[(title, "Choe Son-hui")]));
    }
    let f = w.findings_for("000.txt");
    assert_eq!(f.len(), 1, "one finding per title, not per other article: {f:?}");
    assert_eq!(f[0].related.len(), MAX_RELATED);
    assert!(f[0].message.contains("and 59 other articles"), "{}", f[0].message);
    assert_eq!(w.findings().len(), 120);
}

#[test]
fn replacing_an_article_reindexes_only_it() {
    let mut w = ws(&[
        ("a.txt", "Then Vladimir Putin spoke."),
        ("b.txt", "Then Vladimir Putin left."),
    ]);
    w.insert(Article::analyze("a.txt".into(), "Then Moon Jae-in spoke.".into()));
    let id = at(&w, "b.txt", "Vladimir");
    assert_eq!(w.mentions_of(&id).len(), 1);
    assert!(w.remove("b.txt"));
    assert!(w.entity(&id).is_none());
    assert!(!w.remove("b.txt"));
}
