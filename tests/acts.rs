//! Reported acts and actors the lexicon does not know (issue 15, item 7). Sentences
//! written for the test.

use crate::util::extract;

#[test]
fn armed_forces_named_by_a_state_adjective_act_for_the_state() {
    for text in [
        "Russische Kampfjets bombardierten ein Krankenhaus.",
        "Russische Kampfflugzeuge griffen ein Dorf an.",
    ] {
        let s = extract(text);
        let st = s
            .iter()
            .find(|s| s.predicate.as_str() == "attack")
            .unwrap_or_else(|| panic!("no attack: {s:#?}"));
        assert_eq!(st.actor.name, "Russland", "{text}");
        assert_eq!(st.actor.kind, "state");
        assert_eq!(st.country.as_deref(), Some("RUS"));
    }
    // A noun that names no armed force keeps its reading.
    let s = extract("Russische Kampfjets bombardierten ein Krankenhaus.");
    assert!(s.iter().all(|s| s.actor.name != "Kampfjets"), "{s:#?}");
}

#[test]
fn a_spokesperson_of_a_named_group_speaks_for_the_group() {
    let s = extract("Ein Sprecher der Gruppe Freie Allianz sagte, man werde weiterkämpfen.");
    let st = s
        .iter()
        .find(|s| s.actor.name == "Freie Allianz")
        .unwrap_or_else(|| panic!("no statement by the group: {s:#?}"));
    assert_eq!(st.actor.kind, "organization");
    // Without a group noun and a name, the spokesperson stays anonymous.
    let s = extract("Ein Sprecher der Stadt sagte, man werde weiterbauen.");
    assert!(s.iter().all(|s| s.actor.kind != "organization"), "{s:#?}");
}
