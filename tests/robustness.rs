//! Bad input and bad lexicons: one test per fault, asserting the message (file and line
//! or byte offset) and the outcome. Outputs, incremental builds and property tests are in
//! outputs.rs.

use crate::util::{run, run_ok, seeds, shared, TempDir};
use standpunkt::{Article, Extractor};
use std::path::Path;
use std::process::Output;

pub(crate) const MERZ: &str = "Bundeskanzler Friedrich Merz lehnte die Entsendung deutscher Truppen in die Ukraine ab. „Das ist inakzeptabel“, sagte Merz.";

pub(crate) fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub(crate) fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub(crate) fn no_panic(out: &Output) {
    let err = stderr(out);
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.contains("RUST_BACKTRACE"), "{err}");
}

/// Statements printed by `extract` as JSON values.
pub(crate) fn rows(out: &Output) -> Vec<serde_json::Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

pub(crate) fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

pub(crate) fn jsonl(records: &[serde_json::Value]) -> String {
    records.iter().map(|r| format!("{r}\n")).collect()
}

// ---------------------------------------------------------------- input faults

#[test]
fn non_utf8_text_is_decoded_as_detected_and_jsonl_lossily_with_valid_spans() {
    let dir = TempDir::new("utf8");
    let mut bytes = b"Merz sagte \xff\xfe am Montag: ".to_vec();
    bytes.extend_from_slice(MERZ.as_bytes());
    std::fs::write(dir.join("latin.txt"), &bytes).unwrap();
    // Two bad lines in one JSON Lines file: one warning.
    let mut lines = Vec::new();
    for id in ["a", "b"] {
        lines.extend_from_slice(format!("{{\"id\":\"{id}\",\"text\":\"").as_bytes());
        lines.extend_from_slice(b"\xe4 ");
        lines.extend_from_slice(MERZ.as_bytes());
        lines.extend_from_slice(b"\"}\n");
    }
    std::fs::write(dir.join("bad.jsonl"), &lines).unwrap();

    let out = run(&["extract", p(dir.path())]);
    assert!(out.status.success(), "{}", stderr(&out));
    no_panic(&out);
    let err = stderr(&out);
    // A text file that is not UTF-8 is decoded in the encoding detected (see
    // tests/inputs.rs); a JSON Lines record, which must be UTF-8, lossily.
    assert!(
        err.contains("latin.txt: not UTF-8, decoded as windows-1252"),
        "{err}"
    );
    assert!(
        err.contains("bad.jsonl:1: invalid UTF-8 at byte offset 18"),
        "{err}"
    );
    assert_eq!(err.matches("bad.jsonl:").count(), 1, "once per file: {err}");
    assert!(
        err.contains("1 file decoded lossily (invalid UTF-8)")
            && err.contains("1 file decoded from a detected encoding"),
        "{err}"
    );
    // Spans index the decoded text.
    let decoded = encoding_rs::WINDOWS_1252.decode(&bytes).0.into_owned();
    let statements = rows(&out);
    assert!(statements.iter().any(|r| r["article"] == "b"));
    for row in statements.iter().filter(|r| r["article"] == "latin") {
        let span = &row["evidence"]["span"];
        let (a, b) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &decoded[a..b],
            row["evidence"]["sentence"].as_str().unwrap()
        );
    }
}

#[test]
fn binary_files_are_skipped_with_the_offset_of_the_nul_byte() {
    let dir = TempDir::new("binary");
    std::fs::write(dir.join("a.txt"), MERZ).unwrap();
    std::fs::write(dir.join("image.txt"), b"GIF89a\x00\x01\x02binary").unwrap();
    std::fs::write(dir.join("dump.jsonl"), b"\x7fELF\x02\x01\x00\x00").unwrap();
    let out = run(&["extract", p(dir.path())]);
    assert!(out.status.success());
    no_panic(&out);
    let err = stderr(&out);
    assert!(
        err.contains("image.txt: binary file (NUL byte at byte offset 6), skipped"),
        "{err}"
    );
    assert!(
        err.contains("dump.jsonl: binary file (NUL byte at byte offset 6), skipped"),
        "{err}"
    );
    assert!(err.contains("2 binary files skipped"), "{err}");
    assert!(rows(&out).iter().all(|r| r["article"] == "a"));
    assert!(!rows(&out).is_empty());
}

