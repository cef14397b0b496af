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

#[test]
fn a_von_phrase_in_the_front_field_is_an_attribute_not_the_agent() {
    // The front field holds one phrase: `von X` belongs to the noun before it.
    let text = "Die Ansprache von Ministerin Marta Kovač wurde im Parlament gelobt.";
    let statements = extract(text);
    assert!(
        statements.iter().all(|s| s.actor.name != "Marta Kovač"),
        "{:#?}",
        labels(&statements)
    );
    // After the finite verb, or opening the clause, `von X` is the agent.
    for text in [
        "Im Parlament wurde der Plan von Ministerin Marta Kovač gelobt.",
        "Von Ministerin Marta Kovač wurde der Plan im Parlament gelobt.",
        "Von Ministerin Marta Kovač wurde der Plan als unangemessen kritisiert.",
    ] {
        let statements = extract(text);
        assert!(
            statements.iter().any(|s| s.actor.name == "Marta Kovač"),
            "{text}: {:#?}",
            labels(&statements)
        );
    }
    // Of two coordinated passives each has the agent before its own participle.
    let text = "Das Abkommen, das von Estland entworfen wurde und von Finnland \
                unterstützt wird, soll im Mai unterzeichnet werden.";
    let statements = extract(text);
    let supporters: Vec<&str> = statements
        .iter()
        .filter(|s| s.cue == "unterstützt")
        .map(|s| s.actor.name.as_str())
        .collect();
    assert_eq!(supporters, ["Finnland"], "{:#?}", labels(&statements));
}

#[test]
fn a_clause_opening_with_its_auxiliary_after_an_apposition_has_the_name_before() {
    let text = "Die Abgeordnete Lena Horn kritisierte die Pläne. Der Vorsitzende des \
                Ausschusses, Jonas Berger, hatte Horn am Montag aufgefordert, den Bericht \
                vorzulegen.";
    let statements = extract(text);
    let st = statements
        .iter()
        .find(|s| s.cue == "aufgefordert")
        .unwrap_or_else(|| panic!("{:#?}", labels(&statements)));
    assert_eq!(st.actor.name, "Jonas Berger");
}

#[test]
fn a_city_after_an_institution_noun_is_its_seat_not_the_state() {
    let text = "Die Staatsanwaltschaft Kairo teilte mit, der Verdächtige sei gefasst worden.";
    let statements = extract(text);
    let st = statements
        .first()
        .unwrap_or_else(|| panic!("{:#?}", labels(&statements)));
    assert_eq!(st.actor.name, "Staatsanwaltschaft Kairo");
    assert_eq!(st.country.as_deref(), Some("EGY"));
    // A city after an article and before another capitalised word is part of a name.
    let text = "Die Kairo Tribune berichtete, die Wahl werde verschoben.";
    let statements = extract(text);
    assert!(
        statements.iter().all(|s| s.actor.name != "Ägypten"),
        "{:#?}",
        labels(&statements)
    );
}

#[test]
fn a_compass_noun_or_a_month_is_no_name() {
    // `Norden` is also a given name; after an article or `im` it is the noun.
    let text = "Im Norden Beispielstadts sagte ein Sprecher der Polizei, die Lage sei ruhig.";
    let statements = extract(text);
    assert!(
        statements.iter().all(|s| !s.actor.name.contains("Norden")),
        "{:#?}",
        labels(&statements)
    );
    let text = "Anfang Juli kündigte der Konzern neue Stellen an.";
    let statements = extract(text);
    assert!(
        statements.iter().all(|s| s.actor.name != "Juli"),
        "{:#?}",
        labels(&statements)
    );
}

#[test]
fn a_topic_before_a_headline_colon_is_no_argument() {
    let text = "Peru: Regierung kündigt Neuwahlen für den Herbst an";
    let statements = extract(text);
    let st = statements
        .iter()
        .find(|s| s.cue.contains("kündigt"))
        .unwrap_or_else(|| panic!("{:#?}", labels(&statements)));
    assert!(st.object.label.contains("Neuwahlen"), "{:?}", st.object);
    assert!(!st.object.label.contains("Peru"), "{:?}", st.object);
}

#[test]
fn a_surname_joined_to_a_name_by_a_hyphen_is_no_person_of_its_own() {
    // `Friedrich` is a known person's surname; inside a compound name it is not him.
    let text = "Das Friedrich-Lindauer-Institut bestätigte die Befunde am Montag.";
    let statements = extract(text);
    assert!(
        statements
            .iter()
            .all(|s| s.actor.name != "Hans-Peter Friedrich"),
        "{:#?}",
        labels(&statements)
    );
}
