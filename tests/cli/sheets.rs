//! The spreadsheet round trip: `dgtk export --format xlsx`, `dgtk import`, and `--format xlsx`
//! for score and diff. The acceptance checks read the workbooks with independent clients:
//! Python's openpyxl and LibreOffice headless (`tests/sheets/*.py`; `.ci/run` installs them). A
//! missing client fails the test, saying so, rather than passing unchecked. The Rust tests
//! below need no client: the one-line refusals and a framework of another shape.

use std::path::Path;

use crate::support;

/// Runs `tests/sheets/SCRIPT` with python3 against the real binary.
fn python_check(script: &str) {
    let out = support::TestCommand::new("python3")
        .arg(format!("tests/sheets/{script}"))
        .arg(support::BIN)
        .current_dir(support::ROOT)
        // No __pycache__ left in the source tree.
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .run();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("No module named 'openpyxl'"),
        "the Python package openpyxl is missing: `pip install openpyxl` (.ci/run does)"
    );
    assert!(
        out.exit_code() == Some(0),
        "{script} failed:\n{stdout}\n{stderr}"
    );
    assert!(stdout.contains("all sheet checks passed"), "{stdout}");
}

#[test]
fn export_is_read_by_openpyxl_and_libreoffice_and_five_answers_filled_in_come_back() {
    python_check("roundtrip.py");
}

#[test]
fn a_french_workbook_has_no_english_and_reads_back_as_the_english_one_in_either_language() {
    python_check("french.py");
}

#[test]
fn a_level_5_a_text_number_an_unknown_item_and_a_changed_id_are_each_located() {
    python_check("bad.py");
}

#[test]
fn score_diff_and_compare_workbooks_hold_the_csv_rows() {
    python_check("scores.py");
}

fn import_fails(book: &Path, dir: &Path, expect: &str) {
    let out = dir.join("out.toml");
    let run = support::dgtk()
        .arg("import")
        .arg(book)
        .arg("-o")
        .arg(&out)
        .run()
        .code(1);
    let err = run.stderr_str();
    assert!(err.contains(expect), "{err}");
    assert_eq!(
        err.lines().filter(|l| !l.starts_with("hint:")).count(),
        1,
        "one line: {err}"
    );
    assert!(!out.exists(), "nothing is written");
}

#[test]
fn not_a_workbook_encrypted_and_too_large_are_one_line_each() {
    let dir = tempfile::tempdir().unwrap();
    let toml = Path::new(support::ROOT).join("assessments/xmp-2026.toml");
    import_fails(&toml, dir.path(), "is not an xlsx workbook");

    // An encrypted workbook is an OLE compound file, as an old .xls is.
    let enc = dir.path().join("locked.xlsx");
    let mut bytes = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    bytes.resize(4096, 0);
    std::fs::write(&enc, bytes).unwrap();
    import_fails(&enc, dir.path(), "is encrypted");

    let big = dir.path().join("big.xlsx");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(dgtk::source::MAX_FILE_BYTES + 1).unwrap();
    import_fails(&big, dir.path(), "too large");

    // A small file that would unpack to far more than a questionnaire (made by Python's zlib,
    // which compresses 100 MiB of zeros in a moment).
    let bomb = dir.path().join("bomb.xlsx");
    support::TestCommand::new("python3")
        .args([
            "-c",
            "import sys, zipfile\n\
             with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:\n\
             \x20   z.writestr('xl/worksheets/sheet1.xml', bytes(100 * 1024 * 1024))",
        ])
        .arg(&bomb)
        .run()
        .success();
    import_fails(&bomb, dir.path(), "would unpack to 100 MiB");

    // A ZIP that is not a workbook.
    let zip = dir.path().join("empty.xlsx");
    std::fs::write(&zip, b"PK\x03\x04 not really").unwrap();
    import_fails(&zip, dir.path(), "is not a readable xlsx workbook");
}

#[test]
fn a_workbook_of_another_framework_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("mini.xlsx");
    support::dgtk()
        .framework(support::MINI)
        .args(["export", "--country", "XMP", "--year", "2026", "-o"])
        .arg(&book)
        .run()
        .success();
    import_fails(&book, dir.path(), "is for framework \"mini-test\"");
}

#[test]
fn a_framework_of_another_shape_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(support::ROOT).join("tests/fixtures/mini");
    let mut done = 0;
    for entry in std::fs::read_dir(&fixtures).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "toml") {
            continue;
        }
        let check = support::dgtk()
            .framework(support::MINI)
            .arg("check")
            .arg(&path)
            .run();
        if check.exit_code() != Some(0) {
            continue;
        }
        let book = dir.path().join("book.xlsx");
        let back = dir.path().join(format!("back-{done}.toml"));
        support::dgtk()
            .framework(support::MINI)
            .arg("export")
            .arg(&path)
            .arg("-o")
            .arg(&book)
            .run()
            .success();
        support::dgtk()
            .framework(support::MINI)
            .arg("import")
            .arg(&book)
            .arg("-o")
            .arg(&back)
            .run()
            .success();
        let f = dgtk::framework::load_dir(Path::new(support::MINI)).unwrap();
        let a = dgtk::assessment::load_file(&path, &f).unwrap();
        let b = dgtk::assessment::load_file(&back, &f).unwrap();
        assert_eq!(a.answers, b.answers, "{}", path.display());
        assert_eq!(a.meta.country, b.meta.country);
        assert_eq!(a.meta.year, b.meta.year);
        done += 1;
    }
    assert!(done > 0, "no valid mini fixture was round-tripped");
}

