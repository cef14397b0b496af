//! `standpunkt build`: the knowledge graph as STEM.json (node-link) and STEM.dot; with
//! `--into GRAPH.json`, new articles are added to an existing graph.

use super::InputOptions;
use anyhow::Context;
use clap::Args;
use standpunkt::export::{dot, json, write_graph_files};
use standpunkt::KnowledgeGraph;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct BuildArgs {
    #[command(flatten)]
    input: InputOptions,
    /// Output stem: writes STEM.json and STEM.dot.
    #[arg(long, value_name = "STEM", required_unless_present = "into")]
    out: Option<PathBuf>,
    /// Add the articles to this graph (written by an earlier build) and write it back
    /// (or to --out): articles already in it are skipped by content hash, so the result
    /// equals a build from scratch over all the articles. A missing file starts empty.
    #[arg(long, value_name = "GRAPH.json")]
    into: Option<PathBuf>,
    /// Group actors in one DOT cluster per country.
    #[arg(long)]
    clusters: bool,
}

pub fn run(args: BuildArgs) -> anyhow::Result<ExitCode> {
    let mut graph = match &args.into {
        Some(path) if path.exists() => json::read_graph(path)?,
        _ => KnowledgeGraph::new(),
    };
    let (json_path, dot_path) = match (&args.out, &args.into) {
        (Some(stem), _) => {
            let stem = stem.to_string_lossy();
            (
                PathBuf::from(format!("{stem}.json")),
                PathBuf::from(format!("{stem}.dot")),
            )
        }
        (None, Some(into)) => (into.clone(), into.with_extension("dot")),
        (None, None) => anyhow::bail!("give --out STEM or --into GRAPH.json"),
    };
    let before = graph.articles().len();
    let pipeline = args
        .input
        .pipeline()?
        .known_articles(graph.known_articles());
    let lexicon = pipeline.extractor().lexicon();
    let report = pipeline.run_each(&args.input.paths, |done| {
        let id = &done.article.id;
        graph.add_article(id, done.article.date.as_deref());
        graph.set_article_hash(id, done.hash);
        for s in &done.statements {
            graph.add_statement(s, lexicon);
        }
        Ok(())
    })?;
    if let Some(dir) = json_path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let options = dot::DotOptions {
        clusters: args.clusters,
    };
    write_graph_files(&graph, &json_path, &dot_path, &options)?;
    let added = if args.into.is_some() {
        format!(
            " ({} new articles, {} in the graph)",
            graph.articles().len() - before,
            graph.articles().len()
        )
    } else {
        String::new()
    };
    args.input.print_report(
        &report,
        &format!(
            "{added}; graph of {} nodes and {} edges written to {} and {}",
            graph.node_count(),
            graph.edge_count(),
            json_path.display(),
            dot_path.display()
        ),
    );
    Ok(ExitCode::SUCCESS)
}
