//! The typed attributes that the tabular formats share (GraphML, GEXF, Cytoscape.js,
//! CSV): one row per node and per edge, one column per attribute, each column of one
//! type, so that every tool reads the same names, values and types.
//!
//! Nodes: `label`, `kind`, `actor_kind`, `qid`, `country` (strings), `out_statements` and
//! `in_statements` (ints: statements the node makes and is the object of, counting each
//! piece of evidence), `mean_polarity` (double: the mean polarity, −1 to 1, of what an
//! actor says).
//!
//! Edges: `edge_type` (`statement` or `affiliation`), `label` (`reject`, `not commit`,
//! `affiliation`), `predicate`, `negated` (boolean), `polarity` (int), `object_kind`,
//! `object_id`, `weight` (int: pieces of evidence), `first_date`, `last_date`, `articles`
//! (article ids joined by `;`), `cues` and `evidence` (sentences), both joined by ` | `.
//!
//! A value that is missing or an empty string is left out: the tools then show no value
//! rather than an empty one.

use crate::graph::{EdgeData, KnowledgeGraph};
use crate::ingest::ArticleDate;
use std::collections::{BTreeSet, HashMap};

/// The type of an attribute column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AttrType {
    /// A whole number.
    Int,
    /// A floating-point number.
    Double,
    /// `true` or `false`.
    Boolean,
    /// Text.
    String,
}

impl AttrType {
    /// The GraphML `attr.type`.
    pub fn graphml(self) -> &'static str {
        match self {
            AttrType::Int => "int",
            AttrType::Double => "double",
            AttrType::Boolean => "boolean",
            AttrType::String => "string",
        }
    }

    /// The GEXF attribute `type`.
    pub fn gexf(self) -> &'static str {
        match self {
            AttrType::Int => "integer",
            AttrType::Double => "double",
            AttrType::Boolean => "boolean",
            AttrType::String => "string",
        }
    }

    /// The neo4j-admin header suffix (`:int`), empty for strings (the default).
    pub fn neo4j(self) -> &'static str {
        match self {
            AttrType::Int => ":int",
            AttrType::Double => ":double",
            AttrType::Boolean => ":boolean",
            AttrType::String => "",
        }
    }
}

/// One attribute value.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// An `Int` value.
    Int(i64),
    /// A `Double` value.
    Double(f64),
    /// A `Boolean` value.
    Boolean(bool),
    /// A `String` value.
    String(String),
}

impl Value {
    /// The value as text, as XML and CSV carry it (`true`, `3`, `-0.5`).
    pub fn text(&self) -> String {
        match self {
            Value::Int(i) => i.to_string(),
            Value::Double(d) => format!("{d}"),
            Value::Boolean(b) => b.to_string(),
            Value::String(s) => s.clone(),
        }
    }

    /// The value as JSON.
    pub fn json(&self) -> serde_json::Value {
        match self {
            Value::Int(i) => serde_json::Value::from(*i),
            Value::Double(d) => serde_json::Value::from(*d),
            Value::Boolean(b) => serde_json::Value::from(*b),
            Value::String(s) => serde_json::Value::from(s.as_str()),
        }
    }
}

/// An attribute column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The attribute's name.
    pub name: &'static str,
    /// Its type.
    pub ty: AttrType,
}

const fn column(name: &'static str, ty: AttrType) -> Column {
    Column { name, ty }
}

/// The node attributes, in order.
pub const NODE_COLUMNS: &[Column] = &[
    column("label", AttrType::String),
    column("kind", AttrType::String),
    column("actor_kind", AttrType::String),
    column("qid", AttrType::String),
    column("country", AttrType::String),
    column("out_statements", AttrType::Int),
    column("in_statements", AttrType::Int),
    column("mean_polarity", AttrType::Double),
];

/// The edge attributes, in order.
pub const EDGE_COLUMNS: &[Column] = &[
    column("edge_type", AttrType::String),
    column("label", AttrType::String),
    column("predicate", AttrType::String),
    column("negated", AttrType::Boolean),
    column("polarity", AttrType::Int),
    column("object_kind", AttrType::String),
    column("object_id", AttrType::String),
    column("weight", AttrType::Int),
    column("first_date", AttrType::String),
    column("last_date", AttrType::String),
    column("articles", AttrType::String),
    column("cues", AttrType::String),
    column("evidence", AttrType::String),
];

/// A node's row.
#[derive(Debug, Clone, PartialEq)]
pub struct NodeRow {
    /// The node id (`actor:Q567`).
    pub id: String,
    /// One value per [`NODE_COLUMNS`] entry.
    pub values: Vec<Option<Value>>,
}

/// An edge's row.
#[derive(Debug, Clone, PartialEq)]
pub struct EdgeRow {
    /// The edge id: `e0`, `e1`, … in edge order.
    pub id: String,
    /// The source node's id.
    pub source: String,
    /// The target node's id.
    pub target: String,
    /// One value per [`EDGE_COLUMNS`] entry.
    pub values: Vec<Option<Value>>,
    /// The distinct dates of the evidence, in order.
    pub dates: Vec<ArticleDate>,
}

impl NodeRow {
    /// The value of attribute `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        lookup(NODE_COLUMNS, &self.values, name)
    }
}

impl EdgeRow {
    /// The value of attribute `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        lookup(EDGE_COLUMNS, &self.values, name)
    }
}

fn lookup<'a>(columns: &[Column], values: &'a [Option<Value>], name: &str) -> Option<&'a Value> {
    let i = columns.iter().position(|c| c.name == name)?;
    values.get(i)?.as_ref()
}

