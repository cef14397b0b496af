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

/// A sentence tagged by hand, `form/UPOS/XPOS/FEATS[/lemma]` per word, so that a rule is
/// tested on the tags it is about (whatever the built-in tagger would guess).
pub(super) fn hand_tagged(spec: &str) -> (Vec<&str>, SentenceAnalysis) {
    let mut forms = Vec::new();
    let mut words = Vec::new();
    for token in spec.split(' ') {
        let cols: Vec<&str> = token.split('/').collect();
        forms.push(cols[0]);
        words.push(super::token::Word {
            start: 0,
            end: 0,
            upos: super::token::Upos::parse(cols[1]).expect("a UPOS"),
            xpos: super::conllu::stts(cols[2]),
            lemma: cols.get(4).map(|l| (*l).into()),
            feats: super::conllu::parse_feats(cols[3]),
        });
    }
    let analysis = SentenceAnalysis::new(&forms, words);
    (forms, analysis)
}

/// The relation and head form of word `k`.
pub(super) fn link<'a>(
    forms: &[&'a str],
    a: &SentenceAnalysis,
    k: usize,
) -> Option<(DepRel, &'a str)> {
    a.links[k].map(|l| (l.rel, l.head.map_or("ROOT", |h| forms[h])))
}

#[test]
fn the_subject_of_a_werden_passive_may_be_tagged_accusative() {
    let (forms, a) = hand_tagged(
        "wenn/SCONJ/KOUS/_ mehr/DET/PIAT/_ Gäste/NOUN/NN/Case=Acc|Gender=Masc|Number=Plur \
         erwartet/VERB/VVPP/VerbForm=Part/erwarten \
         werden/AUX/VAFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin/werden ,/PUNCT/$,/_ \
         öffnen/VERB/VVFIN/Mood=Ind|Number=Plur|Person=1|VerbForm=Fin/öffnen \
         wir/PRON/PPER/Case=Nom|Number=Plur|Person=1 früher/ADV/ADV/_ ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 2), Some((DepRel::NsubjPass, "erwartet")));
    // Active, the same phrase is the object.
    let (forms, a) = hand_tagged(
        "wenn/SCONJ/KOUS/_ sie/PRON/PPER/Case=Nom|Number=Plur|Person=3 mehr/DET/PIAT/_ \
         Gäste/NOUN/NN/Case=Acc|Gender=Masc|Number=Plur \
         erwarten/VERB/VVFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin/erwarten ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 1), Some((DepRel::Nsubj, "erwarten")));
    assert_eq!(link(&forms, &a, 3), Some((DepRel::Obj, "erwarten")));
}

#[test]
fn a_copula_links_the_first_adjective_of_a_coordination() {
    let (forms, a) = hand_tagged(
        "Der/DET/ART/Case=Nom|Gender=Masc|Number=Sing \
         Kellner/NOUN/NN/Case=Nom|Gender=Masc|Number=Sing \
         war/AUX/VAFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/sein sichtlich/ADJ/ADJD/_ \
         genervt/ADJ/ADJD/_ und/CCONJ/KON/_ unfreundlich/ADJ/ADJD/_ ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 1), Some((DepRel::Nsubj, "genervt")));
    // An adjective right before the predicative noun grades it.
    let (forms, a) = hand_tagged(
        "Das/DET/ART/Case=Nom|Gender=Neut|Number=Sing \
         Buffet/NOUN/NN/Case=Nom|Gender=Neut|Number=Sing \
         ist/AUX/VAFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/sein eigentlich/ADJ/ADJD/_ \
         kein/DET/PIAT/Case=Nom|Gender=Masc|Number=Sing \
         Standard/NOUN/NN/Case=Nom|Gender=Masc|Number=Sing ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 1), Some((DepRel::Nsubj, "Standard")));
}

#[test]
fn only_sein_is_a_copula() {
    // With `werden` the verb heads the clause, not the adjective beside it.
    let (forms, a) = hand_tagged(
        "Die/DET/ART/Case=Nom|Gender=Fem|Number=Plur Mieten/NOUN/NN/Case=Nom|Gender=Fem|Number=Plur \
         müssten/AUX/VMFIN/Mood=Sub|Number=Plur|Person=3|VerbForm=Fin/müssen \
         günstiger/ADJ/ADJD/_ werden/AUX/VAINF/VerbForm=Inf/werden ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 1), Some((DepRel::Nsubj, "werden")));
    // Nor does an adjective coordinated before a participle head a passive.
    let (forms, a) = hand_tagged(
        "Die/DET/ART/Case=Nom|Gender=Fem|Number=Plur Anträge/NOUN/NN/Case=Nom|Gender=Masc|Number=Plur \
         wurden/AUX/VAFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin/werden \
         unvollständig/ADJ/ADJD/_ oder/CCONJ/KON/_ gar/ADV/ADV/_ nicht/PART/PTKNEG/_ \
         bearbeitet/VERB/VVPP/VerbForm=Part/bearbeiten ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 1), Some((DepRel::NsubjPass, "bearbeitet")));
}

#[test]
fn a_second_verb_tagged_finite_is_an_infinitive_or_participle() {
    use super::token::VerbForm;
    // Verb-second: the first finite verb stays, a later form in -en is the infinitive.
    let (_, a) = hand_tagged(
        "Man/PRON/PIS/Case=Nom|Number=Sing \
         kann/AUX/VMFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/können \
         darüber/ADV/PAV/_ nur/ADV/ADV/_ \
         staunen/VERB/VVFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin/staunen ./PUNCT/$./_",
    );
    assert_eq!(a.words[4].feats.verb_form, Some(VerbForm::Inf));
    assert_eq!(a.words[4].feats.mood, None);
    assert_eq!(a.words[4].xpos, "VVINF");
    assert_eq!(a.words[1].feats.mood, Some(Mood::Ind));
    // Beside a finite `haben`, a form in -t is the participle.
    let (_, a) = hand_tagged(
        "Sie/PRON/PPER/Case=Nom|Number=Sing|Person=3 \
         hat/AUX/VAFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/haben \
         die/DET/ART/Case=Acc|Gender=Fem|Number=Sing Tür/NOUN/NN/Case=Acc|Gender=Fem|Number=Sing \
         zugemacht/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/zumachen ./PUNCT/$./_",
    );
    assert_eq!(a.words[4].feats.verb_form, Some(VerbForm::Part));
    assert_eq!(a.words[4].xpos, "VVPP");
    // Verb-final: the last finite verb is the clause's, the one before it the infinitive.
    let (_, a) = hand_tagged(
        "Er/PRON/PPER/Case=Nom|Number=Sing|Person=3 \
         geht/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/gehen ,/PUNCT/$,/_ \
         weil/SCONJ/KOUS/_ er/PRON/PPER/Case=Nom|Number=Sing|Person=3 \
         arbeiten/VERB/VVFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin/arbeiten \
         muss/AUX/VMFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/müssen ./PUNCT/$./_",
    );
    assert_eq!(a.words[5].feats.verb_form, Some(VerbForm::Inf));
    assert_eq!(a.words[6].feats.verb_form, Some(VerbForm::Fin));
    // Conjuncts stay finite.
    let (_, a) = hand_tagged(
        "wenn/SCONJ/KOUS/_ Freunde/NOUN/NN/Case=Nom|Gender=Masc|Number=Plur \
         kommen/VERB/VVFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin/kommen und/CCONJ/KON/_ \
         helfen/VERB/VVFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin/helfen ./PUNCT/$./_",
    );
    assert_eq!(a.words[2].feats.verb_form, Some(VerbForm::Fin));
    assert_eq!(a.words[4].feats.verb_form, Some(VerbForm::Fin));
}

#[test]
fn a_participle_tagged_adjective_beside_haben_is_the_verb() {
    use super::token::{Upos, VerbForm};
    let (forms, a) = hand_tagged(
        "Die/DET/ART/Case=Nom|Gender=Fem|Number=Sing Stadt/NOUN/NN/Case=Nom|Gender=Fem|Number=Sing \
         hat/AUX/VAFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/haben \
         eine/DET/ART/Case=Acc|Gender=Fem|Number=Sing Beratungsstelle/NOUN/NN/Case=Acc|Gender=Fem|Number=Sing \
         eingerichtet/ADJ/ADJD/_ ./PUNCT/$./_",
    );
    assert_eq!(a.words[5].upos, Upos::Verb);
    assert_eq!(a.words[5].feats.verb_form, Some(VerbForm::Part));
    assert_eq!(link(&forms, &a, 1), Some((DepRel::Nsubj, "eingerichtet")));
    // With `sein` the adjective stays (`ist geöffnet`).
    let (_, a) = hand_tagged(
        "Die/DET/ART/Case=Nom|Gender=Fem|Number=Sing Grenze/NOUN/NN/Case=Nom|Gender=Fem|Number=Sing \
         ist/AUX/VAFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/sein geöffnet/ADJ/ADJD/_ ./PUNCT/$./_",
    );
    assert_eq!(a.words[3].upos, Upos::Adj);
}

#[test]
fn haben_alone_is_a_full_verb_beside_a_participle_an_auxiliary() {
    use super::token::Upos;
    let (_, a) = hand_tagged(
        "Die/DET/ART/Case=Nom|Gender=Masc|Number=Plur Bauern/NOUN/NN/Case=Nom|Gender=Masc|Number=Plur \
         haben/AUX/VAFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin/haben \
         keine/DET/PIAT/Case=Acc|Gender=Fem|Number=Sing Geduld/NOUN/NN/Case=Acc|Gender=Fem|Number=Sing \
         ./PUNCT/$./_",
    );
    assert_eq!(a.words[2].upos, Upos::Verb);
    let (_, a) = hand_tagged(
        "Die/DET/ART/Case=Nom|Gender=Masc|Number=Plur Bauern/NOUN/NN/Case=Nom|Gender=Masc|Number=Plur \
         haben/VERB/VAFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin/haben \
         protestiert/VERB/VVPP/VerbForm=Part/protestieren ./PUNCT/$./_",
    );
    assert_eq!(a.words[2].upos, Upos::Aux);
}

#[test]
fn a_pronoun_keeps_the_cases_of_its_paradigm() {
    use super::token::{Case, CaseSet};
    // Whatever role its phrase gets, `wir` stays nominative.
    let (_, a) = hand_tagged(
        "Er/PRON/PPER/Case=Nom|Number=Sing|Person=3 \
         sagt/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/sagen \
         das/DET/ART/Case=Acc|Gender=Neut|Number=Sing wir/PRON/PPER/Case=Nom|Number=Plur|Person=1 \
         ./PUNCT/$./_",
    );
    assert_eq!(a.words[3].feats.case, CaseSet::only(Case::Nom));
}

#[test]
fn a_name_after_a_form_of_address_heads_the_phrase() {
    let (forms, a) = hand_tagged(
        "Gestern/ADV/ADV/_ hat/AUX/VAFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/haben \
         Frau/NOUN/NN/Case=Nom|Gender=Fem|Number=Sing Dr./NOUN/NN/Case=Nom|Gender=Masc|Number=Sing \
         Berndt/PROPN/NE/Case=Nom|Gender=Fem|Number=Sing \
         den/DET/ART/Case=Acc|Gender=Masc|Number=Sing \
         Vertrag/NOUN/NN/Case=Acc|Gender=Masc|Number=Sing \
         unterschrieben/VERB/VVPP/VerbForm=Part/unterschreiben ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 4), Some((DepRel::Nsubj, "unterschrieben")));
    assert_eq!(link(&forms, &a, 2), None);
    assert_eq!(a.phrases[0].start, 2);
    // An office is no form of address: it heads, the name is in apposition.
    let (forms, a) = hand_tagged(
        "Gestern/ADV/ADV/_ hat/AUX/VAFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/haben \
         Ministerin/NOUN/NN/Case=Nom|Gender=Fem|Number=Sing \
         Berndt/PROPN/NE/Case=Nom|Gender=Fem|Number=Sing \
         unterschrieben/VERB/VVPP/VerbForm=Part/unterschreiben ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 2), Some((DepRel::Nsubj, "unterschrieben")));
    assert_eq!(link(&forms, &a, 3), Some((DepRel::Appos, "Ministerin")));
}

#[test]
fn a_contraction_governs_the_case_of_its_noun_phrase() {
    let a = analyse("Die Ministerin kam gestern zum Treffen im Rathaus.");
    let s = &a.sentences[0];
    assert_eq!(s.words.len(), 9, "one word per token");
    let zum = &s.words[4];
    assert_eq!((zum.upos, zum.xpos), (super::token::Upos::Adp, "APPRART"));
    let treffen = s.phrase_headed_by(5).expect("a phrase");
    assert_eq!(s.phrases[treffen].prep, Some(4));
    assert_eq!(
        s.words[5].feats.case,
        super::token::CaseSet::only(super::token::Case::Dat)
    );
    assert_eq!(
        s.words[7].feats.case,
        super::token::CaseSet::only(super::token::Case::Dat)
    );
    assert_eq!(a.heads(0, &s.subjects(a.main(0))), ["Ministerin"]);
}

#[test]
fn a_function_word_tagged_as_verb_is_no_verb() {
    // A w-adverb is never the finite verb, whatever the tagger says.
    let (forms, a) = hand_tagged(
        "Sie/PRON/PPER/Case=Nom|Number=Plur|Person=3 \
         fragten/VERB/VVFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin/fragen ,/PUNCT/$,/_ \
         weshalb/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin \
         der/DET/ART/Case=Nom|Gender=Masc|Number=Sing Rat/NOUN/NN/Case=Nom|Gender=Masc|Number=Sing \
         schwieg/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/schweigen ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 5), Some((DepRel::Nsubj, "schwieg")));
    // An unknown word tagged finite right before a known finite verb is not the verb.
    let (forms, a) = hand_tagged(
        "Übrigens/VERB/VVFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin \
         stimmte/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/stimmen \
         der/DET/ART/Case=Nom|Gender=Masc|Number=Sing Rat/NOUN/NN/Case=Nom|Gender=Masc|Number=Sing \
         zu/ADP/PTKVZ/_ ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 3), Some((DepRel::Nsubj, "stimmte")));
}

#[test]
fn a_present_form_in_e_is_subjunctive_but_with_ich() {
    let a = analyse(
        "Die Sprecherin erklärte, die Firma halte an dem Plan fest. Ich halte an dem Plan fest. \
         Zudem gehe es nicht um Geld.",
    );
    let reported = a.sentences[0]
        .clauses
        .iter()
        .find(|c| c.kind() == ClauseKind::Complement)
        .expect("a reported clause");
    assert_eq!(reported.mood, Some(Mood::Sub));
    assert_eq!(a.main(1).mood, Some(Mood::Ind));
    assert_eq!(a.main(2).mood, Some(Mood::Sub));
}

#[test]
fn a_name_in_the_saxon_genitive_is_not_the_subject() {
    let (forms, a) = hand_tagged(
        "Berlins/PROPN/NE/Case=Nom|Gender=Neut|Number=Sing \
         Bürgermeister/NOUN/NN/Case=Nom|Gender=Masc|Number=Sing \
         lehnte/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/ablehnen \
         den/DET/ART/Case=Acc|Gender=Masc|Number=Sing Antrag/NOUN/NN/Case=Acc|Gender=Masc|Number=Sing \
         ab/ADP/PTKVZ/_ ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 1), Some((DepRel::Nsubj, "lehnte")));
    assert_ne!(link(&forms, &a, 0).map(|l| l.0), Some(DepRel::Nsubj));
}

#[test]
fn the_first_part_of_a_hyphenated_compound_belongs_to_the_noun() {
    let (forms, a) = hand_tagged(
        "Der/DET/ART/Case=Nom|Gender=Masc|Number=Sing Ex/ADV/ADV/_ -/PUNCT/$(/_ \
         Minister/NOUN/NN/Case=Nom|Gender=Masc|Number=Sing \
         kündigte/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/ankündigen \
         seinen/DET/PPOSAT/Case=Acc|Gender=Masc|Number=Sing Rückzug/NOUN/NN/Case=Acc|Gender=Masc|Number=Sing \
         an/ADP/PTKVZ/_ ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 3), Some((DepRel::Nsubj, "kündigte")));
    assert_ne!(link(&forms, &a, 0).map(|l| l.0), Some(DepRel::Nsubj));
    // Hyphenated adjectives: `die nordrhein - westfälische Regierung`.
    let (forms, a) = hand_tagged(
        "Heute/ADV/ADV/_ lehnte/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/ablehnen \
         die/DET/ART/Case=Nom|Gender=Fem|Number=Sing nordrhein/ADJ/ADJA/_ -/PUNCT/$(/_ \
         westfälische/ADJ/ADJA/Case=Nom|Gender=Fem|Number=Sing \
         Regierung/NOUN/NN/Case=Nom|Gender=Fem|Number=Sing \
         den/DET/ART/Case=Acc|Gender=Masc|Number=Sing Antrag/NOUN/NN/Case=Acc|Gender=Masc|Number=Sing \
         ab/ADP/PTKVZ/_ ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 6), Some((DepRel::Nsubj, "lehnte")));
}

#[test]
fn a_capitalised_adjective_opening_the_sentence_is_attributive() {
    let (forms, a) = hand_tagged(
        "Neue/NOUN/NN/Case=Nom|Gender=Fem|Number=Plur Zahlen/NOUN/NN/Case=Nom|Gender=Fem|Number=Plur \
         belegen/VERB/VVFIN/Mood=Ind|Number=Plur|Person=3|VerbForm=Fin/belegen \
         den/DET/ART/Case=Acc|Gender=Masc|Number=Sing Anstieg/NOUN/NN/Case=Acc|Gender=Masc|Number=Sing \
         ./PUNCT/$./_",
    );
    assert_eq!(a.words[0].upos, super::token::Upos::Adj);
    assert_eq!(link(&forms, &a, 1), Some((DepRel::Nsubj, "belegen")));
}

#[test]
fn a_clause_before_a_colon_is_not_continued_after_it() {
    let (forms, a) = hand_tagged(
        "Fazit/NOUN/NN/Case=Nom|Gender=Neut|Number=Sing :/PUNCT/$./_ allerdings/ADV/ADV/_ \
         lehnt/VERB/VVFIN/Mood=Ind|Number=Sing|Person=3|VerbForm=Fin/ablehnen \
         der/DET/ART/Case=Nom|Gender=Masc|Number=Sing Rat/NOUN/NN/Case=Nom|Gender=Masc|Number=Sing \
         das/DET/ART/Case=Acc|Gender=Neut|Number=Sing Gesetz/NOUN/NN/Case=Acc|Gender=Neut|Number=Sing \
         ab/ADP/PTKVZ/_ ./PUNCT/$./_",
    );
    assert_eq!(link(&forms, &a, 5), Some((DepRel::Nsubj, "lehnt")));
    assert_ne!(link(&forms, &a, 0).map(|l| l.0), Some(DepRel::Nsubj));
}
