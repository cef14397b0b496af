//! Feature extraction shared by the tagger's training and inference: every feature is a
//! 32-bit hash of a template number and a value, so no strings are built while tagging.
//!
//! Word-level facts (lower-cased form, suffixes, shape, noun-lexicon class) are computed
//! once per token ([`WordInfo`]); the part-of-speech and morphology templates then combine
//! them with the neighbours' words and the tags already assigned to the left.

use super::lexicon::{NounHit, NounLexicon, Subjunctive};

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
                lexicon.lookup(l, shape & shape::CAP != 0)
            } else {
                NounHit::default()
            },
            subjunctive: lexicon.subjunctive(l),
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

/// Template numbers. Kept stable: a trained model's keys depend on them.
mod t {
    pub const BIAS: u32 = 1;
    pub const W: u32 = 2;
    pub const SUF1: u32 = 3;
    pub const SUF2: u32 = 4;
    pub const SUF3: u32 = 5;
    pub const SUF4: u32 = 6;
    pub const SUF5: u32 = 7;
    pub const PRE3: u32 = 8;
    pub const SHAPE: u32 = 9;
    pub const NOUN: u32 = 10;
    pub const NOUN_SHAPE_FIRST: u32 = 11;
    pub const WM1: u32 = 12;
    pub const WP1: u32 = 13;
    pub const WM2: u32 = 14;
    pub const WP2: u32 = 15;
    pub const SUF3M1: u32 = 16;
    pub const SUF3P1: u32 = 17;
    pub const TM1: u32 = 18;
    pub const TM2: u32 = 19;
    pub const TM1TM2: u32 = 20;
    pub const TM1W: u32 = 21;
    pub const SHAPEP1: u32 = 22;
    pub const FIRST_SHAPE: u32 = 23;
    pub const TM1SUF3: u32 = 24;
    pub const WM1W: u32 = 25;
    pub const WWP1: u32 = 26;
    pub const SUBJ: u32 = 27;
    pub const NOUNP1: u32 = 28;
    pub const LEN_SHAPE: u32 = 29;
    pub const NOUN_SUF3: u32 = 30;
    pub const WORD_TM1_SHAPE: u32 = 31;

    pub const M_BIAS: u32 = 100;
    pub const M_W: u32 = 101;
    pub const M_SUF1: u32 = 102;
    pub const M_SUF2: u32 = 103;
    pub const M_SUF3: u32 = 104;
    pub const M_TAG: u32 = 105;
    pub const M_TAG_SUF2: u32 = 106;
    pub const M_TAG_SUF3: u32 = 107;
    pub const M_CELLS: u32 = 108;
    pub const M_GENDER: u32 = 109;
    pub const M_TM1: u32 = 110;
    pub const M_TP1: u32 = 111;
    pub const M_TM2: u32 = 112;
    pub const M_WM1: u32 = 113;
    pub const M_WM2: u32 = 114;
    pub const M_WP1: u32 = 115;
    pub const M_LM1: u32 = 116;
    pub const M_LM1_TAG: u32 = 117;
    pub const M_ADP: u32 = 118;
    pub const M_ADP_TAG: u32 = 119;
    pub const M_DET: u32 = 120;
    pub const M_DET_LABEL: u32 = 121;
    pub const M_SUBJ: u32 = 122;
    pub const M_VERB_SEEN: u32 = 123;
    pub const M_PRON_LEFT: u32 = 124;
    pub const M_FIRST: u32 = 125;
    pub const M_CELLS_TAG: u32 = 126;
    pub const M_TAG_TP1_WP1: u32 = 127;
    pub const M_SUF4: u32 = 128;
    pub const M_TAG_W: u32 = 129;
    pub const M_ADP_DET_LABEL: u32 = 130;
    pub const M_PRON_NEXT: u32 = 131;
    pub const M_LM1_W: u32 = 132;
}

const START: u64 = 0x0053_5441_5254;
const END: u64 = 0x0045_4e44;

/// The word at `i` (may be outside the sentence: a boundary marker).
#[inline]
fn at(words: &[WordInfo], i: isize) -> WordInfo {
    if i < 0 {
        WordInfo::boundary(START + (-i) as u64)
    } else if i as usize >= words.len() {
        WordInfo::boundary(END + i as u64 - words.len() as u64)
    } else {
        words[i as usize]
    }
}

