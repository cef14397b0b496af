//! The noun lexicon's data as one flat byte image: built from the data files by
//! [`TableBuilder`] (at compile time by `build.rs`, which includes this file, so that the
//! binary carries the finished image and starts without parsing), read in place by
//! [`Table`] with no allocation.
//!
//! Image layout (all integers little-endian): a header of [`HEADER`] u32 words — the byte
//! offsets of the string arena, the lemma index, the form table, the Konjunktiv table and
//! the adjective table, the three tables' slot counts (powers of two) and their entry
//! counts — then the sections. A table slot is [`SLOT`] bytes: key offset and lemma number
//! (u32), key length (u16), classes, gender, cells and a used flag (0: empty slot); open
//! addressing with linear probing on [`hash`]. A lemma index entry is its offset and length
//! in the arena (u32 each).
//!
//! This file uses nothing of the crate: `build.rs` compiles it on its own.

use std::collections::HashMap;

/// What the lexicon records for a form (or a Konjunktiv form: its kind in `classes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FormInfo {
    /// [`class`] bits (of a Konjunktiv form: its kind).
    pub classes: u8,
    /// Gender bits: 1 masculine, 2 feminine, 4 neuter.
    pub gender: u8,
    /// Case/number cell bits.
    pub cells: u8,
    /// The lemma's number.
    pub lemma: u32,
}

/// Noun classes (bits of [`FormInfo::classes`]).
pub mod class {
    /// Common noun.
    pub const COMMON: u8 = 1;
    /// Noun with adjective declension (`Abgeordnete`).
    pub const ADJECTIVAL: u8 = 2;
    /// Place name.
    pub const TOPONYM: u8 = 4;
    /// Given name.
    pub const GIVEN: u8 = 8;
    /// Family name.
    pub const FAMILY: u8 = 16;
    /// Other proper name.
    pub const PROPER: u8 = 32;
    /// Found through the compound's head, not as a whole.
    pub const COMPOUND: u8 = 64;
    /// Name of a month or weekday.
    pub const CALENDAR: u8 = 128;
    /// The proper-name classes.
    pub const NAME: u8 = TOPONYM | GIVEN | FAMILY | PROPER;
}

/// Words in the image's header.
const HEADER: usize = 11;
/// Bytes of a table slot.
const SLOT: usize = 16;

const K: u64 = 0x517c_c1b7_2722_0a95;

/// The tables' hash of a key (FxHash-style, word at a time; the same on every platform).
#[inline]
pub fn hash(bytes: &[u8]) -> u64 {
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    // The high bits are the best mixed.
    h ^ (h >> 29)
}

/// `text` lower-cased into `buffer` (reused: no allocation for an ASCII word).
pub fn lower_into(buffer: &mut String, text: &str) {
    buffer.clear();
    if text.is_ascii() {
        buffer.push_str(text);
        buffer.make_ascii_lowercase();
    } else {
        buffer.push_str(&text.to_lowercase());
    }
}

/// The lexicon being built from its data files, in the order they are added.
#[derive(Default)]
pub struct TableBuilder {
    forms: HashMap<String, FormInfo>,
    /// Forms in the order they were first added (the image does not depend on hash order).
    order: Vec<String>,
    lemmas: Vec<String>,
    subjunctive: Vec<(String, u8)>,
    adjectives: Vec<String>,
}

