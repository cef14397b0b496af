//! What is in a clause: its verbal complex (finite verb, auxiliaries and modals, separable
//! particle), its predicate, mood and voice, its subject (the nominative phrase that agrees
//! with the finite verb) and its objects.

use super::clauses::{is_finite, lemma_is, Clause, ClauseKind, ClauseLink, Ctx};
use super::closed_class::ClosedClasses;
use super::phrases::{Attachment, Phrase};
use super::segments::is_infinitive_marker;
use super::tagger::pronoun_paradigm;
use super::token::{Case, CaseSet, Mood, Person, Upos, VerbForm, Word};

/// Pronoun forms whose number the form does not tell (`sie` is `she` and `they`, the
/// relative `die` and `welche` take the number of their antecedent): the tagger's guess of
/// their number is no evidence against a subject.
const NUMBERLESS_PRONOUNS: [&str; 3] = ["sie", "die", "welche"];

/// How badly a phrase disagrees with a finite verb: number counts more than person
/// (taggers guess the person of `möchte`, `sagte` from context).
fn disagreement(p: &Phrase, verb: &Word, head_form: &str, pron: bool) -> i8 {
    let mut penalty = 0;
    let numberless = pron
        && NUMBERLESS_PRONOUNS
            .iter()
            .any(|f| f.eq_ignore_ascii_case(head_form));
    if let (Some(a), Some(b), false) = (p.number, verb.feats.number, numberless) {
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

/// The score (in half points) of a subject candidate whose case was tagged accusative but
/// whose determiner allows the nominative.
const FALLBACK: i8 = 3;

/// Whether a finite verb's form is one of an auxiliary or modal (`data/closed_class.tsv`
/// lists `könne`, `hatte`, `wird` as AUX), whatever the tagger made of it.
fn auxiliary_form(form: &str) -> bool {
    ClosedClasses::builtin().lists(form, Upos::Aux)
}

/// Whether verb `k` is a zu-infinitive: after `zu`, or with `zu` inside it
/// (`einzufordern`; not `zugeschlagen`, whose `zu` is its particle).
fn zu_infinitive(ctx: &Ctx, k: usize) -> bool {
    (k > 0 && is_infinitive_marker(&ctx.words[k - 1], ctx.forms[k - 1]))
        || (ctx.words[k].xpos == "VVIZU"
            && ctx.forms[k]
                .to_lowercase()
                .rfind("zu")
                .is_some_and(|i| i > 0))
}

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
        // A zu-infinitive is never finite (`europäische Solidarität einzufordern`).
        c.promoted = if verb_final {
            c.verbs.last()
        } else {
            c.verbs.first()
        }
        .copied()
        .filter(|&k| !zu_infinitive(ctx, k));
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
            && !auxiliary_form(ctx.forms[f])
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
            && !zu_infinitive(ctx, f)
            && !shares_subject
    }) {
        c.subject = subject(c, ctx, &bare, f);
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

/// The subject among a clause's bare phrases, for finite verb `f`.
///
/// Scores in half points. A nominative pronoun (`er`, `wir`) is the surest subject; an
/// unambiguous nominative phrase the next; a pronoun whose paradigm has the nominative
/// (`sie`, a relative `die`) is one whatever case was tagged; a noun phrase tagged
/// accusative only when nothing else is there (the tagger's case is a guess: `die
/// Polizei`) and its determiner's paradigm allows the nominative (`den Vorschlag`, `einen
/// Raum` never are). A pronoun that cannot be nominative (`ihn`, `ihm`, `uns`) never is.
/// Among equals, the phrase in the subject's usual place wins: the first of the clause, or
/// the one right after the finite verb.
fn subject(c: &Clause, ctx: &Ctx, bare: &[usize], f: usize) -> Option<usize> {
    let words = ctx.words;
    let first = bare.first().copied();
    // `Es besteht kein Zusammenhang`: a placeholder `es` yields to a phrase whose
    // determiner makes it nominative (not beside a copula: `es sei ein Witz`).
    let copula = c
        .verbs
        .iter()
        .any(|&k| lemma_is(&words[k], ctx.forms[k], "copula"));
    let nominative_phrase = !copula
        && bare.iter().any(|&p| {
            let ph = &ctx.chunks.phrases[p];
            words[ph.head].upos != Upos::Pron && ph.paradigm == CaseSet::only(Case::Nom)
        });
    let mut best: Option<(i8, usize)> = None;
    for &p in bare {
        let ph = &ctx.chunks.phrases[p];
        let head = ph.head;
        let pron = words[head].upos == Upos::Pron;
        let paradigm = if pron {
            pronoun_paradigm(ctx.forms[head])
        } else {
            None
        };
        if paradigm.is_some_and(|set| !set.contains(Case::Nom))
            || (nominative_phrase && ctx.forms[head].eq_ignore_ascii_case("es"))
        {
            continue;
        }
        // A werden-passive has no accusative object: a phrase tagged accusative that
        // its determiner allows to be nominative is its subject (`wenn mehr Gäste
        // erwartet werden`).
        let case = if c.passive && !pron && ph.paradigm.contains(Case::Nom) {
            ph.case.with(Case::Nom)
        } else {
            ph.case
        };
        let nominative = if paradigm == Some(CaseSet::only(Case::Nom)) {
            // `ich`, `man`, `wer`: nominative by their paradigm, whatever was tagged (and
            // whatever person the tagger guessed for the verb: `die ich höre`).
            10
        } else if case == CaseSet::only(Case::Nom) {
            6
        } else if case.contains(Case::Nom) || case.is_empty() || paradigm.is_some() {
            4
        } else if case.contains(Case::Acc) && !pron && ph.paradigm.contains(Case::Nom) {
            FALLBACK
        } else {
            continue;
        };
        let base = nominative + 2 * i8::from(pron)
            - 2 * disagreement(ph, &words[f], ctx.forms[head], pron);
        if base <= 0 {
            continue;
        }
        let place = Some(p) == first || ph.start == f + 1;
        let score = base + i8::from(place);
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, p));
        }
    }
    best.map(|(_, p)| p)
}
