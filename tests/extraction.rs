//! Extraction phenomena, each with sentences written for the test (not from the seeds).

use crate::util::{extract_dated as extract, statement_by as find};
use standpunkt::Extractor;

#[test]
fn quote_then_attribution_with_role_and_adjective() {
    let s = extract(
        "2024-05-02",
        "„Wir werden diese Pläne nicht unterstützen“, sagte der polnische Außenminister Radosław Sikorski am Montag.",
    );
    let st = find(&s, "Radosław Sikorski");
    assert_eq!(st.country.as_deref(), Some("POL"));
    assert_eq!(st.evidence.mode, "direct");
    assert_eq!(
        st.evidence.quote.as_deref(),
        Some("Wir werden diese Pläne nicht unterstützen")
    );
}

#[test]
fn attribution_before_with_dass_clause() {
    let s = extract(
        "2023-03-10",
        "Olaf Scholz erklärte, dass Deutschland weitere Panzer liefern werde.",
    );
    let st = find(&s, "Olaf Scholz");
    assert_eq!(st.country.as_deref(), Some("DEU"));
    assert_eq!(st.evidence.mode, "indirect");
    assert!(st.object.label.contains("Panzer"), "{:?}", st.object);
}

#[test]
fn country_follows_the_date() {
    let march = extract(
        "2025-03-15",
        "Bundeskanzler sagte am Rande des Treffens, man sei gesprächsbereit.",
    );
    let september = extract(
        "2025-09-04",
        "Der Bundeskanzler sagte am Rande des Treffens, man sei gesprächsbereit.",
    );
    assert_eq!(march[0].actor.name, "Olaf Scholz");
    assert_eq!(september[0].actor.name, "Friedrich Merz");
    let rutte = extract("2023-01-10", "Mark Rutte warnte vor einer Eskalation.");
    assert_eq!(rutte[0].country.as_deref(), Some("NLD"));
    let rutte = extract("2025-01-10", "Mark Rutte warnte vor einer Eskalation.");
    assert_eq!(rutte[0].country.as_deref(), Some("NATO"));
}

#[test]
fn separable_verb_with_negation_is_a_negated_rejection() {
    let s = extract(
        "2024-11-02",
        "Einen Einsatz von Bodentruppen schließt die französische Regierung nicht aus.",
    );
    let st = &s[0];
    assert_eq!(st.predicate.as_str(), "reject");
    assert!(st.negated);
    assert_eq!(st.country.as_deref(), Some("FRA"));
    assert_eq!(st.object.id.as_deref(), Some("troops"));
}

#[test]
fn reported_rejection_and_demand() {
    let s = extract("2024-02-20", "Ungarn lehnt neue Sanktionen gegen Russland ab. Polen fordert mehr Waffenlieferungen an die Ukraine.");
    let hun = find(&s, "Ungarn");
    assert_eq!(hun.predicate.as_str(), "reject");
    assert_eq!(hun.evidence.mode, "reported");
    assert_eq!(hun.object.id.as_deref(), Some("sanctions"));
    let pol = find(&s, "Polen");
    assert_eq!(pol.predicate.as_str(), "demand");
}

#[test]
fn absent_act_is_the_act_negated() {
    let s = extract(
        "2024-06-01",
        "Washington hat bislang keine Zusage für weitere Hilfen gegeben.",
    );
    assert_eq!(s[0].predicate.as_str(), "commit");
    assert!(s[0].negated);
}

#[test]
fn source_phrases() {
    let s = extract(
        "2024-04-04",
        "Die Gespräche seien gescheitert, so Außenminister Sergej Lawrow.",
    );
    assert_eq!(find(&s, "Sergej Lawrow").country.as_deref(), Some("RUS"));
    let s = extract("2024-04-04", "Laut Kreml sind die Gespräche gescheitert.");
    assert!(
        s.iter().any(|st| st.country.as_deref() == Some("RUS")),
        "{s:#?}"
    );
    let s = extract(
        "2024-04-04",
        "Nach Angaben der Nato wurden die Manöver verschoben.",
    );
    assert!(
        s.iter().any(|st| st.country.as_deref() == Some("NATO")),
        "{s:#?}"
    );
    let s = extract(
        "2024-04-04",
        "Wie das Weiße Haus mitteilte, reist der Präsident nach Kiew.",
    );
    assert!(
        s.iter().any(|st| st.country.as_deref() == Some("USA")),
        "{s:#?}"
    );
    let s = extract(
        "2024-04-04",
        "In Moskauer Regierungskreisen hieß es, man werde nicht verhandeln.",
    );
    assert!(
        s.iter().any(|st| st.country.as_deref() == Some("RUS")),
        "{s:#?}"
    );
}

