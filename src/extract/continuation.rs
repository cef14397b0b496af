//! A statement carrying the previous speaker's speech on into a sentence with no cue of
//! its own: Konjunktiv I, a source anaphor (`demnach`), a further sentence of a quotation,
//! and who carries it on ([`carrier`]).

use super::argument::cue_verbs;
use super::content::{content_predicate, modal_predicate};
use super::draft::{Draft, Mode};
use super::entity::{ActorKind, Entity};
use super::reported_mood::{has_condition, main_konjunktiv_two_plural, writers_hypothesis};
use super::sources::source_phrase_spans;
use super::statement::Predicate;
use super::view::SentenceView;
use super::words::{is_function_word, AUXILIARIES, SOURCE_ANAPHORS};
use crate::grammar::Tagger;
use crate::lexicon::{Lexicon, WordClass};

/// A statement continuing the previous speaker's speech in a sentence of its own
/// (Konjunktiv I without a new cue, a source anaphor like `demnach`, or a further
/// sentence of the same quotation).
pub fn continuation(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    speaker: &Entity,
    mode: Mode,
) -> Draft {
    let whole = (view.sentence.start, view.sentence.end);
    // Cue nouns before the finite verb name what the speech is about (`Auch frühere
    // Initiativen … seien umgesetzt worden`), except a demand or refusal made subject
    // (`Voraussetzung … sei`).
    let finite = (0..view.tokens.len())
        .find(|&i| view.subjunctive[i] || AUXILIARIES.contains(&view.word(i)))
        .map_or(view.sentence.start, |i| view.tokens[i].start);
    let (predicate, negated, cue) = content_predicate(
        lexicon,
        view,
        text,
        (finite, whole.1),
        speaker,
        None,
        true,
        None,
    )
    .or_else(|| {
        content_predicate(lexicon, view, text, whole, speaker, None, true, None)
            .filter(|(p, _, _)| matches!(p, Predicate::Demand | Predicate::Reject))
    })
    .or_else(|| super::evaluation::evaluative_predicate(lexicon, view, text, whole))
    .or_else(|| modal_predicate(view, text, whole))
    .unwrap_or((Predicate::Say, false, String::new()));
    let quote = view.layout.quotes.first().map(|q| {
        (
            q.start.max(view.sentence.start),
            q.end.min(view.sentence.end),
        )
    });
    // Without a word of its own, the statement is carried by a source anaphor
    // (`demnach`), else by the mood of reported speech or by the quotation: no word of
    // the sentence, so the cue names the form.
    let cue = if cue.is_empty() {
        view.tokens
            .iter()
            .enumerate()
            .find(|(i, _)| !view.layout.in_quote(*i) && SOURCE_ANAPHORS.contains(&view.word(*i)))
            .map(|(_, t)| t.text(text).to_string())
            .unwrap_or_else(|| {
                if mode == Mode::Direct || quote.is_some() {
                    "(Zitat)".into()
                } else {
                    "(indirekte Rede)".into()
                }
            })
    } else {
        cue
    };
    let content = quote.unwrap_or(whole);
    let mut draft = Draft {
        quote,
        ..Draft::new(speaker.clone(), predicate, negated, cue, content, mode)
    };
    draft.cue_verbs = cue_verbs(view, text, &draft, true);
    draft
}

/// What the sentences before a sentence with no cue of its own leave for it.
pub struct Before<'a> {
    /// The speaker a quotation in the sentence was given to (named at its end).
    pub quoted: Option<&'a Entity>,
    /// The speaker of the sentence before, if it held a statement.
    pub last_speaker: Option<&'a Entity>,
    /// The last speaker before a sentence or two of narration.
    pub narrated: Narrated<'a>,
    /// The sentence before.
    pub previous: Option<&'a SentenceView>,
    /// Whether the last speaker's last statement, outside quotations, made a plan,
    /// demand or promise public (`kündigte an`, `fordern`).
    pub planned: bool,
}

