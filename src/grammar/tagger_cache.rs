//! The tagger's per-thread cache of word forms: each form's analysis ([`WordInfo`]), its
//! pre-summed part-of-speech weights, its own morphology weights and its lemma, which
//! depend on the form and the tagger only, so that a frequent word costs one hash look-up.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use super::features::WordInfo;
use super::features_pos::pos_split;
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
    /// Per slot: where each of its [`BLOCK_ROWS`] part-of-speech rows ([`Tagger::block`])
    /// starts in `blocks`. A row of zeros (a rare word's rows for its neighbours, whose
    /// features the model does not have) is the shared one at 0, read from the cache.
    pub(super) rows: Vec<[u32; BLOCK_ROWS]>,
    /// The rows: the zero row, the [`BLOCK_ROWS`] rows of each of the tagger's four
    /// boundary markers ([`BOUNDARY_ROWS`]), then the other rows of the slots in order.
    pub(super) blocks: Vec<i32>,
    /// The length of `blocks` after the last slot that is kept.
    kept_blocks: usize,
    /// Per slot: where its candidate labels start in `candidates` and how many there are
    /// (0: more than [`FEW_CANDIDATES`], scored in full).
    pub(super) candidate_rows: Vec<(u32, u32)>,
    /// The labels the closed classes leave each slot's form (of a slot with few), in
    /// label order: only they can win, as an excluded label's score is below any other.
    pub(super) candidates: Vec<u16>,
    /// The length of `candidates` after the last slot that is kept.
    kept_candidates: usize,
    /// The candidates of the slot being made.
    scratch_candidates: Vec<u16>,
    /// The class of a form ([`pos_split::class_of`]) → where the summed weights of its
    /// class features ([`Tagger::own_class_row`]) start in `class_blocks`.
    class_rows: HashMap<u64, u32, BuildHasherDefault<WordHasher>>,
    class_blocks: Vec<i32>,
    /// Per slot: the morphology weights of [`morph_own`] for the part-of-speech label in
    /// `morph_tags` (`u16::MAX`: none yet), at the places of its allowed labels.
    pub(super) morph: Vec<i32>,
    pub(super) morph_tags: Vec<u16>,
    /// Per slot: the morphology label the dictionary gives the form with the label in
    /// `morph_tags` (`u16::MAX`: none).
    pub(super) morph_fixed: Vec<u16>,
    /// Per slot: the part-of-speech label the tag dictionary gives the form (`u16::MAX`:
    /// none, the label is scored).
    pub(super) fixed: Vec<u16>,
    /// Per slot: the part-of-speech label the lemma is for (`u16::MAX`: none yet), and
    /// the lemma.
    pub(super) lemmas: Vec<(u16, Option<std::sync::Arc<str>>)>,
    /// Buffers the decoder reuses from sentence to sentence: the sentence's words and
    /// the scores of one word.
    pub(super) scratch_words: Vec<WordInfo>,
    pub(super) scratch_scores: Vec<i32>,
    /// The row starts of the sentence being decoded, from two before its first word to
    /// two after its last.
    pub(super) scratch_rows: Vec<[u32; BLOCK_ROWS]>,
}

/// Where the rows of the boundary markers start in [`WordCache::blocks`], in units of
/// part-of-speech rows: one before the sentence, two before, right after it, two after.
pub(super) const BOUNDARY_ROWS: [usize; 4] =
    [1, 1 + BLOCK_ROWS, 1 + 2 * BLOCK_ROWS, 1 + 3 * BLOCK_ROWS];

/// The most candidate labels of a form whose labels are scored one by one (more are
/// scored in full, in one vectorised pass).
pub(super) const FEW_CANDIDATES: usize = 40;

/// The most word classes whose rows a cache keeps (news text has a few hundred).
const CLASS_ROWS: usize = 1 << 12;

/// The most forms a cache keeps.
const WORD_CACHE_SIZE: usize = 1 << 15;

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
        self.push(tagger, w);
        if k < WORD_CACHE_SIZE {
            self.slots.insert(form.into(), k as u32);
            self.kept_blocks = self.blocks.len();
            self.kept_candidates = self.candidates.len();
        }
        k
    }

    /// Adds a slot for word `w`: its part-of-speech rows, an empty morphology row and no
    /// lemma yet.
    pub(super) fn push(&mut self, tagger: &Tagger, w: WordInfo) {
        let n = tagger.pos_labels();
        if self.blocks.is_empty() {
            self.blocks.resize(n, 0);
            for b in &tagger.boundary {
                self.blocks.extend_from_slice(b);
            }
        }
        let class = self.class_row(tagger, &w);
        let mut candidates = std::mem::take(&mut self.scratch_candidates);
        // Each row is summed in place at the end of `blocks` and dropped again when it is
        // all zeros (a rare word's rows for its neighbours).
        let mut rows = [0u32; BLOCK_ROWS];
        for (r, at) in rows.iter_mut().enumerate() {
            let start = self.blocks.len();
            let found = if r == 0 {
                let class = &self.class_blocks[class..class + n];
                self.blocks.extend_from_slice(class);
                tagger.own_row(&w, &mut self.blocks[start..], &mut candidates);
                true
            } else {
                self.blocks.resize(start + n, 0);
                tagger.context_row(&w, r, &mut self.blocks[start..])
            };
            // A row with weights is kept (even if they happen to cancel out: the sums
            // are the same either way).
            if found {
                *at = start as u32;
            } else {
                self.blocks.truncate(start);
            }
        }
        if self.class_blocks.len() > CLASS_ROWS * n {
            // A class beyond the bound: its row was for this word only.
            self.class_blocks.truncate(CLASS_ROWS * n);
        }
        if candidates.is_empty() || candidates.len() > FEW_CANDIDATES {
            self.candidate_rows.push((0, 0));
        } else {
            let start = self.candidates.len() as u32;
            self.candidates.extend_from_slice(&candidates);
            self.candidate_rows.push((start, candidates.len() as u32));
        }
        self.scratch_candidates = candidates;
        self.rows.push(rows);
        self.words.push(w);
        self.morph.resize(self.words.len() * tagger.morph_row(), 0);
        self.morph_tags.push(u16::MAX);
        self.morph_fixed.push(u16::MAX);
        self.fixed.push(tagger.dict_pos(&w));
        self.lemmas.push((u16::MAX, None));
    }

    /// Where the row of `w`'s class ([`Tagger::own_class_row`]) starts in `class_blocks`,
    /// summing it when the class is new.
    fn class_row(&mut self, tagger: &Tagger, w: &WordInfo) -> usize {
        let class = pos_split::class_of(w);
        if let Some(&at) = self.class_rows.get(&class) {
            return at as usize;
        }
        let n = tagger.pos_labels();
        let at = self.class_blocks.len();
        self.class_blocks.resize(at + n, 0);
        tagger.own_class_row(w, &mut self.class_blocks[at..]);
        if self.class_rows.len() < CLASS_ROWS {
            self.class_rows.insert(class, at as u32);
        }
        at
    }

    /// Drops the slots of forms that were not kept.
    pub(super) fn forget_unkept(&mut self, tagger: &Tagger) {
        let k = self.slots.len();
        self.words.truncate(k);
        self.rows.truncate(k);
        self.blocks.truncate(self.kept_blocks);
        self.candidate_rows.truncate(k);
        self.candidates.truncate(self.kept_candidates);
        self.morph.truncate(k * tagger.morph_row());
        self.morph_tags.truncate(k);
        self.morph_fixed.truncate(k);
        self.fixed.truncate(k);
        self.lemmas.truncate(k);
    }
}
