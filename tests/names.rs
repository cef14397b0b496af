//! Actors by name: every node of every export is labelled with a name, never an id, and
//! every name the lexicon knows for an actor finds its statements, in a built graph and
//! in articles.

use crate::util::{run_ok, seeds, TempDir};
use regex::Regex;
use standpunkt::export::json::read_graph;
use standpunkt::graph::NodeKind;
use standpunkt::{Lexicon, Statement};
use std::collections::BTreeMap;
use std::path::Path;

/// The seeds built with every format into `dir` (stem `seeds`).
fn build_all(dir: &TempDir) {
    run_ok(&[
        "build",
        seeds().to_str().unwrap(),
        "--out",
        dir.join("seeds").to_str().unwrap(),
        "--format",
        "all",
        "--quiet",
    ]);
}

/// Node id → label, as `file` of `format` has them.
fn labels(format: &str, file: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(file).unwrap();
    let unquote = |s: &str| {
        s.replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&")
    };
    let mut out = BTreeMap::new();
    match format {
        "json" | "cyjs" => {
            let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
            let nodes = if format == "json" {
                doc["nodes"].as_array().unwrap().clone()
            } else {
                let nodes = doc["elements"]["nodes"].as_array().unwrap();
                nodes.iter().map(|n| n["data"].clone()).collect()
            };
            for n in nodes {
                let label = n["label"].as_str().unwrap_or("").to_string();
                out.insert(n["id"].as_str().unwrap().to_string(), label);
            }
        }
        "graphml" => {
            let node = Regex::new(r#"(?s)<node id="([^"]*)">(.*?)</node>"#).unwrap();
            let label = Regex::new(r#"<data key="n_label">([^<]*)</data>"#).unwrap();
            for c in node.captures_iter(&text) {
                let l = label
                    .captures(&c[2])
                    .map_or(String::new(), |l| unquote(&l[1]));
                out.insert(unquote(&c[1]), l);
            }
        }
        "gexf" => {
            let node = Regex::new(r#"<node id="([^"]*)" label="([^"]*)""#).unwrap();
            for c in node.captures_iter(&text) {
                out.insert(unquote(&c[1]), unquote(&c[2]));
            }
        }
        "dot" => {
            let node =
                Regex::new(r#"(?m)^\s*"((?:[^"\\]|\\.)*)"\s*\[label="((?:[^"\\]|\\.)*)""#).unwrap();
            for c in node.captures_iter(&text) {
                // DOT labels of actors add the country: `Emmanuel Macron (FRA)`.
                out.insert(c[1].replace("\\\"", "\""), c[2].replace("\\\"", "\""));
            }
        }
        "csv" => {
            let mut reader = csv::Reader::from_reader(text.as_bytes());
            let header = reader.headers().unwrap().clone();
            let at = |name: &str| header.iter().position(|h| h == name).unwrap();
            let (id, label) = (at("id:ID"), at("label"));
            for record in reader.records() {
                let record = record.unwrap();
                out.insert(record[id].to_string(), record[label].to_string());
            }
        }
        "nt" => {
            // Actors, countries, topics and claims (articles are labelled by their id).
            let triple = Regex::new(
                r#"(?m)^<([^>]*/(?:actor|country|topic|claim)/[^>]*|http://www\.wikidata\.org/entity/[^>]*)> <http://www\.w3\.org/2000/01/rdf-schema#label> "((?:[^"\\]|\\.)*)""#,
            )
            .unwrap();
            for c in triple.captures_iter(&text) {
                out.insert(c[1].to_string(), c[2].to_string());
            }
        }
        _ => unreachable!("{format}"),
    }
    out
}

#[test]
fn no_node_of_any_export_is_labelled_with_an_id() {
    let dir = TempDir::new("labels");
    build_all(&dir);
    let graph = read_graph(&dir.join("seeds.json")).unwrap();
    let ids: Vec<&str> = graph.nodes().map(|(_, n)| n.id.as_str()).collect();
    let qids: Vec<&str> = graph
        .nodes()
        .filter_map(|(_, n)| n.qid.as_deref())
        .collect();
    let qid = Regex::new(r"^Q[0-9]+$").unwrap();
    let formats = [
        ("json", "seeds.json"),
        ("cyjs", "seeds.cyjs"),
        ("graphml", "seeds.graphml"),
        ("gexf", "seeds.gexf"),
        ("dot", "seeds.dot"),
        ("csv", "csv/nodes.csv"),
        ("nt", "seeds.nt"),
    ];
    for (format, file) in formats {
        let labels = labels(format, &dir.join(file));
        // DOT and RDF are read with patterns; the others must give every node.
        let all = !matches!(format, "dot" | "nt");
        assert!(
            labels.len() > 10 && (!all || labels.len() == graph.node_count()),
            "{format}: {} labels read of {} nodes",
            labels.len(),
            graph.node_count()
        );
        for (id, label) in &labels {
            let bare = label.trim();
            // The DOT label of an actor is its name and its country: `Name (FRA)`.
            let name = bare.rsplit_once(" (").map_or(bare, |(name, _)| name);
            assert!(!name.is_empty(), "{format}: node {id} has no label");
            assert!(
                !qid.is_match(name) && !qids.contains(&name),
                "{format}: node {id} is labelled with a QID: {label}"
            );
            assert!(
                !ids.contains(&name),
                "{format}: node {id} is labelled with a node id: {label}"
            );
        }
    }
}

#[test]
fn every_actor_node_carries_its_lexicon_name_and_every_alias_finds_it() {
    let dir = TempDir::new("aliases");
    build_all(&dir);
    let graph = read_graph(&dir.join("seeds.json")).unwrap();
    let lexicon = Lexicon::builtin();
    let mut known = 0;
    for (_, node) in graph.nodes().filter(|(_, n)| n.kind == NodeKind::Actor) {
        // Every name the lexicon has for the actor: a person by QID (then the node must
        // carry the person's canonical name) or by name, an organisation, a state.
        let mut names: Vec<&str> = Vec::new();
        if let Some(qid) = node.qid.as_deref() {
            let person = lexicon
                .persons
                .iter()
                .find(|p| p.qid.as_deref() == Some(qid))
                .unwrap_or_else(|| panic!("{qid} of {} is in the lexicon", node.label));
            assert_eq!(node.label, person.name, "{}", node.id);
        }
        for p in lexicon
            .persons
            .iter()
            .filter(|p| p.name == node.label && (node.qid.is_none() || p.qid == node.qid))
        {
            names.push(&p.name);
            names.extend(p.aliases.iter().map(String::as_str));
        }
        for o in lexicon
            .organizations
            .iter()
            .filter(|o| o.name == node.label)
        {
            names.push(&o.name);
            names.extend(o.aliases.iter().map(String::as_str));
        }
        for c in lexicon.countries.iter().filter(|c| c.name == node.label) {
            names.push(&c.name);
            names.extend(c.variants.iter().map(String::as_str));
        }
        if !names.is_empty() {
            known += 1;
        }
        for name in names {
            let found = graph.query().lexicon(&lexicon).by_actor(name);
            assert!(
                found.matching_actors().iter().any(|n| n.id == node.id),
                "`{name}` does not find {}",
                node.label
            );
        }
    }
    assert!(
        known >= 10,
        "only {known} actors the lexicon knows in the seeds"
    );
}

/// The statements `query SOURCE --actor NAME` prints.
fn query_actor(source: &Path, name: &str) -> Vec<Statement> {
    let out = run_ok(&[
        "query",
        source.to_str().unwrap(),
        "--actor",
        name,
        "--format",
        "jsonl",
    ]);
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn selenskyj_is_found_by_every_spelling_in_a_graph_and_in_articles() {
    let dir = TempDir::new("selenskyj");
    build_all(&dir);
    let graph = dir.join("seeds.json");
    let mut counts = Vec::new();
    for name in ["selenskyj", "Selenskij", "Wolodymyr Selenskyj", "ZELENSKYY"] {
        for source in [graph.as_path(), seeds().as_path()] {
            let rows = query_actor(source, name);
            assert!(
                !rows.is_empty(),
                "`{name}` finds nothing in {}",
                source.display()
            );
            assert!(
                rows.iter().all(|s| s.actor.name == "Wolodymyr Selenskyj"
                    && s.country.as_deref() == Some("UKR")),
                "{name}: {rows:?}"
            );
            counts.push(rows.len());
        }
    }
    assert!(counts.windows(2).all(|w| w[0] == w[1]), "{counts:?}");
}
