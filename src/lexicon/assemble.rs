//! Assembling a [`Lexicon`] from parsed tables: later files extend or override earlier
//! records, offices are attached to their persons, and the name, cue and topic indexes
//! are built once.

use super::index::{Surface, SurfaceIndex, SurfaceIndexBuilder};
use super::load::{self, FileKind};
use super::model::{Country, Evaluation, Frame, Gender, Organization, Person, Role, Topic};
use super::tsv::{self, Table};
use super::word_classes::{self, WordClasses};
use super::{forms, CueForm, DayRange, Lexicon};
use crate::error::{Error, Result};
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;
use std::sync::OnceLock;

impl Lexicon {
    /// Merges the tables, in the order given, into one lexicon with its indexes.
    pub(super) fn from_tables(
        tables: &[(FileKind, Table)],
        sources: Vec<String>,
    ) -> Result<Lexicon> {
        let mut countries: Vec<Country> = Vec::new();
        let mut organizations: Vec<Organization> = Vec::new();
        let mut persons: Vec<Person> = Vec::new();
        let mut office_rows = Vec::new();
        let mut roles = Vec::new();
        let mut cues = Vec::new();
        let mut topics: Vec<Topic> = Vec::new();
        let mut evaluations: Vec<Evaluation> = Vec::new();
        let mut frames: Vec<Frame> = Vec::new();
        let mut word_classes = WordClasses::default();
        let mut given_names = HashMap::new();
        // Tables in the order given; later records with the same key extend earlier ones.
        for (kind, table) in tables {
            match kind {
                FileKind::Countries => {
                    for c in load::countries(table)? {
                        match countries.iter_mut().find(|old| old.code == c.code) {
                            Some(old) => merge_country(old, c),
                            None => countries.push(c),
                        }
                    }
                }
                FileKind::Organizations => {
                    for o in load::organizations(table)? {
                        match organizations.iter_mut().find(|old| old.id == o.id) {
                            Some(old) => {
                                extend_unique(&mut old.aliases, o.aliases);
                                old.name = o.name;
                                old.kind = o.kind;
                                old.country = o.country.or(old.country.take());
                                old.parent = o.parent.or(old.parent.take());
                            }
                            None => organizations.push(o),
                        }
                    }
                }
                FileKind::Persons => {
                    for p in load::persons(table)? {
                        let same = persons.iter_mut().find(|old| {
                            (p.qid.is_some() && old.qid == p.qid)
                                || (p.qid.is_none() && old.name == p.name)
                        });
                        match same {
                            Some(old) => {
                                extend_unique(&mut old.aliases, p.aliases);
                                if old.name != p.name {
                                    let previous = std::mem::replace(&mut old.name, p.name);
                                    extend_unique(&mut old.aliases, vec![previous]);
                                }
                                old.gender = p.gender;
                            }
                            None => persons.push(p),
                        }
                    }
                }
                FileKind::Offices => {
                    for row in load::offices(table)? {
                        office_rows.push((table.path.clone(), row));
                    }
                }
                FileKind::Roles => roles.extend(load::roles(table)?),
                FileKind::Cues => cues.extend(load::cues(table)?),
                FileKind::Topics => {
                    for t in load::topics(table)? {
                        match topics.iter_mut().find(|old| old.id == t.id) {
                            Some(old) => {
                                for term in t.terms {
                                    if !old.terms.contains(&term) {
                                        old.terms.push(term);
                                    }
                                }
                            }
                            None => topics.push(t),
                        }
                    }
                }
                FileKind::GivenNames => given_names.extend(load::given_names(table)?),
                // A later file's entry for a term replaces the earlier one.
                FileKind::Evaluations => {
                    for e in load::evaluations(table)? {
                        evaluations.retain(|old| old.term != e.term || old.prefix != e.prefix);
                        evaluations.push(e);
                    }
                }
                // A later file's frame for a verb and speaker replaces the earlier one.
                FileKind::Frames => {
                    for f in load::frames(table)? {
                        frames.retain(|old| old.verb != f.verb || old.speaker != f.speaker);
                        frames.push(f);
                    }
                }
                FileKind::WordClasses => {
                    for (class, word) in word_classes::load(table)? {
                        word_classes.add(class, &word);
                    }
                }
            }
        }
        for p in &mut persons {
            if p.gender == Gender::U {
                if let Some(&g) = p
                    .name
                    .split_whitespace()
                    .next()
                    .and_then(|first| given_names.get(first))
                {
                    p.gender = g;
                }
            }
        }
        let country_by_code: HashMap<String, usize> = countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i))
            .collect();
        let organization_by_id: HashMap<String, usize> = organizations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.id.clone(), i))
            .collect();
        let person_by_key: HashMap<String, usize> = persons
            .iter()
            .enumerate()
            .flat_map(|(i, p)| {
                let mut keys = vec![(p.name.clone(), i)];
                if let Some(q) = &p.qid {
                    keys.push((q.clone(), i));
                }
                keys
            })
            .collect();
        for (path, row) in office_rows {
            let Some(&person) = person_by_key.get(&row.person) else {
                return Err(tsv::lexicon_error(
                    &path,
                    row.line,
                    1,
                    format!(
                        "office of unknown person `{}` (no such QID or name in persons)",
                        row.person
                    ),
                ));
            };
            if !country_by_code.contains_key(&row.term.of)
                && !organization_by_id.contains_key(&row.term.of)
            {
                return Err(tsv::lexicon_error(
                    &path,
                    row.line,
                    1,
                    format!("office of unknown state or organisation `{}`", row.term.of),
                ));
            }
            let offices = &mut persons[person].offices;
            let duplicate = offices.iter().any(|o| {
                o.office == row.term.office && o.of == row.term.of && o.days == row.term.days
            });
            if !duplicate {
                offices.push(row.term);
            }
        }
        let mut holders: HashMap<(String, String), Vec<(usize, DayRange)>> = HashMap::new();
        for (i, p) in persons.iter().enumerate() {
            for o in &p.offices {
                holders
                    .entry((o.office.clone(), o.of.clone()))
                    .or_default()
                    .push((i, o.days));
            }
        }

        let surfaces = build_surfaces(&countries, &organizations, &persons, &roles);
        let mut cue_forms: super::WordKeyed<Vec<CueForm>> = Default::default();
        for (i, cue) in cues.iter().enumerate() {
            for form in &cue.forms {
                let folded = crate::text::fold_same_length(form);
                let needs_particle = cue.particle.as_deref().is_some_and(|p| {
                    !folded.starts_with(&crate::text::fold_same_length(p)) && !form.contains(' ')
                });
                let words = folded.split_whitespace().count().min(255) as u8;
                let key = folded.split_whitespace().next().unwrap_or("").to_string();
                let entry = cue_forms.entry(key).or_default();
                let form = CueForm {
                    cue: i as u32,
                    needs_particle,
                    words,
                };
                if !entry.contains(&form) {
                    entry.push(form);
                }
            }
        }
        let cue_words: Vec<super::CueWords> = cues.iter().map(super::CueWords::new).collect();
        let mut phrase_starts: super::WordKeyed<super::WordKeyed<()>> = Default::default();
        for phrase in cue_words.iter().flat_map(|w| &w.phrases) {
            if let [first, second, ..] = phrase.as_slice() {
                phrase_starts
                    .entry(first.clone())
                    .or_default()
                    .insert(second.clone(), ());
            }
        }
        let longest_cue_word = cue_forms.keys().map(String::len).max().unwrap_or(0);
        let mut topic_patterns = Vec::new();
        let mut topic_terms = Vec::new();
        for (i, topic) in topics.iter().enumerate() {
            for (term, how) in &topic.terms {
                topic_patterns.push(term.clone());
                topic_terms.push((i, *how));
            }
        }
        let topic_automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&topic_patterns)
            .map_err(Error::Automaton)?;
        Ok(Lexicon {
            countries,
            organizations,
            persons,
            roles,
            cues,
            topics,
            evaluations,
            frames,
            word_classes,
            given_names,
            country_by_code,
            organization_by_id,
            holders,
            surfaces,
            cue_forms,
            cue_words,
            phrase_starts,
            longest_cue_word,
            topic_automaton,
            topic_terms,
            sources,
            role_forms: OnceLock::new(),
            evaluation_terms: OnceLock::new(),
        })
    }
}

