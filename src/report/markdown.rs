//! The report as a Markdown document (GitHub-flavoured): headings, tables, the evidence per
//! principle. Every text from an answer or framework file goes through [`inline`], which
//! backslash-escapes what Markdown would read as markup or raw HTML, so an evidence text shows
//! as written and cannot inject HTML into a page made from the document.

use std::fmt::Write as _;

use super::{Report, ScoreLine};
use crate::assessment::format_number;
use crate::render::{delta, score};

use crate::markdown::block;
pub use crate::markdown::{inline, link};

fn table(o: &mut String, headers: &[(&str, bool)], rows: &[Vec<String>]) {
    let headers: Vec<(&str, crate::render::Align)> = headers
        .iter()
        .map(|&(h, right)| {
            let a = if right {
                crate::render::Align::Right
            } else {
                crate::render::Align::Left
            };
            (h, a)
        })
        .collect();
    crate::markdown::table(o, &headers, rows);
    o.push('\n');
}

/// Renders the report as Markdown.
pub fn render(r: &Report) -> String {
    let mut o = String::new();
    header(&mut o, r);
    scores(&mut o, r);
    dimensions(&mut o, r);
    robustness(&mut o, r);
    trend(&mut o, r);
    moves(&mut o, r);
    targets(&mut o, r);
    strengths_and_gaps(&mut o, r);
    context(&mut o, r);
    next_steps(&mut o, r);
    practices(&mut o, r);
    if r.evidence_placement == super::EvidencePlacement::Inline {
        evidence(&mut o, r, &crate::t!("report-heading-evidence"));
    }
    method(&mut o, r);
    match r.evidence_placement {
        super::EvidencePlacement::Annex => {
            o.push('\n');
            evidence(&mut o, r, &crate::t!("report-heading-annex-evidence"));
        }
        super::EvidencePlacement::None => {
            let _ = writeln!(o, "\n{}", inline(&crate::present::evidence_left_out()));
        }
        super::EvidencePlacement::Inline => {}
    }
    while o.ends_with("\n\n") {
        o.pop();
    }
    o
}

/// A field label of the header, with its colon as the language writes it: "Framework:".
fn label(s: String) -> String {
    format!("{s}{}", crate::present::colon().trim_end())
}

/// Table headings from message ids, in the run's language.
fn heads(ids: &[&str]) -> Vec<String> {
    ids.iter()
        .map(|id| crate::i18n::message(id, None))
        .collect()
}

fn header(o: &mut String, r: &Report) {
    let h = &r.header;
    let _ = writeln!(
        o,
        "# {}\n",
        crate::t!(
            "report-title",
            who = inline(&h.who()),
            year = h.year.to_string()
        )
    );
    let coverage = r.coverage();
    let mut status = super::status_words(h.status);
    if let Some(u) = &h.updated {
        status = crate::t!(
            "report-updated",
            status = status,
            when = inline(&crate::present::date_time(u))
        );
    }
    let priors: Vec<String> = r
        .history
        .iter()
        .filter(|s| !s.current)
        .map(|s| format!("{} ({})", inline(&s.label), super::status_words(s.status)))
        .collect();
    let _ = writeln!(
        o,
        "- **{}** {}",
        label(crate::t!("report-field-framework")),
        crate::t!(
            "report-framework-version",
            title = inline(&r.framework.title),
            version = inline(&r.framework.version)
        )
    );
    let _ = writeln!(
        o,
        "- **{}** {status}",
        label(crate::t!("report-field-status"))
    );
    if !h.assessors.is_empty() {
        let names: Vec<String> = h.assessors.iter().map(|a| inline(a)).collect();
        let _ = writeln!(
            o,
            "- **{}** {}",
            label(crate::t!("report-field-assessors")),
            names.join(", ")
        );
    }
    let _ = writeln!(
        o,
        "- **{}** {coverage}",
        label(crate::t!("report-field-coverage"))
    );
    let _ = writeln!(
        o,
        "- **{}** {}",
        label(crate::t!("report-field-compared-with")),
        if priors.is_empty() {
            crate::t!("report-no-prior")
        } else {
            priors.join(", ")
        }
    );
    let _ = writeln!(
        o,
        "- **{}** {}\n",
        label(crate::t!("report-field-file")),
        inline(&h.file)
    );
    for n in &r.notes {
        let _ = writeln!(
            o,
            "> **{}** {}\n",
            crate::t!("report-note-label"),
            inline(n)
        );
    }
    let ov = &r.overall;
    // Large declines come first, above the overall figure, so that a rise cannot hide them.
    if let Some(d) = &r.moves.declines {
        let _ = writeln!(
            o,
            "**{}**\n",
            crate::t!("report-declines", list = inline(d))
        );
    }
    let mut line = format!(
        "**{}",
        crate::t!("report-overall-score", score = score(ov.score))
    );
    if let Some(b) = &ov.band {
        line.push_str(&format!(" ({})", inline(b)));
    }
    line.push_str("**");
    if let Some(range) = crate::present::range_words(ov.range, ov.provisional) {
        line.push_str(&format!(", {range}"));
    }
    if let (Some(d), Some(from)) = (ov.change, &r.moves.from_words) {
        line.push_str(&crate::t!(
            "report-overall-change",
            delta = crate::present::points_change(Some(d)),
            from = inline(from)
        ));
        if let Some(c) = &r.moves.caveats {
            line.push_str(&format!("{}{}", crate::present::semicolon(), inline(c)));
        }
    }
    let _ = writeln!(o, "{line}. {}\n", ov.basis(h.unknown_scores_zero));
}

