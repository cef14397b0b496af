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

#[test]
fn a_verb_coordinated_after_a_comma_shares_the_subject() {
    // A contrast adverb after the second verb, no conjunction: each verb its own
    // statement, with its own object.
    let s = extract("Die Gewerkschaften unterstützen das Gesetz, fordern jedoch höhere Renten.");
    let support = with(&s, "Gewerkschaften", "support");
    assert!(support.object.label.contains("Gesetz"), "{s:#?}");
    assert!(!support.object.label.contains("Renten"), "{s:#?}");
    let demand = with(&s, "Gewerkschaften", "demand");
    assert!(demand.object.label.starts_with("höhere Renten"), "{s:#?}");
    // `sondern` before the second verb.
    let s =
        extract("Der Verband lobte nicht den Entwurf, sondern verlangte mehr Geld für Schulen.");
    let demand = with(&s, "Verband", "demand");
    assert!(demand.object.label.contains("Geld"), "{s:#?}");
    // `und`: the first verb keeps its statement though the second is a speech verb.
    let s = extract("Die Grünen begrüßen das Gesetz und lehnen die Kürzungen ab.");
    assert!(
        s.iter().any(|s| s.predicate.as_str() == "support"),
        "{s:#?}"
    );
    assert!(s.iter().any(|s| s.predicate.as_str() == "reject"), "{s:#?}");
    // A comma that closes an apposition opens no coordinated verb.
    let s =
        extract("Die Sprecherin des Verbands, Anna Beispielfrau, kritisierte allerdings den Plan.");
    assert!(s.iter().all(|s| s.actor.name != "Sprecherin"), "{s:#?}");
    // An inverted reporting clause has its own subject.
    let s = extract("Die Lage sei ernst, sagte jedoch der Verteidigungsminister.");
    assert!(s.iter().all(|s| s.actor.name != "Lage"), "{s:#?}");
    assert!(!s.is_empty(), "{s:#?}");
}

#[test]
fn an_acronym_in_brackets_names_the_same_actor_later() {
    let s = extract(
        "Der Verband der Beispielhaften Erzeuger (VBE) begrüßte den Beschluss. \
         Der VBE forderte zudem niedrigere Steuern.",
    );
    let demand = with(&s, "Verband der Beispielhaften Erzeuger", "demand");
    assert!(demand.object.label.contains("Steuern"), "{s:#?}");
    // Without the brackets the acronym stays unknown.
    let s = extract(
        "Der Verband der Beispielhaften Erzeuger begrüßte den Beschluss. \
         Der VBE forderte zudem niedrigere Steuern.",
    );
    assert!(
        s.iter()
            .all(|s| s.actor.name != "Verband der Beispielhaften Erzeuger"
                || s.predicate.as_str() != "demand"),
        "{s:#?}"
    );
}

#[test]
fn a_dative_object_before_a_coordinated_verb_is_no_speaker() {
    // `ihrem Parteifreund Huber` is a dative (a possessive never nominative): the
    // subject before the insertions speaks for both verbs, not the named object.
    let s = extract(
        "Peter Huber, Abgeordneter der Grünen, wird der neue Oberbürgermeister der Stadt. \
         Ministerpräsidentin Anna Berger, die bereits eine Stunde früher gekommen war, um mit \
         den Gästen zu feiern, gratulierte ihrem Parteifreund Huber auf der Wahlparty und \
         versicherte eine gute Zusammenarbeit mit dem künftigen Oberbürgermeister.",
    );
    assert!(!s.is_empty(), "{s:#?}");
    assert!(s.iter().all(|s| s.actor.name == "Anna Berger"), "{s:#?}");
}

#[test]
fn a_heading_run_into_the_sentence_is_no_subject_of_its_own() {
    // The front field holds one phrase: the party before the person named with a role
    // is what is left of a heading without its full stop.
    let s = extract(
        "Stimmen aus Hamburg SPD Parteichefin Greta Voss lobte den neuen Haushalt der Stadt.",
    );
    let names = actors(&s, "praise");
    assert_eq!(names, ["Greta Voss"], "{s:#?}");
}

#[test]
fn conjuncts_of_a_front_field_after_a_run_in_heading_each_speak() {
    let s = extract(
        "Stimmen aus Hamburg SPD Parteichefin Greta Voss sowie Fraktionschef Jan Brink lobten den Haushalt der Stadt.",
    );
    assert_eq!(actors(&s, "praise"), ["Greta Voss", "Jan Brink"], "{s:#?}");
}

#[test]
fn an_unnamed_role_that_shows_itself_concerned_is_a_speaker() {
    // A predicative adjective after `sich zeigen` / `sich geben` is an expressed
    // position, as a speech verb is, also for a speaker with no name (issue 15).
    let s = extract("Die Expertin zeigte sich besorgt über die Zahl der Infektionen.");
    assert_eq!(actors(&s, "warn"), ["Expertin"], "{s:#?}");
    let s = extract("Der Sprecher gab sich zuversichtlich, dass die Verhandlungen bald enden.");
    assert_eq!(actors(&s, "say"), ["Sprecher"], "{s:#?}");
    let s = extract("Nach der Abstimmung zeigten sich die Aktivistinnen enttäuscht.");
    assert_eq!(actors(&s, "criticize").len(), 1, "{s:#?}");
}

#[test]
fn a_thing_that_shows_itself_robust_makes_no_statement() {
    // Only a noun for people or a body speaks; a plain copula keeps its reading.
    for text in [
        "Der Motor zeigte sich besorgniserregend laut.",
        "Die Lage war besorgniserregend.",
        "Die Expertin war besorgt.",
    ] {
        let s = extract(text);
        assert!(s.is_empty(), "{text}: {s:#?}");
    }
}