impl TableBuilder {
    /// Adds the nouns of `data/nouns.tsv`'s format; an error is (line number, what).
    pub fn parse_nouns(&mut self, nouns: &str) -> Result<(), (usize, String)> {
        let (mut form, mut lower) = (String::new(), String::new());
        // A line's distinct form cells with the case/number cells they fill: a paradigm
        // repeats a form in several cells, and each form is built and looked up once.
        let mut distinct: Vec<(&str, u8)> = Vec::with_capacity(16);
        for (n, line) in nouns.lines().enumerate() {
            let bad = |what: &str| (n + 1, what.to_string());
            let mut cols = line.split('\t');
            let (Some(lemma), Some(k), Some(gender), Some(forms), None) = (
                cols.next(),
                cols.next(),
                cols.next(),
                cols.next(),
                cols.next(),
            ) else {
                return Err(bad("expected 4 tab-separated columns"));
            };
            let mut classes = 0u8;
            for c in k.chars() {
                classes |= match c {
                    'N' => class::COMMON,
                    'A' => class::ADJECTIVAL,
                    'T' => class::TOPONYM,
                    'V' => class::GIVEN,
                    'F' => class::FAMILY,
                    'E' => class::PROPER,
                    'K' => class::CALENDAR,
                    _ => return Err(bad("unknown class")),
                };
            }
            if classes == 0 {
                return Err(bad("no class"));
            }
            let mut g = 0u8;
            for c in gender.chars() {
                g |= match c {
                    'm' => 1,
                    'f' => 2,
                    'n' => 4,
                    _ => return Err(bad("unknown gender")),
                };
            }
            let id = self.lemmas.len() as u32;
            self.lemmas.push(lemma.into());
            // The byte offset of the lemma's first `keep` characters.
            let ascii = lemma.is_ascii();
            let lemma_chars = if ascii {
                lemma.len()
            } else {
                lemma.chars().count()
            };
            let prefix = |keep: usize| {
                if ascii {
                    keep
                } else {
                    lemma
                        .char_indices()
                        .nth(keep)
                        .map_or(lemma.len(), |(b, _)| b)
                }
            };
            lower_into(&mut lower, lemma);
            self.add(&lower, classes, g, 0, id);
            if forms.is_empty() {
                continue;
            }
            if forms.bytes().filter(|&b| b == b'|').count() != 7 {
                return Err(bad("expected 8 form cells"));
            }
            distinct.clear();
            for (bit, cell) in forms.split('|').enumerate() {
                for variant in cell.split('/').filter(|v| !v.is_empty()) {
                    let digits = variant.bytes().take_while(u8::is_ascii_digit).count();
                    let keep: usize = variant[..digits]
                        .parse()
                        .map_err(|_| bad("form without shared-prefix length"))?;
                    if keep > lemma_chars {
                        return Err(bad("shared prefix longer than the lemma"));
                    }
                    match distinct.iter_mut().find(|(v, _)| *v == variant) {
                        Some((_, cells)) => *cells |= 1 << bit,
                        None => distinct.push((variant, 1 << bit)),
                    }
                }
            }
            for &(variant, cells) in &distinct {
                let digits = variant.bytes().take_while(u8::is_ascii_digit).count();
                // Checked above.
                let keep: usize = variant[..digits].parse().unwrap_or(0);
                form.clear();
                form.push_str(&lemma[..prefix(keep)]);
                form.push_str(&variant[digits..]);
                lower_into(&mut lower, &form);
                self.add(&lower, classes, g, cells, id);
            }
        }
        Ok(())
    }

