//! The seed articles end to end: extraction quality against the gold statements, spans,
//! and the graph files in graphs/ kept current.

use crate::util::{root, run_ok, seeds, shared, TempDir};
use standpunkt::eval::{read_gold, score};
use standpunkt::{Extractor, Pipeline};

fn seed_statements() -> Vec<standpunkt::Statement> {
    let mut all = Vec::new();
    Pipeline::new(Extractor::builtin())
        .run(&[seeds()], |_, s| {
            all.extend(s);
            Ok(())
        })
        .unwrap();
    all
}

#[test]
#[ignore = "needs ../shared (gold statements); run with --include-ignored (CI does)"]
fn seeds_reach_the_quality_bar() {
    let gold = read_gold(&shared().join("gold/seeds.jsonl")).unwrap();
    let figures = score(&gold, &seed_statements());
    assert!(
        figures.f1 >= 0.70,
        "F1 {:.3} below 0.70 ({figures:?})",
        figures.f1
    );
    assert!(
        figures.country_accuracy >= 0.90,
        "country accuracy {:.3}",
        figures.country_accuracy
    );
}

#[test]
fn evidence_spans_are_the_sentences() {
    for entry in std::fs::read_dir(seeds()).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let id = path.file_stem().unwrap().to_str().unwrap().to_string();
        for s in seed_statements().iter().filter(|s| s.article == id) {
            let [a, b] = s.evidence.span;
            assert_eq!(
                &text[a..b],
                s.evidence.sentence,
                "{id} {:?}",
                s.evidence.span
            );
        }
    }
}

#[test]
#[ignore = "needs ../shared (gold statements, reference scorer) and Python 3; run with --include-ignored (CI does)"]
fn eval_prints_the_reference_figures() {
    let gold = shared().join("gold/seeds.jsonl");
    let out = run_ok(&[
        "eval",
        "--gold",
        gold.to_str().unwrap(),
        seeds().to_str().unwrap(),
    ]);
    let gold_rows = read_gold(&gold).unwrap();
    let figures = score(&gold_rows, &seed_statements());
    assert!(out.ends_with(&format!("F1 {:.3}\n", figures.f1)), "{out}");
    {
        // The reference scorer gives the same figures.
        crate::util::require("python3", "install Python 3 (apt-get install python3)");
        let dir = TempDir::new("eval");
        let pred = dir.join("p.jsonl");
        let jsonl = run_ok(&["extract", seeds().to_str().unwrap()]);
        std::fs::write(&pred, jsonl).unwrap();
        let py = std::process::Command::new("python3")
            .arg(shared().join("tools/score_statements.py"))
            .arg(&gold)
            .arg(&pred)
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&py.stdout),
            out,
            "standpunkt eval and the reference scorer differ"
        );
    }
}

/// The one command that regenerates graphs/ (the release binary; the SVG is rendered).
const REGENERATE: &str = "standpunkt build seeds --out graphs/seeds --format all \
    && standpunkt render graphs/seeds.json --out graphs/seeds.svg";

#[test]
fn graphs_folder_is_current() {
    let dir = TempDir::new("graphs");
    let stem = dir.join("seeds");
    run_ok(&[
        "build",
        seeds().to_str().unwrap(),
        "--out",
        stem.to_str().unwrap(),
        "--format",
        "all",
    ]);
    let kept = root().join("graphs");
    let mut files: Vec<String> = ["json", "dot", "cyjs", "graphml", "gexf", "ttl", "nt"]
        .iter()
        .map(|ext| format!("seeds.{ext}"))
        .collect();
    files.extend(["csv/nodes.csv".to_string(), "csv/edges.csv".to_string()]);
    for file in &files {
        let fresh = std::fs::read_to_string(dir.join(file)).unwrap();
        let kept = std::fs::read_to_string(kept.join(file)).unwrap_or_default();
        assert!(
            fresh == kept,
            "graphs/{file} is stale: regenerate graphs/ with `{REGENERATE}`"
        );
    }
    // The SVG is only checked to be a rendering of the current graph, not byte for byte.
    let svg = std::fs::read_to_string(kept.join("seeds.svg"))
        .unwrap_or_default()
        .replace("&#45;", "-");
    let graph = standpunkt::export::json::read_graph(&kept.join("seeds.json")).unwrap();
    // `render`'s default filter: the 30 actors with the most statements.
    let shown = standpunkt::export::render::filter(&graph, Some(30), 1);
    let speakers = shown
        .edges()
        .filter(|(_, _, e)| matches!(e, standpunkt::graph::EdgeData::Statement(_)))
        .map(|(s, _, _)| shown.inner()[s].label.clone())
        .collect::<std::collections::BTreeSet<_>>();
    assert!(
        svg.contains("<svg"),
        "graphs/seeds.svg is missing: `{REGENERATE}`"
    );
    // The picture shows names, never ids (`Q3874799`).
    let text = regex::Regex::new(r"<text[^>]*>([^<]*)</text>").unwrap();
    let qid = regex::Regex::new(r"^Q[0-9]+\b").unwrap();
    for shown in text.captures_iter(&svg) {
        assert!(
            !qid.is_match(&shown[1]),
            "graphs/seeds.svg shows an id: {}",
            &shown[1]
        );
    }
    for name in speakers
        .iter()
        .filter(|n| !n.contains(['&', '<', '>', '"']))
    {
        assert!(
            svg.contains(name.as_str()),
            "graphs/seeds.svg does not show {name}: regenerate graphs/ with `{REGENERATE}`"
        );
    }
}
