//! `dgtk`: self-assessment of digital government strategies against the OECD Recommendation on
//! Digital Government Strategies (2014).
//!
//! The domain (framework, assessment, validation, scoring, diff, merge) is plain data and pure
//! functions; `cmd/` holds one module per command, which reads inputs, calls the domain and
//! renders. Only `cmd/` prints.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod assessment;
pub mod atomic;
pub mod cli;
pub mod cmd;
pub mod diag;
pub mod diff;
pub mod discover;
pub mod exit;
pub mod framework;
pub mod merge;
pub mod questionnaire;
pub mod render;
pub mod report;
pub mod sanitize;
pub mod score;
pub mod source;

pub use cli::Cli;
pub use exit::ExitStatus;

/// Runs a parsed command line and returns the exit status; errors are printed here.
pub fn run(cli: Cli) -> ExitStatus {
    match cmd::dispatch(cli) {
        Ok(status) => status,
        Err(err) => {
            if is_broken_pipe(&err) {
                // `dgtk score ... | head`: the reader left; that is not an error.
                return ExitStatus::Success;
            }
            cmd::eprint(&format!("error: {err:#}\n"));
            ExitStatus::Failure
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
