//! The one way the tests run a program: [`dgtk()`] for the real binary, [`sh()`] for a shell
//! line that runs it (`$DGTK`) under a limit or a umask. Every command starts from an empty
//! environment, so what the caller has set (`DGTK_FRAMEWORK`, `NO_COLOR`, `COLUMNS`, `LANG`,
//! `EDITOR`, `TERM`, `SOURCE_DATE_EPOCH`, ...) cannot change what a test sees; a test that needs
//! a variable sets it with [`TestCommand::env`]. Commands run in the package root, where the
//! relative paths of the fixtures point.
//!
//! This module must not assert anything about dgtk itself: it runs commands and reports what they
//! did, with enough context (the command line, the exit code, both streams) for a failure to be
//! read without re-running it.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_dgtk");

/// The package root: the working folder of every command unless a test says otherwise.
pub const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The mini test framework (two pillars, five principles, every question kind), as an absolute
/// path, so that it can be given from any working folder.
pub const MINI: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/frameworks/mini");

/// What a command keeps from the caller's environment: what finding programs and temporary
/// folders needs, a backtrace on a panic, and coverage data. None of these changes dgtk's output.
const KEPT: [&str; 5] = [
    "PATH",
    "HOME",
    "TMPDIR",
    "RUST_BACKTRACE",
    "LLVM_PROFILE_FILE",
];

/// Empties `cmd`'s environment but for [`KEPT`]. For commands the builder cannot make, such as
/// the harness running itself again for trycmd (`main.rs`).
pub fn clean_env(cmd: &mut Command) -> &mut Command {
    cmd.env_clear();
    for key in KEPT {
        if let Some(value) = std::env::var_os(key) {
            cmd.env(key, value);
        }
    }
    cmd
}

/// The real `dgtk`, in the package root, with a clean environment.
pub fn dgtk() -> TestCommand {
    TestCommand::new(BIN)
}

/// `sh -c script`, with `$DGTK` naming the binary under test, for a test that needs the shell
/// (`ulimit`, `umask`, `trap`, redirections) around dgtk.
pub fn sh(script: &str) -> TestCommand {
    TestCommand::new("sh")
        .arg("-c")
        .arg(script)
        .env("DGTK", BIN)
}

/// A command being put together; [`TestCommand::run`] runs it.
#[must_use = "a command does nothing until it is run"]
pub struct TestCommand {
    cmd: Command,
    /// Bytes for stdin; without them stdin is empty (never the test runner's own stdin).
    stdin: Option<Vec<u8>>,
}

impl TestCommand {
    /// Any program, with the same clean environment and working folder as [`dgtk()`].
    pub fn new(program: impl AsRef<OsStr>) -> Self {
        let mut cmd = Command::new(program);
        clean_env(&mut cmd).current_dir(ROOT);
        Self { cmd, stdin: None }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.cmd.arg(arg);
        self
    }

    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        self.cmd.args(args);
        self
    }

    /// `--framework DIR` in front of what follows.
    pub fn framework(self, dir: impl AsRef<OsStr>) -> Self {
        self.arg("--framework").arg(dir)
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.cmd.env(key, value);
        self
    }

    /// The working folder; a relative path is taken from the package root.
    pub fn current_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.cmd.current_dir(Path::new(ROOT).join(dir));
        self
    }

    /// What the command reads on stdin.
    pub fn stdin(mut self, input: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(input.into());
        self
    }

    /// The command as a `std::process::Command`, environment and working folder set, for a
    /// runner of its own (a pseudo-terminal). Any [`TestCommand::stdin`] is not part of it.
    pub fn into_command(self) -> Command {
        self.cmd
    }

    /// Runs the command to its end and keeps what it did. It does not look at the exit code:
    /// see [`Run::success`] and [`Run::code`].
    pub fn run(mut self) -> Run {
        let line = command_line(&self.cmd);
        self.cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let start = Instant::now();
        let mut child = self
            .cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {line}: {e}"));
        let input = self.stdin.unwrap_or_default();
        let mut pipe = child.stdin.take().expect("stdin is piped");
        // Written from a thread, so that a command which does not read all of its input, or
        // fills its output pipe first, cannot block the test.
        let writer = std::thread::spawn(move || {
            use std::io::Write;
            // A command may exit without reading stdin: a broken pipe is not the test's failure.
            let _ = pipe.write_all(&input);
        });
        let out = child
            .wait_with_output()
            .unwrap_or_else(|e| panic!("cannot wait for {line}: {e}"));
        let took = start.elapsed();
        writer.join().expect("the stdin writer does not panic");
        Run {
            line,
            status: out.status,
            stdout: out.stdout,
            stderr: out.stderr,
            took,
        }
    }
}

