//! Unit tests of `continuation`, with sentences written for them.

use crate::extract::Extractor;
use crate::ingest::Article;

/// Speaker, mode and the sentence's first words of each statement of `text`.
pub(in crate::extract) fn statements(text: &str) -> Vec<(String, String, String)> {
    let article = Article::new("t", text).with_date("2024-05-02");
    Extractor::builtin()
        .extract(&article)
        .into_iter()
        .map(|s| {
            let opening: String = s.evidence.sentence.chars().take(20).collect();
            (s.actor.name, s.evidence.mode, opening)
        })
        .collect()
}

pub(in crate::extract) fn has(
    found: &[(String, String, String)],
    actor: &str,
    mode: &str,
    opening: &str,
) -> bool {
    found
        .iter()
        .any(|(a, m, o)| a == actor && m == mode && opening.starts_with(o.as_str()))
}

#[test]
fn a_colon_hands_the_quotation_to_the_subject_before_it() {
    let found = statements(
        "Die Abgeordnete Maria Kessler weist jede Verantwortung von sich: \
         „Diese Verantwortung kann nur der Vorsitzende übernehmen.“",
    );
    assert!(
        has(&found, "Maria Kessler", "direct", "Die Abgeordnete Mari"),
        "{found:?}"
    );
}

#[test]
fn konjunktiv_one_reports_the_subject_of_the_sentence_before() {
    let text = "Der Innenminister Otto Brandl definierte am Montag das Ziel des Treffens. \
                Es gehe nicht darum, die Wanderung zwischen den Staaten zu verhindern.";
    let found = statements(text);
    assert!(
        has(&found, "Otto Brandl", "indirect", "Es gehe nicht darum,"),
        "{found:?}"
    );
    // The indicative is the narrator's: nothing carries on.
    let found = statements(&text.replace("Es gehe", "Es geht"));
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_grammar_reads_the_konjunktiv_the_word_list_misses() {
    let found = statements(
        "Der Verein Wikimedia erklärte, eine Verfügung untersage die Weiterleitung. \
         Der Zugriff über die Seite funktioniere weiterhin.",
    );
    assert!(
        has(&found, "Wikimedia", "indirect", "Der Zugriff über die"),
        "{found:?}"
    );
}

#[test]
fn a_quotation_belongs_to_the_speaker_named_at_its_end() {
    // Its first sentences are not the speaker's before, though they open with the
    // quotation mark right after that speaker's statement.
    let found = statements(
        "Der Schiedsrichter Otto Brandl erklärte das Tor dennoch für gültig. \
         „Unglaublich. Das war Handball von Müller. Alle Spieler im Stadion haben es \
         gesehen, nur der Schiedsrichter nicht“, erklärte der Trainer Hans Keller.",
    );
    assert!(
        has(&found, "Hans Keller", "direct", "„Unglaublich."),
        "{found:?}"
    );
    assert!(
        has(
            &found,
            "Hans Keller",
            "direct",
            "Das war Handball von Müller."
        ),
        "{found:?}"
    );
    assert!(
        !has(
            &found,
            "Otto Brandl",
            "direct",
            "Das war Handball von Müller."
        ),
        "{found:?}"
    );
}

#[test]
fn the_staff_of_a_body_as_subject_is_that_body() {
    // A noun for people with a body's name as its attribute: the body's narration
    // ends the last speaker's, and the Konjunktiv after it reports the body.
    let found = statements(
        "Die Lage sei unter Kontrolle, sagte der Kommandeur Otto Brandl am Montag. \
         Mitarbeiter der Organisation Amnesty International haben unterdessen zwanzig \
         Leichen in der Stadt entdeckt. Die Toten seien teilweise gefesselt gewesen.",
    );
    assert!(
        !has(&found, "Otto Brandl", "indirect", "Die Toten seien"),
        "{found:?}"
    );
    // A thing with a body's name as its attribute leaves the speech to its speaker.
    let found = statements(
        "Die Lage sei unter Kontrolle, sagte der Kommandeur Otto Brandl am Montag. \
         Die Pflichten der Organisation Amnesty International sind unterdessen \
         gewachsen. Die Toten seien teilweise gefesselt gewesen.",
    );
    assert!(
        !has(
            &found,
            "Amnesty International",
            "indirect",
            "Die Toten seien"
        ),
        "{found:?}"
    );
}

#[test]
fn narration_about_someone_else_ends_the_speech() {
    let found = statements(
        "„Wir bleiben bei unserer Linie“, sagte die Abgeordnete Maria Kessler. \
         Der Innenminister Otto Brandl definierte am Montag das Ziel des Treffens. \
         Es gehe nicht darum, die Wanderung zu verhindern.",
    );
    assert!(
        has(&found, "Otto Brandl", "indirect", "Es gehe nicht darum,"),
        "{found:?}"
    );
    assert!(
        !has(&found, "Maria Kessler", "indirect", "Es gehe nicht darum,"),
        "{found:?}"
    );
}

#[test]
fn a_source_of_its_own_ends_the_speech() {
    let text = "Der Innenminister Otto Brandl sagte am Montag, die Lage sei ernst. \
                Eine neue Runde werde bald beginnen.";
    let found = statements(text);
    assert!(
        has(&found, "Otto Brandl", "indirect", "Eine neue Runde werd"),
        "{found:?}"
    );
    // An unnamed source of its own: not the minister's.
    let found =
        statements(&text.replace("werde bald", "werde nach Angaben eines Vermittlers bald"));
    assert!(
        !has(&found, "Otto Brandl", "indirect", "Eine neue Runde werd"),
        "{found:?}"
    );
    // A source phrase referring back leaves it to him.
    let found = statements(&text.replace("werde bald", "werde dem Bericht zufolge bald"));
    assert!(
        has(&found, "Otto Brandl", "indirect", "Eine neue Runde werd"),
        "{found:?}"
    );
}

#[test]
fn sollen_carries_on_a_plan_made_public() {
    let text = "Die Ministerin Maria Kessler kündigte am Montag an, die Schulen zu reformieren. \
                So sollen die Schüler keine Hausaufgaben mehr bekommen.";
    let found = statements(text);
    assert!(
        has(&found, "Maria Kessler", "indirect", "So sollen die Schüle"),
        "{found:?}"
    );
    // After an assessment, `sollen` may be the narrator's: nothing carries on.
    let found = statements(&text.replace(
        "kündigte am Montag an, die Schulen zu reformieren",
        "sagte am Montag, die Schulen seien schlecht",
    ));
    assert!(
        !has(&found, "Maria Kessler", "indirect", "So sollen die Schüle"),
        "{found:?}"
    );
}
