//! `dgtk import book.xlsx -o answers.toml` (or `--into EXISTING.toml`): reads a questionnaire
//! workbook made by `dgtk export` back into an answer file (see [`crate::sheets::import`]).
//! Every problem is reported with its sheet and cell, and then nothing is written; the answer
//! file goes through the one answer-file writer, atomically (`--into` keeps its comments).

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use crate::assessment::{self, Assessment, Meta};
use crate::cli::GlobalArgs;
use crate::diag::Diagnostic;
use crate::error::CliError;
use crate::exit::ExitStatus;
use crate::framework::Framework;
use crate::sheets::import::{About, Places};

/// Read a filled-in questionnaire workbook (from `dgtk export`) back into an answer file.
///
/// Every cell is checked against its question; all problems are listed with their sheet and
/// cell, and then nothing is written. A workbook made for another framework or framework
/// version is refused. With --into, the answers of the workbook replace those of an existing
/// answer file of the same country and year, keeping its comments, targets and metadata.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The workbook (.xlsx) made by `dgtk export`.
    pub book: PathBuf,

    /// Write a new answer file ("-" for stdout).
    #[arg(short, long, value_name = "FILE", required_unless_present = "into")]
    pub output: Option<PathBuf>,

    /// Update this existing answer file with the workbook's answers instead.
    #[arg(long, value_name = "FILE", conflicts_with = "output")]
    pub into: Option<PathBuf>,

    /// Replace the -o file if it exists.
    #[arg(long)]
    pub force: bool,
}

pub fn run(g: &GlobalArgs, args: ImportArgs) -> Result<ExitStatus> {
    let mut inputs = vec![crate::output::Input::new(
        &args.book,
        crate::t!("role-workbook"),
    )];
    if let Some(into) = &args.into {
        inputs.push(crate::output::Input::new(into, crate::t!("role-into-file")));
    }
    if let Some(o) = &args.output {
        crate::output::refuse_input_as_output(Some(o), &inputs)?;
    }
    let name = args.book.display().to_string();
    let bytes = crate::source::read_bytes(&args.book).map_err(one)?;
    let mut book = crate::sheets::import::open(&name, bytes).map_err(one)?;
    let about = book.about.clone();
    let f = framework_of(g, &args.book, &about)?;
    let (answers, places) = book.answers(&f).map_err(|p| refused(&name, p))?;

    match &args.into {
        Some(into) => import_into(g, into, &args.book, &about, &f, answers, &places),
        None => {
            let output = args.output.clone().unwrap_or_else(|| PathBuf::from("-"));
            let mut a = Assessment {
                meta: Meta {
                    framework: about.framework.clone(),
                    framework_version: about.framework_version.clone(),
                    country: about.country.clone(),
                    organisation: about.organisation.clone(),
                    year: about.year,
                    assessors: about.assessors.clone(),
                    status: about.status,
                    updated: Some(assessment::now_timestamp()),
                },
                answers,
                targets: Default::default(),
                merged: Default::default(),
            };
            let text = assessment::render(&a, &f);
            recheck(&name, &text, &f, &places)?;
            if output == Path::new("-") {
                super::out(&text)?;
                return Ok(ExitStatus::Success);
            }
            if output.exists() && !args.force {
                return Err(CliError::input(crate::t!(
                    "init-exists",
                    file = output.display().to_string()
                ))
                .hint(crate::t!("import-exists-hint"))
                .into());
            }
            let _lock = crate::lock::acquire(&output, "dgtk import")?;
            let opts = crate::atomic::Options {
                force: args.force,
                has_force: true,
                readable_by_dgtk: true,
            };
            super::emit_with(Some(&output), &text, opts)?;
            a.meta.updated = None;
            super::note(&crate::t!(
                "import-wrote",
                file = output.display().to_string(),
                book = name.as_str(),
                answered = f.question_count() - a.unanswered(&f).len(),
                questions = f.question_count()
            ));
            Ok(ExitStatus::Success)
        }
    }
}

fn one(d: Diagnostic) -> CliError {
    CliError::problems(vec![d], "")
}

