//! The whole run over input paths, streaming and parallel: one thread reads the files
//! into articles in input order (with duplicate ids settled there), a rayon pool
//! extracts batches of articles in parallel, and the calling thread receives the
//! results back **in input order**, so that whatever the number of threads the output
//! is the same, byte for byte. Channels between the stages are bounded: memory grows
//! with what the sink keeps (the graph), not with the corpus. With
//! [`Pipeline::run_parts`] a long article's statements are handed on block by block as
//! they are found, so that a writer holds one block's statements, not an article's.
//!
//! ```text
//! reader thread ──batches──▶ rayon pool (N workers) ──results──▶ caller: reorder, sink
//! ```

use crate::error::{Error, Result};
use crate::extract::{Extractor, Statement};
mod reader;

use crate::ingest::{collect_input_files, Article, Issue, Warning, DEFAULT_MAX_ARTICLE_BYTES};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::iter::{ParallelBridge, ParallelIterator};
use reader::ReaderOutcome;
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Arc;
use std::time::Instant;

/// A batch is sent on when it holds this many bytes of text…
const BATCH_BYTES: usize = 256 << 10;
/// …or this many articles.
const BATCH_ARTICLES: usize = 64;

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
    /// Problems that did not stop the run, one line each, naming file and line.
    pub warnings: Vec<String>,
    /// How many problems of each kind.
    pub issues: BTreeMap<Issue, usize>,
}

impl RunReport {
    fn warn(&mut self, warning: Warning) {
        *self.issues.entry(warning.issue).or_insert(0) += 1;
        self.warnings.push(warning.message);
    }

