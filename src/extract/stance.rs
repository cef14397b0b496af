//! The object of a statement: the argument as it stands in the sentence (`object.text`
//! and its byte span), a short contiguous phrase of it for display (`object.label`), and
//! the topic it is about where the topic lexicon knows one, or the actor it is aimed at.

use super::draft::Draft;
use super::statement::Object;
use super::words::{
    is_determiner, is_function_word, is_preposition, looks_like_adjective, with_lowercase,
    AUXILIARIES, CONJUNCTIONS, DETERMINERS, PASSIVE_AUXILIARIES, PREPOSITIONS,
};
use crate::grammar::lexicon::WordHasher;
use crate::ingest::SharedText;
use crate::lexicon::Lexicon;
use crate::text::{fold_same_length, with_folded};
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

/// The longest object label, in words (the spec's limit).
pub const MAX_LABEL_WORDS: usize = 12;

/// Characters trimmed from both ends of an object: punctuation and quotation marks.
const TRIM: &[char] = &[
    ',', '.', ';', ':', '„', '“', '”', '"', '»', '«', '–', '-', '(', ')', ' ', '!', '?', '‚', '‘',
    '’', '\n', '\t', '\r',
];

/// Words that stand between a speaker and the argument without belonging to it:
/// postpositions of source phrases, reflexive `sich` of a frame, and the contrast
/// adverb of a coordinated verb (`fordern jedoch Änderungen`).
const EDGE_WORDS: &[&str] = &[
    "zufolge",
    "sich",
    "es",
    "so",
    "wie",
    "auch",
    "dagegen",
    "jedoch",
    "aber",
    "allerdings",
    "zugleich",
    "gleichzeitig",
];

