//! Article identity over a run (and over incremental builds): a content hash per
//! article, repeated articles skipped, duplicate ids with different text kept under a
//! new id.

use super::Article;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// The content hash of an article: SHA-256 (first 128 bits, hex) of everything that
/// extraction reads — date, source and text. Two articles with the same id and hash are
/// the same article.
pub fn content_hash(article: &Article) -> String {
    let mut hasher = Sha256::new();
    for part in [
        article.date.as_deref().unwrap_or(""),
        article.source.as_deref().unwrap_or(""),
    ] {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part.as_bytes());
    }
    hasher.update(article.text.as_bytes());
    let digest = hasher.finalize();
    digest[..16].iter().map(|b| format!("{b:02x}")).collect()
}

/// What [`ArticleIds::admit`] decided.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Admission {
    /// A new article: read it.
    New,
    /// Its id was taken by an article with another text: read it under `article.id`,
    /// which now carries a suffix (`id#2`); `from` is the id it had.
    Renamed {
        /// The id as given in the input.
        from: String,
    },
    /// The same article (same id, same text) was read before in this run, as `id`
    /// (its own id, or the `id#N` it was renamed to): skip it.
    Repeated {
        /// The id it was read under.
        id: String,
    },
    /// The same article is already in the graph being extended, as `id`: skip it.
    Known {
        /// The id it has in the graph.
        id: String,
    },
}

#[derive(Debug, Clone)]
struct Seen {
    /// `None` for articles of a graph written before hashes were stored.
    hash: Option<String>,
    from_graph: bool,
}

/// The article ids of a run, with their content hashes.
#[derive(Debug, Default, Clone)]
pub struct ArticleIds {
    seen: HashMap<String, Seen>,
}

impl ArticleIds {
    /// An empty set.
    pub fn new() -> Self {
        ArticleIds::default()
    }

    /// Starts from the articles already in a graph: id → content hash (`None` where the
    /// graph has none; such an article is recognised by its id alone).
    pub fn with_known<I, S>(known: I) -> Self
    where
        I: IntoIterator<Item = (S, Option<String>)>,
        S: Into<String>,
    {
        let seen = known
            .into_iter()
            .map(|(id, hash)| {
                (
                    id.into(),
                    Seen {
                        hash,
                        from_graph: true,
                    },
                )
            })
            .collect();
        ArticleIds { seen }
    }

    /// Decides about `article` with content hash `hash`, renaming it where its id is
    /// taken by another text: the first free `id#N` (N ≥ 2), or the `id#N` that already
    /// holds this very text. Deterministic: the same input order gives the same ids.
    pub fn admit(&mut self, article: &mut Article, hash: &str) -> Admission {
        let original = article.id.clone();
        let mut candidate = original.clone();
        let mut n = 1usize;
        loop {
            match self.seen.get(&candidate) {
                None => break,
                Some(seen) if seen.hash.as_deref().is_none_or(|h| h == hash) => {
                    return if seen.from_graph {
                        Admission::Known { id: candidate }
                    } else {
                        Admission::Repeated { id: candidate }
                    };
                }
                Some(_) => {
                    n += 1;
                    candidate = format!("{original}#{n}");
                }
            }
        }
        self.seen.insert(
            candidate.clone(),
            Seen {
                hash: Some(hash.to_string()),
                from_graph: false,
            },
        );
        if n == 1 {
            Admission::New
        } else {
            article.id = candidate;
            Admission::Renamed { from: original }
        }
    }

    /// Number of ids.
    pub fn len(&self) -> usize {
        self.seen.len()
    }

    /// Whether no id was seen.
    pub fn is_empty(&self) -> bool {
        self.seen.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeats_are_skipped_and_clashes_renamed() {
        let mut ids = ArticleIds::new();
        let mut a = Article::new("x", "eins");
        let mut b = Article::new("x", "zwei");
        let mut c = Article::new("x", "zwei");
        let mut d = Article::new("x", "eins");
        let (ha, hb) = (content_hash(&a), content_hash(&b));
        assert_ne!(ha, hb);
        assert_eq!(ids.admit(&mut a, &ha), Admission::New);
        assert_eq!(
            ids.admit(&mut b, &hb),
            Admission::Renamed { from: "x".into() }
        );
        assert_eq!(b.id, "x#2");
        let repeated = |id: &str| Admission::Repeated { id: id.into() };
        assert_eq!(ids.admit(&mut c, &hb), repeated("x#2"));
        assert_eq!(ids.admit(&mut d, &ha), repeated("x"));
        let mut known = ArticleIds::with_known([("x", Some(ha.clone())), ("old", None)]);
        let known_as = |id: &str| Admission::Known { id: id.into() };
        assert_eq!(known.admit(&mut d, &ha), known_as("x"));
        let mut old = Article::new("old", "whatever");
        assert_eq!(known.admit(&mut old, "h"), known_as("old"));
    }

    #[test]
    fn the_hash_covers_date_and_source() {
        let a = Article::new("x", "Text");
        let b = Article::new("x", "Text").with_date("2025-01-01");
        assert_ne!(content_hash(&a), content_hash(&b));
        assert_eq!(content_hash(&a).len(), 32);
    }
}
