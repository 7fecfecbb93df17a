use super::*;

#[test]
fn tables_load_with_plausible_counts() {
    let start = std::time::Instant::now();
    let wn = build();
    let elapsed = start.elapsed();
    eprintln!(
        "wordnet tables parsed in {:.2} ms: {} verbs, {} verb forms, {} deverbal nouns, {} event nouns, {} noun forms",
        elapsed.as_secs_f64() * 1e3,
        wn.verbs.len(),
        wn.verb_forms.len(),
        wn.deverbal.len(),
        wn.event_nouns.len(),
        wn.noun_forms.len(),
    );
    assert!(wn.verbs.len() > 8_000, "{}", wn.verbs.len());
    assert!(wn.verb_forms.len() > 1_500, "{}", wn.verb_forms.len());
    assert!(wn.deverbal.len() > 8_000, "{}", wn.deverbal.len());
    assert!(
        (4_000..10_000).contains(&wn.event_nouns.len()),
        "{}",
        wn.event_nouns.len()
    );
    assert!(wn.noun_forms.len() > 50, "{}", wn.noun_forms.len());
    // Every lemma a table points to is one the tables hold.
    assert!(wn.verb_forms.values().all(|v| wn.verbs.contains_key(v)));
    assert!(wn.derived.iter().all(|d| wn.verbs.contains_key(d.verb)));
    assert_eq!(
        wn.deverbal.values().map(|&(a, b)| b - a).sum::<u32>() as usize,
        wn.derived.len()
    );
    assert!(wn.noun_forms.values().all(|n| wn.noun_key(n).is_some()));
    // At most three senses each, never none.
    assert!(
        wn.verbs
            .values()
            .chain(wn.event_nouns.values())
            .all(|s| (1..=3).contains(&s.len))
    );
}

#[test]
fn synset_keeps_offset_and_part_of_speech() {
    let v = Synset::verb(2_015_717);
    let n = Synset::noun(2_015_717);
    assert_ne!(v, n);
    assert_eq!((v.pos(), v.offset()), (Pos::Verb, 2_015_717));
    assert_eq!((n.pos(), n.offset()), (Pos::Noun, 2_015_717));
    assert_eq!(v.to_string(), "02015717-v");
    // `derail` has two verb senses; the second (`run off the rails`)
    // is the one above.
    assert_eq!(verb_senses("derail"), [Synset::verb(2_015_895), v]);
}

#[test]
fn verb_lemmas_regular_and_irregular() {
    for (form, lemma) in [
        ("derailed", "derail"),
        ("derails", "derail"),
        ("derailing", "derail"),
        ("derail", "derail"),
        ("sank", "sink"),
        ("sunk", "sink"),
        ("stopped", "stop"),
        ("tried", "try"),
        ("acquired", "acquire"),
        ("acquires", "acquire"),
        ("negotiating", "negotiate"),
        ("left", "leave"),
        ("struck", "strike"),
        ("sworn", "swear"),
        ("elected", "elect"),
        ("Derailed", "derail"),
    ] {
        assert_eq!(verb_lemma(form), Some(lemma), "{form}");
    }
    // Forms missing from the exception list: a doubled consonant, `-ied`.
    for (form, lemma) in [("blogged", "blog"), ("gentrified", "gentrify"), ("readied", "ready")] {
        assert!(!get().verb_forms.contains_key(form), "{form}");
        assert_eq!(verb_lemma(form), Some(lemma), "{form}");
    }
    // `derailment` is no verb, and suffix rules only reach lemmas WordNet has.
    assert_eq!(verb_lemma("derailment"), None);
    // Morphy's rules reach a verb only through a lemma WordNet has.
    assert_eq!(verb_lemma("earthquakes"), None);
    assert_eq!(verb_lemma("the"), None);
    assert_eq!(verb_lemma(""), None);
    // WordNet has `bank` as a verb (to deal with a bank, tip laterally),
    // so `banking` is a form of it.
    assert_eq!(verb_lemma("banking"), Some("bank"));
}

#[test]
fn noun_lemmas_of_plurals() {
    assert_eq!(noun_lemma("acquisitions"), Some("acquisition"));
    assert_eq!(noun_lemma("derailments"), Some("derailment"));
    assert_eq!(noun_lemma("earthquakes"), Some("earthquake"));
    assert_eq!(noun_lemma("negotiations"), Some("negotiation"));
    // An irregular plural from noun.exc.
    assert_eq!(noun_lemma("analyses"), Some("analysis"));
    // A noun outside the tables: derived from no verb, naming no happening.
    assert_eq!(noun_lemma("railways"), None);
    // `rail` is held, as a noun related to the verb `rail`.
    assert_eq!(noun_lemma("rails"), Some("rail"));
}

