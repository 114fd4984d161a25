//! `dgtk assess`: the interactive questionnaire. This module opens (or creates) the answer file,
//! makes sure there is a terminal to ask on, installs the Ctrl-C handler that restores the
//! terminal, and runs the flow of [`crate::questionnaire`] on a crossterm prompter
//! ([`terminal::Terminal`]), saving atomically after every answer.

mod terminal;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

use anyhow::Result;
use clap::Args;

use crate::assessment::{self, Assessment, Status};
use crate::cli::GlobalArgs;
use crate::error::CliError;
use crate::exit::ExitStatus;
use crate::framework::Framework;
use crate::questionnaire::{Outcome, Questionnaire};

/// Answer the questionnaire interactively in the terminal, saving after every answer.
///
/// Walks principle by principle, question by question: pick a level (or yes/no, tick items, type
/// a number), or mark n/a (with the reason) or unknown, then add evidence. Go back, skip, jump to
/// a principle, review every answer with its score, and finish by marking the assessment final
/// once every question is answered. Running it again on the same file resumes at the first
/// question left. Needs a terminal: without one, use `dgtk init`, an editor and `dgtk check`.
#[derive(Debug, Args)]
pub struct AssessArgs {
    /// The answer file: created if missing, otherwise resumed at the first question left.
    /// Default for a new file: COUNTRY-YEAR.toml, lowercase.
    pub file: Option<PathBuf>,
    /// Country (ISO 3166-1 alpha-3) or agency code, for a new file; taken from --from if omitted.
    #[arg(long)]
    pub country: Option<String>,
    /// Year, for a new file; with --from, defaults to the prior's year + 1.
    #[arg(long)]
    pub year: Option<i32>,
    /// Last year's assessment: its answers are shown beside each question and offered as the
    /// defaults (a new file starts from them, flagged for review until confirmed). A prior of an
    /// earlier framework version is carried through `replaces`.
    #[arg(long, value_name = "PRIOR")]
    pub from: Option<PathBuf>,
    /// Read PRIOR with the framework version in this folder (default: the built-in version it
    /// names, or the --framework folder).
    #[arg(long, value_name = "DIR", requires = "from")]
    pub from_framework: Option<PathBuf>,
    /// Start at this principle (number or id).
    #[arg(long, value_name = "ID")]
    pub principle: Option<String>,
    /// Organisation that answers (ministry, agency, region...), for a new file; asked if omitted.
    #[arg(long)]
    pub organisation: Option<String>,
    /// An assessor's name (repeat for several), for a new file; asked if omitted.
    #[arg(long = "assessor", value_name = "NAME")]
    pub assessors: Vec<String>,
}

/// Held while the answer file is being written, so that Ctrl-C waits for a save to finish.
static SAVING: Mutex<()> = Mutex::new(());
static LEAVING: Once = Once::new();
/// This run's lock of the answer file, released when the command ends (also from [`leave`]).
static LOCK: Mutex<Option<crate::lock::Lock>> = Mutex::new(None);

struct ReleaseLock;

impl Drop for ReleaseLock {
    fn drop(&mut self) {
        drop(LOCK.lock().unwrap_or_else(|e| e.into_inner()).take());
    }
}

