//! `dgtk merge`'s Krippendorff's alpha checked by an independent implementation: Python's
//! `krippendorff` package runs `tests/agreement/check.py` against the real binary on four data
//! sets made from answer files (one with missing answers). `.ci/run` installs it; without it
//! this test fails, saying so, rather than passing unchecked.

use crate::support;

#[test]
fn alpha_agrees_with_the_krippendorff_package_to_1e_9() {
    let out = support::TestCommand::new("python3")
        .args(["tests/agreement/check.py", support::BIN])
        .run();
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
