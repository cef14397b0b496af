//! The native form: node-link JSON as D3 and networkx read it
//! (`networkx.node_link_graph(data, edges="links")`), carrying every attribute so that
//! standpunkt loads it back without loss.

use crate::error::{Error, Result};
use crate::extract::Predicate;
use crate::graph::{EdgeData, EvidenceRecord, KnowledgeGraph, NodeData, NodeKind, StatementEdge};
use petgraph::stable_graph::NodeIndex;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::io::Write;
use std::path::Path;

/// The file format's version, stored in `graph.format`.
pub const FORMAT: &str = "standpunkt-node-link/1";

#[derive(Serialize, Deserialize)]
struct Document {
    directed: bool,
    multigraph: bool,
    graph: GraphAttributes,
    nodes: Vec<JsonNode>,
    links: Vec<JsonLink>,
}

#[derive(Serialize, Deserialize)]
struct GraphAttributes {
    name: String,
    format: String,
    generator: String,
    statements: usize,
    articles: BTreeMap<String, Option<String>>,
    /// Content hash per article id, for incremental builds (absent in older files).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    content_hashes: BTreeMap<String, String>,
}

// The writing side borrows from the graph (no copy of the evidence); its fields and
// their order are those of the reading side above, so the two stay one format.

#[derive(Serialize)]
struct DocumentRef<'a> {
    directed: bool,
    multigraph: bool,
    graph: GraphAttributesRef<'a>,
    nodes: Vec<JsonNodeRef<'a>>,
    links: Vec<JsonLinkRef<'a>>,
}

#[derive(Serialize)]
struct GraphAttributesRef<'a> {
    name: &'a str,
    format: &'a str,
    generator: String,
    statements: usize,
    articles: &'a BTreeMap<String, Option<String>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    content_hashes: &'a BTreeMap<String, String>,
}

#[derive(Serialize)]
struct JsonNodeRef<'a> {
    id: &'a str,
    kind: NodeKind,
    label: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    actor_kind: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    qid: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonLinkRef<'a> {
    source: &'a str,
    target: &'a str,
    key: usize,
    #[serde(rename = "type")]
    edge_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    predicate: Option<Predicate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    negated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    polarity: Option<i8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    object_kind: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    object_id: Option<&'a str>,
    weight: usize,
    #[serde(skip_serializing_if = "<[EvidenceRecord]>::is_empty")]
    evidence: &'a [EvidenceRecord],
}

#[derive(Serialize, Deserialize)]
struct JsonNode {
    id: String,
    kind: NodeKind,
    label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    actor_kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    qid: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    country: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct JsonLink {
    source: String,
    target: String,
    key: usize,
    #[serde(rename = "type")]
    edge_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    predicate: Option<Predicate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    negated: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    polarity: Option<i8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    object_kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    object_id: Option<String>,
    weight: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    evidence: Vec<EvidenceRecord>,
}

fn document(graph: &KnowledgeGraph) -> DocumentRef<'_> {
    let inner = graph.inner();
    let nodes = graph
        .nodes()
        .map(|(_, n)| JsonNodeRef {
            id: &n.id,
            kind: n.kind,
            label: &n.label,
            actor_kind: n.actor_kind.as_deref(),
            qid: n.qid.as_deref(),
            country: n.country.as_deref(),
        })
        .collect();
    let mut keys: HashMap<(NodeIndex, NodeIndex), usize> = HashMap::new();
    let mut links = Vec::with_capacity(graph.edge_count());
    for (s, t, edge) in graph.edges() {
        let source = inner[s].id.as_str();
        let target = inner[t].id.as_str();
        let key = keys.entry((s, t)).or_insert(0);
        let link = match edge {
            EdgeData::Statement(e) => JsonLinkRef {
                source,
                target,
                key: *key,
                edge_type: "statement",
                predicate: Some(e.predicate),
                negated: Some(e.negated),
                polarity: Some(e.polarity),
                object_kind: Some(&e.object_kind),
                object_id: e.object_id.as_deref(),
                weight: e.evidence.len(),
                evidence: &e.evidence,
            },
            EdgeData::Affiliation => JsonLinkRef {
                source,
                target,
                key: *key,
                edge_type: "affiliation",
                predicate: None,
                negated: None,
                polarity: None,
                object_kind: None,
                object_id: None,
                weight: 1,
                evidence: &[],
            },
        };
        *key += 1;
        links.push(link);
    }
    DocumentRef {
        directed: true,
        multigraph: true,
        graph: GraphAttributesRef {
            name: "standpunkt",
            format: FORMAT,
            generator: format!("standpunkt {}", env!("CARGO_PKG_VERSION")),
            statements: graph.statement_count(),
            articles: graph.articles(),
            content_hashes: graph.article_hashes(),
        },
        nodes,
        links,
    }
}

