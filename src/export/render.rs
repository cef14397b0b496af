//! Rendered diagrams: the graph, filtered to stay readable, drawn as SVG or PNG by
//! Graphviz through graphviz-rust's `exec` (which runs `dot` from `PATH`).
//!
//! The filter keeps statement edges with at least `min_weight` pieces of evidence and,
//! of the actors that make them, the `top` who make the most (ties broken by id), with
//! the objects of their statements and the countries they speak for.

use super::dot::{to_dot_graph, DotOptions};
use crate::error::{Error, Result};
use crate::graph::{EdgeData, KnowledgeGraph};
use graphviz_rust::cmd::{CommandArg, Format as GvFormat, Layout as GvLayout};
use graphviz_rust::dot_structures::{Attribute, GraphAttributes, Id, Stmt};
use graphviz_rust::printer::PrinterContext;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// A Graphviz layout engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// Layered (hierarchical), left to right.
    #[default]
    Dot,
    /// Spring model (stress majorisation).
    Neato,
    /// Force-directed.
    Fdp,
    /// Force-directed, multiscale: for large graphs.
    Sfdp,
}

impl Layout {
    /// The names on the command line.
    pub const NAMES: [&'static str; 4] = ["dot", "neato", "fdp", "sfdp"];

    fn graphviz(self) -> GvLayout {
        match self {
            Layout::Dot => GvLayout::Dot,
            Layout::Neato => GvLayout::Neato,
            Layout::Fdp => GvLayout::Fdp,
            Layout::Sfdp => GvLayout::Sfdp,
        }
    }
}

impl std::str::FromStr for Layout {
    type Err = Error;

    fn from_str(text: &str) -> Result<Layout> {
        match text {
            "dot" => Ok(Layout::Dot),
            "neato" => Ok(Layout::Neato),
            "fdp" => Ok(Layout::Fdp),
            "sfdp" => Ok(Layout::Sfdp),
            _ => Err(Error::UnknownName {
                what: "layout",
                name: text.to_string(),
                expected: Layout::NAMES.join(", "),
            }),
        }
    }
}

/// The image format, from the output file's extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    /// Scalable vector graphics.
    Svg,
    /// Portable network graphics.
    Png,
}

impl ImageFormat {
    /// The format `path` asks for by its extension (`.svg`, `.png`).
    pub fn from_path(path: &Path) -> Result<ImageFormat> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("svg") => Ok(ImageFormat::Svg),
            Some("png") => Ok(ImageFormat::Png),
            _ => Err(Error::UnknownExtension {
                path: path.to_path_buf(),
                what: "image format",
                expected: ".svg or .png",
            }),
        }
    }
}

/// What to draw and how.
#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// The layout engine.
    pub layout: Layout,
    /// Keep only the actors who make the most statements (`None`: all).
    pub top: Option<usize>,
    /// Keep only statement edges with at least this many pieces of evidence.
    pub min_weight: usize,
    /// One cluster per country.
    pub clusters: bool,
}

impl Default for RenderOptions {
    fn default() -> Self {
        RenderOptions {
            layout: Layout::Dot,
            top: None,
            min_weight: 1,
            clusters: false,
        }
    }
}

