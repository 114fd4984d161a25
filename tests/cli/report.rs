//! `dgtk report`: the text report fits 80 columns; the Markdown tables are tables and carry no raw
//! HTML; the HTML report is self-contained, its charts plot the computed scores, and answer texts
//! cannot inject markup. Snapshots of the text and Markdown reports are in tests/cmd/report-*.

use std::path::Path;

use dgtk::framework::{Framework, load_dir};
use dgtk::score::{Scorecard, score};
use scraper::{Html, Selector};

use crate::support::{self, Run};

const FIX: &str = "tests/fixtures/report";
const MINI: &str = "tests/frameworks/mini";

fn dgtk(args: &[&str]) -> Run {
    support::dgtk().args(args).run()
}

/// Stdout of `dgtk ARGS`, which must succeed.
fn stdout(args: &[&str]) -> String {
    dgtk(args).success().stdout_str().to_string()
}

fn fixture(name: &str) -> String {
    format!("{FIX}/{name}")
}

fn card(file: &str, f: &Framework) -> Scorecard {
    let a = dgtk::assessment::load_file(Path::new(file), f).expect("valid fixture");
    score(&a, f)
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

/// The display rule: one decimal, halves away from zero.
fn one_decimal(v: f64) -> String {
    dgtk::render::one_decimal(v)
}

/// The reports the tests look at: (framework dir or built-in, current, priors).
fn cases() -> Vec<(Option<&'static str>, String, Vec<String>)> {
    vec![
        (
            None,
            "tests/fixtures/v1/xmp-2026.toml".to_string(),
            vec![
                "assessments/xmp-2024.toml".to_string(),
                "assessments/xmp-2025.toml".to_string(),
            ],
        ),
        (
            Some(MINI),
            fixture("mini-2026.toml"),
            vec![fixture("mini-2025.toml"), fixture("mini-2024.toml")],
        ),
    ]
}

fn report(framework: Option<&str>, current: &str, priors: &[String], format: &str) -> String {
    let mut args: Vec<&str> = Vec::new();
    if let Some(f) = framework {
        args.extend(["--framework", f]);
    }
    args.extend(["report", current, "--format", format]);
    for p in priors {
        args.extend(["--prior", p]);
    }
    stdout(&args)
}

#[test]
fn text_report_fits_80_columns() {
    for (fw, current, priors) in cases() {
        for priors in [priors.clone(), Vec::new()] {
            let text = report(fw, &current, &priors, "text");
            assert!(!text.contains('\x1b'), "no colour when not on a terminal");
            for (i, line) in text.lines().enumerate() {
                let w = unicode_width::UnicodeWidthStr::width(line);
                assert!(w <= 80, "{current} line {}: {w} columns: {line:?}", i + 1);
            }
        }
    }
}

#[test]
fn coloured_text_report_still_fits_80_columns() {
    let f = crate::support::builtin_v1();
    let a = dgtk::assessment::load_file(Path::new("tests/fixtures/v1/xmp-2026.toml"), &f)
        .expect("valid");
    let p = dgtk::assessment::load_file(Path::new("assessments/xmp-2025.toml"), &f).expect("valid");
    let (ca, cp) = (score(&a, &f), score(&p, &f));
    let source = |file: &str, a, card| dgtk::report::Source {
        file: file.into(),
        assessment: a,
        framework: &f,
        card,
        overlap: None,
    };
    let r = dgtk::report::build(&source("a.toml", &a, &ca), &[source("p.toml", &p, &cp)]);
    let coloured = dgtk::report::text::render(&r, true, dgtk::report::text::WIDTH);
    let plain = dgtk::report::text::render(&r, false, dgtk::report::text::WIDTH);
    assert!(coloured.contains("\x1b[3"), "colour when asked for");
    assert!(!plain.contains('\x1b'));
    let strip = |s: &str| {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    };
    assert_eq!(strip(&coloured), plain, "colour changes nothing but colour");
    for line in plain.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 80,
            "{line:?}"
        );
    }
}

#[test]
fn text_report_has_every_part_of_the_contents() {
    let (fw, current, priors) = cases().remove(0);
    let text = report(fw, &current, &priors, "text");
    for part in [
        "Progress report: XMP (Office of the Government Chief Digital Officer),",
        "Framework  OECD Recommendation",
        "Status     draft",
        "Coverage   67 of 67 questions answered (100%)",
        "Overall score: ",
        "SCORES",
        "Rests on",
        "CHART",
        "TREND",
        "WHAT MOVED MOST",
        "TARGETS",
        "STRENGTHS",
        "GAPS",
        "NEXT STEPS",
        "> Reach level",
        "> Put in place:",
        "EVIDENCE",
        "HOW THESE SCORES ARE COMPUTED",
    ] {
        assert!(text.contains(part), "missing {part:?}");
    }
}

