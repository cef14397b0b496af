//! Exports read by the tools themselves: networkx (node-link JSON, GraphML, GEXF), rdflib
//! (Turtle, N-Triples, SPARQL), cytoscape.js (headless in node) and neo4j's CSV
//! conventions (Graphviz is in render.rs). The checker scripts are in tests/interop/;
//! each prints what its tool read as JSON, and the tests compare that with what
//! standpunkt reports (its stderr counts) and holds (the library's attribute table).
//!
//! The tests that need a tool are ignored by plain `cargo test` and run with
//! `cargo test -- --include-ignored` (CI does); then a missing tool fails the test with
//! the command that installs it (.ci/run installs them all).

use crate::render::dot_stderr;
use crate::util::{export_to, require, require_python, root, run, Built, TempDir};
use serde_json::{json, Value as Json};
use standpunkt::export::gexf;
use standpunkt::export::json::read_graph;
use standpunkt::export::table::{AttrType, Column, Table, Value, EDGE_COLUMNS, NODE_COLUMNS};
use standpunkt::graph::EdgeData;
use standpunkt::Predicate;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

fn interop(name: &str) -> PathBuf {
    root().join("tests").join("interop").join(name)
}

/// Runs a checker script and parses the JSON it prints.
fn checker(program: &str, script: &str, args: &[&Path]) -> Json {
    let out = Command::new(program)
        .arg(interop(script))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "{script} failed ({}): {stderr}",
        out.status
    );
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{script} printed no JSON: {e}"))
}

/// How a Python or JavaScript reader should type a value: {"type", "value"}.
fn typed(value: &Value) -> Json {
    let kind = match value {
        Value::Int(_) => "int",
        Value::Double(_) => "float",
        Value::Boolean(_) => "bool",
        Value::String(_) => "str",
    };
    json!({ "type": kind, "value": value.json() })
}

fn expected_attributes(
    columns: &[Column],
    values: &[Option<Value>],
    skip: &[&str],
) -> BTreeMap<String, Json> {
    columns
        .iter()
        .zip(values)
        .filter(|(c, _)| !skip.contains(&c.name))
        .filter_map(|(c, v)| v.as_ref().map(|v| (c.name.to_string(), typed(v))))
        .collect()
}

