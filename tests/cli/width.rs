//! Every command's terminal output fits the width it is laid out for (80 columns when stdout is
//! not a terminal, more when `COLUMNS` says so), and no word or id is split at a line end: the
//! commands a person runs first, at 80 and 100 columns, stdout and stderr alike.

use std::collections::HashSet;
use std::path::Path;

use unicode_width::UnicodeWidthStr;

use crate::support::{self, MINI};

/// The texts a word of the output can come from: the frameworks and the answer files the
/// commands read. With the command's own output laid out very wide, they hold every whole word.
fn vocabulary_files() -> Vec<std::path::PathBuf> {
    let root = Path::new(support::ROOT);
    let mut files = Vec::new();
    for dir in [
        "principles",
        "principles/releases/1.0.0",
        "tests/frameworks/mini",
        "assessments",
        "tests/fixtures/mini",
        "tests/fixtures/check",
        "tests/cmd/merge-conflict.in",
    ] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    files
}

/// A word as the check compares it: without the punctuation around it (but with its hyphens),
/// in lower case.
fn word(token: &str) -> String {
    token
        .trim_matches(|c: char| "\"'()[]{},.;:!?`*|<>=".contains(c))
        .to_lowercase()
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace().map(word).filter(|w| !w.is_empty())
}

/// The pieces of a word split across two lines: a token of one line that is no word of
/// `known`, which with a token of the next line makes one. A word cut on purpose ends in "…".
fn split_words(text: &str, known: &HashSet<String>) -> Vec<String> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for pair in lines.windows(2) {
        let next: Vec<String> = words(pair[1]).collect();
        for x in words(pair[0]) {
            // A rule under a table header is no word.
            if x.ends_with('…') || known.contains(&x) || !x.chars().any(char::is_alphanumeric) {
                continue;
            }
            for y in &next {
                if known.contains(&format!("{x}{y}")) {
                    found.push(format!("{x}|{y}  in  {:?} / {:?}", pair[0], pair[1]));
                }
            }
        }
    }
    found
}

/// The lines of `text` wider than `width` display columns, but for a word longer than the
/// width (a long address) standing alone on its line: it cannot be split.
fn too_wide(text: &str, width: usize) -> Vec<String> {
    text.lines()
        .filter(|l| UnicodeWidthStr::width(*l) > width && l.split_whitespace().nth(1).is_some())
        .map(|l| format!("{} columns: {l}", UnicodeWidthStr::width(l)))
        .collect()
}

/// A command line to check: its arguments, the framework folder (if not the built-in one) and
/// the folder it runs in.
struct Case {
    args: Vec<String>,
    framework: Option<&'static str>,
    dir: Option<std::path::PathBuf>,
}

fn case(args: &[&str]) -> Case {
    Case {
        args: args.iter().map(|a| a.to_string()).collect(),
        framework: None,
        dir: None,
    }
}

/// stdout and stderr of `c` run with `COLUMNS=columns`.
fn output(c: &Case, columns: usize) -> String {
    let mut cmd = support::dgtk()
        .args(&c.args)
        .env("COLUMNS", columns.to_string());
    if let Some(f) = c.framework {
        cmd = cmd.framework(f);
    }
    if let Some(d) = &c.dir {
        cmd = cmd.current_dir(d);
    }
    let run = cmd.run();
    assert!(
        matches!(run.exit_code(), Some(0..=2)),
        "{:?} crashed:\n{}",
        c.args,
        run.stderr_str()
    );
    format!("{}{}", run.stdout_str(), run.stderr_str())
}

