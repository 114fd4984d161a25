//! Writes that never lose data: one regression test per defect of the reliability report
//! (`D1`...`D20`, reviews/reliability-defects.md), each named after what broke. Each runs the
//! real binary on real temporary files, and checks both the new behaviour and that no file
//! changed that should not have (bytes, inode, mode, owner).

use std::fs;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}

/// Runs dgtk in `dir` with a clean environment (no DGTK_FRAMEWORK, fixed timestamps).
fn dgtk(dir: &Path, args: &[&str]) -> Output {
    crate::support::dgtk()
        .into_command()
        .current_dir(dir)
        .env_remove("DGTK_FRAMEWORK")
        .env("SOURCE_DATE_EPOCH", "1780000000")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A folder holding `a.toml` (XMP 2025) and `b.toml` (XMP 2026), copies of the examples.
#[test]
fn a_report_or_table_written_over_another_answer_file_replaced_it() {
    // Interface review #34: `report b.toml -o a.toml` replaced a.toml, another year's answers,
    // with the report, and exited 0. Outputs that are not answer files refuse an answer file;
    // a file that is not one (an earlier report) is still replaced.
    let dir = answers();
    let d = dir.path();
    let before = snapshot(&d.join("a.toml"));
    let cases: [&[&str]; 5] = [
        &["report", "b.toml", "--format", "html", "-o", "a.toml"],
        &["score", "b.toml", "-o", "a.toml"],
        &["diff", "b.toml", "b.toml", "-o", "a.toml"],
        &["compare", "b.toml", "--format", "csv", "-o", "a.toml"],
        &["export", "b.toml", "-o", "a.toml"],
    ];
    for args in cases {
        let out = dgtk(d, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {out:?}");
        assert_eq!(
            stderr(&out),
            "error: -o a.toml is an answer file: this output would replace it and lose its answers; choose another file\n",
            "{args:?}"
        );
        assert_eq!(snapshot(&d.join("a.toml")), before, "{args:?}");
    }
    fs::write(d.join("old-report.txt"), "an earlier report\n").unwrap();
    let out = dgtk(d, &["report", "b.toml", "-o", "old-report.txt"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_ne!(
        fs::read(d.join("old-report.txt")).unwrap(),
        b"an earlier report\n"
    );
}

fn answers() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(repo("assessments/xmp-2025.toml"), dir.path().join("a.toml")).unwrap();
    fs::copy(
        repo("tests/fixtures/v1/xmp-2026.toml"),
        dir.path().join("b.toml"),
    )
    .unwrap();
    dir
}

/// What must not change about a file: its bytes, inode, mode, owner and group.
#[derive(Debug, PartialEq)]
struct Snapshot {
    bytes: Vec<u8>,
    ino: u64,
    mode: u32,
    owner: (u32, u32),
}

fn snapshot(p: &Path) -> Snapshot {
    let m = fs::metadata(p).unwrap();
    Snapshot {
        bytes: fs::read(p).unwrap(),
        ino: m.ino(),
        mode: m.mode(),
        owner: (m.uid(), m.gid()),
    }
}

fn is_root() -> bool {
    let dir = tempfile::tempdir().unwrap();
    fs::metadata(dir.path()).unwrap().uid() == 0
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// A file that `fmt` would rewrite: the example without the tool's comment lines (`fmt` keeps a
/// person's comments, so a stray comment alone no longer makes a file non-canonical).
fn unformatted(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    let text = fs::read_to_string(repo("tests/fixtures/v1/xmp-2026.toml")).unwrap();
    let bare: String = text
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(&p, bare).unwrap();
    p
}

/// Did `fmt` rewrite it (its header comment, which `unformatted` removed, is back)?
fn formatted(text: &str) -> bool {
    text.starts_with("# dgtk answer file:")
}

#[test]
fn d1_report_score_diff_init_with_o_naming_an_input_replaced_it() {
    let dir = answers();
    let d = dir.path();
    fs::hard_link(d.join("a.toml"), d.join("hard.toml")).unwrap();
    std::os::unix::fs::symlink("a.toml", d.join("soft.toml")).unwrap();
    let before_a = snapshot(&d.join("a.toml"));
    let before_b = snapshot(&d.join("b.toml"));
    let cases: [&[&str]; 9] = [
        &["report", "a.toml", "-o", "a.toml"],
        &["report", "a.toml", "--format", "html", "-o", "hard.toml"],
        &["report", "b.toml", "--prior", "a.toml", "-o", "soft.toml"],
        &["score", "a.toml", "-o", "a.toml"],
        &["score", ".", "-o", "./b.toml"],
        &["diff", "a.toml", "b.toml", "-o", "b.toml"],
        &["init", "--from", "a.toml", "-o", "a.toml", "--force"],
        &["init", "--from", "a.toml", "-o", "hard.toml", "--force"],
        &["merge", "a.toml", "b.toml", "-o", "soft.toml", "--force"],
    ];
    for args in cases {
        let out = dgtk(d, args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {out:?}");
        let err = stderr(&out);
        assert!(
            err.starts_with("error: -o ") && err.contains(" is one of the inputs ("),
            "{args:?}: {err}"
        );
        assert!(
            err.ends_with("; choose another output\n"),
            "{args:?}: {err}"
        );
        assert_eq!(snapshot(&d.join("a.toml")), before_a, "{args:?}");
        assert_eq!(snapshot(&d.join("b.toml")), before_b, "{args:?}");
    }
    assert_eq!(
        stderr(&dgtk(d, &["report", "a.toml", "-o", "a.toml"])),
        "error: -o a.toml is one of the inputs (the answer file); choose another output\n"
    );
    assert_eq!(
        stderr(&dgtk(d, &["diff", "a.toml", "b.toml", "-o", "hard.toml"])),
        "error: -o hard.toml is one of the inputs (the old answer file, named a.toml); choose another output\n"
    );
    assert!(!names(d).iter().any(|n| n.starts_with(".dgtk-")));
}

#[test]
fn d4_fmt_and_merge_wrote_answer_files_over_the_read_limit() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // A valid file just under the 8 MiB read limit, which the canonical layout makes larger.
    let head = "[assessment]\nframework = \"oecd-dgs-2014\"\nframework_version = \"1.0.0\"\ncountry = \"XMP\"\nyear = 2026\n\n[answers.open-data-policy]\nanswer = 2\nevidence = \"";
    let limit = dgtk::source::MAX_FILE_BYTES as usize;
    let body = format!("{head}{}\"\n", "x".repeat(limit - head.len() - 2));
    assert_eq!(body.len(), limit);
    fs::write(d.join("big.toml"), &body).unwrap();
    assert_eq!(dgtk(d, &["check", "big.toml"]).status.code(), Some(0));
    let before = snapshot(&d.join("big.toml"));

    let out = dgtk(d, &["fmt", "big.toml"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = stderr(&out);
    assert!(
        err.contains("big.toml: cannot write: the new content would be "),
        "{err}"
    );
    assert!(err.contains("over the 8 MiB limit dgtk reads"), "{err}");
    assert_eq!(snapshot(&d.join("big.toml")), before);

    // merge concatenates evidence: two files of 4.5 MB make one of 9 MB.
    let half = format!("{head}{}\"\n", "y".repeat(limit / 2 + 100_000));
    fs::write(d.join("m1.toml"), &half).unwrap();
    fs::write(d.join("m2.toml"), half.replace("yyyy\"", "zzzz\"")).unwrap();
    let out = dgtk(d, &["merge", "m1.toml", "m2.toml", "-o", "merged.toml"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        stderr(&out).contains("error: cannot write merged.toml: the new content would be "),
        "{}",
        stderr(&out)
    );
    assert!(!d.join("merged.toml").exists());
    fs::remove_file(d.join("m1.toml")).unwrap();
    fs::remove_file(d.join("m2.toml")).unwrap();

    let out = dgtk(d, &["init", "--from", "big.toml", "-o", "next.toml"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(stderr(&out).contains("over the 8 MiB limit dgtk reads"));
    assert_eq!(names(d), ["big.toml"], "nothing else was written");
}

#[test]
fn d5_o_onto_a_device_a_fifo_or_a_link_replaced_it_by_a_regular_file() {
    let dir = answers();
    let d = dir.path();

    // /dev/null stays a character device (as root the old rename would have replaced it).
    let out = dgtk(d, &["report", "a.toml", "-o", "/dev/null"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    let out = dgtk(d, &["score", "a.toml", "-o", "/dev/stdout"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("XMP"));

    // A symbolic link: its target is written, the link stays a link.
    fs::write(d.join("real.txt"), "old report").unwrap();
    std::os::unix::fs::symlink("real.txt", d.join("link.txt")).unwrap();
    let out = dgtk(d, &["score", "a.toml", "-o", "link.txt"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        fs::symlink_metadata(d.join("link.txt"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(d.join("real.txt"))
            .unwrap()
            .contains("XMP")
    );

    // A dangling link whose folder exists: its target is created.
    std::os::unix::fs::symlink("made.txt", d.join("dangling.txt")).unwrap();
    assert_eq!(
        dgtk(d, &["score", "a.toml", "-o", "dangling.txt"])
            .status
            .code(),
        Some(0)
    );
    assert!(
        fs::read_to_string(d.join("made.txt"))
            .unwrap()
            .contains("XMP")
    );
    // A dangling link into a missing folder: a clear error, nothing made.
    std::os::unix::fs::symlink("nowhere/x.txt", d.join("lost.txt")).unwrap();
    let out = dgtk(d, &["score", "a.toml", "-o", "lost.txt"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        "error: cannot write lost.txt: is a symbolic link to nowhere/x.txt, whose folder does not exist\n"
    );

    // A FIFO: written into (a reader gets the report), not replaced.
    let fifo = d.join("ff");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
    };
    let out = dgtk(d, &["score", "a.toml", "-o", "ff"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(reader.join().unwrap().contains("XMP"));
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());

    // `-o folder/`: a clear message, not "Not a directory".
    fs::create_dir(d.join("out")).unwrap();
    for o in ["out/", "out"] {
        let out = dgtk(d, &["score", "a.toml", "-o", o]);
        assert_eq!(out.status.code(), Some(1));
        assert_eq!(
            stderr(&out),
            format!(
                "error: cannot write {o}: is a folder; give the name of a file to write (e.g. FOLDER/NAME)\n"
            )
        );
    }
    assert!(names(&d.join("out")).is_empty());
    assert!(!names(d).iter().any(|n| n.starts_with(".dgtk-")));
}

#[test]
fn d6_fmt_on_a_symlinked_or_hard_linked_answer_file_broke_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let real = unformatted(d, "real.toml");
    std::os::unix::fs::symlink("real.toml", d.join("l.toml")).unwrap();
    let out = dgtk(d, &["fmt", "l.toml"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        fs::symlink_metadata(d.join("l.toml"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let target = fs::read_to_string(&real).unwrap();
    assert!(formatted(&target), "the link's target was formatted");

    let other = unformatted(d, "h1.toml");
    fs::hard_link(&other, d.join("h2.toml")).unwrap();
    let ino = fs::metadata(&other).unwrap().ino();
    let out = dgtk(d, &["fmt", "h1.toml"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(fs::metadata(&other).unwrap().ino(), ino);
    assert_eq!(fs::metadata(d.join("h2.toml")).unwrap().nlink(), 2);
    assert_eq!(
        fs::read_to_string(d.join("h2.toml")).unwrap(),
        fs::read_to_string(&other).unwrap()
    );
    assert!(formatted(&fs::read_to_string(&other).unwrap()));
    assert_eq!(
        names(d),
        ["h1.toml", "h2.toml", "l.toml", "real.toml"],
        "no backup left"
    );
}

#[test]
fn d6_a_backup_left_by_an_interrupted_in_place_rewrite_stops_the_next_one() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let file = unformatted(d, "h1.toml");
    fs::hard_link(&file, d.join("h2.toml")).unwrap();
    fs::write(d.join(".h1.toml.dgtk-backup"), "the previous content").unwrap();
    let before = snapshot(&file);
    let out = dgtk(d, &["fmt", "h1.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("an earlier rewrite of this file was interrupted: its previous content is in ./.h1.toml.dgtk-backup")
            || stderr(&out).contains("its previous content is in .h1.toml.dgtk-backup"),
        "{}",
        stderr(&out)
    );
    assert_eq!(snapshot(&file), before);
}

#[test]
fn d7_rewriting_a_file_handed_it_to_the_writer_and_ignored_read_only() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();

    // Mode (and, as root, owner and group) are kept.
    let o = unformatted(d, "o.toml");
    fs::set_permissions(&o, fs::Permissions::from_mode(0o640)).unwrap();
    if is_root() {
        std::os::unix::fs::chown(&o, Some(1234), Some(1234)).unwrap();
    }
    let before = fs::metadata(&o).unwrap();
    let out = dgtk(d, &["fmt", "o.toml"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let after = fs::metadata(&o).unwrap();
    assert_eq!(after.mode() & 0o7777, 0o640);
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()));

    // A read-only file is not replaced (even by root, who may write anything).
    let ro = unformatted(d, "ro.toml");
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o444)).unwrap();
    let before = snapshot(&ro);
    let out = dgtk(d, &["fmt", "ro.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "ro.toml: cannot write: is read-only (mode 0444); nothing was written; make it writable (chmod u+w) if it should change"
        ),
        "{}",
        stderr(&out)
    );
    assert_eq!(snapshot(&ro), before);

    // init has --force: without it, the read-only file stays; with it, it is replaced.
    let out = dgtk(
        d,
        &[
            "init",
            "--country",
            "XMP",
            "--year",
            "2026",
            "-o",
            "ro.toml",
            "--force",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert_eq!(fs::metadata(&ro).unwrap().mode() & 0o7777, 0o444);
    // A read-only earlier output (not an answer file: score refuses to write over one of those
    // whatever its mode).
    let ro2 = d.join("ro2.csv");
    fs::write(&ro2, "an earlier score table\n").unwrap();
    fs::set_permissions(&ro2, fs::Permissions::from_mode(0o444)).unwrap();
    let out = dgtk(d, &["score", "o.toml", "-o", "ro2.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("is read-only (mode 0444)"));
}

#[test]
fn d10_init_from_wrote_where_the_prior_files_country_pointed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let work = d.join("work");
    fs::create_dir(&work).unwrap();
    let hostile = "[assessment]\nframework = \"oecd-dgs-2014\"\nframework_version = \"1.0.0\"\ncountry = \"../escaped\"\nyear = 2026\n";
    fs::write(work.join("h.toml"), hostile).unwrap();
    for args in [
        &["init", "--from", "h.toml"][..],
        &["assess", "--from", "h.toml"][..],
    ] {
        let out = dgtk(&work, args);
        if args[0] == "assess" {
            // Without a terminal, assess refuses before reading anything.
            assert_eq!(out.status.code(), Some(1));
            continue;
        }
        assert_eq!(out.status.code(), Some(1), "{out:?}");
        assert_eq!(
            stderr(&out),
            "error: h.toml: \"../escaped\" is not a country code: use a code of 2 to 10 letters or digits, optionally a hyphen and 1 to 10 more (e.g. NZL, or AGY-TAX for an agency), not a name\nhint: give --country CODE for the new file\n"
        );
    }
    assert_eq!(names(d), ["work"]);
    assert_eq!(names(&work), ["h.toml"]);

    // check reports it at its line and column.
    let out = dgtk(&work, &["check", "h.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("h.toml:4:11: \"../escaped\" is not a country code"),
        "{}",
        stderr(&out)
    );

    // Codes are normalised to upper case; names are refused.
    let out = dgtk(&work, &["init", "--country", "xmp", "--year", "2026"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let text = fs::read_to_string(work.join("xmp-2026.toml")).unwrap();
    assert!(text.contains("country = \"XMP\""));
    let out = dgtk(
        &work,
        &["init", "--country", "Republic of Xampla", "--year", "2026"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is not a country code: use a code of"));

    // A code written in lower case in a file is read as upper case.
    let lower = hostile.replace("../escaped", "xmp");
    fs::write(work.join("lower.toml"), lower).unwrap();
    let out = dgtk(&work, &["check", "lower.toml"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("(draft, XMP 2026:"));
}

#[test]
fn d11_framework_loader_skipped_principle_files_that_are_not_regular_files() {
    let dir = tempfile::tempdir().unwrap();
    let fw = dir.path().join("fw");
    fs::create_dir(&fw).unwrap();
    for e in fs::read_dir(repo("tests/frameworks/mini")).unwrap() {
        let e = e.unwrap();
        fs::copy(e.path(), fw.join(e.file_name())).unwrap();
    }
    let run = |args: &[&str]| {
        let mut all = vec!["--framework", "fw"];
        all.extend_from_slice(args);
        dgtk(dir.path(), &all)
    };
    assert_eq!(run(&["principles"]).status.code(), Some(0));

    // Hidden files are ignored with a note, not read as principles.
    fs::write(fw.join(".#a-skills.toml"), "not toml [").unwrap();
    fs::write(fw.join("._b-leaders.toml"), [0u8, 5, 22]).unwrap();
    let out = run(&["principles"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(stderr(&out).contains(
        "note: fw/.#a-skills.toml: hidden file ignored (an editor's or the system's leftover, not a principle)"
    ));
    assert!(stderr(&out).contains("note: fw/._b-leaders.toml: hidden file ignored"));

    // A dangling principle link is an error naming it.
    fs::remove_file(fw.join("e-reuse.toml")).unwrap();
    std::os::unix::fs::symlink("nowhere/e-reuse.toml", fw.join("e-reuse.toml")).unwrap();
    let out = run(&["principles"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "fw/e-reuse.toml: is a symbolic link to nowhere/e-reuse.toml, which does not exist"
        ),
        "{}",
        stderr(&out)
    );
    // A looping link, a folder and a pipe likewise.
    fs::remove_file(fw.join("e-reuse.toml")).unwrap();
    std::os::unix::fs::symlink("e-reuse.toml", fw.join("e-reuse.toml")).unwrap();
    fs::create_dir(fw.join("f-folder.toml")).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(fw.join("g-pipe.toml"))
            .status()
            .unwrap()
            .success()
    );
    let err = stderr(&run(&["principles"]));
    assert!(
        err.contains("fw/e-reuse.toml: is a symbolic link in a loop"),
        "{err}"
    );
    assert!(
        err.contains("fw/f-folder.toml: is a folder, not a framework file"),
        "{err}"
    );
    assert!(
        err.contains("fw/g-pipe.toml: is a pipe, not a framework file"),
        "{err}"
    );

    // framework.toml as a folder says so, not "no framework.toml".
    let fw2 = dir.path().join("fw2");
    fs::create_dir_all(fw2.join("framework.toml")).unwrap();
    let out = dgtk(dir.path(), &["--framework", "fw2", "principles"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("fw2/framework.toml: is a folder, not a framework file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn d15_fmt_stopped_at_the_first_file_it_could_not_write() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a-bad.toml"), "[assessment\n").unwrap();
    let ro = unformatted(d, "b-ro.toml");
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o444)).unwrap();
    let ok = unformatted(d, "c-ok.toml");
    let ro_before = snapshot(&ro);
    let out = dgtk(d, &["fmt", "."]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("./a-bad.toml:1:"), "{err}");
    assert!(
        err.contains("./b-ro.toml: cannot write: is read-only"),
        "{err}"
    );
    assert!(
        err.ends_with(
            "2 problem(s); 1 of 3 file(s) reformatted, the files with problems left untouched\n"
        ),
        "{err}"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "./c-ok.toml: reformatted\n"
    );
    assert!(formatted(&fs::read_to_string(&ok).unwrap()));
    assert_eq!(snapshot(&ro), ro_before);
}

#[test]
fn d16_kill_9_left_temporary_files_that_nothing_removed() {
    let dir = answers();
    let d = dir.path();
    let stale = d.join(".dgtk-AbC123.tmp");
    let fresh = d.join(".dgtk-XyZ789.tmp");
    fs::write(&stale, "the whole output of a killed run").unwrap();
    fs::write(&fresh, "a write in progress").unwrap();
    let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(long_ago)
        .unwrap();
    let out = dgtk(d, &["score", "a.toml", "-o", "scores.txt"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(!stale.exists(), "a killed run's temporary file is removed");
    assert!(fresh.exists(), "a recent one may be a live writer's: kept");
}

#[test]
fn d17_merging_a_file_with_its_own_hard_link_was_accepted() {
    let dir = answers();
    let d = dir.path();
    fs::hard_link(d.join("b.toml"), d.join("b-link.toml")).unwrap();
    let out = dgtk(d, &["merge", "b.toml", "b-link.toml", "-o", "m.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "error: b-link.toml is given twice (the same file as b.toml); each file is merged once\n"
    );
    assert!(!d.join("m.toml").exists());
}

#[test]
fn d20_a_fifo_named_on_the_command_line_waited_forever() {
    let dir = answers();
    let d = dir.path();
    assert!(
        Command::new("mkfifo")
            .arg(d.join("f.toml"))
            .status()
            .unwrap()
            .success()
    );
    std::os::unix::fs::symlink("f.toml", d.join("l.toml")).unwrap();
    // With a timeout, so that a regression fails instead of hanging.
    let out = crate::support::TestCommand::new("timeout")
        .into_command()
        .args([
            "10",
            crate::support::BIN,
            "score",
            "a.toml",
            "f.toml",
            "l.toml",
        ])
        .current_dir(d)
        .env_remove("DGTK_FRAMEWORK")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let err = stderr(&out);
    assert!(err.contains("f.toml: is a pipe, not a file"), "{err}");
    assert!(err.contains("l.toml: is a pipe, not a file"), "{err}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("XMP"),
        "a.toml was still scored"
    );

    // A pipe a shell hands over as /dev/fd/N already has its writer: it is read.
    let out = crate::support::TestCommand::new("bash")
        .into_command()
        .arg("-c")
        .arg("\"$DGTK\" check <(cat a.toml)")
        .env("DGTK", crate::support::BIN)
        .env_remove("DGTK_FRAMEWORK")
        .current_dir(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains(": ok (final, XMP 2025"));
    let out = Command::new("sh")
        .arg("-c")
        .arg("cat a.toml | \"$DGTK\" check /dev/stdin")
        .env("DGTK", crate::support::BIN)
        .env_remove("DGTK_FRAMEWORK")
        .current_dir(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

/// Runs dgtk as user and group `nobody` (65534), through `setpriv`; `None` when that is not
/// possible here (not root, or no setpriv).
fn dgtk_as_nobody(dir: &Path, args: &[&str]) -> Option<Output> {
    if !is_root() {
        return None;
    }
    let out = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(crate::support::BIN)
        .args(args)
        .current_dir(dir)
        .env_remove("DGTK_FRAMEWORK")
        .env("SOURCE_DATE_EPOCH", "1780000000")
        .output()
        .ok()?;
    Some(out)
}

#[test]
fn d7_a_writer_who_is_not_the_owner_took_the_file_over() {
    // A shared folder anyone may write to (as the report's test had): root's files in it.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::set_permissions(d, fs::Permissions::from_mode(0o777)).unwrap();
    let shared = unformatted(d, "shared.toml");
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o666)).unwrap();
    let mine = snapshot(&shared);
    let Some(out) = dgtk_as_nobody(d, &["fmt", "shared.toml"]) else {
        eprintln!("skipped: needs root and setpriv");
        return;
    };
    // Written (the file lets others write), in place: it stays root's, with its mode.
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let after = snapshot(&shared);
    assert_eq!(
        (after.owner, after.mode, after.ino),
        (mine.owner, mine.mode, mine.ino)
    );
    assert_ne!(after.bytes, mine.bytes);

    // Root's read-only file in that folder: no longer replaced by nobody.
    let ro = unformatted(d, "ro.toml");
    fs::set_permissions(&ro, fs::Permissions::from_mode(0o444)).unwrap();
    let before = snapshot(&ro);
    let out = dgtk_as_nobody(d, &["fmt", "ro.toml"]).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("ro.toml: cannot write: is read-only (mode 0444)"));
    assert_eq!(snapshot(&ro), before);

    // Root's file that others may only read: the rename would have handed it to nobody; the
    // in-place write is not allowed, so nothing changes.
    let theirs = unformatted(d, "theirs.toml");
    fs::set_permissions(&theirs, fs::Permissions::from_mode(0o644)).unwrap();
    let before = snapshot(&theirs);
    let out = dgtk_as_nobody(d, &["fmt", "theirs.toml"]).unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("theirs.toml: cannot write: permission denied"),
        "{}",
        stderr(&out)
    );
    assert_eq!(snapshot(&theirs), before);
    assert!(
        !names(d).iter().any(|n| n.starts_with('.')),
        "{:?}",
        names(d)
    );
}

/// Code review finding 12: "folder holds no *.toml files" was dropped when an earlier argument
/// had a problem.
#[test]
fn empty_folder_went_unmentioned_after_an_earlier_arguments_problem() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir(d.join("bad")).unwrap();
    assert!(
        Command::new("mkfifo")
            .arg(d.join("bad/p.toml"))
            .status()
            .unwrap()
            .success()
    );
    fs::create_dir(d.join("empty")).unwrap();
    let out = dgtk(d, &["check", "bad", "empty"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("bad/p.toml: not a regular file"), "{err}");
    assert!(err.contains("empty: folder holds no *.toml files"), "{err}");
}

/// D2 across users: another user's lock file, which this user may read but not write, still
/// stops a second writer while its holder runs.
#[test]
fn d2_a_lock_held_by_another_user_was_overlooked() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::set_permissions(d, fs::Permissions::from_mode(0o777)).unwrap();
    let shared = unformatted(d, "shared.toml");
    fs::set_permissions(&shared, fs::Permissions::from_mode(0o666)).unwrap();
    let holder = dgtk::lock::acquire(&shared, "dgtk assess").unwrap();
    let before = snapshot(&shared);
    let Some(out) = dgtk_as_nobody(d, &["fmt", "shared.toml"]) else {
        eprintln!("skipped: needs root and setpriv");
        return;
    };
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        stderr(&out).contains("shared.toml: in use by another dgtk (dgtk assess by "),
        "{}",
        stderr(&out)
    );
    assert_eq!(snapshot(&shared), before);
    drop(holder);
    let out = dgtk_as_nobody(d, &["fmt", "shared.toml"]).unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}
