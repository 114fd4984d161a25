//! `dgtk compare`: selection and what it leaves out, figures checked against pandas, the HTML
//! page (escaping, and a screenshot in headless Chromium), the long CSV in pandas, peer groups,
//! bad input. The pandas checks are `tests/compare/check.py`; `.ci/run` installs pandas, and
//! without it these tests fail, saying so.

use std::path::{Path, PathBuf};

use scraper::{Html, Selector};

use crate::support;

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

/// The synthetic files of the pandas check: 20 countries over 10 years, made by the generator
/// (`examples/gen_assessments.rs`), built first if this test run did not build it.
fn synthetic(dir: &Path) {
    let bin = Path::new(support::BIN);
    let example: PathBuf = bin
        .parent()
        .expect("the binary's folder")
        .join("examples/gen_assessments");
    if !example.exists() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut build = support::TestCommand::new(cargo)
            .args(["build", "--quiet", "--example", "gen_assessments"])
            .current_dir(support::ROOT);
        if let Some(t) = std::env::var_os("CARGO_TARGET_DIR") {
            build = build.env("CARGO_TARGET_DIR", t);
        }
        let out = build.run();
        assert_eq!(
            out.exit_code(),
            Some(0),
            "cannot build the generator: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    support::TestCommand::new(&example)
        .args(["200"])
        .arg(dir)
        .args(["--countries", "20", "--years", "10"])
        .run()
        .success();
}

#[test]
fn latest_keeps_one_file_per_country_and_says_what_it_left_out() {
    let out = support::dgtk()
        .args(["compare", "assessments/", "--latest"])
        .run()
        .success();
    let text = out.stdout_str();
    assert!(
        text.contains("Compared 2 assessments of 4 files read"),
        "{text}"
    );
    for f in ["xmp-2024", "xmp-2025"] {
        assert!(
            text.contains(&format!(
                "assessments/{f}.toml: not the latest of country XMP:"
            )),
            "{f} left out with its reason:\n{text}"
        );
    }
    // One row per country in the ranking; the draft with answers flagged for review is shown,
    // marked, and not ranked.
    let table: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.starts_with("Assessments, best overall first"))
        .skip(3)
        .take_while(|l| !l.is_empty() && !l.starts_with("vs mean"))
        .collect();
    assert_eq!(table.len(), 2, "{table:?}");
    assert!(table[0].trim_start().starts_with("1 ") && table[0].contains("XNV"));
    assert!(table[1].trim_start().starts_with("- ") && table[1].contains("XMP"));
    assert!(text.contains("3 answers flagged for review"), "{text}");
    for l in text.lines() {
        assert!(support_width(l) <= 80, "wider than 80 columns: {l:?}");
    }
    // Wider terminals get the whole titles.
    let wide = support::dgtk()
        .args(["compare", "assessments/", "--latest"])
        .env("COLUMNS", "160")
        .run()
        .success();
    assert!(
        wide.stdout_str()
            .contains("XMP (Office of the Government Chief Digital Officer) 2026"),
        "{}",
        wide.stdout_str()
    );
}

fn support_width(s: &str) -> usize {
    s.chars().count()
}

#[test]
fn figures_equal_those_pandas_computes_from_score_csv() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("files");
    synthetic(&dir);
    // python3 and pandas must be installed (see .ci/run); the builder stops with "cannot start
    // python3" otherwise.
    let out = support::TestCommand::new("python3")
        .arg("tests/compare/check.py")
        .arg(support::BIN)
        .arg(&dir)
        .run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("No module named 'pandas'"),
        "the Python package pandas is missing: `pip install pandas` (.ci/run does)"
    );
    assert_eq!(out.exit_code(), Some(0), "{stdout}\n{stderr}");
    assert!(stdout.contains("all compare checks passed"), "{stdout}");
}

fn hostile_html() -> String {
    let out = support::dgtk()
        .framework(support::MINI)
        .args([
            "compare",
            "tests/fixtures/report/mini-2025.toml",
            "tests/fixtures/report/mini-2026.toml",
            "--format",
            "html",
        ])
        .run()
        .success();
    out.stdout_str().to_string()
}

#[test]
fn html_escapes_every_answer_text_and_loads_nothing() {
    let html = hostile_html();
    let page = Html::parse_document(&html);
    for bad in [
        "script", "link", "img", "iframe", "object", "embed", "image", "use",
    ] {
        assert_eq!(page.select(&sel(bad)).count(), 0, "<{bad}> in the page");
    }
    for el in page.select(&sel("*")) {
        for (name, value) in el.value().attrs() {
            assert!(
                !name.to_ascii_lowercase().starts_with("on"),
                "event handler {name}={value:?} on <{}>",
                el.value().name()
            );
            assert_ne!(name, "src", "nothing is loaded");
        }
    }
    assert!(!html.contains("url(") && !html.contains("@import"));
    let who: Vec<String> = page
        .select(&sel("td.who"))
        .map(|d| d.text().collect())
        .collect();
    assert!(
        who.contains(&"<script>alert(1)</script> 2026".into()),
        "{who:?}"
    );
    let titles: Vec<&str> = page
        .select(&sel("td.who"))
        .filter_map(|d| d.value().attr("title"))
        .collect();
    assert!(
        titles.contains(&"<script>alert(1)</script> (\"><img src=x onerror=alert(1)>) 2026"),
        "{titles:?}"
    );
    // The heatmap and the strips are there, with the plotted scores readable.
    assert_eq!(page.select(&sel("table.heat tbody tr")).count(), 2);
    assert!(page.select(&sel("td[data-score]")).count() >= 8);
    assert_eq!(
        page.select(&sel("div.strip")).count(),
        6,
        "overall and 5 principles"
    );
    assert!(page.select(&sel("div.strip circle[data-score]")).count() >= 8);
    assert_eq!(page.select(&sel("#missed + ol li")).count(), 1);
}

