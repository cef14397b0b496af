//! Reading articles: text files in the seeds' form, plain text files and JSON Lines,
//! from files or directories (recursively), in a stable order, as a stream. Faults in the
//! input (unreadable entries, binary or empty files, invalid UTF-8, oversized articles,
//! malformed records, bad dates, duplicate ids) become [`Warning`]s with a defined
//! outcome; see [`Issue`].

mod article;
mod decode;
mod dedup;
mod issue;
mod jsonl;
mod shared;
mod textfile;
mod walk;

pub use article::{
    civil_from_days, day_number as day_number_pub, days_in_month as days_in_month_pub, today,
    Article, ArticleDate,
};
pub use decode::{binary_kind, decode, encoding_for_label, BinaryKind, Decoded};
pub use dedup::{content_hash, Admission, ArticleIds};
pub use issue::{human_bytes, Issue, Warning};
pub(crate) use jsonl::json_reason;
pub use jsonl::read_jsonl;
pub use shared::SharedText;
pub use textfile::{parse_text_article, parse_text_article_checked};
pub use walk::{
    collect_input_files, collect_inputs, read_inputs, read_jsonl_bytes, FileArticles, InputFile,
    InputKind, Item, ReadOptions, DEFAULT_MAX_ARTICLE_BYTES, STDIN_PATH,
};
