//! Evaluation against gold statements, with the matching rules of the statement spec
//! (the same figures as the reference scorer `score_statements.py`).

use crate::error::{Error, Result};
use crate::extract::Statement;
use regex::Regex;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::Path;
use std::sync::OnceLock;
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// One expected statement.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldStatement {
    /// Article id.
    pub article: String,
    /// Canonical actor name.
    pub actor: String,
    /// Other names that count.
    #[serde(default)]
    pub actor_aliases: Vec<String>,
    /// Expected country.
    pub country: Option<String>,
    /// Expected predicate.
    pub predicate: String,
    /// Predicates that also count.
    #[serde(default)]
    pub also: Vec<String>,
    /// Negated.
    #[serde(default)]
    pub negated: bool,
    /// Stems of which one must occur in the object's label or id.
    #[serde(default)]
    pub object_keys: Vec<String>,
    /// The evidence sentence (or a part of it).
    #[serde(default)]
    pub evidence: Option<String>,
    /// Hashed evidence words, instead of the text.
    #[serde(default)]
    pub evidence_hashes: Option<Vec<String>>,
    /// Optional lines count neither as miss nor, when matched, as false positive.
    #[serde(default)]
    pub optional: bool,
}

/// The figures.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Score {
    /// Matched non-optional gold lines.
    pub tp: usize,
    /// Predictions matching no gold line.
    pub fp: usize,
    /// Unmatched non-optional gold lines.
    pub fn_: usize,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Share of matched non-optional gold lines with a country whose country is right.
    pub country_accuracy: f64,
    /// How many matched lines had a country to check.
    pub country_checked: usize,
    /// Indices of unmatched gold lines.
    #[serde(skip)]
    pub misses: Vec<usize>,
    /// Indices of unmatched predictions.
    #[serde(skip)]
    pub false_positives: Vec<usize>,
}

/// Folds for comparison: lower case, `ß`→`ss`, decomposed, combining marks removed.
pub fn fold(text: &str) -> String {
    text.to_lowercase()
        .replace('ß', "ss")
        .nfkd()
        .filter(|c| canonical_combining_class(*c) == 0)
        .collect()
}

fn word_regex() -> &'static Regex {
    static WORD: OnceLock<Regex> = OnceLock::new();
    WORD.get_or_init(|| Regex::new(r"\w+").expect("valid regex"))
}

fn words(text: &str) -> Vec<String> {
    word_regex()
        .find_iter(&fold(text))
        .map(|m| m.as_str().to_string())
        .collect()
}

fn actor_matches(gold: &GoldStatement, pred: &Statement) -> bool {
    let name = fold(&pred.actor.name);
    if name.is_empty() {
        return false;
    }
    let names: Vec<String> = std::iter::once(&gold.actor)
        .chain(&gold.actor_aliases)
        .map(|n| fold(n))
        .collect();
    if names.contains(&name) {
        return true;
    }
    let last = words(&name).last().cloned();
    names.iter().any(|n| {
        let w = words(n);
        !w.is_empty() && w.last().cloned() == last
    })
}

