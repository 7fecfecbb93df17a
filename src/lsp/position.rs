//! Converting between LSP positions and byte offsets — the only place that
//! knows about UTF-16. Everything inside the server uses byte offsets.

use ropey::{Rope, RopeSlice};
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

use crate::analysis::Span;

/// The negotiated position encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Encoding {
    Utf8,
    /// The LSP default, for clients that do not offer anything else.
    #[default]
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client offers it (no conversion cost), else UTF-16.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }
}

/// A position resolved to a byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offset {
    /// The position names a real place in the text.
    Exact(usize),
    /// The column was past the end of its line; the offset is the line end,
    /// as the protocol prescribes for edits.
    Clamped(usize),
}

impl Offset {
    pub fn value(self) -> usize {
        match self {
            Offset::Exact(o) | Offset::Clamped(o) => o,
        }
    }

    pub fn exact(self) -> Option<usize> {
        match self {
            Offset::Exact(o) => Some(o),
            Offset::Clamped(_) => None,
        }
    }
}

/// Line content without its line break.
fn content(line: RopeSlice<'_>) -> RopeSlice<'_> {
    let n = line.len_chars();
    let mut end = n;
    if end > 0 && line.char(end - 1) == '\n' {
        end -= 1;
    }
    if end > 0 && line.char(end - 1) == '\r' {
        end -= 1;
    }
    line.slice(..end)
}

/// Resolves `pos` in `rope`; `None` when its line is past the end.
/// A column inside a multi-byte character or surrogate pair rounds down to
/// the character's start.
pub fn offset(rope: &Rope, pos: Position, enc: Encoding) -> Option<Offset> {
    let line_idx = pos.line as usize;
    if line_idx >= rope.len_lines() {
        return None;
    }
    let line_char = rope.line_to_char(line_idx);
    let line = content(rope.line(line_idx));
    let col = pos.character as usize;
    let (char_in_line, clamped) = match enc {
        Encoding::Utf8 => {
            let len = line.len_bytes();
            let byte = col.min(len);
            (line.byte_to_char(byte), col > len)
        }
        Encoding::Utf16 => {
            let len = line.len_utf16_cu();
            let cu = col.min(len);
            (line.utf16_cu_to_char(cu), col > len)
        }
    };
    let byte = rope.char_to_byte(line_char + char_in_line);
    Some(if clamped {
        Offset::Clamped(byte)
    } else {
        Offset::Exact(byte)
    })
}

/// The LSP position of a byte offset (clamped to the text).
pub fn position(rope: &Rope, byte: usize, enc: Encoding) -> Position {
    let byte = byte.min(rope.len_bytes());
    let line = rope.byte_to_line(byte);
    let char_idx = rope.byte_to_char(byte);
    let line_char = rope.line_to_char(line);
    let character = match enc {
        Encoding::Utf8 => rope.char_to_byte(char_idx) - rope.line_to_byte(line),
        Encoding::Utf16 => rope.char_to_utf16_cu(char_idx) - rope.char_to_utf16_cu(line_char),
    };
    Position::new(line as u32, character as u32)
}

pub fn range(rope: &Rope, span: Span, enc: Encoding) -> Range {
    Range::new(position(rope, span.start, enc), position(rope, span.end, enc))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "“Kim” — 😀 Putin\r\nMoon\rend\n";

    fn roundtrip(enc: Encoding, needle: &str, expect: (u32, u32)) {
        let rope = Rope::from_str(TEXT);
        let byte = TEXT.find(needle).unwrap();
        let pos = position(&rope, byte, enc);
        assert_eq!((pos.line, pos.character), expect, "{needle} in {enc:?}");
        assert_eq!(offset(&rope, pos, enc), Some(Offset::Exact(byte)));
    }

    #[test]
    fn utf16_counts_surrogate_pairs_and_crlf() {
        roundtrip(Encoding::Utf16, "Putin", (0, 11));
        roundtrip(Encoding::Utf16, "Moon", (1, 0));
        roundtrip(Encoding::Utf16, "end", (2, 0));
    }

    #[test]
    fn utf8_counts_bytes() {
        roundtrip(Encoding::Utf8, "Putin", (0, 19));
        roundtrip(Encoding::Utf8, "end", (2, 0));
    }

    #[test]
    fn out_of_range_positions() {
        let rope = Rope::from_str(TEXT);
        assert_eq!(offset(&rope, Position::new(9, 0), Encoding::Utf16), None);
        let end_of_first = TEXT.find('\r').unwrap();
        assert_eq!(
            offset(&rope, Position::new(0, 500), Encoding::Utf16),
            Some(Offset::Clamped(end_of_first))
        );
        // Inside the surrogate pair of 😀 rounds down to its start.
        let emoji = TEXT.find('😀').unwrap();
        assert_eq!(
            offset(&rope, Position::new(0, 9), Encoding::Utf16),
            Some(Offset::Exact(emoji))
        );
    }

    #[test]
    fn unicode_line_separator_is_not_a_line_break() {
        let rope = Rope::from_str("a\u{2028}b\nc");
        assert_eq!(rope.len_lines(), 2);
    }

    #[test]
    fn negotiation_prefers_utf8() {
        let both = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(Encoding::negotiate(Some(&both)), Encoding::Utf8);
        assert_eq!(Encoding::negotiate(Some(&both[..1])), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }
}
