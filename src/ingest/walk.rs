//! Finding input files below the paths a user names, and reading them into articles.

use super::{jsonl::read_jsonl, textfile::parse_text_article, Article};
use crate::error::{Error, Result};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// How an input file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// One article per file, in the seeds' form or plain text.
    Text,
    /// One article per line.
    JsonLines,
}

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

fn walk(
    dir: &Path,
    seen: &mut HashSet<PathBuf>,
    out: &mut Vec<InputFile>,
    warnings: &mut Vec<String>,
) {
    // Canonical paths guard against symlink loops.
    match dir.canonicalize() {
        Ok(real) if !seen.insert(real.clone()) => {
            warnings.push(format!(
                "{}: directory already visited (symlink loop?), skipped",
                dir.display()
            ));
            return;
        }
        Err(err) => {
            warnings.push(format!("{}: {err}, skipped", dir.display()));
            return;
        }
        Ok(_) => {}
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            warnings.push(format!("{}: {err}, skipped", dir.display()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => paths.push(entry.path()),
            Err(err) => warnings.push(format!("{}: {err}, entry skipped", dir.display())),
        }
    }
    paths.sort();
    for path in paths {
        if path.is_dir() {
            walk(&path, seen, out, warnings);
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("txt" | "jsonl" | "ndjson")
        ) {
            out.push(InputFile {
                kind: kind_of(&path),
                path,
            });
        }
    }
}

/// Lists the input files named by `paths`: files as given (any extension), directories
/// recursively (`*.txt`, `*.jsonl`, `*.ndjson`), sorted. Returns the files and warnings
/// about directory entries that could not be read.
pub fn collect_inputs<P: AsRef<Path>>(paths: &[P]) -> Result<(Vec<InputFile>, Vec<String>)> {
    let mut files = Vec::new();
    let mut warnings = Vec::new();
    let mut seen = HashSet::new();
    for path in paths {
        let path = path.as_ref();
        if path.is_dir() {
            walk(path, &mut seen, &mut files, &mut warnings);
        } else if path.exists() {
            files.push(InputFile {
                path: path.to_path_buf(),
                kind: kind_of(path),
            });
        } else {
            return Err(Error::NotFound {
                path: path.to_path_buf(),
            });
        }
    }
    Ok((files, warnings))
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
    /// Reads the file's articles. Invalid UTF-8 is decoded lossily with a warning; a file
    /// with NUL bytes is taken for binary and skipped with a warning; an empty file gives
    /// no article. With `keep_going`, malformed JSON Lines records are skipped and counted.
    pub fn read(&self, keep_going: bool) -> Result<FileArticles> {
        let bytes = std::fs::read(&self.path).map_err(|err| Error::io(&self.path, err))?;
        let mut result = FileArticles::default();
        if let Some(offset) = memchr_nul(&bytes) {
            result.warnings.push(format!(
                "{}: binary file (NUL byte at offset {offset}), skipped",
                self.path.display()
            ));
            return Ok(result);
        }
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                let offset = err.utf8_error().valid_up_to();
                result.warnings.push(format!(
                    "{}: invalid UTF-8 at byte offset {offset}, decoded with replacement characters",
                    self.path.display()
                ));
                String::from_utf8_lossy(err.as_bytes()).into_owned()
            }
        };
        if text.trim().is_empty() {
            result
                .warnings
                .push(format!("{}: empty file, no article", self.path.display()));
            return Ok(result);
        }
        match self.kind {
            InputKind::Text => {
                let stem = self
                    .path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("article");
                result.articles.push(parse_text_article(stem, text));
            }
            InputKind::JsonLines => {
                let (articles, skipped) = read_jsonl(&self.path, &text, keep_going)?;
                result.articles = articles;
                result.warnings.extend(
                    skipped
                        .into_iter()
                        .map(|err| format!("{err} (record skipped)")),
                );
            }
        }
        Ok(result)
    }
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
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
