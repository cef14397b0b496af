//! Problems met while reading input that do not stop a run: each has a kind (for the
//! run's summary) and a message naming the file and, where it applies, the line or byte
//! offset.

/// The kind of a problem, with its defined outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Issue {
    /// A directory entry or file that could not be read (dangling symlink, permissions,
    /// not a regular file, I/O error): skipped.
    Unreadable,
    /// A directory reached twice through symbolic links: skipped the second time.
    SymlinkLoop,
    /// A file with NUL bytes or the magic number of an archive, image or executable:
    /// skipped.
    BinaryFile,
    /// A PDF document (whatever its name): skipped; convert it to text first.
    PdfFile,
    /// A file in a directory whose extension is not a text or JSON Lines one (`.docx`,
    /// `.html`): skipped.
    Unsupported,
    /// A file that is not UTF-8, decoded in the encoding detected (Windows-1252 for
    /// German Latin-1 text).
    Reencoded,
    /// A file with nothing but white space: no article.
    EmptyFile,
    /// An article (text file or JSON Lines record) over the size limit: skipped.
    Oversized,
    /// A malformed JSON Lines record, with `keep_going`: skipped.
    MalformedRecord,
    /// A file with invalid UTF-8: decoded with replacement characters (warned once).
    LossyUtf8,
    /// An unknown or impossible date: the article is kept, undated.
    BadDate,
    /// An article id seen before with a different text: kept under a new id (`id#2`).
    DuplicateId,
    /// An article seen before with the same id and text (or already in the graph):
    /// skipped, so adding it twice changes nothing.
    RepeatedArticle,
    /// Extraction failed on an article (an internal error): the article is skipped.
    ExtractionFailed,
}

impl Issue {
    /// Every kind, in summary order.
    pub const ALL: [Issue; 14] = [
        Issue::Unreadable,
        Issue::SymlinkLoop,
        Issue::BinaryFile,
        Issue::PdfFile,
        Issue::Unsupported,
        Issue::Reencoded,
        Issue::EmptyFile,
        Issue::Oversized,
        Issue::MalformedRecord,
        Issue::LossyUtf8,
        Issue::BadDate,
        Issue::DuplicateId,
        Issue::RepeatedArticle,
        Issue::ExtractionFailed,
    ];

    /// How `count` of this kind read in a summary: `2 binary files skipped`.
    pub fn describe(self, count: usize) -> String {
        let one = count == 1;
        let (singular, plural, outcome) = match self {
            Issue::Unreadable => ("unreadable entry", "unreadable entries", "skipped"),
            Issue::SymlinkLoop => ("symlink loop", "symlink loops", "skipped"),
            Issue::BinaryFile => ("binary file", "binary files", "skipped"),
            Issue::PdfFile => ("PDF file", "PDF files", "skipped"),
            Issue::Unsupported => ("unsupported file", "unsupported files", "skipped"),
            Issue::Reencoded => ("file", "files", "decoded from a detected encoding"),
            Issue::EmptyFile => ("empty file", "empty files", "skipped"),
            Issue::Oversized => ("oversized article", "oversized articles", "skipped"),
            Issue::MalformedRecord => ("malformed record", "malformed records", "skipped"),
            Issue::LossyUtf8 => ("file", "files", "decoded lossily (invalid UTF-8)"),
            Issue::BadDate => ("bad date", "bad dates", "ignored"),
            Issue::DuplicateId => ("duplicate id", "duplicate ids", "renamed"),
            Issue::RepeatedArticle => ("repeated article", "repeated articles", "skipped"),
            Issue::ExtractionFailed => ("article", "articles", "failed extraction, skipped"),
        };
        format!("{count} {} {outcome}", if one { singular } else { plural })
    }
}

/// One problem: its kind and a message that names the file (and line or byte offset).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The kind.
    pub issue: Issue,
    /// The message, starting with the file's path.
    pub message: String,
}

impl Warning {
    /// A warning of kind `issue`.
    pub fn new(issue: Issue, message: impl Into<String>) -> Self {
        Warning {
            issue,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Bytes in human units for messages: `200.0 MB`, `512 bytes`.
pub fn human_bytes(bytes: u64) -> String {
    if bytes < 1_000 {
        format!("{bytes} bytes")
    } else if bytes < 1_000_000 {
        format!("{:.1} kB", bytes as f64 / 1e3)
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}