/// The pipes of a Markdown table row that separate cells (not escaped ones).
fn cell_separators(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => n += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    n
}

#[test]
fn markdown_tables_are_tables_and_answer_texts_are_not_html() {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    for (fw, current, priors) in cases() {
        let md = report(fw, &current, &priors, "markdown");
        // Every table row has as many cells as its header.
        let mut header: Option<usize> = None;
        let mut tables = 0;
        for line in md.lines() {
            if line.starts_with('|') {
                match header {
                    None => {
                        header = Some(cell_separators(line));
                        tables += 1;
                    }
                    Some(n) => assert_eq!(cell_separators(line), n, "{line}"),
                }
            } else {
                header = None;
            }
        }
        let parsed_tables = Parser::new_ext(&md, Options::ENABLE_TABLES)
            .filter(|e| matches!(e, Event::Start(Tag::Table(_))))
            .count();
        assert!(tables >= 5, "{current}: {tables} tables");
        assert_eq!(
            parsed_tables, tables,
            "{current}: every table parses as one"
        );
        let html: Vec<_> = Parser::new_ext(&md, Options::ENABLE_TABLES)
            .filter(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)))
            .collect();
        assert!(html.is_empty(), "{current}: raw HTML in Markdown: {html:?}");
        assert!(md.contains("## Annex: evidence"));
    }
    // The hostile texts survive as text.
    let md = report(Some(MINI), &fixture("mini-2026.toml"), &[], "markdown");
    let text: String = Parser::new_ext(&md, Options::ENABLE_TABLES)
        .filter_map(|e| match e {
            Event::Text(t) => Some(t.into_string()),
            _ => None,
        })
        .collect();
    assert!(text.contains("Plan adopted <script>alert(1)</script> and funded"));
    assert!(text.contains("\"><img src=x onerror=alert(1)>"));
    assert!(text.contains("*not* a [link](javascript:alert(1))"));
    let links = Parser::new_ext(&md, Options::empty())
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.into_string()),
            _ => None,
        })
        .collect::<Vec<_>>();
    assert!(!links.is_empty());
    assert!(
        links.iter().all(|l| l.starts_with("https://")),
        "only web links: {links:?}"
    );
}

#[test]
fn html_charts_plot_the_computed_scores() {
    let f = crate::support::builtin_v1();
    let (fw, current, priors) = cases().remove(0);
    let page = Html::parse_document(&report(fw, &current, &priors, "html"));
    assert_eq!(page.select(&sel("svg")).count(), 2, "two charts");
    assert_eq!(page.select(&sel("#chart-principles svg")).count(), 1);
    assert_eq!(page.select(&sel("#chart-trend svg")).count(), 1);

    let now = card(&current, &f);
    let bars: Vec<_> = page.select(&sel("#chart-principles rect.bar")).collect();
    assert_eq!(bars.len(), now.principles.len());
    for p in &now.principles {
        let bar = bars
            .iter()
            .find(|b| b.value().attr("data-principle") == Some(p.id.as_str()))
            .unwrap_or_else(|| panic!("a bar for {}", p.id));
        assert_eq!(bar.value().attr("data-year"), Some("2026"));
        let expected = one_decimal(p.score.expect("scored"));
        assert_eq!(
            bar.value().attr("data-score"),
            Some(expected.as_str()),
            "{}",
            p.id
        );
        let title: String = bar.select(&sel("title")).flat_map(|t| t.text()).collect();
        assert!(title.contains(&expected), "{title}");
    }
    // Each prior year is overlaid with its own scores.
    for (year, file) in [("2024", &priors[0]), ("2025", &priors[1])] {
        let prior = card(file, &f);
        let marks: Vec<_> = page
            .select(&sel(&format!(
                "#chart-principles line.prior[data-year=\"{year}\"]"
            )))
            .collect();
        assert_eq!(marks.len(), prior.principles.len(), "{year}");
        for p in &prior.principles {
            let mark = marks
                .iter()
                .find(|m| m.value().attr("data-principle") == Some(p.id.as_str()))
                .expect("a mark per principle");
            assert_eq!(
                mark.value().attr("data-score"),
                Some(one_decimal(p.score.expect("scored")).as_str())
            );
        }
    }
    // The overall trend: one point per year, in order, at the computed overall score.
    let points: Vec<(String, String)> = page
        .select(&sel("#chart-trend circle.point"))
        .map(|c| {
            (
                c.value().attr("data-year").unwrap_or_default().to_string(),
                c.value().attr("data-score").unwrap_or_default().to_string(),
            )
        })
        .collect();
    let expected: Vec<(String, String)> = [
        ("2024", &priors[0]),
        ("2025", &priors[1]),
        ("2026", &current),
    ]
    .iter()
    .map(|(y, file)| {
        (
            y.to_string(),
            one_decimal(card(file, &f).overall.expect("overall")),
        )
    })
    .collect();
    assert_eq!(points, expected);
    // Targets are drawn where set.
    let targets = page.select(&sel("#chart-principles line.target")).count();
    assert_eq!(
        targets,
        now.principles.iter().filter(|p| p.target.is_some()).count()
    );
    // Every section of the contents is there.
    for id in [
        "scores",
        "trend",
        "moves",
        "targets",
        "strengths",
        "gaps",
        "next-steps",
        "evidence",
        "method",
    ] {
        assert_eq!(
            page.select(&sel(&format!("section#{id}"))).count(),
            1,
            "{id}"
        );
    }
}

