//! Entity features for the editor: hover text, rename, symbols, semantic
//! tokens and inlay hints. Each function reads one finished analysis
//! (`Analysed`) and converts byte spans at the edge.

use std::collections::{BTreeMap, HashMap};

use ropey::Rope;
use tower_lsp_server::ls_types::*;

use super::position::{self, Encoding};
use super::state::{Analysed, uri_of};
use crate::analysis::text::fold;
use crate::analysis::{EntityType, MentionKind};
use crate::rules::Code;
use crate::workspace::{Entity, EntityId, IdKind, short_name};

/// Hover text: who this is, what the articles call it, and how often.
pub fn hover_text(state: &Analysed, doc: &str, entity: &Entity, markdown: bool) -> String {
    let here = state.workspace.mentions_in(doc, &entity.id);
    let total = state.workspace.len();
    let (b, i, sep) = if markdown { ("**", "*", "\n\n") } else { ("", "", "\n") };
    let mut out = format!("{b}{}{b} · {}", entity.name, entity.ty.label());
    // A description no article resolves to a name (`the man`, `police`):
    // say so rather than present the noun as a name.
    if matches!(entity.id.kind(), IdKind::Description(_) | IdKind::Local(_)) && entity.aliases.is_empty() {
        out += " · not named in any article";
    }
    if !entity.titles.is_empty() {
        let titles: Vec<String> = entity
            .titles
            .iter()
            .map(|(t, docs)| {
                let docs: Vec<String> = docs.iter().map(|d| short_name(d)).collect();
                format!("{i}{t}{i} ({})", docs.join(", "))
            })
            .collect();
        out += &format!("{sep}{}", titles.join(" · "));
    }
    let others: Vec<&str> = entity
        .aliases
        .iter()
        .map(String::as_str)
        .filter(|a| *a != entity.name)
        .collect();
    if !others.is_empty() {
        out += &format!("{sep}Also: {}", others.join(", "));
    }
    if let Some(kb) = &entity.kb {
        if let Some(d) = &kb.description {
            out += &format!("{sep}{d}");
        }
        if let Some(link) = kb.link() {
            out += &if markdown {
                format!("{sep}[{link}]({link})")
            } else {
                format!("{sep}{link}")
            };
        }
    }
    out += &format!(
        "{sep}{here} mention{} in this article · {} in {} of {total} article{}",
        plural(here),
        entity.mentions,
        entity.articles,
        plural(total)
    );
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// A rename of every full-name mention of an entity, as one edit.
pub fn rename(state: &Analysed, id: &EntityId, new_name: &str, enc: Encoding) -> Result<WorkspaceEdit, String> {
    let new_name = new_name.trim();
    if new_name.is_empty() {
        return Err("the new name is empty".into());
    }
    let spans = state.workspace.full_name_spans(id);
    if spans.is_empty() {
        return Err("this entity is never named in full, so there is no name to rewrite".into());
    }
    let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
    for (doc, span) in spans {
        let (Some(uri), Some(d)) = (uri_of(&doc), state.docs.get(&doc)) else {
            continue;
        };
        changes
            .entry(uri)
            .or_default()
            .push(TextEdit::new(position::range(&d.rope, span, enc), new_name.to_string()));
    }
    Ok(WorkspaceEdit {
        changes: Some(changes),
        ..WorkspaceEdit::default()
    })
}

/// How entity types show as symbols.
fn symbol_kind(ty: EntityType) -> SymbolKind {
    match ty {
        EntityType::Person => SymbolKind::OBJECT,
        EntityType::Org => SymbolKind::NAMESPACE,
        EntityType::Gpe => SymbolKind::MODULE,
        EntityType::Loc => SymbolKind::PACKAGE,
        EntityType::Fac => SymbolKind::STRUCT,
        EntityType::Norp => SymbolKind::ENUM,
        EntityType::Event => SymbolKind::EVENT,
        EntityType::Product => SymbolKind::OBJECT,
    }
}

/// This article's named entities, grouped by type.
#[allow(deprecated)] // DocumentSymbol::deprecated must still be written
pub fn document_symbols(state: &Analysed, doc: &str, enc: Encoding) -> Option<Vec<DocumentSymbol>> {
    let article = state.workspace.get(doc)?;
    let rope = &state.docs.get(doc)?.rope;
    let ids = state.workspace.entities_of(doc);
    // First named mention and count of each entity in this article.
    let mut seen: BTreeMap<EntityId, (usize, usize)> = BTreeMap::new();
    for (i, (m, id)) in article.analysis.mentions.iter().zip(&ids).enumerate() {
        if matches!(m.kind, MentionKind::Descriptor | MentionKind::Pronoun)
            || matches!(id.kind(), IdKind::Local(_) | IdKind::Description(_))
        {
            continue;
        }
        seen.entry(id.clone()).or_insert((i, 0)).1 += 1;
    }
    let mut by_type: BTreeMap<EntityType, Vec<DocumentSymbol>> = BTreeMap::new();
    for (id, (first, count)) in seen {
        let Some(entity) = state.workspace.entity(&id) else {
            continue;
        };
        let m = &article.analysis.mentions[first];
        let range = position::range(rope, m.span, enc);
        by_type.entry(entity.ty).or_default().push(DocumentSymbol {
            name: entity.name,
            detail: Some(format!("{count} mention{}", plural(count))),
            kind: symbol_kind(entity.ty),
            tags: None,
            deprecated: None,
            range,
            selection_range: range,
            children: None,
        });
    }
    let symbols = by_type
        .into_iter()
        .filter_map(|(ty, mut children)| {
            children.sort_by_key(|c| (c.range.start.line, c.range.start.character));
            let range = Range::new(children.first()?.range.start, children.last()?.range.end);
            Some(DocumentSymbol {
                name: ty.label().to_string(),
                detail: Some(format!(
                    "{} entit{}",
                    children.len(),
                    if children.len() == 1 { "y" } else { "ies" }
                )),
                kind: symbol_kind(ty),
                tags: None,
                deprecated: None,
                range,
                selection_range: range,
                children: Some(children),
            })
        })
        .collect();
    Some(symbols)
}

/// Whether every character of `query` appears in `name` in order (case and
/// diacritics folded): the fuzzy match editors use for symbol search.
pub fn fuzzy_match(query: &str, name: &str) -> bool {
    let name = fold(name);
    let mut chars = name.chars();
    fold(query).chars().filter(|c| *c != ' ').all(|q| chars.any(|c| c == q))
}

/// Canonical entities matching a query, each at its defining mention.
pub fn workspace_symbols(state: &Analysed, query: &str, enc: Encoding) -> Vec<WorkspaceSymbol> {
    state
        .workspace
        .entities()
        .into_iter()
        .filter(|e| fuzzy_match(query, &e.name))
        .filter_map(|e| {
            let (article, m) = state.workspace.definition(&e.id)?;
            let rope = &state.docs.get(&article.id)?.rope;
            Some(WorkspaceSymbol {
                name: e.name.clone(),
                kind: symbol_kind(e.ty),
                tags: None,
                container_name: Some(format!(
                    "{} · {} mentions in {} articles",
                    e.ty.label(),
                    e.mentions,
                    e.articles
                )),
                location: OneOf::Left(Location::new(uri_of(&article.id)?, position::range(rope, m.span, enc))),
                data: None,
            })
        })
        .take(500)
        .collect()
}

/// Semantic token types, by entity type: standard types, so ordinary
/// themes colour them.
pub const TOKEN_TYPES: [SemanticTokenType; 8] = [
    SemanticTokenType::CLASS,     // PERSON
    SemanticTokenType::NAMESPACE, // ORG
    SemanticTokenType::TYPE,      // GPE
    SemanticTokenType::STRUCT,    // LOC
    SemanticTokenType::INTERFACE, // FAC
    SemanticTokenType::ENUM,      // NORP
    SemanticTokenType::EVENT,     // EVENT
    SemanticTokenType::VARIABLE,  // PRODUCT
];

/// Modifiers: the introducing mention is the declaration.
pub const TOKEN_MODIFIERS: [SemanticTokenModifier; 1] = [SemanticTokenModifier::DECLARATION];

fn token_type(ty: EntityType) -> u32 {
    EntityType::ALL.iter().position(|t| *t == ty).unwrap_or(0) as u32
}

pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: TOKEN_TYPES.to_vec(),
        token_modifiers: TOKEN_MODIFIERS.to_vec(),
    }
}

