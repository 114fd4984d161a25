//! The comparison as one long table: a row per assessment and area, with ids and titles, the
//! score and its state, rank and gaps, the peers' figures and what the score rests on. The CSV
//! output writes these rows (and a spreadsheet output can write the same ones): cells are plain
//! text here, each format escapes them its own way.
//!
//! A missing figure is an empty cell; why it is missing is in `state` ("not applicable",
//! "unknown", "unanswered", "no score"), words that pandas' and spreadsheets' default readers keep
//! as text ("n/a" would be read as a missing value).

use super::{Comparison, Standing};
use crate::present::plain_decimal as one_decimal;

/// The columns that hold text even where a cell looks like a number (an area number such as
/// `4.10`, a file named `2026`).
pub const TEXT_COLUMNS: &[&str] = &[
    "file",
    "country",
    "organisation",
    "status",
    "framework_version",
    "group",
    "area_kind",
    "area_id",
    "area_number",
    "area_title",
    "state",
    "ranked",
    "not_ranked_because",
];

/// What a column holds, in a few words, in the run's language (the workbook's column notes and
/// its "columns" sheet; the header itself is the CSV's).
pub fn column_title(header: &str) -> String {
    match header {
        "file" => crate::t!("table-compare-col-file"),
        "country" => crate::t!("table-compare-col-country"),
        "organisation" => crate::t!("table-compare-col-organisation"),
        "year" => crate::t!("table-compare-col-year"),
        "status" => crate::t!("table-compare-col-status"),
        "framework_version" => crate::t!("table-compare-col-framework_version"),
        "group" => crate::t!("table-compare-col-group"),
        "area_kind" => crate::t!("table-compare-col-area_kind"),
        "area_id" => crate::t!("table-compare-col-area_id"),
        "area_number" => crate::t!("table-compare-col-area_number"),
        "area_title" => crate::t!("table-compare-col-area_title"),
        "state" => crate::t!("table-compare-col-state"),
        "score" => crate::t!("table-compare-col-score"),
        "ranked" => crate::t!("table-compare-col-ranked"),
        "rank" => crate::t!("table-compare-col-rank"),
        "ranked_of" => crate::t!("table-compare-col-ranked_of"),
        "gap_to_mean" => crate::t!("table-compare-col-gap_to_mean"),
        "gap_to_best" => crate::t!("table-compare-col-gap_to_best"),
        "peer_n" => crate::t!("table-compare-col-peer_n"),
        "peer_mean" => crate::t!("table-compare-col-peer_mean"),
        "peer_median" => crate::t!("table-compare-col-peer_median"),
        "peer_best" => crate::t!("table-compare-col-peer_best"),
        "group_rank" => crate::t!("table-compare-col-group_rank"),
        "group_gap_to_mean" => crate::t!("table-compare-col-group_gap_to_mean"),
        "group_gap_to_best" => crate::t!("table-compare-col-group_gap_to_best"),
        "coverage" => crate::t!("table-compare-col-coverage"),
        "flagged" => crate::t!("table-compare-col-flagged"),
        "not_ranked_because" => crate::t!("table-compare-col-not_ranked_because"),
        _ => String::new(),
    }
}

/// The columns, in order.
pub const HEADERS: [&str; 28] = [
    "file",
    "country",
    "organisation",
    "year",
    "status",
    "framework_version",
    "group",
    "area_kind",
    "area_id",
    "area_number",
    "area_title",
    "state",
    "score",
    "ranked",
    "rank",
    "ranked_of",
    "gap_to_mean",
    "gap_to_best",
    "peer_n",
    "peer_mean",
    "peer_median",
    "peer_best",
    "group_rank",
    "group_gap_to_mean",
    "group_gap_to_best",
    "coverage",
    "flagged",
    "not_ranked_because",
];

fn num(x: Option<f64>) -> String {
    x.map_or(String::new(), one_decimal)
}

/// Every row, assessments in the comparison's order (best overall first), areas in framework
/// order (the overall score first).
pub fn rows(c: &Comparison) -> impl Iterator<Item = Vec<String>> + '_ {
    c.entries.iter().enumerate().flat_map(move |(i, e)| {
        c.areas.iter().enumerate().map(move |(a, area)| {
            let cell = e.cells[a];
            let s: Standing = c.standing[i][a];
            let g: Standing = c.group_standing[i][a];
            let st = c.stats[a];
            let grouped = c.groups_of[i].is_some();
            vec![
                e.file.clone(),
                e.country.clone(),
                e.organisation.clone().unwrap_or_default(),
                e.year.to_string(),
                e.status.as_str().into(),
                e.version.clone(),
                c.groups_of[i].clone().unwrap_or_default(),
                area.kind.name().into(),
                area.id.clone(),
                area.number.clone(),
                area.title_words(),
                cell.state.word().into(),
                num(cell.score),
                if s.rank.is_some() { "yes" } else { "no" }.into(),
                s.rank.map_or(String::new(), |r| r.to_string()),
                s.of.to_string(),
                num(s.gap_to_mean),
                num(s.gap_to_best),
                st.map_or(0, |s| s.n).to_string(),
                num(st.map(|s| s.mean)),
                num(st.map(|s| s.median)),
                num(st.map(|s| s.max)),
                if grouped {
                    g.rank.map_or(String::new(), |r| r.to_string())
                } else {
                    String::new()
                },
                if grouped {
                    num(g.gap_to_mean)
                } else {
                    String::new()
                },
                if grouped {
                    num(g.gap_to_best)
                } else {
                    String::new()
                },
                format!("{:.3}", e.counts.coverage()),
                e.flagged.to_string(),
                c.not_ranked[i].clone().unwrap_or_default(),
            ]
        })
    })
}
