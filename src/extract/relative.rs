//! The antecedent of a relative pronoun that stands as a statement's object: in
//! `…, hatte das Parlament Ergänzungen am Entwurf vorgenommen, denen der Rat nicht
//! zustimmte` the object of `zustimmte` is `Ergänzungen am Entwurf`, not `denen`.

use super::words::{is_determiner, is_preposition, looks_like_adjective};

/// Relative pronouns that can open a relative clause (folded to lower case).
const RELATIVE: &[&str] = &[
    "der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welcher", "welche", "welches",
    "welchem", "welchen",
];

/// Whether `piece` is a relative pronoun alone.
pub fn is_relative_pronoun(piece: &str) -> bool {
    let w = piece.trim();
    RELATIVE.iter().any(|r| r.eq_ignore_ascii_case(w))
}

/// The noun phrase a relative pronoun at byte `at` refers to: the last noun phrase of the
/// clause before the comma that opens the relative clause, with the prepositional phrases
/// that hang on it (`Ergänzungen am Entwurf`); trailing verbs of that clause
/// (`vorgenommen`) are left out. `floor` is where the sentence begins. None where no
/// comma stands right before the pronoun or no noun ends the clause before.
pub fn antecedent(text: &str, floor: usize, at: usize) -> Option<(usize, usize)> {
    let before = text.get(floor..at)?.trim_end();
    let comma = before.strip_suffix(',')?;
    // The clause before: back to the previous comma, colon, semicolon or quotation mark.
    let clause_start = comma
        .rfind([',', ';', ':', '„', '“', '"', '(', ')'])
        .map_or(0, |i| {
            i + comma[i..].chars().next().map_or(1, char::len_utf8)
        });
    let clause = &comma[clause_start..];
    // Its words with byte offsets (relative to `floor`).
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut offset = clause_start;
    for w in clause.split(' ') {
        if !w.is_empty() {
            words.push((offset, w));
        }
        offset += w.len() + 1;
    }
    // Trailing verbs: lower-case words after the last noun.
    while words
        .last()
        .is_some_and(|(_, w)| w.starts_with(char::is_lowercase))
    {
        words.pop();
    }
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let mut start = words.len().checked_sub(1)?;
    loop {
        // Adjectives and their determiner before the noun belong to it; adjectives
        // without one may be a verb (`legte neue Pläne vor`) and do not.
        let mut k = start;
        while k > 0 && looks_like_adjective(&words[k - 1].1.to_lowercase()) {
            k -= 1;
        }
        if k > 0 && is_determiner(&words[k - 1].1.to_lowercase()) {
            start = k - 1;
        }
        // A prepositional phrase hangs on a noun before it (`Ergänzungen am Entwurf`).
        let hangs = start >= 2
            && is_preposition(&words[start - 1].1.to_lowercase())
            && capital(words[start - 2].1);
        if !hangs {
            break;
        }
        start -= 2;
    }
    let (s, _) = words[start];
    let (e, last) = words[words.len() - 1];
    Some((floor + s, floor + e + last.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(sentence: &str, pronoun: &str) -> Option<String> {
        let at = sentence.find(&format!(", {pronoun} "))? + 2;
        antecedent(sentence, 0, at).map(|(s, e)| sentence[s..e].to_string())
    }

    #[test]
    fn the_last_noun_phrase_before_the_comma_with_its_prepositional_phrase() {
        let s = "Allerdings hatte das Parlament Ergänzungen am Entwurf vorgenommen, denen der Rat nicht zustimmte.";
        assert_eq!(found(s, "denen").as_deref(), Some("Ergänzungen am Entwurf"));
        let s = "Die Regierung legte einen neuen Plan vor, den die Opposition ablehnt.";
        assert_eq!(found(s, "den").as_deref(), Some("einen neuen Plan"));
    }

    #[test]
    fn no_comma_or_no_noun_is_no_antecedent() {
        let s = "Er sagte das nicht.";
        assert_eq!(antecedent(s, 0, s.find("das").expect("word")), None);
        assert!(is_relative_pronoun(" denen ") && !is_relative_pronoun("Plan"));
    }
}
