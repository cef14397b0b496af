//! Morphology labels: the tagger predicts one FEATS string per word (`Case=Nom|Gender=Fem|
//! Number=Sing`), restricted to the features [`Feats`] holds; this module turns the UD
//! FEATS of training data into such labels and labels back into [`Feats`].

use super::token::{
    Case, CaseSet, Feats, Gender, GenderSet, Mood, Number, Person, Tense, VerbForm,
};

/// The UD features the tagger predicts.
const KEPT: [&str; 7] = [
    "Case", "Gender", "Mood", "Number", "Person", "Tense", "VerbForm",
];

/// The morphology label of a UD FEATS column: only the kept features, in UD order; `_`
/// when none is left.
pub fn label_of_feats(feats: &str) -> String {
    let kept: Vec<&str> = feats
        .split('|')
        .filter(|kv| kv.split_once('=').is_some_and(|(k, _)| KEPT.contains(&k)))
        .collect();
    if kept.is_empty() {
        "_".to_string()
    } else {
        kept.join("|")
    }
}

/// The features a morphology label stands for (values the type cannot hold are dropped).
pub fn feats_of_label(label: &str) -> Feats {
    let mut f = Feats::default();
    for kv in label.split('|') {
        let Some((k, v)) = kv.split_once('=') else {
            continue;
        };
        for v in v.split(',') {
            match k {
                "Case" => {
                    let c = match v {
                        "Nom" => Case::Nom,
                        "Acc" => Case::Acc,
                        "Dat" => Case::Dat,
                        "Gen" => Case::Gen,
                        _ => continue,
                    };
                    f.case = f.case.with(c);
                }
                "Gender" => {
                    let g = match v {
                        "Masc" => Gender::Masc,
                        "Fem" => Gender::Fem,
                        "Neut" => Gender::Neut,
                        _ => continue,
                    };
                    f.gender = f.gender.with(g);
                }
                "Number" => {
                    f.number = match v {
                        "Sing" => Some(Number::Sing),
                        "Plur" => Some(Number::Plur),
                        _ => f.number,
                    }
                }
                "Person" => {
                    f.person = match v {
                        "1" => Some(Person::First),
                        "2" => Some(Person::Second),
                        "3" => Some(Person::Third),
                        _ => f.person,
                    }
                }
                "Mood" => {
                    f.mood = match v {
                        "Ind" => Some(Mood::Ind),
                        "Sub" => Some(Mood::Sub),
                        "Imp" => Some(Mood::Imp),
                        _ => f.mood,
                    }
                }
                "Tense" => {
                    f.tense = match v {
                        "Pres" => Some(Tense::Pres),
                        "Past" => Some(Tense::Past),
                        _ => f.tense,
                    }
                }
                "VerbForm" => {
                    f.verb_form = match v {
                        "Fin" => Some(VerbForm::Fin),
                        "Inf" => Some(VerbForm::Inf),
                        "Part" => Some(VerbForm::Part),
                        _ => f.verb_form,
                    }
                }
                _ => {}
            }
        }
    }
    f
}

/// Fills gender from the noun lexicon where the label left it open.
pub fn with_lexicon_gender(mut f: Feats, lexicon_gender: GenderSet) -> Feats {
    if f.gender == GenderSet::NONE && f.case != CaseSet::NONE && f.number == Some(Number::Sing) {
        f.gender = lexicon_gender;
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_keep_only_tagger_features() {
        assert_eq!(
            label_of_feats("Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art"),
            "Case=Nom|Gender=Fem|Number=Sing"
        );
        assert_eq!(label_of_feats("Degree=Pos"), "_");
        assert_eq!(label_of_feats("_"), "_");
    }

    #[test]
    fn labels_become_feats() {
        let f = feats_of_label("Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin");
        assert_eq!(f.mood, Some(Mood::Sub));
        assert_eq!(f.person, Some(Person::Third));
        assert_eq!(f.verb_form, Some(VerbForm::Fin));
        let g = feats_of_label("Case=Dat|Gender=Masc,Neut|Number=Sing");
        assert_eq!(g.case.single(), Some(Case::Dat));
        assert!(g.gender.contains(Gender::Masc) && g.gender.contains(Gender::Neut));
        assert_eq!(g.to_conllu(), "Case=Dat|Gender=Masc,Neut|Number=Sing");
        assert_eq!(feats_of_label("_"), Feats::default());
    }
}
