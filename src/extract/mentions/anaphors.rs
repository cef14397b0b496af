//! Anaphors left for reference resolution: `er`, `sie`, `der 63-Jährige`. A subject
//! `sie` next to its finite verb takes the verb's number: `sie dankte` is one woman or
//! a feminine institution (`Pronoun(F)`), `würdigten sie` a group (`Pronoun(U)`).

use super::{Cursor, Mention, Target};
use crate::lexicon::Gender;
use crate::text::TokenKind;

impl Cursor<'_> {
    /// Pronouns and `der 63-Jährige`.
    pub(super) fn anaphors(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        for (i, t) in self.tokens.iter().enumerate() {
            if self.used_tokens[i] || t.kind != TokenKind::Word {
                continue;
            }
            let word = t.text(self.text);
            match word {
                "er" | "Er" => out.push(self.mention(t.start, t.end, Target::Pronoun(Gender::M))),
                "sie" => out.push(self.mention(t.start, t.end, Target::Pronoun(self.sie(i)))),
                // Capitalised `Sie` mid-sentence is the polite `you`.
                "Sie" if i == 0 || self.tokens[..i].iter().all(|p| p.kind == TokenKind::Punct) => {
                    out.push(self.mention(t.start, t.end, Target::Pronoun(self.sie(i))))
                }
                _ => {
                    if let Some((_, rest)) = word.split_once('-') {
                        if rest.starts_with("Jährige")
                            && word.starts_with(|c: char| c.is_ascii_digit())
                            && i > 0
                        {
                            let gender = match self.word(i - 1) {
                                "der" | "Der" | "dem" | "den" | "des" => Gender::M,
                                "die" | "Die" => Gender::F,
                                _ => continue,
                            };
                            out.push(self.mention(
                                self.tokens[i - 1].start,
                                t.end,
                                Target::Age(gender),
                            ));
                        }
                    }
                }
            }
        }
        out
    }

    /// `sie` at token `i`: `Pronoun(U)` (plural) next to a plural finite verb,
    /// `Pronoun(F)` otherwise (a singular verb, or no verb beside it to tell).
    fn sie(&self, i: usize) -> Gender {
        let neighbour = |j: usize| {
            let t = self.tokens.get(j)?;
            (t.kind == TokenKind::Word).then(|| self.word(j))
        };
        let plural = [Some(i + 1), i.checked_sub(1)]
            .into_iter()
            .flatten()
            .filter_map(neighbour)
            .any(|w| w.chars().next().is_some_and(char::is_lowercase) && plural_finite(w));
        if plural {
            Gender::U
        } else {
            Gender::F
        }
    }
}

/// Whether `word` is, by its form, a plural finite verb: `sind`, `haben`, preterite
/// `dankten`, `forderten`. Present `fordern`/`danken` look like too many other words to
/// count.
fn plural_finite(word: &str) -> bool {
    matches!(
        word,
        "sind"
            | "haben"
            | "werden"
            | "wollen"
            | "können"
            | "müssen"
            | "sollen"
            | "dürfen"
            | "waren"
            | "hatten"
            | "wurden"
    ) || (word.chars().count() > 5
        && word.ends_with("ten")
        && !matches!(word, "hinten" | "mitten" | "seiten" | "bitten"))
}

#[cfg(test)]
mod tests {
    use super::plural_finite;

    #[test]
    fn plural_finite_verbs_by_form() {
        assert!(plural_finite("dankten"));
        assert!(plural_finite("forderten"));
        assert!(plural_finite("sind"));
        assert!(!plural_finite("dankte"));
        assert!(!plural_finite("würdigte"));
        assert!(!plural_finite("hat"));
        assert!(!plural_finite("gestern"));
        assert!(!plural_finite("mitten"));
    }
}
