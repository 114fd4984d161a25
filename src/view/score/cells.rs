//! The headers and cells of `dgtk score`'s rows, shared by the terminal table, Markdown, CSV and
//! the workbook: the file's metadata, then its figures (one row per assessment), or one row per
//! question. The terminal table and Markdown say a figure for a reader (one decimal, the run's
//! language, a score with its range in one cell); CSV and the workbook give it whole, with ids,
//! in the same words in every language.

use crate::assessment::Value;
use crate::batch::Scored;
use crate::framework::Framework;
use crate::present;
use crate::render::{self, Align};
use crate::score::{QuestionState, Range};

use super::By;

/// The columns of the file's metadata, before its figures.
pub(super) const META_HEADERS: [(&str, Align); 5] = [
    ("file", Align::Left),
    ("country", Align::Left),
    ("organisation", Align::Left),
    ("year", Align::Right),
    ("status", Align::Left),
];

/// The headers of the full table or Markdown (before any column is left out), with their
/// alignment: the English names, which `--columns` takes.
pub(super) fn table_headers(f: &Framework, by: By) -> Vec<(String, Align)> {
    META_HEADERS
        .iter()
        .map(|(h, a)| (h.to_string(), *a))
        .chain(headers(f, by, false))
        .collect()
}

/// Column headers after the file's metadata. CSV uses ids; tables use short names.
pub(super) fn headers(f: &Framework, by: By, ids: bool) -> Vec<(String, Align)> {
    let mut c: Vec<(String, Align)> = Vec::new();
    if by == By::Question {
        for h in ["principle", "question", "kind", "answer", "state", "score"] {
            c.push((
                h.into(),
                if h == "score" {
                    Align::Right
                } else {
                    Align::Left
                },
            ));
        }
        return c;
    }
    let heads: &[&str] = if ids {
        &[
            "overall",
            "overall_low",
            "overall_high",
            "provisional",
            "band",
            "coverage",
            "questions",
            "scored",
            "not_applicable",
            "unknown",
            "unanswered",
            "review",
        ]
    } else {
        &[
            "overall", "band", "coverage", "rests_on", "left_out", "review",
        ]
    };
    for h in heads {
        let name = if ids {
            h.to_string()
        } else {
            h.replace('_', " ")
        };
        let left = matches!(*h, "band" | "left_out" | "provisional");
        c.push((name, if left { Align::Left } else { Align::Right }));
    }
    // In CSV every score column is followed by its range: `ID`, `ID_low`, `ID_high`.
    let with_range = |c: &mut Vec<(String, Align)>, name: String| {
        if ids {
            c.push((format!("{name}_low"), Align::Right));
            c.push((format!("{name}_high"), Align::Right));
            let n = c.len();
            c.insert(n - 2, (name, Align::Right));
        } else {
            c.push((name, Align::Right));
        }
    };
    match by {
        By::Pillar => f
            .pillars
            .iter()
            .for_each(|p| with_range(&mut c, if ids { p.id.clone() } else { p.title.clone() })),
        By::Principle => f.principles.iter().for_each(|p| {
            with_range(
                &mut c,
                if ids {
                    p.id.clone()
                } else {
                    p.number.to_string()
                },
            )
        }),
        By::Dimension => f
            .dimensions
            .iter()
            .for_each(|d| with_range(&mut c, if ids { d.id.clone() } else { d.title.clone() })),
        _ => {}
    }
    c
}

/// The header of a column named `h` (the English name) for a reader, in the run's language; a
/// name this list does not know (a pillar's title, a principle's number) is shown as it is.
pub(super) fn head_words(h: &str) -> String {
    match h {
        "file" => crate::t!("score-col-file"),
        "country" => crate::t!("score-col-country"),
        "organisation" => crate::t!("score-col-organisation"),
        "year" => crate::t!("score-col-year"),
        "status" => crate::t!("score-col-status"),
        "overall" => crate::t!("score-col-overall"),
        "band" => crate::t!("score-col-band"),
        "coverage" => crate::t!("score-col-coverage"),
        "rests on" => crate::t!("score-col-rests-on"),
        "left out" => crate::t!("score-col-left-out"),
        "review" => crate::t!("score-col-review"),
        "principle" => crate::t!("score-col-principle"),
        "question" => crate::t!("score-col-question"),
        "kind" => crate::t!("score-col-kind"),
        "answer" => crate::t!("score-col-answer"),
        "state" => crate::t!("score-col-state"),
        "score" => crate::t!("score-col-score"),
        _ => h.to_string(),
    }
}

/// The file's metadata cells: file, country, organisation, year, status (its key: the table
/// and Markdown put it in words).
pub(super) fn meta(s: &Scored) -> [String; 5] {
    let m = &s.assessment.meta;
    [
        s.file.display().to_string(),
        m.country.clone(),
        m.organisation.clone().unwrap_or_default(),
        m.year.to_string(),
        m.status.as_str().to_string(),
    ]
}

/// How a row's cells are written.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    /// The terminal table: a reader's words, an answer as briefly as a cell can say it.
    Table,
    /// Markdown: a reader's words, an answer whole.
    Markdown,
    /// CSV and the workbook: figures whole, ids and keys, the same in every language.
    Data,
}

