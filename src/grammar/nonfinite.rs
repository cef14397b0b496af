//! Non-finite verbs the tagger took for finite. A clause has one finite verb: in a
//! verb-second or verb-first clause it is the first verb, in a verb-final clause the last.
//! Another verb tagged finite in the same clause is part of the verbal complex: a form in
//! `-en`, `-ern`, `-eln` is then the infinitive (`kann man nur eines sagen`, `hochziehen
//! lassen will`), a form in `-t` beside a finite `haben`, `sein` or `werden` the participle
//! (`hat die Tür zugemacht`).

use super::clauses::{is_finite, lemma_is, Clause, ClauseKind};
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
        // A zu-infinitive has no finite verb: any verb in it tagged finite is not.
        let f = match (c.finite, c.kind()) {
            (Some(f), _) if c.promoted != Some(f) => Some(f),
            (None, ClauseKind::Infinitival) => None,
            _ => continue,
        };
        for &k in &c.verbs {
            if Some(k) == f || !is_finite(&words[k]) {
                continue;
            }
            // Verbs a conjunction or comma separates are conjuncts, each finite
            // (`wenn Freunde kommen und mithelfen`).
            if let Some(f) = f {
                let (a, b) = (k.min(f), k.max(f));
                if words[a + 1..b]
                    .iter()
                    .any(|w| matches!(w.upos, Upos::Cconj | Upos::Punct))
                {
                    continue;
                }
            }
            // `haben`, `sein`, `werden` in the complex, finite or not (`muss geprüft werden`).
            let auxiliary = c.verbs.iter().any(|&v| {
                v != k
                    && words[v].xpos.starts_with("VA")
                    && lemma_is(&words[v], forms[v], "auxiliary")
            });
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

/// `haben` and `werden` are auxiliaries only beside another verb of their clause: alone
/// they are full verbs (`Die haben keine Zeit`, `Er wird Präsident`), beside a
/// participle or infinitive auxiliaries (`hat gesagt`, `wird kommen`).
pub(super) fn auxiliaries(forms: &[&str], words: &mut [Word], clauses: &[Clause]) {
    for c in clauses {
        for &k in &c.verbs {
            let lemma = words[k].lemma.as_deref().unwrap_or(forms[k]).to_lowercase();
            if !matches!(lemma.as_str(), "haben" | "werden") {
                continue;
            }
            let other = c.verbs.iter().any(|&v| {
                v != k
                    && (words[v].upos == Upos::Verb
                        || matches!(
                            words[v].feats.verb_form,
                            Some(VerbForm::Inf | VerbForm::Part)
                        ))
            });
            words[k].upos = if other { Upos::Aux } else { Upos::Verb };
        }
    }
}

/// Whether `lower` has the shape of a past participle: `ge-…-t`, `ge-…-en` with or
/// without a separable prefix (`gebrannt`, `eingerichtet`, `herausgefunden`), or `-iert`.
fn participle_shape(lower: &str) -> bool {
    let ge = lower
        .char_indices()
        .take(8)
        .any(|(i, _)| lower[i..].starts_with("ge") && lower.len() >= i + 6);
    (ge && (lower.ends_with('t') || lower.ends_with("en"))) || lower.ends_with("iert")
}

/// Retags as past participles the predicative adjectives of participle shape (or tagged
/// as participles) that the
/// finite `haben` or `werden` of their clause needs as its full verb (`hat man eine
/// Apotheke eingerichtet`, `was mich verwundert hat`, `wird von Trainern geleitet`):
/// `haben` and `werden` take no predicative adjective of that shape. Runs before the
/// clause analysis, which then sees the verb.
pub(super) fn participles(forms: &[&str], words: &mut [Word]) {
    let perfect = |w: &Word, form: &str| {
        w.xpos == "VAFIN"
            && matches!(
                w.lemma.as_deref().unwrap_or(form).to_lowercase().as_str(),
                "haben" | "werden"
            )
    };
    for k in 0..words.len() {
        let w = &words[k];
        let participle = w.upos == Upos::Adj
            && (w.xpos == "VVPP"
                || (w.xpos == "ADJD" && participle_shape(&forms[k].to_lowercase())));
        if !participle {
            continue;
        }
        let after = words.get(k + 1).is_some_and(|w| perfect(w, forms[k + 1]));
        let mut before = false;
        for j in (0..k).rev() {
            let w = &words[j];
            if matches!(w.upos, Upos::Punct | Upos::Cconj | Upos::Sconj) {
                break;
            }
            if matches!(w.upos, Upos::Verb | Upos::Aux) {
                before = perfect(w, forms[j]);
                break;
            }
        }
        if after || before {
            let w = &mut words[k];
            w.upos = Upos::Verb;
            w.xpos = "VVPP";
            w.feats = Feats {
                verb_form: Some(VerbForm::Part),
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
        assert!(participle_shape("eingerichtet"));
        assert!(participle_shape("gebrannt"));
        assert!(participle_shape("herausgefunden"));
        assert!(participle_shape("präsentiert"));
        assert!(!participle_shape("gut"));
        assert!(!participle_shape("bekannt"));
    }
}
