//! Attribution: who is the source of each cue (the subject of its clause, the antecedent
//! of a relative clause or apposition, the agent of a passive, the speaker of a
//! quotation, a source phrase from [`super::sources`], a subject phrase the lexicon does
//! not know from [`super::chunk`]), which content the statement has, and in which mode
//! (direct, indirect, reported).

use super::clauses::Layout;
use super::cues::CueHit;
use super::entity::{ActorKind, Entity};
use super::reference::head_noun;
use super::sources::{
    colon_quote, generic_source_marker, heisst_es_phrase, heisst_es_source, is_heisst_es,
    source_marker,
};
use super::statement::Predicate;
use super::syntax;
use super::words::{
    is_negation, AUXILIARIES, LIGHT_VERBS, PASSIVE_AUXILIARIES, RELATIVE_PRONOUNS, SOURCE_ANAPHORS,
};
use crate::grammar::SentenceAnalysis;
use crate::lexicon::{Cue, Lexicon};
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
    /// Governing preposition (or postposition: `zufolge`).
    pub preposition: Option<String>,
    /// A genitive attribute, never a subject.
    pub genitive: bool,
    /// Written as a pronoun or other anaphor (`er`, `die Ministerin`).
    pub anaphor: bool,
    /// After a determiner that is never nominative (`dem Gericht`, `einen Sprecher`):
    /// an object, never a subject.
    pub oblique: bool,
}

/// One sentence, analysed.
pub struct SentenceView {
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
    /// Per token: whether it looks like a Konjunktiv verb (computed once per sentence).
    pub subjunctive: Vec<bool>,
    /// The grammar layer's analysis, for sentences attribution reads (a cue, a quotation
    /// or a Konjunktiv form).
    pub analysis: Option<SentenceAnalysis>,
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
    /// Byte ranges inside the content that are not part of the object (subject, cue).
    pub exclude: Vec<(usize, usize)>,
    /// Byte range of the cue word, where a verb carries the predicate: the object
    /// stands after it in a main clause.
    pub cue_span: Option<(usize, usize)>,
    /// Byte range of the quotation.
    pub quote: Option<(usize, usize)>,
    /// Mode.
    pub mode: Mode,
    /// The actor the statement is aimed at, if its object is one.
    pub object_actor: Option<Entity>,
    /// Byte ranges of the cue's verbs inside the content (`sagte … sorgen`: `sorgen`),
    /// outside the quotation: no part of the argument.
    pub cue_verbs: Vec<(usize, usize)>,
}

impl SentenceView {
    pub(super) fn word(&self, text: &str, i: usize) -> String {
        fold_same_length(self.tokens[i].text(text))
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.tokens[i].kind != TokenKind::Punct
    }

    /// Mentions that can be a subject, inside token range `[first, last]`.
    fn subjects_in(&self, first: usize, last: usize) -> impl Iterator<Item = &Resolved> {
        // A mention that starts in the range counts, though an apposition may run on
        // past a comma (`die Sprecherin des Ministeriums, Maria Sacharowa, …`).
        self.mentions.iter().filter(move |m| {
            m.first >= first
                && m.first <= last
                && m.preposition.is_none()
                && !m.genitive
                && !m.oblique
                && !self.layout.in_quote(m.first)
        })
    }

    /// Whether a negation stands in the clause of token `i` (outside quotations),
    /// `nicht nur` aside.
    pub fn negated_clause(&self, text: &str, i: usize) -> bool {
        let (first, last) = self.layout.clause_range(i);
        (first..=last).any(|j| {
            self.negation_at(text, j) && self.layout.in_quote(j) == self.layout.in_quote(i)
        })
    }

    fn negation_at(&self, text: &str, j: usize) -> bool {
        let w = self.word(text, j);
        is_negation(&w)
            && !(w == "nicht"
                && j + 1 < self.tokens.len()
                && matches!(
                    self.word(text, j + 1).as_str(),
                    "nur" | "zuletzt" | "einmal" | "minder"
                ))
    }

    /// Whether the sentence has a Konjunktiv form outside quotations.
    pub fn has_subjunctive(&self, text: &str) -> bool {
        let _ = text;
        (0..self.tokens.len()).any(|i| !self.layout.in_quote(i) && self.subjunctive[i])
    }

    /// Whether a Konjunktiv form stands in a main clause (not after `weil`, `dass`, a
    /// relative pronoun): reported speech rather than a reason given by the narrator.
    pub fn has_main_subjunctive(&self, text: &str) -> bool {
        (0..self.tokens.len()).any(|i| {
            if self.layout.in_quote(i) || !self.subjunctive[i] {
                return false;
            }
            let (first, _) = self.layout.clause_range(i);
            let Some(j) = (first..i).find(|&j| self.is_word(j)) else {
                return true;
            };
            let opener = self.word(text, j);
            let after_comma = j > 0 && self.tokens[j - 1].text(text) == ",";
            !(SUBORDINATORS.contains(&opener.as_str())
                || (after_comma && RELATIVE_PRONOUNS.contains(&opener.as_str())))
        })
    }

    /// Whether the sentence ties itself to the previous source (`demnach`, `soll`).
    pub fn has_source_anaphor(&self, text: &str) -> bool {
        (0..self.tokens.len()).any(|i| {
            let w = self.word(text, i);
            !self.layout.in_quote(i)
                && (SOURCE_ANAPHORS.contains(&w.as_str()) && !self.followed_by_noun_before(i))
        })
    }

    /// Reportative `sollen` with a perfect infinitive in a main clause (`Rund 800
    /// Menschen sollen verletzt worden sein`, `Er soll … missbraucht haben`): hearsay,
    /// the evidential form of reported speech.
    pub fn has_reportative_sollen(&self, text: &str) -> bool {
        (0..self.tokens.len()).any(|i| {
            if self.layout.in_quote(i) || !matches!(self.word(text, i).as_str(), "soll" | "sollen")
            {
                return false;
            }
            let (first, last) = self.layout.clause_range(i);
            let opener = (first..i)
                .find(|&j| self.is_word(j))
                .map(|j| self.word(text, j));
            if opener.is_some_and(|o| SUBORDINATORS.contains(&o.as_str())) {
                return false;
            }
            let words: Vec<usize> = (i + 1..=last).filter(|&j| self.is_word(j)).collect();
            match words.as_slice() {
                [.., before, end] => {
                    let before = self.word(text, *before);
                    matches!(self.word(text, *end).as_str(), "sein" | "haben")
                        && before != "zu"
                        && (before.ends_with('t') || before.ends_with("en"))
                }
                _ => false,
            }
        })
    }

    /// `X zufolge` has its source before; a bare `zufolge`/`demnach` refers back.
    fn followed_by_noun_before(&self, i: usize) -> bool {
        i > 0 && self.mentions.iter().any(|m| m.last + 1 == i)
    }

