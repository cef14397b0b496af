//! The object of a statement as the spec defines it (issue 15, item 2): `object.text` is
//! the argument as it stands in the evidence sentence, without the cue's words;
//! `object.label` a phrase of the sentence of at most twelve words. Sentences written
//! for the test.

use crate::util::{extract, statement_with as by};
use standpunkt::Statement;

fn text_of(st: &Statement) -> &str {
    st.object.text.as_deref().unwrap_or("")
}

/// The object's text and label stand in the evidence sentence, the label is short.
fn assert_in_sentence(st: &Statement) {
    let sentence = st.evidence.sentence.as_str();
    assert!(sentence.contains(text_of(st)), "{:?}", st.object);
    assert!(
        sentence.contains(st.object.label.as_str()),
        "{:?}",
        st.object
    );
    assert!(
        st.object.label.split_whitespace().count() <= 12,
        "{:?}",
        st.object
    );
}

#[test]
fn a_quotation_running_on_is_the_argument_of_its_sentence() {
    let s = extract(
        "Jonas Weber sagte: „Wir werden die Steuern im Herbst senken. Danach kommt die \
         Reform der Renten.“",
    );
    let st = s
        .iter()
        .find(|s| s.evidence.sentence.starts_with("Jonas Weber sagte"))
        .unwrap_or_else(|| panic!("{s:#?}"));
    assert_in_sentence(st);
    assert!(text_of(st).contains("Steuern"), "{:?}", st.object);
    assert!(!text_of(st).contains("Renten"), "{:?}", st.object);
}

#[test]
fn a_cue_noun_names_the_object_but_is_no_part_of_its_text() {
    let s = extract("Die CDU übte scharfe Kritik an dem Gesetz zur Rente.");
    let st = by(&s, "CDU", "criticize");
    assert_in_sentence(st);
    assert!(text_of(st).contains("Gesetz"), "{:?}", st.object);
    assert!(!text_of(st).contains("Kritik"), "{:?}", st.object);
}

#[test]
fn an_evaluative_adjective_takes_its_argument_after_it() {
    let s = extract(
        "Die Europäer seien bereit, der Ukraine Sicherheitsgarantien zu geben, sagte \
         Jonas Weber.",
    );
    let st = by(&s, "Jonas Weber", "commit");
    assert_in_sentence(st);
    assert!(
        text_of(st).contains("Sicherheitsgarantien"),
        "{:?}",
        st.object
    );
    assert!(!text_of(st).contains("bereit"), "{:?}", st.object);
    // The label names the object with its cue word.
    assert!(st.object.label.contains("bereit"), "{:?}", st.object);
}

#[test]
fn after_a_wie_clause_the_main_clause_is_the_content() {
    let s = extract("Wie die SPD mitteilte, bleibt der Parteitag in Bonn.");
    let st = s
        .iter()
        .find(|s| s.actor.name == "SPD")
        .unwrap_or_else(|| panic!("{s:#?}"));
    assert_in_sentence(st);
    assert!(text_of(st).contains("Parteitag"), "{:?}", st.object);
}

#[test]
fn a_coordinated_verb_takes_the_complement_clause_after_it() {
    let s = extract(
        "Der Experte Jonas Weber lobt zwar die Reform, zweifelt aber, ob die Renten \
         dadurch sicher werden.",
    );
    let st = by(&s, "Jonas Weber", "doubt");
    assert_in_sentence(st);
    assert!(text_of(st).contains("Renten"), "{:?}", st.object);
}

#[test]
fn a_pronoun_left_of_a_quotation_stands_for_the_sentence_before() {
    let s = extract(
        "Die Regierung werde die Steuern im Herbst senken. „Ich glaube das einfach \
         nicht“, sagte Jonas Weber.",
    );
    let st = by(&s, "Jonas Weber", "doubt");
    assert!(text_of(st).contains("Steuern"), "{:?}", st.object);
}

#[test]
fn a_verb_with_nothing_of_its_own_takes_the_infinitive_clause_after_it() {
    let s = extract("Der Minister Jonas Weber weigerte sich, die Steuern zu erhöhen.");
    let st = by(&s, "Jonas Weber", "reject");
    assert_in_sentence(st);
    assert!(
        text_of(st).contains("Steuern zu erhöhen"),
        "{:?}",
        st.object
    );
}

#[test]
fn a_relative_clause_of_the_subject_is_no_content_of_its_verb() {
    let s = extract(
        "Die Gewerkschaft, die in den Betrieben die Mehrheit stellt, erklärte, die \
         Regierung habe die Löhne der Pflegekräfte nicht erhöht.",
    );
    let st = by(&s, "Gewerkschaft", "say");
    assert_in_sentence(st);
    assert!(text_of(st).contains("Löhne"), "{:?}", st.object);
    assert!(!text_of(st).contains("Mehrheit"), "{:?}", st.object);
}

