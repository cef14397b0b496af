//! Nominal and light-verb cues: a noun of the cue lexicon (`Kritik`, `Lob`,
//! `Rückendeckung`, `Zweifel`) carries the predicate when a light verb of `frames.tsv`
//! stands in its clause, and the frame says where the speaker stands: in a source phrase
//! (`Kritik kam von der Opposition`, `Lob erhielt die Regierung von den Gewerkschaften`)
//! or as the subject (`Er übte Kritik`, `Keinen Zweifel ließ er daran, dass …`).
//!
//! Attribution calls [`light_verb_drafts`] once per sentence, after its own cues: a noun
//! that a statement already covers gives none here.

use super::draft::{Draft, Mode};
use super::statement::Predicate;
use super::view::SentenceView;
use super::words::{is_determiner, is_negation};
use crate::lexicon::CuePos;
use crate::lexicon::{Frame, FrameSpeaker, Lexicon};

/// Prepositions of a source phrase: the speaker of a `source` frame.
const SOURCE_PREPOSITIONS: &[&str] = &["von", "vom", "seitens", "aus"];

/// Drafts for the sentence's noun cues in a light-verb frame, skipping nouns that one of
/// `existing` already covers (as its cue or inside its content).
pub fn light_verb_drafts(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    existing: &[Draft],
) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    for hit in &view.cues {
        let cue = &lexicon.cues[hit.cue];
        if cue.pos != CuePos::Noun || view.layout.in_quote(hit.first) {
            continue;
        }
        let noun_predicate = cue.predicate;
        if noun_predicate == Predicate::Attack {
            continue;
        }
        let noun = &view.tokens[hit.first];
        // The content of a source clause (`Wie X berichtete, …`) is the report of the
        // main clause, whose own cue still speaks.
        let covered = existing.iter().chain(out.iter()).any(|d| {
            d.content.is_some_and(|(s, e)| {
                noun.start >= s
                    && noun.end <= e
                    && !d.cue_span.is_some_and(|c| wie_clause(view, c.0))
            }) || d
                .cue_span
                .is_some_and(|(s, e)| noun.start >= s && noun.end <= e)
                || d.cue.split(" … ").any(|w| w == hit.text)
        });
        if covered {
            continue;
        }
        let (first, last) = view.layout.clause_range(hit.first);
        let negation = noun_negated(view, hit.first);
        // The first frame of a verb in the clause that takes the noun and names a speaker
        // (`Zusagen gab es von X` is a source, `X gab eine Zusage` a subject).
        let found = (first..=last)
            .filter(|&j| j != hit.first && !view.layout.in_quote(j))
            .flat_map(|j| {
                let w = view.word(j).to_lowercase();
                lexicon
                    .frames
                    .iter()
                    .filter(move |f| f.forms.contains(&w) && takes(f, &cue.lemma))
                    .map(move |f| (j, f))
            })
            .filter(|(j, f)| {
                (!f.needs_negation || negation) && has_particle(view, *j, f, (first, last))
            })
            .find_map(|(j, f)| {
                let found = speakers(view, text, f, (j, hit.first), (first, last));
                (!found.is_empty()).then_some((j, f, found))
            });
        let Some((verb, frame, speakers)) = found else {
            continue;
        };
        let predicate = frame.predicate.unwrap_or(noun_predicate);
        let negated = !frame.needs_negation && view.negated_clause(verb);
        let noun_start = (first..hit.first)
            .rev()
            .take_while(|&k| {
                let w = view.word(k).to_lowercase();
                is_determiner(&w) || is_negation(&w)
            })
            .last()
            .unwrap_or(hit.first);
        // The noun phrase and the verb carry the predicate, the speaker is no object:
        // the argument is what remains (`Kritik [an dem Gesetz] übte die Partei`).
        let mut exclude = vec![
            (view.tokens[noun_start].start, view.tokens[hit.last].end),
            (view.tokens[verb].start, view.tokens[verb].end),
        ];
        for &(s, e, _) in &speakers {
            exclude.push((s, e));
        }
        // The verb's particle is part of the cue (`gab … ab`).
        if let Some(p) = frame.particle.as_deref() {
            if let Some(k) = (verb + 1..=last).find(|&k| view.word(k) == p) {
                exclude.push((view.tokens[k].start, view.tokens[k].end));
            }
        }
        // The other party of a source frame: the subject that receives (`Lob erhielt die
        // Regierung von …`).
        let object_actor = (frame.speaker == FrameSpeaker::Source)
            .then(|| subject_mentions(view, text, verb).into_iter().next())
            .flatten();
        let sentence = (view.sentence.start, view.sentence.end);
        let verb_span = (view.tokens[verb].start, view.tokens[verb].end);
        let (cue_first, cue_last) = if hit.first < verb {
            (hit.text.as_str(), view.tokens[verb].text(text))
        } else {
            (view.tokens[verb].text(text), hit.text.as_str())
        };
        for (_, _, speaker) in speakers {
            let mode = if view.has_subjunctive(text) {
                Mode::Indirect
            } else {
                Mode::Reported
            };
            let cue = format!("{cue_first} … {cue_last}");
            out.push(Draft {
                exclude: exclude.clone(),
                cue_span: Some(verb_span),
                object_actor: object_actor.clone(),
                ..Draft::new(speaker, predicate, negated, cue, sentence, mode)
            });
        }
    }
    out
}

/// Whether the cue at byte `cue_start` stands in a source clause opened by `wie` (`Wie
/// die Zeitung berichtete, …`).
fn wie_clause(view: &SentenceView, cue_start: usize) -> bool {
    let Some(cue) = view.tokens.iter().position(|t| t.start == cue_start) else {
        return false;
    };
    let (first, _) = view.layout.clause_range(cue);
    (first..cue)
        .find(|&i| view.is_word(i))
        .is_some_and(|i| view.word(i) == "wie")
}

