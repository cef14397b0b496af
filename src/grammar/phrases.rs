//! Noun phrases and what binds them: the preposition that governs one, coordination
//! (`Frankreich, Spanien und die Niederlande`), apposition (`der Oppositionsführer, John
//! Miller,`) and genitive attributes (`der Chef der Partei`).
//!
//! A noun phrase is determiners, attributive adjectives and participles (with a
//! prepositional phrase between article and adjective: `die von Menschenrechtlern
//! verurteilten Festnahmen`) and a noun run; or a pronoun; or a determiner used alone. Its
//! case is what its words agree on.

use super::noun_core::{is_attributive, is_nominal, noun_run, saxon_genitive, skip_modifiers};
use super::phrase_links::{appositions, coordinations};
use super::token::{Case, CaseSet, Gender, GenderSet, Number, Person, Upos, Word};
use std::collections::HashMap;
use std::sync::OnceLock;

/// How a phrase hangs on another phrase (or on nothing: a clause-level phrase).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attachment {
    /// A phrase of the clause: subject, object, predicate or adverbial.
    Free,
    /// A later conjunct of the phrase with this index (the first conjunct).
    Conj(usize),
    /// An apposition to the phrase with this index.
    Appos(usize),
    /// A genitive attribute of the phrase with this index.
    Genitive(usize),
    /// Inside the phrase with this index (between its article and its adjective).
    Inner(usize),
}

/// One noun phrase, possibly inside a prepositional phrase. Word indices are positions in
/// the sentence's word list; `end` is exclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// First word.
    pub start: usize,
    /// One past the last word.
    pub end: usize,
    /// The head word (the noun; the first name of a name; the pronoun).
    pub head: usize,
    /// The cases its determiner, adjectives and noun agree on (unknown: all four).
    pub case: CaseSet,
    /// The cases its determiner's paradigm and its preposition allow, whatever the tagger
    /// guessed (all four when there is neither).
    pub paradigm: CaseSet,
    /// The head's number (plural for a coordination's first conjunct).
    pub number: Option<Number>,
    /// The head's person (pronouns; nouns are third person).
    pub person: Option<Person>,
    /// The governing preposition, when this is a prepositional phrase.
    pub prep: Option<usize>,
    /// A name in apposition inside the phrase (`Sonderberaterin Kori Schulman`: `Kori`).
    pub name: Option<usize>,
    /// How it attaches to another phrase.
    pub attachment: Attachment,
    /// Whether later conjuncts hang on it.
    pub coordinated: bool,
}

impl Phrase {
    /// Whether the phrase is a clause-level phrase without preposition.
    pub fn is_bare(&self) -> bool {
        self.attachment == Attachment::Free && self.prep.is_none()
    }
}

/// The phrases of a sentence and the commas inside coordinations and appositions (which
/// do not separate clauses).
#[derive(Debug, Clone, Default)]
pub struct Chunks {
    /// The phrases, ordered by start.
    pub phrases: Vec<Phrase>,
    /// For each word, the phrase it belongs to (the innermost).
    pub phrase_of: Vec<Option<usize>>,
    /// For each word, whether it is a comma or conjunction that joins phrases.
    pub joins_phrases: Vec<bool>,
}

fn prepositions() -> &'static HashMap<&'static str, CaseSet> {
    static TABLE: OnceLock<HashMap<&'static str, CaseSet>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashMap::new();
        for line in include_str!("data/prepositions.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((form, cases)) = line.split_once('\t') else {
                continue;
            };
            table.insert(form, CaseSet::parse_list(cases));
        }
        table
    })
}

/// Determiner forms and endings with their cases per gender (Masc, Fem, Neut) and plural.
fn determiners() -> &'static HashMap<&'static str, [CaseSet; 4]> {
    static TABLE: OnceLock<HashMap<&'static str, [CaseSet; 4]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = HashMap::new();
        for line in include_str!("data/determiners.tsv").lines() {
            let cols: Vec<&str> = line.split('\t').collect();
            if line.starts_with('#') || cols.len() != 5 {
                continue;
            }
            let mut sets = [CaseSet::NONE; 4];
            for (set, col) in sets.iter_mut().zip(&cols[1..]) {
                for c in col.split(',') {
                    if let Some(case) = Case::ALL.into_iter().find(|k| k.as_str() == c) {
                        *set = set.with(case);
                    }
                }
            }
            table.insert(cols[0], sets);
        }
        table
    })
}

/// The cases a determiner can have before a noun of this gender and number (from
/// `data/determiners.tsv`); `None` when the form or the noun's number is unknown.
pub fn determiner_cases(form: &str, gender: GenderSet, number: Option<Number>) -> Option<CaseSet> {
    let number = number?;
    let lower = form.to_lowercase();
    let table = determiners();
    let sets = table.get(lower.as_str()).or_else(|| {
        ["er", "es", "en", "em", "e"]
            .iter()
            .find(|e| lower.len() > e.len() + 1 && lower.ends_with(*e))
            .and_then(|e| table.get(format!("-{e}").as_str()))
    })?;
    if number == Number::Plur {
        return Some(sets[3]);
    }
    let mut out = CaseSet::NONE;
    for (k, g) in Gender::ALL.into_iter().enumerate() {
        if gender.is_empty() || gender.contains(g) {
            for c in sets[k].iter() {
                out = out.with(c);
            }
        }
    }
    Some(out)
}

