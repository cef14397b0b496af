//! The speaker of a cue: the subject of its clause by word order, checked against the
//! grammar's subjects (nominative agreeing with the finite verb, coordinated subjects,
//! the name in apposition), the antecedent of a relative clause or apposition, the agent
//! of a passive.

use super::cues::CueHit;
use super::entity::Resolved;
use super::entity::{ActorKind, Entity};
use super::frame::{is_passive, verb_final};
use super::insertions::{antecedent_before_insertion, fronted_antecedent};
use super::syntax;
use super::view::SentenceView;
use super::words::{AUXILIARIES, RELATIVE_PRONOUNS};
use crate::lexicon::{Lexicon, WordClass};

/// The speaker of the cue at `hit`: the subject of its clause, the antecedent of a
/// relative clause, the agent of a passive, or the subject of the clause it is
/// coordinated with (`previous`).
pub(super) fn subject_of(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    previous: Option<&Entity>,
) -> Option<Entity> {
    let (first, last) = view.layout.clause_range(hit.first);
    if is_passive(view, hit) {
        // `muss vom Parlament ratifiziert werden`: a passive infinitive after a modal or
        // `wird` names an act still to come, no statement of its agent.
        if modal_passive(view, hit, first) {
            return None;
        }
        // `wurde von X kritisiert`, `aus der Regierung waren Vorbehalte geäußert worden`.
        return super::passive_agent::passive_agent(view, text, hit, first, last);
    }
    let limit = hit.particle.unwrap_or(last);
    let words: Vec<usize> = (first..hit.first).filter(|&i| view.is_word(i)).collect();
    // A relative clause: `…, der sich mit Macron beriet` has the antecedent as subject.
    if let Some(&w) = words.first() {
        let relative = RELATIVE_PRONOUNS.contains(&view.word(w))
            && w > 0
            && view.tokens[w - 1].text(text) == ","
            && w + 1 < view.tokens.len()
            && (!view.tokens[w + 1].is_capitalized(text) || verb_final(view, hit, last));
        if relative {
            if let Some(m) = view.mentions.iter().rev().find(|m| m.last + 2 == w) {
                return Some(m.entity.clone());
            }
        }
    }
    let clause_initial = words.is_empty()
        || (words.len() == 1
            && matches!(
                view.word(words[0]),
                "so" | "wie" | "und" | "dann" | "aber" | "sondern" | "oder"
            ));
    // A subject agrees with the finite verb: a singular actor is no subject of a plural
    // verb (`Britische Moslems warnen Premierminister Tony Blair`).
    let agrees = |m: &&Resolved| super::agreement::may_agree(view, text, hit, m);
    // A phrase opened by a determiner or possessive that is never nominative (`dem`,
    // `seinem Parteifreund X`) is an object, before the verb as after it.
    let before: Vec<&Resolved> = view
        .subjects_in(first, hit.first.saturating_sub(1))
        .filter(|m| m.last < hit.first)
        .filter(|m| !view.in_oblique_phrase(text, m))
        .filter(agrees)
        .collect();
    // An inverted subject follows the finite verb closely (`sagte gestern der Minister`);
    // a mention far behind it is an object or attribute (`bezeichnete Stratfor … als
    // „Schatten-CIA“`).
    let after: Vec<&Resolved> = view
        .subjects_in(hit.last + 1, limit)
        .filter(|m| (hit.last + 1..m.first).filter(|&i| view.is_word(i)).count() <= 3)
        .filter(|m| !view.in_oblique_phrase(text, m))
        .filter(|m| !after_article_phrase(lexicon, view, text, hit, m))
        .filter(agrees)
        .collect();
    // A fronted prepositional phrase (`Im Mordfall um … Jo Cox urteilte ein Gericht`)
    // puts the subject after the finite verb.
    let fronted_phrase = words
        .first()
        .is_some_and(|&w| super::words::is_preposition(view.word(w)))
        && !after.is_empty()
        && !verb_final(view, hit, last);
    // `X, eine der Abgeordneten, die …, kritisierte die Regierung`: a clause that opens
    // with the finite verb after insertions has the name they follow as its front field.
    // So does a clause that opens with its finite auxiliary (`X, Fraktionschef der
    // Grünen, hatte Y aufgefordert, …`): a name after the auxiliary is its object.
    let opens_with_auxiliary = words.first().is_some_and(|&w| {
        AUXILIARIES.contains(&view.word(w)) && !view.tokens[w].is_capitalized(text)
    });
    if (words.is_empty() || opens_with_auxiliary) && first > 0 {
        if let Some(front) = fronted_antecedent(view, first) {
            return Some(front);
        }
    }
    let mut chosen = if clause_initial || before.is_empty() || fronted_phrase {
        after.first()
    } else {
        before.first()
    };
    // The front field holds one phrase: an institution set right before a person named
    // with a role, with nothing to join them, is no subject of its own but a heading run
    // into the sentence (`Stimmen aus Berlin SPD Parteichefin X … sprachen`).
    while let Some(m) = chosen.filter(|m| m.entity.kind != ActorKind::Person) {
        let Some(next) = before.iter().find(|n| {
            n.first == m.last + 1 && n.entity.kind == ActorKind::Person && n.entity.role.is_some()
        }) else {
            break;
        };
        chosen = Some(next);
    }
    // A named actor is the subject rather than an unnamed one fronted as object
    // (`Kritikern … entgegnete Rutte`), unless the grammar reads the named one as an
    // object of the clause (`Die Ministerin forderte die Türkei auf`).
    let generic =
        |m: &&Resolved| m.entity.kind == ActorKind::Anonymous && m.entity.country.is_none();
    if chosen.is_some_and(generic) {
        // Only after the finite verb: before it, a name is the subject far more often
        // than the grammar's reading of a long fronted phrase says.
        let object = |m: &Resolved| {
            m.first > hit.first
                && view
                    .grammar_at(text, hit.first)
                    .is_some_and(|w| w.in_object(m))
        };
        if let Some(named) = before
            .iter()
            .chain(after.iter())
            .find(|m| !generic(m) && !object(m))
        {
            chosen = Some(named);
        }
    }
    match chosen {
        // Word order's choice gives way to the grammar's subject where that is a
        // coordination or names a person where word order found an institution (`SPD
        // Der SPD-Vorsitzende Franz Müntefering und … schlossen … aus`).
        Some(m) => {
            let person = m.entity.kind != ActorKind::Person
                && view.mentions.iter().any(|o| {
                    free_outside_quotes(view, o)
                        && o.entity.kind == ActorKind::Person
                        && !o.entity.same_as(&m.entity)
                });
            let grammar = if person || may_coordinate(view, Some(&m.entity)) {
                grammar_subjects(view, text, hit)
            } else {
                Vec::new()
            };
            let overrides = grammar.first().is_some_and(|g| {
                !grammar.iter().any(|s| s.mention.entity.same_as(&m.entity))
                    && view
                        .grammar_at(text, hit.first)
                        .is_some_and(|w| !w.in_object(g.mention))
                    && (grammar.len() >= 2
                        || (m.entity.kind != ActorKind::Person
                            && g.mention.entity.kind == ActorKind::Person))
            });
            if overrides {
                grammar.first().map(|g| g.mention.entity.clone())
            } else {
                Some(m.entity.clone())
            }
        }
        // A verb that opens a coordinated clause shares the subject: `X betont …,
        // zweifelt aber …`.
        None if clause_initial && first > 0 => previous
            .cloned()
            .or_else(|| antecedent_before_insertion(view, first))
            .or_else(|| grammar_subject(lexicon, view, text, hit)),
        // Where word order finds no subject, the grammar's: the nominative phrase that
        // agrees with the finite verb (`Dies äußerten der grüne Abgeordnete …`).
        None => grammar_subject(lexicon, view, text, hit),
    }
}

