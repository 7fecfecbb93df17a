//! What the rules are given: for one article or all, the two sides of each
//! claim, quote and spelling, from the indexes and aggregates.

use super::*;

impl Workspace {
    /// The entity of an article's mention (by index), if it is linked.
    pub(super) fn mention_entity(&self, entry: &Entry, mention: usize) -> Option<EntityId> {
        let chain = *entry.links.chain_of.get(mention)?;
        Some(self.resolve(&entry.article.id, chain, entry.links.chains.get(chain)?))
    }

    /// The speaker of a quote, as an entity.
    pub(super) fn quote_speaker(&self, entry: &Entry, q: &quotes::Quote) -> Option<EntityId> {
        self.mention_entity(entry, q.speaker)
    }

    /// A quote by its place in the quote indexes.
    pub(super) fn quote(&self, r: &ChainRef) -> Option<(&Entry, &quotes::Quote)> {
        let e = self.entries.get(&r.0)?;
        Some((e, e.quotes.get(r.1)?))
    }

    /// A quote by its place, with the article it is in.
    pub(super) fn quoted(&self, r: &ChainRef) -> Option<(&Article, &quotes::Quote)> {
        self.quote(r).map(|(e, q)| (&e.article, q))
    }

    /// `conflicting-attribution` (the same words credited to someone else)
    /// and `quote-variant` (the same speaker, other words) findings in `doc`.
    /// Candidates come from the two quote indexes, grouped (`memo`) so that a
    /// quote repeated in many articles is compared once per group.
    pub(super) fn quote_findings(&self, doc: &str) -> Vec<Finding> {
        let Some(e) = self.entries.get(doc) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for q in &e.quotes {
            let Some(speaker) = self.quote_speaker(e, q) else {
                continue;
            };
            let norm = q.normalised();
            let others = |groups: &aggregates::QuoteGroups, keep: &dyn Fn(&QuoteGroup) -> bool| -> Vec<ChainRef> {
                groups
                    .iter()
                    // Groups quoted only here give nothing: skip them before
                    // the costlier test.
                    .filter(|g| g.1.iter().any(|(d, _)| d.as_ref() != doc) && keep(g))
                    .flat_map(|(_, refs)| refs.iter().filter(|(d, _)| d.as_ref() != doc).cloned())
                    .take(MAX_RELATED)
                    .collect()
            };
            // The same words from a different speaker.
            let credited = match conflicting_attribution::speaker_words(&e.article.analysis, q) {
                Some(our_words) => {
                    // Filed by their opening words: the same quote, or one
                    // of the two cut short.
                    let groups = self.quote_groups(true, &q.opening());
                    others(&groups, &|((group_speaker, _), refs)| {
                        group_speaker.as_ref().is_some_and(|s| *s != speaker)
                            && refs.first().and_then(|r| self.quote(r)).is_some_and(|(o, oq)| {
                                q.same_words(oq)
                                    && conflicting_attribution::other_person(&our_words, &o.article.analysis, oq)
                            })
                    })
                }
                None => Vec::new(),
            };
            if let Some(first) = credited.first().and_then(|r| self.quoted(r)) {
                let all: Vec<(&Article, &quotes::Quote)> = credited.iter().filter_map(|r| self.quoted(r)).collect();
                out.push(conflicting_attribution::quote_finding(&e.article, q, first, &all));
                continue;
            }
            // The same speaker in other words: similar, not equal, not an excerpt.
            let key = speaker_key(&e.article.analysis, q);
            let groups = self.quote_groups(false, &key);
            let variants = others(&groups, &|((group_speaker, words), refs)| {
                group_speaker.as_ref() == Some(&speaker)
                    && *words != norm
                    && refs
                        .first()
                        .and_then(|r| self.quote(r))
                        .is_some_and(|(_, oq)| quote_variant::variant(q, oq))
            });
            if let Some(first) = variants.first().and_then(|r| self.quoted(r)) {
                let all: Vec<(&Article, &quotes::Quote)> = variants.iter().filter_map(|r| self.quoted(r)).collect();
                out.push(quote_variant::finding(&e.article, q, first, &all));
            }
        }
        out
    }

    /// The claims of an article, as (key, text, updated, fact, subject),
    /// for inspection tools.
    pub fn claims_of(&self, doc: &str) -> Vec<(String, String, bool, String, Option<EntityId>)> {
        let Some(e) = self.entries.get(doc) else {
            return Vec::new();
        };
        e.claims
            .iter()
            .map(|c| {
                (
                    c.key.to_string(),
                    c.span.text(&e.article.text).to_string(),
                    c.updated,
                    self.fact_signature(e, c),
                    self.claim_subject(e, c),
                )
            })
            .collect()
    }

