//! Finding actor mentions in a sentence: lexicon names, role nouns with or without a
//! name (`die russische Außenamtssprecherin Maria Sacharowa`, `Frankreichs Präsident`),
//! persons the lexicon does not know (given name + surname, role + surname), states and
//! their metonyms, institutions (`die südkoreanische Militärführung`), pronouns and other
//! anaphors left for reference resolution.

use super::context::ArticleContext;
use super::entity::{ActorKind, Entity};
use super::words::{
    is_acronym, is_determiner, is_function_word, is_preposition, looks_like_adjective, SOURCE_NOUNS,
};
use crate::lexicon::{Gender, Lexicon, Surface, SurfaceHit};
use crate::text::{Sentence, Token, TokenKind};

/// Head nouns that, after a state adjective, name that state's institution
/// (`die französische Regierung`, `der südkoreanischen Militärführung`).
const INSTITUTION_NOUNS: &[&str] = &[
    "Regierung",
    "Führung",
    "Staatsführung",
    "Militärführung",
    "Armeeführung",
    "Behörde",
    "Behörden",
    "Regierungskreise",
    "Regierungskreisen",
    "Regierungskreis",
    "Diplomatenkreise",
    "Diplomatenkreisen",
    "Sicherheitskreise",
    "Sicherheitskreisen",
    "Außenministerium",
    "Außenministeriums",
    "Verteidigungsministerium",
    "Verteidigungsministeriums",
    "Innenministerium",
    "Innenministeriums",
    "Generalstab",
    "Generalstabs",
    "Präsidialamt",
    "Präsidialamts",
    "Militär",
    "Armee",
    "Streitkräfte",
    "Justiz",
    "Polizei",
    "Staatsanwaltschaft",
    "Zentralbank",
    "Ministerium",
    "Ministeriums",
    "Administration",
    "Opposition",
    "Parlament",
];

/// What a mention refers to, before reference resolution.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    /// A resolved actor.
    Entity(Entity),
    /// `er` (masculine) or `sie` (feminine singular or plural).
    Pronoun(Gender),
    /// A role noun without name or country (`der Kanzler`, `die Ministerin`).
    Role {
        /// The role's office, if it is one.
        office: Option<String>,
        /// Gender of the form.
        gender: Gender,
    },
    /// `der Niederländer`: a person of that nationality mentioned before.
    Demonym {
        /// Alpha-3 code.
        country: String,
        /// Gender of the form.
        gender: Gender,
    },
    /// `der 63-Jährige`.
    Age(Gender),
}

/// A mention: a byte range of the sentence and what it refers to.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Start byte offset in the article.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// What it refers to.
    pub target: Target,
    /// The preposition governing the mention, lower case (`in Paris` → `in`).
    pub preposition: Option<String>,
    /// The determiner right before the mention, lower case.
    pub determiner: Option<String>,
    /// A genitive attribute of a noun (`die Verteidigung der Ukraine`): never a subject.
    pub genitive: bool,
}

struct Cursor<'a> {
    lexicon: &'a Lexicon,
    context: &'a ArticleContext<'a>,
    text: &'a str,
    tokens: &'a [Token],
    hits: Vec<SurfaceHit>,
    used_tokens: Vec<bool>,
}