    /// Adds the Konjunktiv forms of `data/subjunctive.tsv`'s format; an error is (line
    /// number, what).
    pub fn parse_subjunctive(&mut self, subjunctive: &str) -> Result<(), (usize, String)> {
        for (n, line) in subjunctive.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (form, kind) = line.split_once('\t').unwrap_or((line, ""));
            let code = match kind {
                "k1" => 1,
                "k2" => 2,
                "k1-1sg" => 3,
                "k2-past" => 4,
                _ => {
                    return Err((
                        n + 1,
                        format!("unknown kind {kind:?} (k1, k2, k1-1sg, k2-past)"),
                    ))
                }
            };
            match self.subjunctive.iter_mut().find(|(f, _)| f == form) {
                Some(e) => e.1 = code,
                None => self.subjunctive.push((form.into(), code)),
            }
        }
        Ok(())
    }

    /// Adds the names of a name list (one a line, first column; `#` comments and a header
    /// line `name…` skipped) with the class `classes`.
    pub fn add_names(&mut self, text: &str, classes: u8) {
        let mut lower = String::new();
        for line in text.lines() {
            let name = line.split('\t').next().unwrap_or("").trim();
            if name.is_empty() || line.starts_with('#') || name == "name" {
                continue;
            }
            lower_into(&mut lower, name);
            let id = self.lemmas.len() as u32;
            self.lemmas.push(name.into());
            self.add(&lower, classes, 0, 0, id);
        }
    }

    /// Adds the adjective lemmas of a list (one lower-cased lemma a line, `#` comments).
    pub fn add_adjectives(&mut self, text: &str) {
        for line in text.lines() {
            let lemma = line.trim();
            if !lemma.is_empty() && !line.starts_with('#') {
                self.adjectives.push(lemma.into());
            }
        }
    }

    fn add(&mut self, lower: &str, classes: u8, gender: u8, cells: u8, lemma: u32) {
        let Some(e) = self.forms.get_mut(lower) else {
            let info = FormInfo {
                classes,
                gender,
                cells,
                lemma,
            };
            self.forms.insert(lower.into(), info);
            self.order.push(lower.into());
            return;
        };
        // A common noun's lemma wins over a name's of the same spelling.
        if classes & (class::COMMON | class::ADJECTIVAL) != 0
            && e.classes & (class::COMMON | class::ADJECTIVAL) == 0
        {
            e.lemma = lemma;
        }
        e.classes |= classes;
        e.gender |= gender;
        e.cells |= cells;
    }

    /// The finished image (see the module documentation).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut arena: Vec<u8> = Vec::new();
        let mut put = |s: &str| {
            let at = arena.len() as u32;
            arena.extend_from_slice(s.as_bytes());
            (at, s.len() as u32)
        };
        let lemmas: Vec<(u32, u32)> = self.lemmas.iter().map(|l| put(l)).collect();
        let forms: Vec<((u32, u32), FormInfo)> =
            self.order.iter().map(|f| (put(f), self.forms[f])).collect();
        let subjunctive: Vec<((u32, u32), FormInfo)> = self
            .subjunctive
            .iter()
            .map(|(f, code)| {
                let info = FormInfo {
                    classes: *code,
                    ..FormInfo::default()
                };
                (put(f), info)
            })
            .collect();
        let adjectives: Vec<((u32, u32), FormInfo)> = self
            .adjectives
            .iter()
            .map(|a| (put(a), FormInfo::default()))
            .collect();
        let counts = [forms.len(), subjunctive.len(), adjectives.len()];
        let tables = [forms, subjunctive, adjectives].map(|t| slots(&arena, &t));
        let mut out = Vec::new();
        let mut at = HEADER * 4;
        let mut header = Vec::with_capacity(HEADER);
        for len in [arena.len(), lemmas.len() * 8] {
            header.push(at as u32);
            at += len;
        }
        for (_, bytes) in &tables {
            header.push(at as u32);
            at += bytes.len();
        }
        header.extend(tables.iter().map(|(n, _)| *n as u32));
        header.extend(counts.map(|n| n as u32));
        for h in header {
            out.extend_from_slice(&h.to_le_bytes());
        }
        out.extend_from_slice(&arena);
        for (o, l) in lemmas {
            out.extend_from_slice(&o.to_le_bytes());
            out.extend_from_slice(&l.to_le_bytes());
        }
        for (_, bytes) in tables {
            out.extend_from_slice(&bytes);
        }
        out
    }
}

/// The slots of an open-addressing table of `entries` (keys in `arena`): the slot count
/// (a power of two, at least twice the entries) and the slots' bytes.
fn slots(arena: &[u8], entries: &[((u32, u32), FormInfo)]) -> (usize, Vec<u8>) {
    let n = (entries.len() * 2).next_power_of_two().max(2);
    let mut bytes = vec![0u8; n * SLOT];
    for &((off, len), info) in entries {
        if len > u32::from(u16::MAX) {
            continue;
        }
        let key = &arena[off as usize..(off + len) as usize];
        let mut s = hash(key) as usize & (n - 1);
        while bytes[s * SLOT + 13] != 0 {
            s = (s + 1) & (n - 1);
        }
        let slot = &mut bytes[s * SLOT..(s + 1) * SLOT];
        slot[0..4].copy_from_slice(&off.to_le_bytes());
        slot[4..8].copy_from_slice(&info.lemma.to_le_bytes());
        slot[8..10].copy_from_slice(&(len as u16).to_le_bytes());
        slot[10] = info.classes;
        slot[11] = info.gender;
        slot[12] = info.cells;
        slot[13] = 1;
    }
    (n, bytes)
}

