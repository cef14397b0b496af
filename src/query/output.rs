//! Printing query results: a table for people (100 columns: one line of fields, then the
//! quote or sentence wrapped below, both cut with `…`), JSON Lines (the statement spec's
//! form, full text) and CSV (one statement a row, full text, RFC 4180 quoting). Widths
//! count characters, which is right for the Latin and Cyrillic text of German news.

use super::group::{GroupBy, GroupCount};
use super::record::StatementRef;
use crate::graph::NodeKind;
use std::io::{self, Write};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Fixed-width columns, 100 characters wide.
    Table,
    /// One JSON object a line.
    Jsonl,
    /// Comma-separated values with a header.
    Csv,
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match text {
            "table" => Ok(Format::Table),
            "jsonl" => Ok(Format::Jsonl),
            "csv" => Ok(Format::Csv),
            _ => Err(format!("`{text}` is not a format: use table, jsonl or csv")),
        }
    }
}

/// The table's width in characters.
pub const TABLE_WIDTH: usize = 100;

/// Column widths of the statement table: date, actor, country, predicate, object,
/// article; two spaces between columns.
const COLUMNS: [usize; 6] = [10, 20, 4, 13, 23, 20];
/// Indent of the evidence lines (under the actor column).
const EVIDENCE_INDENT: usize = 12;
/// Lines of evidence a row shows at most.
const EVIDENCE_LINES: usize = 2;

