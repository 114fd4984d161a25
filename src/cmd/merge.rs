//! `dgtk merge FILE... -o OUT` (or `--into MERGED`): combines several assessors' (or
//! agencies') answer files of one framework, country and year with [`crate::merge`], writes the
//! merged draft atomically, and hands the result to [`crate::view::merge`] (the conflicts, what
//! changed, how far the files agree, on stderr) or [`crate::json::merge`] (on stdout). Input files
//! are only read; `--into` rewrites the merged file, keeping its comments, under its lock.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::assessment::{self, Assessment};
use crate::cli::GlobalArgs;
use crate::error::CliError;
use crate::exit::ExitStatus;
use crate::merge::{Base, Input, MergeError};

/// Combine several assessors' (or agencies') answer files for one country and year.
///
/// Answers the files agree on are merged (a question only one file answers takes that answer);
/// every evidence text is kept, marked with its contributor (the file's organisation, else its
/// assessors); assessors are combined. Answers that differ are listed on stderr and left
/// unanswered, with each contributor's answer noted in the evidence, for a person to settle.
/// With --into, corrected or new files are merged into an existing merged file: every conflict
/// settled there stays settled unless a contributor's answer changed. Also reports how far the
/// files agree (share of questions answered alike, Krippendorff's alpha). Input files are never
/// changed. Exits 1 while conflicts remain, unless --allow-conflicts.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The answer files to merge (of one framework, framework version, country and year).
    #[arg(required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
    /// The merged file to write.
    #[arg(
        short,
        long,
        value_name = "FILE",
        required_unless_present = "into",
        conflicts_with = "into"
    )]
    pub output: Option<PathBuf>,
    /// Merge into this existing merged file (rewritten in place, its comments kept).
    #[arg(long, value_name = "MERGED")]
    pub into: Option<PathBuf>,
    /// Whose assessment the merged file is (default: the --into file's, else the files' when
    /// they all name the same one).
    #[arg(long, value_name = "NAME")]
    pub organisation: Option<String>,
    /// Exit 0 even if conflicts remain (they are still listed and left unanswered).
    #[arg(long)]
    pub allow_conflicts: bool,
    /// Replace OUT if it exists (it may hold conflicts someone already settled).
    #[arg(long)]
    pub force: bool,
    /// The report's format: text on stderr, or JSON on stdout.
    #[arg(long, value_enum, default_value_t = MergeFormat::Text)]
    pub format: MergeFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MergeFormat {
    Text,
    Json,
}

