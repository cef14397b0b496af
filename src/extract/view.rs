//! One sentence as attribution reads it: its tokens, quotation and clause layout,
//! resolved mentions, cues, Konjunktiv forms and the grammar analysis, with the
//! word-level questions asked of it.

use super::clauses::Layout;
use super::cues::CueHit;
use super::entity::{Entity, Resolved};
use super::syntax::{Grammar, Window};
use super::words::{is_negation, RELATIVE_PRONOUNS, SOURCE_ANAPHORS};
use crate::ingest::SharedText;
use crate::text::{Sentence, Token, TokenKind};
use std::cell::OnceCell;
use std::rc::Rc;

/// Per token of a sentence, whether it looks like a Konjunktiv verb
/// ([`super::words::looks_like_subjunctive`]): read as `view.subjunctive[i]`, worked
/// out for all tokens at the first read, so sentences nobody asks about cost nothing.
pub struct Subjunctive {
    text: SharedText,
    tokens: Vec<Token>,
    flags: OnceCell<Vec<bool>>,
}

impl Subjunctive {
    /// For `tokens` (byte offsets into `text`).
    pub fn new(text: SharedText, tokens: Vec<Token>) -> Self {
        Subjunctive {
            text,
            tokens,
            flags: OnceCell::new(),
        }
    }

    fn flags(&self) -> &[bool] {
        self.flags.get_or_init(|| {
            let text = self.text.as_str();
            let words: Vec<&str> = self.tokens.iter().map(|t| t.text(text)).collect();
            (0..words.len())
                .map(|i| super::words::looks_like_subjunctive(&words, i))
                .collect()
        })
    }
}

impl std::ops::Index<usize> for Subjunctive {
    type Output = bool;

    fn index(&self, i: usize) -> &bool {
        &self.flags()[i]
    }
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
    /// Per token: whether it looks like a Konjunktiv verb (indexed like a slice;
    /// computed for the whole sentence when first asked).
    pub subjunctive: Subjunctive,
    /// The sentence's text folded ([`crate::text::fold_same_length`]: same byte offsets,
    /// from `sentence.start`), so that a word's folded form is a slice of it.
    pub folded: String,
    /// The grammar layer's analysis, made for the words attribution asks about.
    pub grammar: Grammar,
    /// The actor that is the subject of the main clause outside quotations, with the
    /// first token of its mention, once asked for (see `continuation::main_subject`).
    pub main_subject: OnceCell<Option<(Entity, usize)>>,
}

impl SentenceView {
    /// The grammar analysis that answers for token `k` (made now if not before).
    pub(super) fn grammar_at(&self, text: &str, k: usize) -> Option<Rc<Window>> {
        self.grammar.at(text, &self.tokens, k)
    }

    /// Token `i` folded (lower case, same length), without allocating.
    pub(super) fn word(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        let at = self.sentence.start;
        &self.folded[t.start - at..t.end - at]
    }

    pub(super) fn is_word(&self, i: usize) -> bool {
        self.tokens[i].kind != TokenKind::Punct
    }

