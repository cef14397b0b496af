//! Case folding for matching: lower-cases only characters whose lower case has the same
//! UTF-8 length, so a byte offset in the folded text is the same offset in the original.

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
}