/// Part-of-speech features of word `i`, given the tags (label numbers) of the words before it.
pub fn pos_features(words: &[WordInfo], i: usize, tags: &[u16], out: &mut Vec<u32>) {
    out.clear();
    let ii = i as isize;
    let w = words[i];
    let (m1, m2, p1, p2) = (
        at(words, ii - 1),
        at(words, ii - 2),
        at(words, ii + 1),
        at(words, ii + 2),
    );
    let tm1 = if i >= 1 {
        u64::from(tags[i - 1]) + 1
    } else {
        0
    };
    let tm2 = if i >= 2 {
        u64::from(tags[i - 2]) + 1
    } else {
        0
    };
    let first = u64::from(i == 0);
    let noun = u64::from(w.noun.code());
    out.extend_from_slice(&[
        key(t::BIAS, 0),
        key(t::W, w.lower),
        key(t::SUF1, w.suffix[0]),
        key(t::SUF2, w.suffix[1]),
        key(t::SUF3, w.suffix[2]),
        key(t::SUF4, w.suffix[3]),
        key(t::SUF5, w.suffix[4]),
        key(t::PRE3, w.prefix),
        key(t::SHAPE, u64::from(w.shape)),
        key(t::NOUN, noun),
        key(
            t::NOUN_SHAPE_FIRST,
            mix(mix(noun, u64::from(w.shape)), first),
        ),
        key(t::WM1, m1.lower),
        key(t::WP1, p1.lower),
        key(t::WM2, m2.lower),
        key(t::WP2, p2.lower),
        key(t::SUF3M1, m1.suffix[2]),
        key(t::SUF3P1, p1.suffix[2]),
        key(t::TM1, tm1),
        key(t::TM2, tm2),
        key(t::TM1TM2, mix(tm1, tm2)),
        key(t::TM1W, mix(tm1, w.lower)),
        key(t::SHAPEP1, u64::from(p1.shape)),
        key(t::FIRST_SHAPE, mix(first, u64::from(w.shape))),
        key(t::TM1SUF3, mix(tm1, w.suffix[2])),
        key(t::WM1W, mix(m1.lower, w.lower)),
        key(t::WWP1, mix(w.lower, p1.lower)),
        key(t::SUBJ, u64::from(w.subjunctive.0)),
        key(
            t::NOUNP1,
            mix(u64::from(p1.noun.code()), u64::from(p1.shape)),
        ),
        key(t::LEN_SHAPE, mix(u64::from(w.len), u64::from(w.shape))),
        key(t::NOUN_SUF3, mix(noun, w.suffix[2])),
        key(t::WORD_TM1_SHAPE, mix(mix(tm1, u64::from(w.shape)), noun)),
    ]);
}

/// The part-of-speech features split by what they depend on, so that the tagger can add
/// pre-summed weight vectors instead of looking every feature up: together the groups are
/// exactly [`pos_features`] (a unit test checks it).
pub mod pos_split {
    use super::{key, mix, t, WordInfo};

    /// Features of the word alone, for a word that is not the sentence's first (the two
    /// features that read "first" are in [`first`]).
    pub fn own(w: &WordInfo) -> [u32; 15] {
        let noun = u64::from(w.noun.code());
        let shape = u64::from(w.shape);
        [
            key(t::BIAS, 0),
            key(t::W, w.lower),
            key(t::SUF1, w.suffix[0]),
            key(t::SUF2, w.suffix[1]),
            key(t::SUF3, w.suffix[2]),
            key(t::SUF4, w.suffix[3]),
            key(t::SUF5, w.suffix[4]),
            key(t::PRE3, w.prefix),
            key(t::SHAPE, shape),
            key(t::NOUN, noun),
            key(t::NOUN_SHAPE_FIRST, mix(mix(noun, shape), 0)),
            key(t::FIRST_SHAPE, mix(0, shape)),
            key(t::SUBJ, u64::from(w.subjunctive.0)),
            key(t::LEN_SHAPE, mix(u64::from(w.len), shape)),
            key(t::NOUN_SUF3, mix(noun, w.suffix[2])),
        ]
    }

    /// The two features that read whether the word is first, with `first` = 0 or 1.
    pub fn first(w: &WordInfo, first: u64) -> [u32; 2] {
        let noun = u64::from(w.noun.code());
        let shape = u64::from(w.shape);
        [
            key(t::NOUN_SHAPE_FIRST, mix(mix(noun, shape), first)),
            key(t::FIRST_SHAPE, mix(first, shape)),
        ]
    }

