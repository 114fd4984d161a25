//! The report as one self-contained HTML file: inline CSS (with print styles), inline SVG charts,
//! no scripts, no external fonts, images or styles, and a Content-Security-Policy that forbids
//! loading anything, so the file shows the same offline, in a mail client or on an intranet.
//!
//! Every text that comes from a file (answer or framework) goes through [`esc`], in element
//! content and in attribute values alike; links become `<a href>` only for http(s) and mailto
//! addresses. The charts carry each plotted score in a `data-score` attribute and a `<title>`, so
//! tests (and screen readers) can read what is drawn.

use std::fmt::Write as _;

use super::{Report, ScoreLine, Snapshot};
use crate::assessment::format_number;
use crate::render::{delta, one_decimal, score};

/// Escapes text for HTML element content and double- or single-quoted attribute values.
/// Control characters other than line breaks and tabs become U+FFFD, bidi controls a visible
/// marker (see [`crate::sanitize::for_document`]).
pub fn esc(s: &str) -> String {
    let s = crate::sanitize::for_document(s);
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// A link from an answer file: an anchor for http(s) and mailto addresses, plain text otherwise
/// (a `javascript:` address, or one with a bidi control or `user:pass@`, must never become
/// clickable: see [`crate::sanitize::is_clickable_url`]).
pub fn link(url: &str) -> String {
    let u = url.trim();
    if crate::sanitize::is_clickable_url(u) {
        format!(
            "<a href=\"{}\" rel=\"noopener noreferrer nofollow\">{}</a>",
            esc(u),
            esc(u)
        )
    } else {
        format!("<span class=\"url\">{}</span>", esc(u))
    }
}

const CSS: &str = r#"
:root { --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; --soft: #f3f5f8; --accent: #1f5fa8;
  --up: #17803d; --down: #b42318; --target: #c2410c; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; line-height: 1.25; overflow-wrap: anywhere; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.02rem; margin: 1.4rem 0 .4rem; }
p.lead { color: var(--muted); margin: 0 0 1rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 1rem 0; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
.cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 1.2rem 0; }
.card { flex: 1 1 180px; border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--soft); }
.card .k { color: var(--muted); font-size: .85rem; }
.card .v { font-size: 1.6rem; font-weight: 650; }
.card .b { font-size: .9rem; }
.card.overall { background: #e8f0fa; border-color: #b9cde6; }
.up { color: var(--up); } .down { color: var(--down); }
.note { border-left: 4px solid var(--target); background: #fff7ed; padding: .5rem .8rem; margin: .6rem 0; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1rem; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .32rem .5rem; border-bottom: 1px solid var(--line); }
thead th { border-bottom: 2px solid var(--ink); white-space: nowrap; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.pillar td { background: var(--soft); font-weight: 650; }
tr.overall td { font-weight: 700; }
td.indent { padding-left: 1.4rem; }
td.answer { min-width: 9.5rem; }
table.evidence-table { table-layout: fixed; }
col.c-q { width: 54%; } col.c-s { width: 8%; } col.c-e { width: 38%; }
.ans { font-weight: 600; margin-top: .15rem; }
ul.items { margin: .2rem 0 0; padding-left: 1.1rem; color: var(--muted); }
figure { margin: .8rem 0 1.2rem; }
figure svg { width: 100%; height: auto; display: block; }
figcaption { color: var(--muted); font-size: .85rem; margin-top: .3rem; }
svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
ul.steps { padding-left: 1.2rem; }
ul.steps > li { margin: .5rem 0 .9rem; }
.q { color: var(--muted); }
.action { font-weight: 650; }
.evidence { white-space: pre-line; overflow-wrap: anywhere; }
.url, a { overflow-wrap: anywhere; }
a { color: var(--accent); }
.flag { color: var(--target); font-size: .85rem; white-space: nowrap; }
code { font-size: .88em; background: var(--soft); padding: 0 .2em; border-radius: 3px; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .6rem; }
table.robustness td.holds-no { color: var(--down); font-weight: 650; }
.draft-mark { display: inline-block; border: 2px solid var(--down); color: var(--down); font-weight: 700;
  letter-spacing: .12em; padding: .05rem .5rem; margin: 0 0 .6rem; }
@page { size: A4; margin: 11mm 11mm 13mm;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, Arial, sans-serif; color: #5f6b7a; } }
#annex > section { break-before: page; page-break-before: always; }
#annex h2 { margin-top: 0; }
#annex table.evidence-table { font-size: .8rem; }
#annex table.evidence-table td { padding: .15rem .35rem; }
#annex col.c-q { width: 40%; } #annex col.c-s { width: 6%; } #annex col.c-e { width: 54%; }
#annex h3 { margin: .8rem 0 .2rem; }
@media print {
  body { font-size: 8.5pt; line-height: 1.35; }
  header dl.meta { font-size: 8pt; margin: .4rem 0; }
  h1 { font-size: 1.4rem; }
  h3 { margin: .8rem 0 .3rem; }
  figure { margin: .4rem 0 .6rem; }
  figure svg { max-height: 98mm; }
  table { font-size: 7.8pt; margin: .3rem 0 .6rem; }
  th, td { padding: .12rem .35rem; }
  #method ul { columns: 2; column-gap: 7mm; font-size: 7.8pt; }
  main #method > ul { break-inside: auto; page-break-inside: auto; }
  #method li { break-inside: avoid; }
  p.note { padding: .3rem .6rem; }
  table.scores, table.trend, table.scores tbody, table.trend tbody { break-inside: auto; page-break-inside: auto; }
  #next-steps { columns: 2; column-gap: 7mm; font-size: 7.6pt; }
  #next-steps > h2, #next-steps > p.q, #next-steps > ul:not(.steps) { column-span: all; }
  #next-steps h3 { font-size: 8.8pt; margin: .5rem 0 .15rem; }
  ul.steps { padding-left: .9rem; margin: 0; }
  ul.steps > li { margin: .15rem 0 .45rem; }
  #annex #practices { font-size: 8pt; columns: 2; column-gap: 7mm; }
  #annex #practices > h2, #annex #practices > p.q { column-span: all; }
  #annex #practices li { break-inside: avoid; margin-bottom: .3rem; }
  .cards { flex-wrap: nowrap; gap: 6px; }
  .card { flex: 1 1 0; min-width: 0; padding: 6px 8px; }
  .card .v { font-size: 1.3rem; }
  h2 { margin: 1.2rem 0 .4rem; }
  #annex { font-size: 7.6pt; }
  #annex table.evidence-table { font-size: 7.4pt; }
  #annex tr, #annex td, #annex th, #annex table { break-inside: auto; page-break-inside: auto; }
  body { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  table, figure, .card, .note, ul.steps > li, dl.meta, #method ul { break-inside: avoid; page-break-inside: avoid; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
"#;

/// Printed on every page of a draft's report, in the top margin.
/// The mark printed on every page of a draft, in the run's language (`report-draft-print`).
fn draft_css() -> String {
    // A CSS string: its quotes and backslashes escaped, its line breaks removed.
    let mark = crate::t!("report-draft-print")
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace(['\n', '\r'], " ");
    format!(
        "\n@page {{ @top-right {{ content: \"{mark}\"; font: 700 9pt system-ui, Arial, sans-serif; color: #b42318; letter-spacing: .08em; }} }}\n"
    )
}

/// Colours of prior years in the charts (the assessment itself is drawn in the accent colour).
const PRIOR_COLOURS: [&str; 6] = [
    "#8a94a6", "#d97706", "#7c3aed", "#0f766e", "#db2777", "#4d7c0f",
];
const ACCENT: &str = "#1f5fa8";
const TARGET: &str = "#c2410c";

/// Renders the report as a complete HTML document.
pub fn render(r: &Report) -> String {
    let h = &r.header;
    let title = crate::t!("report-title", who = h.who(), year = h.year.to_string());
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"dgtk {}\">\n<title>{}</title>\n<style>{CSS}{}</style>\n</head>\n<body>\n<main>\n",
        esc(r.dgtk_version),
        esc(&title),
        if r.header.status == crate::assessment::Status::Draft {
            draft_css()
        } else {
            String::new()
        },
        lang = crate::i18n::language(),
    );
    header(&mut o, r, &title);
    scores(&mut o, r);
    dimensions(&mut o, r);
    robustness(&mut o, r);
    trend(&mut o, r);
    moves(&mut o, r);
    targets(&mut o, r);
    strengths_and_gaps(&mut o, r);
    context(&mut o, r);
    next_steps(&mut o, r);
    // Inline, everything is in the body, as on screen. Otherwise the reference material (the
    // good practices, then the evidence) follows the method as an annex, printed from a new
    // page, so that the summary prints on its own.
    let inline = r.evidence_placement == super::EvidencePlacement::Inline;
    if inline {
        practices(&mut o, r, &crate::t!("report-heading-practices"));
        evidence(&mut o, r, "evidence", &crate::t!("report-heading-evidence"));
    }
    method(&mut o, r);
    if r.evidence_placement == super::EvidencePlacement::None {
        let _ = writeln!(
            o,
            "<p class=\"q\" id=\"evidence-left-out\">{}</p>",
            esc(&crate::present::evidence_left_out())
        );
    }
    let annex = !inline
        && (!r.practices.is_empty() || r.evidence_placement == super::EvidencePlacement::Annex);
    if annex {
        o.push_str("<div id=\"annex\">\n");
        practices(&mut o, r, &crate::t!("report-heading-annex-practices"));
        if r.evidence_placement == super::EvidencePlacement::Annex {
            evidence(
                &mut o,
                r,
                "evidence",
                &crate::t!("report-heading-annex-evidence"),
            );
        }
        o.push_str("</div>\n");
    }
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

fn change_span(d: Option<f64>) -> String {
    let class = match d {
        Some(d) if d > 0.0 && crate::present::is_real_change(d) => " class=\"up\"",
        Some(d) if d < 0.0 && crate::present::is_real_change(d) => " class=\"down\"",
        _ => "",
    };
    format!("<span{class}>{}</span>", delta(d))
}

fn header(o: &mut String, r: &Report, title: &str) {
    let h = &r.header;
    o.push_str("<header>\n");
    if h.status == crate::assessment::Status::Draft {
        let _ = writeln!(
            o,
            "<div class=\"draft-mark\">{}</div>",
            esc(&crate::t!("report-draft-mark"))
        );
    }
    let _ = writeln!(o, "<h1>{}</h1>", esc(title));
    let _ = writeln!(
        o,
        "<p class=\"lead\">{}</p>",
        esc(&crate::t!(
            "report-html-lead",
            title = r.framework.title.as_str(),
            version = r.framework.version.as_str()
        ))
    );
    let coverage = r.coverage();
    o.push_str("<dl class=\"meta\">\n");
    let mut field = |k: &str, v: String| {
        let _ = writeln!(o, "<dt>{k}</dt><dd>{v}</dd>");
    };
    field(&crate::t!("report-field-country"), esc(&h.country));
    if let Some(org) = h.organisation.as_deref().filter(|s| !s.trim().is_empty()) {
        field(&crate::t!("report-field-organisation"), esc(org));
    }
    field(&crate::t!("report-field-year"), h.year.to_string());
    field(
        &crate::t!("report-field-framework"),
        format!(
            "{} <code>{}</code>, version {}",
            esc(&r.framework.title),
            esc(&r.framework.id),
            esc(&r.framework.version)
        ),
    );
    let mut status = super::status_words(h.status);
    if let Some(u) = &h.updated {
        status = crate::t!("report-updated", status = status, when = u.to_string());
    }
    field(&crate::t!("report-field-status"), esc(&status));
    if !h.assessors.is_empty() {
        let names: Vec<String> = h.assessors.iter().map(|a| esc(a)).collect();
        field(&crate::t!("report-field-assessors"), names.join(", "));
    }
    field(&crate::t!("report-field-coverage"), esc(&coverage));
    let priors: Vec<String> = r
        .history
        .iter()
        .filter(|s| !s.current)
        .map(|s| {
            format!(
                "{} ({})",
                esc(&s.label),
                esc(&super::status_words(s.status))
            )
        })
        .collect();
    field(
        &crate::t!("report-field-compared-with"),
        if priors.is_empty() {
            esc(&crate::t!("report-no-prior"))
        } else {
            priors.join(", ")
        },
    );
    field(
        &crate::t!("report-field-file"),
        format!("<code>{}</code>", esc(&h.file)),
    );
    o.push_str("</dl>\n");
    for n in &r.notes {
        let _ = writeln!(
            o,
            "<p class=\"note\"><strong>{}</strong> {}</p>",
            esc(&crate::t!("report-note-label")),
            esc(n)
        );
    }
    // Large declines come first, above the overall figure, so that a rise cannot hide them.
    if let Some(d) = &r.moves.declines {
        let _ = writeln!(
            o,
            "<p class=\"note declines\"><strong>{}</strong></p>",
            esc(&crate::t!("report-declines", list = d.as_str()))
        );
    }
    if let (Some(_), Some(c)) = (r.overall.change, &r.moves.caveats) {
        let _ = writeln!(
            o,
            "<p class=\"note caveats\"><strong>{}</strong></p>",
            esc(&crate::t!("report-html-changes-are", caveats = c.as_str()))
        );
    }
    // Summary cards: overall, then each pillar.
    let since = r
        .moves
        .from_words
        .as_ref()
        .map_or(String::new(), |f| format!(" {}", esc(f)));
    let card = |o: &mut String, class: &str, k: &str, l: &ScoreLine| {
        let change = l.change.map_or(String::new(), |d| {
            format!(" · {}{since}", change_span(Some(d)))
        });
        let _ = writeln!(
            o,
            "<div class=\"card{class}\"><div class=\"k\">{}</div><div class=\"v\">{}</div>\
             <div class=\"b\">{}{change}</div><div class=\"k\">{}{}</div></div>",
            esc(k),
            score(l.score),
            esc(&l
                .band
                .clone()
                .unwrap_or_else(|| crate::t!("report-no-score"))),
            esc(&crate::t!(
                "report-html-rests-on",
                scored = l.counts.scored,
                questions = l.counts.questions
            )),
            crate::present::range_words(l.range, l.provisional).map_or(String::new(), |r| format!(
                "{}{}",
                crate::present::semicolon(),
                esc(&r)
            ))
        );
    };
    o.push_str("<div class=\"cards\">\n");
    card(
        o,
        " overall",
        &crate::t!("report-html-overall-score"),
        &r.overall,
    );
    for p in &r.pillars {
        card(o, "", &p.title, &p.line);
    }
    o.push_str("</div>\n</header>\n");
}

/// A chart label in lines of at most `n` columns: one line when it fits, else two, split at the
/// space nearest the middle (each still cut to `n` if a word is longer).
fn label_lines(label: &str, n: usize) -> Vec<String> {
    if crate::present::width(label) <= n || !label.contains(' ') {
        return vec![cut(label, n)];
    }
    let half = label.len() / 2;
    let at = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(half))
        .unwrap_or(half);
    vec![cut(&label[..at], n), cut(label[at..].trim_start(), n)]
}

/// Cuts a label to `n` columns, with an ellipsis.
fn cut(s: &str, n: usize) -> String {
    crate::present::truncate(s, n)
}

/// The per-principle bar chart with its caption.
fn principle_chart(o: &mut String, r: &Report) {
    o.push_str("<figure class=\"chart\" id=\"chart-principles\">\n");
    o.push_str(&principle_svg(r));
    let _ = writeln!(
        o,
        "<figcaption>{}</figcaption>\n</figure>",
        esc(&principle_caption(r))
    );
}

/// What the principle chart shows, in words (its caption).
pub fn principle_caption(r: &Report) -> String {
    let mut c = crate::t!("report-caption");
    if r.history.iter().any(|s| !s.current) {
        c.push_str(&crate::t!("report-caption-priors"));
    }
    if r.principles.iter().any(|p| p.target.is_some()) {
        c.push_str(&crate::t!("report-caption-targets"));
    }
    c.push('.');
    c
}

/// The per-principle bar chart as one SVG document: this assessment's score as a bar, each prior
/// year as a tick on the same row, each target as a dashed mark, over the maturity bands. The
/// Word report draws the same SVG as a picture.
pub fn principle_svg(r: &Report) -> String {
    let mut svg = String::new();
    let o = &mut svg;
    const W: f64 = 800.0;
    const X0: f64 = 318.0;
    const PW: f64 = 400.0;
    const ROW: f64 = 26.0;
    const TOP: f64 = 40.0;
    let x = |v: f64| X0 + v.clamp(0.0, 100.0) / 100.0 * PW;
    let priors: Vec<(usize, &Snapshot)> = r
        .history
        .iter()
        .filter(|s| !s.current)
        .enumerate()
        .collect();
    let rows = r.pillars.len() + r.principles.len();
    let plot_h = rows as f64 * ROW;
    let legend_y = TOP + plot_h + 26.0;
    let height = legend_y + 16.0;
    let _ = writeln!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {height}\" role=\"img\" aria-labelledby=\"chart-principles-title\">\n\
         <title id=\"chart-principles-title\">{}</title>",
        esc(&if priors.is_empty() {
            crate::t!("report-chart-title", year = r.header.year.to_string())
        } else {
            crate::t!(
                "report-chart-title-priors",
                year = r.header.year.to_string()
            )
        })
    );
    // The bands as shaded columns, named on top, with their limits.
    let bands = &r.framework.bands;
    for (i, (from, label)) in bands.iter().enumerate() {
        let to = bands.get(i + 1).map_or(100.0, |b| b.0);
        let fill = if i % 2 == 0 { "#f3f5f8" } else { "#e9edf2" };
        let _ = writeln!(
            o,
            "<rect x=\"{:.1}\" y=\"{TOP}\" width=\"{:.1}\" height=\"{plot_h}\" fill=\"{fill}\"/>",
            x(*from),
            x(to) - x(*from)
        );
        let chars = ((x(to) - x(*from)) / 6.0).floor() as usize;
        let mid = (x(*from) + x(to)) / 2.0;
        match label_lines(label, chars.max(1)).as_slice() {
            [one] => {
                let _ = writeln!(
                    o,
                    "<text x=\"{mid:.1}\" y=\"14\" font-size=\"10.5\" fill=\"#5f6b7a\" text-anchor=\"middle\">{}</text>",
                    esc(one)
                );
            }
            lines => {
                // A label too long for its band goes on two lines, whole, not cut.
                let _ = write!(
                    o,
                    "<text x=\"{mid:.1}\" y=\"9\" font-size=\"10.5\" fill=\"#5f6b7a\" text-anchor=\"middle\">"
                );
                for (i, l) in lines.iter().enumerate() {
                    let dy = if i == 0 { 0.0 } else { 11.0 };
                    let _ = write!(o, "<tspan x=\"{mid:.1}\" dy=\"{dy}\">{}</tspan>", esc(l));
                }
                o.push_str("</text>\n");
            }
        }
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"32\" font-size=\"10\" fill=\"#5f6b7a\" text-anchor=\"middle\">{}</text>",
            x(*from),
            format_number(*from)
        );
    }
    let _ = writeln!(
        o,
        "<text x=\"{:.1}\" y=\"32\" font-size=\"10\" fill=\"#5f6b7a\" text-anchor=\"middle\">100</text>",
        x(100.0)
    );
    let mut y = TOP;
    for p in &r.pillars {
        let _ = writeln!(
            o,
            "<text x=\"4\" y=\"{:.1}\" font-size=\"12.5\" font-weight=\"700\" fill=\"#1f2933\">{}</text>",
            y + 17.0,
            esc(&cut(&p.title, 46))
        );
        y += ROW;
        for (pi, q) in r
            .principles
            .iter()
            .enumerate()
            .filter(|(_, q)| q.pillar == p.id)
        {
            let name = format!("{}. {}", q.number, q.title);
            let _ = writeln!(
                o,
                "<g class=\"row\" data-principle=\"{}\">\n<text x=\"14\" y=\"{:.1}\" font-size=\"12\" fill=\"#1f2933\"><title>{}</title>{}</text>",
                esc(&q.id),
                y + 17.0,
                esc(&name),
                esc(&cut(&name, 44))
            );
            if let Some(v) = q.line.score {
                let _ = writeln!(
                    o,
                    "<rect class=\"bar\" data-principle=\"{}\" data-year=\"{}\" data-score=\"{}\" x=\"{X0}\" y=\"{:.1}\" width=\"{:.1}\" height=\"14\" rx=\"2\" fill=\"{ACCENT}\"><title>{}: {} ({}) {in_year}</title></rect>",
                    esc(&q.id),
                    r.header.year,
                    crate::present::plain_decimal(v),
                    y + 6.0,
                    x(v) - X0,
                    esc(&name),
                    one_decimal(v),
                    esc(q.line.band.as_deref().unwrap_or("")),
                    in_year = crate::t!("report-html-in", year = r.header.year.to_string())
                );
            }
            for (j, s) in &priors {
                let Some(v) = s.principles[pi] else {
                    continue;
                };
                let colour = PRIOR_COLOURS[j % PRIOR_COLOURS.len()];
                let _ = writeln!(
                    o,
                    "<line class=\"prior\" data-principle=\"{}\" data-year=\"{}\" data-score=\"{}\" x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"3\"><title>{}: {} {in_label}</title></line>",
                    esc(&q.id),
                    s.year,
                    crate::present::plain_decimal(v),
                    x(v),
                    x(v),
                    y + 2.0,
                    y + ROW - 2.0,
                    esc(&name),
                    one_decimal(v),
                    in_label = esc(&crate::t!("report-html-in", year = s.label.as_str()))
                );
            }
            if let Some(t) = q.target {
                let _ = writeln!(
                    o,
                    "<line class=\"target\" data-principle=\"{}\" data-target=\"{}\" x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{TARGET}\" stroke-width=\"2\" stroke-dasharray=\"3 2\"><title>{}</title></line>",
                    esc(&q.id),
                    format_number(t),
                    x(t),
                    x(t),
                    y + 1.0,
                    y + ROW - 1.0,
                    esc(&crate::t!(
                        "report-chart-target",
                        name = name.as_str(),
                        target = crate::i18n::decimal(&format_number(t))
                    ))
                );
            }
            let _ = writeln!(
                o,
                "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" font-weight=\"600\" fill=\"#1f2933\">{}</text>\n</g>",
                X0 + PW + 10.0,
                y + 17.0,
                score(q.line.score)
            );
            y += ROW;
        }
    }
    // Legend.
    // Legend entries are spaced by an estimate of their text width (11px text, ~6.5px a char).
    let mut lx = 4.0;
    let this = crate::t!("report-this-assessment", year = r.header.year.to_string());
    let _ = writeln!(
        o,
        "<rect x=\"{lx}\" y=\"{:.1}\" width=\"18\" height=\"10\" fill=\"{ACCENT}\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#1f2933\">{}</text>",
        legend_y - 9.0,
        lx + 24.0,
        legend_y,
        esc(&this)
    );
    lx += 24.0 + 6.5 * this.chars().count() as f64 + 16.0;
    for (j, s) in &priors {
        let colour = PRIOR_COLOURS[j % PRIOR_COLOURS.len()];
        let label = s.heading();
        let _ = writeln!(
            o,
            "<line x1=\"{lx:.1}\" x2=\"{lx:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"3\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#1f2933\">{}</text>",
            legend_y - 11.0,
            legend_y + 2.0,
            lx + 7.0,
            legend_y,
            esc(&label)
        );
        lx += 7.0 + 6.5 * label.chars().count() as f64 + 16.0;
    }
    if r.principles.iter().any(|p| p.target.is_some()) {
        let _ = writeln!(
            o,
            "<line x1=\"{lx:.1}\" x2=\"{lx:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{TARGET}\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#1f2933\">{}</text>",
            legend_y - 11.0,
            legend_y + 2.0,
            lx + 7.0,
            legend_y,
            esc(&crate::t!("report-chart-target-legend"))
        );
    }
    o.push_str("</svg>\n");
    svg
}

/// The trend chart with its caption.
fn trend_chart(o: &mut String, r: &Report) {
    o.push_str("<figure class=\"chart\" id=\"chart-trend\">\n");
    o.push_str(&trend_svg(r));
    let _ = writeln!(
        o,
        "<figcaption>{}</figcaption>\n</figure>",
        esc(&crate::t!("report-trend-caption"))
    );
}

/// What the trend chart shows, in words (its caption).
/// The trend chart's caption in English (the Word report's; the HTML report says it in the
/// run's language, `report-trend-caption`).
pub const TREND_CAPTION: &str = "Overall score out of 100 by year, over the maturity bands.";

/// The overall score over the years, as a line over the maturity bands: one SVG document (the
/// Word report draws the same SVG as a picture).
pub fn trend_svg(r: &Report) -> String {
    let mut svg = String::new();
    let o = &mut svg;
    const W: f64 = 800.0;
    const H: f64 = 250.0;
    const X0: f64 = 60.0;
    const X1: f64 = 700.0;
    const Y0: f64 = 24.0;
    const Y1: f64 = 210.0;
    let y = |v: f64| Y1 - v.clamp(0.0, 100.0) / 100.0 * (Y1 - Y0);
    let n = r.history.len();
    let x = |i: usize| {
        if n <= 1 {
            (X0 + X1) / 2.0
        } else {
            X0 + 30.0 + (X1 - X0 - 60.0) * i as f64 / (n - 1) as f64
        }
    };
    let _ = writeln!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-labelledby=\"chart-trend-title\">\n<title id=\"chart-trend-title\">{}</title>",
        esc(&crate::t!("report-trend-chart-title"))
    );
    let bands = &r.framework.bands;
    for (i, (from, label)) in bands.iter().enumerate() {
        let to = bands.get(i + 1).map_or(100.0, |b| b.0);
        let fill = if i % 2 == 0 { "#f3f5f8" } else { "#e9edf2" };
        // A label too long for the margin goes on two lines, whole, not cut.
        let lines = label_lines(label, 14);
        let (label_y, label) = match lines.as_slice() {
            [one] => ((y(to) + y(*from)) / 2.0 + 4.0, esc(one)),
            _ => (
                (y(to) + y(*from)) / 2.0 - 1.5,
                lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| {
                        format!(
                            "<tspan x=\"{:.1}\" dy=\"{}\">{}</tspan>",
                            X1 + 8.0,
                            if i == 0 { 0.0 } else { 11.0 },
                            esc(l)
                        )
                    })
                    .collect(),
            ),
        };
        let _ = writeln!(
            o,
            "<rect x=\"{X0}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10.5\" fill=\"#5f6b7a\">{}</text>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#5f6b7a\" text-anchor=\"end\">{}</text>",
            y(to),
            X1 - X0,
            y(*from) - y(to),
            X1 + 8.0,
            label_y,
            label,
            X0 - 6.0,
            y(*from) + 3.5,
            format_number(*from)
        );
    }
    let _ = writeln!(
        o,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#5f6b7a\" text-anchor=\"end\">100</text>",
        X0 - 6.0,
        y(100.0) + 3.5
    );
    let points: Vec<(usize, f64)> = r
        .history
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.overall.map(|v| (i, v)))
        .collect();
    if points.len() > 1 {
        let path: Vec<String> = points
            .iter()
            .map(|(i, v)| format!("{:.1},{:.1}", x(*i), y(*v)))
            .collect();
        let _ = writeln!(
            o,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{ACCENT}\" stroke-width=\"2.5\"/>",
            path.join(" ")
        );
    }
    for (i, s) in r.history.iter().enumerate() {
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"#1f2933\" text-anchor=\"middle\"{}>{}</text>",
            x(i),
            Y1 + 20.0,
            if s.current {
                " font-weight=\"700\""
            } else {
                ""
            },
            esc(&s.heading())
        );
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#5f6b7a\" text-anchor=\"middle\">{}</text>",
            x(i),
            Y1 + 34.0,
            esc(&super::status_words(s.status))
        );
        let Some(v) = s.overall else {
            continue;
        };
        let (rad, fill) = if s.current {
            (7.0, ACCENT)
        } else {
            (5.5, "#fff")
        };
        let _ = writeln!(
            o,
            "<circle class=\"point\" data-year=\"{}\" data-score=\"{}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"{rad}\" fill=\"{fill}\" stroke=\"{ACCENT}\" stroke-width=\"2.5\"><title>{}: {overall}</title></circle>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" font-weight=\"600\" fill=\"#1f2933\" text-anchor=\"middle\">{}</text>",
            s.year,
            crate::present::plain_decimal(v),
            x(i),
            y(v),
            esc(&s.label),
            x(i),
            y(v) - 12.0,
            one_decimal(v),
            overall = esc(&crate::t!(
                "report-html-overall-point",
                score = one_decimal(v)
            ))
        );
    }
    o.push_str("</svg>\n");
    svg
}

