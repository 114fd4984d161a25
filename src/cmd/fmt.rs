//! `dgtk fmt FILE|DIR...`: rewrites answer files in the canonical layout, so that files edited by
//! hand, or written against an earlier wording of the framework, carry the current question texts
//! as comments and give clean diffs. Answers are never changed; comments a person added are
//! kept in place (see [`crate::assessment::rewrite`]).

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::cli::GlobalArgs;
use crate::exit::ExitStatus;

/// Rewrite answer files in the canonical layout (framework order, question texts as comments).
///
/// Answers, evidence, links, flags and targets are kept exactly, and so are the comments you
/// wrote; only the layout and the tool's own comments change.
/// Files with problems are reported and left untouched. With --check nothing is written.
#[derive(Debug, Args)]
pub struct FmtArgs {
    /// Answer files, or folders to search recursively for *.toml.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,

    /// Only report which files are not in the canonical layout; exit 1 if any.
    #[arg(long)]
    pub check: bool,
}

pub fn run(g: &GlobalArgs, args: FmtArgs) -> Result<ExitStatus> {
    let f = super::framework_or_exit!(g);
    let (files, mut problems) = crate::discover::answer_files(&args.paths);
    let mut changed = Vec::new();
    for path in &files {
        let text = match crate::source::read_text(path) {
            Ok(t) => t,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        let a = match crate::assessment::parse(&path.display().to_string(), &text, &f) {
            Ok(a) => a,
            Err(p) => {
                problems.extend(p);
                continue;
            }
        };
        let canonical = crate::assessment::rewrite(&text, &f, &a);
        if canonical != text {
            if !args.check {
                crate::atomic::write(path, canonical.as_bytes()).map_err(|e| {
                    anyhow::anyhow!(
                        "cannot write {}: {}",
                        path.display(),
                        crate::source::io_message(&e)
                    )
                })?;
            }
            changed.push(path.display().to_string());
        }
    }
    super::print_diagnostics(&problems);
    let verb = if args.check {
        "not in canonical layout"
    } else {
        "reformatted"
    };
    let mut s = String::new();
    for c in &changed {
        s.push_str(&format!("{c}: {verb}\n"));
    }
    super::out(&s)?;
    Ok(ExitStatus::failed_if(
        !problems.is_empty() || (args.check && !changed.is_empty()),
    ))
}
