//! One statement as a query returns it: a borrowed view of one piece of evidence on one
//! statement edge of the graph. Nothing is copied until [`StatementRef::to_statement`].

use crate::extract::{Predicate, Statement};
use crate::graph::{EvidenceRecord, KnowledgeGraph, NodeData, NodeKind, StatementEdge};
use petgraph::stable_graph::NodeIndex;
use std::cmp::Ordering;

/// A statement in the graph: actor node, object node, the merged edge and one of its
/// pieces of evidence.
#[derive(Debug, Clone, Copy)]
pub struct StatementRef<'g> {
    pub(crate) graph: &'g KnowledgeGraph,
    pub(crate) actor: NodeIndex,
    pub(crate) object: NodeIndex,
    pub(crate) edge: &'g StatementEdge,
    pub(crate) evidence: &'g EvidenceRecord,
}

impl<'g> StatementRef<'g> {
    /// The graph the statement is in.
    pub fn graph(&self) -> &'g KnowledgeGraph {
        self.graph
    }

    /// The actor's node index.
    pub fn actor_index(&self) -> NodeIndex {
        self.actor
    }

    /// The actor's node (id, display name, kind, country).
    pub fn actor(&self) -> &'g NodeData {
        &self.graph.inner()[self.actor]
    }

    /// The object's node index.
    pub fn object_index(&self) -> NodeIndex {
        self.object
    }

    /// The object's node: a topic, an actor or a claim.
    pub fn object(&self) -> &'g NodeData {
        &self.graph.inner()[self.object]
    }

    /// The merged statement edge (predicate, negation, polarity, every piece of evidence).
    pub fn edge(&self) -> &'g StatementEdge {
        self.edge
    }

    /// This statement's piece of evidence.
    pub fn evidence(&self) -> &'g EvidenceRecord {
        self.evidence
    }

    /// Whom the actor speaks for (alpha-3 or organisation code).
    pub fn country(&self) -> Option<&'g str> {
        self.actor().country.as_deref()
    }

    /// The predicate.
    pub fn predicate(&self) -> Predicate {
        self.edge.predicate
    }

    /// Whether the statement is negated.
    pub fn negated(&self) -> bool {
        self.edge.negated
    }

    /// Stance toward the object after negation: +1, 0 or −1.
    pub fn polarity(&self) -> i8 {
        self.edge.polarity
    }

    /// The predicate as a table shows it: `reject`, or `not commit` when negated.
    pub fn predicate_label(&self) -> String {
        if self.edge.negated {
            format!("not {}", self.edge.predicate)
        } else {
            self.edge.predicate.to_string()
        }
    }

    /// The topic id, when the object is a topic.
    pub fn topic(&self) -> Option<&'g str> {
        match self.object().kind {
            NodeKind::Topic => self.edge.object_id.as_deref(),
            _ => None,
        }
    }

    /// The object as this sentence names it.
    pub fn object_label(&self) -> &'g str {
        &self.evidence.object_label
    }

    /// The article's id.
    pub fn article(&self) -> &'g str {
        &self.evidence.article
    }

    /// The article's date as given.
    pub fn date(&self) -> Option<&'g str> {
        self.evidence.date.as_deref()
    }

    /// The sentence.
    pub fn sentence(&self) -> &'g str {
        &self.evidence.sentence
    }

    /// The quotation, for a direct quote.
    pub fn quote(&self) -> Option<&'g str> {
        self.evidence.quote.as_deref()
    }

    /// The shortest evidence: the quoted words when there are any (and they are shorter),
    /// else the sentence.
    pub fn shortest_evidence(&self) -> &'g str {
        match self.quote() {
            Some(q) if !q.trim().is_empty() && q.len() <= self.sentence().len() => q,
            _ => self.sentence(),
        }
    }

    /// The statement in the spec's JSON form (owned).
    pub fn to_statement(&self) -> Statement {
        crate::graph::statement_of(self.actor(), self.edge, self.evidence)
    }

    /// The order results come in: date (undated last), article, position in the
    /// article, then actor, predicate and object, so that output is deterministic.
    pub fn report_order(&self, other: &Self) -> Ordering {
        let date = |s: &Self| (s.date().is_none(), s.date());
        date(self)
            .cmp(&date(other))
            .then_with(|| self.article().cmp(other.article()))
            .then_with(|| self.evidence.span.cmp(&other.evidence.span))
            .then_with(|| self.actor().label.cmp(&other.actor().label))
            .then_with(|| self.actor().id.cmp(&other.actor().id))
            .then_with(|| self.edge.predicate.cmp(&other.edge.predicate))
            .then_with(|| self.edge.negated.cmp(&other.edge.negated))
            .then_with(|| self.object().id.cmp(&other.object().id))
            .then_with(|| self.evidence.cue.cmp(&other.evidence.cue))
    }
}