/// Whether the person named by the bare name `m` after the finite verb at `hit` follows a
/// noun phrase that an article opens there and that a quoted name closes (`schrieb die
/// liberale „Tagespost“ Weber den Sieg zu`) or whose noun names an institution (`warf die
/// Kommission Weber Versagen vor`): that phrase is the subject, the name a phrase of its
/// own after it, an object.
fn after_article_phrase(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    m: &Resolved,
) -> bool {
    if m.entity.kind != ActorKind::Person || m.first <= hit.last + 1 {
        return false;
    }
    let before = m.first - 1;
    let raw = view.tokens[before].text(text);
    let quoted = matches!(raw, "“" | "”" | "\"" | "«");
    let noun = if quoted {
        // The quoted name's opening mark.
        let open = (hit.last + 1..before)
            .rev()
            .take(6)
            .find(|&i| matches!(view.tokens[i].text(text), "„" | "\"" | "»"));
        let Some(open) = open else {
            return false;
        };
        open
    } else if view.tokens[before].is_capitalized(text)
        && super::mentions::is_institution_noun(lexicon, raw)
    {
        before
    } else {
        return false;
    };
    // Back over adjectives to the article; a quoted name may follow the noun it names
    // (`die Zeitung „Tagespost“`).
    let mut kind_noun = quoted;
    for j in (hit.last + 1..noun).rev() {
        let w = view.word(j);
        if super::words::is_determiner(w) {
            return !super::words::is_oblique_determiner(w);
        }
        let raw = view.tokens[j].text(text);
        if kind_noun && view.tokens[j].is_capitalized(text) && !super::words::is_function_word(raw)
        {
            kind_noun = false;
            continue;
        }
        if !super::words::looks_like_adjective(raw) {
            return false;
        }
    }
    false
}

