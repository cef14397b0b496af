//! Offices: which of a person's offices says whom they speak for on a given day, and who
//! held an office on a day.

use super::{Lexicon, OfficeTerm};

/// Offices ranked by how strongly they define whom a person speaks for.
const OFFICE_RANK: &[&str] = &[
    "secretary_general",
    "president",
    "high_representative",
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "government_spokesperson",
    "foreign_ministry_spokesperson",
    "deputy_head_of_government",
    "special_envoy",
    "interior_minister",
    "finance_minister",
    "economy_minister",
    "justice_minister",
    "minister",
    "ambassador",
    "chief_of_staff",
    "opposition_leader",
    "party_leader",
];

impl Lexicon {
    /// The office a person held at `day` that best says whom they speak for; without a
    /// day, or with no office on that day, the nearest term in time (earlier preferred).
    pub fn office_at(&self, person: usize, day: Option<i64>) -> Option<&OfficeTerm> {
        let offices = &self.persons[person].offices;
        let rank = |o: &OfficeTerm| {
            OFFICE_RANK
                .iter()
                .position(|r| *r == o.office)
                .unwrap_or(OFFICE_RANK.len())
        };
        match day {
            Some(day) => {
                let current = offices
                    .iter()
                    .filter(|o| o.days.contains(day))
                    .min_by_key(|o| rank(o));
                current.or_else(|| {
                    offices.iter().min_by_key(|o| {
                        let distance = o.days.distance(day);
                        // A later office counts double: a past office tells more.
                        let future = o.days.start.is_some_and(|s| s > day);
                        (if future { distance * 2 } else { distance }, rank(o))
                    })
                })
            }
            None => offices
                .iter()
                .max_by_key(|o| (o.days.end.unwrap_or(i64::MAX), std::cmp::Reverse(rank(o)))),
        }
    }

    /// Whom a person speaks for at `day` (see [`Lexicon::office_at`]).
    pub fn person_country(&self, person: usize, day: Option<i64>) -> Option<String> {
        self.office_at(person, day)
            .and_then(|o| self.speaks_for(&o.of))
    }

    /// Whether the person held any office on `day`.
    pub fn in_office(&self, person: usize, day: i64) -> bool {
        self.persons[person]
            .offices
            .iter()
            .any(|o| o.days.contains(day))
    }

    /// Who held `office` of `of` on `day` (the one who took it last, if terms overlap).
    pub fn holder(&self, office: &str, of: &str, day: i64) -> Option<usize> {
        let holders = self.holders.get(&(office.to_string(), of.to_string()))?;
        holders
            .iter()
            .filter(|(_, days)| days.contains(day))
            .max_by_key(|(_, days)| days.start.unwrap_or(i64::MIN))
            .map(|(p, _)| *p)
    }
}
