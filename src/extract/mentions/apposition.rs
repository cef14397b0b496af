//! Appositions: `Hans Müller, Sprecher des Innenministeriums` gives the person the role's
//! country; `die Sprecherin des Außenministeriums, Maria Sacharowa` is the person; `Ed
//! Arnold von der britischen Denkfabrik` takes the country of what follows `von`; a person
//! the text binds to no state is presumed to be of the state the article is about.

use super::{first_token_from, Cursor, Mention, Target};
use crate::extract::entity::ActorKind;

/// Appositions: `Hans Müller, Sprecher des Innenministeriums, …` gives the person the
/// role's country; `die Sprecherin des Außenministeriums, Maria Sacharowa` is the person;
/// `Ed Arnold von der britischen Denkfabrik …` takes the country of what follows `von`.
pub(super) fn apposition_roles(mentions: &mut Vec<Mention>, cursor: &Cursor<'_>) {
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
