//! Query speed on a generated graph of 1,000,000 statements (or N: `cargo bench --bench
//! query -- N`). Builds the graph in memory from random but deterministic statements
//! (2,000 actors, Emmanuel Macron among them; the lexicon's topics and countries;
//! 20,000 articles over six years; sentences of about 120 characters), then times each
//! query: the median and the fastest of several runs, in milliseconds.
//!
//! A plain `harness = false` program (no benchmark framework), so `cargo test` never
//! builds or runs it. With `STANDPUNKT_BENCH_JSON=FILE` it also writes the graph, to time
//! `standpunkt query FILE …` end to end.

use standpunkt::extract::{Actor, Evidence, Object};
use standpunkt::network::{build, Mode, NetworkOptions};
use standpunkt::query::{GroupBy, PartialDate};
use standpunkt::{KnowledgeGraph, Lexicon, Predicate, Statement};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// SplitMix64: a small, fast, deterministic generator.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const GIVEN: &[&str] = &[
    "Anna", "Bernd", "Carla", "Dmitri", "Erika", "Fatima", "Georg", "Hanna", "Ivan", "Jana",
    "Karl", "Lena", "Marek", "Nina", "Olaf", "Petra", "Quentin", "Rosa", "Stefan", "Tereza",
];
const FAMILY: &[&str] = &[
    "Albrecht",
    "Bauer",
    "Cerny",
    "Dvořák",
    "Engel",
    "Fischer",
    "Gruber",
    "Horvat",
    "Iwanow",
    "Jansen",
    "Kovač",
    "Lindner",
    "Meier",
    "Novak",
    "Orlow",
    "Petrović",
    "Quast",
    "Richter",
    "Schulze",
    "Tichý",
    "Ullrich",
    "Vogel",
    "Wagner",
    "Zeman",
    "Żukowski",
];
const WORDS: &[&str] = &[
    "die",
    "Regierung",
    "sagte",
    "am",
    "Donnerstag",
    "dass",
    "man",
    "weiter",
    "verhandeln",
    "wolle",
    "Truppen",
    "Waffenstillstand",
    "Sicherheitsgarantien",
    "Europa",
    "Ukraine",
    "Russland",
    "Gespräche",
    "Gipfel",
    "Unterstützung",
    "nicht",
    "kategorisch",
    "deutlich",
    "Minister",
    "Präsident",
    "erklärte",
    "nach",
    "dem",
    "Treffen",
    "in",
    "Paris",
    "Berlin",
    "Wien",
    "Brüssel",
    "Koalition",
    "Bündnis",
    "Frieden",
    "Abkommen",
    "Lieferung",
    "Waffen",
    "Milliarden",
    "Euro",
    "Hilfe",
    "schnell",
    "erneut",
    "zuletzt",
    "bereits",
    "Forderung",
];
const MODES: [&str; 3] = ["direct", "indirect", "reported"];

fn sentence(rng: &mut Rng, surname: &str) -> String {
    let mut text = String::with_capacity(140);
    text.push_str(surname);
    while text.len() < 110 {
        text.push(' ');
        text.push_str(WORDS[rng.below(WORDS.len())]);
    }
    text.push('.');
    text
}

/// A graph of `n` statements, deterministic for a given `n`.
fn generate(n: usize, lexicon: &Lexicon) -> KnowledgeGraph {
    let mut rng = Rng(0x5eed);
    let countries: Vec<&str> = lexicon
        .countries
        .iter()
        .take(60)
        .map(|c| c.code.as_str())
        .collect();
    let topics: Vec<&str> = lexicon.topics.iter().map(|t| t.id.as_str()).collect();
    let mut actors: Vec<(String, Option<String>, &str)> =
        vec![("Emmanuel Macron".into(), Some("Q3052772".into()), "FRA")];
    actors.push(("Russland".into(), None, "RUS"));
    while actors.len() < 2_000 {
        let i = actors.len();
        let name = format!(
            "{} {}{}",
            GIVEN[i % GIVEN.len()],
            FAMILY[(i / GIVEN.len()) % FAMILY.len()],
            if i >= GIVEN.len() * FAMILY.len() {
                format!(" {i}")
            } else {
                String::new()
            }
        );
        actors.push((name, None, countries[rng.below(countries.len())]));
    }
    let articles: Vec<(String, String)> = (0..20_000)
        .map(|i| {
            let (year, month, day) = (2020 + i % 6, 1 + rng.below(12), 1 + rng.below(28));
            let date = if i % 10 == 0 {
                format!("{year}-{month:02}")
            } else {
                format!("{year}-{month:02}-{day:02}")
            };
            (format!("{i:03}_{:016x}", rng.next()), date)
        })
        .collect();
    let mut graph = KnowledgeGraph::new();
    for i in 0..n {
        // Macron and Russland speak often (1 % each), like the main actors of a corpus.
        let who = match rng.below(100) {
            0 => 0,
            1 => 1,
            _ => rng.below(actors.len()),
        };
        let (name, qid, country) = &actors[who];
        let (article, date) = &articles[rng.below(articles.len())];
        let predicate = Predicate::ALL[rng.below(Predicate::ALL.len())];
        let object = if rng.chance(80) {
            let topic = topics[rng.below(topics.len())];
            Object {
                kind: "topic".into(),
                label: format!("{topic} {}", WORDS[rng.below(WORDS.len())]),
                id: Some(topic.into()),
                text: None,
                span: None,
            }
        } else {
            Object {
                kind: "claim".into(),
                label: format!("Behauptung {}", rng.below(5_000)),
                id: None,
                text: None,
                span: None,
            }
        };
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let text = sentence(&mut rng, surname);
        let quote = rng
            .chance(30)
            .then(|| text.split(' ').take(8).collect::<Vec<_>>().join(" "));
        let start = i * 7 % 100_000;
        graph.add_statement(
            &Statement {
                article: article.clone(),
                date: Some(date.clone()),
                actor: Actor {
                    name: name.clone(),
                    kind: if qid.is_some() { "person" } else { "state" }.into(),
                    qid: qid.clone(),
                    role: None,
                },
                country: Some(country.to_string()),
                predicate,
                negated: rng.chance(5),
                object,
                cue: predicate.as_str().into(),
                evidence: Evidence {
                    span: [start, start + text.len()],
                    sentence: text.into(),
                    quote: quote.map(Into::into),
                    mode: MODES[rng.below(3)].into(),
                },
            },
            lexicon,
        );
    }
    graph
}