/// Whether the participle cue at `hit` is followed by the passive infinitive `werden`
/// and its clause (from token `first`) has a modal or `wird` before it (`muss … ratifiziert
/// werden`, `soll … geprüft werden`), not `worden sein` (`soll … kritisiert worden sein`).
fn modal_passive(view: &SentenceView, hit: &CueHit, first: usize) -> bool {
    const MODALS: &[&str] = &[
        "muss", "müsse", "musste", "müsste", "müssen", "müssten", "soll", "solle", "sollte",
        "sollen", "sollten", "kann", "könne", "könnte", "können", "könnten", "darf", "dürfe",
        "dürfte", "dürfen", "dürften", "wird", "werde", "würde", "werden", "würden",
    ];
    let next = (hit.last + 1..view.tokens.len()).find(|&i| view.is_word(i));
    next.is_some_and(|i| view.word(i) == "werden")
        && (first..hit.first).any(|i| MODALS.contains(&view.word(i)))
}

/// The grammar's subject of the cue's clause, where it is no accusative or dative object
/// and stands outside quotations, nor a name after an article's phrase (see
/// [`after_article_phrase`]).
fn grammar_subject(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
) -> Option<Entity> {
    if !view.mentions.iter().any(|m| free_outside_quotes(view, m)) {
        return None;
    }
    let w = view.grammar_at(text, hit.first)?;
    grammar_subjects(view, text, hit)
        .into_iter()
        .find(|s| {
            !w.in_object(s.mention) && !after_article_phrase(lexicon, view, text, hit, s.mention)
        })
        .map(|s| s.mention.entity.clone())
}

/// The subjects the grammar finds for the cue's clause, outside quotations.
pub(super) fn grammar_subjects<'v>(
    view: &'v SentenceView,
    text: &str,
    hit: &CueHit,
) -> Vec<syntax::Subject<'v>> {
    let Some(w) = view.grammar_at(text, hit.first) else {
        return Vec::new();
    };
    w.subjects(hit.first, &view.mentions)
        .into_iter()
        .filter(|s| !view.layout.in_quote(s.mention.first))
        .collect()
}

