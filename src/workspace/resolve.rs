//! Cross-article resolution: the entity a chain belongs to, by its
//! anchor (full name, short form, description), memoised.

use super::*;

impl Workspace {
    /// A full-name key as an entity id: the KB entry's folded name when the
    /// key is one of its forms.
    pub(super) fn canonical(&self, key: &str) -> EntityId {
        let kb = |k: &str| self.kb.as_ref().and_then(|(_, kb)| kb.lookup(k));
        if let Some(entry) = kb(key) {
            return EntityId::named(&fold(&entry.name));
        }
        match self.representative(key) {
            Some(rep) => EntityId::named(&kb(&rep).map_or(rep, |entry| fold(&entry.name))),
            None => EntityId::named(key),
        }
    }

    /// The key a facility's spellings are known by (`betty ford`, `betty
    /// ford treatment center` → `betty ford center`): the one with the
    /// most chains, then the longest. Never for a name some article gives
    /// a person: only facility and organisation chains ask (`Betty Ford`
    /// herself stays apart).
    pub(super) fn facility_representative(&self, key: &str) -> Option<String> {
        if let Some(known) = self.facility_memo.lock().get(key) {
            return known.clone();
        }
        let found = (|| {
            let keys = self.facility_cores.get(&facility_core(key)?)?;
            if keys.len() < 2 || !keys.contains_key(key) {
                return None;
            }
            let chains = |k: &str| self.full.get(k).map_or(0, BTreeSet::len);
            keys.keys()
                .max_by(|a, b| chains(a).cmp(&chains(b)).then(a.len().cmp(&b.len())).then(b.cmp(a)))
                .cloned()
        })();
        self.facility_memo.lock().insert(key.to_string(), found.clone());
        found
    }

    /// The key a person's spelling group is known by, when the workspace
    /// spells the person more than one way (`names`).
    pub(super) fn representative(&self, key: &str) -> Option<String> {
        self.variants(key).map(|s| s.representative.clone())
    }

    /// The spellings of the person a full key names, memoised: every
    /// resolution of a full name asks.
    pub(super) fn variants(&self, key: &str) -> Option<Arc<Spellings>> {
        if let Some(known) = self.variant_memo.lock().get(key) {
            return known.clone();
        }
        let found = (|| {
            let group = self.person_cores.get(names::surname(key)?)?;
            if group.len() < 2 || !group.contains_key(key) {
                return None;
            }
            let keys = names::variants(key, group.keys())?;
            let representative =
                names::representative(keys.iter().map(|k| (*k, group.get(*k).copied().unwrap_or(0))))?.clone();
            Some(Arc::new(Spellings {
                representative,
                keys: keys.into_iter().cloned().collect(),
            }))
        })();
        self.variant_memo.lock().insert(key.to_string(), found.clone());
        found
    }

    /// The folded forms under which an entity's full-name chains are filed.
    pub(super) fn forms(&self, id: &EntityId) -> Vec<String> {
        let mut forms = self
            .kb
            .as_ref()
            .map(|(_, kb)| kb.forms(id.as_str()))
            .unwrap_or_default();
        if forms.is_empty() {
            forms.push(id.as_str().to_string());
        }
        for f in forms.clone() {
            if let Some(spellings) = self.variants(&f) {
                for k in &spellings.keys {
                    if !forms.contains(k) {
                        forms.push(k.clone());
                    }
                }
            }
        }
        forms
    }

    /// The entity a full key of a lone word's type means: an organisation's
    /// or facility's spellings count as one (`Academy` for the Academy of
    /// Motion Picture(s) Arts and Sciences).
    pub(super) fn key_entity(&self, key: &str, ty: EntityType) -> EntityId {
        if matches!(ty, EntityType::Org | EntityType::Fac) {
            self.full_entity(key, ty)
        } else {
            self.canonical(key)
        }
    }