#[test]
fn pronoun_continues_the_last_person_of_that_gender() {
    let s = extract(
        "2024-09-09",
        "Die Außenministerin Annalena Baerbock traf ihren Amtskollegen in Paris. Sie kritisierte die Angriffe auf zivile Ziele.",
    );
    let st = s
        .iter()
        .find(|st| st.predicate.as_str() == "criticize")
        .expect("criticize");
    assert_eq!(st.actor.name, "Annalena Baerbock");
}

#[test]
fn demonym_refers_back() {
    let s = extract(
        "2025-02-02",
        "Nato-Generalsekretär Mark Rutte traf in Brüssel ein. „Wir müssen mehr tun“, mahnte der Niederländer.",
    );
    let st = s
        .iter()
        .find(|st| st.predicate.as_str() == "warn")
        .expect("warn");
    assert_eq!(st.actor.name, "Mark Rutte");
}

#[test]
fn free_indirect_speech_continues_the_speaker() {
    let s = extract(
        "2024-03-03",
        "Der Minister Boris Pistorius sagte, die Bundeswehr brauche mehr Geld. Die Lage sei ernst.",
    );
    assert_eq!(
        s.iter()
            .filter(|st| st.actor.name == "Boris Pistorius")
            .count(),
        2,
        "{s:#?}"
    );
}

#[test]
fn unknown_person_with_apposition_takes_the_country() {
    let s = extract(
        "2024-01-15",
        "Die Expertin Anna Keller von der französischen Denkfabrik Ifri sagte, die Gespräche seien festgefahren.",
    );
    let st = find(&s, "Anna Keller");
    assert_eq!(st.country.as_deref(), Some("FRA"));
    assert_eq!(st.actor.kind, "person");
}

#[test]
fn relative_clause_subject_is_the_antecedent() {
    let s = extract(
        "2024-05-05",
        "Das Treffen leitete der Präsident Emmanuel Macron, der die Pläne der Kommission begrüßte.",
    );
    let st = s
        .iter()
        .find(|st| st.predicate.as_str() == "support")
        .expect("support");
    assert_eq!(st.actor.name, "Emmanuel Macron");
}

#[test]
fn passive_without_agent_is_no_statement_of_the_patient() {
    let s = extract("2024-05-05", "Der Botschafter wurde scharf kritisiert.");
    assert!(
        s.iter().all(|st| st.predicate.as_str() != "criticize"),
        "{s:#?}"
    );
}

#[test]
fn several_statements_in_one_sentence() {
    let s = extract(
        "2024-07-07",
        "Außenminister Sergej Lawrow sagte, Russland lehne die Vorschläge ab, und kritisierte die Sanktionen scharf.",
    );
    let predicates: Vec<&str> = s
        .iter()
        .filter(|st| st.actor.name == "Sergej Lawrow")
        .map(|st| st.predicate.as_str())
        .collect();
    assert!(predicates.contains(&"criticize"), "{predicates:?}");
    assert!(predicates.contains(&"reject"), "{predicates:?}");
}

#[test]
fn narration_and_places_are_no_actors() {
    let s = extract(
        "2024-08-08",
        "In Paris regnete es am Montag. Der Gipfel beginnt am Dienstag.",
    );
    assert!(s.is_empty(), "{s:#?}");
}

#[test]
fn spans_are_the_sentences() {
    let text = " date 2024-01-01 Titel: Merz warnt\n\nDer Kanzler sagte, er sei besorgt. „Wir sind bereit“, erklärte er.";
    let article = standpunkt::ingest::parse_text_article("x", text.to_string());
    for st in Extractor::builtin().extract(&article) {
        let [a, b] = st.evidence.span;
        assert_eq!(&text[a..b], st.evidence.sentence);
    }
}

