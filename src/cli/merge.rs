//! `standpunkt merge`: graphs built over parts of a corpus, merged into one that equals
//! the graph built over the whole corpus at once (in any grouping and order).

use clap::Args;
use standpunkt::export::{json::read_graph, write_formats, ExportOptions, Format};
use standpunkt::KnowledgeGraph;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct MergeArgs {
    /// Graphs written by `standpunkt build` or `standpunkt merge` (node-link JSON).
    #[arg(required = true, value_name = "GRAPH.json")]
    graphs: Vec<PathBuf>,
    /// Output stem: writes STEM.json, STEM.dot, … (csv: the folder csv/ beside STEM).
    #[arg(long, value_name = "STEM")]
    out: PathBuf,
    /// Formats, comma-separated: json, dot, cytoscape (.cyjs), graphml, gexf, csv,
    /// turtle (.ttl), ntriples (.nt), or all.
    #[arg(long, value_name = "FORMATS", default_value = "json", value_parser = parse_formats)]
    format: FormatList,
    /// Group actors in one DOT cluster per country.
    #[arg(long)]
    clusters: bool,
    /// No summary on stderr.
    #[arg(long, short = 'q')]
    quiet: bool,
}

/// The formats of one `--format a,b,…`.
#[derive(Debug, Clone)]
struct FormatList(Vec<Format>);

fn parse_formats(text: &str) -> Result<FormatList, String> {
    Format::parse_list(text)
        .map(FormatList)
        .map_err(|e| e.to_string())
}

pub fn run(args: MergeArgs) -> anyhow::Result<ExitCode> {
    let mut graph = KnowledgeGraph::new();
    for path in &args.graphs {
        let part = read_graph(path)?;
        graph
            .merge(part)
            .map_err(|err| anyhow::anyhow!("{}: {err}", path.display()))?;
    }
    let graph = graph.into_canonical();
    let options = ExportOptions {
        clusters: args.clusters,
    };
    let written = write_formats(&graph, &args.out, &args.format.0, &options)?;
    if !args.quiet {
        eprintln!(
            "standpunkt: {} graphs merged, {} articles",
            args.graphs.len(),
            graph.articles().len()
        );
        super::report_written(&graph, &written);
    }
    Ok(ExitCode::SUCCESS)
}
