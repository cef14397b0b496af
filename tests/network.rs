//! Discourse networks on a hand-made fixture graph (tests/data/network_fixture.json),
//! against networks computed by hand for every mode and normalisation. The network
//! files, their readers and the seeds' networks are in network_files.rs.
//!
//! The fixture (T = troops, S = security_guarantees, W = ceasefire; art3 is dated
//! `2025-03`, art4 is undated):
//!
//! | actor | country | statements (agreement, article) |
//! |---|---|---|
//! | A Anna Alpha | DEU | T+ art1 ×2, T+ art2, T− art3 (doubt), W− art1, S0 art2 (say) |
//! | B Bernd Beta | DEU | T+ art2, S+ art2, W+ art3, T0 art4 (say) |
//! | C Carla Gamma | FRA | T− art1, S+ art3, W− art3 (commit, negated) |
//! | D Dmitri Délta | RUS | T− art2, T− art3, S− art3, warn a claim art3, praise A art3 |
//! | E Erika Epsilon | – | T+ art4 |
//!
//! With duplicates `document`, the one-mode cells are (neutral statements left out):
//! A: T+ 2, T− 1, W− 1 (n 4, Σx² 6); B: T+ 1, S+ 1, W+ 1 (n 3, Σx² 3);
//! C: T− 1, S+ 1, W− 1 (n 3, Σx² 3); D: T− 2, S− 1 (n 3, Σx² 5); E: T+ 1 (n 1, Σx² 1).
//! Per pair (congruence, conflict, Σx_a and Σx_b over shared cells):
//! A–B (2, 2, 2, 1), A–C (2, 2, 2, 2), A–D (2, 4, 1, 2), A–E (2, 1, 2, 1),
//! B–C (1, 2, 1, 1), B–D (0, 3), B–E (1, 0, 1, 1), C–D (2, 1, 1, 2), C–E (0, 1),
//! D–E (0, 2). The tables below follow from the formulas in the README.

use crate::util::data;
use standpunkt::export::json::read_graph;
use standpunkt::network::{
    build, Concepts, DiscourseNetwork, Duplicates, EdgeDetail, Level, Mode, NetworkOptions,
    Normalization,
};
use standpunkt::query::PartialDate;
use standpunkt::KnowledgeGraph;
use std::collections::BTreeMap;

fn fixture() -> KnowledgeGraph {
    read_graph(&data("network_fixture.json")).expect("fixture reads")
}

fn network(graph: &KnowledgeGraph, options: NetworkOptions) -> DiscourseNetwork {
    build(&graph.query().run(), &options).expect("network builds")
}

/// Edge weights by (source, target) with the `actor:`/`country:` prefixes dropped.
pub(crate) fn weights(network: &DiscourseNetwork) -> BTreeMap<(String, String), f64> {
    let short = |id: &str| id.split_once(':').map_or(id, |(_, rest)| rest).to_string();
    network
        .edges
        .iter()
        .map(|e| ((short(&e.source), short(&e.target)), e.weight))
        .collect()
}

pub(crate) fn assert_weights(
    network: &DiscourseNetwork,
    expected: &[(&str, &str, f64)],
    what: &str,
) {
    let got = weights(network);
    let want: BTreeMap<(String, String), f64> = expected
        .iter()
        .map(|&(a, b, w)| ((a.to_string(), b.to_string()), w))
        .collect();
    assert_eq!(
        got.keys().collect::<Vec<_>>(),
        want.keys().collect::<Vec<_>>(),
        "{what}: edges differ\n got {got:?}"
    );
    for (pair, w) in &want {
        let g = got[pair];
        assert!(
            (g - w).abs() < 1e-12,
            "{what}: {pair:?} weighs {g}, expected {w}"
        );
    }
}

