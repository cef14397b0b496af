//! The interactive viewer: `view` and `build --format html` write one self-contained page
//! carrying the graph; in real browsers (headless Chromium and Firefox driven by
//! Selenium, tests/interop/viewer_check.py) it shows the JSON's counts, its edges, the
//! evidence of a clicked edge, filters, search, neighbourhoods, affiliations, networks
//! and exports.

use crate::util::*;
use std::path::Path;

const CHROMIUM: &str =
    "install Debian's `chromium` and `chromium-driver` and `pip install selenium` \
    (.ci/run does)";
const FIREFOX: &str = "install Debian's `firefox-esr`, `cargo install --locked geckodriver` \
    (on PATH) and `pip install selenium` (.ci/run does)";

/// The browsers the page is checked in.
#[derive(Clone, Copy, Debug)]
enum Browser {
    Chromium,
    Firefox,
}

/// The embedded data of a page: the node-link graph and the aliases.
fn page_data(page: &str) -> serde_json::Value {
    let start = page
        .find("id=\"standpunkt-data\">")
        .expect("the page has its data")
        + "id=\"standpunkt-data\">".len();
    let end = start + page[start..].find("</script>").unwrap();
    serde_json::from_str(&page[start..end]).expect("the data is JSON")
}

fn seeds_graph(dir: &TempDir) -> std::path::PathBuf {
    let stem = dir.join("seeds");
    run_ok(&[
        "build",
        seeds().to_str().unwrap(),
        "--out",
        stem.to_str().unwrap(),
        "--quiet",
    ]);
    dir.join("seeds.json")
}

fn statement_links(graph: &serde_json::Value) -> usize {
    graph["links"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["type"] == "statement")
        .count()
}

#[test]
fn view_writes_one_page_with_the_whole_graph_and_no_outside_reference() {
    let dir = TempDir::new("view");
    let graph_path = seeds_graph(&dir);
    let graph: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&graph_path).unwrap()).unwrap();
    let page_path = dir.join("out/seeds.html");
    let out = run(&[
        "view",
        graph_path.to_str().unwrap(),
        "--out",
        page_path.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let page = std::fs::read_to_string(&page_path).unwrap();
    let data = page_data(&page);
    assert_eq!(data["graph"]["nodes"], graph["nodes"]);
    assert_eq!(data["graph"]["links"], graph["links"]);
    // Every link has a stable id, unique in the graph.
    let ids: std::collections::BTreeSet<&str> = graph["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["id"].as_str().expect("links have ids"))
        .collect();
    assert_eq!(ids.len(), graph["links"].as_array().unwrap().len());
    // The lexicon's names for search: Russia's capital, Sacharowa's other spellings.
    let aliases = &data["aliases"];
    assert!(aliases["country:RUS"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a == "Moskau"));
    // Self-contained: no script, style or image fetched from elsewhere.
    for outside in ["<script src", "<link", "<img", "<iframe", "@import"] {
        assert!(!page.contains(outside), "the page refers out: {outside}");
    }
    // Deterministic.
    let again = dir.join("again.html");
    run_ok(&[
        "view",
        graph_path.to_str().unwrap(),
        "--out",
        again.to_str().unwrap(),
    ]);
    assert!(std::fs::read(&again).unwrap() == page.as_bytes());
}

#[test]
fn top_keeps_the_most_active_actors_and_build_writes_html_too() {
    let dir = TempDir::new("view-top");
    let graph_path = seeds_graph(&dir);
    let page_path = dir.join("top.html");
    run_ok(&[
        "view",
        graph_path.to_str().unwrap(),
        "--top",
        "3",
        "--out",
        page_path.to_str().unwrap(),
    ]);
    let data = page_data(&std::fs::read_to_string(&page_path).unwrap());
    let links = data["graph"]["links"].as_array().unwrap();
    let speakers: std::collections::BTreeSet<&str> = links
        .iter()
        .filter(|l| l["type"] == "statement")
        .map(|l| l["source"].as_str().unwrap())
        .collect();
    assert_eq!(speakers.len(), 3, "{speakers:?}");
    let stem = dir.join("built");
    run_ok(&[
        "build",
        seeds().to_str().unwrap(),
        "--out",
        stem.to_str().unwrap(),
        "--format",
        "json,html",
        "--quiet",
    ]);
    let built = page_data(&std::fs::read_to_string(dir.join("built.html")).unwrap());
    let full: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&graph_path).unwrap()).unwrap();
    assert_eq!(statement_links(&built["graph"]), statement_links(&full));
}