/// The graph as typed rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Nodes in graph order.
    pub nodes: Vec<NodeRow>,
    /// Edges in graph order.
    pub edges: Vec<EdgeRow>,
}

fn text(value: Option<&str>) -> Option<Value> {
    value
        .filter(|s| !s.is_empty())
        .map(|s| Value::String(s.to_string()))
}

/// Rounds to four decimals so that the text form stays short and stable.
fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

impl Table {
    /// The rows of `graph`.
    pub fn new(graph: &KnowledgeGraph) -> Table {
        let inner = graph.inner();
        // Per node: evidence out, evidence in, sum of polarity × evidence out.
        let mut stats: HashMap<_, (i64, i64, i64)> = HashMap::new();
        for (s, t, edge) in graph.edges() {
            if let EdgeData::Statement(e) = edge {
                let n = e.evidence.len() as i64;
                let out = stats.entry(s).or_default();
                out.0 += n;
                out.2 += n * e.polarity as i64;
                stats.entry(t).or_default().1 += n;
            }
        }
        let nodes = graph
            .nodes()
            .map(|(i, n)| {
                let (out, inn, polarity) = stats.get(&i).copied().unwrap_or_default();
                NodeRow {
                    id: n.id.clone(),
                    values: vec![
                        text(Some(&n.label)),
                        text(Some(n.kind.as_str())),
                        text(n.actor_kind.as_deref()),
                        text(n.qid.as_deref()),
                        text(n.country.as_deref()),
                        Some(Value::Int(out)),
                        Some(Value::Int(inn)),
                        (out > 0).then(|| Value::Double(round4(polarity as f64 / out as f64))),
                    ],
                }
            })
            .collect();
        let edges = graph
            .edges()
            .enumerate()
            .map(|(k, (s, t, edge))| {
                let (source, target) = (inner[s].id.clone(), inner[t].id.clone());
                let id = format!("e{k}");
                match edge {
                    EdgeData::Statement(e) => {
                        let mut label = String::new();
                        if e.negated {
                            label.push_str("not ");
                        }
                        label.push_str(e.predicate.as_str());
                        let dates: BTreeSet<ArticleDate> = e
                            .evidence
                            .iter()
                            .filter_map(|ev| ev.date.as_deref().and_then(ArticleDate::parse))
                            .collect();
                        let articles: BTreeSet<&str> =
                            e.evidence.iter().map(|ev| ev.article.as_str()).collect();
                        let mut cues: Vec<&str> = Vec::new();
                        for ev in &e.evidence {
                            if !ev.cue.is_empty() && !cues.contains(&ev.cue.as_str()) {
                                cues.push(&ev.cue);
                            }
                        }
                        let sentences: Vec<&str> =
                            e.evidence.iter().map(|ev| ev.sentence.as_str()).collect();
                        EdgeRow {
                            id,
                            source,
                            target,
                            values: vec![
                                text(Some("statement")),
                                text(Some(&label)),
                                text(Some(e.predicate.as_str())),
                                Some(Value::Boolean(e.negated)),
                                Some(Value::Int(e.polarity as i64)),
                                text(Some(&e.object_kind)),
                                text(e.object_id.as_deref()),
                                Some(Value::Int(e.evidence.len() as i64)),
                                text(dates.first().map(|d| d.to_string()).as_deref()),
                                text(dates.last().map(|d| d.to_string()).as_deref()),
                                text(Some(&articles.into_iter().collect::<Vec<_>>().join(";"))),
                                text(Some(&cues.join(" | "))),
                                text(Some(&sentences.join(" | "))),
                            ],
                            dates: dates.into_iter().collect(),
                        }
                    }
                    EdgeData::Affiliation => EdgeRow {
                        id,
                        source,
                        target,
                        values: vec![
                            text(Some("affiliation")),
                            text(Some("affiliation")),
                            None,
                            None,
                            None,
                            None,
                            None,
                            Some(Value::Int(1)),
                            None,
                            None,
                            None,
                            None,
                            None,
                        ],
                        dates: Vec::new(),
                    },
                }
            })
            .collect();
        Table { nodes, edges }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_match_columns() {
        let graph = crate::export::test_graph::small_graph();
        let table = Table::new(&graph);
        assert!(table
            .nodes
            .iter()
            .all(|r| r.values.len() == NODE_COLUMNS.len()));
        assert!(table
            .edges
            .iter()
            .all(|r| r.values.len() == EDGE_COLUMNS.len()));
        for row in &table.nodes {
            for (c, v) in NODE_COLUMNS.iter().zip(&row.values) {
                if let Some(v) = v {
                    let ok = matches!(
                        (c.ty, v),
                        (AttrType::Int, Value::Int(_))
                            | (AttrType::Double, Value::Double(_))
                            | (AttrType::Boolean, Value::Boolean(_))
                            | (AttrType::String, Value::String(_))
                    );
                    assert!(ok, "{} has a value of another type: {v:?}", c.name);
                }
            }
        }
        let sacharowa = table
            .nodes
            .iter()
            .find(|r| r.id == "actor:Maria Sacharowa")
            .unwrap();
        assert_eq!(sacharowa.get("out_statements"), Some(&Value::Int(3)));
        assert_eq!(sacharowa.get("mean_polarity"), Some(&Value::Double(-1.0)));
        let reject = table
            .edges
            .iter()
            .find(|r| r.get("predicate") == Some(&Value::String("reject".into())))
            .unwrap();
        assert_eq!(reject.get("negated"), Some(&Value::Boolean(false)));
        assert_eq!(
            reject.get("first_date"),
            Some(&Value::String("2025-03".into()))
        );
        assert_eq!(
            reject.get("last_date"),
            Some(&Value::String("2025-09-04".into()))
        );
    }
}
