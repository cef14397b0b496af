//! Clauses: where they begin and end, how they hang together, and what is in them.
//!
//! Punctuation that does not join phrases splits a sentence into segments; a subordinator,
//! a relative pronoun or a zu-infinitive opens a dependent clause; a segment that begins
//! with a finite verb after an interrupting clause continues the clause it interrupted
//! (`Der Mann, der dort steht, ist alt`). Each clause then gets its verbal complex (finite
//! verb, auxiliaries and modals, separable particle), its predicate, its mood, its subject
//! (the nominative phrase that agrees with the finite verb) and its objects.

use super::phrases::{is_boundary, Attachment, Chunks, Phrase};
use super::tagger::pronoun_paradigm;
use super::token::{Case, CaseSet, Mood, Person, Upos, VerbForm, Word};
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

fn has_role(role: &str, lemma_or_form: &str) -> bool {
    clause_words().get(role).is_some_and(|ws| {
        ws.iter().any(|w| w.eq_ignore_ascii_case(lemma_or_form))
            || (!lemma_or_form.is_ascii() && {
                let lower = lemma_or_form.to_lowercase();
                ws.iter().any(|w| *w == lower)
            })
    })
}

fn lemma_is(w: &Word, form: &str, role: &str) -> bool {
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

fn is_infinitive_marker(w: &Word, form: &str) -> bool {
    w.xpos == "PTKZU" || (w.upos == Upos::Part && has_role("infinitive_marker", form))
}

fn is_relative(w: &Word) -> bool {
    w.xpos.starts_with("PREL")
}

fn is_wh(w: &Word) -> bool {
    w.xpos.starts_with("PW")
}

struct Ctx<'a> {
    words: &'a [Word],
    forms: &'a [&'a str],
    chunks: &'a Chunks,
}

impl Ctx<'_> {
    fn free(&self, k: usize) -> bool {
        self.chunks.phrase_of[k].is_none()
    }
    fn is_verb(&self, k: usize) -> bool {
        self.free(k) && matches!(self.words[k].upos, Upos::Verb | Upos::Aux)
    }
    fn is_fin(&self, k: usize) -> bool {
        self.is_verb(k) && is_finite(&self.words[k])
    }
    fn is_zu_inf(&self, k: usize) -> bool {
        self.words[k].xpos == "VVIZU"
            || (k > 0
                && self.is_verb(k)
                && is_infinitive_marker(&self.words[k - 1], self.forms[k - 1]))
    }
}

#[derive(Debug)]
struct Segment {
    words: Vec<usize>,
    coord: bool,
    opener: Option<(usize, ClauseKind)>,
    has_finite: bool,
    has_verb: bool,
    starts_finite: bool,
    after: Option<usize>,
}

fn segment(ctx: &Ctx, words: Vec<usize>, after: Option<usize>) -> Segment {
    let w = ctx.words;
    let mut i = 0;
    let mut coord = false;
    while i < words.len()
        && (w[words[i]].upos == Upos::Punct
            || (w[words[i]].upos == Upos::Cconj && ctx.free(words[i])))
    {
        coord |= w[words[i]].upos == Upos::Cconj;
        i += 1;
    }
    let has_finite = words.iter().any(|&k| ctx.is_fin(k));
    let has_verb = words.iter().any(|&k| ctx.is_verb(k));
    let zu_inf = words.iter().any(|&k| ctx.is_zu_inf(k));
    let last_verb = words.iter().rev().find(|&&k| ctx.is_verb(k)).copied();
    let verb_final = last_verb.is_some_and(|v| ctx.is_fin(v))
        || (has_finite
            && last_verb.is_some_and(|v| {
                words
                    .iter()
                    .rev()
                    .take_while(|&&k| k != v)
                    .all(|&k| is_boundary(ctx.forms[k]) || !ctx.is_verb(k))
            }));
    let first = words.get(i).copied();
    let second = words.get(i + 1).copied();
    let opener = first.and_then(|f| {
        let fw = &w[f];
        // A focus adverb may stand before the subordinator (`besonders wenn`, `nur weil`).
        let sconj = if fw.upos == Upos::Sconj {
            Some(f)
        } else {
            second.filter(|&s| {
                matches!(fw.upos, Upos::Adv | Upos::Part) && w[s].upos == Upos::Sconj && has_finite
            })
        };
        if let Some(m) = sconj {
            let kind = if !has_finite && zu_inf {
                ClauseKind::Infinitival
            } else {
                ClauseKind::Subordinate
            };
            return Some((m, kind));
        }
        let rel_at = |k: usize| is_relative(&w[k]);
        if rel_at(f) || (fw.upos == Upos::Adp && second.is_some_and(rel_at)) {
            let m = if rel_at(f) { f } else { second.unwrap() };
            return Some((m, ClauseKind::Relative));
        }
        let wh_at = |k: usize| is_wh(&w[k]);
        let wh = wh_at(f) || (fw.upos == Upos::Adp && second.is_some_and(wh_at));
        if wh && after.is_some() && verb_final && has_finite {
            return Some((f, ClauseKind::Subordinate));
        }
        // After a comma, a clause ending in its zu-infinitive is infinitival even when
        // the tagger took a participle in it for a finite verb (`verschleppt zu haben`).
        // Only when that verb stands right before the infinitive: `… versuchte, das Terrain zu
        // erkunden` after a comma is a main clause.
        let ends_in_zu = last_verb.is_some_and(|v| ctx.is_zu_inf(v))
            && after.is_some()
            && words.iter().all(|&k| {
                !ctx.is_fin(k)
                    || words
                        .iter()
                        .any(|&j| j > k && j <= k + 2 && is_infinitive_marker(&w[j], ctx.forms[j]))
            });
        if zu_inf && (!has_finite || ends_in_zu) {
            let marker = words
                .iter()
                .copied()
                .find(|&k| is_infinitive_marker(&w[k], ctx.forms[k]));
            return Some((marker.unwrap_or(f), ClauseKind::Infinitival));
        }
        None
    });
    let starts_finite = first.is_some_and(|f| ctx.is_fin(f));
    Segment {
        words,
        coord,
        opener,
        has_finite,
        has_verb,
        starts_finite,
        after,
    }
}