    /// Features a word gives the word after it.
    pub fn as_m1(w: &WordInfo) -> [u32; 2] {
        [key(t::WM1, w.lower), key(t::SUF3M1, w.suffix[2])]
    }

    /// Features a word gives the word two after it.
    pub fn as_m2(w: &WordInfo) -> [u32; 1] {
        [key(t::WM2, w.lower)]
    }

    /// Features a word gives the word before it.
    pub fn as_p1(w: &WordInfo) -> [u32; 4] {
        [
            key(t::WP1, w.lower),
            key(t::SUF3P1, w.suffix[2]),
            key(t::SHAPEP1, u64::from(w.shape)),
            key(t::NOUNP1, mix(u64::from(w.noun.code()), u64::from(w.shape))),
        ]
    }

    /// Features a word gives the word two before it.
    pub fn as_p2(w: &WordInfo) -> [u32; 1] {
        [key(t::WP2, w.lower)]
    }

    /// Word pairs: the word with the one before and the one after it.
    pub fn pairs(m1: &WordInfo, w: &WordInfo, p1: &WordInfo) -> [u32; 2] {
        [
            key(t::WM1W, mix(m1.lower, w.lower)),
            key(t::WWP1, mix(w.lower, p1.lower)),
        ]
    }

    /// The previous tag alone (`tm1`: label + 1, 0 before the sentence).
    pub fn tm1(tm1: u64) -> u32 {
        key(t::TM1, tm1)
    }

    /// The tag two before alone.
    pub fn tm2(tm2: u64) -> u32 {
        key(t::TM2, tm2)
    }

    /// The two previous tags together.
    pub fn tm1tm2(tm1: u64, tm2: u64) -> u32 {
        key(t::TM1TM2, mix(tm1, tm2))
    }

    /// Every key [`tm1tm2`] can produce for a model with `n` part-of-speech labels.
    pub fn tm1tm2_keys(n: usize) -> impl Iterator<Item = u32> {
        let n = n as u64;
        (0..=n).flat_map(move |a| (0..=n).map(move |b| tm1tm2(a, b)))
    }

    /// The previous tag combined with the word.
    pub fn tags_with_word(w: &WordInfo, tm1: u64) -> [u32; 3] {
        let noun = u64::from(w.noun.code());
        [
            key(t::TM1W, mix(tm1, w.lower)),
            key(t::TM1SUF3, mix(tm1, w.suffix[2])),
            key(t::WORD_TM1_SHAPE, mix(mix(tm1, u64::from(w.shape)), noun)),
        ]
    }

    /// The boundary marker at position `i` outside a sentence of `len` words (before the
    /// first word or after the last).
    pub fn boundary(i: isize, len: usize) -> WordInfo {
        if i < 0 {
            WordInfo::boundary(super::START + (-i) as u64)
        } else {
            WordInfo::boundary(super::END + i as u64 - len as u64)
        }
    }
}

/// The context the morphology features read: the words, their part-of-speech labels (the
/// model's label numbers), coarse classes of those labels, and the morphology labels already
/// assigned to the left.
pub struct MorphContext<'a> {
    /// The words.
    pub words: &'a [WordInfo],
    /// Part-of-speech label numbers.
    pub tags: &'a [u16],
    /// Coarse class of each part-of-speech label (see [`Coarse`]).
    pub coarse: &'a [Coarse],
    /// Morphology labels of the words before the current one.
    pub labels: &'a [u16],
}

/// Coarse word classes the morphology templates look for in the context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Coarse {
    /// Anything else.
    #[default]
    Other,
    /// Preposition (with a fused article or not).
    Adp,
    /// Determiner or attributive pronoun.
    Det,
    /// Attributive adjective or number: inside a noun phrase.
    Adj,
    /// Noun or proper noun.
    Noun,
    /// Personal, reflexive or other pronoun.
    Pron,
    /// Finite verb.
    Finite,
    /// Other verb form.
    Verb,
    /// Punctuation or conjunction: ends a phrase.
    Boundary,
}

/// The preposition and determiner that open a word's noun phrase (hashes of their
/// lower-cased forms, 0: none) and the determiner's morphology label + 1.
struct NounPhraseOpening {
    adp: u64,
    det: u64,
    det_label: u64,
}

