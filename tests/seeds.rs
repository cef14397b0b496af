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
    if crate::util::have("python3") {
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

#[test]
fn graphs_folder_is_current() {
    let dir = TempDir::new("graphs");
    let stem = dir.join("seeds");
    run_ok(&[
        "build",
        seeds().to_str().unwrap(),
        "--out",
        stem.to_str().unwrap(),
    ]);
    for ext in ["json", "dot"] {
        let fresh = std::fs::read_to_string(stem.with_extension(ext)).unwrap();
        let kept = std::fs::read_to_string(root().join("graphs").join(format!("seeds.{ext}")))
            .unwrap_or_default();
        assert!(
            fresh == kept,
            "graphs/seeds.{ext} is stale: run `cargo run --release -- build seeds --out graphs/seeds` and render the SVG"
        );
    }
}
