//! Outputs that survive faults (a build killed mid-write, missing or unwritable
//! directories, an unreadable graph), incremental builds equal to builds from scratch, and
//! property tests (proptest) for the extractor and the JSON export.

use crate::robustness::{jsonl, no_panic, p, stderr, MERZ};
use crate::util::{root, run, run_ok, seeds, standpunkt, TempDir};
use proptest::prelude::*;
use standpunkt::export::json;
use standpunkt::{Article, Extractor, KnowledgeGraph, Pipeline};
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------- outputs

/// A graph large enough that writing it takes a while (a debug build serialises it
/// for tens of milliseconds): synthetic statements through the library.
fn large_graph(statements: usize) -> KnowledgeGraph {
    let lexicon = standpunkt::Lexicon::builtin();
    let template = Extractor::builtin().extract(&Article::new("t", MERZ).with_date("2025-09-04"));
    assert!(!template.is_empty());
    let mut graph = KnowledgeGraph::new();
    for i in 0..statements {
        let mut s = template[i % template.len()].clone();
        s.article = format!("article-{}", i / 3);
        s.actor.name = format!("Sprecher {}", i % 500);
        s.actor.qid = None;
        s.evidence.sentence = format!("{} ({i})", s.evidence.sentence).into();
        graph.add_statement(&s, &lexicon);
    }
    graph
}