#[test]
fn colon_quotes_name_the_speaker_before_the_colon() {
    let s = extract(
        "2024-02-01",
        "Innenministerin Nancy Faeser: „Wir werden die Grenzkontrollen verlängern.“ \
         Landrat Hubert Kästle wörtlich: „Die Kommunen sind am Ende ihrer Kräfte.“",
    );
    let faeser = find(&s, "Nancy Faeser");
    assert_eq!(faeser.evidence.mode, "direct");
    assert_eq!(faeser.country.as_deref(), Some("DEU"));
    let kaestle = find(&s, "Hubert Kästle");
    assert_eq!(
        kaestle.evidence.quote.as_deref(),
        Some("Die Kommunen sind am Ende ihrer Kräfte.")
    );
}

#[test]
fn speakers_the_lexicon_does_not_know_come_from_the_subject_phrase() {
    let s = extract(
        "2019-06-03",
        "Die Fischer an der Küste hingegen sagen, die Quoten seien viel zu niedrig. \
         „Wir haben keine Wahl mehr“, erklärte der Sprecher der Genossenschaft. \
         Als „Katastrophe“ bezeichnet die Biologin Maren Voss den Zustand der Bestände. \
         Wie die Hafenverwaltung mitteilte, sollen die Liegeplätze erneuert werden.",
    );
    let fishers = find(&s, "Fischer an der Küste");
    assert_eq!(fishers.actor.kind, "anonymous");
    assert_eq!(fishers.evidence.mode, "indirect");
    assert!(
        s.iter()
            .any(|st| st.actor.name.starts_with("Sprecher") && st.evidence.mode == "direct"),
        "{s:#?}"
    );
    let voss = find(&s, "Maren Voss");
    assert_eq!(voss.actor.kind, "person");
    assert!(
        s.iter().any(|st| st.actor.name == "Hafenverwaltung"),
        "{s:#?}"
    );
    // The object after a verb of criticism is not its subject.
    let s = extract(
        "2019-06-03",
        "Sandra Kühn, die Vorsitzende des Verbands, verurteilte die Haltung der Behörde.",
    );
    assert!(
        s.iter().all(|st| st.actor.name != "Haltung der Behörde"),
        "{s:#?}"
    );
}

#[test]
fn channel_compounds_and_titles_name_their_source() {
    let s = extract(
        "2018-11-20",
        "Nach Polizeiangaben wurden drei Menschen verletzt. \
         Laut einem Bericht der „Lübecker Nachrichten“ war der Fahrer betrunken. \
         Nach Informationen der „Lübecker Nachrichten“ ermittelt die Staatsanwaltschaft.",
    );
    assert_eq!(find(&s, "Polizei").evidence.mode, "reported");
    // A paper's report names it; its own research is the report itself.
    let paper: Vec<_> = s
        .iter()
        .filter(|st| st.actor.name == "Lübecker Nachrichten")
        .collect();
    assert_eq!(paper.len(), 1, "{s:#?}");
    assert!(paper[0].evidence.sentence.starts_with("Laut"));
}

#[test]
fn reportative_sollen_continues_the_source() {
    let s = extract(
        "2021-04-12",
        "Die Staatsanwältin Petra Lind teilte mit, der Mann sei festgenommen worden. \
         Er soll mehrere Geschäfte überfallen haben.",
    );
    let lind: Vec<_> = s
        .iter()
        .filter(|st| st.actor.name == "Petra Lind")
        .collect();
    assert_eq!(lind.len(), 2, "{s:#?}");
    assert!(lind[1].evidence.sentence.starts_with("Er soll"));
}

#[test]
fn frames_of_the_lexicon_hold() {
    // `finden` states an opinion only with content; `sich aussprechen für` needs `sich`.
    let s = extract(
        "2022-08-30",
        "Die Polizei fand das Fahrzeug am Abend. \
         Der Minister findet, dass die Reform zu spät kommt. \
         Die Ministerin sprach den Angehörigen ihr Beileid aus. \
         Landrat Hubert Kästle sprach sich für eine Umgehungsstraße aus.",
    );
    assert!(s.iter().all(|st| st.actor.name != "Polizei"), "{s:#?}");
    assert_eq!(find(&s, "Minister").evidence.mode, "indirect");
    assert!(s
        .iter()
        .all(|st| st.predicate.as_str() != "support" || st.actor.name == "Hubert Kästle"));
    assert_eq!(find(&s, "Hubert Kästle").predicate.as_str(), "support");
}

