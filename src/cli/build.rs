//! `standpunkt build`: the knowledge graph as STEM.json (node-link) and STEM.dot.

use super::{print_warnings, InputOptions};
use anyhow::Context;
use clap::Args;
use standpunkt::export::{dot, json, write_atomic};
use standpunkt::{KnowledgeGraph, Pipeline};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct BuildArgs {
    #[command(flatten)]
    input: InputOptions,
    /// Output stem: writes STEM.json and STEM.dot.
    #[arg(long, value_name = "STEM")]
    out: PathBuf,
    /// Group actors in one DOT cluster per country.
    #[arg(long)]
    clusters: bool,
}

pub fn run(args: BuildArgs) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new(args.input.lexicon.extractor()?).keep_going(args.input.keep_going);
    let lexicon = pipeline.extractor().lexicon();
    let mut graph = KnowledgeGraph::new();
    let report = pipeline.run(&args.input.paths, |article, statements| {
        graph.add_article(&article.id, article.date.as_deref());
        for s in &statements {
            graph.add_statement(s, lexicon);
        }
        Ok(())
    })?;
    print_warnings(&report.warnings);
    let stem = args.out.to_string_lossy().to_string();
    let json_path = PathBuf::from(format!("{stem}.json"));
    let dot_path = PathBuf::from(format!("{stem}.dot"));
    if let Some(dir) = json_path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    write_atomic(&json_path, json::to_json(&graph).as_bytes())?;
    let options = dot::DotOptions {
        clusters: args.clusters,
    };
    write_atomic(&dot_path, dot::to_dot(&graph, &options).as_bytes())?;
    eprintln!(
        "standpunkt: {} articles, {} statements; graph of {} nodes and {} edges written to {} and {}",
        report.articles,
        report.statements,
        graph.node_count(),
        graph.edge_count(),
        json_path.display(),
        dot_path.display()
    );
    Ok(ExitCode::SUCCESS)
}