fn cases(merge_dir: &Path) -> Vec<Case> {
    let a = |f: &str| format!("assessments/{f}.toml");
    let mut v = vec![
        case(&["principles"]),
        case(&["principles", "7"]),
        case(&["principles", "4.5"]),
        case(&["principles", "99"]),
        case(&["principles", "open-dta"]),
        case(&["diff", &a("xmp-2025"), &a("xmp-2026")]),
        case(&["diff", &a("xmp-2025"), &a("xmp-2026"), "--by", "question"]),
        case(&["diff", &a("xmp-2024"), &a("xmp-2025")]),
        case(&["diff", &a("xmp-2024"), &a("xmp-2025"), "--by", "question"]),
        case(&["diff", &a("xmp-2026"), &a("xnv-2026")]),
        case(&["check", "assessments"]),
        case(&["check"]),
        case(&["check", "tests/fixtures/mini"]),
        Case {
            framework: Some("principles/releases/1.0.0"),
            ..case(&["check", "tests/fixtures/check/five-mistakes.toml"])
        },
        Case {
            dir: Some(merge_dir.to_path_buf()),
            ..case(&[
                "merge",
                "a.toml",
                "b.toml",
                "c.toml",
                "-o",
                "merged.toml",
                "--force",
            ])
        },
        case(&["score", "assessments"]),
        case(&["score", "assessments", "--explain"]),
        case(&["score", "assessments", "--columns", "overall,bogus"]),
        case(&[
            "report",
            &a("xmp-2026"),
            "--prior",
            &a("xmp-2025"),
            "--prior",
            &a("xmp-2024"),
        ]),
        case(&["report", &a("xnv-2026"), "--prior", &a("xmp-2026")]),
    ];
    for by in ["principle", "pillar", "dimension", "question"] {
        v.push(case(&["score", "assessments", "--by", by]));
    }
    for by in ["overall", "principle", "pillar", "question"] {
        v.push(Case {
            framework: Some(MINI),
            ..case(&["score", "tests/fixtures/mini", "--by", by])
        });
    }
    v.push(Case {
        framework: Some(MINI),
        ..case(&[
            "diff",
            "tests/fixtures/mini/t1-2025.toml",
            "tests/fixtures/mini/t2-2026.toml",
        ])
    });
    v.push(Case {
        framework: Some(MINI),
        ..case(&[
            "report",
            "tests/fixtures/mini/t2-2026.toml",
            "--prior",
            "tests/fixtures/mini/t1-2025.toml",
        ])
    });
    v
}

