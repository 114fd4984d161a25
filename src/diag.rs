//! Problems found in input files, located by file, line and column.
//!
//! Everything that reads a user's file reports what is wrong as a list of [`Diagnostic`]s, so that
//! a command can print every problem of a file at once (`file:line:col: message`). This module
//! only locates and formats; it never prints.

use std::fmt;
use std::ops::Range;

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub file: String,
    /// 1-based line and column (in characters); `None` when the problem is the whole file.
    pub position: Option<(usize, usize)>,
    pub message: String,
}

impl Diagnostic {
    /// A problem with the file as a whole (missing, unreadable, not UTF-8, too large...).
    pub fn file(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            position: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, col)) => write!(f, "{}:{}:{}: {}", self.file, line, col, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// A file's text with the offsets of its lines, to turn byte spans into line and column.
///
/// The line index is built on the first position asked for: a valid file (the usual case, and
/// thousands of them in a batch) never pays for it.
pub struct SourceText<'a> {
    pub name: &'a str,
    pub text: &'a str,
    line_starts: std::cell::OnceCell<Vec<usize>>,
}

impl<'a> SourceText<'a> {
    pub fn new(name: &'a str, text: &'a str) -> Self {
        Self {
            name,
            text,
            line_starts: std::cell::OnceCell::new(),
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0];
            starts.extend(self.text.match_indices('\n').map(|(i, _)| i + 1));
            starts
        })
    }

    /// 1-based (line, column) of a byte offset; the column counts characters.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line_starts = self.line_starts();
        let line = line_starts.partition_point(|&s| s <= offset) - 1;
        let start = line_starts[line];
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line + 1, col + 1)
    }

    /// A diagnostic at the start of `span`.
    pub fn at(&self, span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: self.name.to_string(),
            position: Some(self.position(span.start)),
            message: message.into(),
        }
    }

    /// Turns a TOML parser error into a diagnostic, keeping only its first line: the parser's
    /// own rendering repeats the source line, which `file:line:col` already points to.
    pub fn from_toml(&self, err: &toml::de::Error) -> Diagnostic {
        let message = err
            .message()
            .trim()
            .lines()
            .next()
            .unwrap_or("invalid TOML")
            .to_string();
        // Well-formed TOML of the wrong shape (an unknown key, a missing one, a wrong type) is
        // not "invalid TOML"; it is said in the same words as the rest of dgtk's checks.
        let message = match shape_message(&message) {
            Some(m) => m,
            None => format!(
                "invalid TOML: {}",
                self.clearer_toml_message(&message, err.span())
            ),
        };
        match err.span() {
            Some(span) => self.at(span, message),
            None => Diagnostic::file(self.name, message),
        }
    }

    /// Some of the parser's messages need the text they point at to be understood: a duplicate
    /// key names the key; `key =` with nothing after it is not about quoting strings.
    fn clearer_toml_message(&self, message: &str, span: Option<Range<usize>>) -> String {
        if message.contains("recursion") {
            return "tables or lists are nested too deeply (the parser's depth limit)".into();
        }
        let Some(span) = span else {
            return message.to_string();
        };
        let at = self.text.get(span.clone()).unwrap_or_default().trim();
        if message.starts_with("duplicate key") && !at.is_empty() {
            let key = if at.starts_with(['"', '\'']) {
                at.to_string()
            } else {
                format!("\"{at}\"")
            };
            return format!("duplicate key {key} (a key or [table] may appear only once)");
        }
        let line_start = self.text[..span.start.min(self.text.len())]
            .rfind('\n')
            .map_or(0, |i| i + 1);
        let before = self.text.get(line_start..span.start).unwrap_or_default();
        let rest_of_line = self.text[span.start.min(self.text.len())..]
            .split('\n')
            .next()
            .unwrap_or_default();
        let rest = rest_of_line.split('#').next().unwrap_or_default().trim();
        if before.trim_end().ends_with('=') && rest.is_empty() {
            return "missing value after `=` (a value such as \"text\", 3, true or [\"a\"])".into();
        }
        if message.starts_with("invalid basic string") && rest.is_empty() {
            return "unterminated string: close it with `\"` on the same line, or use \"\"\"...\"\"\" for text over several lines".into();
        }
        if message.starts_with("key with no value") && rest.contains('=') {
            return "expected `=` after the key (a key with spaces must be quoted, as in \"my key\" = 1)"
                .into();
        }
        message.to_string()
    }
}

/// Serde's messages about a document of the wrong shape, in dgtk's words: `unknown field
/// \`wieght\`, expected one of \`number\`, ...` becomes `unknown key "wieght" (did you mean
/// "weight"?)`; `invalid type: string "2", expected f64` becomes `expected a number, found the
/// string "2"`. `None` for any other message.
fn shape_message(message: &str) -> Option<String> {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (name, tail) = rest.split_once('`')?;
        let expected: Vec<&str> = tail.split('`').skip(1).step_by(2).collect();
        let hint = match did_you_mean(name, expected.iter().copied()) {
            Some(c) => format!(" (did you mean \"{c}\"?)"),
            None if !expected.is_empty() => format!(" (expected one of: {})", expected.join(", ")),
            None => String::new(),
        };
        return Some(format!("unknown key \"{}\"{hint}", shorten(name)));
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.split('`').next()?;
        return Some(format!("missing key \"{}\"", shorten(name)));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        let expected = match expected.trim() {
            "f64" | "f32" => "a number",
            "i64" | "i32" | "u64" | "u32" | "u8" | "usize" => "an integer",
            "a sequence" => "a list",
            "a boolean" => "true or false",
            e if e.starts_with("struct ") || e == "a map" => "a table",
            e => e,
        };
        let found = found.replace('`', "");
        let found = if let Some(v) = found.strip_prefix("integer ") {
            format!("the number {v}")
        } else if let Some(v) = found.strip_prefix("floating point ") {
            format!("the number {v}")
        } else if let Some(v) = found.strip_prefix("boolean ") {
            v.to_string()
        } else if found.starts_with("string ") {
            format!("the {found}")
        } else if found == "sequence" {
            "a list".into()
        } else if found == "map" {
            "a table".into()
        } else {
            found
        };
        return Some(format!("expected {expected}, found {found}"));
    }
    None
}

/// At most 40 characters of a text from a file, escaped, so that one message stays one line
/// however long or strange the text (a hostile file can hold a key of megabytes).
pub fn shorten(s: &str) -> String {
    let mut out: String = s.chars().take(40).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out.escape_debug().to_string()
}

/// Words longer than this are not typos of an id, and comparing them costs time in proportion
/// to their length times each candidate's.
const MAX_TYPO_LEN: usize = 100;

/// The closest of `candidates` to `word`, if close enough to be a likely typo.
pub fn did_you_mean<'c>(
    word: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
    if word.len() > MAX_TYPO_LEN {
        return None;
    }
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(s, _)| *s > 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// `" (did you mean \"x\"?)"` or nothing.
pub fn suggestion<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> String {
    did_you_mean(word, candidates).map_or_else(String::new, |c| format!(" (did you mean \"{c}\"?)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let src = SourceText::new("f", "ab\nçd = 1\n");
        assert_eq!(src.position(0), (1, 1));
        assert_eq!(src.position(3), (2, 1));
        // 'ç' is two bytes: the byte after it is column 2
        assert_eq!(src.position(5), (2, 2));
        assert_eq!(src.position(100), (3, 1));
    }
}
