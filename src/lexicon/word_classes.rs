//! Closed word classes the extraction rules need by name (`word_classes.tsv`): nouns
//! that name a state's institution, heads of institution compounds, nouns of source and
//! channel phrases, finite Konjunktiv I forms. Loaded into [`WordClass`] sets once.

use super::tsv::Table;
use crate::error::Result;
use std::collections::{HashMap, HashSet};

/// A closed class of words that rules of extraction test membership of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// A noun that, after a state's adjective, names that state's institution
    /// (`die französische Regierung`): `state_institution`, the word as written.
    StateInstitution,
    /// The head of a compound naming an institution (`Bundesanwaltschaft`):
    /// `institution_head`, lower case.
    InstitutionHead,
    /// The head of a compound naming a state's own institution, which belongs to the
    /// article's state when unnamed (`Verfassungsgericht`): `national_head`, lower case.
    NationalHead,
    /// A noun of a source phrase (`nach Angaben von X`, `nach französischer Vorstellung`):
    /// `source`, as written.
    Source,
    /// A noun that names the channel of a report rather than its source (`Bericht`,
    /// `Mitteilung`): `channel`, as written.
    Channel,
    /// The head of a compound channel noun (`Polizeiangaben`): `channel_head`, lower case.
    ChannelHead,
    /// A finite Konjunktiv I form, which marks reported speech, unlike Konjunktiv II
    /// (`könnte`), which narration uses too: `konjunktiv_one`, lower case.
    KonjunktivOne,
    /// A finite plural Konjunktiv II form standing in for a Konjunktiv I that sounds like
    /// the indicative (`hätten` for `haben`, `würden` for `werden`, `könnten` for
    /// `können`), distinct from the past indicative (`hatten`, `wurden`, `konnten`): the
    /// mood of reported speech, unlike the singular (`hätte` beside `habe`):
    /// `konjunktiv_two_plural`, lower case.
    KonjunktivTwoPlural,
    /// A noun naming armed forces or their weapons, whose state acts when a state's
    /// adjective stands before it (`russische Kampfjets bombardierten`): `armed_force`,
    /// as written.
    ArmedForce,
    /// A noun naming a kind of group whose name follows it (`die Gruppe X`, `der Miliz
    /// X`): `group_head`, as written.
    GroupHead,
    /// A noun naming the body that leads or speaks for the actors its attribute names
    /// (`die Führung der Partei`, `die Regierungen von A und B`): those actors speak.
    /// `leadership`, as written.
    Leadership,
    /// The head of a compound noun naming a time or an occasion (`Abend`,
    /// `Radioansprache`): a prepositional phrase with it (`am Abend`, `in seiner
    /// Radioansprache`) is an adverbial, never a statement's argument:
    /// `circumstance_head`, lower case.
    CircumstanceHead,
    /// A noun naming a place as an administrative unit, after which a capital's name is
    /// the place, not its state's government (`das Land Berlin`, `die Stadt Wien`, `die
    /// Bundesländer Bremen und Berlin`): `place_noun`, as written.
    PlaceNoun,
    /// The head of a compound noun naming a move, result or prize of a game or contest, or
    /// a personal occasion (`Siebenmeter`, `Heimsieg`, `WM-Titel`, `Geburtstag`): an act
    /// whose subject or object it is (`verwarf einen Siebenmeter`, `feierte den Sieg`)
    /// is one of the game, no statement: `event_head`, lower case.
    EventHead,
}

impl WordClass {
    /// Every class, in the order of [`WordClass::name`]s listed in errors.
    pub const ALL: [WordClass; 14] = [
        WordClass::StateInstitution,
        WordClass::InstitutionHead,
        WordClass::NationalHead,
        WordClass::Source,
        WordClass::Channel,
        WordClass::ChannelHead,
        WordClass::KonjunktivOne,
        WordClass::KonjunktivTwoPlural,
        WordClass::ArmedForce,
        WordClass::GroupHead,
        WordClass::Leadership,
        WordClass::CircumstanceHead,
        WordClass::PlaceNoun,
        WordClass::EventHead,
    ];

