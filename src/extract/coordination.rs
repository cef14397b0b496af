//! Verbs coordinated with the verb before them and sharing its subject (`X begrüßte A
//! und griff B an`, `…, fordern aber B`, `…, sondern verlangte B`): each a statement of
//! its own, whose verb ends the argument of the one before. And a plural pronoun for
//! persons named together: a statement for each of them.

use super::cues::CueHit;
use super::draft::Draft;
use super::entity::Entity;
use super::speaker::ClauseSpeaker;
use super::view::SentenceView;
use super::words::AUXILIARIES;
use crate::lexicon::{CuePos, Lexicon};

/// Whether the verb cue `other` is a finite verb coordinated with the verb before it and
/// sharing its subject (`X begrüßte A und griff B an`, `…, und kritisierte …`): a
/// statement of its own, no part of the first one's argument.
pub(super) fn coordinated_verb(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    other: &CueHit,
) -> bool {
    let n = view.tokens.len();
    if lexicon.cues[other.cue].pos != CuePos::Verb
        || other.first < 2
        || view.subjunctive[other.first]
    {
        return false;
    }
    let conjunction = matches!(
        view.word(other.first - 1),
        "und" | "aber" | "sondern" | "oder"
    );
    let after_comma = view.tokens[other.first - 2].text(text) == ",";
    // Without a comma the verb (a lower-case form of the lexicon; the tagger may take
    // `griff` for a noun) must have words of its own after it (verb-second: `und griff
    // den Iran an`, not `prüfen und ablehnen werde`).
    let verb_second = !view.tokens[other.first].is_capitalized(text)
        && other.first + 1 < n
        && view.is_word(other.first + 1)
        && !AUXILIARIES.contains(&view.word(other.first + 1));
    conjunction && (after_comma || verb_second) || asyndetic_verb(lexicon, view, text, other)
}

/// Adverbs that mark the second of two coordinated verbs as a contrast or an addition
/// (`begrüßten A, fordern aber B`, `lobte A, verlangte zugleich B`).
const CONTRAST_ADVERBS: &[&str] = &[
    "aber",
    "jedoch",
    "allerdings",
    "zugleich",
    "gleichzeitig",
    "dennoch",
    "trotzdem",
    "indes",
    "hingegen",
];

/// Whether the verb cue `other` opens, right after a comma, a verb phrase coordinated
/// without a conjunction, a contrast adverb after it and no subject of its own
/// (`Die Verbände begrüßten den Plan, fordern aber Änderungen`, `…, lehnen jedoch die
/// Kürzungen ab`), after a verb cue of the sentence; not an inverted reporting clause
/// (`…, sagte jedoch der Minister`).
fn asyndetic_verb(lexicon: &Lexicon, view: &SentenceView, text: &str, other: &CueHit) -> bool {
    let k = other.first;
    if k < 2
        || k + 2 >= view.tokens.len()
        || view.tokens[k - 1].text(text) != ","
        || view.tokens[k].is_capitalized(text)
        || view.layout.in_quote(k)
        || !CONTRAST_ADVERBS.contains(&view.word(k + 1))
    {
        return false;
    }
    // The first verb is a cue of the sentence, outside quotations: the comma closes its
    // verb phrase, not an apposition (`Die Expertin, Anna X, beklagte allerdings …`).
    let verb_before = view.cues.iter().any(|c| {
        c.first + 1 < k && lexicon.cues[c.cue].pos == CuePos::Verb && !view.layout.in_quote(c.first)
    });
    // A subject of its own right after the adverb makes it a clause with its own subject.
    verb_before
        && !view.mentions.iter().any(|m| {
            m.first > k + 1
                && m.first <= k + 4
                && m.preposition.is_none()
                && !m.genitive
                && !m.oblique
        })
}

/// The content `range` cut before a coordinated verb after the cue that makes a
/// statement of its own (`begrüßte den Beschluss und griff den Iran an`: `den
/// Beschluss`).
pub(super) fn before_coordinated_verb(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    range: (usize, usize),
) -> (usize, usize) {
    let inside = |i: usize| view.tokens[i].start >= range.0 && view.tokens[i].end <= range.1;
    view.cues
        .iter()
        .filter(|o| {
            o.first > hit.last + 1
                && inside(o.first)
                && inside(o.first - 1)
                && !view.layout.in_quote(o.first)
        })
        .find(|o| coordinated_verb(lexicon, view, text, o))
        .and_then(|o| {
            (0..o.first - 1)
                .rev()
                .take_while(|&i| inside(i))
                .find(|&i| view.is_word(i))
        })
        .map_or(range, |e| (range.0, view.tokens[e].end))
}

/// A plural pronoun for persons named together as the speaker in tokens `first..=last`
/// (`A und B wollen klagen. Sie halten …`): the `drafts` again for each of the others,
/// the first of them last (it carries the reported speech on).
pub(super) fn each_of_together(
    view: &SentenceView,
    (first, last): (usize, usize),
    speaker: &Entity,
    drafts: &mut Vec<Draft>,
) {
    let Some(m) = view.mentions.iter().find(|m| {
        m.anaphor
            && !m.together.is_empty()
            && m.first >= first
            && m.last <= last
            && m.entity.same_as(speaker)
    }) else {
        return;
    };
    let mut more = Vec::new();
    for other in &m.together {
        for d in drafts.iter() {
            let mut d = d.clone();
            d.speaker = other.clone();
            more.push(d);
        }
    }
    more.append(drafts);
    *drafts = more;
}
/// The first actor before token `k` that can be a subject (no preposition, genitive or
/// accusative/dative phrase, outside quotations): the subject a verb coordinated after
/// it shares (`Die Verbände unterstützen A, fordern aber B`).
pub(super) fn first_subject_before(view: &SentenceView, text: &str, k: usize) -> Option<Entity> {
    view.subjects_in(0, k.saturating_sub(1))
        .find(|m| m.last < k && !view.in_oblique_phrase(text, m))
        .map(|m| m.entity.clone())
}

/// The actors joined by `und`, `sowie` or commas in the front field that ends right
/// before the finite cue, the speaker among them (`X sowie Y sprachen von …`), where the
/// grammar read another subject: two or more, else none.
pub(super) fn front_field_conjuncts(
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    speaker: &Entity,
) -> Vec<ClauseSpeaker> {
    let joins = |i: usize| {
        matches!(
            view.tokens[i].text(text),
            "," | "und" | "sowie" | "der" | "die" | "das" | "den"
        )
    };
    let Some(start) = view.mentions.iter().position(|m| {
        m.last < hit.first
            && m.entity.same_as(speaker)
            && m.preposition.is_none()
            && !(m.first.saturating_sub(1)..=m.last)
                .any(|i| super::words::is_preposition(view.word(i)))
    }) else {
        return Vec::new();
    };
    let mut out = vec![ClauseSpeaker {
        entity: speaker.clone(),
        first: view.mentions[start].first,
        last: view.mentions[start].last,
    }];
    let mut prev = &view.mentions[start];
    for m in &view.mentions[start + 1..] {
        if m.last >= hit.first {
            break;
        }
        let gap = prev.last + 1..m.first;
        if gap.is_empty()
            || !gap.clone().all(joins)
            || !gap.clone().any(|i| matches!(view.word(i), "und" | "sowie"))
            || m.preposition.is_some()
            || m.genitive
        {
            return Vec::new();
        }
        out.push(ClauseSpeaker {
            entity: m.entity.clone(),
            first: m.first,
            last: m.last,
        });
        prev = m;
    }
    if out.len() < 2 || prev.last + 1 != hit.first {
        return Vec::new();
    }
    out
}
