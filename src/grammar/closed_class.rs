//! Closed word classes as a constraint on the tagger (`data/closed_class.tsv`): a function
//! word listed there gets only the parts of speech the list gives it (`nachdem` is never a
//! verb, `ansonsten` never a noun), and a word listed nowhere never gets a part of speech
//! that only function words have (AUX, ADP, CCONJ, DET, PART, PRON, SCONJ) unless the
//! training data gave it one.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::features::{hash_bytes, shape, WordInfo};
use super::token::Upos;
use crate::error::{Error, Result};

/// A set of parts of speech, one bit per [`Upos`] (in the order of [`Upos::ALL`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UposSet(pub u32);

impl UposSet {
    /// Every part of speech.
    pub const ALL: UposSet = UposSet((1 << Upos::ALL.len()) - 1);

    /// The set of one part of speech.
    pub fn only(u: Upos) -> UposSet {
        UposSet(1 << u as u32)
    }

    /// Whether `u` is in the set.
    pub fn contains(self, u: Upos) -> bool {
        self.0 & (1 << u as u32) != 0
    }

    /// Both sets together.
    pub fn union(self, other: UposSet) -> UposSet {
        UposSet(self.0 | other.0)
    }

    /// The tags only closed classes have.
    pub fn closed_only() -> UposSet {
        [
            Upos::Aux,
            Upos::Adp,
            Upos::Cconj,
            Upos::Det,
            Upos::Part,
            Upos::Pron,
            Upos::Sconj,
        ]
        .into_iter()
        .fold(UposSet::default(), |s, u| s.union(UposSet::only(u)))
    }
}

/// The closed-class table: lower-cased form hash → the parts of speech it may have.
pub struct ClosedClasses {
    forms: HashMap<u64, UposSet>,
}

impl ClosedClasses {
    /// The table of `data/closed_class.tsv` (parsed once).
    pub fn builtin() -> &'static ClosedClasses {
        static TABLE: OnceLock<ClosedClasses> = OnceLock::new();
        TABLE.get_or_init(|| {
            // The embedded data is checked by the unit tests; failing here is a build defect.
            ClosedClasses::parse(include_str!("data/closed_class.tsv"))
                .expect("embedded closed-class data is valid")
        })
    }

    /// Parses the table: lines of allowed tags (comma-separated UPOS), a tab and the
    /// lower-case forms (space-separated); `#` starts a comment line.
    pub fn parse(text: &str) -> Result<ClosedClasses> {
        let mut forms: HashMap<u64, UposSet> = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let bad = |what: &str| Error::Internal {
                message: format!("closed_class.tsv line {}: {what}", n + 1),
            };
            let (tags, words) = line.split_once('\t').ok_or_else(|| bad("no tab"))?;
            let mut set = UposSet::default();
            for t in tags.split(',') {
                let u = Upos::parse(t).ok_or_else(|| bad(&format!("unknown tag {t:?}")))?;
                set = set.union(UposSet::only(u));
            }
            for w in words.split(' ').filter(|w| !w.is_empty()) {
                if w.chars().any(char::is_uppercase) {
                    return Err(bad(&format!("{w:?} is not lower case")));
                }
                let e = forms.entry(hash_bytes(0, w.as_bytes())).or_default();
                *e = e.union(set);
            }
        }
        Ok(ClosedClasses { forms })
    }

    /// Whether the table lists a form (any case) with part of speech `u` (`könne`: AUX).
    pub fn lists(&self, form: &str, u: Upos) -> bool {
        let lower = form.to_lowercase();
        self.forms
            .get(&hash_bytes(0, lower.as_bytes()))
            .is_some_and(|s| s.contains(u))
    }

    /// The parts of speech word `w` may have; `seen`: those the training data gave it.
    pub fn allowed(&self, w: &WordInfo, seen: UposSet) -> UposSet {
        match self.forms.get(&w.lower) {
            Some(&listed) => {
                let mut set = listed.union(seen);
                if w.shape & shape::CAP != 0 {
                    set = set
                        .union(UposSet::only(Upos::Propn))
                        .union(UposSet::only(Upos::X));
                    if w.noun.classes != 0 {
                        set = set.union(UposSet::only(Upos::Noun));
                    }
                }
                set
            }
            None => UposSet(UposSet::ALL.0 & !UposSet::closed_only().0).union(seen),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::lexicon::NounLexicon;

    fn allowed(form: &str, seen: UposSet) -> UposSet {
        let mut buf = String::new();
        let w = WordInfo::new(form, &NounLexicon::empty(), &mut buf);
        ClosedClasses::builtin().allowed(&w, seen)
    }

    #[test]
    fn builtin_data_parses() {
        assert!(ClosedClasses::builtin().forms.len() > 300);
    }

    #[test]
    fn function_words_keep_to_their_classes() {
        let none = UposSet::default();
        let nachdem = allowed("nachdem", none);
        assert!(nachdem.contains(Upos::Sconj));
        assert!(!nachdem.contains(Upos::Verb));
        let ansonsten = allowed("ansonsten", none);
        assert!(ansonsten.contains(Upos::Adv) && !ansonsten.contains(Upos::Noun));
        // Sentence-initial capitals may be names, not verbs.
        let cap = allowed("Ansonsten", none);
        assert!(cap.contains(Upos::Propn) && !cap.contains(Upos::Verb));
        let hatte = allowed("hatte", none);
        assert!(hatte.contains(Upos::Aux) && hatte.contains(Upos::Verb));
        assert!(!hatte.contains(Upos::Noun));
    }

    #[test]
    fn open_words_take_no_function_word_tags_unless_seen() {
        let none = UposSet::default();
        let w = allowed("Verhandlungsführer", none);
        assert!(w.contains(Upos::Noun) && w.contains(Upos::Propn));
        assert!(!w.contains(Upos::Det) && !w.contains(Upos::Sconj) && !w.contains(Upos::Aux));
        let seen = allowed("Verhandlungsführer", UposSet::only(Upos::Det));
        assert!(seen.contains(Upos::Det));
    }

    #[test]
    fn bad_data_names_the_line() {
        let e = ClosedClasses::parse("# c\nDET\tder\nFOO\tdie\n")
            .err()
            .unwrap();
        assert!(e.to_string().contains("line 3"), "{e}");
        assert!(ClosedClasses::parse("DET der").is_err());
        assert!(ClosedClasses::parse("DET\tDer").is_err());
    }
}
