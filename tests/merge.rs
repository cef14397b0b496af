//! Merging graphs: any partition of the articles, built part by part, written and read
//! back, merged in any grouping and order, gives the graph built over all of them at
//! once, byte for byte; statement JSON Lines give the same graph as the articles.

use crate::util::{run_ok, seeds, standpunkt, TempDir};
use proptest::prelude::*;
use standpunkt::export::{self, json, ExportOptions, Format};
use standpunkt::extract::{Actor, Evidence, Object};
use standpunkt::{Article, KnowledgeGraph, Lexicon, Predicate, Statement};
use std::path::Path;

/// A small world where statements collide often: the same actor with other countries,
/// kinds and QIDs, actors as objects and speakers, objects whose labels fold alike.
fn statement_strategy() -> impl Strategy<Value = (usize, Statement)> {
    let names = prop::sample::select(vec!["Macron", "Scholz", "Polizei", "Q1"]);
    let kinds = prop::sample::select(vec!["person", "organization", "state", "anonymous"]);
    let qids = prop::option::of(prop::sample::select(vec!["Q1", "Q2"]));
    let countries = prop::option::of(prop::sample::select(vec!["DEU", "FRA", "EU", "XYZ"]));
    let objects = (
        prop::sample::select(vec!["topic", "actor", "claim"]),
        prop::sample::select(vec!["Truppen", "truppen", "Macron", "die Wahl"]),
        prop::option::of(prop::sample::select(vec![
            "troops",
            "Q1",
            "Macron",
            "sanctions",
        ])),
    );
    let evidence = (
        prop::sample::select(vec!["sagte", "lehnte ab"]),
        prop::sample::select(vec!["Satz eins.", "Satz zwei."]),
        prop::option::of(Just("Zitat")),
        0usize..3,
    );
    (
        0usize..6,
        (names, kinds, qids, countries),
        prop::sample::select(Predicate::ALL.to_vec()),
        any::<bool>(),
        objects,
        evidence,
    )
        .prop_map(
            |(article, (name, kind, qid, country), predicate, negated, object, ev)| {
                let (cue, sentence, quote, start) = ev;
                let statement = Statement {
                    article: format!("a{article}"),
                    date: article_date(article),
                    actor: Actor {
                        name: name.into(),
                        kind: kind.into(),
                        qid: qid.map(str::to_string),
                        role: None,
                    },
                    country: country.map(str::to_string),
                    predicate,
                    negated,
                    object: Object {
                        kind: object.0.into(),
                        label: object.1.into(),
                        id: object.2.map(str::to_string),
                        text: None,
                        span: None,
                    },
                    cue: cue.into(),
                    evidence: Evidence {
                        sentence: sentence.into(),
                        quote: quote.map(Into::into),
                        mode: "direct".into(),
                        span: [start * 10, start * 10 + 9],
                    },
                };
                (article, statement)
            },
        )
}

/// Article `n`'s date: some articles have none.
fn article_date(n: usize) -> Option<String> {
    (!n.is_multiple_of(3)).then(|| format!("2025-0{}-1{n}", 1 + n % 9))
}

/// The graph of `articles` (0..6, each read once, in this order) with `statements`, as
/// `standpunkt build` makes it.
fn build(
    articles: &[usize],
    statements: &[(usize, Statement)],
    lexicon: &Lexicon,
) -> KnowledgeGraph {
    let mut graph = KnowledgeGraph::new();
    for &n in articles {
        let mut article = Article::new(format!("a{n}"), format!("Text {n}"));
        article.date = article_date(n);
        let mine: Vec<Statement> = statements
            .iter()
            .filter(|(a, _)| *a == n)
            .map(|(_, s)| s.clone())
            .collect();
        graph.add_read_article(&article, &format!("hash{n}"), &mine, lexicon);
    }
    graph
}

/// Every export of a graph, as text, for comparison.
fn exports(graph: KnowledgeGraph, dir: &Path) -> Vec<(Format, Vec<u8>)> {
    let graph = graph.into_canonical();
    Format::ALL
        .iter()
        .map(|&format| {
            let path = format.build_path(&dir.join("g"));
            let files = export::export(&graph, format, &path, &ExportOptions::default()).unwrap();
            let bytes = files
                .iter()
                .flat_map(|f| std::fs::read(f).unwrap())
                .collect();
            (format, bytes)
        })
        .collect()
}

/// Through the file format, as `standpunkt merge` reads its inputs.
fn round_trip(graph: &KnowledgeGraph) -> KnowledgeGraph {
    json::from_json(Path::new("part.json"), &json::to_json(graph)).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merge_of_any_partition_in_any_grouping_equals_the_whole(
        statements in prop::collection::vec(statement_strategy(), 0..40),
        parts in prop::collection::vec((0usize..4, prop::option::of(0usize..4)), 6),
        order_seed in any::<u64>(),
        picks in prop::collection::vec(any::<prop::sample::Index>(), 8),
    ) {
        let lexicon = Lexicon::builtin();
        let all: Vec<usize> = (0..6).collect();
        let whole = build(&all, &statements, &lexicon);
        // Each article goes to one part, some to a second one too (read twice).
        let mut graphs: Vec<KnowledgeGraph> = (0..4)
            .map(|p| {
                let mut mine: Vec<usize> = all
                    .iter()
                    .copied()
                    .filter(|&n| parts[n].0 == p || parts[n].1 == Some(p))
                    .collect();
                // Another order of articles and statements within the part.
                mine.sort_by_key(|&n| (n as u64).wrapping_mul(order_seed | 1).rotate_left(17));
                let mut shuffled = statements.clone();
                shuffled.sort_by_key(|(a, s)| (*a as u64 ^ order_seed, s.evidence.span[0], s.cue.clone()));
                round_trip(&build(&mine, &shuffled, &lexicon))
            })
            .collect();
        // Merge two graphs picked at random until one is left: every grouping and order.
        let mut pick = picks.iter().cycle();
        while graphs.len() > 1 {
            let a = graphs.swap_remove(pick.next().unwrap().index(graphs.len()));
            let mut b = graphs.swap_remove(pick.next().unwrap().index(graphs.len()));
            b.merge(a).unwrap();
            graphs.push(round_trip(&b.into_canonical()));
        }
        let merged = graphs.pop().unwrap();
        let dir = TempDir::new("merge-prop");
        let expected = exports(whole, dir.path());
        let got = exports(merged, dir.path());
        for ((format, want), (_, have)) in expected.iter().zip(&got) {
            prop_assert!(want == have, "{format} differs");
        }
    }
}

