//! The texts the server knows: open documents (the editor's buffers) and
//! article files read from disk. An open document overrides its file.
//!
//! Edits are applied here synchronously, in arrival order (see
//! `frontline`), and every change marks the document dirty for the next
//! analysis run.

use std::collections::{BTreeSet, HashMap};

use ropey::Rope;
use tower_lsp_server::ls_types::TextDocumentContentChangeEvent;

use super::position::{self, Encoding};
use crate::workspace::DocId;

#[derive(Debug)]
pub struct OpenDoc {
    pub rope: Rope,
    pub version: i32,
    seq: u64,
}

/// What the analysis should see for one document.
#[derive(Clone, Debug)]
pub struct Snapshot {
    pub rope: Rope,
    /// The editor's version, for open documents.
    pub version: Option<i32>,
    /// Which state of the text this is: every open, change, close and disk
    /// change takes a new number from one counter, so a later state of a
    /// document always has a larger `seq` (editor versions restart when a
    /// document is reopened; this does not).
    pub seq: u64,
}

/// Why a change was not applied.
#[derive(Debug, PartialEq, Eq)]
pub enum Rejected {
    UnknownDocument,
    Stale { current: i32, got: i32 },
}

#[derive(Debug, Default)]
pub struct Sources {
    open: HashMap<DocId, OpenDoc>,
    disk: HashMap<DocId, (Rope, u64)>,
    dirty: BTreeSet<DocId>,
    /// The last `seq` handed out.
    seq: u64,
}

impl Sources {
    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    pub fn open(&mut self, id: DocId, text: &str, version: i32) {
        let seq = self.next_seq();
        self.open.insert(
            id.clone(),
            OpenDoc {
                rope: Rope::from_str(text),
                version,
                seq,
            },
        );
        self.dirty.insert(id);
    }

    /// Applies content changes in order. Ranges past the end clamp to the
    /// end, as the protocol says; a whole-text change replaces the document.
    pub fn change(
        &mut self,
        id: &DocId,
        version: i32,
        changes: &[TextDocumentContentChangeEvent],
        enc: Encoding,
    ) -> Result<(), Rejected> {
        let seq = self.seq + 1;
        let doc = self.open.get_mut(id).ok_or(Rejected::UnknownDocument)?;
        if version <= doc.version {
            return Err(Rejected::Stale {
                current: doc.version,
                got: version,
            });
        }
        for change in changes {
            match change.range {
                None => doc.rope = Rope::from_str(&change.text),
                Some(range) => {
                    let end_of_text = doc.rope.len_bytes();
                    let to_char = |rope: &Rope, p| {
                        let byte = position::offset(rope, p, enc).map_or(end_of_text, |o| o.value());
                        rope.byte_to_char(byte)
                    };
                    let start = to_char(&doc.rope, range.start);
                    let end = to_char(&doc.rope, range.end).max(start);
                    doc.rope.remove(start..end);
                    doc.rope.insert(start, &change.text);
                }
            }
        }
        doc.version = version;
        doc.seq = seq;
        self.seq = seq;
        self.dirty.insert(id.clone());
        Ok(())
    }

    /// Closes a document; the disk copy, if any, becomes current again.
    pub fn close(&mut self, id: &DocId) -> bool {
        let was_open = self.open.remove(id).is_some();
        if was_open {
            // The disk copy is current again: a new state of the document.
            let seq = self.next_seq();
            if let Some((_, s)) = self.disk.get_mut(id) {
                *s = seq;
            }
            self.dirty.insert(id.clone());
        }
        was_open
    }

    /// Records a file's disk content (`None`: gone or skipped).
    pub fn set_disk(&mut self, id: DocId, text: Option<&str>) {
        let changed = match text {
            Some(t) => {
                let unchanged = self.disk.get(&id).is_some_and(|(r, _)| r == t);
                if !unchanged {
                    let seq = self.next_seq();
                    self.disk.insert(id.clone(), (Rope::from_str(t), seq));
                }
                !unchanged
            }
            None => self.disk.remove(&id).is_some(),
        };
        // An open document hides its file, so a disk change alone is not
        // worth re-analysing.
        if changed && !self.open.contains_key(&id) {
            self.dirty.insert(id);
        }
    }

    pub fn open_ids(&self) -> impl Iterator<Item = &DocId> {
        self.open.keys()
    }

    pub fn open_count(&self) -> usize {
        self.open.len()
    }