fn noun_phrase_opening(cx: &MorphContext<'_>, i: usize) -> NounPhraseOpening {
    let mut o = NounPhraseOpening {
        adp: 0,
        det: 0,
        det_label: 0,
    };
    let mut j = i;
    let mut steps = 0;
    while j > 0 && steps < 6 {
        j -= 1;
        steps += 1;
        match cx.coarse[j] {
            Coarse::Adp => {
                o.adp = cx.words[j].lower;
                break;
            }
            Coarse::Det if o.det == 0 => {
                o.det = cx.words[j].lower;
                o.det_label = u64::from(cx.labels[j]) + 1;
            }
            Coarse::Det | Coarse::Adj => {}
            _ => break,
        }
    }
    o
}

/// Morphology features of word `i`.
pub fn morph_features(cx: &MorphContext<'_>, i: usize, out: &mut Vec<u32>) {
    out.clear();
    let words = cx.words;
    let ii = i as isize;
    let w = words[i];
    let (m1, m2, p1) = (at(words, ii - 1), at(words, ii - 2), at(words, ii + 1));
    let tag = u64::from(cx.tags[i]) + 1;
    let tag_at = |j: isize| {
        if j < 0 || j as usize >= words.len() {
            0
        } else {
            u64::from(cx.tags[j as usize]) + 1
        }
    };
    let lm1 = if i >= 1 {
        u64::from(cx.labels[i - 1]) + 1
    } else {
        0
    };
    let cells = u64::from(w.noun.cells);
    let gender = u64::from(w.noun.gender);
    let NounPhraseOpening {
        adp,
        det,
        det_label,
    } = noun_phrase_opening(cx, i);
    let verb_seen = u64::from(cx.coarse[..i].contains(&Coarse::Finite));
    let pron_left = cx.coarse[..i]
        .iter()
        .rposition(|&c| c == Coarse::Pron)
        .map_or(0, |j| words[j].lower);
    let pron_next = if cx.coarse.get(i + 1) == Some(&Coarse::Pron) {
        p1.lower
    } else {
        0
    };
    out.extend_from_slice(&[
        key(t::M_BIAS, 0),
        key(t::M_W, w.lower),
        key(t::M_SUF1, w.suffix[0]),
        key(t::M_SUF2, w.suffix[1]),
        key(t::M_SUF3, w.suffix[2]),
        key(t::M_SUF4, w.suffix[3]),
        key(t::M_TAG, tag),
        key(t::M_TAG_W, mix(tag, w.lower)),
        key(t::M_TAG_SUF2, mix(tag, w.suffix[1])),
        key(t::M_TAG_SUF3, mix(tag, w.suffix[2])),
        key(t::M_CELLS, cells),
        key(t::M_GENDER, gender),
        key(t::M_CELLS_TAG, mix(mix(cells, gender), tag)),
        key(t::M_TM1, mix(tag, tag_at(ii - 1))),
        key(t::M_TP1, mix(tag, tag_at(ii + 1))),
        key(t::M_TM2, mix(tag, tag_at(ii - 2))),
        key(t::M_WM1, m1.lower),
        key(t::M_WM2, m2.lower),
        key(t::M_WP1, p1.lower),
        key(t::M_LM1, lm1),
        key(t::M_LM1_TAG, mix(lm1, tag)),
        key(t::M_LM1_W, mix(lm1, w.suffix[1])),
        key(t::M_ADP, adp),
        key(t::M_ADP_TAG, mix(adp, tag)),
        key(t::M_DET, mix(det, tag)),
        key(t::M_DET_LABEL, mix(det_label, tag)),
        key(t::M_ADP_DET_LABEL, mix(mix(adp, det_label), cells)),
        key(t::M_SUBJ, mix(u64::from(w.subjunctive.0), tag)),
        key(t::M_VERB_SEEN, mix(verb_seen, tag)),
        key(t::M_PRON_LEFT, mix(pron_left, tag)),
        key(t::M_PRON_NEXT, mix(pron_next, tag)),
        key(t::M_FIRST, mix(u64::from(i == 0), tag)),
        key(t::M_TAG_TP1_WP1, mix(mix(tag, tag_at(ii + 1)), p1.lower)),
    ]);
}

