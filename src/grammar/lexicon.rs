//! The tagger's word knowledge as data: nouns with class, gender and case/number forms
//! (`data/nouns.tsv`, from Wiktionary via `tools/grammar/nouns.py`) and Konjunktiv forms
//! (`data/subjunctive.tsv`), the given names of the attribution lexicon
//! (`src/lexicon/data/given_names.tsv`) and the family names of `data/family_names.tsv` as
//! classes of their own, and the adjective lemmas of `data/adjectives.tsv`.
//!
//! Compounds absent from the list are found through their head, the longest listed noun
//! that ends the word (`Provinzregierungen` → `Regierungen`), which gives gender and the
//! case/number cells.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::features::hash_bytes;
use super::token::{Gender, GenderSet};
use crate::error::{Error, Result};

/// Hasher for string keys: the crate's word hash (faster than SipHash for short words).
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = hash_bytes(self.0, bytes);
    }
}

/// A `HashMap` keyed by words.
pub type WordMap<V> = HashMap<Box<str>, V, BuildHasherDefault<WordHasher>>;

/// `text` lower-cased into `buffer` (reused: no allocation for an ASCII word).
fn lower_into(buffer: &mut String, text: &str) {
    buffer.clear();
    if text.is_ascii() {
        buffer.push_str(text);
        buffer.make_ascii_lowercase();
    } else {
        buffer.push_str(&text.to_lowercase());
    }
}

/// Noun classes (bits of [`NounHit::classes`]).
pub mod class {
    /// Common noun.
    pub const COMMON: u8 = 1;
    /// Noun with adjective declension (`Abgeordnete`).
    pub const ADJECTIVAL: u8 = 2;
    /// Place name.
    pub const TOPONYM: u8 = 4;
    /// Given name.
    pub const GIVEN: u8 = 8;
    /// Family name.
    pub const FAMILY: u8 = 16;
    /// Other proper name.
    pub const PROPER: u8 = 32;
    /// Found through the compound's head, not as a whole.
    pub const COMPOUND: u8 = 64;
    /// Name of a month or weekday.
    pub const CALENDAR: u8 = 128;
    /// The proper-name classes.
    pub const NAME: u8 = TOPONYM | GIVEN | FAMILY | PROPER;
}

/// Case/number cells (bits of [`NounHit::cells`]), in the order of the data file.
pub const CELLS: [(&str, &str); 8] = [
    ("Nom", "Sing"),
    ("Gen", "Sing"),
    ("Dat", "Sing"),
    ("Acc", "Sing"),
    ("Nom", "Plur"),
    ("Gen", "Plur"),
    ("Dat", "Plur"),
    ("Acc", "Plur"),
];

/// What the noun lexicon says about a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NounHit {
    /// [`class`] bits (0: not a listed noun).
    pub classes: u8,
    /// Gender bits: 1 masculine, 2 feminine, 4 neuter.
    pub gender: u8,
    /// [`CELLS`] bits the form fills.
    pub cells: u8,
    /// The lemma's number in the lexicon (`u32::MAX`: none).
    pub lemma: u32,
    /// Byte offset in the lower-cased form where the compound's head starts (0: whole form).
    pub head: u16,
}

impl Default for NounHit {
    fn default() -> Self {
        NounHit {
            classes: 0,
            gender: 0,
            cells: 0,
            lemma: u32::MAX,
            head: 0,
        }
    }
}

impl NounHit {
    /// The classes as a feature value.
    pub fn code(&self) -> u8 {
        self.classes
    }

    /// The genders as a set.
    pub fn genders(&self) -> GenderSet {
        let mut g = GenderSet::NONE;
        for (bit, gender) in [(1, Gender::Masc), (2, Gender::Fem), (4, Gender::Neut)] {
            if self.gender & bit != 0 {
                g = g.with(gender);
            }
        }
        g
    }
}

/// How a form marks Konjunktiv (see `data/subjunctive.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Subjunctive(pub u8);

#[derive(Debug, Clone, Copy)]
struct FormInfo {
    classes: u8,
    gender: u8,
    cells: u8,
    lemma: u32,
}

/// Nouns and Konjunktiv forms.
pub struct NounLexicon {
    forms: WordMap<FormInfo>,
    lemmas: Vec<Box<str>>,
    subjunctive: WordMap<u8>,
    adjectives: WordMap<()>,
}

