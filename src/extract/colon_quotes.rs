//! Colon quotes: `Merkel: „Wir schaffen das.“` — a quotation introduced by a colon after
//! its speaker — and `Zitat von X: „…“`, where a bare noun before the colon names the
//! author in its `von` or genitive attribute.

use super::entity::{Entity, Resolved};
use super::view::SentenceView;
use crate::lexicon::{CuePos, Lexicon};

/// `Merkel: „Wir schaffen das.“`: a quotation introduced by a colon right after a
/// speaker, with no verb between them. Returns the speaker and the quotation's index.
pub(super) fn colon_quote(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
) -> Option<(Entity, usize)> {
    for (i, token) in view.tokens.iter().enumerate() {
        if token.text(text) != ":" || view.layout.in_quote(i) {
            continue;
        }
        let q = view
            .layout
            .quotes
            .iter()
            .position(|q| q.open >= token.end && text[token.end..q.open].trim().is_empty())?;
        // The speaker ends right before the colon, a party in parentheses or `wörtlich`
        // aside (`Ministerpräsident Günther Oettinger (CDU):`, `Koppelin wörtlich:`).
        let mut end = i;
        if end >= 3
            && view.tokens[end - 1].text(text) == ")"
            && view.tokens[end - 3].text(text) == "("
        {
            end -= 3;
        }
        while end > 0 && matches!(view.word(end - 1), "wörtlich" | "dazu") {
            end -= 1;
        }
        let known = view.mentions.iter().find(|m| {
            m.last + 1 == end
                && ((m.preposition.is_none() && !m.genitive && !m.oblique)
                    || author_of_bare_noun(view, text, m))
        });
        // A verb cue between clause start and colon makes it an ordinary cue (`sagte
        // X:`, `brachte … zum Ausdruck:`); a noun of speech does not (`Zitat von X:`).
        let verb_before = |first: usize, until: usize| {
            view.cues.iter().any(|c| {
                c.first >= first && c.first < until && lexicon.cues[c.cue].pos != CuePos::Noun
            })
        };
        let Some(speaker) = known else {
            // A speaker the lexicon does not know: the whole clause before the colon.
            let (first, _) = view.layout.clause_range(end.saturating_sub(1));
            if verb_before(first, end) {
                return None;
            }
            let words: Vec<usize> = (first..end).filter(|&k| view.is_word(k)).collect();
            return super::chunk::phrase_speaker(lexicon, view, text, &words).map(|e| (e, q));
        };
        let (first, _) = view.layout.clause_range(speaker.first);
        if verb_before(first, speaker.first) {
            return None;
        }
        return Some((speaker.entity.clone(), q));
    }
    None
}

/// `Zitat von X:`, `Die Antwort des Ministers:`: a mention in the `von` or genitive
/// attribute of a bare noun phrase (determiner, adjectives, one noun) that is all the
/// clause before it holds; the attribute names the noun's author.
fn author_of_bare_noun(view: &SentenceView, text: &str, m: &Resolved) -> bool {
    let link = match m.preposition.as_deref() {
        Some("von") | Some("vom") => true,
        None => m.genitive,
        _ => false,
    };
    if !link || m.oblique {
        return false;
    }
    let (first, _) = view.layout.clause_range(m.first);
    let mut words: Vec<usize> = (first..m.first).filter(|&k| view.is_word(k)).collect();
    // The link: `von`, `vom`, `von der`, `des`, `der`.
    while let Some(&k) = words.last() {
        let w = view.word(k);
        if matches!(w, "von" | "vom") || super::words::is_determiner(w) {
            words.pop();
            if matches!(w, "von" | "vom") {
                break;
            }
        } else {
            break;
        }
    }
    let Some((&noun, before)) = words.split_last() else {
        return false;
    };
    let raw = view.tokens[noun].text(text);
    let is_noun = view.tokens[noun].is_capitalized(text)
        && !super::words::is_function_word(raw)
        && !view.layout.in_quote(noun)
        && !view
            .mentions
            .iter()
            .any(|o| o.first <= noun && noun <= o.last);
    let attributes = before.iter().enumerate().all(|(j, &k)| {
        (j == 0 && super::words::is_determiner(view.word(k)))
            || super::words::looks_like_adjective(view.tokens[k].text(text))
    });
    is_noun && attributes
}
