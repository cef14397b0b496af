//! `standpunkt query` and the query API: filters on the hand-made fixture graph, the
//! output formats, and the seeds questions of issue 5.

use crate::util::{data, root, run, run_ok, seeds};
use standpunkt::export::json::read_graph;
use standpunkt::query::{GroupBy, PartialDate, Polarity};
use standpunkt::{KnowledgeGraph, Lexicon, Predicate};

fn fixture() -> KnowledgeGraph {
    read_graph(&data("network_fixture.json")).expect("fixture reads")
}

fn fixture_path() -> String {
    data("network_fixture.json").to_str().unwrap().to_string()
}

fn seeds_graph() -> String {
    root()
        .join("graphs/seeds.json")
        .to_str()
        .unwrap()
        .to_string()
}

/// (actor, predicate label, article) of each row.
fn rows(query: standpunkt::query::StatementQuery<'_>) -> Vec<(String, String, String)> {
    query
        .run()
        .iter()
        .map(|s| {
            (
                s.actor().label.clone(),
                s.predicate_label(),
                s.article().to_string(),
            )
        })
        .collect()
}

fn triples(want: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    want.iter()
        .map(|&(a, p, r)| (a.to_string(), p.to_string(), r.to_string()))
        .collect()
}

#[test]
fn filters_combine_and_repeat() {
    let graph = fixture();
    let lexicon = Lexicon::builtin();
    assert_eq!(graph.query().count(), 19);
    // Any case, no accents, a surname is enough.
    assert_eq!(
        rows(
            graph
                .query()
                .by_actor("DELTA")
                .with_predicate(Predicate::Reject)
        ),
        triples(&[
            ("Dmitri Délta", "reject", "art2"),
            ("Dmitri Délta", "reject", "art3")
        ])
    );
    // Repeated values of one filter: any of them.
    assert_eq!(graph.query().by_actor("alpha").by_actor("beta").count(), 10);
    assert_eq!(
        graph
            .query()
            .with_predicate(Predicate::Reject)
            .with_predicate(Predicate::Doubt)
            .count(),
        5
    );
    assert_eq!(graph.query().by_country("deu").count(), 10);
    assert_eq!(
        graph
            .query()
            .lexicon(&lexicon)
            .by_country("Frankreich")
            .count(),
        3
    );
    // Negation flips polarity: Gamma's `not commit` is against the ceasefire.
    assert_eq!(
        rows(graph.query().negated(true)),
        triples(&[("Carla Gamma", "not commit", "art3")])
    );
    assert_eq!(
        rows(
            graph
                .query()
                .about("ceasefire")
                .with_polarity(Polarity::Negative)
        ),
        triples(&[
            ("Anna Alpha", "reject", "art1"),
            ("Carla Gamma", "not commit", "art3")
        ])
    );
    assert_eq!(graph.query().with_polarity(Polarity::Neutral).count(), 2);
    assert_eq!(graph.query().in_article("art4").count(), 2);
    assert_eq!(graph.query().containing("INAKZEPTABEL").count(), 1);
    assert_eq!(graph.query().containing("delta lobt").count(), 1);
}

#[test]
fn topics_by_id_or_word() {
    let graph = fixture();
    let lexicon = Lexicon::builtin();
    assert_eq!(graph.query().about("troops").count(), 10);
    // A word: the lexicon's topic terms (Soldaten → troops), the graph's topic labels,
    // and object labels.
    assert_eq!(
        graph.query().lexicon(&lexicon).about("Soldaten").count(),
        10
    );
    assert_eq!(graph.query().about("waffenstillstand").count(), 3);
    assert_eq!(graph.query().about("Eskalation").count(), 1);
    assert_eq!(graph.query().about("nothing-like-this").count(), 0);
}

