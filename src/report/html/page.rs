//! The document around the sections: the head (Content-Security-Policy, the inline CSS with its
//! print styles and, for a draft, the mark printed on every page), the header (title, the facts
//! of the assessment, notes, the summary cards) and the sections in their order. It lays out;
//! the figures come computed in the [`Report`].

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::markup::Text;
use super::{evidence, findings, scores};
use crate::render;
use crate::report::{EvidencePlacement, Report, ScoreLine};

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

/// The mark printed on every page of a draft, in the top margin, in the run's language
/// (`report-draft-print`).
fn draft_css() -> String {
    // A CSS string: its quotes and backslashes escaped, its line breaks removed, and `<` written
    // as a CSS escape so that no translation can close the style element.
    let mark = crate::t!("report-draft-print")
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('<', "\\3c ")
        .replace(['\n', '\r'], " ");
    format!(
        "\n@page {{ @top-right {{ content: \"{mark}\"; font: 700 9pt system-ui, Arial, sans-serif; color: #b42318; letter-spacing: .08em; }} }}\n"
    )
}

/// What the browser may load: nothing but the page's own inline styles.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'";

/// The head of a dgtk page (the report's and the comparison's): the security policy, the
/// title and the styles. `styles` are CSS made by dgtk (constants, or a translation made safe
/// for a CSS string, as [`draft_css`]), never file text: the style element's content is not
/// HTML, so it is inserted as is, not entity-escaped.
pub fn head(title: &str, version: &str, styles: &[&str]) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            meta http-equiv="Content-Security-Policy" content=(CONTENT_SECURITY_POLICY);
            meta name="generator" content={ "dgtk " (Text(version)) };
            title { (Text(title)) }
            style { @for css in styles { (PreEscaped(css)) } }
        }
    }
}

/// Renders the report as a complete HTML document.
pub fn render(r: &Report) -> String {
    let h = &r.header;
    // The title names the country and organisation: file text, sanitised with the message.
    let title = crate::t!("report-title", who = h.who(), year = h.year.to_string());
    let draft_css = if h.status == crate::assessment::Status::Draft {
        draft_css()
    } else {
        String::new()
    };
    // Inline, everything is in the body, as on screen. Otherwise the reference material (the
    // good practices, then the evidence) follows the method as an annex, printed from a new
    // page, so that the summary prints on its own.
    let inline = r.evidence_placement == EvidencePlacement::Inline;
    let annex =
        !inline && (!r.practices.is_empty() || r.evidence_placement == EvidencePlacement::Annex);
    let page = html! {
        (DOCTYPE)
        html lang=(crate::i18n::language()) {
            (head(&title, r.dgtk_version, &[CSS, &draft_css]))
            body {
                main {
                    (header(r, &title))
                    (scores::scores(r))
                    (findings::dimensions(r))
                    (scores::robustness(r))
                    (scores::trend(r))
                    (scores::moves(r))
                    (scores::targets(r))
                    (findings::strengths_and_gaps(r))
                    (findings::context(r))
                    (findings::next_steps(r))
                    @if inline {
                        (evidence::practices(r, &crate::t!("report-heading-practices")))
                        (evidence::evidence(r, &crate::t!("report-heading-evidence")))
                    }
                    (findings::method(r))
                    @if r.evidence_placement == EvidencePlacement::None {
                        p.q #evidence-left-out { (Text(&crate::present::evidence_left_out())) }
                    }
                    @if annex {
                        div #annex {
                            (evidence::practices(r, &crate::t!("report-heading-annex-practices")))
                            @if r.evidence_placement == EvidencePlacement::Annex {
                                (evidence::evidence(r, &crate::t!("report-heading-annex-evidence")))
                            }
                        }
                    }
                }
            }
        }
    };
    let mut o = page.into_string();
    o.push('\n');
    o
}

