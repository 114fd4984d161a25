//! `dgtk merge`'s Krippendorff's alpha checked by an independent implementation: Python's
//! `krippendorff` package runs `tests/agreement/check.py` against the real binary on four data
//! sets made from answer files (one with missing answers), on the built-in framework and on the
//! mini test framework (a 0-4 scale, yes/no questions). `.ci/run` installs it; without it
//! this test fails, saying so, rather than passing unchecked.

use crate::support;

/// Runs the script with the built-in framework (`None`) or another one.
fn check(framework: Option<&str>) {
    let mut cmd =
        support::TestCommand::new("python3").args(["tests/agreement/check.py", support::BIN]);
    if let Some(dir) = framework {
        cmd = cmd.env("DGTK_FRAMEWORK", dir);
    }
    let out = cmd.run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("No module named"),
        "a Python package is missing: `pip install krippendorff` (.ci/run does)\n{stderr}"
    );
    assert!(
        out.exit_code() == Some(0),
        "agreement checks failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("all agreement checks passed"), "{stdout}");
}

#[test]
fn alpha_agrees_with_the_krippendorff_package_to_1e_9() {
    check(None);
}

#[test]
fn alpha_agrees_with_the_krippendorff_package_on_a_framework_of_another_shape() {
    check(Some(support::MINI));
}
