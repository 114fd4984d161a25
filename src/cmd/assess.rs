//! `dgtk assess`: the interactive questionnaire. This module opens (or creates) the answer file,
//! makes sure there is a terminal to ask on, installs the Ctrl-C handler that restores the
//! terminal, and runs the flow of [`crate::questionnaire`] on a crossterm prompter
//! ([`crate::tui::Terminal`]), saving atomically after every answer. Opening the file, its lock
//! and the way out on a signal are in [`file`].

mod file;

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::assessment::{self, Assessment};
use crate::cli::GlobalArgs;
use crate::error::CliError;
use crate::exit::ExitStatus;
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

pub fn run(g: &GlobalArgs, args: AssessArgs) -> Result<ExitStatus> {
    // Before anything is read or written: without a terminal there is no one to ask.
    if let Some(stream) = crate::tui::missing_terminal() {
        return Err(no_terminal(stream, g, &args).into());
    }
    // However the command ends (but for `leave`, which releases it itself), so does the lock.
    let _release = file::ReleaseLock;
    // An existing file is resumed on the framework version it names; a new one is written on the
    // current version.
    let f = match &args.file {
        Some(file) if file.exists() => super::framework_for(g, file)?,
        _ => super::framework_or_exit!(g),
    };
    let start_principle = match &args.principle {
        None => None,
        Some(key) => Some(crate::framework::topic::find_principle(&f, key)?.id.clone()),
    };
    let prior = match &args.from {
        Some(p) => match super::init::load_prior(g, p, args.from_framework.as_deref(), &f)? {
            (a, pf) if pf.version == f.version => Some(a),
            // Of another version: seen through the questions of this one (by `replaces`), so
            // that each question shows the answer it continues.
            (a, pf) => {
                let seen = assessment::seen_through(&a, &pf, &f);
                super::note(&seen.summary.describe(false).join("\n"));
                Some(seen.assessment)
            }
        },
        None => None,
    };
    let (path, assessment, is_new, mut text) = file::open(&f, &args, prior.as_ref())?;

    let shown = path.display().to_string();
    let on_signal = shown.clone();
    // Ctrl-C, a closed terminal (SIGHUP) or SIGTERM: wait for a save in progress, show the
    // terminal (raw mode, alternate screen, hidden cursor), say where the answers are.
    if let Err(e) = ctrlc::set_handler(move || file::leave(&on_signal)) {
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
    let mut prompter = match crate::tui::Terminal::new() {
        Ok(t) => t,
        Err(e) => {
            crate::tui::restore_cursor();
            return Err(anyhow::anyhow!(
                "{}",
                crate::t!("assess-no-terminal-setup", error = e.to_string())
            ));
        }
    };
    let mut save = |a: &mut Assessment| {
        let _saving = file::SAVING.lock().unwrap_or_else(|e| e.into_inner());
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
        Err(e) if e.is_interrupted() => file::leave(&shown),
        Err(e) => {
            return Err(anyhow::Error::new(e)
                .context(crate::t!("assess-error-context", file = shown.as_str())));
        }
    };
    let saved = q.farewell(outcome);
    super::eprint(&crate::tui::fit(&format!("{saved}\n")));
    Ok(ExitStatus::Success)
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
    // The stream in the language's words ("stdin": « l'entrée standard »).
    let stream = match stream {
        "stdin" => crate::t!("assess-stream-stdin"),
        "stderr" => crate::t!("assess-stream-stderr"),
        other => other.to_string(),
    };
    CliError::input(crate::t!("assess-no-terminal", stream = stream)).hint(format!(
        "{}\n{create}  $EDITOR {file}   ({})\n  {dgtk} check {file}\n  {dgtk} score {file}",
        crate::t!("assess-no-terminal-hint"),
        crate::t!("assess-no-terminal-editor")
    ))
}
