//! The part-of-speech and morphology tagger: two greedy averaged perceptrons (Collins 2002)
//! trained on UD German GSD by `tools/grammar/train.sh`, reading word, suffix, shape,
//! neighbour and noun-lexicon features ([`super::features_pos`], [`super::features_morph`]).
//!
//! The first pass gives each word its UPOS and STTS tag left to right; the second gives its
//! morphology (case, gender, number, person, mood, tense, verb form) from the tags, the
//! noun lexicon and the phrase's determiner and preposition. A frequent form that training
//! saw with one label only takes it from the model's tag dictionaries without scoring.
//!
//! This module holds the tagger's tables, their construction from the model and the
//! public entry points; the decoding itself is in [`super::tagger_decode`].

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use super::closed_class::{ClosedClasses, UposSet};
use super::features::{hash_bytes, key, mix, WordInfo};
use super::features_morph::Coarse;
use super::features_pos::pos_split;
use super::lexicon::NounLexicon;
use super::morph::{feats_of_label, with_lexicon_gender};
use super::tagger_cache::{WordCache, WORD_CACHE};
use super::tagger_model::{LemmaRule, Model, QWeights};
use super::tagger_morph::MorphScorer;
use super::token::{CaseSet, Feats, Upos, Word};
use crate::error::{Error, Result};
use crate::text::Token;

/// The STTS tagset (with the UD German variants), so that tags are `&'static str`.
pub const STTS: [&str; 56] = [
    "$(", "$,", "$.", "ADJA", "ADJD", "ADV", "APPO", "APPR", "APPRART", "APZR", "ART", "CARD",
    "FM", "ITJ", "KOKOM", "KON", "KOUI", "KOUS", "NE", "NN", "NNE", "PAV", "PDAT", "PDS", "PIAT",
    "PIDAT", "PIS", "PPER", "PPOSAT", "PPOSS", "PRELAT", "PRELS", "PRF", "PROAV", "PTKA", "PTKANT",
    "PTKNEG", "PTKVZ", "PTKZU", "PWAT", "PWAV", "PWS", "TRUNC", "VAFIN", "VAIMP", "VAINF", "VAPP",
    "VMFIN", "VMINF", "VMPP", "VVFIN", "VVIMP", "VVINF", "VVIZU", "VVPP", "XY",
];

/// One tagged word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tagged {
    /// Universal part of speech.
    pub upos: Upos,
    /// STTS tag.
    pub xpos: &'static str,
    /// Lemma where known.
    pub lemma: Option<Arc<str>>,
    /// Morphology (case is a single value where the word has one).
    pub feats: Feats,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct PosLabel {
    pub(super) upos: Upos,
    xpos: &'static str,
    pub(super) coarse: Coarse,
}

/// The tagger: model, label tables and the noun lexicon.
pub struct Tagger {
    pub(super) model: Model,
    pub(super) pos: Vec<PosLabel>,
    pub(super) morph: Vec<Feats>,
    lexicon: NounLexicon,
    /// The cases each pronoun form can have, by the hash of its lower-cased form.
    pub(super) pronouns: HashMap<u64, CaseSet>,
    /// Tells taggers apart in the per-thread word cache.
    id: u64,
    /// The part-of-speech and morphology weights in whole quantisation steps.
    pub(super) qpos: QWeights,
    pub(super) qmorph: QWeights,
    /// Morphology scores of the allowed labels only.
    pub(super) scorer: MorphScorer,
    /// Per pair of previous tags (label + 1, 0 before the sentence; the tag before first):
    /// the summed weights of the three features that read tags only (the previous tag,
    /// the tag two before, the two together), one part-of-speech row each.
    pub(super) tag_pairs: Vec<i32>,
    /// The most morphology labels a part-of-speech label allows.
    morph_row: usize,
    /// The labels in runs of one UPOS: (UPOS, first label, label after the last).
    upos_runs: Vec<(Upos, u16, u16)>,
    /// The [`Block`]s of the boundary markers: one and two before the sentence, right
    /// after it and two after it.
    pub(super) boundary: [Vec<i32>; 4],
}

