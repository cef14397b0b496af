//! Tagging speed (parts of speech and morphology) with divan: `cargo bench --bench tagger`.
//! Reads the shared news corpus (../shared/corpus/gnad-test.jsonl), splits it into
//! sentences and tokens once, then tags every sentence on one thread; divan prints the
//! time and the throughput in tokens per second (the target is ≥ 1,000,000).

use divan::counter::ItemsCount;
use divan::Bencher;
use standpunkt::grammar::Tagger;
use standpunkt::ingest::read_inputs;
use standpunkt::text::{split_sentences, tokenize, Token};
use std::path::PathBuf;
use std::sync::OnceLock;

fn main() {
    divan::main();
}

struct Corpus {
    texts: Vec<String>,
    /// (text number, tokens of one sentence)
    sentences: Vec<(usize, Vec<Token>)>,
}

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
            .expect("../shared/corpus/gnad-test.jsonl is readable")
            .0;
        let mut c = Corpus {
            texts: Vec::new(),
            sentences: Vec::new(),
        };
        for a in articles.iter().take(300) {
            let n = c.texts.len();
            for s in split_sentences(&a.text, 0) {
                c.sentences.push((n, tokenize(&a.text, s.start, s.end)));
            }
            c.texts.push(a.text.to_string());
        }
        c
    })
}

/// Tagging every sentence of the sample, one thread.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn tag_one_thread(bencher: Bencher) {
    let tagger = Tagger::builtin();
    let c = corpus();
    let tokens: usize = c.sentences.iter().map(|s| s.1.len()).sum();
    bencher.counter(ItemsCount::new(tokens)).bench(|| {
        c.sentences
            .iter()
            .map(|(n, toks)| tagger.tag_tokens(&c.texts[*n], toks).len())
            .sum::<usize>()
    });
}
