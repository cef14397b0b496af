//! Morphology feature templates: [`morph_features`] (what training reads) and the same
//! features split into the word's own ([`morph_own`]), summed once per form and label, and
//! its context's ([`morph_context`]), whose tag- and label-only templates ([`MORPH_SMALL`])
//! the tagger keeps in dense tables.

use super::features::{at, key, mix, WordInfo};

/// Morphology template numbers (the part-of-speech templates are below 100, in
/// [`super::features_pos`]). Kept stable: a trained model's keys depend on them.
mod t {
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
    let left = LeftContext {
        verb_seen: cx.coarse[..i].contains(&Coarse::Finite),
        pron_left: cx.coarse[..i]
            .iter()
            .rposition(|&c| c == Coarse::Pron)
            .map_or(0, |j| cx.words[j].lower),
    };
    morph_context_after(cx, i, left)
}

/// What [`morph_context`] reads of all the words before word `i`, which a left-to-right
/// decoder can keep up to date word by word ([`LeftContext::step`]) instead of scanning.
#[derive(Debug, Clone, Copy, Default)]
pub struct LeftContext {
    /// Whether a finite verb is among them.
    pub verb_seen: bool,
    /// The lower-cased form's hash of the last pronoun among them (0: none).
    pub pron_left: u64,
}

impl LeftContext {
    /// The left context of word `i + 1`, this being word `i`'s.
    #[inline]
    pub fn step(self, cx: &MorphContext<'_>, i: usize) -> LeftContext {
        LeftContext {
            verb_seen: self.verb_seen || cx.coarse[i] == Coarse::Finite,
            pron_left: if cx.coarse[i] == Coarse::Pron {
                cx.words[i].lower
            } else {
                self.pron_left
            },
        }
    }
}

/// [`morph_context`] given the left context of word `i`.
#[inline]
pub fn morph_context_after(
    cx: &MorphContext<'_>,
    i: usize,
    left: LeftContext,
) -> ([u64; 8], [u32; 11]) {
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
    let verb_seen = u64::from(left.verb_seen);
    let pron_left = left.pron_left;
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

/// The places in the keys [`morph_context`] gives of the context features whose value
/// is often "none" (no preposition or determiner opening the phrase, no pronoun to the
/// left or next): the tagger keeps their weights for that value in dense tables.
pub const MORPH_NONE_AT: [usize; 5] = [4, 5, 6, 8, 9];

/// The keys the features at [`MORPH_NONE_AT`] have when their value is "none", for a word
/// whose part-of-speech label is `tag_label`.
pub fn morph_none_keys(tag_label: u16) -> [u32; 5] {
    let tag = u64::from(tag_label) + 1;
    [
        key(t::M_ADP, 0),
        key(t::M_ADP_TAG, mix(0, tag)),
        key(t::M_DET, mix(0, tag)),
        key(t::M_PRON_LEFT, mix(0, tag)),
        key(t::M_PRON_NEXT, mix(0, tag)),
    ]
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
    use crate::grammar::lexicon::NounLexicon;

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
        let mut left = LeftContext::default();
        for i in 0..words.len() {
            morph_features(&cx, i, &mut full);
            let (small, big) = morph_context(&cx, i);
            assert_eq!((small, big), morph_context_after(&cx, i, left), "word {i}");
            left = left.step(&cx, i);
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
            // The "none" keys are those of the context features without a value.
            let none = morph_none_keys(tags[i]);
            let adp = matches!(i, 1 | 2);
            for (j, &at) in MORPH_NONE_AT.iter().enumerate() {
                let is_none = match j {
                    0 | 1 => !adp,
                    2 => i != 2,
                    3 => i <= 4,
                    _ => i != 3,
                };
                assert_eq!(big[at] == none[j], is_none, "word {i} key {j}");
            }
        }
    }
}
