//! The speaker of one cue: the subject of its clause (from [`super::speaker`]), the
//! source of `hieß es`, an unnamed subject phrase ([`super::chunk`]), then what overrides
//! that reading: the last speaker for a pronoun that fits it, a source phrase for a speech
//! act, the reported speaker for a cue in Konjunktiv I.

use super::coordination::{coordinated_verb, first_subject_before};
use super::cues::CueHit;
use super::draft::Draft;
use super::entity::{ActorKind, Entity};
use super::frame::{is_noun_cue, is_passive, is_subjunctive_cue};
use super::impersonal_sources::{
    aus_source, document_author, heisst_es_phrase, heisst_es_source, is_heisst_es,
};
use super::reference::head_noun;
use super::speaker::{clause_speakers, has_coordinator, is_body, subject_of};
use super::statement::Predicate;
use super::view::{SentenceView, SUBORDINATORS};
use crate::lexicon::{Cue, Lexicon};

/// What attribution knows of the sentences before.
#[derive(Debug, Clone, Copy, Default)]
pub struct Discourse<'a> {
    /// The speaker whose reported speech the sentence may continue.
    pub reported_by: Option<&'a Entity>,
    /// The most recent speaker in the article, for `er`/`sie` as the subject of a
    /// speech verb.
    pub recent_speaker: Option<&'a Entity>,
}

/// A cue and the clause it stands in (tokens `first..=last`).
pub(super) struct CueSite<'a> {
    pub hit: &'a CueHit,
    pub cue: &'a Cue,
    pub first: usize,
    pub last: usize,
}

