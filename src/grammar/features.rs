//! The hashing and word-level facts the tagger's feature templates share: every feature
//! is a 32-bit hash of a template number and a value ([`key`]), so no strings are built
//! while tagging.
//!
//! Word-level facts (lower-cased form, suffixes, shape, noun-lexicon class) are computed
//! once per token ([`WordInfo`]); the part-of-speech templates ([`super::features_pos`]) and
//! the morphology templates ([`super::features_morph`]) combine them with the neighbours'
//! words and the tags already assigned to the left.

use super::lexicon::{class, NounHit, NounLexicon, Subjunctive};

const K: u64 = 0x517c_c1b7_2722_0a95;

/// Hash of `bytes` under `seed` (FxHash-style word-at-a-time mixing; the same on every
/// platform, so a trained model's keys stay valid).
pub fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    let mut h = seed ^ (bytes.len() as u64).wrapping_mul(K);
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
    h
}

/// Combines two hashes.
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    (a.rotate_left(5) ^ b).wrapping_mul(K)
}

/// The final feature key: template and value, avalanched (murmur3's finaliser) and folded
/// to 32 bits; never 0, which marks an empty slot in the weight table.
#[inline]
pub fn key(template: u32, value: u64) -> u32 {
    let mut h = mix(
        u64::from(template).wrapping_mul(0x9e37_79b9_7f4a_7c15),
        value,
    );
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^= h >> 33;
    let k = (h ^ (h >> 32)) as u32;
    if k == 0 {
        1
    } else {
        k
    }
}

/// Shape bits of a word.
pub mod shape {
    /// Starts with an upper-case letter.
    pub const CAP: u8 = 1;
    /// All letters upper case, more than one letter (`EU`, `NATO`).
    pub const ALLCAPS: u8 = 2;
    /// Contains a digit.
    pub const DIGIT: u8 = 4;
    /// Consists of digits and number punctuation only.
    pub const NUMBER: u8 = 8;
    /// Contains a hyphen.
    pub const HYPHEN: u8 = 16;
    /// Contains no letter and no digit (punctuation, symbols).
    pub const PUNCT: u8 = 32;
    /// Ends in a hyphen (`Staats-` in `Staats- und Regierungschefs`).
    pub const TRUNC: u8 = 64;
    /// Contains a period (`z.B.`, `Dr.`).
    pub const PERIOD: u8 = 128;
}

/// What the tagger knows about one token independently of its context.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    /// Hash of the lower-cased form.
    pub lower: u64,
    /// Hashes of the last 1, 2, 3, 4 and 5 characters of the lower-cased form.
    pub suffix: [u64; 5],
    /// Hash of the first 3 characters of the lower-cased form.
    pub prefix: u64,
    /// [`shape`] bits.
    pub shape: u8,
    /// Length in characters, capped at 15.
    pub len: u8,
    /// The noun lexicon's reading of the form.
    pub noun: NounHit,
    /// Whether the lower-cased form is a Konjunktiv form of the verb-paradigm list.
    pub subjunctive: Subjunctive,
    /// The adjective list's reading of the form ([`NounLexicon::adjective`]).
    pub adj: u8,
}

