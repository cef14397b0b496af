//! Clauses: where they begin and end and how they hang together.
//!
//! The sentence is cut into segments ([`super::segments`]); a subordinator, a relative
//! pronoun or a zu-infinitive opens a dependent clause; a segment that begins with a finite
//! verb after an interrupting clause continues the clause it interrupted (`Der Mann, der
//! dort steht, ist alt`). Each clause then gets its verbal complex, predicate, mood, subject
//! and objects ([`super::clause_roles`]).

use super::clause_roles::fill;
use super::phrases::{Attachment, Chunks};
use super::segments::{is_infinitive_marker, is_wh, segments};
use super::tagger::pronoun_paradigm;
use super::token::{Case, Mood, Upos, VerbForm, Word};
use std::collections::HashMap;
use std::sync::OnceLock;

/// What kind of clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseKind {
    /// A main clause (verb-second or verb-first).
    Main,
    /// A clause opened by a subordinator or a w-word, verb-final.
    Subordinate,
    /// A relative clause.
    Relative,
    /// A zu-infinitive (with or without `um`, `ohne`, `statt`).
    Infinitival,
    /// A verb-second clause after a comma that is the complement of the clause before
    /// (`Er sagte, die Löhne müssten steigen`).
    Complement,
}

/// How a clause hangs on its parent clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClauseLink {
    /// Complement clause (`dass`, `ob`, w-word, reported verb-second clause).
    Ccomp,
    /// Open complement: a zu-infinitive whose subject the parent supplies.
    Xcomp,
    /// Adverbial clause.
    Advcl,
    /// Relative clause (on a phrase of the parent).
    Relative,
    /// A later conjunct of the parent.
    Conj,
    /// Loosely joined (after a semicolon, colon or dash).
    Parataxis,
}

/// One clause of a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Clause {
    /// Its kind.
    pub kind: Option<ClauseKind>,
    /// Its own words in order (not those of clauses embedded in it).
    pub words: Vec<usize>,
    /// The subordinator, relative pronoun or infinitive marker that opens it.
    pub marker: Option<usize>,
    /// Its parent clause and how it hangs on it.
    pub parent: Option<(usize, ClauseLink)>,
    /// The finite verb.
    pub finite: Option<usize>,
    /// The verbal complex: finite verb, auxiliaries, modals, main verb, in order.
    pub verbs: Vec<usize>,
    /// The separable particle (`lehnten … ab`).
    pub particle: Option<usize>,
    /// The predicate: the main verb, or for a copula the adjective or noun it links.
    pub head: Option<usize>,
    /// A verb the tagger did not see as finite but that stands where the clause's finite
    /// verb stands (its mood is then taken as indicative).
    pub promoted: Option<usize>,
    /// The mood of the finite verb.
    pub mood: Option<Mood>,
    /// Whether it is a werden-passive.
    pub passive: bool,
    /// The subject phrase (an index into the sentence's phrases).
    pub subject: Option<usize>,
    /// The predicative phrase of a copula.
    pub predicate: Option<usize>,
    /// Accusative object phrases.
    pub objects: Vec<usize>,
    /// Dative object phrases.
    pub datives: Vec<usize>,
    /// Prepositional phrases of the clause (objects of the verb's frame or adverbials).
    pub preps: Vec<usize>,
}

impl Clause {
    /// The clause's kind (`Main` for a verbless fragment).
    pub fn kind(&self) -> ClauseKind {
        self.kind.unwrap_or(ClauseKind::Main)
    }
}

fn clause_words() -> &'static HashMap<&'static str, Vec<&'static str>> {
    static TABLE: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<&str, Vec<&str>> = HashMap::new();
        for line in include_str!("data/clause_words.tsv").lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some((role, word)) = line.split_once('\t') {
                table.entry(role).or_default().push(word.trim());
            }
        }
        table
    })
}

pub(super) fn has_role(role: &str, lemma_or_form: &str) -> bool {
    clause_words().get(role).is_some_and(|ws| {
        ws.iter().any(|w| w.eq_ignore_ascii_case(lemma_or_form))
            || (!lemma_or_form.is_ascii() && {
                let lower = lemma_or_form.to_lowercase();
                ws.iter().any(|w| *w == lower)
            })
    })
}

pub(super) fn lemma_is(w: &Word, form: &str, role: &str) -> bool {
    match &w.lemma {
        Some(l) => has_role(role, l),
        None => has_role(role, form),
    }
}

/// Whether a word is a finite verb.
pub fn is_finite(w: &Word) -> bool {
    matches!(w.upos, Upos::Verb | Upos::Aux)
        && (w.feats.mood.is_some() || w.feats.verb_form == Some(VerbForm::Fin))
}

