//! `dgtk assess`: the interactive questionnaire. (Being built: see issue 4.)

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::cli::GlobalArgs;
use crate::exit::ExitStatus;

/// Answer the questionnaire interactively in the terminal, saving after every answer.
#[derive(Debug, Args)]
pub struct AssessArgs {
    /// The answer file: created if missing, otherwise resumed at the first unanswered question.
    pub file: Option<PathBuf>,
    /// Country (ISO 3166-1 alpha-3) or agency code, for a new file.
    #[arg(long)]
    pub country: Option<String>,
    /// Year, for a new file.
    #[arg(long)]
    pub year: Option<i32>,
    /// A prior assessment whose answers are offered as defaults.
    #[arg(long, value_name = "PRIOR")]
    pub from: Option<PathBuf>,
    /// Start at this principle (number or id).
    #[arg(long, value_name = "ID")]
    pub principle: Option<String>,
}

pub fn run(_g: &GlobalArgs, _args: AssessArgs) -> Result<ExitStatus> {
    anyhow::bail!("`dgtk assess` is not available in this build yet")
}
