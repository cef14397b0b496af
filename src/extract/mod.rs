//! Extraction: from an article to its statements. Sentences and quotations come from
//! [`crate::text`], knowledge from [`crate::lexicon`]; this module finds mentions,
//! resolves references, attributes cues to speakers and labels stance and object.

mod acts;
mod agreement;
mod argument;
mod attribution;
mod chunk;
mod clauses;
mod content;
mod context;
mod continuation;
mod cues;
mod draft;
mod entity;
mod evaluation;
mod frame;
mod light_verbs;
mod mentions;
mod reference;
mod sources;
mod speaker;
mod stance;
mod statement;
mod syntax;
mod target;
mod view;
mod words;

pub use draft::Mode;
pub use entity::{ActorKind, Entity};
pub use mentions::{find_mentions, Mention, Target};
pub use statement::{Actor, Evidence, Object, Predicate, Statement};
pub use target::topic_target;

use crate::ingest::Article;
use crate::lexicon::Lexicon;
use crate::text::{find_quotes, fold_same_length, split_sentences, tokenize, Quote, Sentence};
use attribution::{attribute, Discourse};
use clauses::Layout;
use context::ArticleContext;
use continuation::continuation;
use draft::Draft;
use entity::Resolved;
use reference::History;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use view::SentenceView;

/// What a pass carries from one block to the next: the last and the most recent speaker,
/// the previous sentence, and the last speaker across sentences of narration with how
/// many there were.
type Carried = (
    Option<Entity>,
    Option<Entity>,
    Option<(usize, usize)>,
    Option<(Entity, usize)>,
);

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

/// What makes two drafts of one sentence the same statement.
type DraftKey = (String, Predicate, bool, Option<(usize, usize)>);

/// Extracts statements from articles with a lexicon. Cheap to clone and share between
/// threads.
#[derive(Debug, Clone)]
pub struct Extractor {
    lexicon: Arc<Lexicon>,
}

impl Extractor {
    /// An extractor over `lexicon`.
    pub fn new(lexicon: Arc<Lexicon>) -> Self {
        Extractor { lexicon }
    }

