//! Training the tagger (used by `examples/train_tagger.rs`, run by `tools/grammar/train.sh`):
//! averaged perceptrons over the same features inference reads, on CoNLL-U treebanks.
//!
//! Deterministic: sentences are shuffled by a fixed-seed generator, ties broken by label
//! number, so the same data gives the same model byte for byte.

use std::collections::HashMap;
use std::path::Path;

use super::features::WordInfo;
use super::features_morph::{morph_features, Coarse, MorphContext};
use super::features_pos::pos_features;
use super::lexicon::NounLexicon;
use super::morph::label_of_feats;
use super::tagger::{lemma_key, morph_dict_key, pos_dict_key, Tagger};
use super::tagger_model::{LemmaRule, Model, Weights};
use crate::error::{Error, Result};

/// One sentence of a treebank: forms, `UPOS XPOS` labels, morphology labels and lemmas.
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    /// Word forms (multiword-token lines are skipped; their words are kept).
    pub forms: Vec<String>,
    /// `UPOS XPOS` per word.
    pub pos: Vec<String>,
    /// Morphology label per word ([`label_of_feats`]).
    pub morph: Vec<String>,
    /// Lemma per word.
    pub lemmas: Vec<String>,
}

/// Reads the words of a CoNLL-U file.
pub fn read_conllu(path: &Path) -> Result<Vec<Sentence>> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let mut out = Vec::new();
    let mut s = Sentence::default();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            if !s.forms.is_empty() {
                out.push(std::mem::take(&mut s));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(Error::parse(
                path,
                n + 1,
                0,
                format!("expected 10 tab-separated columns, found {}", cols.len()),
            ));
        }
        if cols[0].contains('-') || cols[0].contains('.') {
            continue;
        }
        s.forms.push(cols[1].to_string());
        s.pos.push(format!("{} {}", cols[3], cols[4]));
        s.morph.push(label_of_feats(cols[5]));
        s.lemmas.push(cols[2].to_string());
    }
    if !s.forms.is_empty() {
        out.push(s);
    }
    Ok(out)
}

#[derive(Clone, Copy, Default)]
struct Param {
    w: f32,
    total: f64,
    stamp: u32,
}

/// An averaged perceptron under training (lazy averaging by time stamps).
#[derive(Default)]
struct Perceptron {
    rows: HashMap<u32, Vec<(u16, Param)>>,
    time: u32,
}

impl Perceptron {
    fn score(&self, feats: &[u32], scores: &mut [f32]) {
        for f in feats {
            if let Some(row) = self.rows.get(f) {
                for (c, p) in row {
                    scores[usize::from(*c)] += p.w;
                }
            }
        }
    }

    fn update(&mut self, truth: u16, guess: u16, feats: &[u32]) {
        self.time += 1;
        if truth == guess {
            return;
        }
        let now = self.time;
        for f in feats {
            let row = self.rows.entry(*f).or_default();
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0f32)] {
                let p = match row.iter_mut().find(|e| e.0 == class) {
                    Some(e) => &mut e.1,
                    None => {
                        row.push((
                            class,
                            Param {
                                stamp: now,
                                ..Param::default()
                            },
                        ));
                        &mut row.last_mut().expect("just pushed").1
                    }
                };
                p.total += f64::from(now - p.stamp) * f64::from(p.w);
                p.stamp = now;
                p.w += delta;
            }
        }
    }

    fn averaged(&self, prune: f32) -> Vec<(u32, Vec<(u16, f32)>)> {
        let now = self.time.max(1);
        let mut rows: Vec<(u32, Vec<(u16, f32)>)> = self
            .rows
            .iter()
            .map(|(k, row)| {
                let mut r: Vec<(u16, f32)> = row
                    .iter()
                    .map(|(c, p)| {
                        let total = p.total + f64::from(now - p.stamp) * f64::from(p.w);
                        (*c, (total / f64::from(now)) as f32)
                    })
                    .filter(|(_, w)| w.abs() >= prune)
                    .collect();
                r.sort_unstable_by_key(|e| e.0);
                (*k, r)
            })
            .filter(|(_, r)| !r.is_empty())
            .collect();
        rows.sort_unstable_by_key(|r| r.0);
        rows
    }
}

