//! A synchronous stand-in for the server, for the `server` fuzz target and
//! tests: the same document store, position conversions and feature
//! functions the handlers call, without the async service around them.
//! Every answer is checked against what must hold for any text and any
//! (possibly out-of-range) position; a violation panics.

use std::collections::HashMap;
use std::sync::Arc;

use ropey::Rope;
use tower_lsp_server::ls_types::*;

use super::documents::Sources;
use super::features;
use super::position::{self, Encoding, Offset};
use super::state::{Analysed, uri_of};
use crate::config::Config;
use crate::workspace::{Article, DocId, name_span, with_levels};

/// One change of a `didChange`: a range (`None`: the whole text) and the
/// new text. Positions are (line, character) in the session's encoding.
pub type Change = (Option<((u32, u32), (u32, u32))>, String);

/// Open documents, their last analysis, and a plain-`String` model of each
/// buffer that edits are checked against.
pub struct Session {
    enc: Encoding,
    sources: Sources,
    state: Analysed,
    versions: HashMap<DocId, i32>,
    model: HashMap<DocId, String>,
}

/// The id of document `n`.
pub fn doc_id(n: u8) -> DocId {
    DocId::from(format!("file:///fuzz/doc{}.txt", n % 4))
}

impl Session {
    pub fn new(utf8: bool) -> Session {
        Session {
            enc: if utf8 { Encoding::Utf8 } else { Encoding::Utf16 },
            sources: Sources::default(),
            state: Analysed::default(),
            versions: HashMap::new(),
            model: HashMap::new(),
        }
    }

    /// `didOpen` (or re-open with new text).
    pub fn open(&mut self, doc: u8, text: &str) {
        let id = doc_id(doc);
        let version = self.versions.get(&id).map_or(1, |v| v + 1);
        self.sources.open(id.clone(), text, version);
        self.versions.insert(id.clone(), version);
        self.model.insert(id, text.to_string());
    }

    /// `didChange`; a `stale` one repeats the current version and must be
    /// rejected without touching the text.
    pub fn change(&mut self, doc: u8, changes: &[Change], stale: bool) {
        let id = doc_id(doc);
        let events: Vec<TextDocumentContentChangeEvent> = changes
            .iter()
            .map(|(range, text)| TextDocumentContentChangeEvent {
                range: range.map(|(s, e)| Range::new(Position::new(s.0, s.1), Position::new(e.0, e.1))),
                range_length: None,
                text: text.clone(),
            })
            .collect();
        let Some(&current) = self.versions.get(&id) else {
            assert!(
                self.sources.change(&id, 1, &events, self.enc).is_err(),
                "change to an unopened document"
            );
            return;
        };
        let version = if stale { current } else { current + 1 };
        let result = self.sources.change(&id, version, &events, self.enc);
        if stale {
            assert!(result.is_err(), "a stale change was applied");
        } else {
            assert!(result.is_ok(), "{result:?}");
            self.versions.insert(id.clone(), version);
            let model = self.model.get_mut(&id).expect("open documents have a model");
            for (range, text) in changes {
                model_apply(model, *range, text, self.enc);
            }
        }
        let rope = self.sources.snapshot(&id).expect("open").rope;
        assert_eq!(
            rope.to_string(),
            self.model[&id],
            "the buffer after {changes:?} in {:?}",
            self.enc
        );
    }

    /// `didClose`: the document is gone (there is no file behind it).
    pub fn close(&mut self, doc: u8) {
        let id = doc_id(doc);
        let was_open = self.sources.close(&id);
        assert_eq!(was_open, self.versions.remove(&id).is_some());
        self.model.remove(&id);
    }

    /// One analysis run: what the scheduler does with the dirty documents.
    pub fn analyse(&mut self) {
        for (id, snap) in self.sources.take_dirty() {
            match snap {
                Some(snap) => {
                    let text: Arc<str> = Arc::from(snap.rope.to_string());
                    let article = Article::analyze(id.clone(), text);
                    super::scheduler::swap_in(&mut self.state, id, article, snap);
                }
                None => {
                    self.state.workspace.remove(&id);
                    self.state.docs.remove(&id);
                }
            }
        }
        assert_eq!(self.state.workspace.len(), self.state.docs.len());
    }

