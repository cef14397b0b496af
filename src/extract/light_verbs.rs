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
        let covered = existing.iter().chain(out.iter()).any(|d| {
            d.content
                .is_some_and(|(s, e)| noun.start >= s && noun.end <= e)
                || d.cue_span
                    .is_some_and(|(s, e)| noun.start >= s && noun.end <= e)
                || d.cue.split(" … ").any(|w| w == hit.text)
        });
        if covered {
            continue;
        }
        let (first, last) = view.layout.clause_range(hit.first);
        let found = (first..=last).find_map(|j| {
            if j == hit.first || view.layout.in_quote(j) {
                return None;
            }
            let w = view.word(j).to_lowercase();
            lexicon
                .frames
                .iter()
                .find(|f| f.forms.contains(&w) && takes(f, &cue.lemma))
                .map(|f| (j, f))
        });
        let Some((verb, frame)) = found else { continue };
        let negation = noun_negated(view, hit.first);
        if frame.needs_negation && !negation {
            continue;
        }
        let predicate = frame.predicate.unwrap_or(noun_predicate);
        let negated = !frame.needs_negation && view.negated_clause(verb);
        let speakers = speakers(view, text, frame.speaker, verb, (first, last));
        if speakers.is_empty() {
            continue;
        }
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

/// Whether the frame takes the noun cue with lemma `lemma`.
fn takes(frame: &Frame, lemma: &str) -> bool {
    frame.nouns.is_empty() || frame.nouns.iter().any(|n| n == lemma)
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
    role: FrameSpeaker,
    verb: usize,
    (first, last): (usize, usize),
) -> Vec<(usize, usize, super::entity::Entity)> {
    let mut out: Vec<(usize, usize, super::entity::Entity)> = Vec::new();
    match role {
        FrameSpeaker::Source => {
            for m in &view.mentions {
                let source = m
                    .preposition
                    .as_deref()
                    .is_some_and(|p| SOURCE_PREPOSITIONS.contains(&p));
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
                        .find(|&k| {
                            SOURCE_PREPOSITIONS.contains(&view.word(k).to_lowercase().as_str())
                        })
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