/// A sentence's words, forms and phrases, as the clause rules read them.
pub(super) struct Ctx<'a> {
    pub(super) words: &'a [Word],
    pub(super) forms: &'a [&'a str],
    pub(super) chunks: &'a Chunks,
    /// Words tagged as verbs that cannot be one (see [`not_a_verb`]).
    not_verb: Vec<bool>,
}

impl Ctx<'_> {
    pub(super) fn free(&self, k: usize) -> bool {
        self.chunks.phrase_of[k].is_none()
    }
    pub(super) fn is_verb(&self, k: usize) -> bool {
        self.free(k) && matches!(self.words[k].upos, Upos::Verb | Upos::Aux) && !self.not_verb[k]
    }
    pub(super) fn is_fin(&self, k: usize) -> bool {
        self.is_verb(k) && is_finite(&self.words[k])
    }
    pub(super) fn is_zu_inf(&self, k: usize) -> bool {
        self.words[k].xpos == "VVIZU"
            || (k > 0
                && self.is_verb(k)
                && is_infinitive_marker(&self.words[k - 1], self.forms[k - 1]))
    }
}

/// Whether a clause still waits for its verb.
/// A verb the tagger took for an infinitive or participle may be the finite one, so a
/// clause with any verb is not waiting.
fn incomplete(c: &Clause, ctx: &Ctx) -> bool {
    !c.words.iter().any(|&k| ctx.is_verb(k))
}

/// Whether a word the tagger took for a verb cannot be one: a pronoun (`denen`), a
/// subordinator or w-adverb (`nachdem`, `weshalb`), or an unknown word tagged finite right
/// before a known finite verb (a clause has one finite verb: `Ansonsten war alles gut`).
fn not_a_verb(words: &[Word], forms: &[&str], k: usize) -> bool {
    let w = &words[k];
    if !matches!(w.upos, Upos::Verb | Upos::Aux) {
        return false;
    }
    pronoun_paradigm(forms[k]).is_some()
        || has_role("function_word", forms[k])
        || (w.lemma.is_none()
            && is_finite(w)
            && words
                .get(k + 1)
                .is_some_and(|n| n.lemma.is_some() && is_finite(n)))
}

/// The clauses of a sentence, with subjects and objects found.
pub fn clauses(words: &[Word], forms: &[&str], chunks: &Chunks) -> Vec<Clause> {
    let not_verb = (0..words.len())
        .map(|k| not_a_verb(words, forms, k))
        .collect();
    let ctx = Ctx {
        words,
        forms,
        chunks,
        not_verb,
    };
    let mut clauses: Vec<Clause> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    // Clauses before a semicolon or colon do not hang on clauses after it.
    let mut hard_start = 0;
    for seg in segments(&ctx) {
        let top = stack.last().copied();
        if seg.after.is_some_and(|a| matches!(forms[a], ";" | ":")) {
            hard_start = clauses.len();
        }
        let separator = seg.after.map(|a| forms[a]);
        if let Some((marker, kind)) = seg.opener {
            let (parent, link) = match (top, seg.coord) {
                (Some(t), true) if clauses[t].kind() == kind => {
                    (conj_root(&clauses, t), ClauseLink::Conj)
                }
                (Some(t), _) => (Some(t), link_for(kind, words, forms, marker)),
                (None, _) => (None, link_for(kind, words, forms, marker)),
            };
            clauses.push(Clause {
                kind: Some(kind),
                words: seg.words,
                marker: Some(marker),
                parent: parent.map(|p| (p, link)),
                ..Clause::default()
            });
            stack.push(clauses.len() - 1);
            continue;
        }
        if seg.coord && seg.has_verb {
            if let Some(t) = top {
                let kind = clauses[t].kind();
                let root = conj_root(&clauses, t).unwrap_or(t);
                clauses.push(Clause {
                    kind: Some(kind),
                    words: seg.words,
                    parent: Some((root, ClauseLink::Conj)),
                    ..Clause::default()
                });
                *stack.last_mut().unwrap() = clauses.len() - 1;
                continue;
            }
        }
        // Continue an interrupted clause that still waits for its verb, unless a colon or
        // semicolon came between (`Fazit: … lässt der Preis nicht darauf schließen`).
        let waiting = stack
            .iter()
            .rposition(|&c| c >= hard_start && incomplete(&clauses[c], &ctx));
        if let Some(pos) = waiting {
            let c = stack[pos];
            let fits = !seg.has_finite || incomplete(&clauses[c], &ctx);
            if fits && (seg.has_verb || pos + 1 == stack.len()) {
                stack.truncate(pos + 1);
                clauses[c].words.extend(seg.words);
                continue;
            }
        }
        // `Er hat, wie er sagte, nichts gewusst`: non-finite verbs complete the clause
        // whose finite auxiliary still lacks its main verb.
        if seg.has_verb && !seg.has_finite {
            let open = stack.iter().rposition(|&c| {
                let cl = &clauses[c];
                cl.words
                    .iter()
                    .any(|&k| ctx.is_fin(k) && words[k].upos == Upos::Aux)
                    && !cl
                        .words
                        .iter()
                        .any(|&k| ctx.is_verb(k) && words[k].upos == Upos::Verb)
            });
            if let Some(pos) = open {
                let c = stack[pos];
                stack.truncate(pos + 1);
                clauses[c].words.extend(seg.words);
                continue;
            }
        }
        if !seg.has_verb {
            if let Some(t) = top {
                clauses[t].words.extend(seg.words);
            } else {
                clauses.push(Clause {
                    words: seg.words,
                    ..Clause::default()
                });
                stack.push(clauses.len() - 1);
            }
            continue;
        }
        // A new main clause.
        let prev_main = stack.first().copied();
        let mut clause = Clause {
            kind: Some(ClauseKind::Main),
            words: seg.words,
            ..Clause::default()
        };
        let idx = clauses.len();
        if seg.starts_finite && separator == Some(",") {
            // `„…“, schrieb X` / `Wenn er kommt, gehe ich`: what came before hangs on this.
            for (j, c) in clauses.iter_mut().enumerate().skip(hard_start) {
                if c.parent.is_none() {
                    let link = match c.kind() {
                        ClauseKind::Main => ClauseLink::Ccomp,
                        ClauseKind::Infinitival => ClauseLink::Advcl,
                        ClauseKind::Subordinate => {
                            link_for(ClauseKind::Subordinate, words, forms, c.marker.unwrap_or(j))
                        }
                        _ => ClauseLink::Advcl,
                    };
                    c.parent = Some((idx, link));
                }
            }
        } else if let Some(pm) = prev_main.filter(|_| seg.has_finite) {
            let link = if separator == Some(",") && reports(&clauses[pm], &ctx) {
                clause.kind = Some(ClauseKind::Complement);
                ClauseLink::Ccomp
            } else {
                ClauseLink::Parataxis
            };
            clause.parent = Some((pm, link));
        } else if let Some(t) = top {
            clause.parent = Some((t, ClauseLink::Parataxis));
        }
        clauses.push(clause);
        stack.clear();
        stack.push(idx);
    }
    // Dependent clauses before their main clause hang on the next main clause.
    for j in 0..clauses.len() {
        if clauses[j].parent.is_none() && clauses[j].kind() != ClauseKind::Main {
            let next = (j + 1..clauses.len()).find(|&m| clauses[m].kind() == ClauseKind::Main);
            if let Some(m) = next {
                let link = link_for(
                    clauses[j].kind(),
                    words,
                    forms,
                    clauses[j].marker.unwrap_or(j),
                );
                clauses[j].parent = Some((m, link));
            }
        }
    }
    for c in &mut clauses {
        c.words.sort_unstable();
        fill(c, &ctx);
    }
    clauses
}

