//! The object of a statement: the argument as it stands in the sentence (`object.text`
//! and its byte span), a short contiguous phrase of it for display (`object.label`), and
//! the topic it is about where the topic lexicon knows one, or the actor it is aimed at.

use super::draft::Draft;
use super::statement::Object;
use super::words::{
    is_determiner, is_function_word, AUXILIARIES, CONJUNCTIONS, PASSIVE_AUXILIARIES, PREPOSITIONS,
};
use crate::ingest::SharedText;
use crate::lexicon::Lexicon;
use crate::text::fold_same_length;

/// The longest object label, in words (the spec's limit).
pub const MAX_LABEL_WORDS: usize = 12;

/// Characters trimmed from both ends of an object: punctuation and quotation marks.
const TRIM: &[char] = &[
    ',', '.', ';', ':', '„', '“', '”', '"', '»', '«', '–', '-', '(', ')', ' ', '!', '?', '‚', '‘',
    '’', '\n', '\t', '\r',
];

/// Words that stand between a speaker and the argument without belonging to it:
/// postpositions of source phrases and reflexive `sich` of a frame.
const EDGE_WORDS: &[&str] = &["zufolge", "sich", "es", "so", "wie", "auch", "dagegen"];

/// Labels the draft's object. `sentence` is the byte range of the evidence sentence.
pub fn object_of(
    lexicon: &Lexicon,
    text: &SharedText,
    draft: &Draft,
    sentence: (usize, usize),
) -> Object {
    let (start, end) = argument(text, draft);
    let span = (start < end).then_some((start, end));
    let argument_text = span.map(|(s, e)| text.slice(s..e));
    let label = span.map_or_else(String::new, |(s, e)| label_of(text, clip(s, e, sentence)));
    let folded = fold_same_length(argument_text.as_deref().unwrap_or(""));
    let topic = lexicon
        .topics_in(&folded)
        .first()
        .map(|&(t, _)| lexicon.topics[t].id.clone());
    let (kind, id) = if let Some(id) = topic {
        ("topic", Some(id))
    } else if let Some(actor) = &draft.object_actor {
        (
            "actor",
            Some(actor.qid.clone().unwrap_or_else(|| actor.name.clone())),
        )
    } else {
        ("claim", None)
    };
    Object {
        kind: kind.into(),
        label,
        id,
        text: argument_text,
        span: span.map(|(s, e)| [s, e]),
    }
}

/// The part of `(s, e)` inside the sentence, where they overlap (a quotation that began
/// in an earlier sentence is labelled by its words in this one).
fn clip(s: usize, e: usize, sentence: (usize, usize)) -> (usize, usize) {
    let (a, b) = (s.max(sentence.0), e.min(sentence.1));
    if a < b {
        (a, b)
    } else {
        (s, e)
    }
}

/// The byte range of the argument: the longest stretch of the content that holds no
/// excluded phrase (speaker, cue, particle), without auxiliaries, conjunctions,
/// punctuation and source postpositions at its edges. Auxiliaries inside it stay: the
/// argument is contiguous, as it stands.
fn argument(text: &str, draft: &Draft) -> (usize, usize) {
    let Some((start, end)) = draft.content else {
        return (0, 0);
    };
    let end = end.min(text.len());
    let mut cuts: Vec<(usize, usize)> = draft
        .exclude
        .iter()
        .copied()
        .filter(|&(s, e)| s >= start && e <= end && s < e)
        .filter(|&(s, e)| !is_auxiliary(&text[s..e]))
        .collect();
    cuts.extend(
        draft
            .cue_verbs
            .iter()
            .copied()
            .filter(|&(s, e)| s >= start && e <= end),
    );
    cuts.sort();
    let mut segments = Vec::new();
    let mut at = start;
    for (s, e) in cuts {
        if s >= at {
            segments.push((at, s));
            at = e;
        } else {
            at = at.max(e);
        }
    }
    segments.push((at, end));
    let segments: Vec<(usize, usize)> = segments
        .into_iter()
        .map(|(s, e)| trim_edges(text, s, e))
        .filter(|&(s, e)| has_content_word(&text[s..e]))
        .collect();
    let longest = |from: usize, predicative: bool| {
        segments
            .iter()
            .copied()
            .filter(|&(s, _)| s >= from)
            // `bezeichnete X als Y`: after the verb, an `als` phrase is the predicative,
            // not the argument.
            .filter(|&(s, _)| predicative || !text[..s].trim_end().ends_with(" als"))
            // The longest; the earlier of equals.
            .max_by_key(|&(s, e)| (e - s, std::cmp::Reverse(s)))
    };
    // A main clause's object stands after its verb (the middle field); before it only
    // where nothing but the subject follows (`Den Vorschlag lehnte die Regierung ab`).
    draft
        .cue_span
        .and_then(|(_, cue_end)| longest(cue_end, false))
        .or_else(|| longest(start, true))
        .unwrap_or((start, start))
}

/// Whether `piece` holds a word that is not a function word or an auxiliary: a
/// stretch of `die`, `sich` or `worden` between speaker and cue is no argument.
fn has_content_word(piece: &str) -> bool {
    piece.split_whitespace().any(|w| {
        let w = w.trim_matches(TRIM);
        !w.is_empty() && !is_function_word(w) && !is_auxiliary(w) && !edge_word(w, true)
    })
}