/// The cases a preposition governs (from `data/prepositions.tsv`); `None` when unknown.
pub fn preposition_cases(form: &str) -> Option<CaseSet> {
    let table = prepositions();
    table
        .get(form)
        .or_else(|| table.get(form.to_lowercase().as_str()))
        .copied()
}

/// Whether a form is a punctuation mark that can separate clauses.
pub fn is_boundary(form: &str) -> bool {
    // Quotation marks and hyphens are not: they enclose words as often as clauses.
    matches!(
        form,
        "," | ";" | ":" | "–" | "—" | "--" | "(" | ")" | "." | "!" | "?" | "…" | "[" | "]"
    )
}

fn is_quote(form: &str) -> bool {
    matches!(
        form,
        "„" | "“" | "”" | "\"" | "»" | "«" | "‚" | "‘" | "’" | "``" | "''"
    )
}

fn known(set: CaseSet) -> CaseSet {
    if set.is_empty() {
        CaseSet::ANY
    } else {
        set
    }
}

/// Narrows `acc` by `set` unless that would leave nothing (a tagging error, not a
/// contradiction the phrase can resolve).
fn agree(acc: CaseSet, set: CaseSet) -> CaseSet {
    let both = acc.intersect(known(set));
    if both.is_empty() {
        acc
    } else {
        both
    }
}

/// A scanned phrase: its end, its head and an inner span.
type Scanned = (usize, usize, Option<(usize, usize)>);

/// A phrase starting at `i`: its end, head and any inner span (a prepositional phrase
/// between article and adjective).
fn scan(words: &[Word], forms: &[&str], i: usize) -> Option<Scanned> {
    let w = &words[i];
    if w.upos == Upos::Pron {
        return Some((i + 1, i, None));
    }
    let mut j = i;
    let mut det_case = CaseSet::ANY;
    while j < words.len() && words[j].upos == Upos::Det {
        det_case = agree(det_case, words[j].feats.case);
        j += 1;
    }
    let has_det = j > i;
    let det_end = j;
    // `der „Lettische Rubel“`: quotation marks inside the phrase.
    while has_det && j + 1 < words.len() && is_quote(forms[j]) {
        j += 1;
    }
    // `die von Menschenrechtlern verurteilten Festnahmen`: article, a prepositional phrase,
    // then adjective and noun agreeing with the article.
    if has_det && j < words.len() && words[j].upos == Upos::Adp {
        if let Some((adj, end, head)) = embedded(words, forms, j, det_case) {
            return Some((end, head, Some((j, adj))));
        }
    }
    let after_mods = skip_modifiers(words, forms, j);
    if let Some((end, head)) = noun_run(words, forms, after_mods) {
        return Some((end, head, None));
    }
    // `einen gemütlichen „Raucherraum“`: a quotation mark between adjective and noun.
    if after_mods > j && after_mods + 1 < words.len() && is_quote(forms[after_mods]) {
        if let Some((end, head)) = noun_run(words, forms, after_mods + 1) {
            return Some((end, head, None));
        }
    }
    if has_det && after_mods > j && words[after_mods - 1].upos == Upos::Adj {
        return Some((after_mods, after_mods - 1, None)); // a nominalised adjective
    }
    if has_det && after_mods == j {
        return Some((det_end, det_end - 1, None)); // a determiner used alone: `alle`, `dieser`
    }
    None
}

/// Finds adjective + noun after an inner prepositional phrase that starts at `j`.
fn embedded(
    words: &[Word],
    forms: &[&str],
    j: usize,
    det_case: CaseSet,
) -> Option<(usize, usize, usize)> {
    let limit = (j + 10).min(words.len());
    for k in j + 1..limit {
        let w = &words[k];
        let verb_before_noun =
            w.upos == Upos::Verb && words.get(k + 1).is_some_and(|n| n.upos == Upos::Noun);
        if is_boundary(forms[k])
            || w.upos == Upos::Aux
            || (w.upos == Upos::Verb && !is_attributive(words, k) && !verb_before_noun)
        {
            return None;
        }
        let prev_nominal = is_nominal(&words[k - 1]) || words[k - 1].upos == Upos::Pron;
        if prev_nominal && (is_attributive(words, k) || verb_before_noun) {
            let after = skip_modifiers(words, forms, k + 1);
            if let Some((end, head)) = noun_run(words, forms, after) {
                let _ = det_case; // the tagger's case guesses are too weak to veto here
                return Some((k, end, head));
            }
            return None;
        }
    }
    None
}

