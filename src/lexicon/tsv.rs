//! The lexicon's file format: tab-separated values with a header line, `#` comments and
//! `|`-separated multi-values. Errors name the file, line and column.

use crate::error::{Error, Location, Result};
use std::path::{Path, PathBuf};

/// A parsed table: its columns and rows, each row remembering its line.
#[derive(Debug, Clone)]
pub struct Table {
    /// The file the table came from (a display name for embedded files).
    pub path: PathBuf,
    /// Column names from the header.
    pub columns: Vec<String>,
    /// The records.
    pub rows: Vec<Row>,
}

/// One record.
#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based line number.
    pub line: usize,
    /// The cells, one per column.
    pub cells: Vec<String>,
}

impl Table {
    /// Parses `content`. Every column of the header must be one of `known`; every column of
    /// `required` must be present; every row must have as many cells as the header.
    pub fn parse(path: &Path, content: &str, known: &[&str], required: &[&str]) -> Result<Table> {
        let mut columns: Option<Vec<String>> = None;
        let mut rows = Vec::new();
        for (index, raw) in content.lines().enumerate() {
            let line = index + 1;
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            if raw.starts_with('#') || raw.trim().is_empty() {
                continue;
            }
            let cells: Vec<String> = raw.split('\t').map(|c| c.trim().to_string()).collect();
            match &columns {
                None => {
                    let mut column = 1;
                    for cell in &cells {
                        if !known.contains(&cell.as_str()) {
                            return Err(lexicon_error(
                                path,
                                line,
                                column,
                                format!(
                                    "unknown column `{cell}` (expected some of: {})",
                                    known.join(", ")
                                ),
                            ));
                        }
                        column += cell.chars().count() + 1;
                    }
                    for need in required {
                        if !cells.iter().any(|c| c == need) {
                            return Err(lexicon_error(
                                path,
                                line,
                                1,
                                format!("header lacks the column `{need}`"),
                            ));
                        }
                    }
                    columns = Some(cells);
                }
                Some(header) => {
                    if cells.len() != header.len() {
                        let column = if cells.len() > header.len() {
                            raw.split('\t')
                                .take(header.len())
                                .map(|c| c.chars().count() + 1)
                                .sum::<usize>()
                                + 1
                        } else {
                            raw.chars().count() + 1
                        };
                        return Err(lexicon_error(
                            path,
                            line,
                            column,
                            format!(
                                "{} cells, but the header has {} columns",
                                cells.len(),
                                header.len()
                            ),
                        ));
                    }
                    rows.push(Row { line, cells });
                }
            }
        }
        let Some(columns) = columns else {
            return Err(lexicon_error(path, 0, 0, "no header line".to_string()));
        };
        Ok(Table {
            path: path.to_path_buf(),
            columns,
            rows,
        })
    }

    /// The index of `column`, if the header has it.
    pub fn column(&self, column: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == column)
    }

    /// The cell of `row` in `column`, empty when the header lacks the column.
    pub fn get<'a>(&self, row: &'a Row, column: &str) -> &'a str {
        self.column(column).map_or("", |i| row.cells[i].as_str())
    }

    /// The `|`-separated values of a cell, without empty ones.
    pub fn values<'a>(&self, row: &'a Row, column: &str) -> Vec<&'a str> {
        split_values(self.get(row, column))
    }

    /// The 1-based character column where `column` starts in `row`, for messages.
    pub fn column_position(&self, row: &Row, column: &str) -> usize {
        match self.column(column) {
            Some(i) => {
                row.cells[..i]
                    .iter()
                    .map(|c| c.chars().count() + 1)
                    .sum::<usize>()
                    + 1
            }
            None => 1,
        }
    }

    /// An error about `row`'s `column`.
    pub fn error(&self, row: &Row, column: &str, message: impl Into<String>) -> Error {
        lexicon_error(
            &self.path,
            row.line,
            self.column_position(row, column),
            message.into(),
        )
    }
}

/// Splits a multi-value cell at `|`, trimming and dropping empty values.
pub fn split_values(cell: &str) -> Vec<&str> {
    cell.split('|')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect()
}

/// A lexicon error at `path:line:column`.
pub fn lexicon_error(path: &Path, line: usize, column: usize, message: String) -> Error {
    Error::Lexicon {
        location: Location {
            path: path.to_path_buf(),
            line,
            column,
        },
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_rows_and_errors_with_positions() {
        let text = "# comment\ncode\tname\n\nFRA\tFrankreich|France\n";
        let table = Table::parse(Path::new("c.tsv"), text, &["code", "name"], &["code"]).unwrap();
        assert_eq!(table.rows.len(), 1);
        assert_eq!(
            table.values(&table.rows[0], "name"),
            ["Frankreich", "France"]
        );
        assert_eq!(table.rows[0].line, 4);

        let bad = "code\tname\nFRA\tFrankreich\textra\n";
        let err = Table::parse(Path::new("c.tsv"), bad, &["code", "name"], &[]).unwrap_err();
        assert_eq!(
            err.to_string(),
            "c.tsv:2:16: 3 cells, but the header has 2 columns"
        );

        let unknown = "code\tnmae\n";
        let err = Table::parse(Path::new("c.tsv"), unknown, &["code", "name"], &[]).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("c.tsv:1:6: unknown column `nmae`"),
            "{err}"
        );
    }
}
