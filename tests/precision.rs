//! Statements that are not, or not so (issue 15, precision): an adverbial is no
//! argument, the speaker's own apposition is no argument, an object of the verb or a
//! sentence-opening adverb is no speaker, a plural verb has no singular subject, and a
//! statement with no argument at all is none. Sentences written for the test.

use crate::util::extract;
use standpunkt::Statement;

fn labels(statements: &[Statement]) -> Vec<(String, String)> {
    statements
        .iter()
        .map(|s| (s.actor.name.clone(), s.object.label.clone()))
        .collect()
}

#[test]
fn an_adverbial_of_time_or_occasion_is_no_argument() {
    let text = "Die Partei lehnt ein Bündnis mit den Nationalisten ab. \
                Dies bestätigte die Vorsitzende Marta Kovač am Abend.";
    let statements = extract(text);
    let st = statements
        .iter()
        .find(|s| s.cue == "bestätigte")
        .unwrap_or_else(|| panic!("{:#?}", labels(&statements)));
    // `Dies` stands for the sentence before; `am Abend` is no argument.
    assert!(!st.object.label.contains("Abend"), "{:?}", st.object);
    assert!(st.object.label.contains("Bündnis"), "{:?}", st.object);
}

#[test]
fn the_speakers_apposition_is_no_argument() {
    let text = "Auch die Vorsitzende des Ausschusses, Marta Kovač, äußerte sich \
                kritisch gegenüber den Autokonzernen.";
    let statements = extract(text);
    let st = statements
        .iter()
        .find(|s| s.actor.name == "Marta Kovač")
        .unwrap_or_else(|| panic!("{:#?}", labels(&statements)));
    assert!(st.object.label.contains("Autokonzernen"), "{:?}", st.object);
    assert!(!st.object.label.contains("Ausschusses"), "{:?}", st.object);
    // A name the lexicon does not know, in apposition right before the verb: the
    // complement clause after it is the argument.
    let text = "Zuvor hatte ein Rebellenführer aus dem Norden, Amadou Keïta, erklärt, \
                die Gruppe werde die Waffen niederlegen.";
    let statements = extract(text);
    let st = statements
        .iter()
        .find(|s| s.cue == "erklärt")
        .unwrap_or_else(|| panic!("{:#?}", labels(&statements)));
    assert!(st.object.label.contains("Waffen"), "{:?}", st.object);
    assert!(!st.object.label.contains("Keïta"), "{:?}", st.object);
}

#[test]
fn modifiers_of_a_coordinated_speaker_are_no_argument() {
    let text = "Die Regierung will die Renten kürzen. Dies kritisierten der grüne \
                Abgeordnete Jonas Berger sowie die sozialdemokratische Abgeordnete Lena Horn.";
    let statements = extract(text);
    for s in statements.iter().filter(|s| s.cue == "kritisierten") {
        assert!(
            !s.object.label.contains("sozialdemokratische") && s.object.label != "sowie",
            "{:?}",
            s.object
        );
    }
}

#[test]
fn an_object_after_a_plural_verb_is_no_speaker() {
    let text = "Französische Bauern warnen Präsident Emmanuel Macron vor Kürzungen.";
    let statements = extract(text);
    assert!(
        statements.iter().all(|s| s.actor.name != "Emmanuel Macron"),
        "{:#?}",
        labels(&statements)
    );
    // The relative pronoun is the subject of `unterstützen`, not the singular object.
    let text = "Protest äußerten die Bauernverbände, die die Regierung unterstützen.";
    let statements = extract(text);
    assert!(
        statements
            .iter()
            .all(|s| !(s.actor.name.contains("Regierung") && s.cue == "unterstützen")),
        "{:#?}",
        labels(&statements)
    );
}

#[test]
fn an_adverb_opening_the_sentence_is_no_speaker() {
    let statements = extract("Künftig kritisiert man das Gesetz offen.");
    assert!(
        statements.iter().all(|s| s.actor.name != "Künftig"),
        "{:#?}",
        labels(&statements)
    );
}

#[test]
fn halten_es_fuer_is_no_heisst_es() {
    // `halten es für …` has its own subject; it does not continue the last speaker.
    let text = "Der Minister sagte, die Reform komme. \
                Fachleute halten es allerdings für fraglich, dass das Gericht \
                die Reform billigt.";
    let statements = extract(text);
    assert!(
        statements
            .iter()
            .filter(|s| s.cue.starts_with("halten"))
            .all(|s| s.actor.name != "Minister" && !s.actor.name.contains("Gericht")),
        "{:#?}",
        labels(&statements)
    );
}

#[test]
fn a_pronominal_adverb_or_a_passive_announces_the_clause_after_it() {
    let text = "Die Sprecherin Anna Weber erinnerte daran, dass die Frist im Mai endet.";
    let statements = extract(text);
    let st = statements
        .iter()
        .find(|s| s.actor.name == "Anna Weber")
        .unwrap_or_else(|| panic!("{:#?}", labels(&statements)));
    assert!(st.object.label.contains("Frist"), "{:?}", st.object);
    let text = "Von der Opposition wird kritisiert, dass die Gutachten geheim bleiben.";
    let statements = extract(text);
    let st = statements
        .iter()
        .find(|s| s.cue == "kritisiert")
        .unwrap_or_else(|| panic!("{:#?}", labels(&statements)));
    assert!(st.object.label.contains("Gutachten"), "{:?}", st.object);
}

#[test]
fn the_speaker_is_never_the_object_and_no_argument_means_no_statement() {
    let text = "Diese Daten veröffentlichte am Freitag das Ministerium.";
    let statements = extract(text);
    let st = statements
        .iter()
        .find(|s| s.cue == "veröffentlichte")
        .unwrap_or_else(|| panic!("{:#?}", labels(&statements)));
    assert!(st.object.label.contains("Daten"), "{:?}", st.object);
    // Every claim has a label with a word.
    for text in [
        "Die Bürgermeisterin Ana Petrova zeigte sich besorgt.",
        "Als dringend sah es die Ministerin Paula Roth an, die Schulen zu stärken.",
    ] {
        for s in extract(text) {
            assert!(
                s.object.kind != "claim" || s.object.label.chars().any(char::is_alphanumeric),
                "{s:#?}"
            );
        }
    }
}
