//! `dgtk export [FILE] --format xlsx -o book.xlsx`: the questionnaire as a workbook a ministry
//! fills in with a spreadsheet program alone (see [`crate::sheets::export`]), with FILE's
//! answers, evidence and links, or empty for `--country` and `--year`.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::assessment::Assessment;
use crate::cli::GlobalArgs;
use crate::error::CliError;
use crate::exit::ExitStatus;

/// Export the questionnaire as a spreadsheet to fill in with Excel or LibreOffice.
///
/// One sheet per principle, a row per question with its text, guidance and level descriptors,
/// the answer, evidence and links FILE holds, and cells that accept only valid answers. Read
/// the filled-in workbook back with `dgtk import`. Without FILE, an empty questionnaire for
/// --country and --year.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The answer file to export (default: an empty questionnaire).
    pub file: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Xlsx)]
    pub format: ExportFormat,

    /// Country (ISO 3166-1 alpha-3, or an agency code) of an empty questionnaire.
    #[arg(long, conflicts_with = "file")]
    pub country: Option<String>,

    /// Year of an empty questionnaire.
    #[arg(long, conflicts_with = "file")]
    pub year: Option<i32>,

    /// Organisation that answers an empty questionnaire.
    #[arg(long, conflicts_with = "file")]
    pub organisation: Option<String>,

    /// Where to write the workbook (atomically). Required on a terminal.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Xlsx,
}

pub fn run(g: &GlobalArgs, args: ExportArgs) -> Result<ExitStatus> {
    super::refuse_binary_to_terminal(args.output.as_deref(), "xlsx")?;
    let inputs: Vec<_> = args
        .file
        .iter()
        .map(|p| crate::output::Input::new(p, "the answer file"))
        .collect();
    crate::output::refuse_input_as_output(args.output.as_deref(), &inputs)?;
    let mut comments = Default::default();
    let (a, f) = match &args.file {
        Some(path) => {
            let f = super::framework_for(g, path)?;
            super::check_declared_framework(path, &f)?;
            let a = super::load_answers(path, &f)?;
            // The file was just read whole; the comments a person wrote go beside their questions.
            if let Ok(text) = crate::source::read_text(path) {
                comments = crate::assessment::question_comments(&text, &f, &a);
            }
            (a, f)
        }
        None => {
            let f = super::load_framework(g)?;
            let Some(country) = &args.country else {
                return Err(CliError::usage(
                    "give an answer file to export, or --country and --year for an empty questionnaire",
                )
                .into());
            };
            let Some(year) = args.year else {
                return Err(CliError::usage("--year is required (e.g. --year 2026)").into());
            };
            let country = crate::country::normalise(country)
                .map_err(|e| CliError::usage(format!("--country: {e}")))?;
            super::check_year(year)?;
            let mut a = Assessment::new(&f, &country, year);
            a.meta.organisation = args.organisation.clone();
            (a, f)
        }
    };
    let bytes = crate::sheets::export::questionnaire(&a, &f, &comments).map_err(CliError::input)?;
    super::emit_bytes(args.output.as_deref(), &bytes)?;
    if let Some(o) = &args.output {
        let answered = f.question_count() - a.unanswered(&f).len();
        super::note(&crate::t!(
            "sheet-exported",
            file = o.display().to_string(),
            sheets = f.principles.len(),
            answered = answered,
            questions = f.question_count()
        ));
    }
    Ok(ExitStatus::Success)
}
