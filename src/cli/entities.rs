//! `newsls entities`: the canonical table (text) or every mention (JSON).

use serde_json::json;

use super::{EXIT_OK, EntitiesFormat, Loaded, emit};

pub fn run(loaded: &Loaded, format: EntitiesFormat) -> i32 {
    let ws = &loaded.workspace;
    let out = match format {
        EntitiesFormat::Json => {
            let mut canonical = std::collections::HashMap::new();
            let mut mentions = Vec::new();
            for article in ws.articles() {
                let ids = ws.entities_of(&article.id);
                for (m, key) in article.analysis.mentions.iter().zip(ids) {
                    let name = canonical
                        .entry(key.clone())
                        .or_insert_with(|| ws.entity(&key).map(|e| e.name).unwrap_or_else(|| m.name.clone()))
                        .clone();
                    mentions.push(json!({
                        "file": &*article.id,
                        "start": m.span.start,
                        "end": m.span.end,
                        "text": m.span.text(&article.text),
                        "type": m.ty.label(),
                        "kind": m.kind.label(),
                        "entity": name,
                    }));
                }
            }
            serde_json::to_string_pretty(&mentions).unwrap_or_default() + "\n"
        }
        EntitiesFormat::Text => {
            let entities = ws.entities();
            let width = entities
                .iter()
                .map(|e| e.name.chars().count())
                .max()
                .unwrap_or(6)
                .clamp(6, 48);
            let mut out = format!(
                "{:<width$}  {:<6}  {:>8}  {:>8}\n",
                "ENTITY", "TYPE", "MENTIONS", "ARTICLES"
            );
            for e in &entities {
                out += &format!(
                    "{:<width$}  {:<6}  {:>8}  {:>8}\n",
                    e.name,
                    e.ty.label(),
                    e.mentions,
                    e.articles
                );
            }
            out += &format!("{} entities in {} articles\n", entities.len(), ws.len());
            out
        }
    };
    emit(&out);
    EXIT_OK
}
