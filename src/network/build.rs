//! Computing the networks from statements, as the Discourse Network Analyzer (DNA,
//! Leifeld) does.
//!
//! Every statement becomes a *cell* count: x(node, concept, agreement), where the node
//! is the actor (or its country), the concept the statement's topic (or object), and the
//! agreement its polarity after negation. With duplicates `document`, a statement counts
//! once per node, concept, agreement and article.
//!
//! - affiliation: an edge per node and concept; weight = Σ over agreements of x,
//!   sign = sign(x(+) − x(−)); neutral statements count in the weight only.
//! - one-mode networks use only the cells with agreement +1 or −1 (neutral `say`/`meet`
//!   is no stance). For nodes a ≠ b:
//!   - congruence(a, b) = Σ_c Σ_q x(a,c,q)·x(b,c,q)
//!   - conflict(a, b)   = Σ_c x(a,c,+)·x(b,c,−) + x(a,c,−)·x(b,c,+)
//!   - subtract(a, b)   = congruence − conflict
//!
//!   and the weight is divided by a normalisation term N(a, b), where n_a = Σ x(a,·,·):
//!   - none:    N = 1
//!   - average: N = (n_a + n_b) / 2
//!   - jaccard: N = m10 + m01 + m11, with m10 = Σ x(a) over the cells b lacks, m01 the
//!     same for b, m11 = congruence (DNA's generalisation of |A∩B| / |A∪B|)
//!   - cosine:  N = √(Σ x(a)²) · √(Σ x(b)²)
//!
//! When every cell is 0 or 1 (each actor states each stance once), congruence is the
//! number of concepts both take the same stance on, conflict the number they take
//! opposite stances on, and the normalisations are |shared| / mean(|A|, |B|),
//! |shared| / |A ∪ B| and |shared| / √(|A|·|B|).

use super::options::{Concepts, Duplicates, Level, Mode, NetworkOptions, Normalization};
use super::{DiscourseNetwork, EdgeDetail, NetworkEdge, NetworkNode, NodeRole};
use crate::error::{Error, Result};
use crate::graph::NodeKind;
use crate::query::StatementRef;
use crate::text::fold_search;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// A node or concept while counting.
struct Info {
    label: String,
    country: Option<String>,
    actor_kind: Option<String>,
}

/// The counts behind a network: cells and what their ids name.
#[derive(Default)]
struct Tally {
    nodes: BTreeMap<String, Info>,
    concepts: BTreeMap<String, Info>,
    /// (node, concept, agreement) → statements.
    cells: BTreeMap<(String, String, i8), usize>,
}

