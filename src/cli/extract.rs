//! `standpunkt extract`: statements as JSON Lines on stdout.

use super::InputOptions;
use clap::Args;
use standpunkt::graph::ArticleLine;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct ExtractArgs {
    #[command(flatten)]
    input: InputOptions,
    /// Print, to stderr, each sentence with the mentions and cue words found in it.
    #[arg(long)]
    trace: bool,
    /// Before the statements of each article, write one line
    /// `{"article_read": {"id", "date", "content_hash"}}`, so that `build --statements`
    /// knows every article read, also those without statements.
    #[arg(long)]
    with_articles: bool,
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let pipeline = args.input.pipeline()?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let extractor = pipeline.extractor().clone();
    let (trace, with_articles) = (args.trace, args.with_articles);
    let write_error = |e: std::io::Error| standpunkt::Error::io("<stdout>", e);
    // A long article comes in parts (one block's statements each), so that memory holds
    // one block's statements; its trace and article line go before its first part.
    let mut first_part = true;
    let report = pipeline.run_parts(&args.input.paths, |done| {
        let article = &done.article;
        let first = std::mem::replace(&mut first_part, done.complete);
        if trace && first {
            eprint!("== {}\n{}", article.id, extractor.trace(article));
        }
        if with_articles && first {
            let line = ArticleLine::new(&article.id, article.date.as_deref(), &done.hash);
            serde_json::to_writer(&mut out, &line).map_err(|e| write_error(e.into()))?;
            out.write_all(b"\n").map_err(write_error)?;
        }
        for s in &done.statements {
            serde_json::to_writer(&mut out, s).map_err(|e| write_error(e.into()))?;
            out.write_all(b"\n").map_err(write_error)?;
        }
        Ok(())
    });
    out.flush()?;
    let report = report?;
    args.input.print_report(&report, "");
    Ok(ExitCode::SUCCESS)
}
