//! Command-line interface: one file per subcommand; each only parses its arguments and
//! calls the library.

/// `println!` for command output: a failed write (a closed pipe) is returned as an error
/// whose kind is kept, which `main` turns into a quiet exit 0, instead of a panic.
macro_rules! outln {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        writeln!(std::io::stdout().lock(), $($arg)*)
            .map_err(|e| standpunkt::Error::io("<stdout>", e))?
    }};
}

mod analyse;
mod build;
mod eval;
mod export;
mod extract;
mod lexicon;
mod merge;
mod network;
mod query;
mod render;
mod view;

use clap::{Args, Parser, Subcommand};
use standpunkt::export::Format;
use standpunkt::query::Source;
use standpunkt::{Extractor, KnowledgeGraph, Lexicon, Pipeline, RunReport};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

/// Who said what in German political news: statements as a knowledge graph.
#[derive(Parser, Debug)]
#[command(name = "standpunkt", version, about, long_about = None, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract statements from articles and print them as JSON Lines.
    Extract(extract::ExtractArgs),
    /// Build the knowledge graph and write it (STEM.json and STEM.dot, or --format …).
    Build(build::BuildArgs),
    /// Merge graphs built over parts of a corpus into the graph of the whole corpus.
    Merge(merge::MergeArgs),
    /// Write a graph JSON in another format (GraphML, GEXF, Cytoscape.js, CSV, RDF, DOT).
    Export(export::ExportArgs),
    /// Draw a graph JSON as SVG or PNG with Graphviz.
    Render(render::RenderArgs),
    /// Score extraction against gold statements (precision, recall, F1, country accuracy).
    Eval(eval::EvalArgs),
    /// Look into the lexicon: resolve mentions, check files, count entries.
    Lexicon(lexicon::LexiconArgs),
    /// Who said what: list or count statements by actor, country, predicate, topic, date.
    Query(query::QueryArgs),
    /// The grammatical analysis of a text or a CoNLL-U file, as CoNLL-U.
    Analyse(analyse::AnalyseArgs),
    /// Discourse networks: affiliation, congruence, conflict or subtract, as DOT, JSON or GraphML.
    Network(network::NetworkArgs),
    /// Write the graph as one interactive HTML page: filter, search, read the evidence.
    View(view::ViewArgs),
}

/// Options shared by commands that read articles.
#[derive(Args, Debug, Clone)]
pub struct InputOptions {
    /// Articles: files (.txt, .jsonl) or directories, read recursively; `-` for JSON
    /// Lines on standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Skip malformed JSON Lines records (reported on stderr) instead of stopping.
    #[arg(long)]
    pub keep_going: bool,
    /// Extraction threads [default: one per core]. The output is the same for any N.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// No progress bar, no warnings: only errors on stderr.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Skip articles (text files, JSON Lines records) larger than this, with a warning.
    /// Peak memory is about four times the largest article read.
    #[arg(long, value_name = "MB", default_value_t = 100.0)]
    pub max_article_mb: f64,
    /// Encoding of text files (`latin1`, `windows-1252`, `utf-16le`, `utf-8`…) instead
    /// of detecting it: a byte-order mark, else UTF-8, else the detector's guess.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
    #[command(flatten)]
    pub lexicon: LexiconOptions,
}

/// Where `query` and `network` read statements from.
#[derive(Args, Debug, Clone)]
pub struct SourceOptions {
    /// A graph written by `standpunkt build` (one .json file), or articles (files or
    /// directories) to extract on the fly.
    #[arg(required = true, value_name = "SOURCE")]
    pub sources: Vec<PathBuf>,
    /// Skip malformed JSON Lines records (reported on stderr) instead of stopping.
    #[arg(long)]
    pub keep_going: bool,
    #[command(flatten)]
    pub lexicon: LexiconOptions,
}

impl SourceOptions {
    /// The graph (read, or extracted from the articles), the lexicon, and warnings.
    pub fn load(&self) -> anyhow::Result<(KnowledgeGraph, Arc<Lexicon>, Vec<String>)> {
        let source = Source::from_paths(&self.sources)?;
        let lexicon = self.lexicon.load()?;
        let pipeline = Pipeline::new(Extractor::new(lexicon.clone())).keep_going(self.keep_going);
        let (graph, warnings) = source.load(&pipeline)?;
        if matches!(source, Source::Articles(_)) && graph.articles().is_empty() {
            print_warnings(&warnings);
            return Err(no_articles(&self.sources, None));
        }
        Ok((graph, lexicon, warnings))
    }
}

