//! `dgtk merge`: combine several assessors' answer files. (Being built: see issue 6.)

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::cli::GlobalArgs;
use crate::exit::ExitStatus;

/// Combine several assessors' (or agencies') answer files for one country and year.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The answer files to merge.
    #[arg(required = true, num_args = 2..)]
    pub files: Vec<PathBuf>,
    /// The merged file to write.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Exit 0 even if conflicts remain (they are still listed and left unanswered).
    #[arg(long)]
    pub allow_conflicts: bool,
}

pub fn run(_g: &GlobalArgs, _args: MergeArgs) -> Result<ExitStatus> {
    anyhow::bail!("`dgtk merge` is not available in this build yet")
}
