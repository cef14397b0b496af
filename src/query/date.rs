//! Dates as articles give them: a year, a month or a day (`2025`, `2025-09`,
//! `2025-09-04`). A partial date stands for every day it covers, so a range filter keeps
//! a statement dated `2025-09` for `--since 2025-09-15` (the month overlaps the range).

use std::fmt;

/// A date with optional month and day, validated (month 1–12, a day that exists).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    /// The year.
    pub year: u16,
    /// The month (1–12), if given.
    pub month: Option<u8>,
    /// The day of the month, if given (only with a month).
    pub day: Option<u8>,
}

/// A day as `(year, month, day)`, comparable in calendar order.
pub type Day = (u16, u8, u8);

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` for anything else.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let text = text.trim();
        let mut parts = text.split('-');
        let year = parts.next().filter(|y| y.len() == 4)?;
        let year: u16 = digits(year)?;
        let month = match parts.next() {
            None => None,
            Some(m) if m.len() == 2 => Some(digits::<u8>(m).filter(|m| (1..=12).contains(m))?),
            Some(_) => return None,
        };
        let day = match parts.next() {
            None => None,
            Some(d) if d.len() == 2 => {
                let d: u8 = digits(d)?;
                let last = days_in_month(year, month?);
                Some(Some(d).filter(|d| (1..=last).contains(d))?)
            }
            Some(_) => return None,
        };
        if parts.next().is_some() {
            return None;
        }
        Some(PartialDate { year, month, day })
    }

    /// The first day the date covers.
    pub fn first_day(&self) -> Day {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date covers.
    pub fn last_day(&self) -> Day {
        let month = self.month.unwrap_or(12);
        (
            self.year,
            month,
            self.day.unwrap_or_else(|| days_in_month(self.year, month)),
        )
    }
}

impl std::str::FromStr for PartialDate {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        PartialDate::parse(text)
            .ok_or_else(|| format!("`{text}` is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// An inclusive range of days; either end may be open.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DateRange {
    /// Keep statements that may fall on or after this date.
    pub since: Option<PartialDate>,
    /// Keep statements that may fall on or before this date.
    pub until: Option<PartialDate>,
}

impl DateRange {
    /// Whether the range is open at both ends (keeps everything, undated included).
    pub fn is_open(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }

    /// Whether a statement dated `date` (as the article gives it) overlaps the range.
    /// Undated statements, and dates that do not parse, only pass an open range.
    pub fn admits(&self, date: Option<&str>) -> bool {
        if self.is_open() {
            return true;
        }
        let Some(date) = date.and_then(PartialDate::parse) else {
            return false;
        };
        let after = match self.since {
            Some(s) => date.last_day() >= s.first_day(),
            None => true,
        };
        let before = match self.until {
            Some(u) => date.first_day() <= u.last_day(),
            None => true,
        };
        after && before
    }
}

fn digits<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    // Leap years: divisible by 4 but not by 100, or by 400.
    let leap = matches!((year % 4, year % 100, year % 400), (0, 1.., _) | (_, _, 0));
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_forms_and_rejects_the_rest() {
        assert_eq!(PartialDate::parse("2025").unwrap().to_string(), "2025");
        assert_eq!(
            PartialDate::parse("2025-03").unwrap().to_string(),
            "2025-03"
        );
        assert_eq!(
            PartialDate::parse("2024-02-29").unwrap().to_string(),
            "2024-02-29"
        );
        assert!(PartialDate::parse("2000-02-29").is_some());
        assert!(PartialDate::parse("1900-02-29").is_none());
        for bad in [
            "",
            "25",
            "2025-3",
            "2025-13",
            "2025-02-29",
            "2025-04-31",
            "2025-01-01-01",
            "x025",
            "2025-09-4",
        ] {
            assert!(PartialDate::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn partial_dates_overlap_ranges() {
        let range = DateRange {
            since: PartialDate::parse("2025-03-15"),
            until: PartialDate::parse("2025-09-04"),
        };
        assert!(range.admits(Some("2025-03")));
        assert!(range.admits(Some("2025-09-04")));
        assert!(!range.admits(Some("2025-09-05")));
        assert!(!range.admits(Some("2025-02")));
        assert!(!range.admits(None));
        assert!(!range.admits(Some("gestern")));
        assert!(DateRange::default().admits(None));
        let month = DateRange {
            since: None,
            until: PartialDate::parse("2025-02"),
        };
        assert!(month.admits(Some("2025-02-28")));
        assert!(!month.admits(Some("2025-03-01")));
    }
}
