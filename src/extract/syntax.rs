//! What attribution reads from the grammar layer ([`crate::grammar`]): the clause a cue
//! stands in, that clause's subjects (the nominative phrase agreeing with the finite verb,
//! its conjuncts, the name in apposition to it), its mood, and which words stand in an
//! object or dative position (never the speaker).
//!
//! The analysis is computed on demand ([`Grammar`]): only for the sentences and words a
//! decision of attribution asks about, at most once per sentence and window. A sentence of
//! up to [`WHOLE_TOKENS`] tokens (news sentences nearly always) is analysed whole; of a
//! longer one (run-on text), only a window of [`REACH`] tokens either side of the word
//! asked about, so that the work stays linear and small however long the sentence. All
//! word indices given to and returned by a [`Window`] are the sentence's token indices,
//! as both layers tokenise with [`crate::text::tokenize`].

use super::entity::Resolved;
use crate::grammar::phrases::Attachment;
use crate::grammar::{
    Clause, ClauseKind, ClauseLink, Mood, SentenceAnalysis, Tagger, Upos, VerbForm,
};
use crate::text::{Token, TokenKind};
use std::cell::RefCell;
use std::rc::Rc;

/// Sentences of up to this many tokens are analysed whole.
pub const WHOLE_TOKENS: usize = 96;

/// A window of a longer sentence reaches this many tokens before and after the word
/// it is made for (less where it is cut at a clause boundary near its edge).
pub const REACH: usize = 40;

/// A window answers for a word at least this many tokens inside its edges (the
/// sentence's own edges aside): nearer, its clause may be cut off.
const MARGIN: usize = 12;

/// Analyses one tokenised sentence (or window of one).
pub fn analyse(text: &str, tokens: &[Token]) -> SentenceAnalysis {
    let words = crate::grammar::contractions::tag_tokens(Tagger::builtin(), text, tokens);
    let forms: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    SentenceAnalysis::new(&forms, words)
}

/// The grammar analysis of one sentence, made on demand and kept: a sentence no decision
/// asks about is never analysed, and none is analysed twice.
#[derive(Debug, Default)]
pub struct Grammar {
    windows: RefCell<Vec<Rc<Window>>>,
}

impl Grammar {
    /// The analysis that answers for word `k` of the sentence with `tokens`: one made
    /// before, else a new one of the whole sentence or of a window around `k`.
    pub fn at(&self, text: &str, tokens: &[Token], k: usize) -> Option<Rc<Window>> {
        let n = tokens.len();
        if k >= n {
            return None;
        }
        if let Some(w) = self.windows.borrow().iter().find(|w| w.answers(k, n)) {
            return Some(Rc::clone(w));
        }
        let (lo, hi) = window_around(text, tokens, k);
        let window = Rc::new(Window {
            lo,
            analysis: analyse(text, &tokens[lo..hi]),
        });
        self.windows.borrow_mut().push(Rc::clone(&window));
        Some(window)
    }

    /// How many windows were analysed (the whole sentence counts as one).
    #[cfg(test)]
    pub fn analysed(&self) -> usize {
        self.windows.borrow().len()
    }
}

/// Whether a token ends a clause: a comma, semicolon, colon or dash.
fn is_boundary(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.text(text), "," | ";" | ":" | "–" | "—")
}

/// The tokens `[lo, hi)` to analyse for word `k`: the whole sentence if it is short,
/// else [`REACH`] tokens either side, each edge moved in to a clause boundary within
/// [`MARGIN`] tokens of it.
fn window_around(text: &str, tokens: &[Token], k: usize) -> (usize, usize) {
    let n = tokens.len();
    if n <= WHOLE_TOKENS {
        return (0, n);
    }
    let mut lo = k.saturating_sub(REACH);
    let mut hi = (k + REACH + 1).min(n);
    if lo > 0 {
        if let Some(b) = (lo..(lo + MARGIN).min(k)).find(|&i| is_boundary(text, &tokens[i])) {
            lo = b + 1;
        }
    }
    if hi < n {
        if let Some(b) = ((hi - MARGIN).max(k + 1)..hi)
            .rev()
            .find(|&i| is_boundary(text, &tokens[i]))
        {
            hi = b;
        }
    }
    (lo, hi)
}

/// The analysis of the tokens from `lo` of one sentence.
#[derive(Debug)]
pub struct Window {
    lo: usize,
    analysis: SentenceAnalysis,
}

/// One subject of a clause, as attribution sees it.
#[derive(Debug, Clone)]
pub struct Subject<'m> {
    /// The mention that stands for it.
    pub mention: &'m Resolved,
    /// How it was found (for `--trace`).
    pub why: &'static str,
}

