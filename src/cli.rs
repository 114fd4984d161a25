//! The command line: global options and one subcommand per module in `cmd/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::cmd;

/// Self-assessment of digital government strategies against the 12 principles of the OECD
/// Recommendation on Digital Government Strategies (2014).
///
/// Answer files are plain TOML, kept in git; dgtk checks them, scores them in batch, reports on
/// progress and compares years. The framework is built in; --framework loads another one.
#[derive(Debug, Parser)]
#[command(
    name = "dgtk",
    version,
    about,
    long_about,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Load the framework from this folder instead of the built-in one.
    #[arg(long, global = true, value_name = "DIR", env = "DGTK_FRAMEWORK")]
    pub framework: Option<PathBuf>,

    /// When to colour the output: auto (on a terminal, unless NO_COLOR is set; CLICOLOR and
    /// CLICOLOR_FORCE are honoured), always, or never.
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: ColorWhen,

    /// The language of the framework's texts: en or fr. Without it: DGTK_LANG, else the locale
    /// (LC_ALL, LC_MESSAGES, LANG), else English. A framework without that language is shown in
    /// its main language, with a note.
    #[arg(long, global = true, value_name = "LANG", env = "DGTK_LANG", value_parser = crate::lang::parse_flag)]
    pub lang: Option<String>,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

impl ColorWhen {
    /// Makes this the choice of every coloured output of the run.
    pub fn apply(self) {
        let choice = match self {
            ColorWhen::Auto => anstream::ColorChoice::Auto,
            ColorWhen::Always => anstream::ColorChoice::Always,
            ColorWhen::Never => anstream::ColorChoice::Never,
        };
        choice.write_global();
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Principles(cmd::principles::PrinciplesArgs),
    Init(cmd::init::InitArgs),
    Assess(cmd::assess::AssessArgs),
    Check(cmd::check::CheckArgs),
    Score(cmd::score::ScoreArgs),
    Compare(cmd::compare::CompareArgs),
    Report(cmd::report::ReportArgs),
    Diff(cmd::diff::DiffArgs),
    Merge(cmd::merge::MergeArgs),
    Export(cmd::export::ExportArgs),
    Import(cmd::import::ImportArgs),
    Fmt(cmd::fmt::FmtArgs),
    Schema(cmd::schema::SchemaArgs),
    Completions(cmd::completions::CompletionsArgs),
    Man(cmd::completions::ManArgs),
}

/// A score threshold (`--fail-under N`): a number from 0 to 100. NaN, infinities and values
/// outside the range are refused, since a gate that can never fail (or never pass) guards
/// nothing.
pub fn score_threshold(s: &str) -> Result<f64, String> {
    let n: f64 = s
        .trim()
        .parse()
        .map_err(|_| format!("\"{s}\" is not a number: give a score from 0 to 100"))?;
    if n.is_nan() {
        return Err("NaN is not a number: give a score from 0 to 100".into());
    }
    if !n.is_finite() || !(0.0..=100.0).contains(&n) {
        return Err(format!(
            "{s} is not a score from 0 to 100: give a number such as 60"
        ));
    }
    Ok(n)
}