#[test]
fn empty_files_give_no_article_and_a_warning() {
    let dir = TempDir::new("empty");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("blank.jsonl"), "\n  \n\n").unwrap();
    std::fs::write(dir.join("spaces.txt"), " \n\t\n").unwrap();
    let out = run(&["extract", p(dir.path())]);
    assert!(out.status.success());
    no_panic(&out);
    let err = stderr(&out);
    for name in ["empty.txt", "blank.jsonl", "spaces.txt"] {
        assert!(
            err.contains(&format!("{name}: empty file, no article")),
            "{err}"
        );
    }
    assert!(err.contains("0 articles"), "{err}");
    assert!(err.contains("3 empty files skipped"), "{err}");
    assert!(stdout(&out).is_empty());
}

/// The 200 MB file without a newline, scaled down: a 2 MB line against a 0.5 MB limit.
/// Full size: `benches/run.sh` (section "giant") runs it on 200 MB with the default
/// limit and prints the peak RSS.
#[test]
fn a_giant_file_without_newline_is_skipped_without_being_held() {
    let dir = TempDir::new("giant");
    let line = "Merz sagte, er lehne das ab, ".repeat(70_000); // ~2 MB, no newline
    std::fs::write(dir.join("giant.txt"), &line).unwrap();
    let records = format!(
        "{{\"id\":\"big\",\"text\":\"{line}\"}}\n{}",
        jsonl(&[serde_json::json!({"id": "after", "text": MERZ})])
    );
    std::fs::write(dir.join("mixed.jsonl"), records).unwrap();
    std::fs::write(dir.join("nonl.jsonl"), &line).unwrap();
    let out = run(&["extract", "--max-article-mb", "0.5", p(dir.path())]);
    assert!(out.status.success(), "{}", stderr(&out));
    no_panic(&out);
    let err = stderr(&out);
    assert!(
        err.contains("giant.txt: article of 2.0 MB exceeds the article size limit of 500.0 kB (--max-article-mb), skipped"),
        "{err}"
    );
    assert!(
        err.contains(
            "mixed.jsonl:1: record of 2.0 MB at byte offset 0 exceeds the article size limit"
        ),
        "{err}"
    );
    assert!(err.contains("nonl.jsonl:1: record of 2.0 MB"), "{err}");
    assert!(err.contains("3 oversized articles skipped"), "{err}");
    // The record after the giant line is read.
    assert!(rows(&out).iter().any(|r| r["article"] == "after"));
    // Under the limit, a long line is an article like any other.
    std::fs::write(dir.join("long.txt"), &line[..200_000]).unwrap();
    let out = run(&[
        "extract",
        "--max-article-mb",
        "0.5",
        p(&dir.join("long.txt")),
    ]);
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("1 articles (200.0 kB)"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_sentence_of_100000_characters_is_extracted_with_valid_spans() {
    let clause =
        "Bundeskanzler Friedrich Merz lehnte die Entsendung deutscher Truppen in die Ukraine ab, und ";
    let mut text = clause.repeat(100_000 / clause.chars().count() + 1);
    text.push_str("am Ende.");
    // Cut into pieces of bounded size, so that the work per sentence is bounded.
    let sentences = standpunkt::text::split_sentences(&text, 0);
    assert!(sentences.len() > text.len() / standpunkt::text::MAX_SENTENCE_BYTES);
    assert!(sentences
        .iter()
        .all(|s| s.end - s.start <= standpunkt::text::MAX_SENTENCE_BYTES));
    assert!(text.chars().count() > 100_000);
    let article = Article::new("long", text.clone());
    let statements = Extractor::builtin().extract(&article);
    assert!(!statements.is_empty());
    for s in &statements {
        let [a, b] = s.evidence.span;
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
        assert_eq!(&text[a..b], s.evidence.sentence);
    }
}

#[test]
fn malformed_records_name_file_and_line_and_keep_going_counts_them() {
    let dir = TempDir::new("malformed");
    let path = dir.join("corpus.jsonl");
    let good = jsonl(&[serde_json::json!({"id": "ok", "text": MERZ})]);
    std::fs::write(
        &path,
        format!("{good}{{\"id\":\"cut\",\"text\":\"Merz sag\n[1,2]\n{{\"id\":\"x\"}}\n{good}"),
    )
    .unwrap();
    let out = run(&["extract", p(&path)]);
    assert_eq!(out.status.code(), Some(1));
    no_panic(&out);
    let err = stderr(&out);
    assert!(err.contains("corpus.jsonl:2:"), "{err}");
    assert!(err.contains("malformed JSON Lines record"), "{err}");

    let out = run(&["extract", "--keep-going", p(&path)]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(err.contains("corpus.jsonl:2:"), "{err}");
    assert!(
        err.contains("corpus.jsonl:3:1: a JSON Lines article must be an object (record skipped)"),
        "{err}"
    );
    assert!(
        err.contains("corpus.jsonl:4:1: record has no `text` field (record skipped)"),
        "{err}"
    );
    assert!(err.contains("3 malformed records skipped"), "{err}");
    // Line 5 repeats line 1: same id, same text.
    assert!(
        err.contains("corpus.jsonl:5: article `ok` was already read (same id and text), skipped"),
        "{err}"
    );
}

#[test]
fn duplicate_ids_are_kept_both_renamed_and_warned() {
    let dir = TempDir::new("dupids");
    let path = dir.join("dup.jsonl");
    std::fs::write(
        &path,
        jsonl(&[
            serde_json::json!({"id": "x", "text": MERZ}),
            serde_json::json!({"id": "x", "text": format!("Neu: {MERZ}")}),
            serde_json::json!({"id": "x", "text": format!("Neu: {MERZ}")}),
        ]),
    )
    .unwrap();
    let out = run(&["extract", p(&path)]);
    assert!(out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("dup.jsonl:2: duplicate article id `x` with a different text, kept as `x#2`"),
        "{err}"
    );
    assert!(
        err.contains("dup.jsonl:3: article `x#2` was already read (same id and text), skipped"),
        "{err}"
    );
    assert!(
        err.contains("1 duplicate id renamed, 1 repeated article skipped"),
        "{err}"
    );
    let articles: Vec<String> = rows(&out)
        .iter()
        .map(|r| r["article"].as_str().unwrap().to_string())
        .collect();
    assert!(articles.contains(&"x".to_string()), "{articles:?}");
    assert!(articles.contains(&"x#2".to_string()), "{articles:?}");
}

#[test]
fn unknown_and_impossible_dates_are_warned_and_the_article_kept_undated() {
    let dir = TempDir::new("dates");
    std::fs::write(
        dir.join("dates.jsonl"),
        jsonl(&[
            serde_json::json!({"id": "feb30", "text": MERZ, "date": "2025-02-30"}),
            serde_json::json!({"id": "words", "text": MERZ, "date": "gestern"}),
            serde_json::json!({"id": "number", "text": MERZ, "date": 20250101}),
            serde_json::json!({"id": "fine", "text": MERZ, "date": "2025-09-04"}),
        ]),
    )
    .unwrap();
    std::fs::write(
        dir.join("header.txt"),
        format!(" date 2025-13-01 Titel\n\n{MERZ}"),
    )
    .unwrap();
    let out = run(&["extract", p(dir.path())]);
    assert!(out.status.success());
    let err = stderr(&out);
    for expected in [
        "dates.jsonl:1: article `feb30`: unknown or impossible date `2025-02-30`",
        "dates.jsonl:2: article `words`: unknown or impossible date `gestern`",
        "dates.jsonl:3: article `number`: unknown or impossible date `20250101`",
        "header.txt:1: unknown or impossible date `2025-13-01` in the header",
    ] {
        assert!(err.contains(expected), "{expected}: {err}");
    }
    assert!(err.contains("4 bad dates ignored"), "{err}");
    let statements = rows(&out);
    for row in &statements {
        let expected = if row["article"] == "fine" {
            serde_json::json!("2025-09-04")
        } else {
            serde_json::Value::Null
        };
        assert_eq!(row["date"], expected, "{row}");
    }
    for id in ["feb30", "words", "number", "fine", "header"] {
        assert!(statements.iter().any(|r| r["article"] == id), "{id} kept");
    }
}

#[test]
fn unreadable_entries_and_symlink_loops_are_skipped_with_warnings() {
    let dir = TempDir::new("walk");
    let sub = dir.join("sub");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(sub.join("a.txt"), MERZ).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::symlink;
        symlink(dir.path(), sub.join("back")).unwrap(); // a directory loop
        symlink(dir.join("nowhere.txt"), sub.join("dangling.txt")).unwrap();
        symlink(sub.join("self.txt"), sub.join("self.txt")).unwrap(); // ELOOP
        let fifo = std::process::Command::new("mkfifo")
            .arg(sub.join("pipe.txt"))
            .status();
        assert!(fifo.is_ok_and(|s| s.success()), "mkfifo");
    }
    let out = run(&["extract", p(dir.path())]);
    assert!(out.status.success(), "{}", stderr(&out));
    no_panic(&out);
    let err = stderr(&out);
    #[cfg(unix)]
    {
        assert!(err.contains("back: directory already visited as"), "{err}");
        assert!(err.contains("(symlink loop?), skipped"), "{err}");
        assert!(
            err.contains("dangling.txt: No such file or directory"),
            "{err}"
        );
        assert!(
            err.contains("self.txt: Too many levels of symbolic links"),
            "{err}"
        );
        assert!(
            err.contains("pipe.txt: not a regular file, skipped"),
            "{err}"
        );
        assert!(
            err.contains("3 unreadable entries skipped, 1 symlink loop skipped"),
            "{err}"
        );
    }
    assert_eq!(rows(&out).iter().filter(|r| r["article"] == "a").count(), 2);
    // Named on the command line, a dangling link is skipped as well.
    #[cfg(unix)]
    {
        let out = run(&[
            "extract",
            p(&sub.join("dangling.txt")),
            p(&sub.join("a.txt")),
        ]);
        assert!(out.status.success());
        assert!(stderr(&out).contains("dangling.txt: broken symbolic link, skipped"));
    }
}

#[test]
#[ignore = "needs ../shared (corpora); run with --include-ignored (CI does)"]
fn the_whole_shared_corpus_is_extracted_without_failure_and_skips_are_reported() {
    let corpus = shared().join("corpus");
    let out = run(&[
        "extract",
        "--threads",
        "2",
        p(&corpus.join("gnad-test.jsonl")),
        p(&corpus.join("spkatt-train")),
    ]);
    no_panic(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    let summary = err.lines().last().unwrap_or("");
    // Every file is counted: the JSON Lines file and each text of the folder.
    let texts = std::fs::read_dir(corpus.join("spkatt-train"))
        .unwrap()
        .filter(|e| {
            let path = e.as_ref().unwrap().path();
            path.extension().is_some_and(|x| x == "txt")
        })
        .count();
    assert!(
        summary.starts_with(&format!("standpunkt: {} files, ", texts + 1)),
        "{summary}"
    );
    let articles: usize = summary
        .split(", ")
        .nth(1)
        .and_then(|a| a.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no article count in {summary}"));
    assert!(articles > texts + 500, "{summary}");
    assert!(rows(&out).len() > 1000);
}

// ---------------------------------------------------------------- lexicon faults

#[test]
fn lexicon_parse_errors_name_file_line_and_column() {
    let dir = TempDir::new("lexicon-parse");
    let offices = dir.join("offices.tsv");
    std::fs::write(
        &offices,
        "person\toffice\tof\tstart\tend\nAnna A\thead_of_government\tDEU\t2025-13-01\t\n",
    )
    .unwrap();
    let out = run(&["lexicon", "check", p(&offices)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("offices.tsv:2:31: `2025-13-01` is not a date"),
        "{}",
        stderr(&out)
    );
    let persons = dir.join("persons.tsv");
    std::fs::write(&persons, "qid\tname\tgender\n\tX\n").unwrap();
    let out = run(&["extract", "--lexicon", p(&persons), p(&seeds())]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("persons.tsv:2:3: 2 cells, but the header has 3 columns"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn lexicon_check_reports_unknown_codes_and_overlapping_terms() {
    let dir = TempDir::new("lexicon-check");
    let orgs = dir.join("organizations.tsv");
    std::fs::write(
        &orgs,
        "id\tname\ttype\tcountry\tparent\taliases\nXORG\tX-Org\tinternational\tQQQ\t\t\n",
    )
    .unwrap();
    let out = run(&["lexicon", "check", p(&orgs)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).contains("organisation XORG (X-Org): unknown country code `QQQ`"));
    let persons = dir.join("persons.tsv");
    std::fs::write(
        &persons,
        "qid\tname\tgender\taliases\n\tAnna Test\tf\t\n\tBerta Test\tf\t\n",
    )
    .unwrap();
    let offices = dir.join("offices.tsv");
    std::fs::write(
        &offices,
        "person\toffice\tof\tstart\tend\nAnna Test\tforeign_minister\tISL\t2040-01-01\t2041-01-01\nBerta Test\tforeign_minister\tISL\t2040-06-01\t2041-06-01\n",
    )
    .unwrap();
    let out = run(&["lexicon", "check", p(&persons), p(&offices)]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).contains("overlapping terms of foreign_minister of ISL: Anna Test (2040-01-01–2041-01-01) and Berta Test (2040-06-01–2041-06-01)"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn the_builtin_lexicon_is_valid() {
    let report = standpunkt::lexicon::check(&standpunkt::Lexicon::builtin());
    assert!(report.is_clean(), "{:#?}", report.errors);
    let out = run_ok(&["lexicon", "check"]);
    assert!(out.starts_with("ok: "), "{out}");
}
