//! A statement carrying the previous speaker's speech on into a sentence with no cue of
//! its own: Konjunktiv I, a source anaphor (`demnach`), a further sentence of a quotation.

use super::argument::cue_verbs;
use super::content::{content_predicate, modal_predicate};
use super::draft::{Draft, Mode};
use super::entity::Entity;
use super::statement::Predicate;
use super::view::SentenceView;
use super::words::{AUXILIARIES, SOURCE_ANAPHORS};
use crate::lexicon::Lexicon;
use crate::text::fold_same_length;

/// A statement continuing the previous speaker's speech in a sentence of its own
/// (Konjunktiv I without a new cue, a source anaphor like `demnach`, or a further
/// sentence of the same quotation).
pub fn continuation(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    speaker: &Entity,
    mode: Mode,
) -> Draft {
    let whole = (view.sentence.start, view.sentence.end);
    // Cue nouns before the finite verb name what the speech is about (`Auch frühere
    // Initiativen … seien umgesetzt worden`), except a demand or refusal made subject
    // (`Voraussetzung … sei`).
    let finite = (0..view.tokens.len())
        .find(|&i| view.subjunctive[i] || AUXILIARIES.contains(&view.word(i)))
        .map_or(view.sentence.start, |i| view.tokens[i].start);
    let (predicate, negated, cue) = content_predicate(
        lexicon,
        view,
        text,
        (finite, whole.1),
        speaker,
        None,
        true,
        None,
    )
    .or_else(|| {
        content_predicate(lexicon, view, text, whole, speaker, None, true, None)
            .filter(|(p, _, _)| matches!(p, Predicate::Demand | Predicate::Reject))
    })
    .or_else(|| super::evaluation::evaluative_predicate(lexicon, view, text, whole))
    .or_else(|| modal_predicate(view, text, whole))
    .unwrap_or((Predicate::Say, false, String::new()));
    let quote = view.layout.quotes.first().map(|q| {
        (
            q.start.max(view.sentence.start),
            q.end.min(view.sentence.end),
        )
    });
    // Without a word of its own, the statement is carried by a source anaphor
    // (`demnach`), else by the mood of reported speech or by the quotation: no word of
    // the sentence, so the cue names the form.
    let cue = if cue.is_empty() {
        view.tokens
            .iter()
            .enumerate()
            .find(|(i, t)| {
                let w = fold_same_length(t.text(text));
                !view.layout.in_quote(*i) && SOURCE_ANAPHORS.contains(&w.as_str())
            })
            .map(|(_, t)| t.text(text).to_string())
            .unwrap_or_else(|| {
                if mode == Mode::Direct || quote.is_some() {
                    "(Zitat)".into()
                } else {
                    "(indirekte Rede)".into()
                }
            })
    } else {
        cue
    };
    let content = quote.unwrap_or(whole);
    let mut draft = Draft {
        quote,
        ..Draft::new(speaker.clone(), predicate, negated, cue, content, mode)
    };
    draft.cue_verbs = cue_verbs(view, text, &draft, true);
    draft
}