#[test]
fn killing_a_build_mid_write_leaves_the_earlier_graph_loadable() {
    let dir = TempDir::new("kill");
    let graph_path = dir.join("graph.json");
    let earlier = json::to_json(&large_graph(30_000));
    std::fs::write(&graph_path, &earlier).unwrap();
    let temporary_prefix = ".graph.json.";
    let mut killed_mid_write = false;
    for _attempt in 0..5 {
        let mut child = standpunkt()
            .args(["build", "--quiet", p(&seeds()), "--into", p(&graph_path)])
            .spawn()
            .expect("standpunkt runs");
        // Kill it as soon as the temporary file appears: the new graph is half written.
        let started = std::time::Instant::now();
        loop {
            let writing = std::fs::read_dir(dir.path())
                .unwrap()
                .filter_map(|e| e.ok())
                .any(|e| {
                    e.file_name()
                        .to_string_lossy()
                        .starts_with(temporary_prefix)
                });
            if writing {
                child.kill().unwrap();
                let _ = child.wait();
                break;
            }
            if let Ok(Some(_)) = child.try_wait() {
                break;
            }
            assert!(started.elapsed().as_secs() < 120, "build did not finish");
            std::thread::sleep(std::time::Duration::from_micros(200));
        }
        let now = std::fs::read_to_string(&graph_path).unwrap();
        // Loadable, whatever happened.
        json::from_json(&graph_path, &now).expect("the graph loads");
        if now == earlier {
            killed_mid_write = true;
            break;
        }
        // The build finished before it was killed: start again from the earlier file.
        std::fs::write(&graph_path, &earlier).unwrap();
    }
    assert!(killed_mid_write, "never caught the build while writing");
    // A later build cleans up nothing it should not: the graph is still the earlier one
    // and can be extended.
    let out = run(&["build", p(&seeds()), "--into", p(&graph_path)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let extended = json::read_graph(&graph_path).unwrap();
    assert!(
        extended.articles().len()
            > json::from_json(&graph_path, &earlier)
                .unwrap()
                .articles()
                .len()
    );
}

#[test]
fn outputs_in_a_missing_directory_are_created_and_unwritable_ones_fail_cleanly() {
    let dir = TempDir::new("outdir");
    let stem = dir.join("deep/er/seeds");
    run_ok(&["build", "--quiet", p(&seeds()), "--out", p(&stem)]);
    assert!(stem.with_extension("json").exists());
    // A directory where the JSON file should be: an error naming it, no panic.
    let blocked = dir.join("blocked");
    std::fs::create_dir_all(blocked.with_extension("json")).unwrap();
    let out = run(&["build", "--quiet", p(&seeds()), "--out", p(&blocked)]);
    assert_eq!(out.status.code(), Some(1));
    no_panic(&out);
    assert!(stderr(&out).contains("blocked.json"), "{}", stderr(&out));
}

// ---------------------------------------------------------------- incremental builds

fn seed_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

#[test]
fn incremental_build_equals_a_build_from_scratch_and_repeats_change_nothing() {
    let dir = TempDir::new("incremental");
    let files = seed_files();
    let (first, second) = files.split_at(3);
    let graph = dir.join("graph.json");
    let mut args = vec!["build", "--quiet"];
    args.extend(first.iter().map(|f| p(f)));
    args.extend(["--into", p(&graph)]);
    run_ok(&args);
    let mut args = vec!["build"];
    args.extend(second.iter().map(|f| p(f)));
    args.extend(["--into", p(&graph)]);
    let out = run(&args);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("(2 new articles, 5 in the graph)"),
        "{}",
        stderr(&out)
    );

    let scratch = dir.join("scratch");
    let mut args = vec!["build", "--quiet"];
    args.extend(files.iter().map(|f| p(f)));
    args.extend(["--out", p(&scratch)]);
    run_ok(&args);
    let incremental = std::fs::read_to_string(&graph).unwrap();
    assert_eq!(
        incremental,
        std::fs::read_to_string(scratch.with_extension("json")).unwrap(),
        "incremental and from-scratch JSON differ"
    );
    assert_eq!(
        std::fs::read_to_string(graph.with_extension("dot")).unwrap(),
        std::fs::read_to_string(scratch.with_extension("dot")).unwrap()
    );
    // Adding the same articles again changes nothing.
    let out = run(&["build", p(&seeds()), "--into", p(&graph)]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("5 repeated articles skipped"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("is already in the graph (same id and text), skipped"));
    assert_eq!(std::fs::read_to_string(&graph).unwrap(), incremental);
    // And the committed seeds graph is the same build.
    assert_eq!(
        incremental,
        std::fs::read_to_string(root().join("graphs/seeds.json")).unwrap()
    );
}

#[test]
fn an_unreadable_graph_is_never_overwritten() {
    let dir = TempDir::new("badgraph");
    let graph = dir.join("graph.json");
    std::fs::write(&graph, "{\"directed\": true,\n \"nodes\": [").unwrap();
    let out = run(&["build", p(&seeds()), "--into", p(&graph)]);
    assert_eq!(out.status.code(), Some(1));
    no_panic(&out);
    assert!(
        stderr(&out).contains("graph.json:2:"),
        "names file and line: {}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read_to_string(&graph).unwrap(),
        "{\"directed\": true,\n \"nodes\": ["
    );
}

// ---------------------------------------------------------------- properties

/// German-looking text: words, names, cue verbs, punctuation, quotes, numbers, line
/// breaks and, now and then, any character at all.
fn german_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(vec![
            "Merz", "sagte", "Russland", "lehnte", "ab", "die", "Truppen", "Ukraine",
            "Bundeskanzler", "Selenskyj", "kritisierte", "nicht", "er", "sie", "USA",
            "Außenministerin", "forderte", "Frieden", "am", "4.", "Sept.", "2025", "Dr.",
            "Müller", "u.a.", "EU-Kommission", "Kreml", "warnte", "vor", "Sanktionen",
        ])
        .prop_map(str::to_string),
        2 => prop::sample::select(vec![
            " ", " ", ". ", ", ", "„", "“", "\"", "?", "!", ": ", "\n", "\n\n", "–", "(", ")",
            "'", "…", "»", "«",
        ])
        .prop_map(str::to_string),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-zA-ZäöüÄÖÜß]{1,12}",
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, .. ProptestConfig::default() })]

    #[test]
    fn extraction_never_panics_and_spans_are_the_sentences(text in german_text(), date in prop::option::of("20[0-9]{2}-[01][0-9]-[0-3][0-9]")) {
        let mut article = Article::new("p", text.clone());
        article.date = date;
        for s in Extractor::builtin().extract(&article) {
            let [a, b] = s.evidence.span;
            prop_assert!(a <= b && b <= text.len());
            prop_assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
            prop_assert_eq!(&text[a..b], s.evidence.sentence.as_str());
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        let statements = Extractor::builtin().extract(&Article::new("any", text.clone()));
        for s in statements {
            let [a, b] = s.evidence.span;
            prop_assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
            prop_assert_eq!(&text[a..b], s.evidence.sentence.as_str());
        }
    }

    #[test]
    fn json_export_load_export_is_identical(texts in prop::collection::vec(german_text(), 1..6)) {
        let extractor = Extractor::builtin();
        let mut graph = KnowledgeGraph::new();
        for (i, text) in texts.iter().enumerate() {
            let article = Article::new(format!("a{i}"), format!("{MERZ} {text}")).with_date("2025-09-04");
            graph.add_article(&article.id, article.date.as_deref());
            graph.set_article_hash(&article.id, standpunkt::ingest::content_hash(&article));
            for s in extractor.extract(&article) {
                graph.add_statement(&s, extractor.lexicon());
            }
        }
        let first = json::to_json(&graph);
        let loaded = json::from_json(Path::new("p.json"), &first).unwrap();
        prop_assert_eq!(&json::to_json(&loaded), &first);
        let mut streamed = Vec::new();
        json::write_json(&loaded, &mut streamed).unwrap();
        prop_assert_eq!(String::from_utf8(streamed).unwrap(), first);
    }
}

proptest! {
    // Each case runs the pipeline three times over files: fewer cases.
    #![proptest_config(ProptestConfig { cases: 12, .. ProptestConfig::default() })]

    #[test]
    fn single_and_multi_thread_output_are_identical(texts in prop::collection::vec(german_text(), 1..150)) {
        let dir = TempDir::new("prop-threads");
        let records: Vec<serde_json::Value> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| serde_json::json!({"id": format!("r{}", i % 97), "text": format!("{MERZ} {t}")}))
            .collect();
        std::fs::write(dir.join("c.jsonl"), jsonl(&records)).unwrap();
        let run_with = |threads: usize| {
            let mut out = Vec::new();
            let report = Pipeline::new(Extractor::builtin())
                .threads(threads)
                .run(&[dir.path().to_path_buf()], |article, statements| {
                    out.push((article.id.clone(), serde_json::to_string(&statements).unwrap()));
                    Ok(())
                })
                .unwrap();
            (out, report.warnings)
        };
        let one = run_with(1);
        prop_assert_eq!(&run_with(2), &one);
        prop_assert_eq!(&run_with(4), &one);
    }
}
