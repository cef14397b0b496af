//! Sources the lexicon does not know, read from the words of a source phrase: the noun
//! phrase after `laut`/`nach Angaben`/`in einem Bericht` (`des Presseamtes`, `BKA`, `der
//! „Welt“`, `Polizeiangaben` → Polizei) and the generic source phrases that name one.

use super::entity::{ActorKind, Entity};
use super::source_nouns::{source_noun_after, speech_noun_genitive};
use super::view::SentenceView;
use crate::lexicon::{Lexicon, WordClass};

/// The source named by a noun phrase starting at token `k` (`Angaben des Presseamtes`,
/// `BKA`, `der Polizei`): a named organisation or person the lexicon does not know.
pub(super) fn chunk_source(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    mut k: usize,
) -> Option<Entity> {
    let n = view.tokens.len();
    let skippable = |i: usize| {
        let w = view.word(i);
        // Adjectives in lower case: `Polizeiangaben` is no adjective.
        super::words::is_determiner(w)
            || super::words::looks_like_adjective(view.tokens[i].text(text))
            || w == "von"
            || w == "vom"
    };
    while k < n && skippable(k) {
        k += 1;
    }
    if k < n
        && lexicon
            .word_classes
            .contains(WordClass::Channel, view.tokens[k].text(text))
    {
        k += 1;
        while k < n && skippable(k) {
            k += 1;
        }
    }
    // A title in quotation marks names the outlet or body (`des Magazins „Der Spiegel“`,
    // `der „Welt“`): the words up to the closing mark, after at most one generic noun.
    let opening = |i: usize| matches!(view.tokens[i].text(text), "„" | "»" | "“" | "\"");
    let title_at = if k < n && opening(k) {
        Some(k)
    } else if k + 1 < n && view.tokens[k].is_capitalized(text) && opening(k + 1) {
        Some(k + 1)
    } else {
        None
    };
    if let Some(open) = title_at {
        let close = (open + 1..n.min(open + 8))
            .find(|&i| matches!(view.tokens[i].text(text), "“" | "”" | "«" | "\""))?;
        if close > open + 1 && view.tokens[open + 1].is_capitalized(text) {
            let name = text[view.tokens[open + 1].start..view.tokens[close - 1].end].to_string();
            let mut entity = Entity::new(name, ActorKind::Organization);
            entity.media = true;
            return Some(entity);
        }
        return None;
    }
    let start = k;
    let mut end = k;
    while end < n && end < start + 6 {
        let t = &view.tokens[end];
        let w = t.text(text);
        let capital = t.is_capitalized(text) && !super::words::is_function_word(w);
        let genitive_link = matches!(w, "des" | "der") && end > start;
        let linked = genitive_link
            && end + 1 < n
            && (view.tokens[end + 1].is_capitalized(text) || skippable(end + 1));
        let adjective_after_link =
            end > start && skippable(end) && matches!(view.word(end - 1), "des" | "der");
        if capital || linked || adjective_after_link {
            end += 1;
        } else {
            break;
        }
    }
    if end == start {
        return None;
    }
    let name = text[view.tokens[start].start..view.tokens[end - 1].end].to_string();
    let head = view.tokens[start].text(text);
    // Compounds with a channel head: `Polizeiangaben` → `Polizei`.
    let lower = head.to_lowercase();
    let name = match lexicon
        .word_classes
        .head_of(WordClass::ChannelHead, head, 2)
    {
        Some(h) if end == start + 1 => {
            let cut = head.len() - h.len();
            // `Polizeiangaben` → `Polizei`, `UNO-Angaben` → `UNO`.
            let stem = head[..cut].trim_end_matches('-');
            if stem.chars().all(|c| !c.is_lowercase()) {
                stem.to_string()
            } else {
                stem.trim_end_matches('s').to_string()
            }
        }
        _ => name,
    };
    if name.chars().count() < 2 {
        return None;
    }
    let acronym = super::words::is_acronym(head);
    // A known given name among the words makes a person (`laut Hauptmann Abraham Sipe`).
    let words: Vec<&str> = name.split_whitespace().collect();
    let given = words[..words.len().saturating_sub(1)]
        .iter()
        .position(|w| lexicon.given_name(w).is_some());
    if let Some(g) = given {
        return Some(Entity::new(words[g..].join(" "), ActorKind::Person));
    }
    // Words the grammar reads as proper nouns name someone (`laut Airbus`, `nach Angaben
    // von Radio Bremen`): two or more names alone a person, else an organisation.
    let proper = |i: usize| {
        view.grammar_at(text, i)
            .is_some_and(|w| w.is_proper_noun(i))
    };
    let names_alone = end > start + 1 && (start..end).all(proper);
    let kind = if acronym
        || super::mentions::is_institution_noun(lexicon, head)
        || lower.ends_with("angaben")
        || (proper(end - 1) && !names_alone)
    {
        ActorKind::Organization
    } else if names_alone {
        ActorKind::Person
    } else {
        ActorKind::Anonymous
    };
    Some(Entity::new(name, kind))
}

