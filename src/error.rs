//! Errors of the library, each carrying where it happened (file, line, column, article).

use std::path::PathBuf;

/// A location in an input file: path, 1-based line and, where known, 1-based column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The file the problem is in.
    pub path: PathBuf,
    /// 1-based line number, 0 when the problem is not tied to a line.
    pub line: usize,
    /// 1-based column (in characters), 0 when unknown.
    pub column: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        Ok(())
    }
}

/// Everything that can go wrong in the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
    /// An input record could not be parsed (JSON Lines article, graph JSON, gold file).
    #[error("{location}: {message}")]
    Parse {
        /// Where the problem is.
        location: Location,
        /// What is wrong, in words a user understands.
        message: String,
    },
    /// A lexicon file is malformed or inconsistent.
    #[error("{location}: {message}")]
    Lexicon {
        /// Where the problem is.
        location: Location,
        /// What is wrong.
        message: String,
    },
    /// An input path does not exist.
    #[error("{path}: no such file or directory")]
    NotFound {
        /// The missing path.
        path: PathBuf,
    },
    /// An external program (Graphviz) is missing or failed.
    #[error("{0}")]
    External(String),
    /// Anything else the user asked for that cannot be done, with the reason.
    #[error("{0}")]
    Invalid(String),
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// A parse error at `path:line[:column]`.
    pub fn parse(
        path: impl Into<PathBuf>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Error::Parse {
            location: Location {
                path: path.into(),
                line,
                column,
            },
            message: message.into(),
        }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
