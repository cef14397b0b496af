//! The whole run over input paths: find the files, read the articles, extract their
//! statements, in the input order, and report what was skipped.

use crate::error::Result;
use crate::extract::{Extractor, Statement};
use crate::ingest::{collect_inputs, Article};
use std::path::PathBuf;

/// What a run read and skipped.
#[derive(Debug, Default, Clone)]
pub struct RunReport {
    /// Files read.
    pub files: usize,
    /// Articles extracted.
    pub articles: usize,
    /// Statements found.
    pub statements: usize,
    /// Bytes of article text.
    pub bytes: usize,
    /// Problems that did not stop the run, one line each.
    pub warnings: Vec<String>,
}

/// Configures a run over files and directories.
#[derive(Debug, Clone)]
pub struct Pipeline {
    extractor: Extractor,
    keep_going: bool,
}

impl Pipeline {
    /// A pipeline with `extractor`.
    pub fn new(extractor: Extractor) -> Self {
        Pipeline {
            extractor,
            keep_going: false,
        }
    }

    /// Skip malformed JSON Lines records (counted as warnings) instead of failing.
    pub fn keep_going(mut self, yes: bool) -> Self {
        self.keep_going = yes;
        self
    }

    /// The extractor.
    pub fn extractor(&self) -> &Extractor {
        &self.extractor
    }

    /// Runs over `paths`, calling `sink` with each article and its statements in input
    /// order.
    pub fn run<F>(&self, paths: &[PathBuf], mut sink: F) -> Result<RunReport>
    where
        F: FnMut(&Article, Vec<Statement>) -> Result<()>,
    {
        let (files, warnings) = collect_inputs(paths)?;
        let mut report = RunReport {
            files: files.len(),
            warnings,
            ..RunReport::default()
        };
        for file in &files {
            let read = file.read(self.keep_going)?;
            report.warnings.extend(read.warnings);
            for article in &read.articles {
                let statements = self.extractor.extract(article);
                report.articles += 1;
                report.bytes += article.text.len();
                report.statements += statements.len();
                sink(article, statements)?;
            }
        }
        Ok(report)
    }
}
