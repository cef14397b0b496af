//! Reads an article block by block: sentences, quotations and tokens from `text`, the
//! grammar view of each sentence, and its mentions resolved against what the article
//! said before. Blocks are bounded in sentences and bytes, so that a text of any size is
//! held as itself plus one block of views.

use super::clauses::{self, Layout};
use super::context::ArticleContext;
use super::entity::Resolved;
use super::mentions::find_mentions;
use super::mentions::Target;
use super::reference;
use super::reference::History;
use super::view::SentenceView;
use super::words;
use super::ActorKind;
use super::{cues, sources, syntax, view};
use crate::ingest::Article;
use crate::lexicon::Lexicon;
use crate::text::{find_quotes, split_sentences, tokenize, Quote, Sentence};

/// How many sentences are analysed and held at once (a news article has far fewer: it
/// is one block). A longer text is read block by block, cut where no quotation is open.
const BLOCK_SENTENCES: usize = 4_096;

/// A block is cut here even inside a quotation: a "quotation" this long is an unclosed
/// quotation mark, not speech.
const MAX_BLOCK_SENTENCES: usize = 4 * BLOCK_SENTENCES;

/// A block also ends after this many bytes of text: the views of a sentence take about
/// twenty times its bytes, and run-on text fills 4,096 sentences with 8 MB.
const BLOCK_BYTES: usize = 1 << 20;

/// …and even inside a quotation after this many.
const MAX_BLOCK_BYTES: usize = 4 * BLOCK_BYTES;

/// Reads an article sentence by sentence, carrying what earlier sentences established
/// (actors seen, reference history). Views are made on demand, so that an article of any
/// size is held as its text plus one block of views (see [`BLOCK_SENTENCES`]).
pub(super) struct Reader<'a> {
    lexicon: &'a Lexicon,
    text: &'a str,
    /// The same text, shared (what a view keeps to answer later questions).
    shared: &'a crate::ingest::SharedText,
    folded: &'a str,
    pub(super) context: ArticleContext<'a>,
    sentences: Vec<Sentence>,
    quotes: Vec<Quote>,
    speech: Vec<Quote>,
    history: History,
    next: usize,
}

impl<'a> Reader<'a> {
    pub(super) fn new(lexicon: &'a Lexicon, article: &'a Article, folded: &'a str) -> Self {
        let text = article.text.as_str();
        let quotes = find_quotes(text, article.body_start);
        Reader {
            lexicon,
            text,
            shared: &article.text,
            folded,
            context: ArticleContext::new(lexicon, article, folded),
            sentences: split_sentences(text, article.body_start),
            speech: clauses::speech_quotes(text, &quotes),
            quotes,
            history: History::default(),
            next: 0,
        }
    }

    /// Whether a speech quotation runs from sentence `i` into sentence `i + 1`.
    fn quote_continues_after(&self, i: usize) -> bool {
        let (Some(this), Some(next)) = (self.sentences.get(i), self.sentences.get(i + 1)) else {
            return false;
        };
        let k = self.speech.partition_point(|q| q.end <= this.start);
        self.speech[k..]
            .iter()
            .take_while(|q| q.start < this.end)
            .any(|q| q.end > next.start)
    }

    /// The next block of views: [`BLOCK_SENTENCES`] sentences or [`BLOCK_BYTES`] of
    /// text, or more up to the end of a quotation that is open at the cut (at most
    /// [`MAX_BLOCK_SENTENCES`] and [`MAX_BLOCK_BYTES`]).
    pub(super) fn next_block(&mut self) -> Vec<SentenceView> {
        let mut block = Vec::new();
        let mut bytes = 0;
        while let Some(view) = self.next_view() {
            bytes += view.sentence.end - view.sentence.start;
            block.push(view);
            let last = self.next - 1;
            if block.len() >= MAX_BLOCK_SENTENCES
                || bytes >= MAX_BLOCK_BYTES
                || (block.len() >= BLOCK_SENTENCES || bytes >= BLOCK_BYTES)
                    && !self.quote_continues_after(last)
            {
                break;
            }
        }
        block
    }

    /// Whether every sentence has been read: no block follows.
    pub(super) fn is_done(&self) -> bool {
        self.next >= self.sentences.len()
    }

