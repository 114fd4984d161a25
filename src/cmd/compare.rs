//! `dgtk compare FILE|DIR...`: many assessments side by side. Files are read and scored as
//! `score` does (in parallel chunks, the same validation and scoring); each is reduced on its
//! worker thread to the scores the comparison needs, so no parsed file is held. The figures are
//! computed by `crate::compare`, rendered in the format asked for (`compare::text`,
//! `compare::html`, `json::compare`, the CSV and the workbook in `view::compare`) and written.

use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::cli::GlobalArgs;
use crate::compare::{self, By, GroupBy, Selection};
use crate::diag::Diagnostic;
use crate::error::CliError;
use crate::exit::ExitStatus;
use crate::present;
use crate::view;

/// Compare many assessments side by side: the distribution of every area's scores, each
/// assessment's rank and gaps to the peers' mean and to the best, peer groups, and the questions
/// most often missed.
///
/// Folders are searched recursively for *.toml. Ranks and the distribution rest on the complete
/// assessments (every question answered, none flagged for review) of the loaded framework's
/// version; the others are shown, marked, and not ranked. Files that fail validation are
/// reported on stderr and the rest are compared; the exit code is then 1. See docs/compare.md.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// Answer files, or folders to search recursively for *.toml.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,

    /// Keep only the latest assessment of each country (or organisation, with --group-by).
    #[arg(long)]
    pub latest: bool,

    /// Keep only the assessments for this year.
    #[arg(long, value_name = "YEAR", value_parser = year)]
    pub year: Option<i32>,

    /// Keep only the assessments with this status.
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,

    /// What --latest keeps one assessment of, and what --peers names.
    #[arg(long, value_enum, default_value_t = GroupBy::Country)]
    pub group_by: GroupBy,

    /// Peer groups: a TOML file with a [groups] table, e.g. federal = ["XMP", "XNV"].
    #[arg(long, value_name = "FILE")]
    pub peers: Option<PathBuf>,

    /// The areas compared after the overall score.
    #[arg(long, value_enum, default_value_t = By::Principle)]
    pub by: By,

    /// Rank incomplete assessments too (unanswered questions, answers flagged for review).
    #[arg(long)]
    pub include_partial: bool,

    /// Output format.
    #[arg(long, value_enum, default_value_t = CompareFormat::Text)]
    pub format: CompareFormat,

    /// Write to FILE (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    Draft,
    Final,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompareFormat {
    Text,
    Csv,
    Json,
    Markdown,
    Html,
    /// The long CSV's rows as a workbook, figures as numbers (needs -o FILE on a terminal).
    Xlsx,
}

fn year(s: &str) -> Result<i32, String> {
    let y: i32 = s
        .trim()
        .parse()
        .map_err(|_| crate::t!("usage-not-a-year", value = s))?;
    super::check_year(y).map_err(|e| e.message)
}

