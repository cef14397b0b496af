//! Stance from content: where a neutral speech verb (`sagen`, `erklären`, `betonen`)
//! introduces a judgement, the evaluative words of its content (`ein Skandal`,
//! `hervorragend`, `nicht sinnvoll`) give the predicate, read from the lexicon's
//! `evaluations.tsv` with the negation of their clause. Without such a word, an
//! announced non-action (`man werde den Vertrag nicht unterzeichnen`, `eine Schließung
//! könne es nicht geben`) is a refusal: the spec's `reject`.

use super::statement::Predicate;
use super::view::SentenceView;
use super::words::{is_negation, lowercased};
use crate::lexicon::CuePos;
use crate::lexicon::Lexicon;
use crate::text::fold_same_length;

/// A predicate read from content: the predicate, whether negated, and the cue words.
type Reading = (Predicate, bool, String);

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
        let word = lowercased(view.word(i));
        let Some(evaluation) = lexicon.evaluation(&word) else {
            continue;
        };
        let (clause_start, _) = view.layout.clause_range(i);
        let negated = (i.saturating_sub(NEGATION_REACH).max(clause_start)..i).any(|j| {
            let w = lowercased(view.word(j));
            is_negation(&w) && view.layout.in_quote(j) == view.layout.in_quote(i)
        });
        let predicate = if negated {
            evaluation.negated?
        } else {
            evaluation.predicate
        };
        return Some((predicate, false, t.text(text).to_string()));
    }
    non_action(view, text, range)
}

/// Finite forms of future `werden` and of `wollen`: with a negation in their clause they
/// announce that the subject will not act (`werde nicht unterzeichnen`).
const INTENT_AUXILIARIES: &[&str] = &[
    "werde", "werden", "wird", "wirst", "werdet", "will", "wolle", "wollen", "willst", "wollt",
];

/// Modals under which a negated existential `es … geben` rules a thing out (`eine
/// Grenzschließung könne es nicht geben`, `darf es nicht geben`).
const EXISTENTIAL_MODALS: &[&str] = &[
    "kann", "könne", "können", "könnte", "darf", "dürfe", "dürfen", "werde", "wird", "werden",
];

/// Pronouns that, as subject of reported speech, stand for the speaker's side or a
/// party of the report (`man werde`, `wir werden`, `sie wolle`).
const ACTOR_PRONOUNS: &[&str] = &["man", "wir", "ich", "er", "sie"];

/// Whether the clause of the auxiliary at `i` has an actor as subject: a personal
/// pronoun or a mention of a person, organisation or state (`Deutschland werde nicht`),
/// not a thing (`eine solche Truppe werde die Lage nicht stabilisieren` is a forecast).
/// An existential `es … geben` has no actor and needs none. Without an analysis the
/// subject is not known and nothing is read.
fn actor_subject(view: &SentenceView, text: &str, i: usize, existential: bool) -> bool {
    if existential {
        return true;
    }
    let Some((start, end, head)) = view.grammar_at(text, i).and_then(|g| g.subject_phrase(i))
    else {
        return false;
    };
    ACTOR_PRONOUNS.contains(&&*lowercased(view.word(head)))
        || view
            .mentions
            .iter()
            .any(|m| m.first < end && m.last >= start && !m.genitive)
}

/// Words after `nicht` that make it no negation of the clause (`nicht nur`).
const NOT_NEGATING: &[&str] = &["nur", "zuletzt", "einmal", "minder"];

/// An announced non-action in byte range `range`: a finite `werden`/`wollen` (or a modal
/// with existential `es … geben`) in a clause that may carry a claim, a negation after it
/// in the same clause, and an infinitive closing the clause. `reject`, not negated, with
/// the auxiliary and the negation as cue.
fn non_action(view: &SentenceView, text: &str, range: (usize, usize)) -> Option<Reading> {
    let inside = |i: usize| view.tokens[i].start >= range.0 && view.tokens[i].end <= range.1;
    for (i, t) in view.tokens.iter().enumerate() {
        if !inside(i) || !view.is_word(i) {
            continue;
        }
        let w = lowercased(view.word(i));
        let intent = INTENT_AUXILIARIES.contains(&&*w);
        if !intent && !EXISTENTIAL_MODALS.contains(&&*w) {
            continue;
        }
        if view
            .grammar_at(text, i)
            .is_some_and(|g| !g.in_claim_clause(i))
        {
            continue;
        }
        let (clause_start, clause_end) = view.layout.clause_range(i);
        let words: Vec<usize> = (i + 1..=clause_end)
            .filter(|&j| view.is_word(j) && inside(j))
            .filter(|&j| view.layout.in_quote(j) == view.layout.in_quote(i))
            .collect();
        let Some(&last) = words.last() else { continue };
        let last_word = lowercased(view.word(last));
        let existential = last_word == "geben"
            && (clause_start..=clause_end).any(|j| lowercased(view.word(j)) == "es");
        // The clause closes with an infinitive: the auxiliary's verb, not a predicative.
        let infinitive = last_word.ends_with("en") || last_word.ends_with("ern");
        if !(infinitive && (intent || existential)) || view.tokens[last].is_capitalized(text) {
            continue;
        }
        let negation = words.iter().copied().find(|&j| {
            let n = lowercased(view.word(j));
            is_negation(&n)
                && !words
                    .iter()
                    .find(|&&k| k > j)
                    .is_some_and(|&k| NOT_NEGATING.contains(&view.word(k)))
        });
        // `nicht stabilisieren, sondern destabilisieren`: a contrast, not a refusal.
        let contrast = (i + 1..=clause_end.min(view.tokens.len() - 1).saturating_add(2))
            .take_while(|&j| j < view.tokens.len() && inside(j))
            .any(|j| view.word(j) == "sondern");
        if contrast || !actor_subject(view, text, i, existential) {
            continue;
        }
        if let Some(n) = negation {
            let cue = format!("{} … {}", t.text(text), view.tokens[n].text(text));
            return Some((Predicate::Reject, false, cue));
        }
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
        .any(|f| lexicon.cues[f.cue as usize].pos == CuePos::Noun)
}