    /// Whether the sentence is quoted speech from its first word.
    pub fn opens_with_quote(&self) -> bool {
        self.layout
            .quotes
            .iter()
            .any(|q| q.start <= self.tokens.first().map_or(0, |t| t.end))
    }

    fn range(&self, first: usize, last: usize) -> (usize, usize) {
        (self.tokens[first].start, self.tokens[last].end)
    }
}

/// Whether a cue form is a participle (`kritisiert`, `zurückgewiesen`, `geäußert`).
fn looks_like_participle(form: &str) -> bool {
    form.ends_with('t') || (form.contains("ge") && form.ends_with("en"))
}

/// Whether the verb at `hit` has what its lexicon frame asks for: the expletive `es`
/// (`es`: `hieß es`), a reflexive pronoun
/// (`sich`: `sprach sich für … aus`), `als` or content (`als`: `bezeichnete X als Y`),
/// content (`clause`: `findet, dass …`, not `fand das Versteck`).
fn frame_met(view: &SentenceView, text: &str, hit: &CueHit, cue: &Cue) -> bool {
    if is_noun_cue(cue) {
        return true;
    }
    let (first, last) = view.layout.clause_range(hit.first);
    let outside = |i: usize| !view.layout.in_quote(i);
    if cue.needs_es {
        let es = |i: usize| view.word(text, i) == "es";
        let next = hit.last + 1 < view.tokens.len() && es(hit.last + 1);
        let before = hit.first > 0 && es(hit.first - 1);
        if !(next || before) {
            return false;
        }
    }
    if cue.reflexive {
        let reflexive = (first..=last).filter(|&i| outside(i)).any(|i| {
            matches!(
                view.word(text, i).as_str(),
                "sich" | "mich" | "dich" | "uns" | "euch"
            )
        });
        if !reflexive {
            return false;
        }
    }
    if cue.needs_content || cue.als {
        let n = view.tokens.len();
        let content = !view.layout.quotes.is_empty()
            || (0..n).any(|i| outside(i) && view.subjunctive[i] && !(hit.first..=hit.last).contains(&i))
            || (hit.last + 1..n).any(|i| {
                outside(i) && matches!(view.word(text, i).as_str(), "dass" | "ob" | ":")
            })
            // A zu-infinitive clause: `hofft, die Frau halten zu können`.
            || (hit.last + 1..n).any(|i| {
                outside(i)
                    && view.tokens[i].text(text) == ","
                    && (i + 1..n.min(i + 15)).any(|j| view.word(text, j) == "zu")
            });
        let als = cue.als
            && (first..=last.max(hit.last + 12).min(n - 1))
                .any(|i| outside(i) && view.word(text, i) == "als");
        if !(content || als) {
            return false;
        }
    }
    true
}

/// Whether the cue is a noun or adjective rather than a verb.
fn is_noun_cue(cue: &Cue) -> bool {
    matches!(cue.pos.as_str(), "noun" | "adj")
}

/// Whether the cue's clause is passive: a form of `werden` with the cue as participle.
fn is_passive(view: &SentenceView, text: &str, hit: &CueHit) -> bool {
    let (first, last) = view.layout.clause_range(hit.first);
    let cue_word = view.word(text, hit.first);
    let auxiliary =
        (first..=last).any(|i| PASSIVE_AUXILIARIES.contains(&view.word(text, i).as_str()));
    let right_after =
        hit.last < last && PASSIVE_AUXILIARIES.contains(&view.word(text, hit.last + 1).as_str());
    auxiliary && (looks_like_participle(&cue_word) || right_after)
}

/// Whether the finite cue is in Konjunktiv I (`hoffe`, `lehne … ab`, `fordere`).
fn is_subjunctive_cue(view: &SentenceView, text: &str, hit: &CueHit, cue: &Cue) -> bool {
    let w = view.word(text, hit.first);
    cue.pos == "verb" && !view.layout.in_quote(hit.first) && w.ends_with('e') && !w.ends_with("te")
}

/// Whether the cue closes its clause (only its particle or punctuation after it): the
/// verb-final order of relative and subordinate clauses.
fn verb_final(view: &SentenceView, hit: &CueHit, last: usize) -> bool {
    let end = hit.particle.unwrap_or(hit.last);
    (end + 1..=last).all(|i| !view.is_word(i))
}

/// The speaker of the cue at `hit`: the subject of its clause, the antecedent of a
/// relative clause, the agent of a passive, or the subject of the clause it is
/// coordinated with (`previous`).
fn subject_of(
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    previous: Option<&Entity>,
) -> Option<Entity> {
    let (first, last) = view.layout.clause_range(hit.first);
    if is_passive(view, text, hit) {
        // `wurde von X kritisiert`, `aus der Regierung waren Vorbehalte geäußert worden`.
        return view
            .mentions
            .iter()
            .filter(|m| m.first >= first && m.last <= last && !view.layout.in_quote(m.first))
            .find(|m| {
                matches!(
                    m.preposition.as_deref(),
                    Some("von") | Some("vom") | Some("aus") | Some("seitens")
                )
            })
            .map(|m| m.entity.clone());
    }
    let limit = hit.particle.unwrap_or(last);
    let words: Vec<usize> = (first..hit.first).filter(|&i| view.is_word(i)).collect();
    // A relative clause: `…, der sich mit Macron beriet` has the antecedent as subject.
    if let Some(&w) = words.first() {
        let relative = RELATIVE_PRONOUNS.contains(&view.word(text, w).as_str())
            && w > 0
            && view.tokens[w - 1].text(text) == ","
            && w + 1 < view.tokens.len()
            && (!view.tokens[w + 1].is_capitalized(text) || verb_final(view, hit, last));
        if relative {
            if let Some(m) = view.mentions.iter().rev().find(|m| m.last + 2 == w) {
                return Some(m.entity.clone());
            }
        }
    }
    let clause_initial = words.is_empty()
        || (words.len() == 1
            && matches!(
                view.word(text, words[0]).as_str(),
                "so" | "wie" | "und" | "dann" | "aber"
            ));
    let before: Vec<&Resolved> = view
        .subjects_in(first, hit.first.saturating_sub(1))
        .filter(|m| m.last < hit.first)
        .collect();
    // An inverted subject follows the finite verb closely (`sagte gestern der Minister`);
    // a mention far behind it is an object or attribute (`bezeichnete Stratfor … als
    // „Schatten-CIA“`).
    let after: Vec<&Resolved> = view
        .subjects_in(hit.last + 1, limit)
        .filter(|m| (hit.last + 1..m.first).filter(|&i| view.is_word(i)).count() <= 3)
        .collect();
    // A fronted prepositional phrase (`Im Mordfall um … Jo Cox urteilte ein Gericht`)
    // puts the subject after the finite verb.
    let fronted_phrase = words
        .first()
        .is_some_and(|&w| super::words::is_preposition(&view.word(text, w)))
        && !after.is_empty()
        && !verb_final(view, hit, last);
    let mut chosen = if clause_initial || before.is_empty() || fronted_phrase {
        after.first()
    } else {
        before.first()
    };
    // A named actor is the subject rather than an unnamed one fronted as object
    // (`Kritikern … entgegnete Rutte`).
    let generic =
        |m: &&Resolved| m.entity.kind == ActorKind::Anonymous && m.entity.country.is_none();
    if chosen.is_some_and(generic) {
        if let Some(named) = before.iter().chain(after.iter()).find(|m| !generic(m)) {
            chosen = Some(named);
        }
    }
    match chosen {
        // Word order's choice gives way to the grammar's subject where that is a
        // coordination or names a person where word order found an institution (`SPD
        // Der SPD-Vorsitzende Franz Müntefering und … schlossen … aus`).
        Some(m) => {
            let grammar = grammar_subjects(view, hit);
            let overrides = grammar.first().is_some_and(|g| {
                !grammar.iter().any(|s| s.mention.entity.same_as(&m.entity))
                    && view
                        .analysis
                        .as_ref()
                        .is_some_and(|a| !syntax::in_object(a, g.mention))
                    && (grammar.len() >= 2
                        || (m.entity.kind != ActorKind::Person
                            && g.mention.entity.kind == ActorKind::Person))
            });
            if overrides {
                grammar.first().map(|g| g.mention.entity.clone())
            } else {
                Some(m.entity.clone())
            }
        }
        // A verb that opens a coordinated clause shares the subject: `X betont …,
        // zweifelt aber …`.
        None if clause_initial && first > 0 => previous
            .cloned()
            .or_else(|| antecedent_before_insertion(view, text, first))
            .or_else(|| grammar_subject(view, hit)),
        // Where word order finds no subject, the grammar's: the nominative phrase that
        // agrees with the finite verb (`Dies äußerten der grüne Abgeordnete …`).
        None => grammar_subject(view, hit),
    }
}

