//! Unit tests of `tagger`, with sentences written for them.

use super::*;
use crate::grammar::token::{Case, Mood, Number, VerbForm};

fn tag(s: &str) -> Vec<(String, Tagged)> {
    let forms: Vec<&str> = s.split(' ').collect();
    let tagged = Tagger::builtin().tag(&forms);
    forms.iter().map(|f| f.to_string()).zip(tagged).collect()
}

fn find<'a>(t: &'a [(String, Tagged)], form: &str) -> &'a Tagged {
    &t.iter().find(|(f, _)| f == form).unwrap().1
}

#[test]
fn embedded_model_loads_and_round_trips() {
    let t = Tagger::builtin();
    assert!(t.model().pos_labels.len() > 30);
    let again = Model::from_bytes(&t.model().to_bytes()).unwrap();
    assert_eq!(again.pos_labels, t.model().pos_labels);
    assert_eq!(again.morph_labels, t.model().morph_labels);
}

#[test]
fn parts_of_speech_of_a_plain_sentence() {
    let t = tag("Die Provinzregierung warf dem Energieministerium in der Hauptstadt vor , Warnungen übergangen zu haben .");
    let t = &t[..13];
    let upos: Vec<&str> = t.iter().map(|(_, w)| w.upos.as_str()).collect();
    assert_eq!(
        upos,
        [
            "DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PUNCT", "NOUN",
            "VERB", "PART"
        ]
    );
    assert_eq!(find(t, "warf").xpos, "VVFIN");
    assert_eq!(find(t, "vor").xpos, "PTKVZ");
}

#[test]
fn case_follows_determiner_and_preposition() {
    let t = tag("Die Provinzregierung warf dem Energieministerium in der Hauptstadt vor , Warnungen übergangen zu haben .");
    assert_eq!(
        find(&t, "Provinzregierung").feats.case.single(),
        Some(Case::Nom)
    );
    assert_eq!(
        find(&t, "Energieministerium").feats.case.single(),
        Some(Case::Dat)
    );
    assert_eq!(find(&t, "Hauptstadt").feats.case.single(), Some(Case::Dat));
    let t = tag("Die Außenministerin forderte die Türkei auf , die Grenze zu öffnen .");
    assert_eq!(
        find(&t, "Außenministerin").feats.case.single(),
        Some(Case::Nom)
    );
    let t = tag("Er sprach mit den Vertretern der Gewerkschaften über die Löhne .");
    assert_eq!(find(&t, "Vertretern").feats.case.single(), Some(Case::Dat));
    assert_eq!(find(&t, "Vertretern").feats.number, Some(Number::Plur));
    assert_eq!(
        find(&t, "Gewerkschaften").feats.case.single(),
        Some(Case::Gen)
    );
    assert_eq!(find(&t, "Löhne").feats.case.single(), Some(Case::Acc));
    assert_eq!(find(&t, "Er").feats.case.single(), Some(Case::Nom));
}

#[test]
fn konjunktiv_and_indicative() {
    let t = tag("Der Gewerkschaftschef sagte , die Löhne müssten steigen .");
    assert_eq!(find(&t, "sagte").feats.mood, Some(Mood::Ind));
    assert_eq!(find(&t, "müssten").feats.mood, Some(Mood::Sub));
    let t =
        tag("Die Betriebe hätten genug verdient ; wenn sie nicht einlenkten , werde gestreikt .");
    assert_eq!(find(&t, "hätten").feats.mood, Some(Mood::Sub));
    let t = tag("Der Minister sagte , die Lage sei ernst und die Regierung habe keinen Plan .");
    assert_eq!(find(&t, "sei").feats.mood, Some(Mood::Sub));
    assert_eq!(find(&t, "habe").feats.mood, Some(Mood::Sub));
    let t = tag("Sie haben das Geld verdient .");
    assert_eq!(find(&t, "verdient").feats.verb_form, Some(VerbForm::Part));
    let t = tag("Die Regierung hat die Lage im Griff .");
    assert_eq!(find(&t, "hat").feats.mood, Some(Mood::Ind));
}

#[test]
fn attributive_participle_is_an_adjective() {
    let t = tag("Die Regierung verteidigte die von Menschenrechtlern verurteilten Festnahmen .");
    assert_eq!(find(&t, "verurteilten").upos, Upos::Adj);
    assert_eq!(find(&t, "verteidigte").upos, Upos::Verb);
    assert_eq!(find(&t, "Festnahmen").upos, Upos::Noun);
}

#[test]
fn function_words_keep_their_closed_classes() {
    // Subordinators and adverbs are never verbs, however verb-like their place.
    let t = tag("Nachdem die Abgeordneten abgestimmt hatten , vertagte sich das Parlament .");
    assert_eq!(find(&t, "Nachdem").upos, Upos::Sconj);
    let t = tag("Ansonsten blieb die Lage in der Hauptstadt ruhig .");
    assert_eq!(find(&t, "Ansonsten").upos, Upos::Adv);
    let t = tag("Die Gewerkschaft verlangte , sofern die Betriebe zustimmen , höhere Löhne .");
    assert_eq!(find(&t, "sofern").upos, Upos::Sconj);
    // A word no closed class lists is no determiner, pronoun or conjunction.
    let t = tag("Quaxelbrunn meldete Verluste .");
    assert!(!matches!(
        find(&t, "Quaxelbrunn").upos,
        Upos::Det | Upos::Pron | Upos::Sconj | Upos::Cconj | Upos::Adp | Upos::Aux
    ));
}

#[test]
fn lemmas_from_table_and_lexicon() {
    let t = tag("Die Provinzregierungen sind in den Häusern .");
    assert_eq!(find(&t, "sind").lemma.as_deref(), Some("sein"));
    assert_eq!(
        find(&t, "Provinzregierungen").lemma.as_deref(),
        Some("Provinzregierung")
    );
    assert_eq!(find(&t, "Häusern").lemma.as_deref(), Some("Haus"));
}

#[test]
fn tokens_keep_their_spans() {
    let text = "Frankreich, Spanien und die Niederlande lehnten den Vorschlag ab.";
    let tokens = crate::text::tokenize(text, 0, text.len());
    let words = Tagger::builtin().tag_tokens(text, &tokens);
    assert_eq!(words.len(), tokens.len());
    assert_eq!(&text[words[0].start..words[0].end], "Frankreich");
    assert_eq!(words[0].upos, Upos::Propn);
    let ab = words
        .iter()
        .find(|w| &text[w.start..w.end] == "ab")
        .unwrap();
    assert_eq!(ab.xpos, "PTKVZ");
    // Same input, same output.
    assert_eq!(words, Tagger::builtin().tag_tokens(text, &tokens));
}
