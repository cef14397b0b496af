//! Which noun phrases can never be nominative, by their determiner, the declension of
//! the adjectives after it and the gender and case cells the noun lexicon gives their
//! noun: such a phrase is a dative, accusative or genitive, never a speaker.

use super::words::is_oblique_determiner;
use crate::grammar::noun_table::class;
use crate::grammar::tagger::Tagger;

/// Determiners ending in `-er` that are nominative only as masculine singular (`der
/// Minister`); before a feminine noun they are dative or genitive (`der Regierung`),
/// before a plural genitive (`der Länder`).
const DER_WORDS: &[&str] = &[
    "der", "dieser", "jener", "jeder", "mancher", "welcher", "solcher",
];

/// Determiners of the `ein` type ending in `-er`: before a noun never nominative (the
/// masculine nominative is `ein`, `kein`, `sein`), always dative or genitive (`einer
/// Zeitung`, `seiner Partei`).
const EIN_WORDS_ER: &[&str] = &[
    "einer", "keiner", "meiner", "deiner", "seiner", "ihrer", "unserer", "unsrer", "eurer",
];

/// Whether the noun phrase opened by `determiner` and going on with `words` (the words
/// after it up to and including its noun and any name after it, as written) can never
/// be nominative:
/// - a determiner that is never nominative (`dem`, `den`, `einem`, `einer`, `seiner`);
/// - after `der`, `dieser`, `jeder`: an adjective or adjectival noun ending in `-en` (the
///   nominative singular after them ends in `-e`: `der neue Minister`, but `der neuen
///   Regierung`, `der Abgeordneten`), or a noun that the lexicon lists as never masculine
///   (`der Regierung`, `der Kommission`, `der Länder`) or in a form that is no nominative
///   singular (`der Präsidenten`).
///
/// A word the lexicon does not know leaves the case open.
pub(super) fn never_nominative(determiner: &str, words: &[&str]) -> bool {
    let det = determiner.to_lowercase();
    if is_oblique_determiner(&det) || (EIN_WORDS_ER.contains(&det.as_str()) && !words.is_empty()) {
        return true;
    }
    if !DER_WORDS.contains(&det.as_str()) {
        return false;
    }
    let nouns = Tagger::builtin().nouns();
    // The head is the last of the run of common nouns before any name (`der Bremer
    // Forscher Erika Beispiel`, `der Internationale Strafgerichtshof`).
    let mut head = None;
    for (n, w) in words.iter().enumerate() {
        // An abbreviation (`Dr.`, `Prof.`) is a title before a name.
        if w.ends_with('.') || words.get(n + 1) == Some(&".") {
            break;
        }
        let lower = w.to_lowercase();
        let capitalized = w.chars().next().is_some_and(char::is_uppercase);
        // A genitive after the head (`der Vertreter Libyens`) is its attribute.
        if head.is_some() && lower.ends_with('s') {
            break;
        }
        if !capitalized {
            if head.is_some() {
                break;
            }
            // An adjective (a number or other lower-case word: no evidence).
            if nouns.adjective(&lower) != 0 && lower.ends_with("en") {
                return true;
            }
            continue;
        }
        let hit = nouns.lookup(&lower, true);
        // `der Abgeordneten`, `der Europäischen Kommission`: an adjective's or adjectival
        // noun's weak ending in `-en`.
        let adjectival = hit.classes & class::ADJECTIVAL != 0
            || (hit.classes & class::COMMON == 0 && nouns.adjective(&lower) == 2);
        if head.is_none() && adjectival && lower.ends_with("en") {
            return true;
        }
        if hit.classes & class::ADJECTIVAL != 0 {
            // `der Abgeordnete`: the adjectival noun's gender is its referent's.
            return false;
        }
        if hit.classes & class::COMMON == 0 && adjectival {
            continue;
        }
        if hit.classes & class::COMMON == 0 || hit.classes & class::NAME != 0 || hit.gender == 0 {
            break;
        }
        head = Some(hit);
    }
    let Some(hit) = head else {
        return false;
    };
    let masculine = hit.gender & 1 != 0;
    let nominative_singular = hit.cells == 0 || hit.cells & 1 != 0;
    !(masculine && nominative_singular)
}

/// Whether the lower-case `word` is an adjective of the lexicon, with or without a
/// declension ending.
pub(super) fn is_adjective(word: &str) -> bool {
    Tagger::builtin().nouns().adjective(&word.to_lowercase()) != 0
}

#[cfg(test)]
mod tests {
    use super::never_nominative;

    #[test]
    fn der_before_a_feminine_or_plural_noun_is_no_nominative() {
        assert!(never_nominative("Der", &["Regierung"]));
        assert!(never_nominative("der", &["Bundesregierung"]));
        assert!(never_nominative("der", &["Ministerin"]));
        assert!(never_nominative("der", &["neuen", "Regierung"]));
        assert!(never_nominative("dieser", &["Länder"]));
        assert!(never_nominative("der", &["Abgeordneten"]));
        assert!(never_nominative("der", &["Europäischen", "Kommission"]));
        assert!(never_nominative("Einer", &["Zeitung"]));
        assert!(never_nominative("seiner", &["Partei"]));
        assert!(never_nominative("dem", &["Minister"]));
    }

    #[test]
    fn der_before_a_masculine_noun_may_be_the_subject() {
        assert!(!never_nominative("Der", &["Minister"]));
        assert!(!never_nominative("der", &["neue", "Minister"]));
        assert!(!never_nominative("der", &["Abgeordnete"]));
        assert!(!never_nominative("der", &["Verband"]));
        assert!(!never_nominative("Der", &["Bremer", "Forscher", "Erika"]));
        assert!(!never_nominative("der", &["Forscher", "Dr", ".", "Erika"]));
        assert!(!never_nominative("Der", &["Vertreter", "Frankreichs"]));
        assert!(!never_nominative(
            "der",
            &["Internationale", "Strafgerichtshof"]
        ));
        assert!(!never_nominative("die", &["Regierung"]));
        assert!(!never_nominative("das", &["Gericht"]));
        // A name the lexicon does not list leaves the case open.
        assert!(!never_nominative("der", &["Xylantor"]));
        assert!(!never_nominative("einer", &[]));
    }
}
