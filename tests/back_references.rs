//! Statements that refer back to the sentence before (issue 15, item 5): a source
//! anaphor (`Demnach …`) after narration, a demonstrative pronoun as the object (`Dies
//! bestätigte X`), an adverb of likeness (`Ebenso äußerte sich X`). Sentences written for
//! the test.

use crate::util::{extract, statement_by as by};

#[test]
fn a_source_anaphor_carries_the_speaker_on_after_narration() {
    let s = extract(
        "Die SPD sagte am Montag, die Lage sei ernst. \
         Viele Stationen stehen vor einem harten Winter. \
         Demnach fehlen bundesweit 50.000 Stellen in der Pflege.",
    );
    let carried: Vec<_> = s
        .iter()
        .filter(|x| x.evidence.sentence.starts_with("Demnach"))
        .collect();
    assert_eq!(carried.len(), 1, "{s:#?}");
    assert_eq!(carried[0].actor.name, "SPD");
    // Without the anaphor, narration in the indicative is no one's speech.
    let s = extract(
        "Die SPD sagte am Montag, die Lage sei ernst. \
         Viele Stationen stehen vor einem harten Winter. \
         Bundesweit fehlen 50.000 Stellen in der Pflege.",
    );
    assert!(
        s.iter()
            .all(|x| !x.evidence.sentence.starts_with("Bundesweit")),
        "{s:#?}"
    );
}

#[test]
fn a_demonstrative_in_the_front_field_is_the_previous_sentence() {
    let s = extract(
        "Die FDP schließt eine Koalition mit der Linken aus. \
         Dies bestätigte der Parteichef Christian Lindner am Abend.",
    );
    let st = by(&s, "Christian Lindner");
    assert!(st.object.label.contains("Koalition"), "{:?}", st.object);
    assert!(!st.object.label.contains("Abend"), "{:?}", st.object);
    let s = extract(
        "Die FDP schließt eine Koalition mit der Linken aus. \
         Das bestätigte Christian Lindner am Abend.",
    );
    let st = by(&s, "Christian Lindner");
    assert!(st.object.label.contains("Koalition"), "{:?}", st.object);
    // `Das` before a noun is an article: the clause has an object of its own, not the
    // sentence before.
    let s = extract(
        "Die FDP schließt eine Koalition mit der Linken aus. \
         Das Gesetz lehnte Christian Lindner am Abend ab.",
    );
    let st = by(&s, "Christian Lindner");
    assert!(!st.object.label.contains("Koalition"), "{:?}", st.object);
}

#[test]
fn likewise_takes_the_previous_statement_s_predicate_and_object() {
    let s = extract(
        "Die SPD forderte die Öffnung der Grenzen. \
         Ebenso äußerte sich der Parteichef Christian Lindner.",
    );
    let st = by(&s, "Christian Lindner");
    assert_eq!(st.predicate.as_str(), "demand");
    assert!(st.object.label.contains("Grenzen"), "{:?}", st.object);
    // With content of its own the adverb is no back-reference.
    let s = extract(
        "Die SPD forderte die Öffnung der Grenzen. \
         Ebenso äußerte sich der Parteichef Christian Lindner, die Steuern seien zu hoch.",
    );
    let st = by(&s, "Christian Lindner");
    assert!(st.object.label.contains("Steuern"), "{:?}", st.object);
}
