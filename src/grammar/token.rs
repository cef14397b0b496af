//! The analysed word: part of speech (UD UPOS and STTS XPOS), lemma and morphology.
//!
//! Case and gender are sets because German forms are ambiguous (`die` is nominative or
//! accusative, feminine or plural); phrases narrow them by agreement.

use std::fmt;

/// Universal Dependencies part-of-speech tags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)] // the names are UD's own
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

impl Upos {
    /// Every tag, in the order of the enum.
    pub const ALL: [Upos; 17] = [
        Upos::Adj,
        Upos::Adp,
        Upos::Adv,
        Upos::Aux,
        Upos::Cconj,
        Upos::Det,
        Upos::Intj,
        Upos::Noun,
        Upos::Num,
        Upos::Part,
        Upos::Pron,
        Upos::Propn,
        Upos::Punct,
        Upos::Sconj,
        Upos::Sym,
        Upos::Verb,
        Upos::X,
    ];

    /// The tag as UD writes it (`NOUN`).
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    /// Parses a UD tag (`NOUN`); `None` for anything else.
    pub fn parse(tag: &str) -> Option<Upos> {
        Upos::ALL.into_iter().find(|u| u.as_str() == tag)
    }
}

impl fmt::Display for Upos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Grammatical case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Case {
    Nom,
    Acc,
    Dat,
    Gen,
}

impl Case {
    /// Every case, in the order of the enum.
    pub const ALL: [Case; 4] = [Case::Nom, Case::Acc, Case::Dat, Case::Gen];

    /// The value as UD writes it (`Nom`).
    pub fn as_str(self) -> &'static str {
        match self {
            Case::Nom => "Nom",
            Case::Acc => "Acc",
            Case::Dat => "Dat",
            Case::Gen => "Gen",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of cases a form may have (empty: unknown or not inflected for case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct CaseSet(u8);

impl CaseSet {
    /// No case.
    pub const NONE: CaseSet = CaseSet(0);
    /// All four cases.
    pub const ANY: CaseSet = CaseSet(0b1111);

    /// The set of one case.
    pub fn only(case: Case) -> CaseSet {
        CaseSet(case.bit())
    }
    /// Whether `case` is in the set.
    pub fn contains(self, case: Case) -> bool {
        self.0 & case.bit() != 0
    }
    /// The set with `case` added.
    pub fn with(self, case: Case) -> CaseSet {
        CaseSet(self.0 | case.bit())
    }
    /// The cases in both sets (agreement).
    pub fn intersect(self, other: CaseSet) -> CaseSet {
        CaseSet(self.0 & other.0)
    }
    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// The cases of a comma-separated list in a data file (`Nom,Acc`); unknown names are
    /// left out.
    pub fn parse_list(list: &str) -> CaseSet {
        list.split(',')
            .filter_map(|c| Case::ALL.into_iter().find(|k| k.as_str() == c.trim()))
            .fold(CaseSet::NONE, CaseSet::with)
    }
    /// The one case of a singleton set.
    pub fn single(self) -> Option<Case> {
        Case::ALL.into_iter().find(|&c| self == CaseSet::only(c))
    }
    /// The cases in the set, in enum order.
    pub fn iter(self) -> impl Iterator<Item = Case> {
        Case::ALL.into_iter().filter(move |&c| self.contains(c))
    }
}

/// Grammatical gender.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Gender {
    Masc,
    Fem,
    Neut,
}

impl Gender {
    /// Every gender, in the order of the enum.
    pub const ALL: [Gender; 3] = [Gender::Masc, Gender::Fem, Gender::Neut];

    /// The value as UD writes it (`Masc`).
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Masc => "Masc",
            Gender::Fem => "Fem",
            Gender::Neut => "Neut",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of genders a form may have (empty: unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct GenderSet(u8);

impl GenderSet {
    /// No gender.
    pub const NONE: GenderSet = GenderSet(0);
    /// All three genders.
    pub const ANY: GenderSet = GenderSet(0b111);

    /// The set of one gender.
    pub fn only(gender: Gender) -> GenderSet {
        GenderSet(gender.bit())
    }
    /// Whether `gender` is in the set.
    pub fn contains(self, gender: Gender) -> bool {
        self.0 & gender.bit() != 0
    }
    /// The set with `gender` added.
    pub fn with(self, gender: Gender) -> GenderSet {
        GenderSet(self.0 | gender.bit())
    }
    /// The genders in both sets (agreement).
    pub fn intersect(self, other: GenderSet) -> GenderSet {
        GenderSet(self.0 & other.0)
    }
    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// The one gender of a singleton set.
    pub fn single(self) -> Option<Gender> {
        Gender::ALL
            .into_iter()
            .find(|&g| self == GenderSet::only(g))
    }
}

/// Grammatical number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Number {
    Sing,
    Plur,
}

/// Grammatical person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Person {
    First,
    Second,
    Third,
}

/// Verb mood: indicative, subjunctive (Konjunktiv I and II), imperative.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Mood {
    Ind,
    Sub,
    Imp,
}

/// Verb tense (UD German marks Pres and Past on finite verbs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Tense {
    Pres,
    Past,
}

/// Verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum VerbForm {
    /// Finite.
    Fin,
    /// Infinitive (also `zu`-infinitive).
    Inf,
    /// Participle (past participle `gesagt`, present participle `sagend`).
    Part,
}

/// Morphological features of one word (UD FEATS); `None`/empty where not applicable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Feats {
    /// Possible cases (nouns, pronouns, determiners, adjectives).
    pub case: CaseSet,
    /// Possible genders.
    pub gender: GenderSet,
    /// Number.
    pub number: Option<Number>,
    /// Person (pronouns, finite verbs).
    pub person: Option<Person>,
    /// Mood (finite verbs).
    pub mood: Option<Mood>,
    /// Tense (finite verbs).
    pub tense: Option<Tense>,
    /// Verb form.
    pub verb_form: Option<VerbForm>,
}

impl Feats {
    /// The features in CoNLL-U's FEATS form (`Case=Nom|Gender=Fem|Number=Sing`), `_` when
    /// empty; ambiguous case or gender is written with UD's comma (`Case=Acc,Nom`).
    pub fn to_conllu(&self) -> String {
        let mut parts: Vec<(&str, String)> = Vec::new();
        if !self.case.is_empty() {
            let mut names: Vec<&str> = self.case.iter().map(Case::as_str).collect();
            names.sort_unstable();
            parts.push(("Case", names.join(",")));
        }
        if !self.gender.is_empty() {
            let mut names: Vec<&str> = Gender::ALL
                .into_iter()
                .filter(|&g| self.gender.contains(g))
                .map(Gender::as_str)
                .collect();
            names.sort_unstable();
            parts.push(("Gender", names.join(",")));
        }
        if let Some(m) = self.mood {
            let v = match m {
                Mood::Ind => "Ind",
                Mood::Sub => "Sub",
                Mood::Imp => "Imp",
            };
            parts.push(("Mood", v.to_string()));
        }
        if let Some(n) = self.number {
            let v = match n {
                Number::Sing => "Sing",
                Number::Plur => "Plur",
            };
            parts.push(("Number", v.to_string()));
        }
        if let Some(p) = self.person {
            let v = match p {
                Person::First => "1",
                Person::Second => "2",
                Person::Third => "3",
            };
            parts.push(("Person", v.to_string()));
        }
        if let Some(t) = self.tense {
            let v = match t {
                Tense::Pres => "Pres",
                Tense::Past => "Past",
            };
            parts.push(("Tense", v.to_string()));
        }
        if let Some(v) = self.verb_form {
            let v = match v {
                VerbForm::Fin => "Fin",
                VerbForm::Inf => "Inf",
                VerbForm::Part => "Part",
            };
            parts.push(("VerbForm", v.to_string()));
        }
        if parts.is_empty() {
            return "_".to_string();
        }
        // UD orders features alphabetically by name.
        parts.sort_by_key(|a| a.0.to_lowercase());
        parts
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("|")
    }
}

/// One analysed word of a sentence: its byte span in the source text and its analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Start byte offset in the source text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// Universal part of speech.
    pub upos: Upos,
    /// STTS tag where the tagger gives one (`VVFIN`, `ADJA`), else empty.
    pub xpos: &'static str,
    /// Lemma where known (shared with the tagger's word cache: cloning it copies no text).
    pub lemma: Option<std::sync::Arc<str>>,
    /// Morphological features.
    pub feats: Feats,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feats_print_in_ud_order() {
        let f = Feats {
            case: CaseSet::only(Case::Nom).with(Case::Acc),
            gender: GenderSet::only(Gender::Fem),
            number: Some(Number::Sing),
            ..Feats::default()
        };
        assert_eq!(f.to_conllu(), "Case=Acc,Nom|Gender=Fem|Number=Sing");
        assert_eq!(Feats::default().to_conllu(), "_");
    }

    #[test]
    fn upos_round_trips() {
        for u in Upos::ALL {
            assert_eq!(Upos::parse(u.as_str()), Some(u));
        }
        assert_eq!(Upos::parse("NN"), None);
    }
}
