//! Graph build and DOT/JSON export of a generated graph of 1,000,000 statements: prints
//! the median of three runs of each step (a plain program, not divan: one run takes
//! seconds). `cargo bench --bench graph_1m [-- STATEMENTS]`; `benches/run.sh` calls it.
//!
//! The statements are synthetic but shaped like real output: 20,000 actors (a few
//! speak very often), 60 countries, all predicates, topics from the built-in lexicon and
//! 50,000 claims, 100,000 articles of ten statements each, sentences of ~150 bytes.

use standpunkt::export::{dot, write_graph_files};
use standpunkt::extract::{Actor, Evidence, Object, Predicate, Statement};
use standpunkt::{KnowledgeGraph, Lexicon};
use std::time::{Duration, Instant};

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Skewed towards small values (a few actors speak very often).
    fn skewed(&mut self, n: u64) -> u64 {
        let a = self.below(n);
        let b = self.below(n);
        let c = self.below(n);
        a.min(b).min(c)
    }
}

fn statements(count: usize, lexicon: &Lexicon) -> Vec<Statement> {
    let codes: Vec<String> = lexicon
        .countries
        .iter()
        .take(60)
        .map(|c| c.code.clone())
        .collect();
    let topics: Vec<String> = lexicon.topics.iter().map(|t| t.id.clone()).collect();
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    (0..count)
        .map(|i| {
            let actor = rng.skewed(20_000);
            let article = i / 10;
            let predicate = Predicate::ALL[rng.below(Predicate::ALL.len() as u64) as usize];
            let object = if rng.below(3) == 0 {
                let topic = &topics[rng.below(topics.len() as u64) as usize];
                Object {
                    kind: "topic".into(),
                    label: format!("die Frage {topic}"),
                    id: Some(topic.clone()),
                    text: None,
                    span: None,
                }
            } else {
                Object {
                    kind: "claim".into(),
                    label: format!("Behauptung Nummer {}", rng.skewed(50_000)),
                    id: None,
                    text: None,
                    span: None,
                }
            };
            let sentence = format!(
                "„Das ist die Position Nummer {i}“, sagte Sprecher {actor} am Montag in der Hauptstadt vor Journalisten, wie die Agentur meldete."
            );
            Statement {
                article: format!("article-{article}"),
                date: Some(format!("2025-{:02}-{:02}", 1 + article % 12, 1 + article % 28)),
                actor: Actor {
                    name: format!("Sprecher {actor}"),
                    kind: "person".into(),
                    qid: actor.is_multiple_of(4).then(|| format!("Q{}", 1_000_000 + actor)),
                    role: None,
                },
                country: Some(codes[(actor % codes.len() as u64) as usize].clone()),
                predicate,
                negated: rng.below(10) == 0,
                object,
                cue: "sagte".into(),
                evidence: Evidence {
                    span: [0, sentence.len()],
                    sentence: sentence.into(),
                    quote: Some(format!("Das ist die Position Nummer {i}").into()),
                    mode: "direct".into(),
                },
            }
        })
        .collect()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let count: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let lexicon = Lexicon::builtin();
    let generated = Instant::now();
    let statements = statements(count, &lexicon);
    eprintln!(
        "generated {count} statements in {:.2} s",
        generated.elapsed().as_secs_f64()
    );
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-data");
    std::fs::create_dir_all(&dir).expect("target/bench-data");
    let (mut build, mut export_times, mut total) = (vec![], vec![], vec![]);
    let mut sizes = (0, 0, 0, 0);
    for _ in 0..3 {
        let started = Instant::now();
        let mut graph = KnowledgeGraph::new();
        for s in &statements {
            graph.add_statement(s, &lexicon);
        }
        let built = started.elapsed();
        let t = Instant::now();
        let json_path = dir.join("graph-1m.json");
        let dot_path = dir.join("graph-1m.dot");
        // As `standpunkt build` writes them: both files at once, each atomically.
        write_graph_files(&graph, &json_path, &dot_path, &dot::DotOptions::default())
            .expect("graph files written");
        let export = t.elapsed();
        total.push(started.elapsed());
        build.push(built);
        export_times.push(export);
        sizes = (
            graph.node_count(),
            graph.edge_count(),
            std::fs::metadata(&json_path).map_or(0, |m| m.len()),
            std::fs::metadata(&dot_path).map_or(0, |m| m.len()),
        );
    }
    println!(
        "graph of {count} statements: {} nodes, {} edges, JSON {:.0} MB, DOT {:.0} MB",
        sizes.0,
        sizes.1,
        sizes.2 as f64 / 1e6,
        sizes.3 as f64 / 1e6
    );
    println!(
        "median of 3: build {:.2} s, JSON + DOT export {:.2} s, total {:.2} s",
        median(build).as_secs_f64(),
        median(export_times).as_secs_f64(),
        median(total).as_secs_f64()
    );
}
