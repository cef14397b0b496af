//! Attribution: the statements of one sentence. For each cue, who is its source (the
//! subject of its clause from [`super::speaker`], the speaker of a quotation, a source
//! phrase from [`super::sources`], a subject phrase the lexicon does not know from
//! [`super::chunk`]), which content it has ([`super::argument`]), with which predicate
//! ([`super::content`]) and in which mode (direct, indirect, reported).

use super::argument::{cue_verbs, passive_subject, reported_content, speech_content};
use super::content::{
    content_predicate, cue_negated, modal_predicate, reported_predicate, split_claims,
};
use super::coordination::{
    before_coordinated_verb, coordinated_verb, each_of_together, front_field_conjuncts,
};
use super::cue_speaker::{cue_speaker, CueSite, Discourse};
use super::draft::{Draft, Mode};
use super::entity::{ActorKind, Entity};
use super::frame::{attributive, frame_met, is_passive, non_finite, self_presenting};
use super::insertions::speaker_just_before;
use super::sources::{pronoun_source, speaking_source};
use super::speaker::{clause_speakers, grammar_subjects, has_coordinator, is_body, may_coordinate};
use super::statement::Predicate;
use super::view::SentenceView;
use super::words::{AUXILIARIES, LIGHT_VERBS};
use crate::lexicon::CuePos;
use crate::lexicon::Lexicon;
use crate::text::fold_same_length;

/// Copulas of a predicative adjective cue.
const COPULAS: &[&str] = &[
    "ist", "sind", "war", "waren", "zeigte", "zeigten", "zeigt", "zeigen",
];

