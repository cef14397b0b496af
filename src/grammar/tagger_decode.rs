//! The tagger's greedy decoding: part-of-speech labels left to right from pre-summed
//! weight blocks and tag tables, then each word's morphology label among those its
//! part-of-speech label, the Konjunktiv paradigm and the pronoun paradigm allow.

use super::features::WordInfo;
use super::features_morph::{morph_context, morph_own, Coarse, MorphContext};
use super::features_pos::pos_split;
use super::tagger::{Tagger, BLOCK_ROWS};
use super::tagger_cache::WordCache;
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
        let n = self.pos.len();
        let size = BLOCK_ROWS * n;
        let words: Vec<WordInfo> = slots.iter().map(|&k| cache.words[k]).collect();
        let len = words.len() as isize;
        let mut scores = vec![0i32; n.max(self.morph.len())];
        let mut tags = vec![0u16; words.len()];
        let blocks = &cache.blocks;
        let block = |j: isize| -> &[i32] {
            match j {
                -1 => &self.boundary[0],
                -2 => &self.boundary[1],
                j if j == len => &self.boundary[2],
                j if j == len + 1 => &self.boundary[3],
                j => &blocks[slots[j as usize] * size..][..size],
            }
        };
        let word = |j: isize| {
            if j < 0 || j >= len {
                pos_split::boundary(j, words.len())
            } else {
                words[j as usize]
            }
        };
        for i in 0..words.len() {
            let ii = i as isize;
            let s = &mut scores[..n];
            s.copy_from_slice(&block(ii)[..n]);
            for (row, j) in [(1, ii - 1), (2, ii - 2), (3, ii + 1), (4, ii + 2)] {
                let b = &block(j)[row * n..(row + 1) * n];
                for (x, y) in s.iter_mut().zip(b) {
                    *x += y;
                }
            }
            let w = &words[i];
            if i == 0 {
                for k in pos_split::first(w, 0) {
                    self.qpos.sub(k, s);
                }
                self.qpos.add_all(&pos_split::first(w, 1), s);
            }
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
            for (x, (a, b)) in s.iter_mut().zip(
                self.tm1[tm1 * n..(tm1 + 1) * n]
                    .iter()
                    .zip(&self.tm2[tm2 * n..(tm2 + 1) * n]),
            ) {
                *x += a + b;
            }
            self.small_pos
                .add(pos_split::tm1tm2(tm1 as u64, tm2 as u64), s);
            self.qpos
                .add_all(&pos_split::pairs(&word(ii - 1), w, &word(ii + 1)), s);
            self.qpos
                .add_all(&pos_split::tags_with_word(w, tm1 as u64), s);
            tags[i] = argmax(s.iter().copied().enumerate());
        }
        let coarse: Vec<Coarse> = tags
            .iter()
            .map(|&t| self.pos[usize::from(t)].coarse)
            .collect();
        let mut labels = vec![0u16; words.len()];
        let mut sub_only = Vec::new();
        let mut pron_only = Vec::new();
        let nm = self.morph.len();
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
                    }
                    let s = &mut scores[..a];
                    s.copy_from_slice(row);
                    let cx = MorphContext {
                        words: &words,
                        tags: &tags,
                        coarse: &coarse,
                        labels: &labels,
                    };
                    let (small, big) = morph_context(&cx, i);
                    self.scorer.add_small(tag, &small, s);
                    self.scorer.add(&self.qmorph, &big, tag, s);
                    let places = self.scorer.places(tag);
                    argmax(allowed.iter().map(|&c| {
                        let j = usize::from(places[usize::from(c)]);
                        (usize::from(c), s[j])
                    }))
                }
            };
        }
        (tags, labels)
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
