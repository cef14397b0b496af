//! Tags the words of a CoNLL-U file with the built-in tagger and prints CoNLL-U with
//! LEMMA, UPOS, XPOS and FEATS filled in (HEAD and DEPREL `_`), for scoring the tagger
//! alone with `../shared/tools/ud_eval.py` (the full analysis is `standpunkt analyse`).
//!
//! usage: cargo run --release --example tag_conllu -- GOLD.conllu > PRED.conllu

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use standpunkt::grammar::tagger_train::read_conllu;
use standpunkt::grammar::Tagger;

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
    let path = PathBuf::from(
        std::env::args()
            .nth(1)
            .ok_or("usage: tag_conllu GOLD.conllu")?,
    );
    let tagger = Tagger::builtin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for s in read_conllu(&path)? {
        let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        for (i, (form, t)) in forms.iter().zip(tagger.tag(&forms)).enumerate() {
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}\t_\t_\t_\t_",
                i + 1,
                form,
                t.lemma.as_deref().unwrap_or("_"),
                t.upos,
                t.xpos,
                t.feats.to_conllu()
            )?;
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(())
}