/// The statements of one sentence.
pub fn attribute(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    discourse: Discourse<'_>,
) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut consumed: Vec<bool> = vec![false; view.cues.len()];
    // A marker's source is a speaker unless it is a channel (an outlet).
    let named_source = speaking_source(lexicon, view, text).or_else(|| {
        // A pronoun in reported speech (Konjunktiv) refers to the speaker whose
        // speech the sentence continues: that is left to the continuation.
        (!view.has_subjunctive(text))
            .then(|| pronoun_source(lexicon, view, text, discourse.recent_speaker))
            .flatten()
    });
    // An outlet (`laut Xinhua`) speaks only where no one else in the sentence does, and
    // not through its own research (`nach Informationen der dpa`): that is the report.
    let (marker, outlet) = match named_source {
        Some((source, how)) if source.media => {
            let research = ["Informationen", "Recherchen", "Erkenntnissen"]
                .iter()
                .any(|w| how.ends_with(w));
            (None, (!research).then_some((source, how)))
        }
        other => (other, None),
    };
    // Speech verbs first, then other verbs, then nouns and adjectives: a clause's verb
    // governs it; nouns and adjectives inside are its content.
    let mut order: Vec<usize> = (0..view.cues.len()).collect();
    order.sort_by_key(|&i| {
        let cue = &lexicon.cues[view.cues[i].cue];
        let (first, last) = view.layout.clause_range(view.cues[i].first);
        let reported = (first..=last).any(|j| view.subjunctive[j]);
        let rank = match (cue.pos.as_str(), cue.speech, reported) {
            ("verb", true, false) => 0,
            ("verb", true, true) => 1,
            ("verb", false, _) => 2,
            _ => 3,
        };
        (rank, i)
    });
    for &ci in &order {
        if consumed[ci] {
            continue;
        }
        let hit = &view.cues[ci];
        if view.layout.in_quote(hit.first) {
            continue;
        }
        let cue = &lexicon.cues[hit.cue];
        let own_predicate = cue.predicate;
        let is_noun = cue.pos.is_nominal();
        if !is_noun && non_finite(view, hit, cue) && !is_passive(view, hit) {
            // A zu-infinitive or bare participle is content of another clause.
            let w = view.word(hit.first);
            let zu = hit.first > 0 && view.word(hit.first - 1) == "zu"
                || cue
                    .particle
                    .as_deref()
                    .is_some_and(|p| w.starts_with(&format!("{}zu", fold_same_length(p))));
            if zu {
                continue;
            }
        }
        if attributive(view, text, hit, cue) {
            continue;
        }
        let (first, last) = view.layout.clause_range(hit.first);
        // What needs no speaker is asked before the speaker is looked for (which may
        // need the grammar): the cue's frame, the negation it requires, and for a noun
        // or adjective a light verb or copula to stand with. Each is asked again below.
        if !frame_met(view, text, hit, cue) {
            continue;
        }
        if !cue.speech || is_noun {
            if cue.needs_negation && !cue_negated(view, hit, cue) {
                continue;
            }
            if is_noun
                && own_predicate != Predicate::Attack
                && !predicative_adjective(view, text, hit, cue, first)
                && !(first..=last).any(|i| LIGHT_VERBS.contains(&view.word(i)))
            {
                continue;
            }
        }
        let site = CueSite {
            hit,
            cue,
            first,
            last,
        };
        let speaker = cue_speaker(lexicon, view, text, &site, &drafts, &discourse, &marker);
        let Some(speaker) = speaker else { continue };
        // An unnamed source counts when it is the subject of a speech verb or of a verb
        // of assessing (`Beobachter halten es für unwahrscheinlich`, `Analysten werten
        // … als`): what it does is say something.
        // The phrase names people or a body there, not a thing (`Eine Schätzung
        // beziffert …`, `vertreten die Auffassung`).
        // So does one that presents itself with an evaluative adjective (`Die
        // Aktivistin zeigte sich besorgt`, `gab sich zuversichtlich`).
        let presenting = self_presenting(view, hit, cue, first, last);
        let assessing = ((own_predicate == Predicate::Say && cue.pos.as_str() == "verb")
            || presenting)
            && speaker
                .role
                .as_deref()
                .unwrap_or(&speaker.name)
                .split_whitespace()
                .last()
                .is_some_and(|head| super::chunk::names_actor(lexicon, head));
        if speaker.kind == ActorKind::Anonymous
            && speaker.country.is_none()
            && !(cue.speech || assessing)
        {
            continue;
        }
        // The speaker is never part of the argument: its mention in the cue's clause,
        // and its name in the clause right before (an apposition: `Einer der
        // Putschisten, Harouna Djibrilla Adamou, dankte …`).
        let before = first
            .checked_sub(1)
            .map_or((first, first), |b| view.layout.clause_range(b));
        let subject_range: Vec<(usize, usize)> = view
            .mentions
            .iter()
            .find(|m| m.entity.same_as(&speaker) && m.first >= first && m.last <= last)
            .into_iter()
            .chain(view.mentions.iter().filter(|m| {
                // The apposition may begin clauses earlier (`Die Fraktionschefin der
                // Grünen, Renate Künast, äußerte …`): it ends in the clause before.
                m.entity.same_as(&speaker)
                    && !m.anaphor
                    && !view.layout.in_quote(m.first)
                    && m.last >= before.0
                    && m.last <= before.1
                    && first > 0
            }))
            .map(|m| (m.start, m.end))
            .chain(name_just_before(view, text, first, &speaker))
            .collect();
        if !frame_met(view, text, hit, cue)
            || super::frame::game_move(lexicon, view, text, hit, own_predicate)
        {
            continue;
        }
        let mut new_drafts: Vec<Draft> = Vec::new();
        if cue.speech && !is_noun {
            let subject_before = speaker_just_before(view, first, &speaker)
                || apposition_just_before(view, text, first, &speaker);
            let (content, mode, quote) =
                speech_content(view, text, hit, subject_before, (cue, &speaker));
            let content = before_coordinated_verb(lexicon, view, text, hit, content);
            let own = view.range(first, last);
            let claims = if mode == Mode::Indirect {
                split_claims(view, text, content)
            } else {
                vec![content]
            };
            for (n, claim) in claims.iter().enumerate() {
                let mut predicate = own_predicate;
                let mut negated = false;
                let mut cue_text = hit.text.clone();
                if own_predicate == Predicate::Say {
                    // The speech verb's own clause counts for the first claim only.
                    let whole = if n == 0 {
                        (claim.0.min(own.0), claim.1.max(own.1))
                    } else {
                        *claim
                    };
                    let from_cues = content_predicate(
                        lexicon,
                        view,
                        text,
                        whole,
                        &speaker,
                        Some(hit),
                        false,
                        Some(own),
                    );
                    let judged =
                        super::evaluation::evaluative_predicate(lexicon, view, text, *claim);
                    // A cue noun in the content names what is judged (`Der Vorschlag sei
                    // hervorragend`): the judgement wins over it.
                    let found = match (from_cues, judged) {
                        (Some(c), Some(j)) if super::evaluation::is_noun_cue(lexicon, &c.2) => {
                            Some(j)
                        }
                        (c, j) => c.or(j),
                    }
                    .or_else(|| {
                        if mode == Mode::Direct {
                            None
                        } else {
                            super::content::threat_predicate(lexicon, view, text, *claim, &speaker)
                                .or_else(|| modal_predicate(view, text, *claim))
                        }
                    });
                    if let Some((p, neg, text_of_cue)) = found {
                        predicate = p;
                        negated = neg;
                        cue_text = format!("{cue_text} … {text_of_cue}");
                    }
                } else {
                    negated = cue_negated(view, hit, cue) && !cue.needs_negation;
                }
                // A threat's object is what it announces, not its condition.
                let claim = if predicate == Predicate::Threaten {
                    super::content::before_condition(view, text, *claim)
                } else {
                    *claim
                };
                let mut exclude = vec![(view.tokens[hit.first].start, view.tokens[hit.last].end)];
                if let Some(p) = hit.particle {
                    exclude.push((view.tokens[p].start, view.tokens[p].end));
                }
                exclude.extend(subject_range.iter().copied());
                for i in first..=last {
                    if AUXILIARIES.contains(&view.word(i)) {
                        exclude.push((view.tokens[i].start, view.tokens[i].end));
                    }
                }
                new_drafts.push(Draft {
                    exclude,
                    cue_span: Some((view.tokens[hit.first].start, view.tokens[hit.last].end)),
                    quote,
                    ..Draft::new(speaker.clone(), predicate, negated, cue_text, claim, mode)
                });
            }
        } else {
            if cue.needs_negation && !cue_negated(view, hit, cue) {
                continue;
            }
            if is_noun && own_predicate != Predicate::Attack {
                // A noun or adjective is a statement of its own only as the object of a
                // light verb (`eine Zusage geben`), with the subject before it.
                // Or a predicative adjective after a copula (`X ist besorgt.`, `X zeigte
                // sich besorgt über …`).
                let predicative = predicative_adjective(view, text, hit, cue, first);
                // The noun is the light verb's object, not a word of an adverbial
                // (`hat für … seine Entscheidung drei Wochen Zeit`).
                let adverbial = cue.pos == CuePos::Noun
                    && view
                        .grammar_at(text, hit.first)
                        .is_some_and(|g| g.in_prepositional_phrase(hit.first));
                let light = predicative
                    || (!adverbial && (first..=last).any(|i| LIGHT_VERBS.contains(&view.word(i))));
                let subject_before = view
                    .mentions
                    .iter()
                    .any(|m| m.entity.same_as(&speaker) && m.last < hit.first);
                if !light || !subject_before {
                    continue;
                }
            }
            let negated = !cue.needs_negation && view.negated_clause(hit.first);
            let mut exclude: Vec<(usize, usize)> = Vec::new();
            if !is_noun {
                exclude.push((view.tokens[hit.first].start, view.tokens[hit.last].end));
            }
            if let Some(p) = hit.particle {
                exclude.push((view.tokens[p].start, view.tokens[p].end));
            }
            exclude.extend(subject_range.iter().copied());
            for i in first..=last {
                if AUXILIARIES.contains(&view.word(i)) {
                    exclude.push((view.tokens[i].start, view.tokens[i].end));
                }
            }
            let range = view.range(first, last);
            let content = reported_content(lexicon, view, text, hit, (first, last), &speaker);
            let content =
                super::light_verbs::phrase_content(lexicon, view, text, hit).unwrap_or(content);
            // `Der Plan wird von X unterstützt`: the passive's subject is the object.
            let content = is_passive(view, hit)
                .then(|| passive_subject(view, text, hit, (cue, &speaker)))
                .flatten()
                .map_or(content, |(a, b)| view.range(a, b));
            // No subject is the object (`Die SPD und die CDU bestehen darauf, …`).
            let subjects = grammar_subjects(view, text, hit);
            let object_actor = view
                .mentions
                .iter()
                .find(|m| {
                    m.start >= range.0
                        && m.end <= range.1
                        && !m.entity.same_as(&speaker)
                        && m.preposition.is_none()
                        && !subjects.iter().any(|s| s.mention.entity.same_as(&m.entity))
                })
                .map(|m| m.entity.clone());
            let (predicate, judged) = reported_predicate(
                lexicon,
                view,
                text,
                own_predicate,
                &speaker,
                content,
                is_noun,
            );
            let mode = if cue.speech && view.has_subjunctive(text) {
                Mode::Indirect
            } else {
                Mode::Reported
            };
            // An attack announced with `werden` (`sie werde … angreifen`) is a threat.
            let predicate =
                if predicate == Predicate::Attack && super::frame::announced(view, hit, cue) {
                    Predicate::Threaten
                } else {
                    predicate
                };
            let cue_text =
                judged.map_or_else(|| hit.text.clone(), |j| format!("{} … {j}", hit.text));
            new_drafts.push(Draft {
                exclude,
                cue_span: (!is_noun)
                    .then(|| (view.tokens[hit.first].start, view.tokens[hit.last].end)),
                object_actor,
                ..Draft::new(speaker.clone(), predicate, negated, cue_text, content, mode)
            });
        }
        let own_coordinated = coordinated_verb(lexicon, view, text, hit);
        // Cues in this clause (or in the content) are part of this statement.
        for d in &new_drafts {
            let content = d.content.unwrap_or((0, 0));
            for (cj, other) in view.cues.iter().enumerate() {
                let t = &view.tokens[other.first];
                let in_clause = other.first >= first && other.first <= last;
                let in_content = t.start >= content.0 && t.end <= content.1;
                let other_cue = &lexicon.cues[other.cue];
                let act = !other_cue.predicate.is_speech() && other_cue.pos == CuePos::Verb;
                // `…, und kritisierte …`: a coordinated main verb is a statement of its own.
                let coordinated = coordinated_verb(lexicon, view, text, other);
                // An attack the speech announces is the threat, no act of its own.
                let threat = d.predicate == Predicate::Threaten;
                // The verb a coordinated verb follows is a statement of its own.
                let conjunct_before = other.first < hit.first && own_coordinated;
                if cj != ci
                    && !conjunct_before
                    && ((in_clause && !coordinated)
                        || (in_content && (!act || threat) && !coordinated))
                {
                    consumed[cj] = true;
                }
            }
        }
        consumed[ci] = true;
        // Coordinated subjects (`Frankreich, Spanien und die Niederlande lehnten … ab`):
        // one statement each.
        let subjects = if has_coordinator(view, first, last)
            || is_body(lexicon, &speaker)
            || may_coordinate(view, None)
        {
            clause_speakers(lexicon, view, text, hit, cue.speech)
        } else {
            Vec::new()
        };
        let subjects = if subjects.iter().any(|s| s.entity.same_as(&speaker)) {
            subjects
        } else {
            front_field_conjuncts(view, text, hit, &speaker)
        };
        if subjects.iter().any(|s| s.entity.same_as(&speaker)) {
            // No subject is part of another's argument (`Dies äußerten X sowie Y`).
            // The conjunctions between them neither.
            let from = subjects.iter().map(|s| s.first).min().unwrap_or(first);
            let to = subjects.iter().map(|s| s.last).max().unwrap_or(first);
            for d in &mut new_drafts {
                d.exclude
                    .push((view.tokens[from].start, view.tokens[to].end));
            }
            let mut more = Vec::new();
            for s in subjects.iter().filter(|s| !s.entity.same_as(&speaker)) {
                for d in &new_drafts {
                    let mut d = d.clone();
                    d.speaker = s.entity.clone();
                    more.push(d);
                }
            }
            // The first of them goes on last: it carries the reported speech on.
            more.append(&mut new_drafts);
            new_drafts = more;
        } else {
            each_of_together(view, (first, last), &speaker, &mut new_drafts);
        }
        drafts.extend(new_drafts);
    }
    if drafts.is_empty() {
        drafts.extend(super::cueless::quotation_draft(lexicon, view, text));
    }
    if drafts.is_empty() {
        if let Some((source, marker)) = marker.or(outlet) {
            drafts.push(super::cueless::source_phrase_draft(
                lexicon, view, text, source, marker,
            ));
        }
    }
    super::acts::refine_speakers(lexicon, view, text, &mut drafts);
    let framed = super::light_verbs::light_verb_drafts(lexicon, view, text, &drafts);
    drafts.extend(framed);
    for d in &mut drafts {
        if d.cue_verbs.is_empty() {
            d.cue_verbs = cue_verbs(view, text, d, false);
        }
    }
    drafts
}

