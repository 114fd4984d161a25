//! The command line: global options and one subcommand per module in `cmd/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::cmd;

mod help;
mod usage_error;

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
        .map_err(|_| crate::t!("usage-threshold-not-number", value = s))?;
    if n.is_nan() {
        return Err(crate::t!("usage-threshold-nan"));
    }
    if !n.is_finite() || !(0.0..=100.0).contains(&n) {
        return Err(crate::t!("usage-threshold-range", value = s));
    }
    Ok(n)
}

impl Cli {
    /// Parses the command line, its help in the run's language: the language is read from the
    /// arguments and the environment before parsing (`--lang`, `DGTK_LANG`, the locale), since
    /// clap writes the help while it parses. In English this is exactly [`clap::Parser::parse`].
    pub fn parse_localized() -> Cli {
        use clap::{CommandFactory, FromArgMatches};
        let args = help_of_help(std::env::args_os().collect());
        let lang = language_before_parsing(&args, |k| std::env::var(k).ok());
        if lang == crate::lang::DEFAULT {
            return Cli::parse_from(args);
        }
        // The value parsers' reasons (`--fail-under`, `--year`) are worded in the language too.
        crate::lang::set(&lang);
        let result = help::localize(Cli::command(), &lang)
            .try_get_matches_from(args)
            .and_then(|m| Cli::from_arg_matches(&m));
        match result {
            Ok(cli) => cli,
            // The help and the version, already in the language ([`help`]), go where clap
            // sends them; a usage error is worded in the language ([`usage_error`]), with the
            // same exit code as clap's.
            Err(e) if !is_usage_error(&e) => e.exit(),
            Err(e) => {
                crate::output::write::eprint(&usage_error::render(&e, &lang));
                std::process::exit(crate::ExitStatus::Usage.code())
            }
        }
    }
}

/// The command line with its help in `lang` (clap's own for English): what `dgtk man` renders.
pub fn command_in(lang: &str) -> clap::Command {
    use clap::CommandFactory;
    if lang == crate::lang::DEFAULT {
        Cli::command()
    } else {
        help::localize(Cli::command(), lang)
    }
}

/// The command line a shell completion script is made from, its descriptions in `lang` (clap's
/// own for English).
pub fn completions_command_in(lang: &str) -> clap::Command {
    use clap::CommandFactory;
    if lang == crate::lang::DEFAULT {
        Cli::command()
    } else {
        help::localize_for_completions(Cli::command(), lang)
    }
}

/// Is `e` a mistake on the command line (not the help or the version clap was asked for)?
fn is_usage_error(e: &clap::Error) -> bool {
    use clap::error::ErrorKind;
    !matches!(
        e.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    )
}

/// `dgtk help --help` (or `-h`) as `dgtk --help`: clap would take `--help` for the name of a
/// command and refuse it.
fn help_of_help(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    // The first word that is not an option or the value of a global option is the command.
    let mut i = 1;
    while i < args.len() {
        let a = args[i].to_string_lossy();
        if matches!(a.as_ref(), "--framework" | "--color" | "--lang") {
            i += 2;
        } else if a.starts_with('-') {
            i += 1;
        } else {
            break;
        }
    }
    let asks_help = |a: Option<&std::ffi::OsString>| a.is_some_and(|a| a == "--help" || a == "-h");
    if args.get(i).is_some_and(|a| a == "help") && asks_help(args.get(i + 1)) {
        args.remove(i);
    }
    args
}

/// The language the help is shown in: the value of `--lang` (or `--lang=`) before any `--`,
/// else `DGTK_LANG`, else the locale, else English; for a language dgtk does not have, the
/// locale's (else English): the parse itself then says so.
pub fn language_before_parsing(
    args: &[std::ffi::OsString],
    get: impl Fn(&str) -> Option<String>,
) -> String {
    let mut flag = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--lang" {
            flag = it.next().map(|v| v.to_string());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            flag = Some(v.to_string());
        }
    }
    let flag = flag.or_else(|| get(crate::lang::ENV).filter(|v| !v.trim().is_empty()));
    // A language dgtk does not have is refused by the parse, in the locale's language.
    flag.map(|v| crate::lang::code_of(&v))
        .filter(|c| crate::lang::is_available(c))
        .or_else(|| crate::lang::from_locale(&get))
        .unwrap_or_else(|| crate::lang::DEFAULT.to_string())
}
