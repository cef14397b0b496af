//! Reference resolution: pronouns, role nouns, demonyms and `der 63-Jährige` resolved to
//! the most recent compatible actor by gender and recency.

use super::entity::{ActorKind, Entity};
use super::mentions::{Mention, Target};
use crate::lexicon::{Gender, Lexicon, WordClass};

/// How many sentences back an anaphor may reach.
const REACH: usize = 4;

/// How many of the most recent actor mentions an anaphor may look at: within `REACH`
/// sentences a news article names a handful, but one run-on "sentence" of a megabyte
/// names thousands, and scanning them all for every pronoun would be quadratic.
const REACH_MENTIONS: usize = 64;

/// How many named persons with a role the article keeps for `der Minister` beyond
/// [`REACH`]: the few persons a news article introduces by their office.
const ROLE_HOLDERS: usize = 16;

/// The head noun of a name, lower case, without a dative plural `-n`: `Berliner
/// Regierungskreisen` and `Berliner Regierungskreise` share `regierungskreise`.
pub fn head_noun(name: &str) -> String {
    let mut last = name.split_whitespace().last().unwrap_or("").to_lowercase();
    let kept = last.trim_end_matches('n').len();
    last.truncate(kept);
    last
}

/// The actors mentioned so far, most recent last.
///
/// Bounded: only the last [`REACH_MENTIONS`] mentions are kept for anaphors, and the
/// head-noun look-up ([`History::with_head`]) goes through an index holding, per head
/// noun, the two most recent actors of different names; memory and time per mention do
/// not grow with the article.
#[derive(Debug, Default)]
pub struct History {
    entries: std::collections::VecDeque<(usize, Entity, bool)>,
    /// Head noun → the most recent actor with a country and that head, then the most
    /// recent one whose name differs from the first.
    heads: std::collections::HashMap<String, (Entity, Option<Entity>)>,
    /// Named persons introduced with a role (`Außenministerin Anna Beispiel`), most
    /// recent last, one entry each.
    role_holders: std::collections::VecDeque<(Entity, usize)>,
}

impl History {
    /// Records an actor mentioned in sentence `sentence`; `subject_like` when it stood
    /// where a subject can (no preposition, not a genitive, not inside a quotation).
    pub fn push(&mut self, sentence: usize, entity: Entity, subject_like: bool) {
        if entity.kind == ActorKind::Person {
            // Each mention of a holder counts; a person is kept as first mentioned with a
            // role (`Außenministerin Anna Beispiel`, later `Beispiel`, `der Ministerin`).
            let at = self
                .role_holders
                .iter()
                .position(|(e, _)| e.same_as(&entity));
            let kept = match at.and_then(|k| self.role_holders.remove(k)) {
                Some((earlier, count)) => Some((earlier, count + 1)),
                None => entity.role.is_some().then(|| (entity.clone(), 1)),
            };
            if let Some(kept) = kept {
                if self.role_holders.len() == ROLE_HOLDERS {
                    self.role_holders.pop_front();
                }
                self.role_holders.push_back(kept);
            }
        }
        if entity.country.is_some() {
            let head = head_noun(&entity.name);
            match self.heads.get_mut(&head) {
                Some((latest, other)) => {
                    if latest.name != entity.name {
                        *other = Some(std::mem::replace(latest, entity.clone()));
                    } else {
                        *latest = entity.clone();
                    }
                }
                None => {
                    self.heads.insert(head, (entity.clone(), None));
                }
            }
        }
        if self.entries.len() == REACH_MENTIONS {
            self.entries.pop_front();
        }
        self.entries.push_back((sentence, entity, subject_like));
    }

    /// `des Papstes` resolved to a person the lexicon names without a role: that person
    /// holds the role written (`role`), for [`History::named_by_role`] later on.
    pub fn note_role(&mut self, entity: &Entity, role: &str) {
        if entity.kind != ActorKind::Person
            || self.role_holders.iter().any(|(e, _)| e.same_as(entity))
        {
            return;
        }
        if self.role_holders.len() == ROLE_HOLDERS {
            self.role_holders.pop_front();
        }
        let mut holder = entity.clone();
        holder.role = Some(role.to_string());
        self.role_holders.push_back((holder, 0));
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
        let (latest, other) = self.heads.get(&wanted)?;
        if latest.name != name {
            Some(latest.clone())
        } else {
            other.clone()
        }
    }

