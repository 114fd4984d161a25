//! `dgtk diff OLD NEW`: what changed between two assessments. Loads each side with its own
//! framework version (refusing files of different frameworks), calls [`crate::diff`], hands the
//! result to [`crate::view::diff`] in the format asked, and writes it.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::assessment::Assessment;
use crate::cli::GlobalArgs;
use crate::diff::Side;
use crate::error::CliError;
use crate::exit::ExitStatus;
use crate::framework::Framework;
use crate::view::diff::{self, Detail, DiffView};

/// Compare two assessments (e.g. two years): per question, principle, pillar and overall.
///
/// Shows old and new scores with their deltas and band changes, largest moves first, and per
/// question the old and new answer, the score change and whether the evidence changed.
/// The two files may be of different versions of one framework: OLD is read with
/// --old-framework (default: the same framework as NEW), and questions are followed through
/// `replaces`. Files of different frameworks are refused.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier assessment.
    pub old: PathBuf,
    /// The later assessment.
    pub new: PathBuf,
    /// Detail: scores per principle (with the questions that moved most), or every question
    /// that changed.
    #[arg(long, value_enum, default_value_t = DiffBy::Principle)]
    pub by: DiffBy,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,
    /// Exit 1 if the overall score or any principle's score declined.
    #[arg(long)]
    pub fail_on_regression: bool,
    /// Headline every pillar or principle that fell by N points or more, above the overall
    /// figure.
    #[arg(
        long,
        value_name = "N",
        default_value_t = crate::diff::DECLINE_THRESHOLD,
        value_parser = crate::cli::score_threshold
    )]
    pub decline_threshold: f64,
    /// Read OLD with the framework version in this folder (default: the same framework as NEW).
    #[arg(long, value_name = "DIR")]
    pub old_framework: Option<PathBuf>,
    /// Write to FILE (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffBy {
    Principle,
    Question,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Table,
    Json,
    Markdown,
    // One row per principle, pillar and the whole (or per question with --by question).
    Csv,
    // The CSV's rows as a workbook, figures as numbers (needs -o FILE on a terminal).
    Xlsx,
}

pub fn run(g: &GlobalArgs, args: DiffArgs) -> Result<ExitStatus> {
    if args.format == DiffFormat::Xlsx {
        super::refuse_binary_to_terminal(args.output.as_deref(), "xlsx")?;
    }
    // Without --framework, each side is read with the built-in version it names.
    let new_fw = super::framework_for(g, &args.new)?;
    let inputs = [
        crate::output::Input::new(&args.old, crate::t!("role-old-answer-file")),
        crate::output::Input::new(&args.new, crate::t!("role-new-answer-file")),
    ];
    crate::output::refuse_input_as_output(args.output.as_deref(), &inputs)?;
    crate::output::refuse_answer_file_as_output(args.output.as_deref())?;
    let old_fw = match &args.old_framework {
        Some(dir) => super::load_framework_from(Some(dir))?,
        None if g.framework.is_none() => super::framework_for(g, &args.old)?,
        None => new_fw.clone(),
    };

    // Different frameworks are refused before anything else is checked, naming both ids.
    let declared_old = crate::assessment::declared_framework(&args.old);
    let declared_new = crate::assessment::declared_framework(&args.new);
    if let (Some((o, _)), Some((n, _))) = (&declared_old, &declared_new)
        && o != n
    {
        return Err(CliError::input(crate::t!(
            "diff-other-frameworks",
            old = args.old.display().to_string(),
            old_id = o.as_str(),
            new = args.new.display().to_string(),
            new_id = n.as_str()
        ))
        .into());
    }
    if old_fw.id != new_fw.id {
        return Err(CliError::input(crate::t!(
            "diff-other-loaded-frameworks",
            old = old_fw.origin_for_reader(),
            old_id = old_fw.id.as_str(),
            new = new_fw.origin_for_reader(),
            new_id = new_fw.id.as_str()
        ))
        .into());
    }

    // Both files are of one framework, but perhaps not of the one loaded: say so in one line
    // rather than with every question id the loaded framework does not know.
    for (path, declared) in [(&args.old, &declared_old), (&args.new, &declared_new)] {
        if let Some((id, _)) = declared
            && *id != new_fw.id
        {
            return Err(super::other_framework(path, id, &new_fw).into());
        }
    }

    let old = load_side(
        &args.old,
        &old_fw,
        declared_old.as_ref(),
        &crate::t!("diff-flag-old-framework"),
    )?;
    let new = load_side(
        &args.new,
        &new_fw,
        declared_new.as_ref(),
        &crate::t!("diff-flag-framework"),
    )?;

    let d = crate::diff::diff(
        Side {
            assessment: &old,
            framework: &old_fw,
        },
        Side {
            assessment: &new,
            framework: &new_fw,
        },
    )
    .map_err(|e| CliError::input(e.to_string()))?;
    let view = DiffView {
        d: &d,
        old_fw: &old_fw,
        new_fw: &new_fw,
        old_file: &args.old,
        new_file: &args.new,
        detail: match args.by {
            DiffBy::Principle => Detail::Principle,
            DiffBy::Question => Detail::Question,
        },
        decline_threshold: args.decline_threshold,
    };
    let text = match args.format {
        DiffFormat::Table => {
            Some(crate::sanitize::for_terminal(&diff::text::render(&view)).into_owned())
        }
        DiffFormat::Markdown => {
            Some(crate::sanitize::for_document(&diff::markdown::render(&view)).into_owned())
        }
        DiffFormat::Json => Some(
            crate::sanitize::json_text(&serde_json::to_string_pretty(&view.json())?).into_owned()
                + "\n",
        ),
        DiffFormat::Csv => Some(view.csv()?),
        DiffFormat::Xlsx => {
            let bytes = view.workbook().map_err(CliError::input)?;
            super::emit_bytes(args.output.as_deref(), &bytes)?;
            None
        }
    };
    if let Some(text) = text {
        super::emit(args.output.as_deref(), &text)?;
    }

    if args.fail_on_regression
        && let Some(message) = diff::regression_message(&d)
    {
        return Err(CliError::failed(message).into());
    }
    Ok(ExitStatus::Success)
}

/// Loads one side, adding a hint when the file was written for another framework version.
fn load_side(
    path: &Path,
    f: &Framework,
    declared: Option<&(String, Option<String>)>,
    flag: &str,
) -> std::result::Result<Assessment, CliError> {
    let other_version = declared
        .and_then(|(_, v)| v.as_deref())
        .filter(|v| *v != f.version);
    match super::load_answers(path, f) {
        Ok(a) => {
            if let Some(v) = other_version {
                super::note(&format!(
                    "{} {}",
                    crate::t!("label-note"),
                    crate::t!(
                        "diff-note-other-version",
                        file = path.display().to_string(),
                        declared = v,
                        read = f.version.as_str(),
                        flag = flag
                    )
                ));
            }
            Ok(a)
        }
        Err(e) => Err(match other_version {
            Some(v) => e.hint(crate::t!(
                "diff-hint-other-version",
                file = path.display().to_string(),
                declared = v,
                read = f.version.as_str(),
                flag = flag
            )),
            None => e,
        }),
    }
}