/// Finds the mentions in `sentence`, given its tokens.
pub fn find_mentions(
    lexicon: &Lexicon,
    context: &ArticleContext<'_>,
    sentence: Sentence,
    tokens: &[Token],
) -> Vec<Mention> {
    let text = context.text;
    let hits = lexicon
        .surfaces()
        .find(text, context.folded, sentence.start, sentence.end);
    let mut cursor = Cursor {
        lexicon,
        context,
        text,
        tokens,
        hits,
        used_tokens: vec![false; tokens.len()],
    };
    let mut mentions = Vec::new();
    let mut used_hits = vec![false; cursor.hits.len()];
    for h in 0..cursor.hits.len() {
        if used_hits[h] {
            continue;
        }
        if let Some(mention) = cursor.mention_from_hit(h, &mut used_hits) {
            mentions.push(mention);
        }
    }
    cursor.mark_used(&mentions);
    mentions.extend(cursor.unknown_persons());
    cursor.mark_used(&mentions);
    mentions.extend(cursor.institutions());
    cursor.mark_used(&mentions);
    mentions.extend(cursor.compound_roles());
    cursor.mark_used(&mentions);
    mentions.extend(cursor.anaphors());
    for m in &mut mentions {
        let (preposition, determiner) = cursor.governing_words(m.start);
        m.preposition = preposition;
        // A pronoun takes no determiner: only a preposition right before it governs it.
        m.determiner = determiner;
        if matches!(m.target, Target::Pronoun(_)) {
            m.determiner = None;
            let right_before = cursor
                .token_index(m.start)
                .and_then(|i| i.checked_sub(1))
                .map(|i| cursor.word(i).to_lowercase());
            if m.preposition.is_some() && m.preposition != right_before {
                m.preposition = None;
            }
        }
        if let Target::Entity(entity) = &mut m.target {
            if entity.kind != ActorKind::Person {
                match m.determiner.as_deref() {
                    Some("der") | Some("dem") | Some("den") | Some("des")
                        if entity.gender == Gender::U =>
                    {
                        entity.gender = Gender::M
                    }
                    Some("die") => entity.gender = Gender::F,
                    _ => {}
                }
            }
        }
    }
    // For each token, the nearest `der`/`des` token before it: computed once, so that
    // genitive_attribute does not scan back over the whole sentence per mention.
    let mut last_der = Vec::with_capacity(tokens.len());
    let mut seen = None;
    for (i, t) in tokens.iter().enumerate() {
        last_der.push(seen);
        if matches!(t.text(text), "der" | "des") {
            seen = Some(i);
        }
    }
    for m in &mut mentions {
        m.genitive = cursor.genitive_attribute(m, &last_der);
        // `der Nachrichtenagentur TASS zufolge`: a postposition governs the mention.
        if let Some(next) = first_token_from(cursor.tokens, m.end).map(|i| &cursor.tokens[i]) {
            // A mention already governed by a preposition keeps it: `aus Berliner
            // Regierungskreisen gegenüber der Nachrichtenagentur` (`gegenüber` governs
            // what follows).
            if matches!(next.text(text), "zufolge" | "gegenüber") && m.preposition.is_none() {
                m.preposition = Some(next.text(text).to_string());
            }
        }
    }
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    // Keep the first of overlapping mentions (the longest at a position).
    let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if kept.last().is_none_or(|k| k.end <= m.start) {
            kept.push(m);
        }
    }
    let mut mentions = kept;
    // A dateline (`Paris - …` at the start of the body) names no actor.
    mentions.retain(|m| {
        let at_body_start = text[context.article.body_start..m.start].trim().is_empty()
            || text[..m.start].ends_with('\n');
        !(at_body_start && (text[m.end..].starts_with(" - ") || text[m.end..].starts_with(" – ")))
    });
    // Coordination shares the preposition: `durch Russland und China`.
    for i in 1..mentions.len() {
        if mentions[i].preposition.is_none() {
            let between = text[mentions[i - 1].end..mentions[i].start].trim();
            let words: Vec<&str> = between.split_whitespace().collect();
            if !words.is_empty()
                && matches!(words[0], "und" | "oder" | "sowie")
                && words[1..]
                    .iter()
                    .all(|w| is_determiner(w) || looks_like_adjective(w))
            {
                mentions[i].preposition = mentions[i - 1].preposition.clone();
                mentions[i].genitive = mentions[i - 1].genitive;
            }
        }
    }
    apposition_roles(&mut mentions, &cursor);
    mentions
}

/// The index of the first token that starts at or after `offset` (tokens are sorted).
fn first_token_from(tokens: &[Token], offset: usize) -> Option<usize> {
    let i = tokens.partition_point(|t| t.start < offset);
    (i < tokens.len()).then_some(i)
}

