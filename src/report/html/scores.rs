//! The sections of the report's body that give the figures: the scores (with the principle
//! chart), the robustness of the band, the trend (with its chart), what changed most, and the
//! targets. Each takes the computed [`Report`] and only lays it out.

use maud::{Markup, html};

use super::charts::{principle_chart, trend_chart};
use super::markup::{Message, SLOT, Text};
use super::{change_span, numbered};
use crate::assessment::format_number;
use crate::render::{delta, score};
use crate::report::{Report, ScoreLine};

/// The first cell of a table row: a principle's (the row with no class) is indented.
fn name_cell(class: &str, name: &str) -> Markup {
    html! { td class=[class.is_empty().then_some("indent")] { (Text(name)) } }
}

pub(super) fn scores(r: &Report) -> Markup {
    let zero = r.header.unknown_scores_zero;
    let row = |class: &str, name: &str, l: &ScoreLine| {
        let band = l.band.as_deref().map_or("-".into(), |b| {
            crate::present::band_marked(b, l.provisional)
        });
        html! {
            tr class=(class) {
                (name_cell(class, name))
                td.n { (Text(&l.figure())) }
                td { (Text(&band)) }
                td { (crate::present::rests_on(&l.counts)) }
                td { (Text(&l.left_out(zero).unwrap_or_else(|| crate::t!("word-none")))) }
                td.n { (change_span(l.change)) }
            }
        }
    };
    html! {
        section #scores {
            h2 { (crate::t!("report-heading-scores")) }
            (principle_chart(r))
            table.scores {
                thead {
                    tr {
                        th { (crate::t!("report-col-pillar-principle")) }
                        th.n { (crate::t!("report-col-score")) }
                        th { (crate::t!("report-col-band-title")) }
                        th { (crate::t!("report-col-rests-on")) }
                        th { (crate::t!("report-col-left-out")) }
                        th.n { (Text(&r.moves.column_heading())) }
                    }
                }
                tbody {
                    (row("overall", &crate::t!("report-overall"), &r.overall))
                    @for p in &r.pillars {
                        (row("pillar", &p.title, &p.line))
                        @for q in r.principles.iter().filter(|q| q.pillar == p.id) {
                            (row("", &numbered(q.number, &q.title), &q.line))
                        }
                    }
                }
            }
            @if r.has_range() {
                p.q { (Text(&crate::present::range_legend(r.narrowest_band))) }
            }
            @if let Some(l) = crate::present::not_applicable_legend(r.overall.counts.not_applicable > 0) {
                p.q { (Text(&l)) }
            }
        }
    }
}

pub(super) fn trend(r: &Report) -> Markup {
    let row = |class: &str, name: &str, values: Vec<Option<f64>>, change: Option<f64>| {
        html! {
            tr class=(class) {
                (name_cell(class, name))
                @for v in values { td.n { (score(v)) } }
                td.n { (change_span(change)) }
            }
        }
    };
    html! {
        section #trend {
            h2 { (crate::t!("report-heading-trend")) }
            @if r.history.len() < 2 {
                p { (crate::t!("report-no-prior-given")) }
            }
            (trend_chart(r))
            @if r.history.len() >= 2 {
                table.trend {
                    thead {
                        tr {
                            th { (crate::t!("report-col-pillar-principle")) }
                            @for s in &r.history { th.n { (Text(&s.heading())) } }
                            th.n { (crate::t!("report-col-change-title")) }
                        }
                    }
                    tbody {
                        (row(
                            "overall",
                            &crate::t!("report-overall"),
                            r.history.iter().map(|s| s.overall).collect(),
                            r.overall.change,
                        ))
                        @for (pi, p) in r.pillars.iter().enumerate() {
                            (row(
                                "pillar",
                                &p.title,
                                r.history.iter().map(|s| s.pillars[pi]).collect(),
                                p.line.change,
                            ))
                            @for (qi, q) in r.principles.iter().enumerate()
                                .filter(|(_, q)| q.pillar == p.id) {
                                (row(
                                    "",
                                    &numbered(q.number, &q.title),
                                    r.history.iter().map(|s| s.principles[qi]).collect(),
                                    q.line.change,
                                ))
                            }
                        }
                    }
                }
                p.q {
                    (crate::t!("report-assessments")) " "
                    @for (i, s) in r.history.iter().enumerate() {
                        @if i > 0 { (crate::present::semicolon()) }
                        (Message::new(
                            crate::t!(
                                "report-assessment-file",
                                heading = SLOT[0],
                                file = SLOT[1],
                                status = SLOT[2],
                                version = SLOT[3]
                            ),
                            [
                                html! { (Text(&s.heading())) },
                                html! { code { (Text(&s.file)) } },
                                html! { (crate::report::status_words(s.status)) },
                                html! { (Text(&s.framework_version)) },
                            ],
                        ))
                    }
                    "."
                    @if r.history.iter().any(|s| s.overlap.is_some()) {
                        " " (crate::t!("report-other-version-mark"))
                    }
                    @if let Some(f) = &r.moves.from_words {
                        " " (Text(&crate::t!("report-changes-measured", from = f.as_str())))
                    }
                }
            }
        }
    }
}