fn scores(o: &mut String, r: &Report) {
    let _ = writeln!(o, "## {}\n", crate::t!("report-heading-scores"));
    let zero = r.header.unknown_scores_zero;
    let row = |name: String, l: &ScoreLine| {
        vec![
            name,
            l.figure(),
            l.band.as_deref().map_or("-".into(), |b| {
                inline(&crate::present::band_marked(b, l.provisional))
            }),
            crate::present::rests_on(&l.counts),
            l.left_out(zero).unwrap_or_else(|| crate::t!("word-none")),
            delta(l.change),
        ]
    };
    let mut rows = vec![row(
        format!("**{}**", crate::t!("report-overall")),
        &r.overall,
    )];
    for p in &r.pillars {
        rows.push(row(format!("**{}**", inline(&p.title)), &p.line));
        for q in r.principles.iter().filter(|q| q.pillar == p.id) {
            rows.push(row(format!("{}. {}", q.number, inline(&q.title)), &q.line));
        }
    }
    let change = r.moves.column_heading();
    let h = heads(&[
        "report-col-pillar-principle",
        "report-col-score",
        "report-col-band-title",
        "report-col-rests-on",
        "report-col-left-out",
    ]);
    table(
        o,
        &[
            (&h[0], false),
            (&h[1], true),
            (&h[2], false),
            (&h[3], false),
            (&h[4], false),
            (&change, true),
        ],
        &rows,
    );
    if r.has_range() {
        let _ = writeln!(
            o,
            "{}\n",
            inline(&crate::present::range_legend(r.narrowest_band))
        );
    }
    if let Some(l) = crate::present::not_applicable_legend(r.overall.counts.not_applicable > 0) {
        let _ = writeln!(o, "{}\n", inline(&l));
    }
    // The chart: the same bars as in the terminal, in a code block.
    let mark = if r.principles.iter().any(|p| p.target.is_some()) {
        format!(" {}", crate::t!("report-md-marks-target"))
    } else {
        String::new()
    };
    let _ = writeln!(
        o,
        "{}\n\n```text",
        crate::t!("report-md-scores-out-of", mark = mark)
    );
    let numw = r
        .principles
        .iter()
        .map(|p| p.number.to_string().len())
        .max()
        .unwrap_or(1);
    for p in &r.principles {
        let mut label: String = format!("{:>numw$} {}", p.number, p.title)
            .chars()
            .filter(|c| *c != '`' && !c.is_control())
            .collect();
        if label.chars().count() > 32 {
            label = label.chars().take(31).collect::<String>() + "…";
        }
        let bar: String = super::text::bar(p.line.score, 40, p.target)
            .into_iter()
            .collect();
        let _ = writeln!(o, "{label:<32} {bar} {:>5}", score(p.line.score));
    }
    o.push_str("```\n\n");
}

