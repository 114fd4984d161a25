//! `dgtk report --format docx`: the Word document is read back by independent clients. Python's
//! python-docx (tests/docx/check.py) counts its headings per style, its tables and pictures, and
//! they are compared with the report's model (`dgtk::report::build`); LibreOffice converts it to
//! PDF and poppler counts the pages. `.ci/run` installs python-docx, LibreOffice Writer and
//! poppler-utils; without them these tests fail, saying so, rather than passing unchecked.

use std::path::Path;

use dgtk::framework::{Framework, load_dir};
use dgtk::report::{EvidencePlacement, Report, Source, prior};
use dgtk::score::score;
use serde_json::Value;

use crate::support;

const XMP: &str = "assessments/xmp-2026.toml";
const XMP_PRIORS: [&str; 2] = ["assessments/xmp-2025.toml", "assessments/xmp-2024.toml"];
const MINI_CURRENT: &str = "tests/fixtures/report/mini-2026.toml";
const MINI_PRIORS: [&str; 2] = [
    "tests/fixtures/report/mini-2025.toml",
    "tests/fixtures/report/mini-2024.toml",
];

/// Writes the Word report of `current` against `priors` into `dir` and returns its path.
fn write_docx(
    dir: &Path,
    framework: Option<&str>,
    current: &str,
    priors: &[&str],
    name: &str,
) -> String {
    write_docx_with(dir, framework, current, priors, name, &[])
}

/// As [`write_docx`], with more arguments (`--evidence none`...).
fn write_docx_with(
    dir: &Path,
    framework: Option<&str>,
    current: &str,
    priors: &[&str],
    name: &str,
    extra: &[&str],
) -> String {
    let out = dir.join(name);
    let mut c = support::dgtk();
    if let Some(f) = framework {
        c = c.framework(f);
    }
    c = c
        .args(["report", current, "--format", "docx", "-o"])
        .arg(&out);
    for p in priors {
        c = c.args(["--prior", p]);
    }
    c = c.args(extra);
    c.run().success();
    out.display().to_string()
}

/// What python-docx reads in the document (tests/docx/check.py).
fn read_back(docx: &str) -> Value {
    // python3 must be installed (see .ci/run); without it the builder stops with "cannot start
    // python3 ...".
    let out = support::TestCommand::new("python3")
        .args(["tests/docx/check.py", docx])
        .run();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("No module named 'docx'"),
        "the Python package python-docx is missing: `pip install python-docx` (.ci/run does)"
    );
    assert_eq!(out.exit_code(), Some(0), "check.py failed: {stderr}");
    serde_json::from_slice(&out.stdout).expect("check.py prints JSON")
}

