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
    let raw = text.get(start..end).unwrap_or("").trim_matches(TRIM);
    let raw = raw.strip_prefix("dass ").unwrap_or(raw);
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
