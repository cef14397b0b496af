//! The statement: one position, claim or act of one actor in one sentence, in the JSON
//! form of the statement spec (see the README's "Statements" section). Its sentence,
//! quotation and object text are pieces of the article's text ([`SharedText`]), not
//! copies: a run-on text with thousands of statements per sentence window holds its
//! text once.

use crate::ingest::SharedText;
use serde::{Deserialize, Serialize};

/// The predicate vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Predicate {
    /// Neutral statement, assessment.
    Say,
    /// Makes a decision, plan or result public.
    Announce,
    /// Endorses, approves, welcomes.
    Support,
    /// Promises, pledges, declares readiness.
    Commit,
    /// Proposes or plans something.
    Propose,
    /// Demands, calls for, urges.
    Demand,
    /// Rejects, refuses, rules out.
    Reject,
    /// Criticises, accuses, condemns.
    Criticize,
    /// Warns, expresses fear or concern.
    Warn,
    /// Threatens consequences.
    Threaten,
    /// Doubts, is sceptical.
    Doubt,
    /// Thanks, praises.
    Praise,
    /// Meets, receives, negotiates.
    Meet,
    /// Delivers, sends, deploys.
    Provide,
    /// Military attack.
    Attack,
}

impl Predicate {
    /// Every predicate, in the spec's order.
    pub const ALL: [Predicate; 15] = [
        Predicate::Say,
        Predicate::Announce,
        Predicate::Support,
        Predicate::Commit,
        Predicate::Propose,
        Predicate::Demand,
        Predicate::Reject,
        Predicate::Criticize,
        Predicate::Warn,
        Predicate::Threaten,
        Predicate::Doubt,
        Predicate::Praise,
        Predicate::Meet,
        Predicate::Provide,
        Predicate::Attack,
    ];

    /// The lower-case name used in JSON (`reject`).
    pub fn as_str(self) -> &'static str {
        match self {
            Predicate::Say => "say",
            Predicate::Announce => "announce",
            Predicate::Support => "support",
            Predicate::Commit => "commit",
            Predicate::Propose => "propose",
            Predicate::Demand => "demand",
            Predicate::Reject => "reject",
            Predicate::Criticize => "criticize",
            Predicate::Warn => "warn",
            Predicate::Threaten => "threaten",
            Predicate::Doubt => "doubt",
            Predicate::Praise => "praise",
            Predicate::Meet => "meet",
            Predicate::Provide => "provide",
            Predicate::Attack => "attack",
        }
    }

    /// Parses the lower-case name.
    pub fn parse(text: &str) -> Option<Predicate> {
        Predicate::ALL.into_iter().find(|p| p.as_str() == text)
    }

    /// Stance toward the object: +1, 0 or −1 (before negation).
    pub fn polarity(self) -> i8 {
        match self {
            Predicate::Announce
            | Predicate::Support
            | Predicate::Commit
            | Predicate::Propose
            | Predicate::Demand
            | Predicate::Praise
            | Predicate::Provide => 1,
            Predicate::Say | Predicate::Meet => 0,
            _ => -1,
        }
    }

    /// Whether the predicate is a speech act (as opposed to `meet`, `provide`, `attack`).
    pub fn is_speech(self) -> bool {
        !matches!(
            self,
            Predicate::Meet | Predicate::Provide | Predicate::Attack
        )
    }
}

impl std::fmt::Display for Predicate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

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
