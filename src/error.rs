//! The one error type of `dgtk` ([`CliError`]): a kind, a message, the file problems behind it,
//! and hints on what to do. Every command returns it on failure; `lib::run` renders it in one
//! place and derives the exit code from its kind, so the same mistake always gives the same
//! message and the same code, whichever command made it.
//!
//! Nothing here prints: [`CliError::render`] returns the text.

use std::fmt;

use crate::diag::Diagnostic;
use crate::exit::ExitStatus;

/// What went wrong, which decides the exit code (the table in the README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The command line is wrong (an unknown principle, a missing option): exit 2.
    Usage,
    /// An input file, folder or framework is invalid or unreadable, or an output cannot be
    /// written: exit 1.
    Input,
    /// The inputs are fine but a check the user asked for failed (`--fail-under`,
    /// `--fail-on-regression`, conflicts left by `merge`): exit 1.
    Failed,
    /// Stopped by Ctrl-C, SIGTERM or a closed terminal: exit 130.
    Interrupted,
}

/// A failure of a command, ready to be shown.
#[derive(Debug, Clone, PartialEq)]
pub struct CliError {
    pub kind: ErrorKind,
    /// One sentence; empty when the diagnostics say it all.
    pub message: String,
    /// File problems, shown before the message, one `file:line:col: message` per line.
    pub diagnostics: Vec<Diagnostic>,
    /// What to do about it, one `hint:` line each.
    pub hints: Vec<String>,
    /// The message only sums up the file problems above it (`check`'s "3 problem(s) in 2
    /// file(s)"): shown without the `error:` prefix, since the problems are the errors.
    pub summary: bool,
}

impl CliError {
    fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        CliError {
            kind,
            message: message.into(),
            diagnostics: Vec::new(),
            hints: Vec::new(),
            summary: false,
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Usage, message)
    }

    pub fn input(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Input, message)
    }

    pub fn failed(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Failed, message)
    }

    pub fn interrupted(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Interrupted, message)
    }

    /// Problems found in files, with a summary sentence (which may be empty).
    pub fn problems(diagnostics: Vec<Diagnostic>, message: impl Into<String>) -> Self {
        let mut e = Self::input(message);
        e.diagnostics = diagnostics;
        e
    }

    /// File problems with a line that sums them up ([`CliError::summary`]).
    pub fn summed_up(diagnostics: Vec<Diagnostic>, summary: impl Into<String>) -> Self {
        let mut e = Self::problems(diagnostics, summary);
        e.summary = true;
        e
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// The exit status this error ends the command with.
    pub fn exit_status(&self) -> ExitStatus {
        match self.kind {
            ErrorKind::Usage => ExitStatus::Usage,
            ErrorKind::Input | ErrorKind::Failed => ExitStatus::Failure,
            ErrorKind::Interrupted => ExitStatus::Interrupted,
        }
    }

    /// The text shown on stderr: the file problems, then `error: message`, then each hint. A
    /// failed check is stated without the `error:` prefix (nothing is broken), and so is a line
    /// that only sums up the file problems above it.
    pub fn render(&self) -> String {
        let mut s = String::new();
        for d in &self.diagnostics {
            s.push_str(&d.to_string());
            s.push('\n');
        }
        if !self.message.is_empty() {
            match self.kind {
                ErrorKind::Failed | ErrorKind::Interrupted => {}
                _ if self.summary => {}
                ErrorKind::Usage | ErrorKind::Input => {
                    s.push_str(&crate::t!("label-error"));
                    s.push(' ');
                }
            }
            s.push_str(&self.message);
            s.push('\n');
        }
        for h in &self.hints {
            s.push_str(&crate::t!("label-hint"));
            s.push(' ');

            s.push_str(h);
            s.push('\n');
        }
        s
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.render().trim_end())
    }
}

impl std::error::Error for CliError {}

/// The result of a command.
pub type Result<T> = std::result::Result<T, anyhow::Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_its_code_and_prefix() {
        let e = CliError::usage("no principle \"13\"").hint("dgtk principles lists them");
        assert_eq!(e.exit_status(), ExitStatus::Usage);
        assert_eq!(
            e.render(),
            "error: no principle \"13\"\nhint: dgtk principles lists them\n"
        );
        assert_eq!(CliError::input("x").exit_status(), ExitStatus::Failure);
        let failed = CliError::failed("2 assessments scored below 60");
        assert_eq!(failed.exit_status(), ExitStatus::Failure);
        assert_eq!(failed.render(), "2 assessments scored below 60\n");
        assert_eq!(
            CliError::interrupted("stopped").exit_status(),
            ExitStatus::Interrupted
        );
    }
}
