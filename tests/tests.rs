//! Integration tests: one binary, one module per concern (ripgrep's layout).

mod util;

mod cli;
mod export;
mod extraction;
mod grammar;
mod lexicon;
mod network;
mod pipeline;
mod query;
mod robustness;
mod seeds;
