//! Finding input files below the paths a user names, and reading them into articles.
//!
//! Every fault has a defined outcome, reported as a [`Warning`] that names the file (and
//! line or byte offset): unreadable entries and symlink loops are skipped, binary files
//! (NUL bytes) are skipped, empty files give no article, invalid UTF-8 is decoded with
//! replacement characters (warned once per file; spans index the decoded text), articles
//! over the size limit are skipped without being held in memory.

use super::issue::{human_bytes, Issue, Warning};
use super::jsonl::{stream_jsonl, JsonlOptions};
use super::textfile::parse_text_article_checked;
use super::Article;
use crate::error::{Error, Result};
use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// The default limit on one article's size (a text file or a JSON Lines record): 100 MB.
/// Real news articles are a few kilobytes, but a transcript, a book or a news archive
/// pasted into one file of up to 64 MiB (67.1 MB) is read whole: extraction holds the
/// text, its folded copy and one block of analysis, about four times the text at peak.
/// Anything larger is skipped with a warning that names the limit and `--max-article-mb`.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 100_000_000;

/// How many leading bytes of a JSON Lines file are checked for NUL (as git does).
const BINARY_SNIFF_BYTES: usize = 8192;

/// How an input file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// One article per file, in the seeds' form or plain text.
    Text,
    /// One article per line.
    JsonLines,
    /// One article per line, on standard input (the path `-`).
    StandardInput,
}

/// The path that names standard input on the command line.
pub const STDIN_PATH: &str = "-";

/// One file to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    /// The file's path as found.
    pub path: PathBuf,
    /// How to read it.
    pub kind: InputKind,
}

fn kind_of(path: &Path) -> InputKind {
    match path.extension().and_then(|e| e.to_str()) {
        Some("jsonl") | Some("ndjson") => InputKind::JsonLines,
        _ => InputKind::Text,
    }
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.'))
}

fn walk(
    dir: &Path,
    seen: &mut HashSet<PathBuf>,
    out: &mut Vec<InputFile>,
    warnings: &mut Vec<Warning>,
) {
    // Canonical paths guard against symlink loops.
    match dir.canonicalize() {
        Ok(real) if !seen.insert(real.clone()) => {
            warnings.push(Warning::new(
                Issue::SymlinkLoop,
                format!(
                    "{}: directory already visited as {} (symlink loop?), skipped",
                    dir.display(),
                    real.display()
                ),
            ));
            return;
        }
        Err(err) => {
            warnings.push(Warning::new(
                Issue::Unreadable,
                format!("{}: {err}, skipped", dir.display()),
            ));
            return;
        }
        Ok(_) => {}
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            warnings.push(Warning::new(
                Issue::Unreadable,
                format!("{}: cannot list directory: {err}, skipped", dir.display()),
            ));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(err) => warnings.push(Warning::new(
                Issue::Unreadable,
                format!("{}: {err}, entry skipped", dir.display()),
            )),
        }
    }
    paths.sort();
    for path in paths {
        let wanted = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "jsonl" | "ndjson")
        );
        // `metadata` follows symlinks: a dangling link or a link loop fails here.
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_dir() => walk(&path, seen, out, warnings),
            Ok(meta) if wanted && !meta.is_file() => warnings.push(Warning::new(
                Issue::Unreadable,
                format!("{}: not a regular file, skipped", path.display()),
            )),
            Ok(_) if wanted => out.push(InputFile {
                kind: kind_of(&path),
                path,
            }),
            // Hidden files (`.DS_Store`) are passed over silently, others are named.
            Ok(_) if is_hidden(&path) => {}
            Ok(_) => warnings.push(Warning::new(
                if path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
                {
                    Issue::PdfFile
                } else {
                    Issue::Unsupported
                },
                format!(
                    "{}: not a text or JSON Lines file (.txt, .jsonl, .ndjson), skipped",
                    path.display()
                ),
            )),
            Err(err) => warnings.push(Warning::new(
                Issue::Unreadable,
                format!("{}: {err}, skipped", path.display()),
            )),
        }
    }
}

/// Lists the input files named by `paths`: files as given (any extension), directories
/// recursively (`*.txt`, `*.jsonl`, `*.ndjson`), sorted. Returns the files and warnings
/// about directory entries that could not be read. A path that does not exist is an
/// error.
pub fn collect_input_files<P: AsRef<Path>>(paths: &[P]) -> Result<(Vec<InputFile>, Vec<Warning>)> {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let mut seen = HashSet::new();
    for path in paths {
        let path = path.as_ref();
        if path.as_os_str() == STDIN_PATH {
            files.push(InputFile {
                path: PathBuf::from("<stdin>"),
                kind: InputKind::StandardInput,
            });
        } else if path.is_dir() {
            walk(path, &mut seen, &mut files, &mut warnings);
        } else if path.exists() {
            files.push(InputFile {
                path: path.to_path_buf(),
                kind: kind_of(path),
            });
        } else if path.symlink_metadata().is_ok() {
            // A symlink whose target is missing, or a symlink loop.
            warnings.push(Warning::new(
                Issue::Unreadable,
                format!("{}: broken symbolic link, skipped", path.display()),
            ));
        } else {
            return Err(Error::NotFound {
                path: path.to_path_buf(),
            });
        }
    }
    Ok((files, warnings))
}