#[test]
fn every_line_fits_80_and_100_columns_and_no_word_is_split() {
    let merge = support::copy_of(
        "tests/cmd/merge-conflict.in",
        &["a.toml", "b.toml", "c.toml"],
    );
    let mut known: HashSet<String> = HashSet::new();
    for f in vocabulary_files() {
        known.extend(words(&String::from_utf8_lossy(&std::fs::read(f).unwrap())));
    }
    let mut problems = Vec::new();
    for c in cases(merge.path()) {
        // Laid out very wide, the output holds its own words whole.
        let mut known = known.clone();
        known.extend(words(&output(&c, 2000)));
        for columns in [80, 100] {
            let text = output(&c, columns);
            for p in too_wide(&text, columns)
                .into_iter()
                .chain(split_words(&text, &known))
            {
                problems.push(format!("{:?} at {columns}: {p}", c.args));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_check_finds_words_split_at_a_line_end() {
    let known: HashSet<String> =
        words("Openness, transparency and inclusiveness; access-to-information").collect();
    assert!(split_words("Openness, transparency and\ninclusiveness", &known).is_empty());
    assert_eq!(
        split_words("Openness, transparency and inclusiv\neness", &known).len(),
        1
    );
    assert_eq!(split_words("see access-to-\ninformation", &known).len(), 1);
    // In a table, a cell's next line is not at the start of the line.
    assert_eq!(
        split_words("  1  transpar   50.0\n     ency", &known).len(),
        1
    );
    // A word cut on purpose ends in an ellipsis.
    assert!(split_words("transpar…\nency", &known).is_empty());
    assert_eq!(too_wide("ab\n漢字 漢", 5).len(), 1);
    assert_eq!(
        too_wide("ab\n  https://example.org/a/long/address", 20).len(),
        0
    );
    assert_eq!(
        too_wide("ab\n  see https://example.org/a/long/address", 20).len(),
        1
    );
}

/// The header cells of the first table in `text`.
fn header(text: &str) -> Vec<String> {
    text.lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect()
}

#[test]
fn score_shows_the_columns_that_fit_names_the_others_and_wide_shows_all() {
    let run = |args: &[&str], columns: &str| {
        support::dgtk()
            .args(["score", "assessments"])
            .args(args)
            .env("COLUMNS", columns)
            .run()
    };
    let at100 = run(&["--by", "principle"], "100").success();
    let text = at100.stdout_str();
    let head = header(text);
    assert_eq!(
        head[..7],
        [
            "country", "year", "status", "overall", "band", "coverage", "left"
        ]
    );
    assert!(head.contains(&"1".to_string()), "{text}");
    assert!(!head.contains(&"12".to_string()), "{text}");
    assert!(
        text.contains("\n1: Openness, transparency and inclusiveness\n"),
        "{text}"
    );
    assert!(!text.contains("\n12: "), "{text}");
    assert!(
        text.contains("Not shown, to fit 100 columns: file, organisation, rests on")
            && text.contains(", principles ")
            && text.contains("-12."),
        "{text}"
    );

    // More room, more columns.
    let at80 = run(&["--by", "principle"], "80").success();
    assert!(
        header(at80.stdout_str()).len() < head.len(),
        "{}",
        at80.stdout_str()
    );

    let wide = run(&["--by", "principle", "--wide"], "80").success();
    let head = header(wide.stdout_str());
    assert_eq!(head[0], "file");
    assert!(head.contains(&"organisation".to_string()));
    for n in 1..=12 {
        assert!(head.contains(&n.to_string()), "{n}: {head:?}");
        assert!(wide.stdout_str().contains(&format!("\n{n}: ")));
    }
    assert!(!wide.stdout_str().contains("Not shown"));

    let chosen = run(
        &[
            "--by",
            "principle",
            "--columns",
            "country,year,overall,1,2,4",
        ],
        "80",
    )
    .success();
    assert_eq!(
        header(chosen.stdout_str()),
        ["country", "year", "overall", "1", "2", "4"]
    );
    let range = run(&["--by", "pillar", "--columns", "P1-P3,overall"], "80").success();
    assert_eq!(header(range.stdout_str()), ["P1", "P2", "P3", "overall"]);
    assert!(
        range
            .stdout_str()
            .contains("\nP1: Openness and engagement\n")
    );
    let ids = run(
        &["--by", "principle", "--columns", "leadership-commitment"],
        "80",
    );
    let ids = ids.success();
    assert_eq!(header(ids.stdout_str()), ["5"]);

    let bad = run(&["--by", "principle", "--columns", "overal,1"], "80").code(2);
    assert!(
        bad.stderr_str().contains("did you mean \"overall\""),
        "{}",
        bad.stderr_str()
    );
    let bad = run(&["--by", "principle", "--columns", "13"], "80").code(2);
    assert!(
        bad.stderr_str().contains("hint: the columns are:"),
        "{}",
        bad.stderr_str()
    );
    run(&["--wide", "--format", "csv"], "80").code(2);
}

#[test]
fn csv_and_json_keep_every_column_whatever_the_width() {
    for format in ["csv", "json"] {
        let out = |columns: &str| {
            support::dgtk()
                .args([
                    "score",
                    "assessments",
                    "--by",
                    "principle",
                    "--format",
                    format,
                ])
                .env("COLUMNS", columns)
                .run()
                .success()
                .stdout_str()
                .to_string()
        };
        let narrow = out("80");
        assert_eq!(narrow, out("2000"));
        if format == "csv" {
            assert!(narrow.starts_with("file,country,organisation,year,status,framework_version,"));
        }
    }
}
