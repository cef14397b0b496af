//! `standpunkt extract`: statements as JSON Lines on stdout.

use super::{print_warnings, InputOptions};
use clap::Args;
use standpunkt::Pipeline;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct ExtractArgs {
    #[command(flatten)]
    input: InputOptions,
    /// Print, to stderr, each sentence with the mentions and cue words found in it.
    #[arg(long)]
    trace: bool,
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let pipeline = Pipeline::new(args.input.lexicon.extractor()?).keep_going(args.input.keep_going);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let extractor = pipeline.extractor().clone();
    let trace = args.trace;
    let report = pipeline.run(&args.input.paths, |article, statements| {
        if trace {
            eprint!("== {}\n{}", article.id, extractor.trace(article));
        }
        for s in statements {
            serde_json::to_writer(&mut out, &s)
                .map_err(|e| standpunkt::Error::Invalid(e.to_string()))?;
            out.write_all(b"\n")
                .map_err(|e| standpunkt::Error::io("<stdout>", e))?;
        }
        Ok(())
    });
    out.flush()?;
    let report = report?;
    print_warnings(&report.warnings);
    Ok(ExitCode::SUCCESS)
}
