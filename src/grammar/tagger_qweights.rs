//! The tagger's weights as whole multiples of their quantisation step ([`QWeights`]):
//! integer sums are exact in any order, so scores can be pre-summed per word without
//! changing a single decision.
//!
//! A feature's row is sparse ((class, weight) pairs, scattered into the scores), or, for a
//! feature carrying more than [`QWeights::densified`]'s bound of classes (the bias, a
//! frequent suffix, a shape, a pair of tags), dense: one weight per class, added to the
//! scores in one pass that the compiler vectorises. Both give the same integer sums.

use super::tagger_model::Slot;

/// Quantised weights: an open-addressing table from feature key to its row.
#[derive(Debug, Clone, Default)]
pub struct QWeights {
    mask: usize,
    /// Per slot (and one past the last): the key (0: empty) and where its row starts.
    slots: Vec<Slot>,
    /// The sparse rows, in slot order; a dense row is one [`DENSE`] entry whose value is
    /// its number in `dense`.
    entries: Vec<QEntry>,
    /// The dense rows, `width` weights each.
    dense: Vec<i32>,
    width: usize,
}

/// One (class, weight) pair of a sparse row.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct QEntry {
    pub(super) class: u16,
    pub(super) value: i16,
}

/// The class of the entry that stands for a dense row.
const DENSE: u16 = u16::MAX;

/// A feature's row.
enum Row<'a> {
    Sparse(&'a [QEntry]),
    Dense(&'a [i32]),
}

impl QWeights {
    /// The table of an open-addressing layout (see [`super::tagger_model`]).
    pub(super) fn from_parts(mask: usize, slots: Vec<Slot>, entries: Vec<QEntry>) -> QWeights {
        QWeights {
            mask,
            slots,
            entries,
            dense: Vec::new(),
            width: 0,
        }
    }

    /// The same weights with every row of more than `min_len` entries stored dense, one
    /// weight for each of `width` classes (the classes a row may hold: all are below it).
    pub fn densified(&self, width: usize, min_len: usize) -> QWeights {
        let mut out = QWeights {
            mask: self.mask,
            slots: self.slots.clone(),
            entries: Vec::with_capacity(self.entries.len()),
            dense: Vec::new(),
            width,
        };
        for s in 0..self.slots.len() {
            let start = self.slots[s].start as usize;
            out.slots[s].start = out.entries.len() as u32;
            let Some(next) = self.slots.get(s + 1) else {
                continue;
            };
            let row = &self.entries[start..next.start as usize];
            let fits = row.iter().all(|e| usize::from(e.class) < width);
            let number = out.dense.len() / width.max(1);
            if row.len() > min_len && fits && number < i16::MAX as usize {
                let at = out.dense.len();
                out.dense.resize(at + width, 0);
                for e in row {
                    out.dense[at + usize::from(e.class)] += i32::from(e.value);
                }
                out.entries.push(QEntry {
                    class: DENSE,
                    value: number as i16,
                });
            } else {
                out.entries.extend_from_slice(row);
            }
        }
        out
    }

    /// Adds the weights of feature `k` to `scores` (indexed by class).
    #[inline]
    pub fn add(&self, k: u32, scores: &mut [i32]) {
        add_row(self.row(k), scores);
    }

    /// Adds the weights of all `features`.
    #[inline]
    pub fn add_all(&self, features: &[u32], scores: &mut [i32]) {
        for &k in features {
            self.add(k, scores);
        }
    }

    /// [`QWeights::add_all`], telling whether the table has any of `features`.
    #[inline]
    pub fn add_found(&self, features: &[u32], scores: &mut [i32]) -> bool {
        let mut found = false;
        for &k in features {
            let row = self.row(k);
            if !matches!(row, Row::Sparse([])) {
                found = true;
                add_row(row, scores);
            }
        }
        found
    }

    /// Subtracts the weights of feature `k` (exact: the sums are integers).
    pub fn sub(&self, k: u32, scores: &mut [i32]) {
        self.for_each(k, |c, v| {
            if let Some(x) = scores.get_mut(usize::from(c)) {
                *x -= v;
            }
        });
    }

    /// Adds the weights of feature `k` to `scores` at the places `at` gives their classes
    /// (`u16::MAX`: a class not scored).
    #[inline]
    pub fn add_at(&self, k: u32, at: &[u16], scores: &mut [i32]) {
        self.add_at_short(k, usize::MAX, at, scores);
    }

    /// [`QWeights::add_at`] for a feature whose row has at most `max_len` entries; `false`
    /// (nothing added) for a longer row, so that the caller can score it another way.
    #[inline]
    pub fn add_at_short(&self, k: u32, max_len: usize, at: &[u16], scores: &mut [i32]) -> bool {
        match self.row(k) {
            Row::Sparse(row) if row.len() <= max_len => {
                for e in row {
                    if let Some(&j) = at.get(usize::from(e.class)) {
                        if let Some(x) = scores.get_mut(usize::from(j)) {
                            *x += i32::from(e.value);
                        }
                    }
                }
                true
            }
            Row::Dense(row) if row.len() <= max_len => {
                for (&j, &v) in at.iter().zip(row) {
                    if let Some(x) = scores.get_mut(usize::from(j)) {
                        *x += v;
                    }
                }
                true
            }
            _ => false,
        }
    }

    /// Calls `f` with each (class, weight) of feature `k` (a dense row's zeros too).
    pub fn for_each(&self, k: u32, mut f: impl FnMut(u16, i32)) {
        match self.row(k) {
            Row::Sparse(row) => row.iter().for_each(|e| f(e.class, i32::from(e.value))),
            Row::Dense(row) => (0..).zip(row).for_each(|(c, &v)| f(c, v)),
        }
    }

    /// The features whose rows have more than `len` entries, with their rows (of a table
    /// that is not [`QWeights::densified`]).
    pub fn long_rows(&self, len: usize) -> Vec<(u32, Vec<(u16, i16)>)> {
        let mut out = Vec::new();
        for (s, slot) in self.slots.iter().enumerate().take(self.mask + 1) {
            if slot.key != 0 {
                let (a, b) = (slot.start as usize, self.slots[s + 1].start as usize);
                if b - a > len {
                    let row = self.entries[a..b].iter().map(|e| (e.class, e.value));
                    out.push((slot.key, row.collect()));
                }
            }
        }
        out.sort_unstable_by_key(|r| r.0);
        out
    }

    /// The row of feature `k` (empty when the table does not have it).
    #[inline]
    fn row(&self, k: u32) -> Row<'_> {
        if self.slots.is_empty() {
            return Row::Sparse(&[]);
        }
        let mut s = (k as usize) & self.mask;
        loop {
            let slot = self.slots[s];
            if slot.key == k {
                let end = self.slots[s + 1].start as usize;
                let row = &self.entries[slot.start as usize..end];
                return match row {
                    [e] if e.class == DENSE => {
                        let at = usize::from(e.value as u16) * self.width;
                        Row::Dense(&self.dense[at..at + self.width])
                    }
                    _ => Row::Sparse(row),
                };
            }
            if slot.key == 0 {
                return Row::Sparse(&[]);
            }
            s = (s + 1) & self.mask;
        }
    }
}

