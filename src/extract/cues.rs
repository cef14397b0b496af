//! Finding cue words in a sentence: verb forms (with their separable particle later in
//! the clause: `lehnte … ab`), multi-word phrases, nouns and adjectives.

use crate::lexicon::CuePos;
use crate::lexicon::Lexicon;
use crate::text::{Token, TokenKind};

/// A cue found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueHit {
    /// Index into the lexicon's cues.
    pub cue: usize,
    /// First token of the cue.
    pub first: usize,
    /// Last token of the cue's first part.
    pub last: usize,
    /// The separable particle's token, for split verbs.
    pub particle: Option<usize>,
    /// The cue as written (`lehnte … ab`).
    pub text: String,
}

/// How many tokens after its verb a separable particle may stand.
const MAX_PARTICLE_DISTANCE: usize = 60;

/// Whether the token ends the stretch in which a separable particle may stand.
fn ends_sentence_part(token: &Token, text: &str) -> bool {
    token.kind == TokenKind::Punct
        && matches!(
            token.text(text),
            ";" | ":" | "." | "!" | "?" | "„" | "“" | "”" | "»" | "«" | "\""
        )
}

/// Whether token `i` is a period inside the sentence, a word after it: the period of an
/// ordinal or abbreviation (`gab am 27. März … bekannt`, `u. a.`), which the sentence
/// splitter already kept inside the sentence.
fn inner_period(tokens: &[Token], text: &str, i: usize) -> bool {
    tokens[i].text(text) == "."
        && tokens
            .get(i + 1)
            .is_some_and(|next| next.kind == TokenKind::Word)
}

/// How many tokens a quoted word or title inside a clause may have.
const INLINE_QUOTE_WORDS: usize = 6;

/// Where the quotation opening at token `i` closes, if it is a word or title quoted
/// inside the clause: closed within [`INLINE_QUOTE_WORDS`] tokens, with no sentence
/// punctuation inside (`zum „Heiligen Krieg“`, not `sagte: „Wir kommen. …“`).
fn inline_quote_end(tokens: &[Token], text: &str, i: usize) -> Option<usize> {
    if !matches!(tokens[i].text(text), "„" | "»") {
        return None;
    }
    for (k, t) in tokens
        .iter()
        .enumerate()
        .skip(i + 1)
        .take(INLINE_QUOTE_WORDS + 1)
    {
        match t.text(text) {
            "“" | "”" | "«" => return (k > i + 1).then_some(k),
            "." | "!" | "?" | ";" | ":" | "„" | "»" | "," => return None,
            _ => {}
        }
    }
    None
}

/// Whether the token closes a clause for particle search.
fn ends_clause(token: &Token, text: &str) -> bool {
    token.kind == TokenKind::Punct
        && matches!(
            token.text(text),
            "," | ";" | ":" | "." | "!" | "?" | "–" | "„" | "“" | "”" | "»" | "«" | "\""
        )
}