const NOUNS: &str = include_str!("data/nouns.tsv");
const SUBJUNCTIVE: &str = include_str!("data/subjunctive.tsv");
const GIVEN_NAMES: &str = include_str!("../lexicon/data/given_names.tsv");
const FAMILY_NAMES: &str = include_str!("data/family_names.tsv");
const ADJECTIVES: &str = include_str!("data/adjectives.tsv");

/// Heads shorter than this many bytes are not looked for (`Ei`, `Öl` end too many words).
const MIN_HEAD: usize = 3;

impl NounLexicon {
    /// A lexicon without entries.
    pub fn empty() -> NounLexicon {
        NounLexicon {
            forms: WordMap::default(),
            lemmas: Vec::new(),
            subjunctive: WordMap::default(),
            adjectives: WordMap::default(),
        }
    }

    /// The lexicon built into the binary: the nouns, the given names of the attribution
    /// lexicon (`src/lexicon/data/given_names.tsv`) as given names, and the family names of
    /// `data/family_names.tsv` as family names.
    pub fn builtin() -> NounLexicon {
        // The embedded files are checked by the unit tests; failing here is a build defect.
        let mut lex =
            NounLexicon::parse(NOUNS, SUBJUNCTIVE).expect("embedded grammar lexicon is valid");
        lex.add_names(GIVEN_NAMES, class::GIVEN);
        lex.add_names(FAMILY_NAMES, class::FAMILY);
        lex.add_adjectives(ADJECTIVES);
        lex
    }

    /// Adds the names of a name list (one a line, first column; `#` comments and a header
    /// line `name…` skipped) with the class `classes`.
    pub fn add_names(&mut self, text: &str, classes: u8) {
        let mut lower = String::new();
        for line in text.lines() {
            let name = line.split('\t').next().unwrap_or("").trim();
            if name.is_empty() || line.starts_with('#') || name == "name" {
                continue;
            }
            lower_into(&mut lower, name);
            let id = self.lemmas.len() as u32;
            self.lemmas.push(name.into());
            self.add(&lower, classes, 0, 0, id);
        }
    }

    /// Adds the adjective lemmas of a list (one lower-cased lemma a line, `#` comments).
    pub fn add_adjectives(&mut self, text: &str) {
        self.adjectives.reserve(text.len() / 12);
        for line in text.lines() {
            let lemma = line.trim();
            if !lemma.is_empty() && !line.starts_with('#') {
                self.adjectives.insert(lemma.into(), ());
            }
        }
    }

    /// Whether the lower-cased `form` is an adjective of the list: 1 a lemma (`offen`), 2 a
    /// lemma with a declension ending (`offenen`), 0 neither.
    pub fn adjective(&self, lower: &str) -> u8 {
        if self.adjectives.is_empty() {
            return 0;
        }
        if self.adjectives.contains_key(lower) {
            return 1;
        }
        for ending in ["e", "en", "em", "er", "es"] {
            if let Some(stem) = lower.strip_suffix(ending) {
                if stem.len() >= 2 && self.adjectives.contains_key(stem) {
                    return 2;
                }
            }
        }
        0
    }