/// One subject phrase (or conjunct of one) of a clause: its sentence token range
/// `[start, end)`, its head word, and the mention that stands for it, if any.
#[derive(Debug, Clone)]
pub struct SubjectPhrase<'m> {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The head word.
    pub head: usize,
    /// The mention found for it, as [`Window::subjects`] finds it.
    pub subject: Option<Subject<'m>>,
}

impl Window {
    /// One past the last sentence token analysed.
    fn hi(&self) -> usize {
        self.lo + self.analysis.words.len()
    }

    /// Whether the window answers for word `k` of a sentence of `n` tokens.
    fn answers(&self, k: usize, n: usize) -> bool {
        let (lo, hi) = (self.lo, self.hi());
        k >= lo && k < hi && (lo == 0 || k >= lo + MARGIN) && (hi >= n || k + MARGIN < hi)
    }

    /// Word `k` of the sentence as an index into the analysis.
    fn local(&self, k: usize) -> Option<usize> {
        k.checked_sub(self.lo)
            .filter(|&i| i < self.analysis.words.len())
    }

    /// The clause word `k` belongs to: the clause whose verbal complex holds it, else
    /// the clause whose words hold it.
    fn clause_of(&self, k: usize) -> Option<&Clause> {
        let k = self.local(k)?;
        let a = &self.analysis;
        a.clauses
            .iter()
            .find(|c| c.verbs.contains(&k) || c.particle == Some(k) || c.head == Some(k))
            .or_else(|| a.clauses.iter().find(|c| c.words.contains(&k)))
    }

    /// Whether word `k` is the finite verb or part of the verbal complex of a Konjunktiv
    /// clause that hangs on no other (reported speech carried on, not a `dass`-clause).
    pub fn in_reported_main_clause(&self, k: usize) -> bool {
        let Some(i) = self.local(k) else {
            return false;
        };
        self.clause_of(k).is_some_and(|c| {
            c.mood == Some(Mood::Sub)
                && c.parent.is_none()
                && c.kind() == ClauseKind::Main
                && c.finite.is_some_and(|f| f != i || c.verbs.len() == 1)
        })
    }

    /// The clauses that hang on no other clause, or only as a conjunct: main clauses
    /// and their coordinated main clauses.
    fn top_clauses(&self) -> impl Iterator<Item = &Clause> {
        let clauses = &self.analysis.clauses;
        clauses.iter().filter(move |c| {
            c.kind() == ClauseKind::Main
                && match c.parent {
                    None => true,
                    Some((p, ClauseLink::Conj)) => {
                        clauses[p].kind() == ClauseKind::Main && clauses[p].parent.is_none()
                    }
                    Some(_) => false,
                }
        })
    }

    /// The finite verb of the first main clause that hangs on no other (for its
    /// subject), as a sentence token index.
    pub fn main_verb(&self) -> Option<usize> {
        self.top_clauses()
            .find_map(|c| c.finite.or(c.head))
            .map(|f| self.lo + f)
    }

    /// The finite verbs of the main clauses in the Konjunktiv (reported speech carried
    /// on: `Die Lage sei ernst`, `Man hätte früher handeln müssen`), as sentence token
    /// indices, each with whether its form is a Konjunktiv I (`sei`, `seien`, `habe`,
    /// `gehe`: the present stem with `-e`), which narration does not use, unlike the
    /// Konjunktiv II (`wäre`, `würde`, `gäbe`).
    pub fn reported_main_verbs(&self, text: &str, tokens: &[Token]) -> Vec<(usize, bool)> {
        self.top_clauses()
            .filter(|c| c.mood == Some(Mood::Sub))
            .filter_map(|c| c.finite)
            .filter_map(|f| {
                let k = self.lo + f;
                let form = tokens[k].text(text).to_lowercase();
                // `möchte` is the polite indicative of wanting, not reported speech.
                if form.starts_with("möcht") {
                    return None;
                }
                let lemma = self.analysis.words[f].lemma.as_deref();
                Some((k, super::konjunktiv_one::konjunktiv_one(&form, lemma)))
            })
            .collect()
    }

    /// The subject phrase of the clause of word `k`, as sentence token indices
    /// `(start, end, head)` with `end` exclusive.
    pub fn subject_phrase(&self, k: usize) -> Option<(usize, usize, usize)> {
        let clause = self.clause_of(k)?;
        let phrase = &self.analysis.phrases[clause.subject?];
        Some((
            self.lo + phrase.start,
            self.lo + phrase.end,
            self.lo + phrase.head,
        ))
    }

