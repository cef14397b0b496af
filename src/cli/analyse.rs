//! `standpunkt analyse`: the grammatical analysis (parts of speech, morphology, subjects,
//! objects, clauses) as CoNLL-U, of a text file or of a pre-tokenised CoNLL-U file.

use clap::Args;
use standpunkt::grammar::analysis::analyse_text;
use standpunkt::grammar::{conllu, contractions, SentenceAnalysis, Tagger};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct AnalyseArgs {
    /// A text file to analyse, or with --conllu a CoNLL-U file whose tokens are kept.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// FILE is CoNLL-U: analyse its sentences on their own tokens (multiword tokens keep
    /// their syntactic words), for evaluation against Universal Dependencies treebanks.
    #[arg(long)]
    conllu: bool,
    /// For developing the phrase and clause rules only: take UPOS, XPOS, lemma and FEATS
    /// from the CoNLL-U file's own columns instead of the tagger.
    #[arg(long, requires = "conllu")]
    gold_tags: bool,
}

pub fn run(args: AnalyseArgs) -> anyhow::Result<ExitCode> {
    let tagger = Tagger::builtin();
    let mut out = String::new();
    if args.conllu {
        for s in &conllu::read(&args.file)? {
            let forms = s.forms();
            let words = if args.gold_tags {
                conllu::gold_words(s)
            } else {
                contractions::tag_forms(tagger, &forms, None)
            };
            conllu::write_sentence(&mut out, s, &SentenceAnalysis::new(&forms, words));
        }
    } else {
        let text = std::fs::read_to_string(&args.file)
            .map_err(|e| standpunkt::Error::io(&args.file, e))?;
        for (i, analysis) in analyse_text(tagger, &text).iter().enumerate() {
            conllu::write_text_sentence(&mut out, i + 1, &text, analysis);
        }
    }
    // Written at once, after everything was analysed: no half-written output on error.
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(out.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        r => r?,
    }
    Ok(ExitCode::SUCCESS)
}
