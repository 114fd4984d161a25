//! Machine-readable outputs load in real parsers: CSV in a CSV reader, JSON in a JSON parser,
//! Markdown tables with a consistent column count.

use crate::support;

/// Stdout and the exit code (-1 for a signal) of `dgtk ARGS` on the mini framework.
fn dgtk(args: &[&str]) -> (String, i32) {
    let out = support::dgtk().framework(support::MINI).args(args).run();
    (out.stdout_str().to_string(), out.exit_code().unwrap_or(-1))
}

const FILES: [&str; 2] = [
    "tests/fixtures/mini/t1-2025.toml",
    "tests/fixtures/mini/t2-2026.toml",
];

#[test]
fn csv_loads_in_a_csv_reader() {
    for by in ["overall", "pillar", "principle", "question"] {
        let (out, code) = dgtk(&["score", FILES[0], FILES[1], "--format", "csv", "--by", by]);
        assert_eq!(code, 0);
        let mut reader = csv::Reader::from_reader(out.as_bytes());
        let headers = reader.headers().expect("a header row").clone();
        let rows: Vec<csv::StringRecord> = reader
            .records()
            .map(|r| r.expect("a valid record"))
            .collect();
        let expected_rows = if by == "question" { 16 } else { 2 };
        assert_eq!(rows.len(), expected_rows, "--by {by}");
        assert!(rows.iter().all(|r| r.len() == headers.len()));
        // a cell that a spreadsheet would run as a formula is defused
        assert!(
            rows.iter().all(|r| !r.iter().any(|c| c.starts_with('='))),
            "--by {by}"
        );
    }
}

#[test]
fn json_carries_versions_and_schema() {
    let (out, code) = dgtk(&[
        "score", FILES[0], FILES[1], "--format", "json", "--by", "question",
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    assert_eq!(v["schema"], 1);
    assert_eq!(v["dgtk"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["framework"]["id"], "mini-test");
    assert_eq!(v["framework"]["version"], "2.1.0");
    let first = &v["assessments"][0];
    assert!((first["overall"]["score"].as_f64().unwrap() - 287.5 / 4.5).abs() < 1e-9);
    assert_eq!(first["questions"].as_array().unwrap().len(), 8);
}

#[test]
fn markdown_tables_are_well_formed() {
    for by in ["overall", "pillar", "principle", "question"] {
        let (out, code) = dgtk(&[
            "score", FILES[0], FILES[1], "--format", "markdown", "--by", by,
        ]);
        assert_eq!(code, 0);
        let rows: Vec<&str> = out.lines().take_while(|l| l.starts_with('|')).collect();
        assert!(rows.len() >= 3, "--by {by}: header, rule and rows");
        // unescaped pipes only: count cells by splitting on '|' not preceded by '\'
        let cells = |l: &str| l.replace("\\|", "").matches('|').count();
        let n = cells(rows[0]);
        assert!(
            rows.iter().all(|r| cells(r) == n),
            "--by {by}: ragged table\n{out}"
        );
        assert!(
            rows[1]
                .split('|')
                .filter(|c| !c.trim().is_empty())
                .all(|c| c.trim().trim_matches(':') == "---")
        );
    }
}

/// Hostile text in `organisation`, `country` and evidence: every Markdown output renders it
/// inert (no raw HTML node in a real Markdown parser) and keeps every table's column count.
#[test]
fn hostile_text_is_inert_in_every_markdown_output() {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let payload = "<img src=x onerror=alert(1)> *bold* | `tick`";
    let dir = tempfile::tempdir().unwrap();
    let base = std::fs::read_to_string("tests/fixtures/v1/xmp-2026.toml").unwrap();
    let mut text = String::new();
    for line in base.lines() {
        if line.starts_with("organisation = ") {
            text.push_str(&format!("organisation = {payload:?}\n"));
        } else if line.starts_with("country = ") {
            text.push_str(&format!("country = {:?}\n", format!("XMP{payload}")));
        } else if line.starts_with("evidence = \"") {
            text.push_str(&format!("evidence = {payload:?}\n"));
        } else {
            text.push_str(line);
            text.push('\n');
        }
    }
    let file = dir.path().join("hostile.toml");
    std::fs::write(&file, text).unwrap();
    let file = file.to_str().unwrap();
    let outputs = [
        vec!["score", file, "--format", "markdown", "--by", "principle"],
        vec!["score", file, "--format", "markdown", "--by", "question"],
        vec![
            "diff",
            "assessments/xmp-2025.toml",
            file,
            "--format",
            "markdown",
        ],
        vec![
            "diff",
            "assessments/xmp-2025.toml",
            file,
            "--format",
            "markdown",
            "--by",
            "question",
        ],
        vec!["report", file, "--format", "markdown"],
    ];
    for args in outputs {
        let out = support::dgtk().args(&args).run();
        let md = out.stdout_str();
        assert!(
            md.contains("onerror"),
            "{args:?}: the payload is shown as text"
        );
        let mut opts = Options::empty();
        opts.insert(Options::ENABLE_TABLES);
        let (mut head_cells, mut row_cells, mut in_head) = (0usize, 0usize, false);
        let mut header_width = None;
        for event in Parser::new_ext(md, opts) {
            match event {
                Event::Html(h) | Event::InlineHtml(h) => {
                    panic!("{args:?}: raw HTML node {h:?} in\n{md}")
                }
                Event::Start(Tag::Emphasis) | Event::Start(Tag::Strong) => {}
                Event::Start(Tag::TableHead) => {
                    in_head = true;
                    head_cells = 0;
                }
                Event::End(TagEnd::TableHead) => {
                    in_head = false;
                    header_width = Some(head_cells);
                }
                Event::Start(Tag::TableRow) => row_cells = 0,
                Event::End(TagEnd::TableRow) => {
                    assert_eq!(Some(row_cells), header_width, "{args:?}: ragged row");
                }
                Event::Start(Tag::TableCell) => {
                    if in_head {
                        head_cells += 1
                    } else {
                        row_cells += 1
                    }
                }
                Event::Code(c) => assert!(!c.contains("tick"), "{args:?}: backtick not escaped"),
                _ => {}
            }
        }
        // the emphasis of the payload is escaped: its `*bold*` never becomes an <em>
        assert!(
            !md.contains(" *bold* "),
            "{args:?}: emphasis passed through unescaped"
        );
    }
}

/// `--color` decides colour; with `auto`, only a terminal gets it, and never with `NO_COLOR`.
#[test]
fn color_flag_and_environment() {
    let report = |args: &[&str], env: &[(&str, &str)]| {
        let mut c = crate::support::dgtk().into_command();
        c.args(["report", "tests/fixtures/v1/xmp-2026.toml"])
            .args(args)
            .env_remove("DGTK_FRAMEWORK")
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR")
            .env_remove("CLICOLOR_FORCE");
        for (k, v) in env {
            c.env(k, v);
        }
        let out = c.output().expect("dgtk runs");
        assert!(out.status.success());
        out.stdout.contains(&0x1b)
    };
    assert!(report(&["--color", "always"], &[]));
    assert!(
        report(&["--color", "always"], &[("NO_COLOR", "1")]),
        "the flag wins"
    );
    assert!(!report(&["--color", "never"], &[("CLICOLOR_FORCE", "1")]));
    assert!(!report(&[], &[]), "a pipe is not a terminal");
    assert!(report(&[], &[("CLICOLOR_FORCE", "1")]));
    assert!(!report(&[], &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]));
}