    /// Every request about `doc` at `pos` and in `range`, as the handlers
    /// answer them from the last analysis, with their answers checked.
    pub fn requests(&self, doc: u8, pos: (u32, u32), range: ((u32, u32), (u32, u32)), name: &str) {
        let id = doc_id(doc);
        let pos = Position::new(pos.0, pos.1);
        let range = Range::new(Position::new(range.0.0, range.0.1), Position::new(range.1.0, range.1.1));
        let Some(rope) = self.state.docs.get(&id).map(|d| &d.rope) else {
            assert!(features::semantic_tokens(&self.state, &id, None, self.enc).is_none());
            return;
        };
        self.conversions(rope, pos);
        let uri = uri_of(&id).expect("a URI");
        self.entity_requests(&id, rope, pos, name);
        self.document_requests(&id, rope, range, name);
        self.finding_requests(&id, uri, rope, range);
    }

    /// Hover, rename, definition, references, highlights and add-to-KB for
    /// the entity at `pos`, if any.
    fn entity_requests(&self, id: &DocId, rope: &Rope, pos: Position, name: &str) {
        let (enc, state) = (self.enc, &self.state);
        let at = position::offset(rope, pos, enc)
            .and_then(Offset::exact)
            .and_then(|o| state.workspace.entity_at(id, o));
        let Some((key, mention)) = at else { return };
        let article = state.workspace.get(id).expect("analysed");
        self.range_in(rope, position::range(rope, mention.span, enc));
        if let Some(entity) = state.workspace.entity(&key) {
            features::hover_text(state, id, &entity, true);
            features::hover_text(state, id, &entity, false);
            let path = std::path::Path::new("/fuzz/entities.toml");
            features::add_to_kb(&entity, path, Some(rope), false, enc);
            features::add_to_kb(&entity, path, None, true, enc);
        }
        let span = name_span(&article.text, mention);
        assert!(mention.span.start <= span.start && span.end <= mention.span.end);
        self.range_in(rope, position::range(rope, span, enc));
        if let Ok(edit) = features::rename(state, &key, name, enc) {
            self.edit_in(&edit);
        }
        if let Some((doc, span)) = state.workspace.definition_site(&key) {
            let other = &state.docs.get(&doc).expect("a definition in an analysed document").rope;
            self.range_in(other, position::range(other, span, enc));
        }
        for (a, m) in state.workspace.mentions_of(&key) {
            let other = &state.docs.get(&a.id).expect("references in analysed documents").rope;
            self.range_in(other, position::range(other, m.span, enc));
        }
    }

    /// Document and workspace symbols, semantic tokens (whole and in
    /// `range`) and inlay hints.
    fn document_requests(&self, id: &DocId, rope: &Rope, range: Range, name: &str) {
        let (enc, state) = (self.enc, &self.state);
        for s in features::document_symbols(state, id, enc).into_iter().flatten() {
            self.range_in(rope, s.range);
            for c in s.children.iter().flatten() {
                self.range_in(rope, c.range);
                assert!(s.range.start <= c.range.start && c.range.end <= s.range.end);
            }
        }
        for s in features::workspace_symbols(state, name, enc) {
            if let OneOf::Left(loc) = &s.location {
                let doc = crate::lsp::state::doc_id(&loc.uri);
                self.range_in(
                    &state.docs.get(&doc).expect("symbols in analysed documents").rope,
                    loc.range,
                );
            }
        }
        for r in [None, Some(range)] {
            let tokens = features::semantic_tokens(state, id, r, enc).expect("an analysed document has tokens");
            self.tokens_in(rope, &tokens);
        }
        for h in features::inlay_hints(state, id, range, enc).expect("an analysed document has hints") {
            self.position_in(rope, h.position);
        }
    }

    /// Diagnostics, their code actions in `range` and the lens.
    fn finding_requests(&self, id: &DocId, uri: Uri, rope: &Rope, range: Range) {
        let (enc, state) = (self.enc, &self.state);
        let config = Config::default();
        let findings = with_levels(state.workspace.findings_for(id), &config);
        let diagnostics: Vec<Diagnostic> = findings
            .iter()
            .filter_map(|f| super::diagnostics::to_diagnostic(state, f, enc))
            .collect();
        for d in &diagnostics {
            self.range_in(rope, d.range);
            for r in d.related_information.iter().flatten() {
                let doc = crate::lsp::state::doc_id(&r.location.uri);
                self.range_in(
                    &state.docs.get(&doc).expect("related in analysed documents").rope,
                    r.location.range,
                );
            }
        }
        let params = CodeActionParams {
            text_document: TextDocumentIdentifier { uri },
            range,
            context: CodeActionContext {
                diagnostics,
                only: None,
                trigger_kind: None,
            },
            work_done_progress_params: WorkDoneProgressParams::default(),
            partial_result_params: PartialResultParams::default(),
        };
        features::spelling_fixes(&params);
        let config_path = std::path::Path::new("/fuzz/newsls.toml");
        features::finding_actions(&params, Some(config_path), Some(rope), false, enc);
        features::finding_actions(&params, Some(config_path), None, true, enc);
        features::conflict_lens(&findings);
        for f in with_levels(state.workspace.findings(), &config) {
            super::diagnostics::to_diagnostic(state, &f, enc);
        }
    }

