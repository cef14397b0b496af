//! DOT for Graphviz, built with graphviz-rust: node shape by kind, fill colour by
//! country (distinct for up to 16 countries), edge colour by polarity, the predicate on
//! the edge, optional clusters per country. Labels are quoted and escaped here
//! (graphviz-rust does not escape): quotes, backslashes and newlines; umlauts pass as
//! UTF-8, which Graphviz reads by default.

use crate::graph::{EdgeData, KnowledgeGraph, NodeKind};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes as DotAttributes, Id, Node, NodeId, Stmt,
    Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::collections::{BTreeMap, BTreeSet};

/// Fill colours for countries, picked by a stable hash of the code.
const PALETTE: &[&str] = &[
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
    "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f", "#a6cee3", "#b2df8a", "#fdbf6f", "#cab2d6",
];

/// Options of the DOT writer.
#[derive(Debug, Clone, Default)]
pub struct DotOptions {
    /// Group actors and their country in one cluster per country.
    pub clusters: bool,
}

/// Quotes and escapes a string as a DOT id.
pub fn quoted(text: &str) -> Id {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out.push('"');
    Id::Escaped(out)
}

fn attr(key: &str, value: &str) -> Attribute {
    Attribute(Id::Plain(key.to_string()), quoted(value))
}

/// A colour per country code in the graph: the codes in sorted order take the palette's
/// colours in turn, so that up to 16 countries get distinct colours (a hash would give
/// Russia and Ukraine the same one) and the same graph always gets the same colours.
pub fn country_colours(graph: &KnowledgeGraph) -> BTreeMap<String, &'static str> {
    let codes: BTreeSet<&str> = graph
        .nodes()
        .filter(|(_, n)| matches!(n.kind, NodeKind::Actor | NodeKind::Country))
        .filter_map(|(_, n)| n.country.as_deref())
        .collect();
    codes
        .into_iter()
        .enumerate()
        .map(|(i, code)| (code.to_string(), PALETTE[i % PALETTE.len()]))
        .collect()
}

/// The colour of an edge of polarity `p`.
pub fn polarity_colour(p: i8) -> &'static str {
    match p.signum() {
        1 => "#1a9850",
        -1 => "#d73027",
        _ => "#636363",
    }
}

fn shape(kind: NodeKind, actor_kind: Option<&str>) -> &'static str {
    match (kind, actor_kind) {
        (NodeKind::Actor, Some("person")) => "ellipse",
        (NodeKind::Actor, Some("state")) => "doubleoctagon",
        (NodeKind::Actor, _) => "box",
        (NodeKind::Country, _) => "octagon",
        (NodeKind::Topic, _) => "note",
        (NodeKind::Claim, _) => "plaintext",
    }
}

/// Builds the graphviz-rust graph.
pub fn to_dot_graph(graph: &KnowledgeGraph, options: &DotOptions) -> Graph {
    let mut stmts = vec![
        Stmt::GAttribute(DotAttributes::Graph(vec![
            attr("rankdir", "LR"),
            attr("fontname", "Helvetica"),
            attr("label", "standpunkt: who said what"),
        ])),
        Stmt::GAttribute(DotAttributes::Node(vec![
            attr("fontname", "Helvetica"),
            attr("style", "filled"),
        ])),
        Stmt::GAttribute(DotAttributes::Edge(vec![
            attr("fontname", "Helvetica"),
            attr("fontsize", "10"),
        ])),
    ];
    if options.clusters {
        // The newer ranking places clustered nodes without Graphviz 2.43's "Unable to
        // reclaim box space in spline routing" warnings.
        stmts.push(Stmt::GAttribute(DotAttributes::Graph(vec![attr(
            "newrank", "true",
        )])));
    }
    let mut clusters: BTreeMap<String, Vec<Stmt>> = BTreeMap::new();
    let colours = country_colours(graph);
    for (_, n) in graph.nodes() {
        let fill = match (&n.country, n.kind) {
            (Some(code), NodeKind::Actor | NodeKind::Country) => {
                colours.get(code).copied().unwrap_or("#eeeeee")
            }
            (_, NodeKind::Topic) => "#ffffff",
            (_, NodeKind::Claim) => "#f7f7f7",
            _ => "#eeeeee",
        };
        let label = match (n.kind, &n.country) {
            (NodeKind::Actor, Some(code)) => format!("{} ({code})", n.label),
            _ if n.label.is_empty() => "…".to_string(),
            _ => n.label.clone(),
        };
        let mut attributes = vec![
            attr("label", &label),
            attr("shape", shape(n.kind, n.actor_kind.as_deref())),
            attr("fillcolor", fill),
        ];
        if let Some(qid) = &n.qid {
            attributes.push(attr("tooltip", qid));
        }
        let node = Stmt::Node(Node::new(NodeId(quoted(&n.id), None), attributes));
        match (&n.country, n.kind, options.clusters) {
            (Some(code), NodeKind::Actor | NodeKind::Country, true) => {
                clusters.entry(code.clone()).or_default().push(node)
            }
            _ => stmts.push(node),
        }
    }
    for (code, nodes) in clusters {
        let mut sub = vec![
            Stmt::Attribute(attr("label", &code)),
            Stmt::Attribute(attr("style", "dashed")),
        ];
        sub.extend(nodes);
        stmts.push(Stmt::Subgraph(Subgraph {
            id: quoted(&format!("cluster_{code}")),
            stmts: sub,
        }));
    }
    let inner = graph.inner();
    for (s, t, edge) in graph.edges() {
        let (source, target) = (&inner[s].id, &inner[t].id);
        let attributes = match edge {
            EdgeData::Statement(e) => {
                let mut label = String::new();
                if e.negated {
                    label.push_str("not ");
                }
                label.push_str(e.predicate.as_str());
                if e.evidence.len() > 1 {
                    label.push_str(&format!(" ×{}", e.evidence.len()));
                }
                vec![
                    attr("label", &label),
                    attr("color", polarity_colour(e.polarity)),
                    attr(
                        "penwidth",
                        &format!("{:.1}", 1.0 + (e.evidence.len() as f64).ln()),
                    ),
                ]
            }
            EdgeData::Affiliation => vec![
                attr("style", "dotted"),
                attr("arrowhead", "none"),
                attr("color", "#999999"),
            ],
        };
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(quoted(source), None)),
                Vertex::N(NodeId(quoted(target), None)),
            ),
            attributes,
        }));
    }
    Graph::DiGraph {
        id: quoted("standpunkt"),
        strict: false,
        stmts,
    }
}

/// The graph as DOT text.
pub fn to_dot(graph: &KnowledgeGraph, options: &DotOptions) -> String {
    let mut text = to_dot_graph(graph, options).print(&mut PrinterContext::default());
    text.push('\n');
    text
}
