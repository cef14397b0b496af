//! Extraction throughput with divan: `cargo bench --bench throughput`. Reads the shared
//! corpus (../shared: the 10kGNAD test split and the SpkAtt texts) once, then measures
//! the extractor on one thread and the whole pipeline on 1 and 2 threads, in bytes of
//! article text per second. `benches/run.sh` prints the figures for 100 MB.

use divan::counter::BytesCount;
use divan::Bencher;
use standpunkt::ingest::read_inputs;
use standpunkt::{Article, Extractor, KnowledgeGraph, Pipeline};
use std::path::PathBuf;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn corpus_paths() -> Vec<PathBuf> {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("shared")
        .join("corpus");
    vec![shared.join("gnad-test.jsonl"), shared.join("spkatt-train")]
}

fn corpus() -> &'static [Article] {
    static ARTICLES: OnceLock<Vec<Article>> = OnceLock::new();
    ARTICLES.get_or_init(|| {
        read_inputs(&corpus_paths(), true)
            .expect("../shared/corpus is readable")
            .0
    })
}

fn corpus_bytes() -> usize {
    corpus().iter().map(|a| a.text.len()).sum()
}

/// The extractor alone, one thread, over every article of the corpus.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn extract_one_thread(bencher: Bencher) {
    let extractor = Extractor::builtin();
    bencher.counter(BytesCount::new(corpus_bytes())).bench(|| {
        corpus()
            .iter()
            .map(|a| extractor.extract(a).len())
            .sum::<usize>()
    });
}

/// The whole pipeline from the files: reading, extraction on N threads, in-order merge.
#[divan::bench(args = [1, 2], sample_count = 5, sample_size = 1)]
fn pipeline_threads(bencher: Bencher, threads: usize) {
    let pipeline = Pipeline::new(Extractor::builtin()).threads(threads);
    let paths = corpus_paths();
    bencher.counter(BytesCount::new(corpus_bytes())).bench(|| {
        let mut statements = 0;
        pipeline
            .run(&paths, |_, s| {
                statements += s.len();
                Ok(())
            })
            .expect("pipeline runs");
        statements
    });
}

/// Building the graph from the corpus's statements.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn graph_build(bencher: Bencher) {
    let extractor = Extractor::builtin();
    let statements: Vec<_> = corpus().iter().flat_map(|a| extractor.extract(a)).collect();
    bencher
        .bench(|| KnowledgeGraph::from_statements(&statements, extractor.lexicon()).edge_count());
}