#[test]
fn html_scores_of_another_framework_shape_match_too() {
    let f = load_dir(Path::new(MINI)).expect("mini");
    let current = fixture("mini-2026.toml");
    let page = Html::parse_document(&report(Some(MINI), &current, &[], "html"));
    let now = card(&current, &f);
    let bars: Vec<_> = page.select(&sel("rect.bar")).collect();
    // "reuse" has no score (its only question is unknown and excluded): no bar.
    let scored: Vec<_> = now
        .principles
        .iter()
        .filter(|p| p.score.is_some())
        .collect();
    assert_eq!(bars.len(), scored.len());
    for p in scored {
        let bar = bars
            .iter()
            .find(|b| b.value().attr("data-principle") == Some(p.id.as_str()))
            .unwrap_or_else(|| panic!("a bar for {}", p.id));
        assert_eq!(
            bar.value().attr("data-score"),
            Some(one_decimal(p.score.unwrap_or_default()).as_str())
        );
    }
}

#[test]
fn html_escapes_every_answer_text() {
    let html = report(
        Some(MINI),
        &fixture("mini-2026.toml"),
        &[fixture("mini-2025.toml")],
        "html",
    );
    let page = Html::parse_document(&html);
    assert_eq!(page.select(&sel("script")).count(), 0, "no script element");
    assert_eq!(page.select(&sel("img")).count(), 0, "no img element");
    for el in page.select(&sel("*")) {
        for (name, value) in el.value().attrs() {
            assert!(
                !name.to_ascii_lowercase().starts_with("on"),
                "event handler attribute {name}={value:?} on <{}>",
                el.value().name()
            );
            assert_ne!(name, "src", "nothing is loaded");
        }
    }
    for a in page.select(&sel("a")) {
        let href = a.value().attr("href").unwrap_or_default();
        assert!(
            href.starts_with("https://") || href.starts_with("http://"),
            "{href}"
        );
    }
    // The hostile texts are shown as written: country, organisation, assessors, evidence, links.
    let text: String = page.root_element().text().collect();
    for s in [
        "Progress report: <script>alert(1)</script> (\"><img src=x onerror=alert(1)>), 2026",
        "Plan adopted <script>alert(1)</script> and funded",
        "javascript:alert(1)",
    ] {
        assert!(text.contains(s), "{s:?} shown as text");
    }
    let dd: Vec<String> = page
        .select(&sel("dl.meta dd"))
        .map(|d| d.text().collect())
        .collect();
    assert!(
        dd.contains(&"<script>alert(1)</script>".to_string()),
        "country"
    );
    assert!(
        dd.contains(&"\"><img src=x onerror=alert(1)>".to_string()),
        "organisation"
    );
    assert!(
        dd.contains(&"<script>alert(1)</script>, \"><img src=x onerror=alert(1)>".to_string()),
        "assessors"
    );
    let evidence: Vec<String> = page
        .select(&sel(".evidence"))
        .map(|d| d.text().collect())
        .collect();
    assert!(evidence.contains(&"\"><img src=x onerror=alert(1)>".to_string()));
}