/// The last speaker before a sentence or two of narration, held on the condition that
/// the subject of the narration's first sentence is no other actor ([`new_subject`]).
/// That question needs the grammar, and most narration is never carried on: it is asked
/// only where the answer decides something ([`Narrated::get`]).
#[derive(Clone, Copy, Default)]
pub struct Narrated<'a> {
    /// The speaker.
    pub speaker: Option<&'a Entity>,
    /// The sentence whose main-clause subject, if another actor, ends the narration.
    pub unless_new_subject_in: Option<&'a SentenceView>,
}

impl<'a> Narrated<'a> {
    /// The speaker, where the condition holds.
    pub fn get(&self, text: &str) -> Option<&'a Entity> {
        let speaker = self.speaker?;
        match self.unless_new_subject_in {
            Some(view) if new_subject(view, text, speaker) => None,
            _ => Some(speaker),
        }
    }
}

/// Who carries on into `view`, a sentence with no cue of its own, and how:
/// - a quotation whose speaker is named at its end is that speaker's;
/// - a quotation after a sentence ending in a colon is the speech that sentence
///   announces (`Die Firma empfindet die Kritik als ungerechtfertigt: „…“`), else the
///   last speaker's;
/// - a sentence naming a source of its own ([`names_other_source`]) carries on no one's;
/// - a main clause in the Konjunktiv carries on the last speaker's indirect speech
///   unless it is the writer's own hypothesis ([`writers_hypothesis`]: a condition, or
///   `könnte`), a
///   source anaphor (`demnach`) or the reportative `sollen` refers to it; after a plan
///   or demand made public, so does a main clause with `sollen` and an infinitive
///   (`So sollen die Schüler …`) whose subject is no other actor;
/// - after narration, only the Konjunktiv I (which narration does not use), or a plural
///   Konjunktiv II standing in for it under no condition (`Die Truppen hätten …`),
///   carries the speech on, and only where no other actor is the subject; where no one spoke
///   before, the Konjunktiv I reports what the subject of the sentence before says
///   (`X definierte das Ziel. Es gehe nicht darum, …`).
pub fn carrier(
    view: &SentenceView,
    text: &str,
    lexicon: &Lexicon,
    before: &Before,
) -> Option<(Entity, Mode)> {
    if let Some(speaker) = before.quoted {
        return Some((speaker.clone(), Mode::Direct));
    }
    // `X weist die Verantwortung von sich: „…“`: the clause before the colon announces
    // the quotation, and its subject speaks.
    if let Some(colon) = colon_before_quote(view) {
        if let Some(s) = announcing_actor(view, text, Some(colon)) {
            return Some((s, Mode::Direct));
        }
    }
    if view.opens_with_quote() {
        let announced = before
            .previous
            .filter(|p| ends_with_colon(p))
            .and_then(|p| announcing_actor(p, text, None));
        return announced
            .or_else(|| before.last_speaker.cloned())
            .map(|s| (s, Mode::Direct));
    }
    // `Eine neue Runde werde nach Angaben eines Vermittlers bald stattfinden`: a sentence
    // naming a source of its own reports that source, not the last speaker.
    // The narration's speaker is asked of the grammar only where a source is named.
    let other_source = |s: &Entity| names_other_source(lexicon, view, text, s);
    let names_other = match before.last_speaker {
        Some(s) => other_source(s),
        None => {
            before.narrated.speaker.is_some_and(other_source) && before.narrated.get(text).is_some()
        }
    };
    if names_other {
        return None;
    }
    if let Some(speaker) = before.last_speaker {
        let carried = view.has_main_subjunctive(text) && !writers_hypothesis(lexicon, view, text)
            || view.has_source_anaphor()
            || view.has_reportative_sollen()
            || before.planned && main_sollen(view, text) && !other_subject(view, speaker)
            || may_be_unlisted_konjunktiv(view, text)
                && may_have_konjunktiv_one(view, text)
                && reported_main_verbs(view, text).iter().any(|&(_, one)| one);
        return carried.then(|| (speaker.clone(), Mode::Indirect));
    }
    if view.has_source_anaphor() {
        return before
            .narrated
            .get(text)
            .map(|s| (s.clone(), Mode::Indirect));
    }
    // The cheap questions first: whether a word could be a Konjunktiv I at all, whom
    // the speech would be carried on from, whether another actor is the subject; the
    // grammar's mood last.
    // After narration, a plural Konjunktiv II standing in for the Konjunktiv I (`Die
    // Truppen hätten …`) carries the speech on as well, where no condition makes it a
    // hypothesis.
    let stand_in = before.narrated.speaker.is_some()
        && main_konjunktiv_two_plural(lexicon, view, text)
        && !has_condition(view, text)
        && before.narrated.get(text).is_some();
    if !stand_in
        && !listed_main_konjunktiv_one(lexicon, view, text)
        && !may_be_unlisted_konjunktiv(view, text)
    {
        return None;
    }
    // The mood of this sentence before the subject of the one before: most sentences
    // with an -e word carry nothing on, and need not have the sentence before analysed.
    if !(stand_in || has_main_konjunktiv_one(lexicon, view, text)) {
        return None;
    }
    let speaker = match before.narrated.get(text) {
        Some(s) => s.clone(),
        None => before
            .previous
            .and_then(|p| main_subject(p, text))?
            .0
            .clone(),
    };
    (!other_subject(view, &speaker)).then_some((speaker, Mode::Indirect))
}