/// The expected one-mode weights: (a, b, [none, average, jaccard, cosine]).
fn expected(mode: Mode) -> Vec<(&'static str, &'static str, [f64; 4])> {
    let r = f64::sqrt;
    match mode {
        Mode::Congruence => vec![
            ("A", "B", [2.0, 2.0 / 3.5, 2.0 / 6.0, 2.0 / r(18.0)]),
            ("A", "C", [2.0, 2.0 / 3.5, 2.0 / 5.0, 2.0 / r(18.0)]),
            ("A", "D", [2.0, 2.0 / 3.5, 2.0 / 6.0, 2.0 / r(30.0)]),
            ("A", "E", [2.0, 2.0 / 2.5, 2.0 / 4.0, 2.0 / r(6.0)]),
            ("B", "C", [1.0, 1.0 / 3.0, 1.0 / 5.0, 1.0 / 3.0]),
            ("B", "E", [1.0, 1.0 / 2.0, 1.0 / 3.0, 1.0 / r(3.0)]),
            ("C", "D", [2.0, 2.0 / 3.0, 2.0 / 5.0, 2.0 / r(15.0)]),
        ],
        Mode::Conflict => vec![
            ("A", "B", [2.0, 2.0 / 3.5, 2.0 / 6.0, 2.0 / r(18.0)]),
            ("A", "C", [2.0, 2.0 / 3.5, 2.0 / 5.0, 2.0 / r(18.0)]),
            ("A", "D", [4.0, 4.0 / 3.5, 4.0 / 6.0, 4.0 / r(30.0)]),
            ("A", "E", [1.0, 1.0 / 2.5, 1.0 / 4.0, 1.0 / r(6.0)]),
            ("B", "C", [2.0, 2.0 / 3.0, 2.0 / 5.0, 2.0 / 3.0]),
            ("B", "D", [3.0, 1.0, 3.0 / 6.0, 3.0 / r(15.0)]), // average: 3 / 3
            ("C", "D", [1.0, 1.0 / 3.0, 1.0 / 5.0, 1.0 / r(15.0)]),
            ("C", "E", [1.0, 1.0 / 2.0, 1.0 / 4.0, 1.0 / r(3.0)]),
            ("D", "E", [2.0, 1.0, 2.0 / 4.0, 2.0 / r(5.0)]), // average: 2 / 2
        ],
        Mode::Subtract => vec![
            // A–B and A–C balance out (2 − 2): no edge.
            ("A", "D", [-2.0, -2.0 / 3.5, -2.0 / 6.0, -2.0 / r(30.0)]),
            ("A", "E", [1.0, 1.0 / 2.5, 1.0 / 4.0, 1.0 / r(6.0)]),
            ("B", "C", [-1.0, -1.0 / 3.0, -1.0 / 5.0, -1.0 / 3.0]),
            ("B", "D", [-3.0, -3.0 / 3.0, -3.0 / 6.0, -3.0 / r(15.0)]),
            ("B", "E", [1.0, 1.0 / 2.0, 1.0 / 3.0, 1.0 / r(3.0)]),
            ("C", "D", [1.0, 1.0 / 3.0, 1.0 / 5.0, 1.0 / r(15.0)]),
            ("C", "E", [-1.0, -1.0 / 2.0, -1.0 / 4.0, -1.0 / r(3.0)]),
            ("D", "E", [-2.0, -2.0 / 2.0, -2.0 / 4.0, -2.0 / r(5.0)]),
        ],
        Mode::Affiliation => unreachable!(),
    }
}

const NORMALIZATIONS: [Normalization; 4] = [
    Normalization::None,
    Normalization::Average,
    Normalization::Jaccard,
    Normalization::Cosine,
];

#[test]
fn one_mode_networks_match_the_hand_computed_ones() {
    let graph = fixture();
    for mode in [Mode::Congruence, Mode::Conflict, Mode::Subtract] {
        let table = expected(mode);
        for (i, normalization) in NORMALIZATIONS.into_iter().enumerate() {
            let net = network(
                &graph,
                NetworkOptions::new(mode).normalization(normalization),
            );
            let want: Vec<(&str, &str, f64)> =
                table.iter().map(|&(a, b, w)| (a, b, w[i])).collect();
            assert_weights(&net, &want, &format!("{mode} {normalization}"));
            for e in &net.edges {
                let sign = match mode {
                    Mode::Congruence => 1,
                    Mode::Conflict => -1,
                    _ => e.weight.signum() as i8,
                };
                assert_eq!(e.sign, sign, "{mode} {e:?}");
            }
        }
    }
}

