//! The bad inputs that cannot be kept as fixture files: too large to commit (generated here,
//! sparse where possible), made of file-system objects git does not store (symbolic link loops,
//! pipes, unreadable files), or read through the kernel. Each case states the exact message and
//! exit code. The fixture-based cases are in tests/cmd/bad-*.trycmd.

use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::Path;
use std::time::Duration;

use crate::support::{self, Run};

const HEAD: &str = "[assessment]\nframework = \"oecd-dgs-2014\"\nframework_version = \"1.0.0\"\ncountry = \"XMP\"\nyear = 2026\n";

/// `dgtk ARGS`, with the clean environment of every test.
fn dgtk(args: &[&str]) -> Run {
    support::dgtk().args(args).run()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// `dgtk check FILE` must fail with exactly `message` for FILE, and nothing on stdout.
fn check_fails(path: &Path, message: &str) -> Run {
    let run = dgtk(&["check", s(path)]);
    assert_eq!(
        (run.exit_code(), run.stdout_str(), run.stderr_str()),
        (
            Some(1),
            "",
            format!(
                "{message}\n1 problem(s) in 1 file(s); 0 of 1 file(s) valid\n",
                message = message.replace("{file}", s(path))
            )
            .as_str()
        )
    );
    run
}

#[test]
fn file_over_the_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.toml");
    let f = std::fs::File::create(&path).unwrap();
    // Sparse: nothing is written to disk.
    f.set_len(dgtk::source::MAX_FILE_BYTES + 1).unwrap();
    check_fails(
        &path,
        "{file}: file is too large: 8388609 bytes, over the limit of 8388608 bytes (8 MiB); an answer or framework file is a few hundred KB at most",
    );
}

#[test]
fn device_without_a_size_that_never_ends() {
    check_fails(
        Path::new("/dev/zero"),
        "{file}: is a device, not a file: give the path of an answer or framework file",
    );
}

#[test]
fn huge_string_within_the_limit_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long-evidence.toml");
    let evidence = "x".repeat(7 * 1024 * 1024);
    std::fs::write(
        &path,
        format!("{HEAD}\n[answers.open-data-policy]\nanswer = 2\nevidence = \"{evidence}\"\n"),
    )
    .unwrap();
    let run = dgtk(&["check", s(&path)]);
    assert_eq!(
        (run.exit_code(), run.stdout_str(), run.stderr_str()),
        (
            Some(0),
            format!(
                "{}: ok (draft, XMP 2026: 1 of {} questions answered)\n",
                s(&path),
                builtin_questions()
            )
            .as_str(),
            ""
        )
    );
}

#[test]
fn huge_unknown_key_is_shortened_and_does_not_stall_the_typo_search() {
    // A 3 MB key took over a minute: the "did you mean" search compared it with every id.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long-key.toml");
    let key = "o".repeat(3_000_000);
    std::fs::write(&path, format!("{HEAD}\n[answers.{key}]\nanswer = 1\n")).unwrap();
    let run = check_fails(
        &path,
        &format!("{{file}}:7:10: unknown question id \"{}…\"", "o".repeat(40)),
    );
    assert!(
        run.took() < Duration::from_secs(20),
        "took {:?}",
        run.took()
    );
}

#[test]
fn huge_wrong_value_is_shortened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long-value.toml");
    let value = "é".repeat(100_000);
    std::fs::write(
        &path,
        format!("{HEAD}\n[answers.open-data-policy]\nanswer = \"{value}\"\n"),
    )
    .unwrap();
    check_fails(
        &path,
        &format!(
            "{{file}}:8:10: expected a level from 0 to 3, \"n/a\" or \"unknown\", found the string \"{}…\"",
            "é".repeat(40)
        ),
    );
}

#[test]
fn deeply_nested_lists_tables_and_keys() {
    let dir = tempfile::tempdir().unwrap();
    let depth = 100_000;
    let cases = [
        (
            "lists.toml",
            format!(
                "{HEAD}[answers.open-data-policy]\nanswer = {}{}\n",
                "[".repeat(depth),
                "]".repeat(depth)
            ),
            ":7:90",
        ),
        (
            "inline-tables.toml",
            format!(
                "{HEAD}x = {}1{}\n",
                "{a = ".repeat(depth),
                "}".repeat(depth)
            ),
            ":6:405",
        ),
        (
            "dotted-keys.toml",
            format!("{HEAD}[answers]\n{} = 1\n", vec!["a"; depth].join(".")),
            "",
        ),
        (
            "table-headers.toml",
            format!("{HEAD}[{}]\n", vec!["a"; depth].join(".")),
            "",
        ),
    ];
    for (name, text, at) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        check_fails(
            &path,
            &format!(
                "{{file}}{at}: invalid TOML: tables or lists are nested too deeply (the parser's depth limit)"
            ),
        );
    }
}

