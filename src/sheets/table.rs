//! A data table (the rows of `score` or `diff`, the same rows their CSV has) as a workbook: the
//! first sheet is the table itself, header and rows exactly as in the CSV, so a reader that takes
//! the CSV takes the sheet the same way; figures are real numbers, "n/a" stays text, a missing
//! figure is an empty cell. A header that is an id carries its title in a note, and a second
//! sheet, "columns", lists every column with its title; a third, "about", says what the figures
//! are (framework, version, dgtk). Those two sheets, meant for a reader, are in the run's
//! language; the table's headers and cells are the CSV's in every language.

use rust_xlsxwriter::{Format, FormatBorder, Note, Workbook, XlsxError};

/// One column of a table: its header (as in the CSV), its title when the header is an id, and
/// whether its cells are text even when they look like numbers (a file name, an answer).
#[derive(Debug, Clone)]
pub struct ColumnInfo {
    pub header: String,
    pub title: Option<String>,
    pub text: bool,
}

/// The workbook of a table. `about` is a list of (key, value) lines for the "about" sheet.
pub fn workbook(
    sheet: &str,
    columns: &[ColumnInfo],
    rows: &[Vec<String>],
    about: &[(String, String)],
) -> Result<Vec<u8>, String> {
    build(sheet, columns, rows, about).map_err(|e| match e {
        XlsxError::MaxStringLengthExceeded => {
            "a cell would be longer than the 32,767 characters a spreadsheet cell holds".to_string()
        }
        other => format!("cannot make the workbook: {other}"),
    })
}

fn build(
    sheet: &str,
    columns: &[ColumnInfo],
    rows: &[Vec<String>],
    about: &[(String, String)],
) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    book.set_properties(&super::properties(&format!("dgtk {sheet}")));
    let bold = Format::new()
        .set_bold()
        .set_border_bottom(FormatBorder::Thin)
        .set_background_color("#DDE4EE");
    let ws = book.add_worksheet();
    ws.set_name(sheet)?;
    for (c, col) in columns.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, &col.header, &bold)?;
        if let Some(t) = &col.title {
            ws.insert_note(
                0,
                c,
                &Note::new(super::clip(t, 1000)).add_author_prefix(false),
            )?;
        }
        let width = rows
            .iter()
            .filter_map(|r| r.get(c as usize))
            .map(|s| crate::present::width(s))
            .chain([crate::present::width(&col.header)])
            .max()
            .unwrap_or(8)
            .clamp(6, 50);
        ws.set_column_width(c, width as f64 + 2.0)?;
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, cell) in row.iter().enumerate() {
            let text = columns.get(c).is_none_or(|col| col.text);
            let c = c as u16;
            match cell.trim().parse::<f64>() {
                _ if cell.is_empty() => {}
                Ok(x) if !text && x.is_finite() => {
                    ws.write_number(r, c, x)?;
                }
                _ => {
                    ws.write_string(r, c, cell)?;
                }
            }
        }
    }
    ws.set_freeze_panes(1, 0)?;
    if !rows.is_empty() {
        ws.autofilter(
            0,
            0,
            rows.len() as u32,
            columns.len().saturating_sub(1) as u16,
        )?;
    }

    let ws = book.add_worksheet();
    ws.set_name(crate::t!("table-columns-sheet"))?;
    ws.write_string_with_format(0, 0, crate::t!("table-column"), &bold)?;
    ws.write_string_with_format(0, 1, crate::t!("table-title"), &bold)?;
    ws.set_column_width(0, 36)?;
    ws.set_column_width(1, 80)?;
    for (r, col) in columns.iter().enumerate() {
        ws.write_string(r as u32 + 1, 0, &col.header)?;
        if let Some(t) = &col.title {
            ws.write_string(r as u32 + 1, 1, t)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;

    let ws = book.add_worksheet();
    ws.set_name(crate::t!("table-about-sheet"))?;
    ws.set_column_width(0, 20)?;
    ws.set_column_width(1, 100)?;
    for (r, (k, v)) in about.iter().enumerate() {
        ws.write_string(r as u32, 0, k)?;
        ws.write_string(r as u32, 1, v)?;
    }
    book.save_to_buffer()
}
