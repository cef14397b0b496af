//! Speakers the lexicon does not know, read from the noun phrase in the subject slot of a
//! verb: `Die Kanadier hingegen sagen`, `bezeichnet die Archäologin Montserrat Sanz`,
//! `Wie die ESA mitteilte`, `BASF argumentiert`. German puts the subject right before the
//! finite verb or, when something else opens the clause, right after it; a nominative
//! determiner, lower-case adjectives and a capitalised head make the phrase.

use super::cues::CueHit;
use super::entity::{ActorKind, Entity};
use super::mentions::{is_institution_noun, NAME_PARTICLES};
use super::view::SentenceView;
use super::words::{
    is_acronym, is_adverb, is_determiner, is_function_word, looks_like_adjective, AUXILIARIES,
};
use crate::lexicon::{Gender, Lexicon};

/// The name in the apposition clause just before token `first` (`…, Klaus Stöhr, sagte`):
/// two to four capitalised words.
fn apposition_name(view: &SentenceView, text: &str, first: usize) -> Option<Entity> {
    let (prev_first, prev_last) = view.layout.clause_range(first - 1);
    let words: Vec<usize> = (prev_first..=prev_last)
        .filter(|&i| view.is_word(i))
        .collect();
    // Capitalised words, name particles inside (`Heike van Laak`).
    let particle = |i: usize| NAME_PARTICLES.contains(&view.word(i));
    let names = (2..=5).contains(&words.len())
        && words.windows(2).all(|p| p[1] == p[0] + 1)
        && words.iter().enumerate().all(|(n, &i)| {
            let inner = n > 0 && n + 1 < words.len();
            (view.tokens[i].is_capitalized(text) && !is_function_word(view.tokens[i].text(text)))
                || (inner && particle(i))
        });
    if !names || prev_first == 0 {
        return None;
    }
    let span = &text[view.tokens[words[0]].start..view.tokens[*words.last()?].end];
    Some(Entity::new(span, ActorKind::Person))
}

/// Words that may stand between the subject and its verb without being part of either.
fn is_particle_word(word: &str) -> bool {
    is_adverb(word) || matches!(word, "aber" | "sich" | "selbst" | "allein")
}

/// Determiners that can open a nominative noun phrase.
fn nominative_determiner(word: &str) -> Option<Gender> {
    match word {
        "der" | "dieser" | "jener" | "ein" => Some(Gender::M),
        "die" | "diese" | "jene" | "eine" => Some(Gender::F),
        "das" | "dieses" | "jenes" => Some(Gender::U),
        _ => None,
    }
}

/// A finite verb form in the plural (`sagen`, `gaben … an`, `teilten mit`).
fn plural_verb(word: &str) -> bool {
    word.ends_with("en") || word.ends_with("ten") || word.ends_with("ern")
}

/// A finite auxiliary or modal (`hatte`, `wollte`), not the participle `worden`.
fn is_finite_auxiliary(word: &str) -> bool {
    word != "worden" && AUXILIARIES.contains(&word)
}

/// Nominative personal and demonstrative pronouns: a subject the lexicon could not
/// resolve, which no other phrase may replace.
fn is_subject_pronoun(word: &str) -> bool {
    matches!(
        word,
        "er" | "sie"
            | "es"
            | "ich"
            | "wir"
            | "man"
            | "diese"
            | "dieser"
            | "jene"
            | "jener"
            | "beide"
            | "alle"
            | "niemand"
            | "jemand"
            | "wer"
    )
}

