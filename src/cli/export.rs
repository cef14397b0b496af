//! `standpunkt export`: a graph JSON written by `build` in another format.

use clap::Args;
use standpunkt::export::{export, json::read_graph, ExportOptions, Format};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// The graph: node-link JSON written by `standpunkt build`.
    #[arg(value_name = "GRAPH.json")]
    graph: PathBuf,
    /// Output format: json, dot, cytoscape, graphml, gexf, csv, turtle, ntriples, html.
    #[arg(long, short, value_name = "FORMAT", value_parser = parse_format)]
    format: Format,
    /// Output file; for csv a folder that receives nodes.csv and edges.csv.
    #[arg(long, short, value_name = "FILE")]
    out: PathBuf,
    /// DOT: group actors and their country in one cluster per country.
    #[arg(long)]
    clusters: bool,
}

fn parse_format(text: &str) -> Result<Format, String> {
    text.parse().map_err(|e: standpunkt::Error| e.to_string())
}

pub fn run(args: ExportArgs) -> anyhow::Result<ExitCode> {
    let graph = read_graph(&args.graph)?;
    let options = ExportOptions {
        clusters: args.clusters,
        ..ExportOptions::default()
    };
    let written = export(&graph, args.format, &args.out, &options)?;
    super::report_written(&graph, &[(args.format, written)]);
    Ok(ExitCode::SUCCESS)
}