/// Whether the finite verb of the sentence's main clause, outside quotations, is `soll`
/// or `sollen` with an infinitive (`So sollen die Schüler keine Hausaufgaben mehr
/// bekommen`, `Der Beschluss soll auch Luftschläge erlauben`): right after a statement,
/// the plan or claim it reports, not the narrator's.
fn main_sollen(view: &SentenceView, text: &str) -> bool {
    // Only a sentence with the word is analysed.
    let Some(first) = (0..view.tokens.len())
        .find(|&i| !view.layout.in_quote(i) && matches!(view.word(i), "soll" | "sollen"))
    else {
        return false;
    };
    view.grammar_at(text, first).is_some_and(|w| {
        w.main_verb().is_some_and(|k| {
            !view.layout.in_quote(k)
                && matches!(view.word(k), "soll" | "sollen")
                && w.with_infinitive(k)
        })
    })
}

/// The main clauses in the Konjunktiv outside quotations, as the grammar reads them:
/// their finite verbs, each with whether it is a Konjunktiv I.
fn reported_main_verbs(view: &SentenceView, text: &str) -> Vec<(usize, bool)> {
    if view.tokens.is_empty() {
        return Vec::new();
    }
    view.grammar_at(text, 0)
        .map(|w| w.reported_main_verbs(text, &view.tokens))
        .unwrap_or_default()
        .into_iter()
        .filter(|&(k, _)| !view.layout.in_quote(k))
        .collect()
}

/// Whether a Konjunktiv I form stands in a main clause of the sentence, outside
/// quotations: a form of the lexicon's list where the clause is read as a main clause,
/// or one the grammar reads as the finite verb of a main clause in the Konjunktiv I.
pub fn has_main_konjunktiv_one(lexicon: &Lexicon, view: &SentenceView, text: &str) -> bool {
    listed_main_konjunktiv_one(lexicon, view, text)
        || may_be_unlisted_konjunktiv(view, text)
            && may_have_konjunktiv_one(view, text)
            && reported_main_verbs(view, text).iter().any(|&(_, one)| one)
}

/// Whether a word outside quotations could be a Konjunktiv I that
/// [`reported_main_verbs`] finds ([`super::konjunktiv_one::may_be_konjunktiv_one`]): without one
/// (narration in the past tense: `sagte`, `hatte`), the sentence is not analysed for it.
fn may_have_konjunktiv_one(view: &SentenceView, text: &str) -> bool {
    (0..view.tokens.len()).any(|k| {
        !view.layout.in_quote(k)
            && super::konjunktiv_one::may_be_konjunktiv_one(view.tokens[k].text(text))
    })
}

