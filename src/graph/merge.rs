//! Graphs as sets: every part of a graph joins its own kind in a way that is
//! commutative, associative and idempotent, so that graphs built over parts of a corpus,
//! merged in any grouping and order, and put in canonical order, equal the graph built
//! over the whole corpus at once, byte for byte in every export.
//!
//! - nodes with one id join field by field ([`NodeData::join`]): an actor's name and kind
//!   come from a statement it made before its mention as an object, the most definite
//!   kind wins, and otherwise the smallest value of each field;
//! - statement edges with one (actor, object, predicate, negation) join their evidence
//!   as a set; affiliations are a set of (actor, country) pairs;
//! - articles join by id: the same id must be the same article (date, content hash).
//!
//! [`KnowledgeGraph::into_canonical`] then orders nodes by id, edges by their endpoints'
//! ids and key, evidence by article and position, whatever order things were added in.

use super::{EdgeData, EvidenceRecord, KnowledgeGraph, NodeData, StatementEdge};
use crate::error::{Error, Result};
use petgraph::graph::DiGraph;
use std::cmp::Ordering;

/// Keeps the smaller of two optional values, an absent one losing to any present one.
pub(crate) fn keep_min(slot: &mut Option<String>, candidate: Option<&str>) {
    if let Some(candidate) = candidate {
        if slot.as_deref().is_none_or(|current| candidate < current) {
            *slot = Some(candidate.to_string());
        }
    }
}

/// The order in which an actor's kinds win when statements disagree: the most definite
/// first (a name the lexicon knows as a state or organisation over a guess), then by name.
fn actor_kind_rank(kind: &str) -> (u8, &str) {
    let rank = match kind {
        "state" => 0,
        "organization" => 1,
        "person" => 2,
        "group" => 3,
        "anonymous" => 4,
        _ => 5,
    };
    (rank, kind)
}

impl NodeData {
    /// Whether this is an actor seen speaking (not only as the object of a statement).
    fn speaks(&self) -> bool {
        self.actor_kind.is_some()
    }

    /// Joins another version of the node with the same id into this one: the smallest
    /// kind, the label of a speaking version before that of an object-only one (the
    /// smallest among equals), the most definite actor kind (state, organisation,
    /// person, group, anonymous), the smallest QID and country present.
    /// Commutative, associative and idempotent, so the order nodes meet in is no matter.
    pub fn join(&mut self, other: &NodeData) {
        self.join_parts(
            other.kind,
            &other.label,
            other.actor_kind.as_deref(),
            other.qid.as_deref(),
            other.country.as_deref(),
        );
    }

    /// [`NodeData::join`] with borrowed fields (no copy when nothing changes).
    pub(crate) fn join_parts(
        &mut self,
        kind: super::NodeKind,
        label: &str,
        actor_kind: Option<&str>,
        qid: Option<&str>,
        country: Option<&str>,
    ) {
        self.kind = self.kind.min(kind);
        let label_wins = match (self.speaks(), actor_kind.is_some()) {
            (false, true) => true,
            (true, false) => false,
            _ => label < self.label.as_str(),
        };
        if label_wins {
            self.label = label.to_string();
        }
        if let Some(candidate) = actor_kind {
            let current = self.actor_kind.as_deref();
            if current.is_none_or(|c| actor_kind_rank(candidate) < actor_kind_rank(c)) {
                self.actor_kind = Some(candidate.to_string());
            }
        }
        keep_min(&mut self.qid, qid);
        keep_min(&mut self.country, country);
    }
}

/// The canonical order of evidence: article, position in it, then every other field.
pub fn evidence_order(a: &EvidenceRecord, b: &EvidenceRecord) -> Ordering {
    (&a.article, a.span, &a.cue, &a.object_label, &a.mode)
        .cmp(&(&b.article, b.span, &b.cue, &b.object_label, &b.mode))
        .then_with(|| (&a.sentence, &a.quote, &a.date).cmp(&(&b.sentence, &b.quote, &b.date)))
}

/// Sorts evidence canonically and drops repeats.
pub(crate) fn normalise_evidence(evidence: &mut Vec<EvidenceRecord>) {
    evidence.sort_by(evidence_order);
    evidence.dedup_by(|a, b| evidence_order(a, b) == Ordering::Equal);
}

impl StatementEdge {
    /// Joins another version of the same statement edge: its evidence as a set (in
    /// canonical order), the smallest object kind and id.
    pub fn join(&mut self, other: StatementEdge) {
        keep_min(&mut self.object_id, other.object_id.as_deref());
        if other.object_kind < self.object_kind {
            self.object_kind = other.object_kind;
        }
        self.evidence.extend(other.evidence);
        normalise_evidence(&mut self.evidence);
    }
}

