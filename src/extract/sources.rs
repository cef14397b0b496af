//! Source phrases: speakers named outside the subject slot of a cue — `laut X`,
//! `X zufolge`, `nach Angaben von X`, `nach Polizeiangaben`, `nach eigenen Angaben`,
//! `…, so X`, pronoun sources (`Ihnen zufolge`) and colon quotes (`Merkel: „…“`). Sources
//! the lexicon does not know are read in source_chunk.rs; `hieß es aus X` and `heißt es in
//! der Erklärung des X` in impersonal_sources.rs.

use super::entity::Resolved;
use super::entity::{ActorKind, Entity};
use super::source_chunk::generic_source_marker;
use super::source_nouns::{is_source_noun, source_noun_after, source_opener};
use super::view::SentenceView;
use crate::lexicon::Lexicon;
use crate::lexicon::WordClass;

/// The source a source phrase names as the speaker of its sentence: the subject of
/// `nach eigenen Angaben`, an actor the lexicon knows (`laut Merkel`, `nach Angaben der
/// Polizei`, `nach Ansicht von Beobachtern` — a role noun as much as a name: it speaks
/// like the subject of a speech verb, `Beobachter sagten`), else a source phrase naming
/// an actor the lexicon does not know, where that actor is no unnamed one of unknown
/// origin (`nach Angaben der Firma`), unless it closes a quotation after `so`.
pub(super) fn speaking_source(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
) -> Option<(Entity, String)> {
    let unknown = |e: &Entity| e.kind == ActorKind::Anonymous && e.country.is_none();
    // A role noun the lexicon knows, after a definite determiner: one the text picks out
    // (`nach Angaben des Polizeichefs`), not a vague one (`einem Diplomaten zufolge`,
    // `nach Ansicht westlicher Beobachter`).
    let definite_role = |e: &Entity| {
        view.mentions.iter().any(|m| {
            m.entity.same_as(e)
                && !view.layout.in_quote(m.first)
                && definite_before(view, text, m.first)
        })
    };
    match own_account_marker(lexicon, view, text) {
        Some(found) if !unknown(&found.0) => return Some(found),
        Some(_) => return None,
        None => {}
    }
    // A bare role noun in the nominative singular (`laut Polizeisprecher`) picks out
    // one person as a definite article does; a plural (`laut Augenzeugen`) does not.
    let bare_role = |e: &Entity| {
        e.role.is_some()
            && view.mentions.iter().any(|m| {
                let written = view.tokens[m.first].text(text);
                m.entity.same_as(e)
                    && m.first == m.last
                    && m.first > 0
                    && !view.layout.in_quote(m.first)
                    && matches!(view.word(m.first - 1), "laut" | "gemäß")
                    && lexicon.role_nominative(written, true).as_deref() == Some(written)
            })
    };
    match source_marker(lexicon, view, text) {
        Some(found) if !unknown(&found.0) || definite_role(&found.0) || bare_role(&found.0) => {
            return Some(found)
        }
        Some(_) => return None,
        None => {}
    }
    generic_source_marker(lexicon, view, text)
}

/// `Ihnen zufolge`, `seiner Ansicht nach`, `nach ihren Worten`, `gemäß seiner Aussage`:
/// a personal pronoun before `zufolge`, or a possessive before the noun of a source
/// phrase, refers to the last speaker where its gender and number fit (`ihm`, `sein-`,
/// `dessen`: one man or a masculine or neuter body; `ihr-`: a woman or feminine body or a
/// group; `ihnen`, `deren`: a group).
pub(super) fn pronoun_source(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    recent: Option<&Entity>,
) -> Option<(Entity, String)> {
    let recent = recent?;
    let n = view.tokens.len();
    for i in 0..n.saturating_sub(1) {
        if view.layout.in_quote(i) {
            continue;
        }
        let w = view.word(i);
        let next = view.word(i + 1);
        let marker = if next == "zufolge" && matches!(w, "ihm" | "ihr" | "ihnen") {
            "zufolge"
        } else if is_possessive(w) && is_source_noun(lexicon, view.tokens[i + 1].text(text)) {
            // The postposition closes the phrase before the clause goes on: `Seiner
            // Ansicht nach sind …`, not `seine Angaben nach Berlin`.
            let after = view.tokens.get(i + 2).map(|_| view.word(i + 2));
            let clause_goes_on = view.tokens.get(i + 3).is_none_or(|t| {
                let raw = t.text(text);
                !t.is_capitalized(text)
                    && !super::words::is_determiner(view.word(i + 3))
                    && !super::words::is_preposition(view.word(i + 3))
                    || !view.is_word(i + 3)
                    || raw == "„"
            });
            match after {
                Some("zufolge") => "zufolge",
                Some("nach") if clause_goes_on => "nach",
                _ => match source_opener(view, text, i + 1) {
                    Some(opener) => opener,
                    None => continue,
                },
            }
        } else {
            continue;
        };
        let masculine = !recent.plural && recent.gender != crate::lexicon::Gender::F;
        let feminine = recent.plural || recent.gender == crate::lexicon::Gender::F;
        let fits = match w {
            "ihm" | "dessen" => masculine,
            "ihnen" | "deren" => recent.plural || recent.kind == ActorKind::Group,
            _ if w.starts_with("sein") => masculine,
            _ => feminine,
        };
        if fits {
            let noun = view.tokens[i + 1].text(text);
            return Some((recent.clone(), format!("{marker} {noun}")));
        }
    }
    None
}

