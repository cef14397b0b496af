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
    let mut opts = Options::default();
    if let Some(e) = std::env::var_os("TAGGER_EPOCHS") {
        let e: usize = e.to_str().unwrap_or("").parse()?;
        opts.pos_epochs = e;
        opts.morph_epochs = e;
    }
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
        if std::env::var_os("TAGGER_ERRORS").is_some() {
            print_errors(&tagger, &test_set);
        }
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

/// Prints the most frequent confusions on held-out data (set TAGGER_ERRORS=1).
fn print_errors(tagger: &Tagger, gold: &[standpunkt::grammar::tagger_train::Sentence]) {
    use std::collections::HashMap;
    let mut c: HashMap<String, usize> = HashMap::new();
    for s in gold {
        let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        for (i, t) in tagger.tag(&forms).iter().enumerate() {
            let gu = s.pos[i].split(' ').next().unwrap_or("");
            if t.upos.as_str() != gu {
                *c.entry(format!("UPOS {gu} -> {} ({})", t.upos, s.forms[i]))
                    .or_default() += 1;
                *c.entry(format!("UPOS {gu} -> {}", t.upos)).or_default() += 1;
            }
            let g = standpunkt::grammar::morph::feats_of_label(&s.morph[i]);
            if g.mood.is_some() && g.mood != t.feats.mood {
                *c.entry(format!(
                    "MOOD {:?} -> {:?} ({})",
                    g.mood, t.feats.mood, s.forms[i]
                ))
                .or_default() += 1;
            }
            if matches!(gu, "NOUN" | "PROPN" | "PRON")
                && !g.case.is_empty()
                && g.case != t.feats.case
            {
                *c.entry(format!(
                    "CASE {gu} {:?} -> {:?}",
                    g.case.single(),
                    t.feats.case.single()
                ))
                .or_default() += 1;
            }
        }
    }
    let mut v: Vec<_> = c.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (k, n) in v.iter().take(70) {
        eprintln!("{n:5} {k}");
    }
}
