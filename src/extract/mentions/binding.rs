//! Whom a noun is bound to by how it is written: a state or organisation as prefix
//! (`US-Botschaft`), adjective (`die belarussische Oppositionspolitikerin`), compound
//! modifier (`Hamasführer`), genitive (`die Regierung Frankreichs`) or place (`das
//! Nobelkomitee im norwegischen Oslo`).

use super::Cursor;
use crate::extract::entity::{ActorKind, Entity};
use crate::extract::words::{is_determiner, looks_like_adjective};
use crate::lexicon::Surface;
use crate::lexicon::SurfaceHit;

impl Cursor<'_> {
    pub(super) fn state_entity(&self, country: usize) -> Entity {
        let c = &self.lexicon.countries[country];
        let mut e = Entity::new(c.name.clone(), ActorKind::State);
        e.country = Some(c.code.clone());
        e
    }

    pub(super) fn organization_entity(&self, org: usize) -> Entity {
        let o = &self.lexicon.organizations[org];
        let mut e = Entity::new(o.name.clone(), ActorKind::Organization);
        e.country = self.lexicon.speaks_for(&o.id);
        e.media = o.kind == "media";
        e
    }

    /// The code a hit before or after a role noun binds it to.
    pub(super) fn binding_code(&self, hit: &SurfaceHit) -> Option<String> {
        hit.readings.iter().find_map(|r| match *r {
            Surface::CountryName(c)
            | Surface::CountryAdjective(c)
            | Surface::CountryPrefix(c)
            | Surface::CapitalAdjective(c) => Some(self.lexicon.countries[c as usize].code.clone()),
            Surface::Organization(o) => self
                .lexicon
                .speaks_for(&self.lexicon.organizations[o as usize].id),
            _ => None,
        })
    }

    /// The country a noun at token `noun` is bound to by what it is written with: a
    /// prefix (`US-Botschaft`, `SPD-Abgeordnete`, `UN-Menschenrechts-Komitee`) or a
    /// state's adjective before it, with lower-case adjectives between (`die
    /// belarussische Oppositionspolitikerin`, `der frühere französische Botschafter`).
    pub(super) fn code_before_noun(&self, noun: usize) -> Option<String> {
        let t = &self.tokens[noun];
        let prefix = self.hits.iter().find(|h| {
            h.start == t.start && h.end < t.end && self.text[h.end..].starts_with(['-', '‑'])
        });
        if let Some(code) = prefix.and_then(|h| self.binding_code(h)) {
            return Some(code);
        }
        if let Some(code) = self.modifier_code(noun) {
            return Some(code);
        }
        let mut j = noun;
        while j > 0 && noun - j < 3 {
            j -= 1;
            let before = &self.tokens[j];
            let adjective = self.hits.iter().find(|h| {
                h.start == before.start
                    && h.end == before.end
                    && h.readings.iter().any(|r| {
                        matches!(
                            r,
                            Surface::CountryAdjective(_) | Surface::CapitalAdjective(_)
                        )
                    })
            });
            if let Some(h) = adjective {
                return self.binding_code(h);
            }
            let word = before.text(self.text);
            if before.is_capitalized(self.text) || !looks_like_adjective(word) {
                return None;
            }
        }
        None
    }

    /// A compound written without a hyphen whose modifier is an organisation's name
    /// (`Talibansprecher`, `Hamasführer`, `Kremlsprecher`): whom that organisation
    /// speaks for. The head must be a lower-case noun of at least four letters.
    pub(super) fn modifier_code(&self, noun: usize) -> Option<String> {
        let word = self.word(noun);
        let cuts: Vec<usize> = word
            .char_indices()
            .map(|(k, _)| k)
            .filter(|&k| k >= 3)
            .collect();
        cuts.into_iter().rev().find_map(|k| {
            let head = &word[k..];
            if head.chars().count() < 4 || !head.starts_with(char::is_lowercase) {
                return None;
            }
            let modifier = &word[..k];
            let folded = crate::text::fold_same_length(modifier);
            let hits = self
                .lexicon
                .surfaces()
                .find(modifier, &folded, 0, modifier.len());
            hits.iter()
                .filter(|h| h.start == 0 && h.end == modifier.len())
                .find_map(|h| {
                    h.readings.iter().find_map(|r| match *r {
                        Surface::Organization(o) => {
                            let org = &self.lexicon.organizations[o as usize];
                            (org.kind != "media")
                                .then(|| self.lexicon.speaks_for(&org.id))
                                .flatten()
                        }
                        _ => None,
                    })
                })
        })
    }

    /// `das Nobelkomitee im norwegischen Oslo`, `die Polizei in Kairo`: the state of the
    /// place an institution at token `noun` is said to be in.
    pub(super) fn location_code(&self, noun: usize) -> Option<String> {
        let next = self.tokens.get(noun + 1)?;
        if !matches!(next.text(self.text), "in" | "im") {
            // `die Staatsanwaltschaft Oslo`: a capital right after the noun, which no
            // mention holds, is the body's seat.
            if self.used_tokens[noun + 1] {
                return None;
            }
            let hit = self.hits.iter().find(|h| h.start == next.start)?;
            return hit.readings.iter().find_map(|r| match *r {
                Surface::Capital(c) => Some(self.lexicon.countries[c as usize].code.clone()),
                _ => None,
            });
        }
        let window_end = self.tokens.get(noun + 4).map_or(next.end, |t| t.end);
        let hit = self
            .hits
            .iter()
            .find(|h| h.start >= next.end && h.end <= window_end)?;
        // Only adjectives between the preposition and the place.
        let between = &self.text[next.end..hit.start];
        if !between
            .split_whitespace()
            .all(|w| looks_like_adjective(w) || is_determiner(w))
        {
            return None;
        }
        hit.readings.iter().find_map(|r| match *r {
            Surface::CountryName(c)
            | Surface::Capital(c)
            | Surface::CountryAdjective(c)
            | Surface::CapitalAdjective(c) => Some(self.lexicon.countries[c as usize].code.clone()),
            _ => None,
        })
    }

    /// `das Außenministerium der Vereinigten Staaten`, `die Regierung Frankreichs`: the
    /// state in a genitive right after the noun at token `noun`, with the end of that
    /// genitive.
    pub(super) fn genitive_code(&self, noun: usize) -> Option<(String, usize)> {
        let end = self.tokens[noun].end;
        let hit = self
            .hits
            .iter()
            .find(|h| h.start > end && h.start - end < 12)?;
        let between: Vec<&str> = self.text[end..hit.start].split_whitespace().collect();
        let linked = match between.as_slice() {
            [] => self.text[hit.start..hit.end].ends_with('s'),
            [det] => matches!(*det, "der" | "des"),
            _ => false,
        };
        let state = hit
            .readings
            .iter()
            .any(|r| matches!(r, Surface::CountryName(_)));
        if !linked || !state {
            return None;
        }
        self.binding_code(hit).map(|code| (code, hit.end))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::resolve_mentions;
    use crate::lexicon::Lexicon;

    fn country_of(text: &str, date: Option<&str>, written: &str) -> Option<String> {
        let lexicon = Lexicon::builtin();
        let found = resolve_mentions(&lexicon, text, date);
        let (_, entity) = found
            .iter()
            .find(|(w, _)| w.contains(written))
            .unwrap_or_else(|| panic!("no mention {written:?} in {found:?}"));
        entity.speaks_for()
    }

    /// A compound whose modifier is an organisation (`Talibansprecher`) speaks for it.
    #[test]
    fn compound_modifier_binds_a_role() {
        let text = "Ein Talibansprecher kündigte weitere Angriffe an.";
        assert_eq!(
            country_of(text, None, "Talibansprecher").as_deref(),
            Some("AFG")
        );
    }

    /// `im norwegischen Oslo` after an institution names its state.
    #[test]
    fn place_after_an_institution_binds_it() {
        let text = "Das Nobelkomitee im norwegischen Oslo würdigte den Präsidenten.";
        assert_eq!(
            country_of(text, None, "Nobelkomitee").as_deref(),
            Some("NOR")
        );
    }

    /// A known person after a noun bound to a state speaks for that state there.
    #[test]
    fn noun_before_a_known_name_binds_the_person() {
        let text = "Der norwegische Komiteechef Thorbjørn Jagland sagte zur Begründung.";
        assert_eq!(
            country_of(text, Some("2009-10-09"), "Jagland").as_deref(),
            Some("NOR")
        );
    }

    /// An institution the text binds to no state is presumed to be of the state the
    /// article names most; one that names none stays without.
    #[test]
    fn unbound_institution_is_presumed_of_the_articles_state() {
        let text = "Bulgarien wählt. In Bulgarien fordert die nationalistische Ataka-Partei Härte.";
        assert_eq!(
            country_of(text, None, "Ataka-Partei").as_deref(),
            Some("BGR")
        );
        let text = "Die nationalistische Ataka-Partei fordert Härte.";
        assert_eq!(country_of(text, None, "Ataka-Partei"), None);
    }
}
