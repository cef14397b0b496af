//! Writing the graph for other tools, one module per format, and reading the native
//! node-link JSON back. Files are written atomically: to a temporary file in the same
//! directory, then renamed into place, so an interrupted run leaves the old file intact.
//! Every writer is deterministic: the same graph gives byte-identical output.
//!
//! | [`Format`] | module | read by |
//! |---|---|---|
//! | `json` | [`json`] | D3, networkx `node_link_graph(…, edges="links")`, standpunkt itself |
//! | `dot` | [`dot`] | Graphviz |
//! | `cytoscape` | [`cytoscape`] | Cytoscape.js, Cytoscape desktop (`.cyjs`) |
//! | `graphml` | [`graphml`] | Gephi, yEd, networkx `read_graphml` (typed keys) |
//! | `gexf` | [`gexf`] | Gephi (timeline from spells), networkx `read_gexf` |
//! | `csv` | [`csv`] | `neo4j-admin database import` (a folder with `nodes.csv`, `edges.csv`) |
//! | `turtle`, `ntriples` | [`rdf`] | triple stores, rdflib, SPARQL |
//! | `html` | [`crate::viewer`] | a web browser: the interactive viewer |
//!
//! The tabular formats (GraphML, GEXF, Cytoscape.js, CSV) share one set of typed
//! attributes, [`table`]; [`render`] draws the graph with Graphviz.

pub mod csv;
pub mod cytoscape;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod json;
pub mod rdf;
pub mod render;
pub mod table;
pub(crate) mod xml;

use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;
use std::io::Write;
use std::path::{Path, PathBuf};

/// An export format, named as on the command line (`--format graphml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// Node-link JSON, the native form.
    Json,
    /// Graphviz DOT.
    Dot,
    /// Cytoscape.js JSON (`elements.nodes[].data`, `elements.edges[].data`).
    Cytoscape,
    /// GraphML with typed keys.
    Graphml,
    /// GEXF 1.3 with attributes and spells.
    Gexf,
    /// neo4j-admin import CSV: a folder with `nodes.csv` and `edges.csv`.
    Csv,
    /// RDF Turtle.
    Turtle,
    /// RDF N-Triples.
    Ntriples,
    /// The interactive viewer: one self-contained HTML page ([`crate::viewer`]).
    Html,
}

impl Format {
    /// Every format that `--format` names.
    pub const NAMED: [Format; 9] = [
        Format::Json,
        Format::Dot,
        Format::Cytoscape,
        Format::Graphml,
        Format::Gexf,
        Format::Csv,
        Format::Turtle,
        Format::Ntriples,
        Format::Html,
    ];

    /// Every data format, in the order `build --format all` writes them (the viewer's
    /// page, `html`, is asked for by name).
    pub const ALL: [Format; 8] = [
        Format::Json,
        Format::Dot,
        Format::Cytoscape,
        Format::Graphml,
        Format::Gexf,
        Format::Csv,
        Format::Turtle,
        Format::Ntriples,
    ];

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::Cytoscape => "cytoscape",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Csv => "csv",
            Format::Turtle => "turtle",
            Format::Ntriples => "ntriples",
            Format::Html => "html",
        }
    }

    /// The file extension `build` gives it (CSV is a folder, see [`Format::build_path`]).
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::Cytoscape => "cyjs",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::Csv => "csv",
            Format::Turtle => "ttl",
            Format::Ntriples => "nt",
            Format::Html => "html",
        }
    }

    /// Whether the output is a folder (CSV) rather than one file.
    pub fn is_folder(self) -> bool {
        self == Format::Csv
    }

    /// Where `build --out STEM` writes this format: `STEM.EXT`, and for CSV the folder
    /// `csv/` beside STEM (`out/seeds` → `out/csv/nodes.csv`).
    pub fn build_path(self, stem: &Path) -> PathBuf {
        if self.is_folder() {
            return stem
                .parent()
                .unwrap_or(Path::new(""))
                .join(self.extension());
        }
        let mut name = stem.as_os_str().to_os_string();
        name.push(".");
        name.push(self.extension());
        PathBuf::from(name)
    }

    /// Parses a comma-separated list (`json,dot`; `all` for every format), keeping the
    /// given order and dropping repeats.
    pub fn parse_list(text: &str) -> Result<Vec<Format>> {
        let mut out = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let formats: Vec<Format> = if part == "all" {
                Format::ALL.to_vec()
            } else {
                vec![part.parse()?]
            };
            for f in formats {
                if !out.contains(&f) {
                    out.push(f);
                }
            }
        }
        if out.is_empty() {
            return Err(Error::NoFormat {
                expected: Format::names(),
            });
        }
        Ok(out)
    }

    /// The names, comma-separated, for messages.
    pub fn names() -> String {
        let mut names = Format::NAMED.map(Format::name).join(", ");
        names.push_str(", all");
        names
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Format {
    type Err = Error;

    fn from_str(text: &str) -> Result<Format> {
        let lower = text.trim().to_ascii_lowercase();
        let found = match lower.as_str() {
            "node-link" | "nodelink" => Some(Format::Json),
            "cyjs" | "cytoscapejs" => Some(Format::Cytoscape),
            "ttl" => Some(Format::Turtle),
            "nt" | "n-triples" => Some(Format::Ntriples),
            "gv" => Some(Format::Dot),
            "htm" | "view" | "viewer" => Some(Format::Html),
            _ => Format::NAMED.into_iter().find(|f| f.name() == lower),
        };
        found.ok_or_else(|| Error::UnknownName {
            what: "format",
            name: text.to_string(),
            expected: Format::names(),
        })
    }
}

/// Options that some formats take.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    /// DOT: group actors and their country in one cluster per country.
    pub clusters: bool,
    /// HTML: the lexicon whose names the viewer's search knows (default: the built-in).
    pub lexicon: Option<std::sync::Arc<crate::Lexicon>>,
    /// HTML: show only the N most active actors and their edges.
    pub top: Option<usize>,
}