    /// What was skipped or changed, in one line (`2 binary files skipped, 1 duplicate id
    /// renamed`); empty when nothing was.
    pub fn skipped_summary(&self) -> String {
        Issue::ALL
            .iter()
            .filter_map(|issue| {
                self.issues
                    .get(issue)
                    .filter(|&&n| n > 0)
                    .map(|&n| issue.describe(n))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// How many problems of kind `issue`.
    pub fn count(&self, issue: Issue) -> usize {
        self.issues.get(&issue).copied().unwrap_or(0)
    }
}

/// One article as the sink gets it: the article (with its id made unique), its content
/// hash, where it came from (`file` or `file:line`) and its statements — or, from
/// [`Pipeline::run_parts`], a part of them.
#[derive(Debug)]
pub struct Extracted {
    /// The article (shared: a long article's parts go on one by one, each with it).
    pub article: Arc<Article>,
    /// Its content hash ([`content_hash`]).
    pub hash: String,
    /// `path` for a text file, `path:line` for a JSON Lines record.
    pub origin: String,
    /// Its statements, in text order.
    pub statements: Vec<Statement>,
    /// Whether these are the article's last statements: always, except for the earlier
    /// parts of a long article in [`Pipeline::run_parts`].
    pub complete: bool,
}

/// Configures a run over files and directories.
#[derive(Debug, Clone)]
pub struct Pipeline {
    extractor: Extractor,
    keep_going: bool,
    threads: usize,
    progress: bool,
    max_article_bytes: usize,
    encoding: Option<&'static encoding_rs::Encoding>,
    known: Vec<(String, Option<String>)>,
}

/// An article on its way from the reader to the sink.
#[derive(Clone)]
struct Unit {
    /// Shared, so that each part of a long article clones a pointer, not the article.
    article: Arc<Article>,
    hash: String,
    origin: String,
    /// Input bytes read when this article was complete, over all files (for progress).
    position: u64,
}

enum Payload {
    Articles(Vec<Unit>),
    /// The run stops here (a malformed record without keep-going).
    Failed(Error),
}

enum Done {
    Articles(Vec<(Unit, std::result::Result<Vec<Statement>, String>)>),
    /// Earlier statements of the article that follows (the unit is a cheap clone: the
    /// text is shared).
    Part(Unit, Vec<Statement>),
    Failed(Error),
}

/// What a worker sends back: the batch's number, a result, and whether it is the batch's
/// last (a batch with a long article sends its parts first).
type Piece = (usize, Done, bool);

impl Pipeline {
    /// A pipeline with `extractor`, on all cores, without a progress bar.
    pub fn new(extractor: Extractor) -> Self {
        Pipeline {
            extractor,
            keep_going: false,
            threads: 0,
            progress: false,
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
            encoding: None,
            known: Vec::new(),
        }
    }

    /// Skip malformed JSON Lines records (counted as warnings) instead of failing.
    pub fn keep_going(mut self, yes: bool) -> Self {
        self.keep_going = yes;
        self
    }

    /// Extract on `n` threads; 0 (the default) means one per core. The output does not
    /// depend on it.
    pub fn threads(mut self, n: usize) -> Self {
        self.threads = n;
        self
    }

    /// Show a progress bar on stderr (articles, MB, statements, rate). It is drawn only
    /// when stderr is a terminal.
    pub fn progress(mut self, yes: bool) -> Self {
        self.progress = yes;
        self
    }

    /// Read text files in `encoding` instead of detecting it (BOM, UTF-8, else the
    /// detector's guess).
    pub fn encoding(mut self, encoding: Option<&'static encoding_rs::Encoding>) -> Self {
        self.encoding = encoding;
        self
    }

    /// Skip articles (text files, JSON Lines records) larger than `bytes`, with a warning.
    pub fn max_article_bytes(mut self, bytes: usize) -> Self {
        self.max_article_bytes = bytes;
        self
    }

    /// Articles already in the graph being extended, id → content hash: the same
    /// article read again is skipped; another text under a known id gets a new id.
    pub fn known_articles<I, S>(mut self, known: I) -> Self
    where
        I: IntoIterator<Item = (S, Option<String>)>,
        S: Into<String>,
    {
        self.known = known.into_iter().map(|(id, h)| (id.into(), h)).collect();
        self
    }

    /// The extractor.
    pub fn extractor(&self) -> &Extractor {
        &self.extractor
    }

    /// The number of extraction threads a run uses.
    pub fn thread_count(&self) -> usize {
        if self.threads > 0 {
            self.threads
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        }
    }

    /// Runs over `paths`, calling `sink` with each article and its statements in input
    /// order.
    pub fn run<F>(&self, paths: &[PathBuf], mut sink: F) -> Result<RunReport>
    where
        F: FnMut(&Article, Vec<Statement>) -> Result<()>,
    {
        self.run_each(paths, |done| sink(&done.article, done.statements))
    }

    /// Runs over `paths` like [`Pipeline::run_each`], but hands an article of several
    /// blocks on in parts as they are found: `complete` is false on every part but the
    /// last, and each part has the article. Memory then holds one block's statements,
    /// whatever the length of the article. A panic in the extractor after some parts
    /// were handed on skips the rest of that article (and is reported).
    pub fn run_parts<F>(&self, paths: &[PathBuf], sink: F) -> Result<RunReport>
    where
        F: FnMut(Extracted) -> Result<()>,
    {
        self.run_inner(paths, true, sink)
    }

    /// Runs over `paths`, calling `sink` on the calling thread with each article, its
    /// hash, origin and statements, in input order, while later articles are extracted
    /// in parallel. Stops at the first error of the sink or of the input.
    pub fn run_each<F>(&self, paths: &[PathBuf], sink: F) -> Result<RunReport>
    where
        F: FnMut(Extracted) -> Result<()>,
    {
        self.run_inner(paths, false, sink)
    }

    fn run_inner<F>(&self, paths: &[PathBuf], parts: bool, mut sink: F) -> Result<RunReport>
    where
        F: FnMut(Extracted) -> Result<()>,
    {
        let (files, walk_warnings) = collect_input_files(paths)?;
        let mut report = RunReport {
            files: files.len(),
            ..RunReport::default()
        };
        for w in walk_warnings {
            report.warn(w);
        }
        let threads = self.thread_count();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("standpunkt-extract-{i}"))
            .build()
            .map_err(|err| Error::Internal {
                message: format!("cannot start {threads} threads: {err}"),
            })?;
        let total_bytes: u64 = files
            .iter()
            .filter_map(|f| std::fs::metadata(&f.path).ok())
            .map(|m| m.len())
            .sum();
        let bar = self.progress_bar(total_bytes);
        let cancel = AtomicBool::new(false);
        let bound = 2 * threads + 2;
        let started = Instant::now();

        let (outcome, result) = std::thread::scope(|scope| {
            let (batch_tx, batch_rx) = sync_channel::<(usize, Payload)>(bound);
            let (done_tx, done_rx) = sync_channel::<Piece>(bound);
            let files = &files;
            let cancel = &cancel;
            let reader = std::thread::Builder::new()
                .name("standpunkt-read".into())
                .spawn_scoped(scope, move || self.read_all(files, batch_tx, cancel));
            let reader = match reader {
                Ok(handle) => handle,
                Err(err) => {
                    return (
                        None,
                        Err(Error::Internal {
                            message: format!("cannot start the reader: {err}"),
                        }),
                    )
                }
            };
            let extractor = &self.extractor;
            let workers = scope.spawn(move || {
                pool.install(|| {
                    batch_rx.into_iter().par_bridge().for_each_with(
                        done_tx,
                        |tx, (seq, payload)| {
                            // The receiver only goes away once everything is sent.
                            let done = match payload {
                                Payload::Failed(err) => Done::Failed(err),
                                Payload::Articles(units) => {
                                    let mut send_part = |done| {
                                        let _ = tx.send((seq, done, false));
                                    };
                                    let send_part: Option<&mut dyn FnMut(Done)> =
                                        if parts { Some(&mut send_part) } else { None };
                                    Done::Articles(extract_units(
                                        extractor, units, cancel, send_part,
                                    ))
                                }
                            };
                            let _ = tx.send((seq, done, true));
                        },
                    )
                })
            });
            let result = self.receive(done_rx, &mut report, &mut sink, &bar, started, cancel);
            let outcome = reader.join();
            let workers = workers.join();
            match (outcome, workers) {
                (Ok(outcome), Ok(())) => (Some(outcome), result),
                _ => (
                    None,
                    result.and(Err(Error::Internal {
                        message: "internal error: a reading or extraction thread failed".into(),
                    })),
                ),
            }
        });
        bar.finish_and_clear();
        result?;
        let mut outcome = outcome.unwrap_or(ReaderOutcome {
            warnings: Vec::new(),
        });
        // Reading warnings first, in input order, then extraction failures.
        let extraction_warnings = std::mem::take(&mut report.warnings);
        let extraction_issues = std::mem::take(&mut report.issues);
        for w in outcome.warnings.drain(..) {
            report.warn(w);
        }
        report.warnings.extend(extraction_warnings);
        for (issue, n) in extraction_issues {
            *report.issues.entry(issue).or_insert(0) += n;
        }
        Ok(report)
    }

    fn progress_bar(&self, total: u64) -> ProgressBar {
        if !self.progress {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template(
            "{spinner} {elapsed_precise} [{bar:25}] {decimal_bytes}/{decimal_total_bytes} ({decimal_bytes_per_sec}) {msg}",
        )
        .map(|s| s.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
        bar.set_style(style);
        bar
    }

    /// The caller's side: results back in input order, to the sink.
    fn receive<F>(
        &self,
        done_rx: Receiver<Piece>,
        report: &mut RunReport,
        sink: &mut F,
        bar: &ProgressBar,
        started: Instant,
        cancel: &AtomicBool,
    ) -> Result<()>
    where
        F: FnMut(Extracted) -> Result<()>,
    {
        // The pieces of batches after `next`, in the order they came.
        let mut pending: HashMap<usize, Vec<(Done, bool)>> = HashMap::new();
        let mut next = 0usize;
        let mut result = Ok(());
        // Every result is received, even after a failure, so no sender ever blocks.
        for (seq, done, last) in done_rx.iter() {
            pending.entry(seq).or_default().push((done, last));
            while let Some(pieces) = pending.remove(&next) {
                let mut finished = false;
                for (done, last) in pieces {
                    finished |= last;
                    if result.is_err() {
                        continue;
                    }
                    result = self.deliver(done, report, sink, bar, started);
                    if result.is_err() {
                        cancel.store(true, Ordering::Relaxed);
                    }
                }
                if !finished {
                    // More of this batch is to come.
                    break;
                }
                next += 1;
            }
        }
        result
    }

    fn deliver<F>(
        &self,
        done: Done,
        report: &mut RunReport,
        sink: &mut F,
        bar: &ProgressBar,
        started: Instant,
    ) -> Result<()>
    where
        F: FnMut(Extracted) -> Result<()>,
    {
        let results = match done {
            Done::Failed(err) => return Err(err),
            Done::Articles(results) => results,
            Done::Part(unit, statements) => {
                report.statements += statements.len();
                return sink(Extracted {
                    article: unit.article,
                    hash: unit.hash,
                    origin: unit.origin,
                    statements,
                    complete: false,
                });
            }
        };
        let mut position = None;
        for (unit, statements) in results {
            position = Some(unit.position);
            let statements = match statements {
                Ok(statements) => statements,
                Err(message) => {
                    report.warn(Warning::new(
                        Issue::ExtractionFailed,
                        format!(
                            "{}: article `{}`: internal error during extraction ({message}), skipped; please report it",
                            unit.origin, unit.article.id
                        ),
                    ));
                    continue;
                }
            };
            report.articles += 1;
            report.bytes += unit.article.text.len();
            report.statements += statements.len();
            sink(Extracted {
                article: unit.article,
                hash: unit.hash,
                origin: unit.origin,
                statements,
                complete: true,
            })?;
        }
        if let Some(position) = position {
            bar.set_position(position);
            let seconds = started.elapsed().as_secs_f64().max(1e-3);
            bar.set_message(format!(
                "{} articles, {} statements, {:.0}/s",
                report.articles,
                report.statements,
                report.articles as f64 / seconds
            ));
        }
        Ok(())
    }
}

/// Extracts a batch on one worker. A panic in the extractor is caught and reported as an
/// error of that article, so one bad article never takes the run down. With `send_part`,
/// an article of several blocks sends all but its last block's statements through it as
/// they are found, after the results of the batch's articles before it.
fn extract_units(
    extractor: &Extractor,
    units: Vec<Unit>,
    cancel: &AtomicBool,
    mut send_part: Option<&mut dyn FnMut(Done)>,
) -> Vec<(Unit, std::result::Result<Vec<Statement>, String>)> {
    let mut results = Vec::with_capacity(units.len());
    for unit in units {
        if cancel.load(Ordering::Relaxed) {
            results.push((unit, Ok(Vec::new())));
            continue;
        }
        let article = &unit.article;
        let mut statements: Vec<Statement> = Vec::new();
        let mut handed_on = 0;
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            extractor.extract_in_parts(article, &mut |part| match send_part.as_mut() {
                // The block before is complete: it goes on, this one waits (it may be
                // the article's last).
                Some(send) if !statements.is_empty() => {
                    if !results.is_empty() {
                        send(Done::Articles(std::mem::take(&mut results)));
                    }
                    handed_on += statements.len();
                    send(Done::Part(
                        unit.clone(),
                        std::mem::replace(&mut statements, part),
                    ));
                }
                _ => statements.extend(part),
            })
        }));
        let outcome = match outcome {
            Ok(()) => Ok(statements),
            Err(panic) => {
                let message = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".into());
                Err(if handed_on > 0 {
                    format!("{message}; {handed_on} of its statements were handed on before")
                } else {
                    message
                })
            }
        };
        results.push((unit, outcome));
    }
    results
}