#[test]
fn html_is_self_contained() {
    for (fw, current, priors) in cases() {
        let html = report(fw, &current, &priors, "html");
        let page = Html::parse_document(&html);
        for bad in [
            "script", "link", "img", "iframe", "object", "embed", "image", "use",
        ] {
            assert_eq!(page.select(&sel(bad)).count(), 0, "<{bad}> in the page");
        }
        assert!(!html.contains("url("), "no CSS url()");
        assert!(!html.contains("@import"));
        assert!(!html.contains("@font-face"));
        let csp = page
            .select(&sel("meta[http-equiv=\"Content-Security-Policy\"]"))
            .next()
            .and_then(|m| m.value().attr("content").map(str::to_string));
        assert_eq!(
            csp.as_deref(),
            Some("default-src 'none'; style-src 'unsafe-inline'")
        );
        // Print styles keep tables and charts whole.
        assert!(html.contains("@media print"));
        assert!(html.contains("break-inside: avoid"));
    }
}

#[test]
fn priors_of_another_framework_are_refused() {
    let out = dgtk(&[
        "report",
        "tests/fixtures/v1/xmp-2026.toml",
        "--prior",
        &fixture("mini-2025.toml"),
    ]);
    let out = out.code(1);
    assert!(out.stdout.is_empty());
    let err = out.stderr_str();
    assert!(
        err.contains("is an assessment of framework \"mini-test\""),
        "{err}"
    );
}

#[test]
fn output_file_is_written_whole_and_only_on_success() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("r.html");
    let o = out.display().to_string();
    let run = dgtk(&[
        "report",
        "tests/fixtures/v1/xmp-2026.toml",
        "--prior",
        "assessments/xmp-2025.toml",
        "--format",
        "html",
        "-o",
        &o,
    ]);
    let run = run.success();
    assert!(run.stdout.is_empty());
    let html = std::fs::read_to_string(&out).expect("written");
    assert!(html.starts_with("<!DOCTYPE html>") && html.ends_with("</html>\n"));
    // A failing run leaves no file behind.
    let bad = dir.path().join("bad.html");
    let run = dgtk(&[
        "report",
        "tests/fixtures/v1/xmp-2026.toml",
        "--prior",
        &fixture("mini-2025.toml"),
        "-o",
        &bad.display().to_string(),
    ]);
    run.code(1);
    assert!(!bad.exists());
}

/// The context indicator of tests/frameworks/v2mini (`digital-staff`, scored = false), answered
/// at its lowest and falling, is never a gap, a move, a next step or a decline, nor counted in
/// any "rests on": it is shown as context with its change.
#[test]
fn a_context_indicator_is_context_only_in_the_report_and_the_diff() {
    use dgtk::assessment::{Value, load_file};
    let new_fw = load_dir(Path::new("tests/frameworks/v2mini")).unwrap();
    let old_fw = load_dir(Path::new("tests/frameworks/v2mini-old")).unwrap();
    let mut a = load_file(Path::new("tests/fixtures/v2mini/new-2026.toml"), &new_fw).unwrap();
    a.answers.get_mut("digital-staff").unwrap().value = Some(Value::Number(0.0));
    let prior = load_file(Path::new("tests/fixtures/v2mini/old-2025.toml"), &old_fw).unwrap();
    let (card, prior_card) = (score(&a, &new_fw), score(&prior, &old_fw));
    let id = "digital-staff";
    assert!(card.question(id).unwrap().context);
    assert_eq!(
        card.question(id).unwrap().value(new_fw.scoring.unknown),
        None
    );
    // Rests on 13 of 15: the 16th question is the context indicator.
    assert_eq!((card.counts.scored, card.counts.questions), (13, 15));
    let skills = card.principle("skills").unwrap();
    assert_eq!(skills.counts.questions, 3);

    let prior_source = dgtk::report::Source {
        file: "old-2025.toml".into(),
        assessment: &prior,
        framework: &old_fw,
        card: &prior_card,
        overlap: None,
    };
    let r = dgtk::report::build(
        &dgtk::report::Source {
            file: "new-2026.toml".into(),
            assessment: &a,
            framework: &new_fw,
            card: &card,
            overlap: None,
        },
        std::slice::from_ref(&prior_source),
    );
    assert!(!r.gaps.iter().chain(&r.strengths).any(|q| q.id == id));
    assert!(!r.next_steps.iter().any(|s| s.id == id));
    assert!(!r.moves.questions.iter().any(|m| m.id == id));
    assert_eq!(r.context.len(), 1);
    assert_eq!(r.context[0].id, id);
    // The dimensions are shown; the good practices are those of principles with next steps
    // (skills has none: its weakest question scores exactly half).
    let dims: Vec<&str> = r.dimensions.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        dims,
        ["user-driven", "data-driven", "proactive", "beyond-dgi"]
    );
    let with_practices: Vec<u32> = r.practices.iter().map(|p| p.principle_number).collect();
    assert_eq!(with_practices, [1, 1, 2, 2, 3, 3]);
    assert_eq!(r.context[0].change, Some(-1200.0));
    assert_eq!(
        r.context[0].value_words(Some("2025")),
        "0 FTE (2025: 1200 FTE, -1200)"
    );

    let d = dgtk::diff::diff(
        dgtk::diff::Side {
            assessment: &prior,
            framework: &old_fw,
        },
        dgtk::diff::Side {
            assessment: &a,
            framework: &new_fw,
        },
    )
    .unwrap();
    let row = d.questions.iter().find(|q| q.id() == id).unwrap();
    assert!(row.new.as_ref().unwrap().context);
    assert_ne!(row.movement(), dgtk::diff::Movement::Declined);
    assert_eq!(row.new_score, None);
    assert!(row.answer == dgtk::diff::AnswerChange::Changed);
}