    /// What a claim states, as a comparable string: a place by its entity.
    pub(super) fn fact_signature(&self, entry: &Entry, c: &claims::Claim) -> String {
        match c.fact {
            claims::Fact::Place { mention, .. } => self
                .mention_entity(entry, mention)
                .map(|id| id.to_string())
                .unwrap_or_else(|| {
                    let m = entry.article.analysis.mentions.get(mention);
                    m.map(|m| fold(&m.name)).unwrap_or_default()
                }),
            _ => c.fact.signature(),
        }
    }

    /// The subject of a claim, as an entity.
    pub(super) fn claim_subject(&self, entry: &Entry, c: &claims::Claim) -> Option<EntityId> {
        self.mention_entity(entry, c.subject?)
    }

    /// An article's figures for a claim key, in a canonical order.
    pub(super) fn doc_figures<'a>(&'a self, e: &'a Entry, key: &ClaimKey) -> Vec<Sided<'a>> {
        let mut figures: Vec<Sided> = e
            .claims
            .iter()
            .filter(|c| &c.key == key)
            .map(|c| ((self.fact_signature(e, c), self.claim_subject(e, c)), c))
            .collect();
        figures.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.span.start.cmp(&b.1.span.start)));
        figures
    }

    /// `conflicting-quantity` and the other claim findings in every article,
    /// see `claims`. Per property, articles reporting the same figures form
    /// one group, so the work grows with the number of different figures,
    /// not with the number of article pairs. Keys are visited in order, as
    /// `claim_findings_in` visits an article's: a fact met under two keys
    /// is then reported under the same one both ways.
    pub(super) fn all_claim_findings(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        let keys: BTreeSet<&ClaimKey> = self.claim_keys.keys().collect();
        for key in keys.into_iter().filter(|k| !self.updated_keys.contains_key(*k)) {
            let mut per_doc: BTreeMap<DocId, (&Entry, Vec<Sided>)> = BTreeMap::new();
            for (doc, _) in self.claim_keys.get(key).into_iter().flatten() {
                if per_doc.contains_key(doc) {
                    continue;
                }
                let Some(e) = self.entries.get(doc) else { continue };
                per_doc.insert(doc.clone(), (e, self.doc_figures(e, key)));
            }
            let mut groups = aggregates::FigureGroups::new();
            for (doc, (_, figures)) in &per_doc {
                groups.entry(signature(figures)).or_default().insert(doc.clone());
            }
            let figures_of = |d: &str| per_doc.get(d).map(|(e, f)| (*e, f.as_slice()));
            for (e, ours) in per_doc.values() {
                out.extend(self.claim_report(key, e, ours, &groups, &figures_of));
            }
        }
        out
    }

    /// The claim findings of one article, against the groups of figures
    /// other articles state (kept by delta in `aggregates`).
    pub(super) fn claim_findings_in(&self, doc: &str) -> Vec<Finding> {
        let Some(e) = self.entries.get(doc) else {
            return Vec::new();
        };
        let keys: BTreeSet<&ClaimKey> = e.claims.iter().map(|c| &c.key).collect();
        let mut out = Vec::new();
        for key in keys.into_iter().filter(|k| !self.updated_keys.contains_key(*k)) {
            let groups = self.figure_groups(key);
            let ours = self.doc_figures(e, key);
            // The figures of the articles a finding can name: the first few
            // of each group.
            let mut theirs: HashMap<&str, (&Entry, Vec<Sided>)> = HashMap::new();
            for docs in groups.values() {
                for d in docs.iter().filter(|d| &***d != doc).take(MAX_RELATED) {
                    if let Some(o) = self.entries.get(d) {
                        theirs.insert(d, (o, self.doc_figures(o, key)));
                    }
                }
            }
            let figures_of = |d: &str| theirs.get(d).map(|(o, f)| (*o, f.as_slice()));
            out.extend(self.claim_report(key, e, &ours, &groups, &figures_of));
        }
        out
    }

    /// The findings on one article's figures for a key (`ours`, sorted)
    /// against each group of articles stating other figures.
    pub(super) fn claim_report<'a>(
        &'a self,
        key: &ClaimKey,
        e: &Entry,
        ours: &[Sided<'a>],
        groups: &aggregates::FigureGroups,
        figures_of: &FiguresOf<'a>,
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        let doc = &e.article.id;
        if scattered(doc, ours, groups, figures_of) {
            return out;
        }
        // A figure conflicting with several groups is reported once, for
        // the first (findings are one per place and code): building the
        // others only to drop them cost memory in proportion to articles
        // times groups.
        let mut emitted: BTreeSet<(Span, Code)> = BTreeSet::new();
        for members in groups.values() {
            let others: Vec<&DocId> = members.iter().filter(|d| *d != doc).collect();
            let Some(first) = others.first() else { continue };
            let Some((o, theirs)) = figures_of(first) else { continue };
            let comparable: Vec<(&Sided, &Sided)> = ours
                .iter()
                .flat_map(|a| theirs.iter().map(move |b| (a, b)))
                .filter(|(a, b)| claim::comparable(&stated(a), &stated(b)))
                .collect();
            if comparable.is_empty() || comparable.iter().any(|(a, b)| claim::holds(&stated(a), &stated(b))) {
                continue;
            }
            let mut reported = BTreeSet::new();
            for (a, b) in comparable {
                if !reported.insert(a.1.span) || !emitted.insert((a.1.span, claim::code(&a.1.fact))) {
                    continue;
                }
                // The same figure in the first few other articles.
                let related: Vec<Related> = others
                    .iter()
                    .take(MAX_RELATED)
                    .filter_map(|d| {
                        let (entry, figures) = figures_of(d)?;
                        let (_, c) = figures.iter().find(|f| f.0 == b.0)?;
                        Some(claim::related(&entry.article, c))
                    })
                    .collect();
                out.push(claim::finding(
                    key,
                    (&e.article, &stated(a)),
                    (&o.article, &stated(b)),
                    &others,
                    related,
                ));
            }
        }
        out
    }

    /// Full-name mentions spelled differently from the house spelling:
    /// the knowledge base's, else the clear majority of the workspace's
    /// full names for the entity. `only` limits the result to one article.
    pub(super) fn spelling_findings(&self, id: &EntityId, only: Option<&str>) -> Vec<Finding> {
        let entry = self.kb.as_ref().and_then(|(_, kb)| kb.lookup(id.as_str()));
        let kb_forms = self
            .kb
            .as_ref()
            .map(|(_, kb)| kb.forms(id.as_str()))
            .unwrap_or_default();
        // Spellings of one folded name are variants of each other, and so
        // are the knowledge base's forms of an entry: `Fred LaRue` is a
        // shorter form of `Frederick Cheney LaRue`, not a misspelling.
        let mut by_fold: BTreeMap<String, Vec<(&Article, &Mention)>> = BTreeMap::new();
        for (a, m) in self.full_names(id) {
            let f = fold(&m.name);
            let key = if entry.is_some() && kb_forms.contains(&f) {
                String::new()
            } else {
                f
            };
            by_fold.entry(key).or_default().push((a, m));
        }
        by_fold
            .iter()
            .flat_map(|(key, names)| {
                let entry = entry.filter(|_| key.is_empty());
                self.spelling_group(id, entry, names, only)
            })
            .collect()
    }

    pub(super) fn spelling_group(
        &self,
        id: &EntityId,
        entry: Option<&KbEntry>,
        names: &[(&Article, &Mention)],
        only: Option<&str>,
    ) -> Vec<Finding> {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for (a, m) in names {
            *counts.entry(spelled(a, m)).or_default() += 1;
        }
        let Some(house) = spelling_variant::house_spelling(entry.map(|e| e.name.as_str()), &counts) else {
            return Vec::new();
        };
        names
            .iter()
            .filter(|(a, _)| only.is_none_or(|d| &*a.id == d))
            .filter_map(|(a, m)| spelling_variant::finding(id, a, name_span(&a.text, m), &house))
            .collect()
    }

    /// Findings of one entity, in `only` or everywhere.
    pub(super) fn entity_findings(&self, id: &EntityId, only: Option<&str>) -> Vec<Finding> {
        let mut out = self.spelling_findings(id, only);
        out.extend(roles::conflicts(id, &self.mentions_of(id), only));
        out
    }

    /// Findings in one article: it touches only the entities it mentions
    /// and the claim keys it has.
    /// A panic while checking is caught and reported as the article's
    /// `analysis-failed` finding.
    pub fn findings_for(&self, doc: &str) -> Vec<Finding> {
        let Some(entry) = self.entries.get(doc) else {
            return Vec::new();
        };
        if let Some(failed) = analysis_failed::finding(&entry.article) {
            return vec![failed];
        }
        crate::guard::catch(|| self.checked_findings_for(doc)).unwrap_or_else(|failure| {
            let article = Article {
                failure: Some(failure),
                ..Article::empty(entry.article.id.clone(), entry.article.text.clone())
            };
            analysis_failed::finding(&article).into_iter().collect()
        })
    }

    pub(super) fn checked_findings_for(&self, doc: &str) -> Vec<Finding> {
        let Some(e) = self.entries.get(doc) else {
            return Vec::new();
        };
        let mut out: Vec<Finding> = self
            .mentions_by_entity(e)
            .iter()
            .flat_map(|(id, mentions)| self.entity_findings_in(e, id, mentions))
            .collect();
        out.extend(self.claim_findings_in(doc));
        out.extend(self.quote_findings(doc));
        dedup(&mut out);
        out.sort_by_key(|f| f.span.start);
        out
    }

    /// Findings in every article, each entity visited once. Should a
    /// check panic, the articles are checked one by one instead, so that
    /// the panic costs only the article it happened in.
    pub fn findings(&self) -> Vec<Finding> {
        crate::guard::catch(|| self.checked_findings()).unwrap_or_else(|_| {
            let mut ids: Vec<&DocId> = self.entries.keys().collect();
            ids.sort();
            ids.into_iter().flat_map(|d| self.findings_for(d)).collect()
        })
    }

    pub(super) fn checked_findings(&self) -> Vec<Finding> {
        let ids: BTreeSet<EntityId> = self.entries.keys().flat_map(|d| self.named_entities_of(d)).collect();
        let mut out: Vec<Finding> = ids.iter().flat_map(|id| self.entity_findings(id, None)).collect();
        out.extend(self.all_claim_findings());
        for d in self.entries.keys() {
            out.extend(self.quote_findings(d));
        }
        out.extend(
            self.entries
                .values()
                .filter_map(|e| analysis_failed::finding(&e.article)),
        );
        dedup(&mut out);
        out.sort_by(|a, b| (&a.doc, a.span.start).cmp(&(&b.doc, b.span.start)));
        out
    }
}

