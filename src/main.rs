//! The `standpunkt` command: parses arguments, calls the library, prints errors as one
//! line (each cause once) and maps them to exit codes (1 failure, 2 usage; a closed pipe
//! is success).

mod cli;

use std::process::ExitCode;

/// Extraction allocates many small, short-lived values: mimalloc serves them at a
/// fraction of the system allocator's cost (see Cargo.toml).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    match cli::run() {
        Ok(code) => code,
        Err(err) => {
            if err.chain().any(|cause| {
                cause
                    .downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("standpunkt: {}", one_line(&err));
            ExitCode::from(1)
        }
    }
}

/// The error and its causes joined by `: `, leaving out a cause whose text the line
/// already ends with (an I/O error shown beside its path is also its `source`).
fn one_line(err: &anyhow::Error) -> String {
    let mut line = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if line.ends_with(&text) {
            continue;
        }
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&text);
    }
    line
}
