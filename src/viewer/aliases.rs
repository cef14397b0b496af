//! The names the lexicon knows for the graph's nodes, for the viewer's search: a
//! person's other spellings, an organisation's abbreviations, a state's official and
//! variant names and capital (as metonym: `Moskau`), a topic's terms. Nodes the lexicon
//! does not know get none; their label is still searched.

use crate::graph::{KnowledgeGraph, NodeKind};
use crate::lexicon::Lexicon;
use std::collections::{BTreeMap, HashMap};

/// At most this many aliases per node: enough for search, small for big graphs.
const MAX_ALIASES: usize = 24;

/// Node id → aliases (without the label itself), for the nodes that have any.
pub fn aliases(graph: &KnowledgeGraph, lexicon: &Lexicon) -> BTreeMap<String, Vec<String>> {
    let mut by_qid: HashMap<&str, usize> = HashMap::new();
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    for (i, p) in lexicon.persons.iter().enumerate() {
        if let Some(q) = &p.qid {
            by_qid.entry(q).or_insert(i);
        }
        by_name.entry(&p.name).or_insert(i);
    }
    let orgs: HashMap<&str, usize> = lexicon
        .organizations
        .iter()
        .enumerate()
        .flat_map(|(i, o)| [(o.id.as_str(), i), (o.name.as_str(), i)])
        .collect();
    let countries: HashMap<&str, usize> = lexicon
        .countries
        .iter()
        .enumerate()
        .flat_map(|(i, c)| [(c.code.as_str(), i), (c.name.as_str(), i)])
        .collect();
    let topics: HashMap<&str, usize> = lexicon
        .topics
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    let country_names = |i: usize| {
        let c = &lexicon.countries[i];
        let mut names = vec![c.name.clone(), c.official.clone(), c.code.clone()];
        names.extend(c.variants.iter().cloned());
        names.extend(c.capitals.iter().cloned());
        names
    };
    let mut out = BTreeMap::new();
    for (_, n) in graph.nodes() {
        let names: Vec<String> = match n.kind {
            NodeKind::Actor => {
                let person = n
                    .qid
                    .as_deref()
                    .and_then(|q| by_qid.get(q))
                    .or_else(|| by_name.get(n.label.as_str()));
                if let Some(&i) = person {
                    let p = &lexicon.persons[i];
                    std::iter::once(p.name.clone())
                        .chain(p.aliases.iter().cloned())
                        .collect()
                } else if let Some(&i) = orgs.get(n.label.as_str()) {
                    let o = &lexicon.organizations[i];
                    std::iter::once(o.name.clone())
                        .chain(o.aliases.iter().cloned())
                        .collect()
                } else if let Some(&i) = countries.get(n.label.as_str()) {
                    country_names(i)
                } else {
                    Vec::new()
                }
            }
            NodeKind::Country => {
                let code = n.country.as_deref().unwrap_or(&n.label);
                if let Some(&i) = countries.get(code) {
                    country_names(i)
                } else if let Some(&i) = orgs.get(code) {
                    let o = &lexicon.organizations[i];
                    std::iter::once(o.name.clone())
                        .chain(o.aliases.iter().cloned())
                        .collect()
                } else {
                    Vec::new()
                }
            }
            NodeKind::Topic => {
                let id = n.id.strip_prefix("topic:").unwrap_or(&n.id);
                topics.get(id).map_or_else(Vec::new, |&i| {
                    lexicon.topics[i]
                        .terms
                        .iter()
                        .map(|(term, _)| term.clone())
                        .collect()
                })
            }
            NodeKind::Claim => Vec::new(),
        };
        let mut kept: Vec<String> = Vec::new();
        for name in names {
            let name = name.trim();
            if !name.is_empty()
                && name != n.label
                && !kept.iter().any(|k| k == name)
                && kept.len() < MAX_ALIASES
            {
                kept.push(name.to_string());
            }
        }
        if !kept.is_empty() {
            out.insert(n.id.clone(), kept);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_graph::small_graph;

    #[test]
    fn known_nodes_get_their_lexicon_names() {
        let graph = small_graph();
        let lexicon = Lexicon::builtin();
        let aliases = aliases(&graph, &lexicon);
        let rus = &aliases["country:RUS"];
        assert!(rus.iter().any(|a| a == "Moskau"), "{rus:?}");
        assert!(rus.iter().any(|a| a == "RUS"), "{rus:?}");
        let troops = &aliases["topic:troops"];
        assert!(!troops.is_empty());
        assert!(!aliases.contains_key("claim:frieden fur ol \\ ja"));
        for list in aliases.values() {
            assert!(list.len() <= MAX_ALIASES);
        }
    }
}