/// Finds the cues among `tokens`. `folded_text` is `fold_same_length(text)`: folding keeps
/// byte offsets, so a token's folded form is a slice of it (no allocation per token).
pub fn find_cues(
    lexicon: &Lexicon,
    text: &str,
    folded_text: &str,
    tokens: &[Token],
) -> Vec<CueHit> {
    let folded: Vec<&str> = tokens
        .iter()
        .map(|t| &folded_text[t.start..t.end])
        .collect();
    // Each word's cue forms, looked up once (the particle search asks again further on).
    let forms_at: Vec<&[crate::lexicon::CueForm]> =
        folded.iter().map(|w| lexicon.cue_forms(w)).collect();
    // Whether a word comes before token i: `first_word < i` (no scan per token).
    let first_word = tokens.iter().position(|t| t.kind == TokenKind::Word);
    let mut hits: Vec<CueHit> = Vec::new();
    let mut covered = vec![false; tokens.len()];
    for i in 0..tokens.len() {
        if covered[i] || tokens[i].kind != TokenKind::Word {
            continue;
        }
        // `Dank der Vorarbeit`: the preposition `dank`, not the noun `Dank`.
        if folded[i] == "dank"
            && tokens
                .get(i + 1)
                .is_some_and(|n| is_article(&folded_text[n.start..n.end]))
        {
            continue;
        }
        let mut forms = forms_at[i];
        let mut compound_head: Option<String> = None;
        if forms.is_empty() && tokens[i].is_capitalized(text) {
            // A compound noun whose head is a noun cue: `Drohnenbeschuss`, `Sicherheitszusage`.
            if let Some((head, found)) = noun_head(lexicon, folded[i]) {
                forms = found;
                compound_head = Some(head);
            }
        }
        if forms.is_empty() {
            continue;
        }
        // Whether a phrase form can match here at all: its first two words must stand
        // here (one look-up instead of comparing every phrase of every cue read `der`).
        let phrase_here = forms.iter().any(|f| f.words > 1)
            && lexicon.phrase_may_start(folded[i], folded.get(i + 1).copied());
        let mut best: Option<CueHit> = None;
        for form in forms {
            let cue = &lexicon.cues[form.cue as usize];
            let words = lexicon.cue_words(form.cue as usize);
            if compound_head.is_some() && cue.pos != CuePos::Noun {
                continue;
            }
            let mut last = i;
            if form.words > 1 {
                if !phrase_here {
                    continue;
                }
                // A phrase: find the form whose words follow here.
                // Compared word by word with the lexicon's folded words: no allocation.
                let matched = words.phrases.iter().find_map(|phrase| {
                    let (first, rest) = phrase.split_first()?;
                    if first != folded[i] {
                        return None;
                    }
                    let mut j = i;
                    for w in rest {
                        j += 1;
                        if j >= tokens.len() || w != folded[j] {
                            return None;
                        }
                    }
                    Some(j)
                });
                match matched {
                    Some(j) => last = j,
                    None => continue,
                }
            }
            // Nouns are capitalised, verbs and adjectives are not (except at a sentence start).
            let written = tokens[i].text(text);
            let capital = written.chars().next().is_some_and(char::is_uppercase);
            if cue.pos == CuePos::Noun && !capital {
                continue;
            }
            if cue.pos != CuePos::Noun && capital && first_word.is_some_and(|w| w < i) {
                continue;
            }
            let mut particle = None;
            if form.needs_particle {
                let Some(p) = words.particle.as_deref() else {
                    continue;
                };
                // A particle of several words (`in Aussicht`) matches word by word;
                // its last word stands for it.
                let n = p.len().max(1);
                let mut j = last + 1;
                // The particle closes the clause, which may hold lists with commas:
                // search to the sentence's end or a colon, semicolon or quotation.
                // A clause is rarely longer than this; the bound keeps run-on text linear.
                let limit = tokens.len().min(last + 1 + MAX_PARTICLE_DISTANCE);
                while j < limit {
                    // A quoted word or title inside the clause (`rief zum „Heiligen
                    // Krieg“ auf`, `teilte das „Institut“ mit`) does not end it.
                    if let Some(end) = inline_quote_end(tokens, text, j) {
                        j = end + 1;
                        continue;
                    }
                    if ends_sentence_part(&tokens[j], text) && !inner_period(tokens, text, j) {
                        break;
                    }
                    // Another verb opens another clause: the particle is not ours
                    // (`sagte, Russland lehne … ab`).
                    let comma_before = tokens[j - 1].text(text) == ",";
                    let verb_here = forms_at[j]
                        .iter()
                        .any(|f| lexicon.cues[f.cue as usize].pos == CuePos::Verb);
                    if verb_here
                        && j > last + 1
                        && (comma_before || tokens[last + 1..j].iter().any(|t| t.text(text) == ","))
                    {
                        break;
                    }
                    let at = j + n - 1;
                    let matches = at < tokens.len()
                        && p.iter()
                            .enumerate()
                            .all(|(k, w)| folded[j + k].eq_ignore_ascii_case(w));
                    if matches {
                        // A phrase's noun may be followed by its frame's preposition
                        // (`legte Wert darauf, dass …`, `nahm Abstand von …`).
                        let frame_follows = cue.pos == CuePos::Phrase
                            && words.preposition.as_deref().is_some_and(|prep| {
                                folded
                                    .get(at + 1)
                                    .is_some_and(|w| super::words::stands_for_preposition(w, prep))
                            });
                        let next_ends = frame_follows
                            || tokens.get(at + 1).is_none_or(|t| {
                                ends_clause(t, text)
                                    || matches!(folded[at + 1], "und" | "oder" | "aber" | "sondern")
                            });
                        if next_ends {
                            particle = Some(at);
                        }
                    }
                    j += 1;
                }
                if particle.is_none() {
                    continue;
                }
            }
            if let Some(prep) = words.preposition.as_deref() {
                // `sprach von …` and `Von … sprach`: either side, within a few words.
                let after = &folded[last + 1..tokens.len().min(last + 12)];
                let before = &folded[i.saturating_sub(8)..i];
                // The pronominal adverb stands for the preposition: `geht davon aus`,
                // `besteht darauf`.
                // A contraction stands for it too: `rät zum Kauf`, `bekannte sich zur …`.
                let pronominal = |w: &&str| super::words::stands_for_preposition(w, prep);
                if !after.iter().any(pronominal) && !before.iter().any(pronominal) {
                    continue;
                }
            }
            let mut shown = tokens[i..=last]
                .iter()
                .map(|t| t.text(text))
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(p) = particle {
                shown = format!("{shown} … {}", tokens[p].text(text));
            }
            let candidate = CueHit {
                cue: form.cue as usize,
                first: i,
                last,
                particle,
                text: shown,
            };
            // Prefer a split verb whose particle was found, then longer phrases.
            // Prefer a split verb whose particle was found, a reading whose preposition
            // is there, then longer phrases.
            // A reading that holds only with a negation (`glaubt nicht` = doubt,
            // `akzeptiert nicht` = reject) yields, where the clause has none, to the
            // plain one (`glaubt, dass` = say, `akzeptierte den Vorschlag` = support).
            let rank = |h: &CueHit| {
                let c = &lexicon.cues[h.cue];
                let fits = !c.needs_negation || negation_in_clause(&folded, tokens, text, h.first);
                (h.particle.is_some(), c.preposition.is_some(), fits, h.last)
            };
            let better = match &best {
                None => true,
                Some(b) => rank(&candidate) > rank(b),
            };
            if better {
                best = Some(candidate);
            }
        }
        if let Some(hit) = best {
            for c in covered.iter_mut().take(hit.last + 1).skip(hit.first) {
                *c = true;
            }
            if let Some(p) = hit.particle {
                covered[p] = true;
            }
            hits.push(hit);
        }
    }
    hits
}

