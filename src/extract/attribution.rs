//! Attribution: who is the source of each cue (the subject of its clause, the speaker of
//! a quotation, `laut X`, `X zufolge`, `nach Angaben von X`, `hieß es aus X`), which
//! content the statement has, and in which mode (direct, indirect, reported).

use super::clauses::Layout;
use super::cues::CueHit;
use super::entity::{ActorKind, Entity};
use super::statement::Predicate;
use super::words::{is_negation, SUBJUNCTIVE};
use crate::lexicon::Lexicon;
use crate::text::{fold_same_length, Sentence, Token, TokenKind};

/// How the statement is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// In quotation marks.
    Direct,
    /// Reported speech: Konjunktiv I, `dass`-clause.
    Indirect,
    /// A reported position or act.
    Reported,
}

impl Mode {
    /// The spec's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Direct => "direct",
            Mode::Indirect => "indirect",
            Mode::Reported => "reported",
        }
    }
}

/// A mention after reference resolution.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Byte range.
    pub start: usize,
    /// Byte range end.
    pub end: usize,
    /// First token index in the sentence.
    pub first: usize,
    /// Last token index.
    pub last: usize,
    /// The actor.
    pub entity: Entity,
    /// Governing preposition.
    pub preposition: Option<String>,
    /// A genitive attribute (`an der Seite Selenskyjs`), never a subject.
    pub genitive: bool,
}

/// One sentence, analysed.
pub struct SentenceView {
    /// Index of the sentence in the article.
    pub index: usize,
    /// Its range.
    pub sentence: Sentence,
    /// Its tokens.
    pub tokens: Vec<Token>,
    /// Quotations and clauses.
    pub layout: Layout,
    /// Resolved mentions, in order.
    pub mentions: Vec<Resolved>,
    /// Cues, in order.
    pub cues: Vec<CueHit>,
}

/// A statement before its object is labelled.
#[derive(Debug, Clone)]
pub struct Draft {
    /// Who.
    pub speaker: Entity,
    /// The predicate.
    pub predicate: Predicate,
    /// Negated.
    pub negated: bool,
    /// The words that carry the predicate.
    pub cue: String,
    /// Byte range of the content or object phrase.
    pub content: Option<(usize, usize)>,
    /// Byte range of the quotation.
    pub quote: Option<(usize, usize)>,
    /// Mode.
    pub mode: Mode,
    /// The actor the statement is aimed at, if its object is one.
    pub object_actor: Option<Entity>,
}

/// Source phrases `nach Angaben von X` and the like: the noun after `nach`.
const SOURCE_NOUNS: &[&str] = &[
    "Angaben",
    "Ansicht",
    "Einschätzung",
    "Worten",
    "Auffassung",
    "Darstellung",
    "Informationen",
    "Meinung",
    "Aussage",
    "Aussagen",
    "Überzeugung",
    "Schätzung",
    "Schätzungen",
    "Berechnungen",
    "Vorstellung",
    "Vorstellungen",
    "Einschätzungen",
];

impl SentenceView {
    fn word(&self, text: &str, i: usize) -> String {
        fold_same_length(self.tokens[i].text(text))
    }

    /// Mentions that can be the subject in the clause `[first, last]`.
    fn subjects_in(&self, first: usize, last: usize) -> impl Iterator<Item = &Resolved> {
        self.mentions.iter().filter(move |m| {
            m.first >= first
                && m.last <= last
                && m.preposition.is_none()
                && !m.genitive
                && !self.layout.in_quote(m.first)
        })
    }

    fn clause_words(&self, text: &str, first: usize, last: usize) -> Vec<(usize, String)> {
        (first..=last)
            .filter(|&i| self.tokens[i].kind != TokenKind::Punct)
            .map(|i| (i, self.word(text, i)))
            .collect()
    }

    /// Whether a negation stands in the clause of token `i` (outside quotations),
    /// `nicht nur` aside.
    pub fn negated_clause(&self, text: &str, i: usize) -> bool {
        let (first, last) = self.layout.clause_range(i);
        self.clause_words(text, first, last).iter().any(|(j, w)| {
            is_negation(w)
                && !self.layout.in_quote(*j)
                && !(w == "nicht"
                    && j + 1 < self.tokens.len()
                    && matches!(self.word(text, j + 1).as_str(), "nur" | "zuletzt"))
        })
    }

    /// Whether the sentence has a Konjunktiv form outside quotations.
    pub fn has_subjunctive(&self, text: &str) -> bool {
        (0..self.tokens.len())
            .any(|i| !self.layout.in_quote(i) && SUBJUNCTIVE.contains(&self.word(text, i).as_str()))
    }
}

