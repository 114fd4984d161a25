//! `dgtk score FILE|DIR...`: batch scoring. Files are read and scored in parallel (in chunks, so
//! memory stays flat however many there are), rows come out in the stable order of the files,
//! and a file that fails validation is reported while the rest are still scored.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, ValueEnum};

use crate::assessment::{Value, format_number};
use crate::batch::{Scored, score_files_with};
use crate::cli::GlobalArgs;
use crate::diag::Diagnostic;
use crate::error::CliError;
use crate::exit::ExitStatus;
use crate::framework::Framework;
use crate::json;
use crate::present;
use crate::render::{self, Align, Grid};
use crate::score::{QuestionState, Range, Scorecard};

mod columns;

/// Score answer files in batch: one row per assessment.
///
/// Folders are searched recursively for *.toml. Files that fail validation are reported on
/// stderr and the rest are still scored; the exit code is then 1.
#[derive(Debug, Args)]
pub struct ScoreArgs {
    /// Answer files, or folders to search recursively for *.toml.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,

    /// Level of detail: overall only, or a column per pillar, principle or dimension, or a row
    /// per question.
    #[arg(long, value_enum, default_value_t = By::Overall)]
    pub by: By,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ScoreFormat::Table)]
    pub format: ScoreFormat,

    /// Also state how the scores are computed, in plain words.
    #[arg(long)]
    pub explain: bool,

    /// Also re-score each assessment under other defensible methods (convex and concave level
    /// spacings, the mean of all questions, the geometric mean and the weakest of the pillars,
    /// and the framework's own alternatives) and say whether its band holds under each. See
    /// docs/method.md.
    #[arg(long)]
    pub sensitivity: bool,

    /// Exit 1 if any assessment's overall score is below N (or has none).
    #[arg(
        long,
        value_name = "N",
        value_parser = crate::cli::score_threshold,
        allow_negative_numbers = true
    )]
    pub fail_under: Option<f64>,

    /// Write to FILE (atomically) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Table: show every column, however wide (by default the table fits the terminal).
    #[arg(long, conflicts_with = "columns")]
    pub wide: bool,

    /// Table: show these columns, in this order: names (country, year, overall, left-out, ...),
    /// principle numbers, P1.. for pillars, D1.. for dimensions, ids, or ranges such as 1-4.
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub columns: Vec<String>,
}

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

/// One scored file as the output needs it, prepared on a worker thread.
struct Prepared {
    file: PathBuf,
    overall: Option<f64>,
    rows: Rows,
    version: String,
    /// Some score shown has a range (for the legend under a table).
    ranged: bool,
    /// The file's robustness, as text for a table or Markdown (`--sensitivity`).
    robustness: Option<String>,
}

