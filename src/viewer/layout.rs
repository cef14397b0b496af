//! Positions of the nodes, computed when the page is written, for graphs too big for the
//! browser to lay out at open (the page runs fCoSE only up to a few hundred nodes, see
//! `assets/draw.js`). A force-directed layout (Fruchterman–Reingold): edges pull their
//! ends together, nodes push each other apart (counted within a few ideal edge lengths,
//! found through a grid of cells, so that an iteration is linear in the nodes), and an
//! actor is pulled towards the node of the state or organisation it speaks for, so that
//! a country's actors gather around it. Objects start near their speakers, countries on
//! a circle. No randomness: the start jitter is a hash of the node id and every sum runs
//! in the graph's order, so the same graph gives the same positions.

use crate::graph::{EdgeData, KnowledgeGraph, NodeKind};
use std::collections::{BTreeMap, HashMap};

/// The distance an edge settles at, in the page's pixels (a node is 40 px wide).
const IDEAL: f64 = 90.0;
/// Repulsion is counted between nodes at most this many ideal lengths apart.
const REACH: f64 = 2.0;
/// How much harder an actor is pulled to its country than along a statement.
const COUNTRY_PULL: f64 = 3.0;
/// Pull towards the centre, relative to the push of one node at the ideal length.
const GRAVITY: f64 = 0.1;
/// Node moves (node count × iterations) the layout plans to spend, the bounds of the
/// iterations, and the pairs of nearby nodes it compares at most in all (where nodes
/// crowd more than planned, it stops early).
const BUDGET: usize = 4_000_000;
const MAX_ITERATIONS: usize = 300;
const MIN_ITERATIONS: usize = 40;
const PAIR_BUDGET: usize = 150_000_000;

/// A node for the layout: whether it is an actor or a country, and its country code.
#[derive(Debug, Clone)]
pub struct Body {
    /// Actors are pulled towards their country's node; countries start on a circle.
    pub kind: NodeKind,
    /// The country code of an actor or country.
    pub country: Option<String>,
    /// Seeds the start jitter (the node id).
    pub seed: u64,
}

/// Node id → position `[x, y]` (pixels, rounded to a tenth) of every node of `graph`.
pub fn positions(graph: &KnowledgeGraph) -> BTreeMap<String, [f64; 2]> {
    let mut index = HashMap::new();
    let mut ids = Vec::new();
    let mut bodies = Vec::new();
    for (ix, n) in graph.nodes() {
        index.insert(ix, ids.len());
        ids.push(n.id.clone());
        bodies.push(Body {
            kind: n.kind,
            country: n.country.clone(),
            seed: hash(&n.id),
        });
    }
    let mut springs = Vec::new();
    for (s, t, edge) in graph.edges() {
        let (a, b) = (index[&s], index[&t]);
        if a == b {
            continue;
        }
        // An affiliation is counted through the country pull instead.
        if let EdgeData::Statement(_) = edge {
            springs.push((a, b, 1.0));
        }
    }
    let placed = layout(&bodies, &springs);
    ids.into_iter()
        .zip(placed)
        .map(|(id, [x, y])| (id, [round(x), round(y)]))
        .collect()
}

