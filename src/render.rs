//! Shared formatting: numbers as people read them, and one [`Grid`] of rows that renders as a
//! terminal table, Markdown or CSV. Takes computed results and only formats them.

use comfy_table::{CellAlignment, ContentArrangement, LineStyle, Table, TableStyle};

/// Plain columns with a rule under the header: readable in a terminal, in a pipe and in git.
const PLAIN: TableStyle =
    TableStyle::new().header_separator(LineStyle::none().fill('-').junction(' '));

pub use crate::present::{delta, one_decimal, percent, plain_decimal, score, wrap_lines};

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
    /// Columns two spaces apart instead of three, for tables fitted to a width.
    pub narrow: bool,
}

impl Grid {
    pub fn new(headers: &[(&str, Align)]) -> Self {
        Grid {
            headers: headers.iter().map(|(h, _)| h.to_string()).collect(),
            align: headers.iter().map(|(_, a)| *a).collect(),
            rows: Vec::new(),
            narrow: false,
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
                if self.narrow {
                    col.set_padding((1, 0));
                }
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

    /// A plain table that fits `width` columns when it can: as [`Grid::to_table`] when it fits
    /// already; else its columns stand two spaces apart, and the column `elide` (with its floor) is cut first, its cells ending in "…",
    /// down to the floor; then the widest other columns are narrowed and their cells wrapped at
    /// spaces. No column is made narrower than its longest word, so no word or id is ever split:
    /// a table whose words cannot fit side by side stays wider than `width`.
    pub fn to_table_within(&self, width: usize, elide: Option<(usize, usize)>) -> String {
        use crate::present;
        let n = self.headers.len();
        let cells = |i: usize| {
            std::iter::once(&self.headers[i]).chain(self.rows.iter().filter_map(move |r| r.get(i)))
        };
        let mut w: Vec<usize> = (0..n)
            .map(|i| cells(i).map(|c| present::width(c)).max().unwrap_or(0))
            .collect();
        if self.table_width(&w) <= width {
            return self.to_table();
        }
        // Columns two spaces apart before any is narrowed.
        let narrow = true;
        let table_width = |w: &[usize]| {
            let (gap, margin) = Self::spacing(narrow);
            w.iter().sum::<usize>() + gap * w.len().saturating_sub(1) + margin
        };
        let longest_word = |i: usize| {
            cells(i)
                .flat_map(|c| c.split_whitespace())
                .map(present::width)
                .max()
                .unwrap_or(0)
        };
        let floor: Vec<usize> = (0..n)
            .map(|i| match elide {
                Some((col, f)) if col == i => f.min(w[i]).max(present::width(&self.headers[i])),
                _ => longest_word(i),
            })
            .collect();
        if let Some((col, _)) = elide.filter(|(c, _)| *c < n) {
            let over = table_width(&w).saturating_sub(width);
            w[col] = w[col].saturating_sub(over).max(floor[col]);
        }
        while table_width(&w) > width {
            let widest = (0..n)
                .filter(|&i| w[i] > floor[i] && Some(i) != elide.map(|e| e.0))
                .max_by_key(|&i| (w[i], std::cmp::Reverse(i)));
            match widest {
                Some(i) => w[i] -= 1,
                None => break,
            }
        }
        let fit = |i: usize, c: &str| {
            if present::width(c) <= w[i] {
                c.to_string()
            } else if Some(i) == elide.map(|e| e.0) {
                present::truncate(c, w[i])
            } else {
                present::wrap_lines(c, w[i], "", "").join("\n")
            }
        };
        let mut g = Grid {
            headers: (0..n).map(|i| fit(i, &self.headers[i])).collect(),
            align: self.align.clone(),
            rows: Vec::with_capacity(self.rows.len()),
            narrow,
        };
        for r in &self.rows {
            g.rows
                .push(r.iter().enumerate().map(|(i, c)| fit(i, c)).collect());
        }
        g.to_table()
    }

    /// Spaces between two columns of [`Grid::to_table`], and the columns a line adds around
    /// them (the padding before the first column and after the last, which the rule under the
    /// header keeps).
    pub fn spacing(narrow: bool) -> (usize, usize) {
        if narrow { (2, 1) } else { (3, 2) }
    }

    /// The width of the widest line of [`Grid::to_table`] for columns of these display widths.
    pub fn table_width(&self, widths: &[usize]) -> usize {
        let (gap, margin) = Self::spacing(self.narrow);
        widths.iter().sum::<usize>() + gap * widths.len().saturating_sub(1) + margin
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_width_is_the_widest_line_of_the_table() {
        let mut g = Grid::new(&[("a", Align::Left), ("bb", Align::Right), ("c", Align::Left)]);
        g.push(vec!["long cell".into(), "1".into(), "漢字".into()]);
        g.push(vec!["x".into(), "12345".into(), "".into()]);
        for narrow in [false, true] {
            g.narrow = narrow;
            let widest = g
                .to_table()
                .lines()
                .map(crate::present::width)
                .max()
                .unwrap();
            assert_eq!(g.table_width(&[9, 5, 4]), widest, "narrow: {narrow}");
        }
    }

    #[test]
    fn a_table_within_a_width_wraps_at_words_and_cuts_the_elided_column() {
        let mut g = Grid::new(&[("title", Align::Left), ("text", Align::Left)]);
        g.push(vec![
            "Openness, transparency and inclusiveness".into(),
            "strategy-action-funding (was digital-strategy-funding)".into(),
        ]);
        let t = g.to_table_within(50, Some((0, 15)));
        for l in t.lines() {
            assert!(crate::present::width(l) <= 50, "{l}");
        }
        assert!(t.contains("Openness,"), "{t}");
        assert!(t.contains('…'), "{t}");
        assert!(t.contains("digital-strategy-funding)"), "{t}");
        // Words never split: too narrow for the longest id, the table stays wider.
        let t = g.to_table_within(20, None);
        assert!(t.contains("digital-strategy-funding)"), "{t}");
        // A table that fits is unchanged.
        assert_eq!(g.to_table_within(500, Some((0, 15))), g.to_table());
    }
}
