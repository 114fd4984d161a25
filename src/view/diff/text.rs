//! `dgtk diff`'s terminal table: the [`document`](super::document) laid out for the output width,
//! labels aligned, long lines wrapped, titles cut when a table is too wide.

use crate::present;
use crate::render::Grid;

use super::DiffView;
use super::document::{self, HeaderLine, Layout};

/// Principle titles are cut to this many characters in tables, to stay within 100 columns.
const TITLE_WIDTH: usize = 36;
/// A title column cut to fit the width keeps at least this many columns.
const TITLE_FLOOR: usize = 24;

/// The labels of the items in the sections (their width sets the indentation).
const ITEM_LABELS: [&str; 13] = [
    "diff-item-principles",
    "diff-item-pillars",
    "diff-item-questions",
    "diff-item-answers",
    "diff-item-review",
    "diff-item-declines",
    "diff-item-in-common",
    "diff-item-renamed",
    "diff-item-split",
    "diff-item-merged",
    "diff-item-regrouped",
    "diff-item-only-old",
    "diff-item-only-new",
];

/// The diff as a terminal table, at the output width.
pub(crate) fn render(v: &DiffView<'_>) -> String {
    // The labels of the sections' items line up: as wide as the widest label of the language
    // (at least 11 columns, the English layout).
    let item_width = ITEM_LABELS
        .iter()
        .map(|k| present::width(&crate::i18n::message(k, None)))
        .max()
        .unwrap_or(0)
        .max(10)
        + 1;
    document::render(
        v,
        &Text {
            width: present::output_width(),
            item_width,
        },
    )
}

struct Text {
    width: usize,
    item_width: usize,
}

impl Layout for Text {
    fn title(&self, s: &mut String, old: &str, new: &str) {
        let title = present::from_to(old, new);
        let prefix = crate::t!("diff-title", title = "");
        if present::width(&title) + present::width(&prefix) <= self.width {
            s.push_str(&format!(
                "{}\n",
                crate::t!("diff-title", title = title.as_str())
            ));
            return;
        }
        // Long organisation names: one side per line (each wrapped), so the header fits.
        let indent = " ".repeat(present::width(&prefix));
        let arrow = super::arrow();
        let arrow = format!(
            "{}{arrow} ",
            " ".repeat(present::width(&prefix).saturating_sub(present::width(&arrow) + 1))
        );
        for l in present::wrap_lines(old, self.width, &prefix, &indent)
            .into_iter()
            .chain(present::wrap_lines(new, self.width, &arrow, &indent))
        {
            s.push_str(&l);
            s.push('\n');
        }
    }

    fn header(&self, s: &mut String, lines: &[HeaderLine<'_>]) {
        // The values line up after the widest label (11 columns in English), shown or not.
        let w = lines
            .iter()
            .map(|l| present::width(l.label))
            .max()
            .unwrap_or(0)
            + 1;
        for line in lines {
            let Some(value) = line.value else { continue };
            let first = format!(
                "{}{}",
                line.label,
                " ".repeat(w.saturating_sub(present::width(line.label)))
            );
            for l in present::wrap_lines(value, self.width, &first, &" ".repeat(w)) {
                s.push_str(&l);
                s.push('\n');
            }
        }
    }

    fn heading(&self, s: &mut String, text: &str) {
        s.push_str(&format!("\n{text}\n"));
    }

    fn item(&self, s: &mut String, label: &str, text: &str) {
        let pad = " ".repeat(self.item_width.saturating_sub(present::width(label)));
        let first = format!("  {label}{pad} ");
        let hang = " ".repeat(present::width(&first));
        for l in present::wrap_lines(text, self.width, &first, &hang) {
            s.push_str(&l);
            s.push('\n');
        }
    }

    fn principle_title(&self, title: &str) -> String {
        present::truncate(title, TITLE_WIDTH)
    }

    fn table(&self, g: &Grid, elide: Option<usize>) -> String {
        // At least `TITLE_FLOOR` columns of a cut title stay.
        g.to_table_within(self.width, elide.map(|c| (c, TITLE_FLOOR)))
    }

    fn nothing(&self, s: &mut String, text: &str) {
        s.push_str(&format!("  {text}\n"));
    }

    fn notes(&self, s: &mut String, notes: &[String]) {
        for n in notes {
            s.push_str(&present::wrap_lines(n, self.width, "", "  ").join("\n"));
            s.push('\n');
        }
    }
}