#[test]
fn html_screenshot_in_headless_chromium_shows_the_heatmap_and_strips() {
    let tmp = tempfile::tempdir().unwrap();
    let html = tmp.path().join("compare.html");
    let png = tmp.path().join("compare.png");
    support::dgtk()
        .args(["compare", "assessments/", "--format", "html", "-o"])
        .arg(&html)
        .run()
        .success();
    let profile = tmp.path().join("profile");
    // chromium must be installed (see .ci/run); the builder stops with "cannot start chromium".
    let out = support::TestCommand::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=1280,1600",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(&html)
        .run();
    let bytes = std::fs::read(&png).unwrap_or_else(|e| {
        panic!(
            "no screenshot ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    assert!(bytes.starts_with(b"\x89PNG"), "a PNG");
    // A page with the coloured heatmap compresses far less than a blank one (a few KiB).
    assert!(bytes.len() > 30_000, "{} bytes", bytes.len());
}

#[test]
fn csv_keeps_not_applicable_as_words_and_peers_give_group_figures() {
    let out = support::dgtk()
        .args([
            "compare",
            "assessments/",
            "--by",
            "question",
            "--format",
            "csv",
        ])
        .run()
        .success();
    let csv = out.stdout_str();
    assert!(csv.contains(",not applicable,"), "n/a written as words");
    assert!(
        !csv.contains(",n/a,"),
        "never the bare n/a pandas reads as missing"
    );
    let tmp = tempfile::tempdir().unwrap();
    let groups = tmp.path().join("groups.toml");
    std::fs::write(&groups, "[groups]\nnorth = [\"xmp\"]\nsouth = [\"XNV\"]\n").unwrap();
    let out = support::dgtk()
        .args([
            "compare",
            "assessments/",
            "--latest",
            "--include-partial",
            "--peers",
        ])
        .arg(&groups)
        .run()
        .success();
    let text = out.stdout_str();
    assert!(text.contains("Peer groups (overall score)"), "{text}");
    assert!(
        text.contains(" north ") && text.contains(" south "),
        "{text}"
    );
}

#[test]
fn a_bad_peers_file_is_located() {
    let tmp = tempfile::tempdir().unwrap();
    let groups = tmp.path().join("groups.toml");
    std::fs::write(&groups, "[groups]\nnorth = [\"XMP\", \"XNW\"]\n").unwrap();
    let out = support::dgtk()
        .args(["compare", "assessments/", "--peers"])
        .arg(&groups)
        .run()
        .code(1);
    let err = out.stderr_str();
    assert!(
        err.contains(&format!(
            "{}:2:17: unknown country \"XNW\": no file compared is for it",
            groups.display()
        )),
        "{err}"
    );
    std::fs::write(&groups, "[groups\n").unwrap();
    let out = support::dgtk()
        .args(["compare", "assessments/", "--peers"])
        .arg(&groups)
        .run()
        .code(1);
    assert!(
        out.stderr_str()
            .contains(&format!("{}:1:", groups.display()))
    );
    assert!(
        out.stdout.is_empty(),
        "nothing compared with a bad peers file"
    );
}

#[test]
fn bad_files_are_reported_and_the_rest_compared() {
    let out = support::dgtk()
        .args([
            "compare",
            "assessments/xnv-2026.toml",
            "assessments/xmp-2026.toml",
            "tests/fixtures/report/mini-2026.toml",
            "tests/fixtures/mini/broken.toml",
        ])
        .run()
        .code(1);
    let err = out.stderr_str();
    assert!(
        err.contains("tests/fixtures/report/mini-2026.toml"),
        "{err}"
    );
    assert!(
        err.contains("\"mini-test\""),
        "another framework is named: {err}"
    );
    assert!(err.contains("tests/fixtures/mini/broken.toml:"), "{err}");
    assert!(err.contains("not compared"), "{err}");
    assert!(
        out.stdout_str()
            .contains("Compared 2 assessments of 2 files read"),
        "{}",
        out.stdout_str()
    );
}

#[test]
fn another_framework_shape_compares_by_its_own_areas() {
    let out = support::dgtk()
        .framework(support::MINI)
        .args([
            "compare",
            "tests/fixtures/report/mini-2025.toml",
            "tests/fixtures/report/mini-2026.toml",
            "--by",
            "pillar",
            "--include-partial",
            "--format",
            "json",
        ])
        .run()
        .success();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = doc["areas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["overall", "platforms", "people"]);
    assert_eq!(doc["peers"], 2);
    let out = support::dgtk()
        .framework(support::MINI)
        .args([
            "compare",
            "tests/fixtures/report/mini-2025.toml",
            "--by",
            "dimension",
        ])
        .run()
        .code(2);
    assert!(out.stderr_str().contains("declares no [[dimensions]]"));
}
