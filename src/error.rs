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
    /// A name given for a format, layout or other choice is not one of the choices.
    #[error("unknown {what} `{name}` (expected one of {expected})")]
    UnknownName {
        /// What was named (`format`, `layout`).
        what: &'static str,
        /// The name as given.
        name: String,
        /// The names that would do, comma-separated.
        expected: String,
    },
    /// A list of formats was empty.
    #[error("no format given (expected a comma-separated list of {expected})")]
    NoFormat {
        /// The names that would do, comma-separated.
        expected: String,
    },
    /// An output file's extension does not say which format to write.
    #[error("{}: cannot tell the {what}: name the file {expected}", path.display())]
    UnknownExtension {
        /// The output file.
        path: PathBuf,
        /// What the extension should tell (`image format`, `format`).
        what: &'static str,
        /// The extensions that would do.
        expected: &'static str,
    },
    /// Options that do not go together.
    #[error("{message}")]
    IncompatibleOptions {
        /// Which options, and why.
        message: String,
    },
    /// No input was named.
    #[error("no SOURCE given")]
    NoSource,
    /// A graph file was named together with other inputs.
    #[error("{}: a graph file must be the only SOURCE (or pass articles only)", path.display())]
    GraphNotAlone {
        /// The graph file.
        path: PathBuf,
    },
    /// A value could not be written in an export format (CSV, RDF, DOT).
    #[error("cannot write {format}: {message}")]
    Serialize {
        /// The format.
        format: &'static str,
        /// What went wrong.
        message: String,
    },
    /// A string is not a valid IRI (RDF export).
    #[error("invalid IRI <{iri}>: {message}")]
    InvalidIri {
        /// The string.
        iri: String,
        /// Why.
        message: String,
    },
    /// The lexicon's topic terms could not be compiled into an automaton.
    #[error("topic terms: {0}")]
    Automaton(#[from] aho_corasick::BuildError),
    /// Graphviz (`dot`) is not installed.
    #[error("{0}")]
    GraphvizMissing(&'static str),
    /// Graphviz ran and failed.
    #[error("Graphviz failed: {message}")]
    GraphvizFailed {
        /// Its first line of error output.
        message: String,
    },
    /// A worker thread could not be started or failed: a fault of the program or the
    /// system, not of the input.
    #[error("{message}")]
    Internal {
        /// What failed.
        message: String,
    },
    /// Two graphs being merged hold different articles under one id.
    #[error(
        "article `{id}` is a different article in each graph (another {differs_in}): \
         give distinct articles distinct ids before building the parts"
    )]
    ConflictingArticle {
        /// The article id.
        id: String,
        /// `text` or `date`.
        differs_in: &'static str,
    },
    /// The caller's sink (see [`crate::Pipeline::run`]) refused a result.
    #[error("{0}")]
    Sink(String),
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }

    /// Whether this error is (caused by) a closed pipe or socket on output: the reader
    /// went away (`standpunkt extract … | head`), which ends a run quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
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