/// The grammar's subject of the cue's clause, where it is no accusative or dative object
/// and stands outside quotations.
fn grammar_subject(view: &SentenceView, hit: &CueHit) -> Option<Entity> {
    let a = view.analysis.as_ref()?;
    grammar_subjects(view, hit)
        .into_iter()
        .find(|s| !syntax::in_object(a, s.mention))
        .map(|s| s.mention.entity.clone())
}

/// The subjects the grammar finds for the cue's clause, outside quotations.
fn grammar_subjects<'v>(view: &'v SentenceView, hit: &CueHit) -> Vec<syntax::Subject<'v>> {
    let Some(a) = &view.analysis else {
        return Vec::new();
    };
    syntax::subjects(a, hit.first, &view.mentions)
        .into_iter()
        .filter(|s| !view.layout.in_quote(s.mention.first))
        .collect()
}

/// `Zapatero, der der PSOE angehört, verwies …`: a verb opening the clause after a
/// relative clause has the relative clause's antecedent as subject.
fn antecedent_before_insertion(view: &SentenceView, text: &str, first: usize) -> Option<Entity> {
    // The clause before this one must be a relative clause: `, der …` / `, die …`.
    let before = first.checked_sub(1)?;
    let (rel_first, _) = view.layout.clause_range(before);
    let opener = (rel_first..=before).find(|&i| view.is_word(i))?;
    // A relative clause, or an apposition: a short phrase without a verb of its own
    // (`Renate Künast, Fraktionschefin der Grünen, kritisierte …`).
    let apposition = {
        let words = (rel_first..=before).filter(|&i| view.is_word(i)).count();
        let verb = view
            .cues
            .iter()
            .any(|c| c.first >= rel_first && c.first <= before)
            || (rel_first..=before).any(|i| view.subjunctive[i]);
        words <= 12 && !verb && !view.layout.in_quote(opener)
    };
    if !RELATIVE_PRONOUNS.contains(&view.word(text, opener).as_str()) && !apposition {
        return None;
    }
    view.mentions
        .iter()
        .find(|m| m.last + 2 == opener && m.preposition.is_none() && !m.genitive)
        .map(|m| m.entity.clone())
}

/// Conjunctions that open a subordinate clause.
const SUBORDINATORS: &[&str] = &[
    "weil", "da", "dass", "ob", "wenn", "obwohl", "nachdem", "falls", "damit", "während",
];

/// Splits indirect content into its Konjunktiv clauses: `Russland habe nichts
/// mitzureden, es sei Sache der Ukraine` is two claims.
fn split_claims(view: &SentenceView, text: &str, range: (usize, usize)) -> Vec<(usize, usize)> {
    let inside: Vec<usize> = (0..view.tokens.len())
        .filter(|&i| view.tokens[i].start >= range.0 && view.tokens[i].end <= range.1)
        .collect();
    let mut parts: Vec<Vec<usize>> = vec![Vec::new()];
    for &i in &inside {
        if view.tokens[i].text(text) == "," {
            parts.push(Vec::new());
        } else {
            parts.last_mut().expect("one part").push(i);
        }
    }
    let has_finite = |part: &Vec<usize>| part.iter().any(|&i| view.subjunctive[i]);
    let mut claims: Vec<(usize, usize)> = Vec::new();
    let mut leading = true;
    for part in parts.iter().filter(|p| !p.is_empty()) {
        let span = (
            view.tokens[part[0]].start,
            view.tokens[*part.last().expect("non-empty")].end,
        );
        let opens = view.word(text, part[0]);
        let starts_claim = has_finite(part)
            && !SUBORDINATORS.contains(&opens.as_str())
            && !RELATIVE_PRONOUNS.contains(&opens.as_str());
        if starts_claim && leading {
            // Material before the first claim belongs to it.
            if let Some(first) = claims.last_mut() {
                first.1 = span.1;
            } else {
                claims.push(span);
            }
            leading = false;
        } else if starts_claim {
            claims.push(span);
        } else if let Some(last) = claims.last_mut() {
            last.1 = span.1;
        } else {
            claims.push(span);
        }
    }
    if claims.len() < 2 {
        return vec![range];
    }
    claims
}

/// Whether the content cue at `c` may stand for the speaker's own position: its clause
/// has no subject other than the speaker or the speaker's own state.
fn content_cue_is_speakers(
    lexicon: &Lexicon,
    text: &str,
    view: &SentenceView,
    c: &CueHit,
    speaker: &Entity,
) -> bool {
    // `solche russischen Vorbehalte`: the noun is another state's position.
    if c.first > 0 {
        if let Some(code) = lexicon.adjective_country(view.tokens[c.first - 1].text(text)) {
            if speaker.country.as_deref() != Some(code) {
                return false;
            }
        }
    }
    let (first, last) = view.layout.clause_range(c.first);
    view.mentions
        .iter()
        .filter(|m| m.first >= first && m.last <= last && m.preposition.is_none() && !m.genitive)
        .all(|m| {
            m.entity.same_as(speaker)
                || (m.entity.kind == ActorKind::State
                    && m.entity.country.is_some()
                    && m.entity.country == speaker.country)
                || (speaker.kind != ActorKind::Person
                    && m.entity.country.is_some()
                    && m.entity.country == speaker.country)
        })
}

