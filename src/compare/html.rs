//! The comparison as one self-contained HTML page: a heatmap of assessments x areas (sorted by
//! overall score), a distribution strip per area (inline SVG), the commonly missed and most
//! spread questions, and what was left out. No script, no external resource, a
//! Content-Security-Policy that forbids loading anything, print styles.
//!
//! Built with `maud`'s `html!`, which escapes every spliced value; every text from an answer or
//! framework file is spliced as the report's [`Text`], which sanitises it too. The head (security
//! policy, the constant CSS) is the report's [`head`].

use maud::{DOCTYPE, Markup, html};

use super::Comparison;
use super::stats::Stats;
use crate::framework::Framework;
use crate::present::{self, one_decimal, score};
use crate::report::html::{Text, head};

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
    let title = super::title_words(c);
    let page = html! {
        (DOCTYPE)
        html lang=(crate::i18n::language()) {
            (head(&title, env!("CARGO_PKG_VERSION"), &[CSS]))
            body {
                main {
                    h1 { (Text(&title)) }
                    p.lead {
                        (Text(&crate::t!(
                            "compare-html-lead",
                            files = crate::t!("compare-files", n = c.files_read),
                            nfiles = c.files_read,
                            framework = f.id.as_str(),
                            version = f.version.as_str(),
                            title = f.title.as_str(),
                            basis = super::peer_basis_words(c, f)
                        )))
                    }
                    (heatmap(c))
                    @if !c.groups.is_empty() { (groups(c)) }
                    (strips(c))
                    (questions(c))
                    (left_out(c, f))
                    p.muted { (crate::t!("compare-quartiles")) }
                }
            }
        }
    };
    let mut o = page.into_string();
    o.push('\n');
    o
}

/// The files left out and the assessments not ranked, with why (nothing when there are none).
fn left_out(c: &Comparison, f: &Framework) -> Markup {
    html! {
        @if !c.left_out.is_empty() || c.not_ranked.iter().any(Option::is_some) {
            h2 #left-out { (crate::t!("compare-html-left-out-heading")) }
            ul {
                @for l in &c.left_out {
                    li {
                        (Text(&crate::t!(
                            "compare-html-left-out",
                            file = l.file.as_str(),
                            reason = l.words.as_str()
                        )))
                    }
                }
                @for (e, why) in c.entries.iter().zip(&c.not_ranked) {
                    @if let Some(w) = why {
                        @let w = e
                            .not_comparable_words(f, c.include_partial)
                            .unwrap_or_else(|| w.clone());
                        li {
                            (Text(&crate::t!(
                                "compare-html-not-ranked",
                                file = e.file.as_str(),
                                label = e.label(),
                                why = w
                            )))
                        }
                    }
                }
            }
        }
    }
}

