//! The two charts of the report, each one inline SVG document: the principle chart (this
//! assessment's score per principle as a bar, each prior year as a tick, each target as a dashed
//! mark, over the maturity bands) and the trend chart (the overall score by year). Each plotted
//! score is in a `data-score` attribute and a `<title>`. The Word report draws the same SVG as a
//! picture, so the markup must stay well-formed XML: every shape is closed (`rect … {}`), no
//! attribute is left without a value.

use maud::{Markup, html};

use super::markup::{Text, d1};
use super::numbered;
use crate::assessment::format_number;
use crate::render::{one_decimal, score};
use crate::report::{Report, Snapshot};

/// Colours of prior years in the charts (the assessment itself is drawn in the accent colour).
const PRIOR_COLOURS: [&str; 6] = [
    "#8a94a6", "#d97706", "#7c3aed", "#0f766e", "#db2777", "#4d7c0f",
];
const ACCENT: &str = "#1f5fa8";
const TARGET: &str = "#c2410c";

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
pub(super) fn principle_chart(r: &Report) -> Markup {
    html! {
        figure.chart #chart-principles {
            (principle_svg(r))
            figcaption { (Text(&principle_caption(r))) }
        }
    }
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
/// Word report draws the same SVG as a picture (`.into_string()`).
pub fn principle_svg(r: &Report) -> Markup {
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
    let year = r.header.year.to_string();
    let chart_title = if priors.is_empty() {
        crate::t!("report-chart-title", year = year.as_str())
    } else {
        crate::t!("report-chart-title-priors", year = year.as_str())
    };
    // Each pillar's rows start below the pillar's own row.
    let mut y = TOP;
    let mut pillar_y = Vec::with_capacity(r.pillars.len());
    for p in &r.pillars {
        pillar_y.push(y);
        y += ROW * (1 + r.principles.iter().filter(|q| q.pillar == p.id).count()) as f64;
    }
    // The legend's entries are spaced by an estimate of their text width (11px text, ~6.5px a
    // char).
    let this = crate::t!("report-this-assessment", year = year.as_str());
    let mut lx = 4.0 + 24.0 + 6.5 * this.chars().count() as f64 + 16.0;
    let mut prior_x = Vec::with_capacity(priors.len());
    for (_, s) in &priors {
        prior_x.push(lx);
        lx += 7.0 + 6.5 * s.heading().chars().count() as f64 + 16.0;
    }
    let target_x = lx;
    let in_year = crate::t!("report-html-in", year = year.as_str());
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (W) " " (height) } role="img"
            aria-labelledby="chart-principles-title" {
            title #chart-principles-title { (Text(&chart_title)) }
            // The bands as shaded columns, named on top, with their limits.
            @for (i, (from, label)) in r.framework.bands.iter().enumerate() {
                @let to = r.framework.bands.get(i + 1).map_or(100.0, |b| b.0);
                @let fill = if i % 2 == 0 { "#f3f5f8" } else { "#e9edf2" };
                @let chars = ((x(to) - x(*from)) / 6.0).floor() as usize;
                @let mid = d1((x(*from) + x(to)) / 2.0);
                rect x=(d1(x(*from))) y=(TOP) width=(d1(x(to) - x(*from))) height=(plot_h)
                    fill=(fill) {}
                @match label_lines(label, chars.max(1)).as_slice() {
                    [one] => {
                        text x=(mid) y="14" font-size="10.5" fill="#5f6b7a" text-anchor="middle" {
                            (Text(one))
                        }
                    }
                    lines => {
                        // A label too long for its band goes on two lines, whole, not cut.
                        text x=(mid) y="9" font-size="10.5" fill="#5f6b7a" text-anchor="middle" {
                            @for (i, l) in lines.iter().enumerate() {
                                tspan x=(mid) dy=(if i == 0 { 0.0 } else { 11.0 }) { (Text(l)) }
                            }
                        }
                    }
                }
                text x=(d1(x(*from))) y="32" font-size="10" fill="#5f6b7a" text-anchor="middle" {
                    (format_number(*from))
                }
            }
            text x=(d1(x(100.0))) y="32" font-size="10" fill="#5f6b7a" text-anchor="middle" {
                "100"
            }
            @for (p, top) in r.pillars.iter().zip(&pillar_y) {
                text x="4" y=(d1(top + 17.0)) font-size="12.5" font-weight="700" fill="#1f2933" {
                    (Text(&cut(&p.title, 46)))
                }
                @for (row, (pi, q)) in r.principles.iter().enumerate()
                    .filter(|(_, q)| q.pillar == p.id).enumerate() {
                    @let y = top + ROW * (row + 1) as f64;
                    @let name = numbered(q.number, &q.title);
                    g.row data-principle=(Text(&q.id)) {
                        text x="14" y=(d1(y + 17.0)) font-size="12" fill="#1f2933" {
                            title { (Text(&name)) }
                            (Text(&cut(&name, 44)))
                        }
                        @if let Some(v) = q.line.score {
                            rect.bar data-principle=(Text(&q.id)) data-year=(r.header.year)
                                data-score=(crate::present::plain_decimal(v)) x=(X0) y=(d1(y + 6.0))
                                width=(d1(x(v) - X0)) height="14" rx="2" fill=(ACCENT) {
                                title {
                                    (Text(&name)) (crate::present::colon()) (one_decimal(v)) " ("
                                    (Text(q.line.band.as_deref().unwrap_or(""))) ") " (in_year)
                                }
                            }
                        }
                        @for (j, s) in &priors {
                            @if let Some(v) = s.principles[pi] {
                                line.prior data-principle=(Text(&q.id)) data-year=(s.year)
                                    data-score=(crate::present::plain_decimal(v))
                                    x1=(d1(x(v))) x2=(d1(x(v))) y1=(d1(y + 2.0)) y2=(d1(y + ROW - 2.0))
                                    stroke=(PRIOR_COLOURS[j % PRIOR_COLOURS.len()]) stroke-width="3" {
                                    title {
                                        (Text(&name)) (crate::present::colon()) (one_decimal(v)) " "
                                        (Text(&crate::t!("report-html-in-prior", label = s.label.as_str())))
                                    }
                                }
                            }
                        }
                        @if let Some(t) = q.target {
                            line.target data-principle=(Text(&q.id)) data-target=(format_number(t))
                                x1=(d1(x(t))) x2=(d1(x(t))) y1=(d1(y + 1.0)) y2=(d1(y + ROW - 1.0))
                                stroke=(TARGET) stroke-width="2" stroke-dasharray="3 2" {
                                title {
                                    (Text(&crate::t!(
                                        "report-chart-target",
                                        name = name.as_str(),
                                        target = crate::i18n::decimal(&format_number(t))
                                    )))
                                }
                            }
                        }
                        text x=(d1(X0 + PW + 10.0)) y=(d1(y + 17.0)) font-size="12" font-weight="600"
                            fill="#1f2933" {
                            (score(q.line.score))
                        }
                    }
                }
            }
            // The legend.
            rect x="4" y=(d1(legend_y - 9.0)) width="18" height="10" fill=(ACCENT) {}
            text x=(d1(4.0 + 24.0)) y=(d1(legend_y)) font-size="11" fill="#1f2933" { (Text(&this)) }
            @for ((j, s), lx) in priors.iter().zip(&prior_x) {
                line x1=(d1(*lx)) x2=(d1(*lx)) y1=(d1(legend_y - 11.0)) y2=(d1(legend_y + 2.0))
                    stroke=(PRIOR_COLOURS[j % PRIOR_COLOURS.len()]) stroke-width="3" {}
                text x=(d1(lx + 7.0)) y=(d1(legend_y)) font-size="11" fill="#1f2933" {
                    (Text(&s.heading()))
                }
            }
            @if r.principles.iter().any(|p| p.target.is_some()) {
                line x1=(d1(target_x)) x2=(d1(target_x)) y1=(d1(legend_y - 11.0))
                    y2=(d1(legend_y + 2.0)) stroke=(TARGET) stroke-width="2" stroke-dasharray="3 2" {}
                text x=(d1(target_x + 7.0)) y=(d1(legend_y)) font-size="11" fill="#1f2933" {
                    (crate::t!("report-chart-target-legend"))
                }
            }
        }
    }
}

