//! The sections of the report's body that read the answers: strengths and gaps by question,
//! dimensions, context indicators, next steps, and the method with the footer. Each takes the
//! computed [`Report`] and only lays it out.

use maud::{Markup, html};

use super::markup::{Message, SLOT, Text, link};
use crate::render::score;
use crate::report::{QuestionLine, Report};

fn question_table(r: &Report, list: &[QuestionLine]) -> Markup {
    html! {
        table {
            thead {
                tr {
                    th.n { (crate::t!("report-col-score")) }
                    th { (crate::t!("report-col-question")) }
                    th { (crate::t!("report-col-answer")) }
                }
            }
            tbody {
                @for q in list {
                    tr {
                        td.n { (score(Some(q.score))) }
                        td {
                            (super::question_head(r, &q.id)) " "
                            span.q {
                                "– " (Text(&super::numbered(q.principle_number, &q.principle_title)))
                            }
                            br;
                            (Text(&q.text))
                        }
                        td.answer { (Text(&q.answer)) }
                    }
                }
            }
        }
    }
}

pub(super) fn strengths_and_gaps(r: &Report) -> Markup {
    html! {
        section #strengths {
            h2 { (crate::t!("report-heading-strengths")) }
            p.q { (crate::t!("report-strengths-intro")) }
            @if r.strengths.is_empty() {
                p { (crate::t!("report-no-strengths")) }
            } @else {
                (question_table(r, &r.strengths))
            }
        }
        section #gaps {
            h2 { (crate::t!("report-heading-gaps")) }
            p.q { (crate::t!("report-gaps-intro")) }
            @if r.gaps.is_empty() {
                p { (crate::t!("report-no-gaps")) }
            } @else {
                (question_table(r, &r.gaps))
            }
        }
    }
}

/// Dimension scores, when the framework has dimensions.
pub(super) fn dimensions(r: &Report) -> Markup {
    html! {
        @if !r.dimensions.is_empty() {
            section #dimensions {
                h2 { (crate::t!("report-heading-dimensions")) }
                p.q { (crate::t!("report-dimensions-intro")) }
                ul {
                    @for d in &r.dimensions {
                        li {
                            strong { (Text(&d.title)) }
                            (crate::present::colon())
                            (Text(&d.words(r.moves.from_words.as_deref())))
                        }
                    }
                }
            }
        }
    }
}

/// Context indicators: their values, apart from every score (nothing when there are none).
pub(super) fn context(r: &Report) -> Markup {
    let since = r.moves.since_year.map(|y| y.to_string());
    html! {
        @if !r.context.is_empty() {
            section #context {
                h2 { (crate::t!("report-heading-context")) }
                p.q { (crate::t!("report-context-intro")) }
                ul {
                    @for c in &r.context {
                        li {
                            code { (Text(&c.id)) }
                            (crate::present::colon())
                            (Text(&c.value_words(since.as_deref()))) " "
                            span.q { (Text(&c.text)) }
                        }
                    }
                }
            }
        }
    }
}

/// Question ids as code, separated by commas.
fn ids(v: &[String]) -> Markup {
    html! {
        @for (i, id) in v.iter().enumerate() {
            @if i > 0 { ", " }
            code { (Text(id)) }
        }
    }
}

pub(super) fn next_steps(r: &Report) -> Markup {
    html! {
        section #next-steps {
            h2 { (crate::t!("report-heading-next-steps")) }
            p.q { (crate::t!("report-next-steps-intro")) }
            @if !r.unanswered.is_empty() || !r.flagged.is_empty() {
                ul {
                    @if !r.unanswered.is_empty() {
                        li {
                            (Message::new(
                                crate::t!(
                                    "report-answer-unanswered",
                                    n = r.unanswered.len(),
                                    list = SLOT[0]
                                ),
                                [ids(&r.unanswered)],
                            ))
                        }
                    }
                    @if !r.flagged.is_empty() {
                        li {
                            (Message::new(
                                crate::t!(
                                    "report-confirm-flagged",
                                    n = r.flagged.len(),
                                    list = SLOT[0]
                                ),
                                [ids(&r.flagged)],
                            ))
                        }
                    }
                }
            }
            @if r.next_steps.is_empty() {
                p { (crate::t!("report-no-weak")) }
            } @else {
                ul.steps {
                    @for s in &r.next_steps {
                        @let now = s.now_words();
                        li {
                            (super::question_head(r, &s.id)) " " span.q { "(" (Text(&now)) ")" } " "
                            (Message::new(
                                crate::t!("report-html-if-reached", worth = SLOT[0], reached = SLOT[1]),
                                [html! { strong { (Text(&s.worth())) } }, html! { (Text(&s.reached)) }],
                            ))
                            br;
                            (Text(&s.text))
                            br;
                            span.action { (Text(&s.action)) }
                            @if let [one] = s.details.as_slice() {
                                " " (Text(one))
                            } @else if !s.details.is_empty() {
                                ul { @for d in &s.details { li { (Text(d)) } } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// How the scores are computed, then the footer.
pub(super) fn method(r: &Report) -> Markup {
    let f = &r.framework;
    html! {
        section #method {
            h2 { (crate::t!("report-heading-method")) }
            ul { @for m in &r.method { li { (Text(m)) } } }
        }
        footer {
            (Message::new(
                crate::t!(
                    "report-html-footer",
                    id = SLOT[0],
                    version = SLOT[1],
                    title = SLOT[2],
                    source = SLOT[3],
                    dgtk = SLOT[4]
                ),
                [
                    html! { code { (Text(&f.id)) } },
                    html! { (Text(&f.version)) },
                    html! { (Text(&f.title)) },
                    link(&f.source),
                    html! { (Text(r.dgtk_version)) },
                ],
            ))
        }
    }
}
