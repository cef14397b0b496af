//! The mood of a sentence with no cue of its own, as far as it tells whether the
//! sentence carries reported speech on: a plural Konjunktiv II standing in for a
//! Konjunktiv I that sounds like the indicative (`Die Truppen hätten …`), and a
//! Konjunktiv II that is the writer's own hypothesis (`Wenn …, würde …`, `Bei einem
//! Erfolg müsste …`, `Die Reform könnte …`).

use super::view::SentenceView;
use super::words::{CONDITIONAL_SUBORDINATORS, SUBJUNCTIVE};
use crate::grammar::Tagger;
use crate::lexicon::{Lexicon, WordClass};

/// Whether a plural Konjunktiv II form standing in for a Konjunktiv I that sounds like
/// the indicative (`hätten`, `würden`, `könnten`) is the finite verb of a main clause,
/// outside quotations; not of a comparison (`als könnten sie …`, `as if`).
pub fn main_konjunktiv_two_plural(lexicon: &Lexicon, view: &SentenceView, text: &str) -> bool {
    (0..view.tokens.len()).any(|i| {
        !view.layout.in_quote(i)
            && lexicon
                .word_classes
                .contains(WordClass::KonjunktivTwoPlural, view.word(i))
            && !(i > 0 && view.word(i - 1) == "als")
            && view.in_main_clause(text, i)
    })
}

/// Whether the Konjunktiv of the sentence's main clauses is a hypothesis rather than
/// reported speech: all its forms are of the Konjunktiv II that stands in for no
/// Konjunktiv I (`hätte` beside `habe`, `wäre` beside `sei`, `könnte` beside `könne`),
/// and the sentence states a condition (`Wenn …, würde …`, `Hätte er …, so …`, `Bei
/// einem Erfolg müsste …`) or the form is the modal of possibility (`könnte`, `dürfte`):
/// the writer's own conditional or conjecture, which carries no one's speech on.
pub fn writers_hypothesis(lexicon: &Lexicon, view: &SentenceView, text: &str) -> bool {
    let mut forms = view
        .main_subjunctives(text)
        .map(|i| view.word(i))
        .peekable();
    if forms.peek().is_none() {
        return false;
    }
    let mut possibility = false;
    for form in forms {
        if !SUBJUNCTIVE.contains(&form)
            || form == "seiest"
            || lexicon
                .word_classes
                .contains(WordClass::KonjunktivOne, form)
            || lexicon
                .word_classes
                .contains(WordClass::KonjunktivTwoPlural, form)
        {
            return false;
        }
        possibility |= matches!(form, "könnte" | "dürfte");
    }
    possibility || has_condition(view, text)
}

/// Whether the sentence, outside quotations, states a condition: a clause opened by
/// `wenn`, `falls` or `sofern`, a clause opening with its finite verb before a comma
/// (`Hätte er …, so …`, `Verläuft der Test erfolgreich, würde …`; not a question), or a
/// sentence opening with `bei` and an indefinite or bare noun phrase (`Bei einem Erfolg
/// …`, `Bei Zustimmung …`).
pub fn has_condition(view: &SentenceView, text: &str) -> bool {
    let n = view.tokens.len();
    if (0..n).any(|i| !view.layout.in_quote(i) && CONDITIONAL_SUBORDINATORS.contains(&view.word(i)))
    {
        return true;
    }
    let Some(first) = (0..n).find(|&i| view.is_word(i) && !view.layout.in_quote(i)) else {
        return false;
    };
    let next = (first + 1..n).find(|&i| view.is_word(i));
    if view.word(first) == "bei" {
        return next.is_some_and(|k| {
            matches!(view.word(k), "einem" | "einer") || view.tokens[k].is_capitalized(text)
        });
    }
    let question = view.tokens.last().is_some_and(|t| t.text(text) == "?");
    let comma = (first + 1..n).any(|i| !view.layout.in_quote(i) && view.word(i) == ",");
    // The grammar lexicon's kinds of Konjunktiv II forms: 2, none of the indicative
    // (`käme`); 4, the same as the past (`sollte`).
    let konjunktiv_two = matches!(
        Tagger::builtin().lexicon().subjunctive(view.word(first)).0,
        2 | 4
    );
    comma
        && !question
        && view.tokens[first].is_capitalized(text)
        && (view.subjunctive[first]
            || konjunktiv_two
            || view
                .grammar_at(text, first)
                .is_some_and(|w| w.is_verb(first)))
}

#[cfg(test)]
mod tests {
    use crate::extract::continuation::tests::{has, statements};

    #[test]
    fn a_plural_konjunktiv_two_carries_the_speech_on_after_narration() {
        let text = "Der Polizeisprecher Jan Brandt sagte am Montag, die Lage sei ernst. \
                    Am Abend blieb es in der Stadt ruhig. \
                    Mehrere Fahrzeuge hätten in der Nacht gebrannt.";
        let found = statements(text);
        assert!(
            has(&found, "Jan Brandt", "indirect", "Mehrere Fahrzeuge hä"),
            "{found:?}"
        );
        // The past indicative is the narrator's.
        let found = statements(&text.replace("hätten", "hatten"));
        assert!(
            !has(&found, "Jan Brandt", "indirect", "Mehrere Fahrzeuge ha"),
            "{found:?}"
        );
        // So is a hypothesis under a condition.
        let found = statements(&text.replace(
            "Mehrere Fahrzeuge hätten in der Nacht gebrannt",
            "Wenn der Regen ausbleibt, hätten die Feuerwehren viel zu tun",
        ));
        assert!(
            !has(&found, "Jan Brandt", "indirect", "Wenn der Regen bleib"),
            "{found:?}"
        );
    }

    #[test]
    fn a_conditional_or_a_conjecture_carries_no_speech_on() {
        let said = "Die Ministerin Maria Kessler sagte am Montag, die Reform sei nötig. ";
        for (next, opening) in [
            (
                "Bei einem Erfolg der Klage müsste das Gesetz geändert werden.",
                "Bei einem Erfolg der",
            ),
            (
                "Die Reform würde im Mai beginnen, wenn das Geld reicht.",
                "Die Reform würde im ",
            ),
            (
                "Käme die Reform nicht, wäre das Gesetz überholt.",
                "Käme die Reform nich",
            ),
            (
                "Die Reform könnte auch die Kosten der Länder senken.",
                "Die Reform könnte au",
            ),
        ] {
            let found = statements(&format!("{said}{next}"));
            assert!(
                !has(&found, "Maria Kessler", "indirect", opening),
                "{next}: {found:?}"
            );
        }
        // Without a condition, the Konjunktiv II right after her speech is hers; so is a
        // plural one standing in for the Konjunktiv I, condition or not.
        for (next, opening) in [
            (
                "Ohne die Reform wäre der Haushalt nicht zu halten.",
                "Ohne die Reform wäre",
            ),
            (
                "Die Kosten würden die Länder und der Bund gemeinsam tragen.",
                "Die Kosten würden di",
            ),
            (
                "Die Schulen könnten im Mai beginnen, wenn das Geld reicht.",
                "Die Schulen könnten ",
            ),
        ] {
            let found = statements(&format!("{said}{next}"));
            assert!(
                has(&found, "Maria Kessler", "indirect", opening),
                "{next}: {found:?}"
            );
        }
    }
}