/// Labels the draft's object. `sentence` is the byte range of the evidence sentence.
pub fn object_of(
    lexicon: &Lexicon,
    text: &SharedText,
    draft: &Draft,
    sentence: (usize, usize),
) -> Object {
    // The argument as the cue's frame takes it; the text leaves out the cue's own words
    // inside it (`eine Entscheidung über …`), the display label names it with them (`eine
    // solche Zusage`), both as they stand in this sentence.
    let (start, end) = argument(lexicon, text, draft, None);
    let in_sentence = |(s, e): (usize, usize)| {
        let (a, b) = (s.max(sentence.0), e.min(sentence.1));
        if a < b {
            Some(trim_edges(text, a, b)).filter(|&(a, b)| a < b)
        } else {
            // An argument wholly outside the sentence (a headline's) stays as it is.
            (s < e).then_some((s, e))
        }
    };
    let mut named = in_sentence((start, end));
    let cut = argument(lexicon, text, draft, Some(sentence));
    let mut span = if cut.0 < cut.1 { Some(cut) } else { named };
    // A relative pronoun stands for its antecedent (`Ergänzungen …, denen der Rat nicht
    // zustimmte`).
    if let Some((s, _)) = span.filter(|&(s, e)| super::relative::is_relative_pronoun(&text[s..e])) {
        if let Some(found) = super::relative::antecedent(text, sentence.0, s) {
            span = Some(found);
            named = Some(found);
        }
    }
    let argument_text = span.map(|(s, e)| text.slice(s..e));
    // A pronoun for a proposition before is the label as it stands, and the topic is
    // that proposition's (resolved by the caller); else the topic is read from the whole
    // argument, also where a quotation runs on.
    let pronoun = span.filter(|&(s, e)| stands_for_proposition(&text[s..e]));
    let label = match pronoun {
        Some((s, e)) => text[s..e].to_string(),
        None => named.map_or_else(String::new, |(s, e)| label_of(text, (s, e))),
    };
    let folded = fold_same_length(if pronoun.is_some() {
        ""
    } else {
        &text[start..end]
    });
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

/// Whether the object names something: an actor, or a label with a word. A statement
/// without an argument (its only candidate was the speaker, an adverbial or nothing) is
/// no statement.
pub fn has_argument(object: &Object) -> bool {
    object.kind != "claim" || object.label.chars().any(char::is_alphanumeric)
}

/// The byte range of the argument: the longest stretch of the content that holds no
/// excluded phrase (speaker, cue, particle), without auxiliaries, conjunctions,
/// punctuation and source postpositions at its edges. Auxiliaries inside it stay: the
/// argument is contiguous, as it stands. An adverbial of time or occasion (`am Abend`,
/// `in seiner Radioansprache`) is no argument: where nothing else is left, a pronoun for
/// a proposition before is (`Dies bestätigte X am Abend`).
fn argument(
    lexicon: &Lexicon,
    text: &str,
    draft: &Draft,
    sentence: Option<(usize, usize)>,
) -> (usize, usize) {
    let Some((start, end)) = draft.content else {
        return (0, 0);
    };
    let end = end.min(text.len());
    let (start, end) = sentence.map_or((start, end), |(a, b)| (start.max(a), end.min(b)));
    if start >= end {
        return (0, 0);
    }
    let mut cuts: Vec<(usize, usize)> = draft
        .exclude
        .iter()
        .copied()
        .filter(|&(s, e)| s >= start && e <= end && s < e)
        .filter(|&(s, e)| !is_auxiliary(&text[s..e]))
        .map(|(s, e)| (with_modifiers(text, start, s), e))
        .collect();
    cuts.extend(
        draft
            .cue_verbs
            .iter()
            .copied()
            .filter(|&(s, e)| s >= start && e <= end),
    );
    let cue_words =
        sentence.map_or_else(Vec::new, |_| cue_words_in(text, &draft.cue, (start, end)));
    cuts.extend(cue_words.iter().copied());
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
    // Adverbials of time and occasion are no argument. Whether a segment has a content
    // word is read once per segment.
    let segments: Vec<((usize, usize), bool)> = segments
        .into_iter()
        .map(|(s, e)| trim_edges(text, s, e))
        .filter(|&(s, e)| !is_circumstance(lexicon, &text[s..e]))
        .map(|(s, e)| ((s, e), has_content_word(&text[s..e])))
        .collect();
    // Without the cue's words and adverbials, what is left may be a pronoun for a
    // proposition before (`Ich glaube das einfach nicht`, `Dies bestätigte X am Abend`):
    // that is the argument.
    if !segments.iter().any(|&(_, content)| content) {
        if let Some(&(pronoun, _)) = segments
            .iter()
            .find(|&&((s, e), _)| stands_for_proposition(&text[s..e]))
        {
            return pronoun;
        }
    }
    let segments: Vec<(usize, usize)> = segments
        .into_iter()
        .filter_map(|(segment, content)| content.then_some(segment))
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
    // A cue noun or adjective in the content takes its argument after it (`bereit,
    // Truppen zu entsenden`, `Kritik an der Entsendung`), a predicative one before it.
    // A main clause's object stands after its verb (the middle field); before it only
    // where nothing but the subject follows (`Den Vorschlag lehnte die Regierung ab`).
    let after_cue_words = cue_words.last().and_then(|&(_, e)| longest(e, true));
    after_cue_words
        .or_else(|| {
            draft
                .cue_span
                .and_then(|(_, cue_end)| longest(cue_end, false))
        })
        .or_else(|| longest(start, true))
        .unwrap_or((start, start))
}

/// The byte ranges of the cue's content words inside `(start, end)`: a cue noun or
/// evaluative word that stands in the content (`eine Entscheidung über …`, `sei
/// unecht`), and so does a modal or negation the stance was read from (`werden … nicht
/// an einem Krieg beteiligen`); they are no part of the argument. Prepositions of the
/// cue (separable particles `mit`, `an`) are left: inside the argument they are its own.
fn cue_words_in(text: &str, cue: &str, (start, end): (usize, usize)) -> Vec<(usize, usize)> {
    let words: Vec<String> = cue
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !is_preposition(w) && !is_determiner(&w.to_lowercase()))
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut word_start = None;
    for (i, c) in text[start..end]
        .char_indices()
        .chain(std::iter::once((end - start, ' ')))
    {
        match (c.is_alphanumeric(), word_start) {
            (true, None) => word_start = Some(i),
            (false, Some(w)) => {
                let word = &text[start + w..start + i];
                if with_lowercase(word, |lower| words.iter().any(|w| w == lower)) {
                    found.push((start + w, start + i));
                }
                word_start = None;
            }
            _ => {}
        }
    }
    found
}

/// Whether `piece` holds a word that is not a function word or an auxiliary: a
/// stretch of `die`, `sich` or `worden` between speaker and cue is no argument.
fn has_content_word(piece: &str) -> bool {
    piece.split_whitespace().any(|w| {
        let w = w.trim_matches(TRIM);
        !w.is_empty()
            && !is_function_word(w)
            && !is_auxiliary(w)
            && !edge_word(w, true)
            && !matches!(w, "sowie" | "sowohl")
    })
}

/// Prepositions that open an adverbial of time or occasion (`am Abend`, `auf einer
/// Pressekonferenz`, `in seiner Radioansprache`); not those of a frame's argument
/// (`sprach über das Treffen`, `äußerte sich zu der Rede`).
const CIRCUMSTANCE_PREPOSITIONS: &[&str] = &[
    "in", "im", "am", "bei", "beim", "auf", "während", "nach", "vor", "seit", "um", "ab",
];