/// A reader's attributes, without the ones named in `drop` and without empty (None) ones.
fn actual_attributes(attributes: &Json, drop: &[&str]) -> BTreeMap<String, Json> {
    attributes
        .as_object()
        .expect("attributes are an object")
        .iter()
        .filter(|(k, v)| !drop.contains(&k.as_str()) && v["type"] != "none")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn spells_json(spells: &[gexf::Spell]) -> Json {
    Json::from(
        spells
            .iter()
            .map(|(a, b)| json!([a, b]))
            .collect::<Vec<_>>(),
    )
}

/// Compares a networkx reading of GraphML or GEXF with the attribute table.
fn assert_tabular(read: &Json, table: &Table, format: &str) {
    let gexf = format == "gexf";
    let (node_spells, edge_spells) = gexf::spells(table);
    let nodes = read["nodes"].as_object().unwrap();
    assert_eq!(nodes.len(), table.nodes.len(), "{format}: node count");
    for row in &table.nodes {
        let got = nodes
            .get(&row.id)
            .unwrap_or_else(|| panic!("{format}: networkx lost node {}", row.id));
        let expected = expected_attributes(NODE_COLUMNS, &row.values, &[]);
        assert_eq!(
            actual_attributes(got, &["spells", "viz"]),
            expected,
            "{format}: node {}",
            row.id
        );
        if gexf {
            let spells = node_spells.get(&row.id).cloned().unwrap_or_default();
            if spells.is_empty() {
                assert!(got.get("spells").is_none(), "{}: no spells", row.id);
            } else {
                assert_eq!(got["spells"]["value"], spells_json(&spells), "{}", row.id);
            }
            assert_eq!(got["viz"]["type"], "dict", "{format}: colour of {}", row.id);
        }
    }
    let edges = read["edges"].as_array().unwrap();
    assert_eq!(edges.len(), table.edges.len(), "{format}: edge count");
    let by_key: BTreeMap<&str, &Json> = edges
        .iter()
        .map(|e| (e["key"].as_str().expect("edges keyed by id"), e))
        .collect();
    for (row, spells) in table.edges.iter().zip(&edge_spells) {
        let got = by_key
            .get(row.id.as_str())
            .unwrap_or_else(|| panic!("{format}: networkx lost edge {}", row.id));
        assert_eq!(
            (got["source"].as_str(), got["target"].as_str()),
            (Some(row.source.as_str()), Some(row.target.as_str())),
            "{format}: ends of {}",
            row.id
        );
        let mut expected = expected_attributes(EDGE_COLUMNS, &row.values, &[]);
        if gexf {
            // GEXF's own edge weight is an xsd:double.
            let weight = row.get("weight").map(Value::text).unwrap();
            expected.insert(
                "weight".into(),
                json!({"type": "float", "value": weight.parse::<f64>().unwrap()}),
            );
            expected.insert("id".into(), json!({"type": "str", "value": row.id}));
        }
        assert_eq!(
            actual_attributes(&got["data"], &["spells"]),
            expected,
            "{format}: edge {}",
            row.id
        );
        if gexf && !spells.is_empty() {
            assert_eq!(
                got["data"]["spells"]["value"],
                spells_json(spells),
                "{}",
                row.id
            );
        }
    }
}

#[test]
#[ignore = "needs Python 3 with networkx; run with --include-ignored (CI does)"]
fn networkx_reads_node_link_json_as_written() {
    require_python(&["networkx"]);
    let built = Built::new("json");
    let graph = built.graph();
    let read = checker(
        "python3",
        "nx_read.py",
        &[Path::new("json"), &built.file("json")],
    );
    let (nodes, edges) = built.reported("json");
    assert_eq!((nodes, edges), (graph.node_count(), graph.edge_count()));
    assert_eq!(read["directed"], true);
    assert_eq!(read["multigraph"], true);
    assert_eq!(read["nodes"].as_object().unwrap().len(), nodes);
    assert_eq!(read["edges"].as_array().unwrap().len(), edges);
    assert_eq!(
        read["graph"]["statements"],
        json!({"type": "int", "value": graph.statement_count()})
    );
    for (_, n) in graph.nodes() {
        let mut expected = BTreeMap::new();
        let s = |v: &str| json!({"type": "str", "value": v});
        expected.insert("kind".to_string(), s(n.kind.as_str()));
        expected.insert("label".to_string(), s(&n.label));
        for (name, v) in [
            ("actor_kind", &n.actor_kind),
            ("qid", &n.qid),
            ("country", &n.country),
        ] {
            if let Some(v) = v {
                expected.insert(name.to_string(), s(v));
            }
        }
        assert_eq!(
            actual_attributes(&read["nodes"][&n.id], &[]),
            expected,
            "node {}",
            n.id
        );
    }
    // Edges as a multiset of (source, target, scalar attributes, evidence count).
    let inner = graph.inner();
    let mut expected: Vec<String> = graph
        .edges()
        .map(|(s, t, e)| {
            let id = standpunkt::export::json::link_id(&inner[s].id, &inner[t].id, e);
            let attributes = match e {
                EdgeData::Statement(st) => json!({
                    "id": {"type": "str", "value": id},
                    "type": {"type": "str", "value": "statement"},
                    "predicate": {"type": "str", "value": st.predicate.as_str()},
                    "negated": {"type": "bool", "value": st.negated},
                    "polarity": {"type": "int", "value": st.polarity},
                    "object_kind": {"type": "str", "value": st.object_kind},
                    "object_id": st.object_id.as_ref().map(|v| json!({"type": "str", "value": v})),
                    "weight": {"type": "int", "value": st.evidence.len()},
                    "evidence": st.evidence.len(),
                }),
                EdgeData::Affiliation => json!({
                    "id": {"type": "str", "value": id},
                    "type": {"type": "str", "value": "affiliation"},
                    "weight": {"type": "int", "value": 1},
                    "evidence": 0,
                }),
            };
            format!("{} {} {attributes}", inner[s].id, inner[t].id)
        })
        .collect();
    let mut actual: Vec<String> = read["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let mut attributes = e["data"].as_object().unwrap().clone();
            let evidence = attributes
                .remove("evidence")
                .map_or(0, |v| v["value"].as_array().map_or(0, Vec::len));
            attributes.insert("evidence".into(), json!(evidence));
            if !attributes.contains_key("object_id") && attributes.contains_key("predicate") {
                attributes.insert("object_id".into(), Json::Null);
            }
            format!(
                "{} {} {}",
                e["source"].as_str().unwrap(),
                e["target"].as_str().unwrap(),
                Json::Object(attributes)
            )
        })
        .collect();
    expected.sort();
    actual.sort();
    assert_eq!(actual, expected);
}

