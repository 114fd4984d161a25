//! The comparison as one self-contained HTML page: a heatmap of assessments x areas (sorted by
//! overall score), a distribution strip per area (inline SVG), the commonly missed and most
//! spread questions, and what was left out. No script, no external resource, a
//! Content-Security-Policy that forbids loading anything, print styles. Every text from an
//! answer or framework file goes through the report's escaper ([`crate::report::html::esc`]).

use std::fmt::Write as _;

use super::Comparison;
use crate::framework::Framework;
use crate::present::{self, one_decimal, score};
use crate::report::html::esc;

const CSS: &str = r#"
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: #1f2933; background: #fff;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
main { max-width: 1200px; margin: 0 auto; padding: 20px 24px 40px; }
h1 { font-size: 1.5rem; margin: 0 0 .3rem; }
h2 { font-size: 1.15rem; margin: 1.8rem 0 .5rem; border-bottom: 2px solid #1f2933; }
p.lead, .muted { color: #5f6b7a; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .88rem; }
th, td { padding: .25rem .4rem; border-bottom: 1px solid #d9dee5; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.scroll { overflow-x: auto; }
table.heat td.h { text-align: center; min-width: 2.8rem; font-variant-numeric: tabular-nums; }
table.heat td.dark { color: #fff; }
table.heat th.a { writing-mode: initial; white-space: nowrap; }
tr.unranked td.who { font-style: italic; }
td.who { white-space: nowrap; }
.strip { display: grid; grid-template-columns: 16rem 1fr; align-items: center; gap: .5rem; margin: .1rem 0; }
.strip .label { overflow-wrap: anywhere; font-size: .85rem; }
.strip svg { width: 100%; height: 30px; display: block; }
ol.qs li { margin: .3rem 0; }
.legend { font-size: .85rem; color: #5f6b7a; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { font-size: 9pt; }
  .scroll { overflow: visible; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, .strip, li { break-inside: avoid; }
  thead { display: table-header-group; }
}
"#;

/// The heatmap's fill for a score: from a pale to a deep blue.
fn fill(s: f64) -> (String, bool) {
    let t = (s / 100.0).clamp(0.0, 1.0);
    let light = 96.0 - t * 60.0;
    (format!("hsl(212, 62%, {light:.0}%)"), light < 58.0)
}

/// Renders the comparison as a complete HTML document.
pub fn render(c: &Comparison, f: &Framework) -> String {
    let mut o = String::new();
    let title = super::title_words(c);
    let colon = present::colon();
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"dgtk {}\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n",
        crate::i18n::language(),
        env!("CARGO_PKG_VERSION"),
        esc(&title)
    );
    let _ = writeln!(o, "<h1>{}</h1>", esc(&title));
    let _ = writeln!(
        o,
        "<p class=\"lead\">{}</p>",
        esc(&crate::t!(
            "compare-html-lead",
            files = crate::t!("compare-files", n = c.files_read),
            nfiles = c.files_read,
            framework = f.id.as_str(),
            version = f.version.as_str(),
            title = f.title.as_str(),
            basis = super::peer_basis_words(c, f)
        ))
    );
    heatmap(&mut o, c);
    if !c.groups.is_empty() {
        groups(&mut o, c);
    }
    strips(&mut o, c);
    questions(&mut o, c, colon);
    if !c.left_out.is_empty() || c.not_ranked.iter().any(Option::is_some) {
        let _ = writeln!(
            o,
            "<h2 id=\"left-out\">{}</h2>\n<ul>",
            esc(&crate::t!("compare-html-left-out-heading"))
        );
        for l in &c.left_out {
            let _ = writeln!(
                o,
                "<li>{}</li>",
                esc(&crate::t!(
                    "compare-html-left-out",
                    file = l.file.as_str(),
                    reason = l.words.as_str()
                ))
            );
        }
        for (e, why) in c.entries.iter().zip(&c.not_ranked) {
            if let Some(w) = why {
                let w = e
                    .not_comparable_words(f, c.include_partial)
                    .unwrap_or_else(|| w.clone());
                let _ = writeln!(
                    o,
                    "<li>{}</li>",
                    esc(&crate::t!(
                        "compare-html-not-ranked",
                        file = e.file.as_str(),
                        label = e.label(),
                        why = w
                    ))
                );
            }
        }
        o.push_str("</ul>\n");
    }
    let _ = writeln!(
        o,
        "<p class=\"muted\">{}</p>\n</main>\n</body>\n</html>",
        esc(&crate::t!("compare-quartiles"))
    );
    o
}

fn heatmap(o: &mut String, c: &Comparison) {
    let _ = write!(
        o,
        "<h2 id=\"heatmap\">{}</h2>\n<div class=\"scroll\"><table class=\"heat\">\n<thead><tr><th class=\"n\">{}</th><th>{}</th>",
        esc(&crate::t!("compare-html-heatmap-heading")),
        esc(&crate::t!("compare-col-rank")),
        esc(&crate::t!("compare-col-assessment"))
    );
    let grouped = !c.groups.is_empty();
    if grouped {
        let _ = write!(
            o,
            "<th>{}</th><th class=\"n\">{}</th>",
            esc(&crate::t!("compare-col-group")),
            esc(&crate::t!("compare-col-in-group"))
        );
    }
    let _ = write!(
        o,
        "<th class=\"n\">{}</th>",
        esc(&crate::t!("compare-col-answered"))
    );
    for a in &c.areas {
        let head = if a.number.is_empty() {
            a.title_words()
        } else {
            a.number.clone()
        };
        let _ = write!(
            o,
            "<th class=\"a\" title=\"{}\" data-area=\"{}\">{}</th>",
            esc(&a.title_words()),
            esc(&a.id),
            esc(&present::truncate(&head, 14))
        );
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for (i, e) in c.entries.iter().enumerate() {
        let ranked = c.not_ranked[i].is_none();
        let _ = write!(
            o,
            "<tr{}><td class=\"n\">{}</td><td class=\"who\" title=\"{}\">{}</td>",
            if ranked { "" } else { " class=\"unranked\"" },
            c.standing[i][0].rank.map_or("–".into(), |r| r.to_string()),
            esc(&e.label()),
            esc(&e.short_label(&c.entries)),
        );
        if grouped {
            let _ = write!(
                o,
                "<td class=\"group\">{}</td><td class=\"n\">{}</td>",
                esc(c.groups_of[i].as_deref().unwrap_or("–")),
                c.group_standing[i][0]
                    .rank
                    .map_or("–".into(), |r| r.to_string())
            );
        }
        let _ = write!(
            o,
            "<td class=\"n\">{}</td>",
            present::percent(e.counts.coverage())
        );
        for (a, cell) in c.areas.iter().zip(&e.cells) {
            match cell.score {
                Some(s) => {
                    let (bg, dark) = fill(s);
                    let _ = write!(
                        o,
                        "<td class=\"h{}\" style=\"background:{bg}\" data-score=\"{}\" title=\"{}{}{}\">{}</td>",
                        if dark { " dark" } else { "" },
                        present::plain_decimal(s),
                        esc(&a.title_words()),
                        present::colon(),
                        one_decimal(s),
                        one_decimal(s)
                    );
                }
                None => {
                    let _ = write!(
                        o,
                        "<td class=\"h\" title=\"{}\">–</td>",
                        esc(&cell.state.words())
                    );
                }
            }
        }
        o.push_str("</tr>\n");
    }
    let _ = writeln!(
        o,
        "</tbody>\n</table></div>\n<p class=\"legend\">{}</p>",
        esc(&crate::t!("compare-html-heatmap-legend"))
    );
}

fn groups(o: &mut String, c: &Comparison) {
    let _ = write!(
        o,
        "<h2 id=\"groups\">{}</h2>\n<table class=\"groups\"><thead><tr><th>{}</th>",
        esc(&crate::t!("compare-groups-heading")),
        esc(&crate::t!("compare-col-group"))
    );
    for h in [
        crate::t!("compare-col-n"),
        crate::t!("compare-col-mean"),
        crate::t!("compare-col-median"),
        crate::t!("compare-col-q1"),
        crate::t!("compare-col-q3"),
        crate::t!("compare-col-min"),
        crate::t!("compare-col-max"),
    ] {
        let _ = write!(o, "<th class=\"n\">{}</th>", esc(&h));
    }
    o.push_str("</tr></thead>\n<tbody>\n");
    for g in &c.groups {
        let s = g.stats[0];
        let _ = write!(
            o,
            "<tr><td>{}</td><td class=\"n\">{}</td>",
            esc(&g.name),
            s.map_or(0, |s| s.n)
        );
        for v in [
            s.map(|s| s.mean),
            s.map(|s| s.median),
            s.map(|s| s.q1),
            s.map(|s| s.q3),
            s.map(|s| s.min),
            s.map(|s| s.max),
        ] {
            let _ = write!(o, "<td class=\"n\">{}</td>", score(v));
        }
        o.push_str("</tr>\n");
    }
    o.push_str("</tbody>\n</table>\n");
}

fn strips(o: &mut String, c: &Comparison) {
    let _ = writeln!(
        o,
        "<h2 id=\"strips\">{}</h2>\n<p class=\"legend\">{}</p>",
        esc(&crate::t!("compare-html-strips-heading")),
        esc(&crate::t!("compare-html-strips-legend"))
    );
    const W: f64 = 600.0;
    let x = |s: f64| 10.0 + s.clamp(0.0, 100.0) / 100.0 * (W - 20.0);
    for (a, area) in c.areas.iter().enumerate() {
        let label = if area.number.is_empty() {
            area.title_words()
        } else {
            format!("{} {}", area.number, area.title)
        };
        let _ = write!(
            o,
            "<div class=\"strip\" data-area=\"{}\"><div class=\"label\">{}</div><svg viewBox=\"0 0 {W} 30\" role=\"img\" aria-label=\"{}\">",
            esc(&area.id),
            esc(&label),
            esc(&label)
        );
        let _ = write!(
            o,
            "<line x1=\"{}\" y1=\"15\" x2=\"{}\" y2=\"15\" stroke=\"#d9dee5\"/>",
            x(0.0),
            x(100.0)
        );
        if let Some(s) = c.stats[a] {
            let _ = write!(
                o,
                "<rect x=\"{:.1}\" y=\"7\" width=\"{:.1}\" height=\"16\" fill=\"#dbe7f5\"/><line x1=\"{m:.1}\" y1=\"5\" x2=\"{m:.1}\" y2=\"25\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>",
                x(s.q1),
                (x(s.q3) - x(s.q1)).max(1.0),
                m = x(s.median)
            );
        }
        for (i, e) in c.entries.iter().enumerate() {
            if let Some(s) = e.cells[a].score {
                let ranked = c.not_ranked[i].is_none();
                let _ = write!(
                    o,
                    "<circle cx=\"{:.1}\" cy=\"15\" r=\"4\" fill=\"{}\" stroke=\"#1f2933\" stroke-width=\"0.8\" data-score=\"{}\"><title>{}{}{}</title></circle>",
                    x(s),
                    if ranked { "#1f2933" } else { "none" },
                    present::plain_decimal(s),
                    esc(&e.label()),
                    present::colon(),
                    one_decimal(s)
                );
            }
        }
        o.push_str("</svg></div>\n");
    }
}

fn questions(o: &mut String, c: &Comparison, colon: &str) {
    let none = format!("<p>{}</p>\n", esc(&crate::t!("compare-html-none")));
    let _ = writeln!(
        o,
        "<h2 id=\"missed\">{}</h2>",
        esc(&crate::t!("compare-html-missed-heading"))
    );
    if c.commonly_missed.is_empty() {
        o.push_str(&none);
    } else {
        o.push_str("<ol class=\"qs\">\n");
        for q in &c.commonly_missed {
            let _ = writeln!(
                o,
                "<li><strong>{}</strong> {} <span class=\"muted\">({})</span>{colon}{}</li>",
                esc(&q.number),
                esc(&q.text),
                esc(&q.id),
                esc(&crate::t!(
                    "compare-missed",
                    missed = q.missed,
                    answered = q.answered,
                    share = present::percent(q.missed as f64 / q.answered.max(1) as f64)
                ))
            );
        }
        o.push_str("</ol>\n");
    }
    let _ = writeln!(
        o,
        "<h2 id=\"spread\">{}</h2>",
        esc(&crate::t!("compare-html-spread-heading"))
    );
    if c.widest_spread.is_empty() {
        o.push_str(&none);
    } else {
        o.push_str("<ol class=\"qs\">\n");
        for q in &c.widest_spread {
            let s = q.stats;
            let _ = writeln!(
                o,
                "<li><strong>{}</strong> {} <span class=\"muted\">({})</span>{colon}{}</li>",
                esc(&q.number),
                esc(&q.text),
                esc(&q.id),
                esc(&crate::t!(
                    "compare-html-spread",
                    sd = one_decimal(s.and_then(|s| s.sd).unwrap_or(0.0)),
                    min = score(s.map(|s| s.min)),
                    max = score(s.map(|s| s.max))
                ))
            );
        }
        o.push_str("</ol>\n");
    }
}
