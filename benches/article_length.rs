//! Time to analyse ONE article as its length grows: the whole per-article
//! path that the server and `newsls check` run, `Article::analyze` (the
//! analysis core plus claims, events, quotes and within-article linking),
//! then inserting the article into a fresh `Workspace` and asking for its
//! `findings()`.
//!
//! ```sh
//! cargo bench --bench article_length            # all shapes, 0.25–2 MB
//! cargo bench --bench article_length -- --write /tmp/articles
//! ```
//!
//! The articles are generated (deterministically, from a fixed seed):
//! `news` is paragraphs of ordinary news sentences with names, titles,
//! figures, quotes, dates, clock times, places, descriptions, acronyms,
//! pronouns and titles of works; `names` is short
//! sentences full of names; `numbers` is one sentence of 8,000
//! comma-separated figures. Linear analysis takes 8× as long at 2 MB as at
//! 0.25 MB; each shape prints its ratio. `--write DIR` also writes every
//! generated text to `DIR/<shape>-<size>.txt`, to time `newsls check` on
//! it.

#[path = "../tests/common/rng.rs"]
mod rng;
use rng::Rng;

use std::hint::black_box;
use std::sync::Arc;
use std::time::Instant;

use newsls::workspace::{Article, DocId, Workspace};

const FIRST: &[&str] = &[
    "Maria", "John", "Amina", "Joseph", "Wei", "Fatima", "Peter", "Grace", "Ahmed", "Claire", "Luis", "Ingrid",
    "Samuel", "Akosua", "Daniel", "Elena", "Tomas", "Nadia", "Kofi", "Helen", "Rahul", "Sofia", "Omar", "Lucy",
];
const LAST: &[&str] = &[
    "Lopez", "Otieno", "Kamau", "Brandt", "Chen", "Okafor", "Haddad", "Novak", "Mensah", "Duarte", "Silva", "Muller",
    "Jensen", "Park", "Walsh", "Nakamura", "Ferreira", "Osei", "Kowalski", "Rossi", "Dubois", "Ibrahim", "Larsen",
    "Moreau",
];
const TITLES: &[&str] = &[
    "President",
    "Transport Minister",
    "Police Chief",
    "Mayor",
    "Health Secretary",
    "Governor",
    "Mr",
    "Ms",
    "Dr",
    "Judge",
];
const CITIES: &[&str] = &[
    "Nairobi",
    "Mombasa",
    "Naivasha",
    "Lagos",
    "Abuja",
    "Antwerp",
    "Mechelen",
    "Lier",
    "Quebec",
    "Perth",
    "Luxor",
    "Dhaka",
    "Turin",
    "Cagayan",
    "Reykjavik",
    "Hanoi",
    "Toronto",
    "Buenos Aires",
];
const COUNTRIES: &[&str] = &[
    "Kenya",
    "Nigeria",
    "Belgium",
    "Canada",
    "Australia",
    "Egypt",
    "Bangladesh",
    "Italy",
    "the Philippines",
    "Iceland",
];
const ORGS: &[&str] = &[
    "Kenya Railways",
    "the Red Cross",
    "the World Health Organization",
    "Hallerbach Bank",
    "the European Union",
    "the United Nations",
    "Meghdoot Apparels",
    "the National Transport Safety Authority",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const NOUNS: &[&str] = &[
    "carriages",
    "passengers",
    "wards",
    "buildings",
    "vehicles",
    "flights",
    "patients",
];
const EVENTS: &[&str] = &["derailed", "collapsed", "crashed", "capsized", "erupted", "exploded"];

/// Makes one sentence of an article's shape.
type Sentence = fn(&mut Rng) -> String;

fn person(r: &mut Rng) -> String {
    format!("{} {}", r.pick(FIRST), r.pick(LAST))
}

/// One ordinary news sentence.
fn news_sentence(r: &mut Rng) -> String {
    let n = 2 + r.below(900);
    match r.below(16) {
        0 => format!(
            "{} {} said on {} that {n} people had been killed and more than {} injured in {}.",
            r.pick(TITLES),
            person(r),
            r.pick(WEEKDAYS),
            n * 3,
            r.pick(CITIES)
        ),
        1 => format!(
            "\"We will rebuild the bridge and we will do it quickly,\" {} told reporters in {}.",
            person(r),
            r.pick(CITIES)
        ),
        2 => format!(
            "The train {} near {} on {} {}, {}, and {} of its {} carriages left the tracks, {} said.",
            r.pick(EVENTS),
            r.pick(CITIES),
            r.pick(MONTHS),
            1 + r.below(28),
            2015 + r.below(12),
            2 + r.below(5),
            8 + r.below(6),
            r.pick(ORGS)
        ),
        3 => format!(
            "{} met {} at about {}:{:02} a.m. local time in {}, a spokesman for {} said.",
            person(r),
            person(r),
            1 + r.below(12),
            r.below(60),
            r.pick(CITIES),
            r.pick(ORGS)
        ),
        4 => format!(
            "Some {n},000 people had gathered, and the ${} million programme would take {} years, according to {}.",
            1 + r.below(90),
            2 + r.below(8),
            r.pick(ORGS)
        ),
        5 => format!(
            "{} did not attend the gala dinner in {} on {}.",
            person(r),
            r.pick(CITIES),
            r.pick(WEEKDAYS)
        ),
        6 => format!(
            "Turnout was {}.{} per cent, nearly two points more than in {}, and {} carried {} of the city's {} wards.",
            30 + r.below(50),
            r.below(10),
            2000 + r.below(25),
            person(r),
            n % 15 + 1,
            16 + r.below(10)
        ),
        7 => format!(
            "The {} Embassy in {} and {} said {} observers were present, {} wrote.",
            r.pick(COUNTRIES),
            r.pick(CITIES),
            r.pick(ORGS),
            n,
            person(r)
        ),
        8 => format!(
            "{} {}, who leads {}, told the hearing that {} {} were damaged.",
            r.pick(TITLES),
            person(r),
            r.pick(ORGS),
            n,
            r.pick(NOUNS)
        ),
        9 => format!(
            "\"It is too early to say what caused it,\" said {}, adding that the {} would stay closed until {}.",
            person(r),
            ["line", "bridge", "airport", "plant"][r.below(4)],
            r.pick(WEEKDAYS)
        ),
        10 => format!(
            "The ministry in {} confirmed that {} {} had been evacuated from {} and {}.",
            r.pick(COUNTRIES),
            n,
            r.pick(NOUNS),
            r.pick(CITIES),
            r.pick(CITIES)
        ),
        12 => format!(
            "The President said on {} that the NTSA would review the case, and the minister visited {}, where she met {}.",
            r.pick(WEEKDAYS),
            r.pick(CITIES),
            person(r)
        ),
        13 => format!(
            "\"I was there when it happened and I saw everything,\" said {}, a witness from {}.",
            person(r),
            r.pick(CITIES)
        ),
        14 => format!(
            "{} praised the “Harbour Lights” sequel at the festival in {}, the 52-year-old director said.",
            person(r),
            r.pick(CITIES)
        ),
        15 => format!(
            "The National Transport Safety Authority (NTSA) said {} inspectors from {} had arrived there on {}.",
            n,
            r.pick(ORGS),
            r.pick(WEEKDAYS)
        ),
        _ => format!(
            "Mr {} and Ms {} arrived in {} on Tuesday, two days after the storm hit {}.",
            r.pick(LAST),
            r.pick(LAST),
            r.pick(CITIES),
            r.pick(COUNTRIES)
        ),
    }
}

/// A short sentence full of names.
fn names_sentence(r: &mut Rng) -> String {
    match r.below(4) {
        0 => format!("{} met {}.", person(r), person(r)),
        1 => format!(
            "{}, {} and {} arrived in {}.",
            person(r),
            r.pick(LAST),
            person(r),
            r.pick(CITIES)
        ),
        2 => format!("{} {} thanked {}.", r.pick(TITLES), person(r), r.pick(ORGS)),
        _ => format!("{} called {} from {}.", r.pick(LAST), person(r), r.pick(CITIES)),
    }
}

/// A dateline, then paragraphs of 3–6 sentences while they fit in `bytes`
/// (at most `bytes`, so the 2 MB article stays within `check`'s default
/// `maxFileSize` of 2,000,000 bytes).
fn article(bytes: usize, seed: u64, sentence: Sentence) -> String {
    let mut r = Rng(seed);
    let mut text = String::from("NAIROBI, June 9, 2026 (Agency) - ");
    loop {
        let k = 3 + r.below(4);
        let paragraph = (0..k).map(|_| sentence(&mut r)).collect::<Vec<_>>().join(" ") + "\n\n";
        if text.len() + paragraph.len() > bytes {
            return text;
        }
        text.push_str(&paragraph);
    }
}

/// One sentence listing `n` comma-separated figures.
fn numbers(n: usize) -> String {
    let mut r = Rng(7);
    let mut text = String::from("The readings taken in Nairobi on Monday were ");
    for i in 0..n {
        if i > 0 {
            text.push_str(", ");
        }
        text.push_str(&(1 + r.below(999)).to_string());
    }
    text.push_str(" and 12 people.\n");
    text
}

/// Seconds for the whole per-article path, and for its two parts
/// (`Article::analyze`; `insert` + `findings`); the best of `runs`.
fn time(text: &str, runs: usize) -> (f64, f64, f64) {
    let text: Arc<str> = Arc::from(text);
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            let article = Article::analyze(DocId::from("article.txt"), text.clone());
            let analysed = start.elapsed().as_secs_f64();
            let mut ws = Workspace::new();
            ws.insert(article);
            black_box(ws.findings());
            let total = start.elapsed().as_secs_f64();
            (total, analysed, total - analysed)
        })
        .fold((f64::INFINITY, 0.0, 0.0), |best, t| if t.0 < best.0 { t } else { best })
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let write = args
        .iter()
        .position(|a| a == "--write")
        .and_then(|i| args.get(i + 1))
        .map(std::path::PathBuf::from);
    if let Some(dir) = &write {
        std::fs::create_dir_all(dir).expect("create --write folder");
    }
    let save = |name: &str, text: &str| {
        if let Some(dir) = &write {
            std::fs::write(dir.join(format!("{name}.txt")), text).expect("write article");
        }
    };
    black_box(Article::analyze(
        DocId::from("warm.txt"),
        Arc::from("Warm up the gazetteers."),
    ));
    let sizes = [
        ("0.25MB", 250_000),
        ("0.5MB", 500_000),
        ("1MB", 1_000_000),
        ("2MB", 2_000_000),
    ];
    let shapes: [(&str, Sentence); 2] = [("news", news_sentence), ("names", names_sentence)];
    for (shape, sentence) in shapes {
        let mut times = Vec::new();
        for (label, bytes) in sizes {
            let text = article(bytes, 0x9E37_79B9_7F4A_7C15, sentence);
            save(&format!("{shape}-{label}"), &text);
            let (t, analyse, findings) = time(&text, if bytes <= 500_000 { 3 } else { 1 });
            println!(
                "{shape:>7} {label:>7} ({:>8} bytes): {:>9.1} ms  (analyze {:.1} ms, insert + findings {:.1} ms)",
                text.len(),
                t * 1e3,
                analyse * 1e3,
                findings * 1e3
            );
            times.push(t);
        }
        println!(
            "{shape:>7} ratio 2MB / 0.25MB: {:.1}× (linear is 8×)",
            times[3] / times[0]
        );
    }
    let text = numbers(8000);
    save("numbers-8000", &text);
    println!(
        "numbers 8,000 figures ({} bytes), one sentence: {:.1} ms",
        text.len(),
        time(&text, 3).0 * 1e3
    );
}