fn heatmap(c: &Comparison) -> Markup {
    let grouped = !c.groups.is_empty();
    html! {
        h2 #heatmap { (crate::t!("compare-html-heatmap-heading")) }
        div.scroll {
            table.heat {
                thead {
                    tr {
                        th.n { (crate::t!("compare-col-rank")) }
                        th { (crate::t!("compare-col-assessment")) }
                        @if grouped {
                            th { (crate::t!("compare-col-group")) }
                            th.n { (crate::t!("compare-col-in-group")) }
                        }
                        th.n { (crate::t!("compare-col-answered")) }
                        @for a in &c.areas {
                            @let head = if a.number.is_empty() { a.title_words() } else { a.number.clone() };
                            th.a title=(Text(&a.title_words())) data-area=(Text(&a.id)) {
                                (Text(&present::truncate(&head, 14)))
                            }
                        }
                    }
                }
                tbody {
                    @for (i, e) in c.entries.iter().enumerate() {
                        tr class=[c.not_ranked[i].is_some().then_some("unranked")] {
                            td.n { (c.standing[i][0].rank.map_or("–".into(), |r| r.to_string())) }
                            td.who title=(Text(&e.label())) { (Text(&e.short_label(&c.entries))) }
                            @if grouped {
                                td.group { (Text(c.groups_of[i].as_deref().unwrap_or("–"))) }
                                td.n {
                                    (c.group_standing[i][0].rank.map_or("–".into(), |r| r.to_string()))
                                }
                            }
                            td.n { (present::percent(e.counts.coverage())) }
                            @for (a, cell) in c.areas.iter().zip(&e.cells) {
                                @match cell.score {
                                    Some(s) => {
                                        @let (bg, dark) = fill(s);
                                        td class=(if dark { "h dark" } else { "h" }) style={ "background:" (bg) }
                                            data-score=(present::plain_decimal(s))
                                            title={ (Text(&a.title_words())) (present::colon()) (one_decimal(s)) } {
                                            (one_decimal(s))
                                        }
                                    }
                                    None => {
                                        td.h title=(Text(&cell.state.words())) { "–" }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        p.legend { (crate::t!("compare-html-heatmap-legend")) }
    }
}

fn groups(c: &Comparison) -> Markup {
    let heads = [
        crate::t!("compare-col-n"),
        crate::t!("compare-col-mean"),
        crate::t!("compare-col-median"),
        crate::t!("compare-col-q1"),
        crate::t!("compare-col-q3"),
        crate::t!("compare-col-min"),
        crate::t!("compare-col-max"),
    ];
    html! {
        h2 #groups { (crate::t!("compare-groups-heading")) }
        table.groups {
            thead {
                tr {
                    th { (crate::t!("compare-col-group")) }
                    @for h in &heads { th.n { (h) } }
                }
            }
            tbody {
                @for g in &c.groups {
                    @let s = g.stats[0];
                    tr {
                        td { (Text(&g.name)) }
                        td.n { (s.map_or(0, |s| s.n)) }
                        @for v in Stats::row(s) {
                            td.n { (score(v)) }
                        }
                    }
                }
            }
        }
    }
}

fn strips(c: &Comparison) -> Markup {
    const W: f64 = 600.0;
    let x = |s: f64| 10.0 + s.clamp(0.0, 100.0) / 100.0 * (W - 20.0);
    let d1 = crate::report::html::markup::d1;
    html! {
        h2 #strips { (crate::t!("compare-html-strips-heading")) }
        p.legend { (crate::t!("compare-html-strips-legend")) }
        @for (a, area) in c.areas.iter().enumerate() {
            @let label = if area.number.is_empty() {
                area.title_words()
            } else {
                format!("{} {}", area.number, area.title)
            };
            div.strip data-area=(Text(&area.id)) {
                div.label { (Text(&label)) }
                svg viewBox={ "0 0 " (W) " 30" } role="img" aria-label=(Text(&label)) {
                    line x1=(x(0.0)) y1="15" x2=(x(100.0)) y2="15" stroke="#d9dee5" {}
                    @if let Some(s) = c.stats[a] {
                        rect x=(d1(x(s.q1))) y="7" width=(d1((x(s.q3) - x(s.q1)).max(1.0)))
                            height="16" fill="#dbe7f5" {}
                        line x1=(d1(x(s.median))) y1="5" x2=(d1(x(s.median))) y2="25"
                            stroke="#1f5fa8" stroke-width="2" {}
                    }
                    @for (i, e) in c.entries.iter().enumerate() {
                        @if let Some(s) = e.cells[a].score {
                            circle cx=(d1(x(s))) cy="15" r="4"
                                fill=(if c.not_ranked[i].is_none() { "#1f2933" } else { "none" })
                                stroke="#1f2933" stroke-width="0.8"
                                data-score=(present::plain_decimal(s)) {
                                title { (Text(&e.label())) (present::colon()) (one_decimal(s)) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One question of a list: its number, text and id, then what is said of it.
fn question(number: &str, text: &str, id: &str, words: &str) -> Markup {
    html! {
        li {
            strong { (Text(number)) } " " (Text(text)) " " span.muted { "(" (Text(id)) ")" }
            (present::colon()) (words)
        }
    }
}

fn questions(c: &Comparison) -> Markup {
    let none = html! { p { (crate::t!("compare-html-none")) } };
    html! {
        h2 #missed { (crate::t!("compare-html-missed-heading")) }
        @if c.commonly_missed.is_empty() {
            (none)
        } @else {
            ol.qs {
                @for q in &c.commonly_missed {
                    (question(&q.number, &q.text, &q.id, &crate::t!(
                        "compare-missed",
                        missed = q.missed,
                        answered = q.answered,
                        share = present::percent(q.missed as f64 / q.answered.max(1) as f64)
                    )))
                }
            }
        }
        h2 #spread { (crate::t!("compare-html-spread-heading")) }
        @if c.widest_spread.is_empty() {
            (none)
        } @else {
            ol.qs {
                @for q in &c.widest_spread {
                    @let s = q.stats;
                    (question(&q.number, &q.text, &q.id, &crate::t!(
                        "compare-html-spread",
                        sd = one_decimal(s.and_then(|s| s.sd).unwrap_or(0.0)),
                        min = score(s.map(|s| s.min)),
                        max = score(s.map(|s| s.max))
                    )))
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use scraper::{Html, Selector};

    use crate::compare::{By, GroupBy, areas, compare, entry};
    use crate::report::html::tests::{SHOWN, assert_inert, hostile_file};

    #[test]
    fn a_hostile_answer_file_is_shown_as_text_in_the_comparison_and_runs_nothing() {
        let f = crate::framework::load_dir(Path::new("tests/frameworks/mini")).expect("mini");
        let a = crate::assessment::parse("h.toml", &hostile_file(), &f).expect("valid");
        let card = crate::score::score(&a, &f);
        let areas = areas(&f, By::Principle);
        let e = entry("x\u{202e}<b>.toml".into(), &a, &card, &f, &f, &areas);
        let c = compare(
            &f,
            By::Principle,
            areas,
            vec![e],
            1,
            Vec::new(),
            true,
            None,
            GroupBy::Country,
        );
        let html = super::render(&c, &f);
        let doc = Html::parse_document(&html);
        assert_inert(&html, &doc);
        let sel = |s: &str| Selector::parse(s).expect("selector");
        let who = doc
            .select(&sel("td.who"))
            .next()
            .expect("a row for the assessment");
        let label: String = who.text().collect();
        assert!(label.contains(SHOWN), "{label}");
        assert!(
            who.value()
                .attr("title")
                .unwrap_or_default()
                .contains(SHOWN)
        );
        let dots: Vec<String> = doc
            .select(&sel(".strip circle title"))
            .map(|t| t.text().collect())
            .collect();
        assert!(dots.iter().all(|d| d.contains(SHOWN)), "{dots:?}");
    }
}
