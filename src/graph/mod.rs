//! The knowledge graph: actors, states/organisations, topics and claims as nodes;
//! statements as edges from actor to object, repeats merged into one edge that keeps
//! every piece of evidence; affiliation edges from actor to the state or organisation
//! it speaks for. Built on petgraph's `StableDiGraph`, so node and edge indices stay
//! valid ids.

mod load;
mod merge;
mod model;

pub use load::{ArticleLine, ArticleRead, LoadReport};
pub use merge::evidence_order;
pub use model::{EdgeData, EvidenceRecord, NodeData, NodeKind, StatementEdge};

use crate::extract::{Actor, Evidence, Object, Predicate, Statement};
use crate::ingest::SharedText;
use crate::lexicon::Lexicon;
use crate::text::fold_search;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use std::collections::{BTreeMap, HashMap};

/// Articles the graph was built from: id → date (for incremental builds and exports).
pub type ArticleIndex = BTreeMap<String, Option<String>>;

/// The knowledge graph of who said what.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<NodeData, EdgeData>,
    nodes: HashMap<String, NodeIndex>,
    statement_edges: HashMap<(NodeIndex, NodeIndex, Predicate, bool), EdgeIndex>,
    affiliations: HashMap<(NodeIndex, NodeIndex), EdgeIndex>,
    articles: ArticleIndex,
    hashes: BTreeMap<String, String>,
}

/// The statement one piece of evidence of a statement edge stands for.
pub fn statement_of(actor: &NodeData, edge: &StatementEdge, ev: &EvidenceRecord) -> Statement {
    Statement {
        article: ev.article.clone(),
        date: ev.date.clone(),
        actor: Actor {
            name: actor.label.clone(),
            kind: actor.actor_kind.clone().unwrap_or_else(|| "person".into()),
            qid: actor.qid.clone(),
            role: None,
        },
        country: actor.country.clone(),
        predicate: edge.predicate,
        negated: edge.negated,
        object: Object {
            kind: edge.object_kind.clone(),
            label: ev.object_label.clone(),
            id: edge.object_id.clone(),
            text: ev.object_text.as_deref().map(SharedText::from),
            span: ev.object_span,
        },
        cue: ev.cue.clone(),
        evidence: Evidence {
            sentence: ev.sentence.as_str().into(),
            quote: ev.quote.as_deref().map(SharedText::from),
            mode: ev.mode.clone(),
            span: ev.span,
        },
    }
}

/// The node id of an actor: its QID where known, else its name.
pub fn actor_node_id(actor: &Actor) -> String {
    match &actor.qid {
        Some(q) => format!("actor:{q}"),
        None => format!("actor:{}", actor.name),
    }
}

/// The node id of a statement's object.
pub fn object_node_id(object: &Object) -> String {
    match (object.kind.as_str(), &object.id) {
        ("topic", Some(id)) => format!("topic:{id}"),
        ("actor", Some(id)) => format!("actor:{id}"),
        _ => format!("claim:{}", fold_search(&object.label)),
    }
}

impl KnowledgeGraph {
    /// An empty graph.
    pub fn new() -> Self {
        KnowledgeGraph::default()
    }

