//! Knowledge as data: states, organisations, persons with dated offices, role nouns, cue
//! words and topics, read from the tab-separated files in `src/lexicon/data/` (embedded
//! as the default) and from user files that extend them.
//!
//! ```
//! let lexicon = standpunkt::Lexicon::builtin();
//! let stats = lexicon.stats();
//! assert!(stats.countries >= 190);
//! ```

mod assemble;
mod check;
mod cue_words;
mod forms;
mod index;
mod load;
mod model;
mod offices;
mod predicate;
mod role_lookup;
mod trie;
mod tsv;
mod word_classes;

pub use check::{check, CheckReport};
pub use cue_words::CueWords;
pub use index::{longest_first, Surface, SurfaceHit, SurfaceIndex};
pub use load::{parse_day, FileKind};
pub use model::{
    Country, Cue, DayRange, Evaluation, Frame, FrameSpeaker, Gender, OfficeTerm, Organization,
    Person, Role, TermMatch, Topic,
};
pub use predicate::{CuePos, Predicate};
pub use tsv::{split_values, Table};
pub use word_classes::{WordClass, WordClasses};

use crate::error::{Error, Result};
use aho_corasick::AhoCorasick;
use role_lookup::RoleForms;
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

/// The built-in files, embedded at compile time.
const BUILTIN: [(FileKind, &str); 11] = [
    (FileKind::Countries, include_str!("data/countries.tsv")),
    (
        FileKind::Organizations,
        include_str!("data/organizations.tsv"),
    ),
    (FileKind::Persons, include_str!("data/persons.tsv")),
    (FileKind::Offices, include_str!("data/offices.tsv")),
    (FileKind::Roles, include_str!("data/roles.tsv")),
    (FileKind::Cues, include_str!("data/cues.tsv")),
    (FileKind::Topics, include_str!("data/topics.tsv")),
    (FileKind::GivenNames, include_str!("data/given_names.tsv")),
    (FileKind::Evaluations, include_str!("data/evaluations.tsv")),
    (FileKind::WordClasses, include_str!("data/word_classes.tsv")),
    (FileKind::Frames, include_str!("data/frames.tsv")),
];

/// A cue form: which cue, and whether this form needs the separable particle later in
/// the clause (`lehnt … ab`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueForm {
    /// Index into [`Lexicon::cues`].
    pub cue: u32,
    /// The form is a finite verb split from its particle.
    pub needs_particle: bool,
    /// Number of words of the form (phrases have more than one).
    pub words: u8,
}

/// Counts printed by `standpunkt lexicon stats`.
#[derive(Debug, Clone, Serialize)]
pub struct Stats {
    /// States.
    pub countries: usize,
    /// Organisations (all types).
    pub organizations: usize,
    /// Persons.
    pub persons: usize,
    /// Office terms.
    pub offices: usize,
    /// Role nouns.
    pub roles: usize,
    /// Topics.
    pub topics: usize,
    /// Cue lemmas.
    pub cue_lemmas: usize,
    /// Cue surface forms.
    pub cue_forms: usize,
    /// Given names.
    pub given_names: usize,
    /// Distinct surface forms in the name automaton.
    pub surface_forms: usize,
}

/// The loaded knowledge base with its indexes.
#[derive(Debug)]
pub struct Lexicon {
    /// States.
    pub countries: Vec<Country>,
    /// Organisations, institutions, governments, parties, outlets.
    pub organizations: Vec<Organization>,
    /// Persons with their offices.
    pub persons: Vec<Person>,
    /// Role nouns.
    pub roles: Vec<Role>,
    /// Cue words.
    pub cues: Vec<Cue>,
    /// Topics.
    pub topics: Vec<Topic>,
    /// Evaluative words.
    pub evaluations: Vec<Evaluation>,
    /// Light-verb frames of noun cues.
    pub frames: Vec<Frame>,
    /// Closed word classes the extraction rules test.
    pub word_classes: WordClasses,
    given_names: HashMap<String, Gender>,
    country_by_code: HashMap<String, usize>,
    organization_by_id: HashMap<String, usize>,
    holders: HashMap<(String, String), Vec<(usize, DayRange)>>,
    surfaces: SurfaceIndex,
    cue_forms: WordKeyed<Vec<CueForm>>,
    /// Per cue, its words folded once for matching (see [`CueWords`]).
    cue_words: Vec<CueWords>,
    /// The first two words of every cue phrase (folded), keyed by the first: a phrase
    /// is tried at a word only where its first two words stand there.
    phrase_starts: WordKeyed<WordKeyed<()>>,
    /// The longest key of `cue_forms`, in bytes: longer words are not looked up (a
    /// megabyte-long token is not hashed once per suffix).
    longest_cue_word: usize,
    topic_automaton: AhoCorasick,
    topic_terms: Vec<(usize, TermMatch)>,
    sources: Vec<String>,
    /// Role noun forms (folded) with their office and gender, and the longest form's
    /// length in bytes.
    role_forms: OnceLock<RoleForms>,
    /// Evaluation terms, exact and prefix, with their index in `evaluations`, and the
    /// longest prefix term's length in bytes (made at the first look-up).
    evaluation_terms: OnceLock<EvaluationTerms>,
}

