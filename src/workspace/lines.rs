//! Line and column lookup for reporting byte offsets to people (the CLI).
//! Lines end at `\n`, `\r\n` or a lone `\r`, as in LSP.

pub use crate::analysis::text::floor_char_boundary;

/// Start offsets of every line of a text.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// 1-based line and 1-based column in Unicode code points.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let col = text[self.starts[line]..offset].chars().count();
        (line + 1, col + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points_and_all_line_endings() {
        let text = "“Kim”\r\nPutin — 😀 Moon\rend";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        let moon = text.find("Moon").unwrap();
        assert_eq!(idx.line_col(text, moon), (2, 11));
        let end = text.find("end").unwrap();
        assert_eq!(idx.line_col(text, end), (3, 1));
        assert_eq!(idx.line_col(text, 2), (1, 1)); // inside “ rounds down
    }
}