    pub fn disk_ids(&self) -> impl Iterator<Item = &DocId> {
        self.disk.keys()
    }

    pub fn has_dirty(&self) -> bool {
        !self.dirty.is_empty()
    }

    /// What the analysis should see: the open buffer, else the file.
    pub fn snapshot(&self, id: &str) -> Option<Snapshot> {
        if let Some(doc) = self.open.get(id) {
            return Some(Snapshot {
                rope: doc.rope.clone(),
                version: Some(doc.version),
                seq: doc.seq,
            });
        }
        self.disk.get(id).map(|(rope, seq)| Snapshot {
            rope: rope.clone(),
            version: None,
            seq: *seq,
        })
    }

    /// The `seq` of an open document's current text; `None` when it is not
    /// open (requests are answered for open documents from their buffer).
    pub fn open_seq(&self, id: &str) -> Option<u64> {
        self.open.get(id).map(|d| d.seq)
    }

    /// Takes the dirty set with current contents; `None` means removed.
    /// Rope clones share their chunks, so this is cheap.
    pub fn take_dirty(&mut self) -> Vec<(DocId, Option<Snapshot>)> {
        std::mem::take(&mut self.dirty)
            .into_iter()
            .map(|id| {
                let snap = self.snapshot(&id);
                (id, snap)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::{Position, Range};

    fn edit(range: Option<((u32, u32), (u32, u32))>, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: range.map(|(s, e)| Range::new(Position::new(s.0, s.1), Position::new(e.0, e.1))),
            range_length: None,
            text: text.into(),
        }
    }

    fn text(s: &Sources, id: &str) -> String {
        s.snapshot(id).unwrap().rope.to_string()
    }

    #[test]
    fn incremental_edits_with_multibyte_text() {
        let mut s = Sources::default();
        let id: DocId = "file:///a.txt".into();
        s.open(id.clone(), "“Kim” 😀 met\r\nPutin", 1);
        // UTF-16: “Kim” = 5 units, space, 😀 = 2 units.
        s.change(&id, 2, &[edit(Some(((0, 6), (0, 8))), "—")], Encoding::Utf16)
            .unwrap();
        assert_eq!(text(&s, &id), "“Kim” — met\r\nPutin");
        s.change(&id, 3, &[edit(Some(((1, 0), (1, 0))), "Vladimir ")], Encoding::Utf16)
            .unwrap();
        assert_eq!(text(&s, &id), "“Kim” — met\r\nVladimir Putin");
        // UTF-8: “ is 3 bytes.
        s.change(&id, 4, &[edit(Some(((0, 3), (0, 6))), "Mr ")], Encoding::Utf8)
            .unwrap();
        assert_eq!(text(&s, &id), "“Mr ” — met\r\nVladimir Putin");
    }

    #[test]
    fn stale_and_unknown_changes_are_rejected() {
        let mut s = Sources::default();
        let id: DocId = "file:///a.txt".into();
        s.open(id.clone(), "abc", 5);
        assert_eq!(
            s.change(&id, 5, &[edit(None, "x")], Encoding::Utf16),
            Err(Rejected::Stale { current: 5, got: 5 })
        );
        assert_eq!(text(&s, &id), "abc");
        let other: DocId = "file:///b.txt".into();
        assert_eq!(
            s.change(&other, 1, &[], Encoding::Utf16),
            Err(Rejected::UnknownDocument)
        );
    }

    #[test]
    fn ranges_past_the_end_clamp() {
        let mut s = Sources::default();
        let id: DocId = "file:///a.txt".into();
        s.open(id.clone(), "ab\ncd", 1);
        s.change(&id, 2, &[edit(Some(((1, 1), (40, 0))), "!")], Encoding::Utf16)
            .unwrap();
        assert_eq!(text(&s, &id), "ab\nc!");
    }

    #[test]
    fn open_documents_override_disk() {
        let mut s = Sources::default();
        let id: DocId = "file:///a.txt".into();
        s.set_disk(id.clone(), Some("disk"));
        s.open(id.clone(), "buffer", 1);
        s.take_dirty();
        s.set_disk(id.clone(), Some("disk 2"));
        assert!(!s.has_dirty());
        assert_eq!(text(&s, &id), "buffer");
        s.close(&id);
        assert_eq!(text(&s, &id), "disk 2");
        assert!(s.has_dirty());
    }
}
