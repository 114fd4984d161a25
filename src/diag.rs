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
pub struct SourceText<'a> {
    pub name: &'a str,
    pub text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> SourceText<'a> {
    pub fn new(name: &'a str, text: &'a str) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Self {
            name,
            text,
            line_starts,
        }
    }

    /// 1-based (line, column) of a byte offset; the column counts characters.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
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
        let message = format!("invalid TOML: {message}");
        match err.span() {
            Some(span) => self.at(span, message),
            None => Diagnostic::file(self.name, message),
        }
    }
}

/// The closest of `candidates` to `word`, if close enough to be a likely typo.
pub fn did_you_mean<'c>(
    word: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> Option<&'c str> {
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
