//! The mood of a finite verb in `-e` once its subject is known. A present-stem form in
//! `-e` (`gehe`, `habe`, `halte`) is the indicative only in the 1st person singular; with
//! any other subject (`es gehe`, `die Partei habe`) it is the Konjunktiv I. The tagger
//! guesses the person of such forms from context; the clause's subject decides it.
//! Plural and 1st person forms in `-en` are left to the tagger: their mood is the context's.

use super::clauses::Clause;
use super::phrases::Phrase;
use super::token::{Mood, Number, Person, Upos, VerbForm, Word};

/// Whether `form` (lower case) is the present-stem form in `-e` of its verb: the lemma's
/// stem plus `-e` (`halte` of `halten`, `handle` of `handeln`); without a lemma, any form
/// in `-e` but a weak past in `-te` (`sagte`) and `wurde`, the one strong past in `-e`.
pub fn is_e_form(form: &str, lemma: Option<&str>) -> bool {
    if !form.ends_with('e') || form.chars().count() < 3 || form == "wurde" {
        return false;
    }
    match lemma.map(str::to_lowercase) {
        Some(l) if l.ends_with("en") => {
            let stem = &l[..l.len() - 2];
            form == format!("{stem}e")
        }
        Some(l) if l.ends_with("eln") || l.ends_with("ern") => {
            let stem = &l[..l.len() - 3];
            let last = &l[l.len() - 2..l.len() - 1];
            form == format!("{stem}{last}e") || form == format!("{stem}e{last}e")
        }
        _ => !form.ends_with("te"),
    }
}

/// The subject phrase of clause `i`, or of the clause it is a conjunct of when it shares
/// that one's subject (`…, stoße auf Widerstand, führe an …`).
fn subject_of(clauses: &[Clause], i: usize) -> Option<usize> {
    let mut k = i;
    for _ in 0..clauses.len() {
        let c = &clauses[k];
        if let Some(s) = c.subject {
            return Some(s);
        }
        match c.parent {
            Some((p, super::clauses::ClauseLink::Conj)) if c.marker.is_none() => k = p,
            _ => return None,
        }
    }
    None
}

/// Settles the mood and person of each clause's finite `-e` form from its subject.
pub(super) fn settle(
    forms: &[&str],
    words: &mut [Word],
    phrases: &[Phrase],
    clauses: &mut [Clause],
) {
    for i in 0..clauses.len() {
        let Some(f) = clauses[i].finite else { continue };
        let w = &words[f];
        if !matches!(w.upos, Upos::Verb | Upos::Aux)
            || w.feats.verb_form != Some(VerbForm::Fin)
            || w.feats.mood == Some(Mood::Imp)
        {
            continue;
        }
        let form = forms[f].to_lowercase();
        if !is_e_form(&form, w.lemma.as_deref()) {
            continue;
        }
        // `ich` is only ever nominative: in the clause, it is the subject, unless a
        // nominative 3rd person pronoun was found as the subject.
        let first_person = clauses[i]
            .words
            .iter()
            .any(|&k| forms[k].eq_ignore_ascii_case("ich"));
        let subject = subject_of(clauses, i).map(|s| &phrases[s]);
        let head = subject.map(|p| forms[p.head].to_lowercase());
        let third_pronoun = matches!(head.as_deref(), Some("er" | "sie" | "es" | "man"));
        let (mood, person) = if first_person && !third_pronoun {
            (Mood::Ind, Person::First)
        } else {
            let Some(subject) = subject else {
                continue;
            };
            if subject.coordinated || subject.number == Some(Number::Plur) {
                continue;
            }
            match head.as_deref() {
                Some("ich") => (Mood::Ind, Person::First),
                Some("du" | "wir" | "ihr") => continue,
                _ => (Mood::Sub, Person::Third),
            }
        };
        let feats = &mut words[f].feats;
        feats.mood = Some(mood);
        feats.person = Some(person);
        feats.number = Some(Number::Sing);
        clauses[i].mood = Some(mood);
    }
}

#[cfg(test)]
mod tests {
    use super::is_e_form;

    #[test]
    fn present_stem_forms_in_e() {
        assert!(is_e_form("halte", Some("halten")));
        assert!(is_e_form("gehe", Some("gehen")));
        assert!(is_e_form("könne", Some("können")));
        assert!(is_e_form("handle", Some("handeln")));
        assert!(is_e_form("ändere", Some("ändern")));
        assert!(is_e_form("falle", None));
        assert!(!is_e_form("sagte", Some("sagen")));
        assert!(!is_e_form("arbeitete", Some("arbeiten")));
        assert!(!is_e_form("sagte", None));
        assert!(!is_e_form("geht", Some("gehen")));
        assert!(!is_e_form("wurde", None));
        assert!(!is_e_form("wurde", Some("werden")));
    }
}
