//! The JSON Schemas of `dgtk schema`, checked by an independent validator: Python's `jsonschema`
//! (draft 2020-12) runs `tests/schema/check.py` against the real binary. `.ci/run` installs it;
//! without it this test fails, saying so, rather than passing unchecked.

use crate::support;

#[test]
fn schemas_validate_the_outputs_and_answer_files_with_an_independent_validator() {
    // python3 must be installed to check the JSON Schemas (see .ci/run); without it the builder
    // stops with "cannot start python3 ...".
    let out = support::TestCommand::new("python3")
        .args(["tests/schema/check.py", support::BIN])
        .run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("No module named 'jsonschema'"),
        "the Python package jsonschema is missing: `pip install jsonschema` (.ci/run does)"
    );
    assert!(
        out.exit_code() == Some(0),
        "schema checks failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("all schema checks passed"), "{stdout}");
}
