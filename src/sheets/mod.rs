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

/// The first sheet: what the workbook is for (framework, country, year...), protected. Its name
/// is in the run's language ("About", "À propos"); import finds it under any language's name.
pub fn about_sheet() -> String {
    crate::t!("sheet-about")
}

/// Every language's name of the About sheet, the run's language first.
pub fn about_sheets() -> Vec<String> {
    in_every_language("sheet-about")
}

/// Message `id` (without variables) in the run's language, then in every other language.
fn in_every_language(id: &str) -> Vec<String> {
    let mut v = vec![crate::i18n::message(id, None)];
    for (lang, _) in crate::i18n::RESOURCES {
        let s = crate::i18n::message_in(lang, id, None);
        if !v.contains(&s) {
            v.push(s);
        }
    }
    v
}

/// Is `s` (as typed in a cell) message `id` in some language? Case and surrounding space aside.
fn is_word(s: &str, id: &str) -> bool {
    let s = s.trim().to_lowercase();
    in_every_language(id).iter().any(|w| w.to_lowercase() == s)
}

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
            Column::Item(n) => format!("{} {n}", crate::t!("sheet-col-item")),
            other => crate::i18n::message(other.message(), None),
        }
    }

    /// The message of the column's header (of its word "item" for an item column).
    fn message(self) -> &'static str {
        match self {
            Column::Id => "sheet-col-id",
            Column::Question => "sheet-col-question",
            Column::HowToAnswer => "sheet-col-how",
            Column::Answer => "sheet-col-answer",
            Column::Item(_) => "sheet-col-item",
            Column::Evidence => "sheet-col-evidence",
            Column::Links => "sheet-col-links",
            Column::Flag => "sheet-col-flag",
            Column::Comments => "sheet-col-comments",
            Column::Guidance => "sheet-col-guidance",
        }
    }

    /// The column a header names, if any, in any language: a workbook exported in one language
    /// reads in every other.
    pub fn from_header(h: &str) -> Option<Column> {
        let h = h.trim().to_lowercase();
        for word in in_every_language("sheet-col-item") {
            if let Some(n) = h.strip_prefix(&format!("{} ", word.to_lowercase())) {
                return n.trim().parse().ok().filter(|&n| n > 0).map(Column::Item);
            }
        }
        [
            Column::Id,
            Column::Question,
            Column::HowToAnswer,
            Column::Answer,
            Column::Evidence,
            Column::Links,
            Column::Flag,
            Column::Comments,
            Column::Guidance,
        ]
        .into_iter()
        .find(|c| is_word(&h, c.message()))
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

/// The sheet of a principle: "Principle 4", "Principe 4".
pub fn sheet_name(p: &Principle) -> String {
    crate::t!("sheet-principle", number = p.number.to_string())
}

/// A cell as a spreadsheet names it (zero-based row and column): `C12`.
pub fn cell_name(row: u32, col: u16) -> String {
    rust_xlsxwriter::utility::row_col_to_cell(row, col)
}

/// Where a problem is: `book.xlsx:Principle 4!C12`.
pub fn location(file: &str, sheet: &str, row: u32, col: u16) -> String {
    format!("{file}:{sheet}!{}", cell_name(row, col))
}

/// The words of answer, item and flag cells: "yes", "no", "n/a", "unknown" and "review" (the
/// flag of an answer carried forward and not yet confirmed), in the run's language when written,
/// in any language when read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Yes,
    No,
    Na,
    Unknown,
    Review,
}

impl Word {
    fn message(self) -> &'static str {
        match self {
            Word::Yes => "sheet-word-yes",
            Word::No => "sheet-word-no",
            Word::Na => "sheet-word-na",
            Word::Unknown => "sheet-word-unknown",
            Word::Review => "sheet-word-review",
        }
    }

    /// The word in the run's language.
    pub fn say(self) -> String {
        crate::i18n::message(self.message(), None)
    }

    /// Is `s` this word in some language?
    pub fn is(self, s: &str) -> bool {
        is_word(s, self.message())
    }
}

/// `words` joined with the run's "or": "unknown or n/a".
pub fn or(words: &[String]) -> String {
    words.join(&format!(" {} ", crate::t!("sheet-word-or")))
}

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