    /// The entity among `keys`, full names of things of type `ty`, if they
    /// all name one.
    pub(super) fn unique_entity<'k>(&self, keys: impl Iterator<Item = &'k String>, ty: EntityType) -> Option<EntityId> {
        unique_by(keys, |k| self.key_entity(k, ty))
    }

    /// The entity among `keys` (full-name keys), if they all name one.
    pub(super) fn unique<'k>(&self, keys: impl Iterator<Item = &'k String>) -> Option<EntityId> {
        unique_by(keys, |k| self.canonical(k))
    }

    /// The entity that articles name far more often than any other entity
    /// the word could mean (three times as many chains, at least three):
    /// a short form alone then means it, as within one article.
    pub(super) fn dominant(&self, keys: &Counts, ty: EntityType) -> Option<EntityId> {
        let mut per_id: HashMap<EntityId, usize> = HashMap::new();
        for (k, n) in keys {
            *per_id.entry(self.key_entity(k, ty)).or_default() += n;
        }
        let mut ranked: Vec<(EntityId, usize)> = per_id.into_iter().collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let second = ranked.get(1).map_or(0, |r| r.1);
        let (id, top) = ranked.into_iter().next()?;
        (top >= 3 && top >= 3 * second).then_some(id)
    }

    pub(super) fn chain(&self, (doc, c): &ChainRef) -> Option<(&Entry, &Chain)> {
        let e = self.entries.get(doc)?;
        Some((e, e.links.chains.get(*c)?))
    }

    /// The entity a full-name chain of a type belongs to.
    pub(super) fn full_entity(&self, key: &str, ty: EntityType) -> EntityId {
        // `IE` in an article that never spells it out, where another
        // introduced `Internet Explorer (IE)`.
        if !key.contains(' ')
            && let Some(keys) = self.acronyms.get(key)
            && self.kb.as_ref().is_none_or(|(_, kb)| kb.lookup(key).is_none())
            && let Some(id) = self.unique(keys.keys())
        {
            return id;
        }
        // `Betty Ford` for the Betty Ford Center; never for a person.
        if matches!(ty, EntityType::Fac | EntityType::Org)
            && let Some(rep) = self.facility_representative(key)
        {
            return self.canonical(&rep);
        }
        self.canonical(key)
    }

    /// Forgets everything computed from the cross-article index.
    pub(super) fn clear_memos(&mut self) {
        self.memo.get_mut().clear();
        self.variant_memo.get_mut().clear();
        self.facility_memo.get_mut().clear();
        self.resolved.get_mut().clear();
        *self.aggregates.get_mut() = aggregates::Aggregates::default();
    }

    /// The entity a chain belongs to, across articles (memoised).
    pub(super) fn resolve(&self, doc: &DocId, c: usize, chain: &Chain) -> EntityId {
        let r = (doc.clone(), c);
        if let Some(id) = self.resolved.lock().get(&r) {
            return id.clone();
        }
        let id = self.resolve_uncached(doc, c, chain);
        self.resolved.lock().insert(r, id.clone());
        id
    }

    pub(super) fn resolve_uncached(&self, doc: &DocId, c: usize, chain: &Chain) -> EntityId {
        match &chain.anchor {
            Anchor::Full(key) => self.full_entity(key, chain.ty),
            Anchor::Short(w) => self.resolve_short(doc, w, chain),
            Anchor::Description(d) => self.resolve_description(doc, d, chain),
            Anchor::Local => EntityId::local(doc, c),
        }
    }

    /// A chain known here by one word only (`Putin`): the one full name
    /// with that word in other articles, else the one key an acronym was
    /// introduced for, else a dominant candidate; `~word` when none fits.
    pub(super) fn resolve_short(&self, doc: &DocId, w: &str, chain: &Chain) -> EntityId {
        let (index, other) = if chain.ty == EntityType::Org {
            (&self.org_heads, &self.person_words)
        } else {
            (&self.person_words, &self.org_heads)
        };
        // A lone word is typed on little evidence (`Lohan` read as an
        // organisation): when no name of its type has the word, the
        // other kind's names may.
        // `Microsoft` alone where another article filed it as a
        // one-word full name (an organisation's canonical form).
        if self.full.contains_key(w) && (chain.ty == EntityType::Org || !self.person_words.contains_key(w)) {
            return self.canonical(w);
        }
        let keys = index.get(w).or_else(|| other.get(w)).or_else(|| {
            // `Explorer` for Internet Explorer, typed as something
            // other than a person or organisation.
            (chain.ty == EntityType::Org).then(|| self.other_heads.get(w)).flatten()
        });
        // A name of this article the word was not linked to here is
        // not what it means (`Microsoft` before `Microsoft Word`).
        let elsewhere = |k: &&String| {
            !self.full.get(*k).is_some_and(|refs| {
                refs.range((doc.clone(), 0)..=(doc.clone(), usize::MAX))
                    .next()
                    .is_some()
            })
        };
        keys.and_then(|keys| self.unique_entity(keys.keys().filter(elsewhere), chain.ty))
            .or_else(|| self.acronyms.get(w).and_then(|keys| self.unique(keys.keys())))
            .or_else(|| keys.and_then(|keys| self.dominant(keys, chain.ty)))
            .unwrap_or_else(|| EntityId::short(w))
    }

    /// A chain known here by a description only (`the Russian president`):
    /// a full name it spells, the one holder of a fitting title, the holder
    /// this article names, or the one named thing with its noun; `?key`
    /// when none fits.
    pub(super) fn resolve_description(&self, doc: &DocId, d: &str, chain: &Chain) -> EntityId {
        // `the Indian navy` where another article names the Indian Navy.
        if d.contains(' ') && self.full.contains_key(d) {
            return self.canonical(d);
        }
        let h = head(d);
        // `the officers` are never one person with that title.
        if chain.ty == EntityType::Person && analysis::words::is_plural(h) {
            return EntityId::description(d);
        }
        // Resolved only when every fitting title belongs to one entity.
        let fitting: Vec<&String> = self
            .titles
            .get(h)
            .into_iter()
            .flatten()
            .filter(|((title, _), _)| linking::title_fits(d, h, title))
            .map(|((_, key), _)| key)
            .collect();
        // Several hold the title: the one this article names (`the
        // teen` where another article wrote `teen Kimani Gray`).
        let named_here = || {
            if fitting.is_empty() {
                return None;
            }
            let here: BTreeSet<EntityId> = (self.entries.get(doc)?.links.chains.iter())
                .filter_map(|c| match &c.anchor {
                    Anchor::Full(k) => Some(self.canonical(k)),
                    _ => None,
                })
                .collect();
            let holders: BTreeSet<EntityId> = fitting
                .iter()
                .map(|k| self.canonical(k))
                .filter(|id| here.contains(id))
                .collect();
            let mut holders = holders.into_iter();
            match (holders.next(), holders.next()) {
                (Some(id), None) => Some(id),
                _ => None,
            }
        };
        // `the church` where the articles name one church only.
        // Shorter forms ending the longest name count as it (`Bible
        // Church` in Wasilla Bible Church).
        let named = || {
            let keys = self.noun_names.get(h).filter(|_| chain.ty != EntityType::Person)?;
            self.unique(keys.keys()).or_else(|| {
                let longest = keys.keys().max_by_key(|k| (k.len(), k.as_str()))?;
                let inside = |k: &String| longest.ends_with(&format!(" {k}")) || k == longest;
                keys.keys().all(inside).then(|| self.canonical(longest))
            })
        };
        // `the man` in one article is not whoever another article
        // called a man: such nouns need the person named here.
        let anyone =
            chain.ty == EntityType::Person && analysis::lexicon::is(analysis::lexicon::WordClass::AnonymousRole, h);
        let elsewhere = || (!anyone).then(|| self.unique(fitting.iter().copied())).flatten();
        elsewhere()
            .or_else(named_here)
            .or_else(named)
            .unwrap_or_else(|| EntityId::description(d))
    }
}

