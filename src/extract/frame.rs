//! The form of a cue and whether its frame is met: participle, passive, Konjunktiv I,
//! verb-final order, zu-infinitive, and what the lexicon frame asks for (`es`, a
//! reflexive pronoun, content, `als`).

use super::cues::CueHit;
use super::view::SentenceView;
use super::words::{is_determiner, is_preposition, AUXILIARIES, PASSIVE_AUXILIARIES};
use crate::lexicon::{Cue, CuePos, Lexicon, Predicate, WordClass};
use crate::text::fold_same_length;

/// Whether a cue form is a participle (`kritisiert`, `zurückgewiesen`, `geäußert`).
pub(super) fn looks_like_participle(form: &str) -> bool {
    form.ends_with('t') || (form.contains("ge") && form.ends_with("en"))
}

/// Whether the verb at `hit` has what its lexicon frame asks for: the expletive `es`
/// (`es`: `hieß es`), a reflexive pronoun
/// (`sich`: `sprach sich für … aus`), `als` or content (`als`: `bezeichnete X als Y`),
/// content (`clause`: `findet, dass …`, not `fand das Versteck`).
pub(super) fn frame_met(view: &SentenceView, text: &str, hit: &CueHit, cue: &Cue) -> bool {
    if is_noun_cue(cue) {
        return true;
    }
    let (first, last) = view.layout.clause_range(hit.first);
    let outside = |i: usize| !view.layout.in_quote(i);
    if cue.needs_es {
        let es = |i: usize| view.word(i) == "es";
        let next = hit.last + 1 < view.tokens.len() && es(hit.last + 1);
        let before = hit.first > 0 && es(hit.first - 1);
        if !(next || before) {
            return false;
        }
    }
    if cue.reflexive {
        let reflexive = (first..=last)
            .filter(|&i| outside(i))
            .any(|i| matches!(view.word(i), "sich" | "mich" | "dich" | "uns" | "euch"));
        if !reflexive {
            return false;
        }
    }
    if cue.not_reflexive
        && (first..=last)
            .filter(|&i| outside(i))
            .any(|i| view.word(i) == "sich")
    {
        return false;
    }
    if cue.needs_content || cue.als {
        let n = view.tokens.len();
        let content = !view.layout.quotes.is_empty()
            || (0..n).any(|i| outside(i) && view.subjunctive[i] && !(hit.first..=hit.last).contains(&i))
            || (hit.last + 1..n).any(|i| {
                outside(i) && matches!(view.word(i), "dass" | "ob" | ":")
            })
            // A zu-infinitive clause: `hofft, die Frau halten zu können`.
            || (hit.last + 1..n).any(|i| {
                outside(i)
                    && view.tokens[i].text(text) == ","
                    && (i + 1..n.min(i + 15)).any(|j| view.word(j) == "zu")
            });
        let als = cue.als
            && (first..=last.max(hit.last + 12).min(n - 1))
                .any(|i| outside(i) && view.word(i) == "als");
        if !(content || als) {
            return false;
        }
    }
    true
}

/// Whether the cue at `hit` is a move of a game or contest, or an act of a personal
/// occasion: an act (`announce`, `reject`, `commit`, `praise`, `meet`) whose clause has a
/// subject or accusative object headed by an `event_head` noun (`verwarf einen
/// Siebenmeter`, `verhängte einen Strafstoß`, `feierte den Heimsieg`, `hat das Derby für
/// sich entschieden`). Speech and judgements about a game stay statements (`kritisierte den
/// Elfmeter`), and so does support (`begrüßte den Wahlsieg`).
pub(super) fn game_move(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    predicate: Predicate,
) -> bool {
    use Predicate::*;
    if !matches!(predicate, Announce | Reject | Commit | Praise | Meet) {
        return false;
    }
    let Some(grammar) = view.grammar_at(text, hit.first) else {
        return false;
    };
    let (first, last) = view.layout.clause_range(hit.first);
    // A noun right after a preposition (`zum 200. Geburtstag`) is an adverbial's,
    // whatever the analysis made of it.
    let event = |h: usize| {
        h < view.tokens.len()
            && !(hit.first..=hit.last).contains(&h)
            && view.tokens[h].is_capitalized(text)
            && lexicon
                .word_classes
                .has_head(WordClass::EventHead, view.tokens[h].text(text))
            && !(h.saturating_sub(3).max(first)..h).any(|j| is_preposition(view.word(j)))
    };
    // The grammar's arguments, else a noun of the clause outside its prepositional
    // phrases (a name the tagger does not know may hide the object).
    grammar.argument_heads(hit.first).into_iter().any(event)
        || (first..=last)
            .any(|i| event(i) && !view.layout.in_quote(i) && !grammar.in_prepositional_phrase(i))
}

/// Whether the cue is a noun or adjective rather than a verb.
pub(super) fn is_noun_cue(cue: &Cue) -> bool {
    cue.pos.is_nominal()
}

/// Whether the cue's clause is passive: a form of `werden` with the cue as participle.
pub(super) fn is_passive(view: &SentenceView, hit: &CueHit) -> bool {
    let (first, last) = view.layout.clause_range(hit.first);
    let cue_word = view.word(hit.first);
    let auxiliary = (first..=last).any(|i| PASSIVE_AUXILIARIES.contains(&view.word(i)));
    let right_after = hit.last < last && PASSIVE_AUXILIARIES.contains(&view.word(hit.last + 1));
    auxiliary && (looks_like_participle(cue_word) || right_after)
}

