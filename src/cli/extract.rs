//! `standpunkt extract`: statements as JSON Lines on stdout.

use super::InputOptions;
use clap::Args;
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
    let pipeline = args.input.pipeline()?;
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
    args.input.print_report(&report, "");
    Ok(ExitCode::SUCCESS)
}
