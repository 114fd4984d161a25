//! The exit codes: the README's table lists exactly the codes dgtk uses, and the same mistake
//! gives the same code and the same message whichever command makes it. (130, an interrupted
//! questionnaire, is shown by the pseudo-terminal tests in `assess.rs`.)

use crate::support;

/// The exit code (-1 for a signal) and stderr of `dgtk ARGS`.
fn run(args: &[&str]) -> (i32, String) {
    let out = support::dgtk().args(args).run();
    (out.exit_code().unwrap_or(-1), out.stderr_str().to_string())
}

/// The codes in the README's "Exit codes" table.
fn readme_codes() -> Vec<i32> {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let table = readme
        .split("## Exit codes")
        .nth(1)
        .expect("an Exit codes section")
        .split("\n## ")
        .next()
        .unwrap();
    table
        .lines()
        .filter_map(|l| l.strip_prefix("| "))
        .filter_map(|l| l.split(' ').next()?.parse().ok())
        .collect()
}

#[test]
fn the_readme_table_lists_every_code_and_each_is_what_the_binary_returns() {
    assert_eq!(readme_codes(), vec![0, 1, 2, 130]);
    for s in [
        dgtk::ExitStatus::Success,
        dgtk::ExitStatus::Failure,
        dgtk::ExitStatus::Usage,
        dgtk::ExitStatus::Interrupted,
    ] {
        assert!(
            readme_codes().contains(&s.code()),
            "{s:?} missing from README"
        );
    }
    assert_eq!(run(&["score", "assessments/xmp-2025.toml"]).0, 0);
    assert_eq!(
        run(&["check", "tests/fixtures/check/five-mistakes.toml"]).0,
        1
    );
    assert_eq!(run(&["score", "--no-such-option"]).0, 2);
    assert_eq!(
        run(&["init", "--country", "XMP", "--year", "1066", "-o", "-"]).0,
        2
    );
}

#[test]
fn an_unknown_principle_is_the_same_usage_error_everywhere() {
    let (code, principles) = run(&["principles", "13"]);
    assert_eq!(code, 2, "{principles}");
    assert!(
        principles.starts_with("error: no principle \"13\" in framework oecd-dgs-2014"),
        "{principles}"
    );
    assert!(principles.contains("hint: give a number (1 to 12) or an id"));
}

#[test]
fn every_error_line_comes_from_the_one_error_path() {
    // One `error:` line, then hints: never two error lines for one mistake.
    for args in [
        vec!["principles", "nope"],
        vec!["init", "--year", "2026", "-o", "-"],
        vec![
            "diff",
            "assessments/xmp-2025.toml",
            "tests/fixtures/diff/pair-2025.toml",
        ],
        vec![
            "merge",
            "assessments/xmp-2025.toml",
            "assessments/xmp-2025.toml",
            "-o",
            "x.toml",
        ],
    ] {
        let (code, err) = run(&args);
        assert_ne!(code, 0, "{args:?}");
        assert_eq!(err.matches("error: ").count(), 1, "{args:?}: {err}");
        let hints_after = err.split("error: ").nth(1).unwrap();
        assert!(
            hints_after
                .lines()
                .skip(1)
                .all(|l| l.starts_with("hint: ") || l.starts_with("  ")),
            "{args:?}: {err}"
        );
    }
}
