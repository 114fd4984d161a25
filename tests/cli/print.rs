//! The HTML report printed as a person prints it: headless Chromium's print to PDF, read back
//! with poppler's `pdfinfo` and `pdftotext`. The draft example's summary (everything before the
//! annex) fits 10 A4 pages; every page carries its number ("Page 3 of 14") and, for a draft, the
//! DRAFT mark; the annex starts on a page of its own. Chromium and poppler-utils must be installed
//! (`.ci/run` installs them): without them this test fails, it never skips.

use std::path::Path;

use crate::support::{TestCommand, dgtk};

/// Writes the report of `file` (with `args`) as HTML and prints it to a PDF in `dir`; returns
/// the text of each page.
fn print(dir: &Path, name: &str, file: &str, args: &[&str]) -> Vec<String> {
    let html = dir.join(format!("{name}.html"));
    let pdf = dir.join(format!("{name}.pdf"));
    dgtk()
        .args(["report", file, "--format", "html", "-o"])
        .arg(&html)
        .args(args)
        .run()
        .success();
    let profile = tempfile::tempdir().unwrap();
    TestCommand::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .run()
        .success();
    let info = TestCommand::new("pdfinfo").arg(&pdf).run().success();
    let info = info.stdout_str();
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in pdfinfo's output:\n{info}"));
    assert!(info.contains("(A4)"), "the report prints on A4:\n{info}");
    (1..=pages)
        .map(|p| {
            let page = p.to_string();
            TestCommand::new("pdftotext")
                .args(["-layout", "-f", &page, "-l", &page])
                .arg(&pdf)
                .arg("-")
                .run()
                .success()
                .stdout_str()
                .to_string()
        })
        .collect()
}

/// The index of the first page whose text has a line starting with `heading`.
fn page_of(pages: &[String], heading: &str) -> Option<usize> {
    pages
        .iter()
        .position(|p| p.lines().any(|l| l.trim_start().starts_with(heading)))
}

#[test]
fn the_draft_summary_prints_on_at_most_ten_numbered_pages_marked_draft() {
    let dir = tempfile::tempdir().unwrap();
    let pages = print(
        dir.path(),
        "draft",
        "assessments/xmp-2026.toml",
        &["--evidence", "none", "--prior", "assessments/xmp-2025.toml"],
    );
    let n = pages.len();
    for (i, text) in pages.iter().enumerate() {
        let number = format!("Page {} of {n}", i + 1);
        assert!(
            text.contains(&number),
            "page {} lacks {number:?}:\n{text}",
            i + 1
        );
        assert!(
            text.contains("DRAFT"),
            "page {} lacks the DRAFT mark:\n{text}",
            i + 1
        );
    }
    // The summary: everything up to the annex, which starts a page of its own.
    let annex = page_of(&pages, "Annex: good practices").expect("the good practices annex");
    assert!(
        annex <= 10,
        "the summary takes {annex} pages (at most 10), of {n} in all"
    );
    for heading in ["Scores", "How firm is the band", "Trend", "Next steps"] {
        let at = page_of(&pages, heading).unwrap_or_else(|| panic!("no {heading:?} heading"));
        assert!(at < annex, "{heading:?} is in the annex (page {})", at + 1);
    }
    let first = pages[annex]
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.contains("DRAFT"))
        .unwrap_or_default();
    assert_eq!(
        first, "Annex: good practices",
        "the annex starts a new page"
    );
    // Without the evidence, nothing of it is printed.
    assert!(page_of(&pages, "Annex: evidence").is_none());
}

#[test]
fn a_final_report_has_no_draft_mark_and_its_evidence_annex_starts_a_page() {
    let dir = tempfile::tempdir().unwrap();
    let pages = print(dir.path(), "final", "assessments/xnv-2026.toml", &[]);
    let n = pages.len();
    assert!(pages.iter().all(|p| !p.contains("DRAFT")));
    assert!(pages[n - 1].contains(&format!("Page {n} of {n}")));
    let evidence = page_of(&pages, "Annex: evidence").expect("the evidence annex");
    let first = pages[evidence]
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or_default();
    assert_eq!(
        first, "Annex: evidence",
        "the evidence annex starts a new page"
    );
}
