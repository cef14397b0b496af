//! The nominal core of a noun phrase: the attributive modifiers before the noun (adjectives,
//! participles, numerals, hyphenated adjectives) and the noun run (nouns and names joined by
//! hyphens, titles and prenominal genitives) with its head.

use super::token::{Case, CaseSet, Upos, VerbForm, Word};
use std::sync::OnceLock;

pub(super) fn is_nominal(w: &Word) -> bool {
    matches!(w.upos, Upos::Noun | Upos::Propn)
}

/// An attributive adjective or participle: an adjective, or a participle tagged as verb
/// that stands between an article or adjective and a noun.
pub(super) fn is_attributive(words: &[Word], i: usize) -> bool {
    let w = &words[i];
    match w.upos {
        Upos::Adj | Upos::Num => true,
        // A verb between an article or adjective and a noun is a participle, whatever
        // form the tagger gave it (`die gebaute Häuser`, `der stationierten Raketen`).
        Upos::Verb => {
            words.get(i + 1).is_some_and(|n| n.upos == Upos::Noun)
                && (w.feats.verb_form == Some(VerbForm::Part)
                    || (i > 0 && matches!(words[i - 1].upos, Upos::Det | Upos::Adj)))
        }
        _ => false,
    }
}

/// Skips adjectives, numerals and the adverbs that grade them from `j`; the index after.
pub(super) fn skip_modifiers(words: &[Word], forms: &[&str], mut j: usize) -> usize {
    loop {
        if j < words.len() && is_attributive(words, j) {
            j += 1;
        } else if j + 1 < words.len() && words[j].upos == Upos::Adv && is_attributive(words, j + 1)
        {
            j += 2;
        } else if j + 1 < words.len()
            && j > 0
            && words[j].upos == Upos::Cconj
            && is_attributive(words, j - 1)
            && is_attributive(words, j + 1)
        {
            j += 2; // `neue und alte Häuser`
        } else if j + 1 < words.len()
            && j > 0
            && forms[j] == ","
            && words[j - 1].xpos == "ADJA"
            && words[j + 1].xpos == "ADJA"
        {
            j += 2; // `ein kulturelles, soziales und ökologisches Modell`
        } else if j + 1 < words.len()
            && j > 0
            && forms[j] == "-"
            && is_attributive(words, j - 1)
            && is_attributive(words, j + 1)
        {
            j += 1; // `die nordrhein - westfälische Regierung`
        } else {
            return j;
        }
    }
}

/// The noun run from `j`: nouns and names, joined by hyphen tokens. Returns its end and
/// its head. A common noun after a noun starts a new phrase (`dem Kind Geld`).
pub(super) fn noun_run(words: &[Word], forms: &[&str], j: usize) -> Option<(usize, usize)> {
    if j >= words.len() {
        return None;
    }
    // The first part of a hyphenated compound belongs to the noun, whatever it was tagged
    // (`der Ex - Minister`, `die Pro - Kopf - Ausgaben`).
    let compound_start = j + 2 < words.len()
        && forms[j + 1] == "-"
        && forms[j].chars().all(char::is_alphanumeric)
        && is_nominal(&words[j + 2]);
    if !is_nominal(&words[j]) && !compound_start {
        return None;
    }
    let mut end = if compound_start { j + 3 } else { j + 1 };
    while end < words.len() {
        let w = &words[end];
        if w.upos == Upos::Propn || (w.upos == Upos::Noun && is_title(forms[end - 1])) {
            end += 1; // `Frau Dr. Berndt`
        } else if w.upos == Upos::Noun && saxon_genitive(words, forms, end - 1) {
            end += 1; // `Obamas Sonderberaterin`
        } else if forms[end] == "-" && end + 1 < words.len() && is_nominal(&words[end + 1]) {
            end += 2; // `Social - Media - Übergänge`
        } else {
            break;
        }
    }
    // The head: the first common noun that is not a prenominal genitive, else the first name.
    let head = (j..end)
        .find(|&k| words[k].upos == Upos::Noun)
        .or_else(|| {
            (j..end).find(|&k| {
                words[k].upos == Upos::Propn && !(saxon_genitive(words, forms, k) && k + 1 < end)
            })
        })
        .unwrap_or(j);
    // `Herr Lansky`, `Frau Dr. Berndt`: after forms of address and titles, the name heads.
    let mut head = head;
    while head + 1 < end && is_nominal(&words[head + 1]) && is_title(forms[head]) {
        head += 1;
    }
    // Hyphenated compounds are headed by their last part.
    while head + 2 < end && forms[head + 1] == "-" {
        head += 2;
    }
    Some((end, head))
}

/// Whether a form is a title before a name (`data/titles.tsv`).
pub(super) fn is_title(form: &str) -> bool {
    static TABLE: OnceLock<Vec<&'static str>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        include_str!("data/titles.tsv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(str::trim)
            .collect()
    });
    form.len() <= 12 && table.iter().any(|t| t.eq_ignore_ascii_case(form))
}

pub(super) fn genitive_only(w: &Word) -> bool {
    w.feats.case == CaseSet::only(Case::Gen)
}

/// A name in the prenominal (Saxon) genitive: tagged genitive, or a name in `-s` without an
/// article right before a common noun (`Bonns Bürgermeister`, `Europas Zukunft`): it
/// modifies the noun like a determiner and is not the phrase's head.
pub(super) fn saxon_genitive(words: &[Word], forms: &[&str], k: usize) -> bool {
    let w = &words[k];
    if w.upos != Upos::Propn {
        return false;
    }
    if genitive_only(w) {
        return true;
    }
    let f = forms[k];
    f.len() > 3
        && f.ends_with('s')
        && !f.ends_with("ss")
        && words.get(k + 1).is_some_and(|n| n.upos == Upos::Noun)
        && (k == 0 || !matches!(words[k - 1].upos, Upos::Det | Upos::Adj | Upos::Propn))
}