/// Whether an adjective cue stands after a copula of its clause (which begins at token
/// `first`) and ends a phrase (`X ist besorgt.`, `X zeigte sich besorgt über …`).
fn predicative_adjective(
    view: &SentenceView,
    text: &str,
    hit: &super::cues::CueHit,
    cue: &crate::lexicon::Cue,
    first: usize,
) -> bool {
    cue.pos == CuePos::Adj
        && (first..hit.first).any(|i| COPULAS.contains(&view.word(i)))
        && view.tokens.get(hit.last + 1).is_none_or(|t| {
            let next = view.word(hit.last + 1);
            !view.is_word(hit.last + 1) || super::words::is_preposition(next) || t.text(text) == ","
        })
}

/// Whether a mention of the speaker ends right before the clause that begins at token
/// `first`, with only punctuation between (`Die Fraktionschefin der Grünen, Renate
/// Künast, äußerte …`): its subject in apposition, however many clauses it spans. A
/// speaker the lexicon does not know counts where its name ends there.
fn apposition_just_before(view: &SentenceView, text: &str, first: usize, speaker: &Entity) -> bool {
    first > 0
        && (view.mentions.iter().any(|m| {
            m.entity.same_as(speaker)
                && !m.anaphor
                && m.last < first
                && !view.layout.in_quote(m.last)
                && (m.last + 1..first).all(|i| !view.is_word(i))
        }) || name_just_before(view, text, first, speaker).is_some())
}

/// The byte range of the speaker's name where it ends at the last word before token
/// `first`, outside quotations (`…, Baitullah Mehsud, erklärt`).
fn name_just_before(
    view: &SentenceView,
    text: &str,
    first: usize,
    speaker: &Entity,
) -> Option<(usize, usize)> {
    let last = (0..first).rev().find(|&i| view.is_word(i))?;
    let end = view.tokens[last].end;
    let start = end.checked_sub(speaker.name.len())?;
    (!view.layout.in_quote(last)
        && !speaker.name.is_empty()
        && text.get(start..end) == Some(speaker.name.as_str()))
    .then_some((start, end))
}
