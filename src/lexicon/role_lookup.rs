//! Role nouns looked up in the role lexicon: the role heading a compound
//! (`Polizeisprecher` → `Sprecher`) and a role's nominative (`Regierungssprechers` →
//! `Regierungssprecher`).

use super::{compound_heads, Gender, Lexicon, WordKeyed};
use std::collections::HashSet;

/// See [`Lexicon::role_head`].
/// Each role form (folded) with its office, gender, the nominative of its list (the
/// list's first form: `Polizeichefs` → `Polizeichef`) and whether it is itself the
/// nominative of some list; the longest form's length; and the last three bytes of
/// every form (a compound whose last three bytes end no form has no role head).
pub(super) type RoleForms = (
    WordKeyed<(Option<String>, Gender, String, bool)>,
    usize,
    HashSet<[u8; 3]>,
);

impl Lexicon {
    /// A role noun that heads the compound `word` (`Polizeisprecher` → `Sprecher`):
    /// the role's office and the form's gender. The head must leave at least three
    /// letters for the modifier and be at least five letters long.
    pub fn role_head(&self, word: &str) -> Option<(Option<String>, Gender)> {
        let folded = crate::text::fold_same_length(word);
        let (forms, longest, endings) = self.role_forms();
        // Every head is a suffix of the word, and every form at least five bytes long.
        let ending = folded.as_bytes().last_chunk::<3>()?;
        if !endings.contains(ending) {
            return None;
        }
        // One hyphen before the head is trimmed, so a suffix one byte longer may fit.
        let found = compound_heads(&folded, longest + 1)
            .map(|head| head.trim_start_matches('-'))
            .find_map(|head| {
                forms
                    .get(head)
                    .map(|(office, gender, _, _)| (office.clone(), *gender))
            });
        found
    }

    /// The role forms, indexed when first asked for.
    /// The gender of a role form, the word itself or the head of its compound (`U` for
    /// a plural form: `Ermittlern`, `Außenminister` is `M`).
    pub fn role_form_gender(&self, word: &str) -> Option<Gender> {
        let folded = crate::text::fold_same_length(word);
        let (forms, _, _) = self.role_forms();
        forms
            .get(folded.as_str())
            .map(|(_, gender, _, _)| *gender)
            .or_else(|| self.role_head(word).map(|(_, gender)| gender))
    }

    fn role_forms(&self) -> &RoleForms {
        self.role_forms.get_or_init(|| {
            // Whether a form is the nominative of any list (`Diplomaten`: a genitive
            // singular, and the nominative plural).
            let nominatives: std::collections::HashSet<&str> = self
                .roles
                .iter()
                .flat_map(|r| [&r.masculine, &r.feminine, &r.plural])
                .filter_map(|list| list.first().map(String::as_str))
                .collect();
            let mut map = WordKeyed::default();
            for role in &self.roles {
                for (list, gender) in [
                    (&role.masculine, Gender::M),
                    (&role.feminine, Gender::F),
                    (&role.plural, Gender::U),
                ] {
                    let nominative = list.first().cloned().unwrap_or_default();
                    for form in list {
                        if form.chars().count() >= 5 && !form.contains(' ') {
                            map.entry(crate::text::fold_same_length(form)).or_insert((
                                role.office.clone(),
                                gender,
                                nominative.clone(),
                                nominatives.contains(form.as_str()),
                            ));
                        }
                    }
                }
            }
            let longest = map.keys().map(String::len).max().unwrap_or(0);
            let endings = map
                .keys()
                .filter_map(|k| k.as_bytes().last_chunk::<3>().copied())
                .collect();
            (map, longest, endings)
        })
    }

    /// The nominative of a role noun written in another case (`Polizeichefs` →
    /// `Polizeichef`, `Regierungssprechers` → `Regierungssprecher`): the first form of
    /// its list in the role lexicon, for the word itself or the head of its compound.
    /// A form that is also a nominative (`Diplomaten`, `Polizeichefs`: plural) is kept
    /// unless its determiner marks the singular. `None` where the lexicon does not know
    /// the word as a role.
    pub fn role_nominative(&self, word: &str, singular: bool) -> Option<String> {
        let (forms, longest, _) = self.role_forms();
        let folded = crate::text::fold_same_length(word);
        let name = |nominative: &String, is_nominative: bool, written: &str| {
            if nominative.is_empty() || (is_nominative && !singular) {
                written.to_string()
            } else {
                nominative.clone()
            }
        };
        if let Some((_, _, nominative, is_nominative)) = forms.get(folded.as_str()) {
            return Some(name(nominative, *is_nominative, word));
        }
        // The folded word has the written word's byte offsets: the modifier is kept as
        // written, the head becomes its nominative (lower case inside a compound).
        let found = compound_heads(&folded, longest + 1).find_map(|head| {
            let bare = head.trim_start_matches('-');
            let (_, _, nominative, is_nominative) = forms.get(bare)?;
            let split = word.len() - bare.len();
            let (modifier, written_head) = word.split_at(split);
            let head = name(nominative, *is_nominative, written_head);
            let head = if modifier.ends_with('-') {
                head
            } else {
                head.to_lowercase()
            };
            Some(format!("{modifier}{head}"))
        });
        found
    }
}
