//! Institutions the lexicon does not name: a state's institution after its adjective
//! (`die südkoreanische Militärführung`, `Berliner Regierungskreise`), and institution
//! nouns and compounds (`die Polizei`, `das Bundesverwaltungsgericht`, `die
//! Ataka-Partei`) with the state they belong to, said or presumed.

use super::nouns::{is_common_noun, noun_gender, Lookup};
use super::{first_token_from, Cursor, Mention, Target};
use crate::extract::entity::{ActorKind, Entity};
use crate::extract::words::{
    is_determiner, is_function_word, is_preposition, looks_like_adjective,
};
use crate::lexicon::{Gender, Lexicon, Surface, SurfaceHit, WordClass};

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
            let previous = crate::text::lowercased(self.word(i - 1));
            let determined = is_determiner(&previous)
                || looks_like_adjective(self.word(i - 1))
                || is_preposition(&previous);
            if !determined || !is_institution_noun(self.lexicon, word) {
                continue;
            }
            // `der Bundesverband der Deutschen Industrie (BDI)`: a genitive of capitalised
            // words that an acronym in brackets abbreviates is the body's own name.
            if let Some((last, closing)) = self.name_with_acronym(i) {
                let rest = &self.text[t.end..self.tokens[last].end];
                let mut entity = Entity::new(
                    format!("{}{rest}", nominative_singular(word)),
                    ActorKind::Organization,
                );
                entity.gender = noun_gender(word);
                entity.country = self.code_before_noun(i).or_else(|| self.location_code(i));
                if entity.country.is_none() && is_national_institution(self.lexicon, word) {
                    entity.country = self.context.home.clone();
                }
                entity.presumed = self.context.dominant.clone();
                let end = self.tokens[closing].end;
                out.push(self.mention(t.start, end, Target::Entity(entity)));
                continue;
            }
            // `die israelische Zeitung Haaretz`, `der Fernsehsender CBS`: the noun names
            // the kind of the known name right after it, which is the actor.
            let name = if self.genitive_code(i).is_some() {
                None
            } else {
                self.body_name_after(i)
            };
            if name.as_ref().is_some_and(|n| n.is_none()) {
                continue;
            }
            let mut end = t.end;
            let mut display = nominative_singular(word);
            if let Some(Some((first, last))) = name {
                // `der Verein Grünpfad`, `die Umweltorganisation GNU`: the name names the
                // body.
                let written = &self.text[self.tokens[first].start..self.tokens[last].end];
                // `die Staatsanwaltschaft Oslo`: a city names the body's seat, not the
                // body.
                let seat = self.hits.iter().any(|h| {
                    h.start == self.tokens[first].start
                        && h.readings.iter().any(|r| matches!(r, Surface::Capital(_)))
                });
                display = if seat {
                    format!("{} {written}", nominative_singular(word))
                } else {
                    written.to_string()
                };
                end = self.tokens[last].end;
            }
            let mut entity = Entity::new(display, ActorKind::Organization);
            entity.gender = noun_gender(word);
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

