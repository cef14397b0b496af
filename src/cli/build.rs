//! `standpunkt build`: the knowledge graph in one or more formats (default: STEM.json,
//! node-link, and STEM.dot); with `--into GRAPH.json`, new articles are added to an
//! existing graph.

use super::InputOptions;
use anyhow::Context;
use clap::Args;
use standpunkt::export::{dot, export, json, write_graph_files, ExportOptions, Format};
use standpunkt::KnowledgeGraph;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct BuildArgs {
    #[command(flatten)]
    input: InputOptions,
    /// Output stem: writes STEM.json, STEM.dot, … (csv: the folder csv/ beside STEM).
    #[arg(long, value_name = "STEM", required_unless_present = "into")]
    out: Option<PathBuf>,
    /// Add the articles to this graph (written by an earlier build) and write it back
    /// (or to --out): articles already in it are skipped by content hash, so the result
    /// equals a build from scratch over all the articles. A missing file starts empty.
    #[arg(long, value_name = "GRAPH.json")]
    into: Option<PathBuf>,
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
    let mut graph = match &args.into {
        Some(path) if path.exists() => json::read_graph(path)?,
        _ => KnowledgeGraph::new(),
    };
    let stem = match (&args.out, &args.into) {
        (Some(stem), _) => stem.clone(),
        (None, Some(into)) => into.with_extension(""),
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
    if let Some(dir) = stem.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    let formats = args.format.0;
    let mut written = Vec::new();
    // JSON and DOT, the usual pair, are streamed to disk on two threads at once.
    let pair = formats.contains(&Format::Json) && formats.contains(&Format::Dot);
    if pair {
        let (json_path, dot_path) = (
            Format::Json.build_path(&stem),
            Format::Dot.build_path(&stem),
        );
        write_graph_files(
            &graph,
            &json_path,
            &dot_path,
            &dot::DotOptions {
                clusters: args.clusters,
            },
        )?;
        written.push((Format::Json, vec![json_path]));
        written.push((Format::Dot, vec![dot_path]));
    }
    let options = ExportOptions {
        clusters: args.clusters,
    };
    for format in formats {
        if pair && matches!(format, Format::Json | Format::Dot) {
            continue;
        }
        let files = export(&graph, format, &format.build_path(&stem), &options)?;
        written.push((format, files));
    }
    let added = if args.into.is_some() {
        format!(
            " ({} new articles, {} in the graph)",
            graph.articles().len() - before,
            graph.articles().len()
        )
    } else {
        String::new()
    };
    args.input.print_report(&report, &added);
    if !args.input.quiet {
        super::report_written(&graph, &written);
    }
    Ok(ExitCode::SUCCESS)
}
