//! Who said what: a typed query over the knowledge graph's statements.
//!
//! [`KnowledgeGraph::query`](crate::KnowledgeGraph::query) starts a [`StatementQuery`];
//! filters narrow it (actor by any alias, country, predicate, topic, polarity, negation,
//! date range, article, words in the evidence); [`StatementQuery::run`] returns
//! [`StatementRef`]s — borrowed views of one piece of evidence each, sorted by date and
//! position — and [`StatementQuery::group_by`] counts them for an overview.
//!
//! ```
//! use standpunkt::query::{GroupBy, Polarity};
//! use standpunkt::{Article, Extractor, KnowledgeGraph};
//!
//! let extractor = Extractor::builtin();
//! let article = Article::new(
//!     "a1",
//!     "Russland hat die Entsendung ausländischer Truppen in die Ukraine als „inakzeptabel“ \
//!      zurückgewiesen. „Das ist eine Gefahr für Europa“, sagte Außenamtssprecherin Maria Sacharowa.",
//! )
//! .with_date("2025-09-04");
//! let graph = KnowledgeGraph::from_statements(&extractor.extract(&article), extractor.lexicon());
//!
//! let against = graph.query().with_polarity(Polarity::Negative).run();
//! assert_eq!(against[0].actor().label, "Russland");
//! assert_eq!(against[0].predicate_label(), "reject");
//!
//! let by_actor = graph.query().group_by(GroupBy::Actor);
//! assert_eq!(by_actor.len(), 2);
//! ```
//!
//! The files: [`filter`] (the builder and the pass over the graph), [`actor`] (names
//! and aliases), [`topic`] (topic ids and words), [`date`] (partial dates and ranges),
//! [`record`] (the result view), [`group`] (counts), [`output`] (table, JSON Lines, CSV),
//! [`source`] (a graph file or articles), [`search`] (folded substring search).

pub mod actor;
pub mod date;
pub mod filter;
pub mod group;
pub mod output;
pub mod record;
pub mod search;
pub mod source;
pub mod topic;

pub use date::{DateRange, PartialDate};
pub use filter::{Polarity, StatementQuery};
pub use group::{group_counts, GroupBy, GroupCount};
pub use output::{write_groups, write_statements, Format};
pub use record::StatementRef;
pub use source::Source;
