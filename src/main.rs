//! The `standpunkt` command: parses arguments, calls the library, prints errors as one
//! line (`{err:#}`) and maps them to exit codes (1 failure, 2 usage; a closed pipe is
//! success).

mod cli;

use std::process::ExitCode;

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
            eprintln!("standpunkt: {err:#}");
            ExitCode::from(1)
        }
    }
}