#[test]
fn pronominal_adverbs_stand_for_the_cue_preposition() {
    let s = extract(
        "2020-01-15",
        "Die Wirtschaftsministerin geht davon aus, dass die Preise sinken werden.",
    );
    let st = find(&s, "Wirtschaftsministerin");
    assert_eq!(st.evidence.mode, "indirect");
    assert!(st.cue.contains("geht"), "{st:?}");
}

#[test]
fn objects_are_the_argument_with_its_span_and_a_short_contiguous_label() {
    let text = "Die Gewerkschaft erklärte am Dienstag, dass die neuen Regeln für Leiharbeiter \
                in allen Betrieben des Landes ab dem nächsten Jahr ohne jede Ausnahme gelten \
                müssten.";
    let s = extract("2021-04-13", text);
    let st = &s[0];
    let argument = st.object.text.as_deref().expect("object text");
    let [start, end] = st.object.span.expect("object span");
    assert_eq!(&text[start..end], argument);
    assert!(argument.starts_with("die neuen Regeln"), "{argument}");
    assert!(argument.ends_with("gelten müssten"), "{argument}");
    assert!(!argument.contains("erklärte") && !argument.contains("Gewerkschaft"));
    let label = &st.object.label;
    assert!(label.split_whitespace().count() <= 12, "{label}");
    assert!(
        text.contains(label.as_str()),
        "label is no phrase of the text: {label}"
    );
}

#[test]
fn object_of_a_main_clause_stands_after_its_verb() {
    let s = extract(
        "2021-04-13",
        "Die Opposition lehnte die geplante Erhöhung der Mehrwertsteuer am Freitag ab.",
    );
    let st = s.iter().find(|s| s.predicate.as_str() == "reject").unwrap();
    assert_eq!(
        st.object.text.as_deref(),
        Some("die geplante Erhöhung der Mehrwertsteuer am Freitag")
    );
}

#[test]
fn country_from_the_words_around_a_person_or_institution_the_lexicon_does_not_know() {
    let s = extract(
        "2019-06-02",
        "Der slowakische Oppositionsführer Ondrej Kalinak sagte, die Wahl sei gefälscht worden.",
    );
    let st = find(&s, "Ondrej Kalinak");
    assert_eq!(st.country.as_deref(), Some("SVK"));
    let s = extract(
        "2019-06-02",
        "Die kanadische Botschaft warnte vor Reisen in die Grenzregion.",
    );
    assert_eq!(s[0].country.as_deref(), Some("CAN"), "{s:#?}");
    let s = extract(
        "2019-06-02",
        "Die US-Botschaft warnte vor Reisen in die Grenzregion.",
    );
    assert_eq!(s[0].country.as_deref(), Some("USA"), "{s:#?}");
    let s = extract(
        "2019-06-02",
        "Das Innenministerium der Niederlande kritisierte die Entscheidung.",
    );
    assert_eq!(s[0].country.as_deref(), Some("NLD"), "{s:#?}");
}

#[test]
fn national_institutions_and_named_roles_belong_to_the_state_the_article_is_about() {
    let text = "In Chile wird seit Wochen über die Rentenreform gestritten. Die chilenischen \
                Gewerkschaften rufen zu Streiks auf. Das Verfassungsgericht erklärte am \
                Montag, die Reform sei rechtmäßig. General Rodrigo Saavedra sagte, das Militär \
                bleibe neutral.";
    let s = extract("2019-10-20", text);
    let court = find(&s, "Verfassungsgericht");
    assert_eq!(court.country.as_deref(), Some("CHL"));
    let general = find(&s, "Rodrigo Saavedra");
    assert_eq!(general.country.as_deref(), Some("CHL"));
}