#[test]
#[ignore = "needs Python 3 with networkx; run with --include-ignored (CI does)"]
fn networkx_reads_graphml_with_typed_attributes() {
    require_python(&["networkx"]);
    let built = Built::new("json,graphml");
    let table = Table::new(&built.graph());
    let read = checker(
        "python3",
        "nx_read.py",
        &[Path::new("graphml"), &built.file("graphml")],
    );
    let (nodes, edges) = built.reported("graphml");
    assert_eq!((nodes, edges), (table.nodes.len(), table.edges.len()));
    assert_tabular(&read, &table, "graphml");
    assert_eq!(
        read["graph"]["statements"]["type"], "int",
        "graph attributes typed too"
    );
    eprintln!(
        "graphml: {} read {nodes} nodes, {edges} edges",
        read["reader"]
    );
}

#[test]
#[ignore = "needs Python 3 with networkx; run with --include-ignored (CI does)"]
fn networkx_reads_gexf_with_typed_attributes_and_spells() {
    require_python(&["networkx"]);
    let built = Built::new("json,gexf");
    let table = Table::new(&built.graph());
    let read = checker(
        "python3",
        "nx_read.py",
        &[Path::new("gexf"), &built.file("gexf")],
    );
    let (nodes, edges) = built.reported("gexf");
    assert_eq!((nodes, edges), (table.nodes.len(), table.edges.len()));
    assert_eq!(
        read["graph"]["mode"],
        json!({"type": "str", "value": "dynamic"})
    );
    assert_tabular(&read, &table, "gexf");
    // The timeline has something to show: dated statements became spells.
    let with_spells = read["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["data"].get("spells").is_some())
        .count();
    assert!(with_spells > 0);
}

#[test]
#[ignore = "needs Python 3 with rdflib; run with --include-ignored (CI does)"]
fn rdflib_parses_turtle_and_sparql_finds_who_rejects_what() {
    require_python(&["rdflib"]);
    let built = Built::new("json,turtle,ntriples");
    let graph = built.graph();
    let read = checker(
        "python3",
        "rdf_check.py",
        &[&built.file("ttl"), &built.file("nt")],
    );
    let triples = standpunkt::export::rdf::triples(&graph).unwrap().len();
    assert_eq!(read["triples"], triples, "rdflib read every triple");
    assert_eq!(read["ntriples"], triples);
    assert_eq!(
        read["isomorphic"], true,
        "Turtle and N-Triples are one graph"
    );
    // The library's statements with predicate `reject`: one row per piece of evidence.
    // (Once `standpunkt query` lands, `query --predicate reject` gives these rows.)
    let mut expected: Vec<Json> = graph
        .statements()
        .into_iter()
        .filter(|s| s.predicate == Predicate::Reject)
        .map(|s| json!([s.actor.name, s.object.label, s.negated, s.article]))
        .collect();
    expected.sort_by_key(|v| v.to_string());
    let mut rows = read["rejects"].as_array().unwrap().clone();
    rows.sort_by_key(|v| v.to_string());
    assert!(!expected.is_empty(), "the seeds hold rejections");
    assert_eq!(rows, expected);
}

#[test]
#[ignore = "needs Node.js and `npm ci --prefix tests/interop` (cytoscape); run with --include-ignored (CI does)"]
fn cytoscape_loads_the_cytoscape_json_headless() {
    require("node", "install Node.js (apt-get install nodejs npm)");
    assert!(
        interop("node_modules/cytoscape").exists(),
        "the npm package cytoscape is needed for this test: npm ci --prefix tests/interop"
    );
    let built = Built::new("json,cytoscape");
    let table = Table::new(&built.graph());
    let read = checker("node", "cytoscape_load.js", &[&built.file("cyjs")]);
    let (nodes, edges) = built.reported("cytoscape");
    assert_eq!(read["nodes"].as_object().unwrap().len(), nodes);
    assert_eq!(read["edges"].as_object().unwrap().len(), edges);
    assert_eq!(read["dangling"], 0);
    assert_eq!(read["roundtrip"], json!({"nodes": nodes, "edges": edges}));
    // JavaScript has one number type: ints must arrive whole (Number.isInteger), a double
    // may be whole too (0.0 reads as 0), so doubles are compared as numbers.
    let doubles = |columns: &[Column]| -> Vec<&'static str> {
        columns
            .iter()
            .filter(|c| c.ty == AttrType::Double)
            .map(|c| c.name)
            .collect()
    };
    let js = |m: BTreeMap<String, Json>, doubles: &[&str]| -> BTreeMap<String, Json> {
        m.into_iter()
            .map(|(k, v)| {
                if doubles.contains(&k.as_str()) && v["value"].is_number() {
                    let number = json!({"type": "number", "value": v["value"].as_f64()});
                    (k, number)
                } else {
                    (k, v)
                }
            })
            .collect()
    };
    let (node_doubles, edge_doubles) = (doubles(NODE_COLUMNS), doubles(EDGE_COLUMNS));
    for row in &table.nodes {
        let expected = js(
            expected_attributes(NODE_COLUMNS, &row.values, &[]),
            &node_doubles,
        );
        let got = js(
            actual_attributes(&read["nodes"][&row.id], &["id"]),
            &node_doubles,
        );
        assert_eq!(got, expected, "node {}", row.id);
    }
    for row in &table.edges {
        let got = &read["edges"][&row.id];
        assert_eq!(got["source"]["value"], row.source.as_str());
        assert_eq!(got["target"]["value"], row.target.as_str());
        let expected = js(
            expected_attributes(EDGE_COLUMNS, &row.values, &[]),
            &edge_doubles,
        );
        let got = js(
            actual_attributes(got, &["id", "source", "target"]),
            &edge_doubles,
        );
        assert_eq!(got, expected, "edge {}", row.id);
    }
}

