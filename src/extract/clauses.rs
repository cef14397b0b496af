//! Clause structure of a sentence, as far as attribution needs it: which tokens are
//! quoted speech, and where clauses begin and end (commas, colons, dashes, quotes).

use crate::text::{Quote, Sentence, Token, TokenKind};

/// A quotation of at least this many words is speech; a shorter one is a term in quotes
/// (`die „Koalition der Willigen“`, `als „inakzeptabel“`).
pub const SPEECH_QUOTE_WORDS: usize = 4;

/// The layout of one sentence.
#[derive(Debug, Clone)]
pub struct Layout {
    /// Per token: the index of the speech quotation it is inside, if any.
    pub quote_of: Vec<Option<usize>>,
    /// Per token: its clause number (outside quotations).
    pub clause_of: Vec<usize>,
    /// The speech quotations overlapping the sentence.
    pub quotes: Vec<Quote>,
    /// Per clause number: its first and last token (precomputed: looked up per cue).
    clause_bounds: Vec<(usize, usize)>,
}

fn is_boundary(token: &Token, text: &str) -> bool {
    token.kind == TokenKind::Punct && matches!(token.text(text), "," | ";" | ":" | "–" | "—")
}

fn is_quote_mark(token: &Token, text: &str) -> bool {
    token.kind == TokenKind::Punct && matches!(token.text(text), "„" | "“" | "”" | "\"" | "»" | "«")
}

impl Layout {
    /// Lays out `tokens` of `sentence` given the article's quotations.
    pub fn new(text: &str, sentence: Sentence, tokens: &[Token], quotes: &[Quote]) -> Layout {
        let speech: Vec<Quote> = quotes
            .iter()
            .filter(|q| {
                q.start < sentence.end
                    && q.end > sentence.start
                    && q.word_count(text) >= SPEECH_QUOTE_WORDS
            })
            .copied()
            .collect();
        let quote_of: Vec<Option<usize>> = tokens
            .iter()
            .map(|t| {
                speech
                    .iter()
                    .position(|q| q.start <= t.start && t.end <= q.end)
            })
            .collect();
        let mut clause_of = Vec::with_capacity(tokens.len());
        let mut clause = 0;
        let mut previous_quote: Option<usize> = None;
        for (i, t) in tokens.iter().enumerate() {
            let speech_mark = is_quote_mark(t, text)
                && speech.iter().any(|q| t.end == q.start || t.start == q.end);
            if quote_of[i] != previous_quote || is_boundary(t, text) || speech_mark {
                clause += 1;
            }
            previous_quote = quote_of[i];
            clause_of.push(clause);
        }
        let mut clause_bounds = vec![(0, 0); clause + 1];
        for (i, &c) in clause_of.iter().enumerate().rev() {
            clause_bounds[c].0 = i;
        }
        for (i, &c) in clause_of.iter().enumerate() {
            clause_bounds[c].1 = i;
        }
        Layout {
            quote_of,
            clause_of,
            quotes: speech,
            clause_bounds,
        }
    }

    /// Token range `[first, last]` of the clause containing token `i`.
    pub fn clause_range(&self, i: usize) -> (usize, usize) {
        self.clause_bounds[self.clause_of[i]]
    }

    /// Whether token `i` is inside quoted speech.
    pub fn in_quote(&self, i: usize) -> bool {
        self.quote_of[i].is_some()
    }
}