    /// An extractor over the built-in lexicon.
    pub fn builtin() -> Self {
        Extractor::new(Lexicon::builtin())
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// A readable account of what extraction saw in each sentence: mentions with what
    /// they resolved to, and cue words. For checking why a statement was (not) found.
    pub fn trace(&self, article: &Article) -> String {
        use std::fmt::Write;
        let text = article.text.as_str();
        let mut out = String::new();
        for (i, view) in self.analyse(article).iter().enumerate() {
            let _ = writeln!(
                out,
                "[{}] {}",
                i,
                &text[view.sentence.start..view.sentence.end]
            );
            for m in &view.mentions {
                let _ = writeln!(
                    out,
                    "    mention {:?} → {} ({}, {}){}{}",
                    &text[m.start..m.end],
                    m.entity.name,
                    m.entity.kind.as_str(),
                    m.entity.country.as_deref().unwrap_or("?"),
                    m.preposition
                        .as_deref()
                        .map(|p| format!(" prep={p}"))
                        .unwrap_or_default(),
                    if m.genitive { " genitive" } else { "" }
                );
            }
            for c in &view.cues {
                let cue = &self.lexicon.cues[c.cue];
                let _ = writeln!(
                    out,
                    "    cue {:?} → {} {} ({})",
                    c.text, cue.lemma, cue.predicate, cue.pos
                );
                if let Some(a) = view.grammar.at(text, &view.tokens, c.first) {
                    let form = |k: usize| view.tokens[k].text(text).to_string();
                    let _ = writeln!(out, "      {}", a.describe(c.first, &form));
                    for s in a.subjects(c.first, &view.mentions) {
                        let _ = writeln!(
                            out,
                            "      speaker candidate {:?} → {} ({})",
                            &text[s.mention.start..s.mention.end],
                            s.mention.entity.name,
                            s.why
                        );
                    }
                }
            }
        }
        out
    }

    /// The sentences of `article`, analysed: used by `trace`.
    fn analyse(&self, article: &Article) -> Vec<SentenceView> {
        let folded = fold_same_length(&article.text);
        let mut reader = Reader::new(&self.lexicon, article, &folded);
        std::iter::from_fn(|| reader.next_view()).collect()
    }

    /// The statements of `article`, in text order.
    pub fn extract(&self, article: &Article) -> Vec<Statement> {
        let mut statements = Vec::new();
        self.extract_in_parts(article, &mut |part| statements.extend(part));
        statements
    }

    /// The statements of `article` in text order, handed to `emit` block by block as
    /// they are found (see [`BLOCK_SENTENCES`]; a news article is one block, one call):
    /// however long the article, memory holds the statements of one block.
    pub fn extract_in_parts(&self, article: &Article, emit: &mut dyn FnMut(Vec<Statement>)) {
        let lexicon = &*self.lexicon;
        let text = article.text.as_str();
        let folded = fold_same_length(text);
        let mut reader = Reader::new(lexicon, article, &folded);
        // What each pass carries from one block to the next: the last and the most
        // recent speaker, and the previous sentence.
        let mut carried: [Carried; 2] = Default::default();
        let mut statements = Vec::new();
        loop {
            // Bounded memory: one block of sentence views at a time. Blocks end where
            // no quotation is open, so that both passes see each quotation whole.
            let views = reader.next_block();
            if views.is_empty() {
                break;
            }
            // Two passes: the first finds who speaks each quotation, so that the second
            // can give a quotation's earlier sentences to a speaker named only at its end.
            // Indexed by the quotation's span: looked up once per sentence.
            let mut quote_speakers: HashMap<(usize, usize), Entity> = HashMap::new();
            for (pass, carried) in carried.iter_mut().enumerate() {
                let (mut last_speaker, mut recent_speaker, mut previous_sentence, mut narrated) =
                    std::mem::take(carried);
                for view in &views {
                    let discourse = Discourse {
                        reported_by: last_speaker.as_ref(),
                        recent_speaker: recent_speaker.as_ref(),
                    };
                    let mut list = attribute(lexicon, view, text, discourse);
                    if list.is_empty() {
                        let quoted = view
                            .layout
                            .quotes
                            .iter()
                            .find_map(|q| quote_speakers.get(&(q.start, q.end)).cloned());
                        // Who carries on into a sentence with no cue of its own, and how.
                        let carrier = if let Some(speaker) = quoted.as_ref() {
                            Some((speaker, Mode::Direct))
                        } else if let Some(speaker) = &last_speaker {
                            if view.opens_with_quote() {
                                Some((speaker, Mode::Direct))
                            } else if view.has_main_subjunctive(text)
                                || view.has_source_anaphor()
                                || view.has_reportative_sollen()
                            {
                                Some((speaker, Mode::Indirect))
                            } else {
                                None
                            }
                        } else if let Some((speaker, _)) = &narrated {
                            // Konjunktiv I (not II, which narration uses too) carries the
                            // speaker's indirect speech on after narration.
                            (has_main_konjunktiv_one(lexicon, view, text)
                                && !other_subject(view, speaker))
                            .then_some((speaker, Mode::Indirect))
                        } else {
                            None
                        };
                        if let Some((speaker, mode)) = carrier {
                            list.push(continuation(lexicon, view, text, speaker, mode));
                        }
                    }
                    if list.is_empty() {
                        // Reported speech may carry on over a sentence or two of narration
                        // (and a paragraph break) while no other actor is its subject.
                        narrated = match (narrated.take(), last_speaker.take()) {
                            (_, Some(s)) => Some((s, 1)),
                            (Some((s, n)), None) if n < 2 && !other_subject(view, &s) => {
                                Some((s, n + 1))
                            }
                            _ => None,
                        };
                    } else if let Some(d) = list.iter().rev().find(|d| d.predicate.is_speech()) {
                        narrated = None;
                        last_speaker = Some(d.speaker.clone());
                        recent_speaker = Some(d.speaker.clone());
                    }
                    if pass == 0 {
                        for d in &list {
                            if d.mode == Mode::Direct {
                                for q in &view.layout.quotes {
                                    quote_speakers
                                        .entry((q.start, q.end))
                                        .or_insert_with(|| d.speaker.clone());
                                }
                            }
                        }
                        continue;
                    }
                    // One statement per speaker, predicate, negation and content.
                    let mut emitted: HashSet<DraftKey> = HashSet::new();
                    for draft in list {
                        let key = (
                            draft.speaker.name.clone(),
                            draft.predicate,
                            draft.negated,
                            draft.content,
                        );
                        if !emitted.insert(key) {
                            continue;
                        }
                        let mut statement = self.statement(article, view, &draft);
                        if statement.country.is_none() {
                            statement.country = mentioned_country(view, text, &draft.speaker)
                                .or_else(|| reader.context.presumed_for(&draft.speaker));
                        }
                        if let Some((s, e)) = previous_sentence {
                            stance::resolve_pronoun_object(
                                lexicon,
                                &mut statement.object,
                                &article.text,
                                (draft.content.unwrap_or((0, 0)), (s, e)),
                            );
                        }
                        // A statement needs an argument: none was found where its only
                        // candidate was the speaker, an adverbial or nothing. (Where a
                        // word of the content carries the predicate, `sagte, man sei
                        // gesprächsbereit`, that word is what is said.)
                        if !stance::has_argument(&statement.object) && !statement.cue.contains('…')
                        {
                            continue;
                        }
                        statements.push(statement);
                    }
                    previous_sentence = Some((view.sentence.start, view.sentence.end));
                }
                *carried = (last_speaker, recent_speaker, previous_sentence, narrated);
            }
            if !statements.is_empty() {
                emit(std::mem::take(&mut statements));
            }
        }
    }

    fn statement(&self, article: &Article, view: &SentenceView, draft: &Draft) -> Statement {
        let text = &article.text;
        let sentence = view.sentence;
        Statement {
            article: article.id.clone(),
            date: article.date.clone(),
            actor: draft.speaker.actor(),
            country: draft.speaker.speaks_for(),
            predicate: draft.predicate,
            negated: draft.negated,
            object: stance::object_of(&self.lexicon, text, draft, (sentence.start, sentence.end)),
            cue: draft.cue.clone(),
            evidence: Evidence {
                sentence: text.slice(sentence.start..sentence.end),
                quote: draft.quote.map(|(s, e)| text.slice(s..e)),
                mode: draft.mode.as_str().to_string(),
                span: [sentence.start, sentence.end],
            },
        }
    }
}

/// Whether a Konjunktiv I form stands in a main clause of the sentence, outside
/// quotations.
fn has_main_konjunktiv_one(lexicon: &Lexicon, view: &SentenceView, text: &str) -> bool {
    view.has_main_subjunctive(text)
        && (0..view.tokens.len()).any(|i| {
            view.subjunctive[i]
                && !view.layout.in_quote(i)
                && lexicon
                    .word_classes
                    .contains(crate::lexicon::WordClass::KonjunktivOne, view.word(i))
        })
}

/// A speaker read from the words of a source phrase (`laut einem Bericht des UNHCHR`,
/// `laut Hauptmann Abraham Sipe von der US-Marineinfanterie`) has the country of the
/// mention written with the same words.
fn mentioned_country(view: &SentenceView, text: &str, speaker: &Entity) -> Option<String> {
    view.mentions
        .iter()
        .find(|m| text[m.start..m.end] == speaker.name && m.entity.country.is_some())
        .and_then(|m| m.entity.country.clone())
}

/// Whether an actor other than `speaker` stands where a subject can in the sentence.
fn other_subject(view: &SentenceView, speaker: &Entity) -> bool {
    view.mentions.iter().any(|m| {
        m.preposition.is_none()
            && !m.genitive
            && !m.oblique
            && !view.layout.in_quote(m.first)
            && !m.entity.same_as(speaker)
    })
}

/// Reads an article sentence by sentence, carrying what earlier sentences established
/// (actors seen, reference history). Views are made on demand, so that an article of any
/// size is held as its text plus one block of views (see [`BLOCK_SENTENCES`]).
struct Reader<'a> {
    lexicon: &'a Lexicon,
    text: &'a str,
    /// The same text, shared (what a view keeps to answer later questions).
    shared: &'a crate::ingest::SharedText,
    folded: &'a str,
    context: ArticleContext<'a>,
    sentences: Vec<Sentence>,
    quotes: Vec<Quote>,
    speech: Vec<Quote>,
    history: History,
    next: usize,
}

