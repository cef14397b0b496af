//! What binds noun phrases to each other across separators: coordination (`Frankreich,
//! Spanien und die Niederlande`) and apposition (`der Oppositionsführer, John Miller,`).
//! [`super::phrases::chunk`] calls these after it has found the phrases.

use super::phrases::{is_boundary, Attachment, Chunks};
use super::token::{Number, Upos, VerbForm, Word};

fn is_finite(w: &Word) -> bool {
    matches!(w.upos, Upos::Verb | Upos::Aux)
        && (w.feats.mood.is_some() || w.feats.verb_form == Some(VerbForm::Fin))
}

/// The first finite verb between the last clause boundary before `pos` and `pos`.
fn finite_before(words: &[Word], forms: &[&str], chunks: &Chunks, pos: usize) -> bool {
    (0..pos)
        .rev()
        .take_while(|&k| !is_boundary(forms[k]) || chunks.joins_phrases[k])
        .any(|k| chunks.phrase_of[k].is_none() && is_finite(&words[k]))
}

/// Coordinated phrases: `A, B und C`. The separators must be commas and one final
/// conjunction; the cases must agree; `und` before a phrase and a finite verb joins
/// clauses instead when the first clause already has its finite verb.
pub(super) fn coordinations(chunks: &mut Chunks, words: &[Word], forms: &[&str]) {
    let n = chunks.phrases.len();
    let mut p = 0;
    while p < n {
        if chunks.phrases[p].attachment != Attachment::Free {
            p += 1;
            continue;
        }
        let mut members = vec![p];
        let mut seps = Vec::new();
        let mut last_was_conj = false;
        let mut q = p + 1;
        while q < n {
            // Skip attributes of the previous member.
            if matches!(
                chunks.phrases[q].attachment,
                Attachment::Genitive(_) | Attachment::Inner(_)
            ) {
                q += 1;
                continue;
            }
            let cur = &chunks.phrases[q];
            let from = attr_end(chunks, *members.last().unwrap(), q);
            let to = cur.prep.unwrap_or(cur.start);
            let sep = if to == from + 1 && forms[from] == "," {
                Some((from, false))
            } else if to == from + 1
                && words[from].upos == Upos::Cconj
                && !opens_correlative(forms[from])
            {
                Some((from, true))
            } else if to == from + 2 && is_two_word_conjunction(forms[from], forms[from + 1]) {
                // `sowohl X als auch Y`, `nicht nur X, sondern auch Y`.
                Some((from, true))
            } else {
                None
            };
            let Some((k, is_conj)) = sep else { break };
            let first = &chunks.phrases[p];
            let same_prep = match (first.prep, cur.prep) {
                (None, None) => true,
                (Some(_), None) => is_conj || !last_was_conj,
                (Some(a), Some(b)) => forms[a].eq_ignore_ascii_case(forms[b]),
                (None, Some(_)) => false,
            };
            // Case is not checked: a tagger's single guess is too often wrong to veto.
            if !same_prep
                || words[cur.head].upos == Upos::Pron && words[first.head].upos != Upos::Pron
            {
                break;
            }
            if is_conj
                && words.get(cur.end).is_some_and(is_finite)
                && finite_before(words, forms, chunks, k)
            {
                break; // `… sah Peter und Maria kam`: two clauses
            }
            members.push(q);
            seps.push((k, is_conj));
            last_was_conj = is_conj;
            q += 1;
            if is_conj {
                break;
            }
        }
        // A list ends in a conjunction; commas alone do not coordinate.
        while seps.last().is_some_and(|&(_, c)| !c) {
            seps.pop();
            members.pop();
        }
        if members.len() > 1 {
            let first = members[0];
            for &m in &members[1..] {
                chunks.phrases[m].attachment = Attachment::Conj(first);
            }
            chunks.phrases[first].coordinated = true;
            chunks.phrases[first].number = Some(Number::Plur);
            for (k, _) in seps {
                chunks.joins_phrases[k] = true;
                if k + 1 < forms.len() && is_two_word_conjunction(forms[k], forms[k + 1]) {
                    chunks.joins_phrases[k + 1] = true;
                }
            }
            p = *members.last().unwrap() + 1;
        } else {
            p += 1;
        }
    }
}