/// Auxiliaries and modals, also in Konjunktiv II (`hätten`, `wären`).
fn is_auxiliary(word: &str) -> bool {
    let folded = fold_same_length(word);
    AUXILIARIES.contains(&folded.as_str())
        || PASSIVE_AUXILIARIES.contains(&folded.as_str())
        || matches!(
            folded.as_str(),
            "hätte" | "hätten" | "wäre" | "wären" | "könnten" | "könnte" | "müssten" | "müsste"
        )
}

/// Words that never begin (`leading`) or end an argument: a verb-final clause keeps its
/// auxiliary (`dass die Steuern sinken werden`), a main clause's middle field does not
/// begin with one (`haben [die Aufnahme] abgelehnt`).
fn edge_word(word: &str, leading: bool) -> bool {
    let lower = word.to_lowercase();
    let lower = lower.as_str();
    (leading && is_auxiliary(lower))
        || CONJUNCTIONS.contains(&lower)
        || EDGE_WORDS.contains(&lower)
        || (!leading && (is_determiner(lower) || PREPOSITIONS.contains(&lower)))
}

/// `(s, e)` without punctuation and edge words at either end.
fn trim_edges(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    loop {
        let piece = &text[s..e];
        let trimmed_start = piece.len() - piece.trim_start_matches(TRIM).len();
        s += trimmed_start;
        let piece = &text[s..e];
        e -= piece.len() - piece.trim_end_matches(TRIM).len();
        let piece = &text[s..e];
        if piece.is_empty() {
            return (s, s);
        }
        // Only words outside quotations are trimmed: a quotation stands as written.
        let first_len = piece.find(char::is_whitespace).unwrap_or(piece.len());
        let first = &piece[..first_len];
        if first_len < piece.len() && edge_word(first, true) {
            s += first_len;
            continue;
        }
        let last_start = piece.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let last = &piece[last_start..];
        if last_start > 0 && edge_word(last, false) {
            e = s + last_start;
            continue;
        }
        return (s, e);
    }
}

/// A contiguous phrase of at most [`MAX_LABEL_WORDS`] words: the argument itself, or
/// its first words up to a word that may end a phrase; a leading article is dropped.
fn label_of(text: &str, (s, e): (usize, usize)) -> String {
    let piece = text[s..e].trim_matches(TRIM);
    let mut words: Vec<&str> = piece.split_whitespace().collect();
    let lower = words.first().map(|w| w.to_lowercase()).unwrap_or_default();
    if words.len() > 1 && is_determiner(&lower) && !lower.starts_with("kein") {
        words.remove(0);
    }
    if words.len() > MAX_LABEL_WORDS {
        words.truncate(MAX_LABEL_WORDS);
        while words.len() > 1 && edge_word(words[words.len() - 1].trim_matches(TRIM), false) {
            words.pop();
        }
    }
    words.join(" ").trim_matches(TRIM).to_string()
}

/// Words that stand for a proposition of the sentence before (`Washington hat das nicht
/// zugesagt`).
const PROPOSITION_PRONOUNS: &[&str] = &[
    "das", "dies", "dieses", "es", "dem", "dazu", "hierzu", "darauf", "diese",
];

/// Filler words around such a pronoun.
const FILLERS: &[&str] = &[
    "aber",
    "auch",
    "bisher",
    "bislang",
    "noch",
    "nicht",
    "jedoch",
    "allerdings",
    "zudem",
    "so",
];

/// When the object is only a pronoun for the previous sentence's proposition, the
/// argument is that sentence: text and span point there, the label is its first words.
pub fn resolve_pronoun_object(
    lexicon: &Lexicon,
    object: &mut Object,
    text: &SharedText,
    previous: (usize, usize),
) {
    let words: Vec<String> = object
        .label
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    let has_pronoun = words
        .iter()
        .any(|w| PROPOSITION_PRONOUNS.contains(&w.as_str()));
    let only_fillers = words
        .iter()
        .all(|w| PROPOSITION_PRONOUNS.contains(&w.as_str()) || FILLERS.contains(&w.as_str()));
    if (has_pronoun || words.len() <= 3) && only_fillers && object.kind == "claim" {
        let (s, e) = trim_edges(text, previous.0, previous.1);
        if s >= e {
            return;
        }
        object.text = Some(text.slice(s..e));
        object.span = Some([s, e]);
        object.label = label_of(text, (s, e));
        if let Some(&(t, _)) = lexicon.topics_in(&fold_same_length(&text[s..e])).first() {
            object.kind = "topic".into();
            object.id = Some(lexicon.topics[t].id.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_contiguous_and_short() {
        let text = "die Koalition werde die Pläne am Donnerstag billigen und danach sofort \
                    mit den Partnern über die nächsten Schritte sprechen";
        let label = label_of(text, (0, text.len()));
        assert!(text.contains(&label), "{label}");
        assert!(label.split_whitespace().count() <= MAX_LABEL_WORDS);
        assert!(label.starts_with("Koalition werde"));
        // Cut before the preposition that would end it.
        assert!(!label.ends_with(" mit"), "{label}");
    }

    #[test]
    fn edges_lose_conjunctions_auxiliaries_and_punctuation() {
        let text = "„dass die Steuern sinken werden“, ";
        let (s, e) = trim_edges(text, 0, text.len());
        assert_eq!(&text[s..e], "die Steuern sinken werden");
    }
}
