//! Tests of within-article linking: names, short forms, titles,
//! appositives, pronouns.

use crate::analysis::text::fold;
use crate::analysis::{Analysis, EntityType, Mention, MentionKind, Opener, Span};

use super::{Anchor, Links, link};

fn mention(text: &str, needle: &str, ty: EntityType, kind: MentionKind, name: &str, title: Option<&str>) -> Mention {
    let start = text.find(needle).unwrap();
    Mention {
        span: Span::new(start, start + needle.len()),
        ty,
        kind,
        name: name.into(),
        title: title.map(|t| {
            let s = text.find(t).unwrap();
            Span::new(s, s + t.len())
        }),
        canonical: None,
        opener: if kind == MentionKind::Descriptor {
            Opener::Definite
        } else {
            Opener::None
        },
    }
}

#[test]
fn folds_case_diacritics_and_punctuation() {
    assert_eq!(fold("Kim Jong-un"), fold("KIM JONG UN"));
    assert_eq!(fold("Einarsdóttir"), "einarsdottir");
    assert_eq!(fold("Lê Văn Hải"), "le van hai");
    assert_eq!(fold("U.S."), "us");
    assert_ne!(fold("Kim Jong-un"), fold("Kim Jong-il"));
    // An apostrophe inside a name joins it: `O'Brien` is one word.
    assert_eq!(fold("Jim O’Brien"), "jim obrien");
    assert_eq!(fold("Betty Ford Centre"), fold("Betty Ford Center"));
}

#[test]
fn short_forms_titles_and_appositives_join_the_full_name() {
    use EntityType::*;
    use MentionKind::*;
    let text = "Russian President Vladimir Putin met Kim Jong-un. The driver, Joseph Otieno, said Mr Putin \
                and the Russian president left; Kim smiled.";
    let mentions = vec![
        mention(
            text,
            "Russian President Vladimir Putin",
            Person,
            Name,
            "Vladimir Putin",
            Some("Russian President"),
        ),
        mention(text, "Kim Jong-un", Person, Name, "Kim Jong-un", None),
        mention(text, "The driver", Person, Descriptor, "driver", None),
        mention(text, "Joseph Otieno", Person, Name, "Joseph Otieno", None),
        mention(text, "Mr Putin", Person, Name, "Putin", Some("Mr")),
        mention(
            text,
            "the Russian president",
            Person,
            Descriptor,
            "Russian president",
            None,
        ),
        mention(text, "Kim", Person, Name, "Kim", None),
    ];
    // `Kim` inside `Kim Jong-un` is found first by `find`; use the last one.
    let mut mentions = mentions;
    let k = text.rfind("Kim").unwrap();
    mentions[6].span = Span::new(k, k + 3);
    let analysis = Analysis {
        mentions,
        ..Analysis::default()
    };
    let links = link(text, &analysis);
    let c = &links.chain_of;
    assert_eq!(c[0], c[4], "Mr Putin");
    assert_eq!(c[0], c[5], "the Russian president");
    assert_eq!(c[1], c[6], "Kim");
    assert_eq!(c[2], c[3], "appositive");
    assert_ne!(c[0], c[1]);
    assert_eq!(links.chains[c[0]].anchor, Anchor::Full("vladimir putin".into()));
}

#[test]
fn a_shared_family_name_goes_to_the_entity_named_first() {
    use EntityType::*;
    use MentionKind::*;
    let text = "Kim Jong-un and his father Kim Jong-il. Kim";
    let mut mentions = vec![
        mention(text, "Kim Jong-un", Person, Name, "Kim Jong-un", None),
        mention(text, "Kim Jong-il", Person, Name, "Kim Jong-il", None),
        mention(text, "Kim", Person, Name, "Kim", None),
    ];
    let k = text.rfind("Kim").unwrap();
    mentions[2].span = Span::new(k, k + 3);
    let analysis = Analysis {
        mentions,
        ..Analysis::default()
    };
    let links = link(text, &analysis);
    assert_eq!(links.chain_of[2], links.chain_of[0]);
    assert_ne!(links.chain_of[1], links.chain_of[0]);
}

