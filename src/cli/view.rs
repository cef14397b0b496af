//! `standpunkt view`: the graph as one interactive HTML page that opens from disk.

use super::LexiconOptions;
use clap::Args;
use standpunkt::export::json::read_graph;
use standpunkt::viewer::{shown, write_html_file, ViewOptions};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct ViewArgs {
    /// The graph: node-link JSON written by `standpunkt build`.
    #[arg(value_name = "GRAPH.json")]
    graph: PathBuf,
    /// The page to write (FILE.html); open it in a web browser.
    #[arg(long, short, value_name = "FILE")]
    out: PathBuf,
    /// Show only the N actors with the most statements, with their edges (0: all).
    #[arg(long, value_name = "N", default_value_t = 0)]
    top: usize,
    /// The page's title [default: the graph file's name].
    #[arg(long)]
    title: Option<String>,
    #[command(flatten)]
    lexicon: LexiconOptions,
}

pub fn run(args: ViewArgs) -> anyhow::Result<ExitCode> {
    let graph = read_graph(&args.graph)?;
    let lexicon = args.lexicon.load()?;
    let options = ViewOptions {
        top: (args.top > 0).then_some(args.top),
        title: Some(args.title.unwrap_or_else(|| {
            let name = args.graph.file_stem().unwrap_or_default().to_string_lossy();
            format!("standpunkt: {name}")
        })),
    };
    write_html_file(&graph, &lexicon, &options, &args.out)?;
    let cut = shown(&graph, &options);
    let drawn = cut.as_ref().unwrap_or(&graph);
    eprintln!(
        "standpunkt: view of {} of {} nodes and {} of {} statements → {}",
        drawn.node_count(),
        graph.node_count(),
        drawn.statement_count(),
        graph.statement_count(),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}
