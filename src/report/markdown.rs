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
        evidence(&mut o, r, "Evidence");
    }
    method(&mut o, r);
    match r.evidence_placement {
        super::EvidencePlacement::Annex => {
            o.push('\n');
            evidence(&mut o, r, "Annex: evidence");
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

fn header(o: &mut String, r: &Report) {
    let h = &r.header;
    let _ = writeln!(o, "# Progress report: {}, {}\n", inline(&h.who()), h.year);
    let coverage = r.coverage();
    let mut status = h.status.as_str().to_string();
    if let Some(u) = &h.updated {
        status.push_str(&format!(", updated {}", inline(u)));
    }
    let priors: Vec<String> = r
        .history
        .iter()
        .filter(|s| !s.current)
        .map(|s| format!("{} ({})", inline(&s.label), s.status.as_str()))
        .collect();
    let _ = writeln!(
        o,
        "- **Framework:** {}, version {}",
        inline(&r.framework.title),
        inline(&r.framework.version)
    );
    let _ = writeln!(o, "- **Status:** {status}");
    if !h.assessors.is_empty() {
        let names: Vec<String> = h.assessors.iter().map(|a| inline(a)).collect();
        let _ = writeln!(o, "- **Assessors:** {}", names.join(", "));
    }
    let _ = writeln!(o, "- **Coverage:** {coverage}");
    let _ = writeln!(
        o,
        "- **Compared with:** {}",
        if priors.is_empty() {
            "no prior assessment".to_string()
        } else {
            priors.join(", ")
        }
    );
    let _ = writeln!(o, "- **File:** {}\n", inline(&h.file));
    for n in &r.notes {
        let _ = writeln!(o, "> **Note:** {}\n", inline(n));
    }
    let ov = &r.overall;
    // Large declines come first, above the overall figure, so that a rise cannot hide them.
    if let Some(d) = &r.moves.declines {
        let _ = writeln!(o, "**Declines: {}**\n", inline(d));
    }
    let mut line = format!("**Overall score: {}", score(ov.score));
    if let Some(b) = &ov.band {
        line.push_str(&format!(" ({})", inline(b)));
    }
    line.push_str("**");
    if let Some(range) = crate::present::range_words(ov.range, ov.provisional) {
        line.push_str(&format!(", {range}"));
    }
    if let (Some(d), Some(from)) = (ov.change, &r.moves.from_words) {
        line.push_str(&format!(", {} {}", delta(Some(d)), inline(from)));
        if let Some(c) = &r.moves.caveats {
            line.push_str(&format!("; {}", inline(c)));
        }
    }
    let _ = writeln!(o, "{line}. {}\n", ov.basis(h.unknown_scores_zero));
}

fn scores(o: &mut String, r: &Report) {
    o.push_str("## Scores\n\n");
    let zero = r.header.unknown_scores_zero;
    let row = |name: String, l: &ScoreLine| {
        vec![
            name,
            l.figure(),
            l.band.as_deref().map_or("-".into(), |b| {
                inline(&crate::present::band_marked(b, l.provisional))
            }),
            crate::present::rests_on(&l.counts),
            l.left_out(zero).unwrap_or_else(|| "none".into()),
            delta(l.change),
        ]
    };
    let mut rows = vec![row("**Overall**".into(), &r.overall)];
    for p in &r.pillars {
        rows.push(row(format!("**{}**", inline(&p.title)), &p.line));
        for q in r.principles.iter().filter(|q| q.pillar == p.id) {
            rows.push(row(format!("{}. {}", q.number, inline(&q.title)), &q.line));
        }
    }
    let change = r.moves.column_heading();
    table(
        o,
        &[
            ("Pillar / principle", false),
            ("Score", true),
            ("Band", false),
            ("Rests on", false),
            ("Left out", false),
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
    // The chart: the same bars as in the terminal, in a code block.
    let mark = if r.principles.iter().any(|p| p.target.is_some()) {
        " (│ marks a target)"
    } else {
        ""
    };
    let _ = writeln!(o, "Scores out of 100{mark}:\n\n```text");
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
    o.push_str("## Trend\n\n");
    if r.history.len() < 2 {
        o.push_str("No prior assessment given.\n\n");
        return;
    }
    let headings: Vec<String> = r.history.iter().map(|s| s.heading()).collect();
    let mut headers: Vec<(&str, bool)> = vec![("Pillar / principle", false)];
    headers.extend(headings.iter().map(|h| (h.as_str(), true)));
    headers.push(("Change", true));
    let mut rows = Vec::new();
    let mut row = |name: String, values: Vec<Option<f64>>, change: Option<f64>| {
        let mut cells = vec![name];
        cells.extend(values.into_iter().map(score));
        cells.push(delta(change));
        rows.push(cells);
    };
    row(
        "**Overall**".into(),
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
            format!(
                "{}: {} ({}, framework version {})",
                s.heading(),
                inline(&s.file),
                s.status.as_str(),
                inline(&s.framework_version)
            )
        })
        .collect();
    let _ = write!(o, "Assessments: {}.", files.join("; "));
    if r.history.iter().any(|s| s.overlap.is_some()) {
        o.push_str(" \\* answered on another framework version (see the notes above).");
    }
    o.push_str("\n\n");
    if let Some(f) = &r.moves.from_words {
        let _ = writeln!(o, "Changes are measured {}.\n", inline(f));
    }
}

fn moves(o: &mut String, r: &Report) {
    let m = &r.moves;
    let Some(since) = &m.since else {
        return;
    };
    let word = r.moves.word();
    let _ = writeln!(o, "## What moved most {word} {}\n", inline(since));
    if m.principles.is_empty() && m.questions.is_empty() {
        o.push_str("No score changed.\n\n");
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
        table(
            o,
            &[
                ("Principle", false),
                ("Was", true),
                ("Now", true),
                ("Change", true),
            ],
            &rows,
        );
    }
    if !m.questions.is_empty() {
        let rows: Vec<Vec<String>> = m
            .questions
            .iter()
            .map(|x| {
                vec![
                    format!("`{}` ({}): {}", x.id, x.principle_number, inline(&x.text)),
                    inline(&x.from_answer),
                    inline(&x.to_answer),
                    delta(Some(x.delta())),
                ]
            })
            .collect();
        table(
            o,
            &[
                ("Question (principle)", false),
                ("Was", false),
                ("Now", false),
                ("Change", true),
            ],
            &rows,
        );
    }
}

fn targets(o: &mut String, r: &Report) {
    o.push_str("## Targets\n\n");
    if r.targets.is_empty() {
        o.push_str("No targets set.\n\n");
        return;
    }
    let was = r.moves.since_year.map(|y| format!("In {y}"));
    let mut headers = vec![
        ("Principle", false),
        ("Target", true),
        ("Score", true),
        ("Gap", true),
    ];
    if let Some(w) = &was {
        headers.push((w.as_str(), true));
    }
    let rows: Vec<Vec<String>> = r
        .targets
        .iter()
        .map(|t| {
            let mut cells = vec![
                format!("{}. {}", t.number, inline(&t.title)),
                format_number(t.target),
                score(t.score),
                match t.gap {
                    Some(g) if g <= 0.0 => "met".into(),
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

fn question_table(o: &mut String, list: &[super::QuestionLine]) {
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|q| {
            vec![
                score(Some(q.score)),
                format!("`{}`: {}", q.id, inline(&q.text)),
                format!("{}. {}", q.principle_number, inline(&q.principle_title)),
                inline(&q.answer),
            ]
        })
        .collect();
    table(
        o,
        &[
            ("Score", true),
            ("Question", false),
            ("Principle", false),
            ("Answer", false),
        ],
        &rows,
    );
}

fn strengths_and_gaps(o: &mut String, r: &Report) {
    o.push_str("## Strengths\n\nThe highest-scoring questions.\n\n");
    if r.strengths.is_empty() {
        o.push_str("No question scores half its maximum or more yet.\n\n");
    } else {
        question_table(o, &r.strengths);
    }
    o.push_str("## Gaps\n\nThe lowest-scoring questions.\n\n");
    if r.gaps.is_empty() {
        o.push_str("No question scores under half its maximum.\n\n");
    } else {
        question_table(o, &r.gaps);
    }
}

/// Dimension scores, when the framework has dimensions.
fn dimensions(o: &mut String, r: &Report) {
    if r.dimensions.is_empty() {
        return;
    }
    o.push_str("## Dimensions\n\nThe questions of each dimension, across principles.\n\n");
    for d in &r.dimensions {
        let _ = writeln!(
            o,
            "- **{}**: {}",
            inline(&d.title),
            inline(&d.words(r.moves.from_words.as_deref()))
        );
    }
    o.push('\n');
}

/// The good practices of the principles with next steps (nothing when there are none).
fn practices(o: &mut String, r: &Report) {
    if r.practices.is_empty() {
        return;
    }
    o.push_str("## Good practices\n\nFor the principles with next steps.\n\n");
    for p in &r.practices {
        let pr = &p.practice;
        let _ = writeln!(
            o,
            "- {}. {}: **{}** ({}, {}). {} {}",
            p.principle_number,
            inline(&p.principle_title),
            inline(&pr.title),
            inline(&pr.country),
            pr.year,
            inline(&pr.summary),
            link(&pr.source)
        );
    }
    o.push('\n');
}

/// Context indicators: their values, apart from every score (nothing when there are none).
fn context(o: &mut String, r: &Report) {
    if r.context.is_empty() {
        return;
    }
    o.push_str("## Context\n\nIndicators shown for context, never scored.\n\n");
    let since = r.moves.since_year.map(|y| y.to_string());
    for c in &r.context {
        let _ = writeln!(
            o,
            "- `{}`: {} ({})",
            c.id,
            inline(&c.value_words(since.as_deref())),
            inline(&c.text)
        );
    }
    o.push('\n');
}

fn next_steps(o: &mut String, r: &Report) {
    o.push_str(
        "## Next steps\n\nFor each question scoring under half its maximum (or answered \"unknown\"), the next step up and the points it adds if reached, largest overall gain first.\n\n",
    );
    if !r.unanswered.is_empty() {
        let ids: Vec<String> = r.unanswered.iter().map(|i| format!("`{i}`")).collect();
        let _ = writeln!(
            o,
            "- Answer the {} not answered yet: {}.",
            super::count(r.unanswered.len(), "question"),
            ids.join(", ")
        );
    }
    if !r.flagged.is_empty() {
        let ids: Vec<String> = r.flagged.iter().map(|i| format!("`{i}`")).collect();
        let _ = writeln!(
            o,
            "- Confirm the {} carried forward and flagged for review: {}.",
            super::count(r.flagged.len(), "answer"),
            ids.join(", ")
        );
    }
    if !r.unanswered.is_empty() || !r.flagged.is_empty() {
        o.push('\n');
    }
    if r.next_steps.is_empty() {
        o.push_str("No weak question.\n\n");
        return;
    }
    for s in &r.next_steps {
        let now = match s.score {
            Some(v) => format!("now {}, scoring {}", inline(&s.answer), score(Some(v))),
            None => format!("now {}", inline(&s.answer)),
        };
        let _ = writeln!(
            o,
            "- `{}` (principle {}, {now}): {}",
            s.id,
            s.principle_number,
            inline(&s.text)
        );
        let _ = writeln!(o, "  Worth **{}** if reached.", s.worth());
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
    o.push_str(
        "## How firm is the band\n\nThe overall score computed by other defensible methods.\n\n",
    );
    let mut rows = vec![vec![
        "The framework's method".to_string(),
        score(s.score),
        String::new(),
        inline(s.band.as_deref().unwrap_or("-")),
        String::new(),
    ]];
    for m in &s.outcomes {
        rows.push(vec![
            inline(&m.title),
            score(m.score),
            crate::render::delta(m.change(s)),
            inline(m.band.as_deref().unwrap_or("-")),
            crate::present::band_verdict(m, s).to_string(),
        ]);
    }
    table(
        o,
        &[
            ("Method", false),
            ("Overall", true),
            ("Change", true),
            ("Band", false),
            ("Band holds", false),
        ],
        &rows,
    );
    let _ = writeln!(
        o,
        "{} Each method and why it is defensible: {}.\n",
        inline(&crate::present::robustness_sentence(s)),
        crate::present::METHOD_DOC
    );
}

fn evidence(o: &mut String, r: &Report, title: &str) {
    let _ = write!(
        o,
        "## {title}\n\nEvery answer, with the evidence and links the assessors gave.\n\n"
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
                "- `{}`: {} **{}**",
                q.id,
                inline(&q.text),
                inline(&q.answer)
            );
            if let Some(v) = q.score {
                head.push_str(&format!(", scoring {}", score(Some(v))));
            }
            if q.review {
                head.push_str(" *(carried forward, to be confirmed)*");
            }
            o.push_str(&head);
            o.push('\n');
            for i in &q.items {
                let _ = writeln!(o, "  - in place: {}", inline(i));
            }
            if let Some(e) = &q.evidence {
                o.push_str("  - evidence:\\\n");
                o.push_str(&block(e, "    "));
            }
            for l in &q.links {
                let _ = writeln!(o, "  - link: {}", link(l));
            }
        }
        o.push('\n');
    }
}

fn method(o: &mut String, r: &Report) {
    o.push_str("## How these scores are computed\n\n");
    for m in &r.method {
        let _ = writeln!(o, "- {}", inline(m));
    }
    let _ = writeln!(
        o,
        "\nFramework `{}` version {} ({}). Report by dgtk {}.",
        r.framework.id.replace('`', ""),
        inline(&r.framework.version),
        link(&r.framework.source),
        r.dgtk_version
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
