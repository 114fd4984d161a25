//! Writing output files so that nothing is lost: the bytes go to a temporary file in the target's
//! folder, which is flushed to disk and then renamed over the target. A crash, a full disk or a
//! kill at any moment leaves either the old file or the new one, never a mix.
//!
//! The write respects what is at the path: a symbolic link is followed (its target is written,
//! the link stays); a pipe, a terminal, `/dev/null` or `/dev/stdout` is written into, never
//! renamed over; a file keeps its mode, owner and group; a read-only file is replaced only when
//! asked (`force`); a file with several hard links, or one whose owner the writer cannot keep,
//! is rewritten in place (after a backup copy beside it), so every name keeps seeing it. Files
//! dgtk reads back (answer files) are never written over the size limit it reads.
//!
//! Error messages are in the returned `io::Error`s; this module prints nothing. Unix only.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::source::MAX_FILE_BYTES;

/// How a write may treat what is already at the path.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Replace a read-only file (the command's `--force`).
    pub force: bool,
    /// The command has a `--force` option (the read-only message suggests it).
    pub has_force: bool,
    /// The output is a file dgtk reads back (an answer file): refuse to write more than
    /// [`MAX_FILE_BYTES`], or no dgtk command could read it again.
    pub readable_by_dgtk: bool,
}

/// The suffix of the copy an in-place rewrite keeps beside the file until it is done.
pub const BACKUP_SUFFIX: &str = ".dgtk-backup";

/// A temporary file left by a killed run is removed by a later write in its folder once it is
/// this old and no running dgtk holds it (a live writer keeps a lock on its temporary file).
const STALE_AFTER: Duration = Duration::from_secs(60);

/// Replaces `path` with `bytes`, atomically, with the default [`Options`].
pub fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(path, bytes, Options::default())
}

/// Writes an answer file: as [`write`], but never over the size dgtk reads.
pub fn write_answer_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_with(
        path,
        bytes,
        Options {
            readable_by_dgtk: true,
            ..Options::default()
        },
    )
}

/// Writes `bytes` to `path` as the module comment describes.
pub fn write_with(path: &Path, bytes: &[u8], opts: Options) -> io::Result<()> {
    if opts.readable_by_dgtk && bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(io::Error::other(crate::t!(
            "write-too-large",
            n = bytes.len(),
            mib = MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    if path.as_os_str().to_string_lossy().ends_with('/') || path.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            crate::t!("write-is-a-folder"),
        ));
    }
    // Streams and devices: `/dev/stdout`, `/dev/null`, a FIFO, a terminal. Written into, as a
    // shell's `>` would; a rename would replace the device node by a regular file.
    if let Ok(meta) = fs::metadata(path)
        && !meta.is_file()
    {
        return write_into_stream(path, &meta, bytes);
    }
    if is_stream_alias(path) {
        return write_into(path, bytes);
    }
    let target = resolve_links(path)?;
    match fs::symlink_metadata(&target) {
        Ok(meta) => replace_existing(&target, &meta, bytes, opts),
        Err(e) if e.kind() == io::ErrorKind::NotFound => create_new(&target, bytes, None),
        Err(e) => Err(e),
    }
}

/// `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`...: names of a process's open streams, which
/// may point at a regular file the shell opened (`> out.txt`, `>> log`); they are written
/// through, never replaced.
pub fn is_stream_alias(path: &Path) -> bool {
    ["/dev/stdin", "/dev/stdout", "/dev/stderr"]
        .iter()
        .any(|s| path == Path::new(s))
        || path.starts_with("/dev/fd")
        || (path.starts_with("/proc") && path.components().any(|c| c.as_os_str() == "fd"))
}

fn write_into_stream(path: &Path, meta: &fs::Metadata, bytes: &[u8]) -> io::Result<()> {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_block_device() {
        return Err(io::Error::other(crate::t!("write-block-device")));
    }
    if t.is_socket() {
        return Err(io::Error::other(crate::t!("source-socket")));
    }
    write_into(path, bytes)
}

fn write_into(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut f = OpenOptions::new().write(true).truncate(true).open(path)?;
    f.write_all(bytes)?;
    f.flush()
}

/// The path a write to `path` must replace: `path` itself, or, if it is a symbolic link (or a
/// chain of them), the file it finally names, which may not exist yet (a dangling link) but
/// whose folder must.
fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            _ => {
                let dir = folder_of(&current);
                if current != path && !dir.is_dir() {
                    return Err(io::Error::other(crate::t!(
                        "write-dangling-link",
                        target = current.display().to_string()
                    )));
                }
                return Ok(current);
            }
        }
    }
    Err(io::Error::other(crate::t!("write-link-loop")))
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