impl<'a> Cursor<'a> {
    fn token_index(&self, offset: usize) -> Option<usize> {
        // Tokens are sorted and disjoint: a binary search, not a scan per mention.
        let i = self.tokens.partition_point(|t| t.end <= offset);
        self.tokens
            .get(i)
            .filter(|t| t.start <= offset && offset < t.end)
            .map(|_| i)
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    fn mark_used(&mut self, mentions: &[Mention]) {
        for m in mentions {
            let from = self.tokens.partition_point(|t| t.end <= m.start);
            for i in from..self.tokens.len() {
                if self.tokens[i].start >= m.end {
                    break;
                }
                self.used_tokens[i] = true;
            }
        }
    }

    /// The preposition and determiner before `offset`, skipping adjectives.
    fn governing_words(&self, offset: usize) -> (Option<String>, Option<String>) {
        let Some(first) = self.token_index(offset) else {
            return (None, None);
        };
        let mut determiner = None;
        let mut i = first;
        let mut skipped = 0;
        while i > 0 && skipped < 4 {
            i -= 1;
            let word = self.word(i).to_lowercase();
            if is_preposition(&word) {
                return (Some(word), determiner);
            }
            if is_determiner(&word) {
                if determiner.is_none() {
                    determiner = Some(word);
                }
            } else if !((looks_like_adjective(&word) && !self.tokens[i].is_capitalized(self.text))
                || self.tokens[i].kind == TokenKind::Number)
            {
                // Adjectives are written in lower case: a capitalised word is a noun
                // (`im Interview der Woche sagte sie`).
                break;
            }
            skipped += 1;
        }
        (None, determiner)
    }

    /// `die Verteidigung der Ukraine`, `die Unterstützerländer der Ukraine`: a mention
    /// after `der`/`des` that follows a noun is a genitive attribute.
    fn genitive_attribute(&self, m: &Mention, last_der: &[Option<usize>]) -> bool {
        if !matches!(m.determiner.as_deref(), Some("der") | Some("des")) {
            return false;
        }
        let Some(first) = self.token_index(m.start) else {
            return false;
        };
        // The nearest `der`/`des` before `first`.
        let Some(det) = last_der[first] else {
            return false;
        };
        det > 0
            && self.tokens[det - 1].is_capitalized(self.text)
            && !is_function_word(self.word(det - 1))
    }

    fn person_entity(&self, person: usize, role: Option<&str>, office: Option<&str>) -> Entity {
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

    fn pick_person(&self, readings: &[Surface], full: bool) -> Option<usize> {
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

    fn state_entity(&self, country: usize) -> Entity {
        let c = &self.lexicon.countries[country];
        let mut e = Entity::new(c.name.clone(), ActorKind::State);
        e.country = Some(c.code.clone());
        e
    }

    fn organization_entity(&self, org: usize) -> Entity {
        let o = &self.lexicon.organizations[org];
        let mut e = Entity::new(o.name.clone(), ActorKind::Organization);
        e.country = self.lexicon.speaks_for(&o.id);
        e.media = o.kind == "media";
        e
    }

    /// The code a hit before or after a role noun binds it to.
    fn binding_code(&self, hit: &SurfaceHit) -> Option<String> {
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

    fn mention_from_hit(&mut self, h: usize, used: &mut [bool]) -> Option<Mention> {
        let hit = self.hits[h].clone();
        let readings = &hit.readings;
        let has = |f: &dyn Fn(&Surface) -> bool| readings.iter().any(f);
        let followed_by_hyphen = self.text[hit.end..].starts_with('-');

        if has(&|r| matches!(r, Surface::PersonName(_))) {
            if let Some(p) = self.pick_person(readings, true) {
                used[h] = true;
                let mut entity = self.person_entity(p, None, None);
                // `der norwegische Komiteechef Thorbjørn Jagland`: the noun before the
                // name, bound to a state, says whom the person speaks for here.
                if let Some(code) = self.noun_before_name(hit.start) {
                    entity.country = Some(code);
                }
                return Some(self.mention(hit.start, hit.end, Target::Entity(entity)));
            }
        }
        if let Some(&Surface::Role(role, gender)) =
            readings.iter().find(|r| matches!(r, Surface::Role(..)))
        {
            used[h] = true;
            return self.role_mention(h, role as usize, gender, used);
        }
        if has(&|r| matches!(r, Surface::Organization(_))) && !followed_by_hyphen {
            let org = readings.iter().find_map(|r| match r {
                Surface::Organization(o) => Some(*o as usize),
                _ => None,
            })?;
            used[h] = true;
            return Some(self.mention(
                hit.start,
                hit.end,
                Target::Entity(self.organization_entity(org)),
            ));
        }
        if has(&|r| matches!(r, Surface::PersonSurname(_))) {
            if let Some(mention) = self.surname_mention(&hit) {
                used[h] = true;
                return Some(mention);
            }
        }
        for r in readings {
            match *r {
                Surface::CountryName(c) | Surface::Capital(c) if !followed_by_hyphen => {
                    // A genitive before a noun (`Frankreichs Beitrag`) names no actor.
                    let word = &self.text[hit.start..hit.end];
                    let genitive = word.ends_with('s')
                        && !self.lexicon.countries[c as usize].name.ends_with('s')
                        && self.next_word_capitalized(hit.end);
                    if genitive {
                        return None;
                    }
                    used[h] = true;
                    return Some(self.mention(
                        hit.start,
                        hit.end,
                        Target::Entity(self.state_entity(c as usize)),
                    ));
                }
                Surface::CountryAdjective(c) | Surface::CapitalAdjective(c) => {
                    if let Some(m) = self.institution_mention(&hit, c as usize) {
                        used[h] = true;
                        return Some(m);
                    }
                }
                Surface::Demonym(c, gender) if gender != Gender::U => {
                    let (_, determiner) = self.governing_words(hit.start);
                    if determiner
                        .as_deref()
                        .is_some_and(|d| matches!(d, "der" | "die" | "dem" | "den" | "des"))
                    {
                        used[h] = true;
                        let country = self.lexicon.countries[c as usize].code.clone();
                        return Some(self.mention(
                            hit.start,
                            hit.end,
                            Target::Demonym { country, gender },
                        ));
                    }
                }
                _ => {}
            }
        }
        None
    }

    fn mention(&self, start: usize, end: usize, target: Target) -> Mention {
        Mention {
            start,
            end,
            target,
            preposition: None,
            determiner: None,
            genitive: false,
        }
    }

    fn next_word_capitalized(&self, offset: usize) -> bool {
        self.token_index(offset + 1)
            .or_else(|| first_token_from(self.tokens, offset))
            .is_some_and(|i| self.tokens[i].is_capitalized(self.text))
    }

    /// `die südkoreanische Militärführung`, `Berliner Regierungskreise`.
    fn institution_mention(&self, hit: &SurfaceHit, country: usize) -> Option<Mention> {
        let next = first_token_from(self.tokens, hit.end)?;
        let noun = self.word(next);
        let c = &self.lexicon.countries[country];
        if SOURCE_NOUNS.contains(&noun) && !is_city_adjective(&self.text[hit.start..hit.end]) {
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
        if !INSTITUTION_NOUNS.contains(&noun) {
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

    fn surname_mention(&self, hit: &SurfaceHit) -> Option<Mention> {
        // `UN`, `EU`: a word in capitals is an acronym, not a surname (`Kim Dschong Un`).
        if is_acronym(&self.text[hit.start..hit.end]) {
            return None;
        }
        // A name word after it makes it a given name (`Charles Bouchard`), unless the
        // article already named this person.
        let next_is_name = self
            .token_index(hit.end - 1)
            .is_some_and(|i| i + 1 < self.tokens.len() && self.is_name_word(i + 1));
        let person = self.pick_person(&hit.readings, false)?;
        if next_is_name && !self.context.seen_person(person) {
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
        Some(self.mention(
            start,
            hit.end,
            Target::Entity(self.person_entity(person, None, None)),
        ))
    }

    fn role_mention(
        &mut self,
        h: usize,
        role: usize,
        gender: Gender,
        used: &mut [bool],
    ) -> Option<Mention> {
        let hit = self.hits[h].clone();
        let lexicon = self.lexicon;
        let role_data = &lexicon.roles[role];
        let role_text = self.text[hit.start..hit.end].to_string();
        let mut start = hit.start;
        let mut bound: Option<String> = None;

        // Before the role: prefix (`US-`), adjective (`französische`), genitive (`Frankreichs`).
        if h > 0 && !used[h - 1] {
            let prev = &self.hits[h - 1];
            let between = &self.text[prev.end..hit.start];
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
                        name_entity = Some(self.person_entity(
                            p,
                            Some(&role_text),
                            role_data.office.as_deref(),
                        ));
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
                entity.office = role_data.office.clone();
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
        if let (Some(code), Some(office)) = (&code, &role_data.office) {
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
            entity.office = role_data.office.clone();
            return Some(self.mention(start, end, Target::Entity(entity)));
        }
        Some(self.mention(
            start,
            end,
            Target::Role {
                office: role_data.office.clone(),
                gender,
            },
        ))
    }

    /// A person's name right after token `after`: a lexicon-unknown sequence of 1–3
    /// capitalised words that starts with a given name, or a single capitalised word
    /// followed by no other capitalised word.
    fn name_after(&self, after: usize) -> Option<(String, usize)> {
        let first = after + 1;
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

    fn is_name_word(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let word = t.text(self.text);
        t.is_capitalized(self.text)
            && !is_function_word(word)
            && word.chars().count() > 1
            && !word.chars().all(char::is_uppercase)
            && self
                .lexicon
                .cue_forms(&crate::text::fold_same_length(word))
                .is_empty()
    }

    /// `van`, `de`, `von`, `al`: particles inside a name, followed by a capitalised word.
    fn is_name_particle(&self, i: usize) -> bool {
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

    fn hit_starts_at(&self, offset: usize) -> bool {
        self.hits.iter().any(|h| {
            h.start == offset
                && !h
                    .readings
                    .iter()
                    .all(|r| matches!(r, Surface::PersonSurname(_) | Surface::PersonName(_)))
        })
    }

    /// Persons the lexicon does not know: a given name followed by capitalised words
    /// (`Ed Arnold`), and surnames of such persons seen earlier in the article.
    fn unknown_persons(&self) -> Vec<Mention> {
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
            if let Some(gender) = self.lexicon.given_name(word) {
                let mut last = i + 1;
                while last < self.tokens.len()
                    && last < i + 5
                    && !self.used_tokens[last]
                    && (self.is_name_word(last) || self.is_name_particle(last))
                    && !self.hit_starts_at(self.tokens[last].start)
                {
                    last += 1;
                }
                // A name does not end in a particle.
                while last > i + 1 && self.is_name_particle(last - 1) {
                    last -= 1;
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

    /// Institutions the lexicon does not name: `die Polizei`, `das Gericht`, `die
    /// Bundesanwaltschaft` (compounds whose head is an institution noun).
    fn institutions(&self) -> Vec<Mention> {
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
            if !determined || !is_institution_noun(word) {
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
            if entity.country.is_none() && is_national_institution(word) {
                entity.country = self.context.home.clone();
            }
            // An institution the text binds to no state (`die nationalistische
            // Ataka-Partei`) is presumed to be of the state the article is about.
            entity.presumed = self.context.dominant.clone();
            out.push(self.mention(t.start, end, Target::Entity(entity)));
        }
        out
    }

    /// The country a noun at token `noun` is bound to by what it is written with: a
    /// prefix (`US-Botschaft`, `SPD-Abgeordnete`, `UN-Menschenrechts-Komitee`) or a
    /// state's adjective before it, with lower-case adjectives between (`die
    /// belarussische Oppositionspolitikerin`, `der frühere französische Botschafter`).
    fn code_before_noun(&self, noun: usize) -> Option<String> {
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
    fn modifier_code(&self, noun: usize) -> Option<String> {
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

    /// The state bound to a capitalised noun right before a name at `start` (`der
    /// norwegische Komiteechef Thorbjørn Jagland`, `Hamasführer Ismail Haniyya`).
    fn noun_before_name(&self, start: usize) -> Option<String> {
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

    /// `das Nobelkomitee im norwegischen Oslo`, `die Polizei in Kairo`: the state of the
    /// place an institution at token `noun` is said to be in.
    fn location_code(&self, noun: usize) -> Option<String> {
        let next = self.tokens.get(noun + 1)?;
        if !matches!(next.text(self.text), "in" | "im") {
            return None;
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
    fn genitive_code(&self, noun: usize) -> Option<(String, usize)> {
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

    /// Compound role nouns the lexicon does not list (`Polizeisprecher`,
    /// `Freizeitforscher`): a role noun as the head of a capitalised compound.
    fn compound_roles(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        for (i, t) in self.tokens.iter().enumerate() {
            if self.used_tokens[i] || !t.is_capitalized(self.text) {
                continue;
            }
            let word = t.text(self.text);
            if let Some((office, gender)) = self.lexicon.role_head(word) {
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

    /// Pronouns and `der 63-Jährige`.
    fn anaphors(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        for (i, t) in self.tokens.iter().enumerate() {
            if self.used_tokens[i] || t.kind != TokenKind::Word {
                continue;
            }
            let word = t.text(self.text);
            match word {
                "er" | "Er" => out.push(self.mention(t.start, t.end, Target::Pronoun(Gender::M))),
                "sie" => out.push(self.mention(t.start, t.end, Target::Pronoun(Gender::F))),
                // Capitalised `Sie` mid-sentence is the polite `you`.
                "Sie" if i == 0 || self.tokens[..i].iter().all(|p| p.kind == TokenKind::Punct) => {
                    out.push(self.mention(t.start, t.end, Target::Pronoun(Gender::F)))
                }
                _ => {
                    if let Some((_, rest)) = word.split_once('-') {
                        if rest.starts_with("Jährige")
                            && word.starts_with(|c: char| c.is_ascii_digit())
                            && i > 0
                        {
                            let gender = match self.word(i - 1) {
                                "der" | "Der" | "dem" | "den" | "des" => Gender::M,
                                "die" | "Die" => Gender::F,
                                _ => continue,
                            };
                            out.push(self.mention(
                                self.tokens[i - 1].start,
                                t.end,
                                Target::Age(gender),
                            ));
                        }
                    }
                }
            }
        }
        out
    }
}

/// Heads of compounds that name an institution (`Bundesanwaltschaft`,
/// `Innenministerium`, `Landgericht`).
/// Particles inside personal names.
pub(super) const NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "di", "da", "du", "del", "la", "le", "al", "el", "bin",
    "ten", "ter", "zu",
];

const INSTITUTION_HEADS: &[&str] = &[
    "organisation",
    "organisationen",
    "komitee",
    "ausschuss",
    "gremium",
    "vereinigung",
    "bündnis",
    "geheimdienst",
    "kommando",
    "hochschule",
    "universität",
    "polizei",
    "anwaltschaft",
    "gericht",
    "gerichtshof",
    "ministerium",
    "ministeriums",
    "behörde",
    "behörden",
    "regierung",
    "verwaltung",
    "kommission",
    "institut",
    "instituts",
    "verband",
    "verbandes",
    "gewerkschaft",
    "partei",
    "fraktion",
    "botschaft",
    "konsulat",
    "feuerwehr",
    "staatsanwaltschaft",
    "wahlleitung",
    "amt",
    "amts",
    "senat",
    "rathaus",
    "konzern",
    "unternehmen",
    "zentralbank",
    "notenbank",
    "stiftung",
    "kammer",
    "bundesamt",
];

/// Heads of institutions that belong to a state (courts, ministries, police, army):
/// unnamed, they are the article's country's.
const NATIONAL_HEADS: &[&str] = &[
    "gericht",
    "gerichts",
    "gerichtshof",
    "ministerium",
    "ministeriums",
    "polizei",
    "anwaltschaft",
    "regierung",
    "parlament",
    "armee",
    "streitkräfte",
    "zentralbank",
    "notenbank",
    "geheimdienst",
    "wahlleitung",
    "wahlkommission",
];

/// Whether `word` names a state's own institution (`Bundesverwaltungsgericht`,
/// `Innenministerium`, `Polizei`).
fn is_national_institution(word: &str) -> bool {
    let lower = word.to_lowercase();
    lower.starts_with("bundes") || NATIONAL_HEADS.iter().any(|h| lower.ends_with(h))
}

/// Whether `word` names an institution (`Polizei`, `Bundesanwaltschaft`).
pub fn is_institution_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    INSTITUTION_NOUNS.contains(&word)
        || INSTITUTION_HEADS
            .iter()
            .any(|h| lower.ends_with(h) && lower.len() >= h.len())
}

fn is_city_adjective(word: &str) -> bool {
    word.ends_with("er") && word.chars().next().is_some_and(char::is_uppercase)
}

fn nominative_singular(noun: &str) -> String {
    noun.strip_suffix("ums")
        .map(|s| format!("{s}um"))
        .unwrap_or_else(|| {
            noun.strip_suffix("stabs")
                .map(|s| format!("{s}stab"))
                .unwrap_or_else(|| noun.to_string())
        })
}

fn nominative_plural(noun: &str) -> String {
    noun.strip_suffix("kreisen")
        .map(|s| format!("{s}kreise"))
        .unwrap_or_else(|| noun.to_string())
}

/// Appositions: `Hans Müller, Sprecher des Innenministeriums, …` gives the person the
/// role's country; `die Sprecherin des Außenministeriums, Maria Sacharowa` is the person;
/// `Ed Arnold von der britischen Denkfabrik …` takes the country of what follows `von`.
fn apposition_roles(mentions: &mut Vec<Mention>, cursor: &Cursor<'_>) {
    let text = cursor.text;
    let mut i = 0;
    while i + 1 < mentions.len() {
        let between = &text[mentions[i].end..mentions[i + 1].start];
        let trimmed = between.trim();
        let (left, right) = mentions.split_at_mut(i + 1);
        let (first, second) = (&mut left[i], &mut right[0]);
        // Person, then role in apposition.
        if let (Target::Entity(person), Target::Entity(role)) = (&mut first.target, &second.target)
        {
            if trimmed == ","
                && person.kind == ActorKind::Person
                && person.person.is_none()
                && role.role.is_some()
                && role.kind == ActorKind::Anonymous
            {
                person.role = role.role.clone();
                person.office = role.office.clone();
                if person.country.is_none() {
                    person.country = role.country.clone();
                }
                mentions.remove(i + 1);
                continue;
            }
        }
        // Role (with a genitive complement), then the person's name in apposition.
        let role_like = match &first.target {
            Target::Role { .. } => true,
            Target::Entity(e) => e.kind == ActorKind::Anonymous && e.role.is_some(),
            _ => false,
        };
        // The complement is a genitive or prepositional phrase (`Sprecher der Polizei,
        // Lars Beringer`), never a clause (`Abgeordnete X erklärte, Y`).
        let complement = trimmed.trim_end_matches(',').trim();
        let short_complement = trimmed.ends_with(',')
            && trimmed.matches(',').count() == 1
            && trimmed.split_whitespace().count() <= 5
            && !trimmed.contains(['.', ';', ':'])
            && complement.split_whitespace().next().is_none_or(|w| {
                matches!(
                    w,
                    "des"
                        | "der"
                        | "von"
                        | "vom"
                        | "für"
                        | "im"
                        | "in"
                        | "bei"
                        | "beim"
                        | "aus"
                        | "am"
                        | "an"
                        | "zur"
                        | "zum"
                )
            });
        if role_like && short_complement {
            if let Target::Entity(person) = &second.target {
                if person.kind == ActorKind::Person {
                    let mut person = person.clone();
                    let (role, office, country) = match &first.target {
                        Target::Entity(e) => (e.role.clone(), e.office.clone(), e.country.clone()),
                        Target::Role { office, .. } => (None, office.clone(), None),
                        _ => (None, None, None),
                    };
                    if person.role.is_none() {
                        person.role =
                            role.or_else(|| Some(text[first.start..first.end].to_string()));
                        person.office = person.office.or(office);
                    }
                    if person.country.is_none() {
                        person.country = country;
                    }
                    let merged = Mention {
                        start: first.start,
                        end: second.end,
                        target: Target::Entity(person),
                        preposition: first.preposition.clone(),
                        determiner: first.determiner.clone(),
                        genitive: first.genitive,
                    };
                    mentions[i] = merged;
                    mentions.remove(i + 1);
                    continue;
                }
            }
        }
        i += 1;
    }
    // `Ed Arnold von der britischen Denkfabrik`: a person without a country takes the
    // country of the institution after `von`/`vom`/`aus`.
    for m in mentions.iter_mut() {
        let Target::Entity(person) = &mut m.target else {
            continue;
        };
        if person.kind != ActorKind::Person || person.country.is_some() {
            continue;
        }
        let Some(next) = first_token_from(cursor.tokens, m.end) else {
            continue;
        };
        if !matches!(cursor.word(next), "von" | "vom" | "aus") {
            continue;
        }
        let window_end = cursor.tokens.get(next + 4).map_or(text.len(), |t| t.end);
        let code = cursor
            .hits
            .iter()
            .filter(|h| h.start >= cursor.tokens[next].end && h.end <= window_end)
            .find_map(|h| cursor.binding_code(h));
        if let Some(code) = code {
            person.nationalities = vec![code.clone()];
            person.country = Some(code);
        }
    }
    // `General Sonthi Boonyaratglin`, `die Anwältin Nasrin S.`: a person the lexicon
    // does not know, named with a role but nothing that tells a country, belongs to the
    // state the article is about (not the outlet's: foreign news).
    // Without a role, such a person is presumed to be of that state (`Einer der
    // Putschisten, Harouna Djibrilla Adamou`).
    for m in mentions.iter_mut() {
        if let Target::Entity(person) = &mut m.target {
            if person.kind == ActorKind::Person
                && person.person.is_none()
                && person.country.is_none()
            {
                if person.role.is_some() {
                    person.country = cursor.context.dominant.clone();
                } else {
                    person.presumed = cursor.context.dominant.clone();
                }
            }
        }
    }
}