/// The graph as node-link JSON (pretty-printed, newline at the end).
pub fn to_json(graph: &KnowledgeGraph) -> String {
    let mut out = serde_json::to_string_pretty(&document(graph)).expect("graph serialises");
    out.push('\n');
    out
}

/// Writes the graph as node-link JSON to `out`, as [`to_json`] gives it, without
/// building the text in memory first.
pub fn write_json(graph: &KnowledgeGraph, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut out, &document(graph)).map_err(std::io::Error::from)?;
    out.write_all(b"\n")?;
    out.flush()
}

/// Reads a graph written by [`to_json`]. `path` names the source in errors.
pub fn from_json(path: &Path, content: &str) -> Result<KnowledgeGraph> {
    let document: Document = serde_json::from_str(content).map_err(|err| {
        Error::parse(
            path,
            err.line(),
            err.column(),
            format!(
                "not a standpunkt graph (node-link JSON written by `standpunkt build`): {}",
                crate::ingest::json_reason(&err)
            ),
        )
    })?;
    let mut graph = KnowledgeGraph::new();
    for (id, date) in &document.graph.articles {
        graph.add_article(id, date.as_deref());
    }
    for (id, hash) in document.graph.content_hashes {
        graph.set_article_hash(&id, hash);
    }
    for n in document.nodes {
        graph.ensure_node(NodeData {
            id: n.id,
            kind: n.kind,
            label: n.label,
            actor_kind: n.actor_kind,
            qid: n.qid,
            country: n.country,
        });
    }
    for (i, link) in document.links.into_iter().enumerate() {
        let missing = |id: &str| {
            Error::parse(
                path,
                0,
                0,
                format!("link {i} refers to unknown node `{id}`"),
            )
        };
        let (source, _) = graph
            .node(&link.source)
            .ok_or_else(|| missing(&link.source))?;
        let (target, _) = graph
            .node(&link.target)
            .ok_or_else(|| missing(&link.target))?;
        let edge = match link.edge_type.as_str() {
            "affiliation" => EdgeData::Affiliation,
            "statement" => {
                let predicate = link.predicate.ok_or_else(|| {
                    Error::parse(path, 0, 0, format!("statement link {i} has no predicate"))
                })?;
                let negated = link.negated.unwrap_or(false);
                EdgeData::Statement(StatementEdge {
                    predicate,
                    negated,
                    polarity: link.polarity.unwrap_or_else(|| {
                        if negated {
                            -predicate.polarity()
                        } else {
                            predicate.polarity()
                        }
                    }),
                    object_kind: link.object_kind.unwrap_or_else(|| "claim".into()),
                    object_id: link.object_id,
                    evidence: link.evidence,
                })
            }
            other => {
                return Err(Error::parse(
                    path,
                    0,
                    0,
                    format!("link {i} has unknown type `{other}`"),
                ))
            }
        };
        graph.push_edge(source, target, edge);
    }
    Ok(graph)
}

/// Reads a graph JSON file.
pub fn read_graph(path: &Path) -> Result<KnowledgeGraph> {
    let content = std::fs::read_to_string(path).map_err(|err| match err.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound { path: path.into() },
        _ => Error::io(path, err),
    })?;
    from_json(path, &content)
}
