//! The analysis of one sentence, computed once: tagged words, phrases, clauses and
//! dependency links, with every noun's, name's and pronoun's case decided.

use super::clauses::{clauses, Clause, ClauseKind};
use super::deps::{links, Link};
use super::phrases::{chunk, preposition_cases, Attachment, Phrase};
use super::tagger::Tagger;
use super::token::{Case, CaseSet, Mood, Upos, VerbForm, Word};
use crate::text::{split_sentences, tokenize};

/// One sentence analysed: what extraction reads.
#[derive(Debug, Clone)]
pub struct SentenceAnalysis {
    /// The words, their case narrowed to the one the analysis decided on.
    pub words: Vec<Word>,
    /// Noun phrases (with prepositional phrases, coordinations, appositions).
    pub phrases: Vec<Phrase>,
    /// Clauses, the main clause first among those without parent.
    pub clauses: Vec<Clause>,
    /// Per word, its dependency link where the analysis found one.
    pub links: Vec<Option<Link>>,
}

/// Preference among cases the words leave open: clause-level phrases are most often
/// nominative, then accusative; prepositional phrases most often dative.
const FREE_ORDER: [Case; 4] = [Case::Nom, Case::Acc, Case::Dat, Case::Gen];
const PREP_ORDER: [Case; 4] = [Case::Dat, Case::Acc, Case::Gen, Case::Nom];

fn pick(set: CaseSet, order: &[Case; 4]) -> Case {
    order
        .iter()
        .copied()
        .find(|&c| set.contains(c))
        .unwrap_or(order[0])
}

impl SentenceAnalysis {
    /// Analyses one tagged sentence; `forms` are its words' texts (as many as `words`).
    pub fn new(forms: &[&str], mut words: Vec<Word>) -> SentenceAnalysis {
        let n = forms.len().min(words.len());
        words.truncate(n);
        let forms = &forms[..n];
        super::attributive::sentence_initial(forms, &mut words);
        super::nonfinite::participles(forms, &mut words);
        let chunks = chunk(&words, forms);
        let clauses = clauses(&words, forms, &chunks);
        let links = links(n, &chunks, &clauses);
        let mut analysis = SentenceAnalysis {
            words,
            phrases: chunks.phrases,
            clauses,
            links,
        };
        analysis.resolve_cases(forms);
        super::nonfinite::settle(forms, &mut analysis.words, &analysis.clauses);
        super::nonfinite::auxiliaries(forms, &mut analysis.words, &analysis.clauses);
        super::mood::settle(
            forms,
            &mut analysis.words,
            &analysis.phrases,
            &mut analysis.clauses,
        );
        for c in &analysis.clauses {
            if let Some(v) = c.promoted {
                let f = &mut analysis.words[v].feats;
                f.verb_form = Some(VerbForm::Fin);
                f.mood = f.mood.or(Some(Mood::Ind));
            }
        }
        analysis
    }