/// Whether `word` (lower case) is a possessive of the third person (`seiner`, `ihren`,
/// `dessen`).
fn is_possessive(word: &str) -> bool {
    matches!(word, "dessen" | "deren")
        || ["sein", "ihr"].iter().any(|stem| {
            word.strip_prefix(stem)
                .is_some_and(|rest| matches!(rest, "" | "e" | "er" | "em" | "en" | "es"))
        })
}

/// Whether the noun phrase whose noun (or name) is token `first` opens with a definite
/// article, a demonstrative or a possessive, adjectives aside (`des Polizeichefs`, `der
/// behandelnden Ärzte`).
fn definite_before(view: &SentenceView, text: &str, first: usize) -> bool {
    let mut k = first;
    while k > 0 && super::words::looks_like_adjective(view.tokens[k - 1].text(text)) {
        k -= 1;
    }
    k > 0 && {
        let w = view.word(k - 1);
        super::words::is_determiner(w)
            && !w.starts_with("ein")
            && !w.starts_with("kein")
            && !matches!(
                w,
                "mehrere" | "einige" | "viele" | "manche" | "zwei" | "drei" | "vier" | "fünf"
            )
    }
}

/// A source named by `laut X`, `X zufolge`, `nach Angaben von X`, `nach französischer
/// Vorstellung`.
pub(super) fn source_marker(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
) -> Option<(Entity, String)> {
    for m in &view.mentions {
        if view.layout.in_quote(m.first) || seat_of_body(lexicon, view, text, m) {
            continue;
        }
        // `…, so Außenminister Lawrow.`: a source after `so` closing the sentence.
        // A determiner may stand between (`…, so der italienische Ministerpräsident X`).
        let so_at = if m.first >= 1
            && super::words::is_determiner(view.word(m.first - 1))
            && !m.entity.name.starts_with(|c: char| c.is_lowercase())
        {
            m.first - 1
        } else {
            m.first
        };
        let after_so = so_at >= 2
            && view.word(so_at - 1) == "so"
            && matches!(
                view.tokens[so_at - 2].text(text),
                "," | "–" | "—" | "“" | "”" | "«"
            );
        // `…, so Guttenberg wörtlich.`, `– so Canny –`, `…, so X im Fernsehen.`: the
        // source phrase ends at a punctuation mark, only adverbs between, or where a
        // prepositional phrase (where or to whom it was said) begins.
        let closes = (m.last + 1..view.tokens.len())
            .find(|&i| {
                !matches!(
                    view.word(i),
                    "wörtlich" | "weiter" | "abschließend" | "zuletzt" | "damals" | "selbst"
                )
            })
            .is_none_or(|i| !view.is_word(i) || super::words::is_preposition(view.word(i)));
        // `Einer Meldung von Xinhua zufolge`: the postposition after the source phrase.
        let before_zufolge = m.last + 1 < view.tokens.len()
            && view.word(m.last + 1) == "zufolge"
            && !view.layout.in_quote(m.last + 1);
        if before_zufolge {
            return Some((named(view, m).clone(), "zufolge".into()));
        }
        if after_so && closes && m.preposition.is_none() {
            return Some((named(view, m).clone(), "so".into()));
        }
        match m.preposition.as_deref() {
            Some("laut") => return Some((named(view, m).clone(), "laut".into())),
            Some("zufolge") => return Some((named(view, m).clone(), "zufolge".into())),
            Some("nach")
                if m.last + 1 < view.tokens.len()
                    && lexicon
                        .word_classes
                        .contains(WordClass::Source, view.tokens[m.last + 1].text(text)) =>
            {
                return Some((
                    named(view, m).clone(),
                    format!("nach … {}", view.tokens[m.last + 1].text(text)),
                ));
            }
            _ => {}
        }
        // `nach Angaben von X` / `nach Angaben des X` / `nach Ansicht von X`, also with
        // a determiner or adjective before the noun (`nach den Worten des X`, `nach
        // ersten Angaben der X`, `laut einem Bericht des X`): the noun's genitive or
        // `von` attribute is the source.
        let from = m.first.saturating_sub(6);
        for i in from..m.first {
            let w = view.tokens[i].text(text);
            let attribute =
                (i + 1..m.first).all(|k| attribute_word(view, text, k) && !view.layout.in_quote(k));
            if attribute && is_source_noun(lexicon, w) {
                if let Some(opener) = source_opener(view, text, i) {
                    return Some((named(view, m).clone(), format!("{opener} {w}")));
                }
            }
        }
    }
    // `laut einem Artikel der „New York Times“`: the actor named inside a source phrase.
    for (first, last) in source_phrase_spans(lexicon, view, text) {
        let inside = view.mentions.iter().find(|m| {
            m.first >= first
                && m.last <= last
                && !m.anaphor
                && !seat_of_body(lexicon, view, text, m)
        });
        if let Some(m) = inside {
            let opener = view.word(first);
            let how = if opener == "nach" {
                format!("nach {}", view.tokens[first + 1].text(text))
            } else if view.word(last) == "zufolge" {
                "zufolge".to_string()
            } else {
                opener.to_string()
            };
            // `des Instituts von Athen`: the body is of its seat's country.
            let mut entity = m.entity.clone();
            if entity.country.is_none() {
                entity.country = view
                    .mentions
                    .iter()
                    .find(|p| {
                        p.first > m.last && p.last <= last && seat_of_body(lexicon, view, text, p)
                    })
                    .and_then(|p| p.entity.country.clone());
            }
            return Some((entity, how));
        }
    }
    None
}