pub fn run(g: &GlobalArgs, args: MergeArgs) -> Result<ExitStatus> {
    // The inputs are of one version (checked below); the first names it.
    let f = match args.files.first() {
        Some(first) => super::framework_for(g, first)?,
        None => super::framework_or_exit!(g),
    };
    let out: &Path = match (&args.into, &args.output) {
        (Some(into), _) => into,
        (None, Some(o)) => o,
        (None, None) => return Err(CliError::usage(crate::t!("merge-usage-output")).into()),
    };
    if args.into.is_none() && args.files.len() < 2 {
        return Err(CliError::usage(crate::t!("merge-usage-two-files")).into());
    }
    if let Some(o) = &args.organisation
        && crate::sanitize::looks_blank(o)
    {
        return Err(CliError::usage(crate::t!("merge-usage-organisation")).into());
    }

    // By device and inode: `a.toml` and `./a.toml`, or a hard link to it, are one file.
    let mut all = args.files.clone();
    all.extend(args.into.iter().cloned());
    if let Err(e) = crate::output::refuse_duplicates(&all) {
        return Err(
            CliError::usage(crate::t!("merge-usage-twice", problem = e.to_string())).into(),
        );
    }
    let inputs: Vec<_> = args
        .files
        .iter()
        .map(|p| crate::output::Input::new(p, crate::t!("role-merge-input")))
        .collect();
    crate::output::refuse_input_as_output(Some(out), &inputs)?;

    // Files of different frameworks: one clear line, not every question id of the others.
    let declared: Vec<(&PathBuf, String)> = all
        .iter()
        .filter_map(|p| assessment::declared_framework(p).map(|(id, _)| (p, id)))
        .collect();
    if declared.iter().any(|(_, id)| *id != declared[0].1) {
        let list: Vec<String> = declared
            .iter()
            .map(|(p, id)| {
                crate::t!(
                    "merge-framework-of",
                    file = p.display().to_string(),
                    id = id.as_str()
                )
            })
            .collect();
        return Err(
            CliError::input(crate::t!("merge-frameworks-differ", list = list.join(", "))).into(),
        );
    }
    if let Some((p, id)) = declared.iter().find(|(_, id)| *id != f.id) {
        return Err(super::other_framework(p, id, &f).into());
    }

    // The merged file is locked for the whole merge, as `dgtk assess` locks it.
    let _lock = match &args.into {
        Some(into) => {
            if !into.exists() {
                return Err(CliError::input(crate::t!(
                    "merge-into-missing",
                    file = into.display().to_string()
                ))
                .hint(crate::t!("merge-into-missing-hint"))
                .into());
            }
            Some(crate::lock::acquire(into, "dgtk merge --into")?)
        }
        None => None,
    };

    // Every problem of every file at once.
    let mut loaded: Vec<Assessment> = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    let mut problems = Vec::new();
    let mut bad = 0;
    for file in &all {
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
            crate::t!("merge-invalid", bad = bad, n = all.len()),
        )
        .into());
    }
    let base_loaded = args.into.as_ref().map(|_| loaded.pop().expect("loaded"));
    let base_text = args.into.as_ref().map(|_| texts.pop().expect("read"));

    let files: Vec<String> = crate::merge::file_names(&args.files);
    let named: Vec<(&str, &Assessment)> = files.iter().map(String::as_str).zip(&loaded).collect();
    let names = crate::merge::contributor_names(&named);
    let inputs = Input::each(&files, &names, &loaded);
    let out_name = out.display().to_string();
    let base = base_loaded.as_ref().map(|a| Base {
        file: &out_name,
        assessment: a,
    });
    let mut merged = match crate::merge::merge(&inputs, &f, base, args.organisation.as_deref()) {
        Ok(m) => m,
        Err(e @ MergeError::Mismatch { .. }) => {
            return Err(CliError::input(e.to_string()).into());
        }
        Err(e) => return Err(e.into()),
    };

    if args.into.is_none() && out.exists() && !args.force {
        return Err(
            CliError::input(crate::t!("merge-exists", file = out.display().to_string()))
                .hint(crate::t!("merge-exists-hint"))
                .into(),
        );
    }
    // The merged file must pass `dgtk check`: check its text before it replaces anything.
    merged.assessment.meta.updated = Some(assessment::now_timestamp());
    let contributed: Vec<(&str, &str)> = names
        .iter()
        .map(String::as_str)
        .zip(texts.iter().map(String::as_str))
        .collect();
    let text = crate::merge::file_text(&f, &merged.assessment, base_text.as_deref(), &contributed);
    if let Err(problems) = assessment::parse(&out_name, &text, &f) {
        return Err(CliError::problems(problems, crate::t!("merge-not-valid-bug")).into());
    }
    let _out_lock = match args.into {
        Some(_) => None,
        None => Some(crate::lock::acquire(out, "dgtk merge")?),
    };
    if args.into.is_some() {
        crate::atomic::write_answer_file(out, text.as_bytes())
            .map_err(|e| crate::output::write::cannot_write(out, &e))?;
    } else {
        let opts = crate::atomic::Options {
            force: args.force,
            has_force: true,
            readable_by_dgtk: true,
        };
        super::emit_with(Some(out), &text, opts)?;
    }

    let contributors: Vec<(String, String)> =
        files.iter().cloned().zip(names.iter().cloned()).collect();
    match args.format {
        MergeFormat::Text => {
            let report = crate::view::merge::Report {
                framework: &f,
                out: &out_name,
                contributors: &contributors,
                into: args.into.is_some(),
            };
            super::note(&crate::view::merge::text(&report, &merged));
        }
        MergeFormat::Json => {
            let doc =
                crate::json::merge::MergeDocument::build(&f, &out_name, &contributors, &merged);
            super::out(&(serde_json::to_string_pretty(&doc)? + "\n"))?;
            if let Some(note) = crate::view::merge::open_conflicts_note(&out_name, &merged) {
                super::note(&note);
            }
        }
    }
    Ok(ExitStatus::failed_if(
        !merged.conflicts.is_empty() && !args.allow_conflicts,
    ))
}
