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
    // The place once (file:line:column, not again as serde's `at line 1 column 25`),
    // and the way out.
    assert!(!err.contains(" at line "), "{err}");
    assert!(err.contains("--keep-going"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

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

#[test]
fn errors_give_the_cause_once_and_the_path() {
    let dir = TempDir::new("errors-once");
    let missing = dir.join("nope.json");
    let out = run(&["query", missing.to_str().unwrap(), "--actor", "x"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err,
        format!(
            "standpunkt: {}: no such file or directory\n",
            missing.display()
        )
    );

    // An I/O error other than a missing file: the system's words once, after the path.
    let folder = dir.join("folder.json");
    std::fs::create_dir(&folder).unwrap();
    for args in [
        vec!["query", folder.to_str().unwrap()],
        vec![
            "export",
            folder.to_str().unwrap(),
            "--format",
            "dot",
            "--out",
            "x.dot",
        ],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with(&format!("standpunkt: {}: ", folder.display())),
            "{err}"
        );
        assert_eq!(err.matches("os error").count(), 1, "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }

    let gold = dir.join("missing-gold.jsonl");
    let seeds = crate::util::seeds();
    let out = run(&[
        "eval",
        "--gold",
        gold.to_str().unwrap(),
        seeds.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err,
        format!(
            "standpunkt: {}: no such file or directory\n",
            gold.display()
        )
    );
}

#[test]
fn runs_that_find_no_articles_say_so_and_fail() {
    let dir = TempDir::new("no-articles");
    let empty = dir.join("empty");
    std::fs::create_dir(&empty).unwrap();
    // A folder whose only file holds no article: the warning says why.
    let blank = dir.join("blank");
    std::fs::create_dir(&blank).unwrap();
    std::fs::write(blank.join("a.txt"), "  \n").unwrap();
    let gold = dir.join("gold.jsonl");
    std::fs::write(&gold, "").unwrap();
    let stem = dir.join("out/graph");
    let net = dir.join("out/net.dot");
    for folder in [&empty, &blank] {
        let folder = folder.to_str().unwrap();
        for args in [
            vec!["build", folder, "--out", stem.to_str().unwrap()],
            vec!["eval", "--gold", gold.to_str().unwrap(), folder],
            vec!["query", folder, "--actor", "merz"],
            vec![
                "network",
                folder,
                "--mode",
                "conflict",
                "--out",
                net.to_str().unwrap(),
            ],
        ] {
            let out = run(&args);
            assert_eq!(out.status.code(), Some(1), "{args:?}");
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(
                err.contains(&format!("no articles found in {folder}")),
                "{args:?}: {err}"
            );
            assert!(out.stdout.is_empty(), "{args:?}");
            if folder.ends_with("blank") {
                assert!(err.contains("a.txt: empty file"), "{args:?}: {err}");
            }
        }
    }
    assert!(!dir.join("out").exists(), "nothing written");
}
