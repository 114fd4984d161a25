//! `dgtk diff`'s outputs: one [`DiffView`] (the computed [`Diff`] with what its outputs need
//! besides), rendered as a terminal table ([`text`]) or Markdown ([`markdown`]), which share one
//! document ([`document`]), as JSON ([`json`]), or as the rows of a CSV or a workbook
//! ([`rows`]): the same figures in the same order (largest moves first) in every format.
//! Nothing here computes a figure; the rules of what is listed live in [`crate::diff`].

mod document;
pub(crate) mod json;
pub(crate) mod markdown;
pub(crate) mod rows;
pub(crate) mod text;

use std::path::Path;

use crate::assessment::Value;
use crate::diff::{Diff, Link, QuestionChange, QuestionSide, ScoreChange, Tally};
use crate::framework::Framework;
use crate::present::{self, Form};
use crate::render;

/// How many questions the principle view lists under "questions that moved most".
pub(crate) const TOP_QUESTIONS: usize = 10;

/// How much detail the diff shows: scores per principle (with the questions that moved most), or
/// every question that changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Detail {
    Principle,
    Question,
}

/// The computed diff with what rendering needs besides.
pub(crate) struct DiffView<'a> {
    pub d: &'a Diff,
    pub old_fw: &'a Framework,
    pub new_fw: &'a Framework,
    pub old_file: &'a Path,
    pub new_file: &'a Path,
    pub detail: Detail,
    pub decline_threshold: f64,
}

impl DiffView<'_> {
    /// Does the view list every question (`--by question`), or the top ones?
    fn every_question(&self) -> bool {
        self.detail == Detail::Question
    }

    /// "all 67 questions in common", or the share in common.
    fn in_common(&self) -> String {
        let o = &self.d.overlap;
        if !self.d.versions_differ() && o.only_old.is_empty() && o.only_new.is_empty() {
            return crate::t!("diff-all-in-common", n = o.new_questions);
        }
        crate::t!("diff-share-in-common", share = render::percent(o.share()))
    }
}

/// The error `--fail-on-regression` ends with, when the overall score or a principle's declined.
pub(crate) fn regression_message(d: &Diff) -> Option<String> {
    let regressions = d.regressions();
    if regressions.is_empty() {
        return None;
    }
    let list: Vec<String> = regressions
        .iter()
        .map(|c| {
            let what = match c.number {
                Some(n) => format!("{} {}", crate::t!("diff-decline-principle", n = n), c.title),
                None => crate::t!("diff-decline-overall"),
            };
            format!(
                "  {what}{}{} ({})\n",
                present::colon(),
                present::from_to(&render::score(c.old_score()), &render::score(c.new_score())),
                render::delta(c.delta())
            )
        })
        .collect();
    Some(format!(
        "{}\n{}",
        crate::t!("diff-regression", n = list.len()),
        list.concat().trim_end()
    ))
}

/// `a -> b` (« a → b » in French, [`present::from_to`]), or just `a` when both are the same.
fn change(old: Option<&str>, new: Option<&str>) -> String {
    match (old, new) {
        (Some(o), Some(n)) if o == n => o.to_string(),
        (None, None) => "-".to_string(),
        (o, n) => present::from_to(o.unwrap_or("-"), n.unwrap_or("-")),
    }
}

/// The arrow of [`present::from_to`] on its own: "->" in English, « → » in French.
fn arrow() -> String {
    present::from_to("", "").trim().to_string()
}

/// How many moved which way: "2 improved, 10 declined, 0 unchanged, 1 newly scored". `kind`
/// (`principle`, `pillar` or `question`) is what is counted, for the languages whose words
/// agree with it (« 1 principe ajouté », « 1 question ajoutée »).
fn tally(t: &Tally, kind: &str) -> String {
    let mut parts = vec![
        crate::t!("diff-tally-improved", n = t.improved, kind = kind),
        crate::t!("diff-tally-declined", n = t.declined, kind = kind),
        crate::t!("diff-tally-unchanged", n = t.unchanged, kind = kind),
    ];
    for (n, what) in [
        (t.newly_scored, "diff-tally-newly-scored"),
        (t.no_longer_scored, "diff-tally-no-longer-scored"),
        (t.not_scored, "diff-tally-not-scored"),
        (t.only_new, "diff-tally-added"),
        (t.only_old, "diff-tally-removed"),
    ] {
        if n > 0 {
            parts.push(crate::i18n::message(
                what,
                Some(&crate::i18n::args(vec![
                    ("n", fluent_bundle::FluentValue::from(n)),
                    ("kind", fluent_bundle::FluentValue::from(kind)),
                ])),
            ));
        }
    }
    parts.join(", ")
}

fn band_text(c: &ScoreChange) -> String {
    change(
        c.old.as_ref().and_then(|s| s.band.as_deref()),
        c.new.as_ref().and_then(|s| s.band.as_deref()),
    )
}

/// A side's score with its range and provisional mark: "37.2", "59.2 (29.6-79.6, provisional)".
fn side_score(s: Option<&crate::diff::ScoreSide>) -> String {
    s.map_or_else(
        || "-".to_string(),
        |s| present::score_range_marked(s.score, s.range, s.provisional),
    )
}

fn coverage_text(c: &ScoreChange) -> String {
    let o = c.old.as_ref().map(|s| render::percent(s.counts.coverage()));
    let n = c.new.as_ref().map(|s| render::percent(s.counts.coverage()));
    change(o.as_deref(), n.as_deref())
}

/// A question's answer in a table cell people read: levels as they are, a checklist as the
/// share of items checked, yes/no, unknown and a number with its unit in the run's language
/// (`oui`, `62,5 %` in French); a mark when it is still flagged for review.
fn cell_value(f: &Framework, q: &QuestionSide) -> String {
    let s = match f.question(&q.id) {
        Some((_, question)) => {
            // The long form of these is a word or a figure, as short as the short form; n/a is
            // the table's abbreviation of the language ("n/a", « s.o. »).
            let form = match q.value {
                Some(Value::YesNo(_) | Value::Unknown | Value::Number(_)) => Form::Long,
                _ => Form::Short,
            };
            match q.value {
                Some(Value::NotApplicable) => crate::t!("diff-cell-not-applicable"),
                _ => present::answer_words(question, q.value.as_ref(), &f.scale, form),
            }
        }
        None => q.value.as_ref().map_or_else(|| "-".into(), Value::display),
    };
    if q.review && q.value.is_some() {
        format!("{s}*")
    } else {
        s
    }
}

/// The question's id, with where it comes from when it continues other questions.
fn question_label(q: &QuestionChange) -> String {
    let olds = || {
        q.old
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let id = q.id();
    match q.link {
        Link::Same => id.to_string(),
        Link::Renamed => crate::t!("diff-label-was", id = id, old = olds()),
        Link::Split => crate::t!("diff-label-split", id = id, old = olds()),
        Link::Merged => crate::t!("diff-label-merges", id = id, old = olds()),
        Link::Regrouped => crate::t!("diff-label-from", id = id, old = olds()),
        Link::Added => crate::t!("diff-label-new-question", id = id),
        Link::Removed => crate::t!("diff-label-removed", id = id),
    }
}