/// The cells of one assessment after its metadata: one row, or one per question. `f` is the
/// framework the columns follow; the file was scored with its own (`s.framework`).
pub(super) fn cells(s: &Scored, f: &Framework, by: By, form: Form) -> Vec<Vec<String>> {
    let csv = form == Form::Data;
    let card = &s.card;
    let own = s.framework;
    if by == By::Question {
        return card
            .questions
            .iter()
            .map(|q| {
                let kind = own.question(&q.id).map_or("", |(_, q)| q.kind.name());
                let value = s.assessment.value(&q.id);
                // The terminal table says an answer as briefly as a cell can ("3/6" for a
                // checklist); the other formats give it whole.
                let answer = match own.question(&q.id) {
                    Some((_, question)) if form == Form::Table => {
                        present::answer_words(question, value, &[], present::Form::Short)
                    }
                    _ => value.map(Value::display).unwrap_or_default(),
                };
                // A number in the table, with its unit, as the language writes it (`62,5 %` in
                // French): the short form is the CSV's, the same in every language.
                let table_number = match (own.question(&q.id), value) {
                    (Some((_, question)), Some(Value::Number(_))) if form == Form::Table => Some(
                        present::answer_words(question, value, &[], present::Form::Long),
                    ),
                    _ => None,
                };
                let (state, sc) = match q.state {
                    _ if q.context => ("context", None),
                    QuestionState::Scored(v) => ("scored", Some(v * 100.0)),
                    QuestionState::NotApplicable => ("n/a", None),
                    QuestionState::Unknown => {
                        ("unknown", q.value(own.scoring.unknown).map(|v| v * 100.0))
                    }
                    QuestionState::Unanswered => ("unanswered", None),
                };
                if csv {
                    return vec![
                        q.principle.clone(),
                        q.id.clone(),
                        kind.into(),
                        answer,
                        state.into(),
                        sc.map_or(String::new(), render::plain_decimal),
                    ];
                }
                vec![
                    q.principle.clone(),
                    q.id.clone(),
                    crate::t!("score-kind", kind = kind),
                    table_number.unwrap_or_else(|| answer_words(value, answer)),
                    state_words(state),
                    render::score(sc),
                ]
            })
            .collect();
    }
    let csv_score = |v: Option<f64>| v.map_or(String::new(), render::plain_decimal);
    // A score as its cells: in a table one cell, the score with its range and provisional mark;
    // in CSV three, the score, its low and its high.
    let fmt = |v: Option<f64>, r: Option<Range>| -> Vec<String> {
        if csv {
            vec![
                csv_score(v),
                csv_score(r.map(|r| r.low)),
                csv_score(r.map(|r| r.high)),
            ]
        } else {
            vec![present::score_range(v, r)]
        }
    };
    let c = &card.counts;
    let review = s.assessment.flagged(own).len().to_string();
    let provisional = crate::score::provisional(card.overall_range, own);
    let mut row = fmt(card.overall, card.overall_range);
    if csv {
        row.push(provisional.to_string());
    }
    row.push(card.overall.map_or(String::new(), |o| {
        if csv {
            own.band_key(o).to_string()
        } else {
            present::band_marked(own.band(o), provisional)
        }
    }));
    row.push(if csv {
        format!("{:.3}", c.coverage())
    } else {
        render::percent(c.coverage())
    });
    if csv {
        row.extend(
            [
                c.questions,
                c.scored,
                c.not_applicable,
                c.unknown,
                c.unanswered,
            ]
            .map(|n| n.to_string()),
        );
    } else {
        row.push(present::rests_on_full(c, own.scoring.unknown));
        row.push(
            present::left_out_short(c, own.scoring.unknown)
                .unwrap_or_else(|| crate::t!("word-none")),
        );
    }
    row.push(review);
    // By id, so that a file of another framework version fills the columns it shares.
    match by {
        By::Pillar => row.extend(f.pillars.iter().flat_map(|p| {
            let x = card.pillar(&p.id);
            fmt(x.and_then(|x| x.score), x.and_then(|x| x.range))
        })),
        By::Principle => row.extend(f.principles.iter().flat_map(|p| {
            let x = card.principle(&p.id);
            fmt(x.and_then(|x| x.score), x.and_then(|x| x.range))
        })),
        By::Dimension => {
            let dims = crate::score::dimensions(card, own);
            row.extend(f.dimensions.iter().flat_map(|d| {
                let x = dims.iter().find(|x| x.id == d.id);
                fmt(x.and_then(|x| x.score), x.and_then(|x| x.range))
            }))
        }
        _ => {}
    }
    vec![row]
}

/// An answer a reader sees in the table or Markdown, from its cell in the data (`cell`): yes, no
/// and unknown in the run's language, a number with the language's decimal mark; levels, item
/// ids and `n/a` as they are typed.
fn answer_words(value: Option<&Value>, cell: String) -> String {
    match value {
        Some(Value::YesNo(true)) => crate::t!("word-yes"),
        Some(Value::YesNo(false)) => crate::t!("word-no"),
        Some(Value::Unknown) => crate::t!("word-unknown-answer"),
        Some(Value::Number(_)) => crate::i18n::decimal(&cell),
        _ => cell,
    }
}

/// The state of a question's answer (its key in the data) in the run's language; `n/a` stays
/// as typed.
fn state_words(state: &str) -> String {
    match state {
        "scored" => crate::t!("score-state-scored"),
        "unknown" => crate::t!("score-state-unknown"),
        "unanswered" => crate::t!("score-state-unanswered"),
        "context" => crate::t!("score-state-context"),
        other => other.to_string(),
    }
}
