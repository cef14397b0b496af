//! JSON Lines articles: one object a line with `id`, `text` and optional `date`, `title`,
//! `source`, `url`. Read as a stream, line by line, so a file is never held in memory
//! whole and a giant line is skipped without being kept.

use super::article::{Article, ArticleDate};
use super::issue::{human_bytes, Issue, Warning};
use crate::error::{Error, Result};
use serde_json::Value;
use std::borrow::Cow;
use std::io::BufRead;
use std::path::Path;

/// serde_json's message without its ` at line L column C`: messages give the place
/// once, as `file:line:column`.
pub(crate) fn json_reason(err: &serde_json::Error) -> String {
    let text = err.to_string();
    let place = format!(" at line {} column {}", err.line(), err.column());
    match text.strip_suffix(&place) {
        Some(reason) => reason.to_string(),
        None => text,
    }
}

/// Parses one JSON Lines record. `line` is 1-based, for messages. A date that is not a
/// date is dropped with a warning; the article is kept.
pub(crate) fn parse_record(
    path: &Path,
    line: usize,
    record: &str,
    stem: &str,
) -> Result<(Article, Option<Warning>)> {
    let value: Value = serde_json::from_str(record).map_err(|err| {
        Error::parse(
            path,
            line,
            err.column(),
            format!("malformed JSON Lines record: {}", json_reason(&err)),
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
    let mut warning = None;
    match map.get("date") {
        None | Some(Value::Null) => {}
        Some(Value::String(d)) if ArticleDate::parse(d).is_some() => article.date = Some(d.clone()),
        Some(other) => {
            let shown = match other {
                Value::String(s) => s.chars().take(40).collect::<String>(),
                v => v.to_string().chars().take(40).collect(),
            };
            warning = Some(Warning::new(
                Issue::BadDate,
                format!(
                    "{}:{line}: article `{}`: unknown or impossible date `{shown}` (expected YYYY-MM-DD, YYYY-MM or YYYY), kept undated",
                    path.display(),
                    article.id
                ),
            ));
        }
    }
    article.title = string("title");
    article.source = string("source");
    article.url = string("url");
    Ok((article, warning))
}

/// What one line read gave.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum LineRead {
    /// End of input.
    Eof,
    /// A line of this many bytes (newline included) is in the buffer, without newline.
    Line(usize),
    /// A line of this many bytes was longer than the limit: skipped, not kept.
    TooLong(usize),
}

/// Reads one line into `buf` (without `\n` or `\r\n`), keeping at most `max` bytes: a
/// longer line is consumed and dropped, so memory stays bounded by `max`.
pub(crate) fn read_line_limited<R: BufRead>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<LineRead> {
    buf.clear();
    let mut total = 0usize;
    let mut too_long = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        };
        if available.is_empty() {
            return Ok(match (total, too_long) {
                (0, _) => LineRead::Eof,
                (n, true) => LineRead::TooLong(n),
                (n, false) => LineRead::Line(n),
            });
        }
        let (used, done) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        if !too_long {
            let content = &available[..used - usize::from(done)];
            if buf.len() + content.len() > max {
                too_long = true;
                *buf = Vec::new();
            } else {
                buf.extend_from_slice(content);
            }
        }
        reader.consume(used);
        total += used;
        if done {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(if too_long {
                LineRead::TooLong(total)
            } else {
                LineRead::Line(total)
            });
        }
    }
}

/// Options of a JSON Lines read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct JsonlOptions {
    pub keep_going: bool,
    pub max_record_bytes: usize,
}

/// An article read from a JSON Lines stream, with its 1-based line and the byte offset
/// just after it.
pub(crate) struct Record {
    pub article: Article,
    pub line: usize,
    pub end: u64,
}

