//! The article readers on arbitrary bytes: JSON Lines (with and without keep-going, a
//! small size limit so that long lines are exercised) and text files with a header. Must
//! never panic; every article text is valid UTF-8 by construction, and ids are not empty.
#![no_main]

use libfuzzer_sys::fuzz_target;
use standpunkt::ingest::{parse_text_article_checked, read_jsonl_bytes, ReadOptions};
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    for keep_going in [false, true] {
        let options = ReadOptions {
            keep_going,
            max_article_bytes: 4096,
        };
        if let Ok((articles, _warnings)) = read_jsonl_bytes(Path::new("fuzz.jsonl"), data, &options) {
            for a in articles {
                assert!(!a.id.is_empty());
                assert!(a.text.len() <= 4096 * 6);
            }
        }
    }
    let text = String::from_utf8_lossy(data).into_owned();
    let (article, _) = parse_text_article_checked("fuzz", text);
    assert!(article.body_start <= article.text.len());
    assert!(article.text.is_char_boundary(article.body_start));
});
