//! One module per command. Each has an `XArgs` struct (its doc comments are its `--help`) and a
//! `run` function; this module dispatches and holds what commands share: loading the framework
//! and the answer files, the errors about them, and (from [`crate::output`]) writing to stdout,
//! `-o FILE` and stderr.
#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod assess;
pub mod check;
pub mod compare;
pub mod completions;
pub mod diff;
pub mod export;
pub mod fmt;
pub mod import;
pub mod init;
pub mod merge;
pub mod principles;
pub mod report;
pub mod schema;
pub mod score;

pub(crate) use crate::output::refuse_binary_to_terminal;
pub(crate) use crate::output::write::{
    emit, emit_bytes, emit_with, eprint, note, out, print_diagnostics,
};

use std::path::Path;

use anyhow::Result;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::error::CliError;
use crate::exit::ExitStatus;
use crate::framework::{self, Framework};

pub fn dispatch(cli: Cli) -> Result<ExitStatus> {
    let g = &cli.global;
    g.color.apply();
    crate::lang::set(&crate::lang::choose(g.lang.as_deref()));
    match cli.command {
        Command::Principles(a) => principles::run(g, a),
        Command::Init(a) => init::run(g, a),
        Command::Assess(a) => assess::run(g, a),
        Command::Check(a) => check::run(g, a),
        Command::Score(a) => score::run(g, a),
        Command::Compare(a) => compare::run(g, a),
        Command::Report(a) => report::run(g, a),
        Command::Diff(a) => diff::run(g, a),
        Command::Merge(a) => merge::run(g, a),
        Command::Fmt(a) => fmt::run(g, a),
        Command::Export(a) => export::run(g, a),
        Command::Import(a) => import::run(g, a),
        Command::Schema(a) => schema::run(g, a),
        Command::Completions(a) => completions::run(a),
        Command::Man(a) => completions::man(a),
    }
}

/// The current framework of `versions` (loaded now if it was not yet), or why it does not load.
pub fn current_of(versions: &framework::Versions) -> std::result::Result<&Framework, CliError> {
    versions
        .current()
        .inspect(|f| language_note(f))
        .map_err(|problems| not_loaded(problems.to_vec(), None))
}

/// The framework the command works with: `--framework DIR` / `DGTK_FRAMEWORK`, or the built-in
/// one.
pub fn load_framework(g: &GlobalArgs) -> std::result::Result<Framework, CliError> {
    load_framework_from(g.framework.as_deref())
}

/// The framework in `dir`, or the built-in one; its problems, if any, in the error.
pub fn load_framework_from(dir: Option<&Path>) -> std::result::Result<Framework, CliError> {
    let loaded = match dir {
        Some(dir) => {
            let (loaded, notes) = framework::load_dir_noting(dir);
            for n in &notes {
                eprint(&format!("note: {n}\n"));
            }
            loaded
        }
        None => framework::load_builtin(),
    };
    if let Ok(f) = &loaded {
        language_note(f);
    }
    loaded.map_err(|problems| not_loaded(problems, dir))
}

/// The error of a framework that did not load: its problems, from folder `dir` or built in.
fn not_loaded(mut problems: Vec<crate::diag::Diagnostic>, dir: Option<&Path>) -> CliError {
    problems.sort();
    let n = crate::diag::Diagnostic::count(&problems);
    let message = match dir {
        Some(d) => crate::t!(
            "framework-not-loaded",
            origin = d.display().to_string(),
            n = n
        ),
        None => crate::t!("framework-builtin-not-loaded", n = n),
    };
    CliError::problems(problems, message)
}

/// The frameworks answer files are checked with: `--framework DIR` alone, or every built-in
/// version (each file with the one it names).
pub fn load_versions(g: &GlobalArgs) -> std::result::Result<framework::Versions, CliError> {
    let f = load_framework(g)?;
    if g.framework.is_some() {
        return Ok(framework::Versions::only(f));
    }
    framework::Versions::builtin(f).map_err(|problems| {
        CliError::problems(problems, crate::t!("framework-released-not-loaded"))
    })
}