/// Mentions as semantic tokens, optionally only those within a range.
pub fn semantic_tokens(state: &Analysed, doc: &str, range: Option<Range>, enc: Encoding) -> Option<Vec<SemanticToken>> {
    let article = state.workspace.get(doc)?;
    let rope = &state.docs.get(doc)?.rope;
    let ids = state.workspace.entities_of(doc);
    let (from, to) = match range {
        Some(r) => (
            position::offset(rope, r.start, enc).map_or(0, |o| o.value()),
            position::offset(rope, r.end, enc).map_or(usize::MAX, |o| o.value()),
        ),
        None => (0, usize::MAX),
    };
    let mut tokens = Vec::new();
    let (mut last_line, mut last_start) = (0, 0);
    for (m, id) in article.analysis.mentions.iter().zip(&ids) {
        if m.span.end < from || m.span.start > to {
            continue;
        }
        let start = position::position(rope, m.span.start, enc);
        let end = position::position(rope, m.span.end, enc);
        if start.line != end.line {
            continue; // tokens may not span lines
        }
        let declaration = state
            .workspace
            .definition(id)
            .is_some_and(|(a, d)| &*a.id == doc && d.span == m.span);
        let delta_line = start.line - last_line;
        let delta_start = if delta_line == 0 {
            start.character - last_start
        } else {
            start.character
        };
        tokens.push(SemanticToken {
            delta_line,
            delta_start,
            length: end.character - start.character,
            token_type: token_type(m.ty),
            token_modifiers_bitset: u32::from(declaration),
        });
        (last_line, last_start) = (start.line, start.character);
    }
    Some(tokens)
}

