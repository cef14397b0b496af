//! The reader thread of a run: files become articles in input order, their ids settled
//! (duplicates renamed or skipped, articles already in the graph skipped), handed on in
//! batches of about [`BATCH_BYTES`] or [`BATCH_ARTICLES`].

use super::{Payload, Pipeline, Unit, BATCH_ARTICLES, BATCH_BYTES};
use crate::ingest::{
    content_hash, Admission, ArticleIds, InputFile, Issue, Item, ReadOptions, Warning,
};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::SyncSender;
use std::sync::Arc;

/// What the reader thread hands back when it is done.
pub(super) struct ReaderOutcome {
    pub(super) warnings: Vec<Warning>,
}

impl Pipeline {
    /// The reader thread: files → articles in input order, ids settled, in batches.
    pub(super) fn read_all(
        &self,
        files: &[InputFile],
        tx: SyncSender<(usize, Payload)>,
        cancel: &AtomicBool,
    ) -> ReaderOutcome {
        let options = ReadOptions {
            keep_going: self.keep_going,
            max_article_bytes: self.max_article_bytes,
            encoding: self.encoding,
        };
        let mut ids = ArticleIds::with_known(self.known.iter().cloned());
        let mut warnings = Vec::new();
        let mut batch: Vec<Unit> = Vec::new();
        let mut batch_bytes = 0usize;
        let mut seq = 0usize;
        let mut base = 0u64;
        let send = |payload: Payload, seq: &mut usize| -> bool {
            let sent = tx.send((*seq, payload)).is_ok();
            *seq += 1;
            sent && !cancel.load(Ordering::Relaxed)
        };
        for file in files {
            if cancel.load(Ordering::Relaxed) {
                break;
            }
            let mut open = true;
            let result = file.stream(&options, &mut |item| {
                match item {
                    Item::Warning(w) => warnings.push(w),
                    Item::Article {
                        mut article,
                        line,
                        end,
                    } => {
                        let origin = if line > 0 {
                            format!("{}:{line}", file.path.display())
                        } else {
                            file.path.display().to_string()
                        };
                        let hash = content_hash(&article);
                        match ids.admit(&mut article, &hash) {
                            Admission::New => {}
                            Admission::Renamed { from } => warnings.push(Warning::new(
                                Issue::DuplicateId,
                                format!(
                                    "{origin}: duplicate article id `{from}` with a different text, kept as `{}`",
                                    article.id
                                ),
                            )),
                            Admission::Repeated { id } => {
                                warnings.push(Warning::new(
                                    Issue::RepeatedArticle,
                                    format!(
                                        "{origin}: article `{id}` was already read (same id and text), skipped"
                                    ),
                                ));
                                return !cancel.load(Ordering::Relaxed);
                            }
                            Admission::Known { id } => {
                                warnings.push(Warning::new(
                                    Issue::RepeatedArticle,
                                    format!(
                                        "{origin}: article `{id}` is already in the graph (same id and text), skipped"
                                    ),
                                ));
                                return !cancel.load(Ordering::Relaxed);
                            }
                        }
                        batch_bytes += article.text.len();
                        batch.push(Unit {
                            article: Arc::new(article),
                            hash,
                            origin,
                            position: base + end,
                        });
                        if batch_bytes >= BATCH_BYTES || batch.len() >= BATCH_ARTICLES {
                            batch_bytes = 0;
                            open = send(Payload::Articles(std::mem::take(&mut batch)), &mut seq);
                            return open;
                        }
                    }
                }
                !cancel.load(Ordering::Relaxed)
            });
            base += std::fs::metadata(&file.path).map_or(0, |m| m.len());
            if let Err(err) = result {
                if !batch.is_empty() {
                    send(Payload::Articles(std::mem::take(&mut batch)), &mut seq);
                }
                send(Payload::Failed(err), &mut seq);
                return ReaderOutcome { warnings };
            }
            if !open {
                break;
            }
        }
        if !batch.is_empty() {
            send(Payload::Articles(batch), &mut seq);
        }
        ReaderOutcome { warnings }
    }
}
