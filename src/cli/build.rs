//! `standpunkt build`: the knowledge graph in one or more formats (default: STEM.json,
//! node-link, and STEM.dot); with `--into GRAPH.json`, new articles are added to an
//! existing graph; with `--statements`, the graph is built from statement JSON Lines
//! written by `standpunkt extract` instead of from articles.

use super::InputOptions;
use clap::Args;
use standpunkt::export::{json, write_formats, ExportOptions, Format};
use standpunkt::ingest::Issue;
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
    /// The PATHs are statement JSON Lines written by `standpunkt extract` (`-` for
    /// standard input), not articles. With `extract --with-articles`, the graph equals
    /// the one built from the articles.
    #[arg(long)]
    statements: bool,
}

/// The formats of one `--format a,b,…`.
#[derive(Debug, Clone)]
struct FormatList(Vec<Format>);

fn parse_formats(text: &str) -> Result<FormatList, String> {
    Format::parse_list(text)
        .map(FormatList)
        .map_err(|e| e.to_string())
}

/// What was read: statement files (their one-line summary) or articles.
enum Summary {
    Statements(String),
    Articles(standpunkt::RunReport),
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
    let summary = if args.statements {
        let lexicon = args.input.lexicon.load()?;
        let (mut articles, mut statements) = (0, 0);
        for path in &args.input.paths {
            let read = graph.read_statement_file(path, &lexicon)?;
            articles += read.articles;
            statements += read.statements;
        }
        Summary::Statements(format!(
            "standpunkt: {} statement files, {articles} article lines, {statements} statements",
            args.input.paths.len()
        ))
    } else {
        let pipeline = args
            .input
            .pipeline()?
            .known_articles(graph.known_articles());
        let lexicon = pipeline.extractor().lexicon();
        let report = pipeline.run_each(&args.input.paths, |done| {
            graph.add_read_article(&done.article, &done.hash, &done.statements, lexicon);
            Ok(())
        })?;
        // Articles already in the graph (`--into`) are counted as repeated, not missing.
        if report.articles == 0 && !report.issues.contains_key(&Issue::RepeatedArticle) {
            args.input.print_warnings(&report);
            return Err(super::no_articles(&args.input.paths, Some(report.files)));
        }
        Summary::Articles(report)
    };
    // Canonical order: the same articles give the same files whatever their order,
    // and equal what `standpunkt merge` makes of graphs built over parts of them.
    let graph = graph.into_canonical();
    let options = ExportOptions {
        clusters: args.clusters,
    };
    let written = write_formats(&graph, &stem, &args.format.0, &options)?;
    let added = if args.into.is_some() {
        format!(
            " ({} new articles, {} in the graph)",
            graph.articles().len() - before,
            graph.articles().len()
        )
    } else {
        String::new()
    };
    match &summary {
        Summary::Statements(line) if !args.input.quiet => eprintln!("{line}{added}"),
        Summary::Statements(_) => {}
        Summary::Articles(report) => args.input.print_report(report, &added),
    }
    if !args.input.quiet {
        super::report_written(&graph, &written);
    }
    Ok(ExitCode::SUCCESS)
}