/// Adds the weights of `row` to `scores` (indexed by class).
#[inline]
fn add_row(row: Row<'_>, scores: &mut [i32]) {
    match row {
        Row::Sparse(row) => {
            for e in row {
                if let Some(x) = scores.get_mut(usize::from(e.class)) {
                    *x += i32::from(e.value);
                }
            }
        }
        Row::Dense(row) => {
            let n = scores.len().min(row.len());
            let (scores, row) = (&mut scores[..n], &row[..n]);
            for c in 0..n {
                scores[c] += row[c];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> QWeights {
        let rows: Vec<(u32, Vec<QEntry>)> = vec![
            (
                7,
                vec![
                    QEntry { class: 0, value: 3 },
                    QEntry {
                        class: 2,
                        value: -5,
                    },
                ],
            ),
            (
                9,
                (0..4)
                    .map(|c| QEntry {
                        class: c,
                        value: c as i16 + 1,
                    })
                    .collect(),
            ),
        ];
        let (mask, slots, entries) = super::super::tagger_model::layout(&rows);
        QWeights::from_parts(mask, slots, entries)
    }

    #[test]
    fn dense_rows_score_as_sparse_ones() {
        let q = table();
        let d = q.densified(4, 2);
        for k in [7, 9, 11] {
            let (mut a, mut b) = ([1i32; 4], [1i32; 4]);
            q.add(k, &mut a);
            d.add(k, &mut b);
            assert_eq!(a, b, "key {k}");
            q.sub(k, &mut a);
            d.sub(k, &mut b);
            assert_eq!(a, [1; 4]);
            assert_eq!(b, [1; 4]);
            let at = [1u16, u16::MAX, 0, 2];
            let (mut a, mut b) = ([0i32; 3], [0i32; 3]);
            q.add_at(k, &at, &mut a);
            d.add_at(k, &at, &mut b);
            assert_eq!(a, b, "key {k}");
        }
        // Row 9 became dense, row 7 stayed sparse.
        assert!(matches!(d.row(9), Row::Dense(_)));
        assert!(matches!(d.row(7), Row::Sparse(_)));
        assert!(!d.add_at_short(9, 3, &[0, 1, 2, 3], &mut [0; 4]));
    }
}