/// Builds the network of `statements` (usually a query's result) for `options`.
/// Fails only for a normalisation asked of an affiliation network.
pub fn build(
    statements: &[StatementRef<'_>],
    options: &NetworkOptions,
) -> Result<DiscourseNetwork> {
    if options.mode == Mode::Affiliation && options.normalization != Normalization::None {
        return Err(Error::Invalid(format!(
            "normalisation `{}` applies to one-mode networks (congruence, conflict, subtract), not to affiliation",
            options.normalization
        )));
    }
    let tally = tally(statements, options);
    let (nodes, mut edges) = match options.mode {
        Mode::Affiliation => affiliation(&tally),
        _ => one_mode(&tally, options),
    };
    order_edges(&nodes, &mut edges);
    Ok(DiscourseNetwork {
        options: *options,
        nodes,
        edges,
    })
}

fn tally(statements: &[StatementRef<'_>], options: &NetworkOptions) -> Tally {
    let one_mode = options.mode != Mode::Affiliation;
    // The node each statement counts for (an actor id, or `country:CODE`).
    let mut rows: Vec<(String, &StatementRef<'_>)> = Vec::with_capacity(statements.len());
    for s in statements {
        let object = s.object();
        if options.concepts == Concepts::Topics && object.kind != NodeKind::Topic {
            continue;
        }
        if one_mode && s.polarity() == 0 {
            continue;
        }
        let node = match options.level {
            Level::Actor => s.actor().id.clone(),
            Level::Country => match s.country() {
                Some(code) => format!("country:{code}"),
                None => continue,
            },
        };
        rows.push((node, s));
    }
    let mut tally = Tally::default();
    let mut seen: HashSet<(&str, &str, i8, &str)> = HashSet::new();
    for (node, s) in &rows {
        let object = s.object();
        let q = s.polarity().signum();
        if options.duplicates == Duplicates::Document
            && !seen.insert((node.as_str(), object.id.as_str(), q, s.article()))
        {
            continue;
        }
        tally
            .nodes
            .entry(node.clone())
            .or_insert_with(|| match options.level {
                Level::Actor => {
                    let actor = s.actor();
                    Info {
                        label: actor.label.clone(),
                        country: actor.country.clone(),
                        actor_kind: actor.actor_kind.clone(),
                    }
                }
                Level::Country => {
                    let code = s.country().unwrap_or_default();
                    let label = s
                        .graph()
                        .node(node)
                        .map_or(code, |(_, n)| n.label.as_str())
                        .to_string();
                    Info {
                        label,
                        country: Some(code.to_string()),
                        actor_kind: None,
                    }
                }
            });
        tally
            .concepts
            .entry(object.id.clone())
            .or_insert_with(|| Info {
                label: object.label.clone(),
                country: None,
                actor_kind: None,
            });
        *tally
            .cells
            .entry((node.clone(), object.id.clone(), q))
            .or_insert(0) += 1;
    }
    tally
}

fn node_of(id: &str, info: &Info, role: NodeRole, statements: usize) -> NetworkNode {
    NetworkNode {
        id: id.to_string(),
        label: info.label.clone(),
        role,
        country: info.country.clone(),
        actor_kind: info.actor_kind.clone(),
        statements,
    }
}

fn speaker_role(tally: &Tally) -> NodeRole {
    match tally.nodes.keys().next() {
        Some(id) if id.starts_with("country:") => NodeRole::Country,
        _ => NodeRole::Actor,
    }
}

fn affiliation(tally: &Tally) -> (Vec<NetworkNode>, Vec<NetworkEdge>) {
    // (node, concept) → [negative, neutral, positive]
    let mut pairs: BTreeMap<(&str, &str), [usize; 3]> = BTreeMap::new();
    for ((node, concept, q), &x) in &tally.cells {
        pairs.entry((node, concept)).or_default()[(q + 1) as usize] += x;
    }
    let mut node_totals: BTreeMap<&str, usize> = BTreeMap::new();
    let mut concept_totals: BTreeMap<&str, usize> = BTreeMap::new();
    for (&(node, concept), counts) in &pairs {
        let total: usize = counts.iter().sum();
        *node_totals.entry(node).or_default() += total;
        *concept_totals.entry(concept).or_default() += total;
    }
    // A concept that is also a speaker (an actor spoken about, with `Concepts::All`)
    // gets its own id.
    let concept_id = |c: &str| {
        if tally.nodes.contains_key(c) {
            format!("concept:{c}")
        } else {
            c.to_string()
        }
    };
    let role = speaker_role(tally);
    let mut nodes: Vec<NetworkNode> = tally
        .nodes
        .iter()
        .map(|(id, info)| node_of(id, info, role, node_totals[id.as_str()]))
        .collect();
    sort_nodes(&mut nodes);
    let mut concepts: Vec<NetworkNode> = tally
        .concepts
        .iter()
        .map(|(id, info)| {
            node_of(
                &concept_id(id),
                info,
                NodeRole::Concept,
                concept_totals[id.as_str()],
            )
        })
        .collect();
    sort_nodes(&mut concepts);
    nodes.extend(concepts);
    let edges = pairs
        .into_iter()
        .map(
            |((node, concept), [negative, neutral, positive])| NetworkEdge {
                source: node.to_string(),
                target: concept_id(concept),
                weight: (negative + neutral + positive) as f64,
                sign: (positive as i64 - negative as i64).signum() as i8,
                detail: EdgeDetail::Affiliation {
                    positive,
                    neutral,
                    negative,
                },
            },
        )
        .collect();
    (nodes, edges)
}

/// What two nodes share, accumulated concept by concept.
#[derive(Default)]
struct Pair<'t> {
    congruence: usize,
    conflict: usize,
    /// Σ x(a) and Σ x(b) over the cells both have (for Jaccard).
    shared_a: usize,
    shared_b: usize,
    same: BTreeSet<&'t str>,
    opposite: BTreeSet<&'t str>,
}

fn one_mode(tally: &Tally, options: &NetworkOptions) -> (Vec<NetworkNode>, Vec<NetworkEdge>) {
    // Per node: n = Σ x, squares = Σ x².
    let mut activity: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    // Per concept: (node, agreement, x), in node order.
    let mut by_concept: BTreeMap<&str, Vec<(&str, i8, usize)>> = BTreeMap::new();
    for ((node, concept, q), &x) in &tally.cells {
        let a = activity.entry(node).or_default();
        a.0 += x;
        a.1 += x * x;
        by_concept.entry(concept).or_default().push((node, *q, x));
    }
    let mut pairs: BTreeMap<(&str, &str), Pair> = BTreeMap::new();
    for (&concept, cells) in &by_concept {
        for (i, &(a, qa, xa)) in cells.iter().enumerate() {
            for &(b, qb, xb) in &cells[i + 1..] {
                if a == b {
                    continue;
                }
                let pair = pairs.entry((a, b)).or_default();
                if qa == qb {
                    pair.congruence += xa * xb;
                    pair.shared_a += xa;
                    pair.shared_b += xb;
                    pair.same.insert(concept);
                } else {
                    pair.conflict += xa * xb;
                    pair.opposite.insert(concept);
                }
            }
        }
    }
    let role = speaker_role(tally);
    let mut nodes: Vec<NetworkNode> = tally
        .nodes
        .iter()
        .map(|(id, info)| node_of(id, info, role, activity[id.as_str()].0))
        .collect();
    sort_nodes(&mut nodes);
    let mut edges = Vec::new();
    for ((a, b), pair) in pairs {
        let raw = match options.mode {
            Mode::Congruence => pair.congruence as f64,
            Mode::Conflict => pair.conflict as f64,
            _ => pair.congruence as f64 - pair.conflict as f64,
        };
        if raw == 0.0 {
            continue;
        }
        let (na, sqa) = activity[a];
        let (nb, sqb) = activity[b];
        let norm = match options.normalization {
            Normalization::None => 1.0,
            Normalization::Average => (na + nb) as f64 / 2.0,
            Normalization::Jaccard => {
                ((na - pair.shared_a) + (nb - pair.shared_b) + pair.congruence) as f64
            }
            Normalization::Cosine => (sqa as f64).sqrt() * (sqb as f64).sqrt(),
        };
        let concepts: BTreeSet<&str> = match options.mode {
            Mode::Congruence => pair.same,
            Mode::Conflict => pair.opposite,
            _ => pair.same.union(&pair.opposite).copied().collect(),
        };
        let weight = raw / norm;
        edges.push(NetworkEdge {
            source: a.to_string(),
            target: b.to_string(),
            weight,
            sign: if weight > 0.0 && options.mode != Mode::Conflict {
                1
            } else {
                -1
            },
            detail: EdgeDetail::OneMode {
                congruence: pair.congruence,
                conflict: pair.conflict,
                concepts: concepts.into_iter().map(str::to_string).collect(),
            },
        });
    }
    (nodes, edges)
}

/// Orients one-mode edges so that the source comes first in node order, and sorts the
/// edges by the node order of their ends (affiliation edges always run from speaker to
/// concept, and speakers come first).
fn order_edges(nodes: &[NetworkNode], edges: &mut [NetworkEdge]) {
    let rank: HashMap<&str, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    for e in edges.iter_mut() {
        if rank[e.source.as_str()] > rank[e.target.as_str()] {
            std::mem::swap(&mut e.source, &mut e.target);
        }
    }
    edges.sort_by_key(|e| (rank[e.source.as_str()], rank[e.target.as_str()]));
}

/// Sorts nodes by label as a reader would (case and accents folded), then exactly.
fn sort_nodes(nodes: &mut [NetworkNode]) {
    nodes.sort_by_cached_key(|n| (fold_search(&n.label), n.label.clone(), n.id.clone()));
}