/// Like [`collect_input_files`], with the warnings as lines.
pub fn collect_inputs<P: AsRef<Path>>(paths: &[P]) -> Result<(Vec<InputFile>, Vec<String>)> {
    let (files, warnings) = collect_input_files(paths)?;
    Ok((files, warnings.into_iter().map(|w| w.message).collect()))
}

/// How files are read.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// Skip malformed JSON Lines records (as warnings) instead of failing.
    pub keep_going: bool,
    /// The size limit of one article, in bytes.
    pub max_article_bytes: usize,
    /// The encoding of text files, overriding detection (`--encoding`).
    pub encoding: Option<&'static encoding_rs::Encoding>,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            keep_going: false,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            encoding: None,
        }
    }
}

/// Something reading a file gave.
#[derive(Debug)]
pub enum Item {
    /// An article.
    Article {
        /// The article.
        article: Article,
        /// Its 1-based line in a JSON Lines file, 0 for a text file.
        line: usize,
        /// The byte offset in the file just after it (for progress).
        end: u64,
    },
    /// A problem that did not stop the read.
    Warning(Warning),
}

/// What reading one file gave.
#[derive(Debug, Default)]
pub struct FileArticles {
    /// The articles, in file order.
    pub articles: Vec<Article>,
    /// Problems that did not stop the file from being read (lossy decoding, skipped records).
    pub warnings: Vec<String>,
}