/// The speaker of the cue at `site`, given the statements found before it in the
/// sentence and the sentence's source phrase (`marker`); `None` where the cue makes no
/// statement of its own (a Konjunktiv I clause about someone else, a coordinated verb
/// whose subject stands after it) or no speaker is found.
pub(super) fn cue_speaker(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    site: &CueSite<'_>,
    drafts: &[Draft],
    discourse: &Discourse<'_>,
    marker: &Option<(Entity, String)>,
) -> Option<Entity> {
    let CueSite {
        hit,
        cue,
        first,
        last,
    } = *site;
    let own_predicate = cue.predicate;
    let is_noun = cue.pos.is_nominal();
    // A verb coordinated with one before it shares that verb's subject (`Die
    // Verbände unterstützen A, fordern aber B`), though speech verbs go first.
    let shared = drafts
        .is_empty()
        .then(|| coordinated_verb(lexicon, view, text, hit))
        .filter(|&c| c)
        .and_then(|_| first_subject_before(view, text, hit.first));
    let previous = drafts.last().map(|d| &d.speaker).or(shared.as_ref());
    let heisst_es = is_heisst_es(view, hit);
    let mut speaker = if heisst_es {
        // `hieß es aus X`; `hieß es weiter` continues the last source.
        heisst_es_source(view, hit)
            .or_else(|| {
                // A phrase naming the last speaker again (`aus Berliner
                // Regierungskreisen`) is that speaker, with what is known of it.
                let phrase = heisst_es_phrase(lexicon, view, text, hit)?;
                let same = |e: &Entity| head_noun(&e.name) == head_noun(&phrase.name);
                match discourse.recent_speaker {
                    Some(recent) if same(recent) => Some(recent.clone()),
                    _ => Some(phrase),
                }
            })
            .or_else(|| discourse.recent_speaker.cloned())
    } else {
        subject_of(lexicon, view, text, hit, previous)
            .or_else(|| {
                // Coordinated subjects the lexicon does not know (`NPR und PBS
                // bestehen darauf`) or named by a body's attribute (`die
                // Regierungen von A und B`): the first of them.
                has_coordinator(view, first, last)
                    .then(|| clause_speakers(lexicon, view, text, hit, cue.speech))
                    .filter(|all| all.len() >= 2)
                    .map(|all| all[0].entity.clone())
            })
            .map(|s| {
                // A body that leads others (`die Führung der Partei`) is the actor
                // its attribute names.
                if is_body(lexicon, &s) {
                    clause_speakers(lexicon, view, text, hit, cue.speech)
                        .into_iter()
                        .next()
                        .map_or(s, |c| c.entity)
                } else {
                    s
                }
            })
            .or_else(|| {
                // A speech verb without a subject: `Aus X verlautete, …`.
                (cue.speech && !is_noun_cue(cue))
                    .then(|| aus_source(lexicon, view, text, hit))
                    .flatten()
            })
            .or_else(|| {
                // A passive without an agent: the author of a document (`In der
                // Erklärung der X wird … gefordert`).
                is_passive(view, hit)
                    .then(|| document_author(lexicon, view, text, hit))
                    .flatten()
            })
            .or_else(|| {
                // A speaker the lexicon does not know, named by the subject phrase.
                (!is_passive(view, hit) && !is_noun_cue(cue))
                    .then(|| {
                        let saying = matches!(own_predicate, Predicate::Say | Predicate::Announce);
                        super::chunk::unknown_subject(lexicon, view, text, hit, saying)
                    })
                    .flatten()
            })
            .or_else(|| {
                // The grammar's subject phrase, for a verb of speech.
                (cue.speech && !is_passive(view, hit) && !is_noun_cue(cue))
                    .then(|| super::chunk::grammar_phrase_subject(lexicon, view, text, hit))
                    .flatten()
            })
    };
    // `er`/`sie` as the subject of a statement cue is, first of all, the last speaker
    // where that fits the pronoun: a man, a woman, or a group for a plural `sie`.
    if let (Some(recent), Some(current)) = (discourse.recent_speaker, speaker.as_ref()) {
        let via_pronoun = view
            .mentions
            .iter()
            .any(|m| m.anaphor && m.entity.same_as(current) && m.first >= first && m.last <= last);
        // `sie` resolved to a man was read as plural (`A und B …. Sie halten …`).
        let plural_sie = view.mentions.iter().any(|m| {
            m.anaphor
                && m.entity.same_as(current)
                && text[m.start..m.end].eq_ignore_ascii_case("sie")
                && current.kind == ActorKind::Person
                && current.gender == crate::lexicon::Gender::M
        });
        let fits = if current.plural || plural_sie {
            recent.plural
        } else {
            !recent.plural
                && recent.gender == current.gender
                && (recent.kind == ActorKind::Person || current.kind != ActorKind::Person)
        };
        if via_pronoun && !current.same_as(recent) && fits {
            speaker = Some(recent.clone());
        }
    }
    // A source marker names the speaker of speech acts: `nach Ansicht von X muss …`.
    // Not a speech verb's subject in a `wie` clause (`Wie die Zeitung berichtete, soll
    // laut der Studie …`): that clause names the source of the whole sentence.
    let wie_clause = cue.speech
        && !is_noun
        && (first..=last)
            .find(|&i| view.is_word(i))
            .is_some_and(|i| view.word(i) == "wie");
    if let Some((source, _)) = &marker {
        if own_predicate.is_speech()
            && !(wie_clause && speaker.is_some())
            && speaker.as_ref().is_none_or(|s| s.kind != ActorKind::Person)
        {
            speaker = Some(source.clone());
        }
    }
    // Konjunktiv I in a main clause continues someone's reported speech: its subject
    // is what the speech is about.
    if let Some(reported_by) = discourse.reported_by {
        let opens = (first..=last)
            .find(|&i| view.is_word(i))
            .map(|i| view.word(i))
            .unwrap_or_default();
        let subjunctive_cue = is_subjunctive_cue(view, hit, cue);
        // A cue in a reported (Konjunktiv) main clause whose subject is someone else
        // (`So müsse die Regierung … zustimmen`, `Diese Staaten hätten sich
        // verpflichtet`) is what the speech is about, not an act of its own.
        if !subjunctive_cue
            && !cue.speech
            && !SUBORDINATORS.contains(&opens)
            && speaker.as_ref().is_none_or(|s| !s.same_as(reported_by))
            && view
                .grammar_at(text, hit.first)
                .is_some_and(|w| w.in_reported_main_clause(hit.first))
        {
            return None;
        }
        if subjunctive_cue
            && !SUBORDINATORS.contains(&opens)
            && speaker
                .as_ref()
                .is_none_or(|s| s.kind != ActorKind::Person || s.same_as(reported_by))
        {
            speaker = Some(reported_by.clone());
        }
    }
    if own_predicate == Predicate::Attack && is_noun {
        // `durch schweren russischen Beschuss`: only the adjective's state attacks.
        speaker = view
            .mentions
            .iter()
            .find(|m| {
                m.entity.kind == ActorKind::State
                    && m.last + 1 == hit.first
                    && !view.layout.in_quote(m.first)
            })
            .map(|m| m.entity.clone());
    }
    // A coordinated verb shares the subject before its conjunction (`X begrüßte A
    // und griff B an`); a phrase after it is its object (`… und unterstützt die
    // Behörde`).
    if coordinated_verb(lexicon, view, text, hit)
        && speaker.as_ref().is_some_and(|s| {
            !view
                .mentions
                .iter()
                .any(|m| m.entity.same_as(s) && m.last + 1 < hit.first)
        })
    {
        return None;
    }
    speaker
}