pub fn run(g: &GlobalArgs, args: AssessArgs) -> Result<ExitStatus> {
    // Before anything is read or written: without a terminal there is no one to ask.
    if let Some(stream) = missing_terminal() {
        return Err(no_terminal(stream, g, &args).into());
    }
    // However the command ends (but for `leave`, which releases it itself), so does the lock.
    let _release = ReleaseLock;
    // An existing file is resumed on the framework version it names; a new one is written on the
    // current version.
    let f = match &args.file {
        Some(file) if file.exists() => super::framework_for(g, file)?,
        _ => super::framework_or_exit!(g),
    };
    let start_principle = match &args.principle {
        None => None,
        Some(key) => Some(super::find_principle(&f, key)?.id.clone()),
    };
    let prior = match &args.from {
        Some(p) => match super::init::load_prior(g, p, args.from_framework.as_deref(), &f)? {
            (a, pf) if pf.version == f.version => Some(a),
            // Of another version: seen through the questions of this one (by `replaces`), so
            // that each question shows the answer it continues.
            (a, pf) => {
                let c = crate::assessment::carry_forward(&a, &pf, &f, &a.meta.country, a.meta.year);
                super::note(&c.summary.describe(false).join("\n"));
                let mut seen = c.assessment;
                seen.meta = a.meta.clone();
                seen.answers.values_mut().for_each(|x| x.review = false);
                seen.answers.retain(|_, x| x.value.is_some());
                Some(seen)
            }
        },
        None => None,
    };
    let (path, assessment, is_new, mut text) = open(&f, &args, prior.as_ref())?;

    let shown = path.display().to_string();
    let on_signal = shown.clone();
    // Ctrl-C, a closed terminal (SIGHUP) or SIGTERM: wait for a save in progress, show the
    // terminal (raw mode, alternate screen, hidden cursor), say where the answers are.
    if let Err(e) = ctrlc::set_handler(move || leave(&on_signal)) {
        super::note(&format!(
            "{} {}",
            crate::t!("label-warning"),
            crate::t!("assess-no-ctrl-c", error = e.to_string())
        ));
    }

    // The file may change on disk while the questionnaire is open (an editor, `git pull`):
    // every save first keeps such changes (see `crate::reconcile`).
    let mut on_disk = crate::reconcile::Tracker::new(&path, &assessment);
    let mut q = Questionnaire::new(&f, assessment, prior.as_ref(), shown.clone());
    let start = start_principle.and_then(|p| q.start_of(&p));
    let mut prompter = match terminal::Terminal::new() {
        Ok(t) => t,
        Err(e) => {
            terminal::restore_cursor();
            return Err(anyhow::anyhow!(
                "{}",
                crate::t!("assess-no-terminal-setup", error = e.to_string())
            ));
        }
    };
    let mut save = |a: &mut Assessment| {
        let _saving = SAVING.lock().unwrap_or_else(|e| e.into_inner());
        let note = on_disk.before_save(&path, a, &f)?;
        if note.is_some() {
            // Changed on disk: the comments and layout written there are what is edited now.
            if let Ok(t) = crate::source::read_text(&path) {
                text = t;
            }
        }
        assessment::save_over(&path, &mut text, a, &f)?;
        on_disk.after_save(&path, a);
        Ok(note)
    };
    // A new file: who is answering, unless the options said.
    let outcome = match is_new.then(|| q.who(&mut prompter, &mut save)) {
        Some(Ok(false)) => Ok(Outcome::Quit),
        Some(Err(e)) => Err(e),
        None | Some(Ok(true)) => q.run(&mut prompter, &mut save, start),
    };
    prompter.restore();
    let outcome = match outcome {
        Ok(o) => o,
        Err(e) if e.is_interrupted() => leave(&shown),
        Err(e) => {
            return Err(anyhow::Error::new(e)
                .context(crate::t!("assess-error-context", file = shown.as_str())));
        }
    };
    let a = q.assessment();
    let answered = f.question_count() - a.unanswered(&f).len();
    let flagged = a.flagged(&f).len();
    let review = if flagged > 0 {
        format!(", {}", crate::t!("assess-position-review", n = flagged))
    } else {
        String::new()
    };
    let next = match (outcome, a.meta.status) {
        (Outcome::Final, _) | (_, Status::Final) => {
            crate::t!("assess-saved-final", file = shown.as_str())
        }
        _ => crate::t!("assess-saved-draft", file = shown.as_str()),
    };
    let saved = crate::t!(
        "assess-saved",
        file = shown.as_str(),
        answered = answered,
        total = f.question_count(),
        review = review,
        next = next
    );
    super::eprint(&terminal::fit(&format!("{saved}\n")));
    Ok(ExitStatus::Success)
}

/// Which standard stream is not a terminal, if any (keys are read from stdin's terminal and the
/// screens drawn on stderr).
fn missing_terminal() -> Option<&'static str> {
    if !std::io::stdin().is_terminal() {
        Some("stdin")
    } else if !std::io::stderr().is_terminal() {
        Some("stderr")
    } else {
        None
    }
}

fn no_terminal(stream: &str, g: &GlobalArgs, args: &AssessArgs) -> CliError {
    let dgtk = match &g.framework {
        Some(dir) => format!("dgtk --framework {}", dir.display()),
        None => "dgtk".to_string(),
    };
    let file = args
        .file
        .as_ref()
        .map_or("FILE.toml".to_string(), |p| p.display().to_string());
    // Only whether the file exists is looked at, never its content.
    let create = if args.file.as_ref().is_some_and(|p| p.exists()) {
        String::new()
    } else {
        let country = args.country.as_deref().unwrap_or("COUNTRY");
        let year = args.year.map_or("YEAR".to_string(), |y| y.to_string());
        let from = args
            .from
            .as_ref()
            .map_or(String::new(), |p| format!(" --from {}", p.display()));
        format!(
            "  {dgtk} init --country {country} --year {year}{from} -o {file}   ({})\n",
            crate::t!("assess-no-terminal-init")
        )
    };
    CliError::input(crate::t!("assess-no-terminal", stream = stream)).hint(format!(
        "{}\n{create}  $EDITOR {file}   ({})\n  {dgtk} check {file}\n  {dgtk} score {file}",
        crate::t!("assess-no-terminal-hint"),
        crate::t!("assess-no-terminal-editor")
    ))
}