/// The pre-summed part-of-speech weights of a word form, five rows one after the other:
/// its own features (as a word that is not the first), the features it gives the next
/// word, the word after that, the word before and the word two before it.
pub(super) const BLOCK_ROWS: usize = 5;

/// What a tag the closed classes exclude loses from its score: more than any sum of
/// weights, less than overflows.
const EXCLUDED: i32 = 1 << 28;

/// Part-of-speech rows with more entries than this are stored dense (see
/// [`QWeights::densified`]).
const DENSE_ROW: usize = 24;

static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// The cases the pronoun paradigm (`data/pronouns.tsv`) allows a pronoun form; `None` for
/// a form it does not list.
pub fn pronoun_paradigm(form: &str) -> Option<CaseSet> {
    static TABLE: OnceLock<HashMap<u64, CaseSet>> = OnceLock::new();
    let table = TABLE.get_or_init(pronoun_cases);
    if form.bytes().any(|b| b.is_ascii_uppercase()) || !form.is_ascii() {
        table.get(&lower_hash(&form.to_lowercase())).copied()
    } else {
        table.get(&lower_hash(form)).copied()
    }
}

/// The pronoun paradigm (`data/pronouns.tsv`): lower-cased form hash → possible cases.
fn pronoun_cases() -> HashMap<u64, CaseSet> {
    let mut table = HashMap::new();
    for line in include_str!("data/pronouns.tsv").lines() {
        if line.starts_with('#') {
            continue;
        }
        let Some((form, cases)) = line.split_once('\t') else {
            continue;
        };
        table.insert(lower_hash(form), CaseSet::parse_list(cases));
    }
    table
}

static MODEL: &[u8] = include_bytes!("data/tagger.bin");

/// The key of a lemma-table entry: lower-cased form and part-of-speech label.
pub fn lemma_key(lower: u64, pos_label: u16) -> u32 {
    key(900, mix(lower, u64::from(pos_label)))
}

/// The key of a tag-dictionary entry ([`Model::pos_dict`]): the lower-cased form.
pub fn pos_dict_key(lower: u64) -> u32 {
    key(901, lower)
}

/// The key of a morphology-dictionary entry ([`Model::morph_dict`]): lower-cased form and
/// part-of-speech label.
pub fn morph_dict_key(lower: u64, pos_label: u16) -> u32 {
    key(902, mix(lower, u64::from(pos_label)))
}

/// The label a sorted dictionary gives `k` (`u16::MAX`: none).
fn dict_get(dict: &[(u32, u16)], k: u32) -> u16 {
    dict.binary_search_by_key(&k, |e| e.0)
        .map_or(u16::MAX, |i| dict[i].1)
}

fn coarse_of(xpos: &str) -> Coarse {
    match xpos {
        "APPR" | "APPRART" | "APPO" => Coarse::Adp,
        "ART" | "PDAT" | "PIAT" | "PIDAT" | "PPOSAT" | "PRELAT" | "PWAT" => Coarse::Det,
        "ADJA" | "CARD" => Coarse::Adj,
        "NN" | "NE" | "NNE" => Coarse::Noun,
        "PPER" | "PRF" | "PDS" | "PIS" | "PPOSS" | "PRELS" | "PWS" => Coarse::Pron,
        "VAFIN" | "VMFIN" | "VVFIN" => Coarse::Finite,
        "$," | "$." | "$(" | "KON" => Coarse::Boundary,
        x if x.starts_with('V') => Coarse::Verb,
        _ => Coarse::Other,
    }
}