pub fn run(g: &GlobalArgs, args: ScoreArgs) -> Result<ExitStatus> {
    if args.format == ScoreFormat::Xlsx {
        super::refuse_binary_to_terminal(args.output.as_deref(), "xlsx")?;
    }
    let versions = super::load_versions(g)?;
    let f = versions.current();
    if args.by == By::Dimension && f.dimensions.is_empty() {
        super::eprint(&format!(
            "error: --by dimension: framework {} {} ({}) declares no [[dimensions]]\n",
            f.id, f.version, f.origin
        ));
        return Ok(ExitStatus::Usage);
    }
    if args.sensitivity && args.by == By::Question && args.format == ScoreFormat::Csv {
        super::eprint(
            "error: --sensitivity gives one row per assessment, so it does not go with --by question in CSV: use another --by, or --format json\n",
        );
        return Ok(ExitStatus::Usage);
    }
    let layout = table_layout(&args, f)?;
    let (files, discovery_problems) = crate::discover::answer_files(&args.paths);
    let inputs: Vec<_> = files
        .iter()
        .map(|p| crate::output::Input::new(p, "an answer file"))
        .collect();
    crate::output::refuse_input_as_output(args.output.as_deref(), &inputs)?;
    super::print_diagnostics(&discovery_problems);
    let mut failed = !discovery_problems.is_empty();

    let bar = progress_bar(files.len());
    let to_file = args.output.as_deref().is_some_and(|p| p != Path::new("-"));
    let mut sink = Sink::new(&args, f, to_file, layout);
    // Which framework version scored how many files, for the note under a table.
    let mut used: std::collections::BTreeMap<String, usize> = Default::default();
    let mut errors: Vec<Diagnostic> = discovery_problems;
    let mut below = Vec::new();
    let mut ranged = false;
    let tick = || bar.inc(1);
    let (format, by, sens) = (args.format, args.by, args.sensitivity);
    let prepare = |s: Scored| {
        super::language_note(s.framework);
        let sensitivity = sens.then(|| crate::sensitivity::sensitivity(&s.assessment, s.framework));
        Prepared {
            overall: s.card.overall,
            ranged: by != By::Question && has_range(&s.card),
            rows: rows(format, by, &s, f, sensitivity.as_ref()),
            robustness: sensitivity.as_ref().and_then(|x| match format {
                ScoreFormat::Table => Some(robustness_block(&s, x, false)),
                ScoreFormat::Markdown => Some(robustness_block(&s, x, true)),
                _ => None,
            }),
            version: s.framework.version.clone(),
            file: s.file,
        }
    };
    let mut blocks = String::new();
    score_files_with(&files, &versions, &tick, &prepare, &mut |r| {
        match r {
            Ok(p) => {
                *used.entry(p.version.clone()).or_default() += 1;
                ranged |= p.ranged;
                if let Some(n) = args.fail_under
                    && p.overall.is_none_or(|o| o < n)
                {
                    below.push(format!(
                        "{} ({})",
                        p.file.display(),
                        render::score(p.overall)
                    ));
                }
                if let Some(b) = &p.robustness {
                    blocks.push_str(b);
                }
                sink.push(p.rows)?;
            }
            Err(problems) => {
                bar.suspend(|| super::print_diagnostics(&problems));
                errors.extend(problems);
                failed = true;
            }
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    let legend = ranged.then(|| present::range_legend(crate::score::narrowest_band(f)));
    let note = match (versions_note(f, &used), legend) {
        (Some(n), Some(l)) => Some(format!("{n}\n{l}")),
        (n, l) => n.or(l),
    };
    if args.sensitivity && !blocks.is_empty() {
        blocks.insert_str(0, &robustness_heading(format == ScoreFormat::Markdown));
    }
    match sink.finish(f, &errors, args.explain, note.as_deref(), &blocks)? {
        Some(Output::Text(text)) => super::emit(args.output.as_deref(), &text)?,
        Some(Output::Bytes(bytes)) => super::emit_bytes(args.output.as_deref(), &bytes)?,
        None => {}
    }
    if args.explain && matches!(args.format, ScoreFormat::Csv | ScoreFormat::Xlsx) {
        super::note(&crate::score::explain(f).join("\n"));
    }
    let below = (!below.is_empty()).then(|| {
        format!(
            "{} scored below {}: {}",
            present::count(below.len(), "assessment"),
            format_number(args.fail_under.unwrap_or_default()),
            below.join(", ")
        )
    });
    if !errors.is_empty() {
        // The problems themselves were shown as they were found.
        let mut e = CliError::input(format!(
            "{}; the files concerned were not scored",
            present::count(errors.len(), "problem")
        ));
        if let Some(b) = below {
            e = e.hint(b);
        }
        return Err(e.into());
    }
    if let Some(b) = below {
        return Err(CliError::failed(b).into());
    }
    Ok(ExitStatus::failed_if(failed))
}

/// The terminal table's columns and what `--wide`/`--columns` chose; `None` for other formats,
/// which always carry every column (asking them for a choice of columns is a usage error).
fn table_layout(
    args: &ScoreArgs,
    f: &Framework,
) -> Result<Option<(columns::Catalog, columns::Choice)>> {
    if args.format != ScoreFormat::Table {
        if args.wide || !args.columns.is_empty() {
            let opt = if args.wide { "--wide" } else { "--columns" };
            return Err(CliError::usage(format!(
                "{opt} lays out the table; --format {} always has every column",
                args.format
                    .to_possible_value()
                    .map_or_else(String::new, |v| v.get_name().to_string())
            ))
            .into());
        }
        return Ok(None);
    }
    let catalog = columns::Catalog::new(&table_headers(f, args.by), f, args.by);
    let choice = catalog.choose(args.wide, &args.columns)?;
    Ok(Some((catalog, choice)))
}

/// The headers of the full table (before any column is left out).
fn table_headers(f: &Framework, by: By) -> Vec<String> {
    META_HEADERS
        .iter()
        .map(|(h, _)| h.to_string())
        .chain(columns(f, by, false).into_iter().map(|(h, _)| h))
        .collect()
}

/// Does any score of the card have a range a reader would see?
fn has_range(card: &Scorecard) -> bool {
    std::iter::once(card.overall_range)
        .chain(card.pillars.iter().map(|p| p.range))
        .chain(card.principles.iter().map(|p| p.range))
        .flatten()
        .any(|r| present::is_real_range(&r))
}

/// A line saying which framework versions scored the files, when any was not the current one:
/// each file is scored with the version it names, so a folder may mix them.
fn versions_note(
    f: &Framework,
    used: &std::collections::BTreeMap<String, usize>,
) -> Option<String> {
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

/// A progress bar on stderr for batch commands, shown only on a terminal and for two files or more.
pub fn progress_bar(n: usize) -> indicatif::ProgressBar {
    if n < 2 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(n as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("scoring {bar:30} {pos}/{len} files")
    {
        bar.set_style(style);
    }
    bar
}

/// Where rows go, per format. CSV streams straight to stdout; the others collect.
enum Sink {
    Grid {
        grid: Grid,
        markdown: bool,
        by: By,
        /// For the terminal table: its columns and which are shown.
        layout: Option<(columns::Catalog, columns::Choice)>,
    },
    Csv {
        writer: Box<csv::Writer<Box<dyn Write>>>,
        buffer: Option<SharedBuf>,
    },
    /// The CSV's header and rows, collected for a workbook.
    Xlsx {
        columns: Vec<crate::sheets::table::ColumnInfo>,
        rows: Vec<Vec<String>>,
    },
    /// The JSON document is written as it goes: the `assessments` array item by item (each
    /// rendered on a worker thread), then the other keys. The bytes are those of the whole
    /// document rendered at once (see the test `streamed_json_is_the_whole_document`), without
    /// holding every item in memory.
    Json {
        out: Box<dyn Write>,
        buffer: Option<SharedBuf>,
        items: usize,
        /// The document up to the first item, written with it (or at the end, if none).
        head: String,
    },
}

/// The start of the JSON document, up to the first item of `assessments`: the keys that say what
/// the document is (`schema`, `dgtk`, `framework`) come first.
fn json_start(f: &Framework) -> String {
    // A document of strings and numbers always serializes.
    let head = serde_json::to_string_pretty(&json::Head::of(f)).unwrap_or_default();
    let head = head.strip_suffix("\n}").unwrap_or(&head);
    format!("{head},\n  \"assessments\": [")
}

/// Where a streamed output goes: stdout, or a buffer written atomically to `-o FILE` at the end.
fn output_stream(to_file: bool) -> (Box<dyn Write>, Option<SharedBuf>) {
    if to_file {
        let b = SharedBuf::default();
        (Box::new(b.clone()), Some(b))
    } else {
        (Box::new(std::io::BufWriter::new(std::io::stdout())), None)
    }
}

fn buffered_text(buffer: Option<SharedBuf>) -> Option<String> {
    buffer.map(|b| {
        let bytes = b.0.lock().map(|v| v.clone()).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Everything of the JSON document after the `assessments` array, from its closing bracket.
fn json_end(items: usize, f: &Framework, errors: &[Diagnostic], explain: bool) -> Result<String> {
    let errors: Vec<json::Problem> = errors.iter().map(json::Problem::from).collect();
    let rest = json::ScoreTail {
        errors: &errors,
        explain: explain.then(|| crate::score::explain(f)),
    };
    let rest = serde_json::to_string_pretty(&rest)?;
    let rest = crate::sanitize::json_text(&rest);
    let close = if items == 0 { "]" } else { "\n  ]" };
    Ok(format!(
        "{close},\n{}\n",
        rest.strip_prefix("{\n").unwrap_or(&rest)
    ))
}

/// One item of the `assessments` array as it stands in the document (indented two levels).
fn json_item_text(item: &impl serde::Serialize) -> String {
    // The output types always serialize (their keys are strings).
    let text = serde_json::to_string_pretty(item).unwrap_or_else(|_| "null".into());
    let text = crate::sanitize::json_text(&text);
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("    ");
        out.push_str(line);
    }
    out
}

/// A buffer the CSV writer fills when the output goes to a file (written atomically at the end).
#[derive(Clone, Default)]
struct SharedBuf(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl Write for SharedBuf {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .map_err(|_| std::io::Error::other("poisoned"))?
            .extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const META_HEADERS: [(&str, Align); 5] = [
    ("file", Align::Left),
    ("country", Align::Left),
    ("organisation", Align::Left),
    ("year", Align::Right),
    ("status", Align::Left),
];

impl Sink {
    fn new(
        args: &ScoreArgs,
        f: &Framework,
        to_file: bool,
        layout: Option<(columns::Catalog, columns::Choice)>,
    ) -> Self {
        let by = args.by;
        match args.format {
            ScoreFormat::Table | ScoreFormat::Markdown => {
                let mut headers: Vec<(String, Align)> = META_HEADERS
                    .iter()
                    .map(|(h, a)| (h.to_string(), *a))
                    .collect();
                headers.extend(columns(f, by, false));
                let refs: Vec<(&str, Align)> =
                    headers.iter().map(|(h, a)| (h.as_str(), *a)).collect();
                Sink::Grid {
                    grid: Grid::new(&refs),
                    markdown: args.format == ScoreFormat::Markdown,
                    by,
                    layout,
                }
            }
            ScoreFormat::Csv => {
                let (sink, buffer) = output_stream(to_file);
                let mut writer = Box::new(csv::Writer::from_writer(sink));
                let _ = writer.write_record(csv_headers(f, by, args.sensitivity));
                Sink::Csv { writer, buffer }
            }
            ScoreFormat::Xlsx => Sink::Xlsx {
                columns: csv_headers(f, by, args.sensitivity)
                    .into_iter()
                    .map(|header| crate::sheets::table::ColumnInfo {
                        title: column_title(f, &header),
                        text: TEXT_COLUMNS.contains(&header.as_str()),
                        header,
                    })
                    .collect(),
                rows: Vec::new(),
            },
            ScoreFormat::Json => {
                let (out, buffer) = output_stream(to_file);
                Sink::Json {
                    out,
                    buffer,
                    items: 0,
                    head: crate::sanitize::json_text(&json_start(f)).into_owned(),
                }
            }
        }
    }

    /// Adds one file's prepared rows, in order.
    fn push(&mut self, rows: Rows) -> Result<()> {
        match (self, rows) {
            (Sink::Grid { grid, .. }, Rows::Cells(rows)) => {
                rows.into_iter().for_each(|r| grid.push(r))
            }
            (Sink::Csv { writer, .. }, Rows::Cells(rows)) => {
                for row in rows {
                    writer.write_record(row.iter().map(|c| render::csv_safe(c)))?;
                }
            }
            (Sink::Xlsx { rows: all, .. }, Rows::Cells(rows)) => all.extend(rows),
            (
                Sink::Json {
                    out, items, head, ..
                },
                Rows::Json(item),
            ) => {
                if *items == 0 {
                    out.write_all(head.as_bytes())?;
                }
                out.write_all(if *items == 0 { b"\n" } else { b",\n" })?;
                out.write_all(item.as_bytes())?;
                *items += 1;
            }
            // `rows` prepares each file for the sink's own format; anything else is a bug.
            _ => anyhow::bail!("internal error: rows prepared for another output format"),
        }
        Ok(())
    }

    fn finish(
        self,
        f: &Framework,
        errors: &[Diagnostic],
        explain: bool,
        note: Option<&str>,
        robustness: &str,
    ) -> Result<Option<Output>> {
        Ok(Some(match self {
            Sink::Grid {
                grid,
                layout: Some((catalog, choice)),
                ..
            } => {
                let width = present::output_width();
                let table = catalog.render(&grid, &choice, width);
                let mut s = crate::sanitize::for_terminal(&table).into_owned();
                if let Some(note) = note {
                    s.push('\n');
                    s.push_str(&present::wrap_text(note, width, ""));
                    s.push('\n');
                }
                s.push_str(robustness);
                if explain {
                    s.push_str("\nHow these scores are computed:\n");
                    for line in crate::score::explain(f) {
                        s.push_str(&present::wrap_lines(&line, width, "- ", "  ").join("\n"));
                        s.push('\n');
                    }
                }
                Output::Text(s)
            }
            Sink::Grid {
                grid, markdown, by, ..
            } => {
                let mut s = if markdown {
                    grid.to_markdown()
                } else {
                    crate::sanitize::for_terminal(&grid.to_table()).into_owned()
                };
                if let Some(note) = note {
                    s.push_str(&format!("\n{note}\n"));
                }
                if by == By::Principle {
                    s.push('\n');
                    for p in &f.principles {
                        s.push_str(&format!(
                            "{}{}: {}\n",
                            if markdown { "- " } else { "" },
                            p.number,
                            if markdown {
                                crate::render::md_cell(&p.title)
                            } else {
                                crate::sanitize::for_terminal(&p.title).into_owned()
                            }
                        ));
                    }
                }
                s.push_str(robustness);
                if explain {
                    s.push_str(if markdown {
                        "\n## How these scores are computed\n\n"
                    } else {
                        "\nHow these scores are computed:\n"
                    });
                    for line in crate::score::explain(f) {
                        s.push_str(&format!("- {line}\n"));
                    }
                }
                Output::Text(s)
            }
            Sink::Csv {
                mut writer, buffer, ..
            } => {
                writer.flush()?;
                drop(writer);
                return Ok(buffered_text(buffer).map(Output::Text));
            }
            Sink::Xlsx { columns, rows } => {
                let about = [
                    ("framework".to_string(), format!("{} {}", f.id, f.version)),
                    ("title".to_string(), f.title.clone()),
                    ("dgtk".to_string(), env!("CARGO_PKG_VERSION").to_string()),
                    ("method".to_string(), crate::score::explain(f).join(" ")),
                ];
                let mut about = about.to_vec();
                if let Some(n) = note {
                    about.push(("note".to_string(), n.to_string()));
                }
                for e in errors {
                    about.push(("not scored".to_string(), e.to_string()));
                }
                Output::Bytes(
                    crate::sheets::table::workbook("scores", &columns, &rows, &about)
                        .map_err(CliError::input)?,
                )
            }
            Sink::Json {
                mut out,
                buffer,
                items,
                head,
            } => {
                if items == 0 {
                    out.write_all(head.as_bytes())?;
                }
                out.write_all(json_end(items, f, errors, explain)?.as_bytes())?;
                out.flush()?;
                drop(out);
                return Ok(buffered_text(buffer).map(Output::Text));
            }
        }))
    }
}

/// A finished output: text, or the bytes of a workbook.
enum Output {
    Text(String),
    Bytes(Vec<u8>),
}

/// The columns that hold text even where a cell looks like a number (a file named 2026, a
/// number answer shown as written).
const TEXT_COLUMNS: &[&str] = &[
    "file",
    "country",
    "organisation",
    "status",
    "framework_version",
    "band",
    "principle",
    "question",
    "kind",
    "answer",
    "state",
];

/// The CSV's header row (also the workbook's).
fn csv_headers(f: &Framework, by: By, sensitivity: bool) -> Vec<String> {
    let mut headers: Vec<String> = META_HEADERS.iter().map(|(h, _)| h.to_string()).collect();
    headers.push("framework_version".into());
    headers.extend(columns(f, by, true).into_iter().map(|(h, _)| h));
    if sensitivity {
        headers.push("band_holds".into());
        headers.extend(
            crate::sensitivity::alternatives(f)
                .into_iter()
                .map(|a| a.id),
        );
    }
    headers
}

/// What a column holds: the title of a pillar, principle or dimension whose id heads it, or a
/// few words on a figure.
fn column_title(f: &Framework, header: &str) -> Option<String> {
    // A score's range columns: `ID_low`, `ID_high`.
    for (suffix, what) in [("_low", "lowest"), ("_high", "highest")] {
        if let Some(id) = header.strip_suffix(suffix)
            && let Some(t) = column_title(f, id)
        {
            return Some(format!("{t} ({what} it could be)"));
        }
    }
    if let Some(p) = f.principle(header) {
        return Some(format!("{}. {}", p.number, p.title));
    }
    let fixed = match header {
        "file" => "the answer file",
        "status" => "draft or final",
        "framework_version" => "the framework version the file was checked and scored with",
        "overall" => "overall score, 0-100",
        "overall_low" => "the lowest the overall score could be (unknown and unanswered at 0)",
        "overall_high" => {
            "the highest the overall score could be (unknown and unanswered at full marks)"
        }
        "provisional" => {
            "true when the range is wider than the narrowest band: the band may change"
        }
        "band" => "maturity band of the overall score",
        "coverage" => "share of the questions answered, 0-1",
        "questions" => "questions counted",
        "scored" => "questions that have a score",
        "not_applicable" => "answered n/a (left out of every score)",
        "unknown" => "answered unknown",
        "unanswered" => "not answered yet",
        "review" => "answers still flagged for review (carried forward, not confirmed)",
        "score" => "the question's score, 0-100",
        "band_holds" => {
            "yes when the band is the same under every other method of scoring, else no"
        }
        _ => "",
    };
    if !fixed.is_empty() {
        return Some(fixed.to_string());
    }
    if let Some(a) = crate::sensitivity::alternatives(f)
        .into_iter()
        .find(|a| a.id == header)
    {
        return Some(format!("overall score under another method: {}", a.title));
    }
    f.pillar(header)
        .map(|p| p.title.clone())
        .or_else(|| f.dimension(header).map(|d| d.title.clone()))
}

/// One file's output: table or CSV rows (cells as text), or a JSON item as text.
enum Rows {
    Cells(Vec<Vec<String>>),
    Json(String),
}

/// The output of one scored file in `format`: pure, so it runs on the worker threads.
fn rows(
    format: ScoreFormat,
    by: By,
    s: &Scored,
    f: &Framework,
    sensitivity: Option<&crate::sensitivity::Sensitivity>,
) -> Rows {
    let m = &s.assessment.meta;
    let meta = [
        s.file.display().to_string(),
        m.country.clone(),
        m.organisation.clone().unwrap_or_default(),
        m.year.to_string(),
        m.status.as_str().to_string(),
    ];
    match format {
        ScoreFormat::Table | ScoreFormat::Markdown => Rows::Cells(
            cells(s, f, by, false, format == ScoreFormat::Table)
                .into_iter()
                .map(|cells| {
                    // The status in the run's language (CSV and the workbook keep its key).
                    let mut meta = meta.clone();
                    meta[4] = crate::compare::status_words(m.status);
                    meta.into_iter()
                        .chain(cells)
                        // Escaped before the table measures its columns.
                        .map(|c| match format {
                            ScoreFormat::Table => crate::sanitize::for_terminal(&c).into_owned(),
                            _ => c,
                        })
                        .collect()
                })
                .collect(),
        ),
        // The same rows for CSV and the workbook; CSV makes its cells safe as it writes them.
        ScoreFormat::Csv | ScoreFormat::Xlsx => Rows::Cells(
            cells(s, f, by, true, false)
                .into_iter()
                .map(|cells| {
                    meta.iter()
                        .chain(std::iter::once(&m.framework_version))
                        .chain(cells.iter())
                        .chain(
                            sensitivity
                                .map(|x| sensitivity_cells(x, f))
                                .iter()
                                .flatten(),
                        )
                        .cloned()
                        .collect()
                })
                .collect(),
        ),
        // Every figure of an item is its own framework version's.
        ScoreFormat::Json => {
            let item = json::AssessmentScores::build(
                s.file.display().to_string(),
                &s.assessment,
                &s.card,
                s.framework,
                by == By::Question,
            );
            let item = match sensitivity {
                Some(x) => item.with_sensitivity(x),
                None => item,
            };
            Rows::Json(json_item_text(&item))
        }
    }
}

/// The heading over the robustness blocks of `score --sensitivity`.
fn robustness_heading(markdown: bool) -> String {
    let intro = format!(
        "Each overall score re-computed under other defensible methods of scoring, and whether its band holds (see {}).",
        present::METHOD_DOC
    );
    if markdown {
        format!("\n## Robustness of the overall score\n\n{intro}\n")
    } else {
        let mut s = String::from("\nRobustness of the overall score\n");
        for line in present::wrap_lines(&intro, present::output_width(), "", "") {
            s.push_str(&line);
            s.push('\n');
        }
        s
    }
}

/// One file's figures under every method, as an aligned table (or Markdown) with one sentence.
fn robustness_block(s: &Scored, x: &crate::sensitivity::Sensitivity, markdown: bool) -> String {
    let m = &s.assessment.meta;
    let who = match m.organisation.as_deref().filter(|o| !o.trim().is_empty()) {
        Some(o) => format!("{} ({o}) {}", m.country, m.year),
        None => format!("{} {}", m.country, m.year),
    };
    let title = format!("{}: {who}", s.file.display());
    let mut grid = Grid::new(&[
        ("method", Align::Left),
        ("overall", Align::Right),
        ("change", Align::Right),
        ("band", Align::Left),
        ("band holds", Align::Left),
    ]);
    // Short enough that a row fits 80 columns with the framework's usual band names.
    const TITLE: usize = 34;
    grid.push(vec![
        "The framework's method".into(),
        present::score(x.score),
        String::new(),
        x.band.clone().unwrap_or_else(|| "-".into()),
        String::new(),
    ]);
    for o in &x.outcomes {
        grid.push(vec![
            if markdown {
                o.title.clone()
            } else {
                present::truncate(&o.title, TITLE)
            },
            present::score(o.score),
            present::delta(o.change(x)),
            o.band.clone().unwrap_or_else(|| "-".into()),
            present::band_verdict(o, x),
        ]);
    }
    let sentence = present::robustness_sentence(x);
    if markdown {
        format!(
            "\n### {}\n\n{}\n{}\n",
            crate::render::md_cell(&title),
            grid.to_markdown(),
            crate::markdown::escape(&sentence)
        )
    } else {
        let mut out = String::from("\n");
        for line in present::wrap_lines(
            &crate::sanitize::for_terminal(&title),
            present::output_width(),
            "",
            "  ",
        ) {
            out.push_str(&line);
            out.push('\n');
        }
        for row in grid.rows.iter_mut() {
            for c in row.iter_mut() {
                *c = crate::sanitize::for_terminal(c).into_owned();
            }
        }
        for line in grid.to_table().lines() {
            out.push_str("  ");
            out.push_str(line);
            out.push('\n');
        }
        for line in present::wrap_lines(
            &crate::sanitize::for_terminal(&sentence),
            present::output_width(),
            "  ",
            "  ",
        ) {
            out.push_str(&line);
            out.push('\n');
        }
        out
    }
}

/// The CSV cells of `--sensitivity`: does the band hold, then the figure under each of the
/// loaded framework's alternatives (empty where the file's own version has no such method).
fn sensitivity_cells(x: &crate::sensitivity::Sensitivity, f: &Framework) -> Vec<String> {
    let holds = match x.holds() {
        Some(true) => "yes",
        Some(false) => "no",
        None => "",
    };
    std::iter::once(holds.to_string())
        .chain(crate::sensitivity::alternatives(f).iter().map(|a| {
            x.outcomes
                .iter()
                .find(|o| o.id == a.id)
                .and_then(|o| o.score)
                .map_or(String::new(), render::plain_decimal)
        }))
        .collect()
}

/// Column headers after the file's metadata. CSV uses ids; tables use short names.
fn columns(f: &Framework, by: By, ids: bool) -> Vec<(String, Align)> {
    let mut c: Vec<(String, Align)> = Vec::new();
    if by == By::Question {
        for h in ["principle", "question", "kind", "answer", "state", "score"] {
            c.push((
                h.into(),
                if h == "score" {
                    Align::Right
                } else {
                    Align::Left
                },
            ));
        }
        return c;
    }
    let heads: &[&str] = if ids {
        &[
            "overall",
            "overall_low",
            "overall_high",
            "provisional",
            "band",
            "coverage",
            "questions",
            "scored",
            "not_applicable",
            "unknown",
            "unanswered",
            "review",
        ]
    } else {
        &[
            "overall", "band", "coverage", "rests_on", "left_out", "review",
        ]
    };
    for h in heads {
        let name = if ids {
            h.to_string()
        } else {
            h.replace('_', " ")
        };
        let left = matches!(*h, "band" | "left_out" | "provisional");
        c.push((name, if left { Align::Left } else { Align::Right }));
    }
    // In CSV every score column is followed by its range: `ID`, `ID_low`, `ID_high`.
    let with_range = |c: &mut Vec<(String, Align)>, name: String| {
        if ids {
            c.push((format!("{name}_low"), Align::Right));
            c.push((format!("{name}_high"), Align::Right));
            let n = c.len();
            c.insert(n - 2, (name, Align::Right));
        } else {
            c.push((name, Align::Right));
        }
    };
    match by {
        By::Pillar => f
            .pillars
            .iter()
            .for_each(|p| with_range(&mut c, if ids { p.id.clone() } else { p.title.clone() })),
        By::Principle => f.principles.iter().for_each(|p| {
            with_range(
                &mut c,
                if ids {
                    p.id.clone()
                } else {
                    p.number.to_string()
                },
            )
        }),
        By::Dimension => f
            .dimensions
            .iter()
            .for_each(|d| with_range(&mut c, if ids { d.id.clone() } else { d.title.clone() })),
        _ => {}
    }
    c
}

/// The cells of one assessment after its metadata: one row, or one per question. `f` is the
/// framework the columns follow; the file was scored with its own (`s.framework`).
fn cells(s: &Scored, f: &Framework, by: By, csv: bool, short: bool) -> Vec<Vec<String>> {
    let card = &s.card;
    let own = s.framework;
    if by == By::Question {
        return card
            .questions
            .iter()
            .map(|q| {
                let kind = own.question(&q.id).map_or("", |(_, q)| q.kind.name());
                let value = s.assessment.value(&q.id);
                // The terminal table says an answer as briefly as a cell can ("3/6" for a
                // checklist); the other formats give it whole.
                let answer = match own.question(&q.id) {
                    Some((_, question)) if short => {
                        present::answer_words(question, value, &[], present::Form::Short)
                    }
                    _ => value.map(Value::display).unwrap_or_default(),
                };
                let (state, sc) = match q.state {
                    _ if q.context => ("context", None),
                    QuestionState::Scored(v) => ("scored", Some(v * 100.0)),
                    QuestionState::NotApplicable => ("n/a", None),
                    QuestionState::Unknown => {
                        ("unknown", q.value(own.scoring.unknown).map(|v| v * 100.0))
                    }
                    QuestionState::Unanswered => ("unanswered", None),
                };
                let sc = if csv {
                    sc.map_or(String::new(), render::plain_decimal)
                } else {
                    render::score(sc)
                };
                vec![
                    q.principle.clone(),
                    q.id.clone(),
                    kind.into(),
                    answer,
                    state.into(),
                    sc,
                ]
            })
            .collect();
    }
    let csv_score = |v: Option<f64>| v.map_or(String::new(), render::plain_decimal);
    // A score as its cells: in a table one cell, the score with its range and provisional mark;
    // in CSV three, the score, its low and its high.
    let fmt = |v: Option<f64>, r: Option<Range>| -> Vec<String> {
        if csv {
            vec![
                csv_score(v),
                csv_score(r.map(|r| r.low)),
                csv_score(r.map(|r| r.high)),
            ]
        } else {
            vec![present::score_range(v, r)]
        }
    };
    let c = &card.counts;
    let review = s.assessment.flagged(own).len().to_string();
    let provisional = crate::score::provisional(card.overall_range, own);
    let mut row = fmt(card.overall, card.overall_range);
    if csv {
        row.push(provisional.to_string());
    }
    row.push(card.overall.map_or(String::new(), |o| {
        if csv {
            own.band_key(o).to_string()
        } else {
            present::band_marked(own.band(o), provisional)
        }
    }));
    row.push(if csv {
        format!("{:.3}", c.coverage())
    } else {
        render::percent(c.coverage())
    });
    if csv {
        row.extend(
            [
                c.questions,
                c.scored,
                c.not_applicable,
                c.unknown,
                c.unanswered,
            ]
            .map(|n| n.to_string()),
        );
    } else {
        row.push(present::rests_on_full(c, own.scoring.unknown));
        row.push(
            present::left_out(c, own.scoring.unknown).unwrap_or_else(|| crate::t!("word-none")),
        );
    }
    row.push(review);
    // By id, so that a file of another framework version fills the columns it shares.
    match by {
        By::Pillar => row.extend(f.pillars.iter().flat_map(|p| {
            let x = card.pillar(&p.id);
            fmt(x.and_then(|x| x.score), x.and_then(|x| x.range))
        })),
        By::Principle => row.extend(f.principles.iter().flat_map(|p| {
            let x = card.principle(&p.id);
            fmt(x.and_then(|x| x.score), x.and_then(|x| x.range))
        })),
        By::Dimension => {
            let dims = crate::score::dimensions(card, own);
            row.extend(f.dimensions.iter().flat_map(|d| {
                let x = dims.iter().find(|x| x.id == d.id);
                fmt(x.and_then(|x| x.score), x.and_then(|x| x.range))
            }))
        }
        _ => {}
    }
    vec![row]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The streamed document, as `Sink::Json` writes it.
    fn streamed(items: &[serde_json::Value], errors: &[Diagnostic], explain: bool) -> String {
        let f = crate::framework::load_builtin().unwrap();
        let mut s = json_start(&f);
        for (i, item) in items.iter().enumerate() {
            s.push_str(if i == 0 { "\n" } else { ",\n" });
            s.push_str(&json_item_text(item));
        }
        s + &json_end(items.len(), &f, errors, explain).unwrap()
    }

    /// The same document rendered at once, as `dgtk score --format json` did before streaming.
    fn whole(items: &[serde_json::Value], errors: &[Diagnostic], explain: bool) -> String {
        let f = crate::framework::load_builtin().unwrap();
        let mut v = json!({
            "schema": json::SCHEMA,
            "dgtk": env!("CARGO_PKG_VERSION"),
            "framework": { "id": f.id, "version": f.version, "title": f.title },
            "assessments": items,
            "errors": errors.iter().map(|d| json!({
                "file": d.file,
                "line": d.position.map(|p| p.0),
                "column": d.position.map(|p| p.1),
                "message": d.message,
            })).collect::<Vec<_>>(),
        });
        if explain {
            v["explain"] = json!(crate::score::explain(&f));
        }
        serde_json::to_string_pretty(&v).unwrap() + "\n"
    }

    #[test]
    fn streamed_json_is_the_whole_document() {
        let item = |n: u32| {
            json!({
                "file": format!("a/{n}.toml"), "country": "XMP", "organisation": null,
                "overall": { "score": 61.5, "band": "Established", "counts": { "questions": 66 } },
                "principles": [{ "id": "p", "target": null, "gap": [] }, { "id": "q\n\"r\"" }],
                "pillars": [],
            })
        };
        let errors = [
            Diagnostic::file("b.toml", "file is empty"),
            Diagnostic {
                file: "c.toml".into(),
                position: Some((3, 7)),
                message: "unknown key".into(),
            },
        ];
        for items in [vec![], vec![item(1)], vec![item(1), item(2), item(3)]] {
            for errors in [&[][..], &errors[..]] {
                for explain in [false, true] {
                    assert_eq!(
                        streamed(&items, errors, explain),
                        whole(&items, errors, explain)
                    );
                }
            }
        }
    }
}
