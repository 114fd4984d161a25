//! Machine-readable outputs load in real parsers: CSV in a CSV reader, JSON in a JSON parser,
//! Markdown tables with a consistent column count.

use std::process::Command;

fn dgtk(args: &[&str]) -> (String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_dgtk"))
        .args(["--framework", "tests/frameworks/mini"])
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("dgtk runs");
    (
        String::from_utf8(out.stdout).expect("UTF-8 output"),
        out.status.code().unwrap_or(-1),
    )
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
