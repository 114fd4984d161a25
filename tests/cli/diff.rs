//! `dgtk diff`: the figures agree across formats, versions are followed through `replaces`, and
//! a file compared with itself shows no change.

use std::path::Path;

use dgtk::diff::{Link, Movement, Side, diff};

use crate::support::{self, Run};

fn dgtk(args: &[&str]) -> Run {
    support::dgtk().args(args).run()
}

fn root(p: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

const XMP: [&str; 2] = [
    "assessments/xmp-2025.toml",
    "tests/fixtures/v1/xmp-2026.toml",
];

/// The principle rows of the Markdown table: number -> (old, new, delta, band) as shown.
fn markdown_principles(md: &str) -> Vec<(String, [String; 4])> {
    let section = md
        .split("## Principles, largest moves first")
        .nth(1)
        .expect("principles section");
    section
        .lines()
        .skip(4) // blank line, header, rule... the first data row follows
        .take_while(|l| l.starts_with('|'))
        .map(|l| {
            let cells: Vec<String> = l
                .trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_string())
                .collect();
            (
                cells[0].clone(),
                [
                    cells[2].clone(),
                    cells[3].clone(),
                    cells[4].clone(),
                    cells[5].clone(),
                ],
            )
        })
        .collect()
}

fn one_decimal(v: &serde_json::Value) -> String {
    // the display rule: one decimal, halves away from zero
    v.as_f64().map_or("-".into(), dgtk::render::one_decimal)
}

fn signed(v: &serde_json::Value) -> String {
    match v.as_f64() {
        None => "-".into(),
        Some(d) if d.abs() < 0.05 => "0.0".into(),
        Some(d) if d > 0.0 => format!("+{}", dgtk::render::one_decimal(d)),
        Some(d) => dgtk::render::one_decimal(d),
    }
}

fn check_same_figures(args: &[&str]) {
    let md = dgtk(&[args, &["--format", "markdown"]].concat()).success();
    let js = dgtk(&[args, &["--format", "json"]].concat()).success();
    let md = md.stdout_str();
    let js: serde_json::Value = serde_json::from_slice(&js.stdout).unwrap();
    let rows = markdown_principles(md);
    let principles = js["principles"].as_array().unwrap();
    assert_eq!(rows.len(), principles.len());
    assert!(!rows.is_empty());
    // Same order (largest moves first) and same figures.
    for ((number, [old, new, delta, band]), p) in rows.iter().zip(principles) {
        assert_eq!(*number, p["number"].to_string());
        assert_eq!(*old, one_decimal(&p["old"]["score"]));
        assert_eq!(*new, one_decimal(&p["new"]["score"]));
        assert_eq!(*delta, signed(&p["delta"]));
        let ob = p["old"]["band"].as_str();
        let nb = p["new"]["band"].as_str();
        let shown = match (ob, nb) {
            (Some(o), Some(n)) if o == n => o.to_string(),
            (None, None) => "-".into(),
            (o, n) => format!("{} -> {}", o.unwrap_or("-"), n.unwrap_or("-")),
        };
        assert_eq!(*band, shown);
    }
    let overall = &js["overall"];
    // "**Overall: 63.9 (58.3-69.4) -> 97.5 (53.6-99.1, provisional): +33.6 against T1 2025; ..."
    let line = md
        .lines()
        .find(|l| l.starts_with("- **Overall: "))
        .expect("the overall line");
    let (old, rest) = line["- **Overall: ".len()..].split_once(" -> ").unwrap();
    let (new, rest) = rest.split_once(": ").unwrap();
    let first = |s: &str| s.split(' ').next().unwrap().to_string();
    assert_eq!(first(old), one_decimal(&overall["old"]["score"]), "{line}");
    assert_eq!(first(new), one_decimal(&overall["new"]["score"]), "{line}");
    assert_eq!(first(rest), signed(&overall["delta"]), "{line}");
    let s = &js["summary"]["principles"];
    let tally = format!(
        "- Principles: {} improved, {} declined, {} unchanged",
        s["improved"], s["declined"], s["unchanged"]
    );
    assert!(md.contains(&tally), "{tally} not in the markdown");
}

#[test]
fn json_and_markdown_carry_the_same_figures() {
    check_same_figures(&["diff", XMP[0], XMP[1]]);
    check_same_figures(&[
        "--framework",
        "tests/frameworks/pair-v2",
        "diff",
        "--old-framework",
        "tests/frameworks/pair-v1",
        "tests/fixtures/diff/pair-2025.toml",
        "tests/fixtures/diff/pair-2026.toml",
    ]);
    check_same_figures(&[
        "--framework",
        "tests/frameworks/mini",
        "diff",
        "tests/fixtures/diff/mini-2025.toml",
        "tests/fixtures/diff/mini-2026.toml",
    ]);
}

