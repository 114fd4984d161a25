//! `dgtk merge FILE... -o OUT`: combines several assessors' (or agencies') answer files of one
//! framework, country and year with [`crate::merge`], writes the merged draft atomically, and
//! lists every conflict on stderr. Input files are only read.

use std::collections::HashSet;
use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::assessment::{self, Assessment};
use crate::cli::GlobalArgs;
use crate::error::CliError;
use crate::exit::ExitStatus;
use crate::merge::{Conflict, Input, MergeError};
use crate::present;

/// Combine several assessors' (or agencies') answer files for one country and year.
///
/// Answers the files agree on are merged (a question only one file answers takes that answer);
/// every evidence text is kept, marked with the file it came from; assessors are combined.
/// Answers that differ are listed on stderr and left unanswered in OUT, with each file's answer
/// noted in the evidence, for a person to settle. OUT is a draft; input files are never changed.
/// Exits 1 while conflicts remain, unless --allow-conflicts.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The answer files to merge (of one framework, framework version, country and year).
    #[arg(required = true, num_args = 2..)]
    pub files: Vec<PathBuf>,
    /// The merged file to write.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Exit 0 even if conflicts remain (they are still listed and left unanswered).
    #[arg(long)]
    pub allow_conflicts: bool,
    /// Replace OUT if it exists (it may hold conflicts someone already settled).
    #[arg(long)]
    pub force: bool,
}

pub fn run(g: &GlobalArgs, args: MergeArgs) -> Result<ExitStatus> {
    // The inputs are of one version (checked below); the first names it.
    let f = match args.files.first() {
        Some(first) => super::framework_for(g, first)?,
        None => super::framework_or_exit!(g),
    };
    let out = &args.output;

    // By device and inode: `a.toml` and `./a.toml`, or a hard link to it, are one file.
    if let Err(e) = crate::output::refuse_duplicates(&args.files) {
        return Err(CliError::usage(format!("{e}; each file is merged once")).into());
    }
    let inputs: Vec<_> = args
        .files
        .iter()
        .map(|p| crate::output::Input::new(p, "a file to merge"))
        .collect();
    crate::output::refuse_input_as_output(Some(out), &inputs)?;

    // Files of different frameworks: one clear line, not every question id of the others.
    let declared: Vec<(&PathBuf, String)> = args
        .files
        .iter()
        .filter_map(|p| assessment::declared_framework(p).map(|(id, _)| (p, id)))
        .collect();
    if declared.iter().any(|(_, id)| *id != declared[0].1) {
        let list: Vec<String> = declared
            .iter()
            .map(|(p, id)| format!("{} is for \"{id}\"", p.display()))
            .collect();
        return Err(CliError::input(format!(
            "cannot merge files of different frameworks: {}",
            list.join(", ")
        ))
        .into());
    }
    if let Some((p, id)) = declared.iter().find(|(_, id)| *id != f.id) {
        return Err(super::other_framework(p, id, &f).into());
    }

    // Every problem of every file at once.
    let mut loaded: Vec<Assessment> = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    let mut bad = 0;
    for file in &args.files {
        match super::load_answers(file, &f) {
            Ok(a) => {
                loaded.push(a);
                // Read once more for its comments; a file that cannot be read again adds none.
                texts.push(crate::source::read_text(file).unwrap_or_default());
            }
            Err(e) => {
                bad += 1;
                problems.extend(e.diagnostics);
            }
        }
    }
    if bad > 0 {
        return Err(CliError::problems(
            problems,
            format!(
                "{bad} of {} are not valid; nothing was merged",
                present::count(args.files.len(), "file")
            ),
        )
        .into());
    }

    let names = source_names(&args.files);
    let inputs: Vec<Input<'_>> = names
        .iter()
        .zip(&loaded)
        .map(|(name, a)| Input {
            name,
            assessment: a,
        })
        .collect();
    let mut merged = match crate::merge::merge(&inputs, &f) {
        Ok(m) => m,
        Err(e @ MergeError::Mismatch { .. }) => {
            return Err(CliError::input(format!("cannot merge: {e}")).into());
        }
        Err(e) => return Err(e.into()),
    };

    if out.exists() && !args.force {
        return Err(CliError::input(format!("{} already exists", out.display()))
            .hint("use --force to replace it (any conflicts settled in it would be lost), or -o to write elsewhere")
            .into());
    }
    // The merged file must pass `dgtk check`: check its text before it replaces anything.
    merged.assessment.meta.updated = Some(assessment::now_timestamp());
    // Each input's own comments go beside the answers they sat under, attributed to the file.
    let sources: Vec<assessment::Source<'_>> = names
        .iter()
        .zip(&texts)
        .map(|(name, text)| assessment::Source {
            name: Some(name),
            text,
        })
        .collect();
    let text = assessment::rewrite_from(&sources, &f, &merged.assessment);
    if let Err(problems) = assessment::parse(&out.display().to_string(), &text, &f) {
        return Err(CliError::problems(
            problems,
            "the merged file would not be valid; nothing was written (this is a bug in dgtk)",
        )
        .into());
    }
    let _lock = crate::lock::acquire(out, "dgtk merge")?;
    let opts = crate::atomic::Options {
        force: args.force,
        has_force: true,
        readable_by_dgtk: true,
    };
    super::emit_with(Some(out), &text, opts)?;

    let mut report = format!(
        "wrote {}, merging {} files:\n  {} question(s) answered alike by several files, {} by one file only, {} unanswered\n  assessors: {}\n",
        out.display(),
        loaded.len(),
        merged.agreed,
        merged.single,
        merged.unanswered,
        merged.assessment.meta.assessors.join(", ")
    );
    if merged.flagged > 0 {
        report.push_str(&format!(
            "  {} answer(s) still flagged for review: no file confirmed them\n",
            merged.flagged
        ));
    }
    if let Some(orgs) = &merged.organisations {
        report.push_str(
            "note: the files name different organisations; the merged file names none:\n",
        );
        for (name, org) in orgs {
            report.push_str(&format!("  {name}: {org}\n"));
        }
    }
    if !merged.conflicts.is_empty() {
        report.push_str(&format!(
            "{} conflict(s) left open for a person to settle:\n",
            merged.conflicts.len()
        ));
        for c in &merged.conflicts {
            let what = match c {
                Conflict::Answer { .. } => "",
                Conflict::Target { .. } => "target ",
            };
            report.push_str(&format!("  {what}{}: {}\n", c.id(), c.values()));
        }
        report.push_str(&format!(
            "settle each in {0} (its evidence notes every file's answer), then run `dgtk check {0}`\n",
            out.display()
        ));
    }
    super::note(&report);
    Ok(ExitStatus::failed_if(
        !merged.conflicts.is_empty() && !args.allow_conflicts,
    ))
}

/// The names evidence is attributed to: file names when they are all different, else the
/// paths as given.
fn source_names(files: &[PathBuf]) -> Vec<String> {
    let base: Vec<String> = files
        .iter()
        .map(|p| {
            p.file_name()
                .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into())
        })
        .collect();
    let unique: HashSet<&String> = base.iter().collect();
    if unique.len() == base.len() {
        base
    } else {
        files.iter().map(|p| p.display().to_string()).collect()
    }
}