fn round(v: f64) -> f64 {
    let r = (v * 10.0).round() / 10.0;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// FNV-1a: a hash that is the same on every platform and run.
fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A number in [-1, 1) from a seed and a salt.
fn jitter(seed: u64, salt: u64) -> f64 {
    let mut x = seed ^ salt.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    (x >> 11) as f64 / (1u64 << 52) as f64 - 1.0
}

/// Positions of `bodies` joined by `springs` (a, b, strength).
pub fn layout(bodies: &[Body], springs: &[(usize, usize, f64)]) -> Vec<[f64; 2]> {
    let n = bodies.len();
    if n == 0 {
        return Vec::new();
    }
    // Each actor's pull towards the node of its country, where the graph has it.
    let country_node: HashMap<&str, usize> = bodies
        .iter()
        .enumerate()
        .filter(|(_, b)| b.kind == NodeKind::Country)
        .filter_map(|(i, b)| b.country.as_deref().map(|c| (c, i)))
        .collect();
    let mut all_springs: Vec<(usize, usize, f64)> = springs.to_vec();
    for (i, b) in bodies.iter().enumerate() {
        if b.kind != NodeKind::Actor {
            continue;
        }
        if let Some(&c) = b.country.as_deref().and_then(|c| country_node.get(c)) {
            all_springs.push((i, c, COUNTRY_PULL));
        }
    }
    let mut pos = start(bodies, &all_springs, &country_node);
    let iterations = (BUDGET / n).clamp(MIN_ITERATIONS, MAX_ITERATIONS);
    // The radius the nodes fill at one per IDEAL² of area; the pull to the centre there
    // is a tenth of the push of one node at the ideal distance (stronger, it packs the
    // nodes closer than the ideal length, as the push is counted only nearby).
    let radius = IDEAL * (n as f64 / std::f64::consts::PI).sqrt();
    let gravity = GRAVITY * IDEAL / radius;
    let mut pairs = 0;
    let mut heat = IDEAL * (n as f64).sqrt() / 4.0;
    let cooling = heat / iterations as f64;
    let mut force = vec![[0.0f64; 2]; n];
    let cell = IDEAL * REACH;
    for _ in 0..iterations {
        if pairs > PAIR_BUDGET {
            break;
        }
        for f in force.iter_mut() {
            *f = [0.0, 0.0];
        }
        pairs += repel(&pos, cell, &mut force);
        for &(a, b, strength) in &all_springs {
            let dx = pos[a][0] - pos[b][0];
            let dy = pos[a][1] - pos[b][1];
            let d = (dx * dx + dy * dy).sqrt().max(0.01);
            // d² / k along the edge.
            let pull = strength * d / IDEAL;
            let (fx, fy) = (dx * pull, dy * pull);
            force[a][0] -= fx;
            force[a][1] -= fy;
            force[b][0] += fx;
            force[b][1] += fy;
        }
        for (p, f) in pos.iter_mut().zip(&force) {
            let fx = f[0] - gravity * p[0];
            let fy = f[1] - gravity * p[1];
            let len = (fx * fx + fy * fy).sqrt();
            if len > 0.0 {
                let step = len.min(heat) / len;
                p[0] += fx * step;
                p[1] += fy * step;
            }
        }
        heat = (heat - cooling).max(IDEAL / 20.0);
    }
    pos
}

/// Start positions: countries on a circle, their actors around them, the other actors
/// spread over the disc the graph will fill, objects at the mean of the actors they are
/// joined to; each moved a little by its hash so that no two coincide.
fn start(
    bodies: &[Body],
    springs: &[(usize, usize, f64)],
    country_node: &HashMap<&str, usize>,
) -> Vec<[f64; 2]> {
    let n = bodies.len();
    let radius = IDEAL * (n as f64 / std::f64::consts::PI).sqrt();
    let mut codes: Vec<&str> = country_node.keys().copied().collect();
    codes.sort_unstable();
    let mut members: HashMap<&str, usize> = HashMap::new();
    for b in bodies {
        if let (NodeKind::Actor, Some(c)) = (b.kind, b.country.as_deref()) {
            *members.entry(c).or_default() += 1;
        }
    }
    let mut pos = vec![[0.0f64; 2]; n];
    let mut done = vec![false; n];
    for (k, code) in codes.iter().enumerate() {
        let angle = std::f64::consts::TAU * k as f64 / codes.len() as f64;
        let i = country_node[code];
        pos[i] = [0.7 * radius * angle.cos(), 0.7 * radius * angle.sin()];
        done[i] = true;
    }
    for (i, b) in bodies.iter().enumerate() {
        if b.kind != NodeKind::Actor {
            continue;
        }
        let home = b.country.as_deref().and_then(|c| country_node.get(c));
        let (centre, spread) = match home {
            Some(&c) => {
                let size = members[b.country.as_deref().unwrap_or_default()] as f64;
                (pos[c], IDEAL * size.sqrt())
            }
            None => ([0.0, 0.0], radius),
        };
        // Uniform over the disc around the centre.
        let r = spread * ((jitter(b.seed, 1) + 1.0) / 2.0).sqrt();
        let angle = std::f64::consts::PI * jitter(b.seed, 2);
        pos[i] = [centre[0] + r * angle.cos(), centre[1] + r * angle.sin()];
        done[i] = true;
    }
    let mut sum = vec![[0.0f64, 0.0, 0.0]; n];
    for &(a, b, _) in springs {
        for (from, to) in [(a, b), (b, a)] {
            if done[from] && !done[to] {
                sum[to][0] += pos[from][0];
                sum[to][1] += pos[from][1];
                sum[to][2] += 1.0;
            }
        }
    }
    for (i, b) in bodies.iter().enumerate() {
        if done[i] {
            continue;
        }
        let [sx, sy, count] = sum[i];
        let centre = if count > 0.0 {
            [sx / count, sy / count]
        } else {
            [0.0, 0.0]
        };
        pos[i] = [
            centre[0] + IDEAL * jitter(b.seed, 3),
            centre[1] + IDEAL * jitter(b.seed, 4),
        ];
    }
    pos
}

/// Adds to `force` the push between every two nodes closer than `cell` (k² / d, k the
/// ideal length), through a grid of cells of that size; returns the pairs compared.
fn repel(pos: &[[f64; 2]], cell: f64, force: &mut [[f64; 2]]) -> usize {
    let key = |p: &[f64; 2]| ((p[0] / cell).floor() as i64, (p[1] / cell).floor() as i64);
    let mut grid: HashMap<(i64, i64), Vec<usize>> = HashMap::new();
    for (i, p) in pos.iter().enumerate() {
        grid.entry(key(p)).or_default().push(i);
    }
    let k2 = IDEAL * IDEAL;
    let mut pairs = 0;
    for (i, p) in pos.iter().enumerate() {
        let (cx, cy) = key(p);
        for gx in cx - 1..=cx + 1 {
            for gy in cy - 1..=cy + 1 {
                let Some(members) = grid.get(&(gx, gy)) else {
                    continue;
                };
                pairs += members.len();
                for &j in members {
                    if j == i {
                        continue;
                    }
                    let mut dx = p[0] - pos[j][0];
                    let mut dy = p[1] - pos[j][1];
                    let mut d2 = dx * dx + dy * dy;
                    if d2 > cell * cell {
                        continue;
                    }
                    if d2 < 1e-6 {
                        // Two nodes on one spot: pushed apart along a fixed direction.
                        let a = if i < j { 1.0 } else { -1.0 };
                        dx = a;
                        dy = a * 0.5;
                        d2 = dx * dx + dy * dy;
                    }
                    let push = k2 / d2;
                    force[i][0] += dx * push;
                    force[i][1] += dy * push;
                }
            }
        }
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::test_graph::small_graph;

    fn body(kind: NodeKind, country: Option<&str>, i: usize) -> Body {
        Body {
            kind,
            country: country.map(Into::into),
            seed: hash(&format!("node {i}")),
        }
    }

    /// Three countries with ten actors each, every actor speaking about three claims of
    /// its own and one topic that all share.
    fn world() -> (Vec<Body>, Vec<(usize, usize, f64)>) {
        let mut bodies = Vec::new();
        let mut springs = Vec::new();
        let topic = 0;
        bodies.push(body(NodeKind::Topic, None, 0));
        for c in ["AAA", "BBB", "CCC"] {
            bodies.push(body(NodeKind::Country, Some(c), bodies.len()));
            for _ in 0..10 {
                let actor = bodies.len();
                bodies.push(body(NodeKind::Actor, Some(c), actor));
                springs.push((actor, topic, 1.0));
                for _ in 0..3 {
                    let claim = bodies.len();
                    bodies.push(body(NodeKind::Claim, None, claim));
                    springs.push((actor, claim, 1.0));
                }
            }
        }
        (bodies, springs)
    }

    fn distance(a: [f64; 2], b: [f64; 2]) -> f64 {
        ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
    }

    #[test]
    fn a_countrys_actors_sit_closer_to_each_other_than_to_other_countries_actors() {
        let (bodies, springs) = world();
        let pos = layout(&bodies, &springs);
        let actors: Vec<(usize, &str)> = bodies
            .iter()
            .enumerate()
            .filter(|(_, b)| b.kind == NodeKind::Actor)
            .map(|(i, b)| (i, b.country.as_deref().unwrap()))
            .collect();
        let (mut same, mut same_n, mut other, mut other_n) = (0.0, 0, 0.0, 0);
        for (a, ca) in &actors {
            for (b, cb) in &actors {
                if a < b {
                    let d = distance(pos[*a], pos[*b]);
                    if ca == cb {
                        same += d;
                        same_n += 1;
                    } else {
                        other += d;
                        other_n += 1;
                    }
                }
            }
        }
        let (same, other) = (same / same_n as f64, other / other_n as f64);
        assert!(
            same * 1.5 < other,
            "same country {same:.0}, other {other:.0}"
        );
    }

    #[test]
    fn nodes_do_not_pile_up_and_edges_stay_short() {
        let (bodies, springs) = world();
        let pos = layout(&bodies, &springs);
        assert!(pos.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
        for i in 0..pos.len() {
            for j in i + 1..pos.len() {
                assert!(distance(pos[i], pos[j]) > 10.0, "{i} and {j} overlap");
            }
        }
        // A claim spoken by one actor sits near that actor.
        for &(a, b, _) in &springs {
            if bodies[b].kind == NodeKind::Claim {
                assert!(distance(pos[a], pos[b]) < IDEAL * 4.0);
            }
        }
    }

    #[test]
    fn the_same_graph_gets_the_same_positions_for_every_node() {
        let graph = small_graph();
        let first = positions(&graph);
        assert_eq!(first, positions(&graph));
        let ids: Vec<&str> = graph.nodes().map(|(_, n)| n.id.as_str()).collect();
        assert_eq!(first.len(), ids.len());
        assert!(ids.iter().all(|id| first.contains_key(*id)));
        assert!(positions(&KnowledgeGraph::new()).is_empty());
    }
}