#[test]
fn one_mode_nodes_are_the_actors_with_stances() {
    let graph = fixture();
    let net = network(&graph, NetworkOptions::new(Mode::Congruence));
    let nodes: Vec<(&str, usize)> = net
        .nodes
        .iter()
        .map(|n| (n.label.as_str(), n.statements))
        .collect();
    assert_eq!(
        nodes,
        [
            ("Anna Alpha", 4),
            ("Bernd Beta", 3),
            ("Carla Gamma", 3),
            ("Dmitri Délta", 3),
            ("Erika Epsilon", 1)
        ]
    );
    let ab = net.edge_between("actor:B", "actor:A").expect("A–B");
    assert_eq!(
        ab.detail,
        EdgeDetail::OneMode {
            congruence: 2,
            conflict: 2,
            concepts: vec!["topic:troops".into()],
        }
    );
    let conflict = network(&graph, NetworkOptions::new(Mode::Conflict));
    let EdgeDetail::OneMode { concepts, .. } =
        &conflict.edge_between("actor:A", "actor:B").unwrap().detail
    else {
        panic!("one-mode edge")
    };
    assert_eq!(concepts, &["topic:ceasefire", "topic:troops"]);
}

#[test]
fn affiliation_counts_statements_and_signs_their_balance() {
    let graph = fixture();
    let net = network(&graph, NetworkOptions::new(Mode::Affiliation));
    let edges: Vec<(String, String, f64, i8, usize, usize, usize)> = net
        .edges
        .iter()
        .map(|e| {
            let EdgeDetail::Affiliation {
                positive,
                neutral,
                negative,
            } = e.detail
            else {
                panic!("affiliation edge")
            };
            let short = |id: &str| id.split_once(':').unwrap().1.to_string();
            (
                short(&e.source),
                short(&e.target),
                e.weight,
                e.sign,
                positive,
                neutral,
                negative,
            )
        })
        .collect();
    let want = [
        // Concepts in label order: Sicherheitsgarantien, Truppen…, Waffenstillstand.
        ("A", "security_guarantees", 1.0, 0, 0, 1, 0),
        ("A", "troops", 3.0, 1, 2, 0, 1),
        ("A", "ceasefire", 1.0, -1, 0, 0, 1),
        ("B", "security_guarantees", 1.0, 1, 1, 0, 0),
        ("B", "troops", 2.0, 1, 1, 1, 0),
        ("B", "ceasefire", 1.0, 1, 1, 0, 0),
        ("C", "security_guarantees", 1.0, 1, 1, 0, 0),
        ("C", "troops", 1.0, -1, 0, 0, 1),
        ("C", "ceasefire", 1.0, -1, 0, 0, 1),
        ("D", "security_guarantees", 1.0, -1, 0, 0, 1),
        ("D", "troops", 2.0, -1, 0, 0, 2),
        ("E", "troops", 1.0, 1, 1, 0, 0),
    ];
    let want: Vec<_> = want
        .iter()
        .map(|&(a, c, w, s, p, z, n)| (a.to_string(), c.to_string(), w, s, p, z, n))
        .collect();
    assert_eq!(edges, want);
    let concepts: Vec<(&str, usize)> = net
        .nodes
        .iter()
        .filter(|n| n.id.starts_with("topic:"))
        .map(|n| (n.id.as_str(), n.statements))
        .collect();
    assert_eq!(
        concepts,
        [
            ("topic:security_guarantees", 4),
            ("topic:troops", 9),
            ("topic:ceasefire", 3)
        ],
        "concepts sorted by label: Sicherheitsgarantien, Truppen…, Waffenstillstand"
    );
    let all = network(
        &graph,
        NetworkOptions::new(Mode::Affiliation).duplicates(Duplicates::All),
    );
    assert_eq!(weights(&all)[&("A".into(), "troops".into())], 4.0);
}

#[test]
fn affiliation_takes_no_normalisation() {
    let graph = fixture();
    for normalization in &NORMALIZATIONS[1..] {
        let err = build(
            &graph.query().run(),
            &NetworkOptions::new(Mode::Affiliation).normalization(*normalization),
        )
        .unwrap_err();
        assert!(err.to_string().contains("one-mode"), "{err}");
    }
}

