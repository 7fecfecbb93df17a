//! Entities as the editor asks about them: at a position, their mentions,
//! definition, summary.

use super::*;

impl Workspace {
    /// The entity of the mention under a byte offset, with the mention.
    pub fn entity_at(&self, doc: &str, offset: usize) -> Option<(EntityId, &Mention)> {
        let e = self.entries.get(doc)?;
        let mentions = &e.article.analysis.mentions;
        let i = mentions.partition_point(|m| m.span.end < offset);
        let m = mentions.get(i).filter(|m| m.span.touches(offset))?;
        Some((self.mention_entity(e, i)?, m))
    }

    /// How many of an article's mentions belong to an entity: only that
    /// article's chains are resolved.
    pub fn mentions_in(&self, doc: &str, id: &EntityId) -> usize {
        let Some(e) = self.entries.get(doc) else {
            return 0;
        };
        e.links
            .chains
            .iter()
            .enumerate()
            .filter(|(c, chain)| self.resolve(&e.article.id, *c, chain) == *id)
            .map(|(_, chain)| chain.mentions.len())
            .sum()
    }

    /// The entity of every mention of an article, in mention order.
    pub fn entities_of(&self, doc: &str) -> Vec<EntityId> {
        let Some(e) = self.entries.get(doc) else {
            return Vec::new();
        };
        // Each chain once, not once per mention.
        let ids: Vec<EntityId> = (e.links.chains.iter().enumerate())
            .map(|(c, chain)| self.resolve(&e.article.id, c, chain))
            .collect();
        e.links.chain_of.iter().map(|&c| ids[c].clone()).collect()
    }

    /// The chains that may belong to an entity, before checking.
    pub(super) fn candidate_chains(&self, id: &EntityId) -> BTreeSet<ChainRef> {
        let mut out = BTreeSet::new();
        let kind = id.kind();
        if let IdKind::Local(chain) = kind {
            if let Some((doc, c)) = chain
                && let Some(e) = self.entries.get(doc)
            {
                out.insert((e.article.id.clone(), c));
            }
        } else if let IdKind::Short(w) = kind {
            out.extend(self.shorts.get(w).into_iter().flatten().cloned());
        } else if let IdKind::Description(d) = kind {
            out.extend(self.descs.get(head(d)).into_iter().flatten().cloned());
        } else {
            // The id itself, the KB's other forms, the person's other
            // spellings, a facility's other spellings (`Betty Ford` for
            // Betty Ford Center): a chain resolving to the entity is filed
            // under one of them, or under their words, aliases or titles.
            let mut keys: BTreeSet<String> = BTreeSet::new();
            for form in self.forms(id) {
                let spellings = facility_core(&form).and_then(|core| self.facility_cores.get(&core));
                keys.extend(spellings.into_iter().flat_map(|keys| keys.keys().cloned()));
                keys.insert(form);
            }
            for key in &keys {
                out.extend(self.full.get(key).into_iter().flatten().cloned());
                // Descriptions using a noun in it (`the church`).
                for w in key.split(' ').filter(|w| self.noun_names.contains_key(*w)) {
                    out.extend(self.descs.get(w).into_iter().flatten().cloned());
                }
                // Short forms: the key's words and the one-word aliases
                // (acronyms) articles gave it.
                let aliases = self.key_aliases.get(key).into_iter().flatten().map(|(a, _)| a.as_str());
                for w in key.split(' ').chain(aliases.clone()) {
                    out.extend(self.shorts.get(w).into_iter().flatten().cloned());
                }
                for a in aliases {
                    out.extend(self.full.get(a).into_iter().flatten().cloned());
                }
                // Descriptions by a title the key holds (another spelling's
                // title means the group's representative too).
                for t in self.key_titles.get(key).into_iter().flatten().map(|(t, _)| t) {
                    out.extend(self.descs.get(head(t)).into_iter().flatten().cloned());
                }
                // Descriptions spelling the name (`the Indian navy`).
                if key.contains(' ') {
                    out.extend(self.descs.get(head(key)).into_iter().flatten().cloned());
                }
            }
        }
        out
    }

