//! Impersonal reports whose source stands in a prepositional phrase: `hieß es aus X`,
//! `In einer Erklärung der X heißt es` (`hatte es geheißen`), `Aus EU-Kreisen verlautete`,
//! `In der Erklärung der X wird … gefordert`.

use super::cues::CueHit;
use super::entity::{ActorKind, Entity, Resolved};
use super::source_chunk::chunk_source;
use super::view::SentenceView;
use crate::lexicon::{Lexicon, WordClass};

/// `hieß es aus X` / `In X hieß es`: the mention after `aus`/`in`/`von` near `hieß es`.
pub(super) fn heisst_es_source(view: &SentenceView, hit: &CueHit) -> Option<Entity> {
    let next_is_es = hit.last + 1 < view.tokens.len() && view.word(hit.last + 1) == "es";
    let prev_is_es = hit.first > 0 && view.word(hit.first - 1) == "es";
    if !(next_is_es || prev_is_es) {
        return None;
    }
    let distance = |m: &Resolved| (m.first as isize - hit.first as isize).unsigned_abs();
    view.mentions
        .iter()
        .filter(|m| {
            // `hieß es aus X`, `in X hieß es`; `vom`/`von` only right after `hieß es`.
            let near = m.first > hit.last && m.first <= hit.last + 3;
            matches!(
                m.preposition.as_deref(),
                Some("aus") | Some("in") | Some("im")
            ) || (near
                && matches!(
                    m.preposition.as_deref(),
                    Some("von") | Some("vom") | Some("seitens")
                ))
        })
        .filter(|m| !view.layout.in_quote(m.first) && distance(m) <= 8)
        .min_by_key(|m| distance(m))
        .map(|m| m.entity.clone())
}

/// `In der Pressemitteilung des WWF heißt es`, `Bei der Agentur RIA hieß es`: the
/// document or body named by the phrase after `in`/`bei`/`aus` next to `hieß es`, when
/// the lexicon does not know it.
pub(super) fn heisst_es_phrase(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
) -> Option<Entity> {
    let (first, last) = view.layout.clause_range(hit.first);
    // The finite verb anchors the window: the auxiliary before `es` where the cue is the
    // participle (`In der Erklärung der X hatte es geheißen`).
    let anchor =
        if participle(view.word(hit.first)) && hit.first >= 2 && view.word(hit.first - 1) == "es" {
            hit.first - 2
        } else {
            hit.first
        };
    let near = anchor.saturating_sub(8).max(first)..=(hit.last + 4).min(last);
    near.filter(|&i| !view.layout.in_quote(i))
        .find(|&i| matches!(view.word(i), "in" | "im" | "bei" | "beim" | "aus"))
        .and_then(|i| {
            channel_attribute(lexicon, view, text, i + 1)
                .or_else(|| chunk_source(lexicon, view, text, i + 1))
        })
}

/// `In der Erklärung der X wird … gefordert`, `Im Bericht der X werden … bemängelt`: a
/// passive without an agent phrase names its author in the genitive attribute of a
/// document in an `in` phrase of its clause.
pub(super) fn document_author(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
) -> Option<Entity> {
    let (first, last) = view.layout.clause_range(hit.first);
    (first..=last.min(view.tokens.len().saturating_sub(2)))
        .filter(|&i| !view.layout.in_quote(i) && matches!(view.word(i), "in" | "im"))
        .find_map(|i| channel_attribute(lexicon, view, text, i + 1))
}

/// The actor the lexicon knows in the genitive attribute of a channel noun phrase starting
/// at token `k` (`einer Erklärung der Vereinten Nationen`): the author of the document.
fn channel_attribute(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    k: usize,
) -> Option<Entity> {
    let mention = view
        .mentions
        .iter()
        .find(|m| m.first >= k && m.first <= k + 5)?;
    let mut channel = false;
    for i in k..mention.first {
        let raw = view.tokens[i].text(text);
        if lexicon.word_classes.contains(WordClass::Channel, raw) {
            channel = true;
        } else if !(super::words::is_determiner(view.word(i))
            || super::words::looks_like_adjective(raw))
        {
            return None;
        }
    }
    (channel && mention.genitive).then(|| mention.entity.clone())
}

/// Whether the cue is `hieß es`/`heißt es`.
pub(super) fn is_heisst_es(view: &SentenceView, hit: &CueHit) -> bool {
    let next_is_es = hit.last + 1 < view.tokens.len() && view.word(hit.last + 1) == "es";
    let prev_is_es = hit.first > 0 && view.word(hit.first - 1) == "es";
    // `heißt es`, `hieß es`; not `halten es für …`.
    let w = view.word(hit.first);
    (next_is_es || prev_is_es) && (w.starts_with("hei") || w.starts_with("hie") || participle(w))
}

/// `geheißen`: the participle of `heißen` (`hatte es geheißen`, `es hat geheißen`).
fn participle(word: &str) -> bool {
    word.starts_with("gehei")
}

/// `Aus EU-Kreisen verlautete, …`, `aus dem Ministerium verlautete …`: a speech verb
/// without a subject of its own names its source in an `aus` phrase of its clause.
pub(super) fn aus_source(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
) -> Option<Entity> {
    let (first, last) = view.layout.clause_range(hit.first);
    let near = |i: usize| i >= first && i <= last && i + 6 >= hit.first && i <= hit.last + 3;
    if let Some(m) = view.mentions.iter().find(|m| {
        m.preposition.as_deref() == Some("aus") && near(m.first) && !view.layout.in_quote(m.first)
    }) {
        return Some(m.entity.clone());
    }
    let aus = (first..=last)
        .filter(|&i| near(i) && !view.layout.in_quote(i))
        .find(|&i| view.word(i) == "aus" && i + 1 < view.tokens.len())?;
    let mut source = chunk_source(lexicon, view, text, aus + 1)?;
    // `aus EU-Kreisen`: circles of a body the lexicon knows speak for it.
    if source.country.is_none() {
        source.country = lexicon.speaks_for(&source.name);
    }
    // A named source only: `aus diesem Grund` names none.
    (source.kind != ActorKind::Anonymous || source.country.is_some()).then_some(source)
}

#[cfg(test)]
mod tests {
    use crate::extract::Extractor;
    use crate::ingest::Article;

    #[test]
    fn a_passive_without_agent_is_the_document_authors() {
        let text = "In der Erklärung der Bundesregierung wird ein sofortiger Waffenstillstand \
                    gefordert.";
        let article = Article::new("t", text).with_date("2024-05-02");
        let found = Extractor::builtin().extract(&article);
        let names: Vec<&str> = found.iter().map(|s| s.actor.name.as_str()).collect();
        assert_eq!(names, ["Bundesregierung"]);
        // A document without an author the lexicon knows names no one.
        let text = "In der Erklärung wird ein sofortiger Waffenstillstand gefordert.";
        let article = Article::new("t", text).with_date("2024-05-02");
        assert!(Extractor::builtin().extract(&article).is_empty());
    }

    #[test]
    fn the_participle_geheissen_is_the_impersonal_report_of_the_document_author() {
        let text = "In einer Erklärung der Bundesregierung vom Dienstag hatte es geheißen: \
                    „Es gibt keine militärische Lösung.“";
        let article = Article::new("t", text).with_date("2024-05-02");
        let found = Extractor::builtin().extract(&article);
        assert!(
            found.iter().any(|s| s.actor.name == "Bundesregierung"),
            "{:?}",
            found.iter().map(|s| &s.actor.name).collect::<Vec<_>>()
        );
    }
}