/// A source phrase whose source the lexicon does not know: `laut BKA`, `nach Angaben des
/// Presseamtes`, `nach Polizeiangaben`, `Angaben der Polizei zufolge`.
pub(super) fn generic_source_marker(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
) -> Option<(Entity, String)> {
    for i in 0..view.tokens.len() {
        if view.layout.in_quote(i) {
            continue;
        }
        let w = view.word(i);
        let found = match w {
            // `„…“, so der stellvertretende Chef der Behörde.`: the phrase closing the
            // sentence after `so`, up to a prepositional phrase.
            "so" if i > 0
                && matches!(
                    view.tokens[i - 1].text(text),
                    "," | "“" | "”" | "«" | "–" | "—"
                ) =>
            {
                let words: Vec<usize> = (i + 1..view.tokens.len())
                    .take_while(|&k| view.is_word(k))
                    .take_while(|&k| {
                        let w = view.word(k);
                        !super::words::is_preposition(w) && !matches!(w, "wörtlich" | "weiter")
                    })
                    .collect();
                if words.first() == Some(&(i + 1)) {
                    super::chunk::phrase_speaker(lexicon, view, text, &words)
                        .map(|e| (e, "so".to_string()))
                } else {
                    None
                }
            }
            "laut" | "gemäß" => {
                chunk_source(lexicon, view, text, i + 1).map(|e| (e, w.to_string()))
            }
            "nach" => source_noun_after(lexicon, view, text, i).and_then(|k| {
                let noun = view.tokens[k].text(text);
                chunk_source(lexicon, view, text, i + 1).map(|e| (e, format!("nach {noun}")))
            }),
            "zufolge" => {
                // Back to the start of the noun phrase before `zufolge`.
                let mut s = i;
                // `Angaben des seismologischen Instituts von Athen zufolge`: genitive and
                // `von` links stay inside the phrase.
                while s > 0
                    && (view.tokens[s - 1].is_capitalized(text) || {
                        let p = view.word(s - 1);
                        super::words::is_determiner(p)
                            || matches!(p, "von" | "vom")
                            || super::words::looks_like_adjective(view.tokens[s - 1].text(text))
                    })
                    && i - s < 8
                {
                    s -= 1;
                }
                (s < i)
                    .then(|| chunk_source(lexicon, view, text, s))
                    .flatten()
                    .map(|e| (e, "zufolge".to_string()))
            }
            _ => None,
        };
        // `nach Angaben der Fluggesellschaft`, `Angaben des Instituts zufolge`.
        let speech_genitive = match w {
            "zufolge" => {
                (i.saturating_sub(10)..i).any(|k| speech_noun_genitive(lexicon, view, text, k))
            }
            "so" => false,
            // `laut der Zeitung X`, `laut dem Institut`: a definite noun phrase naming
            // people or a body picks out one source, as a genitive after a noun of
            // saying does; a document or a rule (`laut der Liste`, `gemäß der
            // Richtlinie`) is no speaker.
            "laut" if definite_article(view, i + 1) => found.as_ref().is_some_and(|(e, _)| {
                e.name
                    .split_whitespace()
                    .last()
                    .is_some_and(|head| super::chunk::names_actor(lexicon, head))
            }),
            "nach" | "laut" | "gemäß" => source_noun_after(lexicon, view, text, i)
                .is_some_and(|k| speech_noun_genitive(lexicon, view, text, k)),
            _ => false,
        };
        if let Some((entity, marker)) = found {
            // Only named sources: an unnamed one of unknown origin is no statement, except
            // as the speaker of a quotation or report closed by `so` (like a speech verb)
            // or as the genitive of a speech noun.
            if entity.kind != ActorKind::Anonymous || marker == "so" || speech_genitive {
                return Some((entity, marker));
            }
        }
    }
    None
}

/// Whether token `i` is a definite article of the dative or genitive (`der`, `dem`,
/// `des`) that the cases after `laut` take.
fn definite_article(view: &SentenceView, i: usize) -> bool {
    i < view.tokens.len() && matches!(view.word(i), "der" | "dem" | "des")
}