    /// Position ↔ offset: every offset is a char boundary in the text, and
    /// every char boundary survives the round trip.
    fn conversions(&self, rope: &Rope, pos: Position) {
        let text = rope.to_string();
        if let Some(o) = position::offset(rope, pos, self.enc) {
            let o = o.value();
            assert!(o <= text.len() && text.is_char_boundary(o), "offset {o} of {pos:?}");
            let back = position::position(rope, o, self.enc);
            assert!(
                back.line == pos.line && back.character <= pos.character,
                "{pos:?} → {o} → {back:?}"
            );
        } else {
            assert!(pos.line as usize >= rope.len_lines());
        }
        let bytes = text.as_bytes();
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]).take(300) {
            // Between `\r` and `\n` is no position of its own.
            if b > 0 && bytes[b - 1] == b'\r' && bytes.get(b) == Some(&b'\n') {
                continue;
            }
            let p = position::position(rope, b, self.enc);
            assert_eq!(
                position::offset(rope, p, self.enc),
                Some(Offset::Exact(b)),
                "{b} → {p:?}"
            );
        }
    }

    fn position_in(&self, rope: &Rope, p: Position) {
        assert!((p.line as usize) < rope.len_lines(), "{p:?} past the last line");
        assert!(
            position::offset(rope, p, self.enc).is_some_and(|o| o.exact().is_some()),
            "{p:?} past its line's end"
        );
    }

    fn range_in(&self, rope: &Rope, r: Range) {
        self.position_in(rope, r.start);
        self.position_in(rope, r.end);
        assert!(r.start <= r.end, "{r:?}");
    }

    fn edit_in(&self, edit: &WorkspaceEdit) {
        for (uri, edits) in edit.changes.iter().flatten() {
            let doc = crate::lsp::state::doc_id(uri);
            let rope = &self.state.docs.get(&doc).expect("edits in analysed documents").rope;
            for e in edits {
                self.range_in(rope, e.range);
            }
        }
    }

    /// Semantic tokens decode to increasing positions, each on one line
    /// and inside the text.
    fn tokens_in(&self, rope: &Rope, tokens: &[SemanticToken]) {
        let (mut line, mut start) = (0u32, 0u32);
        for t in tokens {
            if t.delta_line == 0 {
                start += t.delta_start;
            } else {
                (line, start) = (line + t.delta_line, t.delta_start);
            }
            self.range_in(
                rope,
                Range::new(Position::new(line, start), Position::new(line, start + t.length)),
            );
        }
    }
}

/// The byte offset of an LSP position in a plain string, written apart from
/// `position::offset` to check it: lines end at `\n`, `\r\n` or `\r`; a
/// column inside a character rounds down; past the line's end clamps to it;
/// past the last line is the end of the text.
fn model_offset(text: &str, (line, col): (u32, u32), enc: Encoding) -> usize {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    let Some(&start) = starts.get(line as usize) else {
        return text.len();
    };
    let end = starts.get(line as usize + 1).map_or(text.len(), |&next| {
        let content = text[start..next].trim_end_matches('\n');
        start + content.strip_suffix('\r').unwrap_or(content).len()
    });
    let mut units = 0;
    for (i, c) in text[start..end].char_indices() {
        units += match enc {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        };
        if units > col as usize {
            return start + i;
        }
    }
    end
}

fn model_apply(model: &mut String, range: Option<((u32, u32), (u32, u32))>, text: &str, enc: Encoding) {
    match range {
        None => *model = text.to_string(),
        Some((s, e)) => {
            let start = model_offset(model, s, enc);
            let end = model_offset(model, e, enc).max(start);
            model.replace_range(start..end, text);
        }
    }
}
