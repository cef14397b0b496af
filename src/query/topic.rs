//! Finding statements by topic: a topic id (`troops`) selects the statements about that
//! topic; any other word (`Truppen`, `Sicherheitsgarantie`) selects the statements about
//! the topics the lexicon finds in the word or whose label contains it, and the
//! statements whose object, as the sentence names it, contains the word.

use super::search::FoldedSearch;
use crate::graph::{KnowledgeGraph, NodeKind, StatementEdge};
use crate::lexicon::Lexicon;
use crate::text::{fold_same_length, fold_search};
use std::collections::BTreeSet;

/// The compiled `--topic` filter: topic ids, and words to find in object labels.
#[derive(Debug, Clone, Default)]
pub struct TopicFilter {
    ids: BTreeSet<String>,
    words: Vec<String>,
    search: FoldedSearch,
}

/// What an edge tells about a topic filter before its evidence is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EdgeTopic {
    /// Every statement on the edge matches.
    All,
    /// Only statements whose object label contains a word match.
    CheckLabels,
    /// No statement on the edge matches.
    None,
}

impl TopicFilter {
    /// Compiles `values` against the graph's topics and, where given, the lexicon's.
    pub fn new(graph: &KnowledgeGraph, lexicon: Option<&Lexicon>, values: &[String]) -> Self {
        let mut filter = TopicFilter::default();
        for value in values {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let is_id = lexicon.is_some_and(|l| l.topics.iter().any(|t| t.id == value))
                || graph.node(&format!("topic:{value}")).is_some();
            if is_id {
                filter.ids.insert(value.to_string());
                continue;
            }
            let word = fold_search(value);
            if let Some(lexicon) = lexicon {
                for (t, _) in lexicon.topics_in(&fold_same_length(value)) {
                    filter.ids.insert(lexicon.topics[t].id.clone());
                }
                for t in &lexicon.topics {
                    if fold_search(&t.label).contains(&word) {
                        filter.ids.insert(t.id.clone());
                    }
                }
            }
            for (_, node) in graph.nodes() {
                if node.kind == NodeKind::Topic && fold_search(&node.label).contains(&word) {
                    if let Some(id) = node.id.strip_prefix("topic:") {
                        filter.ids.insert(id.to_string());
                    }
                }
            }
            filter.words.push(word);
        }
        filter.search = FoldedSearch::new(&filter.words);
        filter
    }

    /// The topic ids the filter selects.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    /// What `edge` tells before its evidence is read.
    pub fn edge(&self, edge: &StatementEdge) -> EdgeTopic {
        let topic = (edge.object_kind == "topic")
            .then_some(edge.object_id.as_deref())
            .flatten();
        if topic.is_some_and(|t| self.ids.contains(t)) {
            EdgeTopic::All
        } else if self.words.is_empty() {
            EdgeTopic::None
        } else {
            EdgeTopic::CheckLabels
        }
    }

    /// Whether an object label contains one of the words.
    pub fn label(&mut self, label: &str) -> bool {
        self.search.find_in(label)
    }
}
