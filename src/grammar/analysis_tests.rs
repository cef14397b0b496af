//! The phenomena of the grammar layer on sentences of our own, tagged by the built-in
//! tagger: subject against dative object, accusative object, apposition, attributive
//! participle, coordinated subjects, and the subjunctive that carries reported speech on.

use super::analysis::{analyse_text, SentenceAnalysis};
use super::clauses::{ClauseKind, ClauseLink};
use super::deps::DepRel;
use super::token::Mood;

struct Analysed {
    text: String,
    sentences: Vec<SentenceAnalysis>,
}

fn analyse(text: &str) -> Analysed {
    Analysed {
        text: text.to_string(),
        sentences: analyse_text(super::Tagger::builtin(), text),
    }
}

impl Analysed {
    fn word(&self, s: usize, k: usize) -> &str {
        let w = &self.sentences[s].words[k];
        &self.text[w.start..w.end]
    }
    fn head_of(&self, s: usize, phrase: usize) -> &str {
        self.word(s, self.sentences[s].phrases[phrase].head)
    }
    fn heads(&self, s: usize, phrases: &[usize]) -> Vec<&str> {
        phrases.iter().map(|&p| self.head_of(s, p)).collect()
    }
    fn main(&self, s: usize) -> &super::clauses::Clause {
        self.sentences[s].main_clause().expect("a main clause")
    }
}

#[test]
fn the_nominative_not_the_dative_is_the_subject_of_vorwerfen() {
    let a = analyse("Der Bauernverband warf der Landesregierung am Montag vor, die Dürrehilfen verschleppt zu haben.");
    let main = a.main(0);
    assert_eq!(
        a.heads(0, &a.sentences[0].subjects(main)),
        ["Bauernverband"]
    );
    assert_eq!(a.heads(0, &main.datives), ["Landesregierung"]);
    assert_eq!(main.particle.map(|p| a.word(0, p)), Some("vor"));
    let inf = a.sentences[0]
        .clauses
        .iter()
        .find(|c| c.kind() == ClauseKind::Infinitival)
        .expect("the zu-infinitive");
    assert!(matches!(inf.parent, Some((_, ClauseLink::Xcomp))));
    assert!(inf.subject.is_none());
}

#[test]
fn the_accusative_of_auffordern_is_its_object() {
    let a = analyse("Die Kommission forderte die Regierung auf, das Gesetz zurückzunehmen.");
    let main = a.main(0);
    assert_eq!(a.heads(0, &a.sentences[0].subjects(main)), ["Kommission"]);
    assert_eq!(a.heads(0, &main.objects), ["Regierung"]);
    let k = a.sentences[0].phrases[main.objects[0]].head;
    assert_eq!(a.sentences[0].links[k].map(|l| l.rel), Some(DepRel::Obj));
}

#[test]
fn the_name_in_apposition_names_the_subject() {
    let a = analyse(
        "Die Vorsitzende der Gewerkschaft, Anna Berger, warf dem Minister Untätigkeit vor.",
    );
    let s = &a.sentences[0];
    let main = a.main(0);
    let subject = main.subject.expect("a subject");
    assert_eq!(a.head_of(0, subject), "Vorsitzende");
    assert_eq!(a.heads(0, &s.appositions(subject)), ["Anna"]);
    assert_eq!(a.heads(0, &main.datives), ["Minister"]);
}

#[test]
fn an_attributive_participle_stays_inside_its_noun_phrase() {
    let a = analyse("Die Polizei verteidigte die von Anwohnern kritisierten Kontrollen.");
    let s = &a.sentences[0];
    assert_eq!(s.clauses.len(), 1, "one clause: {:?}", s.clauses);
    let main = a.main(0);
    assert_eq!(main.head.map(|h| a.word(0, h)), Some("verteidigte"));
    assert_eq!(a.heads(0, &a.sentences[0].subjects(main)), ["Polizei"]);
    assert_eq!(a.heads(0, &main.objects), ["Kontrollen"]);
}

