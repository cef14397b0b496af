//! What attribution reads from the grammar layer ([`crate::grammar`]): the clause a cue
//! stands in, that clause's subjects (the nominative phrase agreeing with the finite verb,
//! its conjuncts, the name in apposition to it), its mood, and which words stand in an
//! object or dative position (never the speaker).
//!
//! The analysis is computed once per sentence that attribution needs (one with a cue, a
//! quotation or a Konjunktiv form); word indices are the sentence's token indices, as both
//! layers tokenise with [`crate::text::tokenize`].

use super::view::Resolved;
use crate::grammar::{Clause, ClauseKind, Mood, SentenceAnalysis, Tagger, Upos, VerbForm};
use crate::text::Token;

/// Analyses one tokenised sentence.
pub fn analyse(text: &str, tokens: &[Token]) -> SentenceAnalysis {
    let words = Tagger::builtin().tag_tokens(text, tokens);
    let forms: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    SentenceAnalysis::new(&forms, words)
}

/// The clause word `k` belongs to: the clause whose verbal complex holds it, else the
/// clause whose words hold it.
pub fn clause_of(a: &SentenceAnalysis, k: usize) -> Option<&Clause> {
    a.clauses
        .iter()
        .find(|c| c.verbs.contains(&k) || c.particle == Some(k) || c.head == Some(k))
        .or_else(|| a.clauses.iter().find(|c| c.words.contains(&k)))
}

/// Whether word `k` is the finite verb or part of the verbal complex of a Konjunktiv
/// clause that hangs on no other (reported speech carried on, not a `dass`-clause).
pub fn in_reported_main_clause(a: &SentenceAnalysis, k: usize) -> bool {
    clause_of(a, k).is_some_and(|c| {
        c.mood == Some(Mood::Sub)
            && c.parent.is_none()
            && c.kind() == ClauseKind::Main
            && c.finite.is_some_and(|f| f != k || c.verbs.len() == 1)
    })
}

/// Whether word `k` stands in a clause that may carry a claim of reported content: a main
/// clause or a verb-second complement, not a subordinate or relative clause.
pub fn in_claim_clause(a: &SentenceAnalysis, k: usize) -> bool {
    clause_of(a, k).is_none_or(|c| matches!(c.kind(), ClauseKind::Main | ClauseKind::Complement))
}

/// Whether the modal at word `k` is the reportative `sollen` (`soll … getötet worden
/// sein`, `sollen sich verschworen haben`): hearsay, not a demand.
pub fn reportative_modal(a: &SentenceAnalysis, k: usize) -> bool {
    // The complex ends in `haben`/`sein` after another non-finite verb (the participle,
    // whatever tag the tagger gave it): modal, participle, auxiliary.
    clause_of(a, k).is_some_and(|c| {
        let perfect = c.verbs.last().is_some_and(|&v| {
            let w = &a.words[v];
            w.feats.verb_form == Some(VerbForm::Inf)
                && w.lemma
                    .as_deref()
                    .is_some_and(|l| l == "haben" || l == "sein")
        });
        perfect && c.verbs.len() >= 3
    })
}

/// The phrase's word range, `[start, end)`.
fn range(a: &SentenceAnalysis, p: usize) -> (usize, usize) {
    (a.phrases[p].start, a.phrases[p].end)
}

/// A mention that can stand for the phrase `p`: one covering its head word (or the name
/// inside it), else the first one starting inside it that is no genitive attribute.
fn mention_of<'m>(
    a: &SentenceAnalysis,
    p: usize,
    mentions: &'m [Resolved],
) -> Option<&'m Resolved> {
    let (start, end) = range(a, p);
    let phrase = &a.phrases[p];
    let covers = |m: &&Resolved, k: usize| m.first <= k && k <= m.last;
    let free = |m: &&Resolved| m.preposition.is_none() && !m.genitive;
    mentions
        .iter()
        .filter(free)
        .find(|m| covers(m, phrase.head) || phrase.name.is_some_and(|n| covers(m, n)))
        .or_else(|| {
            mentions
                .iter()
                .filter(free)
                .find(|m| m.first >= start && m.first < end)
        })
}

/// One subject of a clause, as attribution sees it.
#[derive(Debug, Clone)]
pub struct Subject<'m> {
    /// The mention that stands for it.
    pub mention: &'m Resolved,
    /// How it was found (for `--trace`).
    pub why: &'static str,
}

