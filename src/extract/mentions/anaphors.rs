//! Anaphors left for reference resolution: `er`, `sie`, `der 63-Jährige`.

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
                "sie" => out.push(self.mention(t.start, t.end, Target::Pronoun(Gender::F))),
                // Capitalised `Sie` mid-sentence is the polite `you`.
                "Sie" if i == 0 || self.tokens[..i].iter().all(|p| p.kind == TokenKind::Punct) => {
                    out.push(self.mention(t.start, t.end, Target::Pronoun(Gender::F)))
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
}
