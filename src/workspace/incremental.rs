//! Edits: replacing an article re-indexes it and forgets only what its
//! changed names reach (see ARCHITECTURE.md, "workspace").

use super::*;

impl Workspace {
    /// Replaces an article. When its chains file under the cross-article
    /// index exactly as before (`same_index`: typing in the prose), every
    /// chain of the workspace resolves as before, so the resolutions stay
    /// memoised and the aggregates change by this article's part only.
    /// Otherwise (a name typed), only what the changed names can reach is
    /// forgotten (`reach`, then `reach_renamed` for keys whose canonical
    /// form moved): the chains whose resolution reads them, the entities
    /// those chains belonged to or now belong to, and the claim and quote
    /// groups of the articles whose chains now resolve to another entity
    /// (claims and quotes read which entity a chain is, not its spelling).
    /// Memos are forgotten entry by entry, never by a pass over them. Either way the cost of an edit follows
    /// what it touches, not the size of the workspace.
    pub(super) fn replace(
        &mut self,
        article: Article,
        links: Links,
        claims: Vec<claims::Claim>,
        quotes: Vec<quotes::Quote>,
    ) {
        let id = article.id.clone();
        let Some(old_chains) = self.entries.get(&id).map(|e| e.links.chains.len()) else {
            return;
        };
        let old_part = self.part(&id);
        let renamed = self
            .entries
            .get(&id)
            .and_then(|old| (!same_index(&old.links, &links)).then(|| changed_words(&old.links, &links)));
        // This article's entities: their summaries count its mentions.
        let mut changed: BTreeSet<EntityId> = self.entities_of(&id).into_iter().collect();
        let before = renamed.as_ref().map(|words| self.before_renaming(&id, words));
        let Some(old) = self.entries.remove(&id) else {
            return;
        };
        if renamed.is_some() {
            self.index(&id, &old.links, false);
            self.index(&id, &links, true);
        }
        self.index_claims(&id, &old.claims, false);
        self.index_quotes(&id, &old.article.analysis, &old.quotes, false);
        self.index_claims(&id, &claims, true);
        self.index_quotes(&id, &article.analysis, &quotes, true);
        let entry = Entry {
            article,
            links,
            claims,
            quotes,
        };
        self.entries.insert(id.clone(), entry);
        if let (Some(words), Some(before)) = (renamed, before) {
            changed.extend(self.forget_renamed(&id, old_chains, &words, before));
        }
        changed.extend(self.entities_of(&id));
        // The article's part in the aggregates, by delta.
        let new_part = self.part(&id);
        self.aggregates.get_mut().replace(&id, &old_part, &new_part);
        let memo = self.memo.get_mut();
        for k in &changed {
            memo.remove(k);
        }
    }

    /// What the chains and keys a renaming in `doc` reaches resolve to
    /// before the change.
    pub(super) fn before_renaming(&self, doc: &DocId, words: &BTreeSet<String>) -> Before {
        let reached = self.reach(doc, words);
        let canonical = reached.keys.iter().map(|k| (k.clone(), self.canonical(k))).collect();
        let resolved = (reached.chains.iter())
            .filter_map(|r| Some((r.clone(), self.resolve(&r.0, r.1, self.chain(r)?.1))))
            .collect();
        Before {
            reached,
            resolved,
            canonical,
        }
    }

