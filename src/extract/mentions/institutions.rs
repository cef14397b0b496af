//! Institutions the lexicon does not name: a state's institution after its adjective
//! (`die südkoreanische Militärführung`, `Berliner Regierungskreise`), and institution
//! nouns and compounds (`die Polizei`, `das Bundesverwaltungsgericht`, `die
//! Ataka-Partei`) with the state they belong to, said or presumed.

use super::{first_token_from, Cursor, Mention, Target};
use crate::extract::entity::{ActorKind, Entity};
use crate::extract::words::{is_determiner, is_preposition, looks_like_adjective};
use crate::lexicon::{Gender, Lexicon, SurfaceHit, WordClass};

impl Cursor<'_> {
    /// `die südkoreanische Militärführung`, `Berliner Regierungskreise`.
    pub(super) fn institution_mention(&self, hit: &SurfaceHit, country: usize) -> Option<Mention> {
        let next = first_token_from(self.tokens, hit.end)?;
        let noun = self.word(next);
        let c = &self.lexicon.countries[country];
        if self.lexicon.word_classes.contains(WordClass::Source, noun)
            && !is_city_adjective(&self.text[hit.start..hit.end])
        {
            // `nach französischer Vorstellung`: the state is the source.
            return Some(self.mention(
                hit.start,
                hit.end,
                Target::Entity(self.state_entity(country)),
            ));
        }
        if self.lexicon.is_attack_noun(noun) {
            // `russischer Drohnenbeschuss`: the state is the attacker.
            return Some(self.mention(
                hit.start,
                hit.end,
                Target::Entity(self.state_entity(country)),
            ));
        }
        if !self
            .lexicon
            .word_classes
            .contains(WordClass::StateInstitution, noun)
        {
            return None;
        }
        let adjective = &self.text[hit.start..hit.end];
        let name = if adjective.chars().next().is_some_and(char::is_lowercase)
            || is_city_adjective(adjective)
        {
            // Normalise to the nominative: `der südkoreanischen Militärführung` →
            // `südkoreanische Militärführung`.
            let stem = adjective
                .trim_end_matches(['n', 'm', 's', 'r'])
                .trim_end_matches('e');
            if is_city_adjective(adjective) {
                format!("{adjective} {}", nominative_plural(noun))
            } else {
                format!("{stem}e {}", nominative_singular(noun))
            }
        } else {
            format!("{adjective} {noun}")
        };
        let kind = if noun.starts_with("Regierungskreis") || noun.contains("kreise") {
            ActorKind::Anonymous
        } else {
            ActorKind::Organization
        };
        let mut entity = Entity::new(name, kind);
        entity.country = Some(c.code.clone());
        entity.gender = Gender::F;
        entity.plural = noun.ends_with('e') && kind == ActorKind::Anonymous;
        Some(self.mention(hit.start, self.tokens[next].end, Target::Entity(entity)))
    }

    /// Institutions the lexicon does not name: `die Polizei`, `das Gericht`, `die
    /// Bundesanwaltschaft` (compounds whose head is an institution noun).
    pub(super) fn institutions(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        for (i, t) in self.tokens.iter().enumerate() {
            if self.used_tokens[i] || !t.is_capitalized(self.text) || i == 0 {
                continue;
            }
            let word = t.text(self.text);
            let previous = self.word(i - 1).to_lowercase();
            let determined = is_determiner(&previous)
                || looks_like_adjective(self.word(i - 1))
                || is_preposition(&previous);
            if !determined || !is_institution_noun(self.lexicon, word) {
                continue;
            }
            let mut entity = Entity::new(nominative_singular(word), ActorKind::Organization);
            entity.gender = Gender::F;
            let mut end = t.end;
            // `US-Botschaft`, `die amerikanische Botschaft`, `das Außenministerium der
            // Vereinigten Staaten`; else a national institution (`das Außenministerium`,
            // `das Bundesverwaltungsgericht`) is the article's country's, as
            // `Bundeskanzler` is.
            entity.country = self.code_before_noun(i).or_else(|| {
                let (code, genitive_end) = self.genitive_code(i)?;
                end = genitive_end;
                Some(code)
            });
            if entity.country.is_none() {
                entity.country = self.location_code(i);
            }
            if entity.country.is_none() && is_national_institution(self.lexicon, word) {
                entity.country = self.context.home.clone();
            }
            // An institution the text binds to no state (`die nationalistische
            // Ataka-Partei`) is presumed to be of the state the article is about.
            entity.presumed = self.context.dominant.clone();
            out.push(self.mention(t.start, end, Target::Entity(entity)));
        }
        out
    }
}

/// Whether `word` names a state's own institution (`Bundesverwaltungsgericht`,
/// `Innenministerium`, `Polizei`).
pub(super) fn is_national_institution(lexicon: &Lexicon, word: &str) -> bool {
    word.to_lowercase().starts_with("bundes")
        || lexicon.word_classes.has_head(WordClass::NationalHead, word)
}

/// Whether `word` names an institution (`Polizei`, `Bundesanwaltschaft`).
pub fn is_institution_noun(lexicon: &Lexicon, word: &str) -> bool {
    lexicon
        .word_classes
        .contains(WordClass::StateInstitution, word)
        || lexicon
            .word_classes
            .has_head(WordClass::InstitutionHead, word)
}

pub(super) fn is_city_adjective(word: &str) -> bool {
    word.ends_with("er") && word.chars().next().is_some_and(char::is_uppercase)
}

pub(super) fn nominative_singular(noun: &str) -> String {
    noun.strip_suffix("ums")
        .map(|s| format!("{s}um"))
        .unwrap_or_else(|| {
            noun.strip_suffix("stabs")
                .map(|s| format!("{s}stab"))
                .unwrap_or_else(|| noun.to_string())
        })
}

pub(super) fn nominative_plural(noun: &str) -> String {
    noun.strip_suffix("kreisen")
        .map(|s| format!("{s}kreise"))
        .unwrap_or_else(|| noun.to_string())
}