/// Training settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Passes over the data for the part-of-speech model.
    pub pos_epochs: usize,
    /// Passes for the morphology model.
    pub morph_epochs: usize,
    /// Averaged weights smaller than this (in absolute value) are dropped.
    pub prune: f32,
    /// A form enters the tag dictionaries when training saw it at least this often ...
    pub dict_min: usize,
    /// ... and with one label at least this share of the time (per cent).
    pub dict_share: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            pos_epochs: 10,
            morph_epochs: 10,
            prune: 0.002,
            dict_min: 5,
            dict_share: 99,
        }
    }
}

/// A fixed-seed generator for the shuffles (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

fn index(labels: &mut Vec<String>, map: &mut HashMap<String, u16>, l: &str) -> u16 {
    if let Some(&i) = map.get(l) {
        return i;
    }
    let i = labels.len() as u16;
    labels.push(l.to_string());
    map.insert(l.to_string(), i);
    i
}

fn argmax(scores: impl Iterator<Item = (usize, f32)>) -> u16 {
    let mut best = (0usize, f32::NEG_INFINITY);
    for (i, s) in scores {
        if s > best.1 {
            best = (i, s);
        }
    }
    best.0 as u16
}

/// Trains a model on `sentences`; `progress` hears one line per epoch.
pub fn train(
    sentences: &[Sentence],
    lexicon: &NounLexicon,
    opts: &Options,
    progress: &mut dyn FnMut(&str),
) -> Result<Model> {
    let mut m = Model::default();
    let (mut pos_map, mut morph_map) = (HashMap::new(), HashMap::new());
    // Labels in order of first appearance after sorting, so the model is reproducible.
    let mut all_pos: Vec<&String> = sentences.iter().flat_map(|s| &s.pos).collect();
    all_pos.sort();
    all_pos.dedup();
    for l in all_pos {
        index(&mut m.pos_labels, &mut pos_map, l);
    }
    let mut all_morph: Vec<&String> = sentences.iter().flat_map(|s| &s.morph).collect();
    all_morph.sort();
    all_morph.dedup();
    for l in all_morph {
        index(&mut m.morph_labels, &mut morph_map, l);
    }
    // Tagger::new checks the labels (UPOS and STTS) before any time is spent.
    Tagger::new(m.clone(), NounLexicon::empty())?;

    let mut buf = String::new();
    struct Prepared {
        words: Vec<WordInfo>,
        pos: Vec<u16>,
        morph: Vec<u16>,
    }
    let data: Vec<Prepared> = sentences
        .iter()
        .map(|s| Prepared {
            words: s
                .forms
                .iter()
                .map(|f| WordInfo::new(f, lexicon, &mut buf))
                .collect(),
            pos: s.pos.iter().map(|l| pos_map[l]).collect(),
            morph: s.morph.iter().map(|l| morph_map[l]).collect(),
        })
        .collect();
    m.allowed = vec![Vec::new(); m.pos_labels.len()];
    for d in &data {
        for (&p, &l) in d.pos.iter().zip(&d.morph) {
            let a = &mut m.allowed[usize::from(p)];
            if !a.contains(&l) {
                a.push(l);
            }
        }
    }
    for a in &mut m.allowed {
        a.sort_unstable();
    }
    let coarse_of: Vec<Coarse> = {
        let probe = Tagger::new(m.clone(), NounLexicon::empty())?;
        (0..m.pos_labels.len())
            .map(|i| probe.coarse(i as u16))
            .collect()
    };

    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut feats = Vec::new();

    let mut pos = Perceptron::default();
    let mut scores = vec![0f32; m.pos_labels.len().max(m.morph_labels.len())];
    for epoch in 0..opts.pos_epochs {
        rng.shuffle(&mut order);
        let (mut ok, mut n) = (0usize, 0usize);
        for &si in &order {
            let d = &data[si];
            let mut tags = vec![0u16; d.words.len()];
            for i in 0..d.words.len() {
                pos_features(&d.words, i, &tags, &mut feats);
                let s = &mut scores[..m.pos_labels.len()];
                s.fill(0.0);
                pos.score(&feats, s);
                let guess = argmax(s.iter().copied().enumerate());
                pos.update(d.pos[i], guess, &feats);
                ok += usize::from(guess == d.pos[i]);
                n += 1;
                tags[i] = guess;
            }
        }
        progress(&format!(
            "pos epoch {}: train accuracy {:.4}",
            epoch + 1,
            ok as f64 / n.max(1) as f64
        ));
    }

    let mut morph = Perceptron::default();
    for epoch in 0..opts.morph_epochs {
        rng.shuffle(&mut order);
        let (mut ok, mut n) = (0usize, 0usize);
        for &si in &order {
            let d = &data[si];
            let coarse: Vec<Coarse> = d.pos.iter().map(|&t| coarse_of[usize::from(t)]).collect();
            let mut labels = vec![0u16; d.words.len()];
            for i in 0..d.words.len() {
                let allowed = &m.allowed[usize::from(d.pos[i])];
                if allowed.len() <= 1 {
                    labels[i] = d.morph[i];
                    continue;
                }
                let cx = MorphContext {
                    words: &d.words,
                    tags: &d.pos,
                    coarse: &coarse,
                    labels: &labels,
                };
                morph_features(&cx, i, &mut feats);
                let s = &mut scores[..m.morph_labels.len()];
                s.fill(0.0);
                morph.score(&feats, s);
                let guess = argmax(allowed.iter().map(|&c| (usize::from(c), s[usize::from(c)])));
                morph.update(d.morph[i], guess, &feats);
                ok += usize::from(guess == d.morph[i]);
                n += 1;
                labels[i] = guess;
            }
        }
        progress(&format!(
            "morph epoch {}: train accuracy {:.4}",
            epoch + 1,
            ok as f64 / n.max(1) as f64
        ));
    }
    m.pos = Weights::from_rows(&pos.averaged(opts.prune));
    m.morph = Weights::from_rows(&morph.averaged(opts.prune));

    // Lemmas: the most frequent lemma of each (form, tag); ties to the smaller string.
    let mut counts: HashMap<u32, HashMap<LemmaRule, usize>> = HashMap::new();
    for (s, d) in sentences.iter().zip(&data) {
        for i in 0..s.forms.len() {
            let (form, lemma) = (&s.forms[i], &s.lemmas[i]);
            if lemma == "_" {
                continue;
            }
            let rule = if lemma == form {
                LemmaRule::Form
            } else if *lemma == form.to_lowercase() {
                LemmaRule::Lower
            } else {
                LemmaRule::Other(lemma.as_str().into())
            };
            *counts
                .entry(lemma_key(d.words[i].lower, d.pos[i]))
                .or_default()
                .entry(rule)
                .or_default() += 1;
        }
    }
    let mut lemmas: Vec<(u32, LemmaRule)> = counts
        .into_iter()
        .map(|(k, c)| {
            let best = c
                .into_iter()
                .max_by(|a, b| {
                    a.1.cmp(&b.1)
                        .then_with(|| rule_text(&b.0).cmp(rule_text(&a.0)))
                })
                .expect("at least one lemma counted");
            (k, best.0)
        })
        .collect();
    lemmas.sort_unstable_by_key(|e| e.0);
    lemmas.dedup_by_key(|e| e.0);
    m.lemmas = lemmas;

    // The tag dictionaries: frequent forms that (nearly) always have one label.
    let mut pos_counts: HashMap<u32, HashMap<u16, usize>> = HashMap::new();
    let mut morph_counts: HashMap<u32, HashMap<u16, usize>> = HashMap::new();
    for d in &data {
        for (i, w) in d.words.iter().enumerate() {
            let (p, l) = (d.pos[i], d.morph[i]);
            *pos_counts
                .entry(pos_dict_key(w.lower))
                .or_default()
                .entry(p)
                .or_default() += 1;
            if m.allowed[usize::from(p)].len() >= 2 {
                *morph_counts
                    .entry(morph_dict_key(w.lower, p))
                    .or_default()
                    .entry(l)
                    .or_default() += 1;
            }
        }
    }
    m.pos_dict = dictionary(pos_counts, opts);
    m.morph_dict = dictionary(morph_counts, opts);
    Ok(m)
}