impl Tagger {
    /// The tagger built into the binary (loaded once, on first use).
    pub fn builtin() -> &'static Tagger {
        static TAGGER: OnceLock<Tagger> = OnceLock::new();
        TAGGER.get_or_init(|| {
            // The embedded model is checked by the unit tests; failing here is a build defect.
            let model = Model::from_bytes(MODEL).expect("embedded tagger model is valid");
            Tagger::new(model, NounLexicon::builtin()).expect("embedded tagger model is valid")
        })
    }

    /// The noun lexicon the tagger reads.
    pub fn nouns(&self) -> &NounLexicon {
        &self.lexicon
    }

    /// A tagger from a model and a lexicon.
    pub fn new(model: Model, lexicon: NounLexicon) -> Result<Tagger> {
        let mut pos = Vec::with_capacity(model.pos_labels.len());
        for l in &model.pos_labels {
            let (u, x) = l.split_once(' ').unwrap_or((l, ""));
            let upos = Upos::parse(u).ok_or_else(|| Error::Internal {
                message: format!("tagger model: unknown UPOS {u:?}"),
            })?;
            let xpos = STTS
                .iter()
                .find(|&&s| s == x)
                .copied()
                .ok_or_else(|| Error::Internal {
                    message: format!("tagger model: unknown STTS tag {x:?}"),
                })?;
            pos.push(PosLabel {
                upos,
                xpos,
                coarse: coarse_of(xpos),
            });
        }
        let morph: Vec<Feats> = model
            .morph_labels
            .iter()
            .map(|l| feats_of_label(l))
            .collect();
        let qpos = model.pos.quantised();
        let qmorph = model.morph.quantised();
        let n = pos.len();
        // The rows of the previous tag and of the tag two before, summed once each.
        let single = |k: u32| {
            let mut row = vec![0i32; n];
            qpos.add(k, &mut row);
            row
        };
        let tm1_rows: Vec<Vec<i32>> = (0..=n as u64).map(|t| single(pos_split::tm1(t))).collect();
        let tm2_rows: Vec<Vec<i32>> = (0..=n as u64).map(|t| single(pos_split::tm2(t))).collect();
        let mut tag_pairs = vec![0i32; (n + 1) * (n + 1) * n];
        for (pair, row) in tag_pairs.chunks_exact_mut(n).enumerate() {
            let (t1, t2) = (pair / (n + 1), pair % (n + 1));
            for ((x, a), b) in row.iter_mut().zip(&tm1_rows[t1]).zip(&tm2_rows[t2]) {
                *x = a + b;
            }
            qpos.add(pos_split::tm1tm2(t1 as u64, t2 as u64), row);
        }
        let qpos = qpos.densified(n, DENSE_ROW);
        let scorer = MorphScorer::new(&model.allowed, morph.len(), &qmorph);
        let model_allowed_max = model.allowed.iter().map(Vec::len).max().unwrap_or(0);
        let mut upos_runs: Vec<(Upos, u16, u16)> = Vec::new();
        for (c, p) in pos.iter().enumerate() {
            match upos_runs.last_mut() {
                Some(run) if run.0 == p.upos => run.2 = c as u16 + 1,
                _ => upos_runs.push((p.upos, c as u16, c as u16 + 1)),
            }
        }
        let mut tagger = Tagger {
            upos_runs,
            scorer,
            model,
            pos,
            morph,
            lexicon,
            pronouns: pronoun_cases(),
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            qpos,
            qmorph,
            tag_pairs,
            boundary: Default::default(),
            morph_row: model_allowed_max,
        };
        for (b, i) in [-1isize, -2, 0, 1].into_iter().enumerate() {
            let mut block = vec![0i32; BLOCK_ROWS * n];
            tagger.block(&pos_split::boundary(i, 0), &mut block, &mut Vec::new());
            tagger.boundary[b] = block;
        }
        Ok(tagger)
    }

    /// Fills `out` (zeroed, [`BLOCK_ROWS`] rows) with the pre-summed weights of `w`, and
    /// `candidates` with the labels the closed classes leave it (in label order).
    pub(super) fn block(&self, w: &WordInfo, out: &mut [i32], candidates: &mut Vec<u16>) {
        let n = self.pos.len();
        let mut class = vec![0i32; n];
        self.own_class_row(w, &mut class);
        let (own, rest) = out.split_at_mut(n);
        own.copy_from_slice(&class);
        self.own_row(w, own, candidates);
        for (r, row) in rest.chunks_exact_mut(n).enumerate() {
            self.context_row(w, r + 1, row);
        }
    }

    /// Adds the weights of the word's own features that read only its class
    /// ([`pos_split::own_class`]) to `out`: the word cache keeps this row per class.
    pub(super) fn own_class_row(&self, w: &WordInfo, out: &mut [i32]) {
        self.qpos.add_all(&pos_split::own_class(w), out);
    }

    /// Adds the weights of the word's own features that read its form
    /// ([`pos_split::own_form`]) to `out` (which holds its class row), takes what the
    /// closed classes exclude off it, and fills `candidates` with the labels they leave
    /// (in label order).
    pub(super) fn own_row(&self, w: &WordInfo, own: &mut [i32], candidates: &mut Vec<u16>) {
        let form = pos_split::own_form(w);
        // The form's own row (`form[0]`) tells the tags training gave it; closed classes:
        // a tag the word cannot have is out of reach of any context.
        let mut seen = UposSet::default();
        self.qpos.for_each(form[0], |class, weight| {
            let c = usize::from(class);
            if let Some(x) = own.get_mut(c) {
                *x += weight;
            }
            if weight > 0 {
                if let Some(p) = self.pos.get(c) {
                    seen = seen.union(UposSet::only(p.upos));
                }
            }
        });
        self.qpos.add_all(&form[1..], own);
        let allowed = ClosedClasses::builtin().allowed(w, seen);
        candidates.clear();
        for &(upos, start, end) in &self.upos_runs {
            let (start, end) = (usize::from(start), usize::from(end));
            if allowed.contains(upos) {
                candidates.extend(start as u16..end as u16);
            } else {
                own[start..end].iter_mut().for_each(|x| *x -= EXCLUDED);
            }
        }
    }

    /// Adds to `out` the weights of the features word `w` gives its neighbours: row `r` of
    /// its block (1: the word after it, 2: two after, 3: the word before, 4: two before);
    /// `false` when the model has none of them (`out` is left as it was).
    pub(super) fn context_row(&self, w: &WordInfo, r: usize, out: &mut [i32]) -> bool {
        match r {
            1 => self.qpos.add_found(&pos_split::as_m1(w), out),
            2 => self.qpos.add_found(&pos_split::as_m2(w), out),
            3 => self.qpos.add_found(&pos_split::as_p1(w), out),
            _ => self.qpos.add_found(&pos_split::as_p2(w), out),
        }
    }

    /// The part-of-speech label the tag dictionary gives word `w` (`u16::MAX`: none).
    pub(super) fn dict_pos(&self, w: &WordInfo) -> u16 {
        dict_get(&self.model.pos_dict, pos_dict_key(w.lower))
    }

    /// The morphology label the dictionary gives word `w` with part-of-speech label `tag`
    /// (`u16::MAX`: none).
    pub(super) fn dict_morph(&self, w: &WordInfo, tag: u16) -> u16 {
        dict_get(&self.model.morph_dict, morph_dict_key(w.lower, tag))
    }

    /// The number of part-of-speech labels.
    pub(super) fn pos_labels(&self) -> usize {
        self.pos.len()
    }

    /// The length of a word's cached morphology row: the most labels a part-of-speech
    /// label allows.
    pub(super) fn morph_row(&self) -> usize {
        self.morph_row
    }

    /// The model's parameters.
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The coarse class of a part-of-speech label (what the morphology features look for).
    pub fn coarse(&self, label: u16) -> Coarse {
        self.pos[usize::from(label)].coarse
    }

    /// The noun lexicon.
    pub fn lexicon(&self) -> &NounLexicon {
        &self.lexicon
    }

    /// Tags one sentence given as its words.
    pub fn tag(&self, forms: &[&str]) -> Vec<Tagged> {
        let mut buf = String::new();
        WORD_CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            let cache = &mut *cache;
            cache.claim(self.id);
            let slots: Vec<usize> = forms
                .iter()
                .map(|f| cache.slot(self, f, &mut buf))
                .collect();
            let (tags, labels) = self.decode_slots(cache, &slots);
            let out = forms
                .iter()
                .enumerate()
                .map(|(i, form)| {
                    let k = slots[i];
                    let p = self.pos[usize::from(tags[i])];
                    let w = &cache.words[k];
                    let mut feats = self.morph[usize::from(labels[i])];
                    if matches!(p.upos, Upos::Noun | Upos::Propn) {
                        feats = with_lexicon_gender(feats, w.noun.genders());
                    }
                    let lemma = &mut cache.lemmas[k];
                    if lemma.0 != tags[i] {
                        *lemma = (tags[i], self.lemma(form, w, tags[i], p.upos, &mut buf));
                    }
                    Tagged {
                        upos: p.upos,
                        xpos: p.xpos,
                        lemma: lemma.1.clone(),
                        feats,
                    }
                })
                .collect();
            cache.forget_unkept(self);
            out
        })
    }

    /// Tags one sentence given as tokens of `text` (see [`crate::text::tokenize`]).
    pub fn tag_tokens(&self, text: &str, tokens: &[Token]) -> Vec<Word> {
        let forms: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        self.tag(&forms)
            .into_iter()
            .zip(tokens)
            .map(|(t, tok)| Word {
                start: tok.start,
                end: tok.end,
                upos: t.upos,
                xpos: t.xpos,
                lemma: t.lemma,
                feats: t.feats,
            })
            .collect()
    }

    /// Part-of-speech labels and morphology labels of a sentence's words (without the
    /// thread's word cache).
    pub fn decode(&self, words: &[WordInfo]) -> (Vec<u16>, Vec<u16>) {
        let mut cache = WordCache::default();
        for w in words {
            cache.push(self, *w);
        }
        let slots: Vec<usize> = (0..words.len()).collect();
        self.decode_slots(&mut cache, &slots)
    }

    /// The lemmas `form` is given under each label whose part of speech and STTS tag
    /// `keep` accepts, whatever its sentence: what a question about a word's possible
    /// readings can ask without tagging the sentence.
    pub fn possible_lemmas(&self, form: &str, keep: impl Fn(Upos, &str) -> bool) -> Vec<Arc<str>> {
        let (mut lower, mut buf) = (String::new(), String::new());
        let w = WordInfo::new(form, &self.lexicon, &mut lower);
        (0..self.pos.len())
            .filter(|&t| keep(self.pos[t].upos, self.pos[t].xpos))
            .filter_map(|t| self.lemma(form, &w, t as u16, self.pos[t].upos, &mut buf))
            .collect()
    }

    fn lemma(
        &self,
        form: &str,
        w: &WordInfo,
        tag: u16,
        upos: Upos,
        buf: &mut String,
    ) -> Option<Arc<str>> {
        let k = lemma_key(w.lower, tag);
        if let Ok(i) = self.model.lemmas.binary_search_by_key(&k, |e| e.0) {
            return Some(match &self.model.lemmas[i].1 {
                LemmaRule::Form => form.into(),
                LemmaRule::Lower => form.to_lowercase().into(),
                LemmaRule::Other(s) => Arc::from(&**s),
            });
        }
        match upos {
            Upos::Noun | Upos::Propn if w.noun.classes != 0 => {
                buf.clear();
                buf.extend(form.chars().flat_map(char::to_lowercase));
                self.lexicon.lemma(form, buf, &w.noun).map(Arc::from)
            }
            Upos::Propn | Upos::Num | Upos::Punct | Upos::Sym => Some(form.into()),
            _ => None,
        }
    }
}

/// The hash the lemma table and the word features use for a lower-cased form.
pub fn lower_hash(lower: &str) -> u64 {
    hash_bytes(0, lower.as_bytes())
}

#[cfg(test)]
mod tests;
