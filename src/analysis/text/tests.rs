use super::*;

fn toks(text: &str) -> Vec<&str> {
    tokenize(text, &skipped_regions(text))
        .iter()
        .map(|t| t.text(text))
        .collect()
}

fn sents(text: &str) -> Vec<&str> {
    let tk = tokenize(text, &skipped_regions(text));
    sentences(text, &tk)
        .iter()
        .map(|&(a, b)| &text[tk[a].span.start..tk[b - 1].span.end])
        .collect()
}

#[test]
fn tokens_keep_names_and_split_possessives() {
    assert_eq!(
        toks("Kim Jong-un’s U.S. trip, Mr. O'Brien's 7:40 p.m. $1,200.50"),
        vec![
            "Kim", "Jong-un", "’s", "U.S.", "trip", ",", "Mr.", "O'Brien", "'s", "7:40", "p.m.", "$", "1,200.50"
        ]
    );
}

#[test]
fn abbreviations_do_not_end_sentences() {
    let s =
        sents("Mr. Smith met Dr. J. Doe at 3 p.m. on Feb. 3. He left. The U.S. Navy said \"No.\" Then Gen. Lee spoke!");
    assert_eq!(
        s,
        vec![
            "Mr. Smith met Dr. J. Doe at 3 p.m. on Feb. 3.",
            "He left.",
            "The U.S. Navy said \"No.\"",
            "Then Gen. Lee spoke!"
        ]
    );
}

#[test]
fn lines_without_punctuation_are_sentences() {
    let s = sents("HEADLINE HERE\n\nBy Jane Roe\nLAGOS, March 3 (Reuters) - Text goes\non here. Next one");
    assert_eq!(
        s,
        vec![
            "HEADLINE HERE",
            "By Jane Roe",
            "LAGOS, March 3 (Reuters) - Text goes\non here.",
            "Next one"
        ]
    );
}

#[test]
fn front_matter_code_and_boilerplate_are_skipped() {
    let text = "---\ntitle: x\n---\n# Head\n\nBody text.\nClick here to subscribe\n```\ncode Foo\n```\nSign up for our newsletter\nEnd.";
    assert_eq!(toks(text), vec!["#", "Head", "Body", "text", ".", "End", "."]);
}

#[test]
fn source_link_lines_are_skipped() {
    let text =
        "https://news.example/2024/05/maria-okonkwo-wins\nMaria Okonkwo won.\nwww.example.org/a-b\nOkonkwo smiled.";
    assert_eq!(
        toks(text),
        vec!["Maria", "Okonkwo", "won", ".", "Okonkwo", "smiled", "."]
    );
}

#[test]
fn char_boundary_helpers_round_inside_characters_and_clamp() {
    let text = "aé😀b"; // a=0, é=1..3, 😀=3..7, b=7
    let floors: Vec<usize> = (0..10).map(|i| floor_char_boundary(text, i)).collect();
    assert_eq!(floors, [0, 1, 1, 3, 3, 3, 3, 7, 8, 8]);
    let ceils: Vec<usize> = (0..10).map(|i| ceil_char_boundary(text, i)).collect();
    assert_eq!(ceils, [0, 1, 3, 3, 7, 7, 7, 7, 8, 8]);
    assert_eq!((floor_char_boundary("", 3), ceil_char_boundary("", 3)), (0, 0));
}

#[test]
fn paragraphs_split_at_blank_lines() {
    let text = "One.\nTwo.\n\nThree.";
    let tk = tokenize(text, &[]);
    let p: Vec<_> = paragraphs(&tk).iter().map(|s| s.text(text)).collect();
    assert_eq!(p, vec!["One.\nTwo.", "Three."]);
}
