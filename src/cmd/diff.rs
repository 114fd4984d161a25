//! `dgtk diff`: what changed between two assessments. (Being built: see issue 6.)

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::cli::GlobalArgs;
use crate::exit::ExitStatus;

/// Compare two assessments (e.g. two years): per question, principle, pillar and overall.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier assessment.
    pub old: PathBuf,
    /// The later assessment.
    pub new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,
    /// Exit 1 if the overall score or any principle's score declined.
    #[arg(long)]
    pub fail_on_regression: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Table,
    Json,
    Markdown,
}

pub fn run(_g: &GlobalArgs, _args: DiffArgs) -> Result<ExitStatus> {
    anyhow::bail!("`dgtk diff` is not available in this build yet")
}
