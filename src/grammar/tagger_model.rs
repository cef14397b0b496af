//! The trained tagger's parameters: two weight tables (part of speech, morphology), their
//! label sets and the lemma table, with a compact little-endian binary form that is
//! embedded in the binary (`data/tagger.bin`, written by `tools/grammar/train.sh`).

use crate::error::{Error, Result};

/// Perceptron weights: an open-addressing table from feature key to the (class, weight)
/// pairs the feature carries. A slot holds its key beside the start of its row, and a row
/// holds each class beside its weight, so that scoring a feature touches two cache lines.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    mask: usize,
    /// Per slot (and one past the last): the key (0: empty) and where its row starts.
    slots: Vec<Slot>,
    /// The rows, in slot order.
    entries: Vec<Entry>,
    /// The quantisation step the weights were read with (`None` for trained weights).
    scale: Option<f32>,
}

use super::tagger_qweights::QEntry;
pub use super::tagger_qweights::QWeights;

/// A slot of a weight table: its key (0: empty) and where its row starts.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Slot {
    pub(super) key: u32,
    pub(super) start: u32,
}

/// The open-addressing layout of `rows` (distinct non-zero keys): mask, slots and the rows
/// in slot order, so that a slot's row is `slots[slot].start..slots[slot + 1].start`.
pub(super) fn layout<E: Copy>(rows: &[(u32, Vec<E>)]) -> (usize, Vec<Slot>, Vec<E>) {
    let keys: Vec<u32> = rows.iter().map(|r| r.0).collect();
    let mut bounds = Vec::with_capacity(rows.len() + 1);
    let mut entries = Vec::new();
    bounds.push(0);
    for (_, row) in rows {
        entries.extend_from_slice(row);
        bounds.push(entries.len() as u32);
    }
    layout_flat(&keys, &bounds, &entries)
}

/// [`layout`] of rows given flat: row `r` has key `keys[r]` and the entries
/// `entries[bounds[r]..bounds[r + 1]]`.
fn layout_flat<E: Copy>(keys: &[u32], bounds: &[u32], entries: &[E]) -> (usize, Vec<Slot>, Vec<E>) {
    let n = (keys.len() * 2).next_power_of_two().max(16);
    let mask = n - 1;
    let mut slots = vec![Slot::default(); n + 1];
    let mut out = Vec::with_capacity(entries.len());
    // Place keys first, then lay the rows out in slot order.
    let mut slot_row = vec![usize::MAX; n];
    for (r, k) in keys.iter().enumerate() {
        let mut s = (*k as usize) & mask;
        while slots[s].key != 0 && slots[s].key != *k {
            s = (s + 1) & mask;
        }
        slots[s].key = *k;
        slot_row[s] = r;
    }
    for (s, &r) in slot_row.iter().enumerate() {
        slots[s].start = out.len() as u32;
        if r < keys.len() {
            out.extend_from_slice(&entries[bounds[r] as usize..bounds[r + 1] as usize]);
        }
    }
    slots[n].start = out.len() as u32;
    (mask, slots, out)
}

#[derive(Debug, Clone, Copy, Default)]
struct Entry {
    class: u16,
    value: f32,
}

impl Weights {
    /// Builds the table from features and their sparse weight rows.
    pub fn from_rows(rows: &[(u32, Vec<(u16, f32)>)]) -> Weights {
        let rows: Vec<(u32, Vec<Entry>)> = rows
            .iter()
            .map(|(k, row)| {
                let row = row.iter().map(|&(class, value)| Entry { class, value });
                (*k, row.collect())
            })
            .collect();
        let (mask, slots, entries) = layout(&rows);
        Weights {
            mask,
            slots,
            entries,
            scale: None,
        }
    }

