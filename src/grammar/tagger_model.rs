//! The trained tagger's parameters: two weight tables (part of speech, morphology), their
//! label sets and the lemma table, with a compact little-endian binary form that is
//! embedded in the binary (`data/tagger.bin`, written by `tools/grammar/train.sh`).

use crate::error::{Error, Result};

/// Perceptron weights: an open-addressing table from feature key to the (class, weight)
/// pairs the feature carries, weights quantised to 16 bits. A slot is its key and the
/// position and length of its row, so a feature costs two memory reads.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    mask: usize,
    /// `[key, start << 8 | len]`; key 0 is an empty slot.
    slots: Vec<[u32; 2]>,
    /// `class << 16 | weight` (weight as `i16` bits).
    entries: Vec<u32>,
    scale: f32,
}

/// Longest row kept (rows are a feature's weights for the classes it votes on).
const MAX_ROW: usize = 255;

impl Weights {
    /// Builds the table from features and their sparse weight rows.
    pub fn from_rows(rows: &[(u32, Vec<(u16, f32)>)]) -> Weights {
        let max = rows
            .iter()
            .flat_map(|r| r.1.iter().map(|x| x.1.abs()))
            .fold(0f32, f32::max)
            .max(1e-6);
        let scale = max / 32767.0;
        let slots = (rows.len() * 2).next_power_of_two().max(16);
        let mut w = Weights {
            mask: slots - 1,
            slots: vec![[0, 0]; slots],
            entries: Vec::new(),
            scale,
        };
        for (k, row) in rows {
            let mut row: Vec<(u16, i16)> = row
                .iter()
                .map(|&(c, v)| (c, (v / scale).round().clamp(-32767.0, 32767.0) as i16))
                .filter(|e| e.1 != 0)
                .collect();
            if row.is_empty() {
                continue;
            }
            if row.len() > MAX_ROW {
                row.sort_by_key(|e| std::cmp::Reverse(e.1.unsigned_abs()));
                row.truncate(MAX_ROW);
            }
            row.sort_unstable_by_key(|e| e.0);
            let mut s = (*k as usize) & w.mask;
            while w.slots[s][0] != 0 {
                s = (s + 1) & w.mask;
            }
            let start = w.entries.len() as u32;
            w.slots[s] = [*k, start << 8 | row.len() as u32];
            w.entries.extend(
                row.iter()
                    .map(|&(c, v)| u32::from(c) << 16 | u32::from(v as u16)),
            );
        }
        w
    }

    /// Adds the (quantised) weights of `features` to `scores` (indexed by class).
    #[inline]
    pub fn score(&self, features: &[u32], scores: &mut [i32]) {
        // First find every feature's row, then add them: the lookups do not depend on each
        // other, so their memory reads overlap.
        let mut rows = [0u32; 64];
        for chunk in features.chunks(64) {
            let mut n = 0;
            for &k in chunk {
                let mut s = (k as usize) & self.mask;
                loop {
                    let [key, row] = self.slots[s];
                    if key == k {
                        rows[n] = row;
                        n += 1;
                        break;
                    }
                    if key == 0 {
                        break;
                    }
                    s = (s + 1) & self.mask;
                }
            }
            for &row in &rows[..n] {
                let (a, len) = ((row >> 8) as usize, (row & 0xff) as usize);
                for &e in &self.entries[a..a + len] {
                    if let Some(x) = scores.get_mut((e >> 16) as usize) {
                        *x += i32::from(e as u16 as i16);
                    }
                }
            }
        }
    }

    /// The number of features and of (feature, class) weights.
    pub fn size(&self) -> (usize, usize) {
        (
            self.slots.iter().filter(|s| s[0] != 0).count(),
            self.entries.len(),
        )
    }

    fn rows(&self) -> Vec<(u32, Vec<(u16, f32)>)> {
        let mut rows = Vec::new();
        for &[k, row] in &self.slots {
            if k != 0 {
                let (a, len) = ((row >> 8) as usize, (row & 0xff) as usize);
                let r = self.entries[a..a + len]
                    .iter()
                    .map(|&e| ((e >> 16) as u16, f32::from(e as u16 as i16) * self.scale))
                    .collect();
                rows.push((k, r));
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
}

const MAGIC: &[u8; 8] = b"SPKTAG01";

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
            let scale = w.scale.max(1e-9);
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
            let n = r.u32()?;
            let mut rows = Vec::with_capacity(n as usize);
            for _ in 0..n {
                let k = r.u32()?;
                let len = r.u16()?;
                let mut row = Vec::with_capacity(usize::from(len));
                for _ in 0..len {
                    let c = r.u16()?;
                    if usize::from(c) >= n_labels {
                        return Err(r.bad("label out of range"));
                    }
                    let q = i16::from_le_bytes(r.array()?);
                    row.push((c, f32::from(q) * scale));
                }
                rows.push((k, row));
            }
            let w = Weights::from_rows(&rows);
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
        if !m.lemmas.is_sorted_by_key(|e| e.0) {
            return Err(r.bad("lemma table not sorted"));
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
        Error::parse("tagger model", 0, 0, format!("byte {}: {what}", self.at))
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
    fn weights_score_their_features() {
        let w = Weights::from_rows(&[(7, vec![(0, 1.0), (2, -0.5)]), (9, vec![(1, 2.0)])]);
        let mut s = [0i32; 3];
        w.score(&[7, 9, 11], &mut s);
        assert_eq!(s, [16384, 32767, -8192]);
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
        };
        let b = m.to_bytes();
        let back = Model::from_bytes(&b).unwrap();
        assert_eq!(back.pos_labels, m.pos_labels);
        assert_eq!(back.allowed, m.allowed);
        assert_eq!(back.lemmas, m.lemmas);
        let mut s = [0i32; 2];
        back.pos.score(&[3], &mut s);
        assert_eq!(s, [0, 32767]);
        assert!(Model::from_bytes(&b[..b.len() - 3]).is_err());
        assert!(Model::from_bytes(b"nonsense").is_err());
    }
}
