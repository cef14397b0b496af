//! Finding actor mentions in a sentence: lexicon names, role nouns with or without a
//! name (`die russische Außenamtssprecherin Maria Sacharowa`, `Frankreichs Präsident`),
//! persons the lexicon does not know (given name + surname, role + surname), states and
//! their metonyms, institutions (`die südkoreanische Militärführung`), pronouns and other
//! anaphors left for reference resolution.

mod anaphors;
mod apposition;
mod binding;
mod institutions;
mod nouns;
mod persons;
mod roles;

pub use institutions::is_institution_noun;
pub(super) use persons::NAME_PARTICLES;

use super::context::ArticleContext;
use super::entity::{ActorKind, Entity};
use super::words::{
    is_determiner, is_function_word, is_preposition, looks_like_adjective, lowercased,
};
use crate::lexicon::{Gender, Lexicon, Surface, SurfaceHit};
use crate::text::{Sentence, Token, TokenKind};

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
    /// Per token: whether a person's mention holds it.
    person_tokens: Vec<bool>,
}

/// Finds the mentions in `sentence`, given its tokens.
pub fn find_mentions(
    lexicon: &Lexicon,
    context: &ArticleContext<'_>,
    sentence: Sentence,
    tokens: &[Token],
) -> Vec<Mention> {
    let text = context.text;
    let hits = context.surface_hits(lexicon, sentence.start, sentence.end);
    let mut cursor = Cursor {
        lexicon,
        context,
        text,
        tokens,
        hits,
        used_tokens: vec![false; tokens.len()],
        person_tokens: vec![false; tokens.len()],
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
    mentions.extend(cursor.acronym_aliases());
    cursor.mark_used(&mentions);
    mentions.extend(cursor.unknown_persons());
    cursor.mark_used(&mentions);
    mentions.extend(cursor.institutions());
    cursor.mark_used(&mentions);
    mentions.extend(cursor.compound_roles());
    cursor.mark_used(&mentions);
    mentions.extend(cursor.anaphors());
    for m in &mut mentions {
        m.start = cursor.particles_before(m);
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
    apposition::apposition_roles(&mut mentions, &cursor);
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
            let person = matches!(&m.target, Target::Entity(e) if e.kind == ActorKind::Person);
            let from = self.tokens.partition_point(|t| t.end <= m.start);
            for i in from..self.tokens.len() {
                if self.tokens[i].start >= m.end {
                    break;
                }
                self.used_tokens[i] = true;
                self.person_tokens[i] |= person;
            }
        }
    }

    /// Whether the name at `offset` follows a place noun, alone or in a list of names
    /// (`das Land Berlin`, `die Bundesländer Bremen, Hessen und Berlin`).
    fn named_place(&self, offset: usize) -> bool {
        let Some(at) = self.token_index(offset) else {
            return false;
        };
        let mut i = at;
        while i > 0 && at - i < 12 {
            i -= 1;
            let t = &self.tokens[i];
            let word = t.text(self.text);
            if self
                .lexicon
                .word_classes
                .contains(crate::lexicon::WordClass::PlaceNoun, word)
            {
                return true;
            }
            let in_list = matches!(word, "," | "und" | "sowie")
                || (t.is_capitalized(self.text) && !is_function_word(word));
            if !in_list {
                return false;
            }
        }
        false
    }

    /// Whether the city's name from `start` to `end` is no actor but a place inside a
    /// name: the seat of the institution noun right before it (`die Staatsanwaltschaft
    /// Oslo gab bekannt`, `nach Angaben der Bundespolizeidirektion Wien`), or a part of a
    /// name after an article (`die Bangkok Post`: a capital standing for its government
    /// takes no article). Where a capitalised word follows the name after an institution
    /// noun, the name is an object of its own (`sicherte das Ministerium Kiew Hilfe
    /// zu`); a body that leads others is not named by its seat (`warf die Regierung
    /// Moskau vor`).
    fn place_in_name(&self, start: usize, end: usize) -> bool {
        let Some(at) = self.token_index(start) else {
            return false;
        };
        let Some(before) = at.checked_sub(1) else {
            return false;
        };
        let after = self.tokens.partition_point(|t| t.end <= end);
        let capital_after = self.tokens.get(after).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.is_capitalized(self.text)
                && !is_function_word(t.text(self.text))
        });
        let word = self.word(before);
        let seat = self.tokens[before].kind == TokenKind::Word
            && self.tokens[before].is_capitalized(self.text)
            && !capital_after
            && institutions::is_institution_noun(self.lexicon, word)
            && !self
                .lexicon
                .word_classes
                .contains(crate::lexicon::WordClass::Leadership, word);
        // After a comma the word is a relative pronoun (`, die Moskau Waffen liefert`).
        let article = matches!(
            lowercased(word).as_ref(),
            "der" | "die" | "das" | "des" | "dem" | "den"
        ) && (before == 0 || self.word(before - 1) != ",");
        seat || (article && capital_after)
    }

    /// `Zu Guttenberg`, `von der Leyen`: where the words right before a person's
    /// mention are name particles that the person's name has right before the words of
    /// the mention, they belong to the name (no preposition `zu`, `von`, even capitalised
    /// at the start of a sentence). The mention's new start.
    fn particles_before(&self, m: &Mention) -> usize {
        let Target::Entity(entity) = &m.target else {
            return m.start;
        };
        let Some(mut i) = self.token_index(m.start) else {
            return m.start;
        };
        if entity.kind != ActorKind::Person {
            return m.start;
        }
        let name = crate::text::fold_same_length(&entity.name);
        let mut start = m.start;
        while i > 0 && NAME_PARTICLES.contains(&lowercased(self.word(i - 1)).as_ref()) {
            i -= 1;
            // In lower case, a particle that is also a preposition governs the name
            // (`der Sportchef von Bayer`); capitalised it opens the name (`Zu Guttenberg
            // sagte`, `Von der Leyen erklärte`).
            let word = self.word(i);
            if is_preposition(word) && !self.tokens[i].is_capitalized(self.text) {
                break;
            }
            let written = crate::text::fold_same_length(&self.text[self.tokens[i].start..m.end]);
            if name.ends_with(&format!(" {written}")) || name.contains(&format!(" {written} ")) {
                start = self.tokens[i].start;
            }
        }
        start
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
            let word = lowercased(self.word(i));
            if is_preposition(&word) {
                return (Some(word.into_owned()), determiner);
            }
            // `von Seiten der Opposition`, `vonseiten der X`: the compound preposition
            // `seitens`, which names the agent.
            if word == "vonseiten"
                || (word == "seiten" && i > 0 && self.word(i - 1).eq_ignore_ascii_case("von"))
            {
                return (Some("seitens".to_string()), determiner);
            }
            if is_determiner(&word) {
                if determiner.is_none() {
                    determiner = Some(word.into_owned());
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
        // `das Land Berlin`, `die Bundesländer Bremen und Berlin`: a capital named as a
        // place is no state's government.
        let only_capital = !has(&|r| matches!(r, Surface::CountryName(_)));
        let city = has(&|r| matches!(r, Surface::Capital(_)));
        if only_capital
            && (self.named_place(hit.start) || (city && self.place_in_name(hit.start, hit.end)))
        {
            return None;
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
                        // `Kenias Regierung`, `Frankreichs Außenministerium`: a state's
                        // institution speaks for the state.
                        let noun = first_token_from(self.tokens, hit.end)
                            .filter(|&i| is_institution_noun(self.lexicon, self.word(i)))?;
                        used[h] = true;
                        return Some(self.mention(
                            hit.start,
                            self.tokens[noun].end,
                            Target::Entity(self.state_entity(c as usize)),
                        ));
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

    /// An acronym introduced earlier in brackets after a name (`der Verband der X
    /// (VdX)`, later `Der VdX forderte …`): the same actor.
    fn acronym_aliases(&self) -> Vec<Mention> {
        self.tokens
            .iter()
            .enumerate()
            .filter(|(i, t)| !self.used_tokens[*i] && t.kind == TokenKind::Word)
            .filter_map(|(_, t)| {
                let entity = self.context.acronym(t.text(self.text))?;
                Some(self.mention(t.start, t.end, Target::Entity(entity.clone())))
            })
            .collect()
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

    fn hit_starts_at(&self, offset: usize) -> bool {
        self.hits.iter().any(|h| {
            h.start == offset
                && !h
                    .readings
                    .iter()
                    .all(|r| matches!(r, Surface::PersonSurname(_) | Surface::PersonName(_)))
        })
    }
}