    /// `A und B wollen klagen. Sie halten …`: where a recent sentence named two persons
    /// or more in subject position and no group or organisation, and the sentences after
    /// it name no one else there but persons, a plural `sie` refers to them: all of them,
    /// in the order named, each once.
    fn persons_together(&self, sentence: usize) -> Vec<&Entity> {
        let subjects: Vec<&(usize, Entity, bool)> = self
            .entries
            .iter()
            .filter(|(s, _, subject)| *subject && sentence.saturating_sub(*s) <= REACH)
            .collect();
        let mut sentences: Vec<usize> = subjects.iter().map(|(s, _, _)| *s).collect();
        sentences.dedup();
        for &at in sentences.iter().rev() {
            let there: Vec<&Entity> = subjects
                .iter()
                .filter(|(s, _, _)| *s == at)
                .map(|(_, e, _)| e)
                .collect();
            if there.iter().any(|e| e.plural || e.kind == ActorKind::Group) {
                return Vec::new();
            }
            let mut persons: Vec<&Entity> = Vec::new();
            for e in there.iter().copied() {
                if e.kind == ActorKind::Person && !persons.iter().any(|p| p.same_as(e)) {
                    persons.push(e);
                }
            }
            if persons.len() >= 2 {
                return persons;
            }
            if persons.len() != there.len() || persons.is_empty() {
                return Vec::new();
            }
        }
        Vec::new()
    }

    /// The others a plural `sie` in sentence `sentence` stands for besides the actor
    /// [`History::resolve`] gives (`A und B wollen klagen. Sie halten …` → B): one
    /// statement each. Empty for any other target.
    pub fn together(&self, target: &Target, sentence: usize) -> Vec<Entity> {
        match target {
            Target::Pronoun(Gender::U) => self
                .persons_together(sentence)
                .into_iter()
                .skip(1)
                .cloned()
                .collect(),
            _ => Vec::new(),
        }
    }

    /// `Die Organisation` after `Die Hamas übernahm …`: the most recent organisation or
    /// group of the last [`REACH`] sentences that `named` accepts (one with a name of its
    /// own, not another bare description), those in subject position first.
    pub fn described(&self, sentence: usize, named: impl Fn(&Entity) -> bool) -> Option<Entity> {
        self.recent(sentence)
            .find(|e| matches!(e.kind, ActorKind::Organization | ActorKind::Group) && named(e))
            .cloned()
    }

    /// `Die Ministerin` after `Außenministerin Anna Beispiel`: a definite role noun in the
    /// singular refers to a named person of the article introduced with that role or a
    /// more specific one (a compound ending in it, in the singular), of the same gender:
    /// the one mentioned most often, then the most recent.
    pub fn named_by_role(&self, lexicon: &Lexicon, role: &str, gender: Gender) -> Option<Entity> {
        if gender == Gender::U {
            return None;
        }
        // The nominative singular of a role, folded; none for a plural form.
        let key = |written: &str| -> Option<String> {
            // A hyphenated modifier stays (`BDI-Präsident` is no `Bundestagspräsident`).
            let last = written.split_whitespace().last()?;
            if lexicon.role_form_gender(last) == Some(Gender::U) {
                return None;
            }
            let base = lexicon
                .role_nominative(last, true)
                .unwrap_or_else(|| last.to_string());
            Some(crate::text::fold_same_length(&base))
        };
        let wanted = key(role)?;
        if wanted.chars().count() < 4 {
            return None;
        }
        // The most salient of them: the one mentioned most often, then the most recent.
        self.role_holders
            .iter()
            .rev()
            .filter(|(e, _)| {
                (e.gender == gender || e.gender == Gender::U)
                    && e.role
                        .as_deref()
                        .and_then(key)
                        .is_some_and(|r| r.ends_with(&wanted))
            })
            .fold(None::<&(Entity, usize)>, |best, candidate| match best {
                Some(b) if b.1 >= candidate.1 => Some(b),
                _ => Some(candidate),
            })
            .map(|(e, _)| e.clone())
    }

