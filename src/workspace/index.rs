//! The cross-article indexes: what one article files under them.

use super::*;

impl Workspace {
    pub(super) fn index_quotes(&mut self, doc: &DocId, analysis: &Analysis, quotes: &[quotes::Quote], add: bool) {
        for (i, q) in quotes.iter().enumerate() {
            set_edit(&mut self.quote_texts, &q.opening(), (doc.clone(), i), add);
            set_edit(
                &mut self.quote_speakers,
                &speaker_key(analysis, q),
                (doc.clone(), i),
                add,
            );
        }
    }

    pub(super) fn index_claims(&mut self, doc: &DocId, claims: &[claims::Claim], add: bool) {
        for (i, c) in claims.iter().enumerate() {
            set_edit(&mut self.claim_keys, &c.key, (doc.clone(), i), add);
            if c.updated {
                let n = self.updated_keys.entry(c.key.clone()).or_default();
                *n = if add { *n + 1 } else { n.saturating_sub(1) };
                if *n == 0 {
                    self.updated_keys.remove(&c.key);
                }
            }
        }
    }

    pub(super) fn index(&mut self, doc: &DocId, links: &Links, add: bool) {
        let delta = if add { 1 } else { -1 };
        for (c, chain) in links.chains.iter().enumerate() {
            let r = (doc.clone(), c);
            match &chain.anchor {
                Anchor::Full(key) => {
                    set_edit(&mut self.full, key, r, add);
                    for w in key.split(' ') {
                        bump(&mut self.key_words, w, key, delta);
                    }
                    if matches!(chain.ty, EntityType::Fac | EntityType::Org)
                        && let Some(core) = facility_core(key)
                    {
                        bump(&mut self.facility_cores, &core, key, delta);
                    }
                    match chain.ty {
                        EntityType::Person => {
                            for w in key.split(' ') {
                                bump(&mut self.person_words, w, key, delta);
                            }
                            if let Some(surname) = names::surname(key) {
                                bump(&mut self.person_cores, surname, key, delta);
                            }
                        }
                        EntityType::Org => {
                            // `Colts` for Indianapolis Colts, `Banksia` for Banksia Health.
                            let first = key.split(' ').next().unwrap_or("");
                            let last = head(key);
                            bump(&mut self.org_heads, first, key, delta);
                            if last != first {
                                bump(&mut self.org_heads, last, key, delta);
                            }
                        }
                        EntityType::Norp => {}
                        _ => {
                            for w in key.split(' ').filter(|w| analysis::words::is_description_noun(w)) {
                                bump(&mut self.noun_names, w, key, delta);
                            }
                            let first = key.split(' ').next().unwrap_or("");
                            let last = head(key);
                            if last != first {
                                bump(&mut self.other_heads, first, key, delta);
                                bump(&mut self.other_heads, last, key, delta);
                            }
                        }
                    }
                    for a in &chain.aliases {
                        bump(&mut self.acronyms, a, key, delta);
                        bump(&mut self.key_aliases, key, a, delta);
                    }
                    for t in &chain.titles {
                        let uses = self.titles.entry(head(t).to_string()).or_default();
                        let n = uses.entry((t.clone(), key.clone())).or_default();
                        *n = n.saturating_add_signed(delta);
                        if *n == 0 {
                            uses.remove(&(t.clone(), key.clone()));
                        }
                        if uses.is_empty() {
                            self.titles.remove(head(t));
                        }
                        bump(&mut self.key_titles, key, t, delta);
                    }
                }
                Anchor::Short(w) => set_edit(&mut self.shorts, w, r, add),
                Anchor::Description(d) => set_edit(&mut self.descs, &head(d).to_string(), r, add),
                Anchor::Local => {}
            }
        }
    }
}

pub(super) fn bump(map: &mut HashMap<String, Counts>, outer: &str, inner: &str, delta: isize) {
    let counts = map.entry(outer.to_string()).or_default();
    let n = counts.entry(inner.to_string()).or_default();
    *n = n.saturating_add_signed(delta);
    if *n == 0 {
        counts.remove(inner);
    }
    if counts.is_empty() {
        map.remove(outer);
    }
}

pub(super) fn set_edit<K: std::hash::Hash + Eq + Clone>(
    map: &mut HashMap<K, BTreeSet<ChainRef>>,
    key: &K,
    r: ChainRef,
    add: bool,
) {
    if add {
        map.entry(key.clone()).or_default().insert(r);
    } else if let Some(set) = map.get_mut(key) {
        set.remove(&r);
        if set.is_empty() {
            map.remove(key);
        }
    }
}
