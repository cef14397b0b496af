//! Node and edge payloads of the knowledge graph.

use crate::extract::Predicate;
use serde::{Deserialize, Serialize};

/// What a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NodeKind {
    /// A person, organisation, state, group or anonymous source that speaks.
    Actor,
    /// A state or organisation that actors speak for.
    Country,
    /// A topic from the topic lexicon.
    Topic,
    /// A claim: the content of a statement with no known topic.
    Claim,
}

impl NodeKind {
    /// The lower-case name.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Actor => "actor",
            NodeKind::Country => "country",
            NodeKind::Topic => "topic",
            NodeKind::Claim => "claim",
        }
    }
}

/// A node.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NodeData {
    /// Stable id: `actor:Q567`, `country:DEU`, `topic:troops`, `claim:…`.
    pub id: String,
    /// What it is.
    pub kind: NodeKind,
    /// Display label.
    pub label: String,
    /// For actors: `person`, `organization`, `state`, `group`, `anonymous`.
    pub actor_kind: Option<String>,
    /// Wikidata QID.
    pub qid: Option<String>,
    /// For actors, whom they speak for; for countries, their code.
    pub country: Option<String>,
}

/// One piece of evidence of a statement edge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    /// Article id.
    pub article: String,
    /// Article date.
    pub date: Option<String>,
    /// Cue words.
    pub cue: String,
    /// The object phrase in this sentence.
    pub object_label: String,
    /// The whole argument as it stands in the sentence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_text: Option<String>,
    /// Byte offsets of the argument in the article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_span: Option<[usize; 2]>,
    /// The state a topic is aimed at in this sentence (`Truppen in die Ukraine` → `UKR`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_target: Option<String>,
    /// The sentence.
    pub sentence: String,
    /// The quotation, if any.
    pub quote: Option<String>,
    /// `direct`, `indirect`, `reported`.
    pub mode: String,
    /// Byte span of the sentence in the article.
    pub span: [usize; 2],
}

/// A statement edge: one actor's predicate toward one object, with all its evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatementEdge {
    /// Predicate.
    pub predicate: Predicate,
    /// Negated.
    pub negated: bool,
    /// Polarity after negation.
    pub polarity: i8,
    /// `topic`, `actor` or `claim`.
    pub object_kind: String,
    /// Topic or actor id.
    pub object_id: Option<String>,
    /// Every sentence that states it.
    pub evidence: Vec<EvidenceRecord>,
}

/// An edge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EdgeData {
    /// actor → object.
    Statement(StatementEdge),
    /// actor → the state or organisation it speaks for.
    Affiliation,
}
