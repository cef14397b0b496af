//! The command line: help, errors with file and line, exit codes.

use crate::util::{data, run, run_ok, TempDir};

#[test]
fn every_command_has_help() {
    for cmd in [
        vec!["--help"],
        vec!["extract", "--help"],
        vec!["build", "--help"],
        vec!["eval", "--help"],
        vec!["lexicon", "--help"],
        vec!["query", "--help"],
        vec!["network", "--help"],
    ] {
        let out = run_ok(&cmd);
        assert!(out.contains("Usage"), "{cmd:?}: {out}");
    }
}

#[test]
fn missing_path_is_a_failure_naming_it() {
    let out = run(&["extract", "no/such/dir"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no/such/dir: no such file or directory"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "one line: {err}");
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(run(&["extract"]).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn malformed_json_lines_name_file_and_line() {
    let dir = TempDir::new("badjsonl");
    let path = dir.join("bad.jsonl");
    std::fs::write(
        &path,
        "{\"id\":\"a\",\"text\":\"Merz sagte, er lehne das ab.\"}\n{\"id\":\"b\",\"text\":\n",
    )
    .unwrap();
    let out = run(&["extract", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.jsonl:2:"), "{err}");
    assert!(!err.contains("panicked"), "{err}");

    let out = run(&["extract", "--keep-going", path.to_str().unwrap()]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.jsonl:2:"));
}

#[test]
fn json_lines_input_gives_spec_statements() {
    let out = run_ok(&["extract", data("articles.jsonl").to_str().unwrap()]);
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(!rows.is_empty());
    for row in &rows {
        for field in [
            "article",
            "actor",
            "country",
            "predicate",
            "negated",
            "object",
            "cue",
            "evidence",
        ] {
            assert!(row.get(field).is_some(), "missing {field}: {row}");
        }
    }
    assert!(rows
        .iter()
        .any(|r| r["article"] == "j1" && r["predicate"] == "reject"));
}
