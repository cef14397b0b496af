//! Inputs of any kind and size: encodings, binary files, a closed pipe, bad input of
//! every sort in one run. The 40 MB single-line part of the bad-input check runs
//! against the release binary in `benches/bad_input.sh` (CI runs it): in a debug build
//! it would take minutes.

use crate::util::{run, run_ok, seeds, standpunkt, TempDir};
use std::io::Read;
use std::process::Stdio;

fn p(path: &std::path::Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// The statements without their article id (the file names differ).
fn without_ids(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .map(|l| {
            let mut v: serde_json::Value = serde_json::from_str(l).expect("JSON line");
            v["article"] = serde_json::Value::Null;
            v.to_string()
        })
        .collect()
}

fn seed_text() -> String {
    let mut files: Vec<_> = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    std::fs::read_to_string(&files[0]).unwrap()
}

#[test]
fn a_latin1_file_gives_the_statements_of_its_utf8_copy() {
    let dir = TempDir::new("latin1");
    let text = seed_text();
    assert!(
        text.contains('ü') && text.contains('„'),
        "umlauts and quotes"
    );
    let (latin1, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    std::fs::write(dir.join("utf8.txt"), &text).unwrap();
    std::fs::write(dir.join("latin1.txt"), &latin1).unwrap();
    let utf8 = run_ok(&["extract", p(&dir.join("utf8.txt"))]);
    let out = run(&["extract", p(&dir.join("latin1.txt"))]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("latin1.txt: not UTF-8, decoded as windows-1252"),
        "{stderr}"
    );
    let latin = String::from_utf8(out.stdout).unwrap();
    assert!(!utf8.is_empty());
    assert_eq!(without_ids(&utf8), without_ids(&latin));
    // `--encoding` overrides: read as UTF-8, the Latin-1 bytes are replaced, with a note.
    let forced = run(&["extract", "--encoding", "utf-8", p(&dir.join("latin1.txt"))]);
    assert!(String::from_utf8_lossy(&forced.stderr).contains("replacement characters"));
    let bad = run(&["extract", "--encoding", "klingon", p(&dir.join("utf8.txt"))]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--encoding klingon: unknown"));
}

#[test]
fn utf16_with_bom_is_read_and_binary_files_are_skipped_by_type() {
    let dir = TempDir::new("binary");
    let text = seed_text();
    let mut utf16 = vec![0xff, 0xfe];
    for unit in text.encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    std::fs::write(dir.join("utf16.txt"), &utf16).unwrap();
    std::fs::write(
        dir.join("renamed.txt"),
        b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n",
    )
    .unwrap();
    std::fs::write(dir.join("paper.pdf"), b"%PDF-1.7\n").unwrap();
    std::fs::write(dir.join("photo.txt"), b"\x89PNG\r\n\x1a\nIHDR").unwrap();
    std::fs::write(dir.join("notes.docx"), b"PK\x03\x04").unwrap();
    let out = run(&["extract", p(dir.path())]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("renamed.txt: PDF document, skipped"),
        "{stderr}"
    );
    assert!(
        stderr.contains("photo.txt: binary file (PNG image), skipped"),
        "{stderr}"
    );
    assert!(
        stderr.contains("notes.docx: not a text or JSON Lines file"),
        "{stderr}"
    );
    let summary = stderr.lines().last().unwrap();
    assert!(
        summary.contains("1 binary file skipped")
            && summary.contains("2 PDF files skipped")
            && summary.contains("1 unsupported file skipped"),
        "{summary}"
    );
    let utf8 = dir.join("utf8.txt");
    std::fs::write(&utf8, &text).unwrap();
    let expected = run_ok(&["extract", p(&utf8)]);
    let got = run_ok(&["extract", p(&dir.join("utf16.txt"))]);
    assert_eq!(without_ids(&expected), without_ids(&got));
}

/// More than a pipe buffer (64 KiB) of output into a reader that stops after 100
/// bytes: every subcommand that writes to stdout ends quietly with exit 0.
#[test]
fn a_closed_pipe_ends_quietly_with_success() {
    let dir = TempDir::new("pipe");
    let sentence =
        "Der Sprecher sagte, die Regierung lehne den Plan ab, und Müller kritisierte den Plan. ";
    let big = dir.join("big.txt");
    std::fs::write(&big, sentence.repeat(2_000)).unwrap();
    let graph = dir.join("g");
    run_ok(&["build", "--quiet", p(&big), "--out", p(&graph)]);
    let graph_json = dir.join("g.json");
    for args in [
        vec!["extract", p(&big)],
        vec!["query", p(&graph_json), "--format", "jsonl"],
        vec!["lexicon", "stats"],
    ] {
        let mut child = standpunkt()
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut head = [0u8; 100];
        let mut stdout = child.stdout.take().unwrap();
        let _ = stdout.read(&mut head).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

/// The bad-input check without its 40 MB file (see `benches/bad_input.sh`): no
/// panic, exit codes ≤ 2, the same output twice and with 1 or 2 threads, and adding the
/// same articles to a graph leaves it unchanged.
#[test]
fn bad_input_of_every_kind_in_one_run() {
    let dir = TempDir::new("bad");
    let input = dir.join("in");
    std::fs::create_dir(&input).unwrap();
    let text = seed_text();
    std::fs::write(
        input.join("latin1.txt"),
        encoding_rs::WINDOWS_1252.encode(&text).0,
    )
    .unwrap();
    // Random bytes, reproducible (xorshift).
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    let random: Vec<u8> = (0..4096)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    std::fs::write(input.join("random.txt"), random).unwrap();
    std::fs::write(input.join("empty.txt"), b"").unwrap();
    let record = serde_json::json!({"id": "a1", "text": text}).to_string();
    std::fs::write(
        input.join("half.jsonl"),
        format!("{record}\n{{\"id\": \"a2\", \"text\": \"Der Spre\n"),
    )
    .unwrap();
    let extract = |threads: &str| {
        let out = run(&["extract", "--keep-going", "--threads", threads, p(&input)]);
        let code = out.status.code().expect("exit code, no signal");
        assert!(code <= 2, "exit {code}");
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(!stderr.contains("panicked"), "{stderr}");
        out.stdout
    };
    let one = extract("1");
    assert!(!one.is_empty());
    assert_eq!(one, extract("1"), "two runs");
    assert_eq!(one, extract("2"), "1 vs 2 threads");
    // Without --keep-going the broken record fails the run, naming file and line.
    let strict = run(&["extract", p(&input)]);
    assert_eq!(strict.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&strict.stderr).contains("half.jsonl:2"));
    let stem = dir.join("graph");
    run_ok(&[
        "build",
        "--quiet",
        "--keep-going",
        p(&input),
        "--out",
        p(&stem),
    ]);
    let graph = dir.join("graph.json");
    let before = std::fs::read(&graph).unwrap();
    run_ok(&[
        "build",
        "--quiet",
        "--keep-going",
        p(&input),
        "--into",
        p(&graph),
    ]);
    assert_eq!(before, std::fs::read(&graph).unwrap(), "graph unchanged");
}
