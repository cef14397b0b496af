//! Integration tests: one binary, one module per concern (ripgrep's layout).

mod util;

mod cli;
mod pipeline;
mod robustness;
mod seeds;