    /// Parses the two data files' contents.
    pub fn parse(nouns: &str, subjunctive: &str) -> Result<NounLexicon> {
        let mut lex = NounLexicon::empty();
        // About one form per six bytes of the file: sized once, not rehashed as it grows.
        lex.forms.reserve(nouns.len() / 6);
        let (mut form, mut lower) = (String::new(), String::new());
        // A line's distinct form cells with the case/number cells they fill: a paradigm
        // repeats a form in several cells, and each form is built and looked up once.
        let mut distinct: Vec<(&str, u8)> = Vec::with_capacity(16);
        for (n, line) in nouns.lines().enumerate() {
            let bad = |what: &str| Error::parse("src/grammar/data/nouns.tsv", n + 1, 0, what);
            let mut cols = line.split('\t');
            let (Some(lemma), Some(k), Some(gender), Some(forms), None) = (
                cols.next(),
                cols.next(),
                cols.next(),
                cols.next(),
                cols.next(),
            ) else {
                return Err(bad("expected 4 tab-separated columns"));
            };
            let mut classes = 0u8;
            for c in k.chars() {
                classes |= match c {
                    'N' => class::COMMON,
                    'A' => class::ADJECTIVAL,
                    'T' => class::TOPONYM,
                    'V' => class::GIVEN,
                    'F' => class::FAMILY,
                    'E' => class::PROPER,
                    'K' => class::CALENDAR,
                    _ => return Err(bad("unknown class")),
                };
            }
            if classes == 0 {
                return Err(bad("no class"));
            }
            let mut g = 0u8;
            for c in gender.chars() {
                g |= match c {
                    'm' => 1,
                    'f' => 2,
                    'n' => 4,
                    _ => return Err(bad("unknown gender")),
                };
            }
            let id = lex.lemmas.len() as u32;
            lex.lemmas.push(lemma.into());
            // The byte offset of the lemma's first `keep` characters.
            let ascii = lemma.is_ascii();
            let lemma_chars = if ascii {
                lemma.len()
            } else {
                lemma.chars().count()
            };
            let prefix = |keep: usize| {
                if ascii {
                    keep
                } else {
                    lemma
                        .char_indices()
                        .nth(keep)
                        .map_or(lemma.len(), |(b, _)| b)
                }
            };
            lower_into(&mut lower, lemma);
            lex.add(&lower, classes, g, 0, id);
            if forms.is_empty() {
                continue;
            }
            if forms.bytes().filter(|&b| b == b'|').count() != 7 {
                return Err(bad("expected 8 form cells"));
            }
            distinct.clear();
            for (bit, cell) in forms.split('|').enumerate() {
                for variant in cell.split('/').filter(|v| !v.is_empty()) {
                    let digits = variant.bytes().take_while(u8::is_ascii_digit).count();
                    let keep: usize = variant[..digits]
                        .parse()
                        .map_err(|_| bad("form without shared-prefix length"))?;
                    if keep > lemma_chars {
                        return Err(bad("shared prefix longer than the lemma"));
                    }
                    match distinct.iter_mut().find(|(v, _)| *v == variant) {
                        Some((_, cells)) => *cells |= 1 << bit,
                        None => distinct.push((variant, 1 << bit)),
                    }
                }
            }
            for &(variant, cells) in &distinct {
                let digits = variant.bytes().take_while(u8::is_ascii_digit).count();
                // Checked above.
                let keep: usize = variant[..digits].parse().unwrap_or(0);
                form.clear();
                form.push_str(&lemma[..prefix(keep)]);
                form.push_str(&variant[digits..]);
                lower_into(&mut lower, &form);
                lex.add(&lower, classes, g, cells, id);
            }
        }
        for (n, line) in subjunctive.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (form, kind) = line.split_once('\t').unwrap_or((line, ""));
            let code = match kind {
                "k1" => 1,
                "k2" => 2,
                "k1-1sg" => 3,
                "k2-past" => 4,
                _ => {
                    return Err(Error::parse(
                        "src/grammar/data/subjunctive.tsv",
                        n + 1,
                        0,
                        format!("unknown kind {kind:?} (k1, k2, k1-1sg, k2-past)"),
                    ))
                }
            };
            lex.subjunctive.insert(form.into(), code);
        }
        Ok(lex)
    }

    fn add(&mut self, lower: &str, classes: u8, gender: u8, cells: u8, lemma: u32) {
        // Looked up before inserting: most forms are added more than once (each cell of
        // a paradigm), and a new key costs an allocation.
        let Some(e) = self.forms.get_mut(lower) else {
            let info = FormInfo {
                classes,
                gender,
                cells,
                lemma,
            };
            self.forms.insert(lower.into(), info);
            return;
        };
        // A common noun's lemma wins over a name's of the same spelling.
        if classes & (class::COMMON | class::ADJECTIVAL) != 0
            && e.classes & (class::COMMON | class::ADJECTIVAL) == 0
        {
            e.lemma = lemma;
        }
        e.classes |= classes;
        e.gender |= gender;
        e.cells |= cells;
    }

    /// Looks up a lower-cased form; compounds through their head when `capitalized`.
    pub fn lookup(&self, lower: &str, capitalized: bool) -> NounHit {
        if let Some(f) = self.forms.get(lower) {
            return NounHit {
                classes: f.classes,
                gender: f.gender,
                cells: f.cells,
                lemma: f.lemma,
                head: 0,
            };
        }
        if !capitalized || lower.len() < MIN_HEAD + 3 {
            return NounHit::default();
        }
        for (i, _) in lower.char_indices().skip(1) {
            if lower.len() - i < MIN_HEAD {
                break;
            }
            if let Some(f) = self.forms.get(&lower[i..]) {
                if f.classes & (class::COMMON | class::ADJECTIVAL) != 0 {
                    return NounHit {
                        classes: (f.classes & (class::COMMON | class::ADJECTIVAL))
                            | class::COMPOUND,
                        gender: f.gender,
                        cells: f.cells,
                        lemma: f.lemma,
                        head: i as u16,
                    };
                }
            }
        }
        NounHit::default()
    }

    /// The lemma of a noun `form` the lexicon found as `hit` (compounds: the form's first
    /// part and the head's lemma).
    pub fn lemma(&self, form: &str, lower: &str, hit: &NounHit) -> Option<String> {
        let lemma = self.lemmas.get(hit.lemma as usize)?;
        if hit.head == 0 {
            return Some(lemma.to_string());
        }
        let head = usize::from(hit.head);
        // The head's offset is in the lower-cased form; it is valid in the original when
        // lower-casing kept the byte length (every German letter does).
        let prefix = if form.len() == lower.len() && form.is_char_boundary(head) {
            &form[..head]
        } else {
            &lower[..head]
        };
        let mut out = String::with_capacity(prefix.len() + lemma.len());
        out.push_str(prefix);
        let mut chars = lemma.chars();
        if let Some(c) = chars.next() {
            if prefix.ends_with('-') {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
        }
        out.push_str(chars.as_str());
        Some(out)
    }

    /// How the lower-cased `form` marks Konjunktiv.
    pub fn subjunctive(&self, lower: &str) -> Subjunctive {
        Subjunctive(self.subjunctive.get(lower).copied().unwrap_or(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> NounLexicon {
        NounLexicon::parse(
            "Haus\tN\tn\t4|4es|4/4e|4|1äuser|1äuser|1äusern|1äuser\n\
             Regierung\tN\tf\t9|9|9|9|9en|9en|9en|9en\n\
             Berlin\tT\t\t\n\
             Paris\tNTE\tm\t5|||||||\n",
            "sei\tk1\n",
        )
        .unwrap()
    }

    #[test]
    fn forms_cells_and_gender() {
        let l = lex();
        let h = l.lookup("häusern", true);
        assert_eq!(h.classes, class::COMMON);
        assert_eq!(h.cells, 1 << 6);
        assert_eq!(h.genders(), GenderSet::only(Gender::Neut));
        assert_eq!(l.lemma("Häusern", "häusern", &h).as_deref(), Some("Haus"));
        assert_eq!(l.lookup("berlin", true).classes, class::TOPONYM);
        // A lemma of several senses has all their classes.
        assert_eq!(
            l.lookup("paris", true).classes,
            class::COMMON | class::TOPONYM | class::PROPER
        );
        assert_eq!(l.subjunctive("sei"), Subjunctive(1));
        assert_eq!(l.subjunctive("ist"), Subjunctive(0));
    }

    #[test]
    fn compounds_through_their_head() {
        let l = lex();
        let h = l.lookup("provinzregierungen", true);
        assert_eq!(h.classes, class::COMMON | class::COMPOUND);
        assert_eq!(h.genders(), GenderSet::only(Gender::Fem));
        assert_eq!(
            l.lemma("Provinzregierungen", "provinzregierungen", &h)
                .as_deref(),
            Some("Provinzregierung")
        );
        let h = l.lookup("eu-regierung", true);
        assert_eq!(
            l.lemma("EU-Regierung", "eu-regierung", &h).as_deref(),
            Some("EU-Regierung")
        );
        // Lower-case words are not compounds of nouns.
        assert_eq!(l.lookup("provinzregierungen", false).classes, 0);
    }

    #[test]
    fn adjectives_and_their_declined_forms() {
        let mut l = lex();
        assert_eq!(l.adjective("offen"), 0);
        l.add_adjectives("# header\noffen\nzufrieden\n");
        assert_eq!(l.adjective("offen"), 1);
        assert_eq!(l.adjective("offenen"), 2);
        assert_eq!(l.adjective("zufriedene"), 2);
        assert_eq!(l.adjective("offenbar"), 0);
        assert_eq!(l.adjective("# header"), 0);
    }

    #[test]
    fn bad_data_names_the_line() {
        let err = NounLexicon::parse("Haus\tQ\tn\t\n", "").err().unwrap();
        assert!(err.to_string().contains("nouns.tsv"), "{err}");
        let err = NounLexicon::parse("", "sei\tk9\n").err().unwrap();
        assert!(err.to_string().contains("subjunctive.tsv"), "{err}");
    }

    #[test]
    fn builtin_data_parses() {
        let l = NounLexicon::builtin();
        assert!(l.lookup("regierung", true).classes & class::COMMON != 0);
        assert_eq!(l.subjunctive("wäre"), Subjunctive(2));
        // A family name of the name list, an adjective of the adjective list.
        assert!(l.lookup("schröder", true).classes & class::FAMILY != 0);
        assert_eq!(l.adjective("zufrieden"), 1);
    }
}
