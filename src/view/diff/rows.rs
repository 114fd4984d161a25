//! `dgtk diff --format csv` and `--format xlsx`: one row per score (the whole, each pillar,
//! each principle), or with `--by question` per question. One builder for both, so that the CSV
//! and the workbook cannot differ. The figures are plain (a point, every language); band and
//! movement are keys, the same in every language.

use crate::diff::{QuestionSide, ScoreChange};
use crate::framework::Framework;
use crate::present::{self, Form};
use crate::render;
use crate::sheets::table::ColumnInfo;

use super::{Detail, DiffView};

impl DiffView<'_> {
    /// The rows of the CSV and the workbook (one builder, so the two cannot differ): per score
    /// (the whole, each pillar, each principle), or with `--by question` per question. Scores
    /// are 0-100 to one decimal, coverage a share from 0 to 1; a missing figure is empty.
    pub(crate) fn rows(&self) -> (Vec<ColumnInfo>, Vec<Vec<String>>) {
        let d = self.d;
        let fig = |x: Option<f64>| x.map_or(String::new(), render::plain_decimal);
        let text = |h: &str| ColumnInfo {
            header: h.to_string(),
            title: None,
            text: true,
        };
        let number = |h: &str| ColumnInfo {
            header: h.to_string(),
            title: None,
            text: false,
        };
        if self.detail == Detail::Question {
            let columns = vec![
                number("principle"),
                text("question"),
                text("text"),
                text("link"),
                text("old_answer"),
                text("new_answer"),
                number("old_score"),
                number("new_score"),
                number("delta"),
                text("movement"),
                text("answer"),
                text("evidence"),
            ];
            let rows = d
                .questions
                .iter()
                .map(|q| {
                    let answers = |fw: &Framework, sides: &[&QuestionSide]| {
                        sides
                            .iter()
                            .map(|s| plain_value(fw, s))
                            .collect::<Vec<_>>()
                            .join("; ")
                    };
                    let old: Vec<&QuestionSide> = q.old.iter().collect();
                    let new: Vec<&QuestionSide> = q.new.iter().collect();
                    let title = self
                        .new_fw
                        .question(q.id())
                        .or_else(|| self.old_fw.question(q.id()))
                        .map_or(String::new(), |(_, x)| x.text.clone());
                    vec![
                        q.principle_number().to_string(),
                        q.id().to_string(),
                        title,
                        q.link.as_str().to_string(),
                        answers(self.old_fw, &old),
                        answers(self.new_fw, &new),
                        fig(q.old_score),
                        fig(q.new_score),
                        fig(q.delta()),
                        q.movement().as_str().to_string(),
                        q.answer.as_str().to_string(),
                        q.evidence.as_str().to_string(),
                    ]
                })
                .collect();
            return (columns, rows);
        }
        let columns = vec![
            text("level"),
            text("id"),
            number("number"),
            text("title"),
            number("old_score"),
            number("new_score"),
            number("delta"),
            text("movement"),
            text("old_band"),
            text("new_band"),
            number("old_coverage"),
            number("new_coverage"),
        ];
        let row = |level: &str, c: &ScoreChange| {
            let side = |s: &Option<crate::diff::ScoreSide>| {
                (
                    // By key: the same in every language, as in the JSON.
                    s.as_ref()
                        .and_then(|s| s.band_key.clone())
                        .unwrap_or_default(),
                    s.as_ref()
                        .map_or(String::new(), |s| format!("{:.3}", s.counts.coverage())),
                )
            };
            let (old_band, old_cov) = side(&c.old);
            let (new_band, new_cov) = side(&c.new);
            vec![
                level.to_string(),
                c.id.clone(),
                c.number.map_or(String::new(), |n| n.to_string()),
                c.title.clone(),
                fig(c.old_score()),
                fig(c.new_score()),
                fig(c.delta()),
                c.movement().as_str().to_string(),
                old_band,
                new_band,
                old_cov,
                new_cov,
            ]
        };
        let mut rows = vec![row("overall", &d.overall)];
        rows.extend(d.pillars.iter().map(|c| row("pillar", c)));
        rows.extend(d.principles.iter().map(|c| row("principle", c)));
        (columns, rows)
    }

    /// The CSV: the rows, with a header line; cells that a spreadsheet would run are defused.
    pub(crate) fn csv(&self) -> anyhow::Result<String> {
        let (columns, rows) = self.rows();
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(columns.iter().map(|c| c.header.as_str()))?;
        for row in rows {
            w.write_record(row.iter().map(|c| render::csv_safe(c)))?;
        }
        Ok(String::from_utf8_lossy(&w.into_inner()?).into_owned())
    }

    /// The workbook: the rows, figures as numbers, and a sheet saying what was compared.
    pub(crate) fn workbook(&self) -> Result<Vec<u8>, String> {
        let (columns, rows) = self.rows();
        let d = self.d;
        let about = [
            (
                crate::t!("table-key-old"),
                self.old_file.display().to_string(),
            ),
            (
                crate::t!("table-key-new"),
                self.new_file.display().to_string(),
            ),
            (
                crate::t!("table-key-framework"),
                format!(
                    "{} {}",
                    d.framework_id,
                    present::from_to(&self.old_fw.version, &self.new_fw.version)
                ),
            ),
            (
                crate::t!("table-key-in-common"),
                present::overlap(&d.overlap),
            ),
            (
                crate::t!("table-key-dgtk"),
                env!("CARGO_PKG_VERSION").to_string(),
            ),
        ];
        crate::sheets::table::workbook("diff", &columns, &rows, &about)
    }
}

/// An answer in short words, without the table's review mark (a CSV has no legend for it).
fn plain_value(f: &Framework, q: &QuestionSide) -> String {
    match f.question(&q.id) {
        Some((_, question)) => {
            present::answer_words(question, q.value.as_ref(), &f.scale, Form::Short)
        }
        None => q
            .value
            .as_ref()
            .map_or_else(String::new, crate::assessment::Value::display),
    }
}