/// See [`Lexicon::evaluation`].
type EvaluationTerms = (WordKeyed<usize>, WordKeyed<usize>, usize);

/// A map keyed by words, with the crate's word hash (faster than SipHash for short
/// words; lookups only, so iteration order never matters).
pub(crate) type WordKeyed<V> =
    HashMap<String, V, std::hash::BuildHasherDefault<crate::grammar::lexicon::WordHasher>>;

/// The suffixes of `word` that may be the head of a compound, longest first: from its
/// fourth character on (the modifier keeps three), and at most `longest` bytes long.
///
/// Bounded: the longest head in the lexicon caps the suffixes tried, so a megabyte-long
/// token costs no more than a short word (testing every suffix was quadratic).
pub(crate) fn compound_heads(word: &str, longest: usize) -> impl Iterator<Item = &str> {
    let mut from = word.len().saturating_sub(longest);
    while !word.is_char_boundary(from) {
        from += 1;
    }
    let modifier_end = word.char_indices().nth(3).map_or(word.len(), |(i, _)| i);
    let from = from.max(modifier_end);
    word[from..]
        .char_indices()
        .map(move |(i, _)| &word[from + i..])
}

/// Configures which files make up a lexicon.
#[derive(Debug, Clone)]
pub struct LexiconBuilder {
    builtin: bool,
    files: Vec<PathBuf>,
}

impl Default for LexiconBuilder {
    fn default() -> Self {
        LexiconBuilder {
            builtin: true,
            files: Vec::new(),
        }
    }
}

impl LexiconBuilder {
    /// Whether to start from the built-in files (default: yes).
    pub fn builtin(mut self, yes: bool) -> Self {
        self.builtin = yes;
        self
    }

    /// Adds a user file, read after the built-in ones; its records extend or override them.
    pub fn file(mut self, path: impl Into<PathBuf>) -> Self {
        self.files.push(path.into());
        self
    }

    /// Reads and indexes everything.
    pub fn build(self) -> Result<Lexicon> {
        let mut tables: Vec<(FileKind, Table)> = Vec::new();
        let mut sources = Vec::new();
        if self.builtin {
            for (kind, content) in BUILTIN {
                let path = PathBuf::from(format!("<built-in>/{}", kind.file_name()));
                tables.push((
                    kind,
                    Table::parse(&path, content, kind.columns(), kind.required())?,
                ));
                sources.push(path.display().to_string());
            }
        }
        for path in &self.files {
            let content = std::fs::read_to_string(path).map_err(|err| Error::io(path, err))?;
            let kind = FileKind::detect(path, &content).ok_or_else(|| {
                tsv::lexicon_error(
                    path,
                    1,
                    1,
                    "cannot tell which lexicon file this is: name it like countries.tsv, persons.tsv, … or give it the header of one".into(),
                )
            })?;
            tables.push((
                kind,
                Table::parse(path, &content, kind.columns(), kind.required())?,
            ));
            sources.push(path.display().to_string());
        }
        Lexicon::from_tables(&tables, sources)
    }
}

impl Lexicon {
    /// A builder starting from the built-in files.
    pub fn builder() -> LexiconBuilder {
        LexiconBuilder::default()
    }

    /// The built-in lexicon, loaded once per process.
    pub fn builtin() -> Arc<Lexicon> {
        static BUILTIN_LEXICON: OnceLock<Arc<Lexicon>> = OnceLock::new();
        BUILTIN_LEXICON
            .get_or_init(|| {
                Arc::new(
                    Lexicon::builder()
                        .build()
                        .expect("the built-in lexicon is valid (tested)"),
                )
            })
            .clone()
    }

