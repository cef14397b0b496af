//! Part-of-speech feature templates: [`pos_features`] (what training reads) and the same
//! features split by what they depend on ([`pos_split`]), so that the tagger can add
//! pre-summed weight vectors instead of looking every feature up.

use super::features::{at, key, mix, WordInfo};

/// Part-of-speech template numbers (the morphology templates are 100 and up, in
/// [`super::features_morph`]). Kept stable: a trained model's keys depend on them.
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
    pub const NOUNM1: u32 = 32;
    pub const ADJ: u32 = 33;
    pub const ADJ_SUF3: u32 = 34;
}

/// The noun-lexicon class and shape of the word before, a feature of the word after it
/// (a given name before an unknown capitalised word).
fn nm1(m1: &WordInfo) -> u64 {
    mix(u64::from(m1.noun.code()), u64::from(m1.shape))
}

/// The adjective-list reading with the noun class and capitalisation.
fn adj_class(w: &WordInfo) -> u64 {
    mix(
        u64::from(w.adj),
        mix(u64::from(w.noun.code()), u64::from(w.shape & 1)),
    )
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
        key(t::NOUNM1, nm1(&m1)),
        key(t::ADJ, adj_class(&w)),
        key(t::ADJ_SUF3, mix(u64::from(w.adj), w.suffix[2])),
    ]);
}

/// The part-of-speech features split by what they depend on, so that the tagger can add
/// pre-summed weight vectors instead of looking every feature up: together the groups are
/// exactly [`pos_features`] (a unit test checks it).
pub mod pos_split {
    use super::super::features::{END, START};
    use super::{key, mix, t, WordInfo};

    /// Features of the word alone, for a word that is not the sentence's first (the two
    /// features that read "first" are in [`first`]): [`own_class`] and [`own_form`].
    pub fn own(w: &WordInfo) -> [u32; 17] {
        let mut out = [0u32; 17];
        out[..8].copy_from_slice(&own_class(w));
        out[8..].copy_from_slice(&own_form(w));
        out
    }

    /// The word's own features that read only its class ([`class_of`]: shape, length,
    /// noun-lexicon, Konjunktiv and adjective readings), which many forms share.
    pub fn own_class(w: &WordInfo) -> [u32; 8] {
        let noun = u64::from(w.noun.code());
        let shape = u64::from(w.shape);
        [
            key(t::BIAS, 0),
            key(t::SHAPE, shape),
            key(t::NOUN, noun),
            key(t::NOUN_SHAPE_FIRST, mix(mix(noun, shape), 0)),
            key(t::FIRST_SHAPE, mix(0, shape)),
            key(t::SUBJ, u64::from(w.subjunctive.0)),
            key(t::LEN_SHAPE, mix(u64::from(w.len), shape)),
            key(t::ADJ, super::adj_class(w)),
        ]
    }

    /// What [`own_class`] reads of a word, as one number.
    pub fn class_of(w: &WordInfo) -> u64 {
        u64::from(w.shape)
            | u64::from(w.noun.code()) << 8
            | u64::from(w.subjunctive.0) << 16
            | u64::from(w.len) << 24
            | u64::from(w.adj) << 32
    }

    /// The word's own features that read its form (the form, suffixes, prefix); the form
    /// itself ([`word`]) first.
    pub fn own_form(w: &WordInfo) -> [u32; 9] {
        let noun = u64::from(w.noun.code());
        [
            key(t::W, w.lower),
            key(t::SUF1, w.suffix[0]),
            key(t::SUF2, w.suffix[1]),
            key(t::SUF3, w.suffix[2]),
            key(t::SUF4, w.suffix[3]),
            key(t::SUF5, w.suffix[4]),
            key(t::PRE3, w.prefix),
            key(t::NOUN_SUF3, mix(noun, w.suffix[2])),
            key(t::ADJ_SUF3, mix(u64::from(w.adj), w.suffix[2])),
        ]
    }

    /// The word's own form as a feature: its weights tell the tags training gave it.
    pub fn word(w: &WordInfo) -> u32 {
        key(t::W, w.lower)
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
    pub fn as_m1(w: &WordInfo) -> [u32; 3] {
        [
            key(t::WM1, w.lower),
            key(t::SUF3M1, w.suffix[2]),
            key(t::NOUNM1, super::nm1(w)),
        ]
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
            WordInfo::boundary(START + (-i) as u64)
        } else {
            WordInfo::boundary(END + i as u64 - len as u64)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::lexicon::NounLexicon;

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
}