/// The part of `graph` to draw: statement edges with at least `min_weight` pieces of
/// evidence, made by the `top` actors with the most evidence, their objects and the
/// affiliations of the kept actors. Nodes and edges keep their order.
pub fn filter(graph: &KnowledgeGraph, top: Option<usize>, min_weight: usize) -> KnowledgeGraph {
    let inner = graph.inner();
    let strong = |e: &EdgeData| match e {
        EdgeData::Statement(s) => s.evidence.len() >= min_weight,
        EdgeData::Affiliation => false,
    };
    let mut said: BTreeMap<&str, usize> = BTreeMap::new();
    for (s, _, e) in graph.edges() {
        if let (true, EdgeData::Statement(st)) = (strong(e), e) {
            *said.entry(inner[s].id.as_str()).or_default() += st.evidence.len();
        }
    }
    let mut ranked: Vec<(&str, usize)> = said.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if let Some(n) = top {
        ranked.truncate(n);
    }
    let speakers: HashSet<&str> = ranked.into_iter().map(|(id, _)| id).collect();
    let mut keep_edges = Vec::new();
    let mut keep_nodes: HashSet<&str> = HashSet::new();
    for (s, t, e) in graph.edges() {
        let source = inner[s].id.as_str();
        let kept = speakers.contains(source) && (strong(e) || matches!(e, EdgeData::Affiliation));
        if kept {
            keep_nodes.insert(source);
            keep_nodes.insert(inner[t].id.as_str());
            keep_edges.push((s, t, e));
        }
    }
    let mut out = KnowledgeGraph::new();
    for (id, date) in graph.articles() {
        out.add_article(id, date.as_deref());
    }
    for (_, n) in graph.nodes() {
        if keep_nodes.contains(n.id.as_str()) {
            out.ensure_node(n.clone());
        }
    }
    for (s, t, e) in keep_edges {
        let (Some((a, _)), Some((b, _))) = (out.node(&inner[s].id), out.node(&inner[t].id)) else {
            continue;
        };
        out.push_edge(a, b, e.clone());
    }
    out
}

/// The message for a missing Graphviz.
pub const MISSING_GRAPHVIZ: &str = "Graphviz is not installed (`dot` was not found on PATH): \
install the `graphviz` package (Debian/Ubuntu: apt-get install graphviz; Fedora: dnf install \
graphviz; macOS: brew install graphviz)";

/// Draws `graph` (already filtered) as `format` bytes.
pub fn render(
    graph: &KnowledgeGraph,
    options: &RenderOptions,
    format: ImageFormat,
) -> Result<Vec<u8>> {
    let mut dot = to_dot_graph(
        graph,
        &DotOptions {
            clusters: options.clusters,
        },
    );
    if options.layout != Layout::Dot {
        if let graphviz_rust::dot_structures::Graph::DiGraph { stmts, .. } = &mut dot {
            stmts.push(Stmt::GAttribute(GraphAttributes::Graph(vec![
                Attribute(Id::Plain("overlap".into()), Id::Plain("false".into())),
                Attribute(Id::Plain("splines".into()), Id::Plain("true".into())),
            ])));
        }
    }
    let image = match format {
        ImageFormat::Svg => GvFormat::Svg,
        ImageFormat::Png => GvFormat::Png,
    };
    let args = vec![
        CommandArg::Format(image),
        CommandArg::Layout(options.layout.graphviz()),
    ];
    graphviz_rust::exec(dot, &mut PrinterContext::default(), args).map_err(|err| {
        if err.kind() == std::io::ErrorKind::NotFound {
            Error::GraphvizMissing(MISSING_GRAPHVIZ)
        } else {
            Error::GraphvizFailed {
                message: err.to_string().lines().next().unwrap_or("").to_string(),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_graph::small_graph;

    #[test]
    fn filter_keeps_the_top_speakers() {
        let g = small_graph();
        let all = filter(&g, None, 1);
        assert_eq!(
            (all.node_count(), all.edge_count()),
            (g.node_count(), g.edge_count())
        );
        // Sacharowa makes 3 statements, Scholz 1.
        let top1 = filter(&g, Some(1), 1);
        assert!(top1.node("actor:Maria Sacharowa").is_some());
        assert!(top1.node("country:RUS").is_some());
        assert!(top1.node("country:DEU").is_none());
        assert_eq!(top1.edge_count(), 3);
        let strong = filter(&g, None, 2);
        assert_eq!(
            strong.edge_count(),
            2,
            "the reject edge and its actor's affiliation"
        );
    }

    #[test]
    fn layouts_and_formats_parse() {
        assert_eq!("sfdp".parse::<Layout>().unwrap(), Layout::Sfdp);
        assert!("circo".parse::<Layout>().is_err());
        assert_eq!(
            ImageFormat::from_path(Path::new("a/b.PNG")).unwrap(),
            ImageFormat::Png
        );
        assert!(ImageFormat::from_path(Path::new("b.pdf")).is_err());
    }
}