/// The forms of `werden` that make a future or a Konjunktiv II with an infinitive
/// (`werde … angreifen`, `würden … angreifen`).
const FUTURE_AUXILIARIES: &[&str] = &[
    "werde", "werden", "wird", "wirst", "werdet", "werdest", "würde", "würden", "würdest", "würdet",
];

/// Whether the verb cue at `hit` is an infinitive with a future auxiliary of `werden` in
/// its clause (`sie werde weitere Städte angreifen`): an act announced, not done. A
/// passive (`wird angegriffen`) is no announcement.
pub(super) fn announced(view: &SentenceView, hit: &CueHit, cue: &Cue) -> bool {
    if cue.pos != CuePos::Verb || hit.particle.is_some() || hit.first != hit.last {
        return false;
    }
    let (first, last) = view.layout.clause_range(hit.first);
    view.word(hit.first) == fold_same_length(&cue.lemma)
        && (first..=last).any(|i| FUTURE_AUXILIARIES.contains(&view.word(i)))
        && !is_passive(view, hit)
}

/// Whether the finite cue is in Konjunktiv I (`hoffe`, `lehne … ab`, `fordere`).
pub(super) fn is_subjunctive_cue(view: &SentenceView, hit: &CueHit, cue: &Cue) -> bool {
    let w = view.word(hit.first);
    cue.pos == CuePos::Verb
        && !view.layout.in_quote(hit.first)
        && w.ends_with('e')
        && !w.ends_with("te")
}

/// Whether the cue closes its clause (only its particle or punctuation after it): the
/// verb-final order of relative and subordinate clauses.
pub(super) fn verb_final(view: &SentenceView, hit: &CueHit, last: usize) -> bool {
    let end = hit.particle.unwrap_or(hit.last);
    (end + 1..=last).all(|i| !view.is_word(i))
}

/// Whether the cue at `c` is a zu-infinitive (`abzulehnen`, `zu liefern`) or a bare
/// participle without an auxiliary in its clause (`als bisher angenommen`): no
/// finite statement of its own.
pub(super) fn non_finite(view: &SentenceView, c: &CueHit, cue: &Cue) -> bool {
    let w = view.word(c.first);
    // `als bisher angenommen`, `wie erwartet`: a comparison, not a statement.
    let comparison =
        (c.first.saturating_sub(2)..c.first).any(|i| matches!(view.word(i), "als" | "wie"));
    if comparison && looks_like_participle(w) {
        return true;
    }
    let zu_before = c.first > 0 && view.word(c.first - 1) == "zu";
    let zu_inside = cue
        .particle
        .as_deref()
        .is_some_and(|p| w.starts_with(&format!("{}zu", fold_same_length(p))));
    if zu_before || zu_inside {
        return true;
    }
    let (first, last) = view.layout.clause_range(c.first);
    looks_like_participle(w)
        && !(first..=last).any(|i| {
            let x = view.word(i);
            AUXILIARIES.contains(&x) || PASSIVE_AUXILIARIES.contains(&x)
        })
}

/// Whether the verb cue at `hit` is an attributive participle (`in einem gestern
/// veröffentlichten Bericht`, `der vorgebrachten Forderung`): tagged an adjective and
/// followed by the noun it modifies. It describes a noun; it states nothing.
pub(super) fn attributive(view: &SentenceView, text: &str, hit: &CueHit, cue: &Cue) -> bool {
    if cue.pos != CuePos::Verb || hit.particle.is_some() {
        return false;
    }
    let w = view.word(hit.first);
    let inflected = ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e));
    let noun_next = view
        .tokens
        .get(hit.last + 1)
        .is_some_and(|t| view.is_word(hit.last + 1) && t.is_capitalized(text));
    // A determiner opens the noun phrase, with only lower-case modifiers between
    // (`einem gestern veröffentlichten`), not a name or number (`äußerte Küng`).
    let determiner = (hit.first.saturating_sub(4)..hit.first)
        .rev()
        .take_while(|&i| {
            let t = &view.tokens[i];
            view.is_word(i)
                && !t.is_capitalized(text)
                && !view.word(i).starts_with(char::is_numeric)
        })
        .any(|i| is_determiner(view.word(i)));
    inflected
        && noun_next
        && determiner
        && view
            .grammar_at(text, hit.first)
            .is_some_and(|g| g.is_adjective(hit.first))
}

/// Forms of `zeigen` and `geben` that present the subject with a predicative adjective
/// when reflexive (`zeigte sich besorgt`, `gab sich zuversichtlich`).
const SELF_PRESENTING: &[&str] = &[
    "zeigt", "zeigte", "zeigten", "zeigen", "zeige", "gezeigt", "gibt", "gab", "gaben", "geben",
    "gebe", "gegeben",
];

/// Whether an adjective cue is predicative after reflexive `sich zeigen` / `sich geben`
/// in its clause (tokens `first..=last`): `X zeigte sich besorgt`, `gab sich der Y
/// zuversichtlich`. The subject presents a view of its own: an expressed position, as a
/// speech verb is. (Whether the speaker stands before the cue is asked elsewhere.)
pub(super) fn self_presenting(
    view: &SentenceView,
    hit: &CueHit,
    cue: &Cue,
    first: usize,
    last: usize,
) -> bool {
    cue.pos == CuePos::Adj
        && (first..hit.first).any(|i| view.word(i) == "sich")
        && (first..=last)
            .filter(|&i| i < hit.first || i > hit.last)
            .any(|i| SELF_PRESENTING.contains(&view.word(i)))
}
