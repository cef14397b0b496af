//! The target of a topic (issue 15, item 9): the state a directional or locative phrase
//! of the argument names (`Entsendung von Truppen [in die Ukraine]`, `Soldaten [nach
//! Russland]`, `[in die russische Region] um Kursk`), so that networks can tell troops
//! for one country from troops for another.

use crate::lexicon::{Lexicon, Surface};

/// Prepositions of place and direction that name where a topic is aimed.
const PLACE_PREPOSITIONS: &[&str] = &["in", "im", "ins", "nach", "gegen"];

/// How many words after the preposition the state may stand (`in die [russische]`,
/// `in die von Russland besetzten`).
const REACH: usize = 3;

/// The ISO code of the state the first place phrase of `argument` names, if any.
pub fn topic_target(lexicon: &Lexicon, argument: &str) -> Option<String> {
    let words: Vec<&str> = argument
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .collect();
    for (i, w) in words.iter().enumerate() {
        if !PLACE_PREPOSITIONS.contains(&w.to_lowercase().as_str()) {
            continue;
        }
        for next in words.iter().skip(i + 1).take(REACH) {
            if let Some(code) = state_of(lexicon, next) {
                return Some(code);
            }
            // A noun ends the phrase (`in die Ukraine`, not `in Gesprächen mit …`).
            if next.chars().next().is_some_and(char::is_uppercase) {
                break;
            }
        }
    }
    None
}

/// The state a word names: its name, capital or adjective (`Ukraine`, `Kiew`,
/// `russische`).
fn state_of(lexicon: &Lexicon, word: &str) -> Option<String> {
    if word.is_empty() {
        return None;
    }
    let folded = crate::text::fold_same_length(word);
    lexicon
        .surfaces()
        .find(word, &folded, 0, word.len())
        .into_iter()
        .filter(|h| h.start == 0 && h.end == word.len())
        .find_map(|h| {
            h.readings.iter().find_map(|r| match r {
                Surface::CountryName(c) | Surface::CountryAdjective(c) | Surface::Capital(c) => {
                    Some(lexicon.countries[*c as usize].code.clone())
                }
                _ => None,
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_of_a_place_phrase() {
        let lex = Lexicon::builtin();
        let t = |s: &str| topic_target(&lex, s);
        assert_eq!(
            t("Entsendung ausländischer Truppen in die Ukraine").as_deref(),
            Some("UKR")
        );
        assert_eq!(t("weitere Soldaten nach Russland").as_deref(), Some("RUS"));
        assert_eq!(
            t("Soldaten in die russische Region um Kursk").as_deref(),
            Some("RUS")
        );
        assert_eq!(t("Truppen in der Ukraine").as_deref(), Some("UKR"));
        // No place phrase, or a place that is no state.
        assert_eq!(t("die Entsendung von Truppen"), None);
        assert_eq!(t("Truppen in Gesprächen mit Russland"), None);
    }
}