/// Whether a Konjunktiv I form of the lexicon's list stands in a main clause, outside
/// quotations.
fn listed_main_konjunktiv_one(lexicon: &Lexicon, view: &SentenceView, text: &str) -> bool {
    view.has_main_subjunctive(text)
        && (0..view.tokens.len()).any(|i| {
            view.subjunctive[i]
                && !view.layout.in_quote(i)
                && lexicon
                    .word_classes
                    .contains(WordClass::KonjunktivOne, view.word(i))
        })
}

/// Whether a word outside quotations could be a finite verb in the Konjunktiv that the
/// word list does not know, so that the grammar is worth asking: a lower-case word in
/// -e (`funktioniere`, `richte`, `käme`) that is neither a function word nor a form of
/// an adjective. Sentences without one, most narration, are never analysed for mood.
fn may_be_unlisted_konjunktiv(view: &SentenceView, text: &str) -> bool {
    let lexicon = Tagger::builtin().lexicon();
    (0..view.tokens.len()).any(|i| {
        let word = view.word(i);
        word.len() >= 3
            && word.ends_with('e')
            && !view.layout.in_quote(i)
            && view.tokens[i]
                .text(text)
                .starts_with(|c: char| c.is_lowercase())
            && !is_function_word(word)
            && lexicon.adjective(word) == 0
    })
}

/// Whether the sentence ends in a colon (before any closing punctuation): it announces
/// what follows.
fn ends_with_colon(view: &SentenceView) -> bool {
    view.tokens
        .iter()
        .enumerate()
        .rev()
        .find(|(i, _)| view.is_word(*i) || view.word(*i) == ":")
        .is_some_and(|(i, _)| view.word(i) == ":")
}

/// The colon that opens a speech quotation of the sentence (`…: „…“`), outside
/// quotations, as a token index.
fn colon_before_quote(view: &SentenceView) -> Option<usize> {
    (1..view.tokens.len()).find_map(|i| {
        let colon = i - 1;
        (view.word(colon) == ":"
            && !view.layout.in_quote(colon)
            && view
                .layout
                .quotes
                .iter()
                .any(|q| q.open == view.tokens[i].start || q.start == view.tokens[i].start))
        .then_some(colon)
    })
}

/// The actor a sentence (before token `until`, where given) announcing a quotation
/// names: the subject of its main clause, else (a verbless line, `X, Präsident des
/// Rats:`; a noun of speech, `Das Fazit von X …:`) the first actor it names outside
/// quotations that is no object or genitive attribute.
fn announcing_actor(view: &SentenceView, text: &str, until: Option<usize>) -> Option<Entity> {
    let until = until.unwrap_or(view.tokens.len());
    main_subject(view, text)
        .filter(|(_, first)| *first < until)
        .map(|(e, _)| e.clone())
        .or_else(|| {
            view.mentions
                .iter()
                .find(|m| {
                    m.first < until
                        && !view.layout.in_quote(m.first)
                        && !m.oblique
                        && !m.genitive
                        && m.preposition.as_deref().is_none_or(|p| p == "von")
                        && m.entity.kind != ActorKind::State
                })
                .map(|m| m.entity.clone())
        })
}

/// The actor that is the subject of the sentence's main clause, outside quotations,
/// with the first token of its mention: found once per sentence (both passes and the
/// next sentence ask).
fn main_subject<'v>(view: &'v SentenceView, text: &str) -> Option<(&'v Entity, usize)> {
    view.main_subject
        .get_or_init(|| find_main_subject(view, text))
        .as_ref()
        .map(|(e, first)| (e, *first))
}

