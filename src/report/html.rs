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
const DRAFT_CSS: &str = r#"
@page { @top-right { content: "DRAFT: not for publication"; font: 700 9pt system-ui, Arial, sans-serif; color: #b42318; letter-spacing: .08em; } }
"#;

/// Colours of prior years in the charts (the assessment itself is drawn in the accent colour).
const PRIOR_COLOURS: [&str; 6] = [
    "#8a94a6", "#d97706", "#7c3aed", "#0f766e", "#db2777", "#4d7c0f",
];
const ACCENT: &str = "#1f5fa8";
const TARGET: &str = "#c2410c";

/// Renders the report as a complete HTML document.
pub fn render(r: &Report) -> String {
    let h = &r.header;
    let title = format!("Progress report: {}, {}", h.who(), h.year);
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"dgtk {}\">\n<title>{}</title>\n<style>{CSS}{}</style>\n</head>\n<body>\n<main>\n",
        esc(r.dgtk_version),
        esc(&title),
        if r.header.status == crate::assessment::Status::Draft {
            DRAFT_CSS
        } else {
            ""
        }
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
        practices(&mut o, r, "Good practices");
        evidence(&mut o, r, "evidence", "Evidence");
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
        practices(&mut o, r, "Annex: good practices");
        if r.evidence_placement == super::EvidencePlacement::Annex {
            evidence(&mut o, r, "evidence", "Annex: evidence");
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
        o.push_str("<div class=\"draft-mark\">DRAFT</div>\n");
    }
    let _ = writeln!(o, "<h1>{}</h1>", esc(title));
    let _ = writeln!(
        o,
        "<p class=\"lead\">Self-assessment against {} (version {})</p>",
        esc(&r.framework.title),
        esc(&r.framework.version)
    );
    let coverage = r.coverage();
    o.push_str("<dl class=\"meta\">\n");
    let mut field = |k: &str, v: String| {
        let _ = writeln!(o, "<dt>{k}</dt><dd>{v}</dd>");
    };
    field("Country", esc(&h.country));
    if let Some(org) = h.organisation.as_deref().filter(|s| !s.trim().is_empty()) {
        field("Organisation", esc(org));
    }
    field("Year", h.year.to_string());
    field(
        "Framework",
        format!(
            "{} <code>{}</code>, version {}",
            esc(&r.framework.title),
            esc(&r.framework.id),
            esc(&r.framework.version)
        ),
    );
    let mut status = esc(h.status.as_str());
    if let Some(u) = &h.updated {
        status.push_str(&format!(", updated {}", esc(u)));
    }
    field("Status", status);
    if !h.assessors.is_empty() {
        let names: Vec<String> = h.assessors.iter().map(|a| esc(a)).collect();
        field("Assessors", names.join(", "));
    }
    field("Coverage", esc(&coverage));
    let priors: Vec<String> = r
        .history
        .iter()
        .filter(|s| !s.current)
        .map(|s| format!("{} ({})", esc(&s.label), esc(s.status.as_str())))
        .collect();
    field(
        "Compared with",
        if priors.is_empty() {
            "no prior assessment".into()
        } else {
            priors.join(", ")
        },
    );
    field("File", format!("<code>{}</code>", esc(&h.file)));
    o.push_str("</dl>\n");
    for n in &r.notes {
        let _ = writeln!(o, "<p class=\"note\"><strong>Note:</strong> {}</p>", esc(n));
    }
    // Large declines come first, above the overall figure, so that a rise cannot hide them.
    if let Some(d) = &r.moves.declines {
        let _ = writeln!(
            o,
            "<p class=\"note declines\"><strong>Declines: {}</strong></p>",
            esc(d)
        );
    }
    if let (Some(_), Some(c)) = (r.overall.change, &r.moves.caveats) {
        let _ = writeln!(
            o,
            "<p class=\"note caveats\"><strong>The changes are {}.</strong></p>",
            esc(c)
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
             <div class=\"b\">{}{change}</div><div class=\"k\">rests on {} questions{}</div></div>",
            esc(k),
            score(l.score),
            esc(l.band.as_deref().unwrap_or("no score")),
            esc(&crate::present::rests_on(&l.counts)),
            crate::present::range_words(l.range, l.provisional)
                .map_or(String::new(), |r| format!("; {}", esc(&r)))
        );
    };
    o.push_str("<div class=\"cards\">\n");
    card(o, " overall", "Overall score", &r.overall);
    for p in &r.pillars {
        card(o, "", &p.title, &p.line);
    }
    o.push_str("</div>\n</header>\n");
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
    let mut c = String::from("Score out of 100 per principle (bar), over the maturity bands");
    if r.history.iter().any(|s| !s.current) {
        c.push_str("; each prior year is a coloured mark on the same row");
    }
    if r.principles.iter().any(|p| p.target.is_some()) {
        c.push_str("; dashed marks are targets");
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
         <title id=\"chart-principles-title\">Scores by principle, {}{}</title>",
        r.header.year,
        if priors.is_empty() {
            String::new()
        } else {
            ", with prior years".to_string()
        }
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
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"14\" font-size=\"10.5\" fill=\"#5f6b7a\" text-anchor=\"middle\">{}</text>",
            (x(*from) + x(to)) / 2.0,
            esc(&cut(label, chars.max(1)))
        );
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
                    "<rect class=\"bar\" data-principle=\"{}\" data-year=\"{}\" data-score=\"{}\" x=\"{X0}\" y=\"{:.1}\" width=\"{:.1}\" height=\"14\" rx=\"2\" fill=\"{ACCENT}\"><title>{}: {} ({}) in {}</title></rect>",
                    esc(&q.id),
                    r.header.year,
                    one_decimal(v),
                    y + 6.0,
                    x(v) - X0,
                    esc(&name),
                    one_decimal(v),
                    esc(q.line.band.as_deref().unwrap_or("")),
                    r.header.year
                );
            }
            for (j, s) in &priors {
                let Some(v) = s.principles[pi] else {
                    continue;
                };
                let colour = PRIOR_COLOURS[j % PRIOR_COLOURS.len()];
                let _ = writeln!(
                    o,
                    "<line class=\"prior\" data-principle=\"{}\" data-year=\"{}\" data-score=\"{}\" x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{colour}\" stroke-width=\"3\"><title>{}: {} in {}</title></line>",
                    esc(&q.id),
                    s.year,
                    one_decimal(v),
                    x(v),
                    x(v),
                    y + 2.0,
                    y + ROW - 2.0,
                    esc(&name),
                    one_decimal(v),
                    esc(&s.label)
                );
            }
            if let Some(t) = q.target {
                let _ = writeln!(
                    o,
                    "<line class=\"target\" data-principle=\"{}\" data-target=\"{}\" x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{TARGET}\" stroke-width=\"2\" stroke-dasharray=\"3 2\"><title>{}: target {}</title></line>",
                    esc(&q.id),
                    format_number(t),
                    x(t),
                    x(t),
                    y + 1.0,
                    y + ROW - 1.0,
                    esc(&name),
                    format_number(t)
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
    let this = format!("{} (this assessment)", r.header.year);
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
            "<line x1=\"{lx:.1}\" x2=\"{lx:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"{TARGET}\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"#1f2933\">target</text>",
            legend_y - 11.0,
            legend_y + 2.0,
            lx + 7.0,
            legend_y
        );
    }
    o.push_str("</svg>\n");
    svg
}