impl InputOptions {
    /// The pipeline these options describe. The progress bar shows only when stderr is
    /// a terminal and `--quiet` is not given.
    pub fn pipeline(&self) -> anyhow::Result<Pipeline> {
        use std::io::IsTerminal;
        if !(self.max_article_mb.is_finite() && self.max_article_mb > 0.0) {
            anyhow::bail!(
                "--max-article-mb {}: must be a positive number",
                self.max_article_mb
            );
        }
        let max_bytes = (self.max_article_mb * 1e6).round().max(1.0) as usize;
        let encoding = match self.encoding.as_deref() {
            None => None,
            Some(label) => match standpunkt::ingest::encoding_for_label(label) {
                Some(e) => Some(e),
                None => anyhow::bail!(
                    "--encoding {label}: unknown encoding (try utf-8, latin1, windows-1252, utf-16le)"
                ),
            },
        };
        Ok(Pipeline::new(self.lexicon.extractor()?)
            .keep_going(self.keep_going)
            .threads(self.threads.map_or(0, usize::from))
            .max_article_bytes(max_bytes)
            .encoding(encoding)
            .progress(!self.quiet && std::io::stderr().is_terminal()))
    }

    /// Prints a run's warnings (unless `--quiet`): why a run found nothing.
    pub fn print_warnings(&self, report: &RunReport) {
        if !self.quiet {
            print_warnings(&report.warnings);
        }
    }

    /// Prints a run's warnings (unless `--quiet`) and the one-line summary of what was
    /// read and skipped.
    pub fn print_report(&self, report: &RunReport, extra: &str) {
        if self.quiet {
            return;
        }
        print_warnings(&report.warnings);
        let skipped = report.skipped_summary();
        eprintln!(
            "standpunkt: {} files, {} articles ({}), {} statements{extra}{}",
            report.files,
            report.articles,
            standpunkt::ingest::human_bytes(report.bytes as u64),
            report.statements,
            if skipped.is_empty() {
                String::new()
            } else {
                format!("; {skipped}")
            }
        );
    }
}

/// The error of a run that was to give a result (a graph, figures, statements) but
/// read no article: naming the paths and what an article is, so the user can act.
pub fn no_articles(paths: &[PathBuf], files: Option<usize>) -> anyhow::Error {
    let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    let files = files.map_or(String::new(), |n| {
        format!(" ({n} {} read)", if n == 1 { "file" } else { "files" })
    });
    anyhow::anyhow!(
        "no articles found in {}{files}: an article is a text file (in a directory: \
         *.txt) or a record with a `text` field in a JSON Lines file (*.jsonl, *.ndjson)",
        paths.join(", ")
    )
}

/// Lexicon files that extend the built-in one.
#[derive(Args, Debug, Clone, Default)]
pub struct LexiconOptions {
    /// A lexicon file (TSV) read after the built-in files; repeatable.
    #[arg(long = "lexicon", value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

impl LexiconOptions {
    /// The lexicon: the built-in one, extended by the user's files.
    pub fn load(&self) -> anyhow::Result<Arc<Lexicon>> {
        if self.files.is_empty() {
            return Ok(Lexicon::builtin());
        }
        let mut builder = Lexicon::builder();
        for file in &self.files {
            builder = builder.file(file);
        }
        Ok(Arc::new(builder.build()?))
    }

    /// An extractor over that lexicon.
    pub fn extractor(&self) -> anyhow::Result<Extractor> {
        Ok(Extractor::new(self.load()?))
    }
}

/// At most this many warnings are printed one by one; the rest are counted.
const MAX_PRINTED_WARNINGS: usize = 200;

/// Prints a run's warnings to stderr, the first [`MAX_PRINTED_WARNINGS`] of them.
pub fn print_warnings(warnings: &[String]) {
    for w in warnings.iter().take(MAX_PRINTED_WARNINGS) {
        eprintln!("standpunkt: warning: {w}");
    }
    if warnings.len() > MAX_PRINTED_WARNINGS {
        eprintln!(
            "standpunkt: … and {} more warnings",
            warnings.len() - MAX_PRINTED_WARNINGS
        );
    }
}

/// Reports what was written, one line per format on stderr:
/// `standpunkt: graphml: 93 nodes, 121 edges, 104 statements → graphs/seeds.graphml`.
pub fn report_written(graph: &KnowledgeGraph, written: &[(Format, Vec<PathBuf>)]) {
    for (format, files) in written {
        let files: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        eprintln!(
            "standpunkt: {format}: {} nodes, {} edges, {} statements → {}",
            graph.node_count(),
            graph.edge_count(),
            graph.statement_count(),
            files.join(", ")
        );
    }
}

/// Parses the command line and runs the command.
pub fn run() -> anyhow::Result<ExitCode> {
    // A bug must not greet users with a backtrace: one line naming it as ours. (The
    // pipeline catches a panic in the extraction of one article and goes on.)
    std::panic::set_hook(Box::new(|info| {
        eprintln!("standpunkt: internal error (please report it): {info}");
    }));
    let cli = Cli::parse();
    match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Build(args) => build::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Export(args) => export::run(args),
        Command::Render(args) => render::run(args),
        Command::Eval(args) => eval::run(args),
        Command::Lexicon(args) => lexicon::run(args),
        Command::Query(args) => query::run(args),
        Command::Network(args) => network::run(args),
        Command::View(args) => view::run(args),
        Command::Analyse(args) => analyse::run(args),
    }
}
