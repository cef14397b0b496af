//! The tagger's greedy decoding: part-of-speech labels left to right from pre-summed
//! weight blocks and tag tables, then each word's morphology label among those its
//! part-of-speech label, the Konjunktiv paradigm and the pronoun paradigm allow.

use super::features::WordInfo;
use super::features_morph::{morph_context_after, morph_own, Coarse, LeftContext, MorphContext};
use super::features_pos::pos_split;
use super::tagger::{Tagger, BLOCK_ROWS};
use super::tagger_cache::{WordCache, BOUNDARY_ROWS};
use super::token::{Mood, Upos};

impl Tagger {
    /// [`Tagger::decode`] of the words in `cache` at `slots`. The score of a tag is the sum
    /// of the weights of [`super::features_pos::pos_features`], taken from the words' blocks
    /// for the features that read no tag, from the tag tables for the previous tags alone,
    /// and looked up for the rest. The morphology score is the same split: the word's own
    /// features from its form's row in the cache, the context's looked up.
    pub(super) fn decode_slots(
        &self,
        cache: &mut WordCache,
        slots: &[usize],
    ) -> (Vec<u16>, Vec<u16>) {
        let mut words = std::mem::take(&mut cache.scratch_words);
        words.clear();
        words.extend(slots.iter().map(|&k| cache.words[k]));
        let mut scores = std::mem::take(&mut cache.scratch_scores);
        scores.resize(self.pos.len().max(self.morph.len()), 0);
        let mut starts = std::mem::take(&mut cache.scratch_rows);
        let tags = self.pos_tags(cache, slots, &words, &mut scores, &mut starts);
        cache.scratch_rows = starts;
        let labels = self.morph_labels_of(cache, slots, &words, &tags, &mut scores);
        cache.scratch_words = words;
        cache.scratch_scores = scores;
        (tags, labels)
    }

    /// The part-of-speech labels of the words at `slots`, left to right.
    fn pos_tags(
        &self,
        cache: &WordCache,
        slots: &[usize],
        words: &[WordInfo],
        scores: &mut [i32],
        starts: &mut Vec<[u32; BLOCK_ROWS]>,
    ) -> Vec<u16> {
        let n = self.pos.len();
        let len = words.len() as isize;
        let mut tags = vec![0u16; words.len()];
        let blocks = &cache.blocks;
        // The row starts of every place from two before the sentence to two after it.
        let boundary = |b: usize| -> [u32; BLOCK_ROWS] {
            std::array::from_fn(|r| ((BOUNDARY_ROWS[b] + r) * n) as u32)
        };
        starts.clear();
        starts.extend([boundary(1), boundary(0)]);
        starts.extend(slots.iter().map(|&k| cache.rows[k]));
        starts.extend([boundary(2), boundary(3)]);
        let starts = &*starts;
        let row = |j: usize, r: usize| -> &[i32] { &blocks[starts[j][r] as usize..][..n] };
        let word = |j: isize| {
            if j < 0 || j >= len {
                pos_split::boundary(j, words.len())
            } else {
                words[j as usize]
            }
        };
        for i in 0..words.len() {
            let fixed = cache.fixed[slots[i]];
            if fixed != u16::MAX {
                tags[i] = fixed;
                continue;
            }
            let ii = i as isize;
            let tm1 = if i >= 1 {
                usize::from(tags[i - 1]) + 1
            } else {
                0
            };
            let tm2 = if i >= 2 {
                usize::from(tags[i - 2]) + 1
            } else {
                0
            };
            let s = &mut scores[..n];
            // The word's own row, its neighbours' rows for it and the row of the two
            // previous tags, summed in one pass (`i + 2` is the word's place in `starts`).
            let pair = tm1 * (n + 1) + tm2;
            let rows = [
                row(i + 2, 0),
                row(i + 1, 1),
                row(i, 2),
                row(i + 3, 3),
                row(i + 4, 4),
                &self.tag_pairs[pair * n..(pair + 1) * n],
            ];
            let (at, few) = cache.candidate_rows[slots[i]];
            let few = &cache.candidates[at as usize..][..few as usize];
            if few.is_empty() {
                sum_rows(s, &rows);
            } else {
                sum_rows_at(s, &rows, few);
            }
            let w = &words[i];
            if i == 0 {
                for k in pos_split::first(w, 0) {
                    self.qpos.sub(k, s);
                }
                self.qpos.add_all(&pos_split::first(w, 1), s);
            }
            self.qpos
                .add_all(&pos_split::pairs(&word(ii - 1), w, &word(ii + 1)), s);
            self.qpos
                .add_all(&pos_split::tags_with_word(w, tm1 as u64), s);
            tags[i] = if few.is_empty() {
                argmax_first(s)
            } else {
                argmax_among(s, few)
            };
        }
        tags
    }