    /// Parses a lexicon from in-memory tables (file kind, path for messages, content).
    pub fn from_texts(files: &[(FileKind, &Path, &str)]) -> Result<Lexicon> {
        let mut tables = Vec::new();
        for (kind, path, content) in files {
            tables.push((
                *kind,
                Table::parse(path, content, kind.columns(), kind.required())?,
            ));
        }
        Lexicon::from_tables(
            &tables,
            files.iter().map(|f| f.1.display().to_string()).collect(),
        )
    }

    /// The files this lexicon was read from.
    pub fn sources(&self) -> &[String] {
        &self.sources
    }

    /// Counts of every kind of record.
    pub fn stats(&self) -> Stats {
        Stats {
            countries: self.countries.len(),
            organizations: self.organizations.len(),
            persons: self.persons.len(),
            offices: self.persons.iter().map(|p| p.offices.len()).sum(),
            roles: self.roles.len(),
            topics: self.topics.len(),
            cue_lemmas: self.cues.len(),
            cue_forms: self.cues.iter().map(|c| c.forms.len()).sum(),
            given_names: self.given_names.len(),
            surface_forms: self.surfaces.len(),
        }
    }

    /// The name automaton.
    pub fn surfaces(&self) -> &SurfaceIndex {
        &self.surfaces
    }

    /// A state by alpha-3 code.
    pub fn country(&self, code: &str) -> Option<&Country> {
        self.country_by_code.get(code).map(|&i| &self.countries[i])
    }

    /// An organisation by id.
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        self.organization_by_id
            .get(id)
            .map(|&i| &self.organizations[i])
    }

    /// Whether `code` is a state's alpha-3 code or an organisation's id.
    pub fn knows_code(&self, code: &str) -> bool {
        self.country_by_code.contains_key(code) || self.organization_by_id.contains_key(code)
    }

    /// The value of a statement's `country` field for an office `of` a state or body:
    /// the state's code, an international organisation's id, or the code the body speaks
    /// for (`EU_COMMISSION` → `EU`).
    pub fn speaks_for(&self, of: &str) -> Option<String> {
        if self.country_by_code.contains_key(of) {
            return Some(of.to_string());
        }
        let org = self.organization(of)?;
        if org.kind == "international" && org.parent.is_none() {
            return Some(org.id.clone());
        }
        org.country
            .clone()
            .or_else(|| org.parent.as_deref().and_then(|p| self.speaks_for(p)))
    }

    /// The display name of a code: a state's German name or an organisation's name.
    pub fn code_name(&self, code: &str) -> Option<&str> {
        self.country(code)
            .map(|c| c.name.as_str())
            .or_else(|| self.organization(code).map(|o| o.name.as_str()))
    }

    /// The gender a given name suggests, if the name is known.
    pub fn given_name(&self, name: &str) -> Option<Gender> {
        self.given_names.get(name).copied()
    }

    /// The cue forms whose first word is `folded_word`.
    pub fn cue_forms(&self, folded_word: &str) -> &[CueForm] {
        if folded_word.len() > self.longest_cue_word {
            return &[];
        }
        self.cue_forms.get(folded_word).map_or(&[], Vec::as_slice)
    }

    /// Whether some cue phrase starts with the folded words `first` and `second`: where
    /// none does, no phrase form can match (every phrase has at least two words).
    pub fn phrase_may_start(&self, first: &str, second: Option<&str>) -> bool {
        second.is_some_and(|second| {
            self.phrase_starts
                .get(first)
                .is_some_and(|seconds| seconds.contains_key(second))
        })
    }

    /// The folded words of cue `cue` (an index into [`Lexicon::cues`]).
    pub fn cue_words(&self, cue: usize) -> &CueWords {
        &self.cue_words[cue]
    }

    /// The length in bytes of the longest (folded) cue word: no word longer than this
    /// has cue forms.
    pub fn longest_cue_word(&self) -> usize {
        self.longest_cue_word
    }

    /// The state whose adjective `word` is (`russischen` → `RUS`), if any.
    pub fn adjective_country(&self, word: &str) -> Option<&str> {
        let folded = crate::text::fold_same_length(word);
        self.surfaces
            .find(word, &folded, 0, word.len())
            .into_iter()
            .find_map(|hit| {
                if hit.start != 0 || hit.end != word.len() {
                    return None;
                }
                hit.readings.iter().find_map(|r| match r {
                    Surface::CountryAdjective(c) => Some(self.countries[*c as usize].code.as_str()),
                    _ => None,
                })
            })
    }

    /// Whether `word` is a noun cue of `attack`, or a compound with one as its head
    /// (`Beschuss`, `Drohnenbeschuss`, `Raketenangriffen`).
    pub fn is_attack_noun(&self, word: &str) -> bool {
        let folded = crate::text::fold_same_length(word);
        let is_attack = |key: &str| {
            self.cue_forms(key).iter().any(|f| {
                let cue = &self.cues[f.cue as usize];
                cue.pos == CuePos::Noun && cue.predicate == Predicate::Attack
            })
        };
        if is_attack(&folded) {
            return true;
        }
        let found = compound_heads(&folded, self.longest_cue_word)
            .take_while(|head| head.chars().count() >= 4)
            .any(is_attack);
        found
    }

    /// The evaluation of a word (folded, lower case): an exact term first, else the
    /// longest prefix term it begins with.
    pub fn evaluation(&self, word: &str) -> Option<&Evaluation> {
        let (exact, prefixes, longest) = self.evaluation_terms.get_or_init(|| {
            let (mut exact, mut prefixes) = (WordKeyed::default(), WordKeyed::default());
            for (i, e) in self.evaluations.iter().enumerate() {
                if e.prefix {
                    // The last of equal terms, as `max_by_key` would take it.
                    prefixes.insert(e.term.clone(), i);
                } else {
                    exact.entry(e.term.clone()).or_insert(i);
                }
            }
            let longest = prefixes.keys().map(String::len).max().unwrap_or(0);
            (exact, prefixes, longest)
        });
        if let Some(&i) = exact.get(word) {
            return self.evaluations.get(i);
        }
        // The longest prefix term first; no longer than the longest term.
        (0..=word.len().min(*longest))
            .rev()
            .filter(|&k| word.is_char_boundary(k))
            .find_map(|k| prefixes.get(&word[..k]))
            .and_then(|&i| self.evaluations.get(i))
    }

    /// The topics whose terms occur in `folded` (a `fold_same_length` text), each with the
    /// byte offset of its first occurrence, in order of occurrence.
    pub fn topics_in(&self, folded: &str) -> Vec<(usize, usize)> {
        let mut found: Vec<(usize, usize)> = Vec::new();
        for m in self.topic_automaton.find_overlapping_iter(folded) {
            let (topic, how) = self.topic_terms[m.pattern().as_usize()];
            let word_start = !folded[..m.start()]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let word_end = !folded[m.end()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            let fits = match how {
                TermMatch::Prefix => word_start,
                TermMatch::Infix => true,
                TermMatch::Whole => word_start && word_end,
            };
            if fits && !found.iter().any(|(t, _)| *t == topic) {
                found.push((topic, m.start()));
            }
        }
        found.sort_by_key(|&(topic, at)| (at, topic));
        found
    }

    /// The organisation of type `government` that speaks for `code`, if the lexicon has one.
    pub fn government_of(&self, code: &str) -> Option<usize> {
        self.organizations
            .iter()
            .position(|o| o.kind == "government" && o.country.as_deref() == Some(code))
    }
}

