//! Discourse networks of the seed articles: who stands together on troops and security
//! guarantees (congruence), who against each other (conflict), and each actor's stance
//! per topic (affiliation) — computed with the library as DNA defines them.
//!
//! Run: `cargo run --example stance_network [PATH...]` (default: `seeds/`).

use standpunkt::network::{build, DiscourseNetwork, EdgeDetail, Level, Mode, NetworkOptions};
use standpunkt::network::{format_weight, Normalization};
use standpunkt::query::Source;
use standpunkt::{Extractor, Pipeline};
use std::path::PathBuf;

/// A node as `Name (CODE)`.
fn name(network: &DiscourseNetwork, id: &str) -> String {
    match network.node(id) {
        Some(n) => match (&n.country, n.role) {
            (Some(c), standpunkt::network::NodeRole::Actor) => format!("{} ({c})", n.label),
            _ => n.label.clone(),
        },
        None => id.to_string(),
    }
}

fn print_one_mode(title: &str, network: &DiscourseNetwork) {
    println!(
        "{title}: {} nodes, {} edges",
        network.nodes.len(),
        network.edges.len()
    );
    let mut edges: Vec<_> = network.edges.iter().collect();
    edges.sort_by(|a, b| b.weight.abs().total_cmp(&a.weight.abs()));
    for e in edges {
        let EdgeDetail::OneMode { concepts, .. } = &e.detail else {
            continue;
        };
        let concepts: Vec<&str> = concepts
            .iter()
            .map(|c| c.strip_prefix("topic:").unwrap_or(c))
            .collect();
        println!(
            "  {:>6}  {} — {}  over {}",
            format_weight(e.weight),
            name(network, &e.source),
            name(network, &e.target),
            concepts.join(", ")
        );
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        paths.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds"));
    }
    let pipeline = Pipeline::new(Extractor::builtin());
    let (graph, _) = Source::Articles(paths).load(&pipeline)?;
    let lexicon = pipeline.extractor().lexicon();
    let statements = graph
        .query()
        .lexicon(lexicon)
        .about("troops")
        .about("security_guarantees")
        .run();
    println!(
        "{} statements about troops or security guarantees\n",
        statements.len()
    );

    let affiliation = build(&statements, &NetworkOptions::new(Mode::Affiliation))?;
    println!("Affiliation (actor – topic: statements, + for / − against):");
    for e in &affiliation.edges {
        if let EdgeDetail::Affiliation {
            positive,
            neutral,
            negative,
        } = e.detail
        {
            println!(
                "  {:<40} {:<22} {:>2}  +{positive} 0:{neutral} -{negative}",
                name(&affiliation, &e.source),
                e.target.strip_prefix("topic:").unwrap_or(&e.target),
                format_weight(e.weight)
            );
        }
    }
    println!();

    let conflict = build(&statements, &NetworkOptions::new(Mode::Conflict))?;
    print_one_mode("Conflict (opposite stances)", &conflict);
    println!();
    let congruence = build(
        &statements,
        &NetworkOptions::new(Mode::Congruence).normalization(Normalization::Jaccard),
    )?;
    print_one_mode("Congruence (same stance, Jaccard-normalised)", &congruence);
    println!();
    let countries = build(
        &statements,
        &NetworkOptions::new(Mode::Subtract).level(Level::Country),
    )?;
    print_one_mode("Countries, congruence minus conflict", &countries);
    Ok(())
}