/// The subject noun phrase of the verb at `hit` when no known actor fills it.
/// `saying`: the verb is one of saying or announcing, whose inverted subject may be a
/// feminine or neuter phrase (`teilte die Polizei mit`); with other verbs such a phrase
/// after the verb is more often the object (`kritisierte die Pläne`).
pub fn unknown_subject(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    saying: bool,
) -> Option<Entity> {
    let (first, last) = view.layout.clause_range(hit.first);
    // The finite verb: an auxiliary before a participle or infinitive cue, else the cue.
    let finite = (first..hit.first)
        .find(|&i| view.is_word(i) && !view.layout.in_quote(i) && is_finite_auxiliary(view.word(i)))
        .unwrap_or(hit.first);
    // `wurde … beschrieben`: a passive names no subject as speaker.
    if finite != hit.first
        && matches!(
            view.word(finite),
            "wird" | "wurde" | "wurden" | "werden" | "werde"
        )
    {
        return None;
    }
    let words: Vec<usize> = (first..finite)
        .filter(|&i| view.is_word(i) && !view.layout.in_quote(i))
        .collect();
    if words.iter().any(|&i| is_subject_pronoun(view.word(i))) {
        return None;
    }
    let plural = plural_verb(view.word(finite));
    // Before the verb: the clause opens with the subject (`Die Kanadier hingegen sagen`),
    // possibly after `wie`/`als` of a verb-final clause (`Wie die ESA mitteilte`).
    let mut before: &[usize] = &words;
    if let Some(&w) = before.first() {
        if matches!(view.word(w), "wie" | "und" | "so") {
            before = &before[1..];
        }
    }
    while let Some(&w) = before.last() {
        if is_particle_word(view.word(w)) && !view.tokens[w].is_capitalized(text) {
            before = &before[..before.len() - 1];
        } else {
            break;
        }
    }
    // The grammar's subject, where it finds one elsewhere in the clause, is the subject:
    // a capitalised word opening the sentence is then an adverb or object
    // (`Gegenwärtig beschuldigt man sich gegenseitig`).
    // (Asked only where words stand before the verb: the grammar is not consulted for
    // an inverted clause.)
    if let (Some(&b0), Some(&b1)) = (before.first(), before.last()) {
        let grammar_subject = view
            .grammar_at(text, hit.first)
            .and_then(|w| w.subject_phrase(hit.first));
        if let Some((s, e, _)) = grammar_subject {
            if e <= b0 || s > b1 {
                before = &[];
            }
        }
    }
    if !before.is_empty() {
        // Only contiguous phrases: a comma or quotation inside means something else.
        let contiguous = before.windows(2).all(|p| p[1] == p[0] + 1);
        if contiguous {
            if let Some(entity) = noun_phrase(lexicon, view, text, before, plural, true) {
                return Some(entity);
            }
        }
        // A clause that opens with a nominative phrase and runs on has its subject there
        // (`Die Deutschen gewannen … und konnten …`): nothing after the verb replaces it.
        if nominative_determiner(view.word(before[0])).is_some()
            || before.len() > 6
            || before
                .iter()
                .any(|&i| matches!(view.word(i), "und" | "oder"))
        {
            return None;
        }
        // Something else holds the first slot (`Als „Geschenk“ bezeichnet die
        // Archäologin …`, `Den Vorschlag lehnte die Regierung ab`): the subject follows.
    } else if first > 0 && finite != hit.first {
        // `…, konnte das Feuer aber erwidern`: a modal or auxiliary opening a clause after
        // a comma continues the subject before it; only the verb of saying itself inverts
        // (`…, sagte der Minister`).
        return None;
    } else if first > 0 && !opens_after_content(view, first) {
        // `Der Leiter des Programms, Klaus Stöhr, sagte`: a name in apposition right
        // before the verb is the speaker.
        if let Some(name) = apposition_name(view, text, first) {
            return Some(name);
        }
        // `Khan, …, die den Brief unterschrieben, verurteilte …`: the verb continues a
        // clause interrupted by an insertion; its subject stands before it.
        return None;
    }
    // After the finite verb (the auxiliary of `hatte … angekündigt`).
    let mut k = finite + 1;
    let end = last;
    while k <= end && view.is_word(k) && is_particle_word(view.word(k)) {
        k += 1;
    }
    let mut phrase = Vec::new();
    while k <= end && view.is_word(k) && !view.layout.in_quote(k) && phrase.len() < 8 {
        phrase.push(k);
        k += 1;
    }
    if phrase.is_empty() {
        return None;
    }
    let opener = view.word(phrase[0]);
    let masculine = matches!(opener, "der" | "ein" | "dieser");
    // An acronym after the article is a name, never an object noun (`hatte die IGDRB
    // angeboten`).
    let acronym = phrase
        .get(1)
        .is_some_and(|&i| is_acronym(view.tokens[i].text(text)));
    if !(saying || masculine || acronym) {
        return None;
    }
    noun_phrase(lexicon, view, text, &phrase, plural, false)
}