/// Whether a mention can stand for a grammatical subject: no prepositional object or
/// genitive attribute, outside quotations.
fn free_outside_quotes(view: &SentenceView, m: &Resolved) -> bool {
    m.preposition.is_none() && !m.genitive && !view.layout.in_quote(m.first)
}

/// Conjunctions that can join coordinated noun phrases.
const COORDINATORS: &[&str] = &[
    "und",
    "oder",
    "sowie",
    "sondern",
    "aber",
    "bzw",
    "beziehungsweise",
    "respektive",
    "noch",
    "weder",
    "sowohl",
    "entweder",
    "als",
    "wie",
    "plus",
    "&",
];

/// Whether the grammar may find coordinated subjects in the sentence: two actors (other
/// than `except`) that can be subjects, and a conjunction outside quotations. A cheap
/// test, so that most sentences need no grammar analysis for it.
pub(super) fn may_coordinate(view: &SentenceView, except: Option<&Entity>) -> bool {
    let mut actors = view
        .mentions
        .iter()
        .filter(|m| free_outside_quotes(view, m) && except.is_none_or(|e| !m.entity.same_as(e)));
    let Some(one) = actors.next() else {
        return false;
    };
    actors.any(|m| !m.entity.same_as(&one.entity))
        && (0..view.tokens.len())
            .any(|i| !view.layout.in_quote(i) && COORDINATORS.contains(&view.word(i)))
}

/// One of the speakers the grammar finds for a clause: the actor and the tokens of the
/// phrase that names it (no part of the argument).
#[derive(Debug, Clone)]
pub(super) struct ClauseSpeaker {
    /// The actor.
    pub entity: Entity,
    /// First token of the phrase naming it.
    pub first: usize,
    /// Last token of that phrase.
    pub last: usize,
}

/// Whether the entity is a bare noun for a body that leads or speaks for others (`die
/// Führung`), which its attribute names (`der Partei`).
pub(super) fn is_body(lexicon: &Lexicon, entity: &Entity) -> bool {
    entity.country.is_none()
        && entity.person.is_none()
        && matches!(entity.kind, ActorKind::Organization | ActorKind::Anonymous)
        && lexicon
            .word_classes
            .contains(WordClass::Leadership, &entity.name)
}

/// The actors a body's attribute names, from token `k` on: a genitive or a `von`-phrase
/// of coordinated actors (`der Führung der Palästinensischen Autonomiebehörde`, `die
/// Regierungen von Deutschland und Frankreich`), each with the tokens from `from` (the
/// body's phrase) to its name.
fn represented(view: &SentenceView, from: usize, k: usize) -> Vec<ClauseSpeaker> {
    if k >= view.tokens.len() || !matches!(view.word(k), "der" | "des" | "von" | "vom") {
        return Vec::new();
    }
    let mut out: Vec<ClauseSpeaker> = Vec::new();
    let mut next = k + 1;
    for m in view.mentions.iter().filter(|m| m.first > k) {
        // Only determiners, adjectives, commas and conjunctions between the actors.
        let gap_ok = (next..m.first).all(|i| {
            let w = view.word(i);
            !view.is_word(i)
                || super::words::is_determiner(w)
                || matches!(w, "und" | "sowie" | "von" | "vom")
                || (out.is_empty() && super::words::looks_like_adjective(w))
        }) && m.first - next <= 3;
        let attribute = m.genitive || matches!(m.preposition.as_deref(), Some("von" | "vom"));
        if !gap_ok || !attribute || m.entity.kind == ActorKind::Anonymous {
            break;
        }
        out.push(ClauseSpeaker {
            entity: m.entity.clone(),
            first: from,
            last: m.last,
        });
        next = m.last + 1;
    }
    out
}

/// Whether a conjunction that can join noun phrases stands in tokens `first..=last`
/// outside quotations: a cheap test before asking the grammar for coordinated subjects.
pub(super) fn has_coordinator(view: &SentenceView, first: usize, last: usize) -> bool {
    (first..=last.min(view.tokens.len().saturating_sub(1)))
        .any(|i| !view.layout.in_quote(i) && COORDINATORS.contains(&view.word(i)))
}