/// Writes `graph` as `format` to `path` (a folder for CSV, created if missing) and
/// returns the files written.
pub fn export(
    graph: &KnowledgeGraph,
    format: Format,
    path: &Path,
    options: &ExportOptions,
) -> Result<Vec<PathBuf>> {
    let text = match format {
        Format::Html => {
            let lexicon = options
                .lexicon
                .clone()
                .unwrap_or_else(crate::Lexicon::builtin);
            let view = crate::viewer::ViewOptions {
                top: options.top,
                title: None,
            };
            crate::viewer::write_html_file(graph, &lexicon, &view, path)?;
            return Ok(vec![path.to_path_buf()]);
        }
        Format::Json => json::to_json(graph),
        Format::Dot => dot::to_dot(
            graph,
            &dot::DotOptions {
                clusters: options.clusters,
            },
        ),
        Format::Cytoscape => cytoscape::to_cytoscape(graph),
        Format::Graphml => graphml::to_graphml(graph),
        Format::Gexf => gexf::to_gexf(graph),
        Format::Turtle => rdf::to_turtle(graph)?,
        Format::Ntriples => rdf::to_ntriples(graph)?,
        Format::Csv => {
            std::fs::create_dir_all(path).map_err(|err| Error::io(path, err))?;
            let (nodes, edges) = csv::to_csv(graph)?;
            let nodes_path = path.join(csv::NODES_FILE);
            let edges_path = path.join(csv::EDGES_FILE);
            write_atomic(&nodes_path, nodes.as_bytes())?;
            write_atomic(&edges_path, edges.as_bytes())?;
            return Ok(vec![nodes_path, edges_path]);
        }
    };
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|err| Error::io(dir, err))?;
    }
    write_atomic(path, text.as_bytes())?;
    Ok(vec![path.to_path_buf()])
}

/// Writes `graph` in each of `formats` at the paths [`Format::build_path`] gives for
/// `stem` (its folder is created if missing), JSON and DOT on two threads at once when
/// both are asked for. Returns the files written, per format, in the order asked.
pub fn write_formats(
    graph: &KnowledgeGraph,
    stem: &Path,
    formats: &[Format],
    options: &ExportOptions,
) -> Result<Vec<(Format, Vec<PathBuf>)>> {
    if let Some(dir) = stem.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|err| Error::io(dir, err))?;
    }
    let mut written = Vec::new();
    let pair = formats.contains(&Format::Json) && formats.contains(&Format::Dot);
    if pair {
        let (json_path, dot_path) = (Format::Json.build_path(stem), Format::Dot.build_path(stem));
        let dot_options = dot::DotOptions {
            clusters: options.clusters,
        };
        write_graph_files(graph, &json_path, &dot_path, &dot_options)?;
        written.push((Format::Json, vec![json_path]));
        written.push((Format::Dot, vec![dot_path]));
    }
    for &format in formats {
        if pair && matches!(format, Format::Json | Format::Dot) {
            continue;
        }
        let files = export(graph, format, &format.build_path(stem), options)?;
        written.push((format, files));
    }
    Ok(written)
}