/// The speaker named by exactly the words `tokens` (`so der Chef der Behörde`, `Koppelin:`),
/// if they make a noun phrase.
pub fn phrase_speaker(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    tokens: &[usize],
) -> Option<Entity> {
    if tokens.is_empty() || tokens.windows(2).any(|p| p[1] != p[0] + 1) {
        return None;
    }
    noun_phrase(lexicon, view, text, tokens, false, true)
}

/// The grammar's subject phrase of the cue's clause read as a speaker the lexicon does
/// not know, where word order found none: the one subject phrase the grammar finds
/// (nominative, agreeing with the finite verb), outside quotations. A name of two or more
/// capitalised words the grammar tags as proper nouns is a person (`Nurur Rahman, der
/// Koordinator der Behörde, teilte mit`); otherwise the phrase is read as a noun phrase
/// (`Der Flughafen`, `SPD-Innenexperte X`).
pub fn grammar_phrase_subject(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
) -> Option<Entity> {
    let w = view.grammar_at(text, hit.first)?;
    let phrases = w.subject_phrases(hit.first, &view.mentions);
    let [p] = phrases.as_slice() else {
        return None;
    };
    if p.subject.is_some() || view.layout.in_quote(p.start) || p.head >= view.tokens.len() {
        return None;
    }
    let words: Vec<usize> = (p.start..p.end).filter(|&i| view.is_word(i)).collect();
    // Before the verb, two words at least: after it, the phrase is more often an object
    // the grammar misread (`verurteilte die Haltung`), and a bare capitalised word a date
    // or a name of a place.
    if words.is_empty()
        || p.end > hit.first
        || words.len() > 8
        || words.windows(2).any(|q| q[1] != q[0] + 1)
        || words.iter().any(|&i| is_subject_pronoun(view.word(i)))
    {
        return None;
    }
    let capital = |i: usize| {
        view.tokens[i].is_capitalized(text) && !is_function_word(view.tokens[i].text(text))
    };
    if words.len() >= 2 && words.iter().all(|&i| capital(i) && w.is_proper_noun(i)) {
        let span = &text[view.tokens[words[0]].start..view.tokens[*words.last()?].end];
        return Some(Entity::new(span, ActorKind::Person));
    }
    let head_written = view.tokens[p.head].text(text);
    let person_head = is_person_noun(head_written);
    // A quantified group (`Viele Europäer`, `Einige der Abgeordneten`) is a share of the
    // people the noun names, not a source that speaks as one; coordinated attributes
    // (`die deutschen und französischen Soldaten`) name several groups.
    let quantified = !view.tokens[words[0]].is_capitalized(text)
        || matches!(
            view.word(words[0]),
            "viele" | "einige" | "manche" | "mehrere" | "alle" | "wenige" | "zahlreiche"
        )
        || words
            .iter()
            .any(|&i| matches!(view.word(i), "und" | "oder" | "sowie"));
    if person_head && !quantified {
        let plural = plural_verb(view.word(hit.first));
        let determiner = nominative_determiner(view.word(words[0])).is_some();
        let head_last = words.last() == Some(&p.head);
        // A bare plural (`Beobachter`, `Internationale Beobachter`) or a definite phrase
        // headed by a noun for people (`Die Kläger`, `Der Hersteller`).
        if head_last && (determiner || plural) {
            let from = if determiner { 1 } else { 0 };
            let span = &text[view.tokens[words[from]].start..view.tokens[p.head].end];
            let mut entity = Entity::new(span, ActorKind::Anonymous);
            entity.role = Some(head_written.to_string());
            entity.plural = plural;
            return Some(entity);
        }
    }
    if words.len() < 2 {
        return None;
    }
    // A role noun and a name (`SPD-Innenexperte Wiefelspütz`), or a proper name opened by
    // a capitalised adjective (`Die Deutsche Forschungsgemeinschaft`); a common noun
    // phrase names a thing as often as an actor (`Das Duell`, `Die Forderung`).
    phrase_speaker(lexicon, view, text, &words).filter(|e| match e.kind {
        ActorKind::Person => words.last().is_some_and(|&i| w.is_proper_noun(i)),
        // Not a role noun read as a capitalised adjective (`Der oberste Führer Irans`).
        ActorKind::Organization => e
            .name
            .split_whitespace()
            .all(|part| lexicon.role_nominative(part, false).is_none()),
        _ => false,
    })
}