/// The answer file to work on: the existing one (checked), or a new one (saved at once, so a
/// folder that cannot be written fails before the first question); true when it is new.
fn open(
    f: &Framework,
    args: &AssessArgs,
    prior: Option<&Assessment>,
) -> Result<(PathBuf, Assessment, bool, String)> {
    let country = match args
        .country
        .as_deref()
        .or_else(|| prior.map(|p| p.meta.country.as_str()))
        .map(crate::country::normalise)
    {
        None => None,
        Some(Ok(c)) => Some(c),
        Some(Err(e)) => {
            let from = match (&args.country, &args.from) {
                (None, Some(p)) => format!("{}: ", p.display()),
                _ => "--country: ".into(),
            };
            return Err(CliError::input(format!("{from}{e}")).into());
        }
    };
    let year = args.year.or_else(|| prior.map(|p| p.meta.year + 1));
    let path = match (&args.file, &country, year) {
        (Some(p), _, _) => p.clone(),
        (None, Some(c), Some(y)) => PathBuf::from(format!("{}-{y}.toml", c.to_lowercase())),
        _ => {
            return Err(CliError::usage(crate::t!("assess-usage-file"))
                .hint(crate::t!("assess-usage-file-hint"))
                .into());
        }
    };
    let inputs: Vec<_> = args
        .from
        .iter()
        .map(|p| crate::output::Input::new(p, "the prior, --from"))
        .collect();
    crate::output::refuse_as_output(&path, &path.display().to_string(), &inputs)?;
    // Held until the command ends: a second `assess` (or `fmt`, `merge -o`) on this file refuses.
    *LOCK.lock().unwrap_or_else(|e| e.into_inner()) =
        Some(crate::lock::acquire(&path, "dgtk assess")?);
    if path.exists() {
        let a = super::load_answers(&path, f)?;
        let wrong_country = country
            .as_ref()
            .is_some_and(|c| args.country.is_some() && !c.eq_ignore_ascii_case(&a.meta.country));
        let wrong_year = args.year.is_some_and(|y| y != a.meta.year);
        if wrong_country || wrong_year {
            return Err(CliError::usage(crate::t!(
                "assess-usage-other",
                file = path.display().to_string(),
                country = a.meta.country.as_str(),
                year = a.meta.year.to_string(),
                asked_country = args.country.as_deref().unwrap_or(&a.meta.country),
                asked_year = args.year.unwrap_or(a.meta.year).to_string()
            ))
            .hint(crate::t!("assess-usage-other-hint"))
            .into());
        }
        // Its text, kept in memory so that every save keeps the comments a person wrote.
        let text = crate::source::read_text(&path).unwrap_or_default();
        return Ok((path, a, false, text));
    }
    let Some(country) = country.filter(|c| !c.trim().is_empty()) else {
        return Err(CliError::usage(crate::t!(
            "assess-usage-new-country",
            file = path.display().to_string()
        ))
        .into());
    };
    let Some(year) = year else {
        return Err(CliError::usage(crate::t!(
            "assess-usage-new-year",
            file = path.display().to_string()
        ))
        .into());
    };
    super::check_year(year)?;
    let mut a = match prior {
        // The prior is already on this version (see `run`): carried as is.
        Some(p) => crate::assessment::carry_forward(p, f, f, &country, year).assessment,
        None => Assessment::new(f, &country, year),
    };
    if let Some(o) = args.organisation.as_ref().filter(|o| !o.trim().is_empty()) {
        a.meta.organisation = Some(o.trim().to_string());
    }
    if !args.assessors.is_empty() {
        a.meta.assessors = args.assessors.clone();
    }
    // A new file from last year's keeps the comments written there, as `init --from` does.
    let mut text = args
        .from
        .as_ref()
        .map(|p| crate::source::read_text(p).unwrap_or_default())
        .unwrap_or_default();
    create(&path, &mut text, &mut a, f)?;
    Ok((path, a, true, text))
}

fn create(path: &Path, text: &mut String, a: &mut Assessment, f: &Framework) -> Result<()> {
    let _saving = SAVING.lock().unwrap_or_else(|e| e.into_inner());
    assessment::save_over(path, text, a, f).map_err(|e| {
        anyhow::anyhow!(
            "cannot create {}: {}",
            path.display(),
            crate::source::io_message(&e)
        )
    })
}

/// Leaves on Ctrl-C (from the signal handler's thread or from a prompt that saw the key): once,
/// after any save in progress, with the cursor shown again.
fn leave(file: &str) -> ! {
    LEAVING.call_once(|| {
        let _saving = SAVING.lock().unwrap_or_else(|e| e.into_inner());
        terminal::restore_cursor();
        // The process ends here without unwinding: release this run's lock of the file (the OS
        // lock ends with the process; its file would stay behind).
        drop(LOCK.lock().unwrap_or_else(|e| e.into_inner()).take());
        let e = CliError::interrupted(format!(
            "\n{}",
            crate::t!("assess-interrupted", file = file)
        ));

        super::eprint(&terminal::fit(&e.render()));
        std::process::exit(e.exit_status().code());
    });
    // Another thread is leaving; wait for it to end the process.
    loop {
        std::thread::park();
    }
}
