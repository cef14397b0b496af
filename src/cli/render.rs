//! `standpunkt render`: the graph drawn by Graphviz as SVG or PNG, filtered to stay
//! readable.

use clap::Args;
use standpunkt::export::json::read_graph;
use standpunkt::export::render::{filter, render, ImageFormat, Layout, RenderOptions};
use standpunkt::export::write_atomic;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct RenderArgs {
    /// The graph: node-link JSON written by `standpunkt build`.
    #[arg(value_name = "GRAPH.json")]
    graph: PathBuf,
    /// The image: FILE.svg or FILE.png.
    #[arg(long, short, value_name = "FILE")]
    out: PathBuf,
    /// Graphviz layout: dot (layered), neato, fdp, sfdp (large graphs).
    #[arg(long, default_value = "dot", value_parser = parse_layout)]
    layout: Layout,
    /// Draw the N actors who make the most statements (0: all), with their objects.
    #[arg(long, value_name = "N", default_value_t = 30)]
    top: usize,
    /// Draw only statement edges with at least W pieces of evidence.
    #[arg(long, value_name = "W", default_value_t = 1)]
    min_weight: usize,
    /// Group actors and their country in one cluster per country.
    #[arg(long)]
    clusters: bool,
}

fn parse_layout(text: &str) -> Result<Layout, String> {
    text.parse().map_err(|e: standpunkt::Error| e.to_string())
}

pub fn run(args: RenderArgs) -> anyhow::Result<ExitCode> {
    let format = ImageFormat::from_path(&args.out)?;
    let graph = read_graph(&args.graph)?;
    let options = RenderOptions {
        layout: args.layout,
        top: (args.top > 0).then_some(args.top),
        min_weight: args.min_weight,
        clusters: args.clusters,
    };
    let shown = filter(&graph, options.top, options.min_weight);
    let image = render(&shown, &options, format)?;
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| standpunkt::Error::io(dir, e))?;
    }
    write_atomic(&args.out, &image)?;
    eprintln!(
        "standpunkt: rendered {} of {} nodes and {} of {} edges to {}",
        shown.node_count(),
        graph.node_count(),
        shown.edge_count(),
        graph.edge_count(),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}
