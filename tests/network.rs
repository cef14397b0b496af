//! Discourse networks on a hand-made fixture graph (tests/data/network_fixture.json),
//! against networks computed by hand for every mode and normalisation; the output
//! formats; and the seeds.
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

use crate::util::{data, require, require_python, run, run_ok, seeds, TempDir};
use standpunkt::export::json::read_graph;
use standpunkt::network::{
    build, Concepts, DiscourseNetwork, Duplicates, EdgeDetail, FileFormat, Level, Mode,
    NetworkOptions, Normalization,
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
fn weights(network: &DiscourseNetwork) -> BTreeMap<(String, String), f64> {
    let short = |id: &str| id.split_once(':').map_or(id, |(_, rest)| rest).to_string();
    network
        .edges
        .iter()
        .map(|e| ((short(&e.source), short(&e.target)), e.weight))
        .collect()
}

fn assert_weights(network: &DiscourseNetwork, expected: &[(&str, &str, f64)], what: &str) {
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

/// The fixture's affiliation and conflict networks in DOT, JSON and GraphML, in `dir`.
fn write_network_files(dir: &TempDir) {
    let graph = data("network_fixture.json");
    for ext in ["dot", "json", "graphml"] {
        for mode in ["affiliation", "conflict"] {
            let out = dir.join(&format!("{mode}.{ext}"));
            let o = run(&[
                "network",
                graph.to_str().unwrap(),
                "--mode",
                mode,
                "--out",
                out.to_str().unwrap(),
            ]);
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            let text = std::fs::read_to_string(&out).unwrap();
            assert!(text.contains("Dmitri Délta"), "{ext}: {text}");
        }
    }
}

#[test]
fn network_files_in_three_formats() {
    let dir = TempDir::new("network-files");
    write_network_files(&dir);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("conflict.json")).unwrap()).unwrap();
    assert_eq!(json["directed"], false);
    assert_eq!(json["graph"]["mode"], "conflict");
    let ad = json["links"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["source"] == "actor:A" && l["target"] == "actor:D")
        .expect("A–D in the JSON");
    assert_eq!(ad["weight"], 4.0);
    assert_eq!(ad["concepts"], serde_json::json!(["topic:troops"]));
    let graphml = std::fs::read_to_string(dir.join("conflict.graphml")).unwrap();
    assert!(
        graphml.contains(r#"<key id="weight" for="edge" attr.name="weight" attr.type="double"/>"#)
    );
    let dot = std::fs::read_to_string(dir.join("conflict.dot")).unwrap();
    assert!(dot.starts_with("graph \"standpunkt_conflict\""), "{dot}");
    assert!(
        dot.contains(r#""actor:A" -- "actor:D" [label="4: troops""#),
        "{dot}"
    );
}

#[test]
#[ignore = "needs Python 3 with networkx, and Graphviz; run with --include-ignored (CI does)"]
fn networkx_and_graphviz_read_the_network_files() {
    require_python(&["networkx"]);
    require("dot", "install Graphviz (apt-get install graphviz)");
    let dir = TempDir::new("network-tools");
    write_network_files(&dir);
    {
        // networkx reads both with numbers as numbers.
        let script = format!(
            "import json, networkx as nx\n\
             g = nx.node_link_graph(json.load(open({json:?})), edges='links')\n\
             h = nx.read_graphml({graphml:?})\n\
             assert g['actor:A']['actor:D']['weight'] == 4.0\n\
             assert h['actor:A']['actor:D']['weight'] == 4.0\n\
             assert h.nodes['actor:D']['statements'] == 3\n\
             a = nx.read_graphml({aff:?})\n\
             assert a['actor:A']['topic:troops']['positive'] == 2\n\
             print(g.number_of_edges(), h.number_of_edges())\n",
            json = dir.join("conflict.json").to_str().unwrap(),
            graphml = dir.join("conflict.graphml").to_str().unwrap(),
            aff = dir.join("affiliation.graphml").to_str().unwrap(),
        );
        let out = std::process::Command::new("python3")
            .args(["-c", &script])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{err}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "9 9\n");
    }
    {
        let out = std::process::Command::new("dot")
            .args(["-Tsvg", dir.join("conflict.dot").to_str().unwrap()])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn bad_network_requests_fail_with_one_line() {
    let graph = data("network_fixture.json");
    let out = run(&[
        "network",
        graph.to_str().unwrap(),
        "--mode",
        "conflict",
        "--out",
        "network.txt",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("network.txt: cannot tell the format"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let out = run(&[
        "network",
        graph.to_str().unwrap(),
        "--mode",
        "affiliation",
        "--normalize",
        "cosine",
        "--out",
        "n.json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!std::path::Path::new("n.json").exists());
    assert_eq!(
        run(&[
            "network",
            graph.to_str().unwrap(),
            "--mode",
            "friendship",
            "--out",
            "x.dot"
        ])
        .status
        .code(),
        Some(2)
    );
    assert!(FileFormat::from_path(std::path::Path::new("x.GraphML")).is_ok());
}

#[test]
fn seeds_conflict_network_links_russia_and_the_coalition_over_troops() {
    let graph = crate::util::root().join("graphs/seeds.json");
    let dir = TempDir::new("seeds-network");
    let out = dir.join("conflict.json");
    run_ok(&[
        "network",
        graph.to_str().unwrap(),
        "--mode",
        "conflict",
        "--out",
        out.to_str().unwrap(),
    ]);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let label = |id: &str| {
        json["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .map(|n| n["label"].as_str().unwrap().to_string())
            .unwrap()
    };
    let over_troops: Vec<(String, String)> = json["links"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| {
            l["concepts"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c.as_str().unwrap().starts_with("topic:troops"))
        })
        .map(|l| {
            let mut pair = [
                label(l["source"].as_str().unwrap()),
                label(l["target"].as_str().unwrap()),
            ];
            pair.sort();
            (pair[0].clone(), pair[1].clone())
        })
        .collect();
    // Russia's side (the state and its foreign ministry's spokeswoman) against the
    // coalition's (Macron, who announced the 26 countries ready to send troops).
    for (a, b) in [
        ("Emmanuel Macron", "Russland"),
        ("Emmanuel Macron", "Maria Sacharowa"),
    ] {
        assert!(
            over_troops.contains(&(a.to_string(), b.to_string())),
            "no conflict {a} – {b} over troops: {over_troops:?}"
        );
    }
    // The same from articles, extracted on the fly, at country level.
    let pairs = seeds_country_troop_conflicts(&dir, "countries.json", &[]);
    assert!(
        pairs.contains(&pair("country:FRA", "country:RUS")),
        "{pairs:?}"
    );
    // Troops for Ukraine (which Russia rejects) and North Korean troops sent to Russia
    // are two concepts: North Korea is not set against Russia.
    assert!(
        !pairs.contains(&pair("country:PRK", "country:RUS")),
        "{pairs:?}"
    );
    // Grouped by topic alone, they are one.
    let by_topic = seeds_country_troop_conflicts(&dir, "by-topic.json", &["--group", "topic"]);
    assert!(
        by_topic.contains(&pair("country:PRK", "country:RUS")),
        "{by_topic:?}"
    );
}

fn pair(a: &str, b: &str) -> (String, String) {
    (a.to_string(), b.to_string())
}

/// The links of the country-level conflict network over troops, built from the seeds on
/// the fly with `extra` options, as (source, target) pairs.
fn seeds_country_troop_conflicts(
    dir: &TempDir,
    file: &str,
    extra: &[&str],
) -> Vec<(String, String)> {
    let out = dir.join(file);
    let seeds = seeds();
    let mut args = vec![
        "network",
        seeds.to_str().unwrap(),
        "--mode",
        "conflict",
        "--level",
        "country",
        "--topic",
        "troops",
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run_ok(&args);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    json["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| pair(l["source"].as_str().unwrap(), l["target"].as_str().unwrap()))
        .collect()
}

/// The worked example of the README's "Query and discourse networks" section.
#[test]
fn readme_worked_example() {
    use standpunkt::extract::{Actor, Evidence, Object};
    use standpunkt::{Lexicon, Predicate, Statement};
    let statement = |name: &str, kind: &str, country: &str, predicate, topic: &str| Statement {
        article: "a1".into(),
        date: Some("2025-09-04".into()),
        actor: Actor {
            name: name.into(),
            kind: kind.into(),
            qid: None,
            role: None,
        },
        country: Some(country.into()),
        predicate,
        negated: false,
        object: Object {
            kind: "topic".into(),
            label: topic.into(),
            id: Some(topic.into()),
            text: None,
            span: None,
        },
        cue: String::new(),
        evidence: Evidence {
            sentence: format!("{name} {predicate} {topic}.").into(),
            quote: None,
            mode: "reported".into(),
            span: [0, 0],
        },
    };
    let (t, s) = ("troops", "security_guarantees");
    let statements = [
        statement("Emmanuel Macron", "person", "FRA", Predicate::Commit, t),
        statement("Emmanuel Macron", "person", "FRA", Predicate::Support, s),
        statement("Friedrich Merz", "person", "DEU", Predicate::Say, t),
        statement("Friedrich Merz", "person", "DEU", Predicate::Support, s),
        statement("Maria Sacharowa", "person", "RUS", Predicate::Reject, t),
        statement("Maria Sacharowa", "person", "RUS", Predicate::Reject, s),
        statement("Russland", "state", "RUS", Predicate::Reject, t),
    ];
    let graph = KnowledgeGraph::from_statements(&statements, &Lexicon::builtin());
    let rows = graph.query().run();
    let net = |mode, normalization| {
        build(
            &rows,
            &NetworkOptions::new(mode).normalization(normalization),
        )
        .unwrap()
    };
    let names = |w: BTreeMap<(String, String), f64>| -> Vec<(String, String, String)> {
        w.into_iter()
            .map(|((a, b), w)| (a, b, format!("{w:.3}")))
            .collect()
    };
    let table = |rows: &[(&str, &str, &str)]| -> Vec<(String, String, String)> {
        let mut v: Vec<_> = rows
            .iter()
            .map(|&(a, b, w)| (a.to_string(), b.to_string(), w.to_string()))
            .collect();
        v.sort();
        v
    };
    let (macron, merz, sacharowa, russland) = (
        "Emmanuel Macron",
        "Friedrich Merz",
        "Maria Sacharowa",
        "Russland",
    );
    assert_eq!(
        names(weights(&net(Mode::Congruence, Normalization::None))),
        table(&[(macron, merz, "1.000"), (sacharowa, russland, "1.000")])
    );
    assert_eq!(
        names(weights(&net(Mode::Conflict, Normalization::None))),
        table(&[
            (macron, sacharowa, "2.000"),
            (macron, russland, "1.000"),
            (merz, sacharowa, "1.000")
        ])
    );
    assert_eq!(
        names(weights(&net(Mode::Subtract, Normalization::None))),
        table(&[
            (macron, merz, "1.000"),
            (macron, sacharowa, "-2.000"),
            (macron, russland, "-1.000"),
            (merz, sacharowa, "-1.000"),
            (sacharowa, russland, "1.000")
        ])
    );
    assert_eq!(
        names(weights(&net(Mode::Congruence, Normalization::Average))),
        table(&[(macron, merz, "0.667"), (sacharowa, russland, "0.667")])
    );
    assert_eq!(
        names(weights(&net(Mode::Congruence, Normalization::Jaccard))),
        table(&[(macron, merz, "0.500"), (sacharowa, russland, "0.500")])
    );
    assert_eq!(
        names(weights(&net(Mode::Congruence, Normalization::Cosine))),
        table(&[(macron, merz, "0.707"), (sacharowa, russland, "0.707")])
    );
    assert_eq!(
        names(weights(&net(Mode::Conflict, Normalization::Jaccard))),
        table(&[
            (macron, sacharowa, "0.500"),
            (macron, russland, "0.333"),
            (merz, sacharowa, "0.333")
        ])
    );
    let affiliation = net(Mode::Affiliation, Normalization::None);
    let signs: Vec<(f64, i8)> = affiliation
        .edges
        .iter()
        .map(|e| (e.weight, e.sign))
        .collect();
    assert_eq!(signs.len(), 7);
    assert!(signs.iter().all(|&(w, _)| w == 1.0));
    let merz_troops = affiliation
        .edge_between("actor:Friedrich Merz", "topic:troops")
        .unwrap();
    assert_eq!(merz_troops.sign, 0);
    let countries = build(
        &rows,
        &NetworkOptions::new(Mode::Conflict).level(Level::Country),
    )
    .unwrap();
    // Sacharowa's and Russland's rejections of troops in one article count once for RUS.
    assert_eq!(countries.node("country:RUS").unwrap().statements, 2);
    assert_weights(
        &countries,
        &[("FRA", "RUS", 2.0), ("DEU", "RUS", 1.0)],
        "README countries",
    );
}