/// The temporary file that [`write_atomic`] writes `path` through:
/// `DIR/.NAME.PID.tmp`, in the same directory (so the rename cannot cross file systems).
pub fn temporary_path(path: &Path) -> PathBuf {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".into());
    dir.join(format!(".{name}.{}.tmp", std::process::id()))
}

/// Writes the graph's two files, node-link JSON and DOT, each atomically, on two threads
/// at once (they only read the graph). The first error is returned; a file whose write
/// failed keeps its old content.
pub fn write_graph_files(
    graph: &crate::KnowledgeGraph,
    json_path: &Path,
    dot_path: &Path,
    options: &dot::DotOptions,
) -> Result<()> {
    std::thread::scope(|scope| {
        let dot =
            scope.spawn(|| write_atomic_with(dot_path, |out| dot::write_dot(graph, options, out)));
        let json = write_atomic_with(json_path, |out| json::write_json(graph, out));
        let dot = dot.join().unwrap_or_else(|_| {
            Err(Error::Internal {
                message: "internal error writing DOT".into(),
            })
        });
        json.and(dot)
    })
}

/// Writes `bytes` to `path` atomically (temporary file + rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomic_with(path, |out| out.write_all(bytes))
}

/// Writes `path` atomically with `write`, which streams the content: into a temporary
/// file in the same directory, flushed to disk, then renamed over `path`. If anything
/// fails (or the process is killed) before the rename, `path` keeps its old content and
/// the temporary file is removed where possible.
pub fn write_atomic_with<F>(path: &Path, write: F) -> Result<()>
where
    F: FnOnce(&mut dyn Write) -> std::io::Result<()>,
{
    let temporary = temporary_path(path);
    let result = (|| -> std::io::Result<()> {
        let mut file = std::fs::File::create(&temporary)?;
        write(&mut file)?;
        file.flush()?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temporary, path)?;
        // Make the rename itself durable where the platform allows it.
        if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            if let Ok(dir) = std::fs::File::open(dir) {
                let _ = dir.sync_all();
            }
        }
        Ok(())
    })();
    if let Err(err) = result {
        let _ = std::fs::remove_file(&temporary);
        return Err(Error::io(path, err));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in Format::NAMED {
            assert_eq!(f.name().parse::<Format>().unwrap(), f);
        }
        assert_eq!("TTL".parse::<Format>().unwrap(), Format::Turtle);
        let err = "svg".parse::<Format>().unwrap_err().to_string();
        assert!(
            err.contains("unknown format `svg`") && err.contains("graphml"),
            "{err}"
        );
    }

    #[test]
    fn format_lists_keep_order_and_expand_all() {
        assert_eq!(
            Format::parse_list("json, dot,json").unwrap(),
            vec![Format::Json, Format::Dot]
        );
        assert_eq!(Format::parse_list("all").unwrap(), Format::ALL.to_vec());
        assert!(Format::parse_list(",").is_err());
        assert!(Format::parse_list("json,xml").is_err());
    }

    #[test]
    fn build_paths() {
        let stem = Path::new("out/seeds");
        assert_eq!(
            Format::Graphml.build_path(stem),
            PathBuf::from("out/seeds.graphml")
        );
        assert_eq!(Format::Csv.build_path(stem), PathBuf::from("out/csv"));
        assert_eq!(
            Format::Csv.build_path(Path::new("seeds")),
            PathBuf::from("csv")
        );
    }

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("standpunkt-atomic-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = scratch("ok");
        let path = dir.join("g.json");
        write_atomic(&path, b"old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_failed_write_keeps_the_old_file() {
        let dir = scratch("fail");
        let path = dir.join("g.json");
        write_atomic(&path, b"old").unwrap();
        let err = write_atomic_with(&path, |out| {
            out.write_all(b"half of the new")?;
            Err(std::io::Error::other("interrupted"))
        })
        .unwrap_err();
        assert!(err.to_string().contains("g.json: interrupted"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), b"old");
        assert!(!temporary_path(&path).exists());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_missing_directory_is_an_error_naming_the_file() {
        let err = write_atomic(Path::new("/nonexistent-dir/x/g.json"), b"x").unwrap_err();
        assert!(
            err.to_string().starts_with("/nonexistent-dir/x/g.json:"),
            "{err}"
        );
    }
}

/// A small hand-made graph for the writers' unit tests: umlauts, quotes and a backslash
/// in labels, a negated statement, two dates (one month-precise), an actor as object.
#[cfg(test)]
pub(crate) mod test_graph {
    use crate::extract::Predicate;
    use crate::graph::{
        EdgeData, EvidenceRecord, KnowledgeGraph, NodeData, NodeKind, StatementEdge,
    };

    fn node(id: &str, kind: NodeKind, label: &str) -> NodeData {
        NodeData {
            id: id.into(),
            kind,
            label: label.into(),
            actor_kind: None,
            qid: None,
            country: None,
        }
    }

    fn evidence(article: &str, date: Option<&str>, cue: &str, sentence: &str) -> EvidenceRecord {
        EvidenceRecord {
            article: article.into(),
            date: date.map(str::to_string),
            cue: cue.into(),
            object_label: "ausländische Truppen".into(),
            object_text: None,
            object_span: None,
            object_target: None,
            sentence: sentence.into(),
            quote: None,
            mode: "reported".into(),
            span: [0, sentence.len()],
        }
    }

    fn statement(
        predicate: Predicate,
        negated: bool,
        object_kind: &str,
        object_id: Option<&str>,
        evidence: Vec<EvidenceRecord>,
    ) -> EdgeData {
        let p = predicate.polarity();
        EdgeData::Statement(StatementEdge {
            predicate,
            negated,
            polarity: if negated { -p } else { p },
            object_kind: object_kind.into(),
            object_id: object_id.map(str::to_string),
            evidence,
        })
    }

    pub fn small_graph() -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new();
        g.add_article("a1", Some("2025-09-04"));
        g.add_article("a2", Some("2025-03"));
        let scholz = g.ensure_node(NodeData {
            actor_kind: Some("person".into()),
            qid: Some("Q61053".into()),
            country: Some("DEU".into()),
            ..node("actor:Q61053", NodeKind::Actor, "Olaf Scholz")
        });
        let deu = g.ensure_node(NodeData {
            country: Some("DEU".into()),
            ..node("country:DEU", NodeKind::Country, "Deutschland")
        });
        let sacharowa = g.ensure_node(NodeData {
            actor_kind: Some("person".into()),
            country: Some("RUS".into()),
            ..node("actor:Maria Sacharowa", NodeKind::Actor, "Maria Sacharowa")
        });
        let rus = g.ensure_node(NodeData {
            country: Some("RUS".into()),
            ..node("country:RUS", NodeKind::Country, "Russland")
        });
        let troops = g.ensure_node(node("topic:troops", NodeKind::Topic, "Truppen"));
        let claim = g.ensure_node(node(
            "claim:frieden fur ol \\ ja",
            NodeKind::Claim,
            "„Frieden“ für \"Öl\" \\ ja <&>",
        ));
        g.push_edge(scholz, deu, EdgeData::Affiliation);
        g.push_edge(sacharowa, rus, EdgeData::Affiliation);
        g.push_edge(
            sacharowa,
            troops,
            statement(
                Predicate::Reject,
                false,
                "topic",
                Some("troops"),
                vec![
                    evidence(
                        "a1",
                        Some("2025-09-04"),
                        "zurückgewiesen",
                        "Russland hat „Truppen“ zurückgewiesen.",
                    ),
                    evidence(
                        "a2",
                        Some("2025-03"),
                        "lehnt ab",
                        "Sacharowa lehnt \"Truppen\" ab.",
                    ),
                ],
            ),
        );
        g.push_edge(
            sacharowa,
            claim,
            statement(
                Predicate::Support,
                true,
                "claim",
                None,
                vec![evidence(
                    "a1",
                    Some("2025-09-04"),
                    "unterstützt nicht",
                    "Sie unterstützt das nicht.",
                )],
            ),
        );
        g.push_edge(
            scholz,
            sacharowa,
            statement(
                Predicate::Criticize,
                false,
                "actor",
                Some("Maria Sacharowa"),
                vec![evidence(
                    "a1",
                    Some("2025-09-04"),
                    "kritisierte",
                    "Scholz kritisierte Sacharowa.",
                )],
            ),
        );
        g
    }
}