/// Whether the frame takes the noun cue with lemma `lemma`.
fn takes(frame: &Frame, lemma: &str) -> bool {
    frame.nouns.is_empty() || frame.nouns.iter().any(|n| n == lemma)
}

/// Whether the frame's separable particle stands where it must: in the verb's form
/// (`abgegeben`, `abzugeben`) or as a word of its own later in the clause (`gab … ab`).
fn has_particle(
    view: &SentenceView,
    verb: usize,
    frame: &Frame,
    (_, last): (usize, usize),
) -> bool {
    let Some(particle) = frame.particle.as_deref() else {
        return true;
    };
    view.word(verb).starts_with(particle)
        || (verb + 1..=last).any(|k| view.word(k) == particle && !view.layout.in_quote(k))
}

/// Whether a negation stands right before the noun (`keinen Zweifel`, `nicht die
/// geringste Kritik`).
fn noun_negated(view: &SentenceView, noun: usize) -> bool {
    let (first, _) = view.layout.clause_range(noun);
    (noun.saturating_sub(3).max(first)..noun).any(|k| is_negation(&view.word(k).to_lowercase()))
}

/// The speakers the frame names, each with its byte range (the source phrase from its
/// preposition): the mentions of a source phrase in the clause, or the clause's subject.
fn speakers(
    view: &SentenceView,
    text: &str,
    frame: &Frame,
    (verb, noun): (usize, usize),
    (first, last): (usize, usize),
) -> Vec<(usize, usize, super::entity::Entity)> {
    let mut out: Vec<(usize, usize, super::entity::Entity)> = Vec::new();
    let is_source =
        |w: &str| SOURCE_PREPOSITIONS.contains(&w) || frame.prepositions.iter().any(|p| p == w);
    match frame.speaker {
        FrameSpeaker::Source => {
            for m in &view.mentions {
                let source = m.preposition.as_deref().is_some_and(is_source);
                if source
                    && m.first >= first
                    && m.last <= last
                    && !m.genitive
                    && !view.layout.in_quote(m.first)
                    && !out.iter().any(|(_, _, e)| e.same_as(&m.entity))
                {
                    // The phrase begins at its preposition.
                    let start = (first..m.first)
                        .rev()
                        .take(3)
                        .find(|&k| is_source(view.word(k)))
                        .map_or(m.start, |k| view.tokens[k].start);
                    out.push((start, m.end, m.entity.clone()));
                }
            }
        }
        FrameSpeaker::Subject => {
            for m in subject_mentions(view, text, verb) {
                let range = view
                    .mentions
                    .iter()
                    .find(|r| r.entity.same_as(&m))
                    .map_or((0, 0), |r| (r.start, r.end));
                out.push((range.0, range.1, m));
            }
            // The noun before the verb is its object, not its subject, whatever the
            // analysis read (`Kritik übte die Opposition an …`): the subject is the actor
            // right after the verb, in no prepositional phrase.
            if out.is_empty() && noun < verb {
                let after = view.mentions.iter().find(|m| {
                    m.first > verb
                        && m.first <= verb + 4
                        && m.last <= last
                        && m.preposition.is_none()
                        && !m.genitive
                        && !view.layout.in_quote(m.first)
                        && (verb + 1..m.first).all(|k| is_determiner(&view.word(k).to_lowercase()))
                });
                if let Some(m) = after {
                    out.push((m.start, m.end, m.entity.clone()));
                }
            }
        }
    }
    out
}

/// The entities of the subject of the verb's clause, by the grammar.
fn subject_mentions(view: &SentenceView, text: &str, verb: usize) -> Vec<super::entity::Entity> {
    let Some(grammar) = view.grammar_at(text, verb) else {
        return Vec::new();
    };
    grammar
        .subjects(verb, &view.mentions)
        .into_iter()
        .filter(|s| s.mention.preposition.is_none() && !view.layout.in_quote(s.mention.first))
        .map(|s| s.mention.entity.clone())
        .collect()
}

/// The content of a phrase cue with a particle of its own (`stellte … in Frage`, `machte
/// … zur Bedingung`): its whole clause, the front field included (`Die Anwendung … stellte
/// er in Frage`), and the `dass`- or `ob`-clause right after the particle (`machte zur
/// Bedingung, dass …`). `None` for other cues.
pub fn phrase_content(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &super::cues::CueHit,
) -> Option<(usize, usize)> {
    let particle = hit.particle?;
    if lexicon.cues[hit.cue].pos != CuePos::Phrase {
        return None;
    }
    let (first, last) = view.layout.clause_range(hit.first);
    let mut end = view.tokens[last.max(particle)].end;
    let next = particle + 1;
    // The frame's pronominal adverb announces the clause after it (`legte Wert darauf,
    // dass …`): that clause is the content.
    if next + 2 < view.tokens.len()
        && super::words::is_pronominal_adverb(view.word(next))
        && view.tokens[next + 1].text(text) == ","
    {
        let mut start = next + 2;
        if view.word(start) == "dass" && start + 1 < view.tokens.len() {
            start += 1;
        }
        let (_, clause_end) = view.layout.clause_range(start);
        let end = (start..=clause_end).rev().find(|&i| view.is_word(i))?;
        return Some(view.range(start, end));
    }
    if next + 1 < view.tokens.len()
        && view.tokens[next].text(text) == ","
        && matches!(view.word(next + 1), "dass" | "ob")
    {
        end = view.tokens[view.layout.clause_range(next + 1).1].end;
    }
    Some((view.tokens[first].start, end))
}
