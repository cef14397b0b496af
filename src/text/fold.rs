//! Case folding for matching: lower-cases only characters whose lower case has the same
//! UTF-8 length, so a byte offset in the folded text is the same offset in the original.

/// Lower-cases `text` character by character where that keeps the byte length
/// (`Ä`→`ä`, `É`→`é`), leaving other characters as they are.
pub fn fold_same_length(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            (Some(l), None) if l.len_utf8() == c.len_utf8() => folded.push(l),
            _ => folded.push(c),
        }
    }
    folded
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
    }

    #[test]
    fn search_folding_removes_diacritics() {
        assert_eq!(fold_search("Pedro Sánchez"), "pedro sanchez");
        assert_eq!(fold_search("Außenministerin"), "aussenministerin");
        assert_eq!(fold_search("Élysée"), "elysee");
    }
}
