//! The streaming, parallel pipeline: the same output for any number of threads, input
//! order kept, early stops without deadlock, progress and summary on stderr.

use crate::util::{run, run_ok, seeds, shared, standpunkt, TempDir};
use standpunkt::ingest::{content_hash, Issue};
use standpunkt::{Extractor, Pipeline};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::Stdio;

/// The first `n` records of the shared 10kGNAD test split, as a JSON Lines file in `dir`.
fn gnad_sample(dir: &TempDir, n: usize) -> PathBuf {
    let text = std::fs::read_to_string(shared().join("corpus/gnad-test.jsonl")).unwrap();
    let sample: String = text.lines().take(n).map(|l| format!("{l}\n")).collect();
    let path = dir.join("gnad-sample.jsonl");
    std::fs::write(&path, sample).unwrap();
    path
}

/// `n` JSON Lines records made of the seed articles' texts, each with its own id and
/// first sentence, as `sample.jsonl` in `dir` (for tests that need many articles but
/// not ../shared).
fn seed_sample(dir: &TempDir, n: usize) -> PathBuf {
    let mut texts: Vec<String> = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    texts.sort();
    let sample: String = (0..n)
        .map(|i| {
            let text = format!("Meldung {i}.\n{}", texts[i % texts.len()]);
            format!(
                "{}\n",
                serde_json::json!({"id": format!("s{i}"), "text": text})
            )
        })
        .collect();
    let path = dir.join("sample.jsonl");
    std::fs::write(&path, sample).unwrap();
    path
}

#[test]
#[ignore = "needs ../shared (corpora); run with --include-ignored (CI does)"]
fn extract_output_is_byte_identical_for_any_thread_count() {
    let dir = TempDir::new("threads");
    let sample = gnad_sample(&dir, 120);
    let args = |threads: &'static str| {
        vec![
            "extract".to_string(),
            "--threads".into(),
            threads.into(),
            sample.to_str().unwrap().into(),
            seeds().to_str().unwrap().into(),
        ]
    };
    let outputs: Vec<String> = ["1", "2", "3", "8"]
        .iter()
        .map(|t| {
            let args = args(t);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            run_ok(&args)
        })
        .collect();
    assert!(outputs[0].lines().count() > 100);
    for other in &outputs[1..] {
        assert!(other == &outputs[0], "output depends on --threads");
    }
}

#[test]
#[ignore = "needs ../shared (corpora); run with --include-ignored (CI does)"]
fn build_output_is_byte_identical_for_any_thread_count() {
    let dir = TempDir::new("build-threads");
    let sample = gnad_sample(&dir, 60);
    let mut files = Vec::new();
    for threads in ["1", "2"] {
        let stem = dir.join(&format!("g{threads}"));
        run_ok(&[
            "build",
            "--quiet",
            "--threads",
            threads,
            sample.to_str().unwrap(),
            seeds().to_str().unwrap(),
            "--out",
            stem.to_str().unwrap(),
        ]);
        files.push((
            std::fs::read(stem.with_extension("json")).unwrap(),
            std::fs::read(stem.with_extension("dot")).unwrap(),
        ));
    }
    assert!(files[0] == files[1], "build output depends on --threads");
}

#[test]
fn articles_arrive_in_input_order_with_origin_and_hash() {
    let dir = TempDir::new("order");
    let sample = seed_sample(&dir, 100);
    let mut seen = Vec::new();
    let report = Pipeline::new(Extractor::builtin())
        .threads(2)
        .run_each(&[seeds(), sample.clone()], |done| {
            assert_eq!(done.hash, content_hash(&done.article));
            seen.push((done.article.id.clone(), done.origin.clone()));
            Ok(())
        })
        .unwrap();
    assert_eq!(report.files, 6);
    assert_eq!(report.articles, 105);
    assert_eq!(seen.len(), 105);
    assert!(
        seen[0].1.ends_with("000_dc0d09b4cc2bf6e8.txt"),
        "{:?}",
        seen[0]
    );
    for (i, (_, origin)) in seen[5..].iter().enumerate() {
        assert!(
            origin.ends_with(&format!("sample.jsonl:{}", i + 1)),
            "{origin}"
        );
    }
}

