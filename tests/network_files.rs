//! The `network` command's files (DOT, JSON, GraphML) as networkx and Graphviz read
//! them, its one-line errors, the seeds' conflict network and the README's worked
//! example. The fixture and the hand-computed networks are in network.rs.

use crate::network::{assert_weights, weights};
use crate::util::{data, require, require_python, run, run_ok, seeds, TempDir};
use standpunkt::network::{build, FileFormat, Level, Mode, NetworkOptions, Normalization};
use standpunkt::KnowledgeGraph;
use std::collections::BTreeMap;

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
