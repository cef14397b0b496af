//! The argument of a statement: the content of a speech verb (an adjacent quotation, the
//! clause before or after it, its own clause), the cue's words that are no part of it,
//! and where a source phrase begins.

use super::attribution::{Draft, Mode};
use super::cues::CueHit;
use super::entity::Entity;
use super::frame::is_passive;
use super::view::SentenceView;
use crate::lexicon::{Cue, Lexicon};
use crate::text::{fold_same_length, Token};

/// The first word of the argument the cue's frame takes in its own clause after the
/// cue: the accusative object the grammar finds (`fordert … ein Ende der Rekrutierung`),
/// or the phrase of the frame's preposition (`verwies … auf die Zusammenarbeit`); never
/// a phrase of the speaker, the expletive `es` or quoted words.
fn own_argument(
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    cue: &Cue,
    speaker: &Entity,
) -> Option<usize> {
    let (_, last) = view.layout.clause_range(hit.first);
    let free = |i: usize| !view.layout.in_quote(i) && Some(i) != hit.particle;
    let speakers = |k: usize| {
        view.mentions
            .iter()
            .any(|m| m.entity.same_as(speaker) && m.last >= k && m.first <= k + 3)
    };
    let preposition = cue.preposition.as_deref().map(fold_same_length);
    let phrase =
        preposition.and_then(|p| (hit.last + 1..=last).find(|&i| free(i) && view.word(i) == p));
    let words_after = (hit.last + 1..=last).any(|i| view.is_word(i) && free(i));
    let object = words_after
        .then(|| view.grammar_at(text, hit.last))
        .flatten()
        .and_then(|w| w.object_after(hit.last))
        .filter(|&k| {
            k <= last
                && free(k)
                && !speakers(k)
                // A cue noun as object carries the predicate (`äußerte Vorbehalte`):
                // its argument lies beyond it.
                && !view.cues.iter().any(|c| c.first == k)
                && !matches!(
                    view.word(k),
                    "es" | "sich" | "mich" | "dich" | "uns" | "euch"
                )
        });
    match (object, phrase) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The content of a speech verb at `hit`: a quotation next to its clause, the clause
/// before (`…, sagte X`) or after (`X sagte, …`), else the clause's own object. Where
/// the verb's frame has an argument in its own clause (`fordert … ein Ende der
/// Rekrutierung`, `bezweifelte die Eignung …: Er habe …`), the content begins there.
pub(super) fn speech_content(
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    subject_before: bool,
    (cue, speaker): (&Cue, &Entity),
) -> ((usize, usize), Mode, Option<(usize, usize)>) {
    let (first, last) = view.layout.clause_range(hit.first);
    let own = own_argument(view, text, hit, cue, speaker);
    let clause_end = (first..=last)
        .rev()
        .find(|&i| view.is_word(i))
        .unwrap_or(last);
    let n = view.tokens.len();
    let end_word = (0..n).rev().find(|&i| view.is_word(i)).unwrap_or(n - 1);
    let words_before = (first..hit.first).filter(|&i| view.is_word(i)).count();
    let clip = |q: &crate::text::Quote| {
        (
            q.start.max(view.sentence.start),
            q.end.min(view.sentence.end),
        )
    };
    let cue_start = view.tokens[first].start;
    let cue_end = view.tokens[last].end;
    // A quotation that ends right before the cue's clause or starts right after it.
    let adjacent = view.layout.quotes.iter().find(|q| {
        let gap_before = text.get(q.end..cue_start).unwrap_or("x");
        let gap_after = text.get(cue_end..q.start).unwrap_or("x");
        gap_before
            .trim_matches(|c: char| c.is_whitespace() || ",“”\"«»".contains(c))
            .is_empty()
            || gap_after
                .trim_matches(|c: char| c.is_whitespace() || ":„“\"»«".contains(c))
                .is_empty()
    });
    if let Some(q) = adjacent {
        // The object is the whole quotation, also where it began in an earlier sentence.
        return ((q.start, q.end), Mode::Direct, Some(clip(q)));
    }
    let opener = (first..hit.first)
        .find(|&i| view.is_word(i))
        .map(|i| view.word(i));
    let parenthetical = matches!(opener, Some("so") | Some("wie"));
    // After its subject in apposition (`Der Ministerpräsident Thailands, Abhisit
    // Vejjajiva, kündigte … an`), the verb's content follows it.
    if (words_before <= 1 || opener == Some("wie")) && first > 0 && !subject_before {
        // `…, sagte X`: the content precedes; `…, so warnt er, …` and `…, wie X
        // mitteilte`: the content is the rest of the sentence.
        // The clause may begin at its comma: the content ends at the last word before.
        let before = (0..first).rev().find(|&i| view.is_word(i)).unwrap_or(0);
        // Reported speech before the verb (`Es sei … nötig, sagte er …`) is its content.
        let reported_before = (0..first).any(|i| view.subjunctive[i] && !view.layout.in_quote(i));
        let range = match own {
            // `…, fordert X ein Ende der Rekrutierung`: the argument is the verb's own.
            Some(a) if !parenthetical && !reported_before => view.range(a, clause_end),
            _ if parenthetical && last + 2 <= end_word => view.range(0, end_word),
            _ => view.range(0, before),
        };
        let mode = if view.has_subjunctive(text) {
            Mode::Indirect
        } else {
            Mode::Reported
        };
        return (range, mode, None);
    }
    // `X betont …, zweifelt aber …` (a coordinated verb follows) and passives (`wurden
    // Vorbehalte geäußert`): the content is the cue's own clause.
    let coordinated = last + 2 <= end_word && view.tokens[last + 1].text(text) == "," && {
        let next = view.word(last + 2);
        lexicon_free_verb_start(next)
    };
    if is_passive(view, hit) || coordinated {
        return (view.range(first, last), Mode::Reported, None);
    }
    if last + 2 <= end_word {
        let mut start = last + 2;
        let dass = view.word(start) == "dass";
        if dass && start < end_word {
            start += 1;
        }
        let mode = if dass || view.has_subjunctive(text) {
            Mode::Indirect
        } else {
            Mode::Reported
        };
        // The verb's own argument and what follows it (`forderte die Junta auf, …`).
        let start = own.filter(|_| !dass).unwrap_or(start);
        return (view.range(start, end_word), mode, None);
    }
    if let Some(a) = own {
        return (view.range(a, clause_end), Mode::Reported, None);
    }
    if let Some(q) = view.layout.quotes.first() {
        return (clip(q), Mode::Direct, Some(clip(q)));
    }
    (view.range(first, last), Mode::Reported, None)
}

/// Whether a clause opening with `word` continues a coordination with a finite verb
/// (`…, zweifelt aber …`): a lower-case word in `-t` or `-te`/`-ten` that is no
/// conjunction or pronoun.
pub(super) fn lexicon_free_verb_start(word: &str) -> bool {
    !super::words::is_function_word(word)
        && word.chars().next().is_some_and(char::is_lowercase)
        && (word.ends_with('t') || word.ends_with("te") || word.ends_with("ten"))
        && !matches!(
            word,
            "nicht"
                | "jetzt"
                | "zuletzt"
                | "bereits"
                | "selbst"
                | "meist"
                | "erst"
                | "mit"
                | "seit"
        )
}

/// The cue's words inside the draft's content, outside its quotation: the predicate's
/// carrier, no part of the argument. Of a verb's statement, its verbs (by the grammar's
/// parts of speech: `sagte … sorgen`); of a source phrase or continuation (no verb
/// carries it), every word (`nach israelischen Angaben`, `demnach`).
pub(super) fn cue_verbs(
    view: &SentenceView,
    text: &str,
    d: &Draft,
    any_word: bool,
) -> Vec<(usize, usize)> {
    let Some((start, end)) = d.content else {
        return Vec::new();
    };
    let words: Vec<String> = d
        .cue
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(fold_same_length)
        .collect();
    let quoted = |t: &Token| d.quote.is_some_and(|(qs, qe)| t.start >= qs && t.end <= qe);
    view.tokens
        .iter()
        .enumerate()
        .filter(|(k, t)| {
            t.start >= start
                && t.end <= end
                && !quoted(t)
                && words.iter().any(|w| w == view.word(*k))
                && (any_word || view.grammar_at(text, *k).is_some_and(|g| g.is_verb(*k)))
        })
        .map(|(_, t)| (t.start, t.end))
        .collect()
}

/// The first token of the source phrase whose name begins at token `first`: back over
/// determiners, lower-case adjectives, channel nouns and the marker (`nach Angaben der
/// iranischen [Staatsanwaltschaft]`, `laut [X]`, `so der [X]`).
pub(super) fn source_phrase_start(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    first: usize,
) -> usize {
    let mut s = first;
    while s > 0 && first - s < 5 {
        let w = view.word(s - 1);
        let token = view.tokens[s - 1].text(text);
        let part = super::words::is_determiner(w)
            || (super::words::looks_like_adjective(token)
                && !view.tokens[s - 1].is_capitalized(text))
            || lexicon
                .word_classes
                .contains(crate::lexicon::WordClass::Source, token)
            || matches!(
                w,
                "nach" | "laut" | "so" | "von" | "vom" | "gemäß" | "angaben"
            );
        if !part {
            break;
        }
        s -= 1;
    }
    s
}