/// Whether the content cue's clause names the speaker's side as its subject: the speaker,
/// their state, `wir`, `man`, `ich` (`Russland lehne die Vorschläge ab`).
fn explicit_own_subject(view: &SentenceView, text: &str, c: &CueHit, speaker: &Entity) -> bool {
    let (first, last) = view.layout.clause_range(c.first);
    let pronoun =
        (first..=last).any(|i| matches!(view.word(text, i).as_str(), "wir" | "man" | "ich"));
    let own = view.mentions.iter().any(|m| {
        m.first >= first
            && m.last <= last
            && m.preposition.is_none()
            && !m.genitive
            && (m.entity.same_as(speaker)
                || (m.entity.country.is_some() && m.entity.country == speaker.country))
    });
    pronoun || own
}

/// A negation close before the cue: two words for adjectives (`nicht akzeptabel`), three
/// for nouns (`keine explizite Zusage`), the clause for verbs and light-verb nouns.
fn cue_negated(view: &SentenceView, text: &str, c: &CueHit, cue: &Cue) -> bool {
    let window = match cue.pos.as_str() {
        "adj" => 2,
        "noun" => 3,
        _ => return view.negated_clause(text, c.first),
    };
    let (first, _) = view.layout.clause_range(c.first);
    (c.first.saturating_sub(window).max(first)..c.first).any(|i| view.negation_at(text, i))
}

/// Predicates in the order in which one in a statement's content wins over another.
const PRIORITY: [Predicate; 12] = [
    Predicate::Reject,
    Predicate::Demand,
    Predicate::Threaten,
    Predicate::Criticize,
    Predicate::Warn,
    Predicate::Doubt,
    Predicate::Commit,
    Predicate::Propose,
    Predicate::Praise,
    Predicate::Support,
    Predicate::Announce,
    Predicate::Say,
];

/// A predicate read from content: the predicate, whether negated, and the cue words.
type Reading = (Predicate, bool, String);

/// Modal verbs that, in reported content without a cue word, give the predicate:
/// necessity and a reported imperative (`müsse`, `solle`) are a demand, intention
/// and plan (`will`, `soll`, `sollte`) a proposal.
const MODALS: &[(&str, Predicate)] = &[
    ("muss", Predicate::Demand),
    ("müsse", Predicate::Demand),
    ("müssen", Predicate::Demand),
    ("müssten", Predicate::Demand),
    ("müsste", Predicate::Demand),
    ("soll", Predicate::Propose),
    ("solle", Predicate::Demand),
    ("sollen", Predicate::Propose),
    ("sollte", Predicate::Propose),
    ("sollten", Predicate::Propose),
    ("will", Predicate::Propose),
    ("wolle", Predicate::Propose),
    ("wollen", Predicate::Propose),
];

fn priority(p: Predicate) -> usize {
    PRIORITY
        .iter()
        .position(|q| *q == p)
        .unwrap_or(PRIORITY.len())
}

/// Whether the cue at `c` is a zu-infinitive (`abzulehnen`, `zu liefern`) or a bare
/// participle without an auxiliary in its clause (`als bisher angenommen`): no
/// finite statement of its own.
fn non_finite(view: &SentenceView, text: &str, c: &CueHit, cue: &Cue) -> bool {
    let w = view.word(text, c.first);
    // `als bisher angenommen`, `wie erwartet`: a comparison, not a statement.
    let comparison = (c.first.saturating_sub(2)..c.first)
        .any(|i| matches!(view.word(text, i).as_str(), "als" | "wie"));
    if comparison && looks_like_participle(&w) {
        return true;
    }
    let zu_before = c.first > 0 && view.word(text, c.first - 1) == "zu";
    let zu_inside = cue
        .particle
        .as_deref()
        .is_some_and(|p| w.starts_with(&format!("{}zu", fold_same_length(p))));
    if zu_before || zu_inside {
        return true;
    }
    let (first, last) = view.layout.clause_range(c.first);
    looks_like_participle(&w)
        && !(first..=last).any(|i| {
            let x = view.word(text, i);
            AUXILIARIES.contains(&x.as_str()) || PASSIVE_AUXILIARIES.contains(&x.as_str())
        })
}

/// The predicate of a speech act from its content: among the content cues that are
/// the speaker's own position — adjectives, nouns and phrases, with `verbs` any finite
/// verb too — the one of highest priority, cues in the speech verb's own clause
/// (`own`) first; with its negation. An announced non-action is a refusal (`werde nicht
/// … zusagen` → reject). Without a cue, a modal verb (`muss` → demand, `soll` →
/// propose) when `modals`.
#[allow(clippy::too_many_arguments)]
fn content_predicate(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    range: (usize, usize),
    speaker: &Entity,
    exclude: Option<&CueHit>,
    verbs: bool,
    own: Option<(usize, usize)>,
) -> Option<(Predicate, bool, String)> {
    let mut best: Option<((bool, usize, usize), Reading)> = None;
    for (index, c) in view.cues.iter().enumerate() {
        if exclude.is_some_and(|e| e == c) {
            continue;
        }
        let t = &view.tokens[c.first];
        if t.start < range.0 || t.end > range.1 {
            continue;
        }
        let cue = &lexicon.cues[c.cue];
        let Some(predicate) = Predicate::parse(&cue.predicate) else {
            continue;
        };
        if predicate == Predicate::Say || !predicate.is_speech() {
            continue;
        }
        // An announcement noun inside what a speech verb reports (`die Fraktionen
        // müssten in alle Entscheidungen einbezogen werden`) names a topic, not the act.
        if exclude.is_some() && cue.pos == "noun" && predicate == Predicate::Announce {
            continue;
        }
        let verb_allowed = verbs || explicit_own_subject(view, text, c, speaker);
        if cue.pos == "verb"
            && !cue.needs_negation
            && (!verb_allowed || non_finite(view, text, c, cue))
        {
            continue;
        }
        if !content_cue_is_speakers(lexicon, text, view, c, speaker) {
            continue;
        }
        let negated = cue_negated(view, text, c, cue);
        let reading = if cue.needs_negation {
            if !negated {
                continue;
            }
            (predicate, false, c.text.clone())
        } else {
            match (negated, predicate) {
                // `nicht ausschließen` stays a negated refusal.
                (true, Predicate::Reject) => (Predicate::Reject, true, c.text.clone()),
                (true, _) => (Predicate::Reject, false, c.text.clone()),
                (false, p) => (p, false, c.text.clone()),
            }
        };
        let in_own = own.is_some_and(|(a, b)| t.start >= a && t.end <= b);
        let rank = (!in_own, priority(reading.0), index);
        if best.as_ref().is_none_or(|(r, _)| rank < *r) {
            best = Some((rank, reading));
        }
    }
    best.map(|(_, reading)| reading)
}

