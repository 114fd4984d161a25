//! The reference material of the report: the good practices of the principles with next steps,
//! and the evidence of every answer (question, answer, score, evidence text, links). Placed
//! inline before the method or in the annex after it (see `page`); here only laid out.

use maud::{Markup, html};

use super::markup::{Text, link};
use super::numbered;
use crate::render::score;
use crate::report::Report;

/// The good practices of the principles with next steps (nothing when there are none).
pub(super) fn practices(r: &Report, title: &str) -> Markup {
    html! {
        @if !r.practices.is_empty() {
            section #practices {
                h2 { (title) }
                p.q { (crate::t!("report-practices-intro")) }
                ul {
                    @for p in &r.practices {
                        @let pr = &p.practice;
                        li {
                            (p.principle_number) ". " (Text(&p.principle_title))
                            (crate::present::colon())
                            strong { (Text(&pr.title)) }
                            " (" (Text(&pr.country)) ", " (pr.year) "). "
                            (Text(&pr.summary)) " " (link(&pr.source))
                        }
                    }
                }
            }
        }
    }
}

/// Every answer of every principle, with its evidence and links.
pub(super) fn evidence(r: &Report, title: &str) -> Markup {
    html! {
        section #evidence {
            h2 { (title) }
            p.q { (crate::t!("report-evidence-intro")) }
            @for p in &r.evidence {
                h3 id={ "evidence-" (Text(&p.id)) } {
                    (Text(&numbered(p.number, &p.title))) " "
                    span.q { "(" (score(p.score)) ")" }
                }
                table.evidence-table {
                    colgroup { col.c-q; col.c-s; col.c-e; }
                    thead {
                        tr {
                            th { (crate::t!("report-col-question-answer")) }
                            th.n { (crate::t!("report-col-score")) }
                            th { (crate::t!("report-heading-evidence")) }
                        }
                    }
                    tbody {
                        @for q in &p.questions {
                            tr {
                                td {
                                    (super::question_head(r, &q.id)) " " span.q { (Text(&q.text)) }
                                    div.ans { (Text(&q.answer)) }
                                    @if !q.items.is_empty() {
                                        ul.items { @for i in &q.items { li { (Text(i)) } } }
                                    }
                                    @if q.review {
                                        div.flag { (crate::t!("report-carried-forward")) }
                                    }
                                }
                                td.n { (score(q.score)) }
                                td {
                                    @if let Some(e) = q.evidence.as_deref() {
                                        div.evidence { (Text(e)) }
                                    }
                                    @if !q.links.is_empty() {
                                        div.links {
                                            @for (i, l) in q.links.iter().enumerate() {
                                                @if i > 0 { br; }
                                                (link(l))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