fn phrase_at(
    words: &[Word],
    forms: &[&str],
    start: usize,
    end: usize,
    head: usize,
    prep: Option<usize>,
) -> Phrase {
    let mut case = CaseSet::ANY;
    for (k, w) in words.iter().enumerate().take(end).skip(start) {
        let counts =
            k == head || matches!(w.upos, Upos::Det | Upos::Adj) || (is_nominal(w) && k > head);
        if counts && !(k != head && saxon_genitive(words, forms, k)) {
            case = agree(case, w.feats.case);
        }
    }
    // The determiner's paradigm for the noun's gender and number says which cases are
    // possible at all; the tagger's guess stands only where the paradigm allows it.
    let h = &words[head];
    let det = (start..head).find(|&k| words[k].upos == Upos::Det);
    let mut paradigm = CaseSet::ANY;
    // A gender the determiner cannot have is the tagger's error (`einen „Raucherraum“`
    // tagged neuter): then every gender counts.
    let possible = det.and_then(|d| {
        determiner_cases(forms[d], h.feats.gender, h.feats.number)
            .filter(|set| !set.is_empty())
            .or_else(|| determiner_cases(forms[d], GenderSet::ANY, h.feats.number))
    });
    if let Some(possible) = possible {
        let guess = case.intersect(possible);
        if !possible.is_empty() {
            case = if guess.is_empty() { possible } else { guess };
            paradigm = possible;
        }
    }
    if let Some(p) = prep {
        if let Some(governed) = preposition_cases(forms[p]) {
            case = agree(case, governed);
            paradigm = agree(paradigm, governed);
        }
    }
    let h = &words[head];
    let name = (h.upos == Upos::Noun)
        .then(|| (head + 1..end).find(|&k| words[k].upos == Upos::Propn))
        .flatten();
    Phrase {
        start,
        end,
        head,
        case,
        paradigm,
        number: h.feats.number,
        person: h.feats.person.or(if h.upos == Upos::Pron {
            None
        } else {
            Some(Person::Third)
        }),
        prep,
        name,
        attachment: Attachment::Free,
        coordinated: false,
    }
}

/// Chunks `words[from..to]` into phrases, appending them to `out`.
fn chunk_range(words: &[Word], forms: &[&str], from: usize, to: usize, out: &mut Vec<Phrase>) {
    let mut i = from;
    while i < to {
        let prep = (i > from && words[i - 1].upos == Upos::Adp).then(|| i - 1);
        let found = if words[i].upos == Upos::Adp {
            None
        } else {
            scan(&words[..to], forms, i)
        };
        match found {
            Some((end, head, inner)) => {
                let outer = out.len();
                out.push(phrase_at(words, forms, i, end, head, prep));
                if let Some((a, b)) = inner {
                    let first = out.len();
                    chunk_range(words, forms, a, b, out);
                    for p in &mut out[first..] {
                        if p.attachment == Attachment::Free {
                            p.attachment = Attachment::Inner(outer);
                        }
                    }
                }
                i = end.max(i + 1);
            }
            None => i += 1,
        }
    }
}

/// The phrases of a sentence with their coordinations, appositions and genitive attributes.
pub fn chunk(words: &[Word], forms: &[&str]) -> Chunks {
    let mut phrases = Vec::new();
    chunk_range(words, forms, 0, words.len(), &mut phrases);
    let mut phrase_of = vec![None; words.len()];
    for (p, ph) in phrases.iter().enumerate() {
        for slot in &mut phrase_of[ph.start..ph.end] {
            *slot = Some(p);
        }
    }
    let mut chunks = Chunks {
        phrases,
        phrase_of,
        joins_phrases: vec![false; words.len()],
    };
    genitives(&mut chunks, words);
    coordinations(&mut chunks, words, forms);
    appositions(&mut chunks, words, forms);
    chunks
}

/// `der Chef der Partei`: a phrase right after another whose case can only be genitive
/// (or dative/genitive, which after a noun is the genitive).
fn genitives(chunks: &mut Chunks, words: &[Word]) {
    for q in 1..chunks.phrases.len() {
        let (prev, cur) = (&chunks.phrases[q - 1], &chunks.phrases[q]);
        let case = cur.case;
        let bare = cur.prep.is_none() && cur.attachment == Attachment::Free;
        let adjacent = prev.end == cur.start && words[prev.head].upos != Upos::Pron;
        let genitive = case.contains(Case::Gen)
            && !case.contains(Case::Nom)
            && !case.contains(Case::Acc)
            && case != CaseSet::ANY;
        if bare && adjacent && genitive && words[cur.head].upos != Upos::Pron {
            let cur = &mut chunks.phrases[q];
            cur.attachment = Attachment::Genitive(q - 1);
            cur.case = CaseSet::only(Case::Gen);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preposition_table_reads() {
        assert_eq!(preposition_cases("mit"), Some(CaseSet::only(Case::Dat)));
        assert_eq!(
            preposition_cases("In"),
            Some(CaseSet::only(Case::Acc).with(Case::Dat))
        );
        assert_eq!(preposition_cases("Haus"), None);
    }
}
