//! `dgtk init`: writes a new answer file listing every question, ready to fill in an editor;
//! `--from` carries a prior assessment's answers forward, flagged for review.

use std::path::PathBuf;

use anyhow::Result;
use clap::Args;

use crate::assessment::{self, Assessment, Status};
use crate::cli::GlobalArgs;
use crate::exit::ExitStatus;

/// Write a new answer file: every question appears with its text and scale as comments.
///
/// With --from, last year's answers, evidence, links and targets are carried forward, each
/// answer flagged `flag = "review"` until a person confirms it (by deleting the flag, or with
/// `dgtk assess`); the comments you wrote in the prior file come along beside the same questions.
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
        Some(p) => match super::load_answers(p, &f) {
            Ok(a) => Some(a),
            Err(status) => return Ok(status),
        },
        None => None,
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
        super::eprint(
            "error: --country is required (an ISO 3166-1 alpha-3 code such as NZL, or an agency code)\n",
        );
        return Ok(ExitStatus::Usage);
    };
    let Some(year) = args
        .year
        .or_else(|| prior.as_ref().map(|p| p.meta.year + 1))
    else {
        super::eprint("error: --year is required (e.g. --year 2026)\n");
        return Ok(ExitStatus::Usage);
    };
    if country.trim().is_empty() {
        super::eprint("error: --country must not be empty\n");
        return Ok(ExitStatus::Usage);
    }
    if !(1900..=2200).contains(&year) {
        super::eprint(&format!(
            "error: --year {year} is out of range (1900 to 2200)\n"
        ));
        return Ok(ExitStatus::Usage);
    }
    let mut a = match &prior {
        Some(p) => carry_forward(p, &f, &country, year),
        None => Assessment::new(&f, &country, year),
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
        .unwrap_or_else(|| PathBuf::from(format!("{}-{year}.toml", country.to_lowercase())));
    let to_stdout = output.as_os_str() == "-";
    if !to_stdout && output.exists() && !args.force {
        super::eprint(&format!(
            "error: {} already exists; use --force to replace it, or -o to write elsewhere\n",
            output.display()
        ));
        return Ok(ExitStatus::Failure);
    }
    a.meta.updated = Some(assessment::now_timestamp());
    let text = match &prior_text {
        Some(old) => assessment::rewrite(old, &f, &a),
        None => assessment::render(&a, &f),
    };
    if to_stdout {
        super::out(&text)?;
    } else {
        super::emit(Some(&output), &text)?;
        let carried = a.flagged(&f).len();
        let note = if carried > 0 {
            format!(", {carried} answers carried forward for review")
        } else {
            String::new()
        };
        super::eprint(&format!(
            "wrote {} ({} questions{note}); fill it in, then run `dgtk check {}`\n",
            output.display(),
            f.question_count(),
            output.display()
        ));
    }
    Ok(ExitStatus::Success)
}

/// A new draft for `year` holding the prior's answers, each flagged for review.
pub fn carry_forward(
    prior: &Assessment,
    f: &crate::framework::Framework,
    country: &str,
    year: i32,
) -> Assessment {
    let mut a = Assessment::new(f, country, year);
    a.meta.organisation = prior.meta.organisation.clone();
    a.meta.assessors = prior.meta.assessors.clone();
    a.meta.status = Status::Draft;
    a.targets = prior.targets.clone();
    a.answers = prior
        .answers
        .iter()
        .map(|(id, ans)| {
            let mut ans = ans.clone();
            ans.review = ans.value.is_some();
            (id.clone(), ans)
        })
        .collect();
    a
}
