//! Trains the grammar tagger on CoNLL-U treebanks and writes the model file.
//!
//! usage: cargo run --release --example train_tagger -- OUT.bin [--holdout N] TREEBANK.conllu...
//!
//! With `--holdout N`, every N-th sentence is kept out of training and the model is scored
//! on those (for tuning; the shipped model is trained on everything).

use std::path::PathBuf;
use std::process::ExitCode;

use standpunkt::grammar::lexicon::NounLexicon;
use standpunkt::grammar::tagger::Tagger;
use standpunkt::grammar::tagger_train::{evaluate, read_conllu, train, Options};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("train_tagger: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(
        args.next()
            .ok_or("usage: train_tagger OUT.bin [--holdout N] TREEBANK.conllu...")?,
    );
    let mut holdout = 0usize;
    let mut sentences = Vec::new();
    while let Some(a) = args.next() {
        if a == "--holdout" {
            holdout = args.next().ok_or("--holdout needs a number")?.parse()?;
            continue;
        }
        sentences.extend(read_conllu(&PathBuf::from(a))?);
    }
    let (mut train_set, mut test_set) = (Vec::new(), Vec::new());
    for (i, s) in sentences.into_iter().enumerate() {
        if holdout > 0 && i % holdout == holdout - 1 {
            test_set.push(s);
        } else {
            train_set.push(s);
        }
    }
    let lexicon = NounLexicon::builtin();
    let opts = Options::default();
    let model = train(&train_set, &lexicon, &opts, &mut |line| eprintln!("{line}"))?;
    let bytes = model.to_bytes();
    let (pf, pw) = model.pos.size();
    let (mf, mw) = model.morph.size();
    eprintln!(
        "{} sentences; pos {pf} features {pw} weights; morph {mf} features {mw} weights; {} lemmas; {} bytes",
        train_set.len(),
        model.lemmas.len(),
        bytes.len()
    );
    if !test_set.is_empty() {
        let tagger = Tagger::new(model, lexicon)?;
        let s = evaluate(&tagger, &test_set);
        eprintln!(
            "held out {} words: UPOS {:.4} XPOS {:.4} CASE {:.4} MOOD {:.4} MORPH {:.4}",
            s.words, s.upos, s.xpos, s.case, s.mood, s.morph
        );
    }
    let tmp = out.with_extension("tmp");
    std::fs::write(&tmp, &bytes)?;
    std::fs::rename(&tmp, &out)?;
    Ok(())
}