#[test]
fn date_ranges_keep_partial_dates_that_overlap() {
    let graph = fixture();
    let d = |s| PartialDate::parse(s).unwrap();
    // art3 is dated 2025-03: it overlaps "since 2025-02-15"; undated art4 never passes.
    assert_eq!(graph.query().since(d("2025-02-15")).count(), 8);
    assert_eq!(graph.query().until(d("2025-02")).count(), 9);
    assert_eq!(
        graph
            .query()
            .since(d("2025-03-31"))
            .until(d("2025-03-31"))
            .count(),
        8
    );
    assert_eq!(graph.query().since(d("2025-04")).count(), 0);
}

#[test]
fn results_are_sorted_and_grouped_most_first() {
    let graph = fixture();
    let all = graph.query().run();
    let dates: Vec<Option<&str>> = all.iter().map(|s| s.date()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by_key(|d| (d.is_none(), *d));
    assert_eq!(dates, sorted, "by date, undated last");
    let groups = graph.query().group_by(GroupBy::Actor);
    let counts: Vec<(&str, usize, usize, usize, usize)> = groups
        .iter()
        .map(|g| (g.label.as_str(), g.count, g.positive, g.neutral, g.negative))
        .collect();
    assert_eq!(
        counts,
        [
            ("Anna Alpha (DEU)", 6, 3, 1, 2),
            ("Dmitri Délta (RUS)", 5, 1, 0, 4),
            ("Bernd Beta (DEU)", 4, 3, 1, 0),
            ("Carla Gamma (FRA)", 3, 1, 0, 2),
            ("Erika Epsilon", 1, 1, 0, 0),
        ]
    );
    let by_topic: Vec<(String, usize)> = graph
        .query()
        .group_by(GroupBy::Topic)
        .into_iter()
        .map(|g| (g.key, g.count))
        .collect();
    assert_eq!(
        by_topic,
        [
            ("troops".to_string(), 10),
            ("security_guarantees".to_string(), 4),
            ("ceasefire".to_string(), 3),
            ("-".to_string(), 2),
        ]
    );
    let by_predicate = graph.query().group_by(GroupBy::Predicate);
    assert!(by_predicate
        .iter()
        .any(|g| g.key == "not commit" && g.count == 1));
    let by_country = graph.query().group_by(GroupBy::Country);
    assert_eq!(by_country[0].label, "Deutschland");
    assert_eq!(by_country.last().unwrap().key, "-");
}

#[test]
fn table_fits_100_columns_and_full_text_goes_to_jsonl_and_csv() {
    let path = fixture_path();
    let table = run_ok(&["query", &path]);
    assert!(table.starts_with("DATE        ACTOR"), "{table}");
    for line in table.lines() {
        assert!(line.chars().count() <= 100, "too wide: {line}");
    }
    assert!(table.ends_with("19 statements\n"), "{table}");
    // A quotation shows as the quote.
    assert!(table.contains("„Truppen sind inakzeptabel“"), "{table}");

    let jsonl = run_ok(&["query", &path, "--actor", "gamma", "--format", "jsonl"]);
    let rows: Vec<standpunkt::Statement> = jsonl
        .lines()
        .map(|l| serde_json::from_str(l).expect("a statement per line"))
        .collect();
    assert_eq!(rows.len(), 3);
    assert!(rows
        .iter()
        .all(|s| s.actor.name == "Carla Gamma" && s.country.as_deref() == Some("FRA")));

    let csv = run_ok(&["query", &path, "--text", "Alpha", "--format", "csv"]);
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("article,date,actor,"));
    assert_eq!(lines.clone().count(), 7);
    assert!(
        csv.contains("\"Über Sicherheitsgarantien sagte Alpha, man werde sehen.\""),
        "{csv}"
    );

    let groups = run_ok(&["query", &path, "--group-by", "country", "--format", "csv"]);
    assert_eq!(
        groups,
        "country,label,count,positive,neutral,negative\n\
         DEU,Deutschland,10,6,2,2\nRUS,Russland,5,1,0,4\nFRA,Frankreich,3,1,0,2\n-,(unknown),1,1,0,0\n"
    );
    let limited = run_ok(&["query", &path, "--limit", "2", "--format", "jsonl"]);
    assert_eq!(limited.lines().count(), 2);
}

