//! Statements of a sentence whose cues gave none: a quotation after its speaker and a
//! colon (`Merkel: „…“`) or cited in the passive (`X wird von Y mit den Worten zitiert`),
//! and a sentence whose only speaker is a source phrase (`laut X`, `X zufolge`).

use super::argument::{cue_verbs, source_phrase_start};
use super::colon_quotes::colon_quote;
use super::content::content_predicate;
use super::draft::{Draft, Mode};
use super::entity::Entity;
use super::sources::quoted_passive;
use super::statement::Predicate;
use super::view::SentenceView;
use crate::lexicon::Lexicon;

/// `Merkel: „…“`; `X wird von Y mit den Worten zitiert, …`: the speaker says what follows.
pub(super) fn quotation_draft(lexicon: &Lexicon, view: &SentenceView, text: &str) -> Option<Draft> {
    let found = colon_quote(lexicon, view, text)
        .map(|(speaker, q)| {
            let quote = &view.layout.quotes[q];
            let range = (
                quote.start.max(view.sentence.start),
                quote.end.min(view.sentence.end),
            );
            (speaker, range, Some(range), ":")
        })
        .or_else(|| quoted_passive(view).map(|(s, r, q)| (s, r, q, "zitiert")));
    found.map(|(speaker, range, quote, label)| {
        let (predicate, negated, cue) =
            content_predicate(lexicon, view, text, range, &speaker, None, true, None)
                .map(|(p, n, c)| match label {
                    ":" => (p, n, c),
                    _ => (p, n, format!("{label} … {c}")),
                })
                .unwrap_or((Predicate::Say, false, label.to_string()));
        let mode = if quote.is_some() {
            Mode::Direct
        } else {
            Mode::Indirect
        };
        Draft {
            quote,
            ..Draft::new(speaker, predicate, negated, cue, range, mode)
        }
    })
}

/// The statement of a sentence whose speaker is only named in a source phrase: its
/// predicate from the content, its mode from quotation marks and Konjunktiv I, the
/// source phrase left out of the object.
pub(super) fn source_phrase_draft(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    source: Entity,
    marker: String,
) -> Draft {
    let whole = (view.sentence.start, view.sentence.end);
    let (predicate, negated, cue) = content_predicate(
        lexicon, view, text, whole, &source, None, true, None,
    )
    .unwrap_or((Predicate::Say, false, marker.clone()));
    let mode = if !view.layout.quotes.is_empty() {
        Mode::Direct
    } else if view.has_subjunctive(text) {
        Mode::Indirect
    } else {
        Mode::Reported
    };
    let quote = view.layout.quotes.first().map(|q| {
        (
            q.start.max(view.sentence.start),
            q.end.min(view.sentence.end),
        )
    });
    // The source phrase is no part of the object.
    let exclude = view
        .mentions
        .iter()
        .filter(|m| m.entity.same_as(&source))
        .map(|m| {
            (
                view.tokens[source_phrase_start(lexicon, view, text, m.first)].start,
                m.end,
            )
        })
        .collect();
    let mut draft = Draft {
        exclude,
        quote,
        ..Draft::new(source, predicate, negated, marker.clone(), whole, mode)
    };
    // The source phrase's words are no part of the argument.
    draft.cue_verbs = cue_verbs(view, text, &draft, true);
    if cue != marker {
        draft.cue = format!("{marker} … {cue}");
    }
    draft
}