    /// The actor `target` refers to in sentence `sentence`, if one fits.
    pub fn resolve(&self, target: &Target, sentence: usize) -> Option<Entity> {
        match target {
            Target::Entity(e) => Some(e.clone()),
            // `er`: the most recent man, named or an unnamed one named by a masculine role
            // (`ein Sprecher`, `der iranische Vize-Außenminister`).
            Target::Pronoun(Gender::M) => self
                .recent(sentence)
                .find(|e| {
                    e.gender == Gender::M
                        && (e.kind == ActorKind::Person
                            || (e.kind == ActorKind::Anonymous && e.role.is_some() && !e.plural))
                })
                .cloned(),
            // `sie` with a plural verb (`Pronoun(U)`): a group, else an organisation
            // (`die Grünen`); never one person, nor a state (`es`, or a singular `sie`).
            Target::Pronoun(Gender::U) => self
                .persons_together(sentence)
                .first()
                .copied()
                .or_else(|| {
                    self.recent(sentence)
                        .find(|e| e.plural || e.kind == ActorKind::Group)
                })
                .or_else(|| {
                    self.recent(sentence)
                        .find(|e| e.kind == ActorKind::Organization && e.role.is_none())
                })
                .cloned(),
            // `sie`: a woman or feminine institution, or a group where the verb does not
            // tell.
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

/// Whether a mention written `written` for `entity` is a definite description of a
/// group or body by its kind alone (`die Organisation`, `der Gruppe`, `die Führung`):
/// no name and no state of its own, a definite determiner, no attribute after it
/// (`die Führung der Partei` names whom it leads) and no name (`die Organisation
/// Human Rights Watch`). `next` is the word after it.
pub fn is_definite_description(
    lexicon: &Lexicon,
    entity: &Entity,
    determiner: Option<&str>,
    next: Option<&str>,
) -> bool {
    let bare = entity.country.is_none()
        && entity.person.is_none()
        && entity.kind == ActorKind::Organization
        && (lexicon
            .word_classes
            .contains(WordClass::GroupHead, &entity.name)
            || lexicon
                .word_classes
                .contains(WordClass::Leadership, &entity.name));
    bare && matches!(
        determiner,
        Some("die" | "der" | "das" | "dem" | "den" | "des")
    ) && !next.is_some_and(|w| {
        // An attribute or a name follows (`die Organisation Human Rights Watch`).
        matches!(w, "der" | "des" | "von" | "vom" | "„" | "\"" | "»")
            || w.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Whether an actor has a name of its own, not only a noun of its kind (`Hamas`, not
/// `Organisation` or `Polizei`).
pub fn has_own_name(lexicon: &Lexicon, entity: &Entity) -> bool {
    let kind_noun = |w: &str| {
        lexicon.word_classes.contains(WordClass::GroupHead, w)
            || lexicon.word_classes.contains(WordClass::Leadership, w)
            || crate::extract::mentions::is_institution_noun(lexicon, w)
    };
    !kind_noun(&entity.name)
}

/// `Die Ministerin`, `der Präsident`: a role noun in the singular after a definite
/// determiner refers to the person named earlier with that role or a more specific one
/// (`Außenministerin Anna Beispiel`), where [`History::named_by_role`] finds one. An
/// indefinite one (`ein Minister`) is someone else, and so is one with an attribute of
/// its own (`der Vorsitzende der Kommission`).
pub fn role_holder(
    lexicon: &Lexicon,
    history: &History,
    m: &Mention,
    text: &str,
) -> Option<Entity> {
    let Target::Role { gender, .. } = &m.target else {
        return None;
    };
    let determiner = m.determiner.as_deref()?;
    if !matches!(determiner, "der" | "die" | "dem" | "den" | "des") {
        return None;
    }
    // `die` before a masculine form is a plural (`die Minister`).
    if determiner == "die" && *gender != Gender::F {
        return None;
    }
    // An attribute or a name after the role specifies another holder (`der Vorsitzende
    // der Selbstverwaltung`, `der Sportchef von X`, `der Minister Anna Beispiel`).
    let next = text[m.end..].split_whitespace().next().unwrap_or("");
    if matches!(next, "der" | "des" | "von" | "vom" | "für" | "aus")
        || next.starts_with(char::is_uppercase)
        || next.starts_with(['„', '"', '»'])
    {
        return None;
    }
    history.named_by_role(lexicon, &text[m.start..m.end], *gender)
}

/// A role noun with no antecedent stands for an unnamed person: `ein Sprecher`, `die
/// Richter`, `die Entführer`. Nothing names their state: they are presumed to speak for
/// `presumed`, the state the article is about.
pub fn generic_role(
    lexicon: &Lexicon,
    m: &Mention,
    text: &str,
    presumed: Option<&str>,
) -> Option<Entity> {
    let Target::Role { office, gender } = &m.target else {
        return None;
    };
    // Named in the nominative whatever its case here (`nach Angaben des Polizeichefs`
    // → `Polizeichef`).
    let written = &text[m.start..m.end];
    // A determiner of the singular only (`des`, `eines`, `dem`, `einem`, `einen`) tells
    // a genitive singular from a plural of the same form (`des Diplomaten`).
    let singular = m
        .determiner
        .as_deref()
        .is_some_and(|d| matches!(d, "des" | "eines" | "dem" | "einem" | "einen"));
    let name = lexicon
        .role_nominative(written, singular)
        .unwrap_or_else(|| written.to_string());
    let mut entity = Entity::new(name, ActorKind::Anonymous);
    entity.gender = *gender;
    entity.office = office.clone();
    entity.role = Some(entity.name.clone());
    entity.plural = *gender == Gender::U;
    entity.presumed = presumed.map(str::to_string);
    Some(entity)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(name: &str) -> Entity {
        let mut e = Entity::new(name, ActorKind::Organization);
        e.country = Some("DEU".into());
        e
    }

    fn person(name: &str, gender: Gender) -> Entity {
        let mut e = Entity::new(name, ActorKind::Person);
        e.gender = gender;
        e
    }

    #[test]
    fn er_takes_the_most_recent_man_named_or_by_role() {
        let mut history = History::default();
        history.push(1, person("Bernd Muster", Gender::M), true);
        let mut deputy = Entity::new("iranische Vize-Außenminister", ActorKind::Anonymous);
        deputy.gender = Gender::M;
        deputy.role = Some("Vize-Außenminister".into());
        history.push(2, deputy, true);
        let er = history.resolve(&Target::Pronoun(Gender::M), 3).unwrap();
        assert_eq!(er.name, "iranische Vize-Außenminister");
        // A man named after the role is the more recent one.
        history.push(3, person("Bernd Muster", Gender::M), true);
        let er = history.resolve(&Target::Pronoun(Gender::M), 4).unwrap();
        assert_eq!(er.name, "Bernd Muster");
    }

    #[test]
    fn plural_sie_after_two_persons_takes_both() {
        let mut history = History::default();
        history.push(1, actor("Bundesregierung"), true);
        history.push(2, person("Anna Beispiel", Gender::F), true);
        history.push(2, actor("SPD"), true);
        history.push(2, person("Bernd Muster", Gender::M), true);
        history.push(2, actor("Grüne"), true);
        let plural = history.resolve(&Target::Pronoun(Gender::U), 3).unwrap();
        assert_eq!(plural.name, "Anna Beispiel");
        let others = history.together(&Target::Pronoun(Gender::U), 3);
        assert_eq!(others.len(), 1);
        assert_eq!(others[0].name, "Bernd Muster");
        // Singular `sie` and `er` stand for one.
        assert!(history.together(&Target::Pronoun(Gender::F), 3).is_empty());
        // A sentence with one of them only between: still both.
        history.push(3, person("Anna Beispiel", Gender::F), true);
        let plural = history.resolve(&Target::Pronoun(Gender::U), 4).unwrap();
        assert_eq!(plural.name, "Anna Beispiel");
        // One person alone is no antecedent of a plural `sie`.
        let mut history = History::default();
        history.push(2, person("Anna Beispiel", Gender::F), true);
        history.push(2, actor("SPD"), true);
        let plural = history.resolve(&Target::Pronoun(Gender::U), 3).unwrap();
        assert_eq!(plural.name, "SPD");
        assert!(history.together(&Target::Pronoun(Gender::U), 3).is_empty());
    }

    #[test]
    fn plural_sie_takes_the_group_and_er_the_man() {
        let mut history = History::default();
        let mut group = actor("Die Gewerkschaften");
        group.plural = true;
        history.push(0, group, true);
        history.push(1, person("Anna Beispiel", Gender::F), true);
        history.push(1, person("Karl Muster", Gender::M), false);
        // Plural `sie` never stands for one person.
        let mut alone = History::default();
        alone.push(0, person("Anna Beispiel", Gender::F), true);
        assert!(alone.resolve(&Target::Pronoun(Gender::U), 1).is_none());
        let plural = history.resolve(&Target::Pronoun(Gender::U), 2).unwrap();
        assert_eq!(plural.name, "Die Gewerkschaften");
        let singular = history.resolve(&Target::Pronoun(Gender::F), 2).unwrap();
        assert_eq!(singular.name, "Anna Beispiel");
        let he = history.resolve(&Target::Pronoun(Gender::M), 2).unwrap();
        assert_eq!(he.name, "Karl Muster");
    }

    #[test]
    fn a_definite_role_refers_to_the_named_holder_of_a_more_specific_role() {
        let lexicon = Lexicon::builtin();
        let mut history = History::default();
        let mut minister = person("Erika Beispielfrau", Gender::F);
        minister.role = Some("Außenministerin".into());
        history.push(0, minister, true);
        let mut president = person("Otto Muster", Gender::M);
        president.role = Some("Bundestagspräsident".into());
        history.push(1, president, true);
        // Far beyond the anaphor window, by compound head and gender.
        let found = history.named_by_role(&lexicon, "Ministerin", Gender::F);
        assert_eq!(found.unwrap().name, "Erika Beispielfrau");
        assert!(history
            .named_by_role(&lexicon, "Minister", Gender::M)
            .is_none());
        assert_eq!(
            history
                .named_by_role(&lexicon, "Präsident", Gender::M)
                .unwrap()
                .name,
            "Otto Muster"
        );
        // A hyphenated modifier names another role; a plural names no one.
        assert!(history
            .named_by_role(&lexicon, "BDI-Präsident", Gender::M)
            .is_none());
        assert!(history
            .named_by_role(&lexicon, "Minister", Gender::U)
            .is_none());
        // Of two holders, the one mentioned more often.
        let mut other = person("Karl Beispiel", Gender::M);
        other.role = Some("Präsident".into());
        history.push(2, other, true);
        history.push(3, person("Otto Muster", Gender::M), true);
        history.push(3, person("Otto Muster", Gender::M), true);
        let found = history.named_by_role(&lexicon, "Präsident", Gender::M);
        assert_eq!(found.unwrap().name, "Otto Muster");
        // A role written in a plural form makes no holder (`den Ermittlern X`).
        let mut wrong = person("Hans Probe", Gender::M);
        wrong.role = Some("Ermittlern".into());
        history.push(4, wrong, true);
        assert!(history
            .named_by_role(&lexicon, "Ermittler", Gender::M)
            .is_none());
    }

    #[test]
    fn die_ministerin_is_the_minister_named_before_ein_minister_is_not() {
        let text = "Außenministerin Erika Beispielfrau traf am Montag ihren Amtskollegen. \
                    Die Ministerin kritisierte den Plan der Regierung scharf. \
                    Ein Minister lobte dagegen den Plan. \
                    Der Vorsitzende der Kommission sagte, der Plan sei gut.";
        let found = crate::extract::actor_names(text);
        assert_eq!(
            found,
            [
                "Erika Beispielfrau",
                "Erika Beispielfrau",
                "Minister",
                "Vorsitzende der Kommission"
            ]
        );
    }

    /// The old worst case: every mention scanned the whole history (quadratic in a
    /// megabyte of text). Now the anaphor window and the head index stay small.
    #[test]
    fn history_is_bounded_and_head_lookup_indexed() {
        let mut history = History::default();
        history.push(0, actor("Berliner Regierungskreise"), true);
        for i in 0..10_000 {
            history.push(i, actor(&format!("Verband {i}")), true);
        }
        assert_eq!(history.entries.len(), REACH_MENTIONS);
        let found = history
            .with_head("die Regierungskreisen")
            .expect("indexed by head");
        assert_eq!(found.name, "Berliner Regierungskreise");
        // The most recent one of another name: its own name is not an antecedent.
        assert!(history.with_head("Berliner Regierungskreise").is_none());
        history.push(10_001, actor("Pariser Regierungskreise"), true);
        let found = history.with_head("Pariser Regierungskreise").unwrap();
        assert_eq!(found.name, "Berliner Regierungskreise");
    }
}
