//! Consistency checks beyond parsing: unknown codes, overlapping terms of single-holder
//! offices, and names claimed by two persons in office at the same time.

use super::CuePos;
use super::Lexicon;
use crate::text::fold_search;
use std::collections::HashMap;

/// Offices that one person holds at a time for a state or organisation.
const SINGLE_HOLDER: &[&str] = &[
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "secretary_general",
    "high_representative",
];

/// Terms that touch for this many days (a hand-over day) are not an overlap.
const HANDOVER_DAYS: i64 = 1;

/// What `lexicon check` found.
#[derive(Debug, Default, Clone)]
pub struct CheckReport {
    /// Inconsistencies that make the lexicon wrong.
    pub errors: Vec<String>,
}

impl CheckReport {
    /// Whether nothing was found.
    pub fn is_clean(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Checks a loaded lexicon.
pub fn check(lexicon: &Lexicon) -> CheckReport {
    let mut report = CheckReport::default();
    for o in &lexicon.organizations {
        for (what, code) in [("country", &o.country), ("parent", &o.parent)] {
            if let Some(code) = code {
                if !lexicon.knows_code(code) {
                    report.errors.push(format!(
                        "organisation {} ({}): unknown {what} code `{code}`",
                        o.id, o.name
                    ));
                }
            }
        }
    }
    for r in &lexicon.roles {
        for code in &r.countries {
            if !lexicon.knows_code(code) {
                report
                    .errors
                    .push(format!("role {}: unknown country code `{code}`", r.label()));
            }
        }
    }
    // A frame's nouns are noun cues: the frame gives them a speaker, the cue a predicate.
    for f in &lexicon.frames {
        for noun in &f.nouns {
            let known = lexicon
                .cues
                .iter()
                .any(|c| c.lemma == *noun && c.pos == CuePos::Noun);
            if !known {
                report.errors.push(format!(
                    "frame {}: `{noun}` is no noun of the cue lexicon",
                    f.verb
                ));
            }
        }
    }
    // Single-holder offices: no two persons in the same office of the same state at once.
    let mut terms: HashMap<(&str, &str), Vec<(usize, usize)>> = HashMap::new();
    for (p, person) in lexicon.persons.iter().enumerate() {
        for (t, term) in person.offices.iter().enumerate() {
            if SINGLE_HOLDER.contains(&term.office.as_str()) {
                terms
                    .entry((term.office.as_str(), term.of.as_str()))
                    .or_default()
                    .push((p, t));
            }
        }
    }
    let mut keys: Vec<_> = terms.keys().copied().collect();
    keys.sort();
    for key in keys {
        let list = &terms[&key];
        for (a, &(pa, ta)) in list.iter().enumerate() {
            for &(pb, tb) in &list[a + 1..] {
                let (x, y) = (
                    &lexicon.persons[pa].offices[ta],
                    &lexicon.persons[pb].offices[tb],
                );
                if x.days.overlap(&y.days) > HANDOVER_DAYS {
                    report.errors.push(format!(
                        "overlapping terms of {} of {}: {} ({}–{}) and {} ({}–{})",
                        key.0,
                        key.1,
                        lexicon.persons[pa].name,
                        x.start,
                        x.end,
                        lexicon.persons[pb].name,
                        y.start,
                        y.end
                    ));
                }
            }
        }
    }
    // A written name (full name or alias) claimed by two persons whose terms overlap.
    let mut claims: HashMap<String, Vec<usize>> = HashMap::new();
    for (p, person) in lexicon.persons.iter().enumerate() {
        for name in std::iter::once(&person.name).chain(&person.aliases) {
            let list = claims.entry(fold_search(name)).or_default();
            if !list.contains(&p) {
                list.push(p);
            }
        }
    }
    let mut names: Vec<_> = claims.iter().filter(|(_, v)| v.len() > 1).collect();
    names.sort();
    for (name, list) in names {
        for (a, &pa) in list.iter().enumerate() {
            for &pb in &list[a + 1..] {
                let overlapping = lexicon.persons[pa].offices.iter().any(|x| {
                    lexicon.persons[pb]
                        .offices
                        .iter()
                        .any(|y| x.days.overlap(&y.days) > HANDOVER_DAYS)
                });
                if overlapping {
                    report.errors.push(format!(
                        "the name `{name}` is claimed by {} and {}, both in office at the same time",
                        lexicon.persons[pa].name, lexicon.persons[pb].name
                    ));
                }
            }
        }
    }
    report
}
