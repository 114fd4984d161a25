//! `dgtk diff OLD NEW`: what changed between two assessments. Loads each side with its own
//! framework version, calls [`crate::diff`], and renders the result as a table, Markdown or
//! JSON: the same figures in the same order (largest moves first) in every format.

use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::assessment::{Assessment, Value};
use crate::cli::GlobalArgs;
use crate::diff::{Diff, Link, Overlap, QuestionChange, QuestionSide, ScoreChange, Side, Tally};
use crate::error::CliError;
use crate::exit::ExitStatus;
use crate::framework::Framework;
use crate::json;
use crate::present;
use crate::render::{self, Align, Grid};
use crate::sheets::table::ColumnInfo;

/// Compare two assessments (e.g. two years): per question, principle, pillar and overall.
///
/// Shows old and new scores with their deltas and band changes, largest moves first, and per
/// question the old and new answer, the score change and whether the evidence changed.
/// The two files may be of different versions of one framework: OLD is read with
/// --old-framework (default: the same framework as NEW), and questions are followed through
/// `replaces`. Files of different frameworks are refused.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier assessment.
    pub old: PathBuf,
    /// The later assessment.
    pub new: PathBuf,
    /// Detail: scores per principle (with the questions that moved most), or every question
    /// that changed.
    #[arg(long, value_enum, default_value_t = DiffBy::Principle)]
    pub by: DiffBy,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,
    /// Exit 1 if the overall score or any principle's score declined.
    #[arg(long)]
    pub fail_on_regression: bool,
    /// Headline every pillar or principle that fell by N points or more, above the overall
    /// figure.
    #[arg(
        long,
        value_name = "N",
        default_value_t = crate::diff::DECLINE_THRESHOLD,
        value_parser = crate::cli::score_threshold
    )]
    pub decline_threshold: f64,
    /// Read OLD with the framework version in this folder (default: the same framework as NEW).
    #[arg(long, value_name = "DIR")]
    pub old_framework: Option<PathBuf>,
    /// Write to FILE (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffBy {
    Principle,
    Question,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    Table,
    Json,
    Markdown,
    // One row per principle, pillar and the whole (or per question with --by question).
    Csv,
    // The CSV's rows as a workbook, figures as numbers (needs -o FILE on a terminal).
    Xlsx,
}

/// How many questions the principle view lists under "questions that moved most".
const TOP_QUESTIONS: usize = 10;
/// Principle titles are cut to this many characters in tables, to stay within 100 columns.
const TITLE_WIDTH: usize = 36;
/// A title column cut to fit the width keeps at least this many columns.
const TITLE_FLOOR: usize = 24;

