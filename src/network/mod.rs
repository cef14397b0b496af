//! Discourse networks, as political scientists draw them with the Discourse Network
//! Analyzer (DNA, Leifeld): from statements of *actor – concept – agreement*, an
//! **affiliation** network (actors × concepts), and one-mode networks of actors linked
//! by **congruence** (same stance on a concept), **conflict** (opposite stances) or
//! **subtract** (congruence minus conflict), with DNA's normalisations.
//!
//! Here the *concept* is the statement's topic (`topic:troops`); with
//! [`Concepts::All`] also an actor spoken about (`actor:Q…`) or a claim (`claim:…`), by
//! the object's node id. The *agreement* is the statement's polarity after negation
//! (+1 for, −1 against, 0 neutral). [`build`](mod@build) documents the formulas.
//!
//! ```
//! use standpunkt::network::{build, Mode, NetworkOptions};
//! use standpunkt::{Article, Extractor, KnowledgeGraph};
//!
//! let extractor = Extractor::builtin();
//! let article = Article::new(
//!     "a1",
//!     "Russland lehnt die Entsendung von Truppen in die Ukraine ab. \
//!      Frankreich unterstützt die Entsendung von Truppen in die Ukraine.",
//! );
//! let graph = KnowledgeGraph::from_statements(&extractor.extract(&article), extractor.lexicon());
//! let network = build(&graph.query().about("troops").run(), &NetworkOptions::new(Mode::Conflict))?;
//! let edge = network.edge_between("actor:Frankreich", "actor:Russland").expect("a conflict edge");
//! assert_eq!(edge.weight, 1.0);
//! # Ok::<(), standpunkt::Error>(())
//! ```

pub mod build;
pub mod dot;
pub mod graphml;
pub mod json;
pub mod options;

pub use build::build;
pub use options::{Concepts, Duplicates, Grouping, Level, Mode, NetworkOptions, Normalization};

use crate::error::{Error, Result};
use crate::export::write_atomic;
use std::path::Path;

/// What a network node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NodeRole {
    /// An actor (level `actor`).
    Actor,
    /// A state or organisation (level `country`).
    Country,
    /// A concept (affiliation networks only).
    Concept,
}

impl NodeRole {
    /// The lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeRole::Actor => "actor",
            NodeRole::Country => "country",
            NodeRole::Concept => "concept",
        }
    }
}

/// A node of a discourse network.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkNode {
    /// The node id: the graph's id (`actor:Q3052772`, `country:RUS`, `topic:troops`).
    pub id: String,
    /// Display label.
    pub label: String,
    /// Actor, country or concept.
    pub role: NodeRole,
    /// Whom an actor speaks for; a country's own code.
    pub country: Option<String>,
    /// For actors: `person`, `state`, `organization`, …
    pub actor_kind: Option<String>,
    /// Statements of (or about) the node counted in this network.
    pub statements: usize,
}

/// What an edge carries besides its weight.
#[derive(Debug, Clone, PartialEq)]
pub enum EdgeDetail {
    /// An affiliation edge: the statements by agreement.
    Affiliation {
        /// Statements for (+1).
        positive: usize,
        /// Neutral statements (0).
        neutral: usize,
        /// Statements against (−1).
        negative: usize,
    },
    /// A one-mode edge: raw congruence and conflict, and the concepts behind the edge.
    OneMode {
        /// Σ x(a)·x(b) over shared stances, before normalisation.
        congruence: usize,
        /// Σ x(a)·x(b) over opposite stances, before normalisation.
        conflict: usize,
        /// The concepts that make the edge (those of the mode), sorted.
        concepts: Vec<String>,
    },
}

/// An undirected, weighted edge.
#[derive(Debug, Clone, PartialEq)]
pub struct NetworkEdge {
    /// One end: the speaker in an affiliation network, the node that comes first in node
    /// order in a one-mode one.
    pub source: String,
    /// The other end (the concept in an affiliation network).
    pub target: String,
    /// The weight: statements (affiliation) or the normalised count of the mode.
    pub weight: f64,
    /// +1, 0 or −1: the balance of an affiliation edge; +1 congruence, −1 conflict,
    /// the sign of the weight for subtract.
    pub sign: i8,
    /// Counts behind the weight.
    pub detail: EdgeDetail,
}

/// A discourse network: nodes (speakers by label, then concepts by label; labels compared
/// with case and accents folded) and edges (in node order of source, then target).
#[derive(Debug, Clone, PartialEq)]
pub struct DiscourseNetwork {
    /// How it was built.
    pub options: NetworkOptions,
    /// Nodes.
    pub nodes: Vec<NetworkNode>,
    /// Edges.
    pub edges: Vec<NetworkEdge>,
}

impl DiscourseNetwork {
    /// A node by id.
    pub fn node(&self, id: &str) -> Option<&NetworkNode> {
        self.nodes.iter().find(|n| n.id == id)
    }

    /// The edge between two node ids, in either order.
    pub fn edge_between(&self, a: &str, b: &str) -> Option<&NetworkEdge> {
        self.edges
            .iter()
            .find(|e| (e.source == a && e.target == b) || (e.source == b && e.target == a))
    }

    /// The label of a node id (the id itself if unknown).
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.node(id).map_or(id, |n| n.label.as_str())
    }
}

/// A weight as text: whole numbers without decimals, others with up to four.
pub fn format_weight(weight: f64) -> String {
    if weight.fract() == 0.0 && weight.abs() < 1e15 {
        format!("{weight:.0}")
    } else {
        let text = format!("{weight:.4}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A file format for networks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// Graphviz DOT (`.dot`, `.gv`).
    Dot,
    /// Node-link JSON (`.json`).
    Json,
    /// GraphML (`.graphml`).
    GraphMl,
}

impl FileFormat {
    /// The format a file name's extension names.
    pub fn from_path(path: &Path) -> Result<FileFormat> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("dot" | "gv") => Ok(FileFormat::Dot),
            Some("json") => Ok(FileFormat::Json),
            Some("graphml") => Ok(FileFormat::GraphMl),
            _ => Err(Error::UnknownExtension {
                path: path.to_path_buf(),
                what: "format",
                expected: ".dot, .json or .graphml",
            }),
        }
    }

    /// The network as text in this format.
    pub fn render(self, network: &DiscourseNetwork) -> String {
        match self {
            FileFormat::Dot => dot::to_dot(network),
            FileFormat::Json => json::to_json(network),
            FileFormat::GraphMl => graphml::to_graphml(network),
        }
    }
}

/// Writes the network to `path` (atomically) in the format its extension names: `.dot`,
/// `.json` (node-link) or `.graphml`.
pub fn write_network(path: &Path, network: &DiscourseNetwork) -> Result<()> {
    let text = FileFormat::from_path(path)?.render(network);
    write_atomic(path, text.as_bytes())
}