    /// Whether word `k` stands in a clause that may carry a claim of reported content: a
    /// main clause or a verb-second complement, not a subordinate or relative clause.
    pub fn in_claim_clause(&self, k: usize) -> bool {
        self.clause_of(k)
            .is_none_or(|c| matches!(c.kind(), ClauseKind::Main | ClauseKind::Complement))
    }

    /// Whether the verbal complex of the clause of word `k` holds an infinitive besides
    /// `k` (a modal with its verb: `soll … erlauben`, `sollen … bestraft werden`).
    pub fn with_infinitive(&self, k: usize) -> bool {
        let a = &self.analysis;
        let own = self.local(k);
        self.clause_of(k).is_some_and(|c| {
            c.verbs
                .iter()
                .any(|&v| Some(v) != own && a.words[v].feats.verb_form == Some(VerbForm::Inf))
        })
    }

    /// Whether the modal at word `k` is the reportative `sollen` (`soll … getötet worden
    /// sein`, `sollen sich verschworen haben`): hearsay, not a demand.
    pub fn reportative_modal(&self, k: usize) -> bool {
        let a = &self.analysis;
        // The complex ends in `haben`/`sein` after another non-finite verb (the
        // participle, whatever tag the tagger gave it): modal, participle, auxiliary.
        self.clause_of(k).is_some_and(|c| {
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

    /// The phrase's sentence token range, `[start, end)`.
    fn range(&self, p: usize) -> (usize, usize) {
        let ph = &self.analysis.phrases[p];
        (self.lo + ph.start, self.lo + ph.end)
    }

    /// A mention that can stand for the phrase `p`: one covering its head word (or the
    /// name inside it), else the first one starting inside it that is no genitive
    /// attribute.
    fn mention_of<'m>(&self, p: usize, mentions: &'m [Resolved]) -> Option<&'m Resolved> {
        let (start, end) = self.range(p);
        let phrase = &self.analysis.phrases[p];
        let head = self.lo + phrase.head;
        let name = phrase.name.map(|n| self.lo + n);
        let covers = |m: &&Resolved, k: usize| m.first <= k && k <= m.last;
        let free = |m: &&Resolved| m.preposition.is_none() && !m.genitive;
        mentions
            .iter()
            .filter(free)
            .find(|m| covers(m, head) || name.is_some_and(|n| covers(m, n)))
            .or_else(|| {
                mentions
                    .iter()
                    .filter(free)
                    .find(|m| m.first >= start && m.first < end)
            })
    }

    /// The subjects of the clause of word `k`: the subject phrase and its conjuncts,
    /// each as the name in apposition to it where there is one (`Der Sprecher des
    /// Präsidenten, Jan Novák, sagte`), else as the mention that covers it. Empty where
    /// the clause has no subject, or where the subject is a relative pronoun (its
    /// antecedent is found by the caller) or a phrase no mention covers.
    pub fn subjects<'m>(&self, k: usize, mentions: &'m [Resolved]) -> Vec<Subject<'m>> {
        let mut out: Vec<Subject<'m>> = Vec::new();
        for s in self
            .subject_phrases(k, mentions)
            .into_iter()
            .filter_map(|p| p.subject)
        {
            if !out
                .iter()
                .any(|o| o.mention.entity.same_as(&s.mention.entity))
            {
                out.push(s);
            }
        }
        out
    }

    /// The subject phrase of the clause of word `k` and its conjuncts, in order, each
    /// with the mention that stands for it where there is one (see [`Window::subjects`]).
    /// Empty where the clause has no subject or it is a relative pronoun.
    pub fn subject_phrases<'m>(
        &self,
        k: usize,
        mentions: &'m [Resolved],
    ) -> Vec<SubjectPhrase<'m>> {
        let a = &self.analysis;
        let Some(clause) = self.clause_of(k) else {
            return Vec::new();
        };
        let mut out: Vec<SubjectPhrase<'m>> = Vec::new();
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
                .filter_map(|q| self.mention_of(q, mentions))
                .find(|m| m.entity.kind == super::entity::ActorKind::Person);
            let found = match apposition {
                Some(m) => Some(Subject {
                    mention: m,
                    why: "name in apposition to the subject",
                }),
                None => self.mention_of(p, mentions).map(|m| Subject {
                    mention: m,
                    why: if p == clause.subject.unwrap_or(p) {
                        "subject of the cue's clause"
                    } else {
                        "coordinated subject"
                    },
                }),
            };
            let (start, end) = self.range(p);
            out.push(SubjectPhrase {
                start,
                end,
                head: self.lo + phrase.head,
                subject: found,
            });
        }
        out
    }

    /// Whether the mention stands in an accusative or dative object of any clause: an
    /// object, never the speaker.
    pub fn in_object(&self, m: &Resolved) -> bool {
        let a = &self.analysis;
        let inside = |q: usize| {
            let (s, e) = self.range(q);
            m.first >= s && m.first < e
        };
        a.clauses.iter().any(|c| {
            c.objects.iter().chain(&c.datives).any(|&p| {
                inside(p)
                    || a.conjuncts(p).into_iter().any(inside)
                    || a.appositions(p).into_iter().any(inside)
            })
        }) && !(0..a.phrases.len()).any(|p| {
            // A mention that is (also) a subject is not an object.
            inside(p) && a.clauses.iter().any(|c| c.subject == Some(p))
        })
    }

    /// A one-line account of the clause of word `k` for `--trace`.
    pub fn describe(&self, k: usize, forms: &dyn Fn(usize) -> String) -> String {
        let Some(c) = self.clause_of(k) else {
            return "no clause".into();
        };
        let phrase = |p: usize| {
            let (s, e) = self.range(p);
            (s..e).map(forms).collect::<Vec<_>>().join(" ")
        };
        let subjects: Vec<String> = self.analysis.subjects(c).into_iter().map(phrase).collect();
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

    /// Whether word `k` is a proper noun in the analysis.
    pub fn is_proper_noun(&self, k: usize) -> bool {
        self.local(k)
            .and_then(|i| self.analysis.words.get(i))
            .is_some_and(|w| w.upos == Upos::Propn)
    }

    /// Whether word `k` is a verb (full verb, auxiliary or modal) in the analysis.
    pub fn is_verb(&self, k: usize) -> bool {
        self.local(k)
            .and_then(|i| self.analysis.words.get(i))
            .is_some_and(|w| matches!(w.upos, Upos::Verb | Upos::Aux))
    }

    /// Whether word `k` is a common noun in the analysis.
    pub fn is_common_noun(&self, k: usize) -> bool {
        self.local(k)
            .and_then(|i| self.analysis.words.get(i))
            .is_some_and(|w| w.upos == Upos::Noun)
    }

    /// Whether word `k` is an adjective in the analysis (an attributive participle: `in
    /// einem veröffentlichten Bericht`).
    pub fn is_adjective(&self, k: usize) -> bool {
        self.local(k)
            .and_then(|i| self.analysis.words.get(i))
            .is_some_and(|w| w.upos == Upos::Adj)
    }

    /// Whether the noun phrase headed by word `k` stands in a prepositional phrase, or is
    /// a later conjunct or genitive attribute of one (`für die Prüfung des Antrages und
    /// seine Entscheidung`): an adverbial, not the object of the clause's verb.
    pub fn in_prepositional_phrase(&self, k: usize) -> bool {
        let a = &self.analysis;
        let Some(mut p) = self.local(k).and_then(|i| a.phrase_headed_by(i)) else {
            return false;
        };
        // Up the attachments to the phrase of the clause (bounded: each step goes up).
        for _ in 0..a.phrases.len() {
            let phrase = &a.phrases[p];
            if phrase.prep.is_some() {
                return true;
            }
            match phrase.attachment {
                Attachment::Conj(q) | Attachment::Genitive(q) | Attachment::Appos(q) if q != p => {
                    p = q;
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether word `k` stands in a relative clause (`die Organisation, die … ausübt,`).
    pub fn in_relative_clause(&self, k: usize) -> bool {
        self.clause_of(k)
            .is_some_and(|c| c.kind() == ClauseKind::Relative)
    }

    /// The accusative object of word `k`'s clause that stands before it (fronted: `Den
    /// Vorschlag lehnt er ab`): its first word and one past its last.
    pub fn object_before(&self, k: usize) -> Option<(usize, usize)> {
        let c = self.clause_of(k)?;
        c.objects
            .iter()
            .map(|&p| self.range(p))
            .filter(|&(s, e)| s < k && e <= k)
            .min()
    }

    /// The head words of the subject and the accusative objects of word `k`'s clause.
    pub fn argument_heads(&self, k: usize) -> Vec<usize> {
        let Some(c) = self.clause_of(k) else {
            return Vec::new();
        };
        let a = &self.analysis;
        (c.objects.iter().copied().chain(c.subject))
            .filter_map(|p| a.phrases.get(p))
            .map(|phrase| self.lo + phrase.head)
            .collect()
    }

    /// The first word of the accusative object that follows word `k` in its clause.
    pub fn object_after(&self, k: usize) -> Option<usize> {
        let c = self.clause_of(k)?;
        c.objects
            .iter()
            .map(|&p| self.range(p).0)
            .filter(|&s| s > k)
            .min()
    }
}

#[cfg(test)]
mod tests;
