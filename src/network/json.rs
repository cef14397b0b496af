//! A discourse network as node-link JSON, the form networkx reads with
//! `networkx.node_link_graph(data, edges="links")`: undirected, one edge per pair,
//! attributes typed (numbers stay numbers). Affiliation networks mark the two modes with
//! networkx's `bipartite` attribute (0 speakers, 1 concepts).

use super::{DiscourseNetwork, EdgeDetail, NodeRole};
use serde::Serialize;

#[derive(Serialize)]
struct Document<'a> {
    directed: bool,
    multigraph: bool,
    graph: Attributes<'a>,
    nodes: Vec<Node<'a>>,
    links: Vec<Link<'a>>,
}

#[derive(Serialize)]
struct Attributes<'a> {
    name: String,
    generator: String,
    mode: &'a str,
    normalization: &'a str,
    level: &'a str,
    duplicates: &'a str,
    concept_scope: &'a str,
}

#[derive(Serialize)]
struct Node<'a> {
    id: &'a str,
    label: &'a str,
    kind: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    bipartite: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    country: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    actor_kind: Option<&'a str>,
    statements: usize,
}

#[derive(Serialize)]
struct Link<'a> {
    source: &'a str,
    target: &'a str,
    weight: f64,
    sign: i8,
    #[serde(skip_serializing_if = "Option::is_none")]
    positive: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    neutral: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    negative: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    congruence: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    conflict: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    concepts: Option<&'a [String]>,
}

/// The network as node-link JSON (pretty-printed, newline at the end).
pub fn to_json(network: &DiscourseNetwork) -> String {
    let o = &network.options;
    let two_mode = o.mode == super::Mode::Affiliation;
    let nodes = network
        .nodes
        .iter()
        .map(|n| Node {
            id: &n.id,
            label: &n.label,
            kind: n.role.as_str(),
            bipartite: two_mode.then_some(u8::from(n.role == NodeRole::Concept)),
            country: n.country.as_deref(),
            actor_kind: n.actor_kind.as_deref(),
            statements: n.statements,
        })
        .collect();
    let links = network
        .edges
        .iter()
        .map(|e| {
            let mut link = Link {
                source: &e.source,
                target: &e.target,
                weight: e.weight,
                sign: e.sign,
                positive: None,
                neutral: None,
                negative: None,
                congruence: None,
                conflict: None,
                concepts: None,
            };
            match &e.detail {
                EdgeDetail::Affiliation {
                    positive,
                    neutral,
                    negative,
                } => {
                    link.positive = Some(*positive);
                    link.neutral = Some(*neutral);
                    link.negative = Some(*negative);
                }
                EdgeDetail::OneMode {
                    congruence,
                    conflict,
                    concepts,
                } => {
                    link.congruence = Some(*congruence);
                    link.conflict = Some(*conflict);
                    link.concepts = Some(concepts);
                }
            }
            link
        })
        .collect();
    let document = Document {
        directed: false,
        multigraph: false,
        graph: Attributes {
            name: format!("standpunkt {} network", o.mode),
            generator: format!("standpunkt {}", env!("CARGO_PKG_VERSION")),
            mode: o.mode.as_str(),
            normalization: o.normalization.as_str(),
            level: o.level.as_str(),
            duplicates: o.duplicates.as_str(),
            concept_scope: o.concepts.as_str(),
        },
        nodes,
        links,
    };
    let mut out = serde_json::to_string_pretty(&document).expect("network serialises");
    out.push('\n');
    out
}