fn trend(o: &mut String, r: &Report) {
    let _ = writeln!(o, "## {}\n", crate::t!("report-heading-trend"));
    if r.history.len() < 2 {
        let _ = writeln!(o, "{}\n", crate::t!("report-no-prior-given"));
        return;
    }
    let headings: Vec<String> = r.history.iter().map(|s| s.heading()).collect();
    let h = heads(&["report-col-pillar-principle", "report-col-change-title"]);
    let mut headers: Vec<(&str, bool)> = vec![(&h[0], false)];
    headers.extend(headings.iter().map(|h| (h.as_str(), true)));
    headers.push((&h[1], true));
    let mut rows = Vec::new();
    let mut row = |name: String, values: Vec<Option<f64>>, change: Option<f64>| {
        let mut cells = vec![name];
        cells.extend(values.into_iter().map(score));
        cells.push(delta(change));
        rows.push(cells);
    };
    row(
        format!("**{}**", crate::t!("report-overall")),
        r.history.iter().map(|s| s.overall).collect(),
        r.overall.change,
    );
    for (pi, p) in r.pillars.iter().enumerate() {
        row(
            format!("**{}**", inline(&p.title)),
            r.history.iter().map(|s| s.pillars[pi]).collect(),
            p.line.change,
        );
        for (qi, q) in r
            .principles
            .iter()
            .enumerate()
            .filter(|(_, q)| q.pillar == p.id)
        {
            row(
                format!("{}. {}", q.number, inline(&q.title)),
                r.history.iter().map(|s| s.principles[qi]).collect(),
                q.line.change,
            );
        }
    }
    table(o, &headers, &rows);
    let files: Vec<String> = r
        .history
        .iter()
        .map(|s| {
            crate::t!(
                "report-assessment-file",
                heading = s.heading(),
                file = inline(&s.file),
                status = super::status_words(s.status),
                version = inline(&s.framework_version)
            )
        })
        .collect();
    let _ = write!(
        o,
        "{} {}.",
        crate::t!("report-assessments"),
        files.join(crate::present::semicolon())
    );
    if r.history.iter().any(|s| s.overlap.is_some()) {
        let _ = write!(o, " \\{}", crate::t!("report-md-other-version-mark"));
    }
    o.push_str("\n\n");
    if let Some(f) = &r.moves.from_words {
        let _ = writeln!(
            o,
            "{}\n",
            crate::t!("report-changes-measured", from = inline(f))
        );
    }
}

fn moves(o: &mut String, r: &Report) {
    let m = &r.moves;
    let Some(since) = &m.since else {
        return;
    };
    let word = r.moves.word();
    let _ = writeln!(
        o,
        "## {} {word} {}\n",
        crate::t!("report-heading-moves"),
        inline(since)
    );
    if m.principles.is_empty() && m.questions.is_empty() {
        let _ = writeln!(o, "{}\n", crate::t!("report-no-change"));
        return;
    }
    if !m.principles.is_empty() {
        let rows: Vec<Vec<String>> = m
            .principles
            .iter()
            .map(|x| {
                vec![
                    format!("{}. {}", x.number, inline(&x.title)),
                    score(Some(x.from)),
                    score(Some(x.to)),
                    delta(Some(x.delta())),
                ]
            })
            .collect();
        let h = heads(&[
            "report-col-principle",
            "report-col-was",
            "report-col-now",
            "report-col-change-title",
        ]);
        table(
            o,
            &[(&h[0], false), (&h[1], true), (&h[2], true), (&h[3], true)],
            &rows,
        );
    }
    if !m.questions.is_empty() {
        let rows: Vec<Vec<String>> = m
            .questions
            .iter()
            .map(|x| {
                vec![
                    format!(
                        "{}{}{}",
                        r.question_name_with(&x.id, &format!("`{}`", x.id)),
                        crate::present::colon(),
                        inline(&x.text)
                    ),
                    inline(&x.from_answer),
                    inline(&x.to_answer),
                    delta(Some(x.delta())),
                ]
            })
            .collect();
        let h = heads(&[
            "report-col-question",
            "report-col-was",
            "report-col-now",
            "report-col-change-title",
        ]);
        table(
            o,
            &[
                (&h[0], false),
                (&h[1], false),
                (&h[2], false),
                (&h[3], true),
            ],
            &rows,
        );
    }
}