/// Canonical names after descriptions and short forms that resolve to a
/// named entity (`the Russian president` → Vladimir Putin).
pub fn inlay_hints(state: &Analysed, doc: &str, range: Range, enc: Encoding) -> Option<Vec<InlayHint>> {
    let article = state.workspace.get(doc)?;
    let rope: &Rope = &state.docs.get(doc)?.rope;
    let ids = state.workspace.entities_of(doc);
    let from = position::offset(rope, range.start, enc).map_or(0, |o| o.value());
    let to = position::offset(rope, range.end, enc).map_or(usize::MAX, |o| o.value());
    let mut cache: HashMap<&EntityId, Option<String>> = HashMap::new();
    let mut hints = Vec::new();
    for (m, id) in article.analysis.mentions.iter().zip(&ids) {
        if m.span.end < from || m.span.start > to || !id.is_named() {
            continue;
        }
        // Descriptions, pronouns (`I` in a quote → its speaker) and short forms.
        let short = matches!(m.kind, MentionKind::Descriptor | MentionKind::Pronoun)
            || (m.kind == MentionKind::Name && fold(&m.name) != id.as_str());
        if !short {
            continue;
        }
        let name = cache
            .entry(id)
            .or_insert_with(|| state.workspace.entity(id).map(|e| e.name))
            .clone();
        let Some(name) = name.filter(|n| !m.span.text(&article.text).contains(n.as_str())) else {
            continue;
        };
        hints.push(InlayHint {
            position: position::position(rope, m.span.end, enc),
            label: InlayHintLabel::String(format!("→ {name}")),
            kind: None,
            text_edits: None,
            tooltip: Some(InlayHintTooltip::String(format!("newsls links this mention to {name}"))),
            padding_left: Some(true),
            padding_right: None,
            data: None,
        });
    }
    Some(hints)
}

/// Quick fixes for the `spelling-variant` diagnostics in a request.
pub fn spelling_fixes(params: &CodeActionParams) -> Vec<CodeAction> {
    params
        .context
        .diagnostics
        .iter()
        .filter(|d| d.code == Some(NumberOrString::String(Code::SpellingVariant.as_str().into())))
        .filter_map(|d| {
            let replacement = d.data.as_ref()?.get("replacement")?.as_str()?;
            let edit = TextEdit::new(d.range, replacement.to_string());
            let changes = HashMap::from([(params.text_document.uri.clone(), vec![edit])]);
            Some(CodeAction {
                title: format!("Use the house spelling \"{replacement}\""),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![d.clone()]),
                edit: Some(WorkspaceEdit {
                    changes: Some(changes),
                    ..WorkspaceEdit::default()
                }),
                is_preferred: Some(true),
                ..CodeAction::default()
            })
        })
        .collect()
}

/// An edit that appends a TOML block to a file: after its current text
/// (`existing`), or by creating it when the client can create files.
fn append_block(
    uri: Uri,
    existing: Option<&Rope>,
    block: String,
    can_create: bool,
    enc: Encoding,
) -> Option<WorkspaceEdit> {
    match existing {
        Some(rope) => {
            let end = position::position(rope, rope.len_bytes(), enc);
            let tail: String = rope.chars_at(rope.len_chars().saturating_sub(2)).collect();
            let sep = if rope.len_bytes() == 0 || tail.ends_with("\n\n") {
                ""
            } else if tail.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            };
            let changes = HashMap::from([(uri, vec![TextEdit::new(Range::new(end, end), format!("{sep}{block}"))])]);
            Some(WorkspaceEdit {
                changes: Some(changes),
                ..WorkspaceEdit::default()
            })
        }
        None if can_create => Some(WorkspaceEdit {
            document_changes: Some(DocumentChanges::Operations(vec![
                DocumentChangeOperation::Op(ResourceOp::Create(CreateFile {
                    uri: uri.clone(),
                    options: Some(CreateFileOptions {
                        overwrite: Some(false),
                        ignore_if_exists: Some(true),
                    }),
                    annotation_id: None,
                })),
                DocumentChangeOperation::Edit(TextDocumentEdit {
                    text_document: OptionalVersionedTextDocumentIdentifier { uri, version: None },
                    edits: vec![OneOf::Left(TextEdit::new(Range::default(), block))],
                }),
            ])),
            ..WorkspaceEdit::default()
        }),
        None => None,
    }
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name()
        .map_or_else(String::new, |f| f.to_string_lossy().into_owned())
}