/// The entries of a tag dictionary from label counts per key: keys seen at least
/// [`Options::dict_min`] times, with one label at least [`Options::dict_share`] per cent
/// of them; sorted by key.
fn dictionary(counts: HashMap<u32, HashMap<u16, usize>>, opts: &Options) -> Vec<(u32, u16)> {
    let mut dict: Vec<(u32, u16)> = counts
        .into_iter()
        .filter_map(|(k, c)| {
            let total: usize = c.values().sum();
            // The most frequent label; ties to the smaller label (deterministic).
            let (&label, &n) = c.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))?;
            (total >= opts.dict_min && n * 100 >= total * opts.dict_share).then_some((k, label))
        })
        .collect();
    dict.sort_unstable();
    dict
}

fn rule_text(r: &LemmaRule) -> &str {
    match r {
        LemmaRule::Form => "\0form",
        LemmaRule::Lower => "\0lower",
        LemmaRule::Other(s) => s,
    }
}

/// Accuracy figures of a tagger on gold sentences, counted as `tools/ud_eval.py` does.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scores {
    /// Words.
    pub words: usize,
    /// UPOS accuracy.
    pub upos: f64,
    /// STTS accuracy.
    pub xpos: f64,
    /// Share of NOUN/PROPN/PRON words with a gold case whose predicted case is the same.
    pub case: f64,
    /// F1 of Mood over the words that carry one.
    pub mood: f64,
    /// Share of words whose whole morphology label is right.
    pub morph: f64,
}

