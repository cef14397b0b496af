//! A cue's words folded once, when the lexicon is built: what cue matching compares a
//! sentence's folded words with.

use super::Cue;

/// A cue's words folded ([`crate::text::fold_same_length`]) once, when the lexicon is
/// built, so that matching a sentence compares slices without folding or splitting.
#[derive(Debug, Clone, Default)]
pub struct CueWords {
    /// The words of each form of more than one word, in the order of [`Cue::forms`].
    pub phrases: Vec<Vec<String>>,
    /// The separable particle's words.
    pub particle: Option<Vec<String>>,
    /// The preposition of the cue's frame.
    pub preposition: Option<String>,
}

impl CueWords {
    /// The folded words of `cue`.
    pub fn new(cue: &Cue) -> Self {
        let fold = crate::text::fold_same_length;
        let words = |s: &str| s.split_whitespace().map(fold).collect::<Vec<_>>();
        CueWords {
            phrases: cue
                .forms
                .iter()
                .map(|f| words(f))
                .filter(|w| w.len() > 1)
                .collect(),
            particle: cue.particle.as_deref().map(|p| words(&fold(p))),
            preposition: cue.preposition.as_deref().map(fold),
        }
    }
}