#[test]
fn a_fronted_object_of_a_stance_verb_wins_over_the_quotation_after_a_colon() {
    let s = extract(
        "Den französischen Vorschlag, die Zölle schrittweise zu senken, lehnt der Minister \
         Jonas Weber jedoch ab: „Wir brauchen eine schnelle Lösung für alle Betriebe.“",
    );
    let st = by(&s, "Jonas Weber", "reject");
    assert_in_sentence(st);
    assert!(text_of(st).contains("Vorschlag"), "{:?}", st.object);
    assert!(!text_of(st).contains("Lösung"), "{:?}", st.object);
    // The addressee before a verb with a clause of its own is no object.
    let s = extract(
        "Die Bürger forderte der Minister Jonas Weber auf, von ihrem Wahlrecht Gebrauch \
         zu machen.",
    );
    let st = by(&s, "Jonas Weber", "demand");
    assert!(text_of(st).contains("Wahlrecht"), "{:?}", st.object);
}

#[test]
fn a_passive_subject_is_the_object_without_its_auxiliary() {
    let s = extract(
        "Der Plan wurde von Frankreich scharf kritisiert. Die Initiative wird von der \
         Bundesregierung unterstützt.",
    );
    let criticism = by(&s, "Frankreich", "criticize");
    assert_in_sentence(criticism);
    assert_eq!(criticism.object.label, "Plan");
    let support = by(&s, "Bundesregierung", "support");
    assert_in_sentence(support);
    assert_eq!(support.object.label, "Initiative");
}

#[test]
fn a_correlate_announces_the_complement_clause_as_the_argument() {
    // The accusative is the addressee, `dazu` the correlate: the zu-infinitive is the
    // argument.
    let s = extract(
        "Die Sprecherin der Partei, Anna Berger, forderte die Regierung am Montag dazu auf, \
         die Steuern rasch zu senken.",
    );
    let st = by(&s, "Anna Berger", "demand");
    assert_in_sentence(st);
    assert!(text_of(st).contains("Steuern"), "{:?}", st.object);
    assert!(!text_of(st).contains("Regierung"), "{:?}", st.object);
    // A phrase of the frame's preposition before the correlate is no argument.
    let s = extract(
        "Die Außenminister der Europäischen Union haben sich auf einem Treffen in Brüssel \
         nicht darauf geeinigt, Truppen nach Mali zu entsenden.",
    );
    let st = s
        .iter()
        .find(|s| s.predicate.as_str() == "commit")
        .unwrap_or_else(|| panic!("{s:#?}"));
    assert!(text_of(st).contains("Truppen"), "{:?}", st.object);
    assert!(!text_of(st).contains("Treffen"), "{:?}", st.object);
}

#[test]
fn a_meeting_takes_its_partner_from_the_mit_phrase() {
    let s = extract(
        "Der Außenminister Jonas Weber will sich in Paris mit dem französischen Präsidenten \
         Emmanuel Macron treffen und besprechen, wie es weitergeht.",
    );
    let st = by(&s, "Jonas Weber", "meet");
    assert_in_sentence(st);
    assert!(text_of(st).contains("Macron"), "{:?}", st.object);
    assert!(!text_of(st).contains("besprechen"), "{:?}", st.object);
}

#[test]
fn a_relative_clause_after_the_particle_belongs_to_the_object() {
    let s = extract(
        "Der Generalsekretär Jonas Weber prangert in seinem Bericht Gewalt gegen Frauen an, \
         die von den Milizen verübt werde.",
    );
    let st = by(&s, "Jonas Weber", "criticize");
    assert_in_sentence(st);
    assert!(
        text_of(st).contains("Gewalt gegen Frauen"),
        "{:?}",
        st.object
    );
}

#[test]
fn a_verb_final_cue_takes_the_object_of_the_middle_field() {
    let s = extract(
        "Nach dem Scheitern der Gespräche muss die EU-Kommission jetzt einen neuen Entwurf \
         vorlegen.",
    );
    let st = s
        .iter()
        .find(|s| s.predicate.as_str() == "propose")
        .unwrap_or_else(|| panic!("{s:#?}"));
    assert_in_sentence(st);
    assert!(text_of(st).contains("Entwurf"), "{:?}", st.object);
    assert!(!text_of(st).contains("Scheitern"), "{:?}", st.object);
}
