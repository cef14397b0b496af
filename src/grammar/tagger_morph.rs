//! The tagger's morphology scores, computed only for the morphology labels the word's
//! part-of-speech label allows (a few of the model's ~140): the word's own features and
//! the looked-up context features are added at the allowed labels' places, and the
//! templates that read tags and labels only ([`MORPH_SMALL`]) come from dense tables laid
//! out per part-of-speech label, so that scoring them reads a few short rows.
//!
//! A feature with a long row (`M_BIAS`, a frequent neighbour word: up to every label)
//! has its row split in advance into one row per part-of-speech label, of that label's
//! allowed labels only, so that it is not scanned for the few that matter.
//!
//! The sums are the model's integer weights, so the scores of the allowed labels are
//! exactly those of scoring every label.

use super::features_morph::{
    morph_none_keys, morph_small_key, SmallDomain, MORPH_NONE_AT, MORPH_SMALL,
};
use super::tagger_model::QWeights;

/// Morphology scoring restricted to allowed labels.
pub struct MorphScorer {
    /// The number of morphology labels.
    labels: usize,
    /// Per part-of-speech label and morphology label: the place of the morphology label
    /// among the allowed ones (`u16::MAX`: not allowed).
    places: Vec<u16>,
    /// Per part-of-speech label and [`MORPH_SMALL`] template: where its table starts in
    /// `dense` (one row of allowed labels per value).
    starts: Vec<[usize; MORPH_SMALL.len()]>,
    dense: Vec<i32>,
    /// Per part-of-speech label: the keys of the context features at [`MORPH_NONE_AT`]
    /// without a value ([`morph_none_keys`]), and where their rows (one per key, of the
    /// allowed labels) start in `dense`.
    none_keys: Vec<[u32; MORPH_NONE_AT.len()]>,
    none_starts: Vec<usize>,
    /// The features with long rows: open-addressing table of keys (0: empty) and their
    /// numbers.
    long_mask: usize,
    long_keys: Vec<u32>,
    long_ids: Vec<u32>,
    /// Per part-of-speech label with more than one allowed label: its number among them.
    multi: Vec<u16>,
    n_multi: usize,
    /// Per long feature and numbered part-of-speech label: its row in `long_entries`.
    long_rows: Vec<(u32, u32)>,
    /// (place, weight) pairs.
    long_entries: Vec<(u16, i16)>,
    /// Dense rows: one weight per allowed label (for a row with [`DENSE_ROW`] set in its
    /// start; its end is then its length).
    long_dense: Vec<i32>,
}

/// Marks a row of `long_rows` that is in `long_dense`.
const DENSE_ROW: u32 = 1 << 31;

/// Rows longer than this are split per part-of-speech label.
const LONG_ROW: usize = 16;

impl MorphScorer {
    /// The scorer of a model with `n_pos` part-of-speech labels, the morphology labels
    /// `allowed` for each of them, `labels` morphology labels and the weights `q`.
    pub fn new(allowed: &[Vec<u16>], labels: usize, q: &QWeights) -> MorphScorer {
        let n_pos = allowed.len();
        let mut places = vec![u16::MAX; n_pos * labels];
        for (t, a) in allowed.iter().enumerate() {
            for (j, &c) in a.iter().enumerate() {
                if let Some(p) = places.get_mut(t * labels + usize::from(c)) {
                    *p = j as u16;
                }
            }
        }
        let size = |d: SmallDomain| match d {
            SmallDomain::Tag => n_pos + 1,
            SmallDomain::Label => labels + 1,
            SmallDomain::Flag => 2,
        };
        let mut starts = vec![[0usize; MORPH_SMALL.len()]; n_pos];
        let mut dense = Vec::new();
        for (t, a) in allowed.iter().enumerate() {
            // One label or none: nothing to score.
            if a.len() < 2 {
                continue;
            }
            let at = &places[t * labels..(t + 1) * labels];
            for (k, &domain) in MORPH_SMALL.iter().enumerate() {
                starts[t][k] = dense.len();
                for v in 0..size(domain) {
                    let row = dense.len();
                    dense.resize(row + a.len(), 0);
                    q.add_at(
                        morph_small_key(k, t as u16, v as u64),
                        at,
                        &mut dense[row..],
                    );
                }
            }
        }
        let mut none_keys = vec![[0u32; MORPH_NONE_AT.len()]; n_pos];
        let mut none_starts = vec![0usize; n_pos];
        for (t, a) in allowed.iter().enumerate() {
            if a.len() < 2 {
                continue;
            }
            let at = &places[t * labels..(t + 1) * labels];
            none_keys[t] = morph_none_keys(t as u16);
            none_starts[t] = dense.len();
            for &k in &none_keys[t] {
                let row = dense.len();
                dense.resize(row + a.len(), 0);
                q.add_at(k, at, &mut dense[row..]);
            }
        }
        let mut multi = vec![u16::MAX; n_pos];
        let mut n_multi = 0;
        for (t, a) in allowed.iter().enumerate() {
            if a.len() >= 2 {
                multi[t] = n_multi as u16;
                n_multi += 1;
            }
        }
        let long = q.long_rows(LONG_ROW);
        let slots = (long.len() * 2).next_power_of_two().max(16);
        let (mut long_keys, mut long_ids) = (vec![0u32; slots], vec![0u32; slots]);
        let (mut long_rows, mut long_entries, mut long_dense) =
            (Vec::new(), Vec::new(), Vec::new());
        // The row of one part-of-speech label being made (reused).
        let mut restricted: Vec<(u16, i16)> = Vec::new();
        for (id, (k, row)) in long.iter().enumerate() {
            let mut s = *k as usize & (slots - 1);
            while long_keys[s] != 0 {
                s = (s + 1) & (slots - 1);
            }
            long_keys[s] = *k;
            long_ids[s] = id as u32;
            for (t, a) in allowed.iter().enumerate() {
                if a.len() < 2 {
                    continue;
                }
                let at = &places[t * labels..(t + 1) * labels];
                restricted.clear();
                restricted.extend(
                    row.iter()
                        .filter_map(|&(c, v)| match at.get(usize::from(c)) {
                            Some(&j) if j != u16::MAX => Some((j, v)),
                            _ => None,
                        }),
                );
                // Half the allowed labels or more: one weight per allowed label.
                if restricted.len() >= 4 && restricted.len() * 2 >= a.len() {
                    let start = long_dense.len();
                    long_dense.resize(start + a.len(), 0);
                    for &(j, v) in &restricted {
                        long_dense[start + usize::from(j)] += i32::from(v);
                    }
                    long_rows.push((start as u32 | DENSE_ROW, a.len() as u32));
                } else {
                    let start = long_entries.len() as u32;
                    long_entries.extend_from_slice(&restricted);
                    long_rows.push((start, long_entries.len() as u32));
                }
            }
        }
        MorphScorer {
            labels,
            places,
            starts,
            dense,
            none_keys,
            none_starts,
            long_mask: slots - 1,
            long_keys,
            long_ids,
            multi,
            n_multi,
            long_rows,
            long_entries,
            long_dense,
        }
    }