fn targets(o: &mut String, r: &Report) {
    let _ = writeln!(o, "## {}\n", crate::t!("report-heading-targets"));
    if r.targets.is_empty() {
        let _ = writeln!(o, "{}\n", crate::t!("report-no-targets"));
        return;
    }
    let was = r
        .moves
        .since_year
        .map(|y| crate::t!("report-col-in-year", year = y.to_string()));
    let h = heads(&[
        "report-col-principle",
        "report-col-target",
        "report-col-score",
        "report-col-gap",
    ]);
    let mut headers = vec![(&*h[0], false), (&h[1], true), (&h[2], true), (&h[3], true)];
    if let Some(w) = &was {
        headers.push((w.as_str(), true));
    }
    let rows: Vec<Vec<String>> = r
        .targets
        .iter()
        .map(|t| {
            let mut cells = vec![
                format!("{}. {}", t.number, inline(&t.title)),
                crate::i18n::decimal(&format_number(t.target)),
                score(t.score),
                match t.gap {
                    Some(g) if g <= 0.0 => crate::t!("report-target-met"),
                    g => score(g),
                },
            ];
            if was.is_some() {
                cells.push(score(t.previous));
            }
            cells
        })
        .collect();
    table(o, &headers, &rows);
}

fn question_table(o: &mut String, r: &Report, list: &[super::QuestionLine]) {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|q| {
            vec![
                score(Some(q.score)),
                format!(
                    "{}{}{}",
                    r.question_name_with(&q.id, &format!("`{}`", q.id)),
                    crate::present::colon(),
                    inline(&q.text)
                ),
                format!("{}. {}", q.principle_number, inline(&q.principle_title)),
                inline(&q.answer),
            ]
        })
        .collect();
    let h = heads(&[
        "report-col-score",
        "report-col-question",
        "report-col-principle",
        "report-col-answer",
    ]);
    table(
        o,
        &[
            (&h[0], true),
            (&h[1], false),
            (&h[2], false),
            (&h[3], false),
        ],
        &rows,
    );
}

fn strengths_and_gaps(o: &mut String, r: &Report) {
    let _ = writeln!(
        o,
        "## {}\n\n{}\n",
        crate::t!("report-heading-strengths"),
        crate::t!("report-strengths-intro")
    );
    if r.strengths.is_empty() {
        let _ = writeln!(o, "{}\n", crate::t!("report-no-strengths"));
    } else {
        question_table(o, r, &r.strengths);
    }
    let _ = writeln!(
        o,
        "## {}\n\n{}\n",
        crate::t!("report-heading-gaps"),
        crate::t!("report-gaps-intro")
    );
    if r.gaps.is_empty() {
        let _ = writeln!(o, "{}\n", crate::t!("report-no-gaps"));
    } else {
        question_table(o, r, &r.gaps);
    }
}

/// Dimension scores, when the framework has dimensions.
fn dimensions(o: &mut String, r: &Report) {
    if r.dimensions.is_empty() {
        return;
    }
    let _ = writeln!(
        o,
        "## {}\n\n{}\n",
        crate::t!("report-heading-dimensions"),
        crate::t!("report-dimensions-intro")
    );
    for d in &r.dimensions {
        let _ = writeln!(
            o,
            "- **{}**{c}{}",
            inline(&d.title),
            inline(&d.words(r.moves.from_words.as_deref())),
            c = crate::present::colon()
        );
    }
    o.push('\n');
}