fn scores(o: &mut String, r: &Report) {
    o.push_str(&format!(
        "<section id=\"scores\">\n<h2>{a0}</h2>\n",
        a0 = esc(&crate::t!("report-heading-scores"))
    ));
    principle_chart(o, r);
    let zero = r.header.unknown_scores_zero;
    let since = r.moves.column_heading();
    let _ = writeln!(
        o,
        "<table class=\"scores\">\n<thead><tr><th>{}</th><th class=\"n\">{}</th><th>{}</th><th>{}</th><th>{}</th><th class=\"n\">{}</th></tr></thead>\n<tbody>",
        esc(&crate::t!("report-col-pillar-principle")),
        esc(&crate::t!("report-col-score")),
        esc(&crate::t!("report-col-band-title")),
        esc(&crate::t!("report-col-rests-on")),
        esc(&crate::t!("report-col-left-out")),
        esc(&since)
    );
    let row = |o: &mut String, class: &str, name: String, l: &ScoreLine| {
        let _ = writeln!(
            o,
            "<tr class=\"{class}\"><td{}>{name}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td></tr>",
            if class.is_empty() {
                " class=\"indent\""
            } else {
                ""
            },
            esc(&l.figure()),
            esc(&l
                .band
                .as_deref()
                .map_or("-".into(), |b| crate::present::band_marked(
                    b,
                    l.provisional
                ))),
            esc(&crate::present::rests_on(&l.counts)),
            esc(&l.left_out(zero).unwrap_or_else(|| crate::t!("word-none"))),
            change_span(l.change)
        );
    };
    row(o, "overall", esc(&crate::t!("report-overall")), &r.overall);
    for p in &r.pillars {
        row(o, "pillar", esc(&p.title), &p.line);
        for q in r.principles.iter().filter(|q| q.pillar == p.id) {
            row(o, "", esc(&format!("{}. {}", q.number, q.title)), &q.line);
        }
    }
    o.push_str("</tbody>\n</table>\n");
    let ranged = r.has_range();
    if ranged {
        let _ = writeln!(
            o,
            "<p class=\"q\">{}</p>",
            esc(&crate::present::range_legend(r.narrowest_band))
        );
    }
    o.push_str("</section>\n");
}

