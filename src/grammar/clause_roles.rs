//! What is in a clause: its verbal complex (finite verb, auxiliaries and modals, separable
//! particle), its predicate, mood and voice, its subject (the nominative phrase that agrees
//! with the finite verb) and its objects.

use super::clauses::{is_finite, lemma_is, Clause, ClauseKind, ClauseLink, Ctx};
use super::phrases::{Attachment, Phrase};
use super::tagger::pronoun_paradigm;
use super::token::{Case, CaseSet, Mood, Person, Upos, VerbForm, Word};

/// How badly a phrase disagrees with a finite verb: number counts more than person
/// (taggers guess the person of `möchte`, `sagte` from context).
fn disagreement(p: &Phrase, verb: &Word) -> i8 {
    let mut penalty = 0;
    if let (Some(a), Some(b)) = (p.number, verb.feats.number) {
        if a != b {
            penalty += 2;
        }
    }
    let person = match (verb.feats.person, p.person) {
        (Some(Person::Third), Some(Person::First | Person::Second)) => false,
        (Some(v @ (Person::First | Person::Second)), pp) => pp == Some(v),
        _ => true,
    };
    if !person {
        penalty += 1;
    }
    penalty
}

/// The score (in half points) of a subject candidate whose case was tagged accusative.
const FALLBACK: i8 = 2;

