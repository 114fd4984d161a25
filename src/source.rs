//! Reading input files safely: a missing file, a folder, an unreadable, huge or non-UTF-8 file
//! each become one clear [`Diagnostic`], never a panic. Nothing here writes.

use std::fs;
use std::io::Read;
use std::path::Path;

use crate::diag::Diagnostic;

/// The largest input file `dgtk` reads. Answer files and framework files are a few hundred
/// kilobytes at most; anything far larger is a mistake (or hostile) and is refused before it is
/// read into memory.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// Reads a whole text file, or explains in one line why it cannot.
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let bytes = read_bytes(path)?;
    decode(&path.display().to_string(), bytes)
}

/// Reads a whole file (at most [`MAX_FILE_BYTES`]), or explains in one line why it cannot.
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    let name = path.display().to_string();
    let meta = fs::metadata(path).map_err(|e| Diagnostic::file(&name, io_message(&e)))?;
    // A device (`/dev/zero`, `/dev/urandom`) has no length of its own and may never end.
    if is_device(&meta) {
        return Err(Diagnostic::file(&name, crate::t!("source-device")));
    }
    if meta.is_dir() {
        return Err(Diagnostic::file(&name, crate::t!("source-folder")));
    }
    // Opening a named pipe waits for a writer that may never come: refuse it before opening.
    // A pipe a shell hands over as `/dev/fd/N` (`dgtk check <(git show HEAD~1:a.toml)`)
    // already has its writer, and is read.
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        let handed_over = crate::atomic::is_stream_alias(path);
        if t.is_fifo() && !handed_over {
            return Err(Diagnostic::file(&name, crate::t!("source-pipe")));
        }
        if t.is_socket() {
            return Err(Diagnostic::file(&name, crate::t!("source-socket")));
        }
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(&name, Some(meta.len())));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| {
            Diagnostic::file(
                &name,
                crate::t!("source-unreadable", reason = io_message(&e)),
            )
        })?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        // It grew while being read, or is a device or pipe with no length of its own.
        return Err(too_large(&name, None));
    }
    Ok(bytes)
}

/// A character or block device (`/dev/zero`, `/dev/urandom`, a disk): never an input file.
#[cfg(unix)]
fn is_device(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_char_device() || meta.file_type().is_block_device()
}

#[cfg(not(unix))]
fn is_device(_meta: &fs::Metadata) -> bool {
    false
}

/// The UTF-16 or UTF-32 encoding `bytes` are in, told by a byte order mark or, without one, by
/// where the NUL bytes of ASCII text fall.
fn wide_encoding(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xff, 0xfe, 0, 0, ..] => return Some("UTF-32 (little-endian)"),
        [0, 0, 0xfe, 0xff, ..] => return Some("UTF-32 (big-endian)"),
        [0xff, 0xfe, ..] => return Some("UTF-16 (little-endian)"),
        [0xfe, 0xff, ..] => return Some("UTF-16 (big-endian)"),
        _ => {}
    }
    let head = &bytes[..bytes.len().min(400) / 4 * 4];
    if head.len() < 4 {
        return None;
    }
    let zero_at = |k: usize, of: usize| head.iter().skip(k).step_by(of).all(|&b| b == 0);
    let some_at = |k: usize, of: usize| head.iter().skip(k).step_by(of).any(|&b| b != 0);
    if zero_at(1, 4) && zero_at(2, 4) && zero_at(3, 4) && some_at(0, 4) {
        Some("UTF-32 (little-endian)")
    } else if zero_at(0, 4) && zero_at(1, 4) && zero_at(2, 4) && some_at(3, 4) {
        Some("UTF-32 (big-endian)")
    } else if zero_at(1, 2) && some_at(0, 2) {
        Some("UTF-16 (little-endian)")
    } else if zero_at(0, 2) && some_at(1, 2) {
        Some("UTF-16 (big-endian)")
    } else {
        None
    }
}

/// A carriage return not followed by a line feed: TOML takes LF or CRLF line breaks only. A file
/// with CRs and no LF at all was saved with old Mac line endings, said once for the whole file.
fn lone_carriage_return(name: &str, text: &str) -> Option<Diagnostic> {
    let i = text
        .match_indices('\r')
        .map(|(i, _)| i)
        .find(|&i| !text[i + 1..].starts_with('\n'))?;
    if !text.contains('\n') {
        return Some(Diagnostic::file(name, crate::t!("source-cr-only")));
    }
    let before = &text[..i];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Some(Diagnostic {
        file: name.to_string(),
        position: Some((line, col)),
        message: crate::t!("source-lone-cr"),
        more: 0,
    })
}

/// Checks bytes are UTF-8 text, naming the line and column of the first bad byte.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    if let Some(encoding) = wide_encoding(&bytes) {
        return Err(Diagnostic::file(
            name,
            crate::t!("source-wide-encoding", encoding = encoding),
        ));
    }
    if let Some(i) = memchr::memchr(0, &bytes) {
        let before = String::from_utf8_lossy(&bytes[..i]);
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        return Err(Diagnostic {
            file: name.to_string(),
            position: Some((line, col)),
            message: crate::t!("source-binary"),
            more: 0,
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => match lone_carriage_return(name, &text) {
            Some(d) => Err(d),
            None => Ok(text),
        },
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(Diagnostic {
                file: name.to_string(),
                position: Some((line, col)),
                message: crate::t!(
                    "source-not-utf8",
                    byte = format!("0x{:02x}", bytes[valid]),
                    offset = valid
                ),
                more: 0,
            })
        }
    }
}

/// An I/O error as a user reads it, without the OS error number.
pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => crate::t!("source-not-found"),
        PermissionDenied => crate::t!("source-permission-denied"),
        // The system's own reasons (an OS error, or one wrapped with its path), in the language;
        // an error dgtk made itself keeps its words.
        _ if e.raw_os_error().is_none() && !e.to_string().contains(" (os error") => e.to_string(),
        NotADirectory => crate::t!("source-io-not-a-directory"),
        IsADirectory => crate::t!("source-io-is-a-directory"),
        ReadOnlyFilesystem => crate::t!("source-io-read-only"),
        StorageFull => crate::t!("source-io-storage-full"),
        QuotaExceeded => crate::t!("source-io-quota-exceeded"),
        AlreadyExists => crate::t!("source-io-already-exists"),
        InvalidFilename => crate::t!("source-io-name-too-long"),
        FileTooLarge => crate::t!("source-io-file-too-large"),
        DirectoryNotEmpty => crate::t!("source-io-folder-not-empty"),
        ResourceBusy => crate::t!("source-io-busy"),
        CrossesDevices => crate::t!("source-io-cross-device"),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

/// `len` is the size the file system gives, if it gives one.
fn too_large(name: &str, len: Option<u64>) -> Diagnostic {
    let size = len.map_or_else(String::new, |n| crate::t!("source-size", n = n));
    Diagnostic::file(
        name,
        crate::t!(
            "source-too-large",
            size = size,
            limit = MAX_FILE_BYTES,
            mib = MAX_FILE_BYTES / (1024 * 1024)
        ),
    )
}
