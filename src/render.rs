//! Shared formatting: numbers as people read them, and one [`Grid`] of rows that renders as a
//! terminal table, Markdown or CSV. Takes computed results and only formats them.

use comfy_table::{CellAlignment, ContentArrangement, LineStyle, Table, TableStyle};

/// Plain columns with a rule under the header: readable in a terminal, in a pipe and in git.
const PLAIN: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('-').junction(' '));

pub use crate::present::{delta, one_decimal, percent, score, wrap_lines};

/// A CSV cell that a spreadsheet will not run as a formula (see [`crate::sanitize::csv_cell`]).
pub fn csv_safe(s: &str) -> String {
    crate::sanitize::csv_cell(s).into_owned()
}

/// A Markdown table cell: the one Markdown escaper ([`crate::markdown::escape`]).
pub fn md_cell(s: &str) -> String {
    crate::markdown::escape(s)
}

/// Should output to stdout (or stderr) be coloured? As `--color` says; with `auto`, only on a
/// terminal, never with `NO_COLOR` set (and as `CLICOLOR`/`CLICOLOR_FORCE` say): anstream's rules.
pub fn use_color(stderr: bool) -> bool {
    let choice = if stderr {
        anstream::AutoStream::choice(&std::io::stderr())
    } else {
        anstream::AutoStream::choice(&std::io::stdout())
    };
    choice != anstream::ColorChoice::Never
}

/// Columns are left- or right-aligned.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// A table of text cells, rendered in one of several formats.
pub struct Grid {
    pub headers: Vec<String>,
    pub align: Vec<Align>,
    pub rows: Vec<Vec<String>>,
}

impl Grid {
    pub fn new(headers: &[(&str, Align)]) -> Self {
        Grid {
            headers: headers.iter().map(|(h, _)| h.to_string()).collect(),
            align: headers.iter().map(|(_, a)| *a).collect(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// A plain table for the terminal: aligned columns, a rule under the header.
    pub fn to_table(&self) -> String {
        let mut t = Table::new();
        t.load_style(PLAIN)
            .set_content_arrangement(ContentArrangement::Disabled);
        t.set_header(self.headers.clone());
        for r in &self.rows {
            t.add_row(r.clone());
        }
        for (i, a) in self.align.iter().enumerate() {
            if let Some(col) = t.column_mut(i) {
                col.set_cell_alignment(if *a == Align::Right {
                    CellAlignment::Right
                } else {
                    CellAlignment::Left
                });
            }
        }
        let mut s = t
            .to_string()
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n");
        s.push('\n');
        s
    }

    /// A GitHub-flavoured Markdown table, every cell escaped.
    pub fn to_markdown(&self) -> String {
        let headers: Vec<(&str, Align)> = self
            .headers
            .iter()
            .map(String::as_str)
            .zip(self.align.iter().copied())
            .collect();
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(|c| md_cell(c)).collect())
            .collect();
        let mut s = String::new();
        crate::markdown::table(&mut s, &headers, &rows);
        s
    }
}
