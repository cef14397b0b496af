//! Predicates and arguments of frames (issue 15, items 2 and 3): prepositions written as
//! contractions or pronominal adverbs, phrase cues with their preposition, coordinated
//! verbs that share the subject, and stance from the argument of a verb of
//! characterisation. Sentences written for the test.

use crate::util::{extract, statement_with as with};
use standpunkt::Statement;

fn object(st: &Statement) -> String {
    format!(
        "{} {}",
        st.object.label,
        st.object.text.clone().unwrap_or_default()
    )
}

#[test]
fn a_contracted_preposition_meets_the_frame() {
    // `raten zu` written `rät zum`.
    let s = extract("Jonas Weber rät zum Bau neuer Windräder.");
    let st = with(&s, "Jonas Weber", "propose");
    assert!(object(st).contains("Windräder"), "{:?}", st.object);
}

#[test]
fn a_pronominal_adverb_announces_the_argument_clause() {
    let s = extract("Jonas Weber besteht darauf, die Renten bis zum Herbst zu erhöhen.");
    let st = with(&s, "Jonas Weber", "demand");
    assert!(object(st).contains("Renten"), "{:?}", st.object);
    // A phrase cue followed by its preposition: `Wert legen auf`.
    let s = extract("Jonas Weber legte Wert darauf, dass die Schulen offen bleiben.");
    let st = with(&s, "Jonas Weber", "demand");
    assert!(st.object.label.contains("Schulen"), "{:?}", st.object);
}

#[test]
fn coordinated_subjects_are_never_the_object() {
    let s = extract("Die SPD und die CDU bestehen darauf, die Steuern zu senken.");
    for actor in ["SPD", "CDU"] {
        let st = with(&s, actor, "demand");
        assert!(object(st).contains("Steuern"), "{:?}", st.object);
    }
}

#[test]
fn a_verb_final_frame_takes_the_preposition_phrase_before_it() {
    let s = extract("Die SPD konnte sich im Ausschuss nicht auf einen Haushalt einigen.");
    let st = with(&s, "SPD", "commit");
    assert!(st.negated);
    assert!(st.object.label.contains("Haushalt"), "{:?}", st.object);
    assert!(!object(st).contains("einigen"), "{:?}", st.object);
}

#[test]
fn a_coordinated_verb_shares_the_subject_and_ends_the_first_argument() {
    let s = extract("Olaf Scholz begrüßte den Beschluss und griff die Opposition scharf an.");
    let first = with(&s, "Olaf Scholz", "support");
    assert!(
        first.object.label.contains("Beschluss"),
        "{:?}",
        first.object
    );
    assert!(!object(first).contains("Opposition"), "{:?}", first.object);
    // A person's attack is verbal: criticism, not a military attack.
    let second = with(&s, "Olaf Scholz", "criticize");
    assert!(object(second).contains("Opposition"), "{:?}", second.object);
    // The phrase after a coordinated verb is its object, never its speaker.
    let s = extract("Der Konzern hält Aktien und unterstützt die SPD.");
    assert!(!s.iter().any(|x| x.actor.name == "SPD"), "{s:#?}");
}

#[test]
fn a_verb_of_characterisation_takes_the_stance_of_its_argument() {
    let s = extract("Jonas Weber hält das Gesetz für verfassungswidrig.");
    let st = with(&s, "Jonas Weber", "criticize");
    assert!(object(st).contains("Gesetz"), "{:?}", st.object);
    let s = extract("Jonas Weber betrachtet die Blockade als Eskalation des Streits.");
    let st = with(&s, "Jonas Weber", "warn");
    assert!(object(st).contains("Blockade"), "{:?}", st.object);
    // Without an evaluative word the characterisation stays neutral.
    let s = extract("Jonas Weber bezeichnete den Plan als Kompromiss.");
    with(&s, "Jonas Weber", "say");
}

#[test]
fn a_reading_that_needs_a_negation_yields_to_the_plain_one() {
    // `glauben` is doubt only with `nicht`; `akzeptieren` is reject only with it.
    let s = extract("Jonas Weber glaubt, dass die Reform scheitern werde.");
    let st = with(&s, "Jonas Weber", "say");
    assert!(object(st).contains("Reform"), "{:?}", st.object);
    let s = extract("Jonas Weber glaubt nicht, dass die Reform scheitern werde.");
    with(&s, "Jonas Weber", "doubt");
    let s = extract("Jonas Weber akzeptierte den Vorschlag der Kommission.");
    let st = with(&s, "Jonas Weber", "support");
    assert!(object(st).contains("Vorschlag"), "{:?}", st.object);
}