#[test]
fn into_refuses_a_file_of_another_year() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("book.xlsx");
    support::dgtk()
        .args(["export", "--country", "XMP", "--year", "2027", "-o"])
        .arg(&book)
        .run()
        .success();
    let into = dir.path().join("xmp-2026.toml");
    std::fs::copy(
        Path::new(support::ROOT).join("assessments/xmp-2026.toml"),
        &into,
    )
    .unwrap();
    let before = std::fs::read(&into).unwrap();
    let run = support::dgtk()
        .arg("import")
        .arg(&book)
        .arg("--into")
        .arg(&into)
        .run()
        .code(1);
    assert!(
        run.stderr_str().contains("is for XMP 2027 but"),
        "{}",
        run.stderr_str()
    );
    assert_eq!(
        std::fs::read(&into).unwrap(),
        before,
        "the file is unchanged"
    );
}

#[test]
fn evidence_with_controls_escapes_and_formula_text_round_trips_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(Path::new(support::ROOT).join("assessments/xmp-2024.toml"))
        .unwrap()
        .replacen(
            "evidence = \"",
            "evidence = \"ctl\\u0001 esc\\u001b[2J bidi\\u202e _x0041_ =1+1 ",
            1,
        );
    let file = dir.path().join("xmp-2024.toml");
    std::fs::write(&file, text).unwrap();
    let book = dir.path().join("book.xlsx");
    let back = dir.path().join("back.toml");
    support::dgtk()
        .arg("export")
        .arg(&file)
        .arg("-o")
        .arg(&book)
        .run()
        .success();
    support::dgtk()
        .arg("import")
        .arg(&book)
        .arg("-o")
        .arg(&back)
        .run()
        .success();
    let f = support::builtin_v1();
    let a = dgtk::assessment::load_file(&file, &f).unwrap();
    let b = dgtk::assessment::load_file(&back, &f).unwrap();
    assert!(
        a.answers.values().any(|x| x
            .evidence
            .as_deref()
            .is_some_and(|e| e.contains("_x0041_ =1+1"))),
        "the fixture holds the hostile evidence"
    );
    assert_eq!(a.answers, b.answers);
}

/// A workbook is binary: on a terminal, `--format xlsx` asks for -o instead of printing it.
#[cfg(unix)]
#[test]
fn xlsx_is_not_written_to_a_terminal() {
    use rexpect::session::spawn_command;

    for args in [
        &["score", "assessments/", "--format", "xlsx"][..],
        &[
            "diff",
            "assessments/xmp-2025.toml",
            "assessments/xmp-2026.toml",
            "--format",
            "xlsx",
        ],
        &["export", "assessments/xmp-2026.toml"],
    ] {
        let mut cmd = support::dgtk().into_command();
        cmd.current_dir(support::ROOT).args(args);
        let mut s = spawn_command(cmd, Some(15_000)).expect("spawn dgtk in a pty");
        s.exp_string("is a binary file, not for a terminal: give -o FILE.xlsx")
            .expect("the refusal");
        let status = s.process_mut().wait().unwrap();
        assert!(
            matches!(status, nix::sys::wait::WaitStatus::Exited(_, 2)),
            "{args:?}: {status:?}"
        );
    }
}

#[test]
fn a_workbook_of_another_version_of_the_framework_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let book = dir.path().join("mini.xlsx");
    support::dgtk()
        .framework(support::MINI)
        .args(["export", "--country", "XMP", "--year", "2026", "-o"])
        .arg(&book)
        .run()
        .success();
    // The same framework, one version on.
    let next = dir.path().join("mini-next");
    std::fs::create_dir(&next).unwrap();
    for entry in std::fs::read_dir(support::MINI).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text.replace("version = \"2.1.0\"", "version = \"2.2.0\"");
        std::fs::write(next.join(path.file_name().unwrap()), text).unwrap();
    }
    let out = dir.path().join("out.toml");
    let run = support::dgtk()
        .framework(&next)
        .arg("import")
        .arg(&book)
        .arg("-o")
        .arg(&out)
        .run()
        .code(1);
    assert!(
        run.stderr_str()
            .contains("was made for version 2.1.0 of framework \"mini-test\""),
        "{}",
        run.stderr_str()
    );
    assert!(!out.exists());
}

#[test]
fn the_same_inputs_give_the_same_workbook_bytes_with_source_date_epoch() {
    let dir = tempfile::tempdir().unwrap();
    let export = |name: &str| {
        let book = dir.path().join(name);
        support::dgtk()
            .env("SOURCE_DATE_EPOCH", "1700000000")
            .current_dir(support::ROOT)
            .args(["export", "assessments/xmp-2026.toml", "-o"])
            .arg(&book)
            .run()
            .success();
        std::fs::read(book).unwrap()
    };
    let first = export("a.xlsx");
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert!(first == export("b.xlsx"), "two exports differ");
}
