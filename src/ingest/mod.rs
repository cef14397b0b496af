//! Reading articles: text files in the seeds' form, plain text files and JSON Lines,
//! from files or directories (recursively), in a stable order.

mod article;
mod jsonl;
mod textfile;
mod walk;

pub use article::{
    day_number as day_number_pub, days_in_month as days_in_month_pub, Article, ArticleDate,
};
pub use jsonl::read_jsonl;
pub use textfile::parse_text_article;
pub use walk::{collect_inputs, read_inputs, InputFile, InputKind};