/// An image read in place: the section boundaries of its header.
#[derive(Debug, Clone, Copy, Default)]
pub struct Table {
    arena: usize,
    lemmas: usize,
    /// Start of each table and its slot count minus one.
    tables: [(usize, usize); 3],
    /// The entries of each table.
    counts: [usize; 3],
}

/// The tables of an image.
#[derive(Debug, Clone, Copy)]
pub enum Section {
    /// Noun and name forms.
    Forms = 0,
    /// Konjunktiv forms.
    Subjunctive = 1,
    /// Adjective lemmas.
    Adjectives = 2,
}

#[inline]
fn word(bytes: &[u8], at: usize) -> u32 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&bytes[at..at + 4]);
    u32::from_le_bytes(w)
}

impl Table {
    /// The header of `image`; `None` when it is too short or its sections do not fit.
    pub fn new(image: &[u8]) -> Option<Table> {
        if image.len() < HEADER * 4 {
            return None;
        }
        let h: Vec<usize> = (0..HEADER).map(|i| word(image, i * 4) as usize).collect();
        let mut tables = [(0, 0); 3];
        for (t, table) in tables.iter_mut().enumerate() {
            let n = h[5 + t];
            if !n.is_power_of_two() || h[2 + t].checked_add(n * SLOT)? > image.len() {
                return None;
            }
            *table = (h[2 + t], n - 1);
        }
        (h[0] <= h[1] && h[1] <= h[2]).then_some(Table {
            arena: h[0],
            lemmas: h[1],
            tables,
            counts: [h[8], h[9], h[10]],
        })
    }

    /// The entry of `key` in table `section` of `image`.
    #[inline]
    pub fn get(&self, image: &[u8], section: Section, key: &str) -> Option<FormInfo> {
        let (start, mask) = self.tables[section as usize];
        let key = key.as_bytes();
        let mut s = hash(key) as usize & mask;
        loop {
            let slot = image.get(start + s * SLOT..start + (s + 1) * SLOT)?;
            if slot[13] == 0 {
                return None;
            }
            let len = usize::from(u16::from_le_bytes([slot[8], slot[9]]));
            if len == key.len() {
                let off = self.arena + word(slot, 0) as usize;
                if image.get(off..off + len) == Some(key) {
                    return Some(FormInfo {
                        classes: slot[10],
                        gender: slot[11],
                        cells: slot[12],
                        lemma: word(slot, 4),
                    });
                }
            }
            s = (s + 1) & mask;
        }
    }

    /// The number of entries of table `section`.
    pub fn len(&self, section: Section) -> usize {
        self.counts[section as usize]
    }

    /// Lemma number `id` of `image`.
    pub fn lemma<'a>(&self, image: &'a [u8], id: u32) -> Option<&'a str> {
        let at = self.lemmas.checked_add((id as usize).checked_mul(8)?)?;
        if at + 8 > self.tables[0].0 {
            return None;
        }
        let off = self.arena + word(image, at) as usize;
        let len = word(image, at + 4) as usize;
        std::str::from_utf8(image.get(off..off + len)?).ok()
    }
}

/// The built-in lexicon's image from its data files' contents: the nouns and Konjunktiv
/// forms, the given names and family names as names of those classes, the adjectives. An
/// error names the file and line.
pub fn builtin_image(
    nouns: &str,
    subjunctive: &str,
    given_names: &str,
    family_names: &str,
    adjectives: &str,
) -> Result<Vec<u8>, String> {
    let mut b = TableBuilder::default();
    b.parse_nouns(nouns)
        .map_err(|(n, what)| format!("src/grammar/data/nouns.tsv:{n}: {what}"))?;
    b.parse_subjunctive(subjunctive)
        .map_err(|(n, what)| format!("src/grammar/data/subjunctive.tsv:{n}: {what}"))?;
    b.add_names(given_names, class::GIVEN);
    b.add_names(family_names, class::FAMILY);
    b.add_adjectives(adjectives);
    Ok(b.to_bytes())
}