/// The speakers the grammar finds for the cue's clause, in order: each conjunct of its
/// subject (`Frankreich, Spanien und die Niederlande lehnten … ab`; `sowohl X als auch
/// Y`), a conjunct the lexicon does not know read as a noun phrase (`NPR und PBS
/// bestehen darauf`; unnamed ones only for a verb of `speech`), and for a body that leads others the actors its attribute names
/// (`die Führungen von SPD und Grünen`). Subjects inside quotations are left out.
pub(super) fn clause_speakers(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    speech: bool,
) -> Vec<ClauseSpeaker> {
    let Some(w) = view.grammar_at(text, hit.first) else {
        return Vec::new();
    };
    let phrases = w.subject_phrases(hit.first, &view.mentions);
    let coordinated = phrases.len() >= 2;
    let mut out: Vec<ClauseSpeaker> = Vec::new();
    for p in &phrases {
        if view.layout.in_quote(p.start) {
            continue;
        }
        let found: Vec<ClauseSpeaker> = match &p.subject {
            Some(s) => {
                let m = s.mention;
                let through = if is_body(lexicon, &m.entity) {
                    represented(view, m.first.min(p.start), m.last + 1)
                } else {
                    Vec::new()
                };
                if through.is_empty() {
                    vec![ClauseSpeaker {
                        entity: m.entity.clone(),
                        first: m.first.min(p.start),
                        last: m.last.max(p.end.saturating_sub(1)),
                    }]
                } else {
                    through
                }
            }
            None if lexicon
                .word_classes
                .contains(WordClass::Leadership, view.tokens[p.head].text(text)) =>
            {
                represented(view, p.start, p.end)
            }
            // A phrase the lexicon does not know counts as one of a few subjects of an
            // active verb: a name (`NPR`, `CSU-Landesgruppenchef Glos`), or an unnamed
            // source of a verb of speech (`der Betriebsrat und die Geschäftsführung`).
            None if coordinated && phrases.len() <= 4 && !is_passive(view, hit) => {
                let words: Vec<usize> = (p.start..p.end).filter(|&i| view.is_word(i)).collect();
                super::chunk::phrase_speaker(lexicon, view, text, &words)
                    .filter(|e| match e.kind {
                        ActorKind::Person if e.role.is_none() => w.is_proper_noun(p.head),
                        ActorKind::Anonymous => speech,
                        _ => true,
                    })
                    .map(|entity| ClauseSpeaker {
                        entity,
                        first: p.start,
                        last: p.end.saturating_sub(1),
                    })
                    .into_iter()
                    .collect()
            }
            None => Vec::new(),
        };
        for f in found {
            if !out.iter().any(|o| o.entity.same_as(&f.entity)) {
                out.push(f);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::extract::actor_names as actors;

    #[test]
    fn von_seiten_names_the_agent_of_a_passive() {
        for opener in ["Von Seiten der", "von Seiten der", "Seitens der"] {
            let found = actors(&format!(
                "Im Landtag wurde der Plan {opener} Bundesregierung scharf kritisiert."
            ));
            assert_eq!(found, ["Bundesregierung"], "{opener}");
        }
        // At the start of the sentence `Von` is the preposition, no given name.
        let found = actors("Von Seiten der Bundesregierung wurde der Plan scharf kritisiert.");
        assert!(found.iter().all(|a| a == "Bundesregierung"), "{found:?}");
        assert!(!found.is_empty());
    }

    #[test]
    fn a_name_before_a_chain_of_insertions_is_the_subject() {
        // Apposition, then a relative clause on its noun: the name before both speaks,
        // not the object after the verb.
        let found = actors(
            "Erika Beispielfrau, eine der Abgeordneten, die den Antrag unterschrieben, \
             kritisierte die Regierung scharf.",
        );
        assert_eq!(found, ["Erika Beispielfrau"]);
        // A fronted prepositional phrase is no front field of a name.
        let found = actors(
            "Nach dem Besuch von Erika Beispielfrau, die den Antrag unterschrieb, \
             kritisierte die Regierung den Plan.",
        );
        assert!(found.iter().all(|a| a != "Erika Beispielfrau"), "{found:?}");
    }

    #[test]
    fn a_capitalised_particle_of_a_known_name_is_no_preposition() {
        let found = actors(
            "Karl-Theodor zu Guttenberg trat zurück. Zu Guttenberg kritisierte den Plan der Regierung.",
        );
        assert_eq!(
            found.last().map(String::as_str),
            Some("Karl-Theodor zu Guttenberg")
        );
        let found = actors("Von der Leyen lehnte den Vorschlag der Kommission ab.");
        assert_eq!(found, ["Ursula von der Leyen"]);
        // In lower case `von` before a name stays a preposition: an attribute, not the
        // person named earlier with that particle.
        let found = actors(
            "Im Spiel erhielt Renate Probe von Beispielstadt eine Karte. \
             Der Sportchef von Beispielstadt kritisierte den Schiedsrichter.",
        );
        assert_eq!(
            found.last().map(String::as_str),
            Some("Sportchef von Beispielstadt")
        );
    }

    #[test]
    fn a_dative_front_field_with_a_feminine_noun_is_no_speaker() {
        // `der` before a feminine noun or an adjective in `-en` opens a dative.
        let found = actors("Der Ministerin warf die Gewerkschaft Untätigkeit vor.");
        assert_eq!(found, ["Gewerkschaft"]);
        let found = actors("Der neuen Regierung sicherte der Verband Unterstützung zu.");
        assert_eq!(found, ["Verband"]);
        // A genitive attribute before a name: the name is the apposition of the noun
        // before it, the subject.
        let found = actors(
            "Der Präsident der Region Erika Beispiel schlug dem Minister einen Kompromiss vor.",
        );
        assert_eq!(found, ["Erika Beispiel"]);
    }

    #[test]
    fn a_name_after_the_subjects_article_phrase_is_an_object() {
        let found = actors("Zuvor hatte die Opposition Scholz scharf kritisiert.");
        assert_eq!(found, ["Opposition"]);
        let found =
            actors("Außerdem warf die Staatsanwaltschaft Scholz vor, Akten vernichtet zu haben.");
        assert_eq!(found, ["Staatsanwaltschaft"]);
        // A quoted name closes the subject's phrase.
        let found = actors("Dabei schrieb die liberale „Tagespost“ Scholz den Sieg zu.");
        assert!(found.iter().all(|a| a != "Olaf Scholz"), "{found:?}");
        // A name that is no person's right after the noun is the body's own.
        let found = actors("Die Lage sei ruhig, berichtete die Zeitung Danas.");
        assert_eq!(found, ["Danas"]);
    }

    #[test]
    fn the_agent_of_a_modal_passive_makes_no_statement() {
        let found = actors("Der Vertrag muss noch vom Parlament ratifiziert werden.");
        assert!(found.is_empty(), "{found:?}");
        let found = actors("Der Entwurf wurde vom Parlament scharf kritisiert.");
        assert_eq!(found, ["Parlament"]);
    }

    #[test]
    fn a_capital_named_as_a_place_is_no_state() {
        let found = actors("Das Land Berlin hat gegen das Gesetz Klage erhoben.");
        assert!(found.iter().all(|a| a != "Deutschland"), "{found:?}");
        let found = actors("Die Bundesländer Bremen, Hessen und Berlin lehnten den Plan ab.");
        assert!(found.iter().all(|a| a != "Deutschland"), "{found:?}");
        // Alone, the capital stands for its state's government.
        let found = actors("Berlin lehnte den Plan ab.");
        assert_eq!(found, ["Deutschland"]);
    }
}