    /// Decides each phrase's case from its role, its preposition and its anchor, and
    /// writes it to its words.
    fn resolve_cases(&mut self, forms: &[&str]) {
        let mut role: Vec<Option<Case>> = vec![None; self.phrases.len()];
        for c in &self.clauses {
            if let Some(s) = c.subject {
                role[s] = Some(Case::Nom);
            }
            if let Some(p) = c.predicate {
                role[p] = Some(Case::Nom);
            }
            for &o in &c.objects {
                role[o] = Some(Case::Acc);
            }
            for &o in &c.datives {
                role[o] = Some(Case::Dat);
            }
        }
        let mut decided: Vec<Case> = Vec::with_capacity(self.phrases.len());
        for (p, ph) in self.phrases.iter().enumerate() {
            let case = match (role[p], ph.attachment) {
                (Some(c), _) => c,
                (None, Attachment::Conj(a) | Attachment::Appos(a)) if a < p => {
                    let anchor = decided[a];
                    if ph.case.contains(anchor) {
                        anchor
                    } else {
                        pick(ph.case, &FREE_ORDER)
                    }
                }
                (None, Attachment::Genitive(_)) => Case::Gen,
                _ => match ph.prep {
                    Some(prep) => {
                        let governed = preposition_cases(forms[prep]).unwrap_or(CaseSet::ANY);
                        let both = ph.case.intersect(governed);
                        pick(if both.is_empty() { ph.case } else { both }, &PREP_ORDER)
                    }
                    None => pick(ph.case, &FREE_ORDER),
                },
            };
            decided.push(case);
        }
        // Outer phrases first, so that inner phrases overwrite their own words.
        for (ph, &case) in self.phrases.iter().zip(&decided) {
            for (k, w) in self
                .words
                .iter_mut()
                .enumerate()
                .take(ph.end)
                .skip(ph.start)
            {
                let nominal = matches!(w.upos, Upos::Noun | Upos::Propn | Upos::Pron);
                let prenominal_genitive = k < ph.head && w.feats.case == CaseSet::only(Case::Gen);
                // A pronoun keeps to its paradigm (`wir` is nominative whatever its phrase).
                let paradigm = (w.upos == Upos::Pron)
                    .then(|| super::tagger::pronoun_paradigm(forms[k]))
                    .flatten();
                if prenominal_genitive || paradigm.is_some_and(|p| !p.contains(case)) {
                    continue;
                }
                if nominal
                    || (matches!(w.upos, Upos::Det | Upos::Adj) && w.feats.case.contains(case))
                {
                    w.feats.case = CaseSet::only(case);
                }
            }
        }
        for w in &mut self.words {
            if matches!(w.upos, Upos::Noun | Upos::Propn | Upos::Pron)
                && w.feats.case.single().is_none()
            {
                w.feats.case = CaseSet::only(pick(w.feats.case, &FREE_ORDER));
            }
        }
    }

    /// The main clause: the first clause that hangs on no other.
    pub fn main_clause(&self) -> Option<&Clause> {
        self.clauses
            .iter()
            .find(|c| c.parent.is_none() && c.kind() == ClauseKind::Main && c.head.is_some())
    }

    /// The phrase and its later conjuncts (`Frankreich, Spanien und die Niederlande`).
    pub fn conjuncts(&self, phrase: usize) -> Vec<usize> {
        let mut out = vec![phrase];
        out.extend(
            (0..self.phrases.len())
                .filter(|&q| self.phrases[q].attachment == Attachment::Conj(phrase)),
        );
        out
    }

    /// The phrases in apposition to a phrase (`der Oppositionsführer, John Miller,`).
    pub fn appositions(&self, phrase: usize) -> Vec<usize> {
        (0..self.phrases.len())
            .filter(|&q| self.phrases[q].attachment == Attachment::Appos(phrase))
            .collect()
    }

    /// The subjects of a clause: its subject phrase and that phrase's conjuncts.
    pub fn subjects(&self, clause: &Clause) -> Vec<usize> {
        clause
            .subject
            .map(|s| self.conjuncts(s))
            .unwrap_or_default()
    }

    /// The phrase whose head is word `k`.
    pub fn phrase_headed_by(&self, k: usize) -> Option<usize> {
        self.phrases.iter().position(|p| p.head == k)
    }
}

/// Analyses one sentence of `text` (a byte range): tokens, tags, analysis.
pub fn analyse_sentence(tagger: &Tagger, text: &str, start: usize, end: usize) -> SentenceAnalysis {
    let tokens = tokenize(text, start, end);
    let words = super::contractions::tag_tokens(tagger, text, &tokens);
    let forms: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    SentenceAnalysis::new(&forms, words)
}

/// Analyses every sentence of a text, in order (sentences without words are skipped).
pub fn analyse_text(tagger: &Tagger, text: &str) -> Vec<SentenceAnalysis> {
    split_sentences(text, 0)
        .into_iter()
        .map(|s| analyse_sentence(tagger, text, s.start, s.end))
        .filter(|a| !a.words.is_empty())
        .collect()
}