/// Runs `f` `runs` times after one warm-up; returns (median, fastest, last result).
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, Duration, T) {
    let mut last = f();
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let start = Instant::now();
        last = black_box(f());
        times.push(start.elapsed());
    }
    times.sort();
    (times[runs / 2], times[0], last)
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

fn main() {
    // Arguments: N (statements), then optionally a word: only the queries named with it.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let n: usize = args
        .first()
        .map(|a| a.replace(['_', ','], "").parse().expect("N is a number"))
        .unwrap_or(1_000_000);
    let only = args.get(1).cloned().unwrap_or_default();
    let lexicon = Lexicon::builtin();
    let start = Instant::now();
    let graph = generate(n, &lexicon);
    println!(
        "generated {} statements on {} edges between {} nodes in {:.1} s",
        graph.statement_count(),
        graph.edge_count(),
        graph.node_count(),
        start.elapsed().as_secs_f64()
    );
    if let Ok(path) = std::env::var("STANDPUNKT_BENCH_JSON") {
        // For timing the command line, which first has to read the graph.
        let start = Instant::now();
        std::fs::write(&path, standpunkt::export::json::to_json(&graph)).expect("writes");
        println!("wrote {path} in {:.1} s", start.elapsed().as_secs_f64());
    }
    let since = PartialDate::parse("2025-01-01").unwrap();
    let until = PartialDate::parse("2025-03-31").unwrap();
    let runs = 11;
    println!(
        "{:<66} {:>9} {:>8} {:>8}",
        "query", "matches", "median", "fastest"
    );
    type Query<'a> = Box<dyn Fn() -> usize + 'a>;
    let queries: Vec<(&str, usize, Query)> = vec![
        (
            "--actor macron --predicate reject --topic troops (run, sorted)",
            runs,
            Box::new(|| {
                graph
                    .query()
                    .lexicon(&lexicon)
                    .by_actor("macron")
                    .with_predicate(Predicate::Reject)
                    .about("troops")
                    .run()
                    .len()
            }),
        ),
        (
            "--predicate reject --topic troops (run, sorted)",
            runs,
            Box::new(|| {
                graph
                    .query()
                    .lexicon(&lexicon)
                    .with_predicate(Predicate::Reject)
                    .about("troops")
                    .run()
                    .len()
            }),
        ),
        (
            "--country RUS --since 2025-01-01 --until 2025-03-31 (run, sorted)",
            runs,
            Box::new(|| {
                graph
                    .query()
                    .lexicon(&lexicon)
                    .by_country("RUS")
                    .since(since)
                    .until(until)
                    .run()
                    .len()
            }),
        ),
        (
            "--topic Waffenstillstand (lexicon terms + object labels; count)",
            runs,
            Box::new(|| {
                graph
                    .query()
                    .lexicon(&lexicon)
                    .about("Waffenstillstand")
                    .count()
            }),
        ),
        (
            "--text Sicherheitsgarantien (every sentence folded; count)",
            5,
            Box::new(|| graph.query().containing("Sicherheitsgarantien").count()),
        ),
        (
            "no filter (count)",
            runs,
            Box::new(|| graph.query().count()),
        ),
        (
            "no filter (run, sorted)",
            3,
            Box::new(|| graph.query().run().len()),
        ),
        (
            "--group-by actor, no filter",
            5,
            Box::new(|| graph.query().group_by(GroupBy::Actor).len()),
        ),
        (
            "network --mode conflict --topic troops, 2025 Q1 (edges)",
            5,
            Box::new(|| {
                let rows = graph
                    .query()
                    .about("troops")
                    .since(since)
                    .until(until)
                    .run_unsorted();
                build(&rows, &NetworkOptions::new(Mode::Conflict))
                    .expect("builds")
                    .edges
                    .len()
            }),
        ),
        (
            "network --mode affiliation, no filter (edges)",
            3,
            Box::new(|| {
                let rows = graph.query().run_unsorted();
                build(&rows, &NetworkOptions::new(Mode::Affiliation))
                    .expect("builds")
                    .edges
                    .len()
            }),
        ),
    ];
    for (what, runs, query) in &queries {
        if !what.contains(only.as_str()) {
            continue;
        }
        let (median, fastest, matches) = time(*runs, query);
        println!(
            "{what:<66} {matches:>9} {:>6}ms {:>6}ms",
            ms(median),
            ms(fastest)
        );
    }
}
