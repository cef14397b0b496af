//! `standpunkt query`: who said what, filtered, as a table, JSON Lines or CSV, or
//! counted by actor, country, topic or predicate.

use super::{print_warnings, SourceOptions};
use clap::Args;
use standpunkt::query::{write_groups, write_statements, Format, GroupBy, PartialDate, Polarity};
use standpunkt::Predicate;
use std::io::{BufWriter, Write};
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct QueryArgs {
    #[command(flatten)]
    source: SourceOptions,
    /// Statements by this actor: name or alias, any case, accents optional, a surname
    /// is enough (`macron`, `Sacharowa`). Repeatable: any of them.
    #[arg(long, value_name = "NAME")]
    actor: Vec<String>,
    /// Statements by actors speaking for this state or organisation (`RUS`, `nato`,
    /// `Frankreich`). Repeatable.
    #[arg(long, value_name = "CODE")]
    country: Vec<String>,
    /// Statements with this predicate (say, reject, demand, …). Repeatable.
    #[arg(long, value_name = "P", value_parser = parse_predicate)]
    predicate: Vec<Predicate>,
    /// Statements about this topic: an id (`troops`) or a word (`Truppen`). Repeatable.
    #[arg(long, value_name = "ID-OR-WORD")]
    topic: Vec<String>,
    /// Statements of this polarity after negation: + (for), - (against), 0 (neutral).
    #[arg(long, value_name = "+|-|0", allow_hyphen_values = true)]
    polarity: Vec<Polarity>,
    /// Only negated statements.
    #[arg(long)]
    negated: bool,
    /// Statements dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    since: Option<PartialDate>,
    /// Statements dated on or before DATE.
    #[arg(long, value_name = "DATE")]
    until: Option<PartialDate>,
    /// Statements from this article (its id or the beginning of it). Repeatable.
    #[arg(long, value_name = "ID")]
    article: Vec<String>,
    /// Statements whose sentence contains WORD (any case, accents optional). Repeatable.
    #[arg(long, value_name = "WORD")]
    text: Vec<String>,
    /// Count the statements by actor, country, topic or predicate instead of listing them.
    #[arg(long, value_name = "KEY")]
    group_by: Option<GroupBy>,
    /// Output: table (100 columns), jsonl (the statement spec's form) or csv.
    #[arg(long, value_name = "FORMAT", default_value = "table")]
    format: Format,
    /// Print at most N statements (or groups).
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
}

fn parse_predicate(text: &str) -> Result<Predicate, String> {
    Predicate::parse(text).ok_or_else(|| {
        let names: Vec<&str> = Predicate::ALL.iter().map(|p| p.as_str()).collect();
        format!(
            "`{text}` is not a predicate: use one of {}",
            names.join(", ")
        )
    })
}

pub fn run(args: QueryArgs) -> anyhow::Result<ExitCode> {
    let (graph, lexicon, warnings) = args.source.load()?;
    print_warnings(&warnings);
    let mut query = graph.query().lexicon(&lexicon);
    for a in &args.actor {
        query = query.by_actor(a);
    }
    for c in &args.country {
        query = query.by_country(c);
    }
    for &p in &args.predicate {
        query = query.with_predicate(p);
    }
    for t in &args.topic {
        query = query.about(t);
    }
    for &p in &args.polarity {
        query = query.with_polarity(p);
    }
    if args.negated {
        query = query.negated(true);
    }
    if let Some(d) = args.since {
        query = query.since(d);
    }
    if let Some(d) = args.until {
        query = query.until(d);
    }
    for a in &args.article {
        query = query.in_article(a);
    }
    for t in &args.text {
        query = query.containing(t);
    }
    if !args.actor.is_empty() && query.matching_actors().is_empty() {
        eprintln!(
            "standpunkt: note: no actor in the graph is called {}",
            args.actor
                .iter()
                .map(|a| format!("`{a}`"))
                .collect::<Vec<_>>()
                .join(" or ")
        );
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.group_by {
        Some(key) => {
            let mut groups = query.group_by(key);
            if let Some(n) = args.limit {
                groups.truncate(n);
            }
            write_groups(&mut out, &groups, key, args.format)?;
        }
        None => {
            let mut rows = query.run();
            if let Some(n) = args.limit {
                rows.truncate(n);
            }
            write_statements(&mut out, &rows, args.format)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