    /// Adds the weights of `features` to `scores` (indexed by class).
    #[inline]
    pub fn score(&self, features: &[u32], scores: &mut [f32]) {
        for &k in features {
            if let Some(row) = self.row(k) {
                for e in row {
                    if let Some(x) = scores.get_mut(usize::from(e.class)) {
                        *x += e.value;
                    }
                }
            }
        }
    }

    #[inline]
    fn row(&self, k: u32) -> Option<&[Entry]> {
        if self.slots.is_empty() {
            return None;
        }
        let mut s = (k as usize) & self.mask;
        loop {
            let slot = self.slots[s];
            if slot.key == k {
                let end = self.slots[s + 1].start as usize;
                return Some(&self.entries[slot.start as usize..end]);
            }
            if slot.key == 0 {
                return None;
            }
            s = (s + 1) & self.mask;
        }
    }

    /// The quantisation step of these weights: the one they were read with, or the one
    /// [`Model::to_bytes`] would write them with.
    fn step(&self) -> f32 {
        self.scale.unwrap_or_else(|| {
            let max = self
                .entries
                .iter()
                .map(|e| e.value.abs())
                .fold(0f32, f32::max);
            max.max(1e-6) / 32767.0
        })
    }

    /// The weights in whole quantisation steps (the values [`Model::to_bytes`] writes).
    pub fn quantised(&self) -> QWeights {
        let step = self.step();
        let entries = self.entries.iter().map(|e| QEntry {
            class: e.class,
            value: (e.value / step).round().clamp(-32767.0, 32767.0) as i16,
        });
        QWeights::from_parts(self.mask, self.slots.clone(), entries.collect())
    }

    /// The number of features and of (feature, class) weights.
    pub fn size(&self) -> (usize, usize) {
        (
            self.slots[..self.mask + 1]
                .iter()
                .filter(|s| s.key != 0)
                .count(),
            self.entries.len(),
        )
    }

    fn rows(&self) -> Vec<(u32, Vec<(u16, f32)>)> {
        let mut rows = Vec::new();
        for (s, slot) in self.slots[..self.mask + 1].iter().enumerate() {
            if slot.key != 0 {
                let (a, b) = (slot.start as usize, self.slots[s + 1].start as usize);
                let row = self.entries[a..b]
                    .iter()
                    .map(|e| (e.class, e.value))
                    .collect();
                rows.push((slot.key, row));
            }
        }
        rows.sort_unstable_by_key(|r| r.0);
        rows
    }
}

/// How a lemma is written relative to its form (keeps the table small).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LemmaRule {
    /// The form itself.
    Form,
    /// The lower-cased form.
    Lower,
    /// Another string.
    Other(Box<str>),
}

/// Everything the tagger learned.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// Part-of-speech labels, `UPOS XPOS` (`NOUN NN`).
    pub pos_labels: Vec<String>,
    /// Morphology labels: UD FEATS restricted to the features the tagger gives (`_` for none).
    pub morph_labels: Vec<String>,
    /// For each part-of-speech label, the morphology labels seen with it in training.
    pub allowed: Vec<Vec<u16>>,
    /// Part-of-speech weights.
    pub pos: Weights,
    /// Morphology weights.
    pub morph: Weights,
    /// Lemmas by key (lower-cased form and part-of-speech label, see
    /// [`super::tagger::lemma_key`]), sorted by key.
    pub lemmas: Vec<(u32, LemmaRule)>,
    /// The tag dictionary: the part-of-speech label of each frequent form that training
    /// saw with that label alone ([`super::tagger::pos_dict_key`]), sorted by key. Such a
    /// word is given its label without scoring.
    pub pos_dict: Vec<(u32, u16)>,
    /// The same for morphology: the label of a frequent form with a part-of-speech label
    /// ([`super::tagger::morph_dict_key`]), sorted by key.
    pub morph_dict: Vec<(u32, u16)>,
}

const MAGIC: &[u8; 8] = b"SPKTAG02";

