//! What the grammar's noun lexicon and closed classes say about a word, as the mention
//! finders ask it: is it a common noun, which gender does it have, can it only stand
//! before a noun.

use crate::grammar::closed_class::ClosedClasses;
use crate::grammar::noun_table::class;
use crate::grammar::tagger::Tagger;
use crate::grammar::token::Upos;
use crate::lexicon::Gender;

/// How a word is looked up in the noun lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Lookup {
    /// The word as it stands (`Frieden`, `Bauer`).
    Exact,
    /// The word or, failing that, a compound's head (`Ersatzunterkünfte` by `Unterkünfte`).
    WithCompounds,
}

/// Whether the noun lexicon reads `word` as a common noun.
pub(super) fn is_common_noun(word: &str, lookup: Lookup) -> bool {
    // Lower-cased on the stack: a word asked about does not allocate.
    let hit = crate::text::with_lowercase(word, |lower| {
        Tagger::builtin()
            .nouns()
            .lookup(lower, lookup == Lookup::WithCompounds)
    });
    hit.classes & class::COMMON != 0
}

/// The grammatical gender of a noun by the noun lexicon, a compound by its head (`der
/// Verband`, `das Gericht`: a pronoun refers back by it), feminine where the lexicon does
/// not say.
pub(super) fn noun_gender(word: &str) -> Gender {
    let hit =
        crate::text::with_lowercase(word, |lower| Tagger::builtin().nouns().lookup(lower, true));
    match hit.gender {
        1 => Gender::M,
        4 => Gender::U,
        _ => Gender::F,
    }
}

/// Whether `word` (as written) can only stand before a noun, not before a name used on its
/// own: a determiner, a pronoun (`sich`), or a lower-case adjective with or without a
/// declension ending.
pub(super) fn noun_modifier(word: &str) -> bool {
    let closed = ClosedClasses::builtin();
    if closed.lists(word, Upos::Det) || closed.lists(word, Upos::Pron) {
        return true;
    }
    let lowercase = word.chars().next().is_some_and(char::is_lowercase);
    lowercase && Tagger::builtin().nouns().adjective(word) != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compound_is_a_common_noun_only_through_its_head() {
        assert!(is_common_noun("Frieden", Lookup::Exact));
        assert!(is_common_noun("Ersatzunterkünfte", Lookup::WithCompounds));
        assert!(!is_common_noun("Ersatzunterkünfte", Lookup::Exact));
    }

    #[test]
    fn gender_comes_from_the_head_noun() {
        assert_eq!(noun_gender("Verband"), Gender::M);
        assert_eq!(noun_gender("Landgericht"), Gender::U);
        assert_eq!(noun_gender("Regierung"), Gender::F);
    }

    #[test]
    fn determiners_and_lower_case_adjectives_modify_a_noun() {
        assert!(noun_modifier("der"));
        assert!(noun_modifier("großen"));
        assert!(!noun_modifier("Minister"));
    }
}
