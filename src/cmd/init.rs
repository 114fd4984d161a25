//! `dgtk init`: writes a new answer file listing every question, ready to fill in an editor;
//! `--from` carries a prior assessment's answers forward, flagged for review, also from an
//! earlier framework version (see `assessment::carry_forward`).

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use crate::assessment::{self, Assessment};
use crate::cli::GlobalArgs;
use crate::error::CliError;
use crate::exit::ExitStatus;
use crate::framework::Framework;

/// Write a new answer file: every question appears with its text and scale as comments.
///
/// With --from, last year's answers, evidence, links and targets are carried forward, each
/// answer flagged `flag = "review"` until a person confirms it (by deleting the flag, or with
/// `dgtk assess`). A prior of an earlier framework version is carried through `replaces`: what
/// was kept, renamed, split, dropped and added is printed. The comments you wrote in the prior
/// file come along beside the same questions.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// Country (ISO 3166-1 alpha-3, e.g. NZL) or agency code; taken from --from if omitted.
    #[arg(long)]
    pub country: Option<String>,

    /// Year of the assessment; with --from, defaults to the prior's year + 1.
    #[arg(long)]
    pub year: Option<i32>,

    /// Organisation that answers (ministry, agency, region...).
    #[arg(long)]
    pub organisation: Option<String>,

    /// An assessor's name (repeat for several).
    #[arg(long = "assessor", value_name = "NAME")]
    pub assessors: Vec<String>,

    /// A prior assessment to carry answers forward from.
    #[arg(long, value_name = "PRIOR")]
    pub from: Option<PathBuf>,

    /// Read PRIOR with the framework version in this folder (default: the built-in version it
    /// names, or the --framework folder).
    #[arg(long, value_name = "DIR", requires = "from")]
    pub from_framework: Option<PathBuf>,

    /// List every question id in what --from carried, dropped and added.
    #[arg(short, long)]
    pub verbose: bool,

    /// Where to write the file ("-" for stdout). Default: COUNTRY-YEAR.toml, lowercase.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

pub fn run(g: &GlobalArgs, args: InitArgs) -> Result<ExitStatus> {
    let f = super::framework_or_exit!(g);
    let prior = match &args.from {
        Some(p) => Some(load_prior(g, p, args.from_framework.as_deref(), &f)?),
        None => None,
    };
    let (prior, prior_fw) = match prior {
        Some((a, pf)) => (Some(a), Some(pf)),
        None => (None, None),
    };
    // The prior's own comments come along (a prior that cannot be read again brings none).
    let prior_text = args
        .from
        .as_ref()
        .map(|p| crate::source::read_text(p).unwrap_or_default());
    let Some(country) = args
        .country
        .clone()
        .or_else(|| prior.as_ref().map(|p| p.meta.country.clone()))
    else {
        return Err(CliError::usage(crate::t!("usage-country-required")).into());
    };
    let Some(year) = args
        .year
        .or_else(|| prior.as_ref().map(|p| p.meta.year + 1))
    else {
        return Err(CliError::usage(crate::t!("usage-year-required")).into());
    };
    let country = match crate::country::normalise(&country) {
        Ok(c) => c,
        Err(e) if args.country.is_none() => {
            // From the prior file: its country names the new file, so it must be a code.
            let from = args
                .from
                .as_ref()
                .map_or(String::new(), |p| p.display().to_string());
            return Err(CliError::input(format!("{from}: {e}"))
                .hint(crate::t!("init-hint-country"))
                .into());
        }
        Err(e) => return Err(CliError::usage(format!("--country: {e}")).into()),
    };
    super::check_year(year)?;
    let (mut a, summary) = match (&prior, &prior_fw) {
        (Some(p), Some(pf)) => {
            let c = assessment::carry_forward(p, pf, &f, &country, year);
            (c.assessment, Some(c.summary))
        }
        _ => (Assessment::new(&f, &country, year), None),
    };
    if args.organisation.is_some() {
        a.meta.organisation = args.organisation.clone();
    }
    if !args.assessors.is_empty() {
        a.meta.assessors = args.assessors.clone();
    }
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| assessment::default_file(&country, year));
    let to_stdout = output.as_os_str() == "-";
    let inputs: Vec<_> = args
        .from
        .iter()
        .map(|p| crate::output::Input::new(p, crate::t!("role-prior-from")))
        .collect();
    match &args.output {
        Some(o) => crate::output::refuse_input_as_output(Some(o), &inputs)?,
        None => crate::output::refuse_as_output(&output, &output.display().to_string(), &inputs)?,
    }
    if !to_stdout && output.exists() && !args.force {
        return Err(CliError::input(crate::t!(
            "init-exists",
            file = output.display().to_string()
        ))
        .hint(crate::t!("init-hint-force"))
        .into());
    }
    a.meta.updated = Some(assessment::now_timestamp());
    let text = match &prior_text {
        Some(old) => assessment::rewrite(old, &f, &a),
        None => assessment::render(&a, &f),
    };
    if let Some(s) = &summary {
        let lines = s.describe(args.verbose);
        if !lines.is_empty() {
            super::note(&lines.join("\n"));
        }
    }
    if to_stdout {
        super::out(&text)?;
    } else {
        let _lock = crate::lock::acquire(&output, "dgtk init")?;
        let opts = crate::atomic::Options {
            force: args.force,
            has_force: true,
            readable_by_dgtk: true,
        };
        super::emit_with(Some(&output), &text, opts)?;
        let carried = a.flagged(&f).len();
        let note = if carried > 0 {
            crate::t!("init-carried", n = carried)
        } else {
            String::new()
        };
        super::note(&crate::t!(
            "init-wrote",
            file = output.display().to_string(),
            n = f.question_count(),
            carried = note
        ));
    }
    Ok(ExitStatus::Success)
}

/// Reads the prior of `--from` with its own framework version: `--from-framework DIR`, else
/// the built-in version it names (without `--framework`), else the loaded framework `f`.
pub fn load_prior(
    g: &GlobalArgs,
    path: &Path,
    from_framework: Option<&Path>,
    f: &Framework,
) -> std::result::Result<(Assessment, Framework), CliError> {
    let pf = match from_framework {
        Some(dir) => super::load_framework_from(Some(dir))?,
        None if g.framework.is_none() => super::framework_for(g, path)?,
        None => f.clone(),
    };
    if pf.id != f.id {
        return Err(CliError::input(crate::t!(
            "init-from-other-framework",
            file = path.display().to_string(),
            found = pf.id.as_str(),
            loaded = f.id.as_str()
        )));
    }
    let a = super::load_answers(path, &pf).map_err(
        |e| match crate::assessment::declared_framework(path) {
            Some((_, Some(v))) if v != pf.version => e.hint(crate::t!(
                "init-from-other-version-hint",
                file = path.display().to_string(),
                version = v,
                origin = pf.origin_for_reader(),
                loaded = pf.version.as_str()
            )),
            _ => e,
        },
    )?;
    Ok((a, pf))
}
