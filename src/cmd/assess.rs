//! `dgtk assess`: the interactive questionnaire. This module opens (or creates) the answer file,
//! makes sure there is a terminal to ask on, installs the Ctrl-C handler that restores the
//! cursor, and runs the flow of [`crate::questionnaire`] on a dialoguer prompter
//! ([`terminal::Terminal`]), saving atomically after every answer.

mod terminal;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

use anyhow::Result;
use clap::Args;

use crate::assessment::{self, Assessment, Status};
use crate::cli::GlobalArgs;
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
    /// defaults (a new file starts from them, flagged for review until confirmed).
    #[arg(long, value_name = "PRIOR")]
    pub from: Option<PathBuf>,
    /// Start at this principle (number or id).
    #[arg(long, value_name = "ID")]
    pub principle: Option<String>,
}

/// Held while the answer file is being written, so that Ctrl-C waits for a save to finish.
static SAVING: Mutex<()> = Mutex::new(());
static LEAVING: Once = Once::new();

pub fn run(g: &GlobalArgs, args: AssessArgs) -> Result<ExitStatus> {
    // Before anything is read or written: without a terminal there is no one to ask.
    if let Some(stream) = missing_terminal() {
        super::eprint(&no_terminal_message(stream, g, &args));
        return Ok(ExitStatus::Failure);
    }
    let f = super::framework_or_exit!(g);
    let start_principle = match &args.principle {
        None => None,
        Some(key) => match f.find_principle(key) {
            Some(p) => Some(p.id.clone()),
            None => {
                let hint = crate::diag::suggestion(key, f.principles.iter().map(|p| p.id.as_str()));
                super::eprint(&format!(
                    "error: no principle \"{key}\" in framework {}{hint}; give a number or an id (see `dgtk principles`)\n",
                    f.id
                ));
                return Ok(ExitStatus::Usage);
            }
        },
    };
    let prior = match &args.from {
        Some(p) => match super::load_answers(p, &f) {
            Ok(a) => Some(a),
            Err(status) => return Ok(status),
        },
        None => None,
    };
    let (path, assessment, mut text) = match open(&f, &args, prior.as_ref())? {
        Ok(x) => x,
        Err(status) => return Ok(status),
    };

    let shown = path.display().to_string();
    let on_signal = shown.clone();
    // Ctrl-C, a closed terminal (SIGHUP) or SIGTERM: wait for a save in progress, show the
    // cursor again (dialoguer hides it while a menu is open), say where the answers are.
    if let Err(e) = ctrlc::set_handler(move || leave(&on_signal)) {
        super::eprint(&format!("warning: cannot catch Ctrl-C: {e}\n"));
    }

    let mut q = Questionnaire::new(&f, assessment, prior.as_ref(), shown.clone());
    let start = start_principle.and_then(|p| q.start_of(&p));
    let mut prompter = terminal::Terminal::new();
    let mut save = |a: &mut Assessment| {
        let _saving = SAVING.lock().unwrap_or_else(|e| e.into_inner());
        assessment::save_over(&path, &mut text, a, &f)
    };
    let outcome = q.run(&mut prompter, &mut save, start);
    prompter.restore();
    let outcome = match outcome {
        Ok(o) => o,
        Err(e) if e.is_interrupted() => leave(&shown),
        Err(e) => {
            return Err(anyhow::Error::new(e).context(format!(
                "{shown}: the answers given before this one are saved"
            )));
        }
    };
    let a = q.assessment();
    let answered = f.question_count() - a.unanswered(&f).len();
    let flagged = a.flagged(&f).len();
    let review = if flagged > 0 {
        format!(", {flagged} to review")
    } else {
        String::new()
    };
    let next = match (outcome, a.meta.status) {
        (Outcome::Final, _) | (_, Status::Final) => format!(
            "status final.\nNext: `dgtk check {shown}`, `dgtk score {shown}`, `dgtk report {shown}`."
        ),
        _ => format!(
            "status draft.\nRun the same command again to resume; `dgtk score {shown}` shows the scores so far."
        ),
    };
    super::eprint(&format!(
        "saved {shown}: answered {answered} of {}{review}, {next}\n",
        f.question_count()
    ));
    Ok(ExitStatus::Success)
}

