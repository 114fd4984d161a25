//! The exit codes of `dgtk`, in one place (documented in the README).

/// What a command's run came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: everything worked.
    Success = 0,
    /// 1: invalid input, a failed check, a score under `--fail-under`, a regression with
    /// `--fail-on-regression`, or unresolved merge conflicts.
    Failure = 1,
    /// 2: wrong command-line usage (clap's own errors use it too).
    Usage = 2,
    /// 130: stopped by Ctrl-C (or a closed terminal) in `dgtk assess`; the answers given so far
    /// are saved.
    Interrupted = 130,
}

impl ExitStatus {
    pub fn code(self) -> i32 {
        self as i32
    }

    /// `Failure` if `failed`, else `Success`.
    pub fn failed_if(failed: bool) -> Self {
        if failed {
            ExitStatus::Failure
        } else {
            ExitStatus::Success
        }
    }
}