/// The predicate a modal verb in the content gives (`muss` → demand, `soll` → propose).
fn modal_predicate(
    view: &SentenceView,
    text: &str,
    range: (usize, usize),
) -> Option<(Predicate, bool, String)> {
    view.tokens.iter().enumerate().find_map(|(i, t)| {
        if t.start < range.0 || t.end > range.1 {
            return None;
        }
        // Only the modal of a claim's own clause counts, not one in a `dass`- or
        // relative clause; reportative `sollen` (`soll … getötet worden sein`) is hearsay.
        if let Some(a) = &view.analysis {
            if !syntax::in_claim_clause(a, i) || syntax::reportative_modal(a, i) {
                return None;
            }
        }
        let w = view.word(text, i);
        MODALS
            .iter()
            .find(|(m, _)| *m == w)
            .map(|(_, p)| (*p, false, t.text(text).to_string()))
    })
}

/// The content of a speech verb at `hit`: a quotation next to its clause, the clause
/// before (`…, sagte X`) or after (`X sagte, …`), else the clause's own object.
fn speech_content(
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    subject_before: bool,
) -> ((usize, usize), Mode, Option<(usize, usize)>) {
    let (first, last) = view.layout.clause_range(hit.first);
    let n = view.tokens.len();
    let end_word = (0..n).rev().find(|&i| view.is_word(i)).unwrap_or(n - 1);
    let words_before = (first..hit.first).filter(|&i| view.is_word(i)).count();
    let clip = |q: &crate::text::Quote| {
        (
            q.start.max(view.sentence.start),
            q.end.min(view.sentence.end),
        )
    };
    let cue_start = view.tokens[first].start;
    let cue_end = view.tokens[last].end;
    // A quotation that ends right before the cue's clause or starts right after it.
    let adjacent = view.layout.quotes.iter().find(|q| {
        let gap_before = text.get(q.end..cue_start).unwrap_or("x");
        let gap_after = text.get(cue_end..q.start).unwrap_or("x");
        gap_before
            .trim_matches(|c: char| c.is_whitespace() || ",“”\"«»".contains(c))
            .is_empty()
            || gap_after
                .trim_matches(|c: char| c.is_whitespace() || ":„“\"»«".contains(c))
                .is_empty()
    });
    if let Some(q) = adjacent {
        // The object is the whole quotation, also where it began in an earlier sentence.
        return ((q.start, q.end), Mode::Direct, Some(clip(q)));
    }
    let opener = (first..hit.first)
        .find(|&i| view.is_word(i))
        .map(|i| view.word(text, i));
    let parenthetical = matches!(opener.as_deref(), Some("so") | Some("wie"));
    // After its subject in apposition (`Der Ministerpräsident Thailands, Abhisit
    // Vejjajiva, kündigte … an`), the verb's content follows it.
    if (words_before <= 1 || opener.as_deref() == Some("wie")) && first > 0 && !subject_before {
        // `…, sagte X`: the content precedes; `…, so warnt er, …` and `…, wie X
        // mitteilte`: the content is the rest of the sentence.
        // The clause may begin at its comma: the content ends at the last word before.
        let before = (0..first).rev().find(|&i| view.is_word(i)).unwrap_or(0);
        let range = if parenthetical && last + 2 <= end_word {
            view.range(0, end_word)
        } else {
            view.range(0, before)
        };
        let mode = if view.has_subjunctive(text) {
            Mode::Indirect
        } else {
            Mode::Reported
        };
        return (range, mode, None);
    }
    // `X betont …, zweifelt aber …` (a coordinated verb follows) and passives (`wurden
    // Vorbehalte geäußert`): the content is the cue's own clause.
    let coordinated = last + 2 <= end_word && view.tokens[last + 1].text(text) == "," && {
        let next = view.word(text, last + 2);
        lexicon_free_verb_start(&next)
    };
    if is_passive(view, text, hit) || coordinated {
        return (view.range(first, last), Mode::Reported, None);
    }
    if last + 2 <= end_word {
        let mut start = last + 2;
        let dass = view.word(text, start) == "dass";
        if dass && start < end_word {
            start += 1;
        }
        let mode = if dass || view.has_subjunctive(text) {
            Mode::Indirect
        } else {
            Mode::Reported
        };
        return (view.range(start, end_word), mode, None);
    }
    if let Some(q) = view.layout.quotes.first() {
        return (clip(q), Mode::Direct, Some(clip(q)));
    }
    (view.range(first, last), Mode::Reported, None)
}

/// Whether the speaker is named in the short segment right before the clause that
/// begins at token `first` (`Abhisit Vejjajiva, kündigte`): its subject in apposition,
/// not content that precedes the verb.
fn speaker_just_before(view: &SentenceView, first: usize, speaker: &Entity) -> bool {
    if first == 0 {
        return false;
    }
    let (pf, pl) = view.layout.clause_range(first - 1);
    let words = (pf..=pl).filter(|&i| view.is_word(i)).count();
    words <= 8
        && !(pf..=pl).any(|i| view.layout.in_quote(i))
        && view
            .mentions
            .iter()
            .any(|m| m.entity.same_as(speaker) && m.first >= pf && m.last <= pl)
}

/// Whether a clause opening with `word` continues a coordination with a finite verb
/// (`…, zweifelt aber …`): a lower-case word in `-t` or `-te`/`-ten` that is no
/// conjunction or pronoun.
fn lexicon_free_verb_start(word: &str) -> bool {
    !super::words::is_function_word(word)
        && word.chars().next().is_some_and(char::is_lowercase)
        && (word.ends_with('t') || word.ends_with("te") || word.ends_with("ten"))
        && !matches!(
            word,
            "nicht"
                | "jetzt"
                | "zuletzt"
                | "bereits"
                | "selbst"
                | "meist"
                | "erst"
                | "mit"
                | "seit"
        )
}

/// What attribution knows of the sentences before.
#[derive(Debug, Clone, Copy, Default)]
pub struct Discourse<'a> {
    /// The speaker whose reported speech the sentence may continue.
    pub reported_by: Option<&'a Entity>,
    /// The most recent speaker in the article, for `er`/`sie` as the subject of a
    /// speech verb.
    pub recent_speaker: Option<&'a Entity>,
}

