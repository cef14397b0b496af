//! `standpunkt analyse`: the grammatical analysis (parts of speech, morphology, subjects,
//! objects, clauses) as CoNLL-U, of articles or of a pre-tokenised CoNLL-U file.

use clap::Args;
use standpunkt::grammar::conllu;
use standpunkt::grammar::SentenceAnalysis;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args, Debug)]
pub struct AnalyseArgs {
    /// A text file to analyse, or with --conllu a CoNLL-U file whose tokens are kept.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// FILE is CoNLL-U: analyse its sentences on their own tokens (for evaluation against
    /// Universal Dependencies treebanks).
    #[arg(long)]
    conllu: bool,
    /// For development of the phrase and clause rules only: take UPOS, XPOS, lemma and
    /// FEATS from the CoNLL-U file's own columns instead of the tagger.
    #[arg(long, requires = "conllu")]
    gold_tags: bool,
}

pub fn run(args: AnalyseArgs) -> anyhow::Result<ExitCode> {
    let mut out = String::new();
    if args.conllu {
        let sentences = conllu::read(&args.file)?;
        for s in &sentences {
            let forms = s.forms();
            let words = if args.gold_tags {
                conllu::gold_words(s)
            } else {
                anyhow::bail!("the tagger is not yet available: use --gold-tags");
            };
            let analysis = SentenceAnalysis::new(&forms, words);
            conllu::write_sentence(&mut out, s, &analysis);
        }
    } else {
        anyhow::bail!("the tagger is not yet available: use --conllu --gold-tags");
    }
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
