//! The knowledge base: dated facts resolve as they should, the shipped files pass
//! `lexicon check`, and broken user files are reported with file, line and column.

use crate::util::{run, run_ok, TempDir};

fn resolve(text: &str, date: &str) -> String {
    run_ok(&["lexicon", "resolve", text, "--date", date])
}

#[test]
fn dated_offices_resolve_at_the_date() {
    assert!(resolve("Bundeskanzler", "2025-03-15").contains("Olaf Scholz"));
    assert!(resolve("Bundeskanzler", "2025-09-04").contains("Friedrich Merz"));
    assert!(resolve("Christian Stocker", "2025-09-04").contains("country AUT"));
    assert!(resolve("Mark Rutte", "2023-01-01").contains("country NLD"));
    assert!(resolve("Mark Rutte", "2025-01-01").contains("country NATO"));
    assert!(resolve("Kreml", "2025-01-01").contains("country RUS"));
    assert!(resolve("Élysée-Palast", "2025-01-01").contains("country FRA"));
    assert!(resolve("Pjöngjang", "2025-01-01").contains("country PRK"));
    let zelensky = resolve("Selenskij", "2025-01-01");
    assert!(
        zelensky.contains("Wolodymyr Selenskyj") && zelensky.contains("country UKR"),
        "{zelensky}"
    );
    assert!(resolve("der französische Präsident", "2019-05-01").contains("Emmanuel Macron"));
    assert!(resolve("Kremlchef", "2019-05-01").contains("Putin"));
}

#[test]
fn resolve_without_a_date_answers_for_today_and_says_so() {
    let today = standpunkt::ingest::today();
    let out = run(&["lexicon", "resolve", "Bundeskanzler"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("resolving at {today} (today")),
        "{err}"
    );
    // The same answer as with today's date given, whoever holds the office then.
    let dated = run(&["lexicon", "resolve", "Bundeskanzler", "--date", &today]);
    assert_eq!(out.status.code(), dated.status.code());
    assert_eq!(out.stdout, dated.stdout);
    let resolved = resolve("Selenskij", &today);
    assert!(resolved.contains("Wolodymyr Selenskyj"), "{resolved}");

    let json = run_ok(&["lexicon", "resolve", "Selenskij", "--json"]);
    let row: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
    assert_eq!(row["date"], today.as_str());
}

#[test]
fn resolve_prints_json_on_request() {
    let out = run_ok(&[
        "lexicon",
        "resolve",
        "Bundeskanzler",
        "--date",
        "2025-03-15",
        "--json",
    ]);
    let row: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    assert_eq!(row["country"], "DEU");
    assert_eq!(row["qid"], "Q61053");
}

#[test]
fn shipped_lexicon_passes_check_and_has_the_promised_size() {
    let out = run_ok(&["lexicon", "check"]);
    assert!(out.starts_with("ok:"), "{out}");
    let lexicon = standpunkt::Lexicon::builtin();
    let stats = lexicon.stats();
    assert!(stats.countries >= 195, "{stats:?}");
    assert!(stats.persons >= 1500, "{stats:?}");
    assert!(stats.topics >= 40, "{stats:?}");
    assert!(standpunkt::lexicon::check(&lexicon).is_clean());
}