    /// Builds a graph from statements; the lexicon names states and topics.
    pub fn from_statements<'a>(
        statements: impl IntoIterator<Item = &'a Statement>,
        lexicon: &Lexicon,
    ) -> Self {
        let mut graph = KnowledgeGraph::new();
        for s in statements {
            graph.add_statement(s, lexicon);
        }
        graph
    }

    /// Records that `article` was read (even if it gave no statement).
    pub fn add_article(&mut self, id: &str, date: Option<&str>) {
        self.articles
            .entry(id.to_string())
            .or_insert_with(|| date.map(str::to_string));
    }

    /// Adds an article that was read, with its content hash and its statements: what
    /// `standpunkt build` does with each article.
    pub fn add_read_article(
        &mut self,
        article: &crate::ingest::Article,
        hash: &str,
        statements: &[Statement],
        lexicon: &Lexicon,
    ) {
        self.add_article(&article.id, article.date.as_deref());
        self.set_article_hash(&article.id, hash);
        for s in statements {
            self.add_statement(s, lexicon);
        }
    }

    /// The articles the graph was built from.
    pub fn articles(&self) -> &ArticleIndex {
        &self.articles
    }

    /// Records the content hash of article `id` (see `ingest::content_hash`), so that an
    /// incremental build recognises the article when it is read again.
    pub fn set_article_hash(&mut self, id: &str, hash: impl Into<String>) {
        self.hashes.insert(id.to_string(), hash.into());
    }

    /// Content hashes by article id (empty for graphs built without them).
    pub fn article_hashes(&self) -> &BTreeMap<String, String> {
        &self.hashes
    }

    /// Every article of the graph with its content hash where known: what an
    /// incremental build must not read twice.
    pub fn known_articles(&self) -> impl Iterator<Item = (String, Option<String>)> + '_ {
        self.articles
            .keys()
            .map(|id| (id.clone(), self.hashes.get(id).cloned()))
    }

    /// The petgraph graph.
    pub fn inner(&self) -> &StableDiGraph<NodeData, EdgeData> {
        &self.graph
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges (statement and affiliation).
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Number of statements (pieces of evidence) behind the statement edges.
    pub fn statement_count(&self) -> usize {
        self.graph
            .edge_weights()
            .map(|e| match e {
                EdgeData::Statement(s) => s.evidence.len(),
                EdgeData::Affiliation => 0,
            })
            .sum()
    }

    /// A node by id.
    pub fn node(&self, id: &str) -> Option<(NodeIndex, &NodeData)> {
        self.nodes.get(id).map(|&i| (i, &self.graph[i]))
    }

    /// Adds a node, or returns the existing one with that id.
    pub fn ensure_node(&mut self, node: NodeData) -> NodeIndex {
        if let Some(&i) = self.nodes.get(&node.id) {
            return i;
        }
        let id = node.id.clone();
        let i = self.graph.add_node(node);
        self.nodes.insert(id, i);
        i
    }

    /// The node with `id`, or a new one made by `make` (called only when it is missing,
    /// so that repeats cost a lookup, not a copy of every field).
    fn ensure_node_with(&mut self, id: String, make: impl FnOnce(String) -> NodeData) -> NodeIndex {
        if let Some(&i) = self.nodes.get(&id) {
            return i;
        }
        self.ensure_node(make(id))
    }

    /// Adds one statement: its actor, its object, the affiliation of the actor, and the
    /// statement edge (merged with an equal one).
    pub fn add_statement(&mut self, s: &Statement, lexicon: &Lexicon) {
        if !self.articles.contains_key(&s.article) {
            self.add_article(&s.article, s.date.as_deref());
        }
        let actor = self.ensure_node_with(actor_node_id(&s.actor), |id| NodeData {
            id,
            kind: NodeKind::Actor,
            label: s.actor.name.clone(),
            actor_kind: Some(s.actor.kind.clone()),
            qid: s.actor.qid.clone(),
            country: s.country.clone(),
        });
        // The same actor may come with another country or kind: the join decides
        // independently of the order statements come in.
        self.graph[actor].join_parts(
            NodeKind::Actor,
            &s.actor.name,
            Some(&s.actor.kind),
            s.actor.qid.as_deref(),
            s.country.as_deref(),
        );
        if let Some(code) = &s.country {
            let country = self.ensure_node_with(format!("country:{code}"), |id| NodeData {
                id,
                kind: NodeKind::Country,
                label: lexicon.code_name(code).unwrap_or(code).to_string(),
                actor_kind: None,
                qid: None,
                country: Some(code.clone()),
            });
            if !self.affiliations.contains_key(&(actor, country)) {
                let e = self.graph.add_edge(actor, country, EdgeData::Affiliation);
                self.affiliations.insert((actor, country), e);
            }
        }
        let mut object_qid = None;
        let (kind, label) = match s.object.kind.as_str() {
            "topic" => {
                let topic = s.object.id.as_deref().unwrap_or("");
                let label = lexicon
                    .topics
                    .iter()
                    .find(|t| t.id == topic)
                    .map_or(topic, |t| t.label.as_str());
                (NodeKind::Topic, label)
            }
            "actor" => {
                // The object's id is a QID or the actor's name; a QID is labelled with
                // the lexicon's canonical name of that person, never shown as an id.
                let id = s.object.id.as_deref().unwrap_or(&s.object.label);
                let person = lexicon
                    .persons
                    .iter()
                    .find(|p| p.qid.as_deref() == Some(id));
                object_qid = person.and(Some(id));
                (NodeKind::Actor, person.map_or(id, |p| p.name.as_str()))
            }
            _ => (NodeKind::Claim, s.object.label.as_str()),
        };
        let target = self.ensure_node_with(object_node_id(&s.object), |id| NodeData {
            id,
            kind,
            label: label.to_string(),
            actor_kind: None,
            qid: object_qid.map(str::to_string),
            country: None,
        });
        self.graph[target].join_parts(kind, label, None, object_qid, None);
        let record = EvidenceRecord {
            article: s.article.clone(),
            date: s.date.clone(),
            cue: s.cue.clone(),
            object_label: s.object.label.clone(),
            object_text: s.object.text.as_deref().map(str::to_string),
            object_span: s.object.span,
            object_target: (s.object.kind == "topic")
                .then(|| {
                    let argument = s.object.text.as_deref().unwrap_or(&s.object.label);
                    crate::extract::topic_target(lexicon, argument)
                })
                .flatten(),
            sentence: s.evidence.sentence.to_string(),
            quote: s.evidence.quote.as_deref().map(str::to_string),
            mode: s.evidence.mode.clone(),
            span: s.evidence.span,
        };
        let key = (actor, target, s.predicate, s.negated);
        match self.statement_edges.get(&key) {
            Some(&e) => {
                if let EdgeData::Statement(edge) = &mut self.graph[e] {
                    // As in a merge: the smallest object kind and id, whatever came first.
                    merge::keep_min(&mut edge.object_id, s.object.id.as_deref());
                    if s.object.kind < edge.object_kind {
                        edge.object_kind = s.object.kind.clone();
                    }
                    if !edge.evidence.contains(&record) {
                        edge.evidence.push(record);
                    }
                }
            }
            None => {
                let e = self.graph.add_edge(
                    actor,
                    target,
                    EdgeData::Statement(StatementEdge {
                        predicate: s.predicate,
                        negated: s.negated,
                        polarity: s.polarity(),
                        object_kind: s.object.kind.clone(),
                        object_id: s.object.id.clone(),
                        evidence: vec![record],
                    }),
                );
                self.statement_edges.insert(key, e);
            }
        }
    }

    /// Adds an edge read back from an export (no merging: the export already merged).
    pub fn push_edge(&mut self, source: NodeIndex, target: NodeIndex, edge: EdgeData) {
        match &edge {
            EdgeData::Statement(s) => {
                let key = (source, target, s.predicate, s.negated);
                let e = self.graph.add_edge(source, target, edge);
                self.statement_edges.insert(key, e);
            }
            EdgeData::Affiliation => {
                let e = self.graph.add_edge(source, target, edge);
                self.affiliations.insert((source, target), e);
            }
        }
    }

    /// Every statement behind the graph's edges, one per piece of evidence, in edge order.
    pub fn statements(&self) -> Vec<Statement> {
        let mut out = Vec::new();
        for e in self.graph.edge_references() {
            let EdgeData::Statement(edge) = e.weight() else {
                continue;
            };
            let actor = &self.graph[e.source()];
            for ev in &edge.evidence {
                out.push(statement_of(actor, edge, ev));
            }
        }
        out
    }

    /// Nodes in index order.
    pub fn nodes(&self) -> impl Iterator<Item = (NodeIndex, &NodeData)> {
        self.graph.node_indices().map(|i| (i, &self.graph[i]))
    }

    /// Edges in index order: (source, target, data).
    pub fn edges(&self) -> impl Iterator<Item = (NodeIndex, NodeIndex, &EdgeData)> {
        self.graph
            .edge_references()
            .map(|e| (e.source(), e.target(), e.weight()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(actor: Actor, object: Object) -> Statement {
        Statement {
            article: "a".into(),
            date: Some("2025-09-04".into()),
            actor,
            country: Some("FRA".into()),
            predicate: Predicate::Meet,
            negated: false,
            object,
            cue: "empfing".into(),
            evidence: Evidence {
                sentence: "s".into(),
                quote: None,
                mode: "reported".into(),
                span: [0, 1],
            },
        }
    }

    fn person(lexicon: &Lexicon, name: &str) -> Actor {
        let p = lexicon.persons.iter().find(|p| p.name == name).unwrap();
        Actor {
            name: p.name.clone(),
            kind: "person".into(),
            qid: p.qid.clone(),
            role: None,
        }
    }

    #[test]
    fn an_actor_met_first_as_an_object_carries_its_canonical_name() {
        let lexicon = Lexicon::builtin();
        let zelensky = person(&lexicon, "Wolodymyr Selenskyj");
        let qid = zelensky.qid.clone().expect("the lexicon knows his QID");
        let object = Object {
            kind: "actor".into(),
            label: "den ukrainischen Präsidenten".into(),
            id: Some(qid.clone()),
            text: None,
            span: None,
        };
        let mut graph = KnowledgeGraph::new();
        graph.add_statement(
            &statement(person(&lexicon, "Emmanuel Macron"), object),
            &lexicon,
        );
        let id = format!("actor:{qid}");
        let (_, node) = graph.node(&id).unwrap();
        assert_eq!(node.label, "Wolodymyr Selenskyj");
        assert_eq!(node.qid.as_deref(), Some(qid.as_str()));

        // Then he speaks: the node becomes a speaker's, still under his name.
        let mut own = statement(
            zelensky,
            Object {
                kind: "topic".into(),
                label: "Truppen".into(),
                id: Some("troops".into()),
                text: None,
                span: None,
            },
        );
        own.country = Some("UKR".into());
        graph.add_statement(&own, &lexicon);
        let (_, node) = graph.node(&id).unwrap();
        assert_eq!(node.label, "Wolodymyr Selenskyj");
        assert_eq!(node.actor_kind.as_deref(), Some("person"));
        assert_eq!(node.country.as_deref(), Some("UKR"));
    }

    #[test]
    fn a_speaker_first_named_by_an_unknown_qid_takes_its_name_when_it_speaks() {
        let lexicon = Lexicon::builtin();
        let object = Object {
            kind: "actor".into(),
            label: "die Gesandte".into(),
            id: Some("Q999999999999".into()),
            text: None,
            span: None,
        };
        let mut graph = KnowledgeGraph::new();
        graph.add_statement(
            &statement(person(&lexicon, "Emmanuel Macron"), object),
            &lexicon,
        );
        let speaker = Actor {
            name: "Erika Beispiel".into(),
            kind: "person".into(),
            qid: Some("Q999999999999".into()),
            role: None,
        };
        let own = statement(
            speaker,
            Object {
                kind: "claim".into(),
                label: "es gehe voran".into(),
                id: None,
                text: None,
                span: None,
            },
        );
        graph.add_statement(&own, &lexicon);
        let (_, node) = graph.node("actor:Q999999999999").unwrap();
        assert_eq!(node.label, "Erika Beispiel");
    }
}
