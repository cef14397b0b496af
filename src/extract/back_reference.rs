//! Statements whose object is in the sentence before: a demonstrative pronoun in the
//! front field (`Dies bestätigte X`), an adverb of likeness (`Ebenso äußerte sich X`) or
//! a pronoun standing for a proposition. The object then points into the sentence
//! before, and the evidence takes that sentence in too, so that it shows the words the
//! statement is about.

use super::draft::Draft;
use super::stance;
use super::statement::{Object, Predicate, Statement};
use super::view::SentenceView;
use super::words::AUXILIARIES;
use crate::ingest::SharedText;
use crate::lexicon::Lexicon;

/// The predicate, negation and object of the previous sentence's last statement.
pub type PreviousStatement = (Predicate, bool, Object);

/// Gives `statement` (drafted from `draft` in `view`) its object from the sentence
/// before (byte range `previous`) where it refers back there, and widens its evidence
/// to both sentences when the object now lies in the sentence before.
pub fn refer_back(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &SharedText,
    draft: &Draft,
    statement: &mut Statement,
    previous: (usize, usize),
    previous_statement: Option<&PreviousStatement>,
) {
    let back = draft.cue_span.and_then(|(c, _)| back_reference(view, c));
    if back.is_some() {
        // `Dies bestätigte X`, `Ebenso äußerte sich X`: the object is the sentence before.
        stance::object_from_previous(lexicon, &mut statement.object, text, previous);
    } else {
        stance::resolve_pronoun_object(
            lexicon,
            &mut statement.object,
            text,
            (draft.content.unwrap_or((0, 0)), previous),
        );
    }
    // X says the same as the statement before: its predicate and object too.
    if let (Some(BackReference::Likewise), Some((predicate, negated, object))) =
        (back, previous_statement)
    {
        if statement.predicate == Predicate::Say {
            statement.predicate = *predicate;
            statement.negated = *negated;
        }
        statement.object = object.clone();
    }
    widen_evidence(statement, text, previous.0);
}

/// Where the object starts in the sentence before (at or after `previous_start`), the
/// evidence runs from the start of that sentence to the end of its own: the reader
/// sees what `Dies` stands for.
fn widen_evidence(statement: &mut Statement, text: &SharedText, previous_start: usize) {
    let [start, end] = statement.evidence.span;
    let Some([object_start, _]) = statement.object.span else {
        return;
    };
    if object_start < start && object_start >= previous_start {
        statement.evidence.sentence = text.slice(previous_start..end);
        statement.evidence.span = [previous_start, end];
    }
}

/// How a statement refers back to the sentence before instead of naming its object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackReference {
    /// A demonstrative pronoun alone in the front field is the cue's object: `Dies
    /// bestätigte X`, `Das lehnte X ab`, `Dem widersprach X`.
    Pronoun,
    /// An adverb of likeness alone in the front field, with no content of its own:
    /// `Ebenso äußerte sich X`, `Entsprechend äußerten sich X und Y` (X says the same).
    Likewise,
}

/// Demonstrative pronouns that stand for the previous sentence's proposition when they
/// fill the front field on their own.
const BACK_PRONOUNS: &[&str] = &["dies", "das", "dieses", "dem", "diesem"];

/// Adverbs of likeness: the statement repeats the one before.
const LIKEWISE: &[&str] = &[
    "ebenso",
    "genauso",
    "entsprechend",
    "ähnlich",
    "gleichlautend",
    "gleichermaßen",
];

/// Coordinating words that may stand before the front field.
const LEADING_CONJUNCTIONS: &[&str] = &["und", "aber", "doch", "auch"];

/// Whether the cue at byte `cue_start` has its object only by reference to the sentence
/// before: its clause opens with a back-reference word (after a conjunction) followed by
/// the finite verb, which is the cue or an auxiliary before it.
pub fn back_reference(view: &SentenceView, cue_start: usize) -> Option<BackReference> {
    let cue = view.tokens.iter().position(|t| t.start == cue_start)?;
    if view.layout.in_quote(cue) {
        return None;
    }
    let (first, last) = view.layout.clause_range(cue);
    let words: Vec<usize> = (first..=last).filter(|&i| view.is_word(i)).collect();
    let mut at = 0;
    while words
        .get(at)
        .is_some_and(|&i| LEADING_CONJUNCTIONS.contains(&view.word(i)))
    {
        at += 1;
    }
    let (&front, &finite) = (words.get(at)?, words.get(at + 1)?);
    if finite != cue && !AUXILIARIES.contains(&view.word(finite)) {
        return None;
    }
    let front_word = view.word(front);
    if BACK_PRONOUNS.contains(&front_word) {
        return Some(BackReference::Pronoun);
    }
    // `Ebenso …` repeats the statement before only where the sentence says nothing more:
    // no quotation, colon or complement clause.
    let content_of_its_own = !view.layout.quotes.is_empty()
        || (0..view.tokens.len()).any(|i| matches!(view.word(i), ":" | "dass"))
        || (last + 1..view.tokens.len()).any(|i| view.is_word(i));
    (LIKEWISE.contains(&front_word) && !content_of_its_own).then_some(BackReference::Likewise)
}
