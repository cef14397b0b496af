//! Capitalised adjectives the tagger took for nouns. At the start of a sentence every word
//! is capitalised, and an adjective before its noun (`Neue Zahlen belegen …`, `Zehntausende
//! Menschen kamen`) looks like a noun to the tagger. Two common nouns do not stand side by
//! side at the start of a German sentence, so a first word with an adjective's inflection
//! ending right before a common noun is that noun's attribute.

use super::token::{Upos, Word};

/// Whether `lower` ends like an inflected adjective (`-e`, `-en`, `-es`, `-em`); `-er` is
/// left out, as it ends many nouns of office that stand before a name (`Parteisprecher`).
fn adjective_ending(lower: &str) -> bool {
    lower.chars().count() > 3
        && lower.chars().all(char::is_alphabetic)
        && ["e", "en", "es", "em"].iter().any(|e| lower.ends_with(e))
}

/// Retags a sentence-initial "noun" with an adjective ending, followed by a common noun
/// that ends the noun run, as an attributive adjective (`ADJ`, `ADJA`).
pub(super) fn sentence_initial(forms: &[&str], words: &mut [Word]) {
    let Some(first) = words.iter().position(|w| w.upos != Upos::Punct) else {
        return;
    };
    let next = first + 1;
    if next >= words.len() || words[first].upos != Upos::Noun || words[next].upos != Upos::Noun {
        return;
    }
    if words
        .get(next + 1)
        .is_some_and(|w| matches!(w.upos, Upos::Noun | Upos::Propn))
    {
        return;
    }
    if !forms[first].starts_with(char::is_uppercase)
        || !adjective_ending(&forms[first].to_lowercase())
    {
        return;
    }
    let w = &mut words[first];
    w.upos = Upos::Adj;
    w.xpos = "ADJA";
    w.lemma = None;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::token::Feats;

    fn word(upos: Upos) -> Word {
        Word {
            start: 0,
            end: 0,
            upos,
            xpos: "",
            lemma: None,
            feats: Feats::default(),
        }
    }

    fn retag(forms: &[&str], tags: &[Upos]) -> Vec<Upos> {
        let mut words: Vec<Word> = tags.iter().map(|&u| word(u)).collect();
        sentence_initial(forms, &mut words);
        words.iter().map(|w| w.upos).collect()
    }

    #[test]
    fn initial_adjective_before_noun_is_attributive() {
        use Upos::*;
        let t = retag(
            &["Neue", "Zahlen", "belegen", "das"],
            &[Noun, Noun, Verb, Pron],
        );
        assert_eq!(t[0], Adj);
        let t = retag(
            &["„", "Zehntausende", "Menschen", "kamen"],
            &[Punct, Noun, Noun, Verb],
        );
        assert_eq!(t[1], Adj);
    }

    #[test]
    fn nouns_stay_nouns() {
        use Upos::*;
        // No noun after it.
        let t = retag(&["Experten", "warnen"], &[Noun, Verb]);
        assert_eq!(t[0], Noun);
        // An office before a name run.
        let t = retag(
            &["Vorsitzende", "Ministerin", "Schulze", "sagte"],
            &[Noun, Noun, Propn, Verb],
        );
        assert_eq!(t[0], Noun);
        // `-er` ends nouns of office.
        let t = retag(&["Parteisprecher", "Bauer", "sagte"], &[Noun, Noun, Verb]);
        assert_eq!(t[0], Noun);
        // Not at the start of the sentence.
        let t = retag(
            &["Heute", "kamen", "Neue", "Gäste"],
            &[Adv, Verb, Noun, Noun],
        );
        assert_eq!(t[2], Noun);
    }
}