#[test]
fn a_framework_version_pair_is_matched_through_replaces() {
    let v1 = dgtk::framework::load_dir(&root("tests/frameworks/pair-v1")).unwrap();
    let v2 = dgtk::framework::load_dir(&root("tests/frameworks/pair-v2")).unwrap();
    let old =
        dgtk::assessment::load_file(&root("tests/fixtures/diff/pair-2025.toml"), &v1).unwrap();
    let new =
        dgtk::assessment::load_file(&root("tests/fixtures/diff/pair-2026.toml"), &v2).unwrap();
    let d = diff(
        Side {
            assessment: &old,
            framework: &v1,
        },
        Side {
            assessment: &new,
            framework: &v2,
        },
    )
    .unwrap();
    let link = |id: &str| d.questions.iter().find(|q| q.id() == id).unwrap().link;
    assert_eq!(link("keep-same"), Link::Same);
    assert_eq!(link("new-name"), Link::Renamed);
    assert_eq!(link("split-a"), Link::Split);
    assert_eq!(link("split-b"), Link::Split);
    assert_eq!(link("fresh"), Link::Added);
    assert_eq!(link("dropped"), Link::Removed);
    let o = &d.overlap;
    assert_eq!((o.old_in_common, o.old_questions), (5, 6));
    assert_eq!((o.new_in_common, o.new_questions), (6, 7));
    assert!((o.share() - 11.0 / 13.0).abs() < 1e-12);
    assert_eq!(o.only_old, ["dropped"]);
    assert_eq!(o.only_new, ["fresh"]);
    // The split question's halves each compare with the old question's answer (level 1 of 2).
    let a = d.questions.iter().find(|q| q.id() == "split-a").unwrap();
    assert_eq!(a.old_score, Some(50.0));
    assert_eq!(a.movement(), Movement::Improved);
    let b = d.questions.iter().find(|q| q.id() == "split-b").unwrap();
    assert_eq!(b.movement(), Movement::Declined);
    // A principle only the new version has is reported as such, not as a move.
    let novelty = d.principles.iter().find(|p| p.id == "novelty").unwrap();
    assert_eq!(novelty.movement(), Movement::OnlyNew);
    assert!(d.regressions().iter().any(|r| r.id == "outreach"));
}

#[test]
fn a_file_compared_with_itself_shows_no_change() {
    for (fw, file) in [
        (None, XMP[0]),
        (None, XMP[1]),
        (
            Some("tests/frameworks/mini"),
            "tests/fixtures/diff/mini-2025.toml",
        ),
        (
            Some("tests/frameworks/pair-v2"),
            "tests/fixtures/diff/pair-2026.toml",
        ),
    ] {
        let f = match fw {
            Some(dir) => dgtk::framework::load_dir(&root(dir)).unwrap(),
            None => crate::support::builtin_v1(),
        };
        let a = dgtk::assessment::load_file(&root(file), &f).unwrap();
        let side = Side {
            assessment: &a,
            framework: &f,
        };
        let d = diff(side, side).unwrap();
        assert!(d.regressions().is_empty(), "{file}");
        assert!(d.questions.iter().all(|q| !q.changed()), "{file}");
        let s = d.summary();
        assert_eq!(s.principles.improved + s.principles.declined, 0, "{file}");
        assert_eq!(s.answers_changed + s.evidence_changed, 0, "{file}");
        assert_eq!(d.overlap.share(), 1.0);
    }
}

#[test]
fn the_table_fits_in_100_columns() {
    for args in [
        vec!["diff", XMP[0], XMP[1]],
        vec!["diff", XMP[0], XMP[1], "--by", "question"],
        vec![
            "--framework",
            "tests/frameworks/pair-v2",
            "diff",
            "--old-framework",
            "tests/frameworks/pair-v1",
            "tests/fixtures/diff/pair-2025.toml",
            "tests/fixtures/diff/pair-2026.toml",
            "--by",
            "question",
        ],
    ] {
        let out = dgtk(&args);
        let text = out.stdout_str();
        for line in text.lines() {
            assert!(line.chars().count() <= 100, "too wide: {line}");
        }
    }
}

#[test]
fn output_goes_to_a_file_atomically_with_o() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("diff.json");
    let r = dgtk(&[
        "diff",
        XMP[0],
        XMP[1],
        "--format",
        "json",
        "-o",
        out.to_str().unwrap(),
    ])
    .success();
    assert!(r.stdout.is_empty());
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(v["schema"], 1);
    assert_eq!(v["framework"]["id"], "oecd-dgs-2014");
}
