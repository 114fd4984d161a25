//! `dgtk completions SHELL` and `dgtk man`: shell completion scripts and the man page, generated
//! from the command-line definition so they never drift from it.

use anyhow::Result;
use clap::{Args, CommandFactory};

use crate::cli::Cli;
use crate::exit::ExitStatus;

/// Print a shell completion script (e.g. `dgtk completions bash > /etc/bash_completion.d/dgtk`).
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to generate completions for.
    pub shell: clap_complete::Shell,
}

/// Print the man page in roff (e.g. `dgtk man > dgtk.1 && man ./dgtk.1`).
#[derive(Debug, Args)]
pub struct ManArgs {}

pub fn run(args: CompletionsArgs) -> Result<ExitStatus> {
    let mut buf = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "dgtk", &mut buf);
    super::out(&String::from_utf8_lossy(&buf))?;
    Ok(ExitStatus::Success)
}

pub fn man(_: ManArgs) -> Result<ExitStatus> {
    let mut buf = Vec::new();
    clap_mangen::Man::new(Cli::command()).render(&mut buf)?;
    super::out(&String::from_utf8_lossy(&buf))?;
    Ok(ExitStatus::Success)
}