    /// The name used in the file.
    pub fn name(self) -> &'static str {
        match self {
            WordClass::StateInstitution => "state_institution",
            WordClass::InstitutionHead => "institution_head",
            WordClass::NationalHead => "national_head",
            WordClass::Source => "source",
            WordClass::Channel => "channel",
            WordClass::ChannelHead => "channel_head",
            WordClass::KonjunktivOne => "konjunktiv_one",
            WordClass::KonjunktivTwoPlural => "konjunktiv_two_plural",
            WordClass::ArmedForce => "armed_force",
            WordClass::GroupHead => "group_head",
            WordClass::Leadership => "leadership",
            WordClass::CircumstanceHead => "circumstance_head",
            WordClass::PlaceNoun => "place_noun",
            WordClass::EventHead => "event_head",
        }
    }

    /// The class named `name` in a file.
    pub fn parse(name: &str) -> Option<WordClass> {
        WordClass::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Whether the class lists lower-case compound heads (matched at a word's end) or
    /// lower-case forms, rather than words as written.
    fn lower_case(self) -> bool {
        matches!(
            self,
            WordClass::InstitutionHead
                | WordClass::NationalHead
                | WordClass::ChannelHead
                | WordClass::CircumstanceHead
                | WordClass::EventHead
                | WordClass::KonjunktivOne
                | WordClass::KonjunktivTwoPlural
        )
    }
}

/// The members of each word class.
#[derive(Debug, Default, Clone)]
pub struct WordClasses {
    members: HashMap<WordClass, HashSet<String, Fast>, Fast>,
    /// Heads in file order, for matching at a word's end.
    heads: HashMap<WordClass, Vec<String>, Fast>,
    /// The same heads as a set, with their lengths in bytes: a word's suffixes of those
    /// lengths are looked up instead of every head compared with its end.
    head_sets: HashMap<WordClass, (HashSet<String, Fast>, Vec<usize>), Fast>,
}

/// The crate's word hash: faster than SipHash for short words; lookups only, so
/// iteration order never matters.
type Fast = std::hash::BuildHasherDefault<crate::grammar::lexicon::WordHasher>;

impl WordClasses {
    /// Adds `word` to `class` (a later file extends an earlier one).
    pub fn add(&mut self, class: WordClass, word: &str) {
        if self
            .members
            .entry(class)
            .or_default()
            .insert(word.to_string())
        {
            self.heads.entry(class).or_default().push(word.to_string());
            let (set, lengths) = self.head_sets.entry(class).or_default();
            if !lengths.contains(&word.len()) {
                lengths.push(word.len());
            }
            set.insert(word.to_string());
        }
    }

    /// Whether `word`, as written, is a member of `class`.
    pub fn contains(&self, class: WordClass, word: &str) -> bool {
        self.members.get(&class).is_some_and(|m| m.contains(word))
    }

    /// Whether `word`, in lower case, ends in a head of `class` that is all of it or
    /// leaves a modifier (`Bundesanwaltschaft` → `anwaltschaft`).
    pub fn has_head(&self, class: WordClass, word: &str) -> bool {
        let Some((heads, lengths)) = self.head_sets.get(&class) else {
            return false;
        };
        // Lower-cased on the stack: a word asked about does not allocate.
        crate::text::with_lowercase(word, |lower| {
            // A head ends the word: its suffixes as long as a head (at character
            // boundaries).
            lengths.iter().any(|&n| {
                n <= lower.len()
                    && lower.is_char_boundary(lower.len() - n)
                    && heads.contains(&lower[lower.len() - n..])
            })
        })
    }

    /// The head of `class` that `word`, in lower case, ends in and that leaves a
    /// modifier of more than `modifier` bytes (`Polizeiangaben` → `angaben`).
    pub fn head_of(&self, class: WordClass, word: &str, modifier: usize) -> Option<&str> {
        let lower = word.to_lowercase();
        self.heads.get(&class)?.iter().find_map(|h| {
            (lower.ends_with(h.as_str()) && lower.len() > h.len() + modifier).then_some(h.as_str())
        })
    }

    /// How many words the classes hold.
    pub fn len(&self) -> usize {
        self.members.values().map(HashSet::len).sum()
    }

    /// Whether no class has a member.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Reads `word_classes.tsv`: one word and its class per line.
pub(super) fn load(table: &Table) -> Result<Vec<(WordClass, String)>> {
    let mut out = Vec::new();
    for row in &table.rows {
        let name = table.get(row, "class");
        let class = WordClass::parse(name).ok_or_else(|| {
            let names: Vec<&str> = WordClass::ALL.iter().map(|c| c.name()).collect();
            table.error(
                row,
                "class",
                format!("unknown word class `{name}` (one of {})", names.join(", ")),
            )
        })?;
        let word = table.get(row, "word");
        if word.is_empty() || word.contains(char::is_whitespace) {
            return Err(table.error(row, "word", "a word is one word"));
        }
        if class.lower_case() && word.chars().any(char::is_uppercase) {
            return Err(table.error(
                row,
                "word",
                format!("the class `{name}` lists lower-case words"),
            ));
        }
        out.push((class, word.to_string()));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn table(text: &str) -> Table {
        let kind = super::super::FileKind::WordClasses;
        Table::parse(
            Path::new("word_classes.tsv"),
            text,
            kind.columns(),
            kind.required(),
        )
        .unwrap()
    }

    #[test]
    fn classes_load_and_match_heads() {
        let rows = load(&table(
            "word\tclass\nRegierung\tstate_institution\ngericht\tnational_head\n",
        ))
        .unwrap();
        let mut classes = WordClasses::default();
        for (class, word) in &rows {
            classes.add(*class, word);
        }
        assert!(classes.contains(WordClass::StateInstitution, "Regierung"));
        assert!(!classes.contains(WordClass::StateInstitution, "regierung"));
        assert!(classes.has_head(WordClass::NationalHead, "Bundesverwaltungsgericht"));
        assert!(!classes.has_head(WordClass::InstitutionHead, "Bundesverwaltungsgericht"));
        assert_eq!(classes.len(), 2);
    }

    #[test]
    fn unknown_class_and_upper_case_head_are_errors_with_the_line() {
        let err = load(&table("word\tclass\nRegierung\tinstitution\n")).unwrap_err();
        let message = err.to_string();
        assert!(message.contains("word_classes.tsv"), "{message}");
        assert!(
            message.contains("unknown word class `institution`"),
            "{message}"
        );
        let err = load(&table("word\tclass\nGericht\tnational_head\n")).unwrap_err();
        assert!(err.to_string().contains("lower-case"), "{err}");
    }
}
