//! The predicate read from a statement's content: cue words that are the speaker's own
//! position, their negation and priority, modal verbs, and the split of indirect content
//! into its claims.

use super::cues::CueHit;
use super::entity::{ActorKind, Entity};
use super::frame::{frame_met, non_finite};
use super::statement::Predicate;
use super::view::{SentenceView, SUBORDINATORS};
use super::words::{
    contracted_preposition, is_determiner, is_preposition, looks_like_adjective, RELATIVE_PRONOUNS,
};
use crate::lexicon::CuePos;
use crate::lexicon::{Cue, Lexicon};

/// Splits indirect content into its Konjunktiv clauses: `Russland habe nichts
/// mitzureden, es sei Sache der Ukraine` is two claims.
pub(super) fn split_claims(
    view: &SentenceView,
    text: &str,
    range: (usize, usize),
) -> Vec<(usize, usize)> {
    let inside: Vec<usize> = (0..view.tokens.len())
        .filter(|&i| view.tokens[i].start >= range.0 && view.tokens[i].end <= range.1)
        .collect();
    let mut parts: Vec<Vec<usize>> = vec![Vec::new()];
    for &i in &inside {
        if view.tokens[i].text(text) == "," {
            parts.push(Vec::new());
        } else {
            parts.last_mut().expect("one part").push(i);
        }
    }
    let has_finite = |part: &Vec<usize>| part.iter().any(|&i| view.subjunctive[i]);
    let mut claims: Vec<(usize, usize)> = Vec::new();
    let mut leading = true;
    for part in parts.iter().filter(|p| !p.is_empty()) {
        let span = (
            view.tokens[part[0]].start,
            view.tokens[*part.last().expect("non-empty")].end,
        );
        let opens = view.word(part[0]);
        let starts_claim = has_finite(part)
            && !SUBORDINATORS.contains(&opens)
            && !RELATIVE_PRONOUNS.contains(&opens);
        if starts_claim && leading {
            // Material before the first claim belongs to it.
            if let Some(first) = claims.last_mut() {
                first.1 = span.1;
            } else {
                claims.push(span);
            }
            leading = false;
        } else if starts_claim {
            claims.push(span);
        } else if let Some(last) = claims.last_mut() {
            last.1 = span.1;
        } else {
            claims.push(span);
        }
    }
    if claims.len() < 2 {
        return vec![range];
    }
    claims
}

/// Whether the content cue at `c` may stand for the speaker's own position: its clause
/// has no subject other than the speaker or the speaker's own state.
pub(super) fn content_cue_is_speakers(
    lexicon: &Lexicon,
    text: &str,
    view: &SentenceView,
    c: &CueHit,
    speaker: &Entity,
) -> bool {
    // `solche russischen Vorbehalte`: the noun is another state's position.
    if c.first > 0 {
        if let Some(code) = lexicon.adjective_country(view.tokens[c.first - 1].text(text)) {
            if speaker.country.as_deref() != Some(code) {
                return false;
            }
        }
    }
    let (first, last) = view.layout.clause_range(c.first);
    // A verb whose subject is a noun phrase that names no actor (`würden viele Frauen
    // die Angriffe nicht melden`) states what others do, not the speaker's position.
    if lexicon.cues[c.cue].pos == CuePos::Verb {
        let grammar = view.grammar_at(text, c.first);
        let thing_subject = grammar.as_ref().is_some_and(|g| {
            g.subject_phrase(c.first).is_some_and(|(s, e, head)| {
                s >= first
                    && e <= last + 1
                    && head != c.first
                    && g.is_common_noun(head)
                    && !view
                        .mentions
                        .iter()
                        .any(|m| m.first <= head && head <= m.last)
                    // An actor the lexicon does not know, named as the speaker.
                    && speaker.name.split(' ').next_back() != Some(view.tokens[head].text(text))
            })
        });
        if thing_subject {
            return false;
        }
    }
    view.mentions
        .iter()
        .filter(|m| m.first >= first && m.last <= last && m.preposition.is_none() && !m.genitive)
        .all(|m| {
            m.entity.same_as(speaker)
                || (m.entity.kind == ActorKind::State
                    && m.entity.country.is_some()
                    && m.entity.country == speaker.country)
                || (speaker.kind != ActorKind::Person
                    && m.entity.country.is_some()
                    && m.entity.country == speaker.country)
        })
}

