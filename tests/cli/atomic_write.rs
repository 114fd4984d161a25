//! Output files (`-o`, `init`) are written through `dgtk::atomic`: a temporary file in the same
//! folder, then a rename. These tests make the write fail in the middle, or the rename fail, and
//! check that the old file is unchanged and no temporary file is left behind.

use std::path::Path;

use crate::support::{self, Run};

/// The names in a folder, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Runs dgtk with a file-size limit of one block (RLIMIT_FSIZE), SIGXFSZ ignored, so that a
/// write past the first block fails with EFBIG, as on a full disk. This works as root too.
fn dgtk_with_tiny_file_limit(dir: &Path, args: &str) -> Run {
    support::sh(&format!(
        "trap '' XFSZ; ulimit -f 1 && exec \"$DGTK\" {args}"
    ))
    .env("SOURCE_DATE_EPOCH", "1780000000")
    .current_dir(dir)
    .run()
}

#[test]
fn init_that_fails_mid_write_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let old = "# the assessor's file, before\n[assessment]\n";
    std::fs::write(dir.path().join("xmp-2026.toml"), old).unwrap();
    let out = dgtk_with_tiny_file_limit(
        dir.path(),
        "init --country XMP --year 2026 --force -o xmp-2026.toml",
    );
    assert_eq!(
        out.code(1).stderr_str(),
        "error: cannot write xmp-2026.toml: File too large\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("xmp-2026.toml")).unwrap(),
        old
    );
    assert_eq!(
        names(dir.path()),
        ["xmp-2026.toml"],
        "a temporary file was left behind"
    );

    // Without the limit the same command replaces the file (so the limit was what failed it).
    support::dgtk()
        .args([
            "init",
            "--country",
            "XMP",
            "--year",
            "2026",
            "--force",
            "-o",
            "xmp-2026.toml",
        ])
        .current_dir(dir.path())
        .run()
        .success();
    assert!(
        std::fs::read_to_string(dir.path().join("xmp-2026.toml"))
            .unwrap()
            .len()
            > 10_000
    );
    assert_eq!(names(dir.path()), ["xmp-2026.toml"]);
}

#[test]
fn score_output_that_fails_mid_write_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let old = "file,overall\nlast-year.toml,61.0\n";
    std::fs::write(dir.path().join("scores.csv"), old).unwrap();
    let fixture = std::fs::canonicalize("tests/fixtures/bad/mixed/a-good.toml").unwrap();
    let out = dgtk_with_tiny_file_limit(
        dir.path(),
        &format!(
            "score {} --by question --format csv -o scores.csv",
            fixture.display()
        ),
    );
    assert_eq!(
        out.code(1).stderr_str(),
        "error: cannot write scores.csv: File too large\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("scores.csv")).unwrap(),
        old
    );
    assert_eq!(
        names(dir.path()),
        ["scores.csv"],
        "a temporary file was left behind"
    );
}

#[test]
fn rename_that_fails_leaves_the_target_and_no_temporary_file() {
    // The target is a folder holding a file: the temporary file is written in full, and the
    // rename over the target fails.
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.html");
    std::fs::create_dir(&target).unwrap();
    std::fs::write(target.join("keep.txt"), "kept").unwrap();
    let err = dgtk::atomic::write(&target, b"<html>new</html>").unwrap_err();
    assert!(
        matches!(
            err.kind(),
            std::io::ErrorKind::IsADirectory | std::io::ErrorKind::DirectoryNotEmpty
        ),
        "{err:?}"
    );
    assert_eq!(
        std::fs::read_to_string(target.join("keep.txt")).unwrap(),
        "kept"
    );
    assert_eq!(
        names(dir.path()),
        ["report.html"],
        "a temporary file was left behind"
    );
}

#[test]
fn writing_into_a_missing_folder_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("no-such-folder").join("out.toml");
    let err = dgtk::atomic::write(&target, b"x").unwrap_err();
    assert_eq!(err.kind(), std::io::ErrorKind::NotFound);
    assert!(names(dir.path()).is_empty());
}

#[test]
fn successful_write_keeps_the_old_files_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("answers.toml");
    std::fs::write(&target, "old").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    dgtk::atomic::write(&target, b"new").unwrap();
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    assert_eq!(names(dir.path()), ["answers.toml"]);
}
