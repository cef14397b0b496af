//! Text articles: an optional first line ` date YYYY-MM-DD <headline>` then paragraphs.

use super::article::{Article, ArticleDate};
use regex::Regex;
use std::sync::OnceLock;

fn header_pattern() -> &'static Regex {
    static HEADER: OnceLock<Regex> = OnceLock::new();
    // The seeds' header: optional blanks, the word `date`, a date, then the headline.
    HEADER.get_or_init(|| {
        Regex::new(r"^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)[ \t]*").expect("valid header regex")
    })
}

fn loose_header_pattern() -> &'static Regex {
    static HEADER: OnceLock<Regex> = OnceLock::new();
    // A first line that means to be a header (` date …`) whatever follows.
    HEADER.get_or_init(|| Regex::new(r"^[ \t]*date[ \t]+(\S+)").expect("valid header regex"))
}

/// Like [`parse_text_article`], and also returns the header's date text when it is
/// unknown or impossible (` date 2025-02-30 …`, ` date 4.9.2025 …`): the article is then
/// undated.
pub fn parse_text_article_checked(id: &str, text: String) -> (Article, Option<String>) {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    let header_date = loose_header_pattern()
        .captures(&text[..first_line_end])
        .map(|found| found[1].chars().take(40).collect::<String>());
    let article = parse_text_article(id, text);
    let bad_date = header_date.filter(|_| article.date.is_none());
    (article, bad_date)
}

/// Builds an article from a text file's content. The header line, where present, gives
/// the date and the headline; the headline stays part of the text (statements in
/// headlines count) and `body_start` points at it, after the date.
pub fn parse_text_article(id: &str, text: String) -> Article {
    let mut article = Article::new(id, "");
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if let Some(found) = header_pattern().captures(&text[..first_line_end]) {
        let date = &found[1];
        if ArticleDate::parse(date).is_some() {
            article.date = Some(date.to_string());
        }
        let headline_start = found.get(0).map_or(0, |m| m.end());
        let headline = text[headline_start..first_line_end].trim();
        if !headline.is_empty() {
            article.title = Some(headline.to_string());
        }
        article.body_start = headline_start;
    }
    article.text = text.into();
    article
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_gives_date_and_headline() {
        let a = parse_text_article(
            "x",
            " date 2025-09-04 Auch Witkoff in Paris\n\nText.".into(),
        );
        assert_eq!(a.date.as_deref(), Some("2025-09-04"));
        assert_eq!(a.title.as_deref(), Some("Auch Witkoff in Paris"));
        assert_eq!(&a.text[a.body_start..a.body_start + 4], "Auch");
    }

    #[test]
    fn month_dates_and_plain_text() {
        let a = parse_text_article("x", " date 2025-03 Paris - Zu einem Gipfel".into());
        assert_eq!(a.date.as_deref(), Some("2025-03"));
        let b = parse_text_article("y", "Ein Text ohne Kopf.".into());
        assert_eq!(b.date, None);
        assert_eq!(b.body_start, 0);
    }

    #[test]
    fn impossible_header_date_is_dropped() {
        let a = parse_text_article("x", " date 2025-02-31 Titel\n\nText.".into());
        assert_eq!(a.date, None);
        let (a, bad) = parse_text_article_checked("x", " date 2025-02-31 Titel\n\nText.".into());
        assert_eq!((a.date, bad.as_deref()), (None, Some("2025-02-31")));
        let (_, bad) = parse_text_article_checked("x", " date 4.9.2025 Titel".into());
        assert_eq!(bad.as_deref(), Some("4.9.2025"));
        let (a, bad) = parse_text_article_checked("x", " date 2025-09-04 Titel".into());
        assert_eq!((a.date.as_deref(), bad), (Some("2025-09-04"), None));
    }
}
