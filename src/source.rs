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
    let name = path.display().to_string();
    let meta = fs::metadata(path).map_err(|e| Diagnostic::file(&name, io_message(&e)))?;
    if meta.is_dir() {
        return Err(Diagnostic::file(&name, "is a folder, not a file"));
    }
    // Opening a named pipe waits for a writer that may never come: refuse it before opening.
    // A pipe a shell hands over as `/dev/fd/N` (`dgtk check <(git show HEAD~1:a.toml)`)
    // already has its writer, and is read.
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        let handed_over = crate::atomic::is_stream_alias(path);
        if t.is_fifo() && !handed_over {
            return Err(Diagnostic::file(
                &name,
                "is a pipe, not a file (reading it would wait for a writer); give the answer file itself",
            ));
        }
        if t.is_socket() {
            return Err(Diagnostic::file(&name, "is a socket, not a file"));
        }
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(&name, Some(meta.len())));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    fs::File::open(path)
        .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| Diagnostic::file(&name, format!("cannot be read: {}", io_message(&e))))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        // It grew while being read, or is a device or pipe with no length of its own.
        return Err(too_large(&name, None));
    }
    decode(&name, bytes)
}

/// Checks bytes are UTF-8 text, naming the line and column of the first bad byte.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, Diagnostic> {
    if let Some(i) = bytes.iter().position(|&b| b == 0) {
        let before = String::from_utf8_lossy(&bytes[..i]);
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        return Err(Diagnostic {
            file: name.to_string(),
            position: Some((line, col)),
            message: "binary data (a NUL byte), not a TOML text file".into(),
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let before = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(Diagnostic {
                file: name.to_string(),
                position: Some((line, col)),
                message: format!(
                    "not UTF-8 text (byte 0x{:02x} at offset {valid}); save the file as UTF-8",
                    bytes[valid]
                ),
            })
        }
    }
}

/// An I/O error as a user reads it, without the OS error number.
pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "no such file or folder".into(),
        PermissionDenied => "permission denied".into(),
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
    let size = len.map_or_else(String::new, |n| format!("{n} bytes, "));
    Diagnostic::file(
        name,
        format!(
            "file is too large: {size}over the limit of {MAX_FILE_BYTES} bytes ({} MiB); an answer or framework file is a few hundred KB at most",
            MAX_FILE_BYTES / (1024 * 1024)
        ),
    )
}