pub fn run(g: &GlobalArgs, args: DiffArgs) -> Result<ExitStatus> {
    if args.format == DiffFormat::Xlsx {
        super::refuse_binary_to_terminal(args.output.as_deref(), "xlsx")?;
    }
    // Without --framework, each side is read with the built-in version it names.
    let new_fw = super::framework_for(g, &args.new)?;
    let inputs = [
        crate::output::Input::new(&args.old, "the old answer file"),
        crate::output::Input::new(&args.new, "the new answer file"),
    ];
    crate::output::refuse_input_as_output(args.output.as_deref(), &inputs)?;
    let old_fw = match &args.old_framework {
        Some(dir) => super::load_framework_from(Some(dir))?,
        None if g.framework.is_none() => super::framework_for(g, &args.old)?,
        None => new_fw.clone(),
    };

    // Different frameworks are refused before anything else is checked, naming both ids.
    let declared_old = crate::assessment::declared_framework(&args.old);
    let declared_new = crate::assessment::declared_framework(&args.new);
    if let (Some((o, _)), Some((n, _))) = (&declared_old, &declared_new)
        && o != n
    {
        return Err(CliError::input(format!(
            "cannot compare assessments of different frameworks: {} is for \"{o}\", {} is for \"{n}\"",
            args.old.display(),
            args.new.display()
        ))
        .into());
    }
    if old_fw.id != new_fw.id {
        return Err(CliError::input(format!(
            "cannot compare assessments of different frameworks: the old framework ({}) is \"{}\", the new one ({}) is \"{}\"",
            old_fw.origin, old_fw.id, new_fw.origin, new_fw.id
        ))
        .into());
    }

    // Both files are of one framework, but perhaps not of the one loaded: say so in one line
    // rather than with every question id the loaded framework does not know.
    for (path, declared) in [(&args.old, &declared_old), (&args.new, &declared_new)] {
        if let Some((id, _)) = declared
            && *id != new_fw.id
        {
            return Err(super::other_framework(path, id, &new_fw).into());
        }
    }

    let old = load_side(
        &args.old,
        &old_fw,
        declared_old.as_ref(),
        "--old-framework DIR",
    )?;
    let new = load_side(&args.new, &new_fw, declared_new.as_ref(), "--framework DIR")?;

    let d = crate::diff::diff(
        Side {
            assessment: &old,
            framework: &old_fw,
        },
        Side {
            assessment: &new,
            framework: &new_fw,
        },
    )
    .map_err(|e| CliError::input(e.to_string()))?;
    let view = View {
        d: &d,
        old_fw: &old_fw,
        new_fw: &new_fw,
        old_file: &args.old,
        new_file: &args.new,
        by: args.by,
        decline_threshold: args.decline_threshold,
    };
    let text = match args.format {
        DiffFormat::Csv => {
            let (columns, rows) = view.rows();
            let mut w = csv::Writer::from_writer(Vec::new());
            w.write_record(columns.iter().map(|c| c.header.as_str()))?;
            for row in rows {
                w.write_record(row.iter().map(|c| render::csv_safe(c)))?;
            }
            String::from_utf8_lossy(&w.into_inner()?).into_owned()
        }
        DiffFormat::Xlsx => {
            let (columns, rows) = view.rows();
            let about = [
                ("old".to_string(), args.old.display().to_string()),
                ("new".to_string(), args.new.display().to_string()),
                (
                    "framework".to_string(),
                    format!(
                        "{} {} -> {}",
                        d.framework_id, old_fw.version, new_fw.version
                    ),
                ),
                ("in common".to_string(), present::overlap(&d.overlap)),
                ("dgtk".to_string(), env!("CARGO_PKG_VERSION").to_string()),
            ];
            let bytes = crate::sheets::table::workbook("diff", &columns, &rows, &about)
                .map_err(CliError::input)?;
            super::emit_bytes(args.output.as_deref(), &bytes)?;
            String::new()
        }
        DiffFormat::Table => crate::sanitize::for_terminal(&view.text(false)).into_owned(),
        DiffFormat::Markdown => crate::sanitize::for_document(&view.text(true)).into_owned(),
        DiffFormat::Json => {
            crate::sanitize::json_text(&serde_json::to_string_pretty(&view.json())?).into_owned()
                + "\n"
        }
    };
    if args.format != DiffFormat::Xlsx {
        super::emit(args.output.as_deref(), &text)?;
    }

    if args.fail_on_regression {
        let regressions = d.regressions();
        if !regressions.is_empty() {
            let list: Vec<String> = regressions
                .iter()
                .map(|c| {
                    let what = match c.number {
                        Some(n) => format!("principle {n} {}", c.title),
                        None => c.title.to_lowercase(),
                    };
                    format!(
                        "  {what}: {} -> {} ({})\n",
                        render::score(c.old_score()),
                        render::score(c.new_score()),
                        render::delta(c.delta())
                    )
                })
                .collect();
            return Err(CliError::failed(format!(
                "regression: {} declined:\n{}",
                present::count(list.len(), "score"),
                list.concat().trim_end()
            ))
            .into());
        }
    }
    Ok(ExitStatus::Success)
}

/// Loads one side, adding a hint when the file was written for another framework version.
fn load_side(
    path: &Path,
    f: &Framework,
    declared: Option<&(String, Option<String>)>,
    flag: &str,
) -> std::result::Result<Assessment, CliError> {
    let other_version = declared
        .and_then(|(_, v)| v.as_deref())
        .filter(|v| *v != f.version);
    match super::load_answers(path, f) {
        Ok(a) => {
            if let Some(v) = other_version {
                super::note(&format!(
                    "note: {} names framework version {v} but was read with version {}; to follow `replaces` between versions, give version {v}'s folder with {flag}",
                    path.display(),
                    f.version
                ));
            }
            Ok(a)
        }
        Err(e) => Err(match other_version {
            Some(v) => e.hint(format!(
                "{} names framework version {v} but was checked against version {}; give version {v}'s folder with {flag}",
                path.display(),
                f.version
            )),
            None => e,
        }),
    }
}

/// The computed diff with what rendering needs besides.
struct View<'a> {
    d: &'a Diff,
    old_fw: &'a Framework,
    new_fw: &'a Framework,
    old_file: &'a Path,
    new_file: &'a Path,
    by: DiffBy,
    decline_threshold: f64,
}

/// Title cut to `width` display columns, with an ellipsis.
fn cut(s: &str, width: usize) -> String {
    present::truncate(s, width)
}

