//! Extraction: from an article to its statements. Sentences and quotations come from
//! [`crate::text`], knowledge from [`crate::lexicon`]; this module finds mentions,
//! resolves references, attributes cues to speakers and labels stance and object.

mod acts;
mod agreement;
mod argument;
mod attribution;
mod back_reference;
mod case;
mod chunk;
mod clauses;
mod colon_quotes;
mod complement;
mod content;
mod context;
mod continuation;
mod coordination;
mod cue_speaker;
mod cueless;
mod cues;
mod draft;
mod entity;
mod evaluation;
mod frame;
mod impersonal_sources;
mod insertions;
mod konjunktiv_one;
mod light_verbs;
mod mentions;
mod passive_agent;
mod reader;
mod reference;
mod relative;
mod reported_mood;
mod source_chunk;
mod source_nouns;
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
use crate::text::{fold_same_length, tokenize};
use attribution::attribute;
use context::ArticleContext;
use continuation::continuation;
use cue_speaker::Discourse;
use draft::Draft;
use reader::Reader;
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

/// A sentence's drafts with the speakers they were attributed after (the last and the
/// most recent).
type Attributed = (Option<Entity>, Option<Entity>, Vec<Draft>);

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
            // What the first pass attributed in each sentence, with the speakers it was
            // attributed after: the second pass takes it over where those are the same
            // (attribution reads nothing else that differs between passes).
            let mut first_pass: Vec<Option<Attributed>> = Vec::with_capacity(views.len());
            for (pass, carried) in carried.iter_mut().enumerate() {
                let (mut last_speaker, mut recent_speaker, mut previous_sentence, mut narrated) =
                    std::mem::take(carried);
                // The sentence whose main-clause subject, if another actor, ends `narrated`
                // (see [`continuation::Narrated`]): asked only where the answer matters.
                let mut narrated_unless: Option<usize> = None;
                // The predicate, negation and object of the previous sentence's last statement.
                let mut previous_statement: Option<back_reference::PreviousStatement> = None;
                // Whether the last speaker's last statement reported a plan or a demand,
                // not in a quotation.
                let mut planned = false;
                for (v, view) in views.iter().enumerate() {
                    let discourse = Discourse {
                        reported_by: last_speaker.as_ref(),
                        recent_speaker: recent_speaker.as_ref(),
                    };
                    let mut list = match first_pass.get_mut(v).and_then(Option::take) {
                        Some((reported_by, recent, list))
                            if reported_by == last_speaker && recent == recent_speaker =>
                        {
                            list
                        }
                        _ => attribute(lexicon, view, text, discourse),
                    };
                    if pass == 0 {
                        first_pass.push(Some((
                            last_speaker.clone(),
                            recent_speaker.clone(),
                            list.clone(),
                        )));
                    }
                    // Whether the sentence's statements come from cues of its own, not
                    // carried on from the speaker before.
                    let own_cues = !list.is_empty();
                    if list.is_empty() {
                        let quoted = view
                            .layout
                            .quotes
                            .iter()
                            .find_map(|q| quote_speakers.get(&(q.start, q.end)).cloned());
                        // Who carries on into a sentence with no cue of its own, and how.
                        let before = continuation::Before {
                            quoted: quoted.as_ref(),
                            last_speaker: last_speaker.as_ref(),
                            narrated: continuation::Narrated {
                                speaker: narrated.as_ref().map(|(s, _)| s),
                                unless_new_subject_in: narrated_unless.map(|i| &views[i]),
                            },
                            previous: v.checked_sub(1).map(|p| &views[p]),
                            planned,
                        };
                        let carrier = continuation::carrier(view, text, lexicon, &before);
                        if let Some((speaker, mode)) = carrier {
                            list.push(continuation(lexicon, view, text, &speaker, mode));
                        }
                    }
                    if list.is_empty() {
                        // Reported speech may carry on over a sentence or two of narration
                        // (and a paragraph break) while no other actor is its subject.
                        // Another actor as the subject of the narration ends it.
                        // So does a source phrase naming another source.
                        let other_source =
                            |s: &Entity| continuation::names_other_source(lexicon, view, text, s);
                        // Whether the subject of this sentence is another actor is left
                        // open (`narrated_unless`); a narration carried on from a sentence
                        // left open stays under that sentence's condition.
                        narrated = match (narrated.take(), last_speaker.take()) {
                            (_, Some(s)) if !other_source(&s) => {
                                narrated_unless = Some(v);
                                Some((s, 1))
                            }
                            (Some((s, n)), None)
                                if n < 2
                                    && !continuation::other_subject(view, &s)
                                    && !other_source(&s) =>
                            {
                                Some((s, n + 1))
                            }
                            _ => None,
                        };
                    } else if let Some(d) = list.iter().rev().find(|d| d.predicate.is_speech()) {
                        narrated = None;
                        planned = d.mode != Mode::Direct && d.predicate.is_plan();
                        last_speaker = Some(d.speaker.clone());
                        recent_speaker = Some(d.speaker.clone());
                    }
                    // A quotation's speaker is the one a cue of its own names (`„…“,
                    // erklärte X` at its end), not the one its first sentences were
                    // carried on from.
                    if pass == 0 {
                        for d in list.iter().filter(|_| own_cues) {
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
                        if let Some(previous) = previous_sentence {
                            back_reference::refer_back(
                                lexicon,
                                view,
                                &article.text,
                                &draft,
                                &mut statement,
                                previous,
                                previous_statement.as_ref(),
                            );
                        }
                        // A statement needs an argument: none was found where its only
                        // candidate was the speaker, an adverbial or nothing. (Where a
                        // word of the content carries the predicate, `sagte, man sei
                        // gesprächsbereit`, that word is what is said.)
                        if !stance::has_argument(&statement.object)
                            && !predicate_in_content(lexicon, &statement.cue)
                        {
                            continue;
                        }
                        statements.push(statement);
                    }
                    previous_sentence = Some((view.sentence.start, view.sentence.end));
                    previous_statement = statements
                        .last()
                        .filter(|st| st.evidence.span[1] == view.sentence.end)
                        .map(|st| (st.predicate, st.negated, st.object.clone()));
                }
                // The next block has other views: the condition is settled now (after
                // the last block nothing reads it, and it is not asked).
                if let (Some((s, _)), Some(i), false) =
                    (narrated.as_ref(), narrated_unless, reader.is_done())
                {
                    if continuation::new_subject(&views[i], text, s) {
                        narrated = None;
                    }
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

/// Whether the cue has a part besides its verb that is not the verb's separable particle
/// (`sagte … gesprächsbereit`, not `sagte … ab`): a word of the content carries the
/// predicate, and that word is what is said.
fn predicate_in_content(lexicon: &Lexicon, cue: &str) -> bool {
    cue.split(" … ").skip(1).any(|part| {
        !lexicon
            .cues
            .iter()
            .any(|c| c.particle.as_deref() == Some(part))
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

/// The actor names of the statements the built-in extractor finds in `text`, an article
/// dated 2 May 2024: for the unit tests of the rules.
#[cfg(test)]
pub(crate) fn actor_names(text: &str) -> Vec<String> {
    let article = crate::ingest::Article::new("t", text).with_date("2024-05-02");
    let found = Extractor::builtin().extract(&article);
    found.into_iter().map(|s| s.actor.name).collect()
}