#[test]
fn duplicates_all_counts_every_statement() {
    let graph = fixture();
    let all = |mode, normalization| {
        network(
            &graph,
            NetworkOptions::new(mode)
                .normalization(normalization)
                .duplicates(Duplicates::All),
        )
    };
    // A now has T+ 3 (n 5, Σx² 11).
    let w = weights(&all(Mode::Congruence, Normalization::None));
    assert_eq!(w[&("A".into(), "B".into())], 3.0);
    assert_eq!(w[&("A".into(), "E".into())], 3.0);
    let w = weights(&all(Mode::Conflict, Normalization::None));
    assert_eq!(w[&("A".into(), "D".into())], 6.0);
    assert_eq!(w[&("A".into(), "B".into())], 2.0);
    let w = weights(&all(Mode::Congruence, Normalization::Jaccard));
    // (5 − 3) + (3 − 1) + 3 = 7
    assert!((w[&("A".into(), "B".into())] - 3.0 / 7.0).abs() < 1e-12);
    let w = weights(&all(Mode::Congruence, Normalization::Cosine));
    assert!((w[&("A".into(), "B".into())] - 3.0 / (11.0f64 * 3.0).sqrt()).abs() < 1e-12);
    let w = weights(&all(Mode::Conflict, Normalization::Average));
    assert!((w[&("A".into(), "D".into())] - 6.0 / 4.0).abs() < 1e-12);
}

#[test]
fn country_level_merges_actors_and_drops_those_without_a_country() {
    let graph = fixture();
    let at = |mode, normalization| {
        network(
            &graph,
            NetworkOptions::new(mode)
                .normalization(normalization)
                .level(Level::Country),
        )
    };
    // DEU = A + B, with A's and B's T+ in art2 counted once: T+ 2, T− 1, W− 1, S+ 1, W+ 1.
    let net = at(Mode::Conflict, Normalization::None);
    let labels: Vec<&str> = net.nodes.iter().map(|n| n.label.as_str()).collect();
    assert_eq!(labels, ["Deutschland", "Frankreich", "Russland"]);
    assert_eq!(net.node("country:DEU").unwrap().statements, 6);
    assert_weights(
        &net,
        &[
            ("DEU", "FRA", 3.0),
            ("DEU", "RUS", 5.0),
            ("FRA", "RUS", 1.0),
        ],
        "country conflict",
    );
    assert_weights(
        &at(Mode::Congruence, Normalization::Jaccard),
        &[
            ("DEU", "FRA", 3.0 / 6.0),
            ("DEU", "RUS", 2.0 / 8.0),
            ("FRA", "RUS", 2.0 / 5.0),
        ],
        "country congruence jaccard",
    );
    assert_weights(
        &at(Mode::Subtract, Normalization::None),
        &[("DEU", "RUS", -3.0), ("FRA", "RUS", 1.0)],
        "country subtract",
    );
}

#[test]
fn all_objects_as_concepts_add_claims_and_actors() {
    let graph = fixture();
    let net = network(
        &graph,
        NetworkOptions::new(Mode::Affiliation).concepts(Concepts::All),
    );
    // Anna Alpha is a speaker and, praised by Délta, a concept: the concept gets its own id.
    assert!(net.node("concept:actor:A").is_some(), "{:?}", net.nodes);
    assert!(net.node("claim:eine eskalation droht").is_some());
    assert_eq!(net.edges.len(), 14);
    // D's activity grows to 5 (Σx² 7): conflict A–D = 4 / ((4 + 5) / 2).
    let conflict = network(
        &graph,
        NetworkOptions::new(Mode::Conflict)
            .normalization(Normalization::Average)
            .concepts(Concepts::All),
    );
    let w = weights(&conflict)[&("A".into(), "D".into())];
    assert!((w - 8.0 / 9.0).abs() < 1e-12, "{w}");
}

#[test]
fn networks_follow_the_query_filters() {
    let graph = fixture();
    let since = PartialDate::parse("2025-02-15").unwrap();
    // Only art3 (dated 2025-03): A T−; B W+; C S+, W−; D T−, S−.
    let rows = graph.query().since(since).run();
    let net = build(&rows, &NetworkOptions::new(Mode::Conflict)).unwrap();
    assert_weights(
        &net,
        &[("B", "C", 1.0), ("C", "D", 1.0)],
        "conflict since 2025-02-15",
    );
    let rows = graph.query().about("troops").run();
    let net = build(&rows, &NetworkOptions::new(Mode::Congruence)).unwrap();
    assert_weights(
        &net,
        &[
            ("A", "B", 2.0),
            ("A", "D", 2.0),
            ("A", "E", 2.0),
            ("B", "E", 1.0),
            ("C", "D", 2.0),
            ("A", "C", 1.0),
        ],
        "congruence on troops",
    );
}