/// The good practices of the principles with next steps (nothing when there are none).
fn practices(o: &mut String, r: &Report) {
    if r.practices.is_empty() {
        return;
    }
    let _ = writeln!(
        o,
        "## {}\n\n{}\n",
        crate::t!("report-heading-practices"),
        crate::t!("report-practices-intro")
    );
    for p in &r.practices {
        let pr = &p.practice;
        let _ = writeln!(
            o,
            "- {}. {}{c}**{}** ({}, {}). {} {}",
            p.principle_number,
            inline(&p.principle_title),
            inline(&pr.title),
            inline(&pr.country),
            pr.year,
            inline(&pr.summary),
            link(&pr.source),
            c = crate::present::colon()
        );
    }
    o.push('\n');
}

/// Context indicators: their values, apart from every score (nothing when there are none).
fn context(o: &mut String, r: &Report) {
    if r.context.is_empty() {
        return;
    }
    let _ = writeln!(
        o,
        "## {}\n\n{}\n",
        crate::t!("report-heading-context"),
        crate::t!("report-context-intro")
    );
    let since = r.moves.since_year.map(|y| y.to_string());
    for c in &r.context {
        let _ = writeln!(
            o,
            "- `{}`{c}{} ({})",
            c.id,
            inline(&c.value_words(since.as_deref())),
            inline(&c.text),
            c = crate::present::colon()
        );
    }
    o.push('\n');
}

fn next_steps(o: &mut String, r: &Report) {
    o.push_str(&format!(
        "## {}\n\n{}\n\n",
        crate::t!("report-heading-next-steps"),
        crate::t!("report-next-steps-intro")
    ));
    if !r.unanswered.is_empty() {
        let ids: Vec<String> = r.unanswered.iter().map(|i| format!("`{i}`")).collect();
        let _ = writeln!(
            o,
            "- {}",
            crate::t!(
                "report-answer-unanswered",
                n = r.unanswered.len(),
                list = ids.join(", ")
            )
        );
    }
    if !r.flagged.is_empty() {
        let ids: Vec<String> = r.flagged.iter().map(|i| format!("`{i}`")).collect();
        let _ = writeln!(
            o,
            "- {}",
            crate::t!(
                "report-confirm-flagged",
                n = r.flagged.len(),
                list = ids.join(", ")
            )
        );
    }
    if !r.unanswered.is_empty() || !r.flagged.is_empty() {
        o.push('\n');
    }
    if r.next_steps.is_empty() {
        let _ = writeln!(o, "{}\n", crate::t!("report-no-weak"));
        return;
    }
    for s in &r.next_steps {
        let now = match s.score {
            Some(v) => crate::t!(
                "report-now-scoring",
                answer = inline(&s.answer),
                score = score(Some(v))
            ),
            None => crate::t!("report-now", answer = inline(&s.answer)),
        };
        let _ = writeln!(
            o,
            "- {}",
            crate::t!(
                "report-md-step",
                id = r.question_name_with(&s.id, &format!("`{}`", s.id)),
                now = now,
                text = inline(&s.text)
            )
        );
        let _ = writeln!(o, "  {}", crate::t!("report-md-worth", worth = s.worth()));
        let _ = writeln!(o, "  **{}**", inline(&s.action));
        if s.details.len() == 1 {
            let _ = writeln!(o, "  {}", inline(&s.details[0]));
        } else {
            for d in &s.details {
                let _ = writeln!(o, "  - {}", inline(d));
            }
        }
    }
    o.push('\n');
}