/// `a -> b`, or just `a` when both are the same.
fn change(old: Option<&str>, new: Option<&str>) -> String {
    match (old, new) {
        (Some(o), Some(n)) if o == n => o.to_string(),
        (None, None) => "-".to_string(),
        (o, n) => format!("{} -> {}", o.unwrap_or("-"), n.unwrap_or("-")),
    }
}

/// The labels of the items in the text output's sections (their width sets the indentation).
const ITEM_LABELS: [&str; 13] = [
    "diff-item-principles",
    "diff-item-pillars",
    "diff-item-questions",
    "diff-item-answers",
    "diff-item-review",
    "diff-item-declines",
    "diff-item-in-common",
    "diff-item-renamed",
    "diff-item-split",
    "diff-item-merged",
    "diff-item-regrouped",
    "diff-item-only-old",
    "diff-item-only-new",
];

fn tally(t: &Tally) -> String {
    let mut parts = vec![
        crate::t!("diff-tally-improved", n = t.improved),
        crate::t!("diff-tally-declined", n = t.declined),
        crate::t!("diff-tally-unchanged", n = t.unchanged),
    ];
    for (n, what) in [
        (t.newly_scored, "diff-tally-newly-scored"),
        (t.no_longer_scored, "diff-tally-no-longer-scored"),
        (t.not_scored, "diff-tally-not-scored"),
        (t.only_new, "diff-tally-added"),
        (t.only_old, "diff-tally-removed"),
    ] {
        if n > 0 {
            parts.push(crate::i18n::message(
                what,
                Some(&crate::i18n::args(vec![(
                    "n",
                    fluent_bundle::FluentValue::from(n),
                )])),
            ));
        }
    }
    parts.join(", ")
}

fn band_text(c: &ScoreChange) -> String {
    change(
        c.old.as_ref().and_then(|s| s.band.as_deref()),
        c.new.as_ref().and_then(|s| s.band.as_deref()),
    )
}

/// A side's score with its range and provisional mark: "37.2", "59.2 (29.6-79.6, provisional)".
fn side_score(s: Option<&crate::diff::ScoreSide>) -> String {
    s.map_or_else(
        || "-".to_string(),
        |s| present::score_range_marked(s.score, s.range, s.provisional),
    )
}

fn coverage_text(c: &ScoreChange) -> String {
    let o = c.old.as_ref().map(|s| render::percent(s.counts.coverage()));
    let n = c.new.as_ref().map(|s| render::percent(s.counts.coverage()));
    change(o.as_deref(), n.as_deref())
}

/// A question's answer in a table cell: levels and yes/no as they are, a checklist as the share
/// of items checked, a number with its unit.
fn short_value(f: &Framework, q: &QuestionSide) -> String {
    let s = match f.question(&q.id) {
        Some((_, question)) => {
            present::answer_words(question, q.value.as_ref(), &f.scale, present::Form::Short)
        }
        None => q.value.as_ref().map_or_else(|| "-".into(), Value::display),
    };
    if q.review && q.value.is_some() {
        format!("{s}*")
    } else {
        s
    }
}

/// An answer in short words, without the table's review mark (a CSV has no legend for it).
fn plain_value(f: &Framework, q: &QuestionSide) -> String {
    match f.question(&q.id) {
        Some((_, question)) => {
            present::answer_words(question, q.value.as_ref(), &f.scale, present::Form::Short)
        }
        None => q.value.as_ref().map_or_else(String::new, Value::display),
    }
}

