//! One writer per answer file: `dgtk assess` holds an advisory lock on the file for as long as it
//! runs, and `fmt`, `merge -o` and `init -o` take it for the moment they write, so a second
//! writer refuses at once instead of silently undoing the first one's answers.
//!
//! The lock is an OS file lock (`flock`, through `std::fs::File::try_lock`) on a small sidecar
//! file beside the answer file, `.NAME.lock`. Not the answer file itself: every save renames a
//! new file over it, so a lock on its inode would be gone after the first save. The OS lock is
//! the truth (it ends when its process ends, even by kill -9, so a stale lock file never blocks);
//! the file's text, who holds it and since when, is only for the message. Nothing here prints.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// A held lock; released (and its file removed) when dropped.
#[derive(Debug)]
pub struct Lock {
    /// `None` when no lock file could be created (a folder the writer cannot write to): the
    /// write itself will then fail with its own message, so the lock is not what stops it.
    held: Option<(File, PathBuf)>,
}

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("{}", crate::t!("lock-held", file = file.as_str(), reason = reason(holder)))]
    Held { file: String, holder: String },
}

fn reason(holder: &str) -> String {
    crate::t!("lock-in-use", holder = holder)
}

/// The lock file of `answer_file`: beside the file it finally names (through symbolic links),
/// so every name of one file shares one lock.
pub fn lock_path(answer_file: &Path) -> PathBuf {
    // A file not created yet: its folder, resolved, so the lock is the same once it exists.
    let real = fs::canonicalize(answer_file)
        .or_else(|_| {
            let dir = answer_file.parent().filter(|d| !d.as_os_str().is_empty());
            let name = answer_file.file_name().ok_or(io::ErrorKind::NotFound)?;
            fs::canonicalize(dir.unwrap_or(Path::new("."))).map(|d| d.join(name))
        })
        .unwrap_or_else(|_| answer_file.to_path_buf());
    let name = real
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let dir = match real.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    dir.join(format!(".{name}.lock"))
}

/// Takes the lock of `answer_file` or says who holds it. `what` is what the holder is doing, as
/// the lock file records it (e.g. "dgtk assess").
pub fn acquire(answer_file: &Path, what: &str) -> Result<Lock, LockError> {
    // Stdout, `/dev/null`, a pipe: no answer file to protect, and no lock file beside them.
    let stream = answer_file == Path::new("-")
        || crate::atomic::is_stream_alias(answer_file)
        || fs::metadata(answer_file).is_ok_and(|m| !m.is_file());
    if stream {
        return Ok(Lock { held: None });
    }
    let path = lock_path(answer_file);
    // A few rounds: the lock file may be removed by its previous holder between our open and our
    // lock, in which case the inode we locked is no longer the one at the path.
    for _ in 0..5 {
        let Ok(mut file) = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
        else {
            // Someone else's lock file that this user may not write: it can still be read and
            // tested, so a running holder is not overlooked.
            if let Ok(mut other) = File::open(&path)
                && let Err(fs::TryLockError::WouldBlock) = other.try_lock()
            {
                return Err(held(answer_file, &mut other));
            }
            return Ok(Lock { held: None });
        };
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => return Err(held(answer_file, &mut file)),
            Err(fs::TryLockError::Error(_)) => return Ok(Lock { held: None }),
        }
        let same = match (file.metadata(), fs::metadata(&path)) {
            (Ok(a), Ok(b)) => (a.dev(), a.ino()) == (b.dev(), b.ino()),
            _ => false,
        };
        if !same {
            continue;
        }
        let _ = file.set_len(0);
        let _ = file.write_all(holder_line(what).as_bytes());
        let _ = file.flush();
        return Ok(Lock {
            held: Some((file, path)),
        });
    }
    Ok(Lock { held: None })
}

/// The refusal, with who holds the lock as its file says.
fn held(answer_file: &Path, lock_file: &mut File) -> LockError {
    let mut text = String::new();
    let _ = lock_file.read_to_string(&mut text);
    let holder = text.trim();
    LockError::Held {
        file: answer_file.display().to_string(),
        holder: if holder.is_empty() {
            crate::t!("lock-holder-unknown")
        } else {
            holder.to_string()
        },
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        if let Some((file, path)) = self.held.take() {
            // Removed while still locked, so that no one can lock the old inode after it is gone.
            let _ = fs::remove_file(&path);
            drop(file);
        }
    }
}

/// "dgtk assess by USER on HOST, pid N, since TIMESTAMP".
fn holder_line(what: &str) -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| format!("uid {}", fs::metadata("/proc/self").map_or(0, |m| m.uid())));
    let host = ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .iter()
        .find_map(|p| {
            fs::read_to_string(p)
                .ok()
                .map(|s| s.trim().to_string())
                .filter(|s| !s.is_empty())
        })
        .unwrap_or_else(|| "this computer".into());
    let since = jiff::Timestamp::now()
        .round(jiff::Unit::Second)
        .unwrap_or_else(|_| jiff::Timestamp::now());
    format!(
        "{what} by {user} on {host}, pid {}, since {since}\n",
        std::process::id()
    )
}

impl LockError {
    pub fn holder(&self) -> &str {
        match self {
            LockError::Held { holder, .. } => holder,
        }
    }

    /// The message without the file's name (for a `file: message` diagnostic).
    pub fn reason(&self) -> String {
        reason(self.holder())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_is_refused_until_the_first_ends() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        fs::write(&a, "x").unwrap();
        let first = acquire(&a, "dgtk assess").unwrap();
        let e = acquire(&a, "dgtk fmt").unwrap_err();
        assert!(e.holder().starts_with("dgtk assess by "), "{e}");
        assert!(
            e.to_string()
                .contains(&format!("pid {}", std::process::id()))
        );
        drop(first);
        assert!(!lock_path(&a).exists(), "the lock file is removed");
        let _again = acquire(&a, "dgtk fmt").unwrap();
    }

    #[test]
    fn a_stale_lock_file_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        fs::write(&a, "x").unwrap();
        fs::write(
            lock_path(&a),
            "dgtk assess by ghost on nowhere, pid 1, since then\n",
        )
        .unwrap();
        let _lock = acquire(&a, "dgtk assess").unwrap();
    }

    #[test]
    fn links_to_one_file_share_its_lock() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        fs::write(&a, "x").unwrap();
        let link = dir.path().join("l.toml");
        std::os::unix::fs::symlink(&a, &link).unwrap();
        let _first = acquire(&a, "dgtk assess").unwrap();
        assert!(acquire(&link, "dgtk assess").is_err());
    }
}
