//! Shared text: an article's text held once behind an [`Arc`], and pieces of it (byte
//! ranges) that statements keep as their sentence, quotation and object text without
//! copying. A piece reads, compares, hashes, prints and serialises as the string it
//! covers, so the JSON of a statement is the same as with owned strings.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Borrow;
use std::cmp::Ordering;
use std::hash::{Hash, Hasher};
use std::ops::{Deref, Range};
use std::sync::Arc;

/// A text held once and shared, or a byte range of one. Cloning and [`slice`] copy no
/// text: they share the `Arc`. A piece keeps its whole text alive.
///
/// [`slice`]: SharedText::slice
#[derive(Clone)]
pub struct SharedText {
    text: Arc<str>,
    start: usize,
    end: usize,
}

impl SharedText {
    /// The whole of `text`, shared from now on (a `String` is moved into the `Arc` once).
    pub fn new(text: impl Into<Arc<str>>) -> Self {
        let text = text.into();
        let end = text.len();
        SharedText {
            text,
            start: 0,
            end,
        }
    }

    /// The string this piece covers.
    pub fn as_str(&self) -> &str {
        &self.text[self.start..self.end]
    }

    /// The piece `range` of this one (byte offsets into it, on character boundaries),
    /// sharing the same text.
    ///
    /// # Panics
    /// Like `&str[range]`: when the range is out of bounds or cuts a character.
    pub fn slice(&self, range: Range<usize>) -> SharedText {
        // Checks the bounds and character boundaries as string indexing does.
        let _ = &self.as_str()[range.clone()];
        SharedText {
            text: Arc::clone(&self.text),
            start: self.start + range.start,
            end: self.start + range.end,
        }
    }

    /// Whether `self` and `other` are pieces of one text held once.
    pub fn shares_text_with(&self, other: &SharedText) -> bool {
        Arc::ptr_eq(&self.text, &other.text)
    }
}

impl Default for SharedText {
    fn default() -> Self {
        SharedText::new("")
    }
}

impl Deref for SharedText {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for SharedText {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl Borrow<str> for SharedText {
    fn borrow(&self) -> &str {
        self.as_str()
    }
}

impl From<String> for SharedText {
    fn from(text: String) -> Self {
        SharedText::new(text)
    }
}

impl From<&str> for SharedText {
    fn from(text: &str) -> Self {
        SharedText::new(text)
    }
}

impl From<&String> for SharedText {
    fn from(text: &String) -> Self {
        SharedText::new(text.as_str())
    }
}

impl From<SharedText> for String {
    fn from(text: SharedText) -> Self {
        text.as_str().to_string()
    }
}

impl std::fmt::Debug for SharedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for SharedText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for SharedText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for SharedText {}

impl PartialOrd for SharedText {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for SharedText {
    fn cmp(&self, other: &Self) -> Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl Hash for SharedText {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

macro_rules! eq_with_strings {
    ($($other:ty),*) => {$(
        impl PartialEq<$other> for SharedText {
            fn eq(&self, other: &$other) -> bool {
                self.as_str() == AsRef::<str>::as_ref(other)
            }
        }
        impl PartialEq<SharedText> for $other {
            fn eq(&self, other: &SharedText) -> bool {
                AsRef::<str>::as_ref(self) == other.as_str()
            }
        }
    )*};
}

eq_with_strings!(str, &str, String);

impl Serialize for SharedText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SharedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(SharedText::from)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_share_the_text_and_behave_as_their_string() {
        let article = SharedText::from("Er sagte: „Nein.“ Dann ging er.".to_string());
        let quote = article.slice(10..21);
        assert_eq!(quote, "„Nein.“");
        assert!(quote.shares_text_with(&article));
        let inner = quote.slice(3..8);
        assert_eq!(inner.as_str(), "Nein.");
        assert!(inner.shares_text_with(&article));
        assert_eq!(inner, SharedText::from("Nein."));
        assert_eq!(inner.len(), 5);
        assert_eq!(format!("{inner}|{inner:?}"), "Nein.|\"Nein.\"");
        assert_eq!(
            serde_json::to_string(&quote).unwrap(),
            serde_json::to_string("„Nein.“").unwrap()
        );
        let back: SharedText = serde_json::from_str("\"„Nein.“\"").unwrap();
        assert_eq!(back, quote);
        let mut hashes = std::collections::HashSet::new();
        hashes.insert(quote.clone());
        assert!(hashes.contains("„Nein.“"));
        assert!(quote > article.slice(0..2));
    }

    #[test]
    #[should_panic(expected = "byte index")]
    fn a_slice_through_a_character_panics_as_for_str() {
        let text = SharedText::from("„Ja“");
        let _ = text.slice(1..3);
    }
}