/// Whether `piece` is only an adverbial of time or occasion: a preposition of
/// [`CIRCUMSTANCE_PREPOSITIONS`], determiners and adjectives, and a noun whose head names a
/// time or an occasion (`am Abend`, `in seiner wöchentlichen Radioansprache`).
fn is_circumstance(lexicon: &Lexicon, piece: &str) -> bool {
    // At most a preposition, four words and a head: a longer piece (a clause, most
    // content) is not split into all its words to find that out, nor one that does not
    // begin with such a preposition.
    let first = piece
        .split_whitespace()
        .next()
        .map(|w| w.trim_matches(TRIM));
    if !first.is_some_and(|w| CIRCUMSTANCE_PREPOSITIONS.contains(&w)) {
        return false;
    }
    let words: Vec<&str> = piece
        .split_whitespace()
        .take(7)
        .map(|w| w.trim_matches(TRIM))
        .collect();
    if words.len() > 6 {
        return false;
    }
    let [preposition, middle @ .., head] = words.as_slice() else {
        return false;
    };
    CIRCUMSTANCE_PREPOSITIONS.contains(preposition)
        && middle.len() <= 4
        && middle.iter().all(|w| {
            let lower = w.to_lowercase();
            is_determiner(&lower)
                || looks_like_adjective(w)
                || w.chars().all(|c| c.is_ascii_digit() || c == '.')
        })
        && head.starts_with(char::is_uppercase)
        && lexicon
            .word_classes
            .has_head(crate::lexicon::WordClass::CircumstanceHead, head)
}

/// The start of the phrase whose head begins at byte `s`, not before `floor`: back over
/// the determiner and adjectives before a capitalised head (`der grüne [Abgeordnete X]`),
/// so that no modifier of an excluded phrase is left as an argument.
fn with_modifiers(text: &str, floor: usize, s: usize) -> usize {
    if !text[s..].starts_with(char::is_uppercase) {
        return s;
    }
    let mut at = s;
    for _ in 0..4 {
        let before = text[floor..at].trim_end_matches(' ');
        let Some(word_start) = before.rfind(' ').map(|i| floor + i + 1).or(Some(floor)) else {
            break;
        };
        let word = &text[word_start..floor + before.len()];
        if word.is_empty() || !(is_determiner(word) || looks_like_adjective(word)) {
            break;
        }
        at = word_start;
        if is_determiner(word) {
            break;
        }
    }
    at
}

/// Auxiliaries and modals, also in Konjunktiv II (`hätten`, `wären`).
fn is_auxiliary(word: &str) -> bool {
    // Folding keeps the byte length, and no auxiliary is longer than 16 bytes: a longer
    // word is not folded.
    if word.len() > 16 {
        return false;
    }
    with_folded(word, |folded| AUXILIARY_SET.contains(folded))
}

/// A set of words (lower case), looked up once instead of compared with each list.
type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

/// [`AUXILIARIES`], [`PASSIVE_AUXILIARIES`] and the Konjunktiv II forms of [`is_auxiliary`].
static AUXILIARY_SET: LazyLock<WordSet> = LazyLock::new(|| {
    let subjunctive: &[&'static str] = &[
        "hätte", "hätten", "wäre", "wären", "könnten", "könnte", "müssten", "müsste",
    ];
    [AUXILIARIES, PASSIVE_AUXILIARIES, subjunctive]
        .into_iter()
        .flatten()
        .copied()
        .collect()
});

/// The words [`edge_word`] takes at either end: [`CONJUNCTIONS`] and [`EDGE_WORDS`].
static EDGE_SET: LazyLock<WordSet> =
    LazyLock::new(|| CONJUNCTIONS.iter().chain(EDGE_WORDS).copied().collect());

/// The words [`edge_word`] takes only at the end: determiners and [`PREPOSITIONS`].
static TRAILING_EDGE_SET: LazyLock<WordSet> =
    LazyLock::new(|| DETERMINERS.iter().chain(PREPOSITIONS).copied().collect());

