//! `dgtk report`: the progress report of an assessment, against any prior ones, as text (for a
//! terminal), Markdown, one self-contained HTML file or an editable Word document. Reads the inputs, builds the report
//! (`crate::report`), renders it and writes it; refuses priors of another framework.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::cli::GlobalArgs;
use crate::error::CliError;
use crate::exit::ExitStatus;
use crate::framework::Framework;
use crate::report::{self, Source, prior};

/// Write the progress report of an assessment, with the trend against prior ones.
///
/// The report gives the scores (overall, pillars, principles) with maturity bands and the
/// questions each rests on, a chart, the trend against every prior assessment (sorted by year)
/// and what moved most, gaps to targets, strengths and gaps by question, next steps, the
/// evidence per principle and how the scores are computed.
///
/// Priors must be assessments of the same framework. A prior answered on another version of it is
/// compared on the questions in common (the report states the share), or scored with its own
/// version when that version's folder is given with --prior-framework.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The assessment to report on.
    pub file: PathBuf,
    /// Prior assessments to compare with (any number, any order).
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub prior: Vec<PathBuf>,
    /// The framework folder of a prior's framework version, when it differs from the loaded one
    /// (repeat for several versions).
    #[arg(long, value_name = "DIR")]
    pub prior_framework: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Where the evidence of every answer goes: an annex after the method (printed from a new
    /// page, compactly), inline before the method, or none (the summary alone).
    #[arg(long, value_enum, value_name = "WHERE", default_value_t = report::EvidencePlacement::Annex)]
    pub evidence: report::EvidencePlacement,
    /// Headline every pillar or principle that fell by N points or more since the previous
    /// assessment, above the overall figure.
    #[arg(
        long,
        value_name = "N",
        default_value_t = crate::diff::DECLINE_THRESHOLD,
        value_parser = crate::cli::score_threshold
    )]
    pub decline_threshold: f64,
    /// Write to FILE (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// For the terminal.
    Text,
    /// For a wiki or a pull request.
    Markdown,
    /// One self-contained file, to publish, mail or print.
    Html,
    /// An editable Word document (needs -o FILE).
    Docx,
}

