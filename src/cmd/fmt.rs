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
    let versions = super::load_versions(g)?;
    let (files, mut problems) = crate::discover::answer_files(&args.paths);
    let mut changed = Vec::new();
    for path in files.iter() {
        let text = match crate::source::read_text(path) {
            Ok(t) => t,
            Err(d) => {
                problems.push(d);
                continue;
            }
        };
        let (a, f) = match versions.parse(&path.display().to_string(), &text) {
            Ok(x) => x,
            Err(p) => {
                problems.extend(p);
                continue;
            }
        };
        super::language_note(f);
        let canonical = crate::assessment::rewrite(&text, f, &a);
        if canonical != text {
            if !args.check {
                // Every file that cannot be written is reported, and the others still written.
                let name = path.display().to_string();
                let lock = crate::lock::acquire(path, "dgtk fmt");
                let written = match &lock {
                    Err(e) => Err(e.reason()),
                    Ok(_) => {
                        crate::atomic::write_answer_file(path, canonical.as_bytes()).map_err(|e| {
                            crate::t!(
                                "output-file-cannot-write",
                                reason = crate::source::io_message(&e)
                            )
                        })
                    }
                };
                if let Err(message) = written {
                    problems.push(crate::diag::Diagnostic::file(&name, message));
                    continue;
                }
            }
            changed.push(path.display().to_string());
        }
    }
    let verb = if args.check {
        crate::t!("fmt-not-canonical")
    } else {
        crate::t!("fmt-reformatted")
    };
    let mut s = String::new();
    for c in &changed {
        let line = crate::t!("fmt-line", file = c.as_str(), verb = verb.as_str());
        s.push_str(&crate::sanitize::for_terminal(&format!("{line}\n")));
    }
    super::out(&s)?;
    if !problems.is_empty() {
        let done = if args.check {
            crate::t!("fmt-not-checked")
        } else {
            crate::t!("fmt-done", changed = changed.len(), files = files.len())
        };
        let summary = crate::t!(
            "fmt-summary",
            n = crate::diag::Diagnostic::count(&problems),
            done = done
        );

        return Err(crate::error::CliError::summed_up(problems, summary).into());
    }
    Ok(ExitStatus::failed_if(args.check && !changed.is_empty()))
}
