//! Surface forms the program derives from the lexicon's base forms, so data files list
//! each fact once: genitive `-s`, adjective endings, city adjectives, oblique demonyms.

/// Adjective endings of German strong, weak and mixed declension.
const ADJECTIVE_ENDINGS: &[&str] = &["e", "en", "er", "es", "em"];

/// `Frankreich` → `Frankreichs`; names ending in a sibilant take no `-s`.
pub fn genitive(name: &str) -> Option<String> {
    let last = name.chars().last()?;
    if !last.is_alphabetic()
        || matches!(last, 's' | 'x' | 'z' | 'ß' | 'S' | 'X' | 'Z')
        || last.is_uppercase()
    {
        return None;
    }
    Some(format!("{name}s"))
}

/// `französisch` → `französische`, `französischen`, … (the bare stem is a predicative or
/// adverb form and is included too).
pub fn adjective_forms(stem: &str) -> Vec<String> {
    let mut forms = vec![stem.to_string()];
    forms.extend(ADJECTIVE_ENDINGS.iter().map(|e| format!("{stem}{e}")));
    forms
}

/// A name that opens with an inflected adjective, in its other inflections:
/// `Weißes Haus` → `Weiße Haus`, `Weißen Haus`; `Europäische Kommission` →
/// `Europäischen Kommission`.
pub fn adjective_phrase_forms(name: &str) -> Vec<String> {
    let Some((first, rest)) = name.split_once(' ') else {
        return Vec::new();
    };
    let stem = ["es", "er", "en", "em", "e"]
        .iter()
        .find_map(|e| first.strip_suffix(e));
    match stem {
        Some(stem) if stem.chars().count() >= 3 && first.chars().all(char::is_alphabetic) => {
            ADJECTIVE_ENDINGS
                .iter()
                .map(|e| format!("{stem}{e} {rest}"))
                .filter(|f| f != name)
                .collect()
        }
        _ => Vec::new(),
    }
}

/// `Paris` → `Pariser`, `Kiew` → `Kiewer`: the indeclinable city adjective.
pub fn city_adjective(city: &str) -> Option<String> {
    let last = city.chars().last()?;
    if city.contains(' ') || !last.is_alphabetic() {
        return None;
    }
    Some(if last == 'e' {
        format!("{city}r")
    } else {
        format!("{city}er")
    })
}

/// Oblique forms of a demonym: `Franzose` → `Franzosen`; `Niederländer` (plural) →
/// `Niederländern`.
pub fn demonym_obliques(form: &str) -> Vec<String> {
    let mut out = Vec::new();
    if form.ends_with('e') || form.ends_with("er") {
        out.push(format!("{form}n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_forms() {
        assert_eq!(genitive("Frankreich").as_deref(), Some("Frankreichs"));
        assert_eq!(genitive("Paris"), None);
        assert_eq!(genitive("USA"), None);
        assert!(adjective_forms("französisch").contains(&"französischen".to_string()));
        assert_eq!(city_adjective("Kiew").as_deref(), Some("Kiewer"));
        assert_eq!(city_adjective("Berlin").as_deref(), Some("Berliner"));
        assert_eq!(demonym_obliques("Franzose"), ["Franzosen"]);
    }
}
