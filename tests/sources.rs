//! Speakers named outside the subject slot, and names and pronouns that must not go to
//! the wrong actor: sentences written for the test.

use crate::util::extract_dated as extract;
use standpunkt::Statement;

fn by<'a>(statements: &'a [Statement], actor: &str) -> Vec<&'a Statement> {
    statements
        .iter()
        .filter(|s| s.actor.name == actor)
        .collect()
}

#[test]
fn an_outlet_inside_a_source_phrase_is_no_subject() {
    let s = extract(
        "2023-04-02",
        "Laut Informationen des Magazins „Der Spiegel“ hat die Weltbank angekündigt, keine Kredite mehr zu vergeben.",
    );
    assert!(!by(&s, "Weltbank").is_empty(), "{s:#?}");
    assert!(by(&s, "Der Spiegel").is_empty(), "{s:#?}");
}

#[test]
fn aus_phrase_is_the_source_of_verlauten() {
    let s = extract(
        "2023-04-02",
        "Aus NATO-Kreisen verlautete am Abend, die Pläne seien noch nicht beschlossen.",
    );
    let st = by(&s, "NATO");
    assert_eq!(st.len(), 1, "{s:#?}");
    assert_eq!(st[0].country.as_deref(), Some("NATO"));
    // `aus diesem Grund` names no source.
    let s = extract(
        "2023-04-02",
        "Aus diesem Grund verlautete zunächst nichts Genaueres über die Pläne.",
    );
    assert!(s.iter().all(|st| st.actor.name != "Grund"), "{s:#?}");
}

#[test]
fn the_one_quoted_in_a_passive_speaks_not_the_agency() {
    let s = extract(
        "2023-04-02",
        "Olaf Scholz wird von der Nachrichtenagentur dpa mit den Worten zitiert, man habe sehr gute Gespräche geführt.",
    );
    let st = by(&s, "Olaf Scholz");
    assert_eq!(st.len(), 1, "{s:#?}");
    assert!(
        st[0].object.label.contains("Gespräche"),
        "{:?}",
        st[0].object
    );
    assert!(by(&s, "dpa").is_empty(), "{s:#?}");
}

#[test]
fn a_surname_inside_a_longer_unknown_name_is_not_a_known_person() {
    // `Ali` and `Ahmed` are names of a lexicon person (Abiy Ahmed Ali).
    let s = extract(
        "2020-01-04",
        "Abiy Ahmed reiste am Montag nach Kairo. Ein Sprecher der Miliz, Ahmed al-Rashidi, kritisierte die Regierung scharf. Der Gelehrte Sayyid Ali Hosseini Rahimi kündigte Gespräche an.",
    );
    assert!(by(&s, "Abiy Ahmed").is_empty(), "{s:#?}");
}

#[test]
fn plural_sie_after_two_named_persons_is_each_of_them() {
    let s = extract(
        "2023-04-02",
        "Bundeskanzler Olaf Scholz sagte, er halte an dem Gesetz fest. Zwei Abgeordnete, Anna Beispielfrau (Grüne) und Bernd Mustermann (SPD), wollen dagegen vorgehen. Sie halten das Gesetz für verfassungswidrig.",
    );
    let last = s
        .iter()
        .filter(|st| st.evidence.sentence.starts_with("Sie halten"))
        .collect::<Vec<_>>();
    assert!(!last.is_empty(), "{s:#?}");
    let mut names: Vec<&str> = last.iter().map(|st| st.actor.name.as_str()).collect();
    names.sort_unstable();
    assert_eq!(
        names,
        ["Anna Beispielfrau", "Bernd Mustermann"],
        "{last:#?}"
    );
    // Singular `sie` is one woman only.
    let s = extract(
        "2023-04-02",
        "Anna Beispielfrau (Grüne) und Bernd Mustermann (SPD) reisten nach Brüssel. Dort kritisierte sie den Plan der Kommission scharf.",
    );
    assert!(by(&s, "Bernd Mustermann").is_empty(), "{s:#?}");
}