fn trend(o: &mut String, r: &Report) {
    o.push_str(&format!(
        "<section id=\"trend\">\n<h2>{a0}</h2>\n",
        a0 = esc(&crate::t!("report-heading-trend"))
    ));
    if r.history.len() < 2 {
        o.push_str(&format!(
            "<p>{a0}</p>\n",
            a0 = esc(&crate::t!("report-no-prior-given"))
        ));
    }
    trend_chart(o, r);
    if r.history.len() < 2 {
        o.push_str("</section>\n");
        return;
    }
    o.push_str(&format!(
        "<table class=\"trend\">\n<thead><tr><th>{a0}</th>",
        a0 = esc(&crate::t!("report-col-pillar-principle"))
    ));
    for s in &r.history {
        let _ = write!(o, "<th class=\"n\">{}</th>", esc(&s.heading()));
    }
    o.push_str(&format!(
        "<th class=\"n\">{a0}</th></tr></thead>\n<tbody>\n",
        a0 = esc(&crate::t!("report-col-change-title"))
    ));
    let row = |o: &mut String, class: &str, name: String, values: Vec<Option<f64>>, change| {
        let _ = write!(
            o,
            "<tr class=\"{class}\"><td{}>{name}</td>",
            if class.is_empty() {
                " class=\"indent\""
            } else {
                ""
            }
        );
        for v in values {
            let _ = write!(o, "<td class=\"n\">{}</td>", score(v));
        }
        let _ = writeln!(o, "<td class=\"n\">{}</td></tr>", change_span(change));
    };
    row(
        o,
        "overall",
        esc(&crate::t!("report-overall")),
        r.history.iter().map(|s| s.overall).collect(),
        r.overall.change,
    );
    for (pi, p) in r.pillars.iter().enumerate() {
        row(
            o,
            "pillar",
            esc(&p.title),
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
                o,
                "",
                esc(&format!("{}. {}", q.number, q.title)),
                r.history.iter().map(|s| s.principles[qi]).collect(),
                q.line.change,
            );
        }
    }
    o.push_str(&format!(
        "</tbody>\n</table>\n<p class=\"q\">{a0} ",
        a0 = esc(&crate::t!("report-assessments"))
    ));
    let files: Vec<String> = r
        .history
        .iter()
        .map(|s| {
            // The arguments escaped one by one, so that the file name can be code.
            crate::t!(
                "report-assessment-file",
                heading = esc(&s.heading()),
                file = format!("<code>{}</code>", esc(&s.file)),
                status = esc(&super::status_words(s.status)),
                version = esc(&s.framework_version)
            )
        })
        .collect();
    o.push_str(&files.join(crate::present::semicolon()));
    o.push('.');
    if r.history.iter().any(|s| s.overlap.is_some()) {
        let _ = write!(o, " {}", esc(&crate::t!("report-other-version-mark")));
    }
    if let Some(f) = &r.moves.from_words {
        let _ = write!(
            o,
            " {}",
            esc(&crate::t!("report-changes-measured", from = f.as_str()))
        );
    }
    o.push_str("</p>\n</section>\n");
}