/// Which standard stream is not a terminal, if any (dialoguer reads keys from stdin's terminal
/// and draws on stderr).
fn missing_terminal() -> Option<&'static str> {
    if !std::io::stdin().is_terminal() {
        Some("stdin")
    } else if !std::io::stderr().is_terminal() {
        Some("stderr")
    } else {
        None
    }
}

fn no_terminal_message(stream: &str, g: &GlobalArgs, args: &AssessArgs) -> String {
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
            "  {dgtk} init --country {country} --year {year}{from} -o {file}   (a new file listing every question)\n"
        )
    };
    format!(
        "error: `dgtk assess` asks its questions in a terminal, but {stream} is not a terminal; nothing was read or written.\n\
         Without a terminal, answer in an editor instead:\n\
         {create}  \
         $EDITOR {file}   (answer under each question's [answers.ID] table)\n  \
         {dgtk} check {file}\n  \
         {dgtk} score {file}\n"
    )
}

/// The answer file to work on: the existing one (checked), or a new one (saved at once, so a
/// folder that cannot be written fails before the first question).
fn open(
    f: &Framework,
    args: &AssessArgs,
    prior: Option<&Assessment>,
) -> Result<std::result::Result<(PathBuf, Assessment, String), ExitStatus>> {
    let country = args
        .country
        .clone()
        .or_else(|| prior.map(|p| p.meta.country.clone()));
    let year = args.year.or_else(|| prior.map(|p| p.meta.year + 1));
    let path = match (&args.file, &country, year) {
        (Some(p), _, _) => p.clone(),
        (None, Some(c), Some(y)) => PathBuf::from(format!("{}-{y}.toml", c.to_lowercase())),
        _ => {
            super::eprint(
                "error: give the answer FILE to resume, or --country and --year for a new one (e.g. `dgtk assess --country NZL --year 2026`)\n",
            );
            return Ok(Err(ExitStatus::Usage));
        }
    };
    if path.exists() {
        let a = match super::load_answers(&path, f) {
            Ok(a) => a,
            Err(status) => return Ok(Err(status)),
        };
        let wrong_country = args.country.as_ref().is_some_and(|c| *c != a.meta.country);
        let wrong_year = args.year.is_some_and(|y| y != a.meta.year);
        if wrong_country || wrong_year {
            super::eprint(&format!(
                "error: {} is the assessment of {} {}, not {} {}; omit --country/--year to resume it, or give another FILE\n",
                path.display(),
                a.meta.country,
                a.meta.year,
                args.country.as_deref().unwrap_or(&a.meta.country),
                args.year.unwrap_or(a.meta.year),
            ));
            return Ok(Err(ExitStatus::Usage));
        }
        // Its text, kept in memory so that every save keeps the comments a person wrote.
        let text = crate::source::read_text(&path).unwrap_or_default();
        return Ok(Ok((path, a, text)));
    }
    let Some(country) = country.filter(|c| !c.trim().is_empty()) else {
        super::eprint(&format!(
            "error: {} does not exist yet: give --country (an ISO 3166-1 alpha-3 code such as NZL, or an agency code) to create it\n",
            path.display()
        ));
        return Ok(Err(ExitStatus::Usage));
    };
    let Some(year) = year else {
        super::eprint(&format!(
            "error: {} does not exist yet: give --year (e.g. --year 2026) to create it\n",
            path.display()
        ));
        return Ok(Err(ExitStatus::Usage));
    };
    if !(1900..=2200).contains(&year) {
        super::eprint(&format!(
            "error: --year {year} is out of range (1900 to 2200)\n"
        ));
        return Ok(Err(ExitStatus::Usage));
    }
    let mut a = match prior {
        Some(p) => super::init::carry_forward(p, f, &country, year),
        None => Assessment::new(f, &country, year),
    };
    // A new file from last year's keeps the comments written there, as `init --from` does.
    let mut text = args
        .from
        .as_ref()
        .map(|p| crate::source::read_text(p).unwrap_or_default())
        .unwrap_or_default();
    create(&path, &mut text, &mut a, f)?;
    Ok(Ok((path, a, text)))
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
        super::eprint(&format!(
            "\ninterrupted: every answer confirmed so far is saved in {file}; run the same command to resume.\n"
        ));
        std::process::exit(ExitStatus::Interrupted.code());
    });
    // Another thread is leaving; wait for it to end the process.
    loop {
        std::thread::park();
    }
}