/// The trend chart with its caption.
fn trend_chart(o: &mut String, r: &Report) {
    o.push_str("<figure class=\"chart\" id=\"chart-trend\">\n");
    o.push_str(&trend_svg(r));
    let _ = writeln!(o, "<figcaption>{TREND_CAPTION}</figcaption>\n</figure>");
}

/// What the trend chart shows, in words (its caption).
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
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {H}\" role=\"img\" aria-labelledby=\"chart-trend-title\">\n<title id=\"chart-trend-title\">Overall score by year</title>"
    );
    let bands = &r.framework.bands;
    for (i, (from, label)) in bands.iter().enumerate() {
        let to = bands.get(i + 1).map_or(100.0, |b| b.0);
        let fill = if i % 2 == 0 { "#f3f5f8" } else { "#e9edf2" };
        let _ = writeln!(
            o,
            "<rect x=\"{X0}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10.5\" fill=\"#5f6b7a\">{}</text>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10\" fill=\"#5f6b7a\" text-anchor=\"end\">{}</text>",
            y(to),
            X1 - X0,
            y(*from) - y(to),
            X1 + 8.0,
            (y(to) + y(*from)) / 2.0 + 4.0,
            esc(&cut(label, 14)),
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
            esc(s.status.as_str())
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
            "<circle class=\"point\" data-year=\"{}\" data-score=\"{}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"{rad}\" fill=\"{fill}\" stroke=\"{ACCENT}\" stroke-width=\"2.5\"><title>{}: overall {}</title></circle>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" font-weight=\"600\" fill=\"#1f2933\" text-anchor=\"middle\">{}</text>",
            s.year,
            one_decimal(v),
            x(i),
            y(v),
            esc(&s.label),
            one_decimal(v),
            x(i),
            y(v) - 12.0,
            one_decimal(v)
        );
    }
    o.push_str("</svg>\n");
    svg
}