/// Splits the sentence into segments at clause punctuation and at conjunctions between
/// two verb-bearing parts.
fn segments(ctx: &Ctx) -> Vec<Segment> {
    let n = ctx.words.len();
    let mut raw: Vec<(Vec<usize>, Option<usize>)> = Vec::new();
    let mut cur = Vec::new();
    let mut after = None;
    for k in 0..n {
        let boundary = is_boundary(ctx.forms[k]) && !ctx.chunks.joins_phrases[k] && ctx.free(k);
        if boundary {
            if !cur.is_empty() {
                raw.push((std::mem::take(&mut cur), after));
            }
            after = Some(k);
        } else {
            cur.push(k);
        }
    }
    if !cur.is_empty() {
        raw.push((cur, after));
    }
    let mut out = Vec::new();
    for (words, after) in raw {
        // `Er kam und sah`: a conjunction with a finite verb on either side separates
        // clauses; a subordinator opens one even without a comma.
        let mut start = 0;
        let mut after = after;
        for pos in 1..words.len() {
            let k = words[pos];
            let joins =
                ctx.words[k].upos == Upos::Cconj && ctx.free(k) && !ctx.chunks.joins_phrases[k];
            // The conjunction nearest to the next finite verb separates (`ist freundlich und
            // zuvorkommend und jeder Gast wird begrüßt`).
            let next_fin = words[pos + 1..]
                .iter()
                .take_while(|&&j| {
                    !(ctx.words[j].upos == Upos::Cconj
                        && ctx.free(j)
                        && !ctx.chunks.joins_phrases[j])
                })
                .any(|&j| ctx.is_fin(j));
            let before_fin = words[start..pos].iter().any(|&j| ctx.is_fin(j));
            let splits = (joins && before_fin && next_fin)
                || (ctx.words[k].upos == Upos::Sconj && next_fin && pos > start);
            if splits {
                out.push(segment(ctx, words[start..pos].to_vec(), after));
                after = Some(k);
                start = pos;
            }
        }
        out.push(segment(ctx, words[start..].to_vec(), after));
    }
    out
}

/// Whether a clause still waits for its verb.
/// A verb the tagger took for an infinitive or participle may be the finite one, so a
/// clause with any verb is not waiting.
fn incomplete(c: &Clause, ctx: &Ctx) -> bool {
    !c.words.iter().any(|&k| ctx.is_verb(k))
}

/// The clauses of a sentence, with subjects and objects found.
pub fn clauses(words: &[Word], forms: &[&str], chunks: &Chunks) -> Vec<Clause> {
    let ctx = Ctx {
        words,
        forms,
        chunks,
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
        // Continue an interrupted clause that still waits for its verb.
        let waiting = stack.iter().rposition(|&c| incomplete(&clauses[c], &ctx));
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

fn fill(c: &mut Clause, ctx: &Ctx) {
    let words = ctx.words;
    c.verbs = c
        .words
        .iter()
        .copied()
        .filter(|&k| ctx.is_verb(k))
        .collect();
    c.finite = c.verbs.iter().copied().find(|&k| is_finite(&words[k]));
    if c.finite.is_none() && c.kind() != ClauseKind::Infinitival {
        // Every clause but a zu-infinitive has a finite verb: when none was tagged, the
        // verb in finite position is one (`die Aussteller erwarten` looks like an
        // infinitive, `was sich abspielt` like a participle).
        let verb_final = matches!(c.kind(), ClauseKind::Subordinate | ClauseKind::Relative);
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
    let adj_before = first_adj.zip(main).is_some_and(|(a, m)| {
        a < m
            && c.words
                .iter()
                .any(|&k| k > a && k < m && words[k].upos == Upos::Cconj && ctx.free(k))
    });
    if let (Some(m), false) = (main, adj_before) {
        c.head = Some(m);
    } else if let Some(f) = c.finite.or_else(|| c.verbs.first().copied()) {
        // A copula: the predicate is a predicative adjective, a second nominative, or a
        // prepositional phrase.
        let adj = predicative_adjective(c, ctx);
        // A copula takes no object: its phrase beside the subject is the predicate, whatever
        // case was tagged (`Wir sind die grünen Lotsen`), unless it is a dative or genitive.
        let copula = lemma_is(&words[f], ctx.forms[f], "copula");
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
