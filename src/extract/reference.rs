//! Reference resolution: pronouns, role nouns, demonyms and `der 63-Jährige` resolved to
//! the most recent compatible actor by gender and recency.

use super::entity::{ActorKind, Entity};
use super::mentions::Target;
use crate::lexicon::Gender;

/// How many sentences back an anaphor may reach.
const REACH: usize = 4;

/// The head noun of a name, lower case, without a dative plural `-n`: `Berliner
/// Regierungskreisen` and `Berliner Regierungskreise` share `regierungskreise`.
pub fn head_noun(name: &str) -> String {
    let last = name.split_whitespace().last().unwrap_or("").to_lowercase();
    last.trim_end_matches('n').to_string()
}

/// The actors mentioned so far, most recent last.
#[derive(Debug, Default)]
pub struct History {
    entries: Vec<(usize, Entity, bool)>,
}

impl History {
    /// Records an actor mentioned in sentence `sentence`; `subject_like` when it stood
    /// where a subject can (no preposition, not a genitive, not inside a quotation).
    pub fn push(&mut self, sentence: usize, entity: Entity, subject_like: bool) {
        self.entries.push((sentence, entity, subject_like));
    }

    /// Recent actors, most recent first: those in subject position before the others.
    fn recent(&self, sentence: usize) -> impl Iterator<Item = &Entity> {
        let window = || {
            self.entries
                .iter()
                .rev()
                .take_while(move |(s, _, _)| sentence.saturating_sub(*s) <= REACH)
        };
        window()
            .filter(|(_, _, subject)| *subject)
            .chain(window().filter(|(_, _, subject)| !*subject))
            .map(|(_, e, _)| e)
    }

    /// The most recent actor with a country whose name ends in the same noun as `name`
    /// (`Regierungskreisen` → `Berliner Regierungskreise`).
    pub fn with_head(&self, name: &str) -> Option<Entity> {
        let wanted = head_noun(name);
        if wanted.chars().count() < 4 {
            return None;
        }
        self.entries
            .iter()
            .rev()
            .map(|(_, e, _)| e)
            .find(|e| e.country.is_some() && e.name != name && head_noun(&e.name) == wanted)
            .cloned()
    }

    /// The actor `target` refers to in sentence `sentence`, if one fits.
    pub fn resolve(&self, target: &Target, sentence: usize) -> Option<Entity> {
        match target {
            Target::Entity(e) => Some(e.clone()),
            // `er`: a man, else an unnamed one named by a masculine role (`ein Sprecher`).
            Target::Pronoun(Gender::M) => self
                .recent(sentence)
                .find(|e| e.kind == ActorKind::Person && e.gender == Gender::M)
                .or_else(|| {
                    self.recent(sentence).find(|e| {
                        e.kind == ActorKind::Anonymous
                            && e.role.is_some()
                            && e.gender == Gender::M
                            && !e.plural
                    })
                })
                .cloned(),
            Target::Pronoun(_) => self
                .recent(sentence)
                .find(|e| e.gender == Gender::F || e.plural)
                .cloned(),
            Target::Role { office, gender } => self
                .recent(sentence)
                .find(|e| {
                    e.kind == ActorKind::Person
                        && office.is_some()
                        && e.office == *office
                        && (*gender == Gender::U || e.gender == Gender::U || e.gender == *gender)
                })
                .cloned(),
            Target::Demonym { country, gender } => self
                .recent(sentence)
                .find(|e| {
                    e.kind == ActorKind::Person
                        && e.nationalities.contains(country)
                        && (e.gender == Gender::U || e.gender == *gender)
                })
                .cloned(),
            Target::Age(gender) => self
                .recent(sentence)
                .find(|e| e.kind == ActorKind::Person && e.gender == *gender)
                .cloned(),
        }
    }
}