/// A group of quotes under one index key: one speaker, the same words.
pub(super) type QuoteGroup<'a> = (&'a aggregates::QuoteGroupKey, &'a BTreeSet<ChainRef>);

/// Whether the articles give a property three or more values that cannot
/// hold together: one fact has one value, so a key the workspace fills with
/// that many is several facts read as one (a player's yards in each game,
/// a toll at each hour), and no pair of them is a contradiction. Each group
/// of articles stating the same figures is one value (`ours` for the group
/// `doc` is in); groups are visited in their map's order, so every article
/// of the workspace comes to the same answer.
pub(super) fn scattered(
    doc: &DocId,
    ours: &[Sided],
    groups: &aggregates::FigureGroups,
    figures_of: &FiguresOf,
) -> bool {
    let holds_with = |a: &[Sided], b: &[Sided]| {
        a.iter().any(|x| {
            b.iter()
                .any(|y| claim::comparable(&stated(x), &stated(y)) && claim::holds(&stated(x), &stated(y)))
        })
    };
    // One representative figure list per class of values that hold together.
    let mut classes: Vec<&[Sided]> = Vec::new();
    for docs in groups.values() {
        let figures = if docs.contains(doc) {
            Some(ours)
        } else {
            docs.iter().find_map(|d| figures_of(d)).map(|(_, f)| f)
        };
        let Some(figures) = figures else { continue };
        if !classes.iter().any(|c| holds_with(c, figures)) {
            classes.push(figures);
            if classes.len() >= 3 {
                return true;
            }
        }
    }
    false
}