/// Words that never begin (`leading`) or end an argument: a verb-final clause keeps its
/// auxiliary (`dass die Steuern sinken werden`), a main clause's middle field does not
/// begin with one (`haben [die Aufnahme] abgelehnt`).
fn edge_word(word: &str, leading: bool) -> bool {
    with_lowercase(word, |lower| {
        (leading && is_auxiliary(lower))
            || EDGE_SET.contains(lower)
            || (!leading && TRAILING_EDGE_SET.contains(lower))
    })
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
        // After the last whitespace character, which may take more than one byte (U+0085).
        let last_start = piece
            .char_indices()
            .rfind(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
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
    // A leading article and one word more than the label takes are enough to know
    // whether it is cut: the rest of a long argument is not split.
    let mut words: Vec<&str> = piece.split_whitespace().take(MAX_LABEL_WORDS + 2).collect();
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
    "einfach",
    "wirklich",
    "kaum",
    "nie",
];

/// Whether `piece` is a pronoun for a proposition with filler words (`das einfach
/// nicht`).
fn stands_for_proposition(piece: &str) -> bool {
    // Word by word, up to the first that is neither: a long piece is not lower-cased
    // whole to find that out.
    let mut pronoun = false;
    for word in piece
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let (is_pronoun, is_filler) = with_lowercase(word, |lower| {
            (
                PROPOSITION_PRONOUNS.contains(&lower),
                FILLERS.contains(&lower),
            )
        });
        if !is_pronoun && !is_filler {
            return false;
        }
        pronoun |= is_pronoun;
    }
    pronoun
}

/// When the object is only a pronoun for the previous sentence's proposition, the
/// argument is that sentence: text and span point there, the label is its first words.
/// An empty object stands for one only where such a pronoun stands in the `content`
/// (`Washington hat das nicht zugesagt`; not `Wie die BBC berichtet, …`).
pub fn resolve_pronoun_object(
    lexicon: &Lexicon,
    object: &mut Object,
    text: &SharedText,
    (content, previous): ((usize, usize), (usize, usize)),
) {
    let mut words: Vec<String> = object
        .label
        .split_whitespace()
        .map(|w| w.to_lowercase())
        .collect();
    if words.is_empty() {
        words = text
            .get(content.0..content.1)
            .unwrap_or("")
            .split(|c: char| !c.is_alphanumeric())
            .map(str::to_lowercase)
            .filter(|w| PROPOSITION_PRONOUNS.contains(&w.as_str()))
            .collect();
        if words.is_empty() {
            return;
        }
    }
    let has_pronoun = words
        .iter()
        .any(|w| PROPOSITION_PRONOUNS.contains(&w.as_str()));
    let only_fillers = words
        .iter()
        .all(|w| PROPOSITION_PRONOUNS.contains(&w.as_str()) || FILLERS.contains(&w.as_str()));
    if (has_pronoun || words.len() <= 3) && only_fillers && object.kind == "claim" {
        object_from_previous(lexicon, object, text, previous);
    }
}

/// The object is the proposition of the previous sentence (byte range `previous`): text
/// and span point there, the label is its first words, the topic is its first topic.
pub fn object_from_previous(
    lexicon: &Lexicon,
    object: &mut Object,
    text: &SharedText,
    previous: (usize, usize),
) {
    let (s, e) = trim_edges(text, previous.0, previous.1);
    if s >= e {
        return;
    }
    object.text = Some(text.slice(s..e));
    object.span = Some([s, e]);
    object.label = label_of(text, (s, e));
    object.kind = "claim".into();
    object.id = None;
    if let Some(&(t, _)) = lexicon.topics_in(&fold_same_length(&text[s..e])).first() {
        object.kind = "topic".into();
        object.id = Some(lexicon.topics[t].id.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edges_are_trimmed_after_a_multibyte_whitespace() {
        let text = "Er lehnte die Reform\u{85}ab";
        let (s, e) = trim_edges(text, 0, text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        assert_eq!(&text[s..e], text);
    }

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
    fn cue_content_words_are_found_in_the_content_but_not_its_particles() {
        let text = "übte Kritik an der Kritik des Gesetzes mit Nachdruck";
        let found = cue_words_in(text, "teilte … mit Kritik", (5, text.len()));
        let words: Vec<&str> = found.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(words, ["Kritik", "Kritik"]);
        assert!(cue_words_in(text, "mit", (0, text.len())).is_empty());
    }

    #[test]
    fn a_pronoun_with_fillers_stands_for_a_proposition() {
        assert!(stands_for_proposition("das einfach nicht"));
        assert!(!stands_for_proposition("das Gesetz"));
        assert!(!stands_for_proposition("einfach nicht"));
    }

    #[test]
    fn edges_lose_conjunctions_auxiliaries_and_punctuation() {
        let text = "„dass die Steuern sinken werden“, ";
        let (s, e) = trim_edges(text, 0, text.len());
        assert_eq!(&text[s..e], "die Steuern sinken werden");
    }
}
