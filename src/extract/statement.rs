//! The statement: one position, claim or act of one actor in one sentence, in the JSON
//! form of the statement spec (see the README's "Statements" section). Its sentence,
//! quotation and object text are pieces of the article's text ([`SharedText`]), not
//! copies: a run-on text with thousands of statements per sentence window holds its
//! text once.

use crate::ingest::SharedText;
pub use crate::lexicon::Predicate;
use serde::{Deserialize, Serialize};

/// Who made the statement.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Actor {
    /// Canonical display name.
    pub name: String,
    /// `person`, `organization`, `state`, `group` or `anonymous`.
    pub kind: String,
    /// Wikidata QID, where the lexicon knows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qid: Option<String>,
    /// The role noun the article used (`Außenamtssprecherin`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// What the statement is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Object {
    /// `topic`, `actor` or `claim`.
    pub kind: String,
    /// A short phrase of the sentence naming the object, at most 12 words.
    pub label: String,
    /// The topic or actor id where known.
    pub id: Option<String>,
    /// The whole argument as it stands in the sentence: the complement clause, the
    /// quotation, the accusative or prepositional object; never the speaker or the cue.
    #[serde(default)]
    pub text: Option<SharedText>,
    /// Byte offsets of `text` in the article's source text.
    #[serde(default)]
    pub span: Option<[usize; 2]>,
}

/// The sentence that proves the statement.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// The sentence as in the article.
    pub sentence: SharedText,
    /// The quoted words, for a quotation.
    pub quote: Option<SharedText>,
    /// `direct`, `indirect` or `reported`.
    pub mode: String,
    /// Byte offsets of the sentence in the article's source text.
    pub span: [usize; 2],
}

/// One extracted statement, as the spec's JSON Lines form has it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Statement {
    /// The article's id.
    pub article: String,
    /// The article's date as given.
    pub date: Option<String>,
    /// Who.
    pub actor: Actor,
    /// Whom the actor speaks for (alpha-3 or organisation id).
    pub country: Option<String>,
    /// The predicate.
    pub predicate: Predicate,
    /// Whether the statement is negated.
    pub negated: bool,
    /// About what.
    pub object: Object,
    /// The words that carry the predicate.
    pub cue: String,
    /// Where it is written.
    pub evidence: Evidence,
}

impl Statement {
    /// Polarity toward the object after negation: +1, 0 or −1.
    pub fn polarity(&self) -> i8 {
        let p = self.predicate.polarity();
        if self.negated {
            -p
        } else {
            p
        }
    }
}