/// Tags the gold sentences' forms and scores the result against them.
pub fn evaluate(tagger: &Tagger, gold: &[Sentence]) -> Scores {
    let (mut n, mut upos, mut xpos, mut morph) = (0usize, 0usize, 0usize, 0usize);
    let (mut case_n, mut case_ok) = (0usize, 0usize);
    let (mut mood_g, mut mood_p, mut mood_ok) = (0usize, 0usize, 0usize);
    for s in gold {
        let forms: Vec<&str> = s.forms.iter().map(String::as_str).collect();
        for (i, t) in tagger.tag(&forms).iter().enumerate() {
            n += 1;
            let (gu, gx) = s.pos[i].split_once(' ').unwrap_or((&s.pos[i], ""));
            upos += usize::from(t.upos.as_str() == gu);
            xpos += usize::from(t.xpos == gx);
            let g = super::morph::feats_of_label(&s.morph[i]);
            morph += usize::from(g == t.feats);
            if matches!(gu, "NOUN" | "PROPN" | "PRON") && !g.case.is_empty() {
                case_n += 1;
                case_ok += usize::from(g.case == t.feats.case);
            }
            if g.mood.is_some() {
                mood_g += 1;
                mood_ok += usize::from(g.mood == t.feats.mood);
            }
            mood_p += usize::from(t.feats.mood.is_some());
        }
    }
    let r = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    Scores {
        words: n,
        upos: r(upos, n),
        xpos: r(xpos, n),
        case: r(case_ok, case_n),
        mood: r(2 * mood_ok, mood_g + mood_p),
        morph: r(morph, n),
    }
}
