//! Integration tests: one binary, one module per concern (ripgrep's layout).

mod util;

mod acts;
mod back_references;
mod cli;
mod export;
mod extraction;
mod frames;
mod grammar;
mod inputs;
mod lexicon;
mod merge;
mod names;
mod network;
mod network_files;
mod objects;
mod outputs;
mod pipeline;
mod precision;
mod predicates;
mod query;
mod render;
mod robustness;
mod seeds;
mod sources;
mod spark;
mod speakers;
mod stance;
mod viewer;
