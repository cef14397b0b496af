//! The agent of a passive cue (`Der Plan wurde von der Ministerin kritisiert`): the `von`,
//! `aus` or `seitens` phrase that belongs to the cue's own verb, not a noun's attribute
//! nor the agent of another verb.

use super::cues::CueHit;
use super::entity::{Entity, Resolved};
use super::view::SentenceView;
use super::view::SUBORDINATORS;
use super::words::{AUXILIARIES, RELATIVE_PRONOUNS};

/// The agent of the passive cue at `hit` in its clause `first..=last`: a `von`, `aus` or
/// `seitens` phrase outside quotations that belongs to the cue's own verb. Not a `von`
/// phrase inside the front field of a verb-second clause after other words there: the
/// front field holds one phrase, so the `von` phrase is an attribute of the noun before
/// it (`Die Rede von X wurde gelobt`). Not a phrase before a full verb other than the
/// cue (`der von A erstellt wurde und von B unterstützt wird`: A is the first verb's).
pub(super) fn passive_agent(
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    first: usize,
    last: usize,
) -> Option<Entity> {
    // Only a `von`, `aus` or `seitens` phrase of the clause can be the agent: a clause
    // without one is not analysed.
    let agent_phrase = |m: &&Resolved| {
        m.first >= first
            && m.last <= last
            && !view.layout.in_quote(m.first)
            && matches!(
                m.preposition.as_deref(),
                Some("von") | Some("vom") | Some("aus") | Some("seitens")
            )
    };
    if !view.mentions.iter().any(|m| agent_phrase(&m)) {
        return None;
    }
    let grammar = view.grammar_at(text, hit.first);
    let is_verb = |i: usize| grammar.as_ref().is_some_and(|g| g.is_verb(i));
    let opener = (first..hit.first).find(|&i| view.is_word(i));
    // A verb-second clause: its first verb, before the cue, is a finite auxiliary, and
    // it opens with no subordinator or relative pronoun.
    let finite = (first..hit.first)
        .find(|&i| view.is_word(i) && (is_verb(i) || AUXILIARIES.contains(&view.word(i))))
        .filter(|&i| AUXILIARIES.contains(&view.word(i)))
        .filter(|_| {
            opener.is_some_and(|o| {
                let w = view.word(o);
                let relative = RELATIVE_PRONOUNS.contains(&w) && o > 0 && view.word(o - 1) == ",";
                !SUBORDINATORS.contains(&w) && !relative && w != "wie"
            })
        });
    let preposition_at = |m: &Resolved| {
        (first..m.first)
            .rev()
            .take(4)
            .find(|&i| matches!(view.word(i), "von" | "vom" | "aus" | "seitens"))
    };
    view.mentions
        .iter()
        .filter(agent_phrase)
        .filter(|m| {
            let attribute = matches!(m.preposition.as_deref(), Some("von" | "vom"))
                && finite.is_some_and(|f| m.last < f)
                && preposition_at(m).is_some_and(|p| opener.is_some_and(|o| p > o));
            // A full verb and a conjunction after it, before the cue: the agent is
            // that coordinated verb's.
            let other_verb = m.last < hit.first
                && (m.last + 1..hit.first).any(|i| {
                    view.is_word(i)
                        && is_verb(i)
                        && !AUXILIARIES.contains(&view.word(i))
                        && !view.layout.in_quote(i)
                        && (i + 1..hit.first)
                            .any(|k| matches!(view.word(k), "und" | "oder" | "sowie"))
                });
            !attribute && !other_verb
        })
        .map(|m| m.entity.clone())
        .next()
}
