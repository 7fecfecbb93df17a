//! Drives a small workspace through every cross-article question and checks
//! what must hold whatever the text: shared by the `workspace` fuzz target
//! and the random-input tests, so both reach the same code. Panics (with
//! the failing invariant) on a violation.

use std::sync::Arc;

use super::{Article, DocId, EntityId, Finding, Workspace};
use crate::analysis::Span;

/// How many mentions per article and entities per workspace are asked
/// about in detail (spread over all of them).
const LIMIT: usize = 24;

/// The id of the `i`-th article.
pub fn doc_id(i: usize) -> DocId {
    DocId::from(format!("file:///fuzz/a{i}.txt"))
}

/// Analyses `texts` as the articles of one workspace, asks it everything,
/// then removes and re-inserts the first article and asks again.
pub fn exercise(texts: &[&str]) {
    let ids: Vec<DocId> = (0..texts.len()).map(doc_id).collect();
    let mut w = Workspace::new();
    for (id, text) in ids.iter().zip(texts) {
        w.insert(Article::analyze(id.clone(), Arc::from(*text)));
    }
    assert_eq!(w.len(), texts.len());
    let before = everything(&w);
    if let (Some(first), Some(text)) = (ids.first(), texts.first()) {
        assert!(w.remove(first), "the article was there");
        assert!(w.get(first).is_none() && !w.remove(first));
        everything(&w);
        w.insert(Article::analyze(first.clone(), Arc::from(*text)));
        // Removal leaves nothing behind: the same articles give the same findings.
        assert_eq!(
            everything(&w),
            before,
            "findings after removing and re-inserting {first}"
        );
    }
}

/// Asks the workspace everything and checks the answers; returns the
/// findings, sorted, for comparing workspaces.
fn everything(w: &Workspace) -> Vec<(DocId, Span, &'static str, String)> {
    let all = w.findings();
    for f in &all {
        check_finding(w, f);
    }
    for a in w.articles() {
        let doc = &*a.id;
        let text = &*a.text;
        let mentions = &a.analysis.mentions;
        for f in w.findings_for(doc) {
            assert_eq!(&*f.doc, doc, "findings_for gives this article's findings");
            check_finding(w, &f);
        }
        assert_eq!(w.entities_of(doc).len(), mentions.len(), "one entity per mention");
        w.claims_of(doc);
        // Every mention's ends and middle, up to a bound that keeps a fuzz
        // run fast; offsets inside characters too.
        let mut offsets = vec![0, text.len() / 2, text.len(), text.len() + 1];
        let step = mentions.len().div_ceil(LIMIT).max(1);
        for m in mentions.iter().step_by(step) {
            offsets.extend([m.span.start, (m.span.start + m.span.end) / 2, m.span.end]);
        }
        for off in offsets {
            let Some((id, m)) = w.entity_at(doc, off) else {
                continue;
            };
            assert!(m.span.touches(off), "entity_at({off}) gave a mention at {:?}", m.span);
            check_span(text, m.span, "mention");
            assert!(w.mentions_in(doc, &id) >= 1, "{id} is mentioned in {doc}");
            assert!(
                w.mentions_of(&id).iter().any(|(x, n)| x.id == a.id && n.span == m.span),
                "mentions_of({id}) includes the mention it was found at"
            );
            entity(w, &id);
        }
    }
    let entities = w.entities();
    for e in entities.iter().step_by(entities.len().div_ceil(LIMIT).max(1)) {
        assert!(e.mentions >= 1 && e.articles >= 1 && e.articles <= w.len(), "{e:?}");
        entity(w, &e.id);
    }
    let mut out: Vec<_> = all
        .into_iter()
        .map(|f| (f.doc, f.span, f.code.as_str(), f.message))
        .collect();
    out.sort();
    out
}

/// Everything about one entity: mentions, definition, rename spans.
fn entity(w: &Workspace, id: &EntityId) {
    let mentions = w.mentions_of(id);
    for (a, m) in &mentions {
        check_span(&a.text, m.span, "mention of an entity");
    }
    if let Some((a, m)) = w.definition(id) {
        check_span(&a.text, m.span, "definition");
    }
    if let Some((doc, span)) = w.definition_site(id) {
        check_span(
            &w.get(&doc).expect("definition site in the workspace").text,
            span,
            "definition site",
        );
    }
    for (doc, span) in w.full_name_spans(id) {
        check_span(&w.get(&doc).expect("rename in the workspace").text, span, "full name");
    }
    w.entity(id);
}

fn check_finding(w: &Workspace, f: &Finding) {
    let a = w
        .get(&f.doc)
        .unwrap_or_else(|| panic!("finding in an unknown article: {f:?}"));
    check_span(&a.text, f.span, f.code.as_str());
    for r in &f.related {
        let other = w
            .get(&r.doc)
            .unwrap_or_else(|| panic!("related location in an unknown article: {f:?}"));
        check_span(&other.text, r.span, "related location");
    }
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end),
        "{what} span {span:?} is not a range of the text ({} bytes)",
        text.len()
    );
}