#[test]
fn bad_query_input_fails_clearly() {
    let out = run(&["query", "no/such/graph.json"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no/such/graph.json"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    let dir = crate::util::TempDir::new("badgraph");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\n  \"directed\": true,\n  \"nodes\": [\n").unwrap();
    let out = run(&["query", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.json:4:"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    for args in [
        ["--predicate", "shout"],
        ["--since", "2025-13"],
        ["--polarity", "x"],
        ["--group-by", "mood"],
    ] {
        let out = run(&["query", &fixture_path(), args[0], args[1]]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    let out = run(&["query", &fixture_path(), "--polarity", "-"]);
    assert!(out.status.success());
    let out = run(&["query", &fixture_path(), "--actor", "Nobody"]);
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("no actor in the graph is called `Nobody`")
    );
    let out = run(&["query", &fixture_path(), seeds().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn seeds_who_rejects_troops() {
    let out = run_ok(&[
        "query",
        &seeds_graph(),
        "--predicate",
        "reject",
        "--topic",
        "troops",
        "--format",
        "jsonl",
    ]);
    let rows: Vec<standpunkt::Statement> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for s in &rows {
        assert_eq!(s.predicate, Predicate::Reject);
        assert_eq!(s.object.id.as_deref(), Some("troops"));
    }
    let sacharowa = rows
        .iter()
        .find(|s| s.actor.name == "Maria Sacharowa" && !s.negated)
        .expect("Maria Sacharowa rejects troops");
    assert_eq!(sacharowa.country.as_deref(), Some("RUS"));
    assert!(sacharowa
        .evidence
        .sentence
        .contains("ausländische Intervention"));
    let russland: Vec<_> = rows.iter().filter(|s| s.actor.name == "Russland").collect();
    assert!(!russland.is_empty(), "Russland rejects troops");
    assert!(russland.iter().all(|s| s.country.as_deref() == Some("RUS")));
    assert!(russland
        .iter()
        .any(|s| s.evidence.sentence.contains("Soldaten")));

    // The table shows both, with their evidence.
    let table = run_ok(&[
        "query",
        &seeds_graph(),
        "--predicate",
        "reject",
        "--topic",
        "troops",
    ]);
    assert!(
        table.contains("Maria Sacharowa       RUS   reject"),
        "{table}"
    );
    assert!(
        table.contains("Russland              RUS   reject"),
        "{table}"
    );
    assert!(
        table.contains("lehnt den Einsatz westlicher Soldaten"),
        "{table}"
    );
}

#[test]
fn seeds_what_macron_said() {
    let out = run_ok(&[
        "query",
        &seeds_graph(),
        "--actor",
        "macron",
        "--format",
        "jsonl",
    ]);
    let rows: Vec<standpunkt::Statement> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(rows.len() >= 5, "{out}");
    assert!(rows.iter().all(|s| s.actor.name == "Emmanuel Macron"));
    assert!(
        rows.iter().any(|s| s.predicate == Predicate::Commit
            && s.object.id.as_deref() == Some("troops")
            && s.evidence
                .sentence
                .contains("26 Länder seien bereit, Truppen")),
        "the 26 countries ready to send troops: {out}"
    );
    let articles: std::collections::BTreeSet<&str> =
        rows.iter().map(|s| s.article.as_str()).collect();
    assert!(articles.len() >= 3, "where he said it: {articles:?}");
    // Articles extracted on the fly give what a graph built from them gives; an alias
    // finds him too.
    let dir = crate::util::TempDir::new("macron");
    let stem = dir.join("seeds");
    run_ok(&[
        "build",
        seeds().to_str().unwrap(),
        "--out",
        stem.to_str().unwrap(),
    ]);
    let built = run_ok(&[
        "query",
        stem.with_extension("json").to_str().unwrap(),
        "--actor",
        "macron",
        "--format",
        "jsonl",
    ]);
    let live = run_ok(&[
        "query",
        seeds().to_str().unwrap(),
        "--actor",
        "Emmanuel Jean-Michel Frédéric Macron",
        "--format",
        "jsonl",
    ]);
    assert_eq!(live, built);
}