#[test]
fn honorifics_keep_namesakes_of_another_gender_apart() {
    use EntityType::*;
    use MentionKind::*;
    let text = "Amina Otieno spoke. Ms Otieno left. Then Mr Otieno came.";
    let mut mentions = vec![
        mention(text, "Amina Otieno", Person, Name, "Amina Otieno", None),
        mention(text, "Ms Otieno", Person, Name, "Otieno", Some("Ms")),
        mention(text, "Mr Otieno", Person, Name, "Otieno", Some("Mr")),
    ];
    mentions[1].span.start += 3;
    mentions[2].span.start += 3;
    let analysis = Analysis {
        mentions,
        ..Analysis::default()
    };
    let links = link(text, &analysis);
    assert_eq!(links.chain_of[1], links.chain_of[0]);
    assert_ne!(
        links.chain_of[2], links.chain_of[0],
        "Mr is not the Ms of the same name"
    );
}
/// A text's analysis and its chains.
fn linked(text: &str) -> (Analysis, Links) {
    let a = crate::analysis::analyze(text);
    let l = link(text, &a);
    (a, l)
}

/// Chain of the mention starting at the `n`-th (1-based) occurrence of `s`.
pub(super) fn chain_at(text: &str, analysis: &Analysis, links: &Links, s: &str, n: usize) -> usize {
    let start = text.match_indices(s).nth(n - 1).unwrap_or_else(|| panic!("{s}")).0;
    let i = analysis
        .mentions
        .iter()
        .position(|m| m.span.start <= start && start < m.span.end)
        .unwrap_or_else(|| panic!("no mention at {s:?}: {:?}", analysis.mentions));
    links.chain_of[i]
}

#[test]
fn an_honorific_must_fit_the_given_name() {
    let text = "Minister Claire Dumont met driver Gregory Dumont. Mr Dumont left early.";
    let (a, l) = linked(text);
    assert_eq!(
        chain_at(text, &a, &l, "Mr Dumont", 1),
        chain_at(text, &a, &l, "Gregory", 1)
    );
}

#[test]
fn the_younger_of_two_namesakes_stays_unlinked() {
    let text = "Arturo Benetti and his son Marco Benetti were charged. Arturo Benetti denied it. \
                The younger Benetti said nothing.";
    let (a, l) = linked(text);
    let younger = chain_at(text, &a, &l, "Benetti said", 1);
    assert_ne!(younger, chain_at(text, &a, &l, "Arturo", 1));
    assert_ne!(younger, chain_at(text, &a, &l, "Marco", 1));
}

#[test]
fn a_company_word_before_its_product_names_is_the_company() {
    let text = "Microsoft patches browser\n\nMicrosoft Corp. issued a patch. Microsoft said attackers \
                send a Microsoft Word file. Microsoft urged users to update.";
    let (a, l) = linked(text);
    let company = chain_at(text, &a, &l, "Microsoft Corp.", 1);
    assert_eq!(
        l.chains[company].anchor,
        Anchor::Full("microsoft".into()),
        "the legal form goes"
    );
    assert_eq!(
        chain_at(text, &a, &l, "Microsoft", 1),
        company,
        "a headline names it first"
    );
    assert_eq!(chain_at(text, &a, &l, "Microsoft", 5), company);
    assert_ne!(chain_at(text, &a, &l, "Microsoft Word", 1), company);
    // Without the full name, the word stays a name of its own rather
    // than a short form of the product named after it.
    let text = "Microsoft said attackers use Microsoft Word files. Microsoft urged users to update.";
    let (a, l) = linked(text);
    assert_ne!(
        chain_at(text, &a, &l, "Microsoft", 1),
        chain_at(text, &a, &l, "Microsoft Word", 1)
    );
    assert_eq!(
        a.mentions.iter().find(|m| m.name == "Microsoft Word").map(|m| m.ty),
        Some(EntityType::Org),
        "not a person's name"
    );
}

#[test]
fn a_bare_word_naming_a_company_and_a_person_stays_unlinked() {
    let text = "Brennan Freight Group collapsed, said Chief Executive Ruth Brennan. Brennan owes millions. \
                Ms Brennan apologised.";
    let (a, l) = linked(text);
    let ruth = chain_at(text, &a, &l, "Ruth", 1);
    assert_ne!(chain_at(text, &a, &l, "Brennan owes", 1), ruth);
    assert_eq!(chain_at(text, &a, &l, "Ms Brennan", 1), ruth);
}