/// Whether mention `m` is a place after `von`, `in` or `aus` that is the attribute of an
/// institution noun right before (`Angaben des seismologischen Instituts von Athen
/// zufolge`, `nach Angaben der Universität in Madrid`): the body's seat, not the source.
fn seat_of_body(lexicon: &Lexicon, view: &SentenceView, text: &str, m: &Resolved) -> bool {
    if m.entity.kind != ActorKind::State
        || !matches!(
            m.preposition.as_deref(),
            Some("von" | "vom" | "in" | "im" | "aus")
        )
    {
        return false;
    }
    // The preposition, with an article between (`in der Hauptstadt`, `aus dem Iran`).
    let Some(mut at) = m.first.checked_sub(1) else {
        return false;
    };
    if super::words::is_determiner(view.word(at)) {
        let Some(before) = at.checked_sub(1) else {
            return false;
        };
        at = before;
    }
    let Some(noun) = at.checked_sub(1) else {
        return false;
    };
    let written = view.tokens[noun].text(text);
    view.tokens[noun].is_capitalized(text)
        && !is_source_noun(lexicon, written)
        && (super::mentions::is_institution_noun(lexicon, written)
            || view
                .mentions
                .iter()
                .any(|n| n.last == noun && !n.anaphor && n.entity.kind == ActorKind::Organization))
}

/// The actor a mention names, or where it is an unnamed role right before a name
/// (`laut Wettbewerbskommissarin X`, `nach Angaben des Sprechers X`), the name's.
fn named<'v>(view: &'v SentenceView, m: &'v Resolved) -> &'v Entity {
    if m.entity.kind != ActorKind::Anonymous {
        return &m.entity;
    }
    // `laut einer Sprecherin der Staatsanwaltschaft`: the body whose role it is speaks.
    let body = || {
        view.mentions.iter().find(|n| {
            n.genitive
                && n.first == m.last + 2
                && !n.anaphor
                && matches!(n.entity.kind, ActorKind::Organization | ActorKind::State)
                && matches!(view.word(m.last + 1), "des" | "der" | "eines" | "einer")
        })
    };
    view.mentions
        .iter()
        .find(|n| n.first == m.last + 1 && !n.anaphor && n.entity.kind == ActorKind::Person)
        .or_else(body)
        .map_or(&m.entity, |n| &n.entity)
}