/// A figure as the claim rules read it.
pub(super) fn stated<'a>(s: &'a Sided) -> Stated<'a> {
    Stated {
        claim: s.1,
        fact: &s.0.0,
        subject: s.0.1.as_ref(),
    }
}

/// The figures of one article for a key, as the group it falls in.
pub(super) fn signature(figures: &[Sided]) -> Vec<Figure> {
    let mut sig: Vec<Figure> = figures.iter().map(|f| f.0.clone()).collect();
    sig.dedup();
    sig
}

/// A full name as written, without its title, white space collapsed.
pub(super) fn spelled(a: &Article, m: &Mention) -> String {
    spelling_variant::spelled(&a.text, name_span(&a.text, m))
}

/// One finding per place and code: a fact met under two keys (its verb
/// and its event noun) is reported once.
pub(super) fn dedup(findings: &mut Vec<Finding>) {
    let mut seen = std::collections::HashSet::new();
    findings.retain(|f| seen.insert((f.doc.clone(), f.span, f.code)));
}

/// The index key of a quote's speaker: the last word of their name.
pub(super) fn speaker_key(analysis: &Analysis, q: &quotes::Quote) -> String {
    let name = analysis.mentions.get(q.speaker).map_or("", |m| m.name.as_str());
    fold(name).rsplit(' ').next().unwrap_or("").to_string()
}