pub fn run(g: &GlobalArgs, args: ReportArgs) -> Result<ExitStatus> {
    let mut inputs = vec![crate::output::Input::new(
        &args.file,
        crate::t!("role-answer-file"),
    )];
    inputs.extend(
        args.prior
            .iter()
            .map(|p| crate::output::Input::new(p, crate::t!("role-prior-file"))),
    );
    crate::output::refuse_input_as_output(args.output.as_deref(), &inputs)?;
    crate::output::refuse_answer_file_as_output(args.output.as_deref())?;
    if args.format == ReportFormat::Docx {
        refuse_binary_to_terminal(args.output.as_deref())?;
    }

    let f = super::framework_for(g, &args.file)?;
    let current = super::load_answers(&args.file, &f)?;
    let mut others = prior_frameworks(&args.prior_framework, &f)?;
    // Without --framework, a prior of a released built-in version is read with that version.
    if g.framework.is_none() {
        let versions = super::load_versions(g)?;
        for v in versions.all() {
            if v.version != f.version && !others.iter().any(|o| o.version == v.version) {
                others.push(v.clone());
            }
        }
    }
    let mut priors = Vec::with_capacity(args.prior.len());
    // Every prior is read before giving up, so that all their problems are shown at once.
    let mut failure = CliError::problems(Vec::new(), "");
    for path in &args.prior {
        match prior::load(path, &f, &others) {
            Ok(p) => {
                if let Some(i) = p.framework {
                    super::language_note(&others[i]);
                }
                priors.push((path, p));
            }
            Err(prior::PriorError::OtherFramework { file, found }) => {
                if !failure.message.is_empty() {
                    failure.message.push_str("; ");
                }
                failure.message.push_str(&crate::t!(
                    "report-prior-other-framework",
                    prior = file.to_string(),
                    found = found.as_str(),
                    file = args.file.display().to_string(),
                    loaded = f.id.as_str()
                ));
            }
            Err(prior::PriorError::Invalid(problems)) => {
                failure.diagnostics.extend(problems);
                if let Some(v) = other_version(path, &f) {
                    failure = failure.hint(crate::t!(
                        "report-prior-other-version-hint",
                        file = path.display().to_string(),
                        version = v,
                        loaded = f.version.as_str()
                    ));
                }
            }
        }
    }
    if !failure.message.is_empty() || !failure.diagnostics.is_empty() {
        return Err(failure.into());
    }

    let card = crate::score::score(&current, &f);
    let framework_of = |p: &prior::Prior| p.framework.map_or(&f, |i| &others[i]);
    let cards: Vec<_> = priors
        .iter()
        .map(|(_, p)| crate::score::score(&p.assessment, framework_of(p)))
        .collect();
    let sources: Vec<Source> = priors
        .iter()
        .zip(&cards)
        .map(|((path, p), card)| Source {
            file: path.display().to_string(),
            assessment: &p.assessment,
            framework: framework_of(p),
            card,
            overlap: p.overlap.clone(),
        })
        .collect();
    let mut r = report::build_with(
        &Source {
            file: args.file.display().to_string(),
            assessment: &current,
            framework: &f,
            card: &card,
            overlap: None,
        },
        &sources,
        args.decline_threshold,
    );
    r.evidence_placement = args.evidence;
    let to_stdout = args
        .output
        .as_deref()
        .is_none_or(|p| p == std::path::Path::new("-"));
    if args.format == ReportFormat::Docx {
        let bytes = report::docx::render(&r).map_err(|e| {
            CliError::failed(crate::t!(
                "output-docx-failed",
                reason = crate::source::io_message(&e)
            ))
        })?;
        super::emit_bytes(args.output.as_deref(), &bytes)?;
        return Ok(ExitStatus::Success);
    }
    let text = match args.format {
        ReportFormat::Text => {
            // Laid out for the terminal it is shown in; a file, for the width COLUMNS gives.
            let width = if to_stdout {
                crate::present::output_width()
            } else {
                crate::present::width_from(None, std::env::var("COLUMNS").ok().as_deref())
            };
            report::text::render(&r, to_stdout && crate::render::use_color(false), width)
        }
        ReportFormat::Markdown => report::markdown::render(&r),
        ReportFormat::Html => report::html::render(&r),
        ReportFormat::Docx => unreachable!("written above"),
    };
    super::emit(args.output.as_deref(), &text)?;
    Ok(ExitStatus::Success)
}

/// A Word document is a binary file: it needs `-o FILE`, and `-o -` only when stdout is not a
/// terminal (a pipe or a redirection), where it would show as garbage.
fn refuse_binary_to_terminal(output: Option<&std::path::Path>) -> Result<(), CliError> {
    use std::io::IsTerminal;
    match output {
        None => Err(CliError::usage(crate::t!("report-docx-needs-output"))),
        Some(p) if p == std::path::Path::new("-") && std::io::stdout().is_terminal() => {
            Err(CliError::usage(crate::t!("report-docx-to-terminal")))
        }
        Some(_) => Ok(()),
    }
}

/// Loads the `--prior-framework` folders; each must be a version of the loaded framework.
fn prior_frameworks(
    dirs: &[PathBuf],
    f: &Framework,
) -> std::result::Result<Vec<Framework>, CliError> {
    let mut out = Vec::new();
    for dir in dirs {
        let o = super::load_framework_from(Some(dir))?;
        if o.id != f.id {
            return Err(CliError::input(crate::t!(
                "report-prior-framework-other",
                dir = dir.display().to_string(),
                found = o.id.as_str(),
                loaded = f.id.as_str()
            )));
        }
        out.push(o);
    }
    Ok(out)
}

/// The framework version a file names, when it is not the loaded one.
fn other_version(path: &std::path::Path, f: &Framework) -> Option<String> {
    let text = crate::source::read_text(path).ok()?;
    let t: toml::Table = toml::from_str(&text).ok()?;
    let v = t.get("assessment")?.get("framework_version")?.as_str()?;
    (v != f.version).then(|| v.to_string())
}