/// Whether token `k` may stand inside a noun phrase's attribute: a determiner, an
/// adjective, a genitive or `von` link, a noun or name, a quotation mark around a title.
fn attribute_word(view: &SentenceView, text: &str, k: usize) -> bool {
    let raw = view.tokens[k].text(text);
    let w = view.word(k);
    super::words::is_determiner(w)
        || super::words::looks_like_adjective(raw)
        || matches!(w, "von" | "vom")
        || matches!(raw, "„" | "“" | "”" | "»" | "«" | "\"")
        || (view.tokens[k].is_capitalized(text) && !super::words::is_function_word(raw))
}

/// `nach eigenen Angaben`, `eigener Aussage zufolge`, `nach eigenem Bekunden`: the
/// possessive `eigen` points to the subject of its clause, who is the source of what the
/// clause reports. Returns that subject (the grammar's, else the first mention that can
/// be a subject in the clause) and the source phrase as the marker.
pub(super) fn own_account_marker(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
) -> Option<(Entity, String)> {
    let n = view.tokens.len();
    let at = (0..n).find(|&i| {
        // The word first, the look-up of the noun after it only where it is `eigen-`.
        let source_after = || {
            i + 1 < n
                && lexicon
                    .word_classes
                    .contains(WordClass::Source, view.tokens[i + 1].text(text))
        };
        matches!(view.word(i), "eigenen" | "eigener" | "eigenem")
            && !view.layout.in_quote(i)
            && source_after()
            && ((i > 0 && view.word(i - 1) == "nach")
                || (i + 2 < n && view.word(i + 2) == "zufolge"))
    })?;
    let (first, last) = view.layout.clause_range(at);
    let phrase = if at > 0 && view.word(at - 1) == "nach" {
        (at - 1, at + 1)
    } else {
        (at, at + 2)
    };
    let outside = |m: &Resolved| m.last < phrase.0 || m.first > phrase.1;
    let grammar = view.grammar_at(text, at).and_then(|w| {
        w.subjects(at, &view.mentions)
            .into_iter()
            .map(|s| s.mention)
            .find(|m| !view.layout.in_quote(m.first) && outside(m) && !w.in_object(m))
            .map(|m| m.entity.clone())
            .or_else(|| {
                // A subject phrase no mention covers (`Die Firma X will nach eigenen
                // Angaben …`): the speaker it names.
                let (start, end, _) = w.subject_phrase(at)?;
                let words: Vec<usize> = (start..end)
                    .filter(|&k| view.is_word(k) && !view.layout.in_quote(k))
                    .collect();
                super::chunk::phrase_speaker(lexicon, view, text, &words)
            })
    });
    let subject = grammar.or_else(|| {
        view.subjects_in(first, last)
            .find(|m| outside(m))
            .map(|m| m.entity.clone())
    })?;
    let words: Vec<&str> = (phrase.0..=phrase.1)
        .map(|k| view.tokens[k].text(text))
        .collect();
    Some((subject, words.join(" ")))
}

/// The token ranges of source phrases (`laut dem Bericht des Magazins „Der Spiegel“`,
/// `nach Angaben der Polizei`, `den Behörden in Dresden zufolge`): the actors named inside
/// are sources or channels, never the subject of the clause around them.
pub(super) fn source_phrase_spans(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
) -> Vec<(usize, usize)> {
    let n = view.tokens.len();
    // A word that continues a noun phrase: determiner, adjective, noun or name, a
    // genitive or `von` link, a title in quotation marks.
    let inside = |i: usize| {
        let raw = view.tokens[i].text(text);
        let w = view.word(i);
        super::words::is_determiner(w)
            || super::words::looks_like_adjective(raw)
            || matches!(w, "von" | "vom")
            || matches!(raw, "„" | "“" | "”" | "»" | "«" | "\"")
            || (view.tokens[i].is_capitalized(text) && !super::words::is_function_word(raw))
    };
    let mut spans = Vec::new();
    for i in 0..n {
        if view.layout.in_quote(i) {
            continue;
        }
        let w = view.word(i);
        let opens = match w {
            "laut" | "gemäß" => true,
            "nach" => source_noun_after(lexicon, view, text, i).is_some(),
            _ => false,
        };
        if opens {
            let mut end = i + 1;
            while end < n && end < i + 12 && inside(end) {
                end += 1;
            }
            if end > i + 1 {
                spans.push((i, end - 1));
            }
        } else if w == "zufolge" {
            // Back over the noun phrase, and a place after `in` (`den Behörden in
            // Dresden zufolge`).
            let mut s = i;
            while s > 0 && i - s < 10 {
                let p = view.word(s - 1);
                let place_link =
                    matches!(p, "in" | "im" | "aus") && view.tokens[s].is_capitalized(text);
                if inside(s - 1) || place_link {
                    s -= 1;
                } else {
                    break;
                }
            }
            if s < i {
                spans.push((s, i));
            }
        }
    }
    spans
}

