//! The answer file `dgtk assess` works on: the existing one (checked against `--country` and
//! `--year`), or a new one created at once (from `--from` when given); locked for the whole run;
//! and the way out on Ctrl-C, SIGTERM or SIGHUP, which waits for a save in progress, gives the
//! terminal back and releases the lock before the process ends.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

use anyhow::Result;

use super::AssessArgs;
use crate::assessment::{self, Assessment};
use crate::error::CliError;
use crate::framework::Framework;

/// Held while the answer file is being written, so that Ctrl-C waits for a save to finish.
pub(super) static SAVING: Mutex<()> = Mutex::new(());
static LEAVING: Once = Once::new();
/// This run's lock of the answer file, released when the command ends (also from [`leave`]).
static LOCK: Mutex<Option<crate::lock::Lock>> = Mutex::new(None);

pub(super) struct ReleaseLock;

impl Drop for ReleaseLock {
    fn drop(&mut self) {
        drop(LOCK.lock().unwrap_or_else(|e| e.into_inner()).take());
    }
}

/// The answer file to work on: the existing one (checked), or a new one (saved at once, so a
/// folder that cannot be written fails before the first question); true when it is new.
pub(super) fn open(
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
        (None, Some(c), Some(y)) => assessment::default_file(c, y),
        _ => {
            return Err(CliError::usage(crate::t!("assess-usage-file"))
                .hint(crate::t!("assess-usage-file-hint"))
                .into());
        }
    };
    let inputs: Vec<_> = args
        .from
        .iter()
        .map(|p| crate::output::Input::new(p, crate::t!("role-prior-from")))
        .collect();
    crate::output::refuse_as_output(&path, &path.display().to_string(), &inputs)?;
    // Held until the command ends: a second `assess` (or `fmt`, `merge -o`) on this file refuses.
    *LOCK.lock().unwrap_or_else(|e| e.into_inner()) =
        Some(crate::lock::acquire(&path, "dgtk assess")?);
    if path.exists() {
        let a = crate::cmd::load_answers(&path, f)?;
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
    crate::cmd::check_year(year)?;
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
        anyhow::anyhow!(crate::t!(
            "output-cannot-create",
            file = path.display().to_string(),
            reason = crate::source::io_message(&e)
        ))
    })
}

/// Leaves on Ctrl-C (from the signal handler's thread or from a prompt that saw the key): once,
/// after any save in progress, with the cursor shown again.
pub(super) fn leave(file: &str) -> ! {
    LEAVING.call_once(|| {
        let _saving = SAVING.lock().unwrap_or_else(|e| e.into_inner());
        crate::tui::restore_cursor();
        // The process ends here without unwinding: release this run's lock of the file (the OS
        // lock ends with the process; its file would stay behind).
        drop(LOCK.lock().unwrap_or_else(|e| e.into_inner()).take());
        let e = CliError::interrupted(format!(
            "\n{}",
            crate::t!("assess-interrupted", file = file)
        ));

        crate::cmd::eprint(&crate::tui::fit(&e.render()));
        std::process::exit(e.exit_status().code());
    });
    // Another thread is leaving; wait for it to end the process.
    loop {
        std::thread::park();
    }
}
