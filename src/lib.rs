//! # standpunkt: who said what in German political news
//!
//! standpunkt reads German news articles and extracts **statements**: which actor,
//! speaking for which state or organisation, took which position on what, with the
//! sentence that proves it. Statements become the edges of a knowledge graph that can be
//! queried and exported.
//!
//! The pipeline flows one way, and the modules follow it:
//!
//! 1. [`ingest`] reads articles (text files with a ` date YYYY-MM-DD` header, plain text,
//!    JSON Lines);
//! 2. [`text`] splits them into sentences, quotations and tokens, keeping byte offsets;
//! 3. [`lexicon`] holds the knowledge — states, organisations, persons with dated offices,
//!    role nouns, cue words, topics — as tab-separated data files;
//! 4. [`extract`] finds mentions, resolves references, attributes cues to speakers and
//!    labels stance and object;
//! 5. [`graph`] stores statements in a petgraph graph, merging repeats;
//! 6. [`export`] writes node-link JSON, DOT, Cytoscape.js, GraphML, GEXF, neo4j CSV and RDF,
//!    and renders diagrams with Graphviz; [`eval`] scores against gold statements;
//! 7. [`query`] answers who said what; [`network`] draws discourse networks from it
//!    (affiliation, congruence, conflict, as the Discourse Network Analyzer defines them);
//! 8. [`viewer`] writes the graph as one self-contained interactive HTML page.
//!
//! ```
//! use standpunkt::{Article, Extractor, KnowledgeGraph};
//!
//! let article = Article::new(
//!     "beispiel",
//!     "Russland hat die Entsendung ausländischer Truppen in die Ukraine als „inakzeptabel“ \
//!      zurückgewiesen. „Das ist eine Gefahr für Europa“, sagte Außenamtssprecherin Maria Sacharowa.",
//! )
//! .with_date("2025-09-04");
//! let extractor = Extractor::builtin();
//! let statements = extractor.extract(&article);
//!
//! let rejection = &statements[0];
//! assert_eq!(rejection.actor.name, "Russland");
//! assert_eq!(rejection.country.as_deref(), Some("RUS"));
//! assert_eq!(rejection.predicate.as_str(), "reject");
//! assert_eq!(rejection.object.id.as_deref(), Some("troops"));
//! // The evidence span points at the sentence's bytes in the article.
//! let [start, end] = rejection.evidence.span;
//! assert_eq!(&article.text[start..end], rejection.evidence.sentence);
//!
//! assert_eq!(statements[1].actor.name, "Maria Sacharowa");
//! assert_eq!(statements[1].evidence.mode, "direct");
//!
//! let graph = KnowledgeGraph::from_statements(&statements, extractor.lexicon());
//! assert_eq!(graph.statement_count(), 2);
//! ```
#![deny(missing_docs)]

pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod grammar;
pub mod graph;
pub mod ingest;
pub mod lexicon;
pub mod network;
pub mod pipeline;
pub mod query;
pub mod text;
pub mod viewer;

pub use error::{Error, Result};
pub use extract::{Extractor, Predicate, Statement};
pub use graph::KnowledgeGraph;
pub use ingest::Article;
pub use lexicon::Lexicon;
pub use pipeline::{Pipeline, RunReport};