/// The morphology features that read only the word and its own part-of-speech label:
/// the tagger sums their weights once per form and label. With [`morph_context`] they are
/// exactly [`morph_features`] (a unit test checks it).
pub fn morph_own(w: &WordInfo, tag_label: u16) -> [u32; 14] {
    let tag = u64::from(tag_label) + 1;
    let cells = u64::from(w.noun.cells);
    let gender = u64::from(w.noun.gender);
    [
        key(t::M_BIAS, 0),
        key(t::M_W, w.lower),
        key(t::M_SUF1, w.suffix[0]),
        key(t::M_SUF2, w.suffix[1]),
        key(t::M_SUF3, w.suffix[2]),
        key(t::M_SUF4, w.suffix[3]),
        key(t::M_TAG, tag),
        key(t::M_TAG_W, mix(tag, w.lower)),
        key(t::M_TAG_SUF2, mix(tag, w.suffix[1])),
        key(t::M_TAG_SUF3, mix(tag, w.suffix[2])),
        key(t::M_CELLS, cells),
        key(t::M_GENDER, gender),
        key(t::M_CELLS_TAG, mix(mix(cells, gender), tag)),
        key(t::M_SUBJ, mix(u64::from(w.subjunctive.0), tag)),
    ]
}

/// The morphology features of word `i` that read its context (see [`morph_own`]), in two
/// groups: the values of the [`MORPH_SMALL`] templates, which read tags and labels only
/// (the tagger keeps their weights in dense tables), and the keys of the rest.
pub fn morph_context(cx: &MorphContext<'_>, i: usize) -> ([u64; 8], [u32; 11]) {
    let words = cx.words;
    let ii = i as isize;
    let (m1, m2, p1) = (at(words, ii - 1), at(words, ii - 2), at(words, ii + 1));
    let tag = u64::from(cx.tags[i]) + 1;
    let tag_at = |j: isize| {
        if j < 0 || j as usize >= words.len() {
            0
        } else {
            u64::from(cx.tags[j as usize]) + 1
        }
    };
    let lm1 = if i >= 1 {
        u64::from(cx.labels[i - 1]) + 1
    } else {
        0
    };
    let w = &words[i];
    let cells = u64::from(w.noun.cells);
    let np = noun_phrase_opening(cx, i);
    let verb_seen = u64::from(cx.coarse[..i].contains(&Coarse::Finite));
    let pron_left = cx.coarse[..i]
        .iter()
        .rposition(|&c| c == Coarse::Pron)
        .map_or(0, |j| words[j].lower);
    let pron_next = if cx.coarse.get(i + 1) == Some(&Coarse::Pron) {
        p1.lower
    } else {
        0
    };
    (
        [
            tag_at(ii - 1),
            tag_at(ii + 1),
            tag_at(ii - 2),
            lm1,
            lm1,
            np.det_label,
            verb_seen,
            u64::from(i == 0),
        ],
        [
            key(t::M_WM1, m1.lower),
            key(t::M_WM2, m2.lower),
            key(t::M_WP1, p1.lower),
            key(t::M_LM1_W, mix(lm1, w.suffix[1])),
            key(t::M_ADP, np.adp),
            key(t::M_ADP_TAG, mix(np.adp, tag)),
            key(t::M_DET, mix(np.det, tag)),
            key(t::M_ADP_DET_LABEL, mix(mix(np.adp, np.det_label), cells)),
            key(t::M_PRON_LEFT, mix(pron_left, tag)),
            key(t::M_PRON_NEXT, mix(pron_next, tag)),
            key(t::M_TAG_TP1_WP1, mix(mix(tag, tag_at(ii + 1)), p1.lower)),
        ],
    )
}

/// What the value of a [`MORPH_SMALL`] template is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmallDomain {
    /// A part-of-speech label + 1 (0: outside the sentence).
    Tag,
    /// A morphology label + 1 (0: none).
    Label,
    /// 0 or 1.
    Flag,
}

/// The domains of the morphology templates that read tags and labels only (besides the
/// word's own part-of-speech label), in the order of the values [`morph_context`] gives.
pub const MORPH_SMALL: [SmallDomain; 8] = [
    SmallDomain::Tag,
    SmallDomain::Tag,
    SmallDomain::Tag,
    SmallDomain::Label,
    SmallDomain::Label,
    SmallDomain::Label,
    SmallDomain::Flag,
    SmallDomain::Flag,
];