pub(super) fn moves(r: &Report) -> Markup {
    let m = &r.moves;
    let Some(since) = &m.since else {
        return html! {};
    };
    html! {
        section #moves {
            h2 { (crate::t!("report-heading-moves")) " " (m.word()) " " (Text(since)) }
            @if m.principles.is_empty() && m.questions.is_empty() {
                p { (crate::t!("report-no-change")) }
            }
            @if !m.principles.is_empty() {
                h3 { (crate::t!("report-by-principle")) }
                table {
                    thead {
                        tr {
                            th { (crate::t!("report-col-principle")) }
                            th.n { (crate::t!("report-col-was")) }
                            th.n { (crate::t!("report-col-now")) }
                            th.n { (crate::t!("report-col-change-title")) }
                        }
                    }
                    tbody {
                        @for x in &m.principles {
                            tr {
                                td { (Text(&numbered(x.number, &x.title))) }
                                td.n { (score(Some(x.from))) }
                                td.n { (score(Some(x.to))) }
                                td.n { (change_span(Some(x.delta()))) }
                            }
                        }
                    }
                }
            }
            @if !m.questions.is_empty() {
                h3 { (crate::t!("report-by-question")) }
                table {
                    thead {
                        tr {
                            th { (crate::t!("report-col-question")) }
                            th { (crate::t!("report-col-was")) }
                            th { (crate::t!("report-col-now")) }
                            th.n { (crate::t!("report-col-change-title")) }
                        }
                    }
                    tbody {
                        @for x in &m.questions {
                            tr {
                                td {
                                    (super::question_head(r, &x.id)) " "
                                    span.q { (Text(&x.text)) }
                                }
                                td.answer { (Text(&x.from_answer)) }
                                td.answer { (Text(&x.to_answer)) }
                                td.n { (change_span(Some(x.delta()))) }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub(super) fn targets(r: &Report) -> Markup {
    let was = r
        .moves
        .since_year
        .map(|y| crate::t!("report-col-in-year", year = y.to_string()));
    html! {
        section #targets {
            h2 { (crate::t!("report-heading-targets")) }
            @if r.targets.is_empty() {
                p { (crate::t!("report-no-targets")) }
            } @else {
                table {
                    thead {
                        tr {
                            th { (crate::t!("report-col-principle")) }
                            th.n { (crate::t!("report-col-target")) }
                            th.n { (crate::t!("report-col-score")) }
                            th.n { (crate::t!("report-col-gap")) }
                            @if let Some(w) = &was { th.n { (w) } }
                        }
                    }
                    tbody {
                        @for t in &r.targets {
                            tr {
                                td { (Text(&numbered(t.number, &t.title))) }
                                td.n { (crate::i18n::decimal(&format_number(t.target))) }
                                td.n { (score(t.score)) }
                                td.n {
                                    @match t.gap {
                                        Some(g) if g <= 0.0 => {
                                            span.up { (crate::t!("report-target-met")) }
                                        }
                                        g => { (score(g)) }
                                    }
                                }
                                @if was.is_some() { td.n { (score(t.previous)) } }
                            }
                        }
                    }
                }
                p.q { (crate::t!("report-gap-note")) }
            }
        }
    }
}

/// Does the band hold under the other methods? A table of the methods, then the verdict.
pub(super) fn robustness(r: &Report) -> Markup {
    let s = &r.robustness;
    if s.score.is_none() {
        return html! {};
    }
    html! {
        section #robustness {
            h2 { (crate::t!("report-heading-robustness")) }
            p.q { (crate::t!("report-robustness-intro")) }
            table.robustness {
                thead {
                    tr {
                        th { (crate::t!("report-col-method-title")) }
                        th.n { (crate::t!("report-overall")) }
                        th.n { (crate::t!("report-col-difference-title")) }
                        th { (crate::t!("report-col-band-title")) }
                        th { (crate::t!("report-col-band-holds")) }
                    }
                }
                tbody {
                    tr.overall {
                        td { (crate::t!("report-framework-method")) }
                        td.n { (score(s.score)) }
                        td.n {}
                        td { (Text(s.band.as_deref().unwrap_or("-"))) }
                        td {}
                    }
                    @for m in &s.outcomes {
                        // The class says the verdict the same in every language.
                        @let class = match m.holds(s) {
                            Some(true) => "holds-yes",
                            Some(false) => "holds-no",
                            None => "holds--",
                        };
                        tr data-method=(Text(&m.id)) {
                            td title=(Text(&crate::present::method_why(&m.id, &m.why))) {
                                (Text(&crate::present::method_title(&m.id, &m.title)))
                            }
                            td.n { (score(m.score)) }
                            td.n { (delta(m.change(s))) }
                            td { (Text(m.band.as_deref().unwrap_or("-"))) }
                            td class=(class) { (crate::present::band_verdict(m, s)) }
                        }
                    }
                }
            }
            p {
                (Text(&crate::present::robustness_sentence(s))) " "
                (Message::new(
                    crate::t!("report-method-doc", doc = SLOT[0]),
                    [html! { code { (crate::present::METHOD_DOC) } }],
                ))
            }
        }
    }
}
