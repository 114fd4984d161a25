//! One module per command. Each has an `XArgs` struct (its doc comments are its `--help`) and a
//! `run` function; this module dispatches and holds what commands share: loading the framework,
//! and writing to stdout and stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod assess;
pub mod check;
pub mod completions;
pub mod diff;
pub mod fmt;
pub mod init;
pub mod merge;
pub mod principles;
pub mod report;
pub mod score;

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::diag::Diagnostic;
use crate::exit::ExitStatus;
use crate::framework::{self, Framework};

pub fn dispatch(cli: Cli) -> Result<ExitStatus> {
    let g = &cli.global;
    match cli.command {
        Command::Principles(a) => principles::run(g, a),
        Command::Init(a) => init::run(g, a),
        Command::Assess(a) => assess::run(g, a),
        Command::Check(a) => check::run(g, a),
        Command::Score(a) => score::run(g, a),
        Command::Report(a) => report::run(g, a),
        Command::Diff(a) => diff::run(g, a),
        Command::Merge(a) => merge::run(g, a),
        Command::Fmt(a) => fmt::run(g, a),
        Command::Completions(a) => completions::run(a),
        Command::Man(a) => completions::man(a),
    }
}

/// The framework the command works with: `--framework DIR` / `DGTK_FRAMEWORK`, or the built-in
/// one. On failure its problems are printed and `Err(ExitStatus::Failure)` returned.
pub fn load_framework(g: &GlobalArgs) -> std::result::Result<Framework, ExitStatus> {
    load_framework_from(g.framework.as_deref())
}

/// The framework in `dir`, or the built-in one; on failure its problems are printed and
/// `Err(ExitStatus::Failure)` returned.
pub fn load_framework_from(dir: Option<&Path>) -> std::result::Result<Framework, ExitStatus> {
    let loaded = match dir {
        Some(dir) => framework::load_dir(dir),
        None => framework::load_builtin(),
    };
    loaded.map_err(|mut problems| {
        problems.sort();
        let origin = dir.map_or("the built-in framework".into(), |d| d.display().to_string());
        print_diagnostics(&problems);
        eprint(&format!(
            "error: could not load the framework from {origin} ({} problem(s))\n",
            problems.len()
        ));
        ExitStatus::Failure
    })
}

/// Loads the framework or returns from the command with its failure status.
macro_rules! framework_or_exit {
    ($g:expr) => {
        match $crate::cmd::load_framework($g) {
            Ok(f) => f,
            Err(status) => return Ok(status),
        }
    };
}
pub(crate) use framework_or_exit;

/// Writes to stdout; a closed pipe surfaces as an error `run` treats as a quiet exit.
pub fn out(s: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(s.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

/// Writes to stderr, ignoring failures (there is nowhere left to report them). Everything on
/// stderr is a message for a person, so text from files in it is shown escaped.
pub fn eprint(s: &str) {
    let s = crate::sanitize::for_terminal(s);
    let _ = std::io::stderr().lock().write_all(s.as_bytes());
}

pub fn print_diagnostics(problems: &[Diagnostic]) {
    let mut s = String::new();
    for d in problems {
        s.push_str(&d.to_string());
        s.push('\n');
    }
    eprint(&s);
}

/// Writes a command's output to `-o FILE` (atomically) or to stdout (`None` or `-`).
pub fn emit(output: Option<&Path>, text: &str) -> Result<()> {
    match output {
        Some(p) if p != Path::new("-") => crate::atomic::write(p, text.as_bytes()).map_err(|e| {
            anyhow::anyhow!(
                "cannot write {}: {}",
                p.display(),
                crate::source::io_message(&e)
            )
        }),
        _ => out(text),
    }
}

/// Reads and checks one answer file, printing its problems on failure.
pub fn load_answers(
    path: &Path,
    f: &Framework,
) -> std::result::Result<crate::assessment::Assessment, ExitStatus> {
    crate::assessment::load_file(path, f).map_err(|problems| {
        print_diagnostics(&problems);
        ExitStatus::Failure
    })
}
