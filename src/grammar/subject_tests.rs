//! Subject rules on hand-tagged sentences of our own (so that each rule meets the tagging
//! error it is about): the auxiliary the tagger took for a full verb, pronouns that cannot
//! be nominative, pronouns whose number the form does not tell, the placeholder `es`, the
//! zu-infinitive without subject, and noun phrases the tagger's gender or a quotation mark
//! broke up.

use super::analysis_tests::{hand_tagged, link};
use super::deps::DepRel;

#[test]
fn a_modal_tagged_as_full_verb_still_leaves_the_subject_to_the_infinitive() {
    let (forms, a) = hand_tagged(
        "Der/DET/ART/Case=Nom|Gender=Masc|Number=Sing \
         Minister/NOUN/NN/Case=Nom|Gender=Masc|Number=Sing \
         könne/VERB/VVFIN/Mood=Sub|Number=Sing|Person=3|VerbForm=Fin \
         die/DET/ART/Case=Acc|Gender=Fem|Number=Sing Reform/NOUN/NN/Case=Acc|Gender=Fem|Number=Sing \
         nicht/PART/PTKNEG/_ verschieben/VERB/VVINF/VerbForm=Inf ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 1), Some((DepRel::Nsubj, "verschieben")));
    assert_eq!(link(&forms, &a, 4), Some((DepRel::Obj, "verschieben")));
}

#[test]
fn a_pronoun_that_cannot_be_nominative_is_never_the_subject() {
    // `ihn` tagged nominative: its paradigm says accusative.
    let (forms, a) = hand_tagged(
        "Ihn/PRON/PPER/Case=Nom|Gender=Masc|Number=Sing|Person=3 \
         hat/AUX/VAFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/haben \
         der/DET/ART/Case=Acc|Gender=Masc|Number=Sing \
         Vorstand/NOUN/NN/Case=Acc|Gender=Masc|Number=Sing \
         entlassen/VERB/VVPP/VerbForm=Part ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 3), Some((DepRel::Nsubj, "entlassen")));
    assert_ne!(link(&forms, &a, 0).map(|l| l.0), Some(DepRel::Nsubj));
}

#[test]
fn a_first_sie_tagged_accusative_plural_is_the_subject_of_a_singular_verb() {
    // `sie` is `she` as well as `they`: the tagger's number is no evidence against it.
    let (forms, a) = hand_tagged(
        "Sie/PRON/PPER/Case=Acc|Number=Plur|Person=3 \
         habe/AUX/VAFIN/Mood=Sub|Number=Sing|Person=3|VerbForm=Fin/haben \
         die/DET/ART/Case=Nom|Gender=Fem|Number=Sing Tür/NOUN/NN/Case=Nom|Gender=Fem|Number=Sing \
         schnell/ADV/ADV/_ zugeschlagen/VERB/VVIZU/VerbForm=Inf ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 0), Some((DepRel::Nsubj, "zugeschlagen")));
    assert_eq!(link(&forms, &a, 3), Some((DepRel::Obj, "zugeschlagen")));
}

#[test]
fn a_personal_pronoun_beats_the_relative_pronoun_whatever_person_was_tagged() {
    let (forms, a) = hand_tagged(
        "Das/PRON/PDS/Case=Nom|Gender=Neut|Number=Sing \
         ist/AUX/VAFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/sein \
         eine/DET/ART/Case=Nom|Gender=Fem|Number=Sing \
         Antwort/NOUN/NN/Case=Nom|Gender=Fem|Number=Sing ,/PUNCT/$,/_ \
         die/PRON/PRELS/Case=Nom|Gender=Fem|Number=Sing \
         ich/PRON/PPER/Case=Nom|Number=Sing|Person=1 selten/ADV/ADV/_ \
         höre/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 6), Some((DepRel::Nsubj, "höre")));
    assert_ne!(link(&forms, &a, 5).map(|l| l.0), Some(DepRel::Nsubj));
}

#[test]
fn a_placeholder_es_yields_to_a_nominative_phrase_but_not_beside_a_copula() {
    let (forms, a) = hand_tagged(
        "Es/PRON/PPER/Case=Nom|Gender=Neut|Number=Sing|Person=3 \
         besteht/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin \
         kein/DET/PIAT/Case=Nom|Gender=Masc|Number=Sing \
         Zweifel/NOUN/NN/Case=Nom|Gender=Masc|Number=Sing ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 3), Some((DepRel::Nsubj, "besteht")));
    assert_ne!(link(&forms, &a, 0).map(|l| l.0), Some(DepRel::Nsubj));
    let (forms, a) = hand_tagged(
        "Es/PRON/PPER/Case=Nom|Gender=Neut|Number=Sing|Person=3 \
         sei/AUX/VAFIN/Mood=Sub|Number=Sing|Person=3|VerbForm=Fin/sein \
         ein/DET/ART/Case=Nom|Gender=Masc|Number=Sing \
         Fehler/NOUN/NN/Case=Nom|Gender=Masc|Number=Sing ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 0), Some((DepRel::Nsubj, "Fehler")));
}

#[test]
fn a_zu_infinitive_tagged_finite_has_no_subject() {
    let (forms, a) = hand_tagged(
        "Er/PRON/PPER/Case=Nom|Gender=Masc|Number=Sing|Person=3 \
         versprach/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin ,/PUNCT/$,/_ \
         die/DET/ART/Case=Nom|Gender=Fem|Number=Plur Steuern/NOUN/NN/Case=Nom|Gender=Fem|Number=Plur \
         zu/PART/PTKZU/_ senken/VERB/VVFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin \
         ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 0), Some((DepRel::Nsubj, "versprach")));
    assert_ne!(link(&forms, &a, 4).map(|l| l.0), Some(DepRel::Nsubj));
}

#[test]
fn a_determiner_decides_the_case_when_the_tagged_gender_cannot_be_its() {
    // `einen` is masculine accusative whatever gender was tagged; the quotation mark
    // between adjective and noun stays inside the phrase.
    let (forms, a) = hand_tagged(
        "Der/DET/ART/Case=Nom|Gender=Masc|Number=Sing Wirt/NOUN/NN/Case=Nom|Gender=Masc|Number=Sing \
         hat/VERB/VAFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/haben \
         einen/DET/ART/Case=Acc|Gender=Masc|Number=Sing \
         gemütlichen/ADJ/ADJA/Case=Acc|Gender=Masc|Number=Sing „/PUNCT/$(/_ \
         Raucherraum/PROPN/NE/Case=Nom|Gender=Neut|Number=Sing “/PUNCT/$(/_ ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 1), Some((DepRel::Nsubj, "hat")));
    assert_eq!(link(&forms, &a, 6), Some((DepRel::Obj, "hat")));
}

#[test]
fn adjectives_joined_by_a_comma_stay_in_their_noun_phrase() {
    let (forms, a) = hand_tagged(
        "Die/DET/ART/Case=Nom|Gender=Neut|Number=Plur Länder/NOUN/NN/Case=Nom|Gender=Neut|Number=Plur \
         wollen/AUX/VMFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin/wollen \
         ein/DET/ART/Case=Acc|Gender=Neut|Number=Sing \
         eigenes/ADJ/ADJA/Case=Acc|Gender=Neut|Number=Sing ,/PUNCT/$,/_ \
         soziales/ADJ/ADJA/Case=Nom|Gender=Neut|Number=Sing \
         Modell/NOUN/NN/Case=Nom|Gender=Neut|Number=Sing \
         verfolgen/VERB/VVINF/VerbForm=Inf ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 1), Some((DepRel::Nsubj, "verfolgen")));
    assert_eq!(link(&forms, &a, 7), Some((DepRel::Obj, "verfolgen")));
    assert_eq!(a.phrase_headed_by(7).map(|p| a.phrases[p].start), Some(3));
}