/// Fills in a clause's verbs, predicate, mood, subject and objects.
pub(super) fn fill(c: &mut Clause, ctx: &Ctx) {
    let words = ctx.words;
    c.verbs = c
        .words
        .iter()
        .copied()
        .filter(|&k| ctx.is_verb(k))
        .collect();
    // The finite verb stands first in a verb-second clause, last in a verb-final one (a
    // verb before it tagged finite is an infinitive: `dass er kommen kann`).
    let verb_final = matches!(c.kind(), ClauseKind::Subordinate | ClauseKind::Relative);
    let mut finite = c.verbs.iter().copied().filter(|&k| is_finite(&words[k]));
    c.finite = if verb_final {
        finite.next_back()
    } else {
        finite.next()
    };
    if c.finite.is_none() && c.kind() != ClauseKind::Infinitival {
        // Every clause but a zu-infinitive has a finite verb: when none was tagged, the
        // verb in finite position is one (`die Aussteller erwarten` looks like an
        // infinitive, `was sich abspielt` like a participle).
        c.promoted = if verb_final {
            c.verbs.last()
        } else {
            c.verbs.first()
        }
        .copied();
        c.finite = c.promoted;
    }
    c.particle = c
        .words
        .iter()
        .copied()
        .find(|&k| words[k].xpos == "PTKVZ" && ctx.free(k));
    c.mood = c.finite.map(|f| words[f].feats.mood.unwrap_or(Mood::Ind));
    let participle = c
        .verbs
        .iter()
        .any(|&k| words[k].upos == Upos::Verb && words[k].feats.verb_form == Some(VerbForm::Part));
    c.passive = participle
        && c.verbs
            .iter()
            .any(|&k| words[k].upos == Upos::Aux && lemma_is(&words[k], ctx.forms[k], "passive"));
    // The main verb: a finite full verb (`gibt`, `lässt`) governs the clause; else the
    // last full verb of the verbal complex that begins with the first non-finite verb
    // (`empfehlen lassen`, `überreicht bekommen`; a finite `hatte`, `könne` before it is an
    // auxiliary, however tagged); else the finite verb.
    let full_finite = c.finite.filter(|&f| {
        c.promoted != Some(f)
            && words[f].upos == Upos::Verb
            && !lemma_is(&words[f], ctx.forms[f], "auxiliary")
    });
    let main = full_finite
        .or_else(|| {
            let first = c
                .verbs
                .iter()
                .copied()
                .find(|&k| words[k].upos == Upos::Verb && Some(k) != c.finite)?;
            let mut last = first;
            let mut k = first + 1;
            while k < words.len() && ctx.is_verb(k) && c.words.binary_search(&k).is_ok() {
                if words[k].upos == Upos::Verb && Some(k) != c.finite {
                    last = k;
                }
                k += 1;
            }
            Some(last)
        })
        .or(c.finite.filter(|&f| words[f].upos == Upos::Verb));
    // The clause's phrases: those whose head is one of its words.
    let own: Vec<usize> = c
        .words
        .iter()
        .filter_map(|&k| ctx.chunks.phrase_of[k].filter(|&p| ctx.chunks.phrases[p].head == k))
        .collect();
    let bare: Vec<usize> = own
        .iter()
        .copied()
        .filter(|&p| {
            let ph = &ctx.chunks.phrases[p];
            ph.is_bare() && words[ph.head].xpos != "PRF"
        })
        .collect();
    c.preps = own
        .iter()
        .copied()
        .filter(|&p| {
            ctx.chunks.phrases[p].attachment == Attachment::Free
                && ctx.chunks.phrases[p].prep.is_some()
        })
        .collect();
    // A conjunct that shares the finite verb, or whose finite verb follows the conjunction
    // directly (an empty Vorfeld: `… protestierten und kündigten Schritte an`), shares the
    // subject of the first conjunct.
    let lead = c.words.iter().copied().find(|&k| {
        !(words[k].upos == Upos::Punct || (words[k].upos == Upos::Cconj && ctx.free(k)))
    });
    let shares_subject = matches!(c.parent, Some((_, ClauseLink::Conj)))
        && c.marker.is_none()
        && (c.promoted.is_some() || (lead.is_some() && lead == c.finite));
    if let Some(f) = c.finite.filter(|&f| {
        words[f].feats.mood != Some(Mood::Imp)
            && c.kind() != ClauseKind::Infinitival
            && !shares_subject
    }) {
        // Scores in half points. A nominative pronoun (`er`, `wir`, a relative `der`) is the
        // surest subject; an unambiguous nominative phrase the next; a phrase tagged
        // accusative only when nothing else is there (the tagger's case is a guess: `die
        // Polizei`), the sooner when its determiner's paradigm allows the nominative. Among
        // equals, the phrase in the subject's usual place wins: the first of the clause, or
        // the one right after the finite verb.
        let first = bare.first().copied();
        let mut best: Option<(i8, usize)> = None;
        for &p in &bare {
            let ph = &ctx.chunks.phrases[p];
            let head = ph.head;
            let pron = words[head].upos == Upos::Pron;
            // A werden-passive has no accusative object: a phrase tagged accusative that
            // its determiner allows to be nominative is its subject (`wenn mehr Gäste
            // erwartet werden`).
            let case = if c.passive && !pron && ph.paradigm.contains(Case::Nom) {
                ph.case.with(Case::Nom)
            } else {
                ph.case
            };
            let nominative =
                if pron && pronoun_paradigm(ctx.forms[head]) == Some(CaseSet::only(Case::Nom)) {
                    // `ich`, `man`, `wer`: nominative by their paradigm, whatever was tagged.
                    8
                } else if case == CaseSet::only(Case::Nom) {
                    6
                } else if case.contains(Case::Nom) || case.is_empty() {
                    4
                } else if case.contains(Case::Acc) && !pron {
                    if ph.paradigm.contains(Case::Nom) {
                        FALLBACK + 1
                    } else {
                        FALLBACK
                    }
                } else {
                    continue;
                };
            let base = nominative + 2 * i8::from(pron) - 2 * disagreement(ph, &words[f]);
            if base <= 0 {
                continue;
            }
            let place = Some(p) == first || ph.start == f + 1;
            let score = base + i8::from(place);
            if best.is_none_or(|(s, _)| score > s) {
                best = Some((score, p));
            }
        }
        c.subject = best.map(|(_, p)| p);
    }
    let rest: Vec<usize> = bare
        .iter()
        .copied()
        .filter(|&p| Some(p) != c.subject)
        .collect();
    // The first predicative adjective, when a conjunction separates it from a participle
    // (`war sehr unfreundlich und genervt`).
    let first_adj = c
        .words
        .iter()
        .copied()
        .find(|&k| ctx.free(k) && words[k].upos == Upos::Adj);
    // Only `sein` is a copula (UD): with `werden`, `bleiben` the verb heads the clause
    // (`Die Demokratie müsse direkter werden`).
    let verb = c.finite.or_else(|| c.verbs.first().copied());
    let copula = c
        .verbs
        .iter()
        .any(|&k| lemma_is(&words[k], ctx.forms[k], "copula"));
    let adj_before = copula
        && first_adj.zip(main).is_some_and(|(a, m)| {
            a < m
                && c.words
                    .iter()
                    .any(|&k| k > a && k < m && words[k].upos == Upos::Cconj && ctx.free(k))
        });
    if let (Some(m), false) = (main, adj_before) {
        c.head = Some(m);
    } else if let (Some(f), false) = (verb, copula) {
        // The last non-finite verb of the complex (`günstiger werden müssten` hangs on
        // `werden`), else the finite verb.
        c.head = Some(c.verbs.iter().copied().rfind(|&k| k != f).unwrap_or(f));
    } else if let Some(f) = verb {
        // A copula: the predicate is a predicative adjective, a second nominative, or a
        // prepositional phrase.
        let adj = predicative_adjective(c, ctx);
        // A copula takes no object: its phrase beside the subject is the predicate, whatever
        // case was tagged (`Wir sind die grünen Lotsen`), unless it is a dative or genitive.
        let nominal = rest
            .iter()
            .copied()
            .find(|&p| ctx.chunks.phrases[p].case.contains(Case::Nom))
            .or_else(|| {
                rest.iter().copied().find(|&p| {
                    let case = ctx.chunks.phrases[p].case;
                    copula
                        && c.subject.is_some()
                        && case != CaseSet::only(Case::Dat)
                        && case != CaseSet::only(Case::Gen)
                })
            });
        // An adjective right before the predicative noun grades it (`ist eigentlich kein
        // Hotel`).
        let adj = adj.filter(|&a| nominal.is_none_or(|p| ctx.chunks.phrases[p].start != a + 1));
        if let Some(a) = adj {
            c.head = Some(a);
        } else if let Some(p) = nominal {
            c.predicate = Some(p);
            c.head = Some(ctx.chunks.phrases[p].head);
        } else {
            c.head = Some(f);
        }
    }
    for p in rest {
        if Some(p) == c.predicate {
            continue;
        }
        let case = ctx.chunks.phrases[p].case;
        if case.contains(Case::Acc) && case != CaseSet::ANY {
            c.objects.push(p);
        } else if case.contains(Case::Dat) && case != CaseSet::ANY {
            c.datives.push(p);
        } else if case == CaseSet::only(Case::Nom) && main.is_some() && c.subject.is_some() {
            // A second "nominative" beside a main verb's subject is a mis-tagged object.
            c.objects.push(p);
        }
    }
}

/// The predicative adjective of a copula clause: the last of the first run of adjectives
/// (`war sichtlich enttäuscht`; `war sehr nett und die Atmosphäre ruhig`: `nett`, the later
/// ones being its conjuncts).
fn predicative_adjective(c: &Clause, ctx: &Ctx) -> Option<usize> {
    let is_adj = |k: usize| ctx.free(k) && ctx.words[k].upos == Upos::Adj;
    let first = c.words.iter().copied().find(|&k| is_adj(k))?;
    let mut last = first;
    while c.words.binary_search(&(last + 1)).is_ok() && is_adj(last + 1) {
        last += 1;
    }
    Some(last)
}
