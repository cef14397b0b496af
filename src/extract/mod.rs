//! Extraction: from an article to its statements. Sentences and quotations come from
//! [`crate::text`], knowledge from [`crate::lexicon`]; this module finds mentions,
//! resolves references, attributes cues to speakers and labels stance and object.

mod attribution;
mod chunk;
mod clauses;
mod context;
mod cues;
mod entity;
mod mentions;
mod reference;
mod sources;
mod stance;
mod statement;
mod words;

pub use attribution::Mode;
pub use entity::{ActorKind, Entity};
pub use mentions::{find_mentions, Mention, Target};
pub use statement::{Actor, Evidence, Object, Predicate, Statement};

use crate::ingest::Article;
use crate::lexicon::Lexicon;
use crate::text::{find_quotes, fold_same_length, split_sentences, tokenize};
use attribution::{attribute, continuation, Discourse, Draft, Resolved, SentenceView};
use clauses::Layout;
use context::ArticleContext;
use reference::History;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

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
            }
        }
        out
    }

    fn analyse(&self, article: &Article) -> Vec<SentenceView> {
        let lexicon = &*self.lexicon;
        let text = article.text.as_str();
        let folded = fold_same_length(text);
        let mut context = ArticleContext::new(lexicon, article, &folded);
        let sentences = split_sentences(text, article.body_start);
        let quotes = find_quotes(text, article.body_start);
        let speech = clauses::speech_quotes(text, &quotes);
        let mut history = History::default();
        let mut views = Vec::with_capacity(sentences.len());
        for (index, sentence) in sentences.iter().enumerate() {
            let tokens = tokenize(text, sentence.start, sentence.end);
            let mentions = find_mentions(lexicon, &context, *sentence, &tokens);
            let mut resolved = Vec::with_capacity(mentions.len());
            for m in mentions {
                let Some(mut entity) = history
                    .resolve(&m.target, index)
                    .or_else(|| generic_role(&m, text))
                else {
                    continue;
                };
                // `die Regierungskreise` after `Berliner Regierungskreise`: a generic
                // mention refers to the earlier actor with the same head noun.
                if entity.person.is_none()
                    && entity.country.is_none()
                    && entity.kind != ActorKind::Person
                {
                    if let Some(earlier) = history.with_head(&entity.name) {
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
                let in_quote = quotes
                    .get(quotes.partition_point(|q| q.end < m.end))
                    .is_some_and(|q| q.start <= m.start && m.end <= q.end);
                history.push(
                    index,
                    entity.clone(),
                    m.preposition.is_none() && !genitive && !in_quote,
                );
                context.remember(&entity);
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
            let cues = cues::find_cues(lexicon, text, &folded, &tokens);
            let layout = Layout::new(text, *sentence, &tokens, &speech);
            let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
            let subjunctive = (0..words.len())
                .map(|i| words::looks_like_subjunctive(&words, i))
                .collect();
            views.push(SentenceView {
                sentence: *sentence,
                tokens,
                layout,
                mentions: resolved,
                cues,
                subjunctive,
            });
        }
        views
    }

    /// The statements of `article`, in text order.
    pub fn extract(&self, article: &Article) -> Vec<Statement> {
        let lexicon = &*self.lexicon;
        let text = article.text.as_str();
        let views = self.analyse(article);
        // Two passes: the first finds who speaks each quotation, so that the second can
        // give a quotation's earlier sentences to a speaker named only at its end.
        // Indexed by the quotation's span: looked up once per sentence.
        let mut quote_speakers: HashMap<(usize, usize), Entity> = HashMap::new();
        let mut statements = Vec::new();
        for pass in 0..2 {
            statements.clear();
            let mut last_speaker: Option<Entity> = None;
            let mut recent_speaker: Option<Entity> = None;
            let mut previous_sentence: Option<(usize, usize)> = None;
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
                    if let Some(speaker) = quoted {
                        list.push(continuation(lexicon, view, text, &speaker, Mode::Direct));
                    } else if let Some(speaker) = &last_speaker {
                        if view.opens_with_quote() {
                            list.push(continuation(lexicon, view, text, speaker, Mode::Direct));
                        } else if view.has_main_subjunctive(text)
                            || view.has_source_anaphor(text)
                            || view.has_reportative_sollen(text)
                        {
                            list.push(continuation(lexicon, view, text, speaker, Mode::Indirect));
                        }
                    }
                }
                if list.is_empty() {
                    last_speaker = None;
                } else if let Some(d) = list.iter().rev().find(|d| d.predicate.is_speech()) {
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
                    if let Some((s, e)) = previous_sentence {
                        stance::resolve_pronoun_object(&mut statement.object, &text[s..e]);
                    }
                    statements.push(statement);
                }
                previous_sentence = Some((view.sentence.start, view.sentence.end));
            }
        }
        statements
    }

    fn statement(&self, article: &Article, view: &SentenceView, draft: &Draft) -> Statement {
        let text = article.text.as_str();
        let sentence = view.sentence;
        Statement {
            article: article.id.clone(),
            date: article.date.clone(),
            actor: draft.speaker.actor(),
            country: draft.speaker.country.clone(),
            predicate: draft.predicate,
            negated: draft.negated,
            object: stance::object_of(&self.lexicon, text, draft),
            cue: draft.cue.clone(),
            evidence: Evidence {
                sentence: text[sentence.start..sentence.end].to_string(),
                quote: draft.quote.map(|(s, e)| text[s..e].to_string()),
                mode: draft.mode.as_str().to_string(),
                span: [sentence.start, sentence.end],
            },
        }
    }
}

/// A role noun with no antecedent stands for an unnamed person: `ein Sprecher`,
/// `die Richter`.
fn generic_role(m: &Mention, text: &str) -> Option<Entity> {
    let Target::Role { office, gender } = &m.target else {
        return None;
    };
    let mut entity = Entity::new(text[m.start..m.end].to_string(), ActorKind::Anonymous);
    entity.gender = *gender;
    entity.office = office.clone();
    entity.role = Some(entity.name.clone());
    entity.plural = *gender == crate::lexicon::Gender::U;
    Some(entity)
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