    /// The next sentence, analysed.
    pub(super) fn next_view(&mut self) -> Option<SentenceView> {
        let lexicon = self.lexicon;
        let text = self.text;
        let index = self.next;
        let sentence = self.sentences.get(index)?;
        self.next += 1;
        let tokens = tokenize(text, sentence.start, sentence.end);
        let mentions = find_mentions(lexicon, &self.context, *sentence, &tokens);
        let mut resolved = Vec::with_capacity(mentions.len());
        for m in mentions {
            let together = self.history.together(&m.target, index);
            let Some(mut entity) = self
                .history
                .resolve(&m.target, index)
                .or_else(|| reference::role_holder(lexicon, &self.history, &m, text))
                .or_else(|| {
                    reference::generic_role(lexicon, &m, text, self.context.dominant.as_deref())
                })
            else {
                continue;
            };
            // `die Regierungskreise` after `Berliner Regierungskreise`: a generic
            // mention refers to the earlier actor with the same head noun.
            if entity.person.is_none()
                && entity.country.is_none()
                && entity.kind != ActorKind::Person
            {
                if let Some(earlier) = self.history.with_head(&entity.name) {
                    entity = earlier;
                }
            }
            // `Die Organisation` refers to the organisation named last.
            let next = tokens
                .get(tokens.partition_point(|t| t.start < m.end))
                .map(|t| t.text(text));
            if reference::is_definite_description(lexicon, &entity, m.determiner.as_deref(), next) {
                if let Some(named) = self
                    .history
                    .described(index, |e| reference::has_own_name(lexicon, e))
                {
                    entity = named;
                }
            }
            // Binary searches: tokens are sorted and disjoint.
            let first = match tokens.partition_point(|t| t.end <= m.start) {
                i if i < tokens.len() => i,
                _ => 0,
            };
            let last = tokens
                .partition_point(|t| t.start < m.end)
                .checked_sub(1)
                .unwrap_or(first);
            let genitive = m.genitive || is_genitive(&text[m.start..m.end], &entity.name);
            // Quotations are sorted and disjoint: the only candidate is the first
            // one ending at or after the mention.
            let in_quote = self
                .quotes
                .get(self.quotes.partition_point(|q| q.end < m.end))
                .is_some_and(|q| q.start <= m.start && m.end <= q.end);
            if matches!(m.target, Target::Role { .. }) && entity.role.is_none() {
                self.history.note_role(&entity, &text[m.start..m.end]);
            }
            self.history.push(
                index,
                entity.clone(),
                m.preposition.is_none() && !genitive && !in_quote,
            );
            self.context.remember(&entity);
            if !matches!(m.target, Target::Pronoun(_)) {
                self.context.remember_acronym(
                    lexicon,
                    &entity,
                    &text[m.start..m.end],
                    &text[m.end..],
                );
            }
            resolved.push(Resolved {
                start: m.start,
                end: m.end,
                first,
                last,
                entity,
                preposition: m.preposition,
                genitive,
                anaphor: matches!(m.target, Target::Pronoun(_)),
                oblique: m
                    .determiner
                    .as_deref()
                    .is_some_and(|det| oblique_phrase(text, &tokens, first, last, det)),
                together,
            });
        }
        let cues = cues::find_cues(lexicon, text, self.folded, &tokens);
        let layout = Layout::new(text, *sentence, &tokens, &self.speech);
        let subjunctive = view::Subjunctive::new(self.shared.clone(), tokens.clone());
        let mut view = SentenceView {
            sentence: *sentence,
            tokens,
            layout,
            mentions: resolved,
            cues,
            subjunctive,
            folded: self.folded[sentence.start..sentence.end].to_string(),
            grammar: syntax::Grammar::default(),
            main_subject: std::cell::OnceCell::new(),
        };
        // Actors inside a source phrase (`laut dem Bericht des Magazins X`) are no
        // subjects.
        for (first, last) in sources::source_phrase_spans(lexicon, &view, text) {
            for m in &mut view.mentions {
                if m.first >= first && m.last <= last && m.preposition.is_none() {
                    m.genitive = true;
                }
            }
        }
        Some(view)
    }
}

/// `Selenskyjs`, `Russlands`: a genitive form of the name.
fn is_genitive(written: &str, name: &str) -> bool {
    let last_written = written.split_whitespace().last().unwrap_or("");
    let last_name = name.split_whitespace().last().unwrap_or("");
    last_written.len() == last_name.len() + 1
        && last_written.ends_with('s')
        && last_written.starts_with(last_name)
}

