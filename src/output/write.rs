//! Where a command's output and messages go: its output to stdout or, with `-o FILE`, to the file
//! (replaced atomically), and its notes and problems to stderr, escaped and wrapped for a person.
//! Commands write through these and nothing else (`crate::cmd` hands them on to every command).

use std::io::Write;
use std::path::Path;

use anyhow::Result;

use crate::diag::Diagnostic;
use crate::error::CliError;

/// A note on stderr that is not an error: what a command did, or something to know.
pub(crate) fn note(s: &str) {
    eprint(&format!("{}\n", s.trim_end()));
}

/// Writes to stdout; a closed pipe surfaces as an error `run` treats as a quiet exit.
pub(crate) fn out(s: &str) -> Result<()> {
    out_bytes(s.as_bytes())
}

/// Writes `bytes` to stdout, as [`out`].
fn out_bytes(bytes: &[u8]) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()?;
    Ok(())
}

/// Writes to stderr, ignoring failures (there is nowhere left to report them). Everything on
/// stderr is a message for a person, so text from files in it is shown escaped, and wrapped to
/// the width ([`crate::present::wrap_message`]).
pub(crate) fn eprint(s: &str) {
    if s.is_empty() {
        return;
    }
    let s = crate::sanitize::for_terminal(s);
    // Every message fits the width it is read at, without splitting a word.
    let s = match crate::present::message_width() {
        Some(w) => std::borrow::Cow::Owned(crate::present::wrap_message(&s, w)),
        None => s,
    };
    let _ = std::io::stderr().lock().write_all(s.as_bytes());
}

/// Each problem on a line of stderr.
pub(crate) fn print_diagnostics(problems: &[Diagnostic]) {
    let mut s = String::new();
    for d in problems {
        s.push_str(&d.to_string());
        s.push('\n');
    }
    eprint(&s);
}

/// Writes a command's output to `-o FILE` (atomically) or to stdout (`None` or `-`).
pub(crate) fn emit(output: Option<&Path>, text: &str) -> Result<()> {
    emit_with(output, text, crate::atomic::Options::default())
}

/// As [`emit`], with the write's [`crate::atomic::Options`] (`--force`, answer-file limits).
pub(crate) fn emit_with(
    output: Option<&Path>,
    text: &str,
    opts: crate::atomic::Options,
) -> Result<()> {
    match output {
        Some(p) if p != Path::new("-") => crate::atomic::write_with(p, text.as_bytes(), opts)
            .map_err(|e| cannot_write(p, &e).into()),
        _ => out(text),
    }
}

/// Writes `bytes` (a binary output) to `output` atomically, or to stdout for `-`.
pub(crate) fn emit_bytes(output: Option<&Path>, bytes: &[u8]) -> Result<()> {
    match output {
        Some(p) if p != Path::new("-") => {
            crate::atomic::write(p, bytes).map_err(|e| cannot_write(p, &e).into())
        }
        _ => out_bytes(bytes),
    }
}

/// The one error for a file that could not be written (an input error: "cannot write PATH: why").
pub(crate) fn cannot_write(path: &Path, e: &std::io::Error) -> CliError {
    CliError::input(crate::t!(
        "output-cannot-write",
        file = path.display().to_string(),
        reason = crate::source::io_message(e)
    ))
}