/// [`main_subject`], found.
fn find_main_subject(view: &SentenceView, text: &str) -> Option<(Entity, usize)> {
    // Only a mention outside quotations can be the answer: a sentence with none is not
    // analysed.
    if view.mentions.iter().all(|m| view.layout.in_quote(m.first)) {
        return None;
    }
    let window = view.grammar_at(text, 0)?;
    let verb = window.main_verb()?;
    if view.layout.in_quote(verb) {
        return None;
    }
    window
        .subjects(verb, &view.mentions)
        .into_iter()
        .map(|s| s.mention)
        .find(|m| !view.layout.in_quote(m.first))
        .or_else(|| genitive_of_subject(view, text, &window, verb))
        .map(|m| (m.entity.clone(), m.first))
}

/// `Mitarbeiter der Organisation X haben … gefunden`: a subject that no mention covers,
/// a noun for people whose genitive attribute names a body or a person, stands for that
/// actor (its staff, its lawyers, its members); a thing (`die Pflichten der Union`) does
/// not, nor a state's people (`die Bürger Frankreichs`).
fn genitive_of_subject<'v>(
    view: &'v SentenceView,
    text: &str,
    window: &super::syntax::Window,
    verb: usize,
) -> Option<&'v super::entity::Resolved> {
    let phrase = window
        .subject_phrases(verb, &view.mentions)
        .into_iter()
        .next()?;
    if phrase.subject.is_some() || view.layout.in_quote(phrase.head) {
        return None;
    }
    if !super::chunk::is_person_noun(view.tokens[phrase.head].text(text)) {
        return None;
    }
    view.mentions.iter().find(|m| {
        !m.anaphor
            && m.preposition.is_none()
            && m.entity.kind != ActorKind::State
            && m.first > phrase.head
            && m.first <= phrase.end + 3
            && (phrase.head + 1..m.first).all(|k| {
                let raw = view.tokens[k].text(text);
                super::words::is_determiner(view.word(k))
                    || super::words::looks_like_adjective(raw)
                    || (view.tokens[k].is_capitalized(text) && !super::words::is_function_word(raw))
            })
    })
}

/// Whether the sentence names a source of its own outside quotations that is not
/// `speaker`: a source phrase (`laut X`, `nach Angaben X`, `X zufolge`) naming another
/// actor, or an unnamed one by an indefinite genitive after its noun (`nach Angaben eines
/// Vermittlers`): what the sentence reports is that source's. A source phrase that names
/// no one (`ersten Angaben zufolge`) or refers back (`dem Bericht zufolge`, `laut dieser
/// Studie`) leaves the speech to the last speaker.
pub fn names_other_source(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    speaker: &Entity,
) -> bool {
    source_phrase_spans(lexicon, view, text)
        .into_iter()
        .any(|(first, last)| {
            let inside = |m: &&super::entity::Resolved| m.first >= first && m.first <= last;
            if view
                .mentions
                .iter()
                .filter(inside)
                .any(|m| m.entity.same_as(speaker))
            {
                return false;
            }
            view.mentions.iter().filter(inside).any(|m| !m.anaphor)
                || (first + 2..last).any(|k| {
                    matches!(view.word(k), "eines" | "einer")
                        && view.tokens[k + 1..=last]
                            .iter()
                            .any(|t| t.is_capitalized(text))
                })
        })
}

/// Whether the subject of the sentence's main clause is an actor other than `speaker`:
/// the narration has turned to someone else.
pub fn new_subject(view: &SentenceView, text: &str, speaker: &Entity) -> bool {
    // Only a sentence naming another actor outside quotations is worth analysing.
    view.mentions
        .iter()
        .any(|m| !view.layout.in_quote(m.first) && !m.entity.same_as(speaker))
        && main_subject(view, text).is_some_and(|(e, _)| !e.same_as(speaker))
}

/// Whether an actor other than `speaker` stands where a subject can in the sentence.
pub fn other_subject(view: &SentenceView, speaker: &Entity) -> bool {
    view.mentions.iter().any(|m| {
        m.preposition.is_none()
            && !m.genitive
            && !m.oblique
            && !view.layout.in_quote(m.first)
            && !m.entity.same_as(speaker)
    })
}

#[cfg(test)]
pub(super) mod tests;