    /// After a renaming in `doc` (whose old version had `old_chains`
    /// chains): forgets the memos and aggregates the change reaches, and
    /// returns the entities whose summaries it may change.
    pub(super) fn forget_renamed(
        &mut self,
        doc: &DocId,
        old_chains: usize,
        words: &BTreeSet<String>,
        before: Before,
    ) -> BTreeSet<EntityId> {
        let Before {
            mut reached,
            resolved: mut was,
            canonical,
        } = before;
        let after = self.reach(doc, words);
        reached.chains.extend(after.chains);
        reached.keys.extend(after.keys);
        for k in &reached.keys {
            self.variant_memo.get_mut().remove(k);
            self.facility_memo.get_mut().remove(k);
        }
        // Keys now known by another name: what reads their canonical form
        // (short forms of their words, descriptions in articles naming
        // them) is reached too. Those chains' earlier resolution is the
        // memoised one; one never resolved counts as moved.
        let moved: BTreeSet<String> = (reached.keys.iter())
            .filter(|k| canonical.get(*k).is_some_and(|b| *b != self.canonical(k)))
            .cloned()
            .collect();
        for r in self.reach_renamed(doc, &moved) {
            if !reached.chains.contains(&r) {
                if let Some(known) = self.resolved.get_mut().get(&r) {
                    was.insert(r.clone(), known.clone());
                }
                reached.chains.insert(r);
            }
        }
        // Forgotten one by one: a pass over the memo would cost the size
        // of the workspace.
        let memo = self.resolved.get_mut();
        for c in 0..old_chains {
            memo.remove(&(doc.clone(), c));
        }
        for r in &reached.chains {
            memo.remove(r);
        }
        let (forget, docs) = self.moved_entities(&reached, &was);
        // Other articles whose chains resolve anew: their claims' subjects
        // and places, their quotes' speakers.
        let mut figure_keys = BTreeSet::new();
        let mut quote_keys = BTreeSet::new();
        for e in docs.iter().filter_map(|d| self.entries.get(d)) {
            figure_keys.extend(e.claims.iter().map(|c| c.key.clone()));
            for q in &e.quotes {
                quote_keys.insert((true, q.opening()));
                quote_keys.insert((false, speaker_key(&e.article.analysis, q)));
            }
        }
        self.aggregates.get_mut().forget(&forget, &figure_keys, &quote_keys);
        forget
    }

    /// The entities that lost or gained one of the reached chains, with
    /// those named by a reached key (their spellings may have regrouped);
    /// and the articles whose chains now resolve to another entity (claims
    /// and quotes read which entity a chain is, not how it is spelled).
    pub(super) fn moved_entities(
        &self,
        reached: &Reach,
        was: &HashMap<ChainRef, EntityId>,
    ) -> (BTreeSet<EntityId>, BTreeSet<DocId>) {
        let mut entities = BTreeSet::new();
        let mut docs = BTreeSet::new();
        for r in &reached.chains {
            let Some((_, chain)) = self.chain(r) else { continue };
            let now = self.resolve(&r.0, r.1, chain);
            let was = was.get(r);
            let by_key = matches!(&chain.anchor, Anchor::Full(k) if reached.keys.contains(k));
            let moved = was != Some(&now);
            if moved || by_key {
                entities.insert(now);
                entities.extend(was.cloned());
            }
            if moved {
                docs.insert(r.0.clone());
            }
        }
        (entities, docs)
    }

    /// What a change to the names in `words` can reach, in articles other
    /// than `doc`: the full keys sharing a word with them, and the chains
    /// whose resolution reads those keys or words (full names with those
    /// keys, short forms with the words, descriptions by a title those keys
    /// hold or by one of the words). The index under a word changes only
    /// where a name with that word was added or dropped, and those words
    /// are in `words`; what reads the canonical form of the other keys is
    /// reached by [`Self::reach_renamed`] once that form is known to move.
    pub(super) fn reach(&self, doc: &DocId, words: &BTreeSet<String>) -> Reach {
        let mut keys: BTreeSet<String> = BTreeSet::new();
        for w in words {
            keys.extend(self.key_words.get(w).into_iter().flat_map(|k| k.keys().cloned()));
        }
        let mut chains: BTreeSet<ChainRef> = BTreeSet::new();
        for k in &keys {
            chains.extend(self.full.get(k).into_iter().flatten().cloned());
            for (t, _) in self.key_titles.get(k).into_iter().flatten() {
                chains.extend(self.descs.get(head(t)).into_iter().flatten().cloned());
            }
        }
        for w in words {
            chains.extend(self.shorts.get(w).into_iter().flatten().cloned());
            chains.extend(self.descs.get(w).into_iter().flatten().cloned());
        }
        chains.retain(|(d, _)| d != doc);
        Reach { chains, keys }
    }

