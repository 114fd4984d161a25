//! `dgtk check FILE|DIR...`: validates answer files (and the framework), printing every problem
//! of every file as `file:line:col: message`.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::cli::GlobalArgs;
use crate::error::CliError;
use crate::exit::ExitStatus;

/// Validate answer files against the framework; with no files, validate the framework alone.
///
/// Every problem of every file is printed to stderr as `file:line:col: message`; each valid file
/// gets one line on stdout. Exits 1 if any file has a problem.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Answer files, or folders to search recursively for *.toml.
    pub paths: Vec<PathBuf>,
}

/// Lines that say one thing each, wrapped on a terminal (or to `COLUMNS`), else one a line.
fn fit(lines: &str) -> String {
    match crate::present::status_width() {
        Some(w) => crate::present::wrap_message(lines, w),
        None => lines.to_string(),
    }
}

pub fn run(g: &GlobalArgs, args: CheckArgs) -> Result<ExitStatus> {
    let versions = super::load_versions(g)?;
    let f = super::current_of(&versions)?;
    if args.paths.is_empty() {
        let line = crate::sanitize::for_terminal(&format!(
            "{}\n",
            crate::t!(
                "check-framework-ok",
                framework = format!("{} {}", f.id, f.version),
                origin = f.origin_for_reader(),
                pillars = f.pillars.len(),
                principles = f.principles.len(),
                questions = f.question_count()
            )
        ))
        .into_owned();
        super::out(&fit(&line))?;
        let l = &f.language;
        if let Some(asked) = l
            .asked
            .as_deref()
            .filter(|a| *a != l.main && !l.fell_back())
        {
            let mut s = match l.untranslated.len() {
                0 => crate::t!(
                    "check-language-complete",
                    asked = asked,
                    asked_name = super::language_name(asked)
                ),
                n => crate::t!(
                    "check-language-left",
                    asked = asked,
                    asked_name = super::language_name(asked),
                    n = n,
                    main = l.main.as_str(),
                    main_name = super::language_name(&l.main)
                ),
            };
            s.push('\n');

            for u in &l.untranslated {
                s.push_str(&format!("  {u}\n"));
            }
            super::out(&fit(&crate::sanitize::for_terminal(&s)))?;
        }
        return Ok(ExitStatus::Success);
    }
    let (files, mut problems) = crate::discover::answer_files(&args.paths);
    let unreadable = problems.len();
    let mut bad_files = unreadable;
    let mut ok_lines = String::new();
    let mut good = 0;
    for path in files.iter() {
        // Each file is checked with the framework version it names (see `Versions`).
        let checked = crate::source::read_text(path)
            .map_err(|d| vec![d])
            .and_then(|text| versions.parse(&path.display().to_string(), &text));
        match checked {
            Ok((a, _)) if !crate::country::is_code(&a.meta.country) => {
                bad_files += 1;
                let name = path.display().to_string();
                let text = crate::source::read_text(path).unwrap_or_default();
                problems.push(crate::country::problem_in(&name, &text).unwrap_or_else(|| {
                    crate::diag::Diagnostic::file(&name, crate::t!("check-country-not-code"))
                }));
            }
            Ok((a, f)) => {
                super::language_note(f);
                good += 1;
                if a.meta.framework_version != f.version {
                    super::eprint(&format!(
                        "{} {}\n",
                        crate::t!("label-note"),
                        crate::t!(
                            "check-earlier-version",
                            file = path.display().to_string(),
                            version = a.meta.framework_version.as_str(),
                            loaded = f.version.as_str()
                        )
                    ));
                }
                let total = f.question_count();
                let answered = total - a.unanswered(f).len();
                let flagged = a.flagged(f).len();
                let status = crate::present::status(a.meta.status);
                let flags = if flagged > 0 {
                    crate::t!("check-ok-flagged", n = flagged)
                } else {
                    String::new()
                };
                let line = crate::t!(
                    "check-ok",
                    file = path.display().to_string(),
                    status = status,
                    country = a.meta.country.as_str(),
                    year = a.meta.year.to_string(),
                    answered = answered,
                    total = total,
                    flags = flags
                );
                ok_lines.push_str(&crate::sanitize::for_terminal(&format!("{line}\n")));
            }
            Err(p) => {
                bad_files += 1;
                problems.extend(p);
            }
        }
    }
    super::out(&fit(&ok_lines))?;
    if bad_files > 0 {
        let summary = crate::t!(
            "check-summary",
            problems = crate::diag::Diagnostic::count(&problems),
            files = bad_files,
            good = good,
            total = good + bad_files
        );

        return Err(CliError::summed_up(problems, summary).into());
    }
    Ok(ExitStatus::Success)
}
