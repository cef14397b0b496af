//! Quotations: „…“, »…«, «…», “…”, "…" and ‚…‘, found over a paragraph so that a
//! quotation may span several sentences.

/// A quotation: the byte range of its content (without the marks) and of the marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Offset of the opening mark.
    pub open: usize,
    /// Offset just after the closing mark (the paragraph end for a quotation left open).
    pub close: usize,
    /// Content start (after the opening mark).
    pub start: usize,
    /// Content end (before the closing mark).
    pub end: usize,
}

impl Quote {
    /// The quoted words.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// Number of words in the quotation.
    pub fn word_count(&self, text: &str) -> usize {
        self.text(text).split_whitespace().count()
    }
}

fn closers_for(open: char) -> &'static [char] {
    match open {
        '„' => &['“', '”', '"'],
        '»' => &['«'],
        '«' => &['»'],
        '“' => &['”', '“'],
        '"' => &['"'],
        '‚' => &['‘', '’'],
        _ => &[],
    }
}

/// Finds the quotations in `text[from..]`. A paragraph break (blank line) ends an open
/// quotation, which is kept only if it holds at least a few words (a quotation that runs
/// over a paragraph end, as German typography allows).
pub fn find_quotes(text: &str, from: usize) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let mut inner: Option<usize> = None; // an opened ‚…‘ inside a quotation
                                         // Only a line feed, `"` and the marks beginning with byte 0xC2 (`«`, `»`) or 0xE2
                                         // (`‚`, `‘`, `’`, `“`, `”`, `„`) change the state: the scan jumps from one such byte
                                         // to the next, and reads the character before one only where it is asked about.
    let bytes = text.as_bytes();
    let mut pos = from;
    while let Some(skip) = bytes[pos..]
        .iter()
        .position(|&b| matches!(b, b'\n' | b'"' | 0xC2 | 0xE2))
    {
        let at = pos + skip;
        let Some(c) = text[at..].chars().next() else {
            break;
        };
        pos = at + c.len_utf8();
        let previous = || text[from..at].chars().next_back().unwrap_or(' ');
        if c == '\n' && previous() == '\n' {
            if let Some((start, mark)) = open.take() {
                let q = Quote {
                    open: start,
                    close: at,
                    start: start + mark.len_utf8(),
                    end: at - 1,
                };
                if q.word_count(text) >= 4 {
                    quotes.push(q);
                }
            }
            inner = None;
        }
        match open {
            Some((start, mark)) => {
                if mark != '‚' && c == '‚' && inner.is_none() {
                    inner = Some(at);
                } else if inner.is_some() && matches!(c, '‘' | '’') {
                    inner = None;
                } else if closers_for(mark).contains(&c) {
                    quotes.push(Quote {
                        open: start,
                        close: at + c.len_utf8(),
                        start: start + mark.len_utf8(),
                        end: at,
                    });
                    open = None;
                    inner = None;
                }
            }
            None => {
                // `’`/`'` after a letter is an apostrophe; ‚ only opens before a letter.
                // (Whether a letter stands before is asked of `"` alone: a Unicode
                // class test per character of the text was a good part of the scan.)
                let opens = match c {
                    '„' | '»' | '«' | '“' => true,
                    '"' => !previous().is_alphanumeric(),
                    '‚' => text[pos..].chars().next().is_some_and(char::is_alphabetic),
                    _ => false,
                };
                if opens {
                    open = Some((at, c));
                }
            }
        }
    }
    if let Some((start, mark)) = open {
        let end = text.trim_end().len().max(start + mark.len_utf8());
        let q = Quote {
            open: start,
            close: end,
            start: start + mark.len_utf8(),
            end,
        };
        if q.word_count(text) >= 4 {
            quotes.push(q);
        }
    }
    quotes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        find_quotes(text, 0).iter().map(|q| q.text(text)).collect()
    }

    #[test]
    fn all_mark_styles() {
        assert_eq!(
            quoted("Er sagte: „Wir sind bereit.“ Sie: »Nein«."),
            ["Wir sind bereit.", "Nein"]
        );
        assert_eq!(
            quoted("“Wir Europäer sind bereit”, sagte er."),
            ["Wir Europäer sind bereit"]
        );
        assert_eq!(
            quoted("Die \"Koalition der Willigen\" tagt."),
            ["Koalition der Willigen"]
        );
        assert_eq!(quoted("«Nie wieder», sagte sie."), ["Nie wieder"]);
    }

    #[test]
    fn nested_and_multi_sentence_quotes() {
        let text = "„Er nannte es ‚absurd‘. Wir lehnen das ab“, sagte sie.";
        assert_eq!(quoted(text), ["Er nannte es ‚absurd‘. Wir lehnen das ab"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted("Macron’s Plan und Trump's Idee.").is_empty());
    }
}