/// "Add to entities.toml": appends an entry for the entity, or creates the
/// file when the client can create files. Never writes the file itself.
pub fn add_to_kb(
    entity: &Entity,
    path: &std::path::Path,
    kb: Option<&Rope>,
    can_create: bool,
    enc: Encoding,
) -> Option<CodeAction> {
    let variants: Vec<String> = entity
        .aliases
        .iter()
        .filter(|a| **a != entity.name && fold(a) == fold(&entity.name))
        .cloned()
        .collect();
    let entry = crate::kb::entry_text(&entity.name, entity.ty, &variants);
    let edit = append_block(Uri::from_file_path(path)?, kb, entry, can_create, enc)?;
    Some(CodeAction {
        title: format!("Add \"{}\" to {}", entity.name, file_name(path)),
        kind: Some(CodeActionKind::REFACTOR),
        edit: Some(edit),
        ..CodeAction::default()
    })
}

/// The command that opens another article at a related location.
pub const SHOW_RELATED: &str = "newsls.showRelated";

/// For each newsls diagnostic in the request: "Ignore this finding"
/// (recorded in `newsls.toml`, as spell checkers record words) and "Open …
/// at the conflicting claim" for each related location.
pub fn finding_actions(
    params: &CodeActionParams,
    config_path: Option<&std::path::Path>,
    config_text: Option<&Rope>,
    can_create: bool,
    enc: Encoding,
) -> Vec<CodeActionOrCommand> {
    let mut out = Vec::new();
    for d in params
        .context
        .diagnostics
        .iter()
        .filter(|d| d.source.as_deref() == Some(super::diagnostics::SOURCE))
    {
        let Some(NumberOrString::String(code)) = &d.code else {
            continue;
        };
        if matches!(Code::parse(code), Some(Code::Config | Code::KnowledgeBase)) {
            continue;
        }
        let side = |s: &str| d.data.as_ref()?.get(s)?.get("value")?.as_str().map(str::to_string);
        if let (Some(here), Some(path)) = (side("here"), config_path) {
            let quote = |s: &str| format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""));
            let mut block = format!("[[ignore]]\ncode = {}\nhere = {}\n", quote(code), quote(&here));
            if let Some(there) = side("there") {
                block += &format!("there = {}\n", quote(&there));
            }
            if let Some(edit) =
                Uri::from_file_path(path).and_then(|uri| append_block(uri, config_text, block, can_create, enc))
            {
                out.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: format!("Ignore this finding (record it in {})", file_name(path)),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![d.clone()]),
                    edit: Some(edit),
                    ..CodeAction::default()
                }));
            }
        }
        for related in d.related_information.iter().flatten() {
            let name = short_name(related.location.uri.as_str());
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Open {name} at the conflicting claim"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![d.clone()]),
                command: Some(Command {
                    title: format!("Open {name}"),
                    command: SHOW_RELATED.into(),
                    arguments: Some(vec![serde_json::to_value(&related.location).unwrap_or_default()]),
                }),
                ..CodeAction::default()
            }));
        }
    }
    out
}

/// The lens on an article's first line: how many conflicts it has, with
/// how many other articles.
pub fn conflict_lens(findings: &[crate::workspace::Finding]) -> Option<CodeLens> {
    let conflicts: Vec<_> = findings.iter().filter(|f| f.code.is_conflict()).collect();
    let others: std::collections::BTreeSet<&str> = conflicts
        .iter()
        .flat_map(|f| f.related.iter().map(|r| &*r.doc))
        .collect();
    let title = match conflicts.len() {
        0 => "No conflicts with other articles".to_string(),
        n => format!(
            "{n} conflict{} with {} other article{}",
            plural(n),
            others.len(),
            plural(others.len())
        ),
    };
    Some(CodeLens {
        range: Range::default(),
        command: Some(Command {
            title,
            command: String::new(),
            arguments: None,
        }),
        data: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuzzy_matching_folds_case_and_diacritics() {
        assert!(fuzzy_match("vput", "Vladimir Putin"));
        assert!(fuzzy_match("einars", "Helga Einarsdóttir"));
        assert!(fuzzy_match("", "anything"));
        assert!(!fuzzy_match("putv", "Vladimir Putin"));
    }

    #[test]
    fn short_names_decode_percent_escapes() {
        assert_eq!(short_name("file:///news/daily%20mail.txt"), "daily mail.txt");
    }
}
