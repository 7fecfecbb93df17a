//! No panic on any text, through the workspace and the CLI: the reported
//! panic (issue #13), crashes the fuzzers found (`fuzz/`), and the CI
//! stand-in for the `workspace` fuzz target: random articles, two or three
//! at a time, through linking, findings and every cross-article question.

mod common;

#[path = "common/rng.rs"]
mod rng;
use rng::Rng;

use std::path::Path;
use std::process::{Command, Stdio};

use common::{BIN, SEEDS, workspace};
use newsls::workspace::fuzz_api::exercise;

/// The text of issue #13: accented text after a quote's speaker made the
/// look-ahead window end inside a character.
const REPORTED: &str = "\"We will rebuild the bridge,\" Maria Lopez éééééééééééééééééééééééééééééééé \
éééééééééééééééééééééééééééééééé said the mayor.\n";

#[test]
fn check_survives_the_reported_accented_text() {
    let dir = workspace(&[
        ("a.txt", REPORTED.as_bytes()),
        (
            "b.txt",
            "Maria Lopez, the mayor, said the bridge would be rebuilt.\n".as_bytes(),
        ),
    ]);
    let o = Command::new(BIN)
        .args(["check", "."])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .output()
        .expect("run newsls");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "status {:?}\n{stderr}",
        o.status.code()
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn the_reported_text_through_the_workspace() {
    exercise(&[
        REPORTED,
        "Maria Lopez said: \"We will rebuild the bridge, and soon.\"\n",
    ]);
}

/// Found by the `workspace` fuzz target: `the prime minister` resolved to
/// the spelling group of `Maria Lopez` (`Maria Loinister Maria Lopez` is
/// its representative) through a title only the spelling `Maria Lopez`
/// holds, and references of the group missed it.
#[test]
fn references_find_a_description_by_another_spelling_s_title() {
    let input = include_str!("../fuzz/seeds/another-spellings-title.txt");
    let texts: Vec<&str> = input.splitn(3, '\0').collect();
    exercise(&texts);
}

#[test]
fn the_seed_articles_through_the_workspace() {
    let mut texts: Vec<String> = std::fs::read_dir(Path::new(SEEDS))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    texts.sort();
    assert!(texts.len() >= 3);
    let all: Vec<&str> = texts.iter().map(String::as_str).collect();
    exercise(&all);
}

/// News-shaped pieces: names, titles, speech verbs, quotes, figures, dates.
const PIECES: &[&str] = &[
    "Maria Lopez",
    "Lopez",
    "Mr.",
    "Ms",
    "President",
    "Vladimir Putin",
    "Kim Jong-un",
    "the mayor",
    "the company",
    "Hallerbach Bank",
    "Ministry of Health",
    "Nairobi",
    "KENYA",
    "said",
    "told reporters",
    "said:",
    "according to",
    "killed",
    "injured",
    "died",
    "at least",
    "about",
    "12",
    "1,200",
    "3.5",
    "$4 million",
    "€310m",
    "40%",
    "per cent",
    "on Monday",
    "June 9, 2019",
    "52-year-old",
    ", 52,",
    "his",
    "she",
    "who",
    " ",
    " ",
    " ",
    ",",
    ".",
    ". ",
    ":",
    "\n",
    "\n\n",
    "\r\n",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'s",
    "’s",
    "(",
    ")",
    "—",
    "-",
    "```",
    "---",
    "#",
    "https://x.example/a",
];

/// Characters that are more than one byte, or odd: accents, CJK, emoji,
/// combining marks, right-to-left text, zero-width and line separators.
const ODD: &[&str] = &[
    "é",
    "É",
    "ñ",
    "ß",
    "İ",
    "ﬁ",
    "ǅ",
    "中",
    "国",
    "日本",
    "😀",
    "👩‍👩‍👧",
    "🇰🇪",
    "e\u{301}",
    "\u{301}",
    "\u{200b}",
    "\u{200d}",
    "\u{feff}",
    "\u{2028}",
    "\u{85}",
    "שלום",
    "مرحبا",
    "\u{202e}",
    "٣",
    "Ⅻ",
    "\t",
    "«",
    "»",
    "„",
];

fn article(rng: &mut Rng) -> String {
    let n = rng.below(50);
    let mut s = String::new();
    for _ in 0..n {
        match rng.below(10) {
            0..=5 => s.push_str(rng.pick(PIECES)),
            6 | 7 => s.push_str(rng.pick(ODD)),
            // Any code point at all, mostly from the first planes.
            8 => s.extend(char::from_u32((rng.next() % 0x3_0000) as u32)),
            _ => {
                // A run of one accented letter, as in the reported text.
                let c = rng.pick(&["é", "中", "😀"]);
                s.push_str(&c.repeat(rng.below(90)));
            }
        }
        if rng.below(3) == 0 {
            s.push(' ');
        }
    }
    s
}

#[test]
fn random_workspaces_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..200 {
        let n = 2 + rng.below(2);
        let texts: Vec<String> = (0..n).map(|_| article(&mut rng)).collect();
        let texts: Vec<&str> = texts.iter().map(String::as_str).collect();
        exercise(&texts);
    }
}

/// The CI stand-in for the `server` fuzz target: random edit sessions in
/// both encodings, with positions often out of range.
#[test]
fn random_edit_sessions_never_panic() {
    use newsls::lsp::fuzz_api::{Change, Session};
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let coord = |rng: &mut Rng| -> (u32, u32) {
        let far = |rng: &mut Rng, small: usize| match rng.below(12) {
            0 => u32::MAX,
            1 => 1 << 20,
            _ => rng.below(small) as u32,
        };
        (far(rng, 6), far(rng, 40))
    };
    for case in 0..24 {
        let mut s = Session::new(case % 2 == 0);
        for _ in 0..12 {
            let doc = rng.below(3) as u8;
            match rng.below(6) {
                0 | 1 => s.open(doc, &article(&mut rng)),
                2 => {
                    let changes: Vec<Change> = (0..1 + rng.below(3))
                        .map(|_| {
                            let range = (rng.below(8) != 0).then(|| (coord(&mut rng), coord(&mut rng)));
                            let text = if rng.below(2) == 0 {
                                rng.pick(ODD)
                            } else {
                                rng.pick(PIECES)
                            };
                            (range, text.to_string())
                        })
                        .collect();
                    s.change(doc, &changes, rng.below(8) == 0);
                }
                3 => s.close(doc),
                4 => s.analyse(),
                _ => s.requests(doc, coord(&mut rng), (coord(&mut rng), coord(&mut rng)), "Maria Lopez"),
            }
        }
        s.analyse();
        for doc in 0..3 {
            s.requests(doc, (0, 0), ((0, 0), (u32::MAX, 0)), "Maria Lopez");
        }
    }
}