/// Does the band hold under the other methods? A table of the methods, then the verdict.
fn robustness(o: &mut String, r: &Report) {
    let s = &r.robustness;
    if s.score.is_none() {
        return;
    }
    let _ = writeln!(
        o,
        "## {}\n\n{}\n",
        crate::t!("report-heading-robustness"),
        crate::t!("report-md-robustness-intro")
    );
    let mut rows = vec![vec![
        crate::t!("report-framework-method"),
        score(s.score),
        String::new(),
        inline(s.band.as_deref().unwrap_or("-")),
        String::new(),
    ]];
    for m in &s.outcomes {
        rows.push(vec![
            inline(&crate::present::method_title(&m.id, &m.title)),
            score(m.score),
            crate::render::delta(m.change(s)),
            inline(m.band.as_deref().unwrap_or("-")),
            crate::present::band_verdict(m, s),
        ]);
    }
    let h = heads(&[
        "report-col-method-title",
        "report-overall",
        "report-col-difference-title",
        "report-col-band-title",
        "report-col-band-holds",
    ]);
    table(
        o,
        &[
            (&h[0], false),
            (&h[1], true),
            (&h[2], true),
            (&h[3], false),
            (&h[4], false),
        ],
        &rows,
    );
    let _ = writeln!(
        o,
        "{} {}\n",
        inline(&crate::present::robustness_sentence(s)),
        crate::t!("report-method-doc", doc = crate::present::METHOD_DOC)
    );
}

fn evidence(o: &mut String, r: &Report, title: &str) {
    let _ = write!(
        o,
        "## {title}\n\n{}\n\n",
        crate::t!("report-evidence-intro")
    );
    for p in &r.evidence {
        let _ = writeln!(
            o,
            "### {}. {} ({})\n",
            p.number,
            inline(&p.title),
            score(p.score)
        );
        for q in &p.questions {
            let mut head = format!(
                "- {}{}{} **{}**",
                r.question_name_with(&q.id, &format!("`{}`", q.id)),
                crate::present::colon(),
                inline(&q.text),
                inline(&q.answer)
            );
            if let Some(v) = q.score {
                head.push_str(&crate::t!("report-scoring", score = score(Some(v))));
            }
            if q.review {
                head.push_str(&format!(" *({})*", crate::t!("report-carried-forward")));
            }
            o.push_str(&head);
            o.push('\n');
            for i in &q.items {
                let _ = writeln!(
                    o,
                    "  - {}",
                    crate::t!("report-md-in-place", item = inline(i))
                );
            }
            if let Some(e) = &q.evidence {
                let _ = writeln!(o, "  - {}\\", crate::t!("report-md-evidence"));
                o.push_str(&block(e, "    "));
            }
            for l in &q.links {
                let _ = writeln!(o, "  - {}", crate::t!("report-md-link", link = link(l)));
            }
        }
        o.push('\n');
    }
}

fn method(o: &mut String, r: &Report) {
    let _ = writeln!(o, "## {}\n", crate::t!("report-heading-method"));
    for m in &r.method {
        let _ = writeln!(o, "- {}", inline(m));
    }
    let _ = writeln!(
        o,
        "\n{}",
        crate::t!(
            "report-md-footer",
            id = r.framework.id.replace('`', ""),
            version = inline(&r.framework.version),
            source = link(&r.framework.source),
            dgtk = r.dgtk_version
        )
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_and_html_are_escaped() {
        assert_eq!(
            inline("<script>alert(1)</script>"),
            "\\<script>alert(1)\\</script>"
        );
        assert_eq!(
            inline("\"><img src=x onerror=alert(1)>"),
            "\">\\<img src=x onerror=alert(1)>"
        );
        assert_eq!(inline("a | b\nc"), "a \\| b c");
        assert_eq!(
            inline("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(inline("- not a list"), "\\- not a list");
        assert_eq!(inline("12. not a list"), "12\\. not a list");
        assert_eq!(inline("&lt;"), "\\&lt;");
    }

    #[test]
    fn only_plain_web_links_become_links() {
        assert_eq!(
            link("https://example.org/a?b=1"),
            "<https://example.org/a?b=1>"
        );
        // Not clickable: a code span, which GFM does not autolink as it does plain text.
        assert_eq!(link("javascript:alert(1)"), "`javascript:alert(1)`");
        assert_eq!(link("https://x.org/<script>"), "`https://x.org/<script>`");
        assert_eq!(
            link("https://user:pass@evil.example"),
            "`https://user:pass@evil.example`"
        );
        assert_eq!(
            link("http://ok.example/\u{202e}fdp.exe"),
            "`http://ok.example/⟦U+202E⟧fdp.exe`"
        );
        assert_eq!(link("a`b"), "``a`b``");
    }
}