/// Streams the records of `reader`, calling `emit` with each article or warning; stops
/// early when `emit` returns `false`. Blank lines are skipped. A malformed record is
/// the error (`file:line:column`), or with `keep_going` a warning and skipped. Invalid
/// UTF-8 is decoded with replacement characters, warned once per file. A line over the
/// size limit is skipped with a warning. A file with no record gets an empty-file
/// warning. I/O errors are returned.
pub(crate) fn stream_jsonl<R: BufRead>(
    path: &Path,
    mut reader: R,
    options: JsonlOptions,
    emit: &mut dyn FnMut(std::result::Result<Record, Warning>) -> bool,
) -> Result<()> {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("input");
    let mut buf = Vec::new();
    let mut line = 0usize;
    let mut offset = 0u64;
    let mut any_record = false;
    let mut lossy_warned = false;
    loop {
        let start = offset;
        let read =
            read_line_limited(&mut reader, &mut buf, options.max_record_bytes).map_err(|err| {
                Error::io(
                    path,
                    std::io::Error::new(err.kind(), format!("at byte offset {start}: {err}")),
                )
            })?;
        line += 1;
        match read {
            LineRead::Eof => break,
            LineRead::TooLong(n) => {
                offset += n as u64;
                any_record = true;
                let warning = Warning::new(
                    Issue::Oversized,
                    format!(
                        "{}:{line}: record of {} at byte offset {start} exceeds the article size limit of {} (--max-article-mb), skipped",
                        path.display(),
                        human_bytes(n as u64),
                        human_bytes(options.max_record_bytes as u64)
                    ),
                );
                if !emit(Err(warning)) {
                    return Ok(());
                }
                continue;
            }
            LineRead::Line(n) => offset += n as u64,
        }
        let text: Cow<str> = match std::str::from_utf8(&buf) {
            Ok(text) => Cow::Borrowed(text),
            Err(err) => {
                if !lossy_warned {
                    lossy_warned = true;
                    let warning = Warning::new(
                        Issue::LossyUtf8,
                        format!(
                            "{}:{line}: invalid UTF-8 at byte offset {}, decoded with replacement characters (reported once per file)",
                            path.display(),
                            start + err.valid_up_to() as u64
                        ),
                    );
                    if !emit(Err(warning)) {
                        return Ok(());
                    }
                }
                Cow::Owned(String::from_utf8_lossy(&buf).into_owned())
            }
        };
        if text.trim().is_empty() {
            continue;
        }
        any_record = true;
        let keep_reading = match parse_record(path, line, &text, stem) {
            Ok((article, date_warning)) => {
                let go_on = match date_warning {
                    Some(w) => emit(Err(w)),
                    None => true,
                };
                go_on
                    && emit(Ok(Record {
                        article,
                        line,
                        end: offset,
                    }))
            }
            Err(err) if options.keep_going => emit(Err(Warning::new(
                Issue::MalformedRecord,
                format!("{err} (record skipped)"),
            ))),
            Err(Error::Parse { location, message }) => {
                return Err(Error::Parse {
                    location,
                    message: format!("{message} (--keep-going skips malformed records)"),
                })
            }
            Err(err) => return Err(err),
        };
        if !keep_reading {
            return Ok(());
        }
    }
    if !any_record {
        emit(Err(Warning::new(
            Issue::EmptyFile,
            format!("{}: empty file, no article", path.display()),
        )));
    }
    Ok(())
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
            Ok((article, _)) => articles.push(article),
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

    #[test]
    fn limited_lines_drop_what_is_too_long() {
        let input = b"short\r\nxxxxxxxxxxxxxxxxxxxx\nend";
        let mut reader = &input[..];
        let mut buf = Vec::new();
        assert_eq!(
            read_line_limited(&mut reader, &mut buf, 10).unwrap(),
            LineRead::Line(7)
        );
        assert_eq!(buf, b"short");
        assert_eq!(
            read_line_limited(&mut reader, &mut buf, 10).unwrap(),
            LineRead::TooLong(21)
        );
        assert!(buf.capacity() <= 10);
        assert_eq!(
            read_line_limited(&mut reader, &mut buf, 10).unwrap(),
            LineRead::Line(3)
        );
        assert_eq!(buf, b"end");
        assert_eq!(
            read_line_limited(&mut reader, &mut buf, 10).unwrap(),
            LineRead::Eof
        );
    }

    #[test]
    fn streaming_warns_about_dates_and_lossy_lines_once() {
        let input: &[u8] = b"{\"id\":\"a\",\"text\":\"x\xff\",\"date\":\"2025-02-30\"}\n{\"id\":\"b\",\"text\":\"\xfe\"}\n";
        let mut articles = Vec::new();
        let mut warnings = Vec::new();
        stream_jsonl(
            Path::new("c.jsonl"),
            input,
            JsonlOptions {
                keep_going: false,
                max_record_bytes: 1000,
            },
            &mut |item| {
                match item {
                    Ok(r) => articles.push(r.article),
                    Err(w) => warnings.push(w),
                }
                true
            },
        )
        .unwrap();
        assert_eq!(articles.len(), 2);
        assert_eq!(articles[0].text, "x\u{fffd}");
        assert_eq!(articles[0].date, None);
        let issues: Vec<Issue> = warnings.iter().map(|w| w.issue).collect();
        assert_eq!(issues, [Issue::LossyUtf8, Issue::BadDate]);
        assert!(warnings[0]
            .message
            .starts_with("c.jsonl:1: invalid UTF-8 at byte offset 19"));
        assert!(warnings[1].message.contains("`2025-02-30`"));
    }
}
