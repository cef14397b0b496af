//! Graphviz output: `dot` renders what `build` writes without warnings, `render` writes
//! SVG and PNG (and names the package when Graphviz is missing), bad graph files give
//! one-line errors, and every export is byte-identical from run to run and from
//! `build` to `export`.
//!
//! The tests that need `dot` are ignored by plain `cargo test` and run with
//! `cargo test -- --include-ignored` (CI does).

use crate::util::{export_to, require, run, standpunkt, Built, TempDir};
use standpunkt::export::json::read_graph;
use std::path::Path;
use std::process::Command;

/// What `dot` prints on stderr for `file` (it must succeed and write output): warnings,
/// empty when the graph is clean.
pub(crate) fn dot_stderr(file: &Path, args: &[&str]) -> String {
    let out = Command::new("dot")
        .args(args)
        .arg(file)
        .output()
        .expect("dot runs");
    assert!(out.status.success(), "dot failed on {}", file.display());
    assert!(!out.stdout.is_empty());
    String::from_utf8_lossy(&out.stderr).to_string()
}

#[test]
#[ignore = "needs Graphviz (`dot`); run with --include-ignored (CI does)"]
fn dot_renders_the_seeds_without_warnings() {
    require("dot", "install Graphviz (apt-get install graphviz)");
    let built = Built::new("json,dot");
    let clustered = built.dir.join("clusters.dot");
    let out = run(&[
        "export",
        built.file("json").to_str().unwrap(),
        "--format",
        "dot",
        "--clusters",
        "--out",
        clustered.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    for file in [built.file("dot"), clustered] {
        for layout in ["-Kdot", "-Kneato"] {
            let stderr = dot_stderr(&file, &["-Tsvg", layout]);
            assert!(stderr.is_empty(), "{} {layout}: {stderr}", file.display());
        }
    }
    let text = std::fs::read_to_string(built.file("dot")).unwrap();
    assert!(text.contains("subgraph") || !text.contains("cluster_"));
    assert!(
        text.contains("ü") || text.contains("ö") || text.contains("ä"),
        "umlauts kept"
    );
}

#[test]
#[ignore = "needs Graphviz (`dot`); run with --include-ignored (CI does)"]
fn render_writes_svg_and_png() {
    require("dot", "install Graphviz (apt-get install graphviz)");
    let built = Built::new("json");
    let graph = built.file("json");
    let svg = built.dir.join("seeds.svg");
    let png = built.dir.join("seeds.png");
    let out = run(&[
        "render",
        graph.to_str().unwrap(),
        "--out",
        svg.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("rendered"), "{stderr}");
    let text = std::fs::read_to_string(&svg).unwrap();
    assert!(
        text.contains("<svg") && text.contains("Sacharowa"),
        "an SVG of the seeds"
    );
    let out = run(&[
        "render",
        graph.to_str().unwrap(),
        "--out",
        png.to_str().unwrap(),
        "--layout",
        "sfdp",
        "--top",
        "5",
        "--min-weight",
        "2",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&png).unwrap();
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let full = read_graph(&graph).unwrap();
    assert!(
        !stderr.contains(&format!("rendered {} of", full.node_count())),
        "--top 5 filters: {stderr}"
    );
}

#[test]
fn render_without_graphviz_names_the_package() {
    let built = Built::new("json");
    let empty = TempDir::new("no-graphviz");
    let out = standpunkt()
        .args([
            "render",
            built.file("json").to_str().unwrap(),
            "--out",
            built.dir.join("x.svg").to_str().unwrap(),
        ])
        .env("PATH", empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("install the `graphviz` package"),
        "{stderr}"
    );
    assert!(!built.dir.join("x.svg").exists());
}

#[test]
fn bad_graph_files_give_one_line_errors() {
    let dir = TempDir::new("badgraph");
    let out_file = dir.join("out.graphml");
    let out_path = out_file.to_str().unwrap();
    let missing = dir.join("missing.json");
    let out = run(&[
        "export",
        missing.to_str().unwrap(),
        "--format",
        "graphml",
        "--out",
        out_path,
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("missing.json") && err.lines().count() == 1,
        "{err}"
    );

    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\n  \"directed\": true,\n  \"nodes\": [\n").unwrap();
    for cmd in ["export", "render"] {
        let mut args = vec![cmd, bad.to_str().unwrap(), "--out"];
        args.push(if cmd == "render" { "x.svg" } else { out_path });
        if cmd == "export" {
            args.extend(["--format", "gexf"]);
        }
        let out = run(&args);
        assert_eq!(out.status.code(), Some(1), "{cmd}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("bad.json:4:"), "{cmd}: file and line: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    let out = run(&[
        "export",
        bad.to_str().unwrap(),
        "--format",
        "xml",
        "--out",
        out_path,
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown format `xml`"), "{err}");
    let out = run(&["build", "seeds", "--out", out_path, "--format", "json,pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!out_file.exists());
}

#[test]
fn exports_are_deterministic_and_export_matches_build() {
    let first = Built::new("all");
    let second = Built::new("all");
    let graph = first.file("json");
    let mut files: Vec<String> = ["json", "dot", "cyjs", "graphml", "gexf", "ttl", "nt"]
        .iter()
        .map(|e| format!("seeds.{e}"))
        .collect();
    files.extend(["csv/nodes.csv".into(), "csv/edges.csv".into()]);
    for f in &files {
        let a = std::fs::read(first.dir.join(f)).unwrap();
        let b = std::fs::read(second.dir.join(f)).unwrap();
        assert!(a == b, "{f} differs between two builds");
    }
    // `export` from the JSON gives what `build` wrote.
    for (format, ext) in [
        ("graphml", "graphml"),
        ("gexf", "gexf"),
        ("cytoscape", "cyjs"),
        ("turtle", "ttl"),
        ("ntriples", "nt"),
        ("dot", "dot"),
        ("json", "json"),
    ] {
        let out = second.dir.join(&format!("again.{ext}"));
        export_to(&graph, format, &out);
        assert!(
            std::fs::read(&out).unwrap() == std::fs::read(first.file(ext)).unwrap(),
            "export --format {format} differs from build"
        );
    }
    let csv = second.dir.join("again-csv");
    let result = run(&[
        "export",
        graph.to_str().unwrap(),
        "--format",
        "csv",
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert!(result.status.success());
    for f in ["nodes.csv", "edges.csv"] {
        assert!(
            std::fs::read(csv.join(f)).unwrap()
                == std::fs::read(first.dir.join("csv").join(f)).unwrap()
        );
    }
}

#[test]
fn export_and_render_have_help() {
    for cmd in ["export", "render"] {
        let out = run(&[cmd, "--help"]);
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Usage"), "{text}");
    }
    let text = String::from_utf8_lossy(&run(&["build", "--help"]).stdout).to_string();
    assert!(
        text.contains("--format") && text.contains("graphml"),
        "{text}"
    );
}
