//! The article: the unit of input, with its id, date and source text.

use super::shared::SharedText;
use serde::{Deserialize, Serialize};

/// An article date as given in the input: `YYYY-MM-DD` or `YYYY-MM` (or `YYYY`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleDate {
    /// Year.
    pub year: u16,
    /// Month 1–12, if given.
    pub month: Option<u8>,
    /// Day 1–31, if given.
    pub day: Option<u8>,
}

impl ArticleDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` for anything else, including
    /// impossible months and days.
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.trim().split('-');
        let year_text = parts.next()?;
        if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: u16 = year_text.parse().ok()?;
        let number = |part: Option<&str>| -> Option<Option<u8>> {
            match part {
                None => Some(None),
                Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Some(Some(p.parse().ok()?))
                }
                Some(_) => None,
            }
        };
        let month = number(parts.next())?;
        let day = number(parts.next())?;
        if parts.next().is_some() || (month.is_none() && day.is_some()) {
            return None;
        }
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return None;
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return None;
                }
            }
        }
        Some(ArticleDate { year, month, day })
    }

    /// Days since 0000-03-01 of the given day, for comparisons; a missing month or day
    /// counts as the middle of the period.
    pub fn ordinal(&self) -> i64 {
        let month = self.month.unwrap_or(7);
        let day = self
            .day
            .unwrap_or(if self.month.is_some() { 15 } else { 1 });
        day_number(self.year as i64, month as i64, day as i64)
    }
}

impl ArticleDate {
    /// The first day the date covers, as `(year, month, day)`.
    pub fn first_day(&self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date covers, as `(year, month, day)`.
    pub fn last_day(&self) -> (u16, u8, u8) {
        let month = self.month.unwrap_or(12);
        (
            self.year,
            month,
            self.day.unwrap_or_else(|| days_in_month(self.year, month)),
        )
    }
}

impl std::str::FromStr for ArticleDate {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        ArticleDate::parse(text)
            .ok_or_else(|| format!("`{text}` is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"))
    }
}

impl std::fmt::Display for ArticleDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// Days in `month` of `year` (Gregorian).
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        _ => 28,
    }
}

/// A day number that grows by one each day (a civil-from-days inverse).
pub fn day_number(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe
}

/// Today's date on the system clock (UTC), `YYYY-MM-DD`: the date a lookup is made for
/// when none is given.
pub fn today() -> String {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (year, month, day) = civil_from_days((seconds / 86_400) as i64);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The Gregorian date of the day `days` after 1970-01-01 (Howard Hinnant's
/// `civil_from_days`).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// One news article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The article's id: the file stem of a text file, the `id` field of a JSON Lines record.
    pub id: String,
    /// The date as given in the input (`YYYY-MM-DD` or `YYYY-MM`), if any.
    pub date: Option<String>,
    /// Headline, if known.
    pub title: Option<String>,
    /// Outlet or agency, if known.
    pub source: Option<String>,
    /// Address of the article, if known.
    pub url: Option<String>,
    /// The source text: the whole file for a text file, the `text` field for JSON Lines.
    /// Evidence spans are byte offsets into this string. It is held once and shared
    /// with the statements that quote it ([`SharedText`]).
    pub text: SharedText,
    /// Byte offset where the body starts (after a ` date …` header line), 0 otherwise.
    pub body_start: usize,
}

impl Article {
    /// A new article with only an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<SharedText>) -> Self {
        Article {
            id: id.into(),
            date: None,
            title: None,
            source: None,
            url: None,
            text: text.into(),
            body_start: 0,
        }
    }

    /// Sets the date (builder style).
    pub fn with_date(mut self, date: impl Into<String>) -> Self {
        self.date = Some(date.into());
        self
    }

    /// The parsed date, if the article has a valid one.
    pub fn parsed_date(&self) -> Option<ArticleDate> {
        self.date.as_deref().and_then(ArticleDate::parse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_count_days_from_1970() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(-1), (1969, 12, 31));
        assert_eq!(super::civil_from_days(19_782), (2024, 2, 29));
        let epoch = super::day_number(1970, 1, 1);
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = super::civil_from_days(days);
            assert_eq!(super::day_number(y, m.into(), d.into()) - epoch, days);
        }
        let today = super::today();
        assert!(ArticleDate::parse(&today).is_some(), "{today}");
    }

    #[test]
    fn dates_parse_and_reject_impossible_ones() {
        assert_eq!(
            ArticleDate::parse("2025-09-04").unwrap().to_string(),
            "2025-09-04"
        );
        assert_eq!(
            ArticleDate::parse("2025-03").unwrap().to_string(),
            "2025-03"
        );
        assert!(ArticleDate::parse("2025-02-30").is_none());
        assert!(ArticleDate::parse("2024-02-29").is_some());
        assert!(ArticleDate::parse("2025-13").is_none());
        assert!(ArticleDate::parse("25-01-01").is_none());
        assert!(ArticleDate::parse("2025-1-1").is_none());
    }

    #[test]
    fn ordinals_follow_the_calendar() {
        let a = ArticleDate::parse("2025-02-28").unwrap().ordinal();
        let b = ArticleDate::parse("2025-03-01").unwrap().ordinal();
        assert_eq!(b - a, 1);
        let c = ArticleDate::parse("2024-12-31").unwrap().ordinal();
        let d = ArticleDate::parse("2025-01-01").unwrap().ordinal();
        assert_eq!(d - c, 1);
    }
}
