//! Writing output files atomically: the bytes go to a temporary file in the same folder, which is
//! flushed to disk and then renamed over the target. A crash, a full disk or a kill at any moment
//! leaves either the old file or the new one, never a mix, and never a half-written file.

use std::io::Write;
use std::path::Path;

/// Replaces `path` with `bytes`, atomically.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".dgtk-").suffix(".tmp");
    // A temporary file is private (0600) by default; the file it becomes is an ordinary output
    // file, so it gets the mode a new file gets (0666 less the umask: 0644 as a rule).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    // Keep the permissions of the file being replaced, if any.
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = std::fs::set_permissions(tmp.path(), meta.permissions());
    }
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
