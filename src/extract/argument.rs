//! The argument of a statement: the content of a speech verb (an adjacent quotation, the
//! clause before or after it, its own clause), the cue's words that are no part of it,
//! and where a source phrase begins.

use super::complement::{complement_after, opens_relative_clause, verb_final_cue};
use super::coordination::before_coordinated_verb;
use super::cues::CueHit;
use super::draft::{Draft, Mode};
use super::entity::Entity;
use super::frame::is_passive;
use super::statement::Predicate;
use super::view::SentenceView;
use super::words::{is_pronominal_adverb, stands_for_preposition};
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
    let preposition = cue.preposition.as_deref().map(fold_same_length);
    let phrase = preposition.and_then(|p| {
        (hit.last + 1..=last).find(|&i| free(i) && stands_for_preposition(view.word(i), &p))
    });
    let object = object_after_cue(view, text, hit, last, speaker, free).filter(|&k| {
        // A cue noun as object carries the predicate (`äußerte Vorbehalte`): its
        // argument lies beyond it.
        !view.cues.iter().any(|c| c.first == k)
            && !matches!(view.word(k), "mich" | "dich" | "uns" | "euch")
    });
    match (object, phrase) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The grammar's object after the cue, up to token `last`, where words the cue does not
/// own (`free`) follow it: not a token `free` rules out, not the speaker (whatever case
/// the grammar gave it: `Diese Zahlen veröffentlichte am Donnerstag die irakische
/// Regierung`), not `es` or `sich`.
fn object_after_cue(
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    last: usize,
    speaker: &Entity,
    free: impl Fn(usize) -> bool,
) -> Option<usize> {
    let words_after = (hit.last + 1..=last).any(|i| view.is_word(i) && free(i));
    words_after
        .then(|| view.grammar_at(text, hit.last))
        .flatten()
        .and_then(|w| w.object_after(hit.last))
        .filter(|&k| {
            k <= last
                && free(k)
                // Not the object of a verb coordinated after the cue (`will sich mit X
                // treffen und besprechen, …`).
                && (hit.last + 1..k).all(|i| !matches!(view.word(i), "und" | "oder" | "sowie"))
                && !names_speaker(view, k, speaker)
                && !matches!(view.word(k), "es" | "sich")
        })
}

/// The subject of a passive cue's clause (`Der Plan wurde von X kritisiert`): what the
/// act is about, as first and last token. Not a pronoun (its antecedent lies elsewhere),
/// not the cue noun of a neutral speech verb (`wurden Vorbehalte geäußert`: the clause
/// says more), not the speaker.
pub(super) fn passive_subject(
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    (cue, speaker): (&Cue, &Entity),
) -> Option<(usize, usize)> {
    let (first, last) = view.layout.clause_range(hit.first);
    let (start, end, head) = view
        .grammar_at(text, hit.first)?
        .subject_phrase(hit.first)?;
    let inside = first <= start && end <= last + 1 && start < end;
    let noun = view.tokens[head].is_capitalized(text);
    let free = (start..end).all(|i| !view.layout.in_quote(i))
        && !(cue.predicate == Predicate::Say
            && view.cues.iter().any(|c| (start..end).contains(&c.first)))
        && !names_speaker(view, start, speaker);
    (inside && noun && free).then_some((start, end - 1))
}

/// Whether the phrase at token `k` names the speaker: a mention of it covers `k` or
/// begins within three words after it (`die irakische Regierung`).
fn names_speaker(view: &SentenceView, k: usize, speaker: &Entity) -> bool {
    view.mentions
        .iter()
        .any(|m| m.entity.same_as(speaker) && m.last >= k && m.first <= k + 3)
}