fn question_label(q: &QuestionChange) -> String {
    let olds = || {
        q.old
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let id = q.id();
    match q.link {
        Link::Same => id.to_string(),
        Link::Renamed => crate::t!("diff-label-was", id = id, old = olds()),
        Link::Split => crate::t!("diff-label-split", id = id, old = olds()),
        Link::Merged => crate::t!("diff-label-merges", id = id, old = olds()),
        Link::Regrouped => crate::t!("diff-label-from", id = id, old = olds()),
        Link::Added => crate::t!("diff-label-new-question", id = id),
        Link::Removed => crate::t!("diff-label-removed", id = id),
    }
}

impl View<'_> {
    fn declines_headline(&self) -> Option<String> {
        present::declines_of(self.d, self.decline_threshold)
    }

    fn versions_differ(&self) -> bool {
        self.d.old.framework_version != self.d.new.framework_version
    }

    fn in_common(&self) -> String {
        let o = &self.d.overlap;
        if !self.versions_differ() && o.only_old.is_empty() && o.only_new.is_empty() {
            return crate::t!("diff-all-in-common", n = o.new_questions);
        }
        crate::t!("diff-share-in-common", share = render::percent(o.share()))
    }

    /// The table (terminal) or Markdown report.
    fn text(&self, md: bool) -> String {
        let d = self.d;
        let width = present::output_width();
        let mut s = String::new();
        let heading = |s: &mut String, t: &str| {
            if md {
                s.push_str(&format!("\n## {t}\n\n"));
            } else {
                s.push_str(&format!("\n{t}\n"));
            }
        };
        // The labels of the sections' items line up: as wide as the widest label of the
        // language (at least 11 columns, the English layout).
        let item_width = ITEM_LABELS
            .iter()
            .map(|k| present::width(&crate::i18n::message(k, None)))
            .max()
            .unwrap_or(0)
            .max(10)
            + 1;
        let item = |s: &mut String, label: &str, text: &str| {
            if md {
                s.push_str(&format!("- {label}: {text}\n"));
            } else {
                let pad = " ".repeat(item_width.saturating_sub(present::width(label)));
                let first = format!("  {label}{pad} ");
                let hang = " ".repeat(present::width(&first));
                for l in present::wrap_lines(text, width, &first, &hang) {
                    s.push_str(&l);
                    s.push('\n');
                }
            }
        };
        // The first column is the one cut (a title) when a table is too wide; at least
        // `TITLE_FLOOR` of it stays.
        let grid = |g: &Grid| {
            if md {
                g.to_markdown()
            } else {
                g.to_table_within(width, Some((0, TITLE_FLOOR)))
            }
        };

        let status = |st: crate::assessment::Status| crate::report::status_words(st);
        let title = format!(
            "{} ({}) -> {} ({})",
            d.old.label,
            status(d.old.status),
            d.new.label,
            status(d.new.status)
        );
        let prefix = crate::t!("diff-title", title = "");
        let indent = " ".repeat(present::width(&prefix));
        let arrow = format!(
            "{}-> ",
            " ".repeat(present::width(&prefix).saturating_sub(3))
        );
        if md {
            s.push_str(&format!(
                "# {}\n\n",
                crate::t!("diff-title", title = render::md_cell(&title))
            ));
        } else if present::width(&title) + present::width(&prefix) <= width {
            s.push_str(&format!(
                "{}\n",
                crate::t!("diff-title", title = title.as_str())
            ));
        } else {
            // Long organisation names: one side per line (each wrapped), so the header fits.
            let old = format!("{} ({})", d.old.label, status(d.old.status));
            let new = format!("{} ({})", d.new.label, status(d.new.status));
            for l in present::wrap_lines(&old, width, &prefix, &indent)
                .into_iter()
                .chain(present::wrap_lines(&new, width, &arrow, &indent))
            {
                s.push_str(&l);
                s.push('\n');
            }
        }
        let files = format!("{} -> {}", self.old_file.display(), self.new_file.display());
        let fw = if self.versions_differ() {
            format!(
                "{} {} -> {}{}{}",
                d.framework_id,
                d.old.framework_version,
                d.new.framework_version,
                present::semicolon(),
                self.in_common()
            )
        } else {
            format!(
                "{} {}{}{}",
                d.framework_id,
                d.new.framework_version,
                present::semicolon(),
                self.in_common()
            )
        };
        let o = &d.overall;
        let mut overall = crate::t!(
            "diff-overall",
            old = side_score(o.old.as_ref()),
            new = side_score(o.new.as_ref()),
            delta = render::delta(o.delta()),
            since = d.measured_from(),
            band = band_text(o),
            coverage = coverage_text(o)
        );
        if let Some(c) = present::caveats(&d.caveats()) {
            overall.push_str(&format!("{}{c}", present::semicolon()));
        }
        let declines = self.declines_headline();
        let basis = |side: Option<&crate::diff::ScoreSide>, f: &Framework| {
            side.map_or_else(
                || crate::t!("diff-no-score"),
                |x| present::basis_sentence(&x.counts, f.scoring.unknown),
            )
        };
        let old_basis = basis(o.old.as_ref(), self.old_fw);
        let new_basis = basis(o.new.as_ref(), self.new_fw);
        let [l_files, l_fw, l_declines, l_overall, l_old, l_new] = [
            "diff-label-files",
            "diff-label-framework",
            "diff-label-declines",
            "diff-label-overall",
            "diff-label-old",
            "diff-label-new",
        ]
        .map(|k| crate::i18n::message(k, None));
        if md {
            s.push_str(&format!(
                "- {l_files} {}\n- {l_fw} {}\n",
                render::md_cell(&files),
                fw
            ));
            if let Some(h) = &declines {
                s.push_str(&format!("- **{l_declines} {}**\n", render::md_cell(h)));
            }
            s.push_str(&format!(
                "- **{l_overall} {}**\n- {l_old} {old_basis}\n- {l_new} {new_basis}\n",
                render::md_cell(&overall)
            ));
        } else {
            // The values line up after the widest label (11 columns in English).
            let w = [&l_files, &l_fw, &l_declines, &l_overall, &l_old, &l_new]
                .iter()
                .map(|l| present::width(l))
                .max()
                .unwrap_or(0)
                + 1;
            let label = |s: &mut String, k: &str, v: &str| {
                let first = format!("{k}{}", " ".repeat(w.saturating_sub(present::width(k))));
                for l in present::wrap_lines(v, width, &first, &" ".repeat(w)) {
                    s.push_str(&l);
                    s.push('\n');
                }
            };
            label(&mut s, &l_files, &files);
            label(&mut s, &l_fw, &fw);
            if let Some(h) = &declines {
                label(&mut s, &l_declines, h);
            }
            label(&mut s, &l_overall, &overall);
            label(&mut s, &l_old, &old_basis);
            label(&mut s, &l_new, &new_basis);
        }

        if self.versions_differ()
            || !d.overlap.only_old.is_empty()
            || !d.overlap.only_new.is_empty()
        {
            heading(
                &mut s,
                &crate::t!(
                    "diff-across-versions",
                    old = d.old.framework_version.as_str(),
                    new = d.new.framework_version.as_str()
                ),
            );
            self.overlap_text(&mut s, &d.overlap, &item);
        }

        let sum = d.summary();
        heading(&mut s, &crate::t!("diff-summary"));
        item(
            &mut s,
            &crate::t!("diff-item-principles"),
            &tally(&sum.principles),
        );
        item(
            &mut s,
            &crate::t!("diff-item-pillars"),
            &tally(&sum.pillars),
        );
        item(
            &mut s,
            &crate::t!("diff-item-questions"),
            &tally(&sum.questions),
        );
        item(
            &mut s,
            &crate::t!("diff-item-answers"),
            &crate::t!(
                "diff-answers",
                changed = sum.answers_changed,
                appeared = sum.answers_appeared,
                disappeared = sum.answers_disappeared,
                evidence = sum.evidence_changed
            ),
        );
        if sum.flagged_for_review > 0 {
            item(
                &mut s,
                &crate::t!("diff-item-review"),
                &crate::t!("diff-review", n = sum.flagged_for_review),
            );
        }
        let mut regressions = d.regressions();
        // Largest fall first, so that a collapse is never listed after small slips.
        regressions.sort_by(|a, b| {
            a.delta()
                .unwrap_or(0.0)
                .total_cmp(&b.delta().unwrap_or(0.0))
        });
        if !regressions.is_empty() {
            let names: Vec<String> = regressions
                .iter()
                .map(|c| {
                    let what = match c.number {
                        Some(n) => crate::t!("diff-decline-principle", n = n),
                        None => crate::t!("diff-decline-overall"),
                    };
                    format!("{what} ({})", render::delta(c.delta()))
                })
                .collect();
            item(&mut s, &crate::t!("diff-item-declines"), &names.join(", "));
        }

        heading(&mut s, &crate::t!("diff-principles-heading"));
        let col = |k: &str| crate::i18n::message(k, None);
        let (c_old, c_new, c_delta, c_band) = (
            col("diff-col-old"),
            col("diff-col-new"),
            col("diff-col-delta"),
            col("diff-col-band"),
        );
        let c_principle = col("diff-col-principle");
        let mut g = Grid::new(&[
            ("#", Align::Right),
            (&c_principle, Align::Left),
            (&c_old, Align::Right),
            (&c_new, Align::Right),
            (&c_delta, Align::Right),
            (&c_band, Align::Left),
        ]);
        // The title is the column cut to fit: "#" comes before it in this table.
        let principles_grid = |g: &Grid| {
            if md {
                g.to_markdown()
            } else {
                g.to_table_within(width, Some((1, TITLE_FLOOR)))
            }
        };
        for p in d.principles_by_move() {
            g.push(vec![
                p.number.map_or(String::new(), |n| n.to_string()),
                if md {
                    p.title.clone()
                } else {
                    cut(&p.title, TITLE_WIDTH)
                },
                render::score(p.old_score()),
                render::score(p.new_score()),
                render::delta(p.delta()),
                band_text(p),
            ]);
        }
        s.push_str(&principles_grid(&g));

        heading(&mut s, &crate::t!("diff-pillars-heading"));
        let (c_pillar, c_coverage) = (col("diff-col-pillar"), col("diff-col-coverage"));
        let mut g = Grid::new(&[
            (&c_pillar, Align::Left),
            (&c_old, Align::Right),
            (&c_new, Align::Right),
            (&c_delta, Align::Right),
            (&c_band, Align::Left),
            (&c_coverage, Align::Left),
        ]);
        for p in d.pillars_by_move() {
            g.push(vec![
                p.title.clone(),
                render::score(p.old_score()),
                render::score(p.new_score()),
                render::delta(p.delta()),
                band_text(p),
                coverage_text(p),
            ]);
        }
        s.push_str(&grid(&g));

        self.questions_text(&mut s, md, width, &heading);
        s
    }

    fn overlap_text(&self, s: &mut String, o: &Overlap, item: &dyn Fn(&mut String, &str, &str)) {
        item(s, &crate::t!("diff-item-in-common"), &present::overlap(o));
        for f in &o.followed {
            let label = match f.link {
                Link::Renamed => "diff-item-renamed",
                Link::Split => "diff-item-split",
                Link::Merged => "diff-item-merged",
                _ => "diff-item-regrouped",
            };
            item(
                s,
                &crate::i18n::message(label, None),
                &format!("{} -> {}", f.old.join(", "), f.new.join(", ")),
            );
        }
        let none = || crate::t!("diff-none");
        let version = self.d.new.framework_version.as_str();
        item(
            s,
            &crate::t!("diff-item-only-old"),
            &if o.only_old.is_empty() {
                none()
            } else {
                crate::t!(
                    "diff-removed-in",
                    ids = o.only_old.join(", "),
                    version = version
                )
            },
        );
        item(
            s,
            &crate::t!("diff-item-only-new"),
            &if o.only_new.is_empty() {
                none()
            } else {
                crate::t!(
                    "diff-added-in",
                    ids = o.only_new.join(", "),
                    version = version
                )
            },
        );
    }

    fn questions_text(
        &self,
        s: &mut String,
        md: bool,
        width: usize,
        heading: &dyn Fn(&mut String, &str),
    ) {
        let all = self.d.questions_by_move();
        let changed: Vec<&QuestionChange> = all.iter().copied().filter(|q| q.changed()).collect();
        // The table leaves out, with --by question, the questions where nothing changed (it
        // says how many); JSON lists every one.
        let shown: Vec<&QuestionChange> = self
            .d
            .listed_questions(self.by == DiffBy::Question, TOP_QUESTIONS)
            .into_iter()
            .filter(|q| q.changed())
            .collect();
        heading(
            s,
            &match self.by {
                DiffBy::Question => crate::t!("diff-questions-changed"),
                DiffBy::Principle => crate::t!("diff-questions-moved"),
            },
        );
        if shown.is_empty() {
            let none = crate::t!("diff-no-question-moved");
            s.push_str(&if md {
                format!("{none}\n")
            } else {
                format!("  {none}\n")
            });
        } else {
            let col = |k: &str| crate::i18n::message(k, None);
            let [c_question, c_answer, c_score, c_delta, c_evidence] = [
                "diff-col-question",
                "diff-col-answer",
                "diff-col-score",
                "diff-col-delta",
                "diff-col-evidence",
            ]
            .map(col);
            let mut g = Grid::new(&[
                ("#", Align::Right),
                (&c_question, Align::Left),
                (&c_answer, Align::Left),
                (&c_score, Align::Left),
                (&c_delta, Align::Right),
                (&c_evidence, Align::Left),
            ]);
            for q in &shown {
                let old_answer = if q.old.is_empty() {
                    None
                } else {
                    Some(
                        q.old
                            .iter()
                            .map(|o| short_value(self.old_fw, o))
                            .collect::<Vec<_>>()
                            .join(", "),
                    )
                };
                let new_answer = q.new.as_ref().map(|n| short_value(self.new_fw, n));
                let old_score = (!q.old.is_empty()).then(|| render::score(q.old_score));
                let new_score = q.new.as_ref().map(|_| render::score(q.new_score));
                g.push(vec![
                    q.principle_number().to_string(),
                    question_label(q),
                    format!(
                        "{} -> {}",
                        old_answer.as_deref().unwrap_or("-"),
                        new_answer.as_deref().unwrap_or("-")
                    ),
                    format!(
                        "{} -> {}",
                        old_score.as_deref().unwrap_or("-"),
                        new_score.as_deref().unwrap_or("-")
                    ),
                    render::delta(q.delta()),
                    match q.evidence {
                        crate::diff::EvidenceChange::OneSided => String::new(),
                        e => crate::i18n::message(&format!("diff-evidence-{}", e.as_str()), None),
                    },
                ]);
            }
            // Ids are never cut: the question column wraps at spaces, as do the answers.
            s.push_str(&if md {
                g.to_markdown()
            } else {
                g.to_table_within(width, None)
            });
        }
        let mut notes = Vec::new();
        if shown
            .iter()
            .any(|q| q.new.as_ref().is_some_and(|n| n.review))
        {
            notes.push(crate::t!("diff-note-review"));
        }
        if shown.iter().any(|q| {
            q.old
                .iter()
                .chain(q.new.iter())
                .any(|x| matches!(x.value, Some(Value::Checklist(_))))
        }) {
            notes.push(crate::t!("diff-note-checklist"));
        }
        let rest = changed.len() - shown.len();
        match self.by {
            DiffBy::Principle if rest > 0 => notes.push(crate::t!("diff-note-more", n = rest)),
            DiffBy::Principle if changed.is_empty() => {}
            DiffBy::Principle => {}
            DiffBy::Question => {
                let same = all.len() - changed.len();
                if same > 0 {
                    notes.push(crate::t!("diff-note-same", n = same));
                }
            }
        }
        if !notes.is_empty() {
            s.push('\n');
            for n in notes {
                if md {
                    s.push_str(&format!("- {n}\n"));
                } else {
                    s.push_str(&present::wrap_lines(&n, width, "", "  ").join("\n"));
                    s.push('\n');
                }
            }
        }
    }

    /// The rows of the CSV and the workbook (one builder, so the two cannot differ): per score
    /// (the whole, each pillar, each principle), or with `--by question` per question. Scores
    /// are 0-100 to one decimal, coverage a share from 0 to 1; a missing figure is empty.
    fn rows(&self) -> (Vec<ColumnInfo>, Vec<Vec<String>>) {
        let d = self.d;
        let fig = |x: Option<f64>| x.map_or(String::new(), render::plain_decimal);
        let text = |h: &str| ColumnInfo {
            header: h.to_string(),
            title: None,
            text: true,
        };
        let number = |h: &str| ColumnInfo {
            header: h.to_string(),
            title: None,
            text: false,
        };
        if self.by == DiffBy::Question {
            let columns = vec![
                number("principle"),
                text("question"),
                text("text"),
                text("link"),
                text("old_answer"),
                text("new_answer"),
                number("old_score"),
                number("new_score"),
                number("delta"),
                text("movement"),
                text("answer"),
                text("evidence"),
            ];
            let rows = d
                .questions
                .iter()
                .map(|q| {
                    let answers = |fw: &Framework, sides: &[&QuestionSide]| {
                        sides
                            .iter()
                            .map(|s| plain_value(fw, s))
                            .collect::<Vec<_>>()
                            .join("; ")
                    };
                    let old: Vec<&QuestionSide> = q.old.iter().collect();
                    let new: Vec<&QuestionSide> = q.new.iter().collect();
                    let title = self
                        .new_fw
                        .question(q.id())
                        .or_else(|| self.old_fw.question(q.id()))
                        .map_or(String::new(), |(_, x)| x.text.clone());
                    vec![
                        q.principle_number().to_string(),
                        q.id().to_string(),
                        title,
                        q.link.as_str().to_string(),
                        answers(self.old_fw, &old),
                        answers(self.new_fw, &new),
                        fig(q.old_score),
                        fig(q.new_score),
                        fig(q.delta()),
                        q.movement().as_str().to_string(),
                        q.answer.as_str().to_string(),
                        q.evidence.as_str().to_string(),
                    ]
                })
                .collect();
            return (columns, rows);
        }
        let columns = vec![
            text("level"),
            text("id"),
            number("number"),
            text("title"),
            number("old_score"),
            number("new_score"),
            number("delta"),
            text("movement"),
            text("old_band"),
            text("new_band"),
            number("old_coverage"),
            number("new_coverage"),
        ];
        let row = |level: &str, c: &ScoreChange| {
            let side = |s: &Option<crate::diff::ScoreSide>| {
                (
                    // By key: the same in every language, as in the JSON.
                    s.as_ref()
                        .and_then(|s| s.band_key.clone())
                        .unwrap_or_default(),
                    s.as_ref()
                        .map_or(String::new(), |s| format!("{:.3}", s.counts.coverage())),
                )
            };
            let (old_band, old_cov) = side(&c.old);
            let (new_band, new_cov) = side(&c.new);
            vec![
                level.to_string(),
                c.id.clone(),
                c.number.map_or(String::new(), |n| n.to_string()),
                c.title.clone(),
                fig(c.old_score()),
                fig(c.new_score()),
                fig(c.delta()),
                c.movement().as_str().to_string(),
                old_band,
                new_band,
                old_cov,
                new_cov,
            ]
        };
        let mut rows = vec![row("overall", &d.overall)];
        rows.extend(d.pillars.iter().map(|c| row("pillar", c)));
        rows.extend(d.principles.iter().map(|c| row("principle", c)));
        (columns, rows)
    }

    fn json(&self) -> json::DiffDocument {
        let d = self.d;
        let sum = d.summary();
        let side = |s: &crate::diff::SideInfo, file: &Path| json::DiffSide {
            file: file.display().to_string(),
            country: s.country.clone(),
            organisation: s.organisation.clone(),
            year: s.year,
            status: s.status.as_str().into(),
            framework_version: s.framework_version.clone(),
            questions: s.question_count,
        };
        let tally = |t: &Tally| json::TallyJson {
            improved: t.improved,
            declined: t.declined,
            unchanged: t.unchanged,
            newly_scored: t.newly_scored,
            no_longer_scored: t.no_longer_scored,
            not_scored: t.not_scored,
            only_new: t.only_new,
            only_old: t.only_old,
        };
        let score_side = |s: &Option<crate::diff::ScoreSide>| {
            s.as_ref().map(|s| json::ScoreSideJson {
                score: s.score,
                band: s.band_key.clone(),
                low: s.range.map(|r| r.low),
                high: s.range.map(|r| r.high),
                provisional: s.provisional,
                coverage: s.counts.coverage(),
                questions: s.counts.questions,
                scored: s.counts.scored,
                not_applicable: s.counts.not_applicable,
                unknown: s.counts.unknown,
                unanswered: s.counts.unanswered,
            })
        };
        let change = |c: &ScoreChange| json::ChangeJson {
            id: c.id.clone(),
            title: c.title.clone(),
            old: score_side(&c.old),
            new: score_side(&c.new),
            delta: c.delta(),
            movement: c.movement().as_str().into(),
            band_changed: c.band_changed(),
            number: c.number,
            pillar: c.pillar.clone(),
        };
        let qside = |q: &QuestionSide| json::QuestionSideJson {
            id: q.id.clone(),
            principle: q.principle.clone(),
            answer: q.value.as_ref().map(json::AnswerJson::from),
            score: q.score,
            review: q.review,
        };
        let o = &d.overlap;
        json::DiffDocument {
            schema: json::SCHEMA,
            dgtk: env!("CARGO_PKG_VERSION").into(),
            framework: json::DiffFramework {
                id: d.framework_id.clone(),
                version: d.new.framework_version.clone(),
                title: self.new_fw.title.clone(),
                old_version: d.old.framework_version.clone(),
                new_version: d.new.framework_version.clone(),
            },
            old: side(&d.old, self.old_file),
            new: side(&d.new, self.new_file),
            overlap: json::OverlapJson {
                share: o.share(),
                old_questions: o.old_questions,
                new_questions: o.new_questions,
                old_in_common: o.old_in_common,
                new_in_common: o.new_in_common,
                only_old: o.only_old.clone(),
                only_new: o.only_new.clone(),
                followed: o
                    .followed
                    .iter()
                    .map(|f| json::FollowedJson {
                        link: f.link.as_str().into(),
                        old: f.old.clone(),
                        new: f.new.clone(),
                    })
                    .collect(),
            },
            summary: json::SummaryJson {
                pillars: tally(&sum.pillars),
                principles: tally(&sum.principles),
                questions: tally(&sum.questions),
                answers_changed: sum.answers_changed,
                answers_appeared: sum.answers_appeared,
                answers_disappeared: sum.answers_disappeared,
                evidence_changed: sum.evidence_changed,
                flagged_for_review: sum.flagged_for_review,
            },
            regressions: d.regressions().iter().map(|c| c.id.clone()).collect(),
            comparison: if d.same_subject() { "since" } else { "against" }.into(),
            caveats: d.caveats().iter().map(|c| c.plain_words()).collect(),
            decline_threshold: self.decline_threshold,
            declines: d
                .large_declines(self.decline_threshold)
                .iter()
                .map(|c| c.id.clone())
                .collect(),
            overall: change(&d.overall),
            pillars: d.pillars_by_move().into_iter().map(change).collect(),
            principles: d.principles_by_move().into_iter().map(change).collect(),
            questions: d
                .listed_questions(self.by == DiffBy::Question, TOP_QUESTIONS)
                .into_iter()
                .map(|q| json::QuestionChangeJson {
                    id: q.id().to_string(),
                    principle_number: q.principle_number(),
                    link: q.link.as_str().into(),
                    old: q.old.iter().map(qside).collect(),
                    new: q.new.as_ref().map(qside),
                    old_score: q.old_score,
                    new_score: q.new_score,
                    delta: q.delta(),
                    movement: q.movement().as_str().into(),
                    answer_change: q.answer.as_str().into(),
                    evidence_change: q.evidence.as_str().into(),
                    changed: q.changed(),
                })
                .collect(),
        }
    }
}