/// Writes statements in `format`.
pub fn write_statements(
    out: &mut impl Write,
    rows: &[StatementRef<'_>],
    format: Format,
) -> io::Result<()> {
    match format {
        Format::Table => write_table(out, rows),
        Format::Jsonl => {
            for s in rows {
                serde_json::to_writer(&mut *out, &s.to_statement())?;
                out.write_all(b"\n")?;
            }
            Ok(())
        }
        Format::Csv => write_csv(out, rows),
    }
}

/// Writes group counts in `format`.
pub fn write_groups(
    out: &mut impl Write,
    groups: &[GroupCount],
    by: GroupBy,
    format: Format,
) -> io::Result<()> {
    match format {
        Format::Table => {
            let width = TABLE_WIDTH - 26;
            writeln!(
                out,
                "{:>7}  {:>5}  {:>5}  {:>5}  {}",
                "COUNT",
                "+",
                "0",
                "-",
                by.as_str().to_uppercase()
            )?;
            for g in groups {
                writeln!(
                    out,
                    "{:>7}  {:>5}  {:>5}  {:>5}  {}",
                    g.count,
                    g.positive,
                    g.neutral,
                    g.negative,
                    fit(&g.label, width).trim_end()
                )?;
            }
            let total: usize = groups.iter().map(|g| g.count).sum();
            writeln!(
                out,
                "{} in {} groups",
                plural(total, "statement"),
                groups.len()
            )
        }
        Format::Jsonl => {
            for g in groups {
                serde_json::to_writer(&mut *out, g)?;
                out.write_all(b"\n")?;
            }
            Ok(())
        }
        Format::Csv => {
            writeln!(out, "{},label,count,positive,neutral,negative", by.as_str())?;
            for g in groups {
                writeln!(
                    out,
                    "{},{},{},{},{},{}",
                    csv_field(&g.key),
                    csv_field(&g.label),
                    g.count,
                    g.positive,
                    g.neutral,
                    g.negative
                )?;
            }
            Ok(())
        }
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// What the object column shows: the topic id, an actor's name, or the claim's words.
fn object_cell(s: &StatementRef<'_>) -> String {
    match s.object().kind {
        NodeKind::Topic => s.topic().unwrap_or(&s.object().label).to_string(),
        NodeKind::Actor => s.object().label.clone(),
        _ => s.object_label().to_string(),
    }
}

fn write_table(out: &mut impl Write, rows: &[StatementRef<'_>]) -> io::Result<()> {
    let header = ["DATE", "ACTOR", "CTRY", "PREDICATE", "OBJECT", "ARTICLE"];
    writeln!(out, "{}", line(&header.map(String::from)))?;
    for s in rows {
        let cells = [
            s.date().unwrap_or("-").to_string(),
            s.actor().label.clone(),
            s.country().unwrap_or("-").to_string(),
            s.predicate_label(),
            object_cell(s),
            s.article().to_string(),
        ];
        writeln!(out, "{}", line(&cells))?;
        let evidence = match s.quote() {
            Some(_) if s.shortest_evidence() != s.sentence() => {
                format!("„{}“", s.shortest_evidence())
            }
            _ => s.sentence().to_string(),
        };
        let indent = " ".repeat(EVIDENCE_INDENT);
        for l in wrap(&evidence, TABLE_WIDTH - EVIDENCE_INDENT, EVIDENCE_LINES) {
            writeln!(out, "{indent}{l}")?;
        }
    }
    writeln!(out, "{}", plural(rows.len(), "statement"))
}

/// One table line: each cell cut or padded to its column; no trailing blanks.
fn line(cells: &[String; 6]) -> String {
    let mut text = String::with_capacity(TABLE_WIDTH + 8);
    for (i, (cell, &width)) in cells.iter().zip(COLUMNS.iter()).enumerate() {
        if i > 0 {
            text.push_str("  ");
        }
        text.push_str(&fit(cell, width));
    }
    text.trim_end().to_string()
}

/// `text` on one line (whitespace collapsed), cut to `width` characters with `…` or
/// padded with blanks to exactly `width`.
pub fn fit(text: &str, width: usize) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let n = flat.chars().count();
    if n <= width {
        let mut padded = flat;
        padded.push_str(&" ".repeat(width - n));
        padded
    } else {
        let mut cut: String = flat.chars().take(width.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// `text` wrapped at word boundaries into lines of at most `width` characters, at most
/// `max_lines` of them; text left over is cut with `…` at the end of the last line.
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut current_len = 0;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        let needed = if current.is_empty() {
            len
        } else {
            current_len + 1 + len
        };
        if needed <= width {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
            current_len = needed;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        if lines.len() == max_lines {
            // Out of lines: end the last one with an ellipsis.
            let last = lines.pop().unwrap_or_default();
            lines.push(ellipsize(&last, width));
            return lines;
        }
        if len > width {
            // A word longer than a line (a URL): cut it.
            current = ellipsize(word, width);
            current_len = width;
        } else {
            current = word.to_string();
            current_len = len;
        }
    }
    if !current.is_empty() {
        if lines.len() == max_lines {
            let last = lines.pop().unwrap_or_default();
            lines.push(ellipsize(&last, width));
        } else {
            lines.push(current);
        }
    }
    lines
}

/// `text` with `…` appended, shortened so that the whole fits `width`.
fn ellipsize(text: &str, width: usize) -> String {
    let keep = width.saturating_sub(1);
    let mut cut: String = text.chars().take(keep).collect();
    while cut.ends_with(' ') {
        cut.pop();
    }
    cut.push('…');
    cut
}

const CSV_HEADER: &str = "article,date,actor,actor_kind,actor_qid,country,predicate,negated,\
polarity,object_kind,object_id,object_label,cue,mode,quote,sentence,span_start,span_end";

fn write_csv(out: &mut impl Write, rows: &[StatementRef<'_>]) -> io::Result<()> {
    writeln!(out, "{CSV_HEADER}")?;
    for s in rows {
        let actor = s.actor();
        let ev = s.evidence();
        let edge = s.edge();
        let fields = [
            csv_field(&ev.article),
            csv_field(ev.date.as_deref().unwrap_or("")),
            csv_field(&actor.label),
            csv_field(actor.actor_kind.as_deref().unwrap_or("")),
            csv_field(actor.qid.as_deref().unwrap_or("")),
            csv_field(actor.country.as_deref().unwrap_or("")),
            edge.predicate.to_string(),
            edge.negated.to_string(),
            edge.polarity.to_string(),
            csv_field(&edge.object_kind),
            csv_field(edge.object_id.as_deref().unwrap_or("")),
            csv_field(&ev.object_label),
            csv_field(&ev.cue),
            csv_field(&ev.mode),
            csv_field(ev.quote.as_deref().unwrap_or("")),
            csv_field(&ev.sentence),
            ev.span[0].to_string(),
            ev.span[1].to_string(),
        ];
        writeln!(out, "{}", fields.join(","))?;
    }
    Ok(())
}

/// A CSV field, quoted when it holds a comma, quote or line break (RFC 4180).
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_cut_with_an_ellipsis_or_padded() {
        assert_eq!(fit("Maria Sacharowa", 10), "Maria Sac…");
        assert_eq!(fit("RUS", 4), "RUS ");
        assert_eq!(fit("a\n  b", 4), "a b ");
    }

    #[test]
    fn evidence_wraps_at_words_and_ends_with_an_ellipsis() {
        let text = "eins zwei drei vier fünf sechs sieben";
        assert_eq!(
            wrap(text, 15, 3),
            ["eins zwei drei", "vier fünf sechs", "sieben"]
        );
        let cut = wrap(text, 15, 2);
        assert_eq!(cut, ["eins zwei drei", "vier fünf sech…"]);
        assert!(cut.iter().all(|l| l.chars().count() <= 15));
        assert_eq!(wrap("kurz", 15, 2), ["kurz"]);
        assert_eq!(wrap(&"x".repeat(20), 8, 2), ["xxxxxxx…"]);
    }

    #[test]
    fn csv_quotes_only_where_needed() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("sagte \"nein\""), "\"sagte \"\"nein\"\"\"");
    }
}