/// A long article's statements come in parts, block by block, in order and between the
/// articles before and after it; together they are the article's statements, and the
/// CLI writes the same lines as with whole articles, the article line once.
#[test]
fn a_long_article_is_handed_on_in_parts_in_input_order() {
    let dir = TempDir::new("parts");
    let mut seed: Vec<PathBuf> = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    seed.sort();
    let text = std::fs::read_to_string(&seed[1]).unwrap();
    // Long words without a period: cheap to analyse, cut into sentences of 2,000 bytes,
    // so that each copy of the seed text stands in a block of its own (1 MiB each).
    let filler = format!("{} ", "a".repeat(99)).repeat(12_000);
    std::fs::write(dir.join("a.txt"), &text).unwrap();
    std::fs::write(
        dir.join("b.txt"),
        format!("{text}\n{filler}\n{text}\n{filler}\n{text}"),
    )
    .unwrap();
    std::fs::write(dir.join("c.txt"), &text).unwrap();
    let paths = [dir.path().to_path_buf()];
    let pipeline = Pipeline::new(Extractor::builtin()).threads(2);
    let mut whole = Vec::new();
    pipeline
        .run_each(&paths, |done| {
            assert!(done.complete);
            whole.push((done.article.id.clone(), done.statements));
            Ok(())
        })
        .unwrap();
    let mut parts = Vec::new();
    let report = pipeline
        .run_parts(&paths, |done| {
            parts.push((done.article.id.clone(), done.complete, done.statements));
            Ok(())
        })
        .unwrap();
    assert_eq!(report.articles, 3);
    let ids: Vec<(&str, bool)> = parts.iter().map(|(id, c, _)| (id.as_str(), *c)).collect();
    assert_eq!(
        ids,
        [
            ("a", true),
            ("b", false),
            ("b", false),
            ("b", true),
            ("c", true)
        ]
    );
    for (id, statements) in &whole {
        let joined: Vec<_> = parts
            .iter()
            .filter(|(i, _, _)| i == id)
            .flat_map(|(_, _, s)| s.iter().cloned())
            .collect();
        assert!(!joined.is_empty());
        assert_eq!(&joined, statements, "{id}");
    }
    assert_eq!(
        report.statements,
        whole.iter().map(|(_, s)| s.len()).sum::<usize>()
    );
    let out = run_ok(&["extract", "--with-articles", dir.path().to_str().unwrap()]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.contains("\"article_read\""))
            .count(),
        3
    );
    assert_eq!(lines.len(), 3 + report.statements);
}

#[test]
fn a_failing_sink_stops_the_run_without_deadlock() {
    let dir = TempDir::new("sinkfail");
    let sample = seed_sample(&dir, 400);
    let mut delivered = 0;
    let err = Pipeline::new(Extractor::builtin())
        .threads(2)
        .run(&[sample], |_, _| {
            delivered += 1;
            if delivered == 3 {
                return Err(standpunkt::Error::Sink("sink is full".into()));
            }
            Ok(())
        })
        .unwrap_err();
    assert_eq!(err.to_string(), "sink is full");
    assert_eq!(delivered, 3);
}

#[test]
fn a_malformed_record_fails_after_the_articles_before_it() {
    let dir = TempDir::new("failorder");
    let path = dir.join("c.jsonl");
    let mut text: String = std::fs::read_to_string(seed_sample(&dir, 70)).unwrap();
    text.push_str("{\"id\": \"broken\"\n");
    std::fs::write(&path, text).unwrap();
    let mut delivered = 0;
    let err = Pipeline::new(Extractor::builtin())
        .threads(2)
        .run(&[path], |_, _| {
            delivered += 1;
            Ok(())
        })
        .unwrap_err();
    assert!(err.to_string().contains("c.jsonl:71:"), "{err}");
    assert_eq!(
        delivered, 70,
        "every article before the bad record is delivered"
    );
}

#[test]
fn the_report_counts_and_summarises_what_was_skipped() {
    let dir = TempDir::new("summary");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("bin.txt"), b"\0").unwrap();
    let report = Pipeline::new(Extractor::builtin())
        .run(&[dir.path().to_path_buf(), seeds()], |_, _| Ok(()))
        .unwrap();
    assert_eq!(report.articles, 5);
    assert_eq!(report.count(Issue::EmptyFile), 1);
    assert_eq!(report.count(Issue::BinaryFile), 1);
    assert_eq!(
        report.skipped_summary(),
        "1 binary file skipped, 1 empty file skipped"
    );
}

#[test]
fn no_progress_bar_when_piped_and_nothing_with_quiet() {
    let out = run(&[
        "build",
        "--quiet",
        seeds().to_str().unwrap(),
        "--out",
        "/dev/null/x",
    ]);
    // --quiet keeps errors.
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/dev/null"));

    let out = run(&["extract", "--quiet", seeds().to_str().unwrap()]);
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let out = run(&["extract", seeds().to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains('\r') && !err.contains('\u{1b}'),
        "no bar: {err:?}"
    );
    let summary = err.trim_end();
    assert!(
        summary.starts_with("standpunkt: 5 files, 5 articles (24.3 kB), ")
            && summary.ends_with(" statements"),
        "one summary line: {summary:?}"
    );
}

#[test]
fn zero_threads_is_a_usage_error() {
    let out = run(&["extract", "--threads", "0", seeds().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let out = run(&[
        "extract",
        "--max-article-mb",
        "0",
        seeds().to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("--max-article-mb 0: must be a positive number"));
}

#[test]
fn a_closed_pipe_ends_extract_quietly() {
    let dir = TempDir::new("pipe");
    let sample = seed_sample(&dir, 300);
    let mut child = standpunkt()
        .args(["extract", sample.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.starts_with('{'));
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}
