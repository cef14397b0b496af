//! Clauses around a cue that belong to its argument: the complement clause after the
//! cue's clause (`dass …`, `ob …`, a zu-infinitive), and a relative clause that opens
//! after it (`prangert Gewalt an, die … verübt werde`).

use super::cues::CueHit;
use super::view::SentenceView;

/// Relative pronouns, the forms that open a relative clause (with a preposition before
/// them or not).
const RELATIVE_FORMS: &[&str] = &[
    "der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche", "welches",
    "welchem", "welchen",
];

/// Whether a relative clause opens at the first word from token `i` (after an optional
/// preposition): a relative pronoun that the grammar puts in a relative clause, with the
/// verbs at the clause's end (`die … ausübt`, not `die neue Verfassung werde …
/// festlegen`). The grammar is asked only where the word is a relative pronoun.
pub(super) fn opens_relative_clause(view: &SentenceView, text: &str, i: usize) -> bool {
    let n = view.tokens.len();
    let Some(i) = (i..n).find(|&j| view.is_word(j)) else {
        return false;
    };
    let k = if i + 1 < n && super::words::is_preposition(view.word(i)) {
        i + 1
    } else {
        i
    };
    if k >= n || !view.is_word(k) || !RELATIVE_FORMS.contains(&view.word(k)) {
        return false;
    }
    let Some(g) = view.grammar_at(text, k) else {
        return false;
    };
    let (_, last) = view.layout.clause_range(k);
    let verb_final = (k + 1..=last)
        .find(|&j| g.is_verb(j))
        .is_some_and(|v| (v..=last).all(|j| !view.is_word(j) || g.is_verb(j)));
    verb_final && g.in_relative_clause(k)
}

/// Whether the verb cue at `hit` closes its clause, which ends at token `last`: no word
/// after it but its particle.
pub(super) fn verb_final_cue(view: &SentenceView, hit: &CueHit, last: usize) -> bool {
    (hit.last + 1..=last).all(|i| !view.is_word(i) || Some(i) == hit.particle)
}

/// The complement clause after the clause that ends at token `last` and a comma: `dass
/// …`, `ob …` or a zu-infinitive, as first and last word.
pub(super) fn complement_after(
    view: &SentenceView,
    text: &str,
    last: usize,
) -> Option<(usize, usize)> {
    let n = view.tokens.len();
    if last + 2 >= n || view.tokens[last + 1].text(text) != "," {
        return None;
    }
    let complementizer = matches!(view.word(last + 2), "dass" | "ob");
    let start = last + 2 + usize::from(complementizer);
    if start >= n {
        return None;
    }
    let (_, end) = view.layout.clause_range(start);
    let end = (start..=end).rev().find(|&i| view.is_word(i))?;
    (complementizer || zu_infinitive(view, text, end)).then_some((start, end))
}

/// Whether the word at `i` ends an infinitive clause with `zu` (`zu werden`,
/// `voranzutreiben`).
fn zu_infinitive(view: &SentenceView, text: &str, i: usize) -> bool {
    let word = view.word(i);
    let lower_case = view.tokens[i].text(text).starts_with(char::is_lowercase);
    lower_case
        && word.ends_with('n')
        && ((i > 0 && view.word(i - 1) == "zu")
            || word.get(2..).is_some_and(|rest| rest.contains("zu")))
}
