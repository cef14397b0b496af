//! Word, number and punctuation tokens with byte spans.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (with digits, inner hyphens or apostrophes): `US-Präsident`, `63-Jährige`.
    Word,
    /// Digits, with inner `.`/`,`/`:` between digits: `10.00`, `3.000`, `2,5`.
    Number,
    /// A single punctuation or symbol character.
    Punct,
}

/// One token: a byte range of the text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
    /// The token's kind.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `text`.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// Whether the token is a word that starts with an upper-case letter.
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.kind == TokenKind::Word
            && self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Splits `text[range]` into tokens whose spans are offsets into `text`.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let slice = &text[start..end];
    let mut tokens = Vec::with_capacity(slice.len() / 5);
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let mut last = i + c.len_utf8();
            let mut all_digits = c.is_ascii_digit();
            while let Some(&(j, d)) = chars.peek() {
                if is_word_char(d) {
                    all_digits &= d.is_ascii_digit();
                    last = j + d.len_utf8();
                    chars.next();
                    continue;
                }
                // Inner joiners: a hyphen or apostrophe between word characters, and
                // `.`, `,` or `:` between digits (10.00, 3.000, 2,5).
                let joiner = matches!(d, '-' | '\'' | '’' | '‑')
                    || (all_digits && matches!(d, '.' | ',' | ':'));
                if joiner {
                    let after = slice[j + d.len_utf8()..].chars().next();
                    let joins = match after {
                        Some(a) if matches!(d, '.' | ',' | ':') => a.is_ascii_digit(),
                        Some(a) => is_word_char(a),
                        None => false,
                    };
                    if joins {
                        chars.next();
                        last = j + d.len_utf8();
                        continue;
                    }
                }
                break;
            }
            let kind = if all_digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            tokens.push(Token {
                start: start + i,
                end: start + last,
                kind,
            });
        } else {
            tokens.push(Token {
                start: start + i,
                end: start + i + c.len_utf8(),
                kind: TokenKind::Punct,
            });
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len())
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn compounds_numbers_and_punctuation() {
        assert_eq!(
            words("US-Präsident sagte: „Um 10.00 Uhr.“"),
            [
                "US-Präsident",
                "sagte",
                ":",
                "„",
                "Um",
                "10.00",
                "Uhr",
                ".",
                "“"
            ]
        );
        assert_eq!(
            words("der 63-Jährige, Nato-"),
            ["der", "63-Jährige", ",", "Nato", "-"]
        );
        assert_eq!(words("3.000 Soldaten"), ["3.000", "Soldaten"]);
    }
}
