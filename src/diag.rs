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
            Some(m) if m == "expected a list, found a table" => {
                m + &self.list_hint(err.span().unwrap_or_default())
            }
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

    /// `[name]` written where a list of tables is expected: each item is `[[name]]`.
    fn list_hint(&self, span: Range<usize>) -> String {
        let at = self.text.get(span).unwrap_or_default().trim();
        match at.strip_prefix('[').and_then(|t| t.split_once(']')) {
            Some((name, _)) if !name.starts_with('[') => format!(
                " (each item of a list of tables is written [[{}]], with double brackets)",
                shorten(name.trim())
            ),
            _ => String::new(),
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
        if let Some(m) = self.character_message(message, span.start) {
            return m;
        }
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
        let whole_line = self.text[line_start..]
            .split('\n')
            .next()
            .unwrap_or_default();
        let value = value_on_line(whole_line);
        if message.starts_with("unexpected leading zero") {
            let digits = value.trim_start_matches(['+', '-']);
            let plain = digits.trim_start_matches('0');
            let plain = if plain.is_empty() || plain.starts_with('.') {
                format!("0{plain}")
            } else {
                plain.to_string()
            };
            return format!(
                "a number cannot start with 0: write {plain}, not {} (text with leading zeros, such as a code, goes in quotes: \"{}\")",
                shorten(value),
                shorten(value)
            );
        }
        let bare_word = message.starts_with("string values must be quoted")
            || (message.starts_with("invalid boolean")
                && value.chars().all(|c| c.is_alphanumeric() || c == ' '));
        const CURLY: [char; 8] = ['“', '”', '„', '‘', '’', '‚', '«', '»'];
        if bare_word && value.starts_with(CURLY) {
            let inner = value.trim_matches(|c| CURLY.contains(&c));
            return format!(
                "{} is in typographic quotes (as word processors type them): TOML takes straight quotes, as in \"{}\"",
                shorten(value),
                shorten(inner)
            );
        }
        if bare_word && !value.is_empty() {
            let lower = value.to_lowercase();
            let boolean = match lower.as_str() {
                "true" | "yes" => Some("true"),
                "false" | "no" => Some("false"),
                _ => did_you_mean(&lower, ["true", "false"]),
            };
            if let Some(b) = boolean {
                return format!(
                    "`{}` is not a value: write {b} (true and false are lowercase, without quotes), or text in quotes",
                    shorten(value)
                );
            }
            let words: Vec<&str> = value.split_whitespace().collect();
            if words.len() > 1 && words.iter().all(|w| w.parse::<f64>().is_ok()) {
                return format!(
                    "`{}` is not one value: write one number, a list such as [{}], or text in quotes",
                    shorten(value),
                    words.join(", ")
                );
            }
            return format!(
                "text must be in quotes: write \"{}\" (numbers, true and false are written without quotes)",
                shorten(value)
            );
        }
        if message.starts_with("invalid fraction") && value.ends_with('.') {
            return format!(
                "a number cannot end with a dot: write {} or {}0",
                shorten(value.trim_end_matches('.')),
                shorten(value)
            );
        }
        if message.starts_with("unexpected key or value")
            && let Some((int, frac)) = value.split_once(',')
            && !int.is_empty()
            && int
                .trim_start_matches('-')
                .bytes()
                .all(|b| b.is_ascii_digit())
            && !frac.is_empty()
            && frac.bytes().all(|b| b.is_ascii_digit())
        {
            return format!(
                "`{}` uses a decimal comma: write {int}.{frac} (a dot), or a list [{int}, {frac}]",
                shorten(value)
            );
        }
        if message.contains("unicode hexadecimal value")
            && let Some(m) = self.escape_message(span.start)
        {
            return m;
        }
        message.to_string()
    }

    /// A message about the character at `offset`, when that character is what the parser
    /// stumbled on: a byte order mark left in the middle of a file, a control character, a
    /// letter from another alphabet in a bare key.
    fn character_message(&self, message: &str, offset: usize) -> Option<String> {
        let c = self.text.get(offset..)?.chars().next()?;
        if c == '\u{feff}' {
            return Some(
                "a byte order mark (U+FEFF, an invisible character) in the middle of the file, as left where two files were joined: delete it"
                    .into(),
            );
        }
        if c.is_whitespace() && !c.is_ascii() {
            return Some(format!(
                "the character {} looks like a space but TOML does not take it as one: replace it with a normal space",
                char_name(c)
            ));
        }
        if crate::sanitize::is_invisible(c) {
            return Some(format!(
                "the invisible character {} is in the way here: delete it",
                char_name(c)
            ));
        }
        if c.is_control() && !matches!(c, '\n' | '\t' | '\r') {
            return Some(format!(
                "the control character {} cannot be written as is: delete it (in a string, write it as \\u{:04X} if it is meant)",
                char_name(c),
                c as u32
            ));
        }
        if message.contains("unquoted key") && !c.is_ascii() {
            return Some(match looks_like_ascii(c) {
                Some(latin) => format!(
                    "the character {}, which looks like the Latin \"{latin}\", cannot be in a key: retype it as the Latin letter (keys and ids use ASCII letters, digits, `-` and `_`)",
                    char_name(c)
                ),
                None => format!(
                    "the character {} cannot be in a key without quotes: keys use ASCII letters, digits, `-` and `_`",
                    char_name(c)
                ),
            });
        }
        None
    }

    /// A `\\u` or `\\U` escape the parser refused, explained: a surrogate, a code point past
    /// U+10FFFF, or too few hex digits.
    fn escape_message(&self, offset: usize) -> Option<String> {
        let before = self.text.get(..offset)?;
        let start = before.rfind(['u', 'U'])?;
        if !before[..start].ends_with('\\') || offset - start > 9 {
            return None;
        }
        let long = before[start..].starts_with('U');
        let want = if long { 8 } else { 4 };
        let hex: String = self.text[start + 1..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .take(want)
            .collect();
        let written = format!("\\{}{hex}", if long { 'U' } else { 'u' });
        if hex.len() < want {
            return Some(format!(
                "`{written}` is an incomplete escape: \\u takes 4 hex digits and \\U 8, as in \\u00E9 or \\U0001F600"
            ));
        }
        let n = u32::from_str_radix(&hex, 16).ok()?;
        Some(if (0xD800..=0xDFFF).contains(&n) {
            format!(
                "`{written}` is a UTF-16 surrogate, not a character: write the character itself, or its code point as \\U followed by 8 hex digits (as in \\U0001F600)"
            )
        } else if n > 0x10FFFF {
            format!(
                "`{written}` is beyond the last Unicode character U+10FFFF: check the code point"
            )
        } else {
            format!("`{written}` is not a valid character escape")
        })
    }
}

/// The value written after the first `=` of a line, without a trailing comment: for messages
/// about it.
fn value_on_line(line: &str) -> &str {
    let value = line.split_once('=').map_or(line, |(_, v)| v);
    value.split('#').next().unwrap_or_default().trim()
}

/// Is `written` a number too small for a 64-bit float, which would be read as 0 (`1e-400`)?
pub fn underflows(written: &str) -> bool {
    let mantissa = written.split(['e', 'E']).next().unwrap_or_default();
    written.contains(['e', 'E'])
        && mantissa.contains(|c: char| ('1'..='9').contains(&c))
        && written.replace('_', "").parse::<f64>() == Ok(0.0)
}

/// The message for a number that [`underflows`].
pub fn too_small(written: &str) -> String {
    format!(
        "{} is too small to be stored (the smallest number above 0 is about 1e-308): write 0 if zero is meant",
        shorten(written)
    )
}

/// How a character is named in messages: `U+043E CYRILLIC SMALL LETTER O`, `U+007F DELETE`.
pub fn char_name(c: char) -> String {
    let name = match c {
        '\0' => Some("NULL".to_string()),
        '\u{7}' => Some("BELL".to_string()),
        '\u{8}' => Some("BACKSPACE".to_string()),
        '\u{b}' => Some("LINE TABULATION".to_string()),
        '\u{c}' => Some("FORM FEED".to_string()),
        '\r' => Some("CARRIAGE RETURN".to_string()),
        '\u{1b}' => Some("ESCAPE".to_string()),
        '\u{7f}' => Some("DELETE".to_string()),
        c if c.is_control() => None,
        c => unicode_names2::name(c).map(|n| n.to_string()),
    };
    match name {
        Some(n) => format!("U+{:04X} {n}", c as u32),
        None => format!("U+{:04X}", c as u32),
    }
}

/// The ASCII text a non-ASCII character is easily mistaken for (Cyrillic `о` for `o`), per the
/// Unicode confusables table; `None` for ASCII and for characters that look like no ASCII.
pub fn looks_like_ascii(c: char) -> Option<String> {
    if c.is_ascii() {
        return None;
    }
    let mut buf = [0; 4];
    let skeleton: String =
        unicode_security::confusable_detection::skeleton(c.encode_utf8(&mut buf)).collect();
    (!skeleton.is_empty() && skeleton.is_ascii() && skeleton.chars().all(|c| c.is_ascii_graphic()))
        .then_some(skeleton)
}

/// `its 3rd character is U+043E CYRILLIC SMALL LETTER O, which looks like the Latin "o"`, for
/// the first character of `word` that looks like an ASCII one but is not.
pub fn confusable_note(word: &str) -> Option<String> {
    let (i, c, latin) = word
        .chars()
        .take(MAX_TYPO_LEN)
        .enumerate()
        .find_map(|(i, c)| looks_like_ascii(c).map(|l| (i, c, l)))?;
    Some(format!(
        "its {} character is {}, which looks like the Latin \"{latin}\"",
        ordinal(i + 1),
        char_name(c)
    ))
}

/// `1st`, `2nd`, `3rd`, `4th`, `11th`, `22nd`...
fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Serde's messages about a document of the wrong shape, in dgtk's words: `unknown field
/// \`wieght\`, expected one of \`number\`, ...` becomes `unknown key "wieght" (did you mean
/// "weight"?)`; `invalid type: string "2", expected f64` becomes `expected a number, found the
/// string "2"`. `None` for any other message.
fn shape_message(message: &str) -> Option<String> {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (name, tail) = rest.split_once('`')?;
        let expected: Vec<&str> = tail.split('`').skip(1).step_by(2).collect();
        let hint = match suggestion(name, expected.iter().copied()) {
            h if !h.is_empty() => h,
            _ if !expected.is_empty() => format!(" (expected one of: {})", expected.join(", ")),
            _ => String::new(),
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
        if let Some(v) = found.strip_prefix("integer ")
            && let Some(n) = v
                .strip_suffix(" as i128")
                .or_else(|| v.strip_suffix(" as u128"))
        {
            return Some(format!(
                "the number {} is too large: a whole number here is at most {}",
                shorten(n),
                i64::MAX
            ));
        }
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
        let unquote = match found.strip_prefix("the string \"") {
            Some(v)
                if matches!(expected, "a number" | "an integer")
                    && v.trim_end_matches('"').parse::<f64>().is_ok() =>
            {
                " (write it without quotes)"
            }
            _ => "",
        };
        return Some(format!("expected {expected}, found {found}{unquote}"));
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

/// `" (did you mean \"x\"?)"` or nothing. When `word` holds a letter of another alphabet that
/// looks like a Latin one, the hint says so: otherwise the suggestion would look identical.
pub fn suggestion<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> String {
    let candidate = did_you_mean(word, candidates);
    match (confusable_note(word), candidate) {
        (Some(note), Some(c)) => format!(": {note} (did you mean \"{c}\", in Latin letters?)"),
        (Some(note), None) => format!(": {note}"),
        (None, Some(c)) => format!(" (did you mean \"{c}\"?)"),
        (None, None) => String::new(),
    }
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