#[test]
fn a_separable_particle_is_found_after_a_date_and_written_apart() {
    // The period of an ordinal date does not end the search for the particle.
    let s = extract("Jonas Weber gab am 27. März seinen Rücktritt bekannt.");
    let st = with(&s, "Jonas Weber", "announce");
    assert!(object(st).contains("Rücktritt"), "{:?}", st.object);
    // Verb-final order with the particle written apart (`bekannt gab`).
    let s = extract("Wie Jonas Weber am Montag bekannt gab, wird die Reform verschoben.");
    let st = with(&s, "Jonas Weber", "announce");
    assert!(object(st).contains("Reform"), "{:?}", st.object);
    // A word quoted inside the clause does not end the search either.
    let s = extract("Jonas Weber wies den Vorwurf als „Unverschämtheit“ zurück.");
    let st = with(&s, "Jonas Weber", "reject");
    assert!(object(st).contains("Vorwurf"), "{:?}", st.object);
}

#[test]
fn verbs_of_assessment_carry_their_frame() {
    let s = extract("Jonas Weber bezifferte den Schaden auf zwei Milliarden Euro.");
    let st = with(&s, "Jonas Weber", "say");
    assert!(object(st).contains("Schaden"), "{:?}", st.object);
    let s = extract("Jonas Weber wertet die Einigung als Erfolg.");
    let st = with(&s, "Jonas Weber", "say");
    assert!(object(st).contains("Einigung"), "{:?}", st.object);
    // Without `als`, `werten` states nothing.
    let s = extract("Jonas Weber wertet die Daten aus.");
    assert!(s.iter().all(|st| st.predicate.as_str() != "say"), "{s:#?}");
}

#[test]
fn an_attack_announced_in_reported_speech_is_a_threat() {
    let s = extract(
        "Die Miliz erklärte, sie werde die Stellungen der Armee angreifen, wenn die \
         Regierung die Verhandlungen nicht wieder aufnehme.",
    );
    let threats: Vec<_> = s
        .iter()
        .filter(|s| s.predicate.as_str() == "threaten")
        .collect();
    assert_eq!(threats.len(), 1, "{s:#?}");
    assert!(threats[0].actor.name.contains("Miliz"), "{s:#?}");
    // Its object is what it announces, not the condition.
    assert!(object(threats[0]).contains("Stellungen"), "{s:#?}");
    assert!(!object(threats[0]).contains("Verhandlungen"), "{s:#?}");
    assert!(
        !s.iter().any(|s| s.predicate.as_str() == "attack"),
        "{s:#?}"
    );
    // An attack reported as done stays an attack.
    let s = extract("Russland griff am Montag die Stellungen der Armee an.");
    assert!(s.iter().any(|s| s.predicate.as_str() == "attack"), "{s:#?}");
}

#[test]
fn a_passive_with_another_agent_is_no_stance_of_the_speaker() {
    let s = extract(
        "Jonas Weber sagte, der Entwurf sei von einer kleinen Gruppe der Abgeordneten \
         blockiert worden.",
    );
    let st = s
        .iter()
        .find(|s| s.actor.name == "Jonas Weber")
        .unwrap_or_else(|| panic!("{s:#?}"));
    assert_eq!(st.predicate.as_str(), "say", "{s:#?}");
    // Without another agent, the content cue is the speaker's stance.
    let s = extract("Jonas Weber sagte, er lehne den Entwurf ab.");
    assert!(
        s.iter()
            .any(|s| s.actor.name == "Jonas Weber" && s.predicate.as_str() == "reject"),
        "{s:#?}"
    );
}

#[test]
fn a_cue_noun_in_a_prepositional_phrase_is_no_position_of_the_speaker() {
    // A circumstance (`wegen … Bedingungen`) and the topic talked about (`zu der
    // Forderung`) are no demand of the speaker.
    let s = extract(
        "Nach Angaben von Jonas Weber ist die Wahl nicht wegen des Streits in Gefahr, \
         sondern wegen interner Bedingungen.",
    );
    assert!(s.iter().all(|s| s.predicate.as_str() != "demand"), "{s:#?}");
    with(&s, "Jonas Weber", "say");
    let s = extract(
        "Jonas Weber sagte zu der Forderung der Opposition nach Neuwahlen: „Das ist nicht \
         realistisch.“",
    );
    assert!(s.iter().all(|s| s.predicate.as_str() != "demand"), "{s:#?}");
    let s = extract("Jonas Weber sagte, es gebe Hilfe nur unter Bedingungen.");
    assert!(s.iter().all(|s| s.predicate.as_str() != "demand"), "{s:#?}");
    // With `an` the speaker sets the condition.
    let s = extract("Jonas Weber sagte, die Hilfe sei an Bedingungen gebunden.");
    with(&s, "Jonas Weber", "demand");
}

#[test]
fn restricting_is_a_refusal() {
    let s = extract(
        "Jonas Weber schränkte die Zusage jedoch dahingehend ein, dass keine Soldaten \
         geschickt würden.",
    );
    with(&s, "Jonas Weber", "reject");
}
