//! The integration tests: one binary, a module per feature, so the suite builds once.
//!
//! Command behaviour is kept as data: every `tests/cmd/*.trycmd` file holds commands with their
//! expected output and exit code, run against the real binary by `trycmd`. Rust tests run the
//! binary through `support` (`support::dgtk()`), which owns the environment.

mod support;

mod agreement;
mod assess;
mod atomic_write;
mod bad_input;
mod comments;
mod compare;
mod comparison;
mod diff;
mod docx;
mod exit_codes;
mod formats;
mod framework_invariants;
mod french_cli;
mod french_diff;
mod french_report;
mod french_score;
mod interface;
mod json_docs;
mod merge;
mod print;
mod properties;
mod regression;
mod remerge;
mod report;
mod schema;
mod screen;
mod sheets;
mod terminal_safety;
mod translation;
mod trust;
mod vocabulary;
mod width;
mod writes;

use std::path::Path;

/// Set in the copy of this test binary that `commands_as_data` starts to run the cases.
const CASES_CHILD: &str = "DGTK_TEST_COMMANDS_AS_DATA_CHILD";

#[test]
fn commands_as_data() {
    // trycmd passes this process's whole environment to every case, and `TestCases` can add
    // variables but not remove one (a `.toml` case can say `env.inherit = false`, a `.trycmd`
    // file cannot). Setting `DGTK_FRAMEWORK=""` does not help: clap takes an empty value as an
    // empty path and refuses it. Removing variables from this process (`std::env::remove_var`)
    // is unsafe while other tests run in other threads. So the test starts this same binary
    // again, running only this test, with the environment `support` gives every command, and the
    // cases run there.
    if std::env::var_os(CASES_CHILD).is_none() {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap());
        support::clean_env(&mut child)
            .current_dir(support::ROOT)
            .env(CASES_CHILD, "1")
            .args(["commands_as_data", "--exact", "--quiet"]);
        // `TRYCMD=overwrite` (rewrite the snapshots) and `trycmd=NAME` (run some cases) still
        // reach trycmd.
        if let Some(mode) = std::env::var_os("TRYCMD") {
            child.env("TRYCMD", mode);
        }
        child.args(std::env::args().filter(|a| a.starts_with("trycmd=")));
        let out = child.output().expect("run the cases in a child");
        print!("{}", String::from_utf8_lossy(&out.stdout));
        eprint!("{}", String::from_utf8_lossy(&out.stderr));
        assert!(
            out.status.success(),
            "the trycmd cases failed (output above)"
        );
        return;
    }
    trycmd::TestCases::new()
        .register_bin("dgtk", Path::new(support::BIN))
        .env("SOURCE_DATE_EPOCH", "1780000000")
        .env("COLUMNS", "80")
        .case("tests/cmd/*.trycmd")
        .case("tests/cmd/*.toml");
}

#[test]
fn markdown_cases_are_compared_byte_for_byte() {
    // trycmd normalises `\` to `/` in a `.trycmd` file's output (for Windows paths), which would
    // hide the backslash of every Markdown escape; a `.toml` case with `binary = true` compares
    // the real bytes.
    for entry in std::fs::read_dir(Path::new(support::ROOT).join("tests/cmd")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        if path.extension().is_some_and(|e| e == "trycmd") {
            for line in text.lines().filter(|l| l.starts_with("$ ")) {
                assert!(
                    !line.contains("markdown"),
                    "{}: {line}: give Markdown output a .toml case with binary = true",
                    path.display()
                );
            }
        } else if path.extension().is_some_and(|e| e == "toml") && text.contains("\"markdown\"") {
            assert!(
                text.lines().any(|l| l.trim() == "binary = true"),
                "{}: a Markdown case needs binary = true",
                path.display()
            );
        }
    }
}

#[test]
fn no_test_file_is_forgotten() {
    // A file in tests/cli that main.rs does not declare as a module is never compiled, so its
    // tests never run and nothing says so.
    let dir = Path::new(support::ROOT).join("tests/cli");
    let main = std::fs::read_to_string(dir.join("main.rs")).unwrap();
    let declared: Vec<&str> = main
        .lines()
        .filter_map(|l| l.trim().strip_prefix("mod ")?.strip_suffix(';'))
        .collect();
    let mut forgotten = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let module = match name.strip_suffix(".rs") {
            Some(m) => m,
            None if path.is_dir() => name,
            None => continue,
        };
        if module != "main" && !declared.contains(&module) {
            forgotten.push(name.to_string());
        }
    }
    assert!(
        forgotten.is_empty(),
        "not declared as `mod` in tests/cli/main.rs, so never run: {forgotten:?}"
    );
}