/// The title, the facts of the assessment, the notes and the summary cards.
fn header(r: &Report, title: &str) -> Markup {
    let h = &r.header;
    let mut status = crate::report::status_words(h.status);
    if let Some(u) = &h.updated {
        status = crate::t!(
            "report-updated",
            status = status,
            when = crate::present::date_time(u)
        );
    }
    let priors: Vec<_> = r.history.iter().filter(|s| !s.current).collect();
    let organisation = h.organisation.as_deref().filter(|s| !s.trim().is_empty());
    html! {
        header {
            @if h.status == crate::assessment::Status::Draft {
                div.draft-mark { (crate::t!("report-draft-mark")) }
            }
            h1 { (Text(title)) }
            p.lead {
                (Text(&crate::t!(
                    "report-html-lead",
                    title = r.framework.title.as_str(),
                    version = r.framework.version.as_str()
                )))
            }
            dl.meta {
                dt { (crate::t!("report-field-country")) } dd { (Text(&h.country)) }
                @if let Some(org) = organisation {
                    dt { (crate::t!("report-field-organisation")) } dd { (Text(org)) }
                }
                dt { (crate::t!("report-field-year")) } dd { (h.year) }
                dt { (crate::t!("report-field-framework")) }
                dd {
                    (Text(&r.framework.title)) " " code { (Text(&r.framework.id)) }
                    ", version " (Text(&r.framework.version))
                }
                dt { (crate::t!("report-field-status")) } dd { (Text(&status)) }
                @if !h.assessors.is_empty() {
                    dt { (crate::t!("report-field-assessors")) }
                    dd {
                        @for (i, a) in h.assessors.iter().enumerate() {
                            @if i > 0 { ", " }
                            (Text(a))
                        }
                    }
                }
                dt { (crate::t!("report-field-coverage")) } dd { (Text(&r.coverage())) }
                dt { (crate::t!("report-field-compared-with")) }
                dd {
                    @if priors.is_empty() {
                        (crate::t!("report-no-prior"))
                    }
                    @for (i, s) in priors.iter().enumerate() {
                        @if i > 0 { ", " }
                        (Text(&s.label)) " (" (crate::report::status_words(s.status)) ")"
                    }
                }
                dt { (crate::t!("report-field-file")) } dd { code { (Text(&h.file)) } }
            }
            @for n in &r.notes {
                p.note { strong { (crate::t!("report-note-label")) } " " (Text(n)) }
            }
            // Large declines come first, above the overall figure, so that a rise cannot hide
            // them.
            @if let Some(d) = &r.moves.declines {
                p.note.declines { strong { (Text(&crate::t!("report-declines", list = d.as_str()))) } }
            }
            @if let (Some(_), Some(c)) = (r.overall.change, &r.moves.caveats) {
                p.note.caveats {
                    strong { (Text(&crate::t!("report-html-changes-are", caveats = c.as_str()))) }
                }
            }
            // Summary cards: overall, then each pillar.
            div.cards {
                (card(r, true, &crate::t!("report-html-overall-score"), &r.overall))
                @for p in &r.pillars {
                    (card(r, false, &p.title, &p.line))
                }
            }
        }
    }
}

/// One summary card: the area, its score and band, the change, what it rests on.
fn card(r: &Report, overall: bool, k: &str, l: &ScoreLine) -> Markup {
    let band = l
        .band
        .clone()
        .unwrap_or_else(|| crate::t!("report-no-score"));
    let range = crate::present::range_words(l.range, l.provisional);
    html! {
        div class=(if overall { "card overall" } else { "card" }) {
            div.k { (Text(k)) }
            div.v { (render::score(l.score)) }
            div.b {
                (Text(&band))
                @if let Some(d) = l.change {
                    " · " (super::change_points_span(Some(d)))
                    @if let Some(f) = &r.moves.from_words { " " (Text(f)) }
                }
            }
            div.k {
                (crate::t!(
                    "report-html-rests-on",
                    scored = l.counts.scored,
                    questions = l.counts.questions
                ))
                @if let Some(range) = range {
                    (crate::present::semicolon()) (Text(&range))
                }
            }
        }
    }
}
