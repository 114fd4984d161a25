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
            crate::score::explain_text(f).join(" "),
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

/// What a column holds, in the run's language: the title of a pillar, principle or dimension
/// whose id heads it, or a few words on a figure.
fn column_title(f: &Framework, header: &str) -> Option<String> {
    // A score's range columns: `ID_low`, `ID_high`.
    if let Some(id) = header.strip_suffix("_low")
        && let Some(title) = column_title(f, id)
    {
        return Some(crate::t!("table-score-col-low", title = title));
    }
    if let Some(id) = header.strip_suffix("_high")
        && let Some(title) = column_title(f, id)
    {
        return Some(crate::t!("table-score-col-high", title = title));
    }
    if let Some(p) = f.principle(header) {
        return Some(format!("{}. {}", p.number, p.title));
    }
    let fixed = match header {
        "file" => crate::t!("table-score-col-file"),
        "country" => crate::t!("table-score-col-country"),
        "organisation" => crate::t!("table-score-col-organisation"),
        "year" => crate::t!("table-score-col-year"),
        "status" => crate::t!("table-score-col-status"),
        "framework_version" => crate::t!("table-score-col-framework_version"),
        "overall" => crate::t!("table-score-col-overall"),
        "overall_low" => crate::t!("table-score-col-overall_low"),
        "overall_high" => crate::t!("table-score-col-overall_high"),
        "provisional" => crate::t!("table-score-col-provisional"),
        "band" => crate::t!("table-score-col-band"),
        "coverage" => crate::t!("table-score-col-coverage"),
        "questions" => crate::t!("table-score-col-questions"),
        "scored" => crate::t!("table-score-col-scored"),
        "not_applicable" => crate::t!("table-score-col-not_applicable"),
        "unknown" => crate::t!("table-score-col-unknown"),
        "unanswered" => crate::t!("table-score-col-unanswered"),
        "review" => crate::t!("table-score-col-review"),
        "score" => crate::t!("table-score-col-score"),
        "band_holds" => crate::t!("table-score-col-band_holds"),
        _ => String::new(),
    };
    if !fixed.is_empty() {
        return Some(fixed);
    }
    if let Some(a) = crate::sensitivity::alternatives(f)
        .into_iter()
        .find(|a| a.id == header)
    {
        return Some(crate::t!(
            "table-score-col-method",
            method = crate::present::method_title(&a.id, &a.title)
        ));
    }
    f.pillar(header)
        .map(|p| p.title.clone())
        .or_else(|| f.dimension(header).map(|d| d.title.clone()))
}
