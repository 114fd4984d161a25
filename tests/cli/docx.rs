//! `dgtk report --format docx`: the Word document is read back by independent clients. Python's
//! python-docx (tests/docx/check.py) counts its headings per style, its tables and pictures, and
//! they are compared with the report's model (`dgtk::report::build`); LibreOffice converts it to
//! PDF and poppler counts the pages. `.ci/run` installs python-docx, LibreOffice Writer and
//! poppler-utils; without them these tests fail, saying so, rather than passing unchecked.

use std::path::Path;

use dgtk::framework::{Framework, load_dir};
use dgtk::report::{Report, Source, prior};
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
    // One Heading 2 per section the model has, in the HTML report's order.
    let mut h2 = vec!["Scores".to_string()];
    if !r.dimensions.is_empty() {
        h2.push("Dimensions".into());
    }
    h2.push("Trend".into());
    if let Some(since) = &r.moves.since {
        h2.push(format!("What moved most since {since}"));
    }
    h2.extend(["Targets", "Strengths", "Gaps"].map(String::from));
    if !r.context.is_empty() {
        h2.push("Context".into());
    }
    h2.push("Next steps".into());
    if !r.practices.is_empty() {
        h2.push("Good practices".into());
    }
    h2.extend(["Evidence", "How these scores are computed"].map(String::from));
    assert_eq!(strings(&h["Heading 2"]), h2);
    // Heading 3: the moves' parts, one per principle with next steps, one per principle's
    // evidence.
    let mut h3 = Vec::new();
    let mut tables = 1; // the scores
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
    let mut last = None;
    for step in &r.next_steps {
        if last != Some(step.principle_number) {
            last = Some(step.principle_number);
            h3.push(format!(
                "{}. {}",
                step.principle_number, step.principle_title
            ));
        }
    }
    for p in &r.evidence {
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
    tables += r.evidence.len();
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
    // The scores table: the overall, each pillar and its principles, with their scores.
    let scores = &found[0];
    let mut names = vec!["Overall".to_string()];
    let mut values = vec![s(r.overall.score)];
    for p in &r.pillars {
        names.push(p.title.clone());
        values.push(s(p.line.score));
        for q in r.principles.iter().filter(|q| q.pillar == p.id) {
            names.push(format!("{}. {}", q.number, q.title));
            values.push(s(q.line.score));
        }
    }
    assert_eq!(strings(&scores["first_column"]), names);
    let col: Vec<String> = scores["cells"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row[1].as_str().unwrap().to_string())
        .collect();
    assert_eq!(col, values, "the scores table's figures are the model's");
    // The evidence tables: one row per question.
    let evidence = &found[found.len() - r.evidence.len()..];
    for (t, p) in evidence.iter().zip(&r.evidence) {
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
    let body = doc["body_text"].as_str().unwrap();
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