/// The statements of one sentence.
pub fn attribute(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    discourse: Discourse<'_>,
) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut consumed: Vec<bool> = vec![false; view.cues.len()];
    // A marker's source is a speaker unless it is a channel (an outlet) or an unnamed
    // source of unknown origin (`einem Diplomaten zufolge`).
    let named_source = source_marker(lexicon, view, text)
        .or_else(|| generic_source_marker(lexicon, view, text))
        .filter(|(source, how)| {
            how == "so" || !(source.kind == ActorKind::Anonymous && source.country.is_none())
        });
    // An outlet (`laut Xinhua`) speaks only where no one else in the sentence does, and
    // not through its own research (`nach Informationen der dpa`): that is the report.
    let (marker, outlet) = match named_source {
        Some((source, how)) if source.media => {
            let research = ["Informationen", "Recherchen", "Erkenntnissen"]
                .iter()
                .any(|w| how.ends_with(w));
            (None, (!research).then_some((source, how)))
        }
        other => (other, None),
    };
    // Speech verbs first, then other verbs, then nouns and adjectives: a clause's verb
    // governs it; nouns and adjectives inside are its content.
    let mut order: Vec<usize> = (0..view.cues.len()).collect();
    order.sort_by_key(|&i| {
        let cue = &lexicon.cues[view.cues[i].cue];
        let (first, last) = view.layout.clause_range(view.cues[i].first);
        let reported = (first..=last).any(|j| view.subjunctive[j]);
        let rank = match (cue.pos.as_str(), cue.speech, reported) {
            ("verb", true, false) => 0,
            ("verb", true, true) => 1,
            ("verb", false, _) => 2,
            _ => 3,
        };
        (rank, i)
    });
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
        let is_noun = matches!(cue.pos.as_str(), "noun" | "adj");
        if !is_noun && non_finite(view, text, hit, cue) && !is_passive(view, text, hit) {
            // A zu-infinitive or bare participle is content of another clause.
            let w = view.word(text, hit.first);
            let zu = hit.first > 0 && view.word(text, hit.first - 1) == "zu"
                || cue
                    .particle
                    .as_deref()
                    .is_some_and(|p| w.starts_with(&format!("{}zu", fold_same_length(p))));
            if zu {
                continue;
            }
        }
        let (first, last) = view.layout.clause_range(hit.first);
        let previous = drafts.last().map(|d| &d.speaker);
        let heisst_es = is_heisst_es(view, text, hit);
        let mut speaker = if heisst_es {
            // `hieß es aus X`; `hieß es weiter` continues the last source.
            heisst_es_source(view, text, hit)
                .or_else(|| {
                    // A phrase naming the last speaker again (`aus Berliner
                    // Regierungskreisen`) is that speaker, with what is known of it.
                    let phrase = heisst_es_phrase(lexicon, view, text, hit)?;
                    let same = |e: &Entity| head_noun(&e.name) == head_noun(&phrase.name);
                    match discourse.recent_speaker {
                        Some(recent) if same(recent) => Some(recent.clone()),
                        _ => Some(phrase),
                    }
                })
                .or_else(|| discourse.recent_speaker.cloned())
        } else {
            subject_of(view, text, hit, previous).or_else(|| {
                // A speaker the lexicon does not know, named by the subject phrase.
                (!is_passive(view, text, hit) && !is_noun_cue(cue))
                    .then(|| {
                        let saying = matches!(own_predicate, Predicate::Say | Predicate::Announce);
                        super::chunk::unknown_subject(lexicon, view, text, hit, saying)
                    })
                    .flatten()
            })
        };
        // `er`/`sie` as the subject of a speech verb is, first of all, the last speaker.
        if let (Some(recent), Some(current)) = (discourse.recent_speaker, speaker.as_ref()) {
            let via_pronoun = view.mentions.iter().any(|m| {
                m.anaphor && m.entity.same_as(current) && m.first >= first && m.last <= last
            });
            if via_pronoun
                && cue.speech
                && !current.same_as(recent)
                && recent.kind == ActorKind::Person
                && recent.gender == current.gender
            {
                speaker = Some(recent.clone());
            }
        }
        // A source marker names the speaker of speech acts: `nach Ansicht von X muss …`.
        if let Some((source, _)) = &marker {
            if own_predicate.is_speech()
                && speaker.as_ref().is_none_or(|s| s.kind != ActorKind::Person)
            {
                speaker = Some(source.clone());
            }
        }
        // Konjunktiv I in a main clause continues someone's reported speech: its subject
        // is what the speech is about.
        if let Some(reported_by) = discourse.reported_by {
            let opens = (first..=last)
                .find(|&i| view.is_word(i))
                .map(|i| view.word(text, i))
                .unwrap_or_default();
            let reported_clause = view
                .analysis
                .as_ref()
                .is_some_and(|a| syntax::in_reported_main_clause(a, hit.first));
            let subjunctive_cue = is_subjunctive_cue(view, text, hit, cue);
            // A cue in a reported (Konjunktiv) main clause whose subject is someone else
            // (`So müsse die Regierung … zustimmen`, `Diese Staaten hätten sich
            // verpflichtet`) is what the speech is about, not an act of its own.
            if reported_clause
                && !subjunctive_cue
                && !cue.speech
                && !SUBORDINATORS.contains(&opens.as_str())
                && speaker.as_ref().is_none_or(|s| !s.same_as(reported_by))
            {
                continue;
            }
            if subjunctive_cue
                && !SUBORDINATORS.contains(&opens.as_str())
                && speaker
                    .as_ref()
                    .is_none_or(|s| s.kind != ActorKind::Person || s.same_as(reported_by))
            {
                speaker = Some(reported_by.clone());
            }
        }
        if own_predicate == Predicate::Attack && is_noun {
            // `durch schweren russischen Beschuss`: only the adjective's state attacks.
            speaker = view
                .mentions
                .iter()
                .find(|m| {
                    m.entity.kind == ActorKind::State
                        && m.last + 1 == hit.first
                        && !view.layout.in_quote(m.first)
                })
                .map(|m| m.entity.clone());
        }
        let Some(speaker) = speaker else { continue };
        // An unnamed source counts when it is the subject of a speech verb.
        if speaker.kind == ActorKind::Anonymous && speaker.country.is_none() && !cue.speech {
            continue;
        }
        let subject_range = view
            .mentions
            .iter()
            .find(|m| m.entity.same_as(&speaker) && m.first >= first && m.last <= last)
            .map(|m| (m.start, m.end));
        if !frame_met(view, text, hit, cue) {
            continue;
        }
        let mut new_drafts: Vec<Draft> = Vec::new();
        if cue.speech && !is_noun {
            let (content, mode, quote) =
                speech_content(view, text, hit, speaker_just_before(view, first, &speaker));
            let own = view.range(first, last);
            let claims = if mode == Mode::Indirect {
                split_claims(view, text, content)
            } else {
                vec![content]
            };
            for (n, claim) in claims.iter().enumerate() {
                let mut predicate = own_predicate;
                let mut negated = false;
                let mut cue_text = hit.text.clone();
                if own_predicate == Predicate::Say {
                    // The speech verb's own clause counts for the first claim only.
                    let whole = if n == 0 {
                        (claim.0.min(own.0), claim.1.max(own.1))
                    } else {
                        *claim
                    };
                    let from_cues = content_predicate(
                        lexicon,
                        view,
                        text,
                        whole,
                        &speaker,
                        Some(hit),
                        false,
                        Some(own),
                    );
                    let judged =
                        super::evaluation::evaluative_predicate(lexicon, view, text, *claim);
                    // A cue noun in the content names what is judged (`Der Vorschlag sei
                    // hervorragend`): the judgement wins over it.
                    let found = match (from_cues, judged) {
                        (Some(c), Some(j)) if super::evaluation::is_noun_cue(lexicon, &c.2) => {
                            Some(j)
                        }
                        (c, j) => c.or(j),
                    }
                    .or_else(|| {
                        if mode == Mode::Direct {
                            None
                        } else {
                            modal_predicate(view, text, *claim)
                        }
                    });
                    if let Some((p, neg, text_of_cue)) = found {
                        predicate = p;
                        negated = neg;
                        cue_text = format!("{cue_text} … {text_of_cue}");
                    }
                } else {
                    negated = cue_negated(view, text, hit, cue) && !cue.needs_negation;
                }
                let mut exclude = vec![(view.tokens[hit.first].start, view.tokens[hit.last].end)];
                if let Some(p) = hit.particle {
                    exclude.push((view.tokens[p].start, view.tokens[p].end));
                }
                exclude.extend(subject_range);
                for i in first..=last {
                    if AUXILIARIES.contains(&view.word(text, i).as_str()) {
                        exclude.push((view.tokens[i].start, view.tokens[i].end));
                    }
                }
                new_drafts.push(Draft {
                    speaker: speaker.clone(),
                    predicate,
                    negated,
                    cue: cue_text,
                    content: Some(*claim),
                    exclude,
                    cue_span: Some((view.tokens[hit.first].start, view.tokens[hit.last].end)),
                    quote,
                    mode,
                    object_actor: None,
                    cue_verbs: Vec::new(),
                });
            }
        } else {
            if cue.needs_negation && !cue_negated(view, text, hit, cue) {
                continue;
            }
            if is_noun && own_predicate != Predicate::Attack {
                // A noun or adjective is a statement of its own only as the object of a
                // light verb (`eine Zusage geben`), with the subject before it.
                let light =
                    (first..=last).any(|i| LIGHT_VERBS.contains(&view.word(text, i).as_str()));
                let subject_before = view
                    .mentions
                    .iter()
                    .any(|m| m.entity.same_as(&speaker) && m.last < hit.first);
                if !light || !subject_before {
                    continue;
                }
            }
            let negated = !cue.needs_negation && view.negated_clause(text, hit.first);
            let mut exclude: Vec<(usize, usize)> = Vec::new();
            if !is_noun {
                exclude.push((view.tokens[hit.first].start, view.tokens[hit.last].end));
            }
            if let Some(p) = hit.particle {
                exclude.push((view.tokens[p].start, view.tokens[p].end));
            }
            exclude.extend(subject_range);
            for i in first..=last {
                if AUXILIARIES.contains(&view.word(text, i).as_str()) {
                    exclude.push((view.tokens[i].start, view.tokens[i].end));
                }
            }
            let range = view.range(first, last);
            // The argument is the accusative object the grammar finds after the verb
            // (`lehnten die Aufnahme … ab, während …`), up to the clause's end.
            let content = view
                .analysis
                .as_ref()
                .filter(|_| !is_noun)
                .and_then(|a| syntax::object_after(a, hit.last))
                .filter(|&k| k <= last)
                .map_or(range, |k| (view.tokens[k].start, range.1));
            let content =
                super::frames::phrase_content(lexicon, view, text, hit).unwrap_or(content);
            let object_actor = view
                .mentions
                .iter()
                .find(|m| {
                    m.start >= range.0
                        && m.end <= range.1
                        && !m.entity.same_as(&speaker)
                        && m.preposition.is_none()
                })
                .map(|m| m.entity.clone());
            let mode = if cue.speech && view.has_subjunctive(text) {
                Mode::Indirect
            } else {
                Mode::Reported
            };
            new_drafts.push(Draft {
                speaker: speaker.clone(),
                predicate: own_predicate,
                negated,
                cue: hit.text.clone(),
                content: Some(content),
                exclude,
                cue_span: (!is_noun)
                    .then(|| (view.tokens[hit.first].start, view.tokens[hit.last].end)),
                quote: None,
                mode,
                object_actor,
                cue_verbs: Vec::new(),
            });
        }
        // Cues in this clause (or in the content) are part of this statement.
        for d in &new_drafts {
            let content = d.content.unwrap_or((0, 0));
            for (cj, other) in view.cues.iter().enumerate() {
                let t = &view.tokens[other.first];
                let in_clause = other.first >= first && other.first <= last;
                let in_content = t.start >= content.0 && t.end <= content.1;
                let act = Predicate::parse(&lexicon.cues[other.cue].predicate)
                    .is_some_and(|p| !p.is_speech() && lexicon.cues[other.cue].pos == "verb");
                // `…, und kritisierte …`: a coordinated main verb is a statement of its own.
                let coordinated = lexicon.cues[other.cue].pos == "verb"
                    && other.first > 0
                    && matches!(
                        view.word(text, other.first - 1).as_str(),
                        "und" | "aber" | "sondern"
                    )
                    && other.first >= 2
                    && view.tokens[other.first - 2].text(text) == ","
                    && !view.subjunctive[other.first];
                if cj != ci && (in_clause || (in_content && !act && !coordinated)) {
                    consumed[cj] = true;
                }
            }
        }
        consumed[ci] = true;
        // Coordinated subjects (`Frankreich, Spanien und die Niederlande lehnten … ab`):
        // one statement each.
        let subjects = grammar_subjects(view, hit);
        if subjects
            .first()
            .is_some_and(|s| s.mention.entity.same_as(&speaker))
        {
            let mut more = Vec::new();
            for s in &subjects[1..] {
                for d in &new_drafts {
                    let mut d = d.clone();
                    d.speaker = s.mention.entity.clone();
                    more.push(d);
                }
            }
            new_drafts.extend(more);
        }
        drafts.extend(new_drafts);
    }
    if drafts.is_empty() {
        if let Some((speaker, q)) = colon_quote(lexicon, view, text) {
            let quote = &view.layout.quotes[q];
            let range = (
                quote.start.max(view.sentence.start),
                quote.end.min(view.sentence.end),
            );
            let (predicate, negated, cue) =
                content_predicate(lexicon, view, text, range, &speaker, None, true, None)
                    .unwrap_or((Predicate::Say, false, ":".to_string()));
            drafts.push(Draft {
                speaker,
                predicate,
                negated,
                cue,
                content: Some(range),
                exclude: Vec::new(),
                cue_span: None,
                quote: Some(range),
                mode: Mode::Direct,
                object_actor: None,
                cue_verbs: Vec::new(),
            });
        }
    }
    if drafts.is_empty() {
        if let Some((source, marker)) = marker.or(outlet) {
            let whole = (view.sentence.start, view.sentence.end);
            let (predicate, negated, cue) =
                content_predicate(lexicon, view, text, whole, &source, None, true, None)
                    .unwrap_or((Predicate::Say, false, marker.clone()));
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
            // The source phrase is no part of the object.
            let exclude = view
                .mentions
                .iter()
                .filter(|m| m.entity.same_as(&source))
                .map(|m| {
                    (
                        view.tokens[source_phrase_start(lexicon, view, text, m.first)].start,
                        m.end,
                    )
                })
                .collect();
            let mut draft = Draft {
                speaker: source,
                predicate,
                negated,
                cue: marker.clone(),
                content: Some(whole),
                exclude,
                cue_span: None,
                quote,
                mode,
                object_actor: None,
                cue_verbs: Vec::new(),
            };
            // The source phrase's words are no part of the argument.
            draft.cue_verbs = cue_verbs(view, text, &draft, true);
            if cue != marker {
                draft.cue = format!("{marker} … {cue}");
            }
            drafts.push(draft);
        }
    }
    super::acts::refine_speakers(lexicon, view, text, &mut drafts);
    let framed = super::frames::light_verb_drafts(lexicon, view, text, &drafts);
    drafts.extend(framed);
    for d in &mut drafts {
        if d.cue_verbs.is_empty() {
            d.cue_verbs = cue_verbs(view, text, d, false);
        }
    }
    drafts
}