    /// The number of the long feature `k`.
    #[inline]
    fn long_id(&self, k: u32) -> Option<usize> {
        let mut s = k as usize & self.long_mask;
        loop {
            match self.long_keys[s] {
                0 => return None,
                x if x == k => return Some(self.long_ids[s] as usize),
                _ => s = (s + 1) & self.long_mask,
            }
        }
    }

    /// The places of the morphology labels for part-of-speech label `tag`.
    #[inline]
    pub fn places(&self, tag: u16) -> &[u16] {
        let t = usize::from(tag);
        &self.places[t * self.labels..(t + 1) * self.labels]
    }

    /// Adds the weights of `keys` at the allowed labels' places of part-of-speech label
    /// `tag` (one with more than one allowed label).
    #[inline]
    pub fn add(&self, q: &QWeights, keys: &[u32], tag: u16, scores: &mut [i32]) {
        let at = self.places(tag);
        let t = usize::from(self.multi[usize::from(tag)]);
        for &k in keys {
            if k == 0 {
                continue;
            }
            if q.add_at_short(k, LONG_ROW, at, scores) {
                continue;
            }
            match self.long_id(k) {
                Some(id) if t < self.n_multi => {
                    let (a, b) = self.long_rows[id * self.n_multi + t];
                    if a & DENSE_ROW != 0 {
                        let start = (a & !DENSE_ROW) as usize;
                        let row = &self.long_dense[start..start + b as usize];
                        for (x, y) in scores.iter_mut().zip(row) {
                            *x += y;
                        }
                        continue;
                    }
                    for &(j, v) in &self.long_entries[a as usize..b as usize] {
                        if let Some(x) = scores.get_mut(usize::from(j)) {
                            *x += i32::from(v);
                        }
                    }
                }
                _ => q.add_at(k, at, scores),
            }
        }
    }

    /// [`MorphScorer::add`] of the context keys `keys` ([`super::features_morph::morph_context`]'s
    /// second part): those at [`MORPH_NONE_AT`] without a value come from the dense rows
    /// kept for them, the rest are looked up.
    #[inline]
    pub fn add_context(&self, q: &QWeights, keys: &[u32; 11], tag: u16, scores: &mut [i32]) {
        let t = usize::from(tag);
        let a = scores.len();
        let mut rest = *keys;
        let none = &self.none_keys[t];
        for (j, &p) in MORPH_NONE_AT.iter().enumerate() {
            if rest[p] == none[j] {
                let row = &self.dense[self.none_starts[t] + j * a..][..a];
                for (x, y) in scores.iter_mut().zip(row) {
                    *x += y;
                }
                rest[p] = 0;
            }
        }
        self.add(q, &rest, tag, scores);
    }

    /// Adds the weights of the [`MORPH_SMALL`] templates with `values` (as
    /// [`super::features_morph::morph_context`] gives them) for a word with more than one allowed
    /// label; `scores` has one place per allowed label.
    #[inline]
    pub fn add_small(&self, tag: u16, values: &[u64; MORPH_SMALL.len()], scores: &mut [i32]) {
        let a = scores.len();
        let starts = &self.starts[usize::from(tag)];
        for (&start, &v) in starts.iter().zip(values) {
            let row = &self.dense[start + v as usize * a..][..a];
            for (x, y) in scores.iter_mut().zip(row) {
                *x += y;
            }
        }
    }
}
