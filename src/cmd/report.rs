//! `dgtk report`: the progress report. (Being built: see issue 5.)

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::cli::GlobalArgs;
use crate::exit::ExitStatus;

/// Write the progress report of an assessment, with the trend against prior ones.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The assessment to report on.
    pub file: PathBuf,
    /// Prior assessments to compare with (any number, any order).
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub prior: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Write to FILE (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Markdown,
    Html,
}

pub fn run(_g: &GlobalArgs, _args: ReportArgs) -> Result<ExitStatus> {
    anyhow::bail!("`dgtk report` is not available in this build yet")
}
