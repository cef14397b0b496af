//! The Spark job of `examples/spark/` run for real in `local[2]` over the shared corpora
//! (10kGNAD test split and SpkAtt train): its graph and statements equal those of
//! `standpunkt build` and `standpunkt extract` over the same JSON Lines.

use crate::util::{require, root, run_ok, shared, TempDir};
use std::path::Path;
use std::process::Command;

/// The corpora as the job's input: gnad-test as it is, SpkAtt's text files made JSON
/// Lines by the example's converter.
fn input(dir: &TempDir) -> std::path::PathBuf {
    let input = dir.join("input");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::copy(
        shared().join("corpus/gnad-test.jsonl"),
        input.join("gnad-test.jsonl"),
    )
    .unwrap();
    let converted = Command::new("python3")
        .arg(root().join("examples/spark/txt_to_jsonl.py"))
        .arg(shared().join("corpus/spkatt-train"))
        .output()
        .expect("python3 runs");
    assert!(
        converted.status.success(),
        "{}",
        String::from_utf8_lossy(&converted.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&converted.stdout).lines().count(),
        std::fs::read_dir(shared().join("corpus/spkatt-train"))
            .unwrap()
            .filter(|e| e
                .as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "txt"))
            .count()
    );
    std::fs::write(input.join("spkatt-train.jsonl"), converted.stdout).unwrap();
    input
}

fn sorted_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    lines.sort_unstable();
    lines
}

fn part_files(dir: &Path) -> String {
    let mut parts: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("part-")
        })
        .collect();
    parts.sort();
    parts
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

#[test]
#[ignore = "needs pyspark (pip), Java 17 and ../shared; run with --include-ignored (CI does)"]
fn spark_job_in_local_mode_gives_the_graph_of_build() {
    require(
        "spark-submit",
        "pip install pyspark, and a Java runtime (openjdk-17-jre-headless)",
    );
    require("java", "apt-get install openjdk-17-jre-headless");
    let dir = TempDir::new("spark");
    let input = input(&dir);
    let output = dir.join("output");
    let binary = env!("CARGO_BIN_EXE_standpunkt");
    let spark = Command::new("spark-submit")
        .args(["--master", "local[2]", "--conf", "spark.ui.enabled=false"])
        // The binary goes to the executors as a cluster would ship it.
        .args(["--files", binary])
        .arg(root().join("examples/spark/extract_graph.py"))
        .arg(&input)
        .arg(&output)
        .args(["--partitions", "4", "--formats", "json,graphml,turtle"])
        .output()
        .expect("spark-submit runs");
    assert!(
        spark.status.success(),
        "spark-submit failed:\n{}",
        String::from_utf8_lossy(&spark.stderr)
    );
    let stem = dir.join("build");
    let stem = stem.to_str().unwrap();
    run_ok(&[
        "build",
        "-q",
        input.to_str().unwrap(),
        "--out",
        stem,
        "--format",
        "json,graphml,turtle",
    ]);
    for (mine, theirs) in [("json", "json"), ("graphml", "graphml"), ("ttl", "ttl")] {
        let built = std::fs::read(format!("{stem}.{mine}")).unwrap();
        let sparked = std::fs::read(output.join(format!("graph.{theirs}"))).unwrap();
        assert!(
            built == sparked,
            "graph.{theirs} of the Spark job differs from build's"
        );
    }
    // The statements: the same as one `extract` (in partition order, which is input order
    // for one file; compared as sets over two files).
    let extracted = run_ok(&["extract", "-q", input.to_str().unwrap()]);
    let spark_statements = part_files(&output.join("statements/jsonl"));
    assert!(!spark_statements.is_empty());
    assert_eq!(sorted_lines(&spark_statements), sorted_lines(&extracted));
    let parquet = std::fs::read_dir(output.join("statements/parquet"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "parquet")
        })
        .count();
    assert!(parquet > 0, "no Parquet files written");
    // Every article read is named once, as in the graph.
    let lines = part_files(&output.join("articles"));
    let mut read: Vec<String> = lines
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["article_read"]["id"].as_str().unwrap().to_string()
        })
        .collect();
    read.sort();
    let graph: serde_json::Value =
        serde_json::from_slice(&std::fs::read(format!("{stem}.json")).unwrap()).unwrap();
    let known: Vec<String> = graph["graph"]["articles"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    assert_eq!(read, known);
    assert!(known.len() > 1600, "{} articles", known.len());
}
