//! `cargo +nightly fuzz run workspace`: two or three articles (the input
//! split at NUL bytes) through the whole per-article pipeline and the
//! workspace: linking, claims, quotes, findings, entities, positions,
//! removal and re-insertion, with their invariants checked
//! (`newsls::workspace::fuzz_api`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsls::workspace::fuzz_api::exercise;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    let texts: Vec<&str> = input.splitn(3, '\0').collect();
    exercise(&texts);
});
