//! Speed of the grammar layer with divan: `cargo bench --bench analysis`. Reads the
//! sentences of the shared corpus (../shared/corpus/gnad-test.jsonl, the first 2 MB of
//! article text) once and measures, on one thread, in words per second:
//! - `whole_analysis`: tokenising, tagging and the phrase/clause/link analysis;
//! - `phrases_and_clauses`: the analysis of already tagged words alone.
//!
//! The target for the whole analysis is 300,000 tokens/s on one core.

use divan::counter::ItemsCount;
use divan::Bencher;
use standpunkt::grammar::analysis::analyse_sentence;
use standpunkt::grammar::{SentenceAnalysis, Tagger, Word};
use standpunkt::ingest::read_inputs;
use standpunkt::text::{split_sentences, tokenize};
use std::path::PathBuf;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

const BYTES: usize = 2_000_000;

/// Texts, sentences (text index, start, end) and the number of words.
type Corpus = (Vec<String>, Vec<(usize, usize, usize)>, usize);

/// The texts and their sentences' byte ranges.
fn corpus() -> &'static Corpus {
    static CORPUS: OnceLock<Corpus> = OnceLock::new();
    CORPUS.get_or_init(|| {
        // The shared folder beside the project, or beside the folder of its worktrees.
        let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let path = manifest
            .ancestors()
            .skip(1)
            .map(|d| d.join("shared/corpus/gnad-test.jsonl"))
            .find(|p| p.exists())
            .unwrap_or_else(|| manifest.join("../shared/corpus/gnad-test.jsonl"));
        let articles = read_inputs(&[path], true)
            .expect("../shared/corpus is readable")
            .0;
        let mut texts = Vec::new();
        let mut sentences = Vec::new();
        let mut words = 0;
        let mut bytes = 0;
        for a in articles {
            if bytes >= BYTES {
                break;
            }
            bytes += a.text.len();
            for s in split_sentences(&a.text, 0) {
                words += tokenize(&a.text, s.start, s.end).len();
                sentences.push((texts.len(), s.start, s.end));
            }
            texts.push(a.text.to_string());
        }
        (texts, sentences, words)
    })
}

/// Tokens, tags and analysis of every sentence.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn whole_analysis(bencher: Bencher) {
    let tagger = Tagger::builtin();
    let (texts, sentences, words) = corpus();
    bencher.counter(ItemsCount::new(*words)).bench(|| {
        sentences
            .iter()
            .map(|&(t, s, e)| analyse_sentence(tagger, &texts[t], s, e).clauses.len())
            .sum::<usize>()
    });
}

/// The phrase, clause and link analysis of tagged sentences.
#[divan::bench(sample_count = 5, sample_size = 1)]
fn phrases_and_clauses(bencher: Bencher) {
    let tagger = Tagger::builtin();
    let (texts, sentences, words) = corpus();
    let tagged: Vec<(Vec<&str>, Vec<Word>)> = sentences
        .iter()
        .map(|&(t, s, e)| {
            let text = &texts[t];
            let tokens = tokenize(text, s, e);
            let forms = tokens.iter().map(|k| k.text(text)).collect();
            (forms, tagger.tag_tokens(text, &tokens))
        })
        .collect();
    bencher.counter(ItemsCount::new(*words)).bench(|| {
        tagged
            .iter()
            .map(|(forms, words)| SentenceAnalysis::new(forms, words.clone()).clauses.len())
            .sum::<usize>()
    });
}
