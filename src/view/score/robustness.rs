//! `dgtk score --sensitivity` in the terminal table and Markdown: under the scores, each file's
//! overall score re-computed under other defensible methods (computed by `crate::sensitivity`),
//! and whether its band holds. CSV and JSON carry the same figures as columns and keys.

use crate::batch::Scored;
use crate::present;
use crate::render::{Align, Grid};
use crate::sensitivity::Sensitivity;

/// The heading over the robustness blocks of `score --sensitivity`.
pub(super) fn heading(markdown: bool) -> String {
    let intro = crate::t!("score-robust-intro", doc = present::METHOD_DOC);
    let heading = crate::t!("score-robust-heading");
    if markdown {
        format!("\n## {heading}\n\n{intro}\n")
    } else {
        let mut s = format!("\n{heading}\n");
        for line in present::wrap_lines(&intro, present::output_width(), "", "") {
            s.push_str(&line);
            s.push('\n');
        }
        s
    }
}

/// One file's figures under every method, as an aligned table (or Markdown) with one sentence.
pub(super) fn block(s: &Scored, x: &Sensitivity, markdown: bool) -> String {
    let m = &s.assessment.meta;
    let who = match m.organisation.as_deref().filter(|o| !o.trim().is_empty()) {
        Some(o) => format!("{} ({o}) {}", m.country, m.year),
        None => format!("{} {}", m.country, m.year),
    };
    let title = format!("{}{}{who}", s.file.display(), present::colon());
    let headers = [
        (crate::t!("score-robust-col-method"), Align::Left),
        (crate::t!("score-robust-col-overall"), Align::Right),
        (crate::t!("score-robust-col-change"), Align::Right),
        (crate::t!("score-col-band"), Align::Left),
        (crate::t!("score-robust-col-holds"), Align::Left),
    ];
    let headers: Vec<(&str, Align)> = headers.iter().map(|(h, a)| (h.as_str(), *a)).collect();
    let mut grid = Grid::new(&headers);
    // Short enough that a row fits 80 columns with the framework's usual band names.
    const TITLE: usize = 34;
    grid.push(vec![
        crate::t!("report-framework-method"),
        present::score(x.score),
        String::new(),
        x.band.clone().unwrap_or_else(|| "-".into()),
        String::new(),
    ]);
    for o in &x.outcomes {
        let title = present::method_title(&o.id, &o.title);
        grid.push(vec![
            if markdown {
                title
            } else {
                present::truncate(&title, TITLE)
            },
            present::score(o.score),
            present::delta(o.change(x)),
            o.band.clone().unwrap_or_else(|| "-".into()),
            present::band_verdict(o, x),
        ]);
    }
    let sentence = present::robustness_sentence(x);
    if markdown {
        format!(
            "\n### {}\n\n{}\n{}\n",
            crate::render::md_cell(&title),
            grid.to_markdown(),
            crate::markdown::escape(&sentence)
        )
    } else {
        let mut out = String::from("\n");
        for line in present::wrap_lines(
            &crate::sanitize::for_terminal(&title),
            present::output_width(),
            "",
            "  ",
        ) {
            out.push_str(&line);
            out.push('\n');
        }
        for row in grid.rows.iter_mut() {
            for c in row.iter_mut() {
                *c = crate::sanitize::for_terminal(c).into_owned();
            }
        }
        for line in grid.to_table().lines() {
            out.push_str("  ");
            out.push_str(line);
            out.push('\n');
        }
        for line in present::wrap_lines(
            &crate::sanitize::for_terminal(&sentence),
            present::output_width(),
            "  ",
            "  ",
        ) {
            out.push_str(&line);
            out.push('\n');
        }
        out
    }
}