/// The speaker of the cue at `hit`: the subject of its clause.
fn subject_of(view: &SentenceView, text: &str, hit: &CueHit) -> Option<Resolved> {
    let (first, last) = view.layout.clause_range(hit.first);
    let limit = hit.particle.unwrap_or(last);
    let words_before = (first..hit.first)
        .filter(|&i| view.tokens[i].kind == TokenKind::Word)
        .count();
    let clause_initial = words_before == 0
        || (words_before == 1
            && matches!(
                view.word(text, first).as_str(),
                "so" | "wie" | "und" | "dann" | "das"
            ));
    let before: Vec<&Resolved> = view
        .subjects_in(first, hit.first.saturating_sub(1))
        .filter(|m| m.last < hit.first)
        .collect();
    let after: Vec<&Resolved> = view.subjects_in(hit.last + 1, limit).collect();
    let chosen = if clause_initial || before.is_empty() {
        after.first()
    } else {
        before.first()
    };
    chosen.map(|m| (*m).clone())
}

/// A source named by `laut X`, `X zufolge`, `nach Angaben von X`, `hieß es aus X`.
fn source_marker(view: &SentenceView, text: &str) -> Option<(Resolved, String)> {
    for m in &view.mentions {
        if view.layout.in_quote(m.first) {
            continue;
        }
        match m.preposition.as_deref() {
            Some("laut") => return Some((m.clone(), "laut".into())),
            Some("von") | Some("vom") | None | Some("des") => {
                // `nach Angaben von X` / `nach Angaben des X` / `nach Ansicht der X`
                let from = m.first.saturating_sub(4);
                for i in from..m.first {
                    let w = view.tokens[i].text(text);
                    if SOURCE_NOUNS.contains(&w) && i > 0 && view.word(text, i - 1) == "nach" {
                        return Some((m.clone(), format!("nach {w}")));
                    }
                }
            }
            _ => {}
        }
        if m.last + 1 < view.tokens.len() && view.word(text, m.last + 1) == "zufolge" {
            return Some((m.clone(), "zufolge".into()));
        }
    }
    // `seiner Einschätzung nach`, `ihren Angaben zufolge` refer to the last speaker:
    // handled by continuation.
    None
}

/// `hieß es aus X` / `In X hieß es`: the mention after `aus`/`in`/`von` near `hieß es`.
fn heisst_es_source(view: &SentenceView, text: &str, hit: &CueHit) -> Option<Resolved> {
    let next_is_es = hit.last + 1 < view.tokens.len() && view.word(text, hit.last + 1) == "es";
    let prev_is_es = hit.first > 0 && view.word(text, hit.first - 1) == "es";
    if !(next_is_es || prev_is_es) {
        return None;
    }
    view.mentions
        .iter()
        .filter(|m| {
            matches!(
                m.preposition.as_deref(),
                Some("aus") | Some("in") | Some("von") | Some("im") | Some("vom")
            )
        })
        .filter(|m| !view.layout.in_quote(m.first))
        .min_by_key(|m| (m.first as isize - hit.first as isize).abs())
        .cloned()
}

/// Whether the content cue at `c` may stand for the speaker's own position: its clause
/// has no subject other than the speaker or the speaker's own state.
fn content_cue_is_speakers(view: &SentenceView, c: &CueHit, speaker: &Entity) -> bool {
    let (first, last) = view.layout.clause_range(c.first);
    view.mentions
        .iter()
        .filter(|m| m.first >= first && m.last <= last && m.preposition.is_none() && !m.genitive)
        .all(|m| {
            m.entity.same_as(speaker)
                || (m.entity.kind == ActorKind::State
                    && m.entity.country.is_some()
                    && m.entity.country == speaker.country)
        })
}

/// The predicate of a speech act from its content: the first content cue that is the
/// speaker's own position, with its negation; else the speech verb's predicate.
fn content_predicate(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    range: (usize, usize),
    speaker: &Entity,
    exclude: Option<&CueHit>,
) -> Option<(Predicate, bool, String)> {
    for c in &view.cues {
        if exclude.is_some_and(|e| e == c) {
            continue;
        }
        let t = &view.tokens[c.first];
        if t.start < range.0 || t.end > range.1 {
            continue;
        }
        let cue = &lexicon.cues[c.cue];
        let predicate = Predicate::parse(&cue.predicate)?;
        if predicate == Predicate::Say || !predicate.is_speech() {
            continue;
        }
        if !content_cue_is_speakers(view, c, speaker) {
            continue;
        }
        let negated = local_negation(view, text, c);
        if cue.needs_negation {
            if negated {
                return Some((predicate, false, c.text.clone()));
            }
            continue;
        }
        return Some(match (negated, predicate) {
            // An announced non-action is a refusal; `nicht ausschließen` stays negated.
            (true, Predicate::Reject) => (Predicate::Reject, true, c.text.clone()),
            (true, _) => (Predicate::Reject, false, c.text.clone()),
            (false, p) => (p, false, c.text.clone()),
        });
    }
    None
}