impl Cursor<'_> {
    /// A genitive name after the institution noun at token `i` that an acronym in
    /// brackets follows: `der`/`des`, one to four capitalised words no other mention
    /// holds, maybe the legal form `e.V.`, then `(`, one word in capitals, `)`. Returns
    /// the name's last token and the closing bracket's.
    fn name_with_acronym(&self, i: usize) -> Option<(usize, usize)> {
        let n = self.tokens.len();
        if i + 2 >= n || !matches!(self.word(i + 1), "der" | "des") {
            return None;
        }
        let free_capital = |k: usize| {
            k < n
                && !self.used_tokens[k]
                && self.tokens[k].is_capitalized(self.text)
                && !is_function_word(self.word(k))
        };
        let mut last = i + 1;
        while last < i + 5 && free_capital(last + 1) {
            last += 1;
        }
        if last == i + 1 {
            return None;
        }
        let mut k = last + 1;
        // The legal form of a registered association: `e.V.`, tokenised `e . V .`.
        if (k..k + 4).all(|j| j < n)
            && ["e", ".", "V", "."]
                .iter()
                .enumerate()
                .all(|(d, w)| self.tokens[k + d].text(self.text) == *w)
        {
            k += 4;
        }
        let acronym = |j: usize| {
            let w = self.tokens[j].text(self.text);
            w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        };
        (k + 2 < n
            && self.tokens[k].text(self.text) == "("
            && acronym(k + 1)
            && self.tokens[k + 2].text(self.text) == ")")
            .then_some((last, k + 2))
    }

    /// The name right after the institution noun at token `i`, maybe after an opening
    /// quotation mark: `Some(None)` where a known name another mention holds follows
    /// (`die israelische Zeitung Haaretz`: that name is the actor, the noun its kind),
    /// `Some(Some((first, last)))` for up to three capitalised words that are no nouns
    /// of the noun lexicon (`der Verein Wikimedia`), `None` where no name follows.
    /// Whether a person's mention holds token `j`, and the lexicon knows no other reading
    /// of it.
    fn person_name_at(&self, j: usize) -> bool {
        let start = self.tokens[j].start;
        self.person_tokens[j]
            && !self.hits.iter().any(|h| {
                h.start == start
                    && h.readings
                        .iter()
                        .any(|r| !matches!(r, Surface::PersonName(_) | Surface::PersonSurname(_)))
            })
    }

    fn body_name_after(&self, i: usize) -> Option<Option<(usize, usize)>> {
        let mut j = i + 1;
        while j < self.tokens.len() && matches!(self.word(j), "„" | "\"" | "“" | "»" | "«") {
            j += 1;
        }
        if self.used_tokens.get(j).is_some_and(|&u| u) {
            // A person's name right after the noun names no body (`warf die Opposition
            // Merkel Versagen vor`): the noun is an actor of its own, the name another
            // phrase.
            // A full name after a noun without article may be its holder's (`von
            // Gemeinderat Erika Beispiel`).
            let article = i > 0 && is_determiner(&self.word(i - 1).to_lowercase())
                || (i > 1
                    && looks_like_adjective(self.word(i - 1))
                    && is_determiner(&self.word(i - 2).to_lowercase()));
            let lone = !self.person_tokens.get(j + 1).is_some_and(|&p| p);
            if j == i + 1 && article && lone && self.person_name_at(j) {
                return None;
            }
            return Some(None);
        }
        let capital = |k: usize| {
            k < self.tokens.len()
                && self.tokens[k].is_capitalized(self.text)
                && !is_function_word(self.word(k))
        };
        if j > i + 1 || !capital(j) || is_common_noun(self.word(j), Lookup::WithCompounds) {
            // A quoted name is read by others; only a bare one joins the noun here.
            return (j > i + 1 && capital(j)).then_some(None);
        }
        let mut last = j;
        while last < j + 2
            && capital(last + 1)
            && self.tokens[last + 1].start == self.tokens[last].end + 1
        {
            last += 1;
        }
        // A known name inside the run (`die Tageszeitung The Daily Telegraph`) is the
        // actor.
        if (j..=last).any(|k| self.used_tokens[k]) {
            return Some(None);
        }
        Some(Some((j, last)))
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

#[cfg(test)]
mod tests {
    use crate::extract::resolve_mentions;
    use crate::lexicon::{Gender, Lexicon};

    fn mentions(text: &str) -> Vec<(String, crate::extract::entity::Entity)> {
        resolve_mentions(&Lexicon::builtin(), text, None)
    }

    /// An institution noun of the word classes names a body; its gender is the noun's,
    /// by which a pronoun refers back to it.
    #[test]
    fn an_institution_noun_takes_its_own_gender() {
        let found = mentions("Der Flughafen teilte mit, er werde den Betrieb einstellen.");
        let (_, airport) = found
            .iter()
            .find(|(w, _)| w == "Flughafen")
            .unwrap_or_else(|| panic!("{found:?}"));
        assert_eq!(airport.gender, Gender::M);
        let found = mentions("Die Klinik teilte mit, der Patient sei stabil.");
        assert!(found
            .iter()
            .any(|(w, e)| w == "Klinik" && e.gender == Gender::F));
    }

    /// The kind of a known name before it (`die Zeitung Haaretz`) is no actor of its own;
    /// a state's genitive (`die Regierung Guatemalas`) binds the institution.
    #[test]
    fn a_known_name_after_the_noun_is_the_actor() {
        let found = mentions("Die israelische Zeitung Haaretz berichtete über den Angriff.");
        assert!(found.iter().all(|(w, _)| w != "Zeitung"), "{found:?}");
        let found = mentions("Die Regierung Frankreichs kündigte Hilfen an.");
        assert!(
            found
                .iter()
                .any(|(w, e)| w.starts_with("Regierung") && e.country.as_deref() == Some("FRA")),
            "{found:?}"
        );
    }

    /// A genitive name that an acronym in brackets abbreviates is the body's name, with
    /// or without the legal form `e.V.`; without the acronym the genitive stays apart.
    #[test]
    fn a_genitive_name_with_its_acronym_names_the_body() {
        for text in [
            "Der Verband der Bayerischen Bäcker (VBB) begrüßte die Entscheidung.",
            "Der Verband der Bayerischen Bäcker e.V. (VBB) begrüßte die Entscheidung.",
        ] {
            let found = mentions(text);
            assert!(
                found
                    .iter()
                    .any(|(_, e)| e.name == "Verband der Bayerischen Bäcker"),
                "{found:?}"
            );
        }
        let found = mentions("Der Verband der Bayerischen Bäcker begrüßte die Entscheidung.");
        assert!(
            !found
                .iter()
                .any(|(_, e)| e.name == "Verband der Bayerischen Bäcker"),
            "{found:?}"
        );
    }
}
