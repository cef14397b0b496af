//! `standpunkt network`: discourse networks (affiliation, congruence, conflict, subtract)
//! as DOT, node-link JSON or GraphML.

use super::{print_warnings, SourceOptions};
use anyhow::Context;
use clap::Args;
use standpunkt::network::{
    build, write_network, Concepts, Duplicates, FileFormat, Grouping, Level, Mode, NetworkOptions,
    Normalization,
};
use standpunkt::query::PartialDate;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct NetworkArgs {
    #[command(flatten)]
    source: SourceOptions,
    /// affiliation (actors × topics), congruence (same stance), conflict (opposite
    /// stances) or subtract (congruence − conflict).
    #[arg(long, value_name = "MODE")]
    mode: Mode,
    /// Edge weight normalisation of one-mode networks: none, average, jaccard, cosine.
    #[arg(long, value_name = "N", default_value = "none")]
    normalize: Normalization,
    /// Nodes are actors, or the states and organisations they speak for.
    #[arg(long, value_name = "LEVEL", default_value = "actor")]
    level: Level,
    /// Only statements about this topic (an id or a word). Repeatable.
    #[arg(long, value_name = "ID-OR-WORD")]
    topic: Vec<String>,
    /// Only statements dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<PartialDate>,
    /// Only statements dated on or before DATE.
    #[arg(long, value_name = "DATE")]
    until: Option<PartialDate>,
    /// document: a repeated stance counts once per article; all: every statement counts.
    #[arg(long, value_name = "RULE", default_value = "document")]
    duplicates: Duplicates,
    /// Concepts are topics only, or all objects (also actors and claims).
    #[arg(long, value_name = "WHICH", default_value = "topics")]
    concepts: Concepts,
    /// Topics with the state they are aimed at where the sentence names one (troops for
    /// Ukraine apart from troops for Russia), or topics alone.
    #[arg(long, value_name = "HOW", default_value = "target")]
    group: Grouping,
    /// Output file: .dot, .json (node-link, networkx) or .graphml.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

pub fn run(args: NetworkArgs) -> anyhow::Result<ExitCode> {
    // A bad output name fails before any work is done.
    FileFormat::from_path(&args.out)?;
    let options = NetworkOptions::new(args.mode)
        .normalization(args.normalize)
        .level(args.level)
        .duplicates(args.duplicates)
        .concepts(args.concepts)
        .grouping(args.group);
    let (graph, lexicon, warnings) = args.source.load()?;
    print_warnings(&warnings);
    let mut query = graph.query().lexicon(&lexicon);
    for t in &args.topic {
        query = query.about(t);
    }
    if let Some(d) = args.since {
        query = query.since(d);
    }
    if let Some(d) = args.until {
        query = query.until(d);
    }
    let network = build(&query.run_unsorted(), &options)?;
    if let Some(dir) = args.out.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    write_network(&args.out, &network)?;
    eprintln!(
        "standpunkt: {} network of {} nodes and {} edges written to {}",
        options.mode,
        network.nodes.len(),
        network.edges.len(),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}