#[test]
fn articles_of_one_id_with_other_texts_do_not_merge() {
    let lexicon = Lexicon::builtin();
    let article = Article::new("x", "Text");
    let mut a = KnowledgeGraph::new();
    a.add_read_article(&article, "h1", &[], &lexicon);
    let mut b = KnowledgeGraph::new();
    b.add_read_article(&article, "h2", &[], &lexicon);
    let err = a.merge(b).unwrap_err().to_string();
    assert!(err.contains("article `x`"), "{err}");
}

#[test]
fn merge_and_statement_lines_give_the_graph_of_build() {
    let dir = TempDir::new("merge-cli");
    let seeds = seeds();
    let stem = |name: &str| dir.join(name).to_str().unwrap().to_string();
    let all = stem("all");
    run_ok(&[
        "build",
        "-q",
        seeds.to_str().unwrap(),
        "--out",
        &all,
        "--format",
        "json,graphml",
    ]);
    let whole = std::fs::read(format!("{all}.json")).unwrap();
    let mut files: Vec<_> = std::fs::read_dir(&seeds)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(files.len() >= 3);
    let mut parts = Vec::new();
    for (i, file) in files.iter().enumerate() {
        let part = stem(&format!("part{i}"));
        run_ok(&[
            "build",
            "-q",
            file.to_str().unwrap(),
            "--out",
            &part,
            "--format",
            "json",
        ]);
        parts.push(format!("{part}.json"));
    }
    // Backwards, and as a tree: ((last, first), rest…).
    let mut reversed: Vec<&str> = parts.iter().map(String::as_str).rev().collect();
    let merged = stem("merged");
    let mut args = vec!["merge", "-q", "--out", &merged, "--format", "json,graphml"];
    args.append(&mut reversed);
    run_ok(&args);
    assert!(
        std::fs::read(format!("{merged}.json")).unwrap() == whole,
        "merge ≠ build"
    );
    assert_eq!(
        std::fs::read_to_string(format!("{merged}.graphml")).unwrap(),
        std::fs::read_to_string(format!("{all}.graphml")).unwrap()
    );
    let pair = stem("pair");
    run_ok(&[
        "merge",
        "-q",
        "--out",
        &pair,
        &parts[parts.len() - 1],
        &parts[0],
    ]);
    let tree = stem("tree");
    let mut args = vec!["merge", "-q", "--out", &tree];
    let pair_json = format!("{pair}.json");
    args.extend(parts[1..parts.len() - 1].iter().map(String::as_str));
    args.push(&pair_json);
    run_ok(&args);
    assert!(
        std::fs::read(format!("{tree}.json")).unwrap() == whole,
        "tree merge ≠ build"
    );

    // extract --with-articles on stdin → build --statements: the same graph.
    let jsonl = dir.join("seeds.jsonl");
    let records: String = files
        .iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            let id = f.file_stem().unwrap().to_str().unwrap();
            serde_json::json!({"id": id, "text": text}).to_string() + "\n"
        })
        .collect();
    std::fs::write(&jsonl, records).unwrap();
    let from_jsonl = stem("from-jsonl");
    run_ok(&[
        "build",
        "-q",
        jsonl.to_str().unwrap(),
        "--out",
        &from_jsonl,
        "--format",
        "json",
    ]);
    let output = standpunkt()
        .args(["extract", "-q", "--with-articles", "-"])
        .stdin(std::fs::File::open(&jsonl).unwrap())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let statements = dir.join("statements.jsonl");
    std::fs::write(&statements, &output.stdout).unwrap();
    let lines = String::from_utf8(output.stdout).unwrap();
    assert!(lines
        .lines()
        .next()
        .unwrap()
        .starts_with("{\"article_read\":"));
    let from_statements = stem("from-statements");
    run_ok(&[
        "build",
        "-q",
        "--statements",
        statements.to_str().unwrap(),
        "--out",
        &from_statements,
        "--format",
        "json",
    ]);
    assert!(
        std::fs::read(format!("{from_statements}.json")).unwrap()
            == std::fs::read(format!("{from_jsonl}.json")).unwrap(),
        "build --statements ≠ build"
    );
}

#[test]
fn a_bad_statement_line_names_file_and_line() {
    let dir = TempDir::new("merge-bad");
    let bad = dir.join("s.jsonl");
    std::fs::write(&bad, "\n{\"id\": 1}\n").unwrap();
    let output = standpunkt()
        .args(["build", "--statements", bad.to_str().unwrap(), "--out"])
        .arg(dir.join("g"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("s.jsonl:2:"), "{stderr}");
    assert!(!dir.join("g.json").exists());
}
