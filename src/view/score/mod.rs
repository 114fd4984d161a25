//! `dgtk score`'s outputs, one module per format: the terminal table (`table.rs`, its columns
//! in `columns/`, fitted to the width in `columns/fit.rs`), Markdown, CSV, the workbook and JSON, with the rows they share
//! (`cells.rs`) and the robustness blocks of `--sensitivity`. They only format: the figures come
//! scored from `crate::batch` and `crate::sensitivity`.
//!
//! Each scored file is prepared on the worker thread that scored it ([`Plan::prepare`], pure),
//! then handed in the order of the files to a [`Sink`], which streams (CSV, JSON) or collects
//! (table, Markdown, workbook) its rows and finishes the document.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::Result;
use clap::ValueEnum;

use crate::batch::Scored;
use crate::diag::Diagnostic;
use crate::error::CliError;
use crate::framework::Framework;
use crate::present;
use crate::render::{Align, Grid};
use crate::score::Scorecard;
use crate::sensitivity::Sensitivity;

mod cells;
mod columns;
mod csv;
mod json;
mod markdown;
mod robustness;
mod table;
mod xlsx;

pub use columns::Layout;

use cells::Form;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    Overall,
    Pillar,
    Principle,
    // One column per dimension of the framework (`[[dimensions]]`), across principles.
    Dimension,
    Question,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ScoreFormat {
    Table,
    Json,
    Csv,
    Markdown,
    // A workbook with the CSV's rows, figures as numbers (needs -o FILE on a terminal).
    Xlsx,
}

impl ScoreFormat {
    /// Its name on the command line.
    pub fn name(self) -> String {
        self.to_possible_value()
            .map_or_else(String::new, |v| v.get_name().to_string())
    }
}

/// What the output shows: its format, its level of detail, and whether it has the figures of
/// `--sensitivity`.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    pub format: ScoreFormat,
    pub by: By,
    pub sensitivity: bool,
}

/// One scored file as the output needs it, prepared on a worker thread.
pub struct Prepared {
    pub file: PathBuf,
    pub overall: Option<f64>,
    rows: Rows,
    version: String,
    /// Some score shown has a range (for the legend under a table).
    ranged: bool,
    /// Some question is answered "n/a" (for the legend of its abbreviation under a table).
    not_applicable: bool,
    /// The file's robustness, as text for a table or Markdown (`--sensitivity`).
    robustness: Option<String>,
}

/// One file's output: table or CSV rows (cells as text), or a JSON item as text.
enum Rows {
    Cells(Vec<Vec<String>>),
    Json(String),
}

/// A finished output: text, or the bytes of a workbook.
pub enum Output {
    Text(String),
    Bytes(Vec<u8>),
}

impl Plan {
    /// Are the output's columns, rows and notes the same whichever framework `f` the columns
    /// follow? CSV by file or by question, without `--sensitivity`: its header names no
    /// principle, pillar or method, each row comes from the file's own framework version, and
    /// it carries no note. The command then need not load the current framework for it.
    pub fn columns_follow_no_framework(&self) -> bool {
        self.format == ScoreFormat::Csv
            && matches!(self.by, By::Overall | By::Question)
            && !self.sensitivity
    }

    /// The terminal table's layout (`--wide`, `--columns`); `None` for the other formats, which
    /// always carry every column (asking them for a choice of columns is a usage error).
    pub fn layout(
        &self,
        f: &Framework,
        wide: bool,
        columns: &[String],
    ) -> Result<Option<Layout>, CliError> {
        if self.format != ScoreFormat::Table {
            if wide || !columns.is_empty() {
                let opt = if wide { "--wide" } else { "--columns" };
                return Err(CliError::usage(crate::t!(
                    "score-layout-only-table",
                    option = opt,
                    format = self.format.name()
                )));
            }
            return Ok(None);
        }
        Layout::new(f, self.by, wide, columns).map(Some)
    }

    /// The output of one scored file (`sensitivity`: its figures under the other methods):
    /// pure, so it runs on the worker threads. `f` is the framework the columns follow.
    pub fn prepare(&self, s: Scored, f: &Framework, sensitivity: Option<&Sensitivity>) -> Prepared {
        let (format, by) = (self.format, self.by);
        Prepared {
            overall: s.card.overall,
            ranged: by != By::Question && has_range(&s.card),
            not_applicable: by != By::Question && s.card.counts.not_applicable > 0,
            rows: self.rows(&s, f, sensitivity),
            robustness: sensitivity.and_then(|x| match format {
                ScoreFormat::Table => Some(robustness::block(&s, x, false)),
                ScoreFormat::Markdown => Some(robustness::block(&s, x, true)),
                _ => None,
            }),
            version: s.framework.version.clone(),
            file: s.file,
        }
    }