#[test]
fn a_missing_graph_is_an_error_naming_it_and_writes_nothing() {
    let dir = TempDir::new("view-bad");
    let page = dir.join("x.html");
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\"nodes\": [\n  1]}").unwrap();
    for graph in [dir.join("missing.json"), bad.clone()] {
        let out = run(&[
            "view",
            graph.to_str().unwrap(),
            "--out",
            page.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(graph.to_str().unwrap()), "{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert!(!page.exists());
    }
}

/// Fails unless `browser`, its driver and Python selenium are installed.
fn require_browser(browser: Browser) {
    let (tools, install) = match browser {
        Browser::Chromium => (["chromium", "chromedriver", "python3"], CHROMIUM),
        Browser::Firefox => (["firefox-esr", "geckodriver", "python3"], FIREFOX),
    };
    for tool in tools {
        require(tool, install);
    }
    let selenium = std::process::Command::new("python3")
        .args(["-c", "import selenium"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(selenium, "Python selenium is needed: {install}");
}

/// Runs tests/interop/viewer_check.py in `browser` on a page made from `graph`.
fn check_in_browser(dir: &TempDir, graph: &Path, search: Option<&str>, browser: Browser) {
    require_browser(browser);
    let name = match browser {
        Browser::Chromium => "chromium",
        Browser::Firefox => "firefox",
    };
    let page = dir.join("view.html");
    if !page.exists() {
        run_ok(&[
            "view",
            graph.to_str().unwrap(),
            "--out",
            page.to_str().unwrap(),
        ]);
    }
    let shot = dir.join(&format!("screenshot-{name}.png"));
    let mut args = vec![
        root().join("tests/interop/viewer_check.py"),
        "--browser".into(),
        name.into(),
        page,
        graph.to_path_buf(),
        shot.clone(),
    ];
    args.extend(search.map(Into::into));
    let out = std::process::Command::new("python3")
        .args(&args)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "viewer_check.py in {name} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(std::fs::metadata(&shot).unwrap().len() > 10_000);
}

#[test]
#[ignore = "needs chromium, chromium-driver and python selenium; run with --include-ignored (CI does)"]
fn the_seeds_page_works_in_chromium() {
    let dir = TempDir::new("view-chromium");
    let graph = seeds_graph(&dir);
    check_in_browser(&dir, &graph, Some("Sacharowa"), Browser::Chromium);
}

#[test]
#[ignore = "needs firefox-esr, geckodriver and python selenium; run with --include-ignored (CI does)"]
fn the_seeds_page_works_in_firefox() {
    let dir = TempDir::new("view-firefox");
    let graph = seeds_graph(&dir);
    check_in_browser(&dir, &graph, Some("Sacharowa"), Browser::Firefox);
}

#[test]
#[ignore = "needs ../shared, chromium, chromium-driver, firefox-esr, geckodriver and python selenium; run with --include-ignored (CI does)"]
fn the_spkatt_train_page_works_in_chromium_and_firefox() {
    require_browser(Browser::Chromium);
    require_browser(Browser::Firefox);
    let dir = TempDir::new("view-spkatt");
    let stem = dir.join("spkatt");
    run_ok(&[
        "build",
        shared().join("corpus/spkatt-train").to_str().unwrap(),
        "--out",
        stem.to_str().unwrap(),
        "--quiet",
    ]);
    let graph = dir.join("spkatt.json");
    check_in_browser(&dir, &graph, None, Browser::Chromium);
    check_in_browser(&dir, &graph, None, Browser::Firefox);
}