    /// All mentions of an entity, in stable order (article id, position).
    pub fn mentions_of(&self, id: &EntityId) -> Vec<(&Article, &Mention)> {
        let mut out: Vec<(&Article, &Mention)> = Vec::new();
        for r in self.candidate_chains(id) {
            let Some((e, chain)) = self.chain(&r) else {
                continue;
            };
            if self.resolve(&r.0, r.1, chain) != *id {
                continue;
            }
            out.extend(
                chain
                    .mentions
                    .iter()
                    .filter_map(|&i| Some((&e.article, e.article.analysis.mentions.get(i)?))),
            );
        }
        out.sort_by(|a, b| (&a.0.id, a.1.span.start).cmp(&(&b.0.id, b.1.span.start)));
        out
    }

    /// The introducing mention: the first full-name mention in stable order,
    /// else the first mention. Memoised with the entity's summary.
    pub fn definition(&self, id: &EntityId) -> Option<(&Article, &Mention)> {
        let known = self.memo.lock().get(id).and_then(|k| k.definition.clone());
        let site = match known {
            Some(site) => site,
            None => {
                let site = self.definition_uncached(id).map(|(a, m)| (a.id.clone(), m.span));
                self.memo.lock().entry(id.clone()).or_default().definition = Some(site.clone());
                site
            }
        };
        let (doc, span) = site?;
        let a = &self.entries.get(&doc)?.article;
        let mentions = &a.analysis.mentions;
        let i = mentions.partition_point(|m| m.span.start < span.start);
        Some((a, mentions[i..].iter().find(|m| m.span == span)?))
    }

    pub(super) fn definition_uncached(&self, id: &EntityId) -> Option<(&Article, &Mention)> {
        // Every multi-word name is in a full-name chain: those alone decide,
        // without resolving the entity's short forms and descriptions.
        let mut first: Option<(&Article, &Mention)> = None;
        for form in self.forms(id) {
            for r in self.full.get(&form).into_iter().flatten() {
                let Some((e, chain)) = self.chain(r) else { continue };
                if self.resolve(&r.0, r.1, chain) != *id {
                    continue;
                }
                let mentions = &e.article.analysis.mentions;
                let named = chain.mentions.iter().filter_map(|&i| mentions.get(i));
                if let Some(m) = named
                    .filter(|m| m.kind == MentionKind::Name && m.name.contains(' '))
                    .min_by_key(|m| m.span.start)
                    && first.is_none_or(|(a, f)| (&e.article.id, m.span.start) < (&a.id, f.span.start))
                {
                    first = Some((&e.article, m));
                }
            }
        }
        if first.is_some() {
            return first;
        }
        let all = self.mentions_of(id);
        all.iter()
            .find(|(_, m)| m.kind == MentionKind::Name && m.name.contains(' '))
            .or_else(|| all.iter().find(|(_, m)| m.kind == MentionKind::Name))
            .or_else(|| all.first())
            .copied()
    }

    /// The name part (title left out) of every mention that spells out the
    /// entity's full name: what a rename rewrites.
    pub fn full_name_spans(&self, id: &EntityId) -> Vec<(DocId, Span)> {
        self.full_names(id)
            .into_iter()
            .map(|(a, m)| (a.id.clone(), name_span(&a.text, m)))
            .collect()
    }

    /// Mentions that spell out one of the entity's full names.
    pub(super) fn full_names(&self, id: &EntityId) -> Vec<(&Article, &Mention)> {
        let forms = self.forms(id);
        self.mentions_of(id)
            .into_iter()
            .filter(|(_, m)| m.kind == MentionKind::Name && forms.contains(&fold(&m.name)))
            .collect()
    }

    /// Where go-to-definition goes: the knowledge-base entry when there is
    /// one, else the introducing mention.
    pub fn definition_site(&self, id: &EntityId) -> Option<(DocId, Span)> {
        if let Some((doc, kb)) = &self.kb
            && let Some(entry) = kb.lookup(id.as_str())
        {
            return Some((doc.clone(), entry.span));
        }
        self.definition(id).map(|(a, m)| (a.id.clone(), m.span))
    }

    /// Named entities (not local or unresolved descriptions) of an article.
    pub(super) fn named_entities_of(&self, doc: &str) -> BTreeSet<EntityId> {
        self.entities_of(doc).into_iter().filter(EntityId::is_named).collect()
    }