#[test]
fn broken_user_files_name_file_line_and_column() {
    let dir = TempDir::new("lexicon");
    let persons = dir.join("persons.tsv");
    std::fs::write(
        &persons,
        "qid\tname\tgender\taliases\nQ1\tAnna Beispiel\tx\t\n",
    )
    .unwrap();
    let out = run(&["lexicon", "check", persons.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("persons.tsv:2:18: gender must be m, f or u"),
        "{err}"
    );
}

#[test]
fn broken_evaluation_files_are_reported_and_good_ones_extend_the_stance() {
    let dir = TempDir::new("evaluations");
    let bad = dir.join("evaluations.tsv");
    std::fs::write(&bad, "term\tpredicate\tnegated\nfoo*\tbogus\t\n").unwrap();
    let out = run(&["lexicon", "check", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("evaluations.tsv:2:6: unknown predicate `bogus`"),
        "{err}"
    );
    let good = dir.join("evaluations.tsv");
    std::fs::write(&good, "term\tpredicate\tnegated\nwunderbar*\tpraise\t\n").unwrap();
    let article = dir.join("a.txt");
    std::fs::write(&article, "Das Ergebnis sei wunderbar, sagte Jonas Weber.\n").unwrap();
    let plain = run_ok(&["extract", "-q", article.to_str().unwrap()]);
    assert!(plain.contains("\"predicate\":\"say\""), "{plain}");
    let with = run_ok(&[
        "extract",
        "-q",
        "--lexicon",
        good.to_str().unwrap(),
        article.to_str().unwrap(),
    ]);
    assert!(with.contains("\"predicate\":\"praise\""), "{with}");
}

#[test]
fn a_cue_with_an_unknown_part_of_speech_or_predicate_is_reported_with_its_line() {
    let dir = TempDir::new("cue-pos");
    let cues = dir.join("cues.tsv");
    std::fs::write(
        &cues,
        "lemma\tpredicate\tpos\tparticle\tforms\tframe\n\
         tadeln\tcriticize\tverb\t\ttadelt|tadelte\tspeech\n\
         Tadel\tcriticize\tadverb\t\tTadel\t\n",
    )
    .unwrap();
    let out = run(&["lexicon", "check", cues.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cues.tsv:3:") && err.contains("unknown part of speech `adverb`"),
        "{err}"
    );
    std::fs::write(
        &cues,
        "lemma\tpredicate\tpos\tparticle\tforms\tframe\ntadeln\tblame\t\t\ttadelt\t\n",
    )
    .unwrap();
    let out = run(&["lexicon", "check", cues.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("cues.tsv:2:") && err.contains("unknown predicate `blame`"),
        "{err}"
    );
}

#[test]
fn check_reports_overlapping_terms_and_unknown_codes() {
    let dir = TempDir::new("lexicon-overlap");
    let persons = dir.join("persons.tsv");
    std::fs::write(&persons, "qid\tname\tgender\taliases\n\tErika Probe\tf\t\n").unwrap();
    let offices = dir.join("offices.tsv");
    // A second German chancellor while Scholz was in office.
    std::fs::write(&offices, "person\toffice\tof\tstart\tend\nErika Probe\thead_of_government\tDEU\t2022-01-01\t2022-12-31\n").unwrap();
    let out = run(&[
        "lexicon",
        "check",
        persons.to_str().unwrap(),
        offices.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("overlapping terms of head_of_government of DEU"),
        "{text}"
    );

    let bad = dir.join("offices2.tsv");
    std::fs::write(
        &bad,
        "person\toffice\tof\tstart\tend\nErika Probe\tminister\tXYZ\t2022\t\n",
    )
    .unwrap();
    let out = run(&[
        "lexicon",
        "check",
        persons.to_str().unwrap(),
        bad.to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("offices2.tsv:2:1: office of unknown state or organisation `XYZ`"),
        "{err}"
    );
}

#[test]
fn user_lexicon_extends_the_builtin_one() {
    let dir = TempDir::new("lexicon-user");
    let persons = dir.join("persons.tsv");
    std::fs::write(
        &persons,
        "qid\tname\tgender\taliases\n\tJana Nowak\tf\tNowak\n",
    )
    .unwrap();
    let offices = dir.join("offices.tsv");
    std::fs::write(
        &offices,
        "person\toffice\tof\tstart\tend\nJana Nowak\tforeign_minister\tPOL\t2031-01-01\t\n",
    )
    .unwrap();
    let articles = dir.join("a.jsonl");
    std::fs::write(
        &articles,
        "{\"id\":\"x\",\"date\":\"2031-05-01\",\"text\":\"Nowak lehnte den Vorschlag ab.\"}\n",
    )
    .unwrap();
    let out = run_ok(&[
        "extract",
        "--lexicon",
        persons.to_str().unwrap(),
        "--lexicon",
        offices.to_str().unwrap(),
        articles.to_str().unwrap(),
    ]);
    let row: serde_json::Value =
        serde_json::from_str(out.lines().next().expect("a statement")).unwrap();
    assert_eq!(row["actor"]["name"], "Jana Nowak");
    assert_eq!(row["country"], "POL");
    assert_eq!(row["predicate"], "reject");
}
