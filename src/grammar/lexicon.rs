//! The tagger's word knowledge as data: nouns with class, gender and case/number forms
//! (`data/nouns.tsv`, from Wiktionary via `tools/grammar/nouns.py`) and Konjunktiv forms
//! (`data/subjunctive.tsv`), the given names of the attribution lexicon
//! (`src/lexicon/data/given_names.tsv`) and the family names of `data/family_names.tsv` as
//! classes of their own, and the adjective lemmas of `data/adjectives.tsv`.
//!
//! Compounds absent from the list are found through their head, the longest listed noun
//! that ends the word (`Provinzregierungen` → `Regierungen`), which gives gender and the
//! case/number cells.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::features::hash_bytes;
pub use super::noun_table::class;
use super::noun_table::{Section, Table, TableBuilder};
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

/// Nouns and Konjunktiv forms, as a byte image read in place (see
/// [`super::noun_table`]).
pub struct NounLexicon {
    image: Cow<'static, [u8]>,
    table: Table,
}

/// The built-in lexicon's image, made by `build.rs` from `data/nouns.tsv`,
/// `data/subjunctive.tsv`, the given names of `src/lexicon/data/given_names.tsv`, the family
/// names of `data/family_names.tsv` and the adjectives of `data/adjectives.tsv`.
static IMAGE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/noun_lexicon.bin"));

/// Heads shorter than this many bytes are not looked for (`Ei`, `Öl` end too many words).
const MIN_HEAD: usize = 3;

impl NounLexicon {
    /// A lexicon without entries.
    pub fn empty() -> NounLexicon {
        NounLexicon::built(&TableBuilder::default())
    }

    /// The lexicon built into the binary: the nouns, the given names of the attribution
    /// lexicon (`src/lexicon/data/given_names.tsv`) as given names, and the family names of
    /// `data/family_names.tsv` as family names; built at compile time, so that nothing is
    /// parsed here.
    pub fn builtin() -> NounLexicon {
        // `build.rs` writes the image with the same code that reads it; failing here is a
        // build defect (the unit tests load it).
        let table = Table::new(IMAGE).expect("embedded grammar lexicon is valid");
        NounLexicon {
            image: Cow::Borrowed(IMAGE),
            table,
        }
    }

    /// The lexicon of a builder's data.
    pub fn built(builder: &TableBuilder) -> NounLexicon {
        let image = builder.to_bytes();
        // The builder's own image has a valid header.
        let table = Table::new(&image).unwrap_or_default();
        NounLexicon {
            image: Cow::Owned(image),
            table,
        }
    }

    /// Whether the lower-cased `form` is an adjective of the list: 1 a lemma (`offen`), 2 a
    /// lemma with a declension ending (`offenen`), 0 neither.
    pub fn adjective(&self, lower: &str) -> u8 {
        if self.table.len(Section::Adjectives) == 0 {
            return 0;
        }
        let known = |w: &str| {
            self.table
                .get(&self.image, Section::Adjectives, w)
                .is_some()
        };
        if known(lower) {
            return 1;
        }
        for ending in ["e", "en", "em", "er", "es"] {
            if let Some(stem) = lower.strip_suffix(ending) {
                if stem.len() >= 2 && known(stem) {
                    return 2;
                }
            }
        }
        0
    }

    /// Parses the two data files' contents.
    pub fn parse(nouns: &str, subjunctive: &str) -> Result<NounLexicon> {
        let mut builder = TableBuilder::default();
        builder
            .parse_nouns(nouns)
            .map_err(|(n, what)| Error::parse("src/grammar/data/nouns.tsv", n, 0, what))?;
        builder
            .parse_subjunctive(subjunctive)
            .map_err(|(n, what)| Error::parse("src/grammar/data/subjunctive.tsv", n, 0, what))?;
        Ok(NounLexicon::built(&builder))
    }

    /// Looks up a lower-cased form; compounds through their head when `capitalized`.
    pub fn lookup(&self, lower: &str, capitalized: bool) -> NounHit {
        let forms = |w: &str| self.table.get(&self.image, Section::Forms, w);
        if let Some(f) = forms(lower) {
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
            if let Some(f) = forms(&lower[i..]) {
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
        let lemma = self.table.lemma(&self.image, hit.lemma)?;
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
        let hit = self.table.get(&self.image, Section::Subjunctive, lower);
        Subjunctive(hit.map_or(0, |h| h.classes))
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
        assert_eq!(lex().adjective("offen"), 0);
        let mut b = TableBuilder::default();
        b.parse_nouns("Haus\tN\tn\t4|4es|4/4e|4|1äuser|1äuser|1äusern|1äuser\n")
            .unwrap();
        b.add_adjectives("# header\noffen\nzufrieden\n");
        let l = NounLexicon::built(&b);
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
    fn builtin_image_is_the_data_files() {
        let image = super::super::noun_table::builtin_image(
            include_str!("data/nouns.tsv"),
            include_str!("data/subjunctive.tsv"),
            include_str!("../lexicon/data/given_names.tsv"),
            include_str!("data/family_names.tsv"),
            include_str!("data/adjectives.tsv"),
        )
        .unwrap();
        assert!(image == IMAGE, "build.rs wrote another image");
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
