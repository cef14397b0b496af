//! The object of a statement: a short phrase of the article, and the topic it is about
//! where the topic lexicon knows one, or the actor it is aimed at.

use super::attribution::Draft;
use super::statement::Object;
use crate::lexicon::Lexicon;
use crate::text::fold_same_length;

/// The longest object label, in words; longer content is cut with an ellipsis.
pub const MAX_LABEL_WORDS: usize = 30;

const TRIM: &[char] = &[
    ',', '.', ';', ':', '„', '“', '”', '"', '»', '«', '–', '-', '(', ')', ' ', '!', '?', '‚', '‘',
    '’',
];

/// Labels the draft's object.
pub fn object_of(lexicon: &Lexicon, text: &str, draft: &Draft) -> Object {
    let (start, end) = draft.content.unwrap_or((0, 0));
    // The content without the subject, the cue and auxiliaries.
    let mut pieces = String::new();
    let mut at = start;
    let mut cuts: Vec<(usize, usize)> = draft
        .exclude
        .iter()
        .copied()
        .filter(|&(s, e)| s >= start && e <= end)
        .collect();
    cuts.sort();
    for (s, e) in cuts {
        if s >= at {
            pieces.push_str(text.get(at..s).unwrap_or(""));
            pieces.push(' ');
            at = e;
        }
    }
    pieces.push_str(text.get(at..end).unwrap_or(""));
    let mut raw = pieces.trim_matches(TRIM);
    // Leading conjunctions and articles belong to the clause, not to the object.
    loop {
        let first = raw.split_whitespace().next().unwrap_or("");
        let lower = first.to_lowercase();
        if matches!(
            lower.as_str(),
            "dass" | "der" | "die" | "das" | "den" | "dem" | "des" | "wie" | "so" | "und"
        ) && raw.len() > first.len()
        {
            raw = raw[first.len()..].trim_start_matches(TRIM);
        } else {
            break;
        }
    }
    let words: Vec<&str> = raw.split_whitespace().collect();
    let label = if words.len() > MAX_LABEL_WORDS {
        format!("{} …", words[..MAX_LABEL_WORDS].join(" "))
    } else {
        words.join(" ")
    };
    let topic = lexicon
        .topics_in(&fold_same_length(&label))
        .first()
        .map(|&(t, _)| lexicon.topics[t].id.clone());
    if let Some(id) = topic {
        return Object {
            kind: "topic".into(),
            label,
            id: Some(id),
        };
    }
    if let Some(actor) = &draft.object_actor {
        return Object {
            kind: "actor".into(),
            label,
            id: Some(actor.qid.clone().unwrap_or_else(|| actor.name.clone())),
        };
    }
    Object {
        kind: "claim".into(),
        label,
        id: None,
    }
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

/// When the object is only a pronoun for the previous sentence's proposition, adds that
/// sentence to the label.
pub fn resolve_pronoun_object(object: &mut Object, previous_sentence: &str) {
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
        let previous: Vec<&str> = previous_sentence
            .split_whitespace()
            .take(MAX_LABEL_WORDS)
            .collect();
        object.label = format!(
            "{} [{}]",
            object.label,
            previous.join(" ").trim_end_matches('.')
        );
    }
}
