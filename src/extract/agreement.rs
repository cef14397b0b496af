//! Subject–verb agreement in number, as far as attribution needs it: a singular actor
//! is no subject of a plural finite verb (`Britische Moslems warnen Premierminister Tony
//! Blair`: Blair is the object; `…, die die Regierung unterstützen`: the relative
//! pronoun is the subject).

use super::cues::CueHit;
use super::entity::{ActorKind, Resolved};
use super::view::SentenceView;
use super::words::{is_acronym, AUXILIARIES};

/// Whether the finite verb of the cue's clause is plural: its finite auxiliary or modal
/// where one stands in the clause, else the cue itself (a finite form ending in `-n`:
/// `warnen`, `teilten`, `fordern`; `sind`).
pub(super) fn plural_finite(view: &SentenceView, text: &str, hit: &CueHit) -> bool {
    let (first, last) = view.layout.clause_range(hit.first);
    let finite = (first..=last)
        .find(|&i| {
            view.is_word(i)
                && !view.layout.in_quote(i)
                && view.word(i) != "worden"
                && AUXILIARIES.contains(&view.word(i))
        })
        .unwrap_or(hit.first);
    let word = view.word(finite);
    !view.tokens[finite].is_capitalized(text) && (word.ends_with('n') || word == "sind")
}

/// Whether the mention names one actor in the singular: a person, or an organisation or
/// institution whose head noun cannot be plural (`Regierung`, `Bundesrat`), not an
/// acronym (`USA`) or a name that ends like a plural (`die Grünen`).
fn singular(view: &SentenceView, text: &str, m: &Resolved) -> bool {
    if m.entity.plural {
        return false;
    }
    let written = &text[m.start..m.end];
    if written.contains(" und ") || written.contains(" sowie ") {
        return false;
    }
    // A conjunct of a coordination (`Merkel und Schröder warnen`, `Paris, Rom und Madrid
    // lehnen ab`): the coordination is plural, whichever conjunct this is.
    let coordinated = (m.last + 1 < view.tokens.len()
        && matches!(view.word(m.last + 1), "und" | "sowie" | "oder" | ","))
        || (m.first > 0 && matches!(view.word(m.first - 1), "und" | "sowie" | "oder" | "auch"));
    if coordinated {
        return false;
    }
    match m.entity.kind {
        ActorKind::Person => true,
        ActorKind::Organization | ActorKind::Anonymous => {
            let last = written.split_whitespace().last().unwrap_or("");
            !is_acronym(last) && !last.ends_with(['n', 's', 'e', 'r'])
        }
        _ => false,
    }
}

/// Whether mention `m` may be the subject of the cue's clause by number: not a singular
/// actor where the finite verb is plural.
pub(super) fn may_agree(view: &SentenceView, text: &str, hit: &CueHit, m: &Resolved) -> bool {
    !(singular(view, text, m) && plural_finite(view, text, hit))
}