fn extend_unique(list: &mut Vec<String>, more: Vec<String>) {
    for item in more {
        if !list.contains(&item) {
            list.push(item);
        }
    }
}

fn merge_country(old: &mut Country, new: Country) {
    let keep = |old: &mut String, new: String| {
        if !new.is_empty() {
            *old = new;
        }
    };
    keep(&mut old.iso2, new.iso2);
    keep(&mut old.name, new.name);
    keep(&mut old.official, new.official);
    extend_unique(&mut old.variants, new.variants);
    extend_unique(&mut old.adjectives, new.adjectives);
    extend_unique(&mut old.prefixes, new.prefixes);
    extend_unique(&mut old.capitals, new.capitals);
    for (o, n) in old.demonyms.iter_mut().zip(new.demonyms) {
        extend_unique(o, n);
    }
}

fn last_word(name: &str) -> Option<&str> {
    let last = name.split_whitespace().last()?;
    (name.split_whitespace().count() > 1).then_some(last)
}

fn build_surfaces(
    countries: &[Country],
    organizations: &[Organization],
    persons: &[Person],
    roles: &[Role],
) -> SurfaceIndex {
    let mut b = SurfaceIndexBuilder::default();
    for (i, c) in countries.iter().enumerate() {
        let i = i as u32;
        for name in std::iter::once(&c.name)
            .chain(std::iter::once(&c.official))
            .chain(&c.variants)
        {
            if name.is_empty() {
                continue;
            }
            b.add(name, Surface::CountryName(i));
            if let Some(g) = forms::genitive(name) {
                b.add(&g, Surface::CountryName(i));
            }
        }
        for stem in &c.adjectives {
            for form in forms::adjective_forms(stem) {
                b.add(&form, Surface::CountryAdjective(i));
            }
        }
        for prefix in &c.prefixes {
            b.add(prefix, Surface::CountryPrefix(i));
        }
        for (forms_list, gender) in c.demonyms.iter().zip([Gender::M, Gender::F, Gender::U]) {
            for form in forms_list {
                b.add(form, Surface::Demonym(i, gender));
                for oblique in forms::demonym_obliques(form) {
                    // `Franzosen` is both a masculine oblique and the plural.
                    let g = if gender == Gender::M && form.ends_with('e') {
                        Gender::M
                    } else {
                        Gender::U
                    };
                    b.add(&oblique, Surface::Demonym(i, g));
                }
            }
        }
        for city in &c.capitals {
            b.add(city, Surface::Capital(i));
            if let Some(adjective) = forms::city_adjective(city) {
                b.add(&adjective, Surface::CapitalAdjective(i));
            }
        }
    }
    for (i, o) in organizations.iter().enumerate() {
        for name in std::iter::once(&o.name).chain(&o.aliases) {
            b.add(name, Surface::Organization(i as u32));
            for form in forms::adjective_phrase_forms(name) {
                b.add(&form, Surface::Organization(i as u32));
            }
        }
    }
    for (i, p) in persons.iter().enumerate() {
        let i = i as u32;
        for name in std::iter::once(&p.name).chain(&p.aliases) {
            let multi = name.split_whitespace().count() > 1;
            b.add(
                name,
                if multi {
                    Surface::PersonName(i)
                } else {
                    Surface::PersonSurname(i)
                },
            );
            if let Some(surname) = last_word(name) {
                b.add(surname, Surface::PersonSurname(i));
                if let Some(g) = forms::genitive(surname) {
                    b.add(&g, Surface::PersonSurname(i));
                }
            } else if let Some(g) = forms::genitive(name) {
                b.add(&g, Surface::PersonSurname(i));
            }
        }
    }
    for (i, r) in roles.iter().enumerate() {
        for (list, gender) in [
            (&r.masculine, Gender::M),
            (&r.feminine, Gender::F),
            (&r.plural, Gender::U),
        ] {
            for form in list {
                b.add(form, Surface::Role(i as u32, gender));
            }
        }
    }
    b.build()
}
