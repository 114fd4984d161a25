//! `dgtk score --format xlsx`: a workbook with the CSV's columns and rows, figures as numbers,
//! each column's header explained by a title, and a sheet on what the workbook is (framework,
//! method, notes, files not scored). The data sheet is the CSV's in every language; the sheets
//! meant for a reader are in the run's language.

use crate::diag::Diagnostic;
use crate::error::CliError;
use crate::framework::Framework;

use super::By;
use super::csv::csv_headers;

/// The workbook's columns: the CSV's headers, with their titles.
pub(super) fn columns(
    f: &Framework,
    by: By,
    sensitivity: bool,
) -> Vec<crate::sheets::table::ColumnInfo> {
    csv_headers(f, by, sensitivity)
        .into_iter()
        .map(|header| crate::sheets::table::ColumnInfo {
            title: column_title(f, &header),
            text: TEXT_COLUMNS.contains(&header.as_str()),
            header,
        })
        .collect()
}

/// The workbook of `rows`, with what it is about.
pub(super) fn workbook(
    f: &Framework,
    columns: &[crate::sheets::table::ColumnInfo],
    rows: &[Vec<String>],
    note: Option<&str>,
    errors: &[Diagnostic],
) -> Result<Vec<u8>, CliError> {
    let about = [
        (
            crate::t!("table-key-framework"),
            format!("{} {}", f.id, f.version),
        ),
        (crate::t!("table-key-title"), f.title.clone()),
        (
            crate::t!("table-key-dgtk"),
            env!("CARGO_PKG_VERSION").to_string(),
        ),
        (
            crate::t!("table-key-method"),
            crate::score::explain(f).join(" "),
        ),
    ];
    let mut about = about.to_vec();
    if let Some(n) = note {
        about.push((crate::t!("table-key-note"), n.to_string()));
    }
    for e in errors {
        about.push((crate::t!("table-key-not-scored"), e.to_string()));
    }
    crate::sheets::table::workbook("scores", columns, rows, &about).map_err(CliError::input)
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
