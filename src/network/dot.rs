//! A discourse network as undirected DOT for Graphviz (built with graphviz-rust; ids and
//! labels quoted and escaped by [`crate::export::dot::quoted`]): speakers filled by
//! country (a different colour for each, up to 16), concepts as notes, edge colour by
//! sign, pen width and label by weight, the concepts behind a one-mode edge in its label.

use super::{format_weight, DiscourseNetwork, EdgeDetail, NodeRole};
use crate::export::dot::{polarity_colour, quoted};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes as DotAttributes, Id, Node, NodeId, Stmt,
    Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::collections::{BTreeMap, BTreeSet};

/// Fill colours for countries (ColorBrewer Set3 and Paired), given out in code order so
/// that the countries of one network get different colours.
const PALETTE: &[&str] = &[
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5",
    "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f", "#a6cee3", "#b2df8a", "#fdbf6f", "#cab2d6",
];

/// A colour per country code of the network's nodes.
fn country_colours(network: &DiscourseNetwork) -> BTreeMap<&str, &'static str> {
    let codes: BTreeSet<&str> = network
        .nodes
        .iter()
        .filter_map(|n| n.country.as_deref())
        .collect();
    codes
        .into_iter()
        .enumerate()
        .map(|(i, code)| (code, PALETTE[i % PALETTE.len()]))
        .collect()
}

fn attr(key: &str, value: &str) -> Attribute {
    Attribute(Id::Plain(key.to_string()), quoted(value))
}

/// A concept id as an edge label shows it: `topic:troops` → `troops`, claims cut short.
fn short_concept(id: &str) -> String {
    let bare = id
        .strip_prefix("topic:")
        .or_else(|| id.strip_prefix("claim:"))
        .or_else(|| id.strip_prefix("actor:"))
        .unwrap_or(id);
    if bare.chars().count() > 24 {
        let mut cut: String = bare.chars().take(23).collect();
        cut.push('…');
        cut
    } else {
        bare.to_string()
    }
}

/// Builds the graphviz-rust graph.
pub fn to_dot_graph(network: &DiscourseNetwork) -> Graph {
    let o = &network.options;
    let title = format!(
        "standpunkt: {} network ({} level, normalisation {}, duplicates {})",
        o.mode, o.level, o.normalization, o.duplicates
    );
    let mut stmts = vec![
        Stmt::GAttribute(DotAttributes::Graph(vec![
            attr("label", &title),
            attr("fontname", "Helvetica"),
            attr("overlap", "false"),
            attr("splines", "true"),
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
    let colours = country_colours(network);
    let fill_of = |code: &Option<String>| {
        code.as_deref()
            .and_then(|c| colours.get(c).copied())
            .unwrap_or("#eeeeee")
            .to_string()
    };
    for n in &network.nodes {
        let (label, shape, fill) = match n.role {
            NodeRole::Concept => (n.label.clone(), "note", "#ffffff".to_string()),
            NodeRole::Actor => (
                match &n.country {
                    Some(c) => format!("{} ({c})", n.label),
                    None => n.label.clone(),
                },
                if n.actor_kind.as_deref() == Some("person") {
                    "ellipse"
                } else {
                    "box"
                },
                fill_of(&n.country),
            ),
            NodeRole::Country => (n.label.clone(), "octagon", fill_of(&n.country)),
        };
        stmts.push(Stmt::Node(Node::new(
            NodeId(quoted(&n.id), None),
            vec![
                attr("label", &label),
                attr("shape", shape),
                attr("fillcolor", &fill),
                attr("tooltip", &format!("statements: {}", n.statements)),
            ],
        )));
    }
    for e in &network.edges {
        let mut label = format_weight(e.weight);
        match &e.detail {
            EdgeDetail::OneMode { concepts, .. } => {
                let names: Vec<String> = concepts.iter().map(|c| short_concept(c)).collect();
                if !names.is_empty() {
                    label.push_str(": ");
                    label.push_str(&names.join(", "));
                }
            }
            EdgeDetail::Affiliation {
                positive,
                neutral,
                negative,
            } => {
                // The balance, where the edge is not all of one kind.
                let kinds = [*positive, *neutral, *negative];
                if kinds.iter().filter(|&&k| k > 0).count() > 1 {
                    label.push_str(&format!(" (+{positive} 0:{neutral} −{negative})"));
                }
            }
        }
        let penwidth = 1.0 + e.weight.abs().ln_1p() * 2.0;
        stmts.push(Stmt::Edge(Edge {
            ty: EdgeTy::Pair(
                Vertex::N(NodeId(quoted(&e.source), None)),
                Vertex::N(NodeId(quoted(&e.target), None)),
            ),
            attributes: vec![
                attr("label", &label),
                attr("penwidth", &format!("{penwidth:.1}")),
                attr("color", polarity_colour(e.sign)),
            ],
        }));
    }
    Graph::Graph {
        id: quoted(&format!("standpunkt_{}", o.mode)),
        strict: false,
        stmts,
    }
}

/// The network as DOT text.
pub fn to_dot(network: &DiscourseNetwork) -> String {
    let mut text = to_dot_graph(network).print(&mut PrinterContext::default());
    text.push('\n');
    text
}