/// `program arg arg ...` as a person would type it, for messages.
fn command_line(cmd: &Command) -> String {
    let program = cmd.get_program();
    let program = if program == OsStr::new(BIN) {
        "dgtk".into()
    } else {
        program.to_string_lossy()
    };
    let mut line = program.into_owned();
    for arg in cmd.get_args() {
        let arg = arg.to_string_lossy();
        line.push(' ');
        if arg.is_empty() || arg.contains(|c: char| c.is_whitespace() || c == '\'') {
            line.push_str(&format!("{arg:?}"));
        } else {
            line.push_str(&arg);
        }
    }
    line
}

/// What a finished command did.
pub struct Run {
    line: String,
    status: std::process::ExitStatus,
    /// What the command wrote to stdout, as bytes.
    pub stdout: Vec<u8>,
    /// What the command wrote to stderr, as bytes.
    pub stderr: Vec<u8>,
    took: Duration,
}

impl Run {
    /// The exit code; `None` when a signal ended the command.
    pub fn exit_code(&self) -> Option<i32> {
        self.status.code()
    }

    /// Asserts that the command exited with 0.
    #[track_caller]
    pub fn success(self) -> Self {
        self.code(0)
    }

    /// Asserts that the command exited with `code`.
    #[track_caller]
    pub fn code(self, code: i32) -> Self {
        assert_eq!(self.exit_code(), Some(code), "exit code of {self:?}");
        self
    }

    /// Stdout as text; a command's output must be UTF-8.
    #[track_caller]
    pub fn stdout_str(&self) -> &str {
        std::str::from_utf8(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not UTF-8 ({e}): {self:?}"))
    }

    /// Stderr as text; a command's messages must be UTF-8.
    #[track_caller]
    pub fn stderr_str(&self) -> &str {
        std::str::from_utf8(&self.stderr)
            .unwrap_or_else(|e| panic!("stderr is not UTF-8 ({e}): {self:?}"))
    }

    /// How long the command ran, start to exit.
    pub fn took(&self) -> Duration {
        self.took
    }
}

/// The command line, how it ended, and both streams (shortened when long).
impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        fn shown(bytes: &[u8]) -> String {
            const MAX: usize = 4000;
            let text = String::from_utf8_lossy(bytes);
            match text.char_indices().nth(MAX) {
                Some((end, _)) => format!("{}... ({} bytes in all)", &text[..end], bytes.len()),
                None => text.into_owned(),
            }
        }
        write!(
            f,
            "`{}`: {}\n--- stdout\n{}\n--- stderr\n{}",
            self.line,
            self.status,
            shown(&self.stdout),
            shown(&self.stderr)
        )
    }
}

/// A new folder holding a copy of `files` from the folder `dir` of the repository (a
/// command case's `.in` folder, say), for a test that runs a command there. The folder goes when
/// the returned guard is dropped.
pub fn copy_of(dir: &str, files: &[&str]) -> tempfile::TempDir {
    let copy = tempfile::tempdir().expect("a temporary folder");
    for f in files {
        std::fs::copy(Path::new(ROOT).join(dir).join(f), copy.path().join(f))
            .unwrap_or_else(|e| panic!("copy {dir}/{f}: {e}"));
    }
    copy
}

/// A copy of the binary under test in a new folder that every user may enter and run from, for a
/// test that runs it as another user (the target folder may be private to the one running the
/// tests). The folder goes when the returned guard is dropped.
pub fn binary_for_every_user() -> (tempfile::TempDir, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("a temporary folder");
    let everyone = std::fs::Permissions::from_mode(0o755);
    std::fs::set_permissions(dir.path(), everyone.clone()).expect("chmod 755 the folder");
    let copy = dir.path().join("dgtk");
    std::fs::copy(BIN, &copy).expect("copy the binary");
    std::fs::set_permissions(&copy, everyone).expect("chmod 755 the binary");
    (dir, copy)
}

#[test]
fn a_command_sees_only_the_kept_variables_and_its_own() {
    // Whatever the caller has set, `env` (the program) prints only what the builder passes on.
    // Only names are shown on a failure: the caller's values may be private.
    let run = TestCommand::new("env").env("ASKED_FOR", "1").run();
    assert_eq!(run.exit_code(), Some(0), "env failed");
    let out = String::from_utf8_lossy(&run.stdout);
    let names: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, _)| k))
        .collect();
    for name in &names {
        assert!(
            KEPT.contains(name) || *name == "ASKED_FOR",
            "{name} reached the command"
        );
    }
    assert!(
        names.contains(&"ASKED_FOR"),
        "a variable asked for is passed on: {names:?}"
    );
}

/// The built-in framework's first release, 1.0.0 (frozen in `principles/releases/1.0.0`): the
/// tests of mechanics that were written on its questions and example files (in
/// `tests/fixtures/v1/`) keep running on it, whatever the current version.
pub fn builtin_v1() -> dgtk::framework::Framework {
    dgtk::framework::load_builtin_version("1.0.0")
        .expect("release 1.0.0 loads")
        .expect("release 1.0.0 is embedded")
}

/// The folder of release 1.0.0, for `--framework`.
pub const V1: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/principles/releases/1.0.0");