    fn rows(&self, s: &Scored, f: &Framework, sensitivity: Option<&Sensitivity>) -> Rows {
        let (format, by) = (self.format, self.by);
        let meta = cells::meta(s);
        match format {
            ScoreFormat::Table | ScoreFormat::Markdown => {
                let form = if format == ScoreFormat::Table {
                    Form::Table
                } else {
                    Form::Markdown
                };
                Rows::Cells(
                    cells::cells(s, f, by, form)
                        .into_iter()
                        .map(|cells| {
                            // The status in the run's language (CSV and the workbook keep its
                            // key), in a table cell as briefly as the language says it.
                            let mut meta = meta.clone();
                            let status = s.assessment.meta.status;
                            meta[4] = if format == ScoreFormat::Table {
                                crate::present::status_short(status)
                            } else {
                                crate::compare::status_words(status)
                            };
                            meta.into_iter()
                                .chain(cells)
                                // Escaped before the table measures its columns.
                                .map(|c| match format {
                                    ScoreFormat::Table => {
                                        crate::sanitize::for_terminal(&c).into_owned()
                                    }
                                    _ => c,
                                })
                                .collect()
                        })
                        .collect(),
                )
            }
            // The same rows for CSV and the workbook; CSV makes its cells safe as it writes them.
            ScoreFormat::Csv | ScoreFormat::Xlsx => {
                let version = &s.assessment.meta.framework_version;
                let extra = sensitivity.map(|x| csv::sensitivity_cells(x, f));
                Rows::Cells(
                    cells::cells(s, f, by, Form::Data)
                        .into_iter()
                        .map(|cells| {
                            meta.iter()
                                .chain(std::iter::once(version))
                                .chain(cells.iter())
                                .chain(extra.iter().flatten())
                                .cloned()
                                .collect()
                        })
                        .collect(),
                )
            }
            ScoreFormat::Json => Rows::Json(json::item(s, by, sensitivity)),
        }
    }
}

/// Does any score of the card have a range a reader would see?
fn has_range(card: &Scorecard) -> bool {
    std::iter::once(card.overall_range)
        .chain(card.pillars.iter().map(|p| p.range))
        .chain(card.principles.iter().map(|p| p.range))
        .flatten()
        .any(|r| present::is_real_range(&r))
}

/// Where the prepared files go, in order, and what the notes under them need to know.
pub struct Sink {
    out: Out,
    /// Which framework version scored how many files, for the note under a table.
    used: BTreeMap<String, usize>,
    /// Some score shown has a range.
    ranged: bool,
    /// Some question is answered "n/a".
    not_applicable: bool,
    /// The robustness blocks, in the order of the files.
    blocks: String,
    plan: Plan,
}

/// Per format: CSV and JSON stream straight to stdout; the others collect.
enum Out {
    Table {
        grid: Grid,
        layout: Layout,
    },
    Markdown {
        grid: Grid,
    },
    Csv {
        writer: Box<::csv::Writer<Box<dyn std::io::Write>>>,
        buffer: Option<csv::SharedBuf>,
    },
    /// The CSV's header and rows, collected for a workbook.
    Xlsx {
        columns: Vec<crate::sheets::table::ColumnInfo>,
        rows: Vec<Vec<String>>,
    },
    Json(json::Stream),
}

impl Sink {
    /// The sink of `plan` for the framework `f` the columns follow; `to_file`: the output goes
    /// to `-o FILE` (a streamed one is buffered and returned by [`Sink::finish`]).
    pub fn new(plan: Plan, f: &Framework, to_file: bool, layout: Option<Layout>) -> Self {
        // Every column, headed by its English name (the terminal table heads the columns it
        // shows in the run's language); Markdown's headers are in the run's language.
        let grid = |words: bool| {
            let headers: Vec<(String, Align)> = cells::table_headers(f, plan.by)
                .into_iter()
                .map(|(h, a)| (if words { cells::head_words(&h) } else { h }, a))
                .collect();
            let refs: Vec<(&str, Align)> = headers.iter().map(|(h, a)| (h.as_str(), *a)).collect();
            Grid::new(&refs)
        };
        let out = match plan.format {
            ScoreFormat::Table => Out::Table {
                grid: grid(false),
                layout: layout.unwrap_or_else(|| Layout::fit(f, plan.by)),
            },
            ScoreFormat::Markdown => Out::Markdown { grid: grid(true) },
            ScoreFormat::Csv => {
                let (sink, buffer) = csv::output_stream(to_file);
                Out::Csv {
                    writer: csv::writer(sink, f, plan.by, plan.sensitivity),
                    buffer,
                }
            }
            ScoreFormat::Xlsx => Out::Xlsx {
                columns: xlsx::columns(f, plan.by, plan.sensitivity),
                rows: Vec::new(),
            },
            ScoreFormat::Json => Out::Json(json::Stream::new(f, to_file)),
        };
        Sink {
            out,
            used: BTreeMap::new(),
            ranged: false,
            not_applicable: false,
            blocks: String::new(),
            plan,
        }
    }

