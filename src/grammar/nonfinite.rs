//! Non-finite verbs the tagger took for finite. A clause has one finite verb: in a
//! verb-second or verb-first clause it is the first verb, in a verb-final clause the last.
//! Another verb tagged finite in the same clause is part of the verbal complex: a form in
//! `-en`, `-ern`, `-eln` is then the infinitive (`kann man nur eines sagen`, `hochziehen
//! lassen will`), a form in `-t` beside a finite `haben`, `sein` or `werden` the participle
//! (`hat die Tür zugemacht`).

use super::clauses::{is_finite, lemma_is, Clause};
use super::token::{Feats, Upos, VerbForm, Word};

/// Whether `lower` (a lower-cased verb form) looks like an infinitive.
fn infinitive_form(lower: &str) -> bool {
    lower.chars().count() > 3
        && (lower.ends_with("en") || lower.ends_with("ern") || lower.ends_with("eln"))
}

/// Whether `lower` looks like a past participle in `-t` (`gedrückt`, `zugemacht`,
/// `überzeugt`).
fn participle_form(lower: &str) -> bool {
    lower.chars().count() > 4 && lower.ends_with('t') && !lower.ends_with("st")
}

/// The STTS tag of the non-finite form `form` of a verb tagged `xpos` (`VVFIN`).
fn nonfinite_xpos(xpos: &'static str, form: VerbForm) -> &'static str {
    let kind = match xpos {
        "VAFIN" => 'A',
        "VMFIN" => 'M',
        _ => 'V',
    };
    match (kind, form) {
        ('A', VerbForm::Part) => "VAPP",
        ('M', VerbForm::Part) => "VMPP",
        (_, VerbForm::Part) => "VVPP",
        ('A', _) => "VAINF",
        ('M', _) => "VMINF",
        _ => "VVINF",
    }
}

/// Makes the verbs of each clause that were tagged finite beside its finite verb
/// infinitives or participles, where their form allows.
pub(super) fn settle(forms: &[&str], words: &mut [Word], clauses: &[Clause]) {
    for c in clauses {
        let Some(f) = c.finite else { continue };
        if c.promoted == Some(f) {
            continue;
        }
        let auxiliary =
            lemma_is(&words[f], forms[f], "auxiliary") && !matches!(words[f].xpos, "VMFIN");
        for &k in &c.verbs {
            if k == f || !is_finite(&words[k]) {
                continue;
            }
            // Verbs a conjunction or comma separates are conjuncts, each finite
            // (`wenn Freunde kommen und mithelfen`).
            let (a, b) = (k.min(f), k.max(f));
            if words[a + 1..b]
                .iter()
                .any(|w| matches!(w.upos, Upos::Cconj | Upos::Punct))
            {
                continue;
            }
            let lower = forms[k].to_lowercase();
            let form = if infinitive_form(&lower) {
                VerbForm::Inf
            } else if auxiliary && participle_form(&lower) {
                VerbForm::Part
            } else {
                continue;
            };
            let w = &mut words[k];
            w.xpos = nonfinite_xpos(w.xpos, form);
            if w.upos == Upos::Aux && form == VerbForm::Part && w.xpos == "VVPP" {
                w.upos = Upos::Verb;
            }
            w.feats = Feats {
                verb_form: Some(form),
                ..Feats::default()
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        assert!(infinitive_form("sagen"));
        assert!(infinitive_form("ändern"));
        assert!(infinitive_form("handeln"));
        assert!(!infinitive_form("sagt"));
        assert!(participle_form("zugemacht"));
        assert!(participle_form("überzeugt"));
        assert!(!participle_form("gehen"));
        assert!(!participle_form("hast"));
        assert_eq!(nonfinite_xpos("VMFIN", VerbForm::Inf), "VMINF");
        assert_eq!(nonfinite_xpos("VVFIN", VerbForm::Part), "VVPP");
    }
}