/// The cue's words inside the draft's content, outside its quotation: the predicate's
/// carrier, no part of the argument. Of a verb's statement, its verbs (by the grammar's
/// parts of speech: `sagte … sorgen`); of a source phrase or continuation (no verb
/// carries it), every word (`nach israelischen Angaben`, `demnach`).
fn cue_verbs(view: &SentenceView, text: &str, d: &Draft, any_word: bool) -> Vec<(usize, usize)> {
    let Some((start, end)) = d.content else {
        return Vec::new();
    };
    let analysis = view.analysis.as_ref();
    let words: Vec<String> = d
        .cue
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(fold_same_length)
        .collect();
    let quoted = |t: &Token| d.quote.is_some_and(|(qs, qe)| t.start >= qs && t.end <= qe);
    view.tokens
        .iter()
        .enumerate()
        .filter(|(k, t)| {
            t.start >= start
                && t.end <= end
                && !quoted(t)
                && (any_word || analysis.is_some_and(|a| syntax::is_verb(a, *k)))
                && words.contains(&view.word(text, *k))
        })
        .map(|(_, t)| (t.start, t.end))
        .collect()
}

/// The first token of the source phrase whose name begins at token `first`: back over
/// determiners, lower-case adjectives, channel nouns and the marker (`nach Angaben der
/// iranischen [Staatsanwaltschaft]`, `laut [X]`, `so der [X]`).
fn source_phrase_start(lexicon: &Lexicon, view: &SentenceView, text: &str, first: usize) -> usize {
    let mut s = first;
    while s > 0 && first - s < 5 {
        let w = view.word(text, s - 1);
        let token = view.tokens[s - 1].text(text);
        let part = super::words::is_determiner(&w)
            || (super::words::looks_like_adjective(token)
                && !view.tokens[s - 1].is_capitalized(text))
            || lexicon
                .word_classes
                .contains(crate::lexicon::WordClass::Source, token)
            || matches!(
                w.as_str(),
                "nach" | "laut" | "so" | "von" | "vom" | "gemäß" | "angaben"
            );
        if !part {
            break;
        }
        s -= 1;
    }
    s
}

