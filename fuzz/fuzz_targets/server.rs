//! `cargo +nightly fuzz run server`: sequences of didOpen / didChange /
//! didClose, analysis runs and requests with random (often out-of-range)
//! positions, in UTF-8 or UTF-16, through the server's document store,
//! position conversions and feature functions
//! (`newsls::lsp::fuzz_api::Session`, which checks every answer). Texts are
//! slices of the input's tail, so a plain article is a useful seed.
#![no_main]

use libfuzzer_sys::arbitrary::{self, Arbitrary};
use libfuzzer_sys::fuzz_target;
use newsls::lsp::fuzz_api::{Change, Session};

#[derive(Arbitrary, Debug)]
struct Input {
    utf8: bool,
    ops: Vec<Op>,
    /// Takes the rest of the input: the text that documents and edits
    /// take their slices from.
    text: String,
}

#[derive(Arbitrary, Debug)]
enum Op {
    Open { doc: u8, from: u16, len: u16 },
    Change { doc: u8, edits: Vec<Edit>, stale: bool },
    Close { doc: u8 },
    Analyse,
    Requests { doc: u8, at: (u8, u8), range: ((u8, u8), (u8, u8)), name: u8 },
}

#[derive(Arbitrary, Debug)]
struct Edit {
    whole: bool,
    start: (u8, u8),
    end: (u8, u8),
    from: u16,
    len: u8,
}

/// A slice of `text` on char boundaries.
fn slice(text: &str, from: usize, len: usize) -> &str {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let a = floor(from);
    &text[a..floor(a.saturating_add(len))]
}

/// Small lines and columns, sometimes far out of range.
fn coord((line, col): (u8, u8)) -> (u32, u32) {
    let far = |b: u8, small: u8| match b {
        255 => u32::MAX,
        254 => 1 << 20,
        b => u32::from(b % small),
    };
    (far(line, 12), far(col, 48))
}

const NAMES: &[&str] = &["Maria Lopez", "", "  ", "é😀", "Putin"];

fuzz_target!(|input: Input| {
    if input.ops.len() > 24 {
        return;
    }
    let text = input.text.as_str();
    let mut s = Session::new(input.utf8);
    for op in &input.ops {
        match op {
            Op::Open { doc, from, len } => s.open(*doc, slice(text, usize::from(*from), usize::from(*len))),
            Op::Change { doc, edits, stale } => {
                let changes: Vec<Change> = edits
                    .iter()
                    .take(8)
                    .map(|e| {
                        let range = (!e.whole).then(|| (coord(e.start), coord(e.end)));
                        (range, slice(text, usize::from(e.from), usize::from(e.len)).to_string())
                    })
                    .collect();
                s.change(*doc, &changes, *stale);
            }
            Op::Close { doc } => s.close(*doc),
            Op::Analyse => s.analyse(),
            Op::Requests { doc, at, range, name } => {
                s.requests(*doc, coord(*at), (coord(range.0), coord(range.1)), NAMES[usize::from(*name) % NAMES.len()])
            }
        }
    }
    s.analyse();
    for doc in 0..4 {
        s.requests(doc, (0, 0), ((0, 0), (u32::MAX, 0)), "Maria Lopez");
    }
});
