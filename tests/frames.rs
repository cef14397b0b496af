//! Nominal and light-verb cues (issue 15, item 4): the noun carries the predicate, the
//! frame of `frames.tsv` says where the speaker stands. Sentences written for the test.

use crate::util::{extract, statement_by as by};
use crate::util::{run, run_ok, TempDir};
use standpunkt::Lexicon;

#[test]
fn the_source_phrase_is_the_speaker_of_a_criticism_that_comes() {
    let s = extract("Kritik an dem Gesetz kam von der SPD.");
    let st = by(&s, "SPD");
    assert_eq!(st.predicate.as_str(), "criticize");
    assert!(st.object.label.contains("Gesetz"), "{:?}", st.object);
}

#[test]
fn praise_received_is_the_giver_s_and_aims_at_the_receiver() {
    let s = extract("Lob erhielt Olaf Scholz von der CDU.");
    let st = by(&s, "CDU");
    assert_eq!(st.predicate.as_str(), "praise");
    assert!(!s.iter().any(|x| x.actor.name == "Olaf Scholz"), "{s:#?}");
    let s = extract("Rückendeckung bekam Olaf Scholz von der SPD.");
    assert_eq!(by(&s, "SPD").predicate.as_str(), "support");
}

#[test]
fn the_subject_speaks_in_a_subject_frame() {
    let s = extract("Die CDU übte scharfe Kritik an dem Gesetz.");
    let st = by(&s, "CDU");
    assert_eq!(st.predicate.as_str(), "criticize");
    assert!(st.object.label.contains("Gesetz"), "{:?}", st.object);
}

#[test]
fn a_phrase_cue_with_a_particle_of_two_words() {
    let s = extract("Der Minister Jonas Weber stellte Kürzungen in Aussicht.");
    let st = by(&s, "Jonas Weber");
    assert_eq!(st.predicate.as_str(), "commit");
    assert!(st.object.label.contains("Kürzungen"), "{:?}", st.object);
    // The front field and a `dass`-clause after the particle are the argument.
    let s = extract("Jonas Weber machte zur Bedingung, dass die Steuern sinken.");
    let st = by(&s, "Jonas Weber");
    assert_eq!(st.predicate.as_str(), "demand");
    assert!(st.object.label.contains("Steuern"), "{:?}", st.object);
}

#[test]
fn no_doubt_left_is_a_firm_statement_not_doubt() {
    let s = extract("Keinen Zweifel ließ Jonas Weber daran, dass die Steuern steigen werden.");
    let st = by(&s, "Jonas Weber");
    assert_eq!(st.predicate.as_str(), "say");
    assert!(!st.negated);
    assert!(
        st.object.label.contains("Steuern steigen"),
        "{:?}",
        st.object
    );
    // Without the negation the frame does not hold: no statement of the frame.
    let s = extract("Zweifel ließ Jonas Weber offen.");
    assert!(s.iter().all(|x| x.predicate.as_str() != "say"), "{s:#?}");
}

#[test]
fn without_a_light_verb_a_noun_is_no_statement() {
    let s = extract("Die Kritik der SPD stand am Montag in der Zeitung.");
    assert!(s.is_empty(), "{s:#?}");
}

#[test]
fn the_built_in_frames_name_noun_cues() {
    let report = standpunkt::lexicon::check(&Lexicon::builtin());
    assert!(report.is_clean(), "{:?}", report.errors);
}