fn refused(name: &str, problems: Vec<Diagnostic>) -> CliError {
    let n = problems.len();
    CliError::summed_up(problems, crate::t!("import-refused", n = n, book = name))
}

/// The framework version the workbook was made for: the built-in one it names, or the
/// --framework folder when its id and version match.
fn framework_of(g: &GlobalArgs, book: &Path, about: &About) -> Result<Framework, CliError> {
    let versions = super::load_versions(g)?;
    let current = super::current_of(&versions)?;
    if about.framework != current.id {
        return Err(super::other_framework(book, &about.framework, current));
    }
    match versions.get(&about.framework_version) {
        Some(f) => Ok(f.clone()),
        None => Err(CliError::input(crate::t!(
            "import-other-version",
            book = book.display().to_string(),
            version = about.framework_version.as_str(),
            framework = about.framework.as_str(),
            origin = current.origin_for_reader(),
            known = versions.known().join(", ")
        ))
        .hint(crate::t!("import-other-version-hint"))),
    }
}

/// The canonical file is checked as any answer file is; a problem the cell checks did not
/// catch is reported at the answer cell of its question.
fn recheck(name: &str, text: &str, f: &Framework, places: &Places) -> Result<(), CliError> {
    let Err(problems) = assessment::parse(name, text, f) else {
        return Ok(());
    };
    let lines: Vec<&str> = text.lines().collect();
    let located = problems
        .into_iter()
        .map(|d| {
            let id = d.position.and_then(|(line, _)| {
                lines[..line.min(lines.len())]
                    .iter()
                    .rev()
                    .find_map(|l| l.strip_prefix("[answers.")?.strip_suffix(']'))
            });
            match id.and_then(|id| places.get(id)) {
                Some((sheet, row, col)) => {
                    Diagnostic::file(crate::sheets::location(name, sheet, *row, *col), d.message)
                }
                None => Diagnostic::file(name, d.message),
            }
        })
        .collect();
    Err(refused(name, located))
}

fn import_into(
    g: &GlobalArgs,
    into: &Path,
    book: &Path,
    about: &About,
    f: &Framework,
    answers: std::collections::BTreeMap<String, assessment::Answer>,
    places: &Places,
) -> Result<ExitStatus> {
    let fi = super::framework_for(g, into)?;
    super::check_declared_framework(into, &fi)?;
    if fi.version != f.version {
        return Err(CliError::input(crate::t!(
            "import-into-other-version",
            book = book.display().to_string(),
            version = f.version.as_str(),
            file = into.display().to_string(),
            other = fi.version.as_str()
        ))
        .hint(crate::t!("import-into-other-version-hint"))
        .into());
    }
    let _lock = crate::lock::acquire(into, "dgtk import")?;
    let mut text = crate::source::read_text(into).map_err(one)?;
    let mut a = assessment::parse(&into.display().to_string(), &text, f)
        .map_err(|p| CliError::problems(p, ""))?;
    if a.meta.country != about.country || a.meta.year != about.year {
        return Err(CliError::input(crate::t!(
            "import-into-other-country",
            book = book.display().to_string(),
            country = about.country.as_str(),
            year = about.year.to_string(),
            file = into.display().to_string(),
            other_country = a.meta.country.as_str(),
            other_year = a.meta.year.to_string()
        ))
        .into());
    }
    let changed = f
        .questions()
        .filter(|(_, q)| a.answers.get(&q.id) != answers.get(&q.id))
        .count();
    a.answers = answers;
    let name = book.display().to_string();
    recheck(&name, &assessment::render(&a, f), f, places)?;
    if changed == 0 {
        super::note(&crate::t!(
            "import-nothing-to-change",
            file = into.display().to_string(),
            book = name.as_str()
        ));
        return Ok(ExitStatus::Success);
    }
    assessment::save_over(into, &mut text, &mut a, f)
        .map_err(|e| crate::output::write::cannot_write(into, &e))?;
    super::note(&crate::t!(
        "import-updated",
        file = into.display().to_string(),
        book = name.as_str(),
        n = changed
    ));
    Ok(ExitStatus::Success)
}