/// The phrase of the cue's frame preposition closest before a verb-final cue in its
/// clause (not a pronominal adverb, no phrase of the speaker, not quoted): its first token.
pub(super) fn preposition_before(
    view: &SentenceView,
    hit: &CueHit,
    cue: &Cue,
    speaker: &Entity,
) -> Option<usize> {
    let p = fold_same_length(cue.preposition.as_deref()?);
    let (first, last) = view.layout.clause_range(hit.first);
    let end = hit.particle.unwrap_or(hit.last);
    if (end + 1..=last).any(|i| view.is_word(i)) || hit.first == 0 {
        return None;
    }
    (first..hit.first).rev().find(|&i| {
        let w = view.word(i);
        !view.layout.in_quote(i)
            && !is_pronominal_adverb(w)
            && stands_for_preposition(w, &p)
            && !view
                .mentions
                .iter()
                .any(|m| m.entity.same_as(speaker) && m.first <= i + 3 && m.last >= i)
    })
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
    // A verb with a stance of its own whose accusative object opens the sentence (`Den
    // Vorschlag der Kommission lehnt er ab: „…“`): that object is its argument, up to
    // the verb, not the quotation after it.
    if cue.predicate != Predicate::Say {
        if let Some(range) = fronted_object(view, text, hit, speaker) {
            let quote = adjacent.map(clip);
            let mode = if quote.is_some() {
                Mode::Direct
            } else {
                Mode::Reported
            };
            return (range, mode, quote);
        }
    }
    if let Some(q) = adjacent {
        // The object is the whole quotation, also where it began in an earlier sentence.
        return ((q.start, q.end), Mode::Direct, Some(clip(q)));
    }
    // A pronominal adverb announces the complement clause after it (`erinnerte daran,
    // dass …`), and so does a passive cue (`wird kritisiert, dass …`): that clause is
    // the argument.
    let announces = own.is_some_and(|a| is_pronominal_adverb(view.word(a)))
        || (is_passive(view, hit) && last + 2 <= end_word && view.word(last + 2) == "dass");
    if announces && last + 2 <= end_word && view.tokens[last + 1].text(text) == "," {
        let mut start = last + 2;
        if view.word(start) == "dass" && start < end_word {
            start += 1;
        }
        return (view.range(start, end_word), Mode::Indirect, None);
    }
    let opener = (first..hit.first)
        .find(|&i| view.is_word(i))
        .map(|i| view.word(i));
    let parenthetical = matches!(opener, Some("so") | Some("wie"));
    // After its subject in apposition (`Der Ministerpräsident Thailands, Abhisit
    // Vejjajiva, kündigte … an`), the verb's content follows it.
    // A relative clause after the speaker's name before the verb belongs to the subject
    // in the first position (`Die Organisation, die … ausübt, erklärte, …`): the content
    // follows the verb.
    let relative_before = first > 0
        && (0..first)
            .rev()
            .find(|&i| view.is_word(i))
            .is_some_and(|b| {
                let opens = view.layout.clause_range(b).0;
                view.mentions.iter().any(|m| {
                    m.entity.same_as(speaker)
                        && !m.anaphor
                        && m.last < opens
                        && (m.last + 1..opens).all(|i| !view.is_word(i))
                }) && opens_relative_clause(view, text, opens)
            });
    // The speaker's name before the verb in its own clause is its front field (`Kenia:
    // USA warnen vor …`): the content follows the verb, not the words before the clause.
    let speaker_fronted = opener != Some("wie")
        && view.mentions.iter().any(|m| {
            m.entity.same_as(speaker)
                && m.first >= first
                && m.last < hit.first
                && m.preposition.is_none()
                && !m.genitive
        });
    if (words_before <= 1 || opener == Some("wie"))
        && first > 0
        && !subject_before
        && !relative_before
        && !speaker_fronted
    {
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
    // After a verb-final clause (`Wie die BBC berichtet, befindet sich …`) the finite
    // verb is the main clause's, not a coordinated one.
    let verb_final = opener.is_some_and(|o| o == "wie" || super::view::SUBORDINATORS.contains(&o));
    let coordinated =
        !verb_final && last + 2 <= end_word && view.tokens[last + 1].text(text) == "," && {
            let next = view.word(last + 2);
            lexicon_free_verb_start(next)
        };
    if is_passive(view, hit) && !coordinated {
        if let Some((a, b)) = passive_subject(view, text, hit, (cue, speaker)) {
            return (view.range(a, b), Mode::Reported, None);
        }
    }
    if is_passive(view, hit) || coordinated {
        return (view.range(first, last), Mode::Reported, None);
    }
    if last + 2 <= end_word {
        let mut start = last + 2;
        let dass = view.word(start) == "dass";
        if dass && start < end_word {
            start += 1;
        }
        // A pronominal adverb announces the clause after it (`erinnerte daran, dass …`):
        // that clause is the argument.
        let own = own.filter(|&a| !is_pronominal_adverb(view.word(a)));
        let mode = if dass || view.has_subjunctive(text) {
            Mode::Indirect
        } else {
            Mode::Reported
        };
        // A relative clause after the clause belongs to the verb's own object (`prangert
        // Angriffe auf Schulen an, die … verübt würden`): the object is the argument.
        if let Some(a) = own.filter(|_| !dass && opens_relative_clause(view, text, last + 2)) {
            return (view.range(a, clause_end), mode, None);
        }
        // A zu-infinitive after the clause is the argument (`forderte die Junta dazu
        // auf, zur Demokratie zurückzukehren`): the accusative is the addressee. Else the
        // verb's own argument and what follows it.
        let start = if dass || complement_after(view, text, last).is_some() {
            start
        } else {
            own.unwrap_or(start)
        };
        return (view.range(start, end_word), mode, None);
    }
    if let Some(a) = own {
        return (view.range(a, clause_end), Mode::Reported, None);
    }
    if let Some(q) = view.layout.quotes.first() {
        return (clip(q), Mode::Direct, Some(clip(q)));
    }
    // The speaker fronted in a clause after a colon that ends the sentence (`Kenia: USA
    // warnen vor …`): the words after the verb, up to its particle.
    if speaker_fronted && first > 0 && words_before <= 1 {
        let end = match hit.particle {
            Some(p) if p == clause_end => (hit.last + 1..p).rev().find(|&i| view.is_word(i)),
            _ => Some(clause_end),
        };
        if let Some(end) = end.filter(|&e| e > hit.last) {
            return (view.range(hit.last + 1, end), Mode::Reported, None);
        }
    }
    // A verb-final cue: the phrase of its frame's preposition before it (`konnten sich …
    // nicht auf einen Haushaltsentwurf einigen`), up to the cue.
    if let Some(k) = preposition_before(view, hit, cue, speaker) {
        return (view.range(k, hit.first - 1), Mode::Reported, None);
    }
    (view.range(first, last), Mode::Reported, None)
}

/// The fronted accusative object of the verb cue at `hit` as a byte range: the grammar's
/// object before the verb, opening the sentence, a noun phrase (not a pronoun) that
/// names no speaker, with what follows it up to the verb (an attribute clause: `Das
/// Angebot, die Verletzten zu behandeln, lehnt er ab`).
fn fronted_object(
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    speaker: &Entity,
) -> Option<(usize, usize)> {
    let opens = (0..hit.first).find(|&i| view.is_word(i))?;
    // A clause after the verb's is its argument, the fronted object its addressee (`Die
    // Bürger forderte er auf, …`).
    let (_, clause_last) = view.layout.clause_range(hit.first);
    if view
        .tokens
        .get(clause_last + 1)
        .is_some_and(|t| t.text(text) == ",")
    {
        return None;
    }
    let g = view.grammar_at(text, hit.first)?;
    let (start, end) = g.object_before(hit.first)?;
    let last = (0..hit.first).rev().find(|&i| view.is_word(i))?;
    let pronoun = end <= start + 1 && !g.is_common_noun(start) && !g.is_proper_noun(start);
    (start == opens
        && !pronoun
        && (start..=last).all(|i| !view.layout.in_quote(i))
        && !view
            .mentions
            .iter()
            .any(|m| m.entity.same_as(speaker) && m.first <= last && m.last >= start))
    .then(|| view.range(start, last))
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

/// The argument of a cue that is no speech verb, as a byte range: the accusative object
/// the grammar finds after the verb (`lehnten die Aufnahme … ab`), else the phrase of
/// the frame's preposition wherever it stands in the clause (`konnten sich … nicht auf
/// einen Haushaltsentwurf einigen`, `rät zum Kauf …`), up to the clause's end or a
/// coordinated verb with its own statement (`begrüßte A und griff B an`). A pronominal
/// adverb announces the clause after it (`bestehen darauf, Programme … zu machen`).
/// Nouns and cues without either: the whole clause.
pub(super) fn reported_content(
    lexicon: &Lexicon,
    view: &SentenceView,
    text: &str,
    hit: &CueHit,
    (first, last): (usize, usize),
    speaker: &Entity,
) -> (usize, usize) {
    let cue = &lexicon.cues[hit.cue];
    let range = view.range(first, last);
    let n = view.tokens.len();
    let clause_follows = last + 2 < n && view.tokens[last + 1].text(text) == ",";
    let complement_after = || complement_after(view, text, last);
    if matches!(cue.pos.as_str(), "noun" | "adj") {
        // An adjective or noun that closes its clause takes the complement clause after
        // it (`zeigten sich entschlossen, die Abstimmung … zu entscheiden`).
        let closes = (hit.last + 1..=last).all(|i| !view.is_word(i));
        if closes && clause_follows {
            if let Some((_, end)) = complement_after() {
                return (range.0, view.tokens[end].end);
            }
        }
        return range;
    }
    // A correlate in the clause (`haben sich nicht darauf geeinigt, …`, `rief dazu auf,
    // …`) announces the complement clause after it: that clause is the argument.
    let correlate = (first..=last)
        .any(|i| !view.layout.in_quote(i) && is_pronominal_adverb(view.word(i)) && i != hit.first);
    if correlate && clause_follows {
        if let Some((start, end)) = complement_after() {
            return view.range(start, end);
        }
    }
    let object = object_after_cue(view, text, hit, last, speaker, |i| Some(i) != hit.particle);
    let frame_phrase = || {
        // A meeting's partner stands in a `mit` phrase (`will sich mit X treffen`).
        let preposition = match (cue.preposition.as_deref(), cue.predicate) {
            (Some(p), _) => p,
            (None, Predicate::Meet) => "mit",
            (None, _) => return None,
        };
        let p = fold_same_length(preposition);
        (first..=last).find(|&i| {
            !view.layout.in_quote(i)
                && Some(i) != hit.particle
                && !(hit.first..=hit.last).contains(&i)
                && stands_for_preposition(view.word(i), &p)
        })
    };
    // A verb-final cue with nothing after it takes the accusative object before it in the
    // middle field (`muss die Kommission jetzt einen neuen Entwurf vorlegen`), not the
    // adverbial in the first position.
    if object.is_none() && frame_phrase().is_none() && verb_final_cue(view, hit, last) {
        let before = view.grammar_at(text, hit.first).and_then(|g| {
            let (s, e) = g.object_before(hit.first)?;
            let pronoun = e <= s + 1 && !g.is_common_noun(s) && !g.is_proper_noun(s);
            (!pronoun).then_some((s, e))
        });
        if let Some((s, e)) = before.filter(|&(s, e)| {
            s >= first
                && (s..e).all(|i| !view.layout.in_quote(i))
                && !view
                    .mentions
                    .iter()
                    .any(|m| m.entity.same_as(speaker) && m.first < e && m.last >= s)
        }) {
            if let Some(end) = (s..e.min(hit.first)).rev().find(|&i| view.is_word(i)) {
                return view.range(s, end);
            }
        }
    }
    let Some(k) = object.or_else(frame_phrase) else {
        // `zweifelt aber, ob …`, `weigerte sich, … zu werden`: with nothing of its own,
        // the complement clause after it is the verb's argument.
        if clause_follows {
            if let Some((start, end)) = complement_after() {
                return view.range(start, end);
            }
        }
        return range;
    };
    if object.is_none() && is_pronominal_adverb(view.word(k)) && clause_follows {
        let mut start = last + 2;
        if view.word(start) == "dass" && start + 1 < n {
            start += 1;
        }
        let (_, end) = view.layout.clause_range(start);
        if let Some(end) = (start..=end).rev().find(|&i| view.is_word(i)) {
            return view.range(start, end);
        }
    }
    // A phrase before a verb-final cue ends at the cue (`will sich mit X treffen und
    // besprechen, …`: `mit X`).
    if k < hit.first {
        if let Some(e) = (k..hit.first).rev().find(|&i| view.is_word(i)) {
            return view.range(k, e);
        }
    }
    before_coordinated_verb(lexicon, view, text, hit, (view.tokens[k].start, range.1))
}