#[test]
fn csv_follows_neo4j_import_conventions() {
    let built = Built::new("json,csv");
    let table = Table::new(&built.graph());
    let folder = built.dir.join("csv");
    let mut nodes = csv::Reader::from_path(folder.join("nodes.csv")).unwrap();
    let header: Vec<String> = nodes.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&header[..2], ["id:ID", ":LABEL"]);
    assert!(header.contains(&"out_statements:int".to_string()));
    assert!(header.contains(&"mean_polarity:double".to_string()));
    let mut ids = BTreeSet::new();
    for record in nodes.records() {
        let record = record.unwrap();
        assert_eq!(record.len(), header.len());
        assert!(!record[1].is_empty(), "every node has a label: {record:?}");
        ids.insert(record[0].to_string());
    }
    assert_eq!(ids.len(), table.nodes.len(), "ids are unique");
    let mut edges = csv::Reader::from_path(folder.join("edges.csv")).unwrap();
    let header: Vec<String> = edges.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(&header[..3], [":START_ID", ":END_ID", ":TYPE"]);
    assert!(header.contains(&"negated:boolean".to_string()));
    assert!(header.contains(&"weight:int".to_string()));
    let negated = header.iter().position(|h| h == "negated:boolean").unwrap();
    let mut count = 0;
    for record in edges.records() {
        let record = record.unwrap();
        count += 1;
        assert_eq!(record.len(), header.len());
        assert!(
            ids.contains(&record[0]) && ids.contains(&record[1]),
            "{record:?}"
        );
        let ty = &record[2];
        assert!(
            ty.chars().all(|c| c.is_ascii_uppercase() || c == '_') && !ty.is_empty(),
            "{ty}"
        );
        assert!(
            matches!(&record[negated], "" | "true" | "false"),
            "{record:?}"
        );
        assert_eq!(ty.starts_with("NOT_"), &record[negated] == "true");
    }
    assert_eq!(count, table.edges.len());
    let (nodes, edges) = built.reported("csv");
    assert_eq!((nodes, edges), (ids.len(), count));
}