pub(super) fn head(folded: &str) -> &str {
    folded.rsplit(' ').next().unwrap_or("")
}

/// The one id `id` gives all of `keys`, if there is one.
pub(super) fn unique_by<'k>(keys: impl Iterator<Item = &'k String>, id: impl Fn(&str) -> EntityId) -> Option<EntityId> {
    let mut found: Option<EntityId> = None;
    for k in keys {
        let id = id(k);
        match &found {
            Some(f) if *f != id => return None,
            _ => found = Some(id),
        }
    }
    found
}

/// A facility's or organisation's name without the facility words ending
/// it, and with plural words made singular, so that outlets' variants meet:
/// `betty ford treatment center` → `betty ford`; `academy of motion
/// pictures arts and sciences` → `academy of motion picture art and
/// science`. `None` when nothing else is left.
pub(super) fn facility_core(key: &str) -> Option<String> {
    let mut core = key;
    while let Some((rest, last)) = core.rsplit_once(' ')
        && analysis::lexicon::is(analysis::lexicon::WordClass::FacilityNameWord, last)
    {
        core = rest;
    }
    if core.is_empty() || analysis::lexicon::is(analysis::lexicon::WordClass::FacilityNameWord, core) {
        return None;
    }
    let singular = |w: &str| analysis::lexicon::singular(w).unwrap_or_else(|| w.to_string());
    Some(core.split(' ').map(singular).collect::<Vec<_>>().join(" "))
}
