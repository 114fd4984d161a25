//! `dgtk score --format markdown`: every column as one Markdown table, the notes, the principles'
//! titles under `--by principle`, the robustness sections of `--sensitivity` and the method of
//! `--explain`. Every text from an answer file or a framework is escaped.

use crate::framework::Framework;
use crate::present;
use crate::render::Grid;

use super::By;

/// The whole Markdown document of `grid` (every column).
pub(super) fn finish(
    grid: &Grid,
    by: By,
    f: &Framework,
    note: Option<&str>,
    robustness: &str,
    explain: bool,
) -> String {
    let mut s = grid.to_markdown();
    if let Some(note) = note {
        s.push_str(&format!("\n{note}\n"));
    }
    if by == By::Principle {
        s.push('\n');
        for p in &f.principles {
            s.push_str(&format!(
                "- {}{}{}\n",
                p.number,
                present::colon(),
                crate::render::md_cell(&p.title)
            ));
        }
    }
    s.push_str(robustness);
    if explain {
        s.push_str(&format!("\n## {}\n\n", crate::t!("report-heading-method")));
        for line in crate::score::explain_text(f) {
            s.push_str(&format!("- {line}\n"));
        }
    }
    s
}