#[test]
fn broken_frame_files_are_reported_and_good_ones_add_frames() {
    let dir = TempDir::new("frames");
    let bad = dir.join("frames.tsv");
    std::fs::write(&bad, "verb\tforms\tspeaker\tnouns\nrufen\truft\tobject\t\n").unwrap();
    let out = run(&["lexicon", "check", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("speaker must be subject or source"), "{err}");
    std::fs::write(
        &bad,
        "verb\tforms\tspeaker\tnouns\nrufen\truft\tsubject\tFoo\n",
    )
    .unwrap();
    let out = run(&["lexicon", "check", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(err.contains("`Foo` is no noun of the cue lexicon"), "{err}");
    // A user frame: `Kritik brachte … vor` is no built-in frame.
    let good = dir.join("frames.tsv");
    std::fs::write(
        &good,
        "verb\tforms\tspeaker\tnouns\nvorbringen\tbrachte\tsubject\t\n",
    )
    .unwrap();
    let article = dir.join("a.txt");
    std::fs::write(&article, "Die CDU brachte Kritik an dem Gesetz vor.\n").unwrap();
    let plain = run_ok(&["extract", "-q", article.to_str().unwrap()]);
    assert!(!plain.contains("\"predicate\":\"criticize\""), "{plain}");
    let with = run_ok(&[
        "extract",
        "-q",
        "--lexicon",
        good.to_str().unwrap(),
        article.to_str().unwrap(),
    ]);
    assert!(with.contains("\"predicate\":\"criticize\""), "{with}");
}

#[test]
fn a_light_verb_with_its_particle_later_in_the_clause() {
    let s = extract(
        "Wie die Zeitung berichtete, gab der Minister Jonas Weber eine Erklärung zu den \
         Kürzungen ab.",
    );
    let st = by(&s, "Jonas Weber");
    assert_eq!(st.predicate.as_str(), "say");
    assert!(st.object.label.contains("Kürzungen"), "{:?}", st.object);
    assert!(!st.object.label.contains(" ab"), "{:?}", st.object);
    // Without its particle the frame does not hold (`reichte … ein`, not `reichte`).
    let s = extract("Die SPD reichte Klage gegen das Gesetz ein.");
    let st = by(&s, "SPD");
    assert_eq!(st.predicate.as_str(), "criticize");
    assert!(st.object.label.contains("Gesetz"), "{:?}", st.object);
    let s = extract("Die SPD reichte die Klage weiter.");
    assert!(
        s.iter().all(|x| x.predicate.as_str() != "criticize"),
        "{s:#?}"
    );
}

#[test]
fn a_verb_with_two_frames_takes_the_one_that_finds_a_speaker() {
    // The subject gives the assurance …
    let s = extract("Der Minister Jonas Weber gab den Bauern eine Zusage für neue Hilfen.");
    assert_eq!(by(&s, "Jonas Weber").predicate.as_str(), "commit");
    // … unless the subject is the expletive: then the source phrase does.
    let s = extract("Eine Zusage für neue Hilfen gab es von der SPD.");
    assert_eq!(by(&s, "SPD").predicate.as_str(), "commit");
}

#[test]
fn a_further_source_preposition_of_the_frame() {
    let s = extract("Der Vorschlag stieß bei der SPD auf scharfe Kritik.");
    assert_eq!(by(&s, "SPD").predicate.as_str(), "criticize");
    let s = extract("Der Plan fand bei der CDU breite Zustimmung.");
    assert_eq!(by(&s, "CDU").predicate.as_str(), "support");
}

#[test]
fn not_sparing_criticism_is_criticism() {
    let s = extract("Die SPD sparte nicht mit Kritik an dem Gesetz.");
    let st = by(&s, "SPD");
    assert_eq!(st.predicate.as_str(), "criticize");
    assert!(!st.negated);
}

#[test]
fn taking_responsibility_is_announced() {
    let s = extract("Die Hamas übernahm die Verantwortung für den Anschlag.");
    let st = by(&s, "Hamas");
    assert_eq!(st.predicate.as_str(), "announce");
    assert!(st.object.label.contains("Anschlag"), "{:?}", st.object);
}

#[test]
fn holding_an_opinion_and_reaching_a_conclusion_are_speech_with_content() {
    let s = extract("Christian Lindner ist der Meinung, dass die Steuern sinken müssen.");
    let st = by(&s, "Christian Lindner");
    assert!(st.object.label.contains("Steuern"), "{:?}", st.object);
    let s = extract("Die SPD kam zu dem Ergebnis, dass die Reform gescheitert sei.");
    let st = by(&s, "SPD");
    assert!(st.object.label.contains("Reform"), "{:?}", st.object);
    // Without content the phrase is no statement (`kam zum Schluss` = came at the end).
    let s = extract("Die SPD kam zum Schluss.");
    assert!(s.is_empty(), "{s:#?}");
}

#[test]
fn reflexive_agreement_with_a_preposition_or_an_infinitive_is_a_commitment() {
    let s = extract("Die SPD und die CDU haben sich geeinigt, die Mieten zu begrenzen.");
    let st = by(&s, "SPD");
    assert_eq!(st.predicate.as_str(), "commit");
    assert!(st.object.label.contains("Mieten"), "{:?}", st.object);
    let s = extract("Die SPD verständigte sich mit der CDU auf einen neuen Haushalt.");
    let st = by(&s, "SPD");
    assert_eq!(st.predicate.as_str(), "commit");
    assert!(st.object.label.contains("Haushalt"), "{:?}", st.object);
    // The determiner `einigen` is no verb: no statement of agreement.
    let s = extract("In einigen Ländern hat sich gezeigt, dass die Mieten steigen.");
    assert!(s.iter().all(|x| x.predicate.as_str() != "commit"), "{s:#?}");
}

#[test]
fn countering_claiming_and_complaining_are_verbs_of_speech() {
    let s = extract("Die FDP setzte dem entgegen, dass die Steuern zu hoch seien.");
    let st = by(&s, "FDP");
    assert_eq!(st.predicate.as_str(), "say");
    assert!(st.object.label.contains("Steuern"), "{:?}", st.object);
    let s = extract("Jonas Weber beanspruchte den Vorsitz der Kommission.");
    assert_eq!(by(&s, "Jonas Weber").predicate.as_str(), "demand");
    let s = extract("Die Grünen klagten darüber, dass die Bahn zu teuer sei.");
    assert_eq!(
        by(&s, "Bündnis 90/Die Grünen").predicate.as_str(),
        "criticize"
    );
}

#[test]
fn an_ultimatum_set_and_a_thesis_put_forward_are_the_subject_s() {
    let s = extract("Die SPD stellte der CDU ein Ultimatum.");
    assert_eq!(by(&s, "SPD").predicate.as_str(), "threaten");
    let s = extract("Jonas Weber stellte die These auf, dass die Preise sinken würden.");
    let st = by(&s, "Jonas Weber");
    assert_eq!(st.predicate.as_str(), "say");
    assert!(st.object.label.contains("Preise"), "{:?}", st.object);
}

#[test]
fn a_move_of_a_game_is_no_statement() {
    let s = extract("Der Spieler Jonas Weber verwarf einen Siebenmeter.");
    assert!(s.is_empty(), "{s:#?}");
    let s = extract("Die Mannschaft von Jonas Weber hat das Derby für sich entschieden.");
    assert!(s.is_empty(), "{s:#?}");
    let s = extract("Jonas Weber feierte den dritten Heimsieg der Saison.");
    assert!(s.is_empty(), "{s:#?}");
    // Judgements of a game and acts of politics stay statements.
    let s = extract("Die CDU kritisierte den Elfmeter.");
    assert_eq!(by(&s, "CDU").predicate.as_str(), "criticize");
    let s = extract("Die SPD verwarf den Plan der Regierung.");
    assert_eq!(by(&s, "SPD").predicate.as_str(), "reject");
    let s = extract("Jonas Weber gratulierte der Stadt zum 200. Geburtstag.");
    assert_eq!(by(&s, "Jonas Weber").predicate.as_str(), "praise");
}

#[test]
fn a_fronted_noun_is_the_light_verb_s_object_and_the_actor_after_it_speaks() {
    let s = extract("Scharfe Kritik an dem Gesetz übte die SPD.");
    let st = by(&s, "SPD");
    assert_eq!(st.predicate.as_str(), "criticize");
    assert!(st.object.label.contains("Gesetz"), "{:?}", st.object);
}

#[test]
fn a_verb_that_is_another_with_sich_is_no_cue_then() {
    let s = extract("Der Verdacht der Polizei bestätigte sich nicht.");
    assert!(s.is_empty(), "{s:#?}");
    let s = extract("Bald stellte sich heraus, dass die SPD verloren hatte.");
    assert!(s.is_empty(), "{s:#?}");
    let s = extract("Jonas Weber informierte sich vor Ort über die Lage.");
    assert!(s.is_empty(), "{s:#?}");
    // `sich` of a clause of its own does not count.
    let s = extract("Jonas Weber bestätigte, dass sich die Lage beruhige.");
    assert_eq!(by(&s, "Jonas Weber").predicate.as_str(), "say");
}