/// A negation within three words before the cue, or right after it, in its clause.
fn local_negation(view: &SentenceView, text: &str, c: &CueHit) -> bool {
    let (first, last) = view.layout.clause_range(c.first);
    let from = c.first.saturating_sub(4).max(first);
    let to = (c.last + 2).min(last).max(c.last);
    (from..=to).chain(c.particle.into_iter()).any(|i| {
        let w = view.word(text, i);
        is_negation(&w)
            && !(w == "nicht" && i + 1 < view.tokens.len() && view.word(text, i + 1) == "nur")
    }) || view.negated_clause(text, c.first) && c.particle.is_some()
}

fn byte_range(view: &SentenceView, first: usize, last: usize) -> (usize, usize) {
    (view.tokens[first].start, view.tokens[last].end)
}

/// The content of a speech verb at `hit` in its sentence: a quotation, the clause before
/// (`…, sagte X`) or the clause after (`X sagte, …`), else the clause's own object.
fn speech_content(
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    subject: Option<&Resolved>,
) -> ((usize, usize), Mode, Option<(usize, usize)>) {
    if let Some(q) = view.layout.quotes.first() {
        let range = (
            q.start.max(view.sentence.start),
            q.end.min(view.sentence.end),
        );
        return (range, Mode::Direct, Some(range));
    }
    let (first, last) = view.layout.clause_range(hit.first);
    let n = view.tokens.len();
    let end_word = (0..n)
        .rev()
        .find(|&i| view.tokens[i].kind != TokenKind::Punct)
        .unwrap_or(n - 1);
    let words_before = (first..hit.first)
        .filter(|&i| view.tokens[i].kind == TokenKind::Word)
        .count();
    if words_before <= 1 && first > 0 {
        // `…, sagte X`: the content is what precedes.
        return (
            byte_range(view, 0, first.saturating_sub(2)),
            Mode::Indirect,
            None,
        );
    }
    if last + 2 <= end_word {
        let start = last + 2;
        let mode = if view.word(text, start) == "dass" || view.has_subjunctive(text) {
            Mode::Indirect
        } else {
            Mode::Reported
        };
        let start = if view.word(text, start) == "dass" && start < end_word {
            start + 1
        } else {
            start
        };
        return (byte_range(view, start, end_word), mode, None);
    }
    (
        (object_range(view, hit, subject, first, last)),
        Mode::Reported,
        None,
    )
}

/// The object phrase of a cue in its clause: the clause without the subject, the cue and
/// its particle.
fn object_range(
    view: &SentenceView,
    hit: &CueHit,
    subject: Option<&Resolved>,
    first: usize,
    last: usize,
) -> (usize, usize) {
    let mut from = hit.last + 1;
    let mut to = hit.particle.map_or(last, |p| p.saturating_sub(1));
    if let Some(s) = subject {
        if s.first > hit.last && s.last < to {
            from = s.last + 1;
        }
    }
    if from > to || from > last {
        // Verb-final clause: the object precedes the cue.
        from = subject.map_or(first, |s| {
            if s.last < hit.first {
                s.last + 1
            } else {
                first
            }
        });
        to = hit.first.saturating_sub(1);
    }
    if from > to {
        return (view.tokens[hit.first].start, view.tokens[hit.last].end);
    }
    while from < to && view.tokens[from].kind == TokenKind::Punct {
        from += 1;
    }
    while to > from && view.tokens[to].kind == TokenKind::Punct {
        to -= 1;
    }
    byte_range(view, from, to)
}