fn key_found(key: &str, haystack: &str) -> bool {
    let key = fold(key);
    if key.trim_end_matches('-').chars().count() <= 3 {
        return haystack.match_indices(&key).any(|(i, _)| {
            !haystack[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        });
    }
    haystack.contains(&key)
}

fn object_matches(gold: &GoldStatement, pred: &Statement) -> bool {
    let haystack = fold(&format!(
        "{} {}",
        pred.object.label,
        pred.object.id.as_deref().unwrap_or("")
    ));
    gold.object_keys.iter().any(|k| key_found(k, &haystack))
}

fn evidence_matches(gold: &GoldStatement, pred: &Statement) -> bool {
    let have: HashSet<String> = words(&pred.evidence.sentence).into_iter().collect();
    let (want, have): (HashSet<String>, HashSet<String>) = match &gold.evidence_hashes {
        Some(hashes) => (
            hashes.iter().cloned().collect(),
            have.iter().map(|w| token_hash(w)).collect(),
        ),
        None => (
            words(gold.evidence.as_deref().unwrap_or(""))
                .into_iter()
                .collect(),
            have,
        ),
    };
    if want.is_empty() {
        return true;
    }
    want.intersection(&have).count() as f64 >= 0.6 * want.len() as f64
}

/// The first ten hex digits of the SHA-256 of a word, as gold files may hash evidence.
fn token_hash(word: &str) -> String {
    sha256_hex(word.as_bytes())[..10].to_string()
}

/// Whether `pred` matches `gold` by the spec's six rules.
pub fn matches(gold: &GoldStatement, pred: &Statement) -> bool {
    gold.article == pred.article
        && actor_matches(gold, pred)
        && (gold.predicate == pred.predicate.as_str()
            || gold.also.iter().any(|a| a == pred.predicate.as_str()))
        && gold.negated == pred.negated
        && object_matches(gold, pred)
        && evidence_matches(gold, pred)
}

/// Scores predictions against gold lines, one to one, non-optional lines first.
pub fn score(gold: &[GoldStatement], predictions: &[Statement]) -> Score {
    let articles: HashSet<&str> = gold.iter().map(|g| g.article.as_str()).collect();
    let preds: Vec<usize> = (0..predictions.len())
        .filter(|&i| articles.contains(predictions[i].article.as_str()))
        .collect();
    let mut taken = vec![false; preds.len()];
    let order: Vec<usize> = (0..gold.len())
        .filter(|&i| !gold[i].optional)
        .chain((0..gold.len()).filter(|&i| gold[i].optional))
        .collect();
    let mut score = Score::default();
    let (mut right, mut checked) = (0, 0);
    for g in order {
        let found =
            (0..preds.len()).find(|&j| !taken[j] && matches(&gold[g], &predictions[preds[j]]));
        match found {
            Some(j) => {
                taken[j] = true;
                if !gold[g].optional {
                    score.tp += 1;
                    if let Some(country) = &gold[g].country {
                        checked += 1;
                        if predictions[preds[j]].country.as_deref() == Some(country.as_str()) {
                            right += 1;
                        }
                    }
                }
            }
            None if !gold[g].optional => score.misses.push(g),
            None => {}
        }
    }
    score.false_positives = (0..preds.len())
        .filter(|&j| !taken[j])
        .map(|j| preds[j])
        .collect();
    score.fn_ = score.misses.len();
    score.fp = score.false_positives.len();
    let (tp, fp, fn_) = (score.tp as f64, score.fp as f64, score.fn_ as f64);
    score.precision = if tp + fp > 0.0 { tp / (tp + fp) } else { 0.0 };
    score.recall = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 0.0 };
    score.f1 = if score.precision + score.recall > 0.0 {
        2.0 * score.precision * score.recall / (score.precision + score.recall)
    } else {
        0.0
    };
    score.country_checked = checked;
    score.country_accuracy = if checked > 0 {
        right as f64 / checked as f64
    } else {
        0.0
    };
    score
}

/// Reads a gold file.
pub fn read_gold(path: &Path) -> Result<Vec<GoldStatement>> {
    let content = std::fs::read_to_string(path).map_err(|err| match err.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound { path: path.into() },
        _ => Error::io(path, err),
    })?;
    let mut rows = Vec::new();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        rows.push(serde_json::from_str(line).map_err(|err| {
            Error::parse(
                path,
                i + 1,
                err.column(),
                format!("not a gold statement: {}", crate::ingest::json_reason(&err)),
            )
        })?);
    }
    Ok(rows)
}

fn sha256_hex(data: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(data)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_known_value() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn short_keys_must_begin_a_word() {
        assert!(!key_found("usa", "zusage"));
        assert!(key_found("usa", "die usa und"));
        assert!(key_found("us-", "us-regierung"));
        assert!(key_found("garant", "sicherheitsgarantien"));
    }

    #[test]
    fn folding_matches_the_reference() {
        assert_eq!(fold("Sánchez Straße"), "sanchez strasse");
    }
}
