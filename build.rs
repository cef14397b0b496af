//! Builds the grammar layer's noun lexicon image (`src/grammar/noun_table.rs`) from its data
//! files, so that the binary starts without parsing them.

#[allow(dead_code)]
#[path = "src/grammar/noun_table.rs"]
mod noun_table;

use std::path::PathBuf;

const FILES: [&str; 5] = [
    "src/grammar/data/nouns.tsv",
    "src/grammar/data/subjunctive.tsv",
    "src/lexicon/data/given_names.tsv",
    "src/grammar/data/family_names.tsv",
    "src/grammar/data/adjectives.tsv",
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/grammar/noun_table.rs");
    let texts: Vec<String> = FILES
        .iter()
        .map(|f| {
            println!("cargo:rerun-if-changed={f}");
            std::fs::read_to_string(f).unwrap_or_else(|e| panic!("{f}: {e}"))
        })
        .collect();
    let image = noun_table::builtin_image(&texts[0], &texts[1], &texts[2], &texts[3], &texts[4])
        .unwrap_or_else(|e| panic!("{e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let path = out.join("noun_lexicon.bin");
    std::fs::write(&path, image).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
