//! Counting statements for an overview: by actor, country, topic or predicate, most
//! first, ties by label (case and accents folded), with how many are for (+), neutral (0) and against (−).

use super::record::StatementRef;
use crate::extract::Predicate;
use crate::text::fold_search;
use petgraph::stable_graph::NodeIndex;
use serde::Serialize;
use std::collections::HashMap;

/// What to count by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupBy {
    /// The actor (node), shown as `Name (CODE)`.
    Actor,
    /// Whom the actor speaks for; `-` when unknown.
    Country,
    /// The topic id; `-` for statements about an actor or a claim.
    Topic,
    /// The predicate, `not …` when negated.
    Predicate,
}

impl GroupBy {
    /// The lower-case name (`actor`).
    pub fn as_str(self) -> &'static str {
        match self {
            GroupBy::Actor => "actor",
            GroupBy::Country => "country",
            GroupBy::Topic => "topic",
            GroupBy::Predicate => "predicate",
        }
    }
}

impl std::str::FromStr for GroupBy {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "actor" => Ok(GroupBy::Actor),
            "country" => Ok(GroupBy::Country),
            "topic" => Ok(GroupBy::Topic),
            "predicate" => Ok(GroupBy::Predicate),
            _ => Err(format!(
                "`{text}` is not a grouping: use actor, country, topic or predicate"
            )),
        }
    }
}

/// One group: its key, a label to show, and counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupCount {
    /// Stable key: the actor's node id, the country code, the topic id, the predicate.
    pub key: String,
    /// What to show: `Maria Sacharowa (RUS)`, `Russland`, `Truppen und Militäreinsatz`.
    pub label: String,
    /// Statements in the group.
    pub count: usize,
    /// Of them, polarity +1.
    pub positive: usize,
    /// Of them, polarity 0.
    pub neutral: usize,
    /// Of them, polarity −1.
    pub negative: usize,
}

/// What a statement is counted under, borrowed from the graph (labels come later, once
/// per group).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key<'g> {
    Actor(NodeIndex),
    Text(Option<&'g str>),
    Predicate(Predicate, bool),
}

/// Counts `rows` by `by`: most first, then by label and key.
pub fn group_counts(rows: &[StatementRef<'_>], by: GroupBy) -> Vec<GroupCount> {
    // key → (a statement of the group, [negative, neutral, positive])
    let mut groups: HashMap<Key<'_>, (usize, [usize; 3])> = HashMap::new();
    for (i, s) in rows.iter().enumerate() {
        let key = match by {
            GroupBy::Actor => Key::Actor(s.actor_index()),
            GroupBy::Country => Key::Text(s.country()),
            GroupBy::Topic => Key::Text(s.topic()),
            GroupBy::Predicate => Key::Predicate(s.predicate(), s.negated()),
        };
        let group = groups.entry(key).or_insert((i, [0; 3]));
        group.1[(s.polarity().signum() + 1) as usize] += 1;
    }
    let mut out: Vec<GroupCount> = groups
        .into_values()
        .map(|(i, [negative, neutral, positive])| {
            let s = &rows[i];
            let (key, label) = match by {
                GroupBy::Actor => {
                    let actor = s.actor();
                    let label = match &actor.country {
                        Some(c) => format!("{} ({c})", actor.label),
                        None => actor.label.clone(),
                    };
                    (actor.id.clone(), label)
                }
                GroupBy::Country => match s.country() {
                    Some(code) => {
                        let label = s
                            .graph()
                            .node(&format!("country:{code}"))
                            .map_or(code, |(_, n)| n.label.as_str());
                        (code.to_string(), label.to_string())
                    }
                    None => ("-".to_string(), "(unknown)".to_string()),
                },
                GroupBy::Topic => match s.topic() {
                    Some(t) => (t.to_string(), s.object().label.clone()),
                    None => ("-".to_string(), "(no topic)".to_string()),
                },
                GroupBy::Predicate => {
                    let p = s.predicate_label();
                    (p.clone(), p)
                }
            };
            GroupCount {
                key,
                label,
                count: negative + neutral + positive,
                positive,
                neutral,
                negative,
            }
        })
        .collect();
    out.sort_by_cached_key(|g| {
        (
            std::cmp::Reverse(g.count),
            fold_search(&g.label),
            g.label.clone(),
            g.key.clone(),
        )
    });
    out
}