/// Whether the content cue's clause names the speaker's side as its subject: the speaker,
/// their state, `wir`, `man`, `ich` (`Russland lehne die Vorschläge ab`).
pub(super) fn explicit_own_subject(view: &SentenceView, c: &CueHit, speaker: &Entity) -> bool {
    let (first, last) = view.layout.clause_range(c.first);
    let pronoun = (first..=last).any(|i| matches!(view.word(i), "wir" | "man" | "ich"));
    let own = view.mentions.iter().any(|m| {
        m.first >= first
            && m.last <= last
            && m.preposition.is_none()
            && !m.genitive
            && (m.entity.same_as(speaker)
                || (m.entity.country.is_some() && m.entity.country == speaker.country))
    });
    pronoun || own
}

/// A negation close before the cue: two words for adjectives (`nicht akzeptabel`), three
/// for nouns (`keine explizite Zusage`), the clause for verbs and light-verb nouns.
pub(super) fn cue_negated(view: &SentenceView, c: &CueHit, cue: &Cue) -> bool {
    let window = match cue.pos.as_str() {
        "adj" => 2,
        "noun" => 3,
        _ => return view.negated_clause(c.first),
    };
    let (first, _) = view.layout.clause_range(c.first);
    (c.first.saturating_sub(window).max(first)..c.first).any(|i| view.negation_at(i))
}

/// Predicates in the order in which one in a statement's content wins over another.
pub(super) const PRIORITY: [Predicate; 12] = [
    Predicate::Reject,
    Predicate::Demand,
    Predicate::Threaten,
    Predicate::Criticize,
    Predicate::Warn,
    Predicate::Doubt,
    Predicate::Commit,
    Predicate::Propose,
    Predicate::Praise,
    Predicate::Support,
    Predicate::Announce,
    Predicate::Say,
];

/// A predicate read from content: the predicate, whether negated, and the cue words.
pub(super) type Reading = (Predicate, bool, String);

/// Modal verbs that, in reported content without a cue word, give the predicate:
/// necessity and a reported imperative (`müsse`, `solle`) are a demand, intention
/// and plan (`will`, `soll`, `sollte`) a proposal.
pub(super) const MODALS: &[(&str, Predicate)] = &[
    ("muss", Predicate::Demand),
    ("müsse", Predicate::Demand),
    ("müssen", Predicate::Demand),
    ("müssten", Predicate::Demand),
    ("müsste", Predicate::Demand),
    ("soll", Predicate::Propose),
    ("solle", Predicate::Demand),
    ("sollen", Predicate::Propose),
    ("sollte", Predicate::Propose),
    ("sollten", Predicate::Propose),
    ("will", Predicate::Propose),
    ("wolle", Predicate::Propose),
    ("wollen", Predicate::Propose),
];

pub(super) fn priority(p: Predicate) -> usize {
    PRIORITY
        .iter()
        .position(|q| *q == p)
        .unwrap_or(PRIORITY.len())
}