    /// The chains, in articles other than `doc`, that read the canonical
    /// form of the keys in `moved`: short forms of their words, and every
    /// description of an article naming one of them (which reads its
    /// article's names).
    pub(super) fn reach_renamed(&self, doc: &DocId, moved: &BTreeSet<String>) -> BTreeSet<ChainRef> {
        let mut chains: BTreeSet<ChainRef> = BTreeSet::new();
        for w in moved.iter().flat_map(|k| k.split(' ')).collect::<BTreeSet<_>>() {
            chains.extend(self.shorts.get(w).into_iter().flatten().cloned());
            chains.extend(self.descs.get(w).into_iter().flatten().cloned());
        }
        let naming: BTreeSet<&DocId> = moved
            .iter()
            .flat_map(|k| self.full.get(k).into_iter().flatten().map(|(d, _)| d))
            .collect();
        for d in naming {
            let Some(e) = self.entries.get(d) else { continue };
            for (c, chain) in e.links.chains.iter().enumerate() {
                if matches!(chain.anchor, Anchor::Description(_)) {
                    chains.insert((d.clone(), c));
                }
            }
        }
        chains.retain(|(d, _)| d != doc);
        chains
    }
}

/// What a renaming reaches, resolved as it was before the change
/// (`Workspace::before_renaming`).
pub(super) struct Before {
    reached: Reach,
    resolved: HashMap<ChainRef, EntityId>,
    canonical: HashMap<String, EntityId>,
}

/// What a changed name reaches (`Workspace::reach`).
#[derive(Default)]
pub(super) struct Reach {
    chains: BTreeSet<ChainRef>,
    keys: BTreeSet<String>,
}

/// The words of what two versions of an article file differently under the
/// cross-article index: anchors, titles and aliases of the chains found in
/// one version and not the other (as multisets).
pub(super) fn changed_words(old: &Links, new: &Links) -> BTreeSet<String> {
    type Filed<'a> = (&'a Anchor, EntityType, &'a Vec<String>, &'a Vec<String>);
    pub(super) fn filed(l: &Links) -> Vec<Filed<'_>> {
        let mut v: Vec<Filed> = l
            .chains
            .iter()
            .map(|c| (&c.anchor, c.ty, &c.titles, &c.aliases))
            .collect();
        v.sort();
        v
    }
    let (a, b) = (filed(old), filed(new));
    let mut words = BTreeSet::new();
    let mut add = |f: &Filed| {
        let anchor = match f.0 {
            Anchor::Full(k) | Anchor::Short(k) | Anchor::Description(k) => k.as_str(),
            Anchor::Local => "",
        };
        for s in std::iter::once(anchor)
            .chain(f.2.iter().map(String::as_str))
            .chain(f.3.iter().map(String::as_str))
        {
            words.extend(s.split(' ').filter(|w| !w.is_empty()).map(str::to_string));
        }
    };
    // A sorted merge: what is on one side only.
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x < y => {
                add(x);
                i += 1;
            }
            (Some(_), Some(y)) => {
                add(y);
                j += 1;
            }
            (Some(x), None) => {
                add(x);
                i += 1;
            }
            (None, Some(y)) => {
                add(y);
                j += 1;
            }
            (None, None) => break,
        }
    }
    words
}

/// Whether two versions of an article's chains file under the
/// cross-article index exactly alike: what `index` and resolution read of
/// a chain (anchor, type, titles, aliases), chain by chain.
pub(super) fn same_index(a: &Links, b: &Links) -> bool {
    a.chains.len() == b.chains.len()
        && a.chains
            .iter()
            .zip(&b.chains)
            .all(|(x, y)| x.anchor == y.anchor && x.ty == y.ty && x.titles == y.titles && x.aliases == y.aliases)
}