/// As [`load_versions`], the current built-in framework loaded only when first needed
/// ([`framework::Versions::builtin_lazy`]; [`current_of`] loads it and says its language note).
pub fn load_versions_lazily(g: &GlobalArgs) -> std::result::Result<framework::Versions, CliError> {
    if g.framework.is_some() {
        return load_versions(g);
    }
    framework::Versions::builtin_lazy().map_err(|problems| not_loaded(problems, None))
}

/// The framework to check the answer file at `path` with (see [`framework::Versions`]).
pub fn framework_for(g: &GlobalArgs, path: &Path) -> std::result::Result<Framework, CliError> {
    let versions = load_versions(g)?;
    let f = versions
        .for_file(path)
        .cloned()
        .map_err(|d| CliError::problems(vec![d], ""))?;
    language_note(&f);
    Ok(f)
}

/// Says, once per framework version and run, that the framework has no text in the language
/// asked (its texts are shown in its main language), or that its translation leaves texts in
/// the main language (`dgtk check --lang LANG` lists them).
pub fn language_note(f: &Framework) {
    let l = &f.language;
    let Some(asked) = l.asked.as_deref() else {
        return;
    };
    let key = format!("{} {}", f.id, f.version);
    if l.fell_back() {
        if crate::lang::first_time(&key) {
            note(&format!(
                "{} {}",
                crate::t!("label-note"),
                crate::t!(
                    "note-framework-no-language",
                    framework = format!("{} {}", f.id, f.version),
                    asked = asked,
                    asked_name = language_name(asked),
                    main = l.main.as_str(),
                    main_name = language_name(&l.main)
                )
            ));
        }
    } else if !l.untranslated.is_empty() && crate::lang::first_time(&key) {
        note(&format!(
            "{} {}",
            crate::t!("label-note"),
            crate::t!(
                "note-framework-untranslated",
                framework = format!("{} {}", f.id, f.version),
                n = l.untranslated.len(),
                asked = asked,
                asked_name = language_name(asked),
                main = l.main.as_str(),
                main_name = language_name(&l.main)
            )
        ));
    }
}

/// A language's name in the run's language: "French" in English, « français » in French.
pub fn language_name(code: &str) -> String {
    match code {
        "en" => crate::t!("language-name-en"),
        "fr" => crate::t!("language-name-fr"),
        other => crate::lang::name(other).to_string(),
    }
}

/// Loads the framework or returns from the command with its error.
macro_rules! framework_or_exit {
    ($g:expr) => {
        $crate::cmd::load_framework($g)?
    };
}
pub(crate) use framework_or_exit;

/// The years an assessment may be for (the same range answer files are checked against).
pub fn check_year(year: i32) -> std::result::Result<i32, CliError> {
    if crate::assessment::YEARS.contains(&year) {
        Ok(year)
    } else {
        Err(CliError::usage(crate::t!(
            "usage-year-range",
            year = year.to_string(),
            min = crate::assessment::YEARS.start().to_string(),
            max = crate::assessment::YEARS.end().to_string()
        )))
    }
}

/// The one message for a file written for another framework than the one loaded.
pub fn other_framework(path: &Path, declared: &str, f: &Framework) -> CliError {
    CliError::input(crate::t!(
        "usage-other-framework",
        file = path.display().to_string(),
        declared = declared,
        loaded = f.id.as_str(),
        origin = f.origin_for_reader()
    ))
    .hint(crate::t!("usage-other-framework-hint", declared = declared))
}

/// Refuses a file that declares another framework than `f`, before its answers are checked
/// (one line, rather than every question id the loaded framework does not know).
pub fn check_declared_framework(path: &Path, f: &Framework) -> std::result::Result<(), CliError> {
    match crate::assessment::declared_framework(path) {
        Some((id, _)) if id != f.id => Err(other_framework(path, &id, f)),
        _ => Ok(()),
    }
}

/// Reads and checks one answer file; its problems, if any, in the error.
pub fn load_answers(
    path: &Path,
    f: &Framework,
) -> std::result::Result<crate::assessment::Assessment, CliError> {
    crate::assessment::load_file(path, f).map_err(|problems| CliError::problems(problems, ""))
}