/// Whether the phrase of a mention at tokens `first..=last`, opened by `determiner`
/// (lower case) a few words before it, is never nominative (`dem Minister`, `der
/// Regierung`, `einer Zeitung`): see [`super::case::never_nominative`].
fn oblique_phrase(
    text: &str,
    tokens: &[crate::text::Token],
    first: usize,
    last: usize,
    determiner: &str,
) -> bool {
    let Some(det) = (first.saturating_sub(4)..first)
        .rev()
        .find(|&i| tokens[i].text(text).eq_ignore_ascii_case(determiner))
    else {
        return words::is_oblique_determiner(determiner);
    };
    let after: Vec<&str> = (det + 1..=last.max(first))
        .map(|i| tokens[i].text(text))
        .collect();
    super::case::never_nominative(determiner, &after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold_same_length;

    /// The old worst case held the views of every sentence of an article at once: a
    /// 64 MB file took gigabytes. Blocks are bounded, and cut only where no quotation
    /// is open.
    #[test]
    fn long_articles_are_read_in_bounded_blocks() {
        let lexicon = Lexicon::builtin();
        let mut text = "Er kam. ".repeat(BLOCK_SENTENCES - 2);
        text.push_str("„Wir kommen auch. Und wir bleiben lange. Sehr lange“, sagte er. ");
        text.push_str(&"Er ging. ".repeat(BLOCK_SENTENCES));
        let article = Article::new("long", text.as_str());
        let folded = fold_same_length(&article.text);
        let mut reader = Reader::new(&lexicon, &article, &folded);
        let first = reader.next_block();
        // The quotation starting at the cut runs two sentences on: the block with it.
        assert_eq!(first.len(), BLOCK_SENTENCES + 1);
        assert!(first
            .last()
            .unwrap()
            .sentence
            .text(&text)
            .ends_with("sagte er."));
        let second = reader.next_block();
        assert_eq!(second.len(), BLOCK_SENTENCES);
        assert!(reader.next_block().is_empty());
        // An unclosed quotation mark does not hold the whole article in one block.
        let unclosed = format!("„{}", "Er kam. ".repeat(MAX_BLOCK_SENTENCES + 10));
        let article = Article::new("unclosed", unclosed.as_str());
        let folded = fold_same_length(&article.text);
        let mut reader = Reader::new(&lexicon, &article, &folded);
        assert_eq!(reader.next_block().len(), MAX_BLOCK_SENTENCES);
    }

    /// Run-on text (no period) is cut into sentences of up to 2,000 bytes: 4,096 of them
    /// held 8 MB of text and some 200 MB of views. Blocks end after a mebibyte of text,
    /// or four inside a quotation that stays open.
    #[test]
    fn blocks_of_long_sentences_are_bounded_in_bytes() {
        let lexicon = Lexicon::builtin();
        let max_sentence = crate::text::MAX_SENTENCE_BYTES;
        // Long words keep the views cheap; sentences are cut at spaces, ~2,000 bytes.
        let text = format!("{} ", "a".repeat(99)).repeat(5 * BLOCK_BYTES / 100);
        let bytes = |block: &[SentenceView]| -> usize {
            block
                .iter()
                .map(|v| v.sentence.end - v.sentence.start)
                .sum()
        };
        let article = Article::new("run-on", text.as_str());
        let folded = fold_same_length(&article.text);
        let mut reader = Reader::new(&lexicon, &article, &folded);
        let mut blocks = Vec::new();
        loop {
            let block = reader.next_block();
            if block.is_empty() {
                break;
            }
            assert!(block.len() < BLOCK_SENTENCES, "{}", block.len());
            blocks.push(bytes(&block));
        }
        assert_eq!(blocks.len(), 5, "{blocks:?}");
        for &b in &blocks[..4] {
            assert!(
                (BLOCK_BYTES..BLOCK_BYTES + max_sentence).contains(&b),
                "{b}"
            );
        }
        // An unclosed quotation mark holds a block open up to four times as long.
        let unclosed = format!("„{text}");
        let article = Article::new("unclosed", unclosed.as_str());
        let folded = fold_same_length(&article.text);
        let mut reader = Reader::new(&lexicon, &article, &folded);
        let first = bytes(&reader.next_block());
        assert!(
            (MAX_BLOCK_BYTES..MAX_BLOCK_BYTES + max_sentence).contains(&first),
            "{first}"
        );
    }
}
