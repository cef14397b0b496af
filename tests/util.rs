//! Helpers shared by the integration tests: the binary, the seeds, ../shared, temp dirs,
//! and the checks that an opted-in test's tool is there (a missing tool fails the test).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the project (corpora, gold, scorers; never committed here). Only
/// tests marked `#[ignore = "needs ../shared …"]` may call it: it fails when it is missing.
pub fn shared() -> PathBuf {
    let dir = root().join("..").join("shared");
    assert!(
        dir.join("README.md").exists(),
        "../shared is missing: tests need it beside the project (see README)"
    );
    dir
}

/// The seed articles.
pub fn seeds() -> PathBuf {
    root().join("seeds")
}

/// A file of test fixtures.
pub fn data(name: &str) -> PathBuf {
    root().join("tests").join("data").join(name)
}

/// The `standpunkt` binary built for the tests.
pub fn standpunkt() -> Command {
    Command::new(env!("CARGO_BIN_EXE_standpunkt"))
}

/// Runs `standpunkt ARGS` and returns its output.
pub fn run(args: &[&str]) -> Output {
    standpunkt().args(args).output().expect("standpunkt runs")
}

/// Runs and asserts success; returns stdout.
pub fn run_ok(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "standpunkt {args:?} failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("stdout is UTF-8")
}

/// A fresh temporary directory, removed when dropped.
pub struct TempDir(PathBuf);

impl TempDir {
    /// Creates `target/test-tmp/<name>-<pid>-<n>`.
    pub fn new(name: &str) -> TempDir {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        let dir = root()
            .join("target")
            .join("test-tmp")
            .join(format!("{name}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        TempDir(dir)
    }

    /// The directory.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// A path inside it.
    pub fn join(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Whether `program` can be run (for external tools: python3, dot, node). Tries
/// `--version`, then `-V` (Graphviz's `dot` knows only that).
pub fn have(program: &str) -> bool {
    ["--version", "-V"].iter().any(|flag| {
        Command::new(program)
            .arg(flag)
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Requires an external tool: fails with a message naming how to install it.
pub fn require(program: &str, install: &str) {
    assert!(
        have(program),
        "`{program}` is needed for this test: {install}"
    );
}

/// Requires Python 3 with `modules`: fails with the `pip install` that provides them.
pub fn require_python(modules: &[&str]) {
    require(
        "python3",
        "install Python 3 (apt-get install python3 python3-pip)",
    );
    let out = Command::new("python3")
        .arg("-c")
        .arg(format!("import {}", modules.join(", ")))
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "the Python packages {modules:?} are needed for this test: pip install {}\n{}",
        modules.join(" "),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The statements the built-in lexicon finds in `text`, as an article dated `date`.
pub fn extract_dated(date: &str, text: &str) -> Vec<standpunkt::Statement> {
    standpunkt::Extractor::builtin().extract(&standpunkt::Article::new("t", text).with_date(date))
}

/// The statements of `text` as an article of 2 May 2024 (the lexicon's offices are dated).
pub fn extract(text: &str) -> Vec<standpunkt::Statement> {
    extract_dated("2024-05-02", text)
}

/// The first statement by `actor`; fails listing them all.
pub fn statement_by<'a>(
    statements: &'a [standpunkt::Statement],
    actor: &str,
) -> &'a standpunkt::Statement {
    statements
        .iter()
        .find(|s| s.actor.name == actor)
        .unwrap_or_else(|| panic!("no statement by {actor}: {statements:#?}"))
}

/// The first statement by `actor` with `predicate`; fails listing them all.
pub fn statement_with<'a>(
    statements: &'a [standpunkt::Statement],
    actor: &str,
    predicate: &str,
) -> &'a standpunkt::Statement {
    statements
        .iter()
        .find(|s| s.actor.name == actor && s.predicate.as_str() == predicate)
        .unwrap_or_else(|| panic!("no {predicate} by {actor}: {statements:#?}"))
}

/// The seeds built into a temporary folder in some formats, with what `build` reported.
pub struct Built {
    pub dir: TempDir,
    pub stderr: String,
}

impl Built {
    pub fn new(formats: &str) -> Built {
        let dir = TempDir::new("export");
        let stem = dir.join("seeds");
        let out = run(&[
            "build",
            seeds().to_str().unwrap(),
            "--out",
            stem.to_str().unwrap(),
            "--format",
            formats,
        ]);
        let stderr = String::from_utf8_lossy(&out.stderr).to_string();
        assert!(out.status.success(), "build failed: {stderr}");
        Built { dir, stderr }
    }

    pub fn file(&self, ext: &str) -> PathBuf {
        self.dir.join(&format!("seeds.{ext}"))
    }

    /// The graph as the library reads it back from the node-link JSON.
    pub fn graph(&self) -> standpunkt::KnowledgeGraph {
        standpunkt::export::json::read_graph(&self.file("json")).expect("the built JSON reads back")
    }

    /// The node and edge counts `build` reported for `format`.
    pub fn reported(&self, format: &str) -> (usize, usize) {
        let prefix = format!("standpunkt: {format}: ");
        let line = self
            .stderr
            .lines()
            .find_map(|l| l.strip_prefix(&prefix))
            .unwrap_or_else(|| panic!("no report for {format} in: {}", self.stderr));
        let numbers: Vec<usize> = line
            .split(|c: char| !c.is_ascii_digit())
            .filter(|p| !p.is_empty())
            .take(2)
            .map(|p| p.parse().unwrap())
            .collect();
        (numbers[0], numbers[1])
    }
}

/// `standpunkt export GRAPH --format FORMAT --out OUT`, which must succeed.
pub fn export_to(graph: &Path, format: &str, out: &Path) {
    let result = run(&[
        "export",
        graph.to_str().unwrap(),
        "--format",
        format,
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(
        result.status.success(),
        "export --format {format}: {}",
        String::from_utf8_lossy(&result.stderr)
    );
}
