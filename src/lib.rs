//! `dgtk`: self-assessment of digital government strategies against the OECD Recommendation on
//! Digital Government Strategies (2014).
//!
//! The domain (framework, assessment, validation, scoring, diff, merge) is plain data and pure
//! functions; `cmd/` holds one module per command, which reads inputs, calls the domain, hands
//! the results to the output layer (`view/`) and writes what it returns (through
//! `output::write`). Only `cmd/` prints, and `tui/` draws the questionnaire's screens.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod agreement;
pub mod assessment;
pub mod atomic;
pub mod batch;
pub mod cli;
pub(crate) mod cmd;
pub mod compare;
pub mod country;
pub mod diag;
pub mod diff;
pub mod discover;
pub(crate) mod embed;
pub mod error;
pub mod exit;
pub mod framework;
pub mod i18n;
pub mod json;
pub mod lang;
pub mod lock;
pub mod markdown;
pub mod merge;
pub mod output;
pub mod present;
pub mod questionnaire;
pub mod reconcile;
pub mod render;
pub mod report;
pub mod sanitize;
pub mod score;
pub mod sensitivity;
pub mod sheets;
pub mod source;
pub(crate) mod tui;
pub(crate) mod view;

pub use cli::Cli;
pub use exit::ExitStatus;

/// Runs a parsed command line and returns the exit status. Every error of every command is
/// shown here, in one form ([`error::CliError::render`]), with the exit code its kind says.
pub fn run(cli: Cli) -> ExitStatus {
    match cmd::dispatch(cli) {
        Ok(status) => status,
        Err(err) => {
            if is_broken_pipe(&err) {
                // `dgtk score ... | head`: the reader left; that is not an error.
                return ExitStatus::Success;
            }
            let err = match err.downcast::<error::CliError>() {
                Ok(e) => e,
                // Any other error (an I/O failure with its context) is a failed input or output.
                Err(other) => error::CliError::input(format!("{other:#}")),
            };
            output::write::eprint(&err.render());
            err.exit_status()
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
