//! The typed vocabulary of the lexicon's files: the statement predicates a cue, frame or
//! evaluative word carries, and a cue's part of speech. Cells are parsed into these once,
//! at load time, so a misspelt predicate or part of speech is an error naming its file and
//! line, and extraction compares enums, not strings.

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

    /// Whether the predicate makes a plan, demand or promise public (`announce`,
    /// `propose`, `demand`, `commit`): what is to happen.
    pub fn is_plan(self) -> bool {
        matches!(
            self,
            Predicate::Announce | Predicate::Propose | Predicate::Demand | Predicate::Commit
        )
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

/// A cue's part of speech, the `pos` column of `cues.tsv` (empty: `verb`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CuePos {
    /// A verb (`fordern`): the speaker is its clause's subject.
    Verb,
    /// A noun (`Forderung`, `Kritik`): the speaker is a genitive, possessive or source.
    Noun,
    /// An adjective or participle (`besorgt`, `bereit`).
    Adj,
    /// A multi-word phrase (`in Aussicht stellen`).
    Phrase,
}

impl CuePos {
    /// Every part of speech, in file order.
    pub const ALL: [CuePos; 4] = [CuePos::Verb, CuePos::Noun, CuePos::Adj, CuePos::Phrase];

    /// The name used in `cues.tsv`.
    pub fn as_str(self) -> &'static str {
        match self {
            CuePos::Verb => "verb",
            CuePos::Noun => "noun",
            CuePos::Adj => "adj",
            CuePos::Phrase => "phrase",
        }
    }

    /// Parses the `pos` cell; empty is `verb`.
    pub fn parse(text: &str) -> Option<CuePos> {
        if text.is_empty() {
            return Some(CuePos::Verb);
        }
        CuePos::ALL.into_iter().find(|p| p.as_str() == text)
    }

    /// A noun or adjective: its speaker is not a clause subject of its own.
    pub fn is_nominal(self) -> bool {
        matches!(self, CuePos::Noun | CuePos::Adj)
    }
}

impl std::fmt::Display for CuePos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for p in Predicate::ALL {
            assert_eq!(Predicate::parse(p.as_str()), Some(p));
        }
        for p in CuePos::ALL {
            assert_eq!(CuePos::parse(p.as_str()), Some(p));
        }
        assert_eq!(CuePos::parse(""), Some(CuePos::Verb));
        assert_eq!(Predicate::parse("Reject"), None);
        assert_eq!(CuePos::parse("adverb"), None);
    }
}