/// The predicate of a speech act from its content: among the content cues that are
/// the speaker's own position — adjectives, nouns and phrases, with `verbs` any finite
/// verb too — the one of highest priority, cues in the speech verb's own clause
/// (`own`) first; with its negation. An announced non-action is a refusal (`werde nicht
/// … zusagen` → reject). Without a cue, a modal verb (`muss` → demand, `soll` →
/// propose) when `modals`.
#[allow(clippy::too_many_arguments)]
pub(super) fn content_predicate(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    range: (usize, usize),
    speaker: &Entity,
    exclude: Option<&CueHit>,
    verbs: bool,
    own: Option<(usize, usize)>,
) -> Option<(Predicate, bool, String)> {
    let mut best: Option<((bool, usize, usize), Reading)> = None;
    for (index, c) in view.cues.iter().enumerate() {
        if exclude.is_some_and(|e| e == c) {
            continue;
        }
        let t = &view.tokens[c.first];
        if t.start < range.0 || t.end > range.1 {
            continue;
        }
        let cue = &lexicon.cues[c.cue];
        let predicate = cue.predicate;
        if predicate == Predicate::Say || !predicate.is_speech() || cue.light_only {
            continue;
        }
        // An announcement noun inside what a speech verb reports (`die Fraktionen
        // müssten in alle Entscheidungen einbezogen werden`) names a topic, not the act.
        if exclude.is_some() && cue.pos == CuePos::Noun && predicate == Predicate::Announce {
            continue;
        }
        let verb_allowed = verbs || explicit_own_subject(view, c, speaker);
        if cue.pos == CuePos::Verb
            && !cue.needs_negation
            && (!verb_allowed || non_finite(view, c, cue))
        {
            continue;
        }
        // A verb whose frame is not met is another reading (`sorgen` without `sich`:
        // `dafür sorgen, dass …`, not worry).
        if cue.pos == CuePos::Verb && !frame_met(view, text, c, cue) {
            continue;
        }
        // A necessity adjective before its noun describes the thing (`alle nötigen
        // Maßnahmen ergreifen`); only predicatively is it a demand (`sei nötig`).
        if cue.pos == CuePos::Adj
            && predicate == Predicate::Demand
            && view
                .tokens
                .get(c.last + 1)
                .is_some_and(|n| view.is_word(c.last + 1) && n.is_capitalized(text))
        {
            continue;
        }
        if cue.pos == CuePos::Noun && in_prepositional_phrase(view, text, c.first) {
            continue;
        }
        if !content_cue_is_speakers(lexicon, text, view, c, speaker)
            || passive_of_another(view, c, speaker)
        {
            continue;
        }
        let negated = cue_negated(view, c, cue);
        let reading = if cue.needs_negation {
            if !negated {
                continue;
            }
            (predicate, false, c.text.clone())
        } else {
            match (negated, predicate) {
                // `nicht ausschließen` stays a negated refusal.
                (true, Predicate::Reject) => (Predicate::Reject, true, c.text.clone()),
                (true, _) => (Predicate::Reject, false, c.text.clone()),
                (false, p) => (p, false, c.text.clone()),
            }
        };
        let in_own = own.is_some_and(|(a, b)| t.start >= a && t.end <= b);
        let rank = (!in_own, priority(reading.0), index);
        if best.as_ref().is_none_or(|(r, _)| rank < *r) {
            best = Some((rank, reading));
        }
    }
    best.map(|(_, reading)| reading)
}

/// A threat in the content of a speech verb: an attack the speaker's side announces
/// (`sie werde weitere Städte angreifen, wenn …`, `man würde … angreifen`). The attack
/// cue's words are the cue of the reading.
pub(super) fn threat_predicate(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    range: (usize, usize),
    speaker: &Entity,
) -> Option<(Predicate, bool, String)> {
    view.cues.iter().find_map(|c| {
        let t = &view.tokens[c.first];
        let cue = &lexicon.cues[c.cue];
        (t.start >= range.0
            && t.end <= range.1
            && cue.predicate == Predicate::Attack
            && !view.layout.in_quote(c.first)
            && super::frame::announced(view, c, cue)
            && content_cue_is_speakers(lexicon, text, view, c, speaker))
        .then(|| (Predicate::Threaten, false, c.text.clone()))
    })
}

/// Whether the verb cue at `c` is a passive whose agent (`von`, `durch`) is not the
/// speaker (`die Verhandlung sei von einer Minderheit blockiert worden`): the act is
/// the agent's, the speaker only reports it.
fn passive_of_another(view: &SentenceView, c: &CueHit, speaker: &Entity) -> bool {
    if !super::frame::is_passive(view, c) {
        return false;
    }
    let (first, _) = view.layout.clause_range(c.first);
    (first..c.first).any(|i| {
        matches!(view.word(i), "von" | "vom" | "durch")
            && !view.layout.in_quote(i)
            && !view
                .mentions
                .iter()
                .any(|m| m.entity.same_as(speaker) && m.first > i && m.first <= i + 4)
    })
}

