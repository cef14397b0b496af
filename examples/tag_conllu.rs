//! Tags the words of a CoNLL-U file with the built-in tagger (or a model file) and prints
//! CoNLL-U with LEMMA, UPOS, XPOS and FEATS filled in (HEAD and DEPREL `_`), for scoring
//! the tagger alone with `../shared/tools/ud_eval.py`; with `--analyse`, the whole analysis
//! (as `standpunkt analyse --conllu`), so that a model trained on GSD dev can be scored with
//! its phrase and clause rules on GSD test (`tools/grammar/eval.sh --gsd`).
//!
//! usage: cargo run --release --example tag_conllu -- [--model M.bin] [--analyse] GOLD.conllu

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use standpunkt::grammar::lexicon::NounLexicon;
use standpunkt::grammar::tagger_model::Model;
use standpunkt::grammar::{conllu, SentenceAnalysis, Tagger};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tag_conllu: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    const USAGE: &str = "usage: tag_conllu [--model M.bin] [--analyse] GOLD.conllu";
    let mut args = std::env::args().skip(1);
    let (mut model, mut analyse, mut path) = (None, false, None);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--model" => model = Some(PathBuf::from(args.next().ok_or(USAGE)?)),
            "--analyse" => analyse = true,
            _ => path = Some(PathBuf::from(a)),
        }
    }
    let path = path.ok_or(USAGE)?;
    let own;
    let tagger = match model {
        Some(m) => {
            let bytes = std::fs::read(&m).map_err(|e| format!("{}: {e}", m.display()))?;
            own = Tagger::new(Model::from_bytes(&bytes)?, NounLexicon::builtin())?;
            &own
        }
        None => Tagger::builtin(),
    };
    let mut text = String::new();
    for s in conllu::read(&path)? {
        let forms = s.forms();
        let words = conllu::tagged_words(tagger.tag(&forms));
        let mut analysis = SentenceAnalysis::new(&forms, words.clone());
        if !analyse {
            // The tagger's words alone, without links or the analysis' case decisions.
            analysis.words = words;
            analysis.links.iter_mut().for_each(|l| *l = None);
        }
        conllu::write_sentence(&mut text, &s, &analysis);
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}