impl Model {
    /// The compact binary form (weights quantised to 16 bits).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        for labels in [&self.pos_labels, &self.morph_labels] {
            put_u32(&mut out, labels.len() as u32);
            for l in labels {
                put_str(&mut out, l);
            }
        }
        for a in &self.allowed {
            put_u32(&mut out, a.len() as u32);
            for &c in a {
                out.extend_from_slice(&c.to_le_bytes());
            }
        }
        for w in [&self.pos, &self.morph] {
            let rows = w.rows();
            let max = rows
                .iter()
                .flat_map(|r| r.1.iter().map(|x| x.1.abs()))
                .fold(0f32, f32::max)
                .max(1e-6);
            let scale = max / 32767.0;
            out.extend_from_slice(&scale.to_le_bytes());
            put_u32(&mut out, rows.len() as u32);
            for (k, row) in rows {
                out.extend_from_slice(&k.to_le_bytes());
                out.extend_from_slice(&(row.len() as u16).to_le_bytes());
                for (c, v) in row {
                    out.extend_from_slice(&c.to_le_bytes());
                    let q = (v / scale).round().clamp(-32767.0, 32767.0) as i16;
                    out.extend_from_slice(&q.to_le_bytes());
                }
            }
        }
        put_u32(&mut out, self.lemmas.len() as u32);
        for (k, rule) in &self.lemmas {
            out.extend_from_slice(&k.to_le_bytes());
            match rule {
                LemmaRule::Form => out.push(0),
                LemmaRule::Lower => out.push(1),
                LemmaRule::Other(s) => {
                    out.push(2);
                    put_str(&mut out, s);
                }
            }
        }
        for dict in [&self.pos_dict, &self.morph_dict] {
            put_u32(&mut out, dict.len() as u32);
            for (k, label) in dict {
                out.extend_from_slice(&k.to_le_bytes());
                out.extend_from_slice(&label.to_le_bytes());
            }
        }
        out
    }

    /// Reads the binary form.
    pub fn from_bytes(bytes: &[u8]) -> Result<Model> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(8)? != MAGIC {
            return Err(r.bad("not a tagger model (bad magic)"));
        }
        let mut m = Model::default();
        for labels in [&mut m.pos_labels, &mut m.morph_labels] {
            let n = r.u32()?;
            for _ in 0..n {
                labels.push(r.str()?);
            }
        }
        for _ in 0..m.pos_labels.len() {
            let n = r.u32()?;
            let mut a = Vec::with_capacity(n as usize);
            for _ in 0..n {
                let c = r.u16()?;
                if usize::from(c) >= m.morph_labels.len() {
                    return Err(r.bad("morphology label out of range"));
                }
                a.push(c);
            }
            m.allowed.push(a);
        }
        for (which, n_labels) in [(0, m.pos_labels.len()), (1, m.morph_labels.len())] {
            let scale = f32::from_le_bytes(r.array()?);
            let n = r.u32()? as usize;
            // Read flat (no vector per row): keys, row bounds and entries.
            let mut keys = Vec::with_capacity(n);
            let mut bounds = Vec::with_capacity(n + 1);
            let mut entries = Vec::new();
            bounds.push(0u32);
            for _ in 0..n {
                keys.push(r.u32()?);
                let len = r.u16()?;
                for _ in 0..len {
                    let c = r.u16()?;
                    if usize::from(c) >= n_labels {
                        return Err(r.bad("label out of range"));
                    }
                    let q = i16::from_le_bytes(r.array()?);
                    entries.push(Entry {
                        class: c,
                        value: f32::from(q) * scale,
                    });
                }
                bounds.push(entries.len() as u32);
            }
            let (mask, slots, entries) = layout_flat(&keys, &bounds, &entries);
            let w = Weights {
                mask,
                slots,
                entries,
                scale: Some(scale),
            };
            if which == 0 {
                m.pos = w;
            } else {
                m.morph = w;
            }
        }
        let n = r.u32()?;
        for _ in 0..n {
            let k = r.u32()?;
            let rule = match r.take(1)?[0] {
                0 => LemmaRule::Form,
                1 => LemmaRule::Lower,
                2 => LemmaRule::Other(r.str()?.into()),
                _ => return Err(r.bad("bad lemma rule")),
            };
            m.lemmas.push((k, rule));
        }
        for (which, n_labels) in [(0, m.pos_labels.len()), (1, m.morph_labels.len())] {
            let n = r.u32()?;
            let mut dict = Vec::with_capacity(n as usize);
            for _ in 0..n {
                let k = r.u32()?;
                let label = r.u16()?;
                if usize::from(label) >= n_labels {
                    return Err(r.bad("dictionary label out of range"));
                }
                dict.push((k, label));
            }
            if !dict.windows(2).all(|w| w[0].0 < w[1].0) {
                return Err(r.bad("dictionary not sorted"));
            }
            if which == 0 {
                m.pos_dict = dict;
            } else {
                m.morph_dict = dict;
            }
        }
        if r.at != bytes.len() {
            return Err(r.bad("trailing bytes"));
        }
        Ok(m)
    }
}

fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u16).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn bad(&self, what: &str) -> Error {
        Error::Internal {
            message: format!("tagger model, byte {}: {what}", self.at),
        }
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if self.bytes.len() - self.at < n {
            return Err(self.bad("truncated"));
        }
        let s = &self.bytes[self.at..self.at + n];
        self.at += n;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    fn str(&mut self) -> Result<String> {
        let n = usize::from(self.u16()?);
        let b = self.take(n)?;
        String::from_utf8(b.to_vec()).map_err(|_| self.bad("label is not UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_untrained_model_scores_nothing() {
        // Training starts from the default (empty) tables and tags with them.
        let mut q = [0i32; 3];
        QWeights::default().add(7, &mut q);
        assert_eq!(q, [0, 0, 0]);
        let mut f = [0f32; 3];
        Weights::default().score(&[7, 9], &mut f);
        assert_eq!(f, [0.0, 0.0, 0.0]);
    }

    #[test]
    fn weights_score_their_features() {
        let w = Weights::from_rows(&[(7, vec![(0, 1.0), (2, -0.5)]), (9, vec![(1, 2.0)])]);
        let mut s = [0f32; 3];
        w.score(&[7, 9, 11], &mut s);
        assert_eq!(s, [1.0, 2.0, -0.5]);
        assert_eq!(w.size(), (2, 3));
    }

    #[test]
    fn round_trip_and_truncation() {
        let m = Model {
            pos_labels: vec!["NOUN NN".into(), "VERB VVFIN".into()],
            morph_labels: vec!["_".into(), "Case=Nom".into()],
            allowed: vec![vec![0, 1], vec![0]],
            pos: Weights::from_rows(&[(3, vec![(1, 0.25)])]),
            morph: Weights::from_rows(&[(5, vec![(1, -1.0)])]),
            lemmas: vec![(4, LemmaRule::Lower), (8, LemmaRule::Other("sein".into()))],
            pos_dict: vec![(5, 1)],
            morph_dict: vec![(2, 0), (9, 1)],
        };
        let b = m.to_bytes();
        let back = Model::from_bytes(&b).unwrap();
        assert_eq!(back.pos_labels, m.pos_labels);
        assert_eq!(back.allowed, m.allowed);
        assert_eq!(back.lemmas, m.lemmas);
        assert_eq!(back.pos_dict, m.pos_dict);
        assert_eq!(back.morph_dict, m.morph_dict);
        let mut s = [0f32; 2];
        back.pos.score(&[3], &mut s);
        assert!((s[1] - 0.25).abs() < 1e-4);
        assert!(Model::from_bytes(&b[..b.len() - 3]).is_err());
        assert!(Model::from_bytes(b"nonsense").is_err());
    }
}
