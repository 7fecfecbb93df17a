//! `cargo +nightly fuzz run analyze`: the analysis core must not panic on any
//! valid UTF-8 and must keep its span invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsls::analysis::analyze;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let a = analyze(text);
    let mut last = 0;
    for m in &a.mentions {
        assert!(m.span.start >= last && m.span.start < m.span.end && m.span.end <= text.len());
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        last = m.span.end;
    }
    for s in &a.sentences {
        assert!(s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    for v in &a.values {
        assert!(v.span.end <= text.len() && text.is_char_boundary(v.span.start));
    }
});