/// A statement continuing the previous speaker's speech in a sentence of its own
/// (Konjunktiv I without a new cue, a source anaphor like `demnach`, or a further
/// sentence of the same quotation).
pub fn continuation(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    speaker: &Entity,
    mode: Mode,
) -> Draft {
    let whole = (view.sentence.start, view.sentence.end);
    // Cue nouns before the finite verb name what the speech is about (`Auch frühere
    // Initiativen … seien umgesetzt worden`), except a demand or refusal made subject
    // (`Voraussetzung … sei`).
    let finite = (0..view.tokens.len())
        .find(|&i| view.subjunctive[i] || AUXILIARIES.contains(&view.word(text, i).as_str()))
        .map_or(view.sentence.start, |i| view.tokens[i].start);
    let (predicate, negated, cue) = content_predicate(
        lexicon,
        view,
        text,
        (finite, whole.1),
        speaker,
        None,
        true,
        None,
    )
    .or_else(|| {
        content_predicate(lexicon, view, text, whole, speaker, None, true, None)
            .filter(|(p, _, _)| matches!(p, Predicate::Demand | Predicate::Reject))
    })
    .or_else(|| super::evaluation::evaluative_predicate(lexicon, view, text, whole))
    .or_else(|| modal_predicate(view, text, whole))
    .unwrap_or((Predicate::Say, false, String::new()));
    let quote = view.layout.quotes.first().map(|q| {
        (
            q.start.max(view.sentence.start),
            q.end.min(view.sentence.end),
        )
    });
    // Without a word of its own, the statement is carried by a source anaphor
    // (`demnach`), else by the mood of reported speech or by the quotation: no word of
    // the sentence, so the cue names the form.
    let cue = if cue.is_empty() {
        view.tokens
            .iter()
            .enumerate()
            .find(|(i, t)| {
                let w = fold_same_length(t.text(text));
                !view.layout.in_quote(*i) && SOURCE_ANAPHORS.contains(&w.as_str())
            })
            .map(|(_, t)| t.text(text).to_string())
            .unwrap_or_else(|| {
                if mode == Mode::Direct || quote.is_some() {
                    "(Zitat)".into()
                } else {
                    "(indirekte Rede)".into()
                }
            })
    } else {
        cue
    };
    let mut draft = Draft {
        speaker: speaker.clone(),
        predicate,
        negated,
        cue,
        content: Some(quote.unwrap_or(whole)),
        exclude: Vec::new(),
        cue_span: None,
        quote,
        mode,
        object_actor: None,
        cue_verbs: Vec::new(),
    };
    draft.cue_verbs = cue_verbs(view, text, &draft, true);
    draft
}