impl<'a> Reader<'a> {
    fn new(lexicon: &'a Lexicon, article: &'a Article, folded: &'a str) -> Self {
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
    fn next_block(&mut self) -> Vec<SentenceView> {
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

    /// The next sentence, analysed.
    fn next_view(&mut self) -> Option<SentenceView> {
        let lexicon = self.lexicon;
        let text = self.text;
        let index = self.next;
        let sentence = self.sentences.get(index)?;
        self.next += 1;
        let tokens = tokenize(text, sentence.start, sentence.end);
        let mentions = find_mentions(lexicon, &self.context, *sentence, &tokens);
        let mut resolved = Vec::with_capacity(mentions.len());
        for m in mentions {
            let Some(mut entity) = self
                .history
                .resolve(&m.target, index)
                .or_else(|| reference::generic_role(&m, text, self.context.dominant.as_deref()))
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
            self.history.push(
                index,
                entity.clone(),
                m.preposition.is_none() && !genitive && !in_quote,
            );
            self.context.remember(&entity);
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
                    .is_some_and(words::is_oblique_determiner),
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

/// The actors that the mentions in `text` resolve to at `date` (`YYYY-MM-DD` or
/// `YYYY-MM`), as `standpunkt lexicon resolve` prints them: pronouns and other anaphors
/// without an antecedent are left out.
pub fn resolve_mentions(
    lexicon: &Lexicon,
    text: &str,
    date: Option<&str>,
) -> Vec<(String, Entity)> {
    let mut article = Article::new("resolve", text);
    article.date = date.map(str::to_string);
    let folded = fold_same_length(text);
    let context = ArticleContext::new(lexicon, &article, &folded);
    let sentence = crate::text::Sentence {
        start: 0,
        end: text.len(),
    };
    let tokens = tokenize(text, 0, text.len());
    let mut history = History::default();
    let mut out = Vec::new();
    for m in find_mentions(lexicon, &context, sentence, &tokens) {
        if let Some(entity) = history.resolve(&m.target, 0) {
            history.push(0, entity.clone(), true);
            out.push((text[m.start..m.end].to_string(), entity));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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
