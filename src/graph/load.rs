//! Graphs from statement JSON Lines, as `standpunkt extract` writes them: one statement
//! a line, and with `--with-articles` one [`ArticleLine`] before the statements of each
//! article, so that the graph also knows the articles that gave no statement and their
//! content hashes — and equals the graph `standpunkt build` makes of the articles.
//! Read as a stream, line by line.

use super::KnowledgeGraph;
use crate::error::{Error, Result};
use crate::extract::Statement;
use crate::lexicon::Lexicon;
use serde::{Deserialize, Serialize};
use std::io::BufRead;
use std::path::Path;

/// The key that marks an article line.
const ARTICLE_KEY: &str = "article_read";

/// One article that was read: `{"article_read": {"id": …, "date": …, "content_hash": …}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleLine {
    /// The article that was read.
    pub article_read: ArticleRead,
}

/// What an [`ArticleLine`] says about its article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleRead {
    /// The article's id (made unique in its run).
    pub id: String,
    /// Its date, if it has one.
    pub date: Option<String>,
    /// Its content hash (`ingest::content_hash`).
    pub content_hash: String,
}

impl ArticleLine {
    /// The line for article `id`.
    pub fn new(id: &str, date: Option<&str>, content_hash: &str) -> Self {
        ArticleLine {
            article_read: ArticleRead {
                id: id.to_string(),
                date: date.map(str::to_string),
                content_hash: content_hash.to_string(),
            },
        }
    }
}

/// What reading statement lines added.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct LoadReport {
    /// Article lines read.
    pub articles: usize,
    /// Statements read.
    pub statements: usize,
}

impl KnowledgeGraph {
    /// Adds the statement and article lines of `reader` (`path` names it in errors). A
    /// line that is neither is an error naming `path:line:column`; so is an article line
    /// whose id stands for another article already in the graph. Blank lines are skipped.
    pub fn add_statement_lines(
        &mut self,
        path: &Path,
        mut reader: impl BufRead,
        lexicon: &Lexicon,
    ) -> Result<LoadReport> {
        let mut report = LoadReport::default();
        let mut buf = String::new();
        let mut line = 0usize;
        loop {
            buf.clear();
            let n = reader
                .read_line(&mut buf)
                .map_err(|err| Error::io(path, err))?;
            if n == 0 {
                break;
            }
            line += 1;
            let text = buf.trim();
            if text.is_empty() {
                continue;
            }
            match serde_json::from_str::<Statement>(text) {
                Ok(statement) => {
                    self.add_statement(&statement, lexicon);
                    report.statements += 1;
                }
                Err(err) if !text.contains(ARTICLE_KEY) => {
                    return Err(Error::parse(
                        path,
                        line,
                        err.column(),
                        format!(
                        "not a statement (JSON Lines as `standpunkt extract` writes them): {err}"
                    ),
                    ))
                }
                Err(_) => {
                    let article: ArticleLine = serde_json::from_str(text).map_err(|err| {
                        Error::parse(
                            path,
                            line,
                            err.column(),
                            format!("not an article line: {err}"),
                        )
                    })?;
                    self.add_article_line(&article.article_read)
                        .map_err(|message| Error::parse(path, line, 1, message))?;
                    report.articles += 1;
                }
            }
        }
        Ok(report)
    }

    /// Records an article that was read; an error message if its id is another
    /// article's in this graph.
    fn add_article_line(&mut self, article: &ArticleRead) -> std::result::Result<(), String> {
        if let Some(hash) = self.hashes.get(&article.id) {
            if *hash != article.content_hash {
                return Err(format!(
                    "article `{}` was read before with another text: give distinct articles distinct ids",
                    article.id
                ));
            }
        }
        self.add_article(&article.id, article.date.as_deref());
        self.set_article_hash(&article.id, article.content_hash.clone());
        Ok(())
    }

    /// Adds the statement lines of the file at `path`, or of standard input for `-`.
    pub fn read_statement_file(&mut self, path: &Path, lexicon: &Lexicon) -> Result<LoadReport> {
        if path.as_os_str() == crate::ingest::STDIN_PATH {
            let stdin = std::io::stdin();
            return self.add_statement_lines(Path::new("<stdin>"), stdin.lock(), lexicon);
        }
        let file = std::fs::File::open(path).map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => Error::NotFound {
                path: path.to_path_buf(),
            },
            _ => Error::io(path, err),
        })?;
        self.add_statement_lines(
            path,
            std::io::BufReader::with_capacity(1 << 16, file),
            lexicon,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Article, Extractor};

    fn article() -> Article {
        Article::new(
            "a1",
            "Der französische Präsident Emmanuel Macron lehnte die Entsendung von Truppen ab.",
        )
        .with_date("2025-09-05")
    }

    #[test]
    fn statement_lines_give_the_graph_of_the_statements() {
        let lexicon = Lexicon::builtin();
        let statements = Extractor::new(lexicon.clone()).extract(&article());
        assert!(!statements.is_empty());
        let mut text = serde_json::to_string(&ArticleLine::new("a1", Some("2025-09-05"), "h"))
            .unwrap()
            + "\n\n";
        text += &serde_json::to_string(&ArticleLine::new("empty", None, "h2")).unwrap();
        text += "\n";
        for s in &statements {
            text += &serde_json::to_string(s).unwrap();
            text += "\n";
        }
        let mut graph = KnowledgeGraph::new();
        let report = graph
            .add_statement_lines(Path::new("s.jsonl"), text.as_bytes(), &lexicon)
            .unwrap();
        assert_eq!(report.articles, 2);
        assert_eq!(report.statements, statements.len());
        let mut expected = KnowledgeGraph::from_statements(&statements, &lexicon);
        expected.add_article("empty", None);
        expected.set_article_hash("a1", "h");
        expected.set_article_hash("empty", "h2");
        assert_eq!(
            crate::export::json::to_json(&graph.into_canonical()),
            crate::export::json::to_json(&expected.into_canonical())
        );
    }

    #[test]
    fn bad_lines_name_file_line_and_column() {
        let lexicon = Lexicon::builtin();
        let mut graph = KnowledgeGraph::new();
        let err = graph
            .add_statement_lines(
                Path::new("s.jsonl"),
                "\n{\"article\": 3}\n".as_bytes(),
                &lexicon,
            )
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("s.jsonl:2:"), "{err}");
        assert!(err.contains("not a statement"), "{err}");
        let clash = format!(
            "{}\n{}\n",
            serde_json::to_string(&ArticleLine::new("x", None, "h1")).unwrap(),
            serde_json::to_string(&ArticleLine::new("x", None, "h2")).unwrap()
        );
        let err = graph
            .add_statement_lines(Path::new("s.jsonl"), clash.as_bytes(), &lexicon)
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("s.jsonl:2:1: article `x`"), "{err}");
    }
}
