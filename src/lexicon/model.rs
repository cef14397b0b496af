//! The lexicon's records: states, organisations, persons and their offices, role nouns,
//! cue words and topics.

use super::predicate::{CuePos, Predicate};
use serde::Serialize;

/// Grammatical gender of a person or noun form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Masculine.
    M,
    /// Feminine.
    F,
    /// Plural or unknown.
    U,
}

impl Gender {
    /// Parses `m`, `f` or `u` (also `w` for weiblich).
    pub fn parse(text: &str) -> Option<Gender> {
        match text {
            "m" => Some(Gender::M),
            "f" | "w" => Some(Gender::F),
            "u" | "" => Some(Gender::U),
            _ => None,
        }
    }
}

/// A range of days, inclusive at both ends; `None` is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DayRange {
    /// First day (day number), or open.
    pub start: Option<i64>,
    /// Last day (day number), or open.
    pub end: Option<i64>,
}

impl DayRange {
    /// Whether `day` lies inside.
    pub fn contains(&self, day: i64) -> bool {
        self.start.is_none_or(|s| s <= day) && self.end.is_none_or(|e| day <= e)
    }

    /// Days between `day` and the range (0 inside).
    pub fn distance(&self, day: i64) -> i64 {
        match (self.start, self.end) {
            (Some(s), _) if day < s => s - day,
            (_, Some(e)) if day > e => day - e,
            _ => 0,
        }
    }

    /// Days shared by two ranges (`i64::MAX` for two open-ended overlapping ones).
    pub fn overlap(&self, other: &DayRange) -> i64 {
        let start = self
            .start
            .unwrap_or(i64::MIN)
            .max(other.start.unwrap_or(i64::MIN));
        let end = self
            .end
            .unwrap_or(i64::MAX)
            .min(other.end.unwrap_or(i64::MAX));
        if end < start {
            0
        } else {
            end.saturating_sub(start).saturating_add(1)
        }
    }
}

/// A state.
#[derive(Debug, Clone, Serialize)]
pub struct Country {
    /// ISO 3166-1 alpha-3.
    pub code: String,
    /// ISO alpha-2.
    pub iso2: String,
    /// German short name.
    pub name: String,
    /// German official name.
    pub official: String,
    /// Other names.
    pub variants: Vec<String>,
    /// Adjective stems (`französisch`).
    pub adjectives: Vec<String>,
    /// Compound prefixes (`US`).
    pub prefixes: Vec<String>,
    /// Demonyms: masculine, feminine, plural nominative.
    pub demonyms: [Vec<String>; 3],
    /// Capitals and seats of government.
    pub capitals: Vec<String>,
}

/// An organisation, institution, government, party or outlet.
#[derive(Debug, Clone, Serialize)]
pub struct Organization {
    /// Stable id.
    pub id: String,
    /// German display name.
    pub name: String,
    /// `international`, `government`, `institution`, `party`, `military`, `media`, `ngo`, `company`.
    pub kind: String,
    /// Whom it speaks for: alpha-3 or an international organisation's id.
    pub country: Option<String>,
    /// The organisation it belongs to.
    pub parent: Option<String>,
    /// Other names.
    pub aliases: Vec<String>,
}

/// An office held by a person for a time.
#[derive(Debug, Clone, Serialize)]
pub struct OfficeTerm {
    /// Office id (`head_of_government`).
    pub office: String,
    /// Alpha-3 or organisation id.
    pub of: String,
    /// When.
    pub days: DayRange,
    /// Start as written.
    pub start: String,
    /// End as written.
    pub end: String,
}

/// A person.
#[derive(Debug, Clone, Serialize)]
pub struct Person {
    /// Wikidata QID, if known.
    pub qid: Option<String>,
    /// German display name.
    pub name: String,
    /// Gender.
    pub gender: Gender,
    /// Other names.
    pub aliases: Vec<String>,
    /// Offices, in the order given.
    pub offices: Vec<OfficeTerm>,
}

impl Person {
    /// The key offices refer to: the QID, or the name.
    pub fn key(&self) -> &str {
        self.qid.as_deref().unwrap_or(&self.name)
    }
}

/// A German role noun.
#[derive(Debug, Clone, Serialize)]
pub struct Role {
    /// Office id, if the role is an office.
    pub office: Option<String>,
    /// Masculine forms, nominative first.
    pub masculine: Vec<String>,
    /// Feminine forms.
    pub feminine: Vec<String>,
    /// Plural forms.
    pub plural: Vec<String>,
    /// Where the noun itself names the country; the first is the default.
    pub countries: Vec<String>,
}

impl Role {
    /// The role's display form (first masculine or feminine form).
    pub fn label(&self) -> &str {
        self.masculine
            .first()
            .or(self.feminine.first())
            .map_or("", String::as_str)
    }
}