#[cfg(test)]
mod compound_tests {
    use super::*;

    #[test]
    fn a_role_in_another_case_is_named_in_the_nominative() {
        let lexicon = Lexicon::builtin();
        assert_eq!(
            lexicon.role_nominative("Polizeichefs", true).as_deref(),
            Some("Polizeichef")
        );
        assert_eq!(
            lexicon
                .role_nominative("Regierungssprechers", true)
                .as_deref(),
            Some("Regierungssprecher")
        );
        assert_eq!(
            lexicon.role_nominative("Sprecherin", true).as_deref(),
            Some("Sprecherin")
        );
        assert_eq!(
            lexicon.role_nominative("Diplomaten", false).as_deref(),
            Some("Diplomaten")
        );
        assert_eq!(lexicon.role_nominative("Fluggesellschaft", true), None);
    }

    /// The old worst case: every suffix of a megabyte-long token was hashed.
    #[test]
    fn compound_heads_of_a_giant_token_are_few() {
        let giant = format!("Merz{}", "a".repeat(1_000_000));
        assert_eq!(compound_heads(&giant, 40).count(), 40);
        let heads: Vec<&str> = compound_heads("drohnenbeschuss", 64).collect();
        assert_eq!(heads.first(), Some(&"hnenbeschuss"));
        assert!(heads.contains(&"beschuss"));
        let lexicon = Lexicon::builtin();
        assert!(lexicon.is_attack_noun("Drohnenbeschuss"));
        assert!(!lexicon.is_attack_noun(&giant));
        assert!(lexicon.role_head(&giant).is_none());
    }
}
