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

use super::options::{Concepts, Duplicates, Grouping, Level, Mode, NetworkOptions, Normalization};
use super::{DiscourseNetwork, EdgeDetail, NetworkEdge, NetworkNode, NodeRole};
use crate::error::{Error, Result};
use crate::graph::NodeKind;
use crate::query::StatementRef;
use crate::text::fold_search;
use petgraph::stable_graph::NodeIndex;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A node or concept while counting: its id and what to show.
struct Info {
    id: String,
    label: String,
    country: Option<String>,
    actor_kind: Option<String>,
}

/// Who a statement counts for: an actor node, or the code of the state or organisation
/// it speaks for.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum NodeKey<'g> {
    Actor(NodeIndex),
    Code(&'g str),
}

/// The counts behind a network. Nodes and concepts are numbered in order of first
/// appearance; cells are sorted.
#[derive(Default)]
struct Tally {
    nodes: Vec<Info>,
    concepts: Vec<Info>,
    /// ((node, concept, agreement), statements), sorted.
    cells: Vec<((u32, u32, i8), usize)>,
}

/// Builds the network of `statements` (usually a query's result) for `options`.
/// Fails only for a normalisation asked of an affiliation network.
pub fn build(
    statements: &[StatementRef<'_>],
    options: &NetworkOptions,
) -> Result<DiscourseNetwork> {
    if options.mode == Mode::Affiliation && options.normalization != Normalization::None {
        return Err(Error::IncompatibleOptions {
            message: format!(
                "normalisation `{}` applies to one-mode networks (congruence, conflict, subtract), not to affiliation",
                options.normalization
            ),
        });
    }
    let tally = tally(statements, options);
    let (nodes, mut edges) = match options.mode {
        Mode::Affiliation => affiliation(&tally, options),
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
    let mut tally = Tally::default();
    // Speakers by actor node or by code; concepts by object node.
    let mut node_index: FastMap<NodeKey<'_>, u32> = FastMap::default();
    let mut concept_index: FastMap<(NodeIndex, Option<&str>), u32> = FastMap::default();
    let mut seen: FastMap<(u32, u32, i8, &str), ()> = FastMap::default();
    let mut cells: FastMap<(u32, u32, i8), usize> = FastMap::default();
    for s in statements {
        let object = s.object();
        if options.concepts == Concepts::Topics && object.kind != NodeKind::Topic {
            continue;
        }
        let q = s.polarity().signum();
        if one_mode && q == 0 {
            continue;
        }
        // The node the statement counts for: the actor, or the code it speaks for.
        let key = match options.level {
            Level::Actor => NodeKey::Actor(s.actor_index()),
            Level::Country => match s.country() {
                Some(code) => NodeKey::Code(code),
                None => continue,
            },
        };
        let node = *node_index.entry(key).or_insert_with(|| {
            tally.nodes.push(match options.level {
                Level::Actor => {
                    let actor = s.actor();
                    Info {
                        id: actor.id.clone(),
                        label: actor.label.clone(),
                        country: actor.country.clone(),
                        actor_kind: actor.actor_kind.clone(),
                    }
                }
                Level::Country => {
                    let code = s.country().unwrap_or_default();
                    let id = format!("country:{code}");
                    let label = s.graph().node(&id).map_or(code, |(_, n)| n.label.as_str());
                    Info {
                        label: label.to_string(),
                        id,
                        country: Some(code.to_string()),
                        actor_kind: None,
                    }
                }
            });
            (tally.nodes.len() - 1) as u32
        });
        // A topic aimed at a state is a concept of its own (`troops@UKR`).
        let target = match options.grouping {
            Grouping::Target if object.kind == NodeKind::Topic => {
                s.evidence().object_target.as_deref()
            }
            _ => None,
        };
        let concept = *concept_index
            .entry((s.object_index(), target))
            .or_insert_with(|| {
                let (id, label) = match target {
                    Some(code) => {
                        let name = s
                            .graph()
                            .node(&format!("country:{code}"))
                            .map_or(code, |(_, n)| n.label.as_str());
                        (
                            format!("{}@{code}", object.id),
                            format!("{} → {name}", object.label),
                        )
                    }
                    None => (object.id.clone(), object.label.clone()),
                };
                tally.concepts.push(Info {
                    id,
                    label,
                    country: None,
                    actor_kind: None,
                });
                (tally.concepts.len() - 1) as u32
            });
        if options.duplicates == Duplicates::Document
            && seen.insert((node, concept, q, s.article()), ()).is_some()
        {
            continue;
        }
        *cells.entry((node, concept, q)).or_insert(0) += 1;
    }
    tally.cells = cells.into_iter().collect();
    tally.cells.sort_unstable();
    tally
}

fn node_of(info: &Info, id: String, role: NodeRole, statements: usize) -> NetworkNode {
    NetworkNode {
        id,
        label: info.label.clone(),
        role,
        country: info.country.clone(),
        actor_kind: info.actor_kind.clone(),
        statements,
    }
}

fn speaker_role(options: &NetworkOptions) -> NodeRole {
    match options.level {
        Level::Actor => NodeRole::Actor,
        Level::Country => NodeRole::Country,
    }
}

fn affiliation(tally: &Tally, options: &NetworkOptions) -> (Vec<NetworkNode>, Vec<NetworkEdge>) {
    // (node, concept) → [negative, neutral, positive]; cells are sorted, so pairs are too.
    let mut pairs: Vec<((u32, u32), [usize; 3])> = Vec::new();
    for &((node, concept, q), x) in &tally.cells {
        match pairs.last_mut() {
            Some((pair, counts)) if *pair == (node, concept) => counts[(q + 1) as usize] += x,
            _ => {
                let mut counts = [0; 3];
                counts[(q + 1) as usize] = x;
                pairs.push(((node, concept), counts));
            }
        }
    }
    let mut node_totals = vec![0; tally.nodes.len()];
    let mut concept_totals = vec![0; tally.concepts.len()];
    for &((node, concept), counts) in &pairs {
        let total: usize = counts.iter().sum();
        node_totals[node as usize] += total;
        concept_totals[concept as usize] += total;
    }
    // A concept that is also a speaker (an actor spoken about, with `Concepts::All`)
    // gets its own id.
    let speakers: HashSet<&str> = tally.nodes.iter().map(|n| n.id.as_str()).collect();
    let concept_id = |c: u32| {
        let id = &tally.concepts[c as usize].id;
        if speakers.contains(id.as_str()) {
            format!("concept:{id}")
        } else {
            id.clone()
        }
    };
    let role = speaker_role(options);
    let mut nodes: Vec<NetworkNode> = tally
        .nodes
        .iter()
        .enumerate()
        .map(|(i, info)| node_of(info, info.id.clone(), role, node_totals[i]))
        .collect();
    sort_nodes(&mut nodes);
    let mut concepts: Vec<NetworkNode> = tally
        .concepts
        .iter()
        .enumerate()
        .map(|(i, info)| {
            node_of(
                info,
                concept_id(i as u32),
                NodeRole::Concept,
                concept_totals[i],
            )
        })
        .collect();
    sort_nodes(&mut concepts);
    nodes.extend(concepts);
    let edges = pairs
        .into_iter()
        .map(
            |((node, concept), [negative, neutral, positive])| NetworkEdge {
                source: tally.nodes[node as usize].id.clone(),
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

/// What two nodes share, accumulated concept by concept. The concepts behind the pair
/// are kept as linked lists in one arena (most pairs share one or two concepts, and a
/// dense network has hundreds of thousands of pairs).
#[derive(Clone, Copy)]
struct Pair {
    congruence: usize,
    conflict: usize,
    /// Σ x over the cells both nodes have, for the lower and the higher node number.
    shared_lo: usize,
    shared_hi: usize,
    /// Heads of the lists of concepts with the same and with opposite stances.
    same: u32,
    opposite: u32,
}

/// The end of a concept list.
const NIL: u32 = u32::MAX;

impl Default for Pair {
    fn default() -> Self {
        Pair {
            congruence: 0,
            conflict: 0,
            shared_lo: 0,
            shared_hi: 0,
            same: NIL,
            opposite: NIL,
        }
    }
}

/// Linked lists of concepts: (concept, next).
#[derive(Default)]
struct Arena(Vec<(u32, u32)>);

impl Arena {
    /// Adds `concept` to the list at `head` unless it heads it already (concepts come
    /// one after another, so that is the only place a repeat can be).
    fn push_once(&mut self, head: &mut u32, concept: u32) {
        if *head != NIL && self.0[*head as usize].0 == concept {
            return;
        }
        self.0.push((concept, *head));
        *head = (self.0.len() - 1) as u32;
    }

    fn collect(&self, mut head: u32, into: &mut Vec<u32>) {
        while head != NIL {
            let (concept, next) = self.0[head as usize];
            into.push(concept);
            head = next;
        }
    }
}

/// A fast hasher for the counting maps (node numbers, node indices, article ids): words
/// of 8 bytes combined by multiplication, mixed at the end with SplitMix64's finaliser.
/// SipHash, the default, costs more than all the rest of the counting.
#[derive(Default)]
struct FastHasher(u64);

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.write_u64(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        let mut last = [0u8; 8];
        let rest = chunks.remainder();
        last[..rest.len()].copy_from_slice(rest);
        self.write_u64(u64::from_le_bytes(last) ^ (rest.len() as u64) << 59);
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(23) ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u8(&mut self, n: u8) {
        self.write_u64(u64::from(n));
    }

    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

/// A hash map with [`FastHasher`].
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

fn one_mode(tally: &Tally, options: &NetworkOptions) -> (Vec<NetworkNode>, Vec<NetworkEdge>) {
    // Per node: n = Σ x, squares = Σ x².
    let mut activity = vec![(0usize, 0usize); tally.nodes.len()];
    // Per concept: (node, agreement, x).
    let mut by_concept: Vec<Vec<(u32, i8, usize)>> = vec![Vec::new(); tally.concepts.len()];
    for &((node, concept, q), x) in &tally.cells {
        let a = &mut activity[node as usize];
        a.0 += x;
        a.1 += x * x;
        by_concept[concept as usize].push((node, q, x));
    }
    let mut pairs: FastMap<u64, Pair> = FastMap::default();
    let mut arena = Arena::default();
    for (concept, cells) in by_concept.iter().enumerate() {
        let concept = concept as u32;
        for (i, &(a, qa, xa)) in cells.iter().enumerate() {
            for &(b, qb, xb) in &cells[i + 1..] {
                if a == b {
                    continue;
                }
                let (lo, hi, xlo, xhi) = if a < b {
                    (a, b, xa, xb)
                } else {
                    (b, a, xb, xa)
                };
                let pair = pairs
                    .entry(u64::from(lo) << 32 | u64::from(hi))
                    .or_default();
                if qa == qb {
                    pair.congruence += xa * xb;
                    pair.shared_lo += xlo;
                    pair.shared_hi += xhi;
                    arena.push_once(&mut pair.same, concept);
                } else {
                    pair.conflict += xa * xb;
                    arena.push_once(&mut pair.opposite, concept);
                }
            }
        }
    }
    let role = speaker_role(options);
    let mut nodes: Vec<NetworkNode> = tally
        .nodes
        .iter()
        .enumerate()
        .map(|(i, info)| node_of(info, info.id.clone(), role, activity[i].0))
        .collect();
    sort_nodes(&mut nodes);
    let mut edges = Vec::new();
    let mut list = Vec::new();
    for (key, pair) in pairs {
        let (lo, hi) = ((key >> 32) as u32, key as u32);
        let raw = match options.mode {
            Mode::Congruence => pair.congruence as f64,
            Mode::Conflict => pair.conflict as f64,
            _ => pair.congruence as f64 - pair.conflict as f64,
        };
        if raw == 0.0 {
            continue;
        }
        let (n_lo, sq_lo) = activity[lo as usize];
        let (n_hi, sq_hi) = activity[hi as usize];
        let norm = match options.normalization {
            Normalization::None => 1.0,
            Normalization::Average => (n_lo + n_hi) as f64 / 2.0,
            Normalization::Jaccard => {
                ((n_lo - pair.shared_lo) + (n_hi - pair.shared_hi) + pair.congruence) as f64
            }
            Normalization::Cosine => (sq_lo as f64).sqrt() * (sq_hi as f64).sqrt(),
        };
        list.clear();
        if options.mode != Mode::Conflict {
            arena.collect(pair.same, &mut list);
        }
        if options.mode != Mode::Congruence {
            arena.collect(pair.opposite, &mut list);
        }
        let mut concepts: Vec<String> = list
            .iter()
            .map(|&c| tally.concepts[c as usize].id.clone())
            .collect();
        concepts.sort_unstable();
        concepts.dedup();
        let weight = raw / norm;
        edges.push(NetworkEdge {
            source: tally.nodes[lo as usize].id.clone(),
            target: tally.nodes[hi as usize].id.clone(),
            weight,
            sign: if weight > 0.0 && options.mode != Mode::Conflict {
                1
            } else {
                -1
            },
            detail: EdgeDetail::OneMode {
                congruence: pair.congruence,
                conflict: pair.conflict,
                concepts,
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
    edges.sort_by_cached_key(|e| (rank[e.source.as_str()], rank[e.target.as_str()]));
}

/// Sorts nodes by label as a reader would (case and accents folded), then exactly.
fn sort_nodes(nodes: &mut [NetworkNode]) {
    nodes.sort_by_cached_key(|n| (fold_search(&n.label), n.label.clone(), n.id.clone()));
}