    /// Mentions that can be a subject, inside token range `[first, last]`.
    pub(super) fn subjects_in(&self, first: usize, last: usize) -> impl Iterator<Item = &Resolved> {
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

    /// Whether the mention closes a noun phrase opened by a determiner, with nouns or
    /// adjectives between, that is never nominative (`dem Fernsehsender CNN`, `den
    /// französischen Präsidenten Macron`, `der Ministerin Erika Beispiel`): a dative,
    /// accusative or genitive, never the speaker.
    pub(super) fn in_oblique_phrase(&self, text: &str, m: &Resolved) -> bool {
        let mut k = m.first;
        let mut between = 0;
        while k > 0 && between < 4 {
            let t = &self.tokens[k - 1];
            let raw = t.text(text);
            if super::words::is_determiner(self.word(k - 1)) {
                // Right before the mention: its own determiner, which `oblique` reads.
                if between == 0 {
                    return false;
                }
                // A `der`-phrase after a noun is its genitive attribute, and a name after
                // that attribute may be the apposition of the noun before it (`Der
                // Vorsitzende der Region Erika Beispiel`).
                let attribute = k >= 2 && {
                    let before = &self.tokens[k - 2];
                    before.is_capitalized(text)
                        && !super::words::is_function_word(before.text(text))
                };
                // After a noun inside a prepositional phrase (`in der Komfortzone X`)
                // the name may begin a phrase of its own; a verb between (`seiner
                // Ansprache warnte X`) ends the determiner's phrase.
                let governed = k >= 2 && super::words::is_preposition(self.word(k - 2));
                let verb_between = (k..m.first).any(|i| {
                    let raw = self.tokens[i].text(text);
                    !self.tokens[i].is_capitalized(text) && !super::case::is_adjective(raw)
                });
                let noun_between = (k..m.first).any(|i| {
                    let raw = self.tokens[i].text(text);
                    self.tokens[i].is_capitalized(text) && !super::case::is_adjective(raw)
                });
                if (attribute || (governed && noun_between) || verb_between)
                    && !super::words::is_oblique_determiner(self.word(k - 1))
                {
                    return false;
                }
                let after: Vec<&str> = (k..=m.last.max(m.first))
                    .map(|i| self.tokens[i].text(text))
                    .collect();
                return super::case::never_nominative(self.word(k - 1), &after);
            }
            let noun = t.is_capitalized(text) && !super::words::is_function_word(raw);
            if !(noun || super::words::looks_like_adjective(raw)) || self.layout.in_quote(k - 1) {
                return false;
            }
            k -= 1;
            between += 1;
        }
        false
    }

    /// Whether a negation stands in the clause of token `i` (outside quotations),
    /// `nicht nur` aside.
    pub fn negated_clause(&self, i: usize) -> bool {
        let (first, last) = self.layout.clause_range(i);
        (first..=last)
            .any(|j| self.negation_at(j) && self.layout.in_quote(j) == self.layout.in_quote(i))
    }

    pub(super) fn negation_at(&self, j: usize) -> bool {
        let w = self.word(j);
        is_negation(w)
            && !(w == "nicht"
                && j + 1 < self.tokens.len()
                && matches!(self.word(j + 1), "nur" | "zuletzt" | "einmal" | "minder"))
    }

    /// Whether the sentence has a Konjunktiv form outside quotations.
    pub fn has_subjunctive(&self, text: &str) -> bool {
        let _ = text;
        (0..self.tokens.len()).any(|i| !self.layout.in_quote(i) && self.subjunctive[i])
    }

    /// Whether a Konjunktiv form stands in a main clause (not after `weil`, `dass`, a
    /// relative pronoun): reported speech rather than a reason given by the narrator.
    pub fn has_main_subjunctive(&self, text: &str) -> bool {
        self.main_subjunctives(text).next().is_some()
    }

    /// The Konjunktiv forms outside quotations that stand in a main clause (see
    /// [`Self::has_main_subjunctive`]), as token indices.
    pub fn main_subjunctives<'s>(&'s self, text: &'s str) -> impl Iterator<Item = usize> + 's {
        (0..self.tokens.len()).filter(move |&i| {
            !self.layout.in_quote(i) && self.subjunctive[i] && self.in_main_clause(text, i)
        })
    }

    /// Whether token `i` stands in a main clause: its clause opens with no subordinating
    /// conjunction and no relative pronoun after a comma.
    pub fn in_main_clause(&self, text: &str, i: usize) -> bool {
        let (first, _) = self.layout.clause_range(i);
        let Some(j) = (first..i).find(|&j| self.is_word(j)) else {
            return true;
        };
        let opener = self.word(j);
        let after_comma = j > 0 && self.tokens[j - 1].text(text) == ",";
        !(SUBORDINATORS.contains(&opener) || (after_comma && RELATIVE_PRONOUNS.contains(&opener)))
    }

    /// Whether the sentence ties itself to the previous source (`demnach`, `soll`).
    pub fn has_source_anaphor(&self) -> bool {
        (0..self.tokens.len()).any(|i| {
            let w = self.word(i);
            !self.layout.in_quote(i)
                && (SOURCE_ANAPHORS.contains(&w) && !self.followed_by_noun_before(i))
        })
    }

    /// Reportative `sollen` with a perfect infinitive in a main clause (`Rund 800
    /// Menschen sollen verletzt worden sein`, `Er soll … missbraucht haben`): hearsay,
    /// the evidential form of reported speech.
    pub fn has_reportative_sollen(&self) -> bool {
        (0..self.tokens.len()).any(|i| {
            if self.layout.in_quote(i) || !matches!(self.word(i), "soll" | "sollen") {
                return false;
            }
            let (first, last) = self.layout.clause_range(i);
            let opener = (first..i).find(|&j| self.is_word(j)).map(|j| self.word(j));
            if opener.is_some_and(|o| SUBORDINATORS.contains(&o)) {
                return false;
            }
            let words: Vec<usize> = (i + 1..=last).filter(|&j| self.is_word(j)).collect();
            match words.as_slice() {
                [.., before, end] => {
                    let before = self.word(*before);
                    matches!(self.word(*end), "sein" | "haben")
                        && before != "zu"
                        && (before.ends_with('t') || before.ends_with("en"))
                }
                _ => false,
            }
        })
    }

    /// `X zufolge` has its source before; a bare `zufolge`/`demnach` refers back.
    pub(super) fn followed_by_noun_before(&self, i: usize) -> bool {
        i > 0 && self.mentions.iter().any(|m| m.last + 1 == i)
    }

    /// Whether the sentence is quoted speech from its first word.
    pub fn opens_with_quote(&self) -> bool {
        self.layout
            .quotes
            .iter()
            .any(|q| q.start <= self.tokens.first().map_or(0, |t| t.end))
    }

    pub(super) fn range(&self, first: usize, last: usize) -> (usize, usize) {
        (self.tokens[first].start, self.tokens[last].end)
    }
}

/// Conjunctions that open a subordinate clause.
pub(super) const SUBORDINATORS: &[&str] = &[
    "weil", "da", "dass", "ob", "wenn", "obwohl", "nachdem", "falls", "damit", "während",
];
