//! Stance from content: where a neutral speech verb (`sagen`, `erklären`, `betonen`)
//! introduces a judgement, the evaluative words of its content (`ein Skandal`,
//! `hervorragend`, `nicht sinnvoll`) give the predicate, read from the lexicon's
//! `evaluations.tsv` with the negation of their clause.

use super::statement::Predicate;
use super::view::SentenceView;
use super::words::is_negation;
use crate::lexicon::Lexicon;
use crate::text::fold_same_length;

/// How many words before an evaluative word a negation may stand to negate it (`ist
/// nicht besonders sinnvoll`, `kein großer Skandal`).
const NEGATION_REACH: usize = 3;

/// The predicate the first evaluative word in byte range `range` of the sentence
/// signals, whether it is negated, and the word: `None` where there is none, or where
/// it is negated and signals nothing then.
pub fn evaluative_predicate(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    range: (usize, usize),
) -> Option<(Predicate, bool, String)> {
    for (i, t) in view.tokens.iter().enumerate() {
        if t.start < range.0 || t.end > range.1 || !view.is_word(i) {
            continue;
        }
        let word = fold_same_length(t.text(text)).to_lowercase();
        let Some(evaluation) = lexicon.evaluation(&word) else {
            continue;
        };
        let (clause_start, _) = view.layout.clause_range(i);
        let negated = (i.saturating_sub(NEGATION_REACH).max(clause_start)..i).any(|j| {
            let w = view.word(text, j).to_lowercase();
            is_negation(&w) && view.layout.in_quote(j) == view.layout.in_quote(i)
        });
        let name = if negated {
            evaluation.negated.as_deref()
        } else {
            Some(evaluation.predicate.as_str())
        };
        let predicate = name.and_then(Predicate::parse)?;
        return Some((predicate, false, t.text(text).to_string()));
    }
    None
}

/// Whether the cue words `cue` (as a content reading gives them) are a noun of the cue
/// lexicon (`Vorschlag`, `Entscheidung`).
pub fn is_noun_cue(lexicon: &Lexicon, cue: &str) -> bool {
    let first = cue.split_whitespace().next().unwrap_or("");
    lexicon
        .cue_forms(&fold_same_length(first))
        .iter()
        .any(|f| lexicon.cues[f.cue as usize].pos == "noun")
}
