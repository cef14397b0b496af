//! One trie over every name-like surface form of the lexicon (states, adjectives,
//! demonyms, capitals, organisations, persons, role nouns), searched once per text on a
//! case-folded copy whose byte offsets equal the original's, from each word start.

use super::model::Gender;
use super::trie::Trie;
use std::collections::HashMap;

/// What a surface form stands for. Numbers index the lexicon's record vectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Surface {
    /// A state's name or variant (`Frankreich`, `Frankreichs`).
    CountryName(u32),
    /// An adjective of the state (`französischen`).
    CountryAdjective(u32),
    /// A compound prefix (`US-`), only before a hyphen.
    CountryPrefix(u32),
    /// A demonym (`Niederländer`); `Gender::U` for plural.
    Demonym(u32, Gender),
    /// A capital or seat of government (`Moskau`).
    Capital(u32),
    /// A capital's adjective (`Berliner`).
    CapitalAdjective(u32),
    /// An organisation's name or alias.
    Organization(u32),
    /// A person's full name or multi-word alias.
    PersonName(u32),
    /// A person's surname or one-word alias.
    PersonSurname(u32),
    /// A role noun form; `Gender::U` for plural.
    Role(u32, Gender),
}

impl Surface {
    /// Whether the text must be capitalised where this form matches (German nouns and
    /// names); adjectives and prefixes match in any case.
    fn needs_capital(self) -> bool {
        !matches!(
            self,
            Surface::CountryAdjective(_) | Surface::CountryPrefix(_)
        )
    }
}

/// How the text's case must agree with a form.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Case {
    /// Any case (adjectives, prefixes).
    Any,
    /// Capitalised where the form is (nouns, names).
    Capital,
    /// Exactly as written (short acronyms, lower-case names like `dpa`).
    Exact(String),
}

/// A match of the index: a byte range and what the form there may stand for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SurfaceHit {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// Every reading of the form (a surname may be two persons'), in lexicon order.
    pub readings: Vec<Surface>,
}

/// Collects forms while the lexicon is built, then compiles them.
#[derive(Default)]
pub struct SurfaceIndexBuilder {
    patterns: Vec<String>,
    readings: Vec<Vec<(Surface, Case)>>,
    by_pattern: HashMap<String, usize>,
}

impl SurfaceIndexBuilder {
    /// Adds `form` as a reading of `surface`. Forms shorter than two characters are
    /// ignored (they would match everywhere).
    pub fn add(&mut self, form: &str, surface: Surface) {
        let form = form.trim();
        if form.chars().count() < 2 {
            return;
        }
        let capital = if !surface.needs_capital() {
            Case::Any
        } else if form
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
        {
            // Acronyms: `MIT` is not `Mit`; longer ones may be written `Nato`.
            if form.chars().count() <= 3 {
                Case::Exact(form.to_string())
            } else {
                Case::Capital
            }
        } else if form.chars().next().is_some_and(char::is_lowercase) {
            Case::Exact(form.to_string())
        } else {
            Case::Capital
        };
        let folded = crate::text::fold_same_length(form);
        let index = *self.by_pattern.entry(folded.clone()).or_insert_with(|| {
            self.patterns.push(folded);
            self.readings.push(Vec::new());
            self.patterns.len() - 1
        });
        let entry = &mut self.readings[index];
        if !entry.iter().any(|(s, c)| *s == surface && *c == capital) {
            entry.push((surface, capital));
        }
    }

    /// Builds the trie.
    pub fn build(self) -> SurfaceIndex {
        let trie = Trie::new(&self.patterns);
        SurfaceIndex {
            trie,
            readings: self.readings,
        }
    }
}

/// The built index.
pub struct SurfaceIndex {
    trie: Trie,
    readings: Vec<Vec<(Surface, Case)>>,
}

impl std::fmt::Debug for SurfaceIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SurfaceIndex({} forms)", self.readings.len())
    }
}

impl SurfaceIndex {
    /// Number of distinct forms.
    pub fn len(&self) -> usize {
        self.readings.len()
    }

    /// Whether the index has no forms.
    pub fn is_empty(&self) -> bool {
        self.readings.is_empty()
    }

    /// Finds forms in `text[start..end]`; `folded` is `fold_same_length(text)` (or of any
    /// range containing it, at the same offsets). A hit must stand between non-alphanumeric
    /// characters; a prefix must be followed by a hyphen.
    pub fn find(&self, text: &str, folded: &str, start: usize, end: usize) -> Vec<SurfaceHit> {
        let all = self.find_all(text, folded, start, end);
        longest_first(&all).into_iter().cloned().collect()
    }

    /// Every valid hit in `text[start..end]`, overlapping ones too, ordered by start and
    /// then longest first. The hits of a range inside `start..end` are those lying
    /// wholly inside it: one search of an article serves each of its sentences (see
    /// [`longest_first`]).
    pub fn find_all(&self, text: &str, folded: &str, start: usize, end: usize) -> Vec<SurfaceHit> {
        let mut valid: Vec<SurfaceHit> = Vec::new();
        // A hit starts where no letter or digit stands before it (see `check`): the
        // trie is walked from those positions only.
        let hay = &folded.as_bytes()[..end];
        let mut before = text[..start].chars().next_back();
        for (i, c) in text[start..end].char_indices() {
            if !before.is_some_and(char::is_alphanumeric) {
                let s = start + i;
                self.trie.prefixes(&hay[s..], |len, pattern| {
                    if let Some(hit) = self.check(text, s, s + len, pattern) {
                        valid.push(hit);
                    }
                });
            }
            before = Some(c);
        }
        // No two hits share both ends: one folded slice is one pattern.
        valid.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        valid
    }

    /// The readings of pattern `pattern` at `text[s..e]` that fit the word boundaries and
    /// the case, if any.
    fn check(&self, text: &str, s: usize, e: usize, pattern: usize) -> Option<SurfaceHit> {
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        if before.is_some_and(char::is_alphanumeric) {
            return None;
        }
        let capitalised = text[s..].chars().next().is_some_and(char::is_uppercase);
        let readings: Vec<Surface> = self.readings[pattern]
            .iter()
            .filter(|(surface, case)| {
                let boundary_ok = match surface {
                    Surface::CountryPrefix(_) => matches!(after, Some('-') | Some('‑')),
                    _ => !after.is_some_and(char::is_alphanumeric),
                };
                let case_ok = match case {
                    Case::Any => true,
                    Case::Capital => capitalised,
                    Case::Exact(form) => &text[s..e] == form,
                };
                boundary_ok && case_ok
            })
            .map(|(surface, _)| *surface)
            .collect();
        (!readings.is_empty()).then_some(SurfaceHit {
            start: s,
            end: e,
            readings,
        })
    }
}

/// From hits ordered as [`SurfaceIndex::find_all`] gives them, the longest valid one at
/// each position, left to right: a longer form that fails the word boundary (`Moskauer
/// Regierung` inside `Moskauer Regierungskreisen`) must not hide a shorter one
/// (`Moskauer`).
pub fn longest_first<'h>(valid: impl IntoIterator<Item = &'h SurfaceHit>) -> Vec<&'h SurfaceHit> {
    let mut hits: Vec<&SurfaceHit> = Vec::new();
    for hit in valid {
        if hits.last().is_none_or(|last| last.end <= hit.start) {
            hits.push(hit);
        }
    }
    hits
}