#[test]
fn html_robustness_section_shows_each_method_and_where_the_band_breaks() {
    let f = dgtk::framework::load_builtin().unwrap();
    let a = dgtk::assessment::load_file(Path::new("assessments/xmp-2026.toml"), &f).unwrap();
    let s = dgtk::sensitivity::sensitivity(&a, &f);
    let html = stdout(&["report", "assessments/xmp-2026.toml", "--format", "html"]);
    let doc = Html::parse_document(&html);
    let rows: Vec<_> = doc.select(&sel("#robustness tr[data-method]")).collect();
    assert_eq!(rows.len(), s.outcomes.len());
    for (row, o) in rows.iter().zip(&s.outcomes) {
        assert_eq!(row.value().attr("data-method"), Some(o.id.as_str()));
        let cells: Vec<String> = row
            .select(&sel("td"))
            .map(|c| c.text().collect::<String>())
            .collect();
        assert_eq!(cells[1], one_decimal(o.score.unwrap()), "{}", o.id);
        let verdict = if o.holds(&s) == Some(true) {
            "yes"
        } else {
            "no"
        };
        assert_eq!(cells[4], verdict, "{}", o.id);
    }
    // The band of this example does not hold under every method, and the section says so.
    assert_eq!(s.holds(), Some(false));
    let section: String = doc
        .select(&sel("#robustness"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(section.contains("does not hold"), "{section}");
    assert_eq!(
        doc.select(&sel("#robustness td.holds-no")).count(),
        s.breaks().len()
    );
}

#[test]
fn evidence_goes_to_an_annex_inline_or_nowhere() {
    let text = |e: &str| stdout(&["report", "assessments/xnv-2026.toml", "--evidence", e]);
    let pos = |t: &str, h: &str| t.find(h).unwrap_or_else(|| panic!("no {h:?}"));
    let annex = text("annex");
    assert!(pos(&annex, "HOW THESE SCORES ARE COMPUTED") < pos(&annex, "ANNEX: EVIDENCE"));
    let inline = text("inline");
    assert!(pos(&inline, "\nEVIDENCE") < pos(&inline, "HOW THESE SCORES ARE COMPUTED"));
    assert!(!inline.contains("ANNEX"));
    let none = text("none");
    assert!(!none.contains("EVIDENCE"), "{none}");
    assert!(none.contains("leaves out the evidence"));
    let md = |e: &str| {
        stdout(&[
            "report",
            "assessments/xnv-2026.toml",
            "--evidence",
            e,
            "--format",
            "markdown",
        ])
    };
    assert!(md("annex").contains("## Annex: evidence"));
    assert!(md("inline").contains("## Evidence"));
    assert!(!md("none").contains("Evidence\n"));
    let html = |e: &str| {
        Html::parse_document(&stdout(&[
            "report",
            "assessments/xnv-2026.toml",
            "--evidence",
            e,
            "--format",
            "html",
        ]))
    };
    let h = html("annex");
    assert_eq!(h.select(&sel("#annex #evidence")).count(), 1);
    assert_eq!(h.select(&sel("#annex #practices")).count(), 1);
    let h = html("inline");
    assert_eq!(h.select(&sel("#annex")).count(), 0);
    assert_eq!(h.select(&sel("#evidence")).count(), 1);
    let h = html("none");
    assert_eq!(h.select(&sel("#evidence")).count(), 0);
    assert_eq!(h.select(&sel("#evidence-left-out")).count(), 1);
}