/// A graph whose labels hold what breaks naive writers: quotes, backslashes, umlauts,
/// markup characters, a line break, a control character.
const TRICKY: &str = "„Frieden“ für \"Öl\" \\ <b>&amp;</b>\nzweite Zeile\u{7}";

fn tricky_graph(dir: &TempDir) -> PathBuf {
    let path = dir.join("tricky.json");
    let graph = json!({
        "directed": true, "multigraph": true,
        "graph": {"name": "standpunkt", "format": "standpunkt-node-link/1",
                  "generator": "test", "statements": 1, "articles": {"a1": "2024-02"}},
        "nodes": [
            {"id": "actor:Jürgen \"J\" Groß", "kind": "actor", "label": "Jürgen \"J\" Groß",
             "actor_kind": "person", "country": "DEU"},
            {"id": "country:DEU", "kind": "country", "label": "Deutschland", "country": "DEU"},
            {"id": format!("claim:{TRICKY}"), "kind": "claim", "label": TRICKY}
        ],
        "links": [
            {"source": "actor:Jürgen \"J\" Groß", "target": "country:DEU", "key": 0,
             "type": "affiliation", "weight": 1},
            {"source": "actor:Jürgen \"J\" Groß", "target": format!("claim:{TRICKY}"), "key": 0,
             "type": "statement", "predicate": "reject", "negated": false, "polarity": -1,
             "object_kind": "claim", "weight": 1,
             "evidence": [{"article": "a1", "date": "2024-02", "cue": "lehnt ab",
                           "object_label": TRICKY, "sentence": TRICKY, "quote": null,
                           "mode": "direct", "span": [0, 10]}]}
        ]
    });
    std::fs::write(&path, serde_json::to_string_pretty(&graph).unwrap()).unwrap();
    path
}

#[test]
#[ignore = "needs Python 3 with networkx and rdflib, and Graphviz; run with --include-ignored (CI does)"]
fn tricky_labels_survive_every_tool() {
    require_python(&["networkx", "rdflib"]);
    require("dot", "install Graphviz (apt-get install graphviz)");
    let dir = TempDir::new("tricky");
    let graph = tricky_graph(&dir);
    let library = read_graph(&graph).unwrap();
    let table = Table::new(&library);
    // XML 1.0 cannot carry the control character: the XML writers drop it.
    let xml_label = TRICKY.replace('\u{7}', "");

    let dot = dir.join("t.dot");
    export_to(&graph, "dot", &dot);
    assert!(dot_stderr(&dot, &["-Tsvg"]).is_empty());
    let svg = dir.join("t.svg");
    let out = run(&[
        "render",
        graph.to_str().unwrap(),
        "--out",
        svg.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::read_to_string(&svg)
        .unwrap()
        .contains("Jürgen &quot;J&quot; Groß"));

    for (format, ext) in [("graphml", "graphml"), ("gexf", "gexf")] {
        let file = dir.join(&format!("t.{ext}"));
        export_to(&graph, format, &file);
        let read = checker("python3", "nx_read.py", &[Path::new(format), &file]);
        let claim = &read["nodes"][&format!("claim:{xml_label}")];
        assert_eq!(
            claim["label"]["value"],
            xml_label.as_str(),
            "{format}: {read}"
        );
        assert_eq!(read["nodes"].as_object().unwrap().len(), table.nodes.len());
        assert_eq!(read["edges"].as_array().unwrap().len(), table.edges.len());
    }

    let (ttl, nt) = (dir.join("t.ttl"), dir.join("t.nt"));
    export_to(&graph, "turtle", &ttl);
    export_to(&graph, "ntriples", &nt);
    let read = checker("python3", "rdf_check.py", &[&ttl, &nt]);
    assert_eq!(read["isomorphic"], true);
    assert_eq!(
        read["rejects"],
        json!([["Jürgen \"J\" Groß", TRICKY, false, "a1"]])
    );

    let csv_dir = dir.join("csv");
    export_to(&graph, "csv", &csv_dir);
    let mut reader = csv::Reader::from_path(csv_dir.join("nodes.csv")).unwrap();
    let labels: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[2].to_string())
        .collect();
    assert!(labels.contains(&TRICKY.replace('\n', " ")), "{labels:?}");
}