pub fn run(g: &GlobalArgs, args: CompareArgs) -> Result<ExitStatus> {
    if args.format == CompareFormat::Xlsx {
        super::refuse_binary_to_terminal(args.output.as_deref(), "xlsx")?;
    }
    let versions = super::load_versions(g)?;
    let f = super::current_of(&versions)?;
    if args.by == By::Dimension && f.dimensions.is_empty() {
        return Err(CliError::usage(crate::t!(
            "compare-no-dimensions",
            framework = f.id.as_str(),
            version = f.version.as_str(),
            origin = f.origin_for_reader()
        ))
        .into());
    }
    let (files, discovery_problems) = crate::discover::answer_files(&args.paths);
    let role = crate::t!("role-an-answer-file");
    let inputs = files
        .iter()
        .map(|p| crate::output::Input::new(p, role.as_str()))
        .chain(
            args.peers
                .as_deref()
                .map(|p| crate::output::Input::new(p, crate::t!("role-peers-file"))),
        );
    crate::output::refuse_input_as_output(args.output.as_deref(), inputs)?;
    crate::output::refuse_answer_file_as_output(args.output.as_deref())?;
    let by_country = args.group_by == GroupBy::Country;
    let peers = match &args.peers {
        None => None,
        Some(p) => {
            let name = p.display().to_string();
            let text = crate::source::read_text(p).map_err(|d| CliError::problems(vec![d], ""))?;
            Some(
                compare::peers::Peers::parse(&name, &text, by_country)
                    .map_err(|d| CliError::problems(d, crate::t!("compare-peers-problems")))?,
            )
        }
    };
    super::print_diagnostics(&discovery_problems);
    let mut errors: Vec<Diagnostic> = discovery_problems;
    let selection = Selection {
        year: args.year,
        status: args.status.map(|s| match s {
            StatusArg::Draft => crate::assessment::Status::Draft,
            StatusArg::Final => crate::assessment::Status::Final,
        }),
        latest: args.latest.then_some(args.group_by),
    };
    let areas = compare::areas(f, args.by);
    let mut entries = Vec::new();
    let mut left_out = Vec::new();
    let mut known: Vec<String> = Vec::new();
    let mut files_read = 0;
    let prepare = |s: crate::batch::Scored| {
        super::language_note(s.framework);
        compare::entry(
            s.file.display().to_string(),
            &s.assessment,
            &s.card,
            s.framework,
            f,
            &areas,
        )
    };
    let bar = crate::cmd::score::progress_bar(files.len());
    let tick = || bar.inc(1);
    crate::batch::score_files_with(&files, &versions, &tick, &prepare, &mut |r| {
        match r {
            Ok(e) => {
                files_read += 1;
                let k = e.key(args.group_by);
                if !known.contains(&k) {
                    known.push(k);
                }
                match selection.keep(e) {
                    Ok(e) => entries.push(e),
                    Err(l) => left_out.push(l),
                }
            }
            Err(problems) => {
                bar.suspend(|| super::print_diagnostics(&problems));
                errors.extend(problems);
            }
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    if let Some(p) = &peers {
        let what = if by_country {
            "country"
        } else {
            "organisation"
        };
        let unknown = p.unknown_members(&known, what);
        if !unknown.is_empty() {
            return Err(CliError::problems(unknown, crate::t!("compare-peers-unknown")).into());
        }
    }
    let entries = selection.latest(entries, &mut left_out);
    let c = compare::compare(
        f,
        args.by,
        areas.clone(),
        entries,
        files_read,
        left_out,
        args.include_partial,
        peers.as_ref(),
        args.group_by,
    );
    let text = match args.format {
        CompareFormat::Text => compare::text::render(
            &c,
            f,
            compare::text::Form::Terminal {
                width: present::output_width(),
            },
        ),
        CompareFormat::Markdown => compare::text::render(&c, f, compare::text::Form::Markdown),
        CompareFormat::Html => compare::html::render(&c, f),
        CompareFormat::Json => {
            let doc = crate::json::compare::CompareDocument::build(&c, f, &errors);
            crate::sanitize::json_text(&serde_json::to_string_pretty(&doc)?).into_owned() + "\n"
        }
        CompareFormat::Xlsx => {
            super::emit_bytes(
                args.output.as_deref(),
                &view::compare::workbook(&c, f, &errors)?,
            )?;
            String::new()
        }
        CompareFormat::Csv => {
            let to_stdout = args
                .output
                .as_deref()
                .is_none_or(|p| p == std::path::Path::new("-"));
            if to_stdout {
                // Streamed: the rows are not held as one text (a row per file and area).
                let out = std::io::BufWriter::new(std::io::stdout().lock());
                view::compare::write_csv(&c, out)?;
                String::new()
            } else {
                String::from_utf8(view::compare::write_csv(&c, Vec::new())?)?
            }
        }
    };
    if !text.is_empty() || !matches!(args.format, CompareFormat::Csv | CompareFormat::Xlsx) {
        super::emit(args.output.as_deref(), &text)?;
    }
    if !errors.is_empty() {
        return Err(CliError::input(crate::t!(
            "compare-problems",
            n = Diagnostic::count(&errors)
        ))
        .into());
    }
    Ok(ExitStatus::Success)
}
