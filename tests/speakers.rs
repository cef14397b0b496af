//! Speakers resolved by grammar and lexicon data (issue 15, items 1, 6, 7): coordinated
//! subjects give one statement each, a body that leads others speaks for the actors its
//! attribute names. Sentences written for the test.

use crate::util::{extract, statement_with as with};
use standpunkt::Statement;

fn actors(s: &[Statement], predicate: &str) -> Vec<String> {
    let mut names: Vec<String> = s
        .iter()
        .filter(|s| s.predicate.as_str() == predicate)
        .map(|s| s.actor.name.clone())
        .collect();
    names.sort();
    names
}

#[test]
fn a_list_of_states_as_subject_gives_one_statement_each() {
    // The comma after the first state opens no clause of its own.
    let s = extract("Polen, Ungarn und die Slowakei lehnten den Plan der Kommission ab.");
    assert_eq!(
        actors(&s, "reject"),
        ["Polen", "Slowakei", "Ungarn"],
        "{s:#?}"
    );
    for st in s.iter().filter(|s| s.predicate.as_str() == "reject") {
        assert!(st.object.label.contains("Plan"), "{:?}", st.object);
    }
}

#[test]
fn sowohl_als_auch_coordinates_the_subjects() {
    let s = extract("Sowohl die SPD als auch die FDP lehnten den Gesetzentwurf ab.");
    assert_eq!(actors(&s, "reject"), ["FDP", "SPD"], "{s:#?}");
}

#[test]
fn coordinated_names_the_lexicon_does_not_know_are_speakers() {
    let s = extract("KBX und TLM bestehen darauf, die Gebühren für Studenten zu senken.");
    assert_eq!(actors(&s, "demand"), ["KBX", "TLM"], "{s:#?}");
    let st = with(&s, "KBX", "demand");
    assert!(st.object.label.contains("Gebühren"), "{:?}", st.object);
    // Common nouns coordinated as the subject of a passive are no speakers.
    let s = extract("Dem Minister werden Betrug und Untreue vorgeworfen.");
    assert!(
        s.iter()
            .all(|s| !["Betrug", "Untreue"].contains(&s.actor.name.as_str())),
        "{s:#?}"
    );
}

#[test]
fn a_body_that_leads_others_speaks_for_them() {
    let s = extract("Die Regierungen von Polen und Ungarn kritisierten den Plan der Kommission.");
    assert_eq!(actors(&s, "criticize"), ["Polen", "Ungarn"], "{s:#?}");
    let s = extract("Die Führung der FDP lehnte den Vorschlag am Montag ab.");
    let st = with(&s, "FDP", "reject");
    assert!(!st.object.label.contains("Führung"), "{:?}", st.object);
    assert!(s.iter().all(|s| s.actor.name != "Führung"), "{s:#?}");
}

#[test]
fn a_definite_description_refers_to_the_organisation_named_last() {
    let s = extract(
        "Die Hamas bekannte sich zu dem Anschlag. Die Organisation erklärte, sie werde \
         weitere Ziele angreifen.",
    );
    assert!(
        s.iter()
            .any(|s| s.actor.name == "Hamas" && s.evidence.sentence.contains("erklärte")),
        "{s:#?}"
    );
    assert!(s.iter().all(|s| s.actor.name != "Organisation"), "{s:#?}");
    // A name after the noun is the organisation's own.
    let s = extract(
        "Die Hamas bekannte sich zu dem Anschlag. Die Organisation Kinderhilfe Nord \
         erklärte, sie werde den Opfern helfen.",
    );
    assert!(
        s.iter()
            .all(|s| s.actor.name != "Hamas" || s.evidence.sentence.contains("bekannte")),
        "{s:#?}"
    );
}

#[test]
fn a_named_object_after_the_verb_never_replaces_an_unnamed_subject() {
    // `die Türkei` and `der Agentur Reuters` are the accusative and the dative of the
    // verb: the unnamed subject speaks, not the named object.
    let s = extract("Die Ministerin forderte die Türkei auf, die Grenze zu öffnen.");
    assert_eq!(actors(&s, "demand"), ["Ministerin"], "{s:#?}");
    let s = extract(
        "Ein Augenzeuge erzählte der Agentur Reuters, Soldaten hätten auf die Menge geschossen.",
    );
    assert_eq!(actors(&s, "say"), ["Augenzeuge"], "{s:#?}");
    // A named subject after a fronted unnamed object still wins (`Kritikern entgegnete X`).
    let s = extract("Kritikern entgegnete Jonas Weber, die Reform sei nötig.");
    let speakers: Vec<&str> = s.iter().map(|s| s.actor.name.as_str()).collect();
    assert_eq!(speakers, ["Jonas Weber"], "{s:#?}");
}
