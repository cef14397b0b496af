//! Whether a word could be the Konjunktiv I that the grammar reads as the finite verb of
//! a reported main clause (`Der Zugriff funktioniere weiterhin`), asked of the word alone:
//! under the lemmas the tagger can give it as a verb. A sentence without such a word is
//! not analysed for that question (see `continuation`).

use crate::grammar::{Tagger, Upos};
use std::cell::RefCell;
use std::collections::HashMap;

/// Whether the finite verb `form` (lower case, no `möcht-`) of a main clause in the
/// Konjunktiv, with `lemma`, is a Konjunktiv I (see
/// [`super::syntax::Window::reported_main_verbs`]).
pub(super) fn konjunktiv_one(form: &str, lemma: Option<&str>) -> bool {
    // Without a lemma, `gäbe` and `wäre` look like `gebe`.
    // A form the grammar lexicon lists as Konjunktiv II (`wäre`, `käme`) is none,
    // whatever lemma it was given.
    let two = || {
        matches!(
            crate::grammar::Tagger::builtin()
                .lexicon()
                .subjunctive(form)
                .0,
            2 | 4
        )
    };
    matches!(form, "sei" | "seien" | "seiest")
        || lemma.is_some() && !two() && crate::grammar::is_e_form(form, lemma)
}

/// Whether the word `raw` (as written) could be one that
/// [`super::syntax::Window::reported_main_verbs`] reports as a Konjunktiv I, whatever its
/// sentence: its form is one, under a lemma the tagger gives it as a verb, or as an
/// adjective tagged as a participle, which the analysis may make the verb of a clause
/// (every other word the analysis reads as a verb was tagged as one). A sentence without such a word
/// outside quotations is not analysed for that question. Answers are kept per thread
/// (up to [`KEPT_FORMS`] forms): a text asks about the same words again and again.
pub fn may_be_konjunktiv_one(raw: &str) -> bool {
    KONJUNKTIV_ONE.with(|kept| {
        if let Some(&known) = kept.borrow().get(raw) {
            return known;
        }
        let answer = konjunktiv_one_reading(raw);
        let mut kept = kept.borrow_mut();
        if kept.len() >= KEPT_FORMS {
            kept.clear();
        }
        kept.insert(raw.into(), answer);
        answer
    })
}

/// How many answers of [`may_be_konjunktiv_one`] a thread keeps.
const KEPT_FORMS: usize = 8_192;

thread_local! {
    static KONJUNKTIV_ONE: RefCell<HashMap<Box<str>, bool, WordHash>> = RefCell::default();
}

/// The crate's hash for words (lookups only).
type WordHash = std::hash::BuildHasherDefault<crate::grammar::lexicon::WordHasher>;

/// [`may_be_konjunktiv_one`], worked out.
fn konjunktiv_one_reading(raw: &str) -> bool {
    crate::text::with_lowercase(raw, |form| {
        if form.starts_with("möcht") {
            return false;
        }
        if matches!(form, "sei" | "seien" | "seiest") {
            return true;
        }
        // What `is_e_form` asks of the form alone.
        if !form.ends_with('e') || form.chars().count() < 3 || form == "wurde" {
            return false;
        }
        Tagger::builtin()
            .possible_lemmas(raw, |upos, xpos| {
                matches!(upos, Upos::Verb | Upos::Aux) || upos == Upos::Adj && xpos == "VVPP"
            })
            .iter()
            .any(|lemma| konjunktiv_one(form, Some(lemma)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_form_in_e_with_a_verb_lemma_can_be_a_konjunktiv_one() {
        for word in ["sei", "Seien", "habe", "werde"] {
            assert!(may_be_konjunktiv_one(word), "{word}");
        }
        // Past tense, Konjunktiv II, the polite `möchte`, words that are never verbs.
        for word in [
            "sagte", "hatte", "wurde", "wäre", "möchte", "die", "Woche", "ab",
        ] {
            assert!(!may_be_konjunktiv_one(word), "{word}");
        }
        // Asked again, the kept answer.
        assert!(may_be_konjunktiv_one("habe") && !may_be_konjunktiv_one("sagte"));
    }
}
