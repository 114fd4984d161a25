//! Spreadsheets (xlsx): the questionnaire as a workbook a ministry fills in with Excel or
//! LibreOffice alone ([`export`]), reading such a workbook back into answers ([`import`]), and
//! data tables (the rows of `score` and `diff`) as a sheet with real numbers ([`table`]).
//!
//! The layout of the questionnaire is said once, here, and both directions use it, so what is
//! written is what is read. Nothing here prints or touches the file system: workbooks go in and
//! out as bytes.

pub mod export;
pub mod import;
pub mod table;

use crate::framework::{Principle, QuestionKind};

/// The first sheet: what the workbook is for (framework, country, year...), protected.
pub const ABOUT_SHEET: &str = "About";
/// What the About sheet says the workbook is (its `format` key), so import knows its own kind.
pub const FORMAT: &str = "dgtk questionnaire";
/// The layout version of the questionnaire; import refuses one it does not know.
pub const FORMAT_VERSION: &str = "1";

/// Zero-based row of the column headers on a principle sheet (the principle's title is above).
pub const HEADER_ROW: u32 = 1;
/// Zero-based row of the first question.
pub const FIRST_ROW: u32 = 2;

/// A column of a principle sheet. Import finds columns by their header, so a header is the
/// column's name in both directions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Id,
    Question,
    HowToAnswer,
    Answer,
    /// The n-th (1-based) item of a checklist question: "yes" when it is in place.
    Item(usize),
    Evidence,
    Links,
    Flag,
    /// The comments a person wrote about the question in the answer file (shown, not read back).
    Comments,
    Guidance,
}

impl Column {
    pub fn header(self) -> String {
        match self {
            Column::Id => "id".into(),
            Column::Question => "question".into(),
            Column::HowToAnswer => "how to answer".into(),
            Column::Answer => "answer".into(),
            Column::Item(n) => format!("item {n}"),
            Column::Evidence => "evidence".into(),
            Column::Links => "links".into(),
            Column::Flag => "flag".into(),
            Column::Comments => "comments".into(),
            Column::Guidance => "guidance".into(),
        }
    }

    /// The column a header names, if any.
    pub fn from_header(h: &str) -> Option<Column> {
        let h = h.trim().to_lowercase();
        if let Some(n) = h.strip_prefix("item ") {
            return n.trim().parse().ok().filter(|&n| n > 0).map(Column::Item);
        }
        Some(match h.as_str() {
            "id" => Column::Id,
            "question" => Column::Question,
            "how to answer" => Column::HowToAnswer,
            "answer" => Column::Answer,
            "evidence" => Column::Evidence,
            "links" => Column::Links,
            "flag" => Column::Flag,
            "comments" => Column::Comments,
            "guidance" => Column::Guidance,
            _ => return None,
        })
    }

    /// Is this a column a person fills in (unlocked on the protected sheet)?
    pub fn is_input(self) -> bool {
        matches!(
            self,
            Column::Answer | Column::Item(_) | Column::Evidence | Column::Links | Column::Flag
        )
    }

    /// Width in characters.
    pub fn width(self) -> f64 {
        match self {
            Column::Id => 18.0,
            Column::Question => 36.0,
            Column::HowToAnswer => 46.0,
            Column::Answer => 9.0,
            Column::Item(_) => 6.0,
            Column::Evidence => 36.0,
            Column::Links => 24.0,
            Column::Flag => 7.0,
            Column::Comments => 30.0,
            Column::Guidance => 42.0,
        }
    }
}

/// The height (in points) a row needs for `texts` (each with its column's width) to show whole
/// when wrapped: spreadsheet programs do not grow a row for wrapped text they did not lay out.
pub fn row_height(texts: &[(&str, f64)]) -> f64 {
    let lines = texts
        .iter()
        .map(|(t, w)| {
            let per_line = (*w - 1.0).max(1.0);
            t.split('\n')
                .map(|l| (crate::present::width(l) as f64 / per_line).ceil().max(1.0))
                .sum::<f64>()
        })
        .fold(1.0, f64::max);
    // 15 points a line (the default row of 11-point text), at most the 409 a row can be.
    (lines * 15.0).min(409.0)
}

/// The columns of a principle's sheet, in order: one item column per item of its longest
/// checklist (none when it has no checklist).
pub fn columns(p: &Principle) -> Vec<Column> {
    let items = p
        .questions
        .iter()
        .map(|q| match &q.kind {
            QuestionKind::Checklist { items } => items.len(),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    let mut c = vec![
        Column::Id,
        Column::Question,
        Column::HowToAnswer,
        Column::Answer,
    ];
    c.extend((1..=items).map(Column::Item));
    c.extend([
        Column::Evidence,
        Column::Links,
        Column::Flag,
        Column::Comments,
        Column::Guidance,
    ]);
    c
}

/// The sheet of a principle: "Principle 4".
pub fn sheet_name(p: &Principle) -> String {
    format!("Principle {}", p.number)
}

/// A cell as a spreadsheet names it (zero-based row and column): `C12`.
pub fn cell_name(row: u32, col: u16) -> String {
    rust_xlsxwriter::utility::row_col_to_cell(row, col)
}

/// Where a problem is: `book.xlsx:Principle 4!C12`.
pub fn location(file: &str, sheet: &str, row: u32, col: u16) -> String {
    format!("{file}:{sheet}!{}", cell_name(row, col))
}

/// The words for "yes" and "no" in answer and item cells.
pub const YES: &str = "yes";
pub const NO: &str = "no";
/// The words for "not applicable" and "don't know", as in answer files.
pub const NA: &str = "n/a";
pub const UNKNOWN: &str = "unknown";
/// The flag of an answer carried forward and not yet confirmed, as in answer files.
pub const REVIEW: &str = "review";

/// `s` cut to at most `max` characters (with "…"), for the places a spreadsheet limits: input
/// messages (255), page headers.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The document properties of every workbook dgtk writes: its title, and the time it was made:
/// now, or `SOURCE_DATE_EPOCH` when set (as for answer files), so the same inputs can give the
/// same bytes.
pub fn properties(title: &str) -> rust_xlsxwriter::DocProperties {
    let p = rust_xlsxwriter::DocProperties::new()
        .set_title(clip(title, 250))
        .set_comment(format!("Made by dgtk {}", env!("CARGO_PKG_VERSION")));
    let epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|s| rust_xlsxwriter::ExcelDateTime::from_timestamp(s).ok());
    match epoch {
        Some(t) => p.set_creation_datetime(&t),
        None => p,
    }
}