/// The rank of an edge among the edges between the same two nodes.
fn edge_rank(edge: &EdgeData) -> (u8, Option<crate::extract::Predicate>, bool) {
    match edge {
        EdgeData::Statement(s) => (0, Some(s.predicate), s.negated),
        EdgeData::Affiliation => (1, None, false),
    }
}

impl KnowledgeGraph {
    /// Merges `other` into this graph (see the module doc). Fails, naming the article,
    /// when one article id stands for two different articles (another date or content
    /// hash): such a clash is settled by input order within one run, which a merge of
    /// separately built graphs cannot know; give the articles distinct ids.
    pub fn merge(&mut self, other: KnowledgeGraph) -> Result<()> {
        self.check_articles(&other)?;
        let KnowledgeGraph {
            graph,
            articles,
            hashes,
            ..
        } = other;
        for (id, date) in articles {
            self.add_article(&id, date.as_deref());
        }
        self.hashes.extend(hashes);
        let (nodes, edges) = DiGraph::from(graph).into_nodes_edges();
        let mut index = Vec::with_capacity(nodes.len());
        for node in nodes {
            let node = node.weight;
            index.push(match self.nodes.get(&node.id) {
                Some(&i) => {
                    self.graph[i].join(&node);
                    i
                }
                None => self.ensure_node(node),
            });
        }
        for edge in edges {
            let (source, target) = (index[edge.source().index()], index[edge.target().index()]);
            match edge.weight {
                EdgeData::Statement(s) => {
                    let key = (source, target, s.predicate, s.negated);
                    match self.statement_edges.get(&key) {
                        Some(&e) => {
                            if let EdgeData::Statement(mine) = &mut self.graph[e] {
                                mine.join(s);
                            }
                        }
                        None => {
                            let mut s = s;
                            normalise_evidence(&mut s.evidence);
                            self.push_edge(source, target, EdgeData::Statement(s));
                        }
                    }
                }
                EdgeData::Affiliation => {
                    if !self.affiliations.contains_key(&(source, target)) {
                        self.push_edge(source, target, EdgeData::Affiliation);
                    }
                }
            }
        }
        Ok(())
    }

    /// An error if an article of `other` has the id of a different article of this graph.
    fn check_articles(&self, other: &KnowledgeGraph) -> Result<()> {
        for (id, date) in &other.articles {
            let Some(mine) = self.articles.get(id) else {
                continue;
            };
            let hashes = (self.hashes.get(id), other.hashes.get(id));
            let differ = match hashes {
                (Some(a), Some(b)) => a != b,
                _ => mine != date,
            };
            if differ {
                return Err(Error::ConflictingArticle {
                    id: id.clone(),
                    differs_in: if matches!(hashes, (Some(_), Some(_))) {
                        "text"
                    } else {
                        "date"
                    },
                });
            }
        }
        Ok(())
    }

    /// The same graph in canonical order: nodes by id; edges by source id, target id,
    /// then statements (by predicate, negation) before the affiliation; evidence by
    /// article and position. Two graphs that hold the same things are then identical,
    /// and so are their exports.
    pub fn into_canonical(self) -> KnowledgeGraph {
        let KnowledgeGraph {
            graph,
            articles,
            hashes,
            ..
        } = self;
        let (nodes, edges) = DiGraph::from(graph).into_nodes_edges();
        let mut order: Vec<usize> = (0..nodes.len()).collect();
        order.sort_by(|&a, &b| nodes[a].weight.id.cmp(&nodes[b].weight.id));
        // rank[old index] = position in canonical order
        let mut rank = vec![0usize; nodes.len()];
        for (position, &old) in order.iter().enumerate() {
            rank[old] = position;
        }
        let mut edges: Vec<(usize, usize, EdgeData)> = edges
            .into_iter()
            .map(|e| (rank[e.source().index()], rank[e.target().index()], e.weight))
            .collect();
        edges.sort_by_key(|e| (e.0, e.1, edge_rank(&e.2)));
        let mut slots: Vec<Option<NodeData>> = nodes.into_iter().map(|n| Some(n.weight)).collect();
        let mut out = KnowledgeGraph {
            articles,
            hashes,
            ..KnowledgeGraph::default()
        };
        let mut index = Vec::with_capacity(order.len());
        for old in order {
            let node = slots[old].take().expect("each node is placed once");
            index.push(out.ensure_node(node));
        }
        for (source, target, mut edge) in edges {
            if let EdgeData::Statement(s) = &mut edge {
                normalise_evidence(&mut s.evidence);
            }
            out.push_edge(index[source], index[target], edge);
        }
        out
    }
}
