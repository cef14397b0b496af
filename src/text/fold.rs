//! Case folding for matching: lower-cases only characters whose lower case has the same
//! UTF-8 length, so a byte offset in the folded text is the same offset in the original;
//! and lower-casing of words ([`str::to_lowercase`]) that does not allocate where it need not.

use std::borrow::Cow;

/// Lower-cases `text` character by character where that keeps the byte length
/// (`Ä`→`ä`, `É`→`é`), leaving other characters as they are.
pub fn fold_same_length(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    if text.is_ascii() {
        // The common case, done bytewise: ASCII folds to ASCII.
        folded.push_str(text);
        folded.make_ascii_lowercase();
        return folded;
    }
    // Runs of ASCII are copied as they are and lower-cased at the end, all at once: a
    // non-ASCII character never folds to ASCII (that would change its length).
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        folded.push_str(&rest[..ascii]);
        rest = &rest[ascii..];
        let mut end = rest.len();
        for (i, c) in rest.char_indices() {
            if c.is_ascii() {
                end = i;
                break;
            }
            folded.push(fold_char(c));
        }
        rest = &rest[end..];
    }
    folded.make_ascii_lowercase();
    folded
}

/// One character of [`fold_same_length`]: its lower case where that is a single
/// character of the same UTF-8 length, else the character itself.
#[inline]
pub fn fold_char(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
        _ => c,
    }
}

/// `f` of `fold_same_length(word)`, folded into a buffer on the stack where the word is
/// at most 32 bytes long (folding keeps the length), so that a word does not allocate.
pub fn with_folded<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() > buf.len() {
        return f(&fold_same_length(word));
    }
    let mut len = 0;
    for c in word.chars() {
        len += fold_char(c).encode_utf8(&mut buf[len..]).len();
    }
    match std::str::from_utf8(&buf[..len]) {
        Ok(folded) => f(folded),
        Err(_) => f(&fold_same_length(word)),
    }
}

/// Whether `fold_same_length(raw) == folded`, without allocating.
pub fn folds_to(raw: &str, folded: &str) -> bool {
    raw.len() == folded.len() && raw.chars().map(fold_char).eq(folded.chars())
}

/// A looser fold for comparing names: lower case, `ß`→`ss`, diacritics removed
/// (`Sánchez`→`sanchez`, `Ö`→`o`). Offsets are not kept.
pub fn fold_search(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'ß' => out.push_str("ss"),
            'ä' | 'á' | 'à' | 'â' | 'ã' | 'å' | 'ą' => out.push('a'),
            'ö' | 'ó' | 'ò' | 'ô' | 'õ' | 'ø' => out.push('o'),
            'ü' | 'ú' | 'ù' | 'û' | 'ů' => out.push('u'),
            'é' | 'è' | 'ê' | 'ë' | 'ę' | 'ě' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'ı' => out.push('i'),
            'ç' | 'č' | 'ć' => out.push('c'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'š' | 'ś' | 'ş' | 'ș' => out.push('s'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'ł' => out.push('l'),
            'ř' => out.push('r'),
            'ý' | 'ÿ' => out.push('y'),
            'ğ' => out.push('g'),
            'ț' | 'ţ' => out.push('t'),
            'đ' | 'ď' => out.push('d'),
            other => out.push(other),
        }
    }
    out
}

/// `word` in lower case ([`str::to_lowercase`]), borrowed when it already is (a word
/// without capitals: most words), so that the common case does not allocate.
pub fn lowercased(word: &str) -> Cow<'_, str> {
    if is_lower_case(word) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Whether [`str::to_lowercase`] leaves `word` as it is.
fn is_lower_case(word: &str) -> bool {
    if word.is_ascii() {
        return !word.bytes().any(|b| b.is_ascii_uppercase());
    }
    word.chars().all(|c| {
        if c.is_ascii() {
            return !c.is_ascii_uppercase();
        }
        let mut lower = c.to_lowercase();
        lower.next() == Some(c) && lower.next().is_none()
    })
}

/// `f` of `word` in lower case ([`str::to_lowercase`]): lower-cased into a buffer on the
/// stack where it fits (a word does), so that asking about a capitalised word does not
/// allocate. `str::to_lowercase` maps character by character but for `Σ` (final sigma):
/// a word with one is lower-cased by it.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    if is_lower_case(word) {
        return f(word);
    }
    let mut buf = [0u8; 64];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        return match std::str::from_utf8(lower) {
            Ok(lower) => f(lower),
            Err(_) => f(&word.to_lowercase()),
        };
    }
    let mut len = 0;
    for c in word.chars() {
        if c.is_ascii() {
            if len == buf.len() {
                return f(&word.to_lowercase());
            }
            buf[len] = c.to_ascii_lowercase() as u8;
            len += 1;
            continue;
        }
        if c == 'Σ' {
            return f(&word.to_lowercase());
        }
        for l in c.to_lowercase() {
            let n = l.len_utf8();
            if len + n > buf.len() {
                return f(&word.to_lowercase());
            }
            l.encode_utf8(&mut buf[len..len + n]);
            len += n;
        }
    }
    match std::str::from_utf8(&buf[..len]) {
        Ok(lower) => f(lower),
        Err(_) => f(&word.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_byte_offsets() {
        for text in [
            "ÖSTERREICH und die TÜRKEI",
            "Élysée-Palast",
            "İstanbul",
            "STRAßE",
            "ẞ",
        ] {
            assert_eq!(fold_same_length(text).len(), text.len(), "{text}");
        }
        assert_eq!(fold_same_length("ÖSTERREICH"), "österreich");
        assert!(folds_to("Die TÜRKEI", "die türkei"));
        assert!(!folds_to("Die TÜRKEI", "die turkei"));
    }

    #[test]
    fn folding_on_the_stack_equals_folding() {
        let long = "Ä".repeat(20);
        for word in [
            "",
            "sagte",
            "ÖSTERREICH",
            "İstanbul",
            "STRAßE",
            "ẞ",
            "Müller",
            &long,
        ] {
            assert_eq!(
                with_folded(word, str::to_string),
                fold_same_length(word),
                "{word}"
            );
        }
    }

    #[test]
    fn char_folding_equals_the_per_character_rule() {
        // Every character up to the end of the BMP's letters, against the rule itself.
        for c in (0u32..0x3_0000).filter_map(char::from_u32) {
            let mut lower = c.to_lowercase();
            let expected = match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => l,
                _ => c,
            };
            assert_eq!(fold_char(c), expected, "{c:?}");
        }
    }

    #[test]
    fn search_folding_removes_diacritics() {
        assert_eq!(fold_search("Pedro Sánchez"), "pedro sanchez");
        assert_eq!(fold_search("Außenministerin"), "aussenministerin");
        assert_eq!(fold_search("Élysée"), "elysee");
    }

    #[test]
    fn lower_casing_on_the_stack_equals_to_lowercase() {
        let long = "Ä".repeat(40);
        let ascii = "Ab".repeat(40);
        let mixed = format!("{ascii}Ü");
        for word in [
            &ascii,
            &mixed,
            "ÄRGER und Ärger",
            "",
            "die",
            "Die",
            "MÜLLER",
            "müller",
            "ΟΔΟΣ",
            "İstanbul",
            "ǅ",
            &long,
        ] {
            let lower = word.to_lowercase();
            assert_eq!(with_lowercase(word, str::to_string), lower, "{word}");
            assert_eq!(lowercased(word), lower, "{word}");
        }
    }
}