fn conj_root(clauses: &[Clause], mut c: usize) -> Option<usize> {
    while let Some((p, ClauseLink::Conj)) = clauses[c].parent {
        c = p;
    }
    Some(c)
}

fn link_for(kind: ClauseKind, words: &[Word], forms: &[&str], marker: usize) -> ClauseLink {
    match kind {
        ClauseKind::Relative => ClauseLink::Relative,
        ClauseKind::Infinitival if words[marker].upos == Upos::Sconj => ClauseLink::Advcl,
        ClauseKind::Infinitival => ClauseLink::Xcomp,
        ClauseKind::Subordinate => {
            if is_wh(&words[marker]) || lemma_is(&words[marker], forms[marker], "complementizer") {
                ClauseLink::Ccomp
            } else {
                ClauseLink::Advcl
            }
        }
        ClauseKind::Main | ClauseKind::Complement => ClauseLink::Ccomp,
    }
}

/// Whether a main clause can take the verb-second clause after its comma as complement:
/// it has a verb and nothing after its verbal complex but the subject (`sagte er,`,
/// `hat gesagt,`, `sagte der Minister,`), or its following clause is in the subjunctive.
fn reports(c: &Clause, ctx: &Ctx) -> bool {
    let Some(&last_verb) = c
        .words
        .iter()
        .rev()
        .find(|&&k| ctx.is_verb(k) || ctx.words[k].xpos == "PTKVZ")
    else {
        return false;
    };
    let after: Vec<usize> = c.words.iter().copied().filter(|&k| k > last_verb).collect();
    if after.is_empty() {
        return true;
    }
    // Only one nominative phrase after the verb.
    let phrase = ctx.chunks.phrase_of[after[0]];
    phrase.is_some()
        && after.iter().all(|&k| {
            ctx.chunks.phrase_of[k] == phrase
                || ctx.chunks.phrase_of[k]
                    .is_some_and(|p| ctx.chunks.phrases[p].attachment != Attachment::Free)
        })
        && phrase.is_some_and(|p| ctx.chunks.phrases[p].case.contains(Case::Nom))
}