#[test]
fn a_new_role_does_not_match_a_former_one() {
    let text = "Pia Lund, the former mayor, spoke. Pia Lund smiled. The new mayor thanked her.";
    let (a, l) = linked(text);
    assert_ne!(
        chain_at(text, &a, &l, "The new mayor", 1),
        chain_at(text, &a, &l, "Pia", 1)
    );
}

#[test]
fn a_title_acronym_and_a_role_phrase_lead_back_to_the_person() {
    let text = "Cabinet Secretary Wanjiru Mbeki visited the site with former Lagos governor Tunde Bakare. \
                The CS promised an inquiry. The former governor agreed.";
    let (a, l) = linked(text);
    let cs = chain_at(text, &a, &l, "Wanjiru", 1);
    assert_eq!(chain_at(text, &a, &l, "CS promised", 1), cs);
    assert_eq!(
        chain_at(text, &a, &l, "The former governor", 1),
        chain_at(text, &a, &l, "Tunde", 1)
    );
}

#[test]
fn a_body_is_the_person_it_belongs_to() {
    let text = "Fred LaRue, a Watergate figure, has died. LaRue was 75. His body was found by a maid. \
                Police said LaRue's body showed no injuries. Mary Jones said her body ached.";
    let (a, l) = linked(text);
    let fred = chain_at(text, &a, &l, "Fred LaRue", 1);
    assert_eq!(chain_at(text, &a, &l, "His body", 1), fred);
    assert_eq!(chain_at(text, &a, &l, "body", 2), fred);
    assert_ne!(chain_at(text, &a, &l, "her body", 1), fred, "her is not a man");
}

#[test]
fn a_relative_where_is_the_place_before_it() {
    let text = "Lohan checked into the Betty Ford Center, where she stayed before. Police asked where she was.";
    let (a, l) = linked(text);
    assert_eq!(
        chain_at(text, &a, &l, "where", 1),
        chain_at(text, &a, &l, "Betty Ford Center", 1)
    );
    assert_eq!(
        a.mentions.iter().filter(|m| m.name == "where").count(),
        1,
        "a question is not a place"
    );
}

#[test]
fn a_role_stated_with_as_is_the_person_just_named() {
    let text = "The Academy picked Ellen DeGeneres as host. Laura Brennick was chosen as head coach, \
                and Mark Heller, as ever, said nothing. The show needs a host.";
    let (a, l) = linked(text);
    let ellen = chain_at(text, &a, &l, "Ellen", 1);
    assert_eq!(chain_at(text, &a, &l, "host", 1), ellen);
    assert_eq!(l.chains[ellen].titles, vec!["host".to_string()], "a stated title");
    assert_eq!(chain_at(text, &a, &l, "coach", 1), chain_at(text, &a, &l, "Laura", 1));
    assert_ne!(chain_at(text, &a, &l, "a host", 1), ellen);
}

#[test]
fn a_locative_there_is_the_facility_or_place_just_named() {
    let text = "She checked into the Betty Ford Center in Rancho Mirage, California. She stayed there \
                for a month. There is no cure. In Paris, there were protests. She went there.";
    let (a, l) = linked(text);
    assert_eq!(
        chain_at(text, &a, &l, "there", 1),
        chain_at(text, &a, &l, "Betty Ford", 1)
    );
    assert_eq!(chain_at(text, &a, &l, "there", 3), chain_at(text, &a, &l, "Paris", 1));
    let existential = text.find("there were").unwrap();
    assert!(
        a.mentions.iter().all(|m| m.span.start != existential),
        "`there were` is no place"
    );
}

#[test]
fn police_copy_identifying_someone_names_the_description() {
    let text = "Raj Chohan, 59, was killed. The driver, who police identified as Vishwanand Subryan, \
                fled. Officers later found the suspect, identified as 23-year-old Vishwanand Subryan. \
                The witness, who police said saw Tom Ray, left.";
    let (a, l) = linked(text);
    let subryan = chain_at(text, &a, &l, "Vishwanand", 1);
    assert_eq!(chain_at(text, &a, &l, "driver", 1), subryan);
    assert_eq!(chain_at(text, &a, &l, "suspect", 1), subryan);
    assert_ne!(
        chain_at(text, &a, &l, "witness", 1),
        chain_at(text, &a, &l, "Tom Ray", 1)
    );
}
