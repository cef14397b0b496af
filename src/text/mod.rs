//! Text analysis: case folding that keeps byte offsets, tokens, sentences and quotations.
//!
//! Every span in this module is a byte range into the article's source text, so that
//! evidence can always be checked against the original bytes.

mod abbreviations;
mod fold;
mod quotes;
mod sentences;
mod tokens;

pub use fold::{
    fold_char, fold_same_length, fold_search, folds_to, lowercased, with_folded, with_lowercase,
};
pub use quotes::{find_quotes, Quote};
pub use sentences::{split_sentences, Sentence, MAX_SENTENCE_BYTES};
pub use tokens::{tokenize, Token, TokenKind};