    /// Adds one file's prepared output, in order.
    pub fn push(&mut self, p: Prepared) -> Result<()> {
        *self.used.entry(p.version).or_default() += 1;
        self.ranged |= p.ranged;
        self.not_applicable |= p.not_applicable;
        if let Some(b) = &p.robustness {
            self.blocks.push_str(b);
        }
        match (&mut self.out, p.rows) {
            (Out::Table { grid, .. } | Out::Markdown { grid }, Rows::Cells(rows)) => {
                rows.into_iter().for_each(|r| grid.push(r))
            }
            (Out::Csv { writer, .. }, Rows::Cells(rows)) => csv::write_rows(writer, rows)?,
            (Out::Xlsx { rows: all, .. }, Rows::Cells(rows)) => all.extend(rows),
            (Out::Json(stream), Rows::Json(item)) => stream.push(&item)?,
            // `prepare` prepares each file for the sink's own format; anything else is a bug.
            _ => anyhow::bail!("internal error: rows prepared for another output format"),
        }
        Ok(())
    }

    /// The finished output (`errors`: the files not scored; `explain`: with the method), or
    /// `None` when it was streamed to stdout.
    pub fn finish(
        self,
        f: &Framework,
        errors: &[Diagnostic],
        explain: bool,
    ) -> Result<Option<Output>> {
        let Sink {
            out,
            used,
            ranged,
            not_applicable,
            mut blocks,
            plan,
        } = self;
        // Worded only for the formats that show it: CSV and JSON carry the data alone.
        let note = || note(f, &used, ranged, not_applicable);
        if plan.sensitivity && !blocks.is_empty() {
            blocks.insert_str(
                0,
                &robustness::heading(plan.format == ScoreFormat::Markdown),
            );
        }
        Ok(Some(match out {
            Out::Table { grid, layout } => Output::Text(table::finish(
                &grid,
                &layout,
                f,
                note().as_deref(),
                &blocks,
                explain,
            )),
            Out::Markdown { grid } => Output::Text(markdown::finish(
                &grid,
                plan.by,
                f,
                note().as_deref(),
                &blocks,
                explain,
            )),
            Out::Csv {
                mut writer, buffer, ..
            } => {
                writer.flush()?;
                drop(writer);
                return Ok(csv::buffered_text(buffer).map(Output::Text));
            }
            Out::Xlsx { columns, rows } => Output::Bytes(xlsx::workbook(
                f,
                &columns,
                &rows,
                note().as_deref(),
                errors,
            )?),
            Out::Json(stream) => return Ok(stream.finish(f, errors, explain)?.map(Output::Text)),
        }))
    }
}

/// The note under a table or in a workbook: which versions scored the files (`used`), and the
/// legends of ranges and "n/a" when a score shown has them.
fn note(
    f: &Framework,
    used: &BTreeMap<String, usize>,
    ranged: bool,
    not_applicable: bool,
) -> Option<String> {
    let range = ranged.then(|| present::range_legend(crate::score::narrowest_band(f)));
    let na = present::not_applicable_legend(not_applicable);
    let legend = match (range, na) {
        (Some(r), Some(n)) => Some(format!("{r}\n{n}")),
        (r, n) => r.or(n),
    };
    match (versions_note(f, used), legend) {
        (Some(n), Some(l)) => Some(format!("{n}\n{l}")),
        (n, l) => n.or(l),
    }
}

/// A line saying which framework versions scored the files, when any was not the current one:
/// each file is scored with the version it names, so a folder may mix them.
fn versions_note(f: &Framework, used: &BTreeMap<String, usize>) -> Option<String> {
    if used.keys().all(|v| *v == f.version) {
        return None;
    }
    let mut parts: Vec<(&String, &usize)> = used.iter().collect();
    parts.sort_by(|a, b| crate::framework::compare_versions(a.0, b.0));
    let parts: Vec<String> = parts
        .into_iter()
        .map(|(v, n)| crate::t!("score-versions-part", n = *n, version = v.as_str()))
        .collect();
    Some(crate::t!(
        "score-versions",
        parts = parts.join(", "),
        version = f.version.as_str()
    ))
}