    /// The morphology labels of the words at `slots` with part-of-speech labels `tags`,
    /// left to right.
    fn morph_labels_of(
        &self,
        cache: &mut WordCache,
        slots: &[usize],
        words: &[WordInfo],
        tags: &[u16],
        scores: &mut [i32],
    ) -> Vec<u16> {
        let coarse: Vec<Coarse> = tags
            .iter()
            .map(|&t| self.pos[usize::from(t)].coarse)
            .collect();
        let mut labels = vec![0u16; words.len()];
        let mut sub_only = Vec::new();
        let mut pron_only = Vec::new();
        let nm = self.morph_row();
        let mut left = LeftContext::default();
        for i in 0..words.len() {
            let allowed = self.allowed(&words[i], tags[i], &mut sub_only, &mut pron_only);
            labels[i] = match allowed.len() {
                0 => 0,
                1 => allowed[0],
                _ => {
                    let (k, tag) = (slots[i], tags[i]);
                    let a = self.model.allowed[usize::from(tag)].len();
                    let row = &mut cache.morph[k * nm..k * nm + a];
                    if cache.morph_tags[k] != tag {
                        row.fill(0);
                        self.scorer
                            .add(&self.qmorph, &morph_own(&words[i], tag), tag, row);
                        cache.morph_tags[k] = tag;
                        cache.morph_fixed[k] = self.dict_morph(&words[i], tag);
                    }
                    let fixed = cache.morph_fixed[k];
                    if fixed != u16::MAX && allowed.contains(&fixed) {
                        fixed
                    } else {
                        let s = &mut scores[..a];
                        s.copy_from_slice(row);
                        let cx = MorphContext {
                            words,
                            tags,
                            coarse: &coarse,
                            labels: &labels,
                        };
                        let (small, big) = morph_context_after(&cx, i, left);
                        self.scorer.add_small(tag, &small, s);
                        self.scorer.add_context(&self.qmorph, &big, tag, s);
                        let places = self.scorer.places(tag);
                        argmax(allowed.iter().map(|&c| {
                            let j = usize::from(places[usize::from(c)]);
                            (usize::from(c), s[j])
                        }))
                    }
                }
            };
            left = left.step(
                &MorphContext {
                    words,
                    tags,
                    coarse: &coarse,
                    labels: &labels,
                },
                i,
            );
        }
        labels
    }

    /// The morphology labels word `w` with part-of-speech label `tag` may have.
    fn allowed<'a>(
        &'a self,
        w: &WordInfo,
        tag: u16,
        sub_only: &'a mut Vec<u16>,
        pron_only: &'a mut Vec<u16>,
    ) -> &'a [u16] {
        let mut allowed = self.model.allowed[usize::from(tag)].as_slice();
        let p = self.pos[usize::from(tag)];
        // A finite form that only the Konjunktiv has (`sei`, `hätte`) is Konjunktiv,
        // whatever the context says: the paradigm is data, not a guess.
        if p.coarse == Coarse::Finite && matches!(w.subjunctive.0, 1 | 2) {
            sub_only.clear();
            sub_only.extend(
                allowed
                    .iter()
                    .filter(|&&c| self.morph[usize::from(c)].mood == Some(Mood::Sub)),
            );
            if !sub_only.is_empty() {
                allowed = sub_only;
            }
        }
        // A pronoun's case is one its paradigm allows (`man` is nominative).
        if p.upos == Upos::Pron {
            if let Some(&cases) = self.pronouns.get(&w.lower) {
                pron_only.clear();
                pron_only.extend(allowed.iter().filter(|&&c| {
                    let case = self.morph[usize::from(c)].case;
                    !case.is_empty() && case.intersect(cases) == case
                }));
                if !pron_only.is_empty() {
                    allowed = pron_only;
                }
            }
        }
        allowed
    }
}

/// `out` = the element-wise sum of `rows` (each as long as `out`).
#[inline]
fn sum_rows(out: &mut [i32], rows: &[&[i32]; 6]) {
    let n = out.len();
    let [a, b, c, d, e, f] = rows.map(|r| &r[..n]);
    for k in 0..n {
        out[k] = a[k] + b[k] + c[k] + d[k] + e[k] + f[k];
    }
}

/// `out` = the sum of `rows` at the places `at` only (the rest is left as it is).
#[inline]
fn sum_rows_at(out: &mut [i32], rows: &[&[i32]; 6], at: &[u16]) {
    let n = out.len();
    let [a, b, c, d, e, f] = rows.map(|r| &r[..n]);
    for &k in at {
        let k = usize::from(k);
        // Every label is below `n`: the test lets the compiler drop the seven bounds checks.
        if k < n {
            out[k] = a[k] + b[k] + c[k] + d[k] + e[k] + f[k];
        }
    }
}

/// The one of the places `at` (ascending) with the highest score; the first on ties.
#[inline]
fn argmax_among(s: &[i32], at: &[u16]) -> u16 {
    let mut best = (at[0], i32::MIN);
    for &k in at {
        let x = s[usize::from(k)];
        if x > best.1 {
            best = (k, x);
        }
    }
    best.0
}

/// The index of the highest score; the first on ties (deterministic).
#[inline]
fn argmax_first(s: &[i32]) -> u16 {
    // Eight running maxima, so that the loop vectorises.
    let mut lanes = [i32::MIN; 8];
    let mut chunks = s.chunks_exact(8);
    for c in &mut chunks {
        for (m, &x) in lanes.iter_mut().zip(c) {
            *m = (*m).max(x);
        }
    }
    let tail = chunks.remainder().iter().copied();
    let best = lanes.into_iter().chain(tail).fold(i32::MIN, i32::max);
    s.iter().position(|&x| x == best).unwrap_or(0) as u16
}

/// The index with the highest score; the first on ties (deterministic).
fn argmax(scores: impl Iterator<Item = (usize, i32)>) -> u16 {
    let mut best = (0usize, i32::MIN);
    for (i, s) in scores {
        if s > best.1 {
            best = (i, s);
        }
    }
    best.0 as u16
}
