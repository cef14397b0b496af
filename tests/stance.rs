//! Stance from content: the predicate of a neutral speech verb read from evaluative words
//! and from announced non-action (issue 15, item 3). Sentences written for the test.

use crate::util::extract;

fn predicate_of(text: &str, actor: &str) -> (String, bool) {
    let s = extract(text);
    let st = s
        .iter()
        .find(|s| s.actor.name == actor)
        .unwrap_or_else(|| panic!("no statement by {actor}: {s:#?}"));
    (st.predicate.as_str().to_string(), st.negated)
}

#[test]
fn a_scandal_is_criticism() {
    let p = predicate_of(
        "„Diese Entscheidung ist ein Skandal“, sagte die Abgeordnete Petra Lindner.",
        "Petra Lindner",
    );
    assert_eq!(p, ("criticize".into(), false));
}

#[test]
fn an_excellent_proposal_is_praise() {
    let p = predicate_of(
        "Der Vorschlag sei hervorragend, erklärte der Minister Jonas Weber.",
        "Jonas Weber",
    );
    assert_eq!(p, ("praise".into(), false));
}

#[test]
fn a_negated_existential_under_a_modal_is_a_refusal() {
    let p = predicate_of(
        "Eine Grenzschließung könne es nicht geben, sagte die Kanzlerin Petra Lindner.",
        "Petra Lindner",
    );
    assert_eq!(p, ("reject".into(), false));
    let p = predicate_of(
        "Es werde keine neuen Steuern geben, betonte die Ministerin Petra Lindner.",
        "Petra Lindner",
    );
    assert_eq!(p, ("reject".into(), false));
}

#[test]
fn an_announced_non_action_is_a_refusal() {
    let p = predicate_of(
        "Man werde den Vertrag nicht unterzeichnen, sagte der Sprecher Jonas Weber.",
        "Jonas Weber",
    );
    assert_eq!(p, ("reject".into(), false));
    // No cue word in the content: the negated future alone carries the refusal.
    let p = predicate_of(
        "Die Regierung werde sich an dem Einsatz nicht beteiligen, erklärte Jonas Weber.",
        "Jonas Weber",
    );
    assert_eq!(p, ("reject".into(), false));
}

#[test]
fn without_negation_or_judgement_the_verb_stays_neutral() {
    // Future without negation, and `nicht nur`, are no refusal.
    let p = predicate_of(
        "Die Schule werde im Mai wieder öffnen, sagte der Sprecher Jonas Weber.",
        "Jonas Weber",
    );
    assert_eq!(p, ("say".into(), false));
    let p = predicate_of(
        "Die Stadt werde nicht nur Schulen sanieren, sagte der Sprecher Jonas Weber.",
        "Jonas Weber",
    );
    assert_eq!(p, ("say".into(), false));
    // A negation in a relative clause is not the claim's.
    let p = predicate_of(
        "Die Vorlage, die niemand lesen werde, komme im Mai, sagte der Sprecher Jonas Weber.",
        "Jonas Weber",
    );
    assert_eq!(p, ("say".into(), false));
}