/// The trend chart with its caption.
pub(super) fn trend_chart(r: &Report) -> Markup {
    html! {
        figure.chart #chart-trend {
            (trend_svg(r))
            figcaption { (crate::t!("report-trend-caption")) }
        }
    }
}

/// The trend chart's caption in English (the Word report's; the HTML report says it in the
/// run's language, `report-trend-caption`).
pub const TREND_CAPTION: &str = "Overall score out of 100 by year, over the maturity bands.";

/// The overall score over the years, as a line over the maturity bands: one SVG document (the
/// Word report draws the same SVG as a picture, `.into_string()`).
pub fn trend_svg(r: &Report) -> Markup {
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
    let points: Vec<String> = r
        .history
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.overall.map(|v| format!("{:.1},{:.1}", x(i), y(v))))
        .collect();
    html! {
        svg xmlns="http://www.w3.org/2000/svg" viewBox={ "0 0 " (W) " " (H) } role="img"
            aria-labelledby="chart-trend-title" {
            title #chart-trend-title { (crate::t!("report-trend-chart-title")) }
            @for (i, (from, label)) in r.framework.bands.iter().enumerate() {
                @let to = r.framework.bands.get(i + 1).map_or(100.0, |b| b.0);
                @let fill = if i % 2 == 0 { "#f3f5f8" } else { "#e9edf2" };
                // A label too long for the margin goes on two lines, whole, not cut.
                @let lines = label_lines(label, 14);
                @let label_y = if lines.len() == 1 {
                    (y(to) + y(*from)) / 2.0 + 4.0
                } else {
                    (y(to) + y(*from)) / 2.0 - 1.5
                };
                rect x=(X0) y=(d1(y(to))) width=(d1(X1 - X0)) height=(d1(y(*from) - y(to)))
                    fill=(fill) {}
                text x=(d1(X1 + 8.0)) y=(d1(label_y)) font-size="10.5" fill="#5f6b7a" {
                    @if let [one] = lines.as_slice() {
                        (Text(one))
                    } @else {
                        @for (i, l) in lines.iter().enumerate() {
                            tspan x=(d1(X1 + 8.0)) dy=(if i == 0 { 0.0 } else { 11.0 }) { (Text(l)) }
                        }
                    }
                }
                text x=(d1(X0 - 6.0)) y=(d1(y(*from) + 3.5)) font-size="10" fill="#5f6b7a"
                    text-anchor="end" {
                    (format_number(*from))
                }
            }
            text x=(d1(X0 - 6.0)) y=(d1(y(100.0) + 3.5)) font-size="10" fill="#5f6b7a"
                text-anchor="end" {
                "100"
            }
            @if points.len() > 1 {
                polyline points=(points.join(" ")) fill="none" stroke=(ACCENT) stroke-width="2.5" {}
            }
            @for (i, s) in r.history.iter().enumerate() {
                text x=(d1(x(i))) y=(d1(Y1 + 20.0)) font-size="12" fill="#1f2933"
                    text-anchor="middle" font-weight=[s.current.then_some("700")] {
                    (Text(&s.heading()))
                }
                text x=(d1(x(i))) y=(d1(Y1 + 34.0)) font-size="10" fill="#5f6b7a"
                    text-anchor="middle" {
                    (crate::report::status_words(s.status))
                }
                @if let Some(v) = s.overall {
                    @let (rad, fill) = if s.current { (7.0, ACCENT) } else { (5.5, "#fff") };
                    circle.point data-year=(s.year) data-score=(crate::present::plain_decimal(v))
                        cx=(d1(x(i))) cy=(d1(y(v))) r=(rad) fill=(fill) stroke=(ACCENT)
                        stroke-width="2.5" {
                        title {
                            (Text(&s.label)) (crate::present::colon())
                            (crate::t!("report-html-overall-point", score = one_decimal(v)))
                        }
                    }
                    text x=(d1(x(i))) y=(d1(y(v) - 12.0)) font-size="12" font-weight="600"
                        fill="#1f2933" text-anchor="middle" {
                        (one_decimal(v))
                    }
                }
            }
        }
    }
}
