//! `standpunkt build`: the knowledge graph in one or more formats (default: STEM.json,
//! node-link, and STEM.dot).

use super::{print_warnings, InputOptions};
use clap::Args;
use standpunkt::export::{export, ExportOptions, Format};
use standpunkt::{KnowledgeGraph, Pipeline};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct BuildArgs {
    #[command(flatten)]
    input: InputOptions,
    /// Output stem: writes STEM.json, STEM.dot, … (csv: the folder csv/ beside STEM).
    #[arg(long, value_name = "STEM")]
    out: PathBuf,
    /// Formats, comma-separated: json, dot, cytoscape (.cyjs), graphml, gexf, csv,
    /// turtle (.ttl), ntriples (.nt), or all.
    #[arg(long, value_name = "FORMATS", default_value = "json,dot", value_parser = parse_formats)]
    format: FormatList,
    /// Group actors in one DOT cluster per country.
    #[arg(long)]
    clusters: bool,
}

/// The formats of one `--format a,b,…`.
#[derive(Debug, Clone)]
struct FormatList(Vec<Format>);

fn parse_formats(text: &str) -> Result<FormatList, String> {
    Format::parse_list(text)
        .map(FormatList)
        .map_err(|e| e.to_string())
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
    let options = ExportOptions {
        clusters: args.clusters,
    };
    let mut written = Vec::new();
    for format in args.format.0 {
        let files = export(&graph, format, &format.build_path(&args.out), &options)?;
        written.push((format, files));
    }
    eprintln!(
        "standpunkt: {} articles, {} statements",
        report.articles, report.statements
    );
    super::report_written(&graph, &written);
    Ok(ExitCode::SUCCESS)
}
