//! Abbreviations and month names that a period after them does not end a sentence with.
//! The list is data (`abbreviations.txt`); this module only loads it.

use std::collections::HashSet;
use std::sync::OnceLock;

const ABBREVIATIONS: &str = include_str!("abbreviations.txt");

/// German month names and their abbreviations, for ordinal dates (`4. September`).
pub const MONTHS: &[&str] = &[
    "Januar",
    "Jänner",
    "Februar",
    "Feber",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
    "Jan",
    "Feb",
    "Mär",
    "Mrz",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Okt",
    "Nov",
    "Dez",
];

/// Whether `word` (without its period) is a known abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| {
        ABBREVIATIONS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });
    set.contains(word)
}