#[test]
fn symbolic_link_loops_in_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("answers");
    std::fs::create_dir(&root).unwrap();
    std::fs::write(root.join("a.toml"), HEAD).unwrap();
    symlink(&root, root.join("again")).unwrap(); // a folder that contains itself
    symlink("self.toml", root.join("self.toml")).unwrap(); // a link to itself
    let run = dgtk(&["check", s(&root)]).code(1);
    let r = s(&root);
    assert_eq!(
        run.stdout_str(),
        format!(
            "{r}/a.toml: ok (draft, XMP 2026: 0 of {} questions answered)\n",
            builtin_questions()
        )
    );
    assert_eq!(
        run.stderr_str(),
        format!(
            "{r}/again: symbolic link loop (back to {r}); skipped\n\
             {r}/self.toml: Too many levels of symbolic links\n\
             2 problem(s) in 2 file(s); 1 of 3 file(s) valid\n"
        )
    );
    // Given directly, the looping link is one clear problem too.
    check_fails(
        &root.join("self.toml"),
        "{file}: Too many levels of symbolic links",
    );
}

#[test]
fn pipe_named_like_an_answer_file_in_a_folder_is_reported_not_waited_for() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.toml");
    // mkfifo is in coreutils: without it this test cannot run, and says so rather than pass.
    support::TestCommand::new("mkfifo")
        .arg(&fifo)
        .run()
        .success();
    std::fs::write(dir.path().join("a.toml"), HEAD).unwrap();
    let run = dgtk(&["check", s(dir.path())]).code(1);
    assert_eq!(
        run.stderr_str(),
        format!(
            "{}: not a regular file (a pipe, socket or device); skipped\n1 problem(s) in 1 file(s); 1 of 2 file(s) valid\n",
            s(&fifo)
        )
    );
}

#[test]
fn read_error_from_the_kernel() {
    // Reading /proc/self/mem at offset 0 fails with EIO, for root too: a real read error.
    check_fails(
        Path::new("/proc/self/mem"),
        "{file}: cannot be read: Input/output error",
    );
}

/// Whether this process runs as root (a file it creates belongs to uid 0).
fn running_as_root() -> bool {
    let probe = tempfile::NamedTempFile::new().unwrap();
    probe.as_file().metadata().unwrap().uid() == 0
}

#[test]
fn unreadable_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = dir.path().join("secret.toml");
    std::fs::write(&path, HEAD).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let expected = format!(
        "{}: cannot be read: permission denied\n1 problem(s) in 1 file(s); 0 of 1 file(s) valid\n",
        s(&path)
    );
    if !running_as_root() {
        check_fails(&path, "{file}: cannot be read: permission denied");
        return;
    }
    // Root reads a mode-000 file anyway, so the check runs as `nobody` through setpriv
    // (util-linux), on a copy of the binary that `nobody` may run (the target folder may be
    // private). Where that cannot be done the test fails and says what is missing: it must not
    // pass without testing anything.
    let (_bin_dir, bin) = support::binary_for_every_user();
    let as_nobody = |args: &[&str]| {
        support::TestCommand::new("setpriv")
            .args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
            .arg(&bin)
            .args(args)
    };
    // Without setpriv this stops with "cannot start setpriv ...: No such file or directory".
    let version = as_nobody(&["--version"]).run();
    assert_eq!(
        version.exit_code(),
        Some(0),
        "running as root, this test runs dgtk as user nobody with `setpriv` (util-linux), and \
         that failed; the copy of the binary in {} must be reachable by nobody: {version:?}",
        bin.display()
    );
    // The folder is reachable by nobody, so only the file's mode can make it unreadable: a
    // readable file beside it is read.
    let readable = dir.path().join("open.toml");
    std::fs::write(&readable, HEAD).unwrap();
    let open = as_nobody(&["check", s(&readable)]).run();
    assert_eq!(
        open.exit_code(),
        Some(0),
        "running as root, this test needs a temporary folder that user nobody can reach \
         (TMPDIR, today {}): {open:?}",
        std::env::temp_dir().display()
    );
    let out = as_nobody(&["check", s(&path)]).run().code(1);
    assert_eq!(out.stderr_str(), expected);
}

#[test]
fn framework_folder_with_an_oversized_and_a_non_utf8_file() {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir("tests/frameworks/mini").unwrap() {
        let p = entry.unwrap().path();
        std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    let big = dir.path().join("f-big.toml");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(dgtk::source::MAX_FILE_BYTES * 2)
        .unwrap();
    let latin1 = dir.path().join("g-latin1.toml");
    std::fs::write(&latin1, b"number = 7\ntitle = \"Acc\xe8s\"\n").unwrap();
    let d = s(dir.path());
    let run = dgtk(&["--framework", d, "check"]).code(1);
    assert_eq!(
        run.stderr_str(),
        format!(
            "{d}/f-big.toml: file is too large: 16777216 bytes, over the limit of 8388608 bytes (8 MiB); an answer or framework file is a few hundred KB at most\n\
             {d}/g-latin1.toml:2:13: not UTF-8 text (byte 0xe8 at offset 23); save the file as UTF-8\n\
             error: could not load the framework from {d} (2 problems)\n"
        )
    );
}

/// How many questions the built-in framework has (the messages count them).
fn builtin_questions() -> usize {
    crate::support::builtin_v1().question_count()
}