fn replace_existing(
    target: &Path,
    meta: &fs::Metadata,
    bytes: &[u8],
    opts: Options,
) -> io::Result<()> {
    refuse_after_interrupted_rewrite(target)?;
    if meta.permissions().mode() & 0o200 == 0 && !opts.force {
        let hint = if opts.has_force {
            crate::t!("write-read-only-hint-force")
        } else {
            crate::t!("write-read-only-hint")
        };
        return Err(io::Error::other(crate::t!(
            "write-read-only",
            mode = format!("{:04o}", meta.permissions().mode() & 0o7777),
            hint = hint
        )));
    }
    if meta.nlink() > 1 {
        // Several names for one file: a rename would split them. Rewrite the file itself.
        return rewrite_in_place(target, bytes);
    }
    create_new(target, bytes, Some(meta))
}

/// Writes a temporary file beside `target` and renames it over `target`. `old` is the file being
/// replaced: its mode, owner and group are kept.
fn create_new(target: &Path, bytes: &[u8], old: Option<&fs::Metadata>) -> io::Result<()> {
    let dir = folder_of(target);
    remove_stale_temporaries_once(dir);
    let mut builder = tempfile::Builder::new();
    builder.prefix(".dgtk-").suffix(".tmp");
    // A temporary file is private (0600) by default; the file it becomes is an ordinary output
    // file, so it gets the mode a new file gets (0666 less the umask: 0644 as a rule).
    builder.permissions(fs::Permissions::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir)?;
    // Held until the file is renamed or removed: tells a later run this file is not stale.
    let _ = tmp.as_file().try_lock();
    if let Some(old) = old {
        if (old.uid(), old.gid())
            != (
                tmp.as_file().metadata()?.uid(),
                tmp.as_file().metadata()?.gid(),
            )
            && std::os::unix::fs::fchown(tmp.as_file(), Some(old.uid()), Some(old.gid())).is_err()
        {
            // Not root, and the file belongs to someone else (or to a group the writer is not
            // in): a rename would hand it to the writer. Rewrite it in place instead, which the
            // file system allows only if the writer may write it, and which keeps its owner.
            drop(tmp);
            return rewrite_in_place(target, bytes);
        }
        tmp.as_file().set_permissions(fs::Permissions::from_mode(
            old.permissions().mode() & 0o7777,
        ))?;
    }
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(target).map_err(|e| e.error)?;
    // The rename is durable once the folder is.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// The backup an interrupted in-place rewrite of `target` left.
pub fn backup_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    folder_of(target).join(format!(".{name}{BACKUP_SUFFIX}"))
}

fn refuse_after_interrupted_rewrite(target: &Path) -> io::Result<()> {
    let backup = backup_path(target);
    if backup.exists() {
        return Err(io::Error::other(crate::t!(
            "write-interrupted-rewrite",
            backup = backup.display().to_string()
        )));
    }
    Ok(())
}

/// Rewrites `target` in place, so that its inode (its hard links, owner, group and mode) stays.
/// The old content goes first to a backup beside it, flushed to disk, removed once the new
/// content is on disk: if the run is killed in between, the backup is there, and the next write
/// of this file refuses until a person has looked.
fn rewrite_in_place(target: &Path, bytes: &[u8]) -> io::Result<()> {
    // Opened first: a file the writer may not write is refused before anything is made.
    let mut f = OpenOptions::new().read(true).write(true).open(target)?;
    let backup = backup_path(target);
    let old = fs::read(target)?;
    {
        let mut b = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&backup)?;
        b.write_all(&old)?;
        b.sync_all()?;
    }
    let mut overwrite = |content: &[u8]| -> io::Result<()> {
        use std::io::{Seek, SeekFrom};
        f.set_len(0)?;
        f.seek(SeekFrom::Start(0))?;
        f.write_all(content)?;
        f.sync_all()
    };
    match overwrite(bytes) {
        Ok(()) => fs::remove_file(&backup),
        Err(e) => {
            // Put the old content back; if even that fails, the backup stays and says so.
            if overwrite(&old).is_ok() {
                let _ = fs::remove_file(&backup);
            }
            Err(e)
        }
    }
}

/// [`remove_stale_temporaries`], once per folder and process (`fmt` writes many files in one).
fn remove_stale_temporaries_once(dir: &Path) {
    use std::collections::HashSet;
    use std::sync::Mutex;
    static SWEPT: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);
    let key = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let first = SWEPT
        .lock()
        .map(|mut s| s.get_or_insert_with(HashSet::new).insert(key))
        .unwrap_or(true);
    if first {
        remove_stale_temporaries(dir);
    }
}