fn moves(o: &mut String, r: &Report) {
    let m = &r.moves;
    let Some(since) = &m.since else {
        return;
    };
    let _ = writeln!(
        o,
        "<section id=\"moves\">\n<h2>{} {} {}</h2>",
        esc(&crate::t!("report-heading-moves")),
        r.moves.word(),
        esc(since)
    );
    if m.principles.is_empty() && m.questions.is_empty() {
        o.push_str(&format!(
            "<p>{a0}</p>\n</section>\n",
            a0 = esc(&crate::t!("report-no-change"))
        ));
        return;
    }
    if !m.principles.is_empty() {
        o.push_str(&format!("<h3>{a0}</h3>\n<table>\n<thead><tr><th>{a1}</th><th class=\"n\">{a2}</th><th class=\"n\">{a3}</th><th class=\"n\">{a4}</th></tr></thead>\n<tbody>\n", a0 = esc(&crate::t!("report-by-principle")), a1 = esc(&crate::t!("report-col-principle")), a2 = esc(&crate::t!("report-col-was")), a3 = esc(&crate::t!("report-col-now")), a4 = esc(&crate::t!("report-col-change-title"))));
        for x in &m.principles {
            let _ = writeln!(
                o,
                "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&format!("{}. {}", x.number, x.title)),
                score(Some(x.from)),
                score(Some(x.to)),
                change_span(Some(x.delta()))
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }
    if !m.questions.is_empty() {
        o.push_str(&format!("<h3>{a0}</h3>\n<table>\n<thead><tr><th>{a1}</th><th>{a2}</th><th>{a3}</th><th class=\"n\">{a4}</th></tr></thead>\n<tbody>\n", a0 = esc(&crate::t!("report-by-question")), a1 = esc(&crate::t!("report-col-question")), a2 = esc(&crate::t!("report-col-was")), a3 = esc(&crate::t!("report-col-now")), a4 = esc(&crate::t!("report-col-change-title"))));
        for x in &m.questions {
            let _ = writeln!(
                o,
                "<tr><td><code>{}</code> ({}) <span class=\"q\">{}</span></td><td class=\"answer\">{}</td><td class=\"answer\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&x.id),
                esc(&crate::t!(
                    "report-principle-n",
                    number = x.principle_number
                )),
                esc(&x.text),
                esc(&x.from_answer),
                esc(&x.to_answer),
                change_span(Some(x.delta()))
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }
    o.push_str("</section>\n");
}

fn targets(o: &mut String, r: &Report) {
    o.push_str(&format!(
        "<section id=\"targets\">\n<h2>{a0}</h2>\n",
        a0 = esc(&crate::t!("report-heading-targets"))
    ));
    if r.targets.is_empty() {
        o.push_str(&format!(
            "<p>{a0}</p>\n</section>\n",
            a0 = esc(&crate::t!("report-no-targets"))
        ));
        return;
    }
    let was = r
        .moves
        .since_year
        .map(|y| crate::t!("report-col-in-year", year = y.to_string()));
    let _ = write!(
        o,
        "<table>\n<thead><tr><th>{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th><th class=\"n\">{}</th>",
        esc(&crate::t!("report-col-principle")),
        esc(&crate::t!("report-col-target")),
        esc(&crate::t!("report-col-score")),
        esc(&crate::t!("report-col-gap"))
    );
    if let Some(w) = &was {
        let _ = write!(o, "<th class=\"n\">{}</th>", esc(w));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for t in &r.targets {
        let gap = match t.gap {
            Some(g) if g <= 0.0 => format!(
                "<span class=\"up\">{}</span>",
                esc(&crate::t!("report-target-met"))
            ),
            g => score(g),
        };
        let _ = write!(
            o,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{gap}</td>",
            esc(&format!("{}. {}", t.number, t.title)),
            crate::i18n::decimal(&format_number(t.target)),
            score(t.score)
        );
        if was.is_some() {
            let _ = write!(o, "<td class=\"n\">{}</td>", score(t.previous));
        }
        o.push_str("</tr>\n");
    }
    let _ = writeln!(
        o,
        "</tbody>\n</table>\n<p class=\"q\">{}</p>\n</section>",
        esc(&crate::t!("report-gap-note"))
    );
}

fn question_table(o: &mut String, list: &[super::QuestionLine]) {
    o.push_str(&format!("<table>\n<thead><tr><th class=\"n\">{a0}</th><th>{a1}</th><th>{a2}</th></tr></thead>\n<tbody>\n", a0 = esc(&crate::t!("report-col-score")), a1 = esc(&crate::t!("report-col-question")), a2 = esc(&crate::t!("report-col-answer"))));
    for q in list {
        let _ = writeln!(
            o,
            "<tr><td class=\"n\">{}</td><td><code>{}</code> <span class=\"q\">({}. {})</span><br>{}</td><td class=\"answer\">{}</td></tr>",
            score(Some(q.score)),
            esc(&q.id),
            esc(&crate::t!(
                "report-principle-n",
                number = q.principle_number
            )),
            esc(&q.principle_title),
            esc(&q.text),
            esc(&q.answer)
        );
    }
    o.push_str("</tbody>\n</table>\n");
}

fn strengths_and_gaps(o: &mut String, r: &Report) {
    o.push_str(&format!(
        "<section id=\"strengths\">\n<h2>{a0}</h2>\n<p class=\"q\">{a1}</p>\n",
        a0 = esc(&crate::t!("report-heading-strengths")),
        a1 = esc(&crate::t!("report-strengths-intro"))
    ));
    if r.strengths.is_empty() {
        o.push_str(&format!(
            "<p>{a0}</p>\n",
            a0 = esc(&crate::t!("report-no-strengths"))
        ));
    } else {
        question_table(o, &r.strengths);
    }
    o.push_str(&format!(
        "</section>\n<section id=\"gaps\">\n<h2>{a0}</h2>\n<p class=\"q\">{a1}</p>\n",
        a0 = esc(&crate::t!("report-heading-gaps")),
        a1 = esc(&crate::t!("report-gaps-intro"))
    ));
    if r.gaps.is_empty() {
        o.push_str(&format!(
            "<p>{a0}</p>\n",
            a0 = esc(&crate::t!("report-no-gaps"))
        ));
    } else {
        question_table(o, &r.gaps);
    }
    o.push_str("</section>\n");
}

/// Dimension scores, when the framework has dimensions.
fn dimensions(o: &mut String, r: &Report) {
    if r.dimensions.is_empty() {
        return;
    }
    o.push_str(&format!(
        "<section id=\"dimensions\">\n<h2>{a0}</h2>\n<p class=\"q\">{a1}</p>\n<ul>\n",
        a0 = esc(&crate::t!("report-heading-dimensions")),
        a1 = esc(&crate::t!("report-dimensions-intro"))
    ));
    for d in &r.dimensions {
        let _ = writeln!(
            o,
            "<li><strong>{}</strong>{c}{}</li>",
            esc(&d.title),
            esc(&d.words(r.moves.from_words.as_deref())),
            c = crate::present::colon()
        );
    }
    o.push_str("</ul>\n</section>\n");
}

/// The good practices of the principles with next steps (nothing when there are none).
fn practices(o: &mut String, r: &Report, title: &str) {
    if r.practices.is_empty() {
        return;
    }
    let _ = writeln!(
        o,
        "<section id=\"practices\">\n<h2>{title}</h2>\n<p class=\"q\">{}</p>\n<ul>",
        esc(&crate::t!("report-practices-intro"))
    );
    for p in &r.practices {
        let pr = &p.practice;
        let _ = writeln!(
            o,
            "<li>{}. {}{c}<strong>{}</strong> ({}, {}). {} {}</li>",
            p.principle_number,
            esc(&p.principle_title),
            esc(&pr.title),
            esc(&pr.country),
            pr.year,
            esc(&pr.summary),
            link(&pr.source),
            c = crate::present::colon()
        );
    }
    o.push_str("</ul>\n</section>\n");
}

/// Context indicators: their values, apart from every score (nothing when there are none).
fn context(o: &mut String, r: &Report) {
    if r.context.is_empty() {
        return;
    }
    o.push_str(&format!(
        "<section id=\"context\">\n<h2>{a0}</h2>\n<p class=\"q\">{a1}</p>\n<ul>\n",
        a0 = esc(&crate::t!("report-heading-context")),
        a1 = esc(&crate::t!("report-context-intro"))
    ));
    let since = r.moves.since_year.map(|y| y.to_string());
    for c in &r.context {
        let _ = writeln!(
            o,
            "<li><code>{}</code>{c}{} <span class=\"q\">{}</span></li>",
            esc(&c.id),
            esc(&c.value_words(since.as_deref())),
            esc(&c.text),
            c = crate::present::colon()
        );
    }
    o.push_str("</ul>\n</section>\n");
}

fn next_steps(o: &mut String, r: &Report) {
    o.push_str(&format!(
        "<section id=\"next-steps\">\n<h2>{a0}</h2>\n<p class=\"q\">{a1}</p>\n",
        a0 = esc(&crate::t!("report-heading-next-steps")),
        a1 = crate::t!("report-next-steps-intro")
    ));
    if !r.unanswered.is_empty() || !r.flagged.is_empty() {
        o.push_str("<ul>\n");
        let ids = |v: &[String]| {
            v.iter()
                .map(|i| format!("<code>{}</code>", esc(i)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !r.unanswered.is_empty() {
            let _ = writeln!(
                o,
                "<li>{}</li>",
                crate::t!(
                    "report-answer-unanswered",
                    n = r.unanswered.len(),
                    list = ids(&r.unanswered)
                )
            );
        }
        if !r.flagged.is_empty() {
            let _ = writeln!(
                o,
                "<li>{}</li>",
                crate::t!(
                    "report-confirm-flagged",
                    n = r.flagged.len(),
                    list = ids(&r.flagged)
                )
            );
        }
        o.push_str("</ul>\n");
    }
    if r.next_steps.is_empty() {
        o.push_str(&format!(
            "<p>{a0}</p>\n</section>\n",
            a0 = esc(&crate::t!("report-no-weak"))
        ));
        return;
    }
    o.push_str("<ul class=\"steps\">\n");
    for s in &r.next_steps {
        let now = match s.score {
            Some(v) => esc(&crate::t!(
                "report-html-now-scoring",
                number = s.principle_number,
                answer = s.answer.as_str(),
                score = score(Some(v))
            )),
            None => esc(&crate::t!(
                "report-html-now",
                number = s.principle_number,
                answer = s.answer.as_str()
            )),
        };
        let _ = write!(
            o,
            "<li><code>{}</code> <span class=\"q\">({now})</span> {}<br>{}<br><span class=\"action\">{}</span>",
            esc(&s.id),
            crate::t!(
                "report-html-if-reached",
                worth = format!("<strong>{}</strong>", esc(&s.worth())),
                reached = esc(&s.reached)
            ),
            esc(&s.text),
            esc(&s.action)
        );
        if s.details.len() == 1 {
            let _ = write!(o, " {}", esc(&s.details[0]));
        } else if !s.details.is_empty() {
            o.push_str("<ul>");
            for d in &s.details {
                let _ = write!(o, "<li>{}</li>", esc(d));
            }
            o.push_str("</ul>");
        }
        o.push_str("</li>\n");
    }
    o.push_str("</ul>\n</section>\n");
}

/// Does the band hold under the other methods? A table of the methods, then the verdict.
fn robustness(o: &mut String, r: &Report) {
    let s = &r.robustness;
    if s.score.is_none() {
        return;
    }
    o.push_str(&format!(
        "<section id=\"robustness\">\n<h2>{a0}</h2>\n<p class=\"q\">{a1}</p>\n",
        a0 = esc(&crate::t!("report-heading-robustness")),
        a1 = esc(&crate::t!("report-robustness-intro"))
    ));
    o.push_str(&format!("<table class=\"robustness\">\n<thead><tr><th>{a0}</th><th class=\"n\">{a1}</th><th class=\"n\">{a2}</th><th>{a3}</th><th>{a4}</th></tr></thead>\n<tbody>\n", a0 = esc(&crate::t!("report-col-method-title")), a1 = esc(&crate::t!("report-overall")), a2 = esc(&crate::t!("report-col-change-title")), a3 = esc(&crate::t!("report-col-band-title")), a4 = esc(&crate::t!("report-col-band-holds"))));
    let _ = writeln!(
        o,
        "<tr class=\"overall\"><td>{}</td><td class=\"n\">{}</td><td class=\"n\"></td><td>{}</td><td></td></tr>",
        crate::t!("report-framework-method"),
        score(s.score),
        esc(s.band.as_deref().unwrap_or("-"))
    );
    for m in &s.outcomes {
        let verdict = crate::present::band_verdict(m, s);
        // The class says the verdict the same in every language.
        let class = match m.holds(s) {
            Some(true) => "yes",
            Some(false) => "no",
            None => "-",
        };
        let _ = writeln!(
            o,
            "<tr data-method=\"{}\"><td title=\"{}\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td class=\"holds-{class}\">{verdict}</td></tr>",
            esc(&m.id),
            esc(&crate::present::method_why(&m.id, &m.why)),
            esc(&crate::present::method_title(&m.id, &m.title)),
            score(m.score),
            delta(m.change(s)),
            esc(m.band.as_deref().unwrap_or("-")),
        );
    }
    o.push_str("</tbody>\n</table>\n");
    let _ = writeln!(
        o,
        "<p>{} {}</p>\n</section>",
        esc(&crate::present::robustness_sentence(s)),
        crate::t!(
            "report-method-doc",
            doc = format!("<code>{}</code>", crate::present::METHOD_DOC)
        )
    );
}

fn evidence(o: &mut String, r: &Report, id: &str, title: &str) {
    let _ = writeln!(
        o,
        "<section id=\"{id}\">\n<h2>{title}</h2>\n<p class=\"q\">{}</p>",
        esc(&crate::t!("report-evidence-intro"))
    );
    for p in &r.evidence {
        let _ = writeln!(
            o,
            "<h3 id=\"evidence-{}\">{} <span class=\"q\">({})</span></h3>",
            esc(&p.id),
            esc(&format!("{}. {}", p.number, p.title)),
            score(p.score)
        );
        o.push_str(&format!("<table class=\"evidence-table\">\n<colgroup><col class=\"c-q\"><col class=\"c-s\"><col class=\"c-e\"></colgroup>\n<thead><tr><th>{a0}</th><th class=\"n\">{a1}</th><th>{a2}</th></tr></thead>\n<tbody>\n", a0 = esc(&crate::t!("report-col-question-answer")), a1 = esc(&crate::t!("report-col-score")), a2 = esc(&crate::t!("report-heading-evidence"))));
        for q in &p.questions {
            let mut answer = format!(
                "<code>{}</code> <span class=\"q\">{}</span><div class=\"ans\">{}</div>",
                esc(&q.id),
                esc(&q.text),
                esc(&q.answer)
            );
            if !q.items.is_empty() {
                answer.push_str("<ul class=\"items\">");
                for i in &q.items {
                    let _ = write!(answer, "<li>{}</li>", esc(i));
                }
                answer.push_str("</ul>");
            }
            if q.review {
                let _ = write!(
                    answer,
                    "<div class=\"flag\">{}</div>",
                    esc(&crate::t!("report-carried-forward"))
                );
            }
            let mut ev = q.evidence.as_deref().map_or(String::new(), |e| {
                format!("<div class=\"evidence\">{}</div>", esc(e))
            });
            if !q.links.is_empty() {
                ev.push_str("<div class=\"links\">");
                let links: Vec<String> = q.links.iter().map(|l| link(l)).collect();
                ev.push_str(&links.join("<br>"));
                ev.push_str("</div>");
            }
            let _ = writeln!(
                o,
                "<tr><td>{answer}</td><td class=\"n\">{}</td><td>{ev}</td></tr>",
                score(q.score)
            );
        }
        o.push_str("</tbody>\n</table>\n");
    }
    o.push_str("</section>\n");
}

fn method(o: &mut String, r: &Report) {
    o.push_str(&format!(
        "<section id=\"method\">\n<h2>{a0}</h2>\n<ul>\n",
        a0 = esc(&crate::t!("report-heading-method"))
    ));
    for m in &r.method {
        let _ = writeln!(o, "<li>{}</li>", esc(m));
    }
    let _ = writeln!(
        o,
        "</ul>\n</section>\n<footer>{}</footer>",
        // The arguments escaped one by one: the id is code, the source a link.
        crate::t!(
            "report-html-footer",
            id = format!("<code>{}</code>", esc(&r.framework.id)),
            version = esc(&r.framework.version),
            title = esc(&r.framework.title),
            source = link(&r.framework.source),
            dgtk = esc(r.dgtk_version)
        )
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_content_and_both_quotes() {
        assert_eq!(
            esc("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;"
        );
        assert_eq!(
            esc("\"><img src=x onerror=alert(1)>"),
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"
        );
        assert_eq!(esc("a & b 'c'"), "a &amp; b &#39;c&#39;");
        assert_eq!(esc("&lt;"), "&amp;lt;");
        assert_eq!(esc("nul\0bell\x07"), "nul\u{fffd}bell\u{fffd}");
    }

    #[test]
    fn only_web_and_mail_links_are_clickable() {
        assert!(
            link("https://example.org/?a=1&b=2")
                .starts_with("<a href=\"https://example.org/?a=1&amp;b=2\"")
        );
        assert!(link("HTTPS://EXAMPLE.ORG").starts_with("<a href="));
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "https://x.org/\"onmouseover=alert(1)",
            "https://x.org/ spaced",
        ] {
            let l = link(bad);
            if bad.starts_with("https://x.org/\"") {
                // Still a link, but the quote cannot close the attribute.
                assert!(
                    l.contains("&quot;onmouseover") && !l.contains("\"onmouseover"),
                    "{l}"
                );
            } else {
                assert!(l.starts_with("<span class=\"url\">"), "{l}");
            }
            assert!(!l.contains("<img") && !l.contains("<script"), "{l}");
        }
    }
}
