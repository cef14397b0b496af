//! Reported acts and actors the lexicon does not know (issue 15, item 7): armed forces
//! named by their state's adjective act for that state (`russische Kampfjets
//! bombardierten ein Krankenhaus` → Russland, attack), and the spokesperson of a named
//! group speaks for the group (`ein Sprecher der Gruppe X` → X).
//!
//! Attribution calls [`refine_speakers`] on a sentence's drafts; it only replaces a
//! speaker that has no country and is no known person.

use super::draft::Draft;
use super::entity::{ActorKind, Entity};
use super::view::SentenceView;
use crate::lexicon::{Lexicon, WordClass};

/// Replaces weak speakers of the sentence's drafts by the state or group the sentence
/// names for them.
pub fn refine_speakers(lexicon: &Lexicon, view: &SentenceView, text: &str, drafts: &mut [Draft]) {
    for d in drafts.iter_mut() {
        if d.speaker.country.is_some() || d.speaker.person.is_some() || d.speaker.qid.is_some() {
            continue;
        }
        let better = armed_force_state(lexicon, view, text, d)
            .or_else(|| spokesperson_group(lexicon, view, text, &d.speaker));
        if let Some(entity) = better {
            d.speaker = entity;
        }
    }
}

/// The state of an armed force subject: the subject phrase of the draft's cue has an
/// armed-force noun as head and a state's adjective before it.
fn armed_force_state(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    d: &Draft,
) -> Option<Entity> {
    let (cue_start, _) = d.cue_span?;
    let cue = view.tokens.iter().position(|t| t.start == cue_start)?;
    let armed = |k: usize| {
        lexicon
            .word_classes
            .contains(WordClass::ArmedForce, view.tokens[k].text(text))
    };
    // The head must be an armed-force noun: a sentence without one needs no analysis.
    if !(0..view.tokens.len()).any(armed) {
        return None;
    }
    let subject = view
        .grammar_at(text, cue)
        .and_then(|g| g.subject_phrase(cue))
        .map(|(start, _, head)| (start, head));
    let (start, head) = match subject {
        Some(found) => found,
        // Without a subject from the grammar: an armed-force noun right before the
        // verb in its clause, the verb in second place (`Israelische Kampfflugzeuge
        // griffen … an`).
        None => {
            let (first, _) = view.layout.clause_range(cue);
            // `then` and not `then_some`: `cue - 1` must not be computed when the cue
            // opens its clause (it may be the sentence's first word).
            (cue > first && armed(cue - 1)).then(|| (first, cue - 1))?
        }
    };
    if !armed(head) {
        return None;
    }
    let code = (start..head).find_map(|k| lexicon.adjective_country(view.tokens[k].text(text)))?;
    state_entity(lexicon, code)
}

/// A state as an actor.
fn state_entity(lexicon: &Lexicon, code: &str) -> Option<Entity> {
    let country = lexicon.country(code)?;
    let mut e = Entity::new(country.name.clone(), ActorKind::State);
    e.country = Some(code.to_string());
    Some(e)
}

/// Role nouns of a group's spokesperson or head whose genitive names the group.
const GROUP_ROLES: &[&str] = &[
    "Sprecher",
    "Sprecherin",
    "Vertreter",
    "Vertreterin",
    "Anführer",
    "Anführerin",
    "Chef",
    "Chefin",
    "Leiter",
    "Leiterin",
    "Vorsitzende",
    "Vorsitzender",
    "Mitglied",
];

/// The group a spokesperson speaks for: after the role noun, a genitive article, a
/// group noun (`Gruppe`, `Miliz`, `Komitee`) and the group's name in capitalised words
/// or quotation marks (`ein Sprecher der Gruppe „Freie Allianz“`).
fn spokesperson_group(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    speaker: &Entity,
) -> Option<Entity> {
    if speaker.kind != ActorKind::Anonymous {
        return None;
    }
    let m = view.mentions.iter().find(|m| m.entity.same_as(speaker))?;
    let role = view.tokens[m.last].text(text);
    if !GROUP_ROLES.contains(&role) {
        return None;
    }
    let word = |k: usize| view.tokens.get(k).map(|t| t.text(text));
    if !matches!(word(m.last + 1), Some("der" | "des")) {
        return None;
    }
    // A known group in the genitive: its entity.
    if let Some(g) = view.mentions.iter().find(|g| {
        g.first > m.last + 1
            && g.first <= m.last + 3
            && g.genitive
            && g.entity.kind != ActorKind::Anonymous
    }) {
        return Some(g.entity.clone());
    }
    let group = m.last + 2;
    if !word(group).is_some_and(|w| lexicon.word_classes.contains(WordClass::GroupHead, w)) {
        return None;
    }
    let mut k = group + 1;
    let mut name: Vec<&str> = Vec::new();
    while let Some(w) = word(k) {
        let quote = matches!(w, "„" | "“" | "”" | "\"" | "»" | "«");
        if quote {
            if !name.is_empty() {
                break;
            }
        } else if view.tokens[k].is_capitalized(text) || (!name.is_empty() && w == "-") {
            name.push(w);
        } else {
            break;
        }
        k += 1;
    }
    if name.is_empty() || name.len() > 6 {
        return None;
    }
    let mut e = Entity::new(name.join(" "), ActorKind::Organization);
    e.role = None;
    Some(e)
}