#[test]
fn predicative_adjective_gives_a_speaker_whose_speech_carries_on() {
    let s = extract(
        "2023-04-02",
        "Innenministerin Anna Beispielfrau ist besorgt über die Lage an den Grenzen. Die Gewalt dürfe keinesfalls weiter zunehmen.",
    );
    let st = by(&s, "Anna Beispielfrau");
    assert!(
        st.iter()
            .any(|st| st.predicate.as_str() == "warn" && st.evidence.sentence.contains("besorgt")),
        "{s:#?}"
    );
    assert!(
        st.iter()
            .any(|st| st.evidence.sentence.starts_with("Die Gewalt dürfe")),
        "{s:#?}"
    );
}

#[test]
fn a_states_institution_in_the_genitive_speaks_for_the_state() {
    let s = extract(
        "2023-04-02",
        "Die Rebellen wurden am Montag von Nigerias Regierung beschuldigt, das Dorf überfallen zu haben.",
    );
    let st = by(&s, "Nigeria");
    assert_eq!(st.len(), 1, "{s:#?}");
    assert_eq!(st[0].predicate.as_str(), "criticize");
    assert_eq!(st[0].country.as_deref(), Some("NGA"));
}

#[test]
fn the_subject_is_the_source_of_its_own_account() {
    // `eigen` points to the clause subject: it is the source of what the clause reports.
    let s = extract(
        "2023-04-02",
        "Nach eigenen Angaben hat die Weltbank im vergangenen Jahr mehr Kredite an Kenia vergeben.",
    );
    let st = by(&s, "Weltbank");
    assert_eq!(st.len(), 1, "{s:#?}");
    assert!(
        !st[0]
            .object
            .text
            .as_deref()
            .unwrap_or("")
            .contains("Angaben"),
        "{:?}",
        st[0].object
    );
    let s = extract(
        "2023-04-02",
        "Die Weltbank will eigener Aussage zufolge im Herbst neue Kredite an Kenia vergeben.",
    );
    assert_eq!(by(&s, "Weltbank").len(), 1, "{s:#?}");
    // `im eigenen Land` names no source.
    let s = extract(
        "2023-04-02",
        "Die Weltbank vergab im eigenen Haus neue Stellen an Fachleute.",
    );
    assert!(by(&s, "Weltbank").is_empty(), "{s:#?}");
}

#[test]
fn a_definite_role_in_a_source_phrase_speaks_a_vague_one_does_not() {
    let s = extract(
        "2023-04-02",
        "Nach Angaben des Polizeichefs der Provinz wurden am Montag zwölf Häftlinge gefasst.",
    );
    assert!(
        s.iter().any(|st| st.actor.name.starts_with("Polizeichef")),
        "{s:#?}"
    );
    let s = extract(
        "2023-04-02",
        "Einem Diplomaten zufolge wird der Gesandte am Donnerstag nach Paris reisen.",
    );
    assert!(
        s.iter().all(|st| !st.actor.name.starts_with("Diplomat")),
        "{s:#?}"
    );
    let s = extract(
        "2023-04-02",
        "Nach Ansicht westlicher Beobachter ist die Wahl nicht frei gewesen.",
    );
    assert!(
        s.iter().all(|st| !st.actor.name.starts_with("Beobachter")),
        "{s:#?}"
    );
}

#[test]
fn a_name_closing_a_dative_phrase_is_no_speaker() {
    let s = extract(
        "2023-04-02",
        "Die Botschaft in Riad teilte dem Fernsehsender CNN mit, dass keine Bürger verletzt worden seien.",
    );
    assert!(!s.is_empty(), "{s:#?}");
    assert!(s.iter().all(|st| st.actor.name != "CNN"), "{s:#?}");
}

#[test]
fn the_definite_genitive_of_a_speech_noun_is_its_speaker() {
    let s = extract(
        "2023-04-02",
        "Nach Angaben der Fluggesellschaft wurde die Genehmigung zu spät beantragt.",
    );
    assert!(
        s.iter()
            .any(|st| st.actor.name.contains("Fluggesellschaft")),
        "{s:#?}"
    );
    let s = extract(
        "2023-04-02",
        "Angaben des Betreibers zufolge wird der Absturz am Freitag erwartet.",
    );
    assert!(
        s.iter().any(|st| st.actor.name.contains("Betreiber")),
        "{s:#?}"
    );
    // No speech noun: a study or a law is no speaker.
    let s = extract(
        "2023-04-02",
        "Nach dem Grundgesetz ist der Präsident mit großen Vollmachten ausgestattet.",
    );
    assert!(
        s.iter().all(|st| !st.actor.name.contains("Grundgesetz")),
        "{s:#?}"
    );
}