/// Removes `.dgtk-*.tmp` files in `dir` that a killed run left: older than [`STALE_AFTER`] and
/// not locked by a live writer. Best effort: a file that cannot be examined is left alone.
pub fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for e in entries.flatten() {
        let name = e.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(".dgtk-") && name.ends_with(".tmp")) {
            continue;
        }
        let Ok(meta) = e.metadata() else { continue };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age >= STALE_AFTER);
        if !old || !meta.is_file() {
            continue;
        }
        if let Ok(f) = File::open(e.path())
            && f.try_lock().is_ok()
        {
            let _ = fs::remove_file(e.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_of_open_streams_are_written_through() {
        for p in [
            "/dev/stdout",
            "/dev/stdin",
            "/dev/fd/1",
            "/proc/self/fd/1",
            "/proc/42/fd/3",
        ] {
            assert!(is_stream_alias(Path::new(p)), "{p}");
        }
        for p in [
            "/dev/shm/out.txt",
            "/dev/null",
            "/proc/x.toml",
            "out.txt",
            "/tmp/fd/x",
        ] {
            assert!(!is_stream_alias(Path::new(p)), "{p}");
        }
    }

    #[test]
    fn a_symlink_is_followed_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.toml");
        fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink("real.toml", &link).unwrap();
        write(&link, b"new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
    }

    #[test]
    fn a_dangling_symlink_creates_its_target_when_the_folder_exists() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("link.toml");
        std::os::unix::fs::symlink("new.toml", &link).unwrap();
        write(&link, b"x").unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("new.toml")).unwrap(),
            "x"
        );
        let bad = dir.path().join("bad.toml");
        std::os::unix::fs::symlink("nowhere/new.toml", &bad).unwrap();
        let e = write(&bad, b"x").unwrap_err().to_string();
        assert!(e.contains("whose folder does not exist"), "{e}");
    }

    #[test]
    fn hard_links_stay_linked_and_no_backup_is_left() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        let b = dir.path().join("b.toml");
        fs::write(&a, "old").unwrap();
        fs::hard_link(&a, &b).unwrap();
        write(&a, b"new").unwrap();
        assert_eq!(fs::read_to_string(&b).unwrap(), "new");
        assert!(!backup_path(&a).exists());
    }

    #[test]
    fn a_leftover_backup_stops_the_next_write() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        fs::write(&a, "half").unwrap();
        fs::write(backup_path(&a), "old").unwrap();
        assert!(write(&a, b"new").is_err());
        assert_eq!(fs::read_to_string(&a).unwrap(), "half");
    }

    #[test]
    fn mode_is_kept_and_read_only_needs_force() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        fs::write(&a, "old").unwrap();
        fs::set_permissions(&a, fs::Permissions::from_mode(0o640)).unwrap();
        write(&a, b"new").unwrap();
        assert_eq!(
            fs::metadata(&a).unwrap().permissions().mode() & 0o777,
            0o640
        );
        fs::set_permissions(&a, fs::Permissions::from_mode(0o444)).unwrap();
        assert!(write(&a, b"newer").is_err());
        assert_eq!(fs::read_to_string(&a).unwrap(), "new");
        let force = Options {
            force: true,
            ..Options::default()
        };
        write_with(&a, b"newer", force).unwrap();
        assert_eq!(fs::read_to_string(&a).unwrap(), "newer");
        assert_eq!(
            fs::metadata(&a).unwrap().permissions().mode() & 0o777,
            0o444
        );
    }

    #[test]
    fn answer_files_are_not_written_over_the_read_limit() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        let big = vec![b'x'; MAX_FILE_BYTES as usize + 1];
        assert!(write_answer_file(&a, &big).is_err());
        assert!(!a.exists());
        write(&a, &big).unwrap();
    }

    #[test]
    fn stale_temporaries_are_removed_but_fresh_or_locked_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let stale = dir.path().join(".dgtk-old.tmp");
        let fresh = dir.path().join(".dgtk-new.tmp");
        let held = dir.path().join(".dgtk-held.tmp");
        for p in [&stale, &fresh, &held] {
            fs::write(p, "x").unwrap();
        }
        let long_ago = SystemTime::now() - Duration::from_secs(3600);
        for p in [&stale, &held] {
            File::options()
                .write(true)
                .open(p)
                .unwrap()
                .set_modified(long_ago)
                .unwrap();
        }
        let holder = File::open(&held).unwrap();
        holder.lock().unwrap();
        remove_stale_temporaries(dir.path());
        assert!(!stale.exists());
        assert!(fresh.exists());
        assert!(held.exists());
    }
}