impl WordInfo {
    /// Analyses `form`, using `lower` as scratch space for its lower-cased copy.
    pub fn new(form: &str, lexicon: &NounLexicon, lower: &mut String) -> WordInfo {
        lower.clear();
        let mut shape = 0u8;
        let mut letters = 0usize;
        let mut uppers = 0usize;
        let mut digits = 0usize;
        let mut len = 0usize;
        for (i, c) in form.chars().enumerate() {
            len += 1;
            if c.is_alphabetic() {
                letters += 1;
                if c.is_uppercase() {
                    uppers += 1;
                    if i == 0 {
                        shape |= shape::CAP;
                    }
                }
            } else if c.is_numeric() {
                digits += 1;
            } else if c == '-' {
                shape |= shape::HYPHEN;
            } else if c == '.' {
                shape |= shape::PERIOD;
            }
            if c.is_ascii() {
                lower.push(c.to_ascii_lowercase());
            } else {
                lower.extend(c.to_lowercase());
            }
        }
        if uppers >= 2 && uppers == letters {
            shape |= shape::ALLCAPS;
        }
        if digits > 0 {
            shape |= shape::DIGIT;
            if letters == 0 {
                shape |= shape::NUMBER;
            }
        }
        if letters == 0 && digits == 0 {
            shape |= shape::PUNCT;
        }
        if letters > 0 && form.ends_with('-') {
            shape |= shape::TRUNC;
        }
        let l = lower.as_str();
        let mut suffix = [0u64; 5];
        let mut ends = l.char_indices().rev().map(|(i, _)| i);
        for (n, s) in suffix.iter_mut().enumerate() {
            match ends.next() {
                Some(i) => *s = hash_bytes(n as u64 + 1, &l.as_bytes()[i..]),
                None => *s = 0,
            }
        }
        // Words shorter than a suffix length repeat their whole form for the longer ones.
        for n in 1..5 {
            if suffix[n] == 0 {
                suffix[n] = suffix[n - 1];
            }
        }
        let p3 = l.char_indices().nth(3).map_or(l.len(), |(i, _)| i);
        WordInfo {
            lower: hash_bytes(0, l.as_bytes()),
            suffix,
            prefix: hash_bytes(9, &l.as_bytes()[..p3]),
            shape,
            len: len.min(15) as u8,
            noun: if letters > 0 {
                let cap = shape & shape::CAP != 0;
                let mut hit = lexicon.lookup(l, cap);
                // A family name written in lower case is a word (`lange`, `kurz`).
                if !cap {
                    hit.classes &= !class::FAMILY;
                }
                hit
            } else {
                NounHit::default()
            },
            subjunctive: lexicon.subjunctive(l),
            adj: if letters > 0 { lexicon.adjective(l) } else { 0 },
        }
    }

    /// A word outside the sentence (before the first or after the last).
    pub fn boundary(which: u64) -> WordInfo {
        WordInfo {
            lower: which,
            suffix: [which; 5],
            prefix: which,
            ..WordInfo::default()
        }
    }
}

/// Markers of the words outside a sentence (before the first, after the last).
pub(super) const START: u64 = 0x0053_5441_5254;
pub(super) const END: u64 = 0x0045_4e44;

/// The word at `i` (may be outside the sentence: a boundary marker).
#[inline]
pub(super) fn at(words: &[WordInfo], i: isize) -> WordInfo {
    if i < 0 {
        WordInfo::boundary(START + (-i) as u64)
    } else if i as usize >= words.len() {
        WordInfo::boundary(END + i as u64 - words.len() as u64)
    } else {
        words[i as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_stable_and_nonzero() {
        assert_eq!(hash_bytes(0, b"haus"), hash_bytes(0, b"haus"));
        assert_ne!(hash_bytes(0, b"haus"), hash_bytes(0, b"hause"));
        assert_ne!(hash_bytes(1, b"haus"), hash_bytes(2, b"haus"));
        assert_ne!(key(1, 5), 0);
        assert_ne!(key(1, 5), key(2, 5));
    }

    #[test]
    fn shapes() {
        let lex = NounLexicon::empty();
        let mut buf = String::new();
        let w = WordInfo::new("EU-Kommission", &lex, &mut buf);
        assert_eq!(buf, "eu-kommission");
        assert!(w.shape & shape::CAP != 0 && w.shape & shape::HYPHEN != 0);
        assert!(w.shape & shape::ALLCAPS == 0);
        let n = WordInfo::new("3.000", &lex, &mut buf);
        assert!(n.shape & shape::NUMBER != 0);
        let p = WordInfo::new("„", &lex, &mut buf);
        assert!(p.shape & shape::PUNCT != 0);
        let t = WordInfo::new("Staats-", &lex, &mut buf);
        assert!(t.shape & shape::TRUNC != 0);
        // Short words repeat their form for the longer suffixes.
        let a = WordInfo::new("am", &lex, &mut buf);
        assert_eq!(a.suffix[2], a.suffix[1]);
    }
}
