//! `dgtk score`'s terminal table: the rows laid out to fit the terminal (`columns/`), then
//! the notes, the robustness blocks of `--sensitivity` and the method of `--explain`, wrapped to
//! the output width. Every text from an answer file or a framework is made safe for a terminal.

use crate::framework::Framework;
use crate::present;
use crate::render::Grid;

use super::columns::Layout;

/// The whole terminal output of `grid` (every column; cells already made safe).
pub(super) fn finish(
    grid: &Grid,
    layout: &Layout,
    f: &Framework,
    note: Option<&str>,
    robustness: &str,
    explain: bool,
) -> String {
    let width = present::output_width();
    let table = layout.render(grid, width);
    let mut s = crate::sanitize::for_terminal(&table).into_owned();
    if let Some(note) = note {
        s.push('\n');
        s.push_str(&present::wrap_text(note, width, ""));
        s.push('\n');
    }
    s.push_str(robustness);
    if explain {
        s.push_str(&format!(
            "\n{}{}\n",
            crate::t!("report-heading-method"),
            present::colon().trim_end()
        ));
        for line in crate::score::explain_text(f) {
            s.push_str(&present::wrap_lines(&line, width, "- ", "  ").join("\n"));
            s.push('\n');
        }
    }
    s
}
