//! Extraction phenomena, each with sentences written for the test (not from the seeds).

use standpunkt::{Article, Extractor, Statement};

fn extract(date: &str, text: &str) -> Vec<Statement> {
    Extractor::builtin().extract(&Article::new("t", text).with_date(date))
}

fn find<'a>(statements: &'a [Statement], actor: &str) -> &'a Statement {
    statements
        .iter()
        .find(|s| s.actor.name == actor)
        .unwrap_or_else(|| panic!("no statement by {actor}: {statements:#?}"))
}

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
