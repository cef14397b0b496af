//! DOT for Graphviz, built with graphviz-rust: node shape by kind, fill colour by
//! country (distinct for up to 16 countries), edge colour by polarity, the predicate on
//! the edge, optional clusters per country. Labels are quoted and escaped here
//! (graphviz-rust does not escape): quotes, backslashes and newlines; umlauts pass as
//! UTF-8, which Graphviz reads by default.

use crate::graph::{EdgeData, KnowledgeGraph, NodeData, NodeKind};
use graphviz_rust::dot_structures::{
    Attribute, Edge, EdgeTy, Graph, GraphAttributes as DotAttributes, Id, Node, NodeId, Stmt,
    Subgraph, Vertex,
};
use graphviz_rust::printer::{DotPrinter, PrinterContext};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

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
    push_quoted(&mut out, text);
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

/// A node's fill colour: its country's for actors and countries.
fn node_fill(n: &NodeData, colours: &BTreeMap<String, &'static str>) -> &'static str {
    match (&n.country, n.kind) {
        (Some(code), NodeKind::Actor | NodeKind::Country) => {
            colours.get(code).copied().unwrap_or("#eeeeee")
        }
        (_, NodeKind::Topic) => "#ffffff",
        (_, NodeKind::Claim) => "#f7f7f7",
        _ => "#eeeeee",
    }
}

/// At most this many words of a claim stand on its node; the whole text is its tooltip.
pub const SHORT_LABEL_WORDS: usize = 6;

/// The first `words` words of `text`, with `…` if some were left out.
pub fn short_label(text: &str, words: usize) -> String {
    let mut parts = text.split_whitespace();
    let kept: Vec<&str> = parts.by_ref().take(words).collect();
    let cut = parts.next().is_some();
    let mut label = kept.join(" ");
    if cut {
        label.push('…');
    }
    label
}

/// A node's label: actors with their country code; claims (whole phrases) by their
/// first words; an empty label shows as `…`.
fn node_label(n: &NodeData) -> String {
    match (n.kind, &n.country) {
        (NodeKind::Actor, Some(code)) => format!("{} ({code})", n.label),
        _ if n.label.trim().is_empty() => "…".to_string(),
        (NodeKind::Claim, _) => short_label(&n.label, SHORT_LABEL_WORDS),
        _ => n.label.clone(),
    }
}

/// A node's tooltip (the `<title>` of its SVG group): a shortened label's whole text,
/// else the QID.
fn node_tooltip(n: &NodeData) -> Option<&str> {
    let shortened =
        n.kind == NodeKind::Claim && n.label.split_whitespace().count() > SHORT_LABEL_WORDS;
    if shortened {
        Some(&n.label)
    } else {
        n.qid.as_deref()
    }
}

/// A statement edge's label: `not` when negated, the predicate, `×N` for N sentences.
fn edge_label(e: &crate::graph::StatementEdge) -> String {
    let mut label = String::new();
    if e.negated {
        label.push_str("not ");
    }
    label.push_str(e.predicate.as_str());
    if e.evidence.len() > 1 {
        label.push_str(&format!(" ×{}", e.evidence.len()));
    }
    label
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
        let fill = node_fill(n, &colours);
        let label = node_label(n);
        let mut attributes = vec![
            attr("label", &label),
            attr("shape", shape(n.kind, n.actor_kind.as_deref())),
            attr("fillcolor", fill),
        ];
        if let Some(tooltip) = node_tooltip(n) {
            attributes.push(attr("tooltip", tooltip));
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
                let label = edge_label(e);
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

/// Appends `text` quoted and escaped as a DOT id: double quotes and backslashes escaped,
/// line breaks as `\\n`, carriage returns dropped.
fn push_quoted(out: &mut String, text: &str) {
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
}

/// Appends `[key="value" …]`.
fn push_attributes(out: &mut String, attributes: &[(&str, &str)]) {
    out.push('[');
    for (i, (key, value)) in attributes.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(key);
        out.push('=');
        push_quoted(out, value);
    }
    out.push(']');
}

/// Writes the graph as DOT to `out`, streaming: the same text as [`to_dot`] (a test
/// holds them equal), without building the graphviz-rust tree, so a graph of a million
/// statements is written in a fraction of the time and memory.
pub fn write_dot(
    graph: &KnowledgeGraph,
    options: &DotOptions,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
    out.write_all(
        b"digraph \"standpunkt\" {\n  graph[rankdir=\"LR\" fontname=\"Helvetica\" label=\"standpunkt: who said what\"]\n  node[fontname=\"Helvetica\" style=\"filled\"]\n  edge[fontname=\"Helvetica\" fontsize=\"10\"]",
    )?;
    if options.clusters {
        out.write_all(b"\n  graph[newrank=\"true\"]")?;
    }
    let mut line = String::with_capacity(256);
    let colours = country_colours(graph);
    let node_line = |line: &mut String, indent: &str, n: &NodeData| {
        let fill = node_fill(n, &colours);
        let label = node_label(n);
        line.clear();
        line.push('\n');
        line.push_str(indent);
        push_quoted(line, &n.id);
        let shape = shape(n.kind, n.actor_kind.as_deref());
        match node_tooltip(n) {
            Some(tooltip) => push_attributes(
                line,
                &[
                    ("label", &label),
                    ("shape", shape),
                    ("fillcolor", fill),
                    ("tooltip", tooltip),
                ],
            ),
            None => push_attributes(
                line,
                &[("label", &label), ("shape", shape), ("fillcolor", fill)],
            ),
        }
    };
    let mut clusters: BTreeMap<&str, Vec<&crate::graph::NodeData>> = BTreeMap::new();
    for (_, n) in graph.nodes() {
        match (&n.country, n.kind, options.clusters) {
            (Some(code), NodeKind::Actor | NodeKind::Country, true) => {
                clusters.entry(code.as_str()).or_default().push(n)
            }
            _ => {
                node_line(&mut line, "  ", n);
                out.write_all(line.as_bytes())?;
            }
        }
    }
    for (code, nodes) in clusters {
        line.clear();
        line.push_str("\n  subgraph ");
        push_quoted(&mut line, &format!("cluster_{code}"));
        line.push_str(" {\n    label=");
        push_quoted(&mut line, code);
        line.push_str("\n    style=\"dashed\"");
        out.write_all(line.as_bytes())?;
        for n in nodes {
            node_line(&mut line, "    ", n);
            out.write_all(line.as_bytes())?;
        }
        out.write_all(b"\n  }")?;
    }
    let inner = graph.inner();
    for (s, t, edge) in graph.edges() {
        line.clear();
        line.push_str("\n  ");
        push_quoted(&mut line, &inner[s].id);
        line.push_str(" -> ");
        push_quoted(&mut line, &inner[t].id);
        line.push(' ');
        match edge {
            EdgeData::Statement(e) => {
                let label = edge_label(e);
                let width = format!("{:.1}", 1.0 + (e.evidence.len() as f64).ln());
                push_attributes(
                    &mut line,
                    &[
                        ("label", &label),
                        ("color", polarity_colour(e.polarity)),
                        ("penwidth", &width),
                    ],
                );
            }
            EdgeData::Affiliation => push_attributes(
                &mut line,
                &[
                    ("style", "dotted"),
                    ("arrowhead", "none"),
                    ("color", "#999999"),
                ],
            ),
        }
        out.write_all(line.as_bytes())?;
    }
    out.write_all(b"\n}\n")?;
    out.flush()
}

/// The graph as DOT text.
pub fn to_dot(graph: &KnowledgeGraph, options: &DotOptions) -> String {
    let mut text = to_dot_graph(graph, options).print(&mut PrinterContext::default());
    text.push('\n');
    text
}

#[cfg(test)]
mod streaming_tests {
    use super::*;
    use crate::{Article, Extractor};

    #[test]
    fn claims_are_labelled_by_their_first_words_with_the_text_as_tooltip() {
        assert_eq!(short_label("eins zwei", 6), "eins zwei");
        assert_eq!(
            short_label("eins  zwei drei vier fünf sechs sieben", 6),
            "eins zwei drei vier fünf sechs…"
        );
        let mut graph = KnowledgeGraph::new();
        graph.ensure_node(NodeData {
            id: "claim:x".into(),
            kind: NodeKind::Claim,
            label: "ein Abkommen über die Sicherheit der Ukraine verhandeln".into(),
            actor_kind: None,
            qid: None,
            country: None,
        });
        let dot = to_dot(&graph, &DotOptions::default());
        assert!(
            dot.contains(r#"label="ein Abkommen über die Sicherheit der…""#),
            "{dot}"
        );
        assert!(
            dot.contains(r#"tooltip="ein Abkommen über die Sicherheit der Ukraine verhandeln""#),
            "{dot}"
        );
        let mut streamed = Vec::new();
        write_dot(&graph, &DotOptions::default(), &mut streamed).unwrap();
        assert_eq!(String::from_utf8(streamed).unwrap(), dot);
    }

    #[test]
    fn write_dot_gives_the_text_of_to_dot() {
        let extractor = Extractor::builtin();
        let mut graph = KnowledgeGraph::new();
        let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let mut texts: Vec<String> = std::fs::read_dir(&seeds)
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect();
        texts.sort();
        texts.push("„Das ist \"falsch\" \\ und\r\nnicht gut“, sagte Olaf Scholz.".into());
        texts.push("Russland lehnte die Entsendung von Truppen nicht ab.".into());
        for (i, text) in texts.iter().enumerate() {
            let article = Article::new(format!("a{i}"), text.clone()).with_date("2025-09-04");
            for s in extractor.extract(&article) {
                graph.add_statement(&s, extractor.lexicon());
                graph.add_statement(&s, extractor.lexicon());
            }
        }
        for clusters in [false, true] {
            let options = DotOptions { clusters };
            let mut streamed = Vec::new();
            write_dot(&graph, &options, &mut streamed).unwrap();
            assert_eq!(
                String::from_utf8(streamed).unwrap(),
                to_dot(&graph, &options)
            );
        }
        let empty = KnowledgeGraph::new();
        let mut streamed = Vec::new();
        write_dot(&empty, &DotOptions::default(), &mut streamed).unwrap();
        assert_eq!(
            String::from_utf8(streamed).unwrap(),
            to_dot(&empty, &DotOptions::default())
        );
    }
}
