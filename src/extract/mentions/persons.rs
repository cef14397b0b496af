//! Persons in a sentence: lexicon persons by full name or surname (the one in office or
//! seen before), and persons the lexicon does not know (a given name followed by name
//! words, `Ed Arnold`; a surname seen before), with the state a noun before the name binds
//! them to (`der norwegische Komiteechef Thorbjørn Jagland`).

use super::nouns::{is_common_noun, noun_modifier, Lookup};
use super::{Cursor, Mention, Target};
use crate::extract::entity::{ActorKind, Entity};
use crate::extract::words::{is_acronym, is_calendar_noun, is_function_word, lowercased};
use crate::lexicon::{Surface, SurfaceHit};
use crate::text::TokenKind;

impl Cursor<'_> {
    pub(super) fn person_entity(
        &self,
        person: usize,
        role: Option<&str>,
        office: Option<&str>,
    ) -> Entity {
        let p = &self.lexicon.persons[person];
        let mut entity = Entity::new(p.name.clone(), ActorKind::Person);
        entity.qid = p.qid.clone();
        entity.person = Some(person);
        entity.gender = p.gender;
        entity.country = self.lexicon.person_country(person, self.context.day);
        entity.role = role.map(str::to_string);
        entity.office = office.map(str::to_string).or_else(|| {
            self.lexicon
                .office_at(person, self.context.day)
                .map(|o| o.office.clone())
        });
        let mut nationalities: Vec<String> = p
            .offices
            .iter()
            .filter(|o| self.lexicon.country(&o.of).is_some())
            .map(|o| o.of.clone())
            .collect();
        nationalities.dedup();
        entity.nationalities = nationalities;
        entity
    }

    pub(super) fn pick_person(&self, readings: &[Surface], full: bool) -> Option<usize> {
        let candidates: Vec<usize> = readings
            .iter()
            .filter_map(|r| match r {
                Surface::PersonName(p) if full => Some(*p as usize),
                Surface::PersonSurname(p) if !full => Some(*p as usize),
                _ => None,
            })
            .collect();
        let day = self.context.day;
        candidates
            .iter()
            .copied()
            .find(|&p| self.context.seen_person(p))
            .or_else(|| {
                candidates
                    .iter()
                    .copied()
                    .find(|&p| day.is_some_and(|d| self.lexicon.in_office(p, d)))
            })
            .or_else(|| {
                // A full name is enough; so is a surname the lexicon gives to one person
                // only, in an undated article where no term of office can decide.
                if full || (day.is_none() && candidates.len() == 1) {
                    candidates.first().copied()
                } else {
                    None
                }
            })
    }

    pub(super) fn surname_mention(&self, hit: &SurfaceHit) -> Option<Mention> {
        // `UN`, `EU`: a word in capitals is an acronym, not a surname (`Kim Dschong Un`).
        if is_acronym(&self.text[hit.start..hit.end]) {
            return None;
        }
        // A name word after it makes it a given name (`Charles Bouchard`), unless the
        // article already named this person.
        let next = self
            .token_index(hit.end - 1)
            .map(|i| i + 1)
            .filter(|&i| i < self.tokens.len());
        let next_is_name = next.is_some_and(|i| self.is_name_word(i) || self.is_name_particle(i));
        // `Ahmed al-Rashidi`: a name with a particle after it is a given name.
        if next.is_some_and(|i| self.prefixed_name(i)) {
            return None;
        }
        // `Koch-Mehrin`, `das Friedrich-Loeffler-Institut`: joined by a hyphen to a
        // name word, the surname is part of a double name or a compound, not the
        // person (`Merkel-Regierung`, a common noun after it, still names her).
        let rest = &self.text[hit.end..];
        if let Some(joined) = rest.strip_prefix('-') {
            let word: String = joined.chars().take_while(|c| c.is_alphanumeric()).collect();
            if word.starts_with(char::is_uppercase) && !is_common_noun(&word, Lookup::Exact) {
                return None;
            }
        }
        let person = self.pick_person(&hit.readings, false)?;
        if next_is_name && !self.context.seen_person(person) {
            return None;
        }
        // A word inside a longer name (`Sayyid Ali Hosseini Khamenei`, `Ahmed
        // al-Assadi` after a name word) is no surname of its own, even of a person seen
        // before: name words before and after it.
        let prev_is_name = self.token_index(hit.start).is_some_and(|i| {
            i > 0
                && self.is_name_word(i - 1)
                && self.lexicon.given_name(self.word(i - 1)).is_none()
                && !self.role_at(i - 1)
        });
        if next_is_name && prev_is_name {
            return None;
        }
        let mut start = hit.start;
        // A given name right before: the same person if it is one of theirs.
        if let Some(i) = self.token_index(hit.start) {
            if i > 0 && self.tokens[i - 1].is_capitalized(self.text) {
                let before = self.word(i - 1);
                if self.lexicon.given_name(before).is_some() {
                    let p = &self.lexicon.persons[person];
                    let theirs = std::iter::once(&p.name).chain(&p.aliases).any(|n| {
                        n.split_whitespace().next().is_some_and(|f| {
                            crate::text::fold_search(f) == crate::text::fold_search(before)
                        })
                    });
                    if !theirs {
                        return None; // another person with that surname: left to unknown_persons
                    }
                    start = self.tokens[i - 1].start;
                }
            }
        }
        // `Frieden`, `Koch`: a surname that is also a common noun names the person only
        // where the article named them before, a given name or role stands before it, or
        // the person holds office at the article's date (if it has one) and no
        // determiner, pronoun or adjective before it makes it the noun (`sich Frieden`, `ein chinesischer Bauer`).
        let index = self.token_index(hit.start);
        let named_before = self.context.seen_person(person)
            || start != hit.start
            || index.is_some_and(|i| i > 0 && self.role_at(i - 1));
        if !named_before && is_common_noun(&self.text[hit.start..hit.end], Lookup::Exact) {
            // Undated: no term of office can decide, the word's use alone does.
            let in_office = self
                .context
                .day
                .is_none_or(|d| self.lexicon.in_office(person, d));
            let noun_use = index.is_some_and(|i| i > 0 && noun_modifier(self.word(i - 1)));
            if !in_office || noun_use {
                return None;
            }
        }
        Some(self.mention(
            start,
            hit.end,
            Target::Entity(self.person_entity(person, None, None)),
        ))
    }

    /// A person's name right after token `after`: a lexicon-unknown sequence of 1–3
    /// capitalised words that starts with a given name, or a single capitalised word
    /// followed by no other capitalised word.
    pub(super) fn name_after(&self, after: usize) -> Option<(String, usize)> {
        let mut first = after + 1;
        // `Klinikdirektor Prof. Dr. Jana Roth`: titles before the name are not part of it.
        while self.is_title_abbreviation(first) {
            first += 2;
        }
        let mut last = first;
        while last < self.tokens.len()
            && last < first + 3
            && self.is_name_word(last)
            && !self.hit_starts_at(self.tokens[last].start)
        {
            last += 1;
        }
        if last == first {
            return None;
        }
        let count = last - first;
        let starts_with_given = self.lexicon.given_name(self.word(first)).is_some();
        if !starts_with_given {
            // Without a known given name, accept one surname (`Außenminister Lawrow`),
            // or two name words that end the noun phrase (`Oppositionsführer Aljaksandr
            // Milinkewitsch sagte`): a name the given-name list does not know.
            let phrase_ends = self
                .tokens
                .get(first + 2)
                .is_none_or(|t| !t.is_capitalized(self.text));
            if count > 2 || (count == 2 && !phrase_ends) {
                return None;
            }
        } else if count == 1 {
            return None; // a given name alone is no name
        }
        let end = first + count - 1;
        let name = self.text[self.tokens[first].start..self.tokens[end].end].to_string();
        Some((name, end))
    }

    pub(super) fn is_name_word(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let word = t.text(self.text);
        t.is_capitalized(self.text)
            && !is_function_word(word)
            && !is_calendar_noun(word)
            && word.chars().count() > 1
            && !word.chars().all(char::is_uppercase)
            && self
                .lexicon
                .cue_forms(&crate::text::fold_same_length(word))
                .is_empty()
    }

    /// `al-Assadi`, `el-Baradei`: a name with a lower-case particle joined by a hyphen.
    pub(super) fn prefixed_name(&self, i: usize) -> bool {
        let word = self.tokens[i].text(self.text);
        word.split_once('-').is_some_and(|(particle, rest)| {
            NAME_PARTICLES.contains(&particle) && rest.starts_with(char::is_uppercase)
        })
    }

    /// Whether token `i` is an abbreviated title (`Dr.`, `Prof.`): a capitalised word of
    /// two to four letters with a period right after it, which no name word is.
    fn is_title_abbreviation(&self, i: usize) -> bool {
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        let word = t.text(self.text);
        let letters = word.chars().count();
        t.is_capitalized(self.text)
            && (2..=4).contains(&letters)
            && word.chars().all(char::is_alphabetic)
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|p| p.start == t.end && p.text(self.text) == ".")
    }

    /// Whether token `i` is an initial inside a name: one capital letter with a period
    /// right after it, followed by a name word (`D.` in `Thomas D. Trummer`).
    fn is_initial(&self, i: usize) -> bool {
        let word = self.tokens[i].text(self.text);
        let mut chars = word.chars();
        let one_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        one_capital
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.start == self.tokens[i].end && t.text(self.text) == ".")
            && i + 2 < self.tokens.len()
            && !self.used_tokens[i + 2]
            && self.is_name_word(i + 2)
    }

    /// Whether a lexicon role (`Präsident`) covers token `i`.
    fn role_at(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        self.hits.iter().any(|h| {
            h.start <= t.start
                && t.end <= h.end
                && h.readings.iter().any(|r| matches!(r, Surface::Role(..)))
        })
    }

    /// `van`, `de`, `von`, `al`: particles inside a name, followed by a capitalised word.
    pub(super) fn is_name_particle(&self, i: usize) -> bool {
        // Article-like particles only after another particle: `van der`, `von den`,
        // never `Maren Voss den Zustand`.
        let article_like = matches!(self.word(i), "der" | "den");
        let after_particle = i > 0
            && matches!(
                self.word(i - 1),
                "van" | "von" | "de" | "del" | "della" | "dos" | "da"
            );
        if article_like && !after_particle {
            return false;
        }
        NAME_PARTICLES.contains(&self.word(i))
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.is_capitalized(self.text))
    }

    /// Persons the lexicon does not know: a given name followed by capitalised words
    /// (`Ed Arnold`), and surnames of such persons seen earlier in the article.
    pub(super) fn unknown_persons(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if self.used_tokens[i] || !self.tokens[i].is_capitalized(self.text) {
                i += 1;
                continue;
            }
            let word = self.word(i);
            if let Some(entity) = self.context.local_person(word) {
                out.push(self.mention(
                    self.tokens[i].start,
                    self.tokens[i].end,
                    Target::Entity(entity.clone()),
                ));
                i += 1;
                continue;
            }
            // A preposition or article at the start of a sentence (`Von`, `Den`) is no
            // given name, whatever the name lists hold.
            let function_word = is_function_word(word);
            // A given name that is also a common noun, right after an article or a
            // preposition fused with one, is the noun (`im Norden Tel Avivs`): names
            // take no article.
            let noun_after_article = i > 0
                && is_common_noun(word, Lookup::Exact)
                && matches!(
                    lowercased(self.word(i - 1)).as_ref(),
                    "der"
                        | "die"
                        | "das"
                        | "den"
                        | "dem"
                        | "des"
                        | "ein"
                        | "eine"
                        | "einen"
                        | "einem"
                        | "einer"
                        | "eines"
                        | "im"
                        | "am"
                        | "vom"
                        | "zum"
                        | "zur"
                        | "beim"
                        | "ins"
                        | "ans"
                );
            if let Some(gender) = self
                .lexicon
                .given_name(word)
                .filter(|_| !function_word && !noun_after_article)
            {
                let mut last = i + 1;
                while last < self.tokens.len() && last < i + 5 && !self.used_tokens[last] {
                    // `Thomas D. Trummer`: an initial inside the name.
                    if self.is_initial(last) {
                        last += 2;
                        continue;
                    }
                    if !(self.is_name_word(last) || self.is_name_particle(last))
                        || self.hit_starts_at(self.tokens[last].start)
                    {
                        break;
                    }
                    last += 1;
                }
                // A name does not end in a particle.
                while last > i + 1 && self.is_name_particle(last - 1) {
                    last -= 1;
                }
                // The name runs on into a known person's surname (`Ali Hosseini
                // Khamenei`): that person, not a new one.
                if last < self.tokens.len() && self.used_tokens[last] && self.is_name_word(last) {
                    i = last;
                    continue;
                }
                if last > i + 1 {
                    let name =
                        self.text[self.tokens[i].start..self.tokens[last - 1].end].to_string();
                    let mut entity = Entity::new(name, ActorKind::Person);
                    entity.gender = gender;
                    // `die belarussische Oppositionspolitikerin Swetlana X`, `der
                    // US-Senator John Y`: the noun before the name tells the country.
                    if i > 0 && self.tokens[i - 1].is_capitalized(self.text) {
                        entity.country = self.code_before_noun(i - 1);
                        entity.nationalities.extend(entity.country.clone());
                    }
                    out.push(self.mention(
                        self.tokens[i].start,
                        self.tokens[last - 1].end,
                        Target::Entity(entity),
                    ));
                    i = last;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    /// The state bound to a capitalised noun right before a name at `start` (`der
    /// norwegische Komiteechef Thorbjørn Jagland`, `Hamasführer Ismail Haniyya`).
    pub(super) fn noun_before_name(&self, start: usize) -> Option<String> {
        let i = self.token_index(start)?.checked_sub(1)?;
        let t = &self.tokens[i];
        let noun = t.is_capitalized(self.text)
            && t.kind == TokenKind::Word
            && !is_function_word(self.word(i))
            && t.end < start
            && self.text[t.end..start].trim().is_empty();
        // A role noun of its own (`Präsident`) is read by the role's rules.
        let role_hit = self.hits.iter().any(|h| {
            h.start <= t.start
                && t.end <= h.end
                && h.readings.iter().any(|r| matches!(r, Surface::Role(..)))
        });
        if !noun || role_hit {
            return None;
        }
        self.code_before_noun(i)
    }
}

/// Particles inside personal names.
pub(in crate::extract) const NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "di", "da", "du", "del", "la", "le", "al", "el", "bin",
    "ten", "ter", "zu",
];

#[cfg(test)]
mod tests {
    use crate::extract::actor_names;

    #[test]
    fn a_surname_that_is_a_common_noun_needs_a_name_use() {
        // Luc Frieden holds office on the test date; `sich Frieden` is the noun.
        let names = actor_names("Die Bürger wünschen sich Frieden, sagte der Bürgermeister.");
        assert!(!names.iter().any(|n| n == "Luc Frieden"), "{names:?}");
        // An adjective before it makes it the noun (`ein chinesischer Bauer`).
        let names = actor_names("Ein chinesischer Bauer sagte, die Ernte sei gut.");
        assert!(!names.iter().any(|n| n == "Rob Bauer"), "{names:?}");
        // Used as a name, it still names the office holder.
        let names = actor_names("Frieden sagte, die Regierung werde sparen.");
        assert_eq!(names, ["Luc Frieden"]);
    }

    #[test]
    fn an_initial_stays_inside_an_unknown_name() {
        let names =
            actor_names("Ausstellen sei kein Selbstzweck, sagt der Direktor Thomas D. Trummer.");
        assert_eq!(names, ["Thomas D. Trummer"]);
    }
}