/// How many tokens on either side of a cue a negation of its clause is looked for.
const NEGATION_REACH: usize = 20;

/// Whether a negation (`nicht`, `kein`, `nie`) stands in the clause of token `i`: between
/// the punctuation marks that close clauses on either side, within [`NEGATION_REACH`].
fn negation_in_clause(folded: &[&str], tokens: &[Token], text: &str, i: usize) -> bool {
    let before = folded[..i]
        .iter()
        .zip(&tokens[..i])
        .rev()
        .take(NEGATION_REACH)
        .take_while(|(_, t)| !ends_clause(t, text))
        .any(|(w, _)| super::words::is_negation(w));
    before
        || folded[i + 1..]
            .iter()
            .zip(&tokens[i + 1..])
            .take(NEGATION_REACH)
            .take_while(|(_, t)| !ends_clause(t, text))
            .any(|(w, _)| super::words::is_negation(w))
}

fn is_article(word: &str) -> bool {
    matches!(
        word,
        "der" | "des" | "dem" | "den" | "die" | "seiner" | "ihrer" | "eines" | "einer"
    )
}

/// The longest noun-cue head of a compound (`drohnenbeschuss` → `beschuss`), at least
/// four letters and leaving at least three for the modifier.
///
/// Bounded: only heads no longer than the lexicon's longest cue word are tried, so a
/// giant token costs as much as a short one (the old search hashed every suffix).
fn noun_head<'a>(
    lexicon: &'a Lexicon,
    folded: &str,
) -> Option<(String, &'a [crate::lexicon::CueForm])> {
    for head in crate::lexicon::compound_heads(folded, lexicon.longest_cue_word()) {
        if head.chars().count() < 4 {
            break;
        }
        let forms = lexicon.cue_forms(head);
        if forms
            .iter()
            .any(|f| lexicon.cues[f.cue as usize].pos == CuePos::Noun)
        {
            return Some((head.to_string(), forms));
        }
    }
    None
}
