//! `standpunkt eval`: the reference scorer's figures for extraction over PATHs.

use super::InputOptions;
use clap::Args;
use standpunkt::eval::{read_gold, score};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Gold statements (JSON Lines, as in the statement spec).
    #[arg(long, value_name = "GOLD.jsonl")]
    gold: PathBuf,
    #[command(flatten)]
    input: InputOptions,
    /// List every miss and false positive.
    #[arg(long)]
    explain: bool,
    /// Exit with 1 when F1 is below this.
    #[arg(long, value_name = "F1")]
    min_f1: Option<f64>,
}

pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let gold = read_gold(&args.gold)?;
    let pipeline = args.input.pipeline()?;
    let mut predictions = Vec::new();
    let report = pipeline.run(&args.input.paths, |_, statements| {
        predictions.extend(statements);
        Ok(())
    })?;
    if report.articles == 0 {
        args.input.print_warnings(&report);
        return Err(super::no_articles(&args.input.paths, Some(report.files)));
    }
    let figures = score(&gold, &predictions);
    if args.explain {
        for &g in &figures.misses {
            let g = &gold[g];
            outln!(
                "MISS  {} {} {}{} {:?} | {}",
                &g.article[..g.article.len().min(12)],
                g.actor,
                g.predicate,
                if g.negated { " NOT" } else { "" },
                g.object_keys,
                g.evidence
                    .as_deref()
                    .unwrap_or("(hashed)")
                    .chars()
                    .take(90)
                    .collect::<String>()
            );
        }
        for &p in &figures.false_positives {
            let p = &predictions[p];
            outln!(
                "FALSE {} {} [{}] {}{} \"{}\" | {}",
                &p.article[..p.article.len().min(12)],
                p.actor.name,
                p.country.as_deref().unwrap_or("None"),
                p.predicate,
                if p.negated { " NOT" } else { "" },
                p.object.label,
                p.evidence.sentence.chars().take(90).collect::<String>()
            );
        }
    }
    // Rounded to four places first, as the reference scorer does.
    let round4 = |x: f64| (x * 10_000.0).round() / 10_000.0;
    outln!(
        "TP {}  FP {}  FN {}  precision {:.3}  recall {:.3}  country accuracy {:.3} of {}",
        figures.tp,
        figures.fp,
        figures.fn_,
        round4(figures.precision),
        round4(figures.recall),
        round4(figures.country_accuracy),
        figures.country_checked
    );
    outln!("F1 {:.3}", round4(figures.f1));
    if args.min_f1.is_some_and(|min| figures.f1 < min) {
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
