//! Sentence segmentation for German news: a period after an abbreviation, an initial or an
//! ordinal (`4. September`, `der 2. Weltkrieg`) does not end a sentence; a line break does.

use super::abbreviations::{is_abbreviation, MONTHS};

/// A sentence: a byte range of the article's text, without surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Start byte offset in the article's text.
    pub start: usize,
    /// End byte offset (exclusive).
    pub end: usize,
}

impl Sentence {
    /// The sentence's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

const CLOSERS: &[char] = &['“', '”', '"', '«', '»', '‘', '’', ')', ']', '\''];
const OPENERS: &[char] = &['„', '“', '"', '»', '«', '‚', '(', '[', '\''];

/// Words after which a number with a period is an ordinal, not a sentence end.
const ORDINAL_CONTEXT: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "am", "im", "vom", "zum", "zur", "beim", "bis",
    "seit", "ab", "ein", "eine", "einer", "einem", "einen", "jeder", "jede", "jedes", "ihr",
    "ihre", "sein", "seine", "vor", "nach", "zu", "bis zum", "Am", "Im", "Der", "Die", "Das",
    "Vom", "Zum", "Seit", "Ab", "Bis",
];

/// Splits `text[from..]` into sentences.
pub fn split_sentences(text: &str, from: usize) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut line_start = from;
    for line in text[from..].split_inclusive('\n') {
        let line_end = line_start + line.len();
        split_line(text, line_start, line_end, &mut sentences);
        line_start = line_end;
    }
    sentences
}

/// The longest sentence handed on, in bytes. A German news sentence rarely reaches 1,000
/// bytes; text without sentence ends (a transcript, a list, one giant token) is cut into
/// pieces of at most this size at a clause boundary or a space, so that every
/// per-sentence algorithm downstream (cue pairing, attribution, clause layout) works on
/// a bounded window and the whole run stays linear in the input.
pub const MAX_SENTENCE_BYTES: usize = 2_000;

/// Pushes `start..end` as sentences of at most [`MAX_SENTENCE_BYTES`], trimmed.
fn push_bounded(text: &str, mut start: usize, end: usize, out: &mut Vec<Sentence>) {
    while end - start > MAX_SENTENCE_BYTES {
        let mut limit = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        // After the last clause mark followed by a space, else at the last space, else
        // (one giant token) at the limit.
        let clause = window
            .rmatch_indices([',', ';', ':'])
            .map(|(i, _)| i + 1)
            .find(|&i| window[i..].starts_with(char::is_whitespace));
        let cut = clause
            .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
            .map_or(limit, |i| start + i);
        push_trimmed(text, start, cut, out);
        start = cut;
    }
    push_trimmed(text, start, end, out);
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(Sentence {
            start: start + lead,
            end: end - trail,
        });
    }
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    let mut sentence_start = 0;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < line.len() {
        let c = line[i..].chars().next().expect("char at boundary");
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += c.len_utf8();
            continue;
        }
        // The run of terminal punctuation and closing quotes that ends here.
        let mut j = i;
        while let Some(d) = line[j..].chars().next() {
            if matches!(d, '.' | '!' | '?' | '…') || CLOSERS.contains(&d) {
                j += d.len_utf8();
            } else {
                break;
            }
        }
        // A boundary needs white space, then a sentence start.
        let rest = &line[j..];
        let after_space = rest.trim_start();
        let has_space = after_space.len() < rest.len();
        let next = after_space.chars().next();
        let starts_sentence = next.is_some_and(|n| {
            n.is_uppercase() || n.is_ascii_digit() || OPENERS.contains(&n) || n == '–' || n == '-'
        });
        if has_space && starts_sentence && !(c == '.' && period_is_not_final(line, i, after_space))
        {
            push_bounded(text, start + sentence_start, start + j, out);
            sentence_start = j;
        }
        i = j.max(i + c.len_utf8());
        let _ = bytes;
    }
    push_bounded(text, start + sentence_start, end, out);
}

/// Whether the period at `line[dot]` belongs to an abbreviation, initial or ordinal.
/// How far back from a period a word is read to decide whether it is an abbreviation.
const MAX_WORD_CHARS: usize = 64;