/// Whether the noun `word` names an actor: people (a noun for people), a body (an
/// institution noun of the word classes) or an organisation's acronym.
pub fn names_actor(lexicon: &Lexicon, word: &str) -> bool {
    is_acronym(word) || is_institution_noun(lexicon, word) || is_person_noun(word)
}

/// Whether the noun names people, by the noun lexicon: a nominalised adjective
/// (`Jugendliche`, `Verantwortlichen`), a noun with a feminine form in `-in`
/// (`Beobachter` → `Beobachterin`, `Experten` → `Expertin`) or that feminine form
/// (`Aktivistin` → `Aktivist`).
pub(super) fn is_person_noun(word: &str) -> bool {
    let nouns = crate::grammar::tagger::Tagger::builtin().nouns();
    let lower = word.to_lowercase();
    let hit = nouns.lookup(&lower, true);
    if hit.classes & crate::grammar::noun_table::class::ADJECTIVAL != 0 {
        return true;
    }
    let common = |hit: &crate::grammar::lexicon::NounHit, gender: u8| {
        hit.classes & crate::grammar::noun_table::class::COMMON != 0 && hit.gender & gender != 0
    };
    if !common(&hit, 1 | 2) {
        return false;
    }
    let Some(lemma) = nouns.lemma(word, &lower, &hit) else {
        return false;
    };
    let lemma = lemma.to_lowercase();
    // The feminine form itself (`Aktivistin`, `Expertinnen`): its masculine is a noun
    // (`Aktivist`, `Experte`).
    if common(&hit, 2) {
        return lemma.strip_suffix("in").is_some_and(|m| {
            !m.is_empty()
                && (common(&nouns.lookup(m, true), 1)
                    || common(&nouns.lookup(&format!("{m}e"), true), 1))
        });
    }
    let stem = lemma.strip_suffix('e').unwrap_or(&lemma);
    common(&nouns.lookup(&format!("{stem}in"), true), 2)
}

/// Whether the clause starting at token `first` follows a clause that can be the content
/// of the verb (`„…“, sagte …`, `Die Lage sei ernst, sagte …`), not an insertion (a
/// relative clause or an apposition).
fn opens_after_content(view: &SentenceView, first: usize) -> bool {
    let (prev_first, prev_last) = view.layout.clause_range(first - 1);
    if (prev_first..=prev_last).any(|i| view.layout.in_quote(i)) {
        return true;
    }
    let words: Vec<usize> = (prev_first..=prev_last)
        .filter(|&i| view.is_word(i))
        .collect();
    let Some(&opener) = words.first() else {
        // Only punctuation: a quotation's closing mark.
        return true;
    };
    if matches!(
        view.word(opener),
        "der" | "die" | "das" | "welche" | "welcher" | "wo" | "den" | "dem" | "deren" | "dessen"
    ) && prev_first > 0
    {
        return false;
    }
    (prev_first..=prev_last).any(|i| view.subjunctive[i]) || (prev_first == 0 && words.len() >= 3)
}