    /// A summary of one entity.
    pub fn entity(&self, id: &EntityId) -> Option<Entity> {
        if let Some(e) = self.memo.lock().get(id).and_then(|k| k.entity.clone()) {
            return Some(e);
        }
        let entity = self.summarise(id)?;
        self.memo.lock().entry(id.clone()).or_default().entity = Some(entity.clone());
        Some(entity)
    }

    pub(super) fn summarise(&self, id: &EntityId) -> Option<Entity> {
        let all = self.mentions_of(id);
        if all.is_empty() {
            return None;
        }
        let mut names: HashMap<&str, usize> = HashMap::new();
        let mut types: HashMap<EntityType, usize> = HashMap::new();
        let mut articles = BTreeSet::new();
        let mut titles: Vec<(String, Vec<DocId>)> = Vec::new();
        for (article, m) in &all {
            articles.insert(&article.id);
            *types.entry(m.ty).or_default() += 1;
            if matches!(m.kind, MentionKind::Name | MentionKind::Acronym | MentionKind::Demonym) {
                *names.entry(m.name.as_str()).or_default() += 1;
            }
            let title = match (m.title, m.kind) {
                (Some(t), _) => Some(t.text(&article.text).to_string()),
                (None, MentionKind::Descriptor) => Some(m.name.clone()),
                _ => None,
            };
            if let Some(t) = title.filter(|t| !crate::analysis::is_honorific(t)) {
                match titles.iter_mut().find(|(x, _)| fold(x) == fold(&t)) {
                    Some((_, docs)) if !docs.contains(&article.id) => docs.push(article.id.clone()),
                    Some(_) => {}
                    None => titles.push((t, vec![article.id.clone()])),
                }
            }
        }
        // Most frequent full form; ties go to the longer form, then alphabetical.
        let full = |n: &&str| n.contains(' ') || !id.as_str().contains(' ');
        let name = names
            .iter()
            .filter(|(n, _)| full(n))
            .max_by(|a, b| a.1.cmp(b.1).then(a.0.len().cmp(&b.0.len())).then(b.0.cmp(a.0)))
            .or_else(|| names.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))))
            .map(|(n, _)| n.to_string())
            .unwrap_or_else(|| all[0].1.name.clone());
        let ty = types.into_iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))?.0;
        let mut aliases: Vec<String> = names.into_keys().map(str::to_string).collect();
        aliases.sort();
        let kb = self.kb.as_ref().and_then(|(_, kb)| kb.lookup(id.as_str())).cloned();
        let name = kb.as_ref().map_or(name, |e| e.name.clone());
        let ty = kb.as_ref().and_then(|e| e.ty).unwrap_or(ty);
        Some(Entity {
            kb,
            id: id.clone(),
            name,
            ty,
            mentions: all.len(),
            articles: articles.len(),
            titles,
            aliases,
        })
    }

    /// Every entity with a name, most mentioned first, then by name.
    pub fn entities(&self) -> Vec<Entity> {
        let mut ids: BTreeSet<EntityId> = BTreeSet::new();
        for e in self.entries.values() {
            for (c, chain) in e.links.chains.iter().enumerate() {
                if !matches!(chain.anchor, Anchor::Local | Anchor::Description(_)) {
                    ids.insert(self.resolve(&e.article.id, c, chain));
                }
            }
        }
        let mut all: Vec<Entity> = ids.iter().filter_map(|k| self.entity(k)).collect();
        all.sort_by(|a, b| b.mentions.cmp(&a.mentions).then_with(|| a.name.cmp(&b.name)));
        all
    }
}

/// What is memoised about one entity.
#[derive(Debug, Default)]
pub(super) struct Known {
    entity: Option<Entity>,
    /// Its defining mention, once asked (`None` inside: it has none).
    definition: Option<Option<(DocId, Span)>>,
}

/// The part of a mention after its title: `Vladimir Putin` in
/// `Russian President Vladimir Putin`.
pub fn name_span(text: &str, m: &Mention) -> Span {
    let Some(title) = m.title.filter(|t| t.end <= m.span.end && t.start >= m.span.start) else {
        return m.span;
    };
    let rest = text.get(title.end..m.span.end).unwrap_or("");
    let skip = rest.len() - rest.trim_start().len();
    Span::new(title.end + skip, m.span.end)
}
