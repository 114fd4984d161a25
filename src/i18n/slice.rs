//! The entries of a Fluent resource file, sliced without parsing: an entry opens with its id at
//! the start of a line (`id =`, or `-id =` for a term) and runs on over the lines that follow
//! (indented text, variants, the closing `}` of a placeable) until a comment or the next entry.
//!
//! Used by `build.rs`, which writes the index of every language's messages into the binary, so
//! that a run finds a message without reading the files (see `src/i18n.rs`); and by the tests.
//! Plain Rust with no dependency, for that reason.

use std::ops::Range;

/// Each entry of `text` as (where its id is, where its source is), in the order of the file.
pub fn entries(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    let is_id = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut out = Vec::new();
    let mut open: Option<(Range<usize>, usize)> = None;
    let (mut end, mut at) = (0, 0);
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let head = line.strip_prefix('-').unwrap_or(line);
        let len = head.find(|c: char| !is_id(c)).unwrap_or(head.len());
        let opens = head.starts_with(|c: char| c.is_ascii_alphabetic())
            && head[len..].trim_start_matches(' ').starts_with('=');
        if (opens || line.starts_with('#'))
            && let Some((id, from)) = open.take()
        {
            out.push((id, from..end));
        }
        if opens {
            let id_len = len + (line.len() - head.len());
            open = Some((start..start + id_len, start));
            end = at;
        } else if open.is_some() && !line.trim().is_empty() {
            end = at;
        }
    }
    if let Some((id, from)) = open {
        out.push((id, from..end));
    }
    out
}
