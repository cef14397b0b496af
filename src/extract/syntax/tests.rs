//! Unit tests of `syntax`, with sentences written for them.

use super::*;
use crate::text::tokenize;

fn analysed(text: &str) -> (Rc<Window>, Vec<String>) {
    let tokens = tokenize(text, 0, text.len());
    let forms = tokens.iter().map(|t| t.text(text).to_string()).collect();
    (
        Grammar::default().at(text, &tokens, 0).expect("a word"),
        forms,
    )
}

fn index(forms: &[String], word: &str) -> usize {
    forms
        .iter()
        .position(|f| f == word)
        .expect("word in sentence")
}

#[test]
fn a_modal_in_konjunktiv_is_a_reported_main_clause() {
    let (a, forms) = analysed("So müsse die Regierung dem Einsatz zustimmen.");
    assert!(a.in_reported_main_clause(index(&forms, "zustimmen")));
    let (a, forms) = analysed("Die Regierung stimmte dem Einsatz zu.");
    assert!(!a.in_reported_main_clause(index(&forms, "stimmte")));
}

#[test]
fn the_accusative_object_follows_the_verb() {
    let (a, forms) = analysed("Die USA lehnten die Aufnahme des Satzes zunächst ab.");
    assert_eq!(
        a.object_after(index(&forms, "lehnten")),
        Some(index(&forms, "die"))
    );
}

#[test]
fn a_relative_clause_is_told_from_a_complement() {
    let (a, forms) =
        analysed("Die Partei, die im Land regiert, erklärte, sie werde die Stadt angreifen.");
    assert!(a.in_relative_clause(index(&forms, "regiert")));
    assert!(!a.in_relative_clause(index(&forms, "erklärte")));
    assert!(!a.in_relative_clause(index(&forms, "angreifen")));
}

#[test]
fn a_fronted_object_stands_before_its_verb() {
    let (a, forms) = analysed("Den Vorschlag der Kommission lehnte der Minister ab.");
    let verb = index(&forms, "lehnte");
    let (start, end) = a.object_before(verb).expect("a fronted object");
    assert_eq!(start, 0);
    assert!(end >= 2 && end <= verb, "{start}..{end}");
    let (a, forms) = analysed("Der Minister lehnte den Vorschlag ab.");
    assert_eq!(a.object_before(index(&forms, "lehnte")), None);
}

#[test]
fn reportative_sollen_takes_a_perfect_infinitive() {
    let (a, forms) = analysed("Sie sollen sich zum Sturz der Regierung verschworen haben.");
    assert!(a.reportative_modal(index(&forms, "sollen")));
    let (a, forms) = analysed("Die Regierung soll das Gesetz ändern.");
    assert!(!a.reportative_modal(index(&forms, "soll")));
}

#[test]
fn a_short_sentence_is_analysed_once_and_only_when_asked() {
    let text = "Der Minister sagte, die Regierung lehne den Plan ab.";
    let tokens = tokenize(text, 0, text.len());
    let grammar = Grammar::default();
    assert_eq!(grammar.analysed(), 0);
    for k in 0..tokens.len() {
        grammar.at(text, &tokens, k).expect("a word");
    }
    assert_eq!(grammar.analysed(), 1);
    assert!(grammar.at(text, &tokens, tokens.len()).is_none());
}

/// Run-on text: a window around the word asked about, not the whole sentence, with
/// the sentence's indices; windows answer for the words well inside them.
#[test]
fn a_long_sentence_is_analysed_in_windows_with_sentence_indices() {
    let clause = "die Regierung lehnte den Plan ab, ";
    let text = format!("{}sagte der Minister.", clause.repeat(40));
    let tokens = tokenize(&text, 0, text.len());
    let grammar = Grammar::default();
    let k = tokens.len() - 4;
    let w = grammar.at(&text, &tokens, k).expect("a word");
    assert!(w.lo > 0 && w.hi() == tokens.len());
    assert!(w.hi() - w.lo <= 2 * REACH + 1);
    assert!(w.is_verb(k) && !w.is_verb(k + 1));
    let form = |i: usize| tokens[i].text(&text).to_string();
    let described = w.describe(k, &form);
    assert!(described.contains("subject [der Minister]"), "{described}");
    // Another word near the first: the same window.
    grammar.at(&text, &tokens, k - 5).expect("a word");
    assert_eq!(grammar.analysed(), 1);
    // Words all along the sentence: windows overlapping a bounded number of times.
    for k in 0..tokens.len() {
        grammar.at(&text, &tokens, k).expect("a word");
    }
    let covered: usize = grammar.windows.borrow().iter().map(|w| w.hi() - w.lo).sum();
    assert!(covered <= 4 * tokens.len(), "{covered} of {}", tokens.len());
}