/// The report model, built as `dgtk report` builds it.
fn model(f: &Framework, others: &[Framework], current: &str, priors: &[&str]) -> Report {
    let a = dgtk::assessment::load_file(Path::new(current), f).expect("valid");
    let loaded: Vec<prior::Prior> = priors
        .iter()
        .map(|p| prior::load(Path::new(p), f, others).expect("valid prior"))
        .collect();
    let framework_of = |p: &prior::Prior| p.framework.map_or(f, |i| &others[i]);
    let cards: Vec<_> = loaded
        .iter()
        .map(|p| score(&p.assessment, framework_of(p)))
        .collect();
    let sources: Vec<Source> = loaded
        .iter()
        .zip(&cards)
        .zip(priors)
        .map(|((p, card), path)| Source {
            file: path.to_string(),
            assessment: &p.assessment,
            framework: framework_of(p),
            card,
            overlap: p.overlap.clone(),
        })
        .collect();
    let card = score(&a, f);
    dgtk::report::build(
        &Source {
            file: current.to_string(),
            assessment: &a,
            framework: f,
            card: &card,
            overlap: None,
        },
        &sources,
    )
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|x| x.as_str().unwrap_or_default().to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// The headings, tables and pictures the model says the document has, against what
/// python-docx found.
fn assert_matches_model(r: &Report, doc: &Value) {
    let s = dgtk::render::score;
    let alt = |v: Option<f64>| v.map_or("no score".to_string(), |v| s(Some(v)));
    let h = &doc["headings"];
    let title = format!("Progress report: {}, {}", r.header.who(), r.header.year);
    assert_eq!(
        strings(&h["Heading 1"]),
        [dgtk::sanitize::for_document(&title).to_string()]
    );
    // One Heading 2 per section the model has, in the HTML report's order; the good practices
    // and the evidence before the method (inline), after it (annex, each from a new page), or
    // the evidence left out (none).
    let placement = r.evidence_placement;
    let mut h2 = vec!["Scores".to_string()];
    if !r.dimensions.is_empty() {
        h2.push("Dimensions".into());
    }
    let robust = r.robustness.score.is_some();
    if robust {
        h2.push("How firm is the band".into());
    }
    h2.push("Trend".into());
    if let Some(since) = &r.moves.since {
        h2.push(format!("What moved most {} {since}", r.moves.word()));
    }
    h2.extend(["Targets", "Strengths", "Gaps"].map(String::from));
    if !r.context.is_empty() {
        h2.push("Context".into());
    }
    h2.push("Next steps".into());
    let mut new_pages = Vec::new();
    if placement == EvidencePlacement::Inline {
        if !r.practices.is_empty() {
            h2.push("Good practices".into());
        }
        h2.push("Evidence".into());
    }
    h2.push("How these scores are computed".into());
    if placement != EvidencePlacement::Inline {
        if !r.practices.is_empty() {
            new_pages.push("Annex: good practices".to_string());
        }
        if placement == EvidencePlacement::Annex {
            new_pages.push("Annex: evidence".to_string());
        }
        h2.extend(new_pages.iter().cloned());
    }
    assert_eq!(strings(&h["Heading 2"]), h2);
    assert_eq!(strings(&doc["new_pages"]), new_pages, "the annex's pages");
    let body = doc["body_text"].as_str().unwrap();
    assert_eq!(
        body.contains(&dgtk::present::evidence_left_out()),
        placement == EvidencePlacement::None,
        "the sentence on the evidence left out"
    );
    let evidence_shown = placement != EvidencePlacement::None;
    // Heading 3: the moves' parts, one per principle's evidence.
    let mut h3 = Vec::new();
    let mut tables = 1; // the scores
    if robust {
        tables += 1;
    }
    if r.history.len() > 1 {
        tables += 1;
    }
    if r.moves.since.is_some() {
        if !r.moves.principles.is_empty() {
            h3.push("By principle".to_string());
            tables += 1;
        }
        if !r.moves.questions.is_empty() {
            h3.push("By question".to_string());
            tables += 1;
        }
    }
    let evidence_parts: &[_] = if evidence_shown { &r.evidence } else { &[] };
    for p in evidence_parts {
        h3.push(format!("{}. {} ({})", p.number, p.title, s(p.score)));
    }
    assert_eq!(strings(&h["Heading 3"]), h3);
    tables += [
        !r.targets.is_empty(),
        !r.strengths.is_empty(),
        !r.gaps.is_empty(),
    ]
    .iter()
    .filter(|x| **x)
    .count();
    tables += evidence_parts.len();
    let found = doc["tables"].as_array().expect("tables");
    assert_eq!(
        found.len(),
        tables,
        "one Word table per table of the report"
    );
    for t in found {
        assert_eq!(
            t["header_repeats"], true,
            "header row repeats: {}",
            t["header"]
        );
        assert_eq!(t["other_rows_repeat"], false);
    }
    // The scores table: the overall, each pillar and its principles, with their scores and
    // ranges ("66.3 (64.9-68.0)") and their bands, marked provisional where they are.
    let scores = &found[0];
    let mut names = vec!["Overall".to_string()];
    let mut lines = vec![&r.overall];
    for p in &r.pillars {
        names.push(p.title.clone());
        lines.push(&p.line);
        for q in r.principles.iter().filter(|q| q.pillar == p.id) {
            names.push(format!("{}. {}", q.number, q.title));
            lines.push(&q.line);
        }
    }
    assert_eq!(strings(&scores["first_column"]), names);
    let column = |i: usize| -> Vec<String> {
        scores["cells"]
            .as_array()
            .unwrap()
            .iter()
            .map(|row| row[i].as_str().unwrap().to_string())
            .collect()
    };
    let figures: Vec<String> = lines.iter().map(|l| l.figure()).collect();
    assert_eq!(
        column(1),
        figures,
        "the scores table's figures are the model's"
    );
    let bands: Vec<String> = lines
        .iter()
        .map(|l| {
            l.band
                .as_deref()
                .map_or("-".into(), |b| dgtk::present::band_marked(b, l.provisional))
        })
        .collect();
    assert_eq!(column(2), bands, "the bands, marked provisional");
    assert_eq!(
        strings(&scores["header"])[5],
        r.moves.column_heading(),
        "the change column says since when"
    );
    assert_eq!(
        body.contains(&dgtk::present::range_legend(r.narrowest_band)),
        r.has_range(),
        "the range legend, where there are ranges"
    );
    // How firm is the band: the framework's method, then each alternative with its overall,
    // change, band and whether the band holds; then the verdict and where the methods are
    // explained.
    let rb = &r.robustness;
    if robust {
        let t = &found[1];
        assert_eq!(
            strings(&t["header"]),
            ["Method", "Overall", "Change", "Band", "Band holds"]
        );
        let mut want = vec![vec![
            "The framework's method".to_string(),
            s(rb.score),
            String::new(),
            rb.band.clone().unwrap_or("-".into()),
            String::new(),
        ]];
        for m in &rb.outcomes {
            want.push(vec![
                m.title.clone(),
                s(m.score),
                dgtk::render::delta(m.change(rb)),
                m.band.clone().unwrap_or("-".into()),
                dgtk::present::band_verdict(m, rb).to_string(),
            ]);
        }
        let got: Vec<Vec<String>> = t["cells"].as_array().unwrap().iter().map(strings).collect();
        assert_eq!(got, want, "the robustness table is the model's");
        let verdict = format!(
            "{} Each method and why it is defensible: {}.",
            dgtk::present::robustness_sentence(rb),
            dgtk::present::METHOD_DOC
        );
        assert!(body.contains(&verdict), "{verdict}");
    }
    // The summary: declines, then the caveats, above the overall figure; the cards with the
    // change measured as the model words it and the range beside the score.
    let order = strings(&doc["order"]);
    let at = |needle: &str| {
        order
            .iter()
            .position(|p| p.contains(needle))
            .unwrap_or_else(|| panic!("{needle:?} in the document"))
    };
    let overall_card = at("Overall score: ");
    if let Some(d) = &r.moves.declines {
        assert!(
            at(&format!("Declines: {d}")) < overall_card,
            "declines first"
        );
    } else {
        assert!(!body.contains("Declines: "));
    }
    match (&r.moves.caveats, r.overall.change) {
        (Some(c), Some(_)) => {
            assert!(at(&format!("The changes are {c}.")) < overall_card)
        }
        _ => assert!(!body.contains("The changes are ")),
    }
    let card = &order[overall_card];
    if let (Some(_), Some(f)) = (r.overall.change, &r.moves.from_words) {
        assert!(
            card.contains(&format!("{} {f}", dgtk::render::delta(r.overall.change))),
            "{card}"
        );
    }
    if let Some(w) = dgtk::present::range_words(r.overall.range, r.overall.provisional) {
        assert!(card.contains(&format!("; {w}")), "{card}");
    }
    // Next steps: each with its gains, in the model's order (largest overall gain first).
    let mut from = order
        .iter()
        .position(|p| p == "Next steps")
        .expect("the next steps' heading");
    for step in &r.next_steps {
        let head = format!("Question {}.", step.principle_number);
        let head_id = format!("({}) (now", step.id);
        let i = order[from..]
            .iter()
            .position(|p| {
                p.starts_with(&*dgtk::sanitize::for_document(&head))
                    && p.contains(&*dgtk::sanitize::for_document(&head_id))
            })
            .unwrap_or_else(|| panic!("{head:?} after the step before"))
            + from;
        let want = format!("{} if reached ({})", step.worth(), step.reached);
        assert!(
            order[i].contains(&*dgtk::sanitize::for_document(&want)),
            "{want} in {}",
            order[i]
        );
        from = i + 1;
    }
    // The evidence tables: one row per question.
    let evidence = &found[found.len() - evidence_parts.len()..];
    for (t, p) in evidence.iter().zip(evidence_parts) {
        assert_eq!(t["rows"], p.questions.len(), "{}", p.title);
        assert_eq!(
            strings(&t["header"]),
            ["Question and answer", "Score", "Evidence"]
        );
    }
    // The two charts, as PNG pictures the width of the text, with alt text naming each score.
    let images = doc["images"].as_array().expect("images");
    assert_eq!(images.len(), 2);
    assert_eq!(strings(&doc["pngs"]).len(), 2, "the pictures are PNG files");
    let bars = images[0]["descr"].as_str().unwrap();
    for p in &r.principles {
        let named = format!("{}. {}: {}", p.number, p.title, alt(p.line.score));
        assert!(
            bars.contains(&*dgtk::sanitize::for_document(&named)),
            "{named} in {bars}"
        );
    }
    let trend = images[1]["descr"].as_str().unwrap();
    for snap in &r.history {
        let point = format!(
            "{} ({}): {}",
            snap.heading(),
            snap.status.as_str(),
            alt(snap.overall)
        );
        assert!(trend.contains(&point), "{point} in {trend}");
    }
    for i in images {
        assert_eq!(
            i["width_mm"], 170.0,
            "the text width of A4 with 2 cm margins"
        );
    }
    // The summary's key figure, as the HTML report's first card says it.
    assert!(
        body.contains(&format!("Overall score: {}", s(r.overall.score))),
        "overall score in the summary"
    );
    assert!(body.contains(&r.coverage()), "the coverage line");
    // A4, page numbers in the footer, the DRAFT mark for a draft.
    assert_eq!(doc["page"]["width_mm"], 210);
    assert_eq!(doc["page"]["height_mm"], 297);
    assert_eq!(strings(&doc["footer_fields"]), ["PAGE", "NUMPAGES"]);
    let draft = r.header.status == dgtk::assessment::Status::Draft;
    assert_eq!(
        doc["header_text"] == "DRAFT",
        draft,
        "DRAFT mark on every page"
    );
    assert_eq!(body.contains("DRAFT: this assessment is not final"), draft);
}

#[test]
fn the_word_report_has_the_models_headings_tables_and_charts() {
    let dir = tempfile::tempdir().unwrap();
    let v2 = load_dir(Path::new("principles")).expect("built-in framework");
    let v1 = support::builtin_v1();
    let docx = write_docx(dir.path(), None, XMP, &XMP_PRIORS, "xmp.docx");
    let r = model(&v2, &[v1], XMP, &XMP_PRIORS);
    assert_eq!(r.history.len(), 3);
    assert!(!r.next_steps.is_empty() && !r.targets.is_empty());
    assert_matches_model(&r, &read_back(&docx));

    // Without priors: no trend table, no moves section.
    let alone = write_docx(dir.path(), None, XMP, &[], "alone.docx");
    let r = model(&v2, &[], XMP, &[]);
    assert!(r.moves.since.is_none());
    assert_matches_model(&r, &read_back(&alone));

    // A final assessment: no DRAFT mark.
    let fin = write_docx(
        dir.path(),
        None,
        "assessments/xnv-2026.toml",
        &[],
        "xnv.docx",
    );
    let r = model(&v2, &[], "assessments/xnv-2026.toml", &[]);
    assert_eq!(r.header.status, dgtk::assessment::Status::Final);
    assert_matches_model(&r, &read_back(&fin));

    // The mini framework (not 12 principles, not 3 pillars, another scale), with priors.
    let mini = load_dir(Path::new(support::MINI)).expect("mini");
    let docx = write_docx(
        dir.path(),
        Some(support::MINI),
        MINI_CURRENT,
        &MINI_PRIORS,
        "mini.docx",
    );
    let r = model(&mini, &[], MINI_CURRENT, &MINI_PRIORS);
    assert_matches_model(&r, &read_back(&docx));
}

#[test]
fn the_word_report_has_the_html_reports_trust_and_robustness_parts() {
    let dir = tempfile::tempdir().unwrap();
    let v2 = load_dir(Path::new("principles")).expect("built-in framework");
    let v1 = support::builtin_v1();
    let prior = ["assessments/xmp-2025.toml"];
    let docx = write_docx(dir.path(), None, XMP, &prior, "xmp.docx");
    let r = model(&v2, std::slice::from_ref(&v1), XMP, &prior);
    // What the checks below need the model to have, so that none of them passes vacuously.
    assert!(r.moves.declines.is_some() && r.moves.caveats.is_some());
    assert!(r.robustness.score.is_some() && !r.robustness.outcomes.is_empty());
    assert!(r.next_steps.len() > 1);
    let doc = read_back(&docx);
    assert_matches_model(&r, &doc);
    let order = strings(&doc["order"]);
    let at = |p: &str| order.iter().position(|x| x == p).unwrap();
    // The robustness section comes after the scores and before the trend, its table in it.
    let robust = at("How firm is the band");
    assert!(at("Scores") < robust && robust < at("Trend"));
    assert_eq!(order[robust + 2], "[table: Method]");

    // Ranges and the provisional mark: the same assessment with two answers unknown.
    let text = std::fs::read_to_string(XMP).unwrap();
    let mut unknown = text.clone();
    for q in ["records-management", "digital-accessibility-monitoring"] {
        let block = format!("[answers.{q}]\nanswer = 2\n");
        assert!(unknown.contains(&block), "{q} answered 2 in {XMP}");
        unknown = unknown.replace(&block, &format!("[answers.{q}]\nanswer = \"unknown\"\n"));
    }
    let copy = dir.path().join("xmp-unknown.toml");
    std::fs::write(&copy, unknown).unwrap();
    let copy = copy.display().to_string();
    let docx = write_docx(dir.path(), None, &copy, &prior, "ranged.docx");
    let r = model(&v2, &[v1], &copy, &prior);
    assert!(r.has_range(), "unknown answers give ranges");
    assert!(
        r.principles.iter().any(|p| p.line.provisional),
        "and a provisional band"
    );
    let doc = read_back(&docx);
    assert_matches_model(&r, &doc);
    let cells = doc["tables"][0]["cells"].to_string();
    assert!(cells.contains("provisional"), "{cells}");
    assert!(
        cells.contains(&r.overall.figure()) && r.overall.figure().contains(" ("),
        "the overall's range: {}",
        r.overall.figure()
    );
}

#[test]
fn the_evidence_option_places_the_evidence_in_the_word_report() {
    let dir = tempfile::tempdir().unwrap();
    let v2 = load_dir(Path::new("principles")).expect("built-in framework");
    let mini = load_dir(Path::new(support::MINI)).expect("mini");
    for (framework, current, priors) in [
        (None, XMP, &XMP_PRIORS[..1]),
        (Some(support::MINI), MINI_CURRENT, &MINI_PRIORS[..]),
    ] {
        let f = if framework.is_some() { &mini } else { &v2 };
        let others: Vec<Framework> = if framework.is_some() {
            Vec::new()
        } else {
            vec![support::builtin_v1()]
        };
        let mut last_order = Vec::new();
        for (arg, placement) in [
            ("annex", EvidencePlacement::Annex),
            ("inline", EvidencePlacement::Inline),
            ("none", EvidencePlacement::None),
        ] {
            let docx = write_docx_with(
                dir.path(),
                framework,
                current,
                priors,
                &format!("{arg}.docx"),
                &["--evidence", arg],
            );
            let mut r = model(f, &others, current, priors);
            assert!(!r.evidence.is_empty());
            r.evidence_placement = placement;
            let doc = read_back(&docx);
            assert_matches_model(&r, &doc);
            let order = strings(&doc["order"]);
            let method = order
                .iter()
                .position(|p| p == "How these scores are computed")
                .unwrap();
            let evidence = order
                .iter()
                .position(|p| p == "Evidence" || p == "Annex: evidence");
            match placement {
                EvidencePlacement::Inline => assert!(evidence.unwrap() < method),
                EvidencePlacement::Annex => assert!(evidence.unwrap() > method),
                EvidencePlacement::None => {
                    assert!(evidence.is_none());
                    let left = order
                        .iter()
                        .position(|p| *p == dgtk::present::evidence_left_out())
                        .expect("the sentence on the evidence left out");
                    assert!(left > method);
                }
            }
            assert_ne!(order, last_order, "--evidence {arg} changes the document");
            last_order = order;
        }
    }
}

#[test]
fn hostile_texts_stay_text_in_the_word_reports_comparisons() {
    // A prior of another "country" whose name is markup, an ampersand and a control character:
    // it is worded in the caveats, the cards, the trend and the moves' heading ("against ...").
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("assessments/xmp-2025.toml").unwrap();
    let hostile = "X&<img src=x onerror=alert(1)>\\u0007"; // a TOML escape: BEL
    let changed = text.replacen("country = \"XMP\"", &format!("country = \"{hostile}\""), 1);
    assert_ne!(changed, text, "the prior names its country");
    let prior = dir.path().join("hostile-2025.toml");
    std::fs::write(&prior, changed).unwrap();
    let prior = prior.display().to_string();
    let docx = write_docx(dir.path(), None, XMP, &[&prior], "h.docx");
    let doc = read_back(&docx);
    let shown = "X&<img src=x onerror=alert(1)>\u{fffd}";
    let order = strings(&doc["order"]);
    for start in [
        "The changes are not like for like",
        "Overall score: ",
        "What moved most against ",
    ] {
        let p = order
            .iter()
            .find(|p| p.starts_with(start))
            .unwrap_or_else(|| panic!("{start:?} in {order:?}"));
        assert!(p.contains(shown), "shown as text: {p}");
    }
    let body = doc["body_text"].as_str().unwrap();
    assert!(
        !body
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "no control character reaches the document"
    );
    // In the XML, the markup is escaped text, never an element.
    let xml = {
        use std::io::Read as _;
        let mut z = zip::ZipArchive::new(std::fs::File::open(&docx).unwrap()).unwrap();
        let mut s = String::new();
        z.by_name("word/document.xml")
            .unwrap()
            .read_to_string(&mut s)
            .unwrap();
        s
    };
    assert!(xml.contains("X&amp;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!xml.contains("<img"));
}

#[test]
fn hostile_answer_texts_stay_text_in_the_word_report() {
    let dir = tempfile::tempdir().unwrap();
    // Markup and script addresses.
    let docx = write_docx(dir.path(), Some(support::MINI), MINI_CURRENT, &[], "m.docx");
    let doc = read_back(&docx);
    let body = doc["body_text"].as_str().unwrap();
    for s in [
        "Progress report: <script>alert(1)</script> (\"><img src=x onerror=alert(1)>), 2026",
        "Plan adopted <script>alert(1)</script> and funded",
        "javascript:alert(1)",
        "*not* a [link](javascript:alert(1))",
    ] {
        assert!(body.contains(s), "{s:?} shown as text");
    }
    let links = strings(&doc["hyperlinks"]);
    assert!(!links.is_empty());
    assert!(
        links.iter().all(|l| l.starts_with("https://")),
        "only web links are clickable: {links:?}"
    );
    // Control characters (forbidden in XML 1.0) and a bidi override: every part stays
    // well-formed (check.py parses each), controls become U+FFFD and the override a visible
    // marker.
    let docx = write_docx(
        dir.path(),
        Some(support::V1),
        "tests/fixtures/hostile/builtin-2026.toml",
        &[],
        "h.docx",
    );
    let doc = read_back(&docx);
    let body = doc["body_text"].as_str().unwrap();
    assert!(body.contains("XMP \u{fffd}]0;PWNED\u{fffd}"), "{body:.300}");
    assert!(body.contains("⟦U+202E⟧"));
    assert!(
        !body
            .chars()
            .any(|c| (c.is_control() && c != '\n' && c != '\t')
                || dgtk::sanitize::is_bidi_control(c)),
        "no control or bidi character reaches the document"
    );
    assert!(
        !doc["core_title"].as_str().unwrap().contains('\u{1b}'),
        "nor its properties"
    );
}

#[test]
fn libreoffice_opens_the_word_report() {
    let dir = tempfile::tempdir().unwrap();
    let docx = write_docx(dir.path(), None, XMP, &XMP_PRIORS, "report.docx");
    // A profile of its own, so that a LibreOffice already running elsewhere is not reused.
    let profile = format!("file://{}/lo-profile", dir.path().display());
    let out = support::TestCommand::new("soffice")
        .env("HOME", dir.path())
        .arg(format!("-env:UserInstallation={profile}"))
        .args(["--headless", "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&docx)
        .run();
    assert_eq!(
        out.exit_code(),
        Some(0),
        "soffice (LibreOffice Writer, .ci/run installs it) could not convert: {out:?}"
    );
    let pdf = dir.path().join("report.pdf");
    assert!(pdf.exists(), "LibreOffice wrote no PDF: {out:?}");
    let info = support::TestCommand::new("pdfinfo")
        .arg(&pdf)
        .run()
        .success();
    let pages: u32 = info
        .stdout_str()
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo names the page count");
    assert!(pages > 1, "{pages} pages");
    assert!(
        info.stdout_str().contains("(A4)"),
        "A4 pages: {}",
        info.stdout_str()
    );
    // The page numbers are fields LibreOffice computes: the last page says "page N of N".
    let text = support::TestCommand::new("pdftotext")
        .args(["-layout"])
        .arg(&pdf)
        .arg("-")
        .run()
        .success();
    let text = text.stdout_str();
    assert!(
        text.contains(&format!("page {pages} of {pages}")),
        "page numbers in the footer"
    );
    assert!(text.contains("DRAFT"));
    assert!(text.contains("Progress report: XMP"));
}

#[test]
fn a_word_report_needs_an_output_file_and_is_written_whole() {
    let dir = tempfile::tempdir().unwrap();
    // Binary output is never written to a terminal or mixed into stdout by accident.
    let run = support::dgtk()
        .args(["report", XMP, "--format", "docx"])
        .run()
        .code(2);
    assert!(run.stdout.is_empty());
    assert!(run.stderr_str().contains("give -o FILE"), "{run:?}");
    // Into a pipe with -o -, it is the document's bytes.
    let piped = support::dgtk()
        .args(["report", XMP, "--format", "docx", "-o", "-"])
        .run()
        .success();
    assert!(piped.stdout.starts_with(b"PK\x03\x04"), "a zip package");
    // The same report twice gives the same bytes (no date inside).
    let a = write_docx(dir.path(), None, XMP, &[], "a.docx");
    assert_eq!(std::fs::read(&a).unwrap(), piped.stdout);
    // Never over an input.
    let copy = dir.path().join("answers.toml");
    std::fs::copy(XMP, &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    support::dgtk()
        .args(["report", XMP, "--format", "docx", "--prior"])
        .arg(&copy)
        .arg("-o")
        .arg(&copy)
        .run()
        .code(1);
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        before,
        "the input is unchanged"
    );
}

/// Writes the Word report of the example (2026 against 2025, a draft) in `lang` into `dir`.
fn write_docx_in(dir: &Path, lang: &str) -> String {
    let out = dir.join(format!("report-{lang}.docx"));
    support::dgtk()
        .args(["--lang", lang, "report", XMP, "--prior", XMP_PRIORS[0]])
        .args(["--format", "docx", "-o"])
        .arg(&out)
        .run()
        .success();
    out.display().to_string()
}

/// The headings (h1, h2, h3) of the HTML report of the same example in `lang`, in order, as a
/// reader sees them.
fn html_headings(lang: &str) -> Vec<String> {
    let html = support::dgtk()
        .args(["--lang", lang, "report", XMP, "--prior", XMP_PRIORS[0]])
        .args(["--format", "html"])
        .run()
        .success();
    let doc = scraper::Html::parse_document(html.stdout_str());
    let sel = scraper::Selector::parse("h1, h2, h3").unwrap();
    doc.select(&sel)
        .map(|h| {
            h.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The document's headings in order (python-docx's `order`, kept to the heading texts).
fn docx_headings(doc: &Value) -> Vec<String> {
    let all: Vec<String> = ["Heading 1", "Heading 2", "Heading 3"]
        .iter()
        .flat_map(|k| strings(&doc["headings"][*k]))
        .collect();
    strings(&doc["order"])
        .into_iter()
        .filter(|p| all.contains(p))
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// Every text a reader meets in the document: the body in order, the table cells, the page
/// header and footer, the pictures' alt texts; whitespace collapsed.
fn docx_texts(doc: &Value) -> Vec<String> {
    let mut out = strings(&doc["order"]);
    for t in doc["tables"].as_array().unwrap() {
        out.extend(strings(&t["header"]));
        for row in t["cells"].as_array().unwrap() {
            out.extend(strings(row));
        }
    }
    out.push(doc["header_text"].as_str().unwrap().to_string());
    out.push(doc["footer_text"].as_str().unwrap().to_string());
    out.push(doc["core_title"].as_str().unwrap().to_string());
    for i in doc["images"].as_array().unwrap() {
        out.push(i["descr"].as_str().unwrap().to_string());
    }
    out.iter()
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// Texts that may stay English in the French document because dgtk does not write them: every
/// text of the answer files and of the framework (its French overlay names bodies in their own
/// language), longest first.
fn texts_not_dgtks() -> Vec<String> {
    fn collect(v: &toml::Value, out: &mut Vec<String>) {
        match v {
            toml::Value::String(s) => out.push(s.split_whitespace().collect::<Vec<_>>().join(" ")),
            toml::Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
            toml::Value::Table(t) => t.values().for_each(|x| collect(x, out)),
            _ => {}
        }
    }
    let mut files = vec![XMP.to_string(), XMP_PRIORS[0].to_string()];
    for dir in ["principles/releases/1.0.0", "principles/fr"] {
        for e in std::fs::read_dir(dir).unwrap() {
            files.push(e.unwrap().path().display().to_string());
        }
    }
    let mut out = Vec::new();
    for f in files.iter().filter(|f| f.ends_with(".toml")) {
        let v: toml::Value = toml::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        collect(&v, &mut out);
    }
    // Short values (a status, "final"; a unit) would take words out of dgtk's own phrases.
    out.retain(|s| s.chars().count() >= 10);
    out.sort_by_key(|s| std::cmp::Reverse(s.len()));
    out.dedup();
    out
}

/// Phrases of the English Word document's own (headings, labels, column headings, sentences,
/// alt texts, footer, page header) that have no place in the French one.
const ENGLISH_DOCX_PHRASES: &[&str] = &[
    "Progress report",
    "Self-assessment against",
    "Country",
    "Year",
    "Assessors",
    "Coverage",
    "Compared with",
    "Overall",
    "Trend",
    "What moved most",
    "since",
    "By principle",
    "By question",
    "Targets",
    "Strengths",
    "Gaps",
    "Next steps",
    "Evidence",
    "Annex",
    "good practices",
    "How firm is the band",
    "The framework's method",
    "rests on",
    "Rests on",
    "Left out",
    "Pillar / principle",
    "Band",
    "Band holds",
    "Was",
    "Now",
    "Change",
    "Target",
    "Gap",
    "Question and answer",
    "Answer",
    "if reached",
    "scoring",
    "principle",
    "Bar chart",
    "Line chart",
    "score out of 100",
    "Assessments",
    "framework version",
    "Changes are measured",
    "How these scores are computed",
    "Report written by",
    "loads nothing from elsewhere",
    "DRAFT",
    "this assessment is not final",
    "of",
];

/// The phrases of [`ENGLISH_DOCX_PHRASES`] in `texts`, as whole words, once the texts dgtk
/// does not write are taken out; each with the text it was found in.
fn english_phrases_in(texts: &[String], not_dgtks: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for text in texts {
        let mut t = text.clone();
        for a in not_dgtks {
            if t.contains(a.as_str()) {
                t = t.replace(a.as_str(), " ");
            }
        }
        for p in ENGLISH_DOCX_PHRASES {
            let whole = t.match_indices(p).any(|(i, _)| {
                let before = t[..i].chars().next_back();
                let after = t[i + p.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
                    && !before.is_some_and(|c| c == '-' || c == '/' || c == '`')
            });
            if whole {
                found.push(format!("{p:?} in {t:?}"));
            }
        }
    }
    found
}

#[test]
fn the_french_word_report_has_the_french_html_reports_headings_and_no_english_left() {
    let dir = tempfile::tempdir().unwrap();
    let not_dgtks = texts_not_dgtks();
    let en = read_back(&write_docx_in(dir.path(), "en"));
    let fr = read_back(&write_docx_in(dir.path(), "fr"));

    // The check can fail: it finds every phrase in the English document.
    let en_found = english_phrases_in(&docx_texts(&en), &not_dgtks);
    let missing: Vec<&&str> = ENGLISH_DOCX_PHRASES
        .iter()
        .filter(|p| !en_found.iter().any(|f| f.starts_with(&format!("{p:?} in"))))
        .collect();
    assert!(
        missing.is_empty(),
        "not found in the English document: {missing:?}"
    );
    // The headings: the HTML report's, in the same order, in each language.
    assert_eq!(docx_headings(&en), html_headings("en"));
    let headings = docx_headings(&fr);
    assert_eq!(headings, html_headings("fr"));
    assert!(
        headings.contains(&"Prochaines étapes".to_string()),
        "{headings:?}"
    );
    assert_ne!(headings, docx_headings(&en));

    // No English phrase of dgtk's own left in the French document.
    let left = english_phrases_in(&docx_texts(&fr), &not_dgtks);
    assert!(
        left.is_empty(),
        "English left in the French docx:\n{}",
        left.join("\n")
    );

    // Its page header, footer and figures are French, with the decimal comma.
    assert_eq!(fr["header_text"], "PROJET");
    let footer = fr["footer_text"].as_str().unwrap();
    assert!(footer.contains(" · page 1 sur 1"), "{footer}");
    assert_eq!(strings(&fr["footer_fields"]), ["PAGE", "NUMPAGES"]);
    let body = fr["body_text"].as_str().unwrap();
    assert!(body.contains("Score d'ensemble\u{a0}: "), "a French colon");
    // The summary cards say a change in points, as the French text report does.
    let cards: Vec<String> = strings(&fr["order"])
        .into_iter()
        .filter(|p| p.starts_with("Score d'ensemble\u{a0}: ") && p.contains(" depuis "))
        .collect();
    assert!(
        !cards.is_empty() && cards.iter().all(|c| c.contains("\u{a0}points depuis 2025")),
        "{cards:?}"
    );
    let en_body = en["body_text"].as_str().unwrap();
    let figure = regex_like_first_decimal(en_body);
    assert!(
        body.contains(&figure.replace('.', ",")),
        "{figure} with a comma"
    );
    for i in fr["images"].as_array().unwrap() {
        let d = i["descr"].as_str().unwrap();
        assert!(
            d.starts_with("Diagramme") || d.starts_with("Graphique"),
            "{d}"
        );
    }
    // The document says its language; the English one says none (its bytes are as before).
    let lang = |path: &str, part: &str| {
        let f = std::fs::File::open(path).unwrap();
        let mut z = zip::ZipArchive::new(f).unwrap();
        let mut s = String::new();
        std::io::Read::read_to_string(&mut z.by_name(part).unwrap(), &mut s).unwrap();
        s
    };
    let fr_path = dir.path().join("report-fr.docx").display().to_string();
    let en_path = dir.path().join("report-en.docx").display().to_string();
    assert!(lang(&fr_path, "word/styles.xml").contains("<w:lang w:val=\"fr-FR\"/>"));
    assert!(lang(&fr_path, "docProps/core.xml").contains("<dc:language>fr-FR</dc:language>"));
    assert!(!lang(&en_path, "word/styles.xml").contains("w:lang"));
}

/// The first figure with a decimal point in `text` ("66.3").
fn regex_like_first_decimal(text: &str) -> String {
    let b = text.as_bytes();
    (1..b.len().saturating_sub(1))
        .find(|&i| b[i] == b'.' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit())
        .map(|i| {
            let start = text[..i]
                .rfind(|c: char| !c.is_ascii_digit())
                .map_or(0, |j| j + 1);
            text[start..i + 2].to_string()
        })
        .expect("a figure with a decimal point")
}
