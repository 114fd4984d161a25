//! Shared formatting: numbers as people read them, and one [`Grid`] of rows that renders as a
//! terminal table, Markdown or CSV. Takes computed results and only formats them.

use std::io::IsTerminal;

use comfy_table::{CellAlignment, ContentArrangement, LineStyle, Table, TableStyle};

/// Plain columns with a rule under the header: readable in a terminal, in a pipe and in git.
const PLAIN: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('-').junction(' '));

/// A figure rounded to one decimal, halves away from zero (56.25 -> "56.3"), as people round.
pub fn one_decimal(x: f64) -> String {
    let r = (x * 10.0).round() / 10.0;
    let r = if r == 0.0 { 0.0 } else { r }; // no "-0.0"
    format!("{r:.1}")
}

/// A 0-100 score with one decimal, or `-` when there is none.
pub fn score(s: Option<f64>) -> String {
    s.map_or_else(|| "-".to_string(), one_decimal)
}

/// A signed change with one decimal: `+4.2`, `-1.0`, `0.0`.
pub fn delta(d: Option<f64>) -> String {
    match d {
        None => "-".into(),
        Some(d) if d.abs() < 0.05 => "0.0".into(),
        Some(d) if d > 0.0 => format!("+{}", one_decimal(d)),
        Some(d) => one_decimal(d),
    }
}

/// `text` wrapped to `width` columns, the first line after `first` and the others after `rest`,
/// without trailing spaces. Words and ids are never split, not even at their hyphens.
pub fn wrap_lines(text: &str, width: usize, first: &str, rest: &str) -> Vec<String> {
    let opts = textwrap::Options::new(width)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false)
        .initial_indent(first)
        .subsequent_indent(rest);
    textwrap::wrap(text, opts)
        .iter()
        .map(|l| l.trim_end().to_string())
        .collect()
}

/// A 0-1 share as a whole percentage: `95%`.
pub fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// A CSV cell that a spreadsheet will not run as a formula (see [`crate::sanitize::csv_cell`]).
pub fn csv_safe(s: &str) -> String {
    crate::sanitize::csv_cell(s).into_owned()
}

/// A Markdown table cell: pipes escaped, line breaks folded, bidi controls made visible, and
/// `<` and `&` escaped so that no raw HTML or entity gets through to a page made from it.
pub fn md_cell(s: &str) -> String {
    crate::sanitize::for_document(s)
        .replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('<', "\\<")
        .replace('&', "\\&")
        .replace(['\n', '\r'], " ")
}

/// Should output to stdout (or stderr) be coloured? Only on a terminal, and never with
/// `NO_COLOR` set.
pub fn use_color(stderr: bool) -> bool {
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    if stderr {
        std::io::stderr().is_terminal()
    } else {
        std::io::stdout().is_terminal()
    }
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

    /// A GitHub-flavoured Markdown table.
    pub fn to_markdown(&self) -> String {
        let mut s = String::new();
        let head: Vec<_> = self.headers.iter().map(|h| md_cell(h)).collect();
        s.push_str(&format!("| {} |\n", head.join(" | ")));
        let rule: Vec<_> = self
            .align
            .iter()
            .map(|a| if *a == Align::Right { "---:" } else { "---" })
            .collect();
        s.push_str(&format!("| {} |\n", rule.join(" | ")));
        for r in &self.rows {
            let cells: Vec<_> = r.iter().map(|c| md_cell(c)).collect();
            s.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        s
    }
}