#[test]
fn a_determiner_or_adjective_may_open_the_source_phrase() {
    let s = extract(
        "2023-04-02",
        "Nach den ersten Angaben der Weltbank sind die Kredite an das Land gestoppt worden.",
    );
    assert_eq!(by(&s, "Weltbank").len(), 1, "{s:#?}");
    let s = extract(
        "2023-04-02",
        "Laut einer Stellungnahme der NATO sind die Manöver an der Grenze beendet worden.",
    );
    assert_eq!(by(&s, "Nato").len(), 1, "{s:#?}");
}

#[test]
fn a_role_before_a_name_in_a_source_phrase_gives_the_name() {
    let s = extract(
        "2023-04-02",
        "Laut Innenministerin Nancy Faeser sind die Kontrollen an der Grenze verlängert worden.",
    );
    assert_eq!(by(&s, "Nancy Faeser").len(), 1, "{s:#?}");
}

#[test]
fn a_speech_noun_with_a_possessive_genitive_names_its_source() {
    let s = extract(
        "2023-04-02",
        "Olaf Scholz war in Berlin. Nach Angaben seines Sprechers wurde das Treffen verschoben.",
    );
    assert!(
        s.iter()
            .any(|st| st.evidence.sentence.starts_with("Nach Angaben")),
        "{s:#?}"
    );
}

#[test]
fn a_possessive_or_pronoun_in_a_source_phrase_is_the_last_speaker() {
    let s = extract(
        "2023-04-02",
        "Olaf Scholz sagte am Montag, die Regierung prüfe den Plan. Seiner Ansicht nach ist die Lage an der Grenze ernst.",
    );
    assert!(
        by(&s, "Olaf Scholz")
            .iter()
            .any(|st| st.evidence.sentence.starts_with("Seiner Ansicht")),
        "{s:#?}"
    );
    // A possessive that does not fit the last speaker names no one.
    let s = extract(
        "2023-04-02",
        "Olaf Scholz sagte am Montag, die Regierung prüfe den Plan. Ihrer Ansicht nach ist die Lage an der Grenze ernst.",
    );
    assert!(
        s.iter()
            .all(|st| !st.evidence.sentence.starts_with("Ihrer Ansicht")),
        "{s:#?}"
    );
}

#[test]
fn the_author_of_a_document_is_the_source_of_heisst_es() {
    // The genitive attribute of the document noun speaks, not the document.
    let s = extract(
        "2023-04-02",
        "In einer Erklärung der Vereinten Nationen hieß es, die Lage im Land sei ernst.",
    );
    let st = by(&s, "UN");
    assert_eq!(st.len(), 1, "{s:#?}");
    assert!(
        s.iter().all(|st| !st.actor.name.contains("Erklärung")),
        "{s:#?}"
    );
    // A document without a known author still names the unknown body after it.
    let s = extract(
        "2023-04-02",
        "In einem Schreiben des Kreisverbands Nord hieß es, die Wahl sei gültig.",
    );
    assert!(
        s.iter().all(|st| !st.actor.name.contains("Schreiben")),
        "{s:#?}"
    );
}

#[test]
fn the_body_of_a_spokesperson_in_a_source_phrase_speaks() {
    let s = extract(
        "2023-04-02",
        "Der Zug hatte laut einer Sprecherin der Staatsanwaltschaft zwei Stunden Verspätung.",
    );
    assert_eq!(by(&s, "Staatsanwaltschaft").len(), 1, "{s:#?}");
    assert!(by(&s, "Sprecherin").is_empty(), "{s:#?}");
}

#[test]
fn a_bare_singular_role_after_laut_is_a_source() {
    let s = extract(
        "2023-04-02",
        "Ein Passant hatte laut Polizeisprecher das Gepäckstück stehen gelassen.",
    );
    assert_eq!(by(&s, "Polizeisprecher").len(), 1, "{s:#?}");
    // A plural role is a vague crowd.
    let s = extract(
        "2023-04-02",
        "Ein Passant hatte laut Augenzeugen das Gepäckstück stehen gelassen.",
    );
    assert!(by(&s, "Augenzeugen").is_empty(), "{s:#?}");
}