/// A cue word: a lemma that carries a predicate.
#[derive(Debug, Clone, Serialize)]
pub struct Cue {
    /// Dictionary form.
    pub lemma: String,
    /// The predicate it carries.
    pub predicate: Predicate,
    /// Its part of speech.
    pub pos: CuePos,
    /// Separable particle.
    pub particle: Option<String>,
    /// Surface forms.
    pub forms: Vec<String>,
    /// Introduces a quotation or reported speech.
    pub speech: bool,
    /// Needs a reflexive pronoun.
    pub reflexive: bool,
    /// Another reading where `sich` stands in its clause (`stellte sich heraus` = turned
    /// out, `bestätigte sich` = proved true, `informierte sich` = found out).
    pub not_reflexive: bool,
    /// Needs this preposition.
    pub preposition: Option<String>,
    /// Takes `als`.
    pub als: bool,
    /// Carries its predicate only with a negation that belongs to it (`nicht hinnehmen`).
    pub needs_negation: bool,
    /// Carries its predicate only with content: a `dass`-clause, Konjunktiv or quotation
    /// (`findet, dass …`, not `fand das Versteck`).
    pub needs_content: bool,
    /// Carries its predicate only with the expletive `es` (`heißt es`, `hieß es`), not
    /// as a copula (`Die Lager heißen …`).
    pub needs_es: bool,
    /// A noun that carries its predicate only as the object of a light verb of
    /// `frames.tsv` (`reichte Klage ein`), never as a word of someone's content (`sehen
    /// der Klage gelassen entgegen`): flag `light`.
    pub light_only: bool,
}

/// How a topic term matches a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum TermMatch {
    /// The word begins with the term.
    Prefix,
    /// The term occurs anywhere in the word (compound heads).
    Infix,
    /// The whole word equals the term.
    Whole,
}

/// Where a light-verb frame finds its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum FrameSpeaker {
    /// The subject of the verb's clause (`Er übte Kritik`).
    Subject,
    /// The phrase of a source preposition (`von`, `seitens`, `aus`): `Kritik kam von der
    /// Opposition`, `Lob erhielt die Regierung von den Gewerkschaften`.
    Source,
}

impl FrameSpeaker {
    /// Parses the `speaker` cell.
    pub fn parse(s: &str) -> Option<FrameSpeaker> {
        match s {
            "subject" => Some(FrameSpeaker::Subject),
            "source" => Some(FrameSpeaker::Source),
            _ => None,
        }
    }
}

/// A light-verb frame: a verb whose object or subject noun carries the predicate
/// (`Kritik üben`, `Kritik kam von …`, `keinen Zweifel lassen`), and where its speaker
/// stands.
#[derive(Debug, Clone, Serialize)]
pub struct Frame {
    /// Dictionary form of the verb.
    pub verb: String,
    /// Its surface forms, folded and lower case.
    pub forms: Vec<String>,
    /// Where the speaker stands.
    pub speaker: FrameSpeaker,
    /// Lemmas of the noun cues (`cues.tsv`, pos `noun`) the frame takes; empty: any.
    pub nouns: Vec<String>,
    /// The frame's own predicate, else the noun's.
    pub predicate: Option<Predicate>,
    /// Holds only with a negation of the noun, which belongs to the frame (`keinen
    /// Zweifel lassen`): the statement is then not negated.
    pub needs_negation: bool,
    /// The verb's separable particle, which then stands later in the clause unless the
    /// form begins with it (`gab … ab`, `abgegeben`): flag `particle=ab`.
    pub particle: Option<String>,
    /// Prepositions of a source phrase beyond `von`, `vom`, `seitens`, `aus` (`stieß bei
    /// der Opposition auf Kritik`): flag `prep=bei`.
    pub prepositions: Vec<String>,
}

/// An evaluative word (`Skandal`, `hervorragend`): the predicate it signals in the
/// content of a neutral speech verb, and the one it signals under negation.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    /// The word, folded and lower case; a trailing `*` in the file matches every word
    /// that begins with it (`skandal*` → `skandalös`).
    pub term: String,
    /// Whether `term` is a prefix.
    pub prefix: bool,
    /// The predicate signalled.
    pub predicate: Predicate,
    /// The predicate signalled under negation (`nicht sinnvoll` → criticize), if any.
    pub negated: Option<Predicate>,
}

/// A topic.
#[derive(Debug, Clone, Serialize)]
pub struct Topic {
    /// Stable id.
    pub id: String,
    /// German label.
    pub label: String,
    /// Terms with how they match, lower-cased.
    pub terms: Vec<(String, TermMatch)>,
}
