//! Who said what in the seed articles: extracts them with the library, builds the
//! knowledge graph and asks it the questions of issue 5 through the query API.
//!
//! Run: `cargo run --example who_said_what [PATH...]` (default: `seeds/`).

use standpunkt::query::{output::fit, GroupBy, Source, StatementRef};
use standpunkt::{Extractor, Pipeline, Predicate};
use std::path::PathBuf;

fn show(s: &StatementRef<'_>) {
    let evidence = match s.quote() {
        Some(q) if q.len() < s.sentence().len() => format!("„{q}“"),
        _ => s.sentence().to_string(),
    };
    println!(
        "  {:<10}  {} ({}) {} {}",
        s.date().unwrap_or("undated"),
        s.actor().label,
        s.country().unwrap_or("?"),
        s.predicate_label(),
        fit(s.topic().unwrap_or(s.object_label()), 40).trim_end(),
    );
    println!(
        "              {}  [{}]",
        fit(&evidence, 70).trim_end(),
        s.article()
    );
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds"));
    }
    let pipeline = Pipeline::new(Extractor::builtin());
    let (graph, _) = Source::Articles(paths).load(&pipeline)?;
    let lexicon = pipeline.extractor().lexicon();
    println!(
        "{} statements from {} articles\n",
        graph.statement_count(),
        graph.articles().len()
    );

    println!("Who rejects troops in Ukraine?");
    let rejections = graph
        .query()
        .lexicon(lexicon)
        .with_predicate(Predicate::Reject)
        .about("troops")
        .run();
    rejections.iter().for_each(show);

    println!("\nWhat did Macron say, and where?");
    let macron = graph.query().lexicon(lexicon).by_actor("macron").run();
    macron.iter().for_each(show);

    println!("\nWho is for security guarantees, who against?");
    for g in graph
        .query()
        .lexicon(lexicon)
        .about("security_guarantees")
        .group_by(GroupBy::Actor)
    {
        println!(
            "  {:>2} statements  +{} 0:{} -{}  {}",
            g.count, g.positive, g.neutral, g.negative, g.label
        );
    }

    println!("\nWho speaks most (top 5)?");
    for g in graph.query().group_by(GroupBy::Actor).iter().take(5) {
        println!("  {:>2}  {}", g.count, g.label);
    }
    Ok(())
}
