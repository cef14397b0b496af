//! Extracts the seed articles' statements with the library and prints who said what.
//!
//! Run: `cargo run --example extract [PATH...]` (default: `seeds/`).

use standpunkt::{Extractor, Pipeline};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds"));
    }
    let pipeline = Pipeline::new(Extractor::builtin());
    let report = pipeline.run(&paths, |article, statements| {
        println!(
            "{} ({})",
            article.id,
            article.date.as_deref().unwrap_or("undated")
        );
        for s in statements {
            println!(
                "  {} ({}) {}{} {}",
                s.actor.name,
                s.country.as_deref().unwrap_or("?"),
                if s.negated { "not " } else { "" },
                s.predicate,
                s.object.id.as_deref().unwrap_or(&s.object.label),
            );
        }
        Ok(())
    })?;
    println!(
        "{} articles, {} statements",
        report.articles, report.statements
    );
    Ok(())
}