#[test]
fn rail_crash() {
    assert_eq!(event_lemma("derailment"), Some("derail"));
    assert_eq!(event_lemma("derailed"), Some("derail"));
    assert!(same_event("derailed", "derailment"));
    assert!(same_event("derails", "derail"));
    assert!(same_event("Derailment", "derailing"));
    assert!(!same_event("derail", "rail"));
    assert!(!same_event("derailed", "crashed"));
    // The idiom is no WordNet entry: `left` is a form of `leave`.
    assert_eq!(event_lemma("left"), Some("leave"));
    assert!(!same_event("left", "derailed"));
    // An agent noun names no happening.
    assert_eq!(event_lemma("driver"), None);
    assert!(!same_event("driver", "drove"));
}

#[test]
fn takeover() {
    assert_eq!(event_lemma("acquisition"), Some("acquire"));
    assert_eq!(event_lemma("acquisitions"), Some("acquire"));
    assert!(same_event("acquired", "acquisition"));
    assert!(same_event("acquire", "acquisitions"));
    assert!(!same_event("acquisition", "acquitted"));
    assert!(!same_event("acquired", "sold"));
}

#[test]
fn earthquake() {
    // Not derived from a verb: the event noun is its own lemma.
    assert_eq!(event_lemma("earthquake"), Some("earthquake"));
    assert_eq!(event_lemma("earthquakes"), Some("earthquake"));
    // `quake` is also a verb, so it keys as one; the noun's first sense
    // is earthquake's first synset.
    assert_eq!(event_lemma("quake"), Some("quake"));
    assert_eq!(event_noun_senses("quake")[0], event_noun_senses("earthquake")[0]);
    assert!(same_event("quake", "earthquake"));
    assert!(same_event("earthquake", "temblor"));
    assert!(!same_event("earthquake", "flood"));
}

#[test]
fn talks() {
    assert_eq!(event_lemma("talks"), Some("talk"));
    assert_eq!(event_lemma("negotiations"), Some("negotiate"));
    assert!(same_event("negotiation", "negotiated"));
    assert!(same_event("talks", "talked"));
    // WordNet files `talks` and `negotiation` (sense 1) in one noun
    // synset, a kind of discussion; neither noun is an event noun
    // there, so the tables do not bring them together.
    assert!(!same_event("talks", "negotiations"));
}

#[test]
fn other_news_pairs() {
    assert!(same_event("signing", "signed"));
    assert!(same_event("election", "elected"));
    assert!(same_event("inauguration", "inaugurated"));
    assert!(same_event("explosion", "exploded"));
    // WordNet relates `by-election` to `election` by hypernymy only.
    assert_eq!(event_lemma("by-election"), Some("by-election"));
    assert!(!same_event("by-election", "elected"));
    // A break-in is a kind of trespass, a raid a kind of attack.
    assert!(!same_event("break-in", "raid"));
    // `swear in` is a two-word verb, outside these one-word tables.
    assert!(!same_event("sworn", "inaugurated"));
    // Words that name no event meet nothing, not even themselves;
    // `hospital` is related to `hospitalize` only as a building.
    assert!(!same_event("railway", "railway"));
    assert_eq!(event_lemma("hospital"), None);
    assert!(!same_event("hospital", "hospitalized"));
}

/// Pairs the hand tables of `workspace::events` join, and what WordNet
/// says of each.
#[test]
fn hand_table_pairs() {
    for (a, b, same) in [
        ("derailed", "derailment", true),
        ("acquire", "acquisition", true),
        ("quake", "earthquake", true),
        ("sign", "signing", true),
        // One noun synset (negotiation, dialogue, talks), but a kind of
        // discussion, not of event or act: in neither table.
        ("talks", "negotiations", false),
        // A break-in is housebreaking (a burglary); a raid is a foray or
        // a police search. Both are acts, in different synsets.
        ("break-in", "raid", false),
        // `by-election` is a kind of `election` by hypernymy; only the
        // latter is derived from `elect`.
        ("elect", "by-election", false),
        // `swear_in` is a two-word verb, and none of `inaugurate`'s senses.
        ("sworn", "inaugurate", false),
        // Idioms are no WordNet entries.
        ("left", "derail", false),
    ] {
        assert_eq!(same_event(a, b), same, "{a} / {b}");
    }
}