fn scores(o: &mut String, r: &Report) {
    o.push_str("<section id=\"scores\">\n<h2>Scores</h2>\n");
    principle_chart(o, r);
    let zero = r.header.unknown_scores_zero;
    let since = r.moves.column_heading();
    let _ = writeln!(
        o,
        "<table class=\"scores\">\n<thead><tr><th>Pillar / principle</th><th class=\"n\">Score</th><th>Band</th><th>Rests on</th><th>Left out</th><th class=\"n\">{}</th></tr></thead>\n<tbody>",
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
            esc(&l.left_out(zero).unwrap_or_else(|| "none".into())),
            change_span(l.change)
        );
    };
    row(o, "overall", "Overall".into(), &r.overall);
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
    o.push_str("<section id=\"trend\">\n<h2>Trend</h2>\n");
    if r.history.len() < 2 {
        o.push_str("<p>No prior assessment given.</p>\n");
    }
    trend_chart(o, r);
    if r.history.len() < 2 {
        o.push_str("</section>\n");
        return;
    }
    o.push_str("<table class=\"trend\">\n<thead><tr><th>Pillar / principle</th>");
    for s in &r.history {
        let _ = write!(o, "<th class=\"n\">{}</th>", esc(&s.heading()));
    }
    o.push_str("<th class=\"n\">Change</th></tr></thead>\n<tbody>\n");
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
        "Overall".into(),
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
    o.push_str("</tbody>\n</table>\n<p class=\"q\">Assessments: ");
    let files: Vec<String> = r
        .history
        .iter()
        .map(|s| {
            format!(
                "{}: <code>{}</code> ({}, framework version {})",
                esc(&s.heading()),
                esc(&s.file),
                esc(s.status.as_str()),
                esc(&s.framework_version)
            )
        })
        .collect();
    o.push_str(&files.join("; "));
    o.push('.');
    if r.history.iter().any(|s| s.overlap.is_some()) {
        o.push_str(" * answered on another framework version (see the notes at the top).");
    }
    if let Some(f) = &r.moves.from_words {
        let _ = write!(o, " Changes are measured {}.", esc(f));
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
        "<section id=\"moves\">\n<h2>What moved most {} {}</h2>",
        r.moves.word(),
        esc(since)
    );
    if m.principles.is_empty() && m.questions.is_empty() {
        o.push_str("<p>No score changed.</p>\n</section>\n");
        return;
    }
    if !m.principles.is_empty() {
        o.push_str("<h3>By principle</h3>\n<table>\n<thead><tr><th>Principle</th><th class=\"n\">Was</th><th class=\"n\">Now</th><th class=\"n\">Change</th></tr></thead>\n<tbody>\n");
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
        o.push_str("<h3>By question</h3>\n<table>\n<thead><tr><th>Question</th><th>Was</th><th>Now</th><th class=\"n\">Change</th></tr></thead>\n<tbody>\n");
        for x in &m.questions {
            let _ = writeln!(
                o,
                "<tr><td><code>{}</code> (principle {}) <span class=\"q\">{}</span></td><td class=\"answer\">{}</td><td class=\"answer\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&x.id),
                x.principle_number,
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
    o.push_str("<section id=\"targets\">\n<h2>Targets</h2>\n");
    if r.targets.is_empty() {
        o.push_str("<p>No targets set.</p>\n</section>\n");
        return;
    }
    let was = r.moves.since_year.map(|y| format!("In {y}"));
    o.push_str("<table>\n<thead><tr><th>Principle</th><th class=\"n\">Target</th><th class=\"n\">Score</th><th class=\"n\">Gap</th>");
    if let Some(w) = &was {
        let _ = write!(o, "<th class=\"n\">{}</th>", esc(w));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for t in &r.targets {
        let gap = match t.gap {
            Some(g) if g <= 0.0 => "<span class=\"up\">met</span>".to_string(),
            g => score(g),
        };
        let _ = write!(
            o,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{gap}</td>",
            esc(&format!("{}. {}", t.number, t.title)),
            format_number(t.target),
            score(t.score)
        );
        if was.is_some() {
            let _ = write!(o, "<td class=\"n\">{}</td>", score(t.previous));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n<p class=\"q\">Gap = target minus score; a gap of zero or less is met.</p>\n</section>\n");
}

fn question_table(o: &mut String, list: &[super::QuestionLine]) {
    o.push_str("<table>\n<thead><tr><th class=\"n\">Score</th><th>Question</th><th>Answer</th></tr></thead>\n<tbody>\n");
    for q in list {
        let _ = writeln!(
            o,
            "<tr><td class=\"n\">{}</td><td><code>{}</code> <span class=\"q\">(principle {}. {})</span><br>{}</td><td class=\"answer\">{}</td></tr>",
            score(Some(q.score)),
            esc(&q.id),
            q.principle_number,
            esc(&q.principle_title),
            esc(&q.text),
            esc(&q.answer)
        );
    }
    o.push_str("</tbody>\n</table>\n");
}

fn strengths_and_gaps(o: &mut String, r: &Report) {
    o.push_str("<section id=\"strengths\">\n<h2>Strengths</h2>\n<p class=\"q\">The highest-scoring questions.</p>\n");
    if r.strengths.is_empty() {
        o.push_str("<p>No question scores half its maximum or more yet.</p>\n");
    } else {
        question_table(o, &r.strengths);
    }
    o.push_str("</section>\n<section id=\"gaps\">\n<h2>Gaps</h2>\n<p class=\"q\">The lowest-scoring questions.</p>\n");
    if r.gaps.is_empty() {
        o.push_str("<p>No question scores under half its maximum.</p>\n");
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
    o.push_str("<section id=\"dimensions\">\n<h2>Dimensions</h2>\n<p class=\"q\">The questions of each dimension, across principles.</p>\n<ul>\n");
    for d in &r.dimensions {
        let _ = writeln!(
            o,
            "<li><strong>{}</strong>: {}</li>",
            esc(&d.title),
            esc(&d.words(r.moves.from_words.as_deref()))
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
        "<section id=\"practices\">\n<h2>{title}</h2>\n<p class=\"q\">For the principles with next steps.</p>\n<ul>"
    );
    for p in &r.practices {
        let pr = &p.practice;
        let _ = writeln!(
            o,
            "<li>{}. {}: <strong>{}</strong> ({}, {}). {} {}</li>",
            p.principle_number,
            esc(&p.principle_title),
            esc(&pr.title),
            esc(&pr.country),
            pr.year,
            esc(&pr.summary),
            link(&pr.source)
        );
    }
    o.push_str("</ul>\n</section>\n");
}

/// Context indicators: their values, apart from every score (nothing when there are none).
fn context(o: &mut String, r: &Report) {
    if r.context.is_empty() {
        return;
    }
    o.push_str("<section id=\"context\">\n<h2>Context</h2>\n<p class=\"q\">Indicators shown for context, never scored.</p>\n<ul>\n");
    let since = r.moves.since_year.map(|y| y.to_string());
    for c in &r.context {
        let _ = writeln!(
            o,
            "<li><code>{}</code>: {} <span class=\"q\">{}</span></li>",
            esc(&c.id),
            esc(&c.value_words(since.as_deref())),
            esc(&c.text)
        );
    }
    o.push_str("</ul>\n</section>\n");
}

fn next_steps(o: &mut String, r: &Report) {
    o.push_str("<section id=\"next-steps\">\n<h2>Next steps</h2>\n<p class=\"q\">For each question scoring under half its maximum (or answered \"unknown\"), the next step up and the points it adds if reached, largest overall gain first.</p>\n");
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
                "<li>Answer the {} not answered yet: {}.</li>",
                super::count(r.unanswered.len(), "question"),
                ids(&r.unanswered)
            );
        }
        if !r.flagged.is_empty() {
            let _ = writeln!(
                o,
                "<li>Confirm the {} carried forward and flagged for review: {}.</li>",
                super::count(r.flagged.len(), "answer"),
                ids(&r.flagged)
            );
        }
        o.push_str("</ul>\n");
    }
    if r.next_steps.is_empty() {
        o.push_str("<p>No weak question.</p>\n</section>\n");
        return;
    }
    o.push_str("<ul class=\"steps\">\n");
    for s in &r.next_steps {
        let now = match s.score {
            Some(v) => format!(
                "principle {}, now {}, scoring {}",
                s.principle_number,
                esc(&s.answer),
                score(Some(v))
            ),
            None => format!("principle {}, now {}", s.principle_number, esc(&s.answer)),
        };
        let _ = write!(
            o,
            "<li><code>{}</code> <span class=\"q\">({now})</span> <strong>{}</strong> if reached ({})<br>{}<br><span class=\"action\">{}</span>",
            esc(&s.id),
            esc(&s.worth()),
            esc(&s.reached),
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
    o.push_str("<section id=\"robustness\">\n<h2>How firm is the band</h2>\n<p class=\"q\">The overall score computed by other defensible methods of scoring.</p>\n");
    o.push_str("<table class=\"robustness\">\n<thead><tr><th>Method</th><th class=\"n\">Overall</th><th class=\"n\">Change</th><th>Band</th><th>Band holds</th></tr></thead>\n<tbody>\n");
    let _ = writeln!(
        o,
        "<tr class=\"overall\"><td>The framework's method</td><td class=\"n\">{}</td><td class=\"n\"></td><td>{}</td><td></td></tr>",
        score(s.score),
        esc(s.band.as_deref().unwrap_or("-"))
    );
    for m in &s.outcomes {
        let verdict = crate::present::band_verdict(m, s);
        let _ = writeln!(
            o,
            "<tr data-method=\"{}\"><td title=\"{}\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td><td class=\"holds-{verdict}\">{verdict}</td></tr>",
            esc(&m.id),
            esc(&m.why),
            esc(&m.title),
            score(m.score),
            delta(m.change(s)),
            esc(m.band.as_deref().unwrap_or("-")),
        );
    }
    o.push_str("</tbody>\n</table>\n");
    let _ = writeln!(
        o,
        "<p>{} Each method and why it is defensible: <code>{}</code>.</p>\n</section>",
        esc(&crate::present::robustness_sentence(s)),
        crate::present::METHOD_DOC
    );
}

fn evidence(o: &mut String, r: &Report, id: &str, title: &str) {
    let _ = writeln!(
        o,
        "<section id=\"{id}\">\n<h2>{title}</h2>\n<p class=\"q\">Every answer, with the evidence and links the assessors gave.</p>"
    );
    for p in &r.evidence {
        let _ = writeln!(
            o,
            "<h3 id=\"evidence-{}\">{} <span class=\"q\">({})</span></h3>",
            esc(&p.id),
            esc(&format!("{}. {}", p.number, p.title)),
            score(p.score)
        );
        o.push_str("<table class=\"evidence-table\">\n<colgroup><col class=\"c-q\"><col class=\"c-s\"><col class=\"c-e\"></colgroup>\n<thead><tr><th>Question and answer</th><th class=\"n\">Score</th><th>Evidence</th></tr></thead>\n<tbody>\n");
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
                answer.push_str("<div class=\"flag\">carried forward, to be confirmed</div>");
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
    o.push_str("<section id=\"method\">\n<h2>How these scores are computed</h2>\n<ul>\n");
    for m in &r.method {
        let _ = writeln!(o, "<li>{}</li>", esc(m));
    }
    let _ = writeln!(
        o,
        "</ul>\n</section>\n<footer>Framework <code>{}</code> version {}: {} ({}). Report written by dgtk {}; this file loads nothing from elsewhere.</footer>",
        esc(&r.framework.id),
        esc(&r.framework.version),
        esc(&r.framework.title),
        link(&r.framework.source),
        esc(r.dgtk_version)
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