/// A byte range.
type Span = (usize, usize);

/// `X wird von der Agentur Y mit den Worten zitiert, …`: the one quoted is the subject
/// of the passive, not its agent (the outlet). Returns the speaker, the byte range of
/// what follows the participle, and the quotation there.
pub(super) fn quoted_passive(view: &SentenceView) -> Option<(Entity, Span, Option<Span>)> {
    let z =
        (0..view.tokens.len()).find(|&i| !view.layout.in_quote(i) && view.word(i) == "zitiert")?;
    let (first, _) = view.layout.clause_range(z);
    let auxiliary =
        (first..z).find(|&i| matches!(view.word(i), "wird" | "wurde" | "werden" | "wurden"))?;
    let speaker = view.mentions.iter().find(|m| {
        m.last < auxiliary
            && m.preposition.is_none()
            && !m.genitive
            && !m.oblique
            && !view.layout.in_quote(m.first)
    })?;
    let from = (z + 1..view.tokens.len()).find(|&i| view.is_word(i))?;
    let range = (view.tokens[from].start, view.sentence.end);
    let quote = view
        .layout
        .quotes
        .iter()
        .find(|q| q.start >= range.0)
        .map(|q| (q.start, q.end.min(view.sentence.end)));
    Some((speaker.entity.clone(), range, quote))
}

#[cfg(test)]
mod tests {
    use crate::extract::actor_names as actors;

    #[test]
    fn a_von_attribute_before_a_colon_names_the_author_of_the_quotation() {
        let found = actors("Zitat von Maria Kessler: „Wir haben das Ziel erreicht.“");
        assert_eq!(found, ["Maria Kessler"]);
        // A verb cue before the colon leaves the speaker to the subject.
        let found = actors(
            "Den Ärger der Partei brachte die Abgeordnete Maria Kessler zum Ausdruck: \
             „Wir haben das Ziel verfehlt.“",
        );
        assert!(found.iter().all(|a| a == "Maria Kessler"), "{found:?}");
    }

    #[test]
    fn a_city_after_an_institution_in_a_source_phrase_is_its_seat() {
        let text = "Angaben des meteorologischen Instituts von Lissabon zufolge erreichte \
                    der Sturm am Abend die Küste.";
        let article = crate::ingest::Article::new("t", text).with_date("2024-05-02");
        let found = crate::extract::Extractor::builtin().extract(&article);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].actor.name.starts_with("Institut"), "{found:?}");
        assert_eq!(found[0].country.as_deref(), Some("PRT"));
        // The body the city names the seat of speaks, not the city's state.
        let found = actors("Nach Angaben der Universität in Madrid sind viele Studenten erkrankt.");
        assert_eq!(found, ["Universität"]);
    }

    #[test]
    fn a_report_of_a_named_body_names_its_source() {
        // A channel noun after a determiner with a genitive: that body's report.
        let found = actors(
            "Nach einem Bericht des Bayerischen Fernsehens sollen die Preise weiter steigen.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("Fernsehens"), "{found:?}");
        // A definite noun phrase after `laut` picks out one source.
        let found = actors("Laut der Nordsee Zeitung steigen die Mieten in Bremen weiter.");
        assert!(found.iter().any(|a| a.contains("Zeitung")), "{found:?}");
        // A `wie` clause with a speech verb names the source of the whole sentence, a
        // source phrase inside what it reports does not take its place.
        let found = actors(
            "Wie die Zeitung „Nordkurier“ berichtete, soll laut der neuen Studie nur jeder \
             zweite Student mit seinem Studium zufrieden sein.",
        );
        assert!(
            !found.is_empty() && found.iter().all(|a| a == "Zeitung"),
            "{found:?}"
        );
        // A document or a rule is no speaker.
        let found = actors("Laut der neuen Liste sind die Mieten in Bremen am höchsten.");
        assert!(found.is_empty(), "{found:?}");
        let found = actors("Gemäß der Richtlinie müssen die Schulen um acht Uhr öffnen.");
        assert!(found.is_empty(), "{found:?}");
        // Reports in the bare plural are no one's in particular.
        let found = actors("Nach Berichten der örtlichen Presse ist er der Anführer der Bande.");
        assert!(found.is_empty(), "{found:?}");
    }
}
