//! One module per command. Each has an `XArgs` struct (its doc comments are its `--help`) and a
//! `run` function; this module dispatches and holds what commands share: loading the framework,
//! and writing to stdout and stderr.
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

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use crate::cli::{Cli, Command, GlobalArgs};
use crate::diag::Diagnostic;
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
    loaded.map_err(|mut problems| {
        problems.sort();
        let n = problems.len();
        let message = match dir {
            Some(d) => crate::t!(
                "framework-not-loaded",
                origin = d.display().to_string(),
                n = n
            ),
            None => crate::t!("framework-builtin-not-loaded", n = n),
        };
        CliError::problems(problems, message)
    })
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

/// A principle by number or id, or the one "no such principle" error (a usage error: the
/// command line names it).
pub fn find_principle<'f>(
    f: &'f Framework,
    key: &str,
) -> std::result::Result<&'f crate::framework::Principle, CliError> {
    f.find_principle(key)
        .ok_or_else(|| no_principle(f, key, false))
}

/// What `dgtk principles KEY` shows: a principle, or one of its questions (by index).
#[derive(Debug, Clone, Copy)]
pub enum Topic<'f> {
    Principle(&'f crate::framework::Principle),
    Question(&'f crate::framework::Principle, usize),
}

impl<'f> Topic<'f> {
    pub fn principle(self) -> &'f crate::framework::Principle {
        match self {
            Topic::Principle(p) | Topic::Question(p, _) => p,
        }
    }
}

/// A principle (number or id) or a question (`PRINCIPLE.N`, e.g. `4.5`, or its id); an unknown
/// key is the same error as an unknown principle.
pub fn find_topic<'f>(f: &'f Framework, key: &str) -> std::result::Result<Topic<'f>, CliError> {
    if let Some(p) = f.find_principle(key) {
        return Ok(Topic::Principle(p));
    }
    if let Some((pn, qn)) = key.trim().split_once('.')
        && let (Some(p), Ok(n)) = (f.find_principle(pn), qn.parse::<usize>())
        && (1..=p.questions.len()).contains(&n)
    {
        return Ok(Topic::Question(p, n - 1));
    }
    if let Some((p, _)) = f.question(key.trim()) {
        let i = p.questions.iter().position(|q| q.id == key.trim());
        if let Some(i) = i {
            return Ok(Topic::Question(p, i));
        }
    }
    Err(no_principle(f, key, true))
}

/// The one message for a principle (or, with `questions`, a principle or question) that the
/// framework does not have.
fn no_principle(f: &Framework, key: &str, questions: bool) -> CliError {
    let ids = f.principles.iter().map(|p| p.id.as_str());
    let hint = if questions {
        crate::diag::suggestion_here(key, ids.chain(f.questions().map(|(_, q)| q.id.as_str())))
    } else {
        crate::diag::suggestion_here(key, ids)
    };
    let range = match (f.principles.first(), f.principles.last()) {
        (Some(a), Some(b)) => crate::t!(
            "usage-principle-range",
            first = a.number.to_string(),
            last = b.number.to_string()
        ),
        _ => crate::t!("usage-principle-none"),
    };
    let also = if questions {
        crate::t!("usage-principle-or-question")
    } else {
        String::new()
    };
    CliError::usage(crate::t!(
        "usage-no-principle",
        key = key,
        framework = f.id.as_str(),
        hint = hint
    ))
    .hint(crate::t!(
        "usage-no-principle-hint",
        range = range,
        also = also
    ))
}

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
        origin = f.origin.as_str()
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

/// A note on stderr that is not an error: what a command did, or something to know.
pub fn note(s: &str) {
    eprint(&format!("{}\n", s.trim_end()));
}

/// Writes to stdout; a closed pipe surfaces as an error `run` treats as a quiet exit.
pub fn out(s: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(s.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

/// Writes to stderr, ignoring failures (there is nowhere left to report them). Everything on
/// stderr is a message for a person, so text from files in it is shown escaped, and wrapped to
/// the width ([`crate::present::wrap_message`]).
pub fn eprint(s: &str) {
    let s = crate::sanitize::for_terminal(s);
    // Every message fits the width it is read at, without splitting a word.
    let s = match crate::present::message_width() {
        Some(w) => std::borrow::Cow::Owned(crate::present::wrap_message(&s, w)),
        None => s,
    };
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
    emit_with(output, text, crate::atomic::Options::default())
}

/// As [`emit`], with the write's [`crate::atomic::Options`] (`--force`, answer-file limits).
pub fn emit_with(output: Option<&Path>, text: &str, opts: crate::atomic::Options) -> Result<()> {
    match output {
        Some(p) if p != Path::new("-") => crate::atomic::write_with(p, text.as_bytes(), opts)
            .map_err(|e| {
                anyhow::anyhow!(crate::t!(
                    "output-cannot-write",
                    file = p.display().to_string(),
                    reason = crate::source::io_message(&e)
                ))
            }),
        _ => out(text),
    }
}

/// Writes `bytes` (a binary output) to `output` atomically, or to stdout for `-`.
pub fn emit_bytes(output: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match output {
        Some(p) if p != Path::new("-") => crate::atomic::write(p, bytes).map_err(|e| {
            anyhow::anyhow!(crate::t!(
                "output-cannot-write",
                file = p.display().to_string(),
                reason = crate::source::io_message(&e)
            ))
        }),
        _ => {
            let mut stdout = std::io::stdout().lock();
            stdout.write_all(bytes)?;
            stdout.flush()?;
            Ok(())
        }
    }
}

/// Reads and checks one answer file; its problems, if any, in the error.
pub fn load_answers(
    path: &Path,
    f: &Framework,
) -> std::result::Result<crate::assessment::Assessment, CliError> {
    crate::assessment::load_file(path, f).map_err(|problems| CliError::problems(problems, ""))
}

/// Refuses to send a binary format (`format`, e.g. "xlsx") to a terminal: it needs `-o FILE`
/// (or stdout sent to a file or a pipe).
pub fn refuse_binary_to_terminal(
    output: Option<&Path>,
    format: &str,
) -> std::result::Result<(), CliError> {
    use std::io::IsTerminal;
    let to_stdout = output.is_none_or(|p| p == Path::new("-"));
    if to_stdout && std::io::stdout().is_terminal() {
        return Err(CliError::usage(crate::t!(
            "output-binary-to-terminal",
            format = format
        )));
    }
    Ok(())
}
