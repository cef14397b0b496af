//! Dates as articles give them: a year, a month or a day (`2025`, `2025-09`,
//! `2025-09-04`). A partial date stands for every day it covers, so a range filter keeps
//! a statement dated `2025-09` for `--since 2025-09-15` (the month overlaps the range).

/// The article date type of [`crate::ingest`], seen as the days it covers.
pub use crate::ingest::ArticleDate as PartialDate;

/// A day as `(year, month, day)`, comparable in calendar order.
pub type Day = (u16, u8, u8);

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
