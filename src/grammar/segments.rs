//! Segments: a sentence cut at clause punctuation and at conjunctions or subordinators
//! between verb-bearing parts, each with what opens it (subordinator, relative pronoun,
//! w-word, zu-infinitive) and whether it has a (finite) verb. [`super::clauses`] builds
//! clauses from them.

use super::clauses::{has_role, ClauseKind, Ctx};
use super::phrases::is_boundary;
use super::token::{Upos, Word};

pub(super) fn is_infinitive_marker(w: &Word, form: &str) -> bool {
    w.xpos == "PTKZU" || (w.upos == Upos::Part && has_role("infinitive_marker", form))
}

fn is_relative(w: &Word) -> bool {
    w.xpos.starts_with("PREL")
}

pub(super) fn is_wh(w: &Word) -> bool {
    w.xpos.starts_with("PW")
}

/// A stretch of a sentence between clause boundaries.
#[derive(Debug)]
pub(super) struct Segment {
    /// Its words in order.
    pub(super) words: Vec<usize>,
    /// Whether it begins with a coordinating conjunction.
    pub(super) coord: bool,
    /// The word that opens it as a dependent clause, and that clause's kind.
    pub(super) opener: Option<(usize, ClauseKind)>,
    /// Whether it has a finite verb.
    pub(super) has_finite: bool,
    /// Whether it has any verb.
    pub(super) has_verb: bool,
    /// Whether its first word is a finite verb.
    pub(super) starts_finite: bool,
    /// The boundary (punctuation or conjunction) before it.
    pub(super) after: Option<usize>,
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
pub(super) fn segments(ctx: &Ctx) -> Vec<Segment> {
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
