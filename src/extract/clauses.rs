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

/// The quotations of `quotes` long enough to be speech, counted once per article (a
/// quotation left open runs to the article's end and may overlap thousands of sentences).
pub fn speech_quotes(text: &str, quotes: &[Quote]) -> Vec<Quote> {
    quotes
        .iter()
        .filter(|q| q.word_count(text) >= SPEECH_QUOTE_WORDS)
        .copied()
        .collect()
}

/// Whether token `t` is the opening or closing mark of one of the sorted, disjoint
/// `speech` quotations (binary search).
fn touches_quote(speech: &[Quote], t: &Token) -> bool {
    let i = speech.partition_point(|q| q.end < t.start);
    speech[i..]
        .iter()
        .take_while(|q| q.start <= t.end)
        .any(|q| t.end == q.start || t.start == q.end)
}

impl Layout {
    /// Lays out `tokens` of `sentence` given the article's speech quotations (those of
    /// at least [`SPEECH_QUOTE_WORDS`] words, see [`speech_quotes`]), sorted and disjoint
    /// as [`crate::text::find_quotes`] returns them.
    ///
    /// Bounded: the quotations overlapping the sentence are found by binary search, and
    /// tokens and quotations are walked together, so the work is linear in the sentence's
    /// tokens and quotations however many the article holds.
    pub fn new(text: &str, sentence: Sentence, tokens: &[Token], speech: &[Quote]) -> Layout {
        let _ = text;
        let first = speech.partition_point(|q| q.end <= sentence.start);
        let speech: Vec<Quote> = speech[first..]
            .iter()
            .take_while(|q| q.start < sentence.end)
            .copied()
            .collect();
        // Tokens and quotations are both sorted: a quotation behind a token is behind
        // every later token.
        let mut next = 0;
        let quote_of: Vec<Option<usize>> = tokens
            .iter()
            .map(|t| {
                while next < speech.len() && speech[next].end < t.end {
                    next += 1;
                }
                speech
                    .get(next)
                    .filter(|q| q.start <= t.start && t.end <= q.end)
                    .map(|_| next)
            })
            .collect();
        let mut clause_of = Vec::with_capacity(tokens.len());
        let mut clause = 0;
        let mut previous_quote: Option<usize> = None;
        for (i, t) in tokens.iter().enumerate() {
            let speech_mark = is_quote_mark(t, text) && touches_quote(&speech, t);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{find_quotes, tokenize};

    /// The old worst case: each sentence scanned every quotation of the article, and
    /// each token every quotation of the sentence.
    #[test]
    fn layout_sees_only_the_quotations_overlapping_its_sentence() {
        let text = "„Wir lehnen das klar ab“, sagte er. ".repeat(2_000);
        let quotes = find_quotes(&text, 0);
        let speech = speech_quotes(&text, &quotes);
        assert_eq!(speech.len(), 2_000);
        let start = text.len() / 2;
        let start = start - text[..start].rfind('„').map_or(0, |i| start - i);
        let end = start + text[start..].find(". ").unwrap() + 1;
        let sentence = Sentence { start, end };
        let tokens = tokenize(&text, start, end);
        let layout = Layout::new(&text, sentence, &tokens, &speech);
        assert_eq!(layout.quotes.len(), 1);
        let quoted: Vec<&str> = (0..tokens.len())
            .filter(|&i| layout.in_quote(i))
            .map(|i| tokens[i].text(&text))
            .collect();
        assert_eq!(quoted, ["Wir", "lehnen", "das", "klar", "ab"]);
    }
}