/// The subjects of the clause of word `k`: the subject phrase and its conjuncts, each as
/// the name in apposition to it where there is one (`Der Sprecher des Präsidenten, Jan
/// Novák, sagte`), else as the mention that covers it. Empty where the clause has no
/// subject, or where the subject is a relative pronoun (its antecedent is found by the
/// caller) or a phrase no mention covers.
pub fn subjects<'m>(a: &SentenceAnalysis, k: usize, mentions: &'m [Resolved]) -> Vec<Subject<'m>> {
    let Some(clause) = clause_of(a, k) else {
        return Vec::new();
    };
    let mut out: Vec<Subject<'m>> = Vec::new();
    for p in a.subjects(clause) {
        let phrase = &a.phrases[p];
        let relative = clause.kind() == ClauseKind::Relative
            && phrase.end - phrase.start == 1
            && matches!(a.words[phrase.head].upos, Upos::Pron | Upos::Det);
        if relative {
            return Vec::new();
        }
        let apposition = a
            .appositions(p)
            .into_iter()
            .filter_map(|q| mention_of(a, q, mentions))
            .find(|m| m.entity.kind == super::entity::ActorKind::Person);
        let found = match apposition {
            Some(m) => Some(Subject {
                mention: m,
                why: "name in apposition to the subject",
            }),
            None => mention_of(a, p, mentions).map(|m| Subject {
                mention: m,
                why: if p == clause.subject.unwrap_or(p) {
                    "subject of the cue's clause"
                } else {
                    "coordinated subject"
                },
            }),
        };
        if let Some(s) = found {
            if !out
                .iter()
                .any(|o| o.mention.entity.same_as(&s.mention.entity))
            {
                out.push(s);
            }
        }
    }
    out
}

/// Whether the mention stands in an accusative or dative object of any clause: an object,
/// never the speaker.
pub fn in_object(a: &SentenceAnalysis, m: &Resolved) -> bool {
    a.clauses.iter().any(|c| {
        c.objects.iter().chain(&c.datives).any(|&p| {
            let (start, end) = range(a, p);
            let inside = |q: usize| {
                let (s, e) = range(a, q);
                m.first >= s && m.first < e
            };
            (m.first >= start && m.first < end)
                || a.conjuncts(p).into_iter().any(inside)
                || a.appositions(p).into_iter().any(inside)
        })
    }) && !a.phrases.iter().enumerate().any(|(p, ph)| {
        // A mention that is (also) a subject is not an object.
        ph.start <= m.first && m.first < ph.end && a.clauses.iter().any(|c| c.subject == Some(p))
    })
}

/// A one-line account of the clause of word `k` for `--trace`.
pub fn describe(a: &SentenceAnalysis, k: usize, forms: &dyn Fn(usize) -> String) -> String {
    let Some(c) = clause_of(a, k) else {
        return "no clause".into();
    };
    let phrase = |p: usize| {
        let (s, e) = range(a, p);
        (s..e).map(forms).collect::<Vec<_>>().join(" ")
    };
    let subjects: Vec<String> = a.subjects(c).into_iter().map(phrase).collect();
    let objects: Vec<String> = c
        .objects
        .iter()
        .chain(&c.datives)
        .map(|&p| phrase(p))
        .collect();
    format!(
        "clause {:?} mood {:?}{} subject [{}] objects [{}]",
        c.kind(),
        c.mood,
        if c.passive { " passive" } else { "" },
        subjects.join(" | "),
        objects.join(" | ")
    )
}

/// Whether word `k` is a verb (full verb, auxiliary or modal) in the analysis.
pub fn is_verb(a: &SentenceAnalysis, k: usize) -> bool {
    a.words
        .get(k)
        .is_some_and(|w| matches!(w.upos, Upos::Verb | Upos::Aux))
}

/// The first word of the accusative object that follows word `k` in its clause.
pub fn object_after(a: &SentenceAnalysis, k: usize) -> Option<usize> {
    let c = clause_of(a, k)?;
    c.objects
        .iter()
        .map(|&p| a.phrases[p].start)
        .filter(|&s| s > k)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn analysed(text: &str) -> (SentenceAnalysis, Vec<String>) {
        let tokens = tokenize(text, 0, text.len());
        let forms = tokens.iter().map(|t| t.text(text).to_string()).collect();
        (analyse(text, &tokens), forms)
    }

    fn index(forms: &[String], word: &str) -> usize {
        forms
            .iter()
            .position(|f| f == word)
            .expect("word in sentence")
    }

    #[test]
    fn a_modal_in_konjunktiv_is_a_reported_main_clause() {
        let (a, forms) = analysed("So müsse die Regierung dem Einsatz zustimmen.");
        assert!(in_reported_main_clause(&a, index(&forms, "zustimmen")));
        let (a, forms) = analysed("Die Regierung stimmte dem Einsatz zu.");
        assert!(!in_reported_main_clause(&a, index(&forms, "stimmte")));
    }

    #[test]
    fn the_accusative_object_follows_the_verb() {
        let (a, forms) = analysed("Die USA lehnten die Aufnahme des Satzes zunächst ab.");
        assert_eq!(
            object_after(&a, index(&forms, "lehnten")),
            Some(index(&forms, "die"))
        );
    }

    #[test]
    fn reportative_sollen_takes_a_perfect_infinitive() {
        let (a, forms) = analysed("Sie sollen sich zum Sturz der Regierung verschworen haben.");
        assert!(reportative_modal(&a, index(&forms, "sollen")));
        let (a, forms) = analysed("Die Regierung soll das Gesetz ändern.");
        assert!(!reportative_modal(&a, index(&forms, "soll")));
    }
}
