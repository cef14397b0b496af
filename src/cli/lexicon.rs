//! `standpunkt lexicon`: resolve a mention at a date, check lexicon files, count entries.

use super::LexiconOptions;
use clap::{Args, Subcommand};
use standpunkt::extract::resolve_mentions;
use standpunkt::lexicon::check;
use standpunkt::Lexicon;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct LexiconArgs {
    #[command(subcommand)]
    command: LexiconCommand,
}

#[derive(Subcommand, Debug)]
enum LexiconCommand {
    /// Print the actor, country or organisation and role that TEXT resolves to.
    Resolve {
        /// A mention, e.g. "Bundeskanzler" or "der französische Präsident".
        text: String,
        /// The date at which to resolve (YYYY-MM-DD); offices are dated. Default: today.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        lexicon: LexiconOptions,
    },
    /// Validate lexicon files (the built-in ones and FILEs): syntax with file:line:column,
    /// unknown codes, overlapping terms, names claimed twice at the same time.
    Check {
        /// User lexicon files to check on top of the built-in ones.
        files: Vec<PathBuf>,
    },
    /// Count countries, organisations, persons, roles, topics and cue words.
    Stats {
        #[command(flatten)]
        lexicon: LexiconOptions,
    },
}

pub fn run(args: LexiconArgs) -> anyhow::Result<ExitCode> {
    match args.command {
        LexiconCommand::Resolve {
            text,
            date,
            json,
            lexicon,
        } => {
            if let Some(d) = &date {
                if standpunkt::ingest::ArticleDate::parse(d).is_none() {
                    anyhow::bail!("--date {d}: not a date (expected YYYY-MM-DD or YYYY-MM)");
                }
            }
            let lexicon = lexicon.load()?;
            let date = match date {
                Some(date) => date,
                None => {
                    let today = standpunkt::ingest::today();
                    eprintln!("standpunkt: resolving at {today} (today; --date for another day)");
                    today
                }
            };
            let found = resolve_mentions(&lexicon, &text, Some(&date));
            if found.is_empty() {
                eprintln!("standpunkt: `{text}` resolves to no actor on {date}");
                return Ok(ExitCode::from(1));
            }
            for (mention, entity) in found {
                let country_name = entity
                    .country
                    .as_deref()
                    .and_then(|c| lexicon.code_name(c))
                    .unwrap_or("");
                if json {
                    outln!(
                        "{}",
                        serde_json::json!({
                            "date": date,
                            "mention": mention,
                            "name": entity.name,
                            "kind": entity.kind.as_str(),
                            "qid": entity.qid,
                            "country": entity.country,
                            "country_name": country_name,
                            "role": entity.role,
                            "office": entity.office,
                        })
                    );
                } else {
                    outln!(
                        "{mention} → {} ({}{}), country {}{}{}",
                        entity.name,
                        entity.kind.as_str(),
                        entity
                            .qid
                            .as_deref()
                            .map(|q| format!(", {q}"))
                            .unwrap_or_default(),
                        entity.country.as_deref().unwrap_or("unknown"),
                        if country_name.is_empty() {
                            String::new()
                        } else {
                            format!(" ({country_name})")
                        },
                        entity
                            .office
                            .as_deref()
                            .map(|o| format!(", office {o}"))
                            .or_else(|| entity.role.as_deref().map(|r| format!(", role {r}")))
                            .unwrap_or_default()
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        LexiconCommand::Check { files } => {
            let mut builder = Lexicon::builder();
            for f in &files {
                builder = builder.file(f);
            }
            let lexicon = builder.build()?;
            let report = check(&lexicon);
            for e in &report.errors {
                outln!("error: {e}");
            }
            let stats = lexicon.stats();
            if report.is_clean() {
                outln!(
                    "ok: {} files, {} countries, {} organisations, {} persons, {} offices, {} roles, {} cue lemmas, {} topics",
                    lexicon.sources().len(),
                    stats.countries,
                    stats.organizations,
                    stats.persons,
                    stats.offices,
                    stats.roles,
                    stats.cue_lemmas,
                    stats.topics
                );
                Ok(ExitCode::SUCCESS)
            } else {
                outln!("{} problems", report.errors.len());
                Ok(ExitCode::from(1))
            }
        }
        LexiconCommand::Stats { lexicon } => {
            let lexicon = lexicon.load()?;
            let s = lexicon.stats();
            outln!("countries\t{}", s.countries);
            outln!("organizations\t{}", s.organizations);
            outln!("persons\t{}", s.persons);
            outln!("offices\t{}", s.offices);
            outln!("roles\t{}", s.roles);
            outln!("topics\t{}", s.topics);
            outln!("cue_lemmas\t{}", s.cue_lemmas);
            outln!("cue_forms\t{}", s.cue_forms);
            outln!("given_names\t{}", s.given_names);
            outln!("surface_forms\t{}", s.surface_forms);
            Ok(ExitCode::SUCCESS)
        }
    }
}
