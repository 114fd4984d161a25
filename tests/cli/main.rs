//! The integration tests: one binary, a module per feature, so the suite builds once.
//!
//! Command behaviour is kept as data: every `tests/cmd/*.trycmd` file holds commands with their
//! expected output and exit code, run against the real binary by `trycmd`.

mod assess;
mod atomic_write;
mod bad_input;
mod comments;
mod diff;
mod formats;
mod framework_invariants;
mod interface;
mod merge;
mod properties;
mod regression;
mod report;

#[test]
fn commands_as_data() {
    trycmd::TestCases::new()
        .env("SOURCE_DATE_EPOCH", "1780000000")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "100")
        .case("tests/cmd/*.trycmd")
        .case("tests/cmd/*.toml");
}