#[test]
fn evaluative_words_give_the_stance_of_a_neutral_speech_verb() {
    let s = extract(
        "2022-02-01",
        "„Dieses Urteil ist ein Skandal“, sagte die Abgeordnete Petra Lindner.",
    );
    assert_eq!(find(&s, "Petra Lindner").predicate.as_str(), "criticize");
    let s = extract(
        "2022-02-01",
        "Der Entwurf sei hervorragend, erklärte der Abgeordnete Jonas Weber.",
    );
    assert_eq!(find(&s, "Jonas Weber").predicate.as_str(), "praise");
    let s = extract(
        "2022-02-01",
        "Eine solche Abgabe sei nicht sinnvoll, sagte der Abgeordnete Jonas Weber.",
    );
    assert_eq!(find(&s, "Jonas Weber").predicate.as_str(), "criticize");
    // Without an evaluative word the verb stays neutral.
    let s = extract(
        "2022-02-01",
        "Die Abgabe werde im Mai beraten, sagte der Abgeordnete Jonas Weber.",
    );
    assert_eq!(find(&s, "Jonas Weber").predicate.as_str(), "say");
}

#[test]
fn konjunktiv_one_carries_reported_speech_over_narration() {
    let text = "Die Ministerin Anna Berger sagte am Montag, die Schulen blieben geöffnet. \
                Die Zahl der Fälle stieg in der Woche leicht an. \
                Eine Schließung sei nicht geplant.";
    let s = extract("2021-01-11", text);
    let carried = s
        .iter()
        .find(|s| s.evidence.sentence.starts_with("Eine Schließung"))
        .unwrap_or_else(|| panic!("no continuation: {s:#?}"));
    assert_eq!(carried.actor.name, "Anna Berger");
    // Konjunktiv II is the narrator's own hedge: no continuation.
    let text = "Die Ministerin Anna Berger sagte am Montag, die Schulen blieben geöffnet. \
                Die Zahl der Fälle stieg in der Woche leicht an. \
                Eine Schließung könnte dennoch nötig werden.";
    let s = extract("2021-01-11", text);
    assert!(
        !s.iter()
            .any(|s| s.evidence.sentence.starts_with("Eine Schließung")),
        "{s:#?}"
    );
}

#[test]
fn so_phrases_with_a_determiner_or_a_place_keep_the_mention() {
    let s = extract(
        "2016-03-01",
        "Die Grenze müsse geöffnet werden, so der irische Außenminister Liam Doyle im Radio.",
    );
    let st = find(&s, "Liam Doyle");
    assert_eq!(st.country.as_deref(), Some("IRL"));
    let argument = st.object.text.as_deref().unwrap_or("");
    assert!(!argument.contains("Doyle"), "{argument}");
}

#[test]
fn pronoun_subject_of_any_cue_is_the_fitting_recent_actor() {
    // `er` of a praise cue: the man who spoke last, not the woman met.
    let s = extract(
        "2024-03-01",
        "Der Minister Karl Weber traf am Montag die Kanzlerin Maria Hollmann in Berlin. Weber sagte, die Lage sei ernst. Er dankte der Kanzlerin ausdrücklich für die Unterstützung.",
    );
    let thanks = s
        .iter()
        .find(|st| st.evidence.sentence.starts_with("Er dankte"))
        .unwrap_or_else(|| panic!("{s:#?}"));
    assert_eq!(thanks.actor.name, "Karl Weber");
    // `sie` with a plural verb: the party, not the woman who spoke last.
    let s = extract(
        "2024-03-01",
        "Die Grünen trafen sich am Montag mit der Ministerin Maria Hollmann. Hollmann sagte, man sei sich einig. Am Abend kritisierten sie die Pläne der Arbeitgeber scharf.",
    );
    let criticism = s
        .iter()
        .find(|st| st.evidence.sentence.starts_with("Am Abend"))
        .unwrap_or_else(|| panic!("{s:#?}"));
    assert_eq!(criticism.actor.name, "Bündnis 90/Die Grünen");
    // `sie` with a singular verb: the woman.
    let s = extract(
        "2024-03-01",
        "Die Ministerin Anna Keller sprach am Montag mit Peter Braun über den Haushalt. Keller sagte, die Gespräche seien gut verlaufen. Ausdrücklich würdigte sie die Arbeit der Kommission.",
    );
    let praise = s
        .iter()
        .find(|st| st.evidence.sentence.starts_with("Ausdrücklich"))
        .unwrap_or_else(|| panic!("{s:#?}"));
    assert_eq!(praise.actor.name, "Anna Keller");
}