impl InputFile {
    /// Streams the file's articles and warnings to `emit`, in file order; stops early when
    /// `emit` returns `false`. A file that cannot be opened or read is a warning (skipped);
    /// the only errors are malformed JSON Lines records without `keep_going`.
    pub fn stream(&self, options: &ReadOptions, emit: &mut dyn FnMut(Item) -> bool) -> Result<()> {
        if self.kind == InputKind::StandardInput {
            let stdin = std::io::stdin();
            return self.stream_jsonl(stdin.lock(), options, emit);
        }
        let path = &self.path;
        let skip = |issue: Issue, what: String| Item::Warning(Warning::new(issue, what));
        let meta = match std::fs::metadata(path) {
            Ok(meta) => meta,
            Err(err) => {
                emit(skip(
                    Issue::Unreadable,
                    format!("{}: {err}, skipped", path.display()),
                ));
                return Ok(());
            }
        };
        if !meta.is_file() {
            emit(skip(
                Issue::Unreadable,
                format!("{}: not a regular file, skipped", path.display()),
            ));
            return Ok(());
        }
        let file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(err) => {
                emit(skip(
                    Issue::Unreadable,
                    format!("{}: {err}, skipped", path.display()),
                ));
                return Ok(());
            }
        };
        match self.kind {
            InputKind::Text => self.stream_text(file, meta.len(), options, emit),
            InputKind::JsonLines | InputKind::StandardInput => {
                self.stream_jsonl(file, options, emit)
            }
        }
    }

    fn stream_text(
        &self,
        file: std::fs::File,
        size: u64,
        options: &ReadOptions,
        emit: &mut dyn FnMut(Item) -> bool,
    ) -> Result<()> {
        let path = &self.path;
        let limit = options.max_article_bytes as u64;
        let oversized = |size: u64| {
            Item::Warning(Warning::new(
                Issue::Oversized,
                format!(
                    "{}: article of {} exceeds the article size limit of {} (--max-article-mb), skipped",
                    path.display(),
                    human_bytes(size),
                    human_bytes(limit)
                ),
            ))
        };
        if size > limit {
            emit(oversized(size));
            return Ok(());
        }
        let mut bytes = Vec::with_capacity(size as usize);
        // At most one byte over the limit: a file that grew since is caught too.
        if let Err(err) = file.take(limit + 1).read_to_end(&mut bytes) {
            emit(Item::Warning(Warning::new(
                Issue::Unreadable,
                format!("{}: {err}, skipped", path.display()),
            )));
            return Ok(());
        }
        if bytes.len() as u64 > limit {
            emit(oversized(bytes.len() as u64));
            return Ok(());
        }
        if options.encoding.is_none() {
            match super::decode::binary_kind(&bytes) {
                Some(super::decode::BinaryKind::Pdf) => {
                    emit(Item::Warning(Warning::new(
                        Issue::PdfFile,
                        format!(
                            "{}: PDF document, skipped (convert it to text first, e.g. with pdftotext)",
                            path.display()
                        ),
                    )));
                    return Ok(());
                }
                Some(super::decode::BinaryKind::Other(kind)) => {
                    let detail = match bytes.iter().position(|&b| b == 0) {
                        Some(offset) => format!("binary file (NUL byte at byte offset {offset})"),
                        None => format!("binary file ({kind})"),
                    };
                    emit(Item::Warning(Warning::new(
                        Issue::BinaryFile,
                        format!("{}: {detail}, skipped", path.display()),
                    )));
                    return Ok(());
                }
                None => {}
            }
        }
        let end = bytes.len() as u64;
        let decoded = super::decode::decode(bytes, options.encoding);
        if let Some(encoding) = decoded.detected {
            let note = Warning::new(
                Issue::Reencoded,
                format!(
                    "{}: not UTF-8, decoded as {encoding}{} (--encoding overrides)",
                    path.display(),
                    if decoded.lossy {
                        ", some bytes replaced"
                    } else {
                        ""
                    }
                ),
            );
            if !emit(Item::Warning(note)) {
                return Ok(());
            }
        } else if decoded.lossy {
            let note = Warning::new(
                Issue::LossyUtf8,
                format!(
                    "{}: invalid bytes in the given encoding, decoded with replacement characters",
                    path.display()
                ),
            );
            if !emit(Item::Warning(note)) {
                return Ok(());
            }
        }
        let text = decoded.text;
        if text.trim().is_empty() {
            emit(Item::Warning(Warning::new(
                Issue::EmptyFile,
                format!("{}: empty file, no article", path.display()),
            )));
            return Ok(());
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("article");
        let (article, bad_date) = parse_text_article_checked(stem, text);
        if let Some(date) = bad_date {
            let warning = Warning::new(
                Issue::BadDate,
                format!(
                    "{}:1: unknown or impossible date `{date}` in the header (expected YYYY-MM-DD or YYYY-MM), kept undated",
                    path.display()
                ),
            );
            if !emit(Item::Warning(warning)) {
                return Ok(());
            }
        }
        emit(Item::Article {
            article,
            line: 0,
            end,
        });
        Ok(())
    }

    fn stream_jsonl(
        &self,
        file: impl Read,
        options: &ReadOptions,
        emit: &mut dyn FnMut(Item) -> bool,
    ) -> Result<()> {
        let path = &self.path;
        let mut reader = BufReader::with_capacity(1 << 16, file);
        // A binary file shows NUL bytes early; later ones make a record malformed.
        let head = match reader.fill_buf() {
            Ok(head) => head,
            Err(err) => {
                emit(Item::Warning(Warning::new(
                    Issue::Unreadable,
                    format!("{}: {err}, skipped", path.display()),
                )));
                return Ok(());
            }
        };
        let sniff = &head[..head.len().min(BINARY_SNIFF_BYTES)];
        if let Some(offset) = sniff.iter().position(|&b| b == 0) {
            emit(Item::Warning(Warning::new(
                Issue::BinaryFile,
                format!(
                    "{}: binary file (NUL byte at byte offset {offset}), skipped",
                    path.display()
                ),
            )));
            return Ok(());
        }
        let jsonl = JsonlOptions {
            keep_going: options.keep_going,
            max_record_bytes: options.max_article_bytes,
        };
        stream_jsonl(path, reader, jsonl, &mut |item| match item {
            Ok(record) => emit(Item::Article {
                article: record.article,
                line: record.line,
                end: record.end,
            }),
            Err(warning) => emit(Item::Warning(warning)),
        })
    }

    /// Reads the file's articles with the default size limit. Invalid UTF-8 is decoded
    /// lossily with a warning; a file with NUL bytes is taken for binary and skipped with
    /// a warning; an empty file gives no article. With `keep_going`, malformed JSON Lines
    /// records are skipped and counted.
    pub fn read(&self, keep_going: bool) -> Result<FileArticles> {
        let options = ReadOptions {
            keep_going,
            ..ReadOptions::default()
        };
        let mut result = FileArticles::default();
        self.stream(&options, &mut |item| {
            match item {
                Item::Article { article, .. } => result.articles.push(article),
                Item::Warning(w) => result.warnings.push(w.message),
            }
            true
        })?;
        Ok(result)
    }
}

/// Reads JSON Lines from memory as [`InputFile::stream`] reads a `.jsonl` file (`path`
/// names it in messages): the articles and the warnings, or the first malformed record
/// without `keep_going`. For tests and fuzzing.
pub fn read_jsonl_bytes(
    path: &Path,
    bytes: &[u8],
    options: &ReadOptions,
) -> Result<(Vec<Article>, Vec<Warning>)> {
    let mut articles = Vec::new();
    let mut warnings = Vec::new();
    let jsonl = JsonlOptions {
        keep_going: options.keep_going,
        max_record_bytes: options.max_article_bytes,
    };
    stream_jsonl(path, bytes, jsonl, &mut |item| {
        match item {
            Ok(record) => articles.push(record.article),
            Err(warning) => warnings.push(warning),
        }
        true
    })?;
    Ok((articles, warnings))
}

/// Reads every article below `paths`, in a stable order, failing on the first error.
/// Warnings (skipped files, lossy decoding) are returned beside the articles.
pub fn read_inputs<P: AsRef<Path>>(
    paths: &[P],
    keep_going: bool,
) -> Result<(Vec<Article>, Vec<String>)> {
    let (files, mut warnings) = collect_inputs(paths)?;
    let mut articles = Vec::new();
    for file in &files {
        let read = file.read(keep_going)?;
        articles.extend(read.articles);
        warnings.extend(read.warnings);
    }
    Ok((articles, warnings))
}