#[test]
fn coordinated_subjects_are_all_subjects() {
    let a = analyse("Italien, Polen und die Slowakei lehnten den Plan ab.");
    let main = a.main(0);
    assert_eq!(
        a.heads(0, &a.sentences[0].subjects(main)),
        ["Italien", "Polen", "Slowakei"]
    );
    assert_eq!(a.heads(0, &main.objects), ["Plan"]);
    assert_eq!(main.particle.map(|p| a.word(0, p)), Some("ab"));
}

#[test]
fn the_subjunctive_carries_reported_speech_on() {
    let a = analyse(
        "Die Sprecherin sagte, die Mieten müssten sinken. Die Vermieter hätten genug verdient; \
         wenn sie nicht nachgäben, werde geklagt.",
    );
    assert_eq!(a.sentences.len(), 2);
    let first = &a.sentences[0];
    assert_eq!(a.main(0).mood, Some(Mood::Ind));
    let reported = first
        .clauses
        .iter()
        .find(|c| c.kind() == ClauseKind::Complement)
        .expect("a reported clause");
    assert_eq!(reported.mood, Some(Mood::Sub));
    assert_eq!(a.heads(0, &first.subjects(reported)), ["Mieten"]);
    let main = a.main(1);
    assert_eq!(main.mood, Some(Mood::Sub));
    assert_eq!(a.heads(1, &a.sentences[1].subjects(main)), ["Vermieter"]);
    let passive = a.sentences[1]
        .clauses
        .iter()
        .find(|c| c.passive)
        .expect("the impersonal passive");
    assert_eq!(passive.mood, Some(Mood::Sub));
    assert!(passive.subject.is_none());
}

#[test]
fn a_relative_pronoun_is_the_subject_of_its_clause() {
    let a = analyse("Der Minister, der den Bericht vorgelegt hatte, trat zurück.");
    let s = &a.sentences[0];
    let main = a.main(0);
    assert_eq!(main.head.map(|h| a.word(0, h)), Some("trat"));
    assert_eq!(a.heads(0, &s.subjects(main)), ["Minister"]);
    let rel = s
        .clauses
        .iter()
        .find(|c| c.kind() == ClauseKind::Relative)
        .expect("relative clause");
    assert_eq!(rel.subject.map(|p| a.head_of(0, p)), Some("der"));
    assert_eq!(a.heads(0, &rel.objects), ["Bericht"]);
}

#[test]
fn a_conjunct_with_an_empty_vorfeld_shares_the_subject() {
    let a = analyse(
        "Die Schatzmeister der Parteien protestierten dagegen und kündigten juristische Schritte an.",
    );
    let s = &a.sentences[0];
    let conj = s
        .clauses
        .iter()
        .find(|c| matches!(c.parent, Some((_, ClauseLink::Conj))))
        .expect("the second conjunct");
    assert!(conj.subject.is_none(), "the object is no subject");
    assert_eq!(a.heads(0, &conj.objects), ["Schritte"]);
    assert_eq!(a.heads(0, &s.subjects(a.main(0))), ["Schatzmeister"]);
}

#[test]
fn the_predicate_of_a_modal_and_lassen_is_lassen() {
    let a = analyse("Wir haben uns das Angebot des Tages empfehlen lassen.");
    let main = a.main(0);
    assert_eq!(main.head.map(|h| a.word(0, h)), Some("lassen"));
    assert_eq!(a.heads(0, &a.sentences[0].subjects(main)), ["Wir"]);
}

#[test]
fn a_nominative_pronoun_is_the_subject_after_the_verb() {
    let a = analyse("Das nennt man Kundennähe.");
    let main = a.main(0);
    assert_eq!(a.heads(0, &a.sentences[0].subjects(main)), ["man"]);
}

#[test]
fn the_noun_beside_a_copula_is_its_predicate() {
    let a = analyse("Wir sind die grünen Lotsen auf einem Containerschiff.");
    let main = a.main(0);
    assert_eq!(a.heads(0, &a.sentences[0].subjects(main)), ["Wir"]);
    assert_eq!(main.head.map(|h| a.word(0, h)), Some("Lotsen"));
    assert!(main.objects.is_empty());
}