/// The statements of one sentence.
pub fn attribute(lexicon: &Lexicon, view: &SentenceView, text: &str) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut consumed: Vec<bool> = vec![false; view.cues.len()];
    // Verbs first: they govern clauses; nouns and adjectives inside are their content.
    let order: Vec<usize> = {
        let mut o: Vec<usize> = (0..view.cues.len()).collect();
        o.sort_by_key(|&i| (lexicon.cues[view.cues[i].cue].pos != "verb", i));
        o
    };
    for &ci in &order {
        if consumed[ci] {
            continue;
        }
        let hit = &view.cues[ci];
        if view.layout.in_quote(hit.first) {
            continue;
        }
        let cue = &lexicon.cues[hit.cue];
        let Some(own_predicate) = Predicate::parse(&cue.predicate) else {
            continue;
        };
        let speaker = heisst_es_source(view, text, hit).or_else(|| subject_of(view, text, hit));
        let Some(speaker) = speaker else { continue };
        let (first, last) = view.layout.clause_range(hit.first);
        let mut draft = if cue.speech && own_predicate == Predicate::Say
            || cue.speech && !matches!(cue.pos.as_str(), "noun" | "adj")
        {
            let (content, mode, quote) = speech_content(view, text, hit, Some(&speaker));
            let mut predicate = own_predicate;
            let mut negated = false;
            let mut cue_text = hit.text.clone();
            if own_predicate == Predicate::Say {
                let whole = (
                    content.0.min(view.tokens[first].start),
                    content.1.max(view.tokens[last].end),
                );
                if let Some((p, n, text_of_cue)) =
                    content_predicate(lexicon, view, text, whole, &speaker.entity, Some(hit))
                {
                    predicate = p;
                    negated = n;
                    cue_text = format!("{cue_text} … {text_of_cue}");
                }
            } else if own_predicate != Predicate::Say {
                negated = local_negation(view, text, hit) && !cue.needs_negation;
            }
            Draft {
                speaker: speaker.entity.clone(),
                predicate,
                negated,
                cue: cue_text,
                content: Some(content),
                quote,
                mode,
                object_actor: None,
            }
        } else {
            if cue.needs_negation && !local_negation(view, text, hit) {
                continue;
            }
            let range = object_range(view, hit, Some(&speaker), first, last);
            let negated = !cue.needs_negation
                && (local_negation(view, text, hit) || view.negated_clause(text, hit.first));
            let object_actor = view
                .mentions
                .iter()
                .find(|m| {
                    m.start >= range.0 && m.end <= range.1 && !m.entity.same_as(&speaker.entity)
                })
                .map(|m| m.entity.clone());
            Draft {
                speaker: speaker.entity.clone(),
                predicate: own_predicate,
                negated,
                cue: hit.text.clone(),
                content: Some(range),
                quote: None,
                mode: Mode::Reported,
                object_actor,
            }
        };
        if draft.speaker.kind == ActorKind::Anonymous && draft.speaker.country.is_none() {
            continue;
        }
        // Cues in this clause (or in the content) are part of this statement.
        let content = draft.content.unwrap_or((0, 0));
        for (cj, other) in view.cues.iter().enumerate() {
            let t = &view.tokens[other.first];
            let in_clause = other.first >= first && other.first <= last;
            let in_content = t.start >= content.0 && t.end <= content.1;
            if cj != ci && (in_clause || in_content) {
                consumed[cj] = true;
            }
        }
        consumed[ci] = true;
        if draft.mode == Mode::Reported
            && view.layout.quotes.is_empty()
            && cue.speech
            && view.has_subjunctive(text)
        {
            draft.mode = Mode::Indirect;
        }
        drafts.push(draft);
    }
    if drafts.is_empty() {
        if let Some((source, marker)) = source_marker(view, text) {
            let whole = (view.sentence.start, view.sentence.end);
            let (predicate, negated, cue) =
                content_predicate(lexicon, view, text, whole, &source.entity, None).unwrap_or((
                    Predicate::Say,
                    false,
                    marker.clone(),
                ));
            let mode = if !view.layout.quotes.is_empty() {
                Mode::Direct
            } else if view.has_subjunctive(text) {
                Mode::Indirect
            } else {
                Mode::Reported
            };
            let quote = view.layout.quotes.first().map(|q| {
                (
                    q.start.max(view.sentence.start),
                    q.end.min(view.sentence.end),
                )
            });
            drafts.push(Draft {
                speaker: source.entity.clone(),
                predicate,
                negated,
                cue: if cue == marker {
                    marker
                } else {
                    format!("{marker} … {cue}")
                },
                content: Some(whole),
                quote,
                mode,
                object_actor: None,
            });
        }
    }
    drafts
}

/// A statement continuing the previous speaker's speech in a sentence of its own
/// (Konjunktiv I without a new cue, or a further sentence of the same quotation).
pub fn continuation(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    speaker: &Entity,
    mode: Mode,
) -> Draft {
    let whole = (view.sentence.start, view.sentence.end);
    let (predicate, negated, cue) = content_predicate(lexicon, view, text, whole, speaker, None)
        .unwrap_or((Predicate::Say, false, String::new()));
    let quote = view.layout.quotes.first().map(|q| {
        (
            q.start.max(view.sentence.start),
            q.end.min(view.sentence.end),
        )
    });
    let cue = if cue.is_empty() {
        view.tokens
            .iter()
            .enumerate()
            .find(|(i, t)| {
                !view.layout.in_quote(*i)
                    && SUBJUNCTIVE.contains(&fold_same_length(t.text(text)).as_str())
            })
            .map(|(_, t)| t.text(text).to_string())
            .unwrap_or_else(|| "(Zitat)".into())
    } else {
        cue
    };
    Draft {
        speaker: speaker.clone(),
        predicate,
        negated,
        cue,
        content: Some(quote.unwrap_or(whole)),
        quote,
        mode,
        object_actor: None,
    }
}