/// Whether the noun at token `i` heads the phrase of a preposition (`wegen interner
/// Bedingungen`, `sagte zu der Forderung der Opposition`): a circumstance or the topic
/// the speaker talks about, not the speaker's own position. `mit` and `an` are left
/// out: with them the speaker carries or sets the position (`trat mit der Forderung auf,
/// …`, `an Bedingungen geknüpft`).
pub(super) fn in_prepositional_phrase(view: &SentenceView, text: &str, i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        let w = view.word(k - 1);
        let token = view.tokens[k - 1].text(text);
        let modifier = is_determiner(w)
            || looks_like_adjective(token)
            || token.chars().all(|ch| ch.is_ascii_digit());
        if !modifier || !view.is_word(k - 1) {
            break;
        }
        k -= 1;
    }
    k > 0 && {
        let w = view.word(k - 1);
        !matches!(w, "mit" | "an") && (is_preposition(w) || contracted_preposition(w).is_some())
    }
}

/// Conjunctions that open a condition (`wenn`, `falls`).
const CONDITIONALS: &[&str] = &["wenn", "falls", "sofern", "soweit", "solange", "sobald"];

/// The byte range `range` up to a conditional clause after a comma (`sie werde …
/// angreifen, wenn …` → `sie werde … angreifen`); the whole range where none follows.
pub(super) fn before_condition(
    view: &SentenceView,
    text: &str,
    range: (usize, usize),
) -> (usize, usize) {
    let inside: Vec<usize> = (0..view.tokens.len())
        .filter(|&i| view.tokens[i].start >= range.0 && view.tokens[i].end <= range.1)
        .collect();
    inside
        .windows(3)
        .find(|w| {
            view.tokens[w[1]].text(text) == ","
                && CONDITIONALS.contains(&view.word(w[2]))
                && view.is_word(w[0])
        })
        .map_or(range, |w| (range.0, view.tokens[w[0]].end))
}

/// The predicate a modal verb in the content gives (`muss` → demand, `soll` → propose).
pub(super) fn modal_predicate(
    view: &SentenceView,
    text: &str,
    range: (usize, usize),
) -> Option<(Predicate, bool, String)> {
    view.tokens.iter().enumerate().find_map(|(i, t)| {
        if t.start < range.0 || t.end > range.1 {
            return None;
        }
        // Only the modal of a claim's own clause counts, not one in a `dass`- or
        // relative clause; reportative `sollen` (`soll … getötet worden sein`) is hearsay.
        let w = view.word(i);
        let (_, p) = MODALS.iter().find(|(m, _)| *m == w)?;
        if view
            .grammar_at(text, i)
            .is_some_and(|g| !g.in_claim_clause(i) || g.reportative_modal(i))
        {
            return None;
        }
        Some((*p, false, t.text(text).to_string()))
    })
}

/// The predicate of a cue that is no speech verb, from its frame and content: a verbal
/// attack by a person (`griff den Präsidenten scharf an`, `attackierte X als …`) is
/// criticism — persons do not fight wars in their own name, states and armies do; a
/// neutral verb of characterisation (`hält X für verfassungswidrig`, `betrachtet X als
/// Eskalation`) takes the stance of the evaluative word in its argument. Returns the
/// predicate and the word that decided it, where it is not the cue's own.
pub(super) fn reported_predicate(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    own: Predicate,
    speaker: &Entity,
    content: (usize, usize),
    is_noun: bool,
) -> (Predicate, Option<String>) {
    if is_noun {
        return (own, None);
    }
    match own {
        // A named person (`Angela Merkel`), not an unknown plural subject the acts
        // later give to a state (`Russische Kampfflugzeuge griffen … an`).
        Predicate::Attack
            if speaker.kind == ActorKind::Person
                && !speaker.plural
                && speaker.name.contains(' ') =>
        {
            (Predicate::Criticize, None)
        }
        Predicate::Say => {
            match super::evaluation::evaluative_predicate(lexicon, view, text, content) {
                Some((p, _, word)) => (p, Some(word)),
                None => (own, None),
            }
        }
        _ => (own, None),
    }
}
