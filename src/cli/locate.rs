//! Line and column of a byte offset in a loaded article, for every output
//! format of `check`.

use super::Loaded;
use crate::workspace::LineIndex;

/// A 1-based line/column position (columns in Unicode code points).
#[derive(Clone, Copy, Debug)]
pub struct Pos {
    pub line: usize,
    pub column: usize,
}

/// Maps (document, byte offset) to line and column, indexing each text once.
pub struct Locator<'a> {
    loaded: &'a Loaded,
    indexes: std::cell::RefCell<std::collections::HashMap<String, LineIndex>>,
}

impl<'a> Locator<'a> {
    pub fn new(loaded: &'a Loaded) -> Self {
        Locator {
            loaded,
            indexes: Default::default(),
        }
    }

    pub fn pos(&self, doc: &str, offset: usize) -> Pos {
        let Some(text) = self.loaded.text(doc) else {
            return Pos { line: 1, column: 1 };
        };
        let mut indexes = self.indexes.borrow_mut();
        let index = indexes.entry(doc.to_string()).or_insert_with(|| LineIndex::new(text));
        let (line, column) = index.line_col(text, offset);
        Pos { line, column }
    }
}
