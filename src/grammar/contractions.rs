//! Preposition + article contractions (`zum`, `im`, `zur`, `ins`): UD German splits them
//! into two syntactic words (`zu dem`), and the tagger was trained on the split forms. The
//! analysis tags the split forms and keeps one word per token — extraction reads words by
//! token index — as an ADP (STTS `APPRART`) with the article's Case, Gender and Number,
//! which also tell the case of the noun phrase after it. CoNLL-U output of running text
//! prints such a word as a multiword token with its two syntactic words.

use super::tagger::Tagger;
use super::token::{Case, CaseSet, Gender, GenderSet, Number, Upos, Word};
use crate::text::Token;
use std::sync::OnceLock;

/// One contraction: its parts and the article's case and genders.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contraction {
    /// The lower-case contracted form (`zum`).
    pub form: &'static str,
    /// The preposition (`zu`).
    pub preposition: &'static str,
    /// The article (`dem`).
    pub article: &'static str,
    /// The article's case.
    pub case: Case,
    /// The genders the article allows (singular).
    pub genders: GenderSet,
}

fn table() -> &'static [Contraction] {
    static TABLE: OnceLock<Vec<Contraction>> = OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("data/contractions.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|line| {
                let cols: Vec<&'static str> = line.split('\t').collect();
                let [form, preposition, article, case, genders] = cols[..] else {
                    return None;
                };
                let case = CaseSet::parse_list(case).single()?;
                let genders = genders
                    .split(',')
                    .filter_map(|g| Gender::ALL.into_iter().find(|x| x.as_str() == g))
                    .fold(GenderSet::NONE, GenderSet::with);
                Some(Contraction {
                    form,
                    preposition,
                    article,
                    case,
                    genders,
                })
            })
            .collect()
    })
}

/// The contraction a form is (`Zum`, `im`), if any.
pub fn contraction(form: &str) -> Option<&'static Contraction> {
    // Every contraction ends in `m`, `s` or `r`: most words are rejected by one byte.
    let last = *form.as_bytes().last()?;
    if !matches!(last | 0x20, b'm' | b's' | b'r') || form.len() > 8 {
        return None;
    }
    table().iter().find(|c| c.form.eq_ignore_ascii_case(form))
}

/// The two syntactic words of a contracted form, the preposition keeping its capital
/// (`Zum` → `Zu`, `dem`).
pub fn split(form: &str, c: &Contraction) -> (String, &'static str) {
    let mut prep = c.preposition.to_string();
    if form.starts_with(|ch: char| ch.is_uppercase()) {
        prep = upper_first(&prep);
    }
    (prep, c.article)
}

fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|f| f.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Tags the words of a sentence given as forms: contractions are tagged as their two
/// words and merged back into one (see the module documentation). `tokens`, when given,
/// supply the byte offsets.
pub fn tag_forms(tagger: &Tagger, forms: &[&str], tokens: Option<&[Token]>) -> Vec<Word> {
    let found: Vec<Option<&Contraction>> = forms.iter().map(|f| contraction(f)).collect();
    let offsets = |k: usize| tokens.map_or((0, 0), |t| (t[k].start, t[k].end));
    if found.iter().all(Option::is_none) {
        return tagger
            .tag(forms)
            .into_iter()
            .enumerate()
            .map(|(k, t)| {
                let (start, end) = offsets(k);
                Word {
                    start,
                    end,
                    upos: t.upos,
                    xpos: t.xpos,
                    lemma: t.lemma,
                    feats: t.feats,
                }
            })
            .collect();
    }
    let mut split_forms: Vec<String> = Vec::with_capacity(forms.len() + 4);
    for (f, c) in forms.iter().zip(&found) {
        match c {
            Some(c) => {
                let (prep, article) = split(f, c);
                split_forms.push(prep);
                split_forms.push(article.to_string());
            }
            None => split_forms.push((*f).to_string()),
        }
    }
    let refs: Vec<&str> = split_forms.iter().map(String::as_str).collect();
    let mut tags = tagger.tag(&refs).into_iter();
    let mut out = Vec::with_capacity(forms.len());
    for (k, c) in found.iter().enumerate() {
        let (start, end) = offsets(k);
        let Some(t) = tags.next() else { break };
        let word = match c {
            None => Word {
                start,
                end,
                upos: t.upos,
                xpos: t.xpos,
                lemma: t.lemma,
                feats: t.feats,
            },
            Some(c) => {
                let article = tags.next().map(|a| a.feats).unwrap_or_default();
                let mut feats = super::token::Feats {
                    case: CaseSet::only(c.case),
                    number: Some(Number::Sing),
                    ..Default::default()
                };
                let gender = article.gender.intersect(c.genders);
                feats.gender = if gender.is_empty() { c.genders } else { gender };
                Word {
                    start,
                    end,
                    upos: Upos::Adp,
                    xpos: "APPRART",
                    lemma: Some(c.preposition.into()),
                    feats,
                }
            }
        };
        out.push(word);
    }
    out
}

/// [`tag_forms`] for the tokens of `text`.
pub fn tag_tokens(tagger: &Tagger, text: &str, tokens: &[Token]) -> Vec<Word> {
    let forms: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    tag_forms(tagger, &forms, Some(tokens))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contractions_are_found_by_form() {
        let zum = contraction("Zum").unwrap();
        assert_eq!((zum.preposition, zum.article), ("zu", "dem"));
        assert_eq!(
            contraction("zur").unwrap().genders,
            GenderSet::only(Gender::Fem)
        );
        assert_eq!(contraction("ins").unwrap().case, Case::Acc);
        for word in ["Zoom", "Haus", "um", "in", "dem", "Amt", "Bus", "r", ""] {
            assert!(contraction(word).is_none(), "{word}");
        }
        assert_eq!(
            split("Im", contraction("Im").unwrap()),
            ("In".to_string(), "dem")
        );
        assert_eq!(split("übers", contraction("übers").unwrap()).0, "über");
    }

    #[test]
    fn contraction_is_one_adposition_with_the_articles_features() {
        let forms = ["Sie", "ging", "zur", "Bank", "und", "ins", "Kino", "."];
        let words = tag_forms(Tagger::builtin(), &forms, None);
        assert_eq!(words.len(), forms.len());
        let zur = &words[2];
        assert_eq!((zur.upos, zur.xpos), (Upos::Adp, "APPRART"));
        assert_eq!(zur.feats.case, CaseSet::only(Case::Dat));
        assert_eq!(zur.feats.gender, GenderSet::only(Gender::Fem));
        assert_eq!(words[5].feats.case, CaseSet::only(Case::Acc));
        assert_eq!(words[3].upos, Upos::Noun);
        assert_eq!(words[6].upos, Upos::Noun);
    }
}
