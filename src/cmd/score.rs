//! `dgtk score FILE|DIR...`: batch scoring. Files are read and scored in parallel (in chunks, so
//! memory stays flat however many there are), rows come out in the stable order of the files,
//! and a file that fails validation is reported while the rest are still scored.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use crate::assessment::format_number;
use crate::batch::{Scored, score_files_with};
use crate::cli::GlobalArgs;
use crate::diag::Diagnostic;
use crate::error::CliError;
use crate::exit::ExitStatus;
use crate::render;
use crate::view::score::{Output, Plan, Sink};

pub use crate::view::score::{By, ScoreFormat};

/// Score answer files in batch: one row per assessment.
///
/// Folders are searched recursively for *.toml. Files that fail validation are reported on
/// stderr and the rest are still scored; the exit code is then 1.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Answer files, or folders to search recursively for *.toml.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,

    /// Level of detail: overall only, or a column per pillar, principle or dimension, or a row
    /// per question.
    #[arg(long, value_enum, default_value_t = By::Overall)]
    pub by: By,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ScoreFormat::Table)]
    pub format: ScoreFormat,

    /// Also state how the scores are computed, in plain words.
    #[arg(long)]
    pub explain: bool,

    /// Also re-score each assessment under other defensible methods (convex and concave level
    /// spacings, the mean of all questions, the geometric mean and the weakest of the pillars,
    /// and the framework's own alternatives) and say whether its band holds under each. See
    /// docs/method.md.
    #[arg(long)]
    pub sensitivity: bool,

    /// Exit 1 if any assessment's overall score is below N (or has none).
    #[arg(
        long,
        value_name = "N",
        value_parser = crate::cli::score_threshold,
        allow_negative_numbers = true
    )]
    pub fail_under: Option<f64>,

    /// Write to FILE (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Table: show every column, however wide (by default the table fits the terminal).
    #[arg(long, conflicts_with = "columns")]
    pub wide: bool,

    /// Table: show these columns, in this order: names (country, year, overall, left-out, ...),
    /// principle numbers, P1.. for pillars, D1.. for dimensions, ids, or ranges such as 1-4.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub columns: Vec<String>,
}

pub fn run(g: &GlobalArgs, args: ScoreArgs) -> Result<ExitStatus> {
    if args.format == ScoreFormat::Xlsx {
        super::refuse_binary_to_terminal(args.output.as_deref(), "xlsx")?;
    }
    let versions = super::load_versions_lazily(g)?;
    let plan = Plan {
        format: args.format,
        by: args.by,
        sensitivity: args.sensitivity,
    };
    let (files, discovery_problems) = crate::discover::answer_files(&args.paths);
    // The framework the columns follow: the current one; for an output whose columns follow
    // none, the first file's, so that a folder of files of a release reads and holds that
    // release alone (docs/performance.md, "Code layout").
    let first = (plan.columns_follow_no_framework() && !args.explain)
        .then(|| files.first().and_then(|p| versions.for_file(p).ok()))
        .flatten();
    let f = match first {
        Some(f) => f,
        None => super::current_of(&versions)?,
    };
    if args.by == By::Dimension && f.dimensions.is_empty() {
        return Err(CliError::usage(crate::t!(
            "score-no-dimensions",
            id = f.id.as_str(),
            version = f.version.as_str(),
            origin = f.origin_for_reader()
        ))
        .into());
    }
    if args.sensitivity && args.by == By::Question && args.format == ScoreFormat::Csv {
        return Err(CliError::usage(crate::t!("score-sensitivity-by-question")).into());
    }
    let layout = plan.layout(f, args.wide, &args.columns)?;
    // One role for every file, worded only when there is an output to compare, and no list of
    // them held through the run: its memory would grow with the number of files
    // (docs/performance.md).
    let role = args
        .output
        .as_ref()
        .map(|_| crate::t!("role-an-answer-file"))
        .unwrap_or_default();
    let inputs = files
        .iter()
        .map(|p| crate::output::Input::new(p, role.as_str()));
    crate::output::refuse_input_as_output(args.output.as_deref(), inputs)?;
    crate::output::refuse_answer_file_as_output(args.output.as_deref())?;
    super::print_diagnostics(&discovery_problems);
    let mut failed = !discovery_problems.is_empty();

    let bar = progress_bar(files.len());
    let to_file = args.output.as_deref().is_some_and(|p| p != Path::new("-"));
    let mut sink = Sink::new(plan, f, to_file, layout);
    let mut errors: Vec<Diagnostic> = discovery_problems;
    let mut below = Vec::new();
    let tick = || bar.inc(1);
    let prepare = |s: Scored| {
        super::language_note(s.framework);
        let sensitivity = plan
            .sensitivity
            .then(|| crate::sensitivity::sensitivity(&s.assessment, s.framework));
        plan.prepare(s, f, sensitivity.as_ref())
    };
    score_files_with(&files, &versions, &tick, &prepare, &mut |r| {
        match r {
            Ok(p) => {
                if let Some(n) = args.fail_under
                    && p.overall.is_none_or(|o| o < n)
                {
                    below.push(format!(
                        "{} ({})",
                        p.file.display(),
                        render::score(p.overall)
                    ));
                }
                sink.push(p)?;
            }
            Err(problems) => {
                bar.suspend(|| super::print_diagnostics(&problems));
                errors.extend(problems);
                failed = true;
            }
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    match sink.finish(f, &errors, args.explain)? {
        Some(Output::Text(text)) => super::emit(args.output.as_deref(), &text)?,
        Some(Output::Bytes(bytes)) => super::emit_bytes(args.output.as_deref(), &bytes)?,
        None => {}
    }
    if args.explain && matches!(args.format, ScoreFormat::Csv | ScoreFormat::Xlsx) {
        // The data keeps its words; the method beside it is for the reader.
        super::note(&crate::score::explain_text(f).join("\n"));
    }
    let below = (!below.is_empty()).then(|| {
        crate::t!(
            "score-below",
            n = below.len(),
            threshold = crate::i18n::decimal(&format_number(args.fail_under.unwrap_or_default())),
            list = below.join(", ")
        )
    });
    if !errors.is_empty() {
        // The problems themselves were shown as they were found.
        let mut e = CliError::input(crate::t!(
            "score-not-scored",
            n = Diagnostic::count(&errors)
        ));
        if let Some(b) = below {
            e = e.hint(b);
        }
        return Err(e.into());
    }
    if let Some(b) = below {
        return Err(CliError::failed(b).into());
    }
    Ok(ExitStatus::failed_if(failed))
}

/// A progress bar on stderr for batch commands, shown only on a terminal and for two files or more.
pub fn progress_bar(n: usize) -> indicatif::ProgressBar {
    if n < 2 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(n as u64);
    let template = format!(
        "{} {{bar:30}} {{pos}}/{{len}} {}",
        crate::t!("score-progress"),
        crate::t!("score-progress-files")
    );
    if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
        bar.set_style(style);
    }
    bar
}