/// The first part of a correlative conjunction (`sowohl … als auch`, `weder … noch`,
/// `entweder … oder`): it opens the first conjunct and joins nothing before it.
fn opens_correlative(form: &str) -> bool {
    matches!(
        form,
        "sowohl" | "Sowohl" | "weder" | "Weder" | "entweder" | "Entweder"
    )
}

/// The second part of a correlative conjunction, two words: `(sowohl …) als auch`,
/// `(nicht nur …) sondern auch`.
fn is_two_word_conjunction(first: &str, second: &str) -> bool {
    matches!(first, "als" | "sondern") && second == "auch"
}

/// Where the attributes (genitives, inner phrases, following prepositional phrases)
/// of phrase `p` end, looking no further than phrase `until`.
fn attr_end(chunks: &Chunks, p: usize, until: usize) -> usize {
    let mut end = chunks.phrases[p].end;
    for q in p + 1..until {
        let ph = &chunks.phrases[q];
        if matches!(
            ph.attachment,
            Attachment::Genitive(_) | Attachment::Inner(_)
        ) && ph.start <= end
        {
            end = end.max(ph.end);
        }
    }
    end
}

/// `Der Oppositionsführer im Unterhaus, John Miller, warf …`: a phrase between commas
/// (or before the sentence's end) after a phrase with its attributes, agreeing in case.
pub(super) fn appositions(chunks: &mut Chunks, words: &[Word], forms: &[&str]) {
    let n = chunks.phrases.len();
    for p in 0..n {
        let anchor = &chunks.phrases[p];
        if anchor.attachment != Attachment::Free || words[anchor.head].upos == Upos::Pron {
            continue;
        }
        // The anchor with its attributes: genitives and prepositional phrases right after.
        let mut end = anchor.end;
        let mut q = p + 1;
        while q < n {
            let ph = &chunks.phrases[q];
            let attached = matches!(
                ph.attachment,
                Attachment::Genitive(_) | Attachment::Inner(_)
            ) || (ph.prep.is_some()
                && ph.prep == Some(end)
                && ph.attachment == Attachment::Free);
            if ph.start.min(ph.prep.unwrap_or(ph.start)) == end && attached || (ph.start < end) {
                end = end.max(ph.end);
                q += 1;
            } else {
                break;
            }
        }
        if q >= n || end >= words.len() || forms[end] != "," {
            continue;
        }
        let cand = &chunks.phrases[q];
        if cand.start != end + 1 || cand.prep.is_some() || cand.attachment != Attachment::Free {
            continue;
        }
        if words[cand.head].upos == Upos::Pron || anchor.case.intersect(cand.case).is_empty() {
            continue;
        }
        // The apposition ends at a comma, a closing mark or the sentence's end (after its
        // own attributes); a conjunction after it makes a list, not an apposition.
        let mut cend = cand.end;
        let mut r = q + 1;
        while r < n
            && matches!(chunks.phrases[r].attachment, Attachment::Genitive(_))
            && chunks.phrases[r].start == cend
        {
            cend = chunks.phrases[r].end;
            r += 1;
        }
        let closes = cend == words.len()
            || matches!(
                forms[cend],
                "," | "." | "!" | "?" | ";" | ":" | ")" | "“" | "”" | "\""
            );
        if !closes {
            continue;
        }
        let is_name = words[cand.head].upos == Upos::Propn || cand.name.is_some();
        if !(is_name || cend < words.len() && forms[cend] == ",") {
            continue;
        }
        if cend < words.len() && forms[cend] == "," {
            // `A, B, C und D` is a list: no apposition when the next phrase ends in `und`.
            let next = (r..n).find(|&s| chunks.phrases[s].start > cend);
            if let Some(s) = next {
                let ns = &chunks.phrases[s];
                if ns.start == cend + 1 && words.get(ns.end).is_some_and(|w| w.upos == Upos::Cconj)
                {
                    continue;
                }
            }
            chunks.joins_phrases[cend] = true;
        }
        chunks.joins_phrases[end] = true;
        chunks.phrases[q].attachment = Attachment::Appos(p);
    }
}
