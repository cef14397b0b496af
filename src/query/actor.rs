//! Finding actors by name: the canonical name or any alias the lexicon knows (persons'
//! aliases, organisations' aliases, states' names and variants), compared after folding
//! case and diacritics (`fold_search`), as a whole name or as a run of whole words of it
//! (`macron` finds Emmanuel Macron, `zakharova` finds Maria Sacharowa).

use crate::graph::{KnowledgeGraph, NodeData, NodeKind};
use crate::lexicon::Lexicon;
use crate::text::fold_search;
use petgraph::visit::NodeIndexable;
use std::collections::HashMap;

/// A name to look for, folded and split into words.
#[derive(Debug, Clone)]
pub struct NameQuery {
    words: Vec<String>,
}

impl NameQuery {
    /// Folds and splits `name`; `None` when it has no letters or digits.
    pub fn new(name: &str) -> Option<NameQuery> {
        let words = words(&fold_search(name));
        (!words.is_empty()).then_some(NameQuery { words })
    }

    /// Whether the name is `form`, or a run of whole words in it.
    pub fn matches(&self, form: &str) -> bool {
        let form = words(&fold_search(form));
        form.windows(self.words.len()).any(|w| w == self.words)
    }
}

/// Splits folded text into words (runs of letters and digits).
fn words(folded: &str) -> Vec<String> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The lexicon's other names for actors, looked up by QID or by display name.
struct Aliases<'l> {
    lexicon: &'l Lexicon,
    persons_by_qid: HashMap<&'l str, usize>,
    persons_by_name: HashMap<&'l str, Vec<usize>>,
}

impl<'l> Aliases<'l> {
    fn new(lexicon: &'l Lexicon) -> Self {
        let mut persons_by_qid = HashMap::new();
        let mut persons_by_name: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, p) in lexicon.persons.iter().enumerate() {
            if let Some(q) = &p.qid {
                persons_by_qid.insert(q.as_str(), i);
            }
            persons_by_name.entry(p.name.as_str()).or_default().push(i);
        }
        Aliases {
            lexicon,
            persons_by_qid,
            persons_by_name,
        }
    }

    /// Every name of the actor `node`, its label first.
    fn forms(&self, node: &NodeData) -> Vec<&'l str> {
        let lex = self.lexicon;
        let mut forms = Vec::new();
        let mut persons: Vec<usize> = Vec::new();
        if let Some(&p) = node.qid.as_deref().and_then(|q| self.persons_by_qid.get(q)) {
            persons.push(p);
        } else if let Some(ps) = self.persons_by_name.get(node.label.as_str()) {
            persons.extend(ps);
        }
        for p in persons {
            let person = &lex.persons[p];
            forms.push(person.name.as_str());
            forms.extend(person.aliases.iter().map(String::as_str));
        }
        for org in lex
            .organizations
            .iter()
            .filter(|o| o.name == node.label || o.id == node.label)
        {
            forms.push(org.name.as_str());
            forms.extend(org.aliases.iter().map(String::as_str));
        }
        if node.actor_kind.as_deref() == Some("state") {
            for c in lex.countries.iter().filter(|c| c.name == node.label) {
                forms.push(c.official.as_str());
                forms.extend(c.variants.iter().map(String::as_str));
            }
        }
        forms
    }
}

/// Marks the actor nodes that any of `names` matches: a mask indexed by node index.
/// Only actor nodes can match. Without a lexicon only display names are compared.
pub fn actor_mask(
    graph: &KnowledgeGraph,
    lexicon: Option<&Lexicon>,
    names: &[String],
) -> Vec<bool> {
    let queries: Vec<NameQuery> = names.iter().filter_map(|n| NameQuery::new(n)).collect();
    let inner = graph.inner();
    let mut mask = vec![false; inner.node_bound()];
    if queries.is_empty() {
        return mask;
    }
    let aliases = lexicon.map(Aliases::new);
    for (i, node) in graph.nodes() {
        if node.kind != NodeKind::Actor {
            continue;
        }
        let hit = queries.iter().any(|q| {
            q.matches(&node.label)
                || aliases
                    .as_ref()
                    .is_some_and(|a| a.forms(node).iter().any(|f| q.matches(f)))
        });
        mask[i.index()] = hit;
    }
    mask
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_whole_words_after_folding() {
        let q = NameQuery::new("macron").unwrap();
        assert!(q.matches("Emmanuel Macron"));
        assert!(!q.matches("Macronisten"));
        let q = NameQuery::new("SÁNCHEZ").unwrap();
        assert!(q.matches("Pedro Sanchez"));
        let q = NameQuery::new("Jean-Michel").unwrap();
        assert!(q.matches("Emmanuel Jean-Michel Frédéric Macron"));
        assert!(NameQuery::new(" – ").is_none());
    }

    #[test]
    fn aliases_come_from_the_lexicon() {
        let lexicon = Lexicon::builtin();
        let aliases = Aliases::new(&lexicon);
        let node = NodeData {
            id: "actor:Maria Sacharowa".into(),
            kind: NodeKind::Actor,
            label: "Maria Sacharowa".into(),
            actor_kind: Some("person".into()),
            qid: None,
            country: Some("RUS".into()),
        };
        let forms = aliases.forms(&node);
        assert!(forms.contains(&"Maria Zakharova"), "{forms:?}");
    }
}