/// Reads `[determiner] adjective* Head [Name …] [des|der … Noun]` from the start of
/// `tokens`. `whole` requires the phrase to use all of them (the slot before the verb).
fn noun_phrase(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    tokens: &[usize],
    plural: bool,
    whole: bool,
) -> Option<Entity> {
    let word = |i: usize| view.word(tokens[i]);
    let written = |i: usize| view.tokens[tokens[i]].text(text);
    let capital = |i: usize| view.tokens[tokens[i]].is_capitalized(text);
    let mut k = 0;
    let determiner = nominative_determiner(word(0));
    if determiner.is_some() {
        k += 1;
    } else if is_function_word(written(0)) || !capital(0) {
        return None;
    }
    let adjective = |i: usize| {
        !capital(i) && looks_like_adjective(written(i)) && !AUXILIARIES.contains(&word(i))
    };
    while k < tokens.len() && adjective(k) {
        k += 1;
    }
    if k >= tokens.len() || !capital(k) || is_function_word(written(k)) {
        return None;
    }
    let head = k;
    k += 1;
    // Capitalised words right after the head: a name (`Archäologin Montserrat Sanz`).
    let name_start = k;
    // A month or weekday is a time, no name (`Mitte Juli`, `Ende Mai`).
    while k < tokens.len()
        && k < name_start + 3
        && capital(k)
        && !is_function_word(written(k))
        && !super::words::is_calendar_noun(written(k))
    {
        k += 1;
    }
    let name_end = k;
    // A genitive complement: `die Moderatorin eines Lokalsenders`.
    let mut complement_end = k;
    if k < tokens.len() && matches!(word(k), "des" | "der" | "eines" | "einer") {
        let mut j = k + 1;
        while j < tokens.len() && adjective(j) {
            j += 1;
        }
        if j < tokens.len() && capital(j) && !is_function_word(written(j)) {
            complement_end = j + 1;
        }
    }
    // A prepositional attribute: `Die Fischer an der Küste`, `der Bürgermeister von Rom`.
    let mut attribute_end = complement_end;
    if whole && complement_end < tokens.len() {
        let mut j = complement_end;
        if matches!(
            word(j),
            "an" | "aus" | "in" | "im" | "von" | "vom" | "bei" | "beim" | "am"
        ) {
            j += 1;
            while j < tokens.len() && (is_determiner(word(j)) || adjective(j)) {
                j += 1;
            }
            // The attribute's noun, or a name of up to three words (`von Borussia
            // Dortmund`).
            let names = tokens.len().saturating_sub(j);
            if (1..=3).contains(&names)
                && (j..tokens.len()).all(|k| capital(k) && !is_function_word(written(k)))
            {
                attribute_end = tokens.len();
            }
        }
    }
    if whole && attribute_end < tokens.len() {
        return None;
    }
    let complement_end = attribute_end;
    let span = |a: usize, b: usize| {
        text[view.tokens[tokens[a]].start..view.tokens[tokens[b - 1]].end].to_string()
    };
    if name_end > name_start && determiner.is_some() && looks_like_adjective(word(head)) {
        // `Der Deutsche Wetterdienst`: a capitalised adjective opens a proper name.
        return Some(Entity::new(span(head, name_end), ActorKind::Organization));
    }
    if name_end > name_start
        && (is_institution_noun(lexicon, written(head))
            || (name_end == name_start + 1 && is_acronym(written(name_start))))
    {
        // An institution noun and its name (`die Umweltorganisation Grünpfad`), or an
        // acronym (`der Verband BVKJ`): the organisation.
        return Some(Entity::new(
            span(name_start, name_end),
            ActorKind::Organization,
        ));
    }
    if name_end > name_start {
        // A role noun and a name: the person.
        let role = span(0, head + 1);
        let mut entity = Entity::new(span(name_start, name_end), ActorKind::Person);
        entity.role = Some(role);
        entity.gender = determiner.unwrap_or(Gender::U);
        if determiner.is_none() && lexicon.given_name(written(head)).is_some() {
            // `Jean Asselborn`: a given name opens the name itself.
            entity.name = span(head, name_end);
            entity.role = None;
        }
        return Some(entity);
    }
    match determiner {
        // An acronym after the article is an organisation's name (`die IGDRB`, `der
        // VfGH`); a noun the lexicon's word classes call an institution names one (`die
        // Stadtverwaltung`): a named body, not an unnamed source.
        Some(_)
            if head == 1
                && complement_end == head + 1
                && (is_acronym(written(head)) || is_institution_noun(lexicon, written(head))) =>
        {
            let mut entity = Entity::new(written(head), ActorKind::Organization);
            entity.gender = Gender::F;
            entity.plural = plural;
            Some(entity)
        }
        Some(gender) => {
            let mut entity = Entity::new(span(1, complement_end), ActorKind::Anonymous);
            entity.role = Some(span(head, head + 1));
            entity.plural = plural;
            entity.gender = if plural { Gender::U } else { gender };
            Some(entity)
        }
        None => {
            // A bare capitalised word as subject of a singular verb is a name: common nouns
            // in the singular need a determiner. `BASF` is an organisation.
            if plural || head != 0 {
                return None;
            }
            let name = written(0);
            if name.chars().count() < 2 {
                return None;
            }
            let kind = if is_acronym(name) {
                ActorKind::Organization
            } else {
                ActorKind::Person
            };
            Some(Entity::new(name, kind))
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::Extractor;
    use crate::ingest::Article;

    fn actors(text: &str) -> Vec<(String, String)> {
        let article = Article::new("t", text).with_date("2024-05-02");
        Extractor::builtin()
            .extract(&article)
            .into_iter()
            .map(|s| (s.actor.name, s.actor.kind.to_string()))
            .collect()
    }

    #[test]
    fn the_grammar_subject_names_an_organisation_the_lexicon_does_not_know() {
        let found = actors("Über einen neuen Termin für das Turnier wird der Deutsche Seglerbund am Montag entscheiden.");
        assert!(
            found.contains(&("Deutsche Seglerbund".into(), "organization".into())),
            "{found:?}"
        );
        let found = actors(
            "Die Deutsche Gesellschaft für Bodenkunde (DGB) ist der Ansicht, dass das Gesetz zu streng sei.",
        );
        assert!(
            found
                .iter()
                .any(|(n, k)| n.starts_with("Deutsche Gesellschaft") && k == "organization"),
            "{found:?}"
        );
    }

    #[test]
    fn the_grammar_subject_names_a_person_by_two_proper_nouns() {
        let found = actors(
            "Während Bürgermeisterin Liv Ostergaard ankündigte, den Plan prüfen zu lassen, lehnte die Opposition ihn ab.",
        );
        assert!(
            found
                .iter()
                .any(|(n, k)| n == "Liv Ostergaard" && k == "person"),
            "{found:?}"
        );
    }

    #[test]
    fn a_bare_plural_noun_for_people_is_an_unnamed_source() {
        let found = actors("Augenzeugen berichteten von einem lauten Knall über dem Hafen.");
        assert_eq!(
            found,
            [("Augenzeugen".to_string(), "anonymous".to_string())]
        );
        // A share of a group is no source of its own.
        let found = actors("Viele Spanier befürchten, dass die Preise weiter steigen.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_acronym_after_the_article_is_an_organisation() {
        // `anbieten` is no verb of speech: an unnamed source would not count.
        let found =
            actors("Im Frühjahr hatte die KWVB den Gemeinden angeboten, die Leitungen zu prüfen.");
        assert_eq!(found, [("KWVB".to_string(), "organization".to_string())]);
    }

    #[test]
    fn people_who_assess_are_a_source_and_things_are_not() {
        let found = actors("Ökonomen halten einen weiteren Anstieg der Mieten für wahrscheinlich.");
        assert_eq!(found, [("Ökonomen".to_string(), "anonymous".to_string())]);
        let found = actors("Eine neue Berechnung beziffert den Schaden auf zwei Millionen Euro.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_common_noun_phrase_in_the_subject_slot_is_no_speaker_of_its_own() {
        let found =
            actors("Eine Forderung der Minister nach einer Waffenruhe lehnte das Kabinett ab.");
        assert!(
            found.iter().all(|(n, _)| !n.contains("Forderung")),
            "{found:?}"
        );
    }
}
