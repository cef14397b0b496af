//! Role nouns: with a name (`Außenminister Lawrow`), bound to a state by a prefix,
//! adjective or genitive (`US-Präsident`, `der französische Präsident`, `Präsident
//! Frankreichs`), resolved to the office holder at the article's date; compounds the
//! lexicon does not list (`Polizeisprecher`, `Talibansprecher`).

use super::{Cursor, Mention, Target};
use crate::extract::entity::{ActorKind, Entity};
use crate::extract::words::{is_determiner, looks_like_adjective};
use crate::lexicon::{Gender, Surface};

impl Cursor<'_> {
    pub(super) fn role_mention(
        &mut self,
        h: usize,
        role: usize,
        gender: Gender,
        used: &mut [bool],
    ) -> Option<Mention> {
        let hit = self.hits[h].clone();
        let lexicon = self.lexicon;
        let role_data = &lexicon.roles[role];
        // `Vize-Außenminister`, `Ex-Präsident`: a role ending a hyphenated compound whose
        // first part names no state or body is another office (a deputy's, a former
        // holder's): named in full, never the office holder nor one of that office.
        let token_start = self.tokens[self.token_index(hit.start)?].start;
        let other_office = self.text[token_start..hit.start].ends_with('-')
            && !(h > 0 && self.hits[h - 1].end > token_start);
        let role_start = if other_office { token_start } else { hit.start };
        let office = if other_office {
            None
        } else {
            role_data.office.clone()
        };
        let role_text = self.text[role_start..hit.end].to_string();
        let mut start = role_start;
        let mut bound: Option<String> = None;

        // Before the role: prefix (`US-`), adjective (`französische`), genitive (`Frankreichs`).
        if h > 0 && !used[h - 1] {
            let prev = &self.hits[h - 1];
            let between = &self.text[prev.end..role_start];
            let adjacent_prefix = between == "-" || between == "‑";
            let only_adjectives = between
                .split_whitespace()
                .all(|w| looks_like_adjective(w.trim_matches(|c: char| !c.is_alphanumeric())));
            let is_adjective = prev.readings.iter().any(|r| {
                matches!(
                    r,
                    Surface::CountryAdjective(_) | Surface::CapitalAdjective(_)
                )
            });
            let is_genitive = prev
                .readings
                .iter()
                .any(|r| matches!(r, Surface::CountryName(_)))
                && self.text[prev.start..prev.end].ends_with('s')
                && between.trim().is_empty();
            if adjacent_prefix
                || (is_adjective && only_adjectives && !between.contains(','))
                || is_genitive
            {
                if let Some(code) = self.binding_code(prev) {
                    bound = Some(code);
                    start = prev.start;
                    used[h - 1] = true;
                }
            }
        }
        let role_last = self.token_index(hit.end - 1)?;
        // After the role: a name (`Außenminister Lawrow`), or a genitive/`von` phrase.
        let mut end = hit.end;
        let mut name_entity: Option<Entity> = None;
        let next_hit = self.hits.get(h + 1).cloned();
        if let Some(next) = &next_hit {
            let between = &self.text[hit.end..next.start];
            if between.trim().is_empty() {
                if next
                    .readings
                    .iter()
                    .any(|r| matches!(r, Surface::PersonName(_) | Surface::PersonSurname(_)))
                {
                    let full = next
                        .readings
                        .iter()
                        .any(|r| matches!(r, Surface::PersonName(_)));
                    let person = self.pick_person(&next.readings, full).or_else(|| {
                        next.readings.iter().find_map(|r| match r {
                            Surface::PersonSurname(p) | Surface::PersonName(p) => Some(*p as usize),
                            _ => None,
                        })
                    });
                    if let Some(p) = person {
                        name_entity =
                            Some(self.person_entity(p, Some(&role_text), office.as_deref()));
                        end = next.end;
                        used[h + 1] = true;
                    }
                } else if bound.is_none()
                    && next
                        .readings
                        .iter()
                        .any(|r| matches!(r, Surface::CountryName(_)))
                    && self.text[next.start..next.end].ends_with('s')
                {
                    // `Präsident Frankreichs`
                    bound = self.binding_code(next);
                    end = next.end;
                    used[h + 1] = true;
                }
            } else if bound.is_none() {
                let words: Vec<&str> = between.split_whitespace().collect();
                let linking = !words.is_empty()
                    && words.len() <= 3
                    && matches!(words[0], "des" | "der" | "von" | "vom")
                    && words[1..]
                        .iter()
                        .all(|w| looks_like_adjective(w) || is_determiner(w));
                if linking {
                    if let Some(code) = self.binding_code(next) {
                        bound = Some(code);
                        end = next.end;
                        used[h + 1] = true;
                        // `des russischen Außenministeriums`: the noun the adjective
                        // qualifies belongs to the role phrase.
                        if let Some(noun) = self.tokens.iter().find(|t| t.start >= next.end) {
                            if noun.is_capitalized(self.text)
                                && self.text[next.end..noun.start].trim().is_empty()
                            {
                                end = noun.end;
                            }
                        }
                    }
                }
            }
        }
        if name_entity.is_none() {
            if let Some((name, last)) = self.name_after(role_last) {
                let mut entity = Entity::new(name, ActorKind::Person);
                entity.gender = gender;
                entity.role = Some(role_text.clone());
                entity.office = office.clone();
                name_entity = Some(entity);
                end = end.max(self.tokens[last].end);
            }
        }
        let default_code = || -> Option<String> {
            if role_data.countries.is_empty() {
                return None;
            }
            let outlet = self.context.outlet.as_deref();
            Some(
                outlet
                    .filter(|o| role_data.countries.iter().any(|c| c == o))
                    .map(str::to_string)
                    .unwrap_or_else(|| role_data.countries[0].clone()),
            )
        };
        if let Some(mut entity) = name_entity {
            if entity.person.is_none() || entity.country.is_none() {
                entity.country = bound.clone().or_else(default_code);
            }

            if entity.person.is_none() {
                if let Some(code) = &entity.country {
                    entity.nationalities = vec![code.clone()];
                }
            }
            return Some(self.mention(start, end, Target::Entity(entity)));
        }
        let code = bound.clone().or_else(default_code);
        if let (Some(code), Some(office)) = (&code, &office) {
            if let Some(day) = self.context.day {
                if let Some(p) = lexicon.holder(office, code, day) {
                    let entity = self.person_entity(p, Some(&role_text), Some(office));
                    return Some(self.mention(start, end, Target::Entity(entity)));
                }
            }
        }
        if bound.is_some() {
            // A role of a known state or body without a known holder: an anonymous source
            // (`ein Sprecher der Regierung`, `der südkoreanische Generalstabschef`).
            let label = self.text[start..end].to_string();
            let mut entity = Entity::new(label, ActorKind::Anonymous);
            entity.country = code;
            entity.gender = gender;
            entity.role = Some(role_text);
            entity.office = office.clone();
            return Some(self.mention(start, end, Target::Entity(entity)));
        }
        Some(self.mention(start, end, Target::Role { office, gender }))
    }

    /// Compound role nouns the lexicon does not list (`Polizeisprecher`,
    /// `Freizeitforscher`): a role noun as the head of a capitalised compound.
    pub(super) fn compound_roles(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        for (i, t) in self.tokens.iter().enumerate() {
            if self.used_tokens[i] || !t.is_capitalized(self.text) {
                continue;
            }
            let word = t.text(self.text);
            if let Some((office, gender)) = self.lexicon.role_head(word) {
                // `SPD-Innenexperte Wiefelspütz`, `Kampagnenleiter Nedeljko Bilalic`: a
                // name right after the role is its holder.
                if let Some((name, last)) = self.name_after(i) {
                    let mut entity = Entity::new(name, ActorKind::Person);
                    entity.gender = gender;
                    entity.role = Some(word.to_string());
                    entity.office = office;
                    entity.country = self.modifier_code(i).or_else(|| self.code_before_noun(i));
                    entity.nationalities.extend(entity.country.clone());
                    out.push(self.mention(t.start, self.tokens[last].end, Target::Entity(entity)));
                    continue;
                }
                // `ein Talibansprecher`: the modifier names whom the role speaks for.
                if let Some(code) = self.modifier_code(i) {
                    let mut entity = Entity::new(word, ActorKind::Anonymous);
                    entity.country = Some(code);
                    entity.gender = gender;
                    entity.role = Some(word.to_string());
                    entity.office = office;
                    out.push(self.mention(t.start, t.end, Target::Entity(entity)));
                    continue;
                }
                out.push(self.mention(t.start, t.end, Target::Role { office, gender }));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::Extractor;
    use crate::ingest::Article;

    #[test]
    fn a_deputy_or_former_office_is_not_the_office_holder() {
        let text = "Außenminister Otto Brandl traf am Montag seine Amtskollegen. \
                    Der iranische Vize-Außenminister kritisierte die Anrufung des Sicherheitsrates.";
        let article = Article::new("t", text).with_date("2024-05-02");
        let found = Extractor::builtin().extract(&article);
        let critic = found
            .iter()
            .find(|s| s.evidence.sentence.starts_with("Der iranische"))
            .expect("a statement of the second sentence");
        assert_eq!(critic.actor.name, "iranische Vize-Außenminister");
        assert_eq!(critic.country.as_deref(), Some("IRN"));
    }

    /// A name after a compound role the lexicon does not list is the role's holder, its
    /// party prefix binds the country; titles before the name are not part of it.
    #[test]
    fn a_name_after_a_compound_role_is_its_holder() {
        let text = "Die Pläne seien verfassungswidrig, sagte SPD-Innenexperte Wiefelspütz. \
                    Die Methode sei sicher, sagte Klinikdirektor Prof. Dr. Jana Roth.";
        let article = Article::new("t", text).with_date("2006-05-02");
        let found = Extractor::builtin().extract(&article);
        let names: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|s| (s.actor.name.as_str(), s.country.as_deref()))
            .collect();
        assert_eq!(names, [("Wiefelspütz", Some("DEU")), ("Jana Roth", None)]);
    }
}