fn period_is_not_final(line: &str, dot: usize, after: &str) -> bool {
    let before = &line[..dot];
    let word_start = before
        .char_indices()
        .rev()
        // A word this long is no abbreviation, initial or ordinal; the bound keeps a
        // giant token full of periods linear.
        .take(MAX_WORD_CHARS)
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(dot, |(i, _)| i);
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    let last_part = word.rsplit('.').next().unwrap_or(word);
    // Initials and dotted abbreviations: `A. Merkel`, `z.B.`, `u.a.`, `U.S.`.
    if last_part.chars().count() == 1 && last_part.chars().all(char::is_alphabetic) {
        return true;
    }
    if word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2) {
        return true;
    }
    if is_abbreviation(last_part)
        || MONTHS.contains(&last_part) && after.starts_with(|c: char| c.is_ascii_digit())
    {
        return true;
    }
    if last_part.chars().all(|c| c.is_ascii_digit()) && last_part.len() <= 4 {
        let next_word: String = after
            .chars()
            .take(MAX_WORD_CHARS)
            .take_while(|c| c.is_alphanumeric())
            .collect();
        if MONTHS.contains(&next_word.as_str()) || after.starts_with(|c: char| c.is_ascii_digit()) {
            return true;
        }
        let previous: Vec<&str> = before[..word_start]
            .split_whitespace()
            .rev()
            .take(1)
            .collect();
        if let Some(prev) = previous.first() {
            if ORDINAL_CONTEXT.contains(prev) || *prev == "und" || *prev == "bis" {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        split_sentences(text, 0)
            .iter()
            .map(|s| s.text(text))
            .collect()
    }

    #[test]
    fn abbreviations_dates_and_times_do_not_split() {
        let text = "Am 4. Sept. 2025 um 10.00 Uhr sprach Dr. Müller u.a. über z.B. Zölle bzw. Steuern. Danach ging er.";
        assert_eq!(split(text).len(), 2, "{:?}", split(text));
        assert_eq!(
            split("Das war am 12. Jan. 2024 in Paris. Dann kam Prof. Schmidt.").len(),
            2
        );
        assert_eq!(
            split("Am 4. September beginnt der 2. Gipfel. Er dauert.").len(),
            2
        );
    }

    #[test]
    fn quotes_questions_and_lines() {
        assert_eq!(
            split("„Das ist inakzeptabel.“ Danach ging sie. Warum? Das weiß niemand."),
            [
                "„Das ist inakzeptabel.“",
                "Danach ging sie.",
                "Warum?",
                "Das weiß niemand."
            ]
        );
        assert_eq!(split("„Warum?“, fragte er."), ["„Warum?“, fragte er."]);
        assert_eq!(
            split("Titel ohne Punkt\n\nErster Satz."),
            ["Titel ohne Punkt", "Erster Satz."]
        );
    }

    #[test]
    fn number_at_sentence_end_splits() {
        assert_eq!(split("Die Zahl stieg auf 17. Danach sank sie.").len(), 2);
    }
}

#[cfg(test)]
mod bounds {
    use super::*;

    /// The old worst case: a run-on text without sentence ends was one sentence, and
    /// every per-sentence algorithm ran over all of it.
    #[test]
    fn run_on_text_and_giant_tokens_are_cut_into_bounded_sentences() {
        let run_on = "die Regierung lehnte den Plan ab, sagte er und ".repeat(5_000);
        let pieces = split_sentences(&run_on, 0);
        assert!(pieces.len() > run_on.len() / MAX_SENTENCE_BYTES);
        for p in &pieces {
            assert!(p.end - p.start <= MAX_SENTENCE_BYTES);
            // Cut after a comma or at a space, never inside a word.
            assert!(p
                .text(&run_on)
                .ends_with(|c: char| c.is_alphabetic() || c == ','));
        }
        let words = |t: &str| t.split_whitespace().count();
        let total: usize = pieces.iter().map(|p| words(p.text(&run_on))).sum();
        assert_eq!(total, words(&run_on));
        let token = format!("Merz{}", "ä".repeat(100_000));
        let pieces = split_sentences(&token, 0);
        assert!(pieces.iter().all(|p| p.end - p.start <= MAX_SENTENCE_BYTES));
        assert_eq!(pieces.last().unwrap().end, token.len());
        // Periods inside a giant token look back a bounded stretch only.
        let dotted = "a.".repeat(50_000);
        assert!(!split_sentences(&dotted, 0).is_empty());
    }
}
