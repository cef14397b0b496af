//! The extractor on arbitrary text: never panics, and every evidence span lies on char
//! boundaries inside the text and its bytes are the sentence.
#![no_main]

use libfuzzer_sys::fuzz_target;
use standpunkt::{Article, Extractor};
use std::sync::OnceLock;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(Extractor::builtin)
}

fuzz_target!(|text: &str| {
    let article = Article::new("fuzz", text).with_date("2025-09-04");
    for s in extractor().extract(&article) {
        let [a, b] = s.evidence.span;
        assert!(a <= b && b <= text.len());
        assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
        assert_eq!(&text[a..b], s.evidence.sentence);
    }
});
