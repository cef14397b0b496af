//! The tagger's per-thread cache of word forms: each form's analysis ([`WordInfo`]), its
//! pre-summed part-of-speech weights, its own morphology weights and its lemma, which
//! depend on the form and the tagger only, so that a frequent word costs one hash look-up.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::features::WordInfo;
use super::lexicon::WordHasher;
use super::tagger::{Tagger, BLOCK_ROWS};

/// Word forms the tagger has analysed on this thread, so that a frequent word's
/// suffixes, shape, lexicon entry (a compound's head search), pre-summed weights and
/// lemma are computed once (all depend on the form and the tagger only). Bounded: once
/// [`WORD_CACHE_SIZE`] forms are kept, further new forms get a slot for one sentence only.
#[derive(Default)]
pub(super) struct WordCache {
    pub(super) tagger: u64,
    /// Form → its slot.
    pub(super) slots: HashMap<Box<str>, u32, BuildHasherDefault<WordHasher>>,
    /// Per slot: the form's analysis.
    pub(super) words: Vec<WordInfo>,
    /// Per slot, [`BLOCK_ROWS`] part-of-speech rows ([`Tagger::block`]).
    pub(super) blocks: Vec<i32>,
    /// Per slot: the morphology weights of [`morph_own`] for the part-of-speech label in
    /// `morph_tags` (`u16::MAX`: none yet), at the places of its allowed labels.
    pub(super) morph: Vec<i32>,
    pub(super) morph_tags: Vec<u16>,
    /// Per slot: the part-of-speech label the lemma is for (`u16::MAX`: none yet), and
    /// the lemma.
    pub(super) lemmas: Vec<(u16, Option<Box<str>>)>,
    /// Buffers the decoder reuses from sentence to sentence: the sentence's words and
    /// the scores of one word.
    pub(super) scratch_words: Vec<WordInfo>,
    pub(super) scratch_scores: Vec<i32>,
}

const WORD_CACHE_SIZE: usize = 1 << 14;

thread_local! {
    pub(super) static WORD_CACHE: std::cell::RefCell<WordCache> = std::cell::RefCell::new(WordCache::default());
}

impl WordCache {
    /// Makes the cache this tagger's.
    pub(super) fn claim(&mut self, tagger: u64) {
        if self.tagger != tagger {
            *self = WordCache {
                tagger,
                ..WordCache::default()
            };
        }
    }

    /// The slot of `form`, analysing it when it is new.
    pub(super) fn slot(&mut self, tagger: &Tagger, form: &str, buf: &mut String) -> usize {
        if let Some(&k) = self.slots.get(form) {
            return k as usize;
        }
        let k = self.words.len();
        let w = WordInfo::new(form, tagger.lexicon(), buf);
        let size = BLOCK_ROWS * tagger.pos_labels();
        self.blocks.resize((k + 1) * size, 0);
        tagger.block(&w, &mut self.blocks[k * size..]);
        self.words.push(w);
        self.morph.resize((k + 1) * tagger.morph_labels(), 0);
        self.morph_tags.push(u16::MAX);
        self.lemmas.push((u16::MAX, None));
        if k < WORD_CACHE_SIZE {
            self.slots.insert(form.into(), k as u32);
        }
        k
    }

    /// Drops the slots of forms that were not kept.
    pub(super) fn forget_unkept(&mut self, tagger: &Tagger) {
        let k = self.slots.len();
        self.words.truncate(k);
        self.blocks.truncate(k * BLOCK_ROWS * tagger.pos_labels());
        self.morph.truncate(k * tagger.morph_labels());
        self.morph_tags.truncate(k);
        self.lemmas.truncate(k);
    }
}