/// The key of [`MORPH_SMALL`] template `k` with value `v`, for a word whose part-of-speech
/// label is `tag_label`.
pub fn morph_small_key(k: usize, tag_label: u16, v: u64) -> u32 {
    let tag = u64::from(tag_label) + 1;
    match k {
        0 => key(t::M_TM1, mix(tag, v)),
        1 => key(t::M_TP1, mix(tag, v)),
        2 => key(t::M_TM2, mix(tag, v)),
        3 => key(t::M_LM1, v),
        4 => key(t::M_LM1_TAG, mix(v, tag)),
        5 => key(t::M_DET_LABEL, mix(v, tag)),
        6 => key(t::M_VERB_SEEN, mix(v, tag)),
        _ => key(t::M_FIRST, mix(v, tag)),
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
    fn split_pos_features_are_the_pos_features() {
        let lex = NounLexicon::empty();
        let mut buf = String::new();
        let words: Vec<WordInfo> = ["Die", "Regierung", "sagte", "das", "."]
            .iter()
            .map(|f| WordInfo::new(f, &lex, &mut buf))
            .collect();
        let tags = [3u16, 7, 11, 2, 5];
        let n = words.len();
        let get = |j: isize| {
            if j < 0 || j >= n as isize {
                pos_split::boundary(j, n)
            } else {
                words[j as usize]
            }
        };
        let mut full = Vec::new();
        for i in 0..n {
            pos_features(&words, i, &tags, &mut full);
            let ii = i as isize;
            let tm1 = if i >= 1 {
                u64::from(tags[i - 1]) + 1
            } else {
                0
            };
            let tm2 = if i >= 2 {
                u64::from(tags[i - 2]) + 1
            } else {
                0
            };
            let w = &words[i];
            let mut split: Vec<u32> = pos_split::own(w).to_vec();
            if i == 0 {
                for k in pos_split::first(w, 0) {
                    let at = split.iter().position(|&x| x == k).unwrap();
                    split.remove(at);
                }
                split.extend(pos_split::first(w, 1));
            }
            split.extend(pos_split::as_m1(&get(ii - 1)));
            split.extend(pos_split::as_m2(&get(ii - 2)));
            split.extend(pos_split::as_p1(&get(ii + 1)));
            split.extend(pos_split::as_p2(&get(ii + 2)));
            split.extend(pos_split::pairs(&get(ii - 1), w, &get(ii + 1)));
            split.push(pos_split::tm1(tm1));
            split.push(pos_split::tm2(tm2));
            split.push(pos_split::tm1tm2(tm1, tm2));
            split.extend(pos_split::tags_with_word(w, tm1));
            let mut a = full.clone();
            a.sort_unstable();
            split.sort_unstable();
            assert_eq!(a, split, "word {i}");
        }
    }

    #[test]
    fn morph_own_and_context_are_the_morph_features() {
        let lex = NounLexicon::empty();
        let mut buf = String::new();
        let words: Vec<WordInfo> = ["Mit", "den", "Vertretern", "sprach", "er", "."]
            .iter()
            .map(|f| WordInfo::new(f, &lex, &mut buf))
            .collect();
        let tags = [3u16, 7, 11, 2, 5, 9];
        let coarse = [
            Coarse::Adp,
            Coarse::Det,
            Coarse::Noun,
            Coarse::Finite,
            Coarse::Pron,
            Coarse::Boundary,
        ];
        let labels = [4u16, 1, 2, 6, 3, 0];
        let cx = MorphContext {
            words: &words,
            tags: &tags,
            coarse: &coarse,
            labels: &labels,
        };
        let (mut full, mut split) = (Vec::new(), Vec::new());
        for i in 0..words.len() {
            morph_features(&cx, i, &mut full);
            let (small, big) = morph_context(&cx, i);
            split.clear();
            split.extend((0..small.len()).map(|k| morph_small_key(k, tags[i], small[k])));
            split.extend(big);
            split.extend(morph_own(&words[i], tags[i]));
            for (v, domain) in small.iter().zip(MORPH_SMALL) {
                // Labels and tags of the test sentence + 1.
                let size = match domain {
                    SmallDomain::Tag => 13,
                    SmallDomain::Label => 8,
                    SmallDomain::Flag => 2,
                };
                assert!(*v < size, "word {i}");
            }
            full.sort_unstable();
            split.sort_unstable();
            assert_eq!(full, split, "word {i}");
        }
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
