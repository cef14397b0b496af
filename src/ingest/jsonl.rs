//! JSON Lines articles: one object a line with `id`, `text` and optional `date`, `title`,
//! `source`, `url`.

use super::article::{Article, ArticleDate};
use crate::error::{Error, Result};
use serde_json::Value;
use std::path::Path;

/// Parses one JSON Lines record. `line` is 1-based, for messages.
fn parse_record(path: &Path, line: usize, record: &str, stem: &str) -> Result<Article> {
    let value: Value = serde_json::from_str(record).map_err(|err| {
        Error::parse(
            path,
            line,
            err.column(),
            format!("malformed JSON Lines record: {err}"),
        )
    })?;
    let Value::Object(map) = value else {
        return Err(Error::parse(
            path,
            line,
            1,
            "a JSON Lines article must be an object",
        ));
    };
    let text = match map.get("text") {
        Some(Value::String(text)) => text.clone(),
        Some(_) => return Err(Error::parse(path, line, 1, "field `text` must be a string")),
        None => return Err(Error::parse(path, line, 1, "record has no `text` field")),
    };
    let id = match map.get("id") {
        Some(Value::String(id)) if !id.is_empty() => id.clone(),
        Some(Value::Number(n)) => n.to_string(),
        // Records without an id get one that says where they came from.
        _ => format!("{stem}:{line}"),
    };
    let string = |key: &str| map.get(key).and_then(Value::as_str).map(str::to_string);
    let mut article = Article::new(id, text);
    article.date = string("date").filter(|d| ArticleDate::parse(d).is_some());
    article.title = string("title");
    article.source = string("source");
    article.url = string("url");
    Ok(article)
}

/// Reads all records of a JSON Lines text. Blank lines are skipped. With `keep_going`,
/// malformed records are skipped and returned as errors beside the articles; without it,
/// the first malformed record is the error.
pub fn read_jsonl(
    path: &Path,
    content: &str,
    keep_going: bool,
) -> Result<(Vec<Article>, Vec<Error>)> {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("input");
    let mut articles = Vec::new();
    let mut skipped = Vec::new();
    for (index, record) in content.lines().enumerate() {
        if record.trim().is_empty() {
            continue;
        }
        match parse_record(path, index + 1, record, stem) {
            Ok(article) => articles.push(article),
            Err(err) if keep_going => skipped.push(err),
            Err(err) => return Err(err),
        }
    }
    Ok((articles, skipped))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_and_names_the_bad_line() {
        let input = "{\"id\":\"a\",\"text\":\"Hallo.\",\"date\":\"2025-01-02\"}\n\n{\"id\":\"b\",\"text\":\"x\"\n";
        let err = read_jsonl(Path::new("in.jsonl"), input, false).unwrap_err();
        assert!(err.to_string().starts_with("in.jsonl:3:"), "{err}");
        let (ok, bad) = read_jsonl(Path::new("in.jsonl"), input, true).unwrap();
        assert_eq!(ok.len(), 1);
        assert_eq!(ok[0].date.as_deref(), Some("2025-01-02"));
        assert_eq!(bad.len(), 1);
    }

    #[test]
    fn numeric_ids_and_missing_ids() {
        let (ok, _) = read_jsonl(
            Path::new("d/corpus.jsonl"),
            "{\"id\":7,\"text\":\"a\"}\n{\"text\":\"b\"}",
            false,
        )
        .unwrap();
        assert_eq!(ok[0].id, "7");
        assert_eq!(ok[1].id, "corpus:2");
    }
}
