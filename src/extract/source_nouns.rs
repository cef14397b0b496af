//! The nouns of source phrases: speech and channel nouns (`Angaben`, `Bericht`,
//! `Mitteilung`, data files `source` and `channel`), the preposition that opens their
//! phrase (`nach`, `laut`, `gemäß`) and the genitive that names who said it.

use super::view::SentenceView;
use crate::lexicon::{Lexicon, WordClass};

/// Whether token `i` is a speech or channel noun with a genitive after it (`Angaben der
/// Fluggesellschaft`, `Aussagen des Betreibers`, `einem Bericht des Senders`): the
/// genitive of a noun of saying is the one who said it, a particular one, not a vague
/// crowd. A channel noun counts after a determiner (`einem Bericht`): a bare plural
/// (`nach Berichten der Presse`) is reports of no one in particular.
pub(super) fn speech_noun_genitive(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    i: usize,
) -> bool {
    let classes = &lexicon.word_classes;
    let noun = view.tokens[i].text(text);
    let said = classes.contains(WordClass::Source, noun)
        || (classes.contains(WordClass::Channel, noun)
            && i > 0
            && super::words::is_determiner(view.word(i - 1)));
    i + 1 < view.tokens.len() && said && genitive_determiner(view.word(i + 1))
}

/// Whether `word` (lower case) opens a genitive attribute: `des`, `der`, `eines`,
/// `einer`, a possessive or demonstrative (`seines`, `ihrer`, `dieses`).
fn genitive_determiner(word: &str) -> bool {
    matches!(word, "des" | "der")
        || (super::words::is_determiner(word)
            && (word.ends_with("es") || word.ends_with("er"))
            && !matches!(word, "jeder" | "keiner" | "welcher" | "mancher" | "aller"))
}

/// Whether `word` (as written) is a noun of a source phrase or a channel noun
/// (`Angaben`, `Worten`, `Bericht`, `Mitteilung`).
pub(super) fn is_source_noun(lexicon: &Lexicon, word: &str) -> bool {
    let classes = &lexicon.word_classes;
    classes.contains(WordClass::Source, word) || classes.contains(WordClass::Channel, word)
}

/// The preposition that opens the source phrase whose noun is token `noun`: `nach`,
/// `laut` or `gemäß` right before it, or before its determiner and adjectives (`nach
/// den ersten Angaben`, `laut einem Bericht`, `gemäß einer Mitteilung`).
pub(super) fn source_opener(view: &SentenceView, text: &str, noun: usize) -> Option<&'static str> {
    let mut k = noun;
    while k > 0 && noun - k < 4 && {
        let raw = view.tokens[k - 1].text(text);
        super::words::is_determiner(view.word(k - 1))
            || (super::words::looks_like_adjective(raw) && !view.layout.in_quote(k - 1))
    } {
        k -= 1;
    }
    let at = k.checked_sub(1)?;
    if view.layout.in_quote(at) {
        return None;
    }
    match view.word(at) {
        "nach" => Some("nach"),
        "laut" => Some("laut"),
        "gemäß" => Some("gemäß"),
        _ => None,
    }
}

/// The noun of a source phrase opened by `nach` at token `at`: a source or channel noun
/// or a compound with a channel head, right after it or after a determiner and
/// adjectives (`nach Angaben`, `nach den bisherigen Erkenntnissen`, `nach einem
/// Polizeibericht`).
pub(super) fn source_noun_after(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    at: usize,
) -> Option<usize> {
    let n = view.tokens.len();
    let mut k = at + 1;
    while k < n && k < at + 4 && {
        let raw = view.tokens[k].text(text);
        super::words::is_determiner(view.word(k)) || super::words::looks_like_adjective(raw)
    } {
        k += 1;
    }
    let noun = view.tokens.get(k)?.text(text);
    let classes = &lexicon.word_classes;
    (is_source_noun(lexicon, noun) || classes.has_head(WordClass::ChannelHead, noun)).then_some(k)
}
