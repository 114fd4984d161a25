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
    /// How many problems this line stands for when it is the "... and N more problems" line
    /// that ends a file's list (N); 0 for a problem of its own.
    pub more: usize,
}

impl Diagnostic {
    /// A problem with the file as a whole (missing, unreadable, not UTF-8, too large...).
    pub fn file(file: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            position: None,
            message: message.into(),
            more: 0,
        }
    }

    /// The line that ends a file's list of problems cut at a maximum: `n` more, not shown.
    pub fn more_problems(file: impl Into<String>, message: impl Into<String>, n: usize) -> Self {
        Self {
            more: n,
            ..Self::file(file, message)
        }
    }

    /// How many problems `problems` hold, the ones not shown included.
    pub fn count(problems: &[Diagnostic]) -> usize {
        problems
            .iter()
            .map(|d| if d.more > 0 { d.more } else { 1 })
            .sum()
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
            more: 0,
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
            Some(m) if message.trim() == "invalid type: map, expected a sequence" => {
                m + &self.list_hint(err.span().unwrap_or_default())
            }
            Some(m) => m,
            None => crate::t!(
                "check-invalid-toml",
                detail = self.clearer_toml_message(&message, err.span())
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
                " {}",
                crate::t!("check-hint-double-brackets", name = shorten(name.trim()))
            ),
            _ => String::new(),
        }
    }

    /// Some of the parser's messages need the text they point at to be understood: a duplicate
    /// key names the key; `key =` with nothing after it is not about quoting strings.
    fn clearer_toml_message(&self, message: &str, span: Option<Range<usize>>) -> String {
        if message.contains("recursion") {
            return crate::t!("check-toml-too-deep");
        }
        let Some(span) = span else {
            return parser_message(message);
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
            return crate::t!("check-toml-duplicate-key", key = key);
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
            return crate::t!("check-toml-missing-value");
        }
        if message.starts_with("invalid basic string") && rest.is_empty() {
            return crate::t!("check-toml-unterminated-string");
        }
        if message.starts_with("key with no value") && rest.contains('=') {
            return crate::t!("check-toml-key-with-space");
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
            return crate::t!(
                "check-toml-leading-zero",
                plain = plain,
                value = shorten(value)
            );
        }
        let bare_word = message.starts_with("string values must be quoted")
            || (message.starts_with("invalid boolean")
                && value.chars().all(|c| c.is_alphanumeric() || c == ' '));
        const CURLY: [char; 8] = ['“', '”', '„', '‘', '’', '‚', '«', '»'];
        if bare_word && value.starts_with(CURLY) {
            let inner = value.trim_matches(|c| CURLY.contains(&c));
            return crate::t!(
                "check-toml-curly-quotes",
                value = shorten(value),
                inner = shorten(inner)
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
                return crate::t!("check-toml-boolean", value = shorten(value), boolean = b);
            }
            let words: Vec<&str> = value.split_whitespace().collect();
            if words.len() > 1 && words.iter().all(|w| w.parse::<f64>().is_ok()) {
                return crate::t!(
                    "check-toml-two-numbers",
                    value = shorten(value),
                    list = words.join(", ")
                );
            }
            return crate::t!("check-toml-bare-text", value = shorten(value));
        }
        if message.starts_with("invalid fraction") && value.ends_with('.') {
            return crate::t!(
                "check-toml-trailing-dot",
                int = shorten(value.trim_end_matches('.')),
                value = shorten(value)
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
            return crate::t!(
                "check-toml-decimal-comma",
                value = shorten(value),
                int = int,
                frac = frac
            );
        }
        if message.contains("unicode hexadecimal value")
            && let Some(m) = self.escape_message(span.start)
        {
            return m;
        }
        parser_message(message)
    }

    /// A message about the character at `offset`, when that character is what the parser
    /// stumbled on: a byte order mark left in the middle of a file, a control character, a
    /// letter from another alphabet in a bare key.
    fn character_message(&self, message: &str, offset: usize) -> Option<String> {
        let c = self.text.get(offset..)?.chars().next()?;
        if c == '\u{feff}' {
            return Some(crate::t!("check-char-bom"));
        }
        if c.is_whitespace() && !c.is_ascii() {
            return Some(crate::t!("check-char-space", character = char_name(c)));
        }
        if crate::sanitize::is_invisible(c) {
            return Some(crate::t!("check-char-invisible", character = char_name(c)));
        }
        if c.is_control() && !matches!(c, '\n' | '\t' | '\r') {
            return Some(crate::t!(
                "check-char-control",
                character = char_name(c),
                code = format!("{:04X}", c as u32)
            ));
        }
        if message.contains("unquoted key") && !c.is_ascii() {
            return Some(match looks_like_ascii(c) {
                Some(latin) => crate::t!(
                    "check-char-confusable-key",
                    character = char_name(c),
                    latin = latin
                ),
                None => crate::t!("check-char-in-key", character = char_name(c)),
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
            return Some(crate::t!("check-escape-short", escape = written));
        }
        let n = u32::from_str_radix(&hex, 16).ok()?;
        Some(if (0xD800..=0xDFFF).contains(&n) {
            crate::t!("check-escape-surrogate", escape = written)
        } else if n > 0x10FFFF {
            crate::t!("check-escape-beyond", escape = written)
        } else {
            crate::t!("check-escape-invalid", escape = written)
        })
    }
}

/// The `toml` parser's message in the run's language ([`parser_message_in`]).
fn parser_message(message: &str) -> String {
    parser_message_in(crate::i18n::language(), message)
}

/// The `toml` parser's message in `lang`: `DESCRIPTION[, expected A, B]` as the `toml` crate
/// writes it, the description and each thing expected a message of its own (in English, the
/// parser's very words). A message with a part dgtk does not know is shown as the parser writes
/// it, marked as the parser's (`check-toml-parser-says`).
fn parser_message_in(lang: &str, message: &str) -> String {
    let t = |id: &str, args: &[(&str, &str)]| {
        let args = crate::i18n::args(
            args.iter()
                .map(|(k, v)| (*k, v.to_string().into()))
                .collect(),
        );
        crate::i18n::message_in(lang, id, Some(&args))
    };
    let known = |table: &[(&str, &str)], text: &str| {
        table
            .iter()
            .find(|(t, _)| *t == text)
            .map(|(_, id)| crate::i18n::message_in(lang, id, None))
    };
    let says = || t("check-toml-parser-says", &[("message", message)]);
    let (description, expected) = match message.split_once(", expected ") {
        Some((d, e)) => (d, Some(e)),
        None => (message, None),
    };
    let Some(description) = known(PARSER_DESCRIPTIONS, description) else {
        return says();
    };
    let Some(expected) = expected else {
        return description;
    };
    if expected == "nothing" {
        return t(
            "check-toml-parser-expected-nothing",
            &[("description", &description)],
        );
    }
    // A known whole (the date-time parser's "`Z`, +OFFSET, -OFFSET"), else the parts.
    let items: Option<Vec<String>> = match known(PARSER_EXPECTED, expected) {
        Some(whole) => Some(vec![whole]),
        None => expected
            .split(", ")
            .map(|e| {
                // A literal (`]`, `=`, or '`' for the backtick itself) is what is typed.
                known(PARSER_EXPECTED, e)
                    .or_else(|| (e.starts_with('`') || e == "'`'").then(|| e.to_string()))
            })
            .collect(),
    };
    match items {
        Some(mut items) => {
            let last = items.pop().unwrap_or_default();
            let and = crate::i18n::message_in(lang, "check-toml-parser-and", None);
            let mut expected = items.join(&and);
            if !expected.is_empty() {
                expected += &crate::i18n::message_in(lang, "check-toml-parser-or", None);
            }
            expected += &last;
            t(
                "check-toml-parser-expected",
                &[("description", &description), ("expected", &expected)],
            )
        }
        None => says(),
    }
}

/// The `toml` parser's descriptions of a syntax error, each with its message (`check-toml-parser-ID`).
const PARSER_DESCRIPTIONS: &[(&str, &str)] = &[
    (
        "carriage return must be followed by newline",
        "check-toml-parser-cr-newline",
    ),
    ("missing opening quote", "check-toml-parser-opening-quote"),
    (
        "missing comma between array elements",
        "check-toml-parser-array-comma",
    ),
    (
        "integers with a radix cannot be signed",
        "check-toml-parser-radix-sign",
    ),
    (
        "radix must be lowercase",
        "check-toml-parser-radix-lowercase",
    ),
    (
        "missing assignment between key-value pairs",
        "check-toml-parser-missing-assignment",
    ),
    ("unexpected leading zero", "check-toml-parser-leading-zero"),
    (
        "unclosed array table",
        "check-toml-parser-unclosed-array-table",
    ),
    (
        "missing key for inline table element",
        "check-toml-parser-inline-missing-key",
    ),
    (
        "missing inline table opening",
        "check-toml-parser-inline-opening",
    ),
    ("missing escaped value", "check-toml-parser-escape-missing"),
    ("missing array opening", "check-toml-parser-array-opening"),
    (
        "invalid unquoted key",
        "check-toml-parser-invalid-unquoted-key",
    ),
    (
        "unquoted keys cannot be empty",
        "check-toml-parser-empty-unquoted-key",
    ),
    ("unexpected sign", "check-toml-parser-unexpected-sign"),
    (
        "unexpected key or value",
        "check-toml-parser-unexpected-key-or-value",
    ),
    ("unexpected content", "check-toml-parser-unexpected-content"),
    (
        "unexpected content between comment and newline",
        "check-toml-parser-after-comment",
    ),
    (
        "unexpected `=` in array",
        "check-toml-parser-equals-in-array",
    ),
    ("unclosed table", "check-toml-parser-unclosed-table"),
    (
        "unclosed inline table",
        "check-toml-parser-unclosed-inline-table",
    ),
    ("unclosed array", "check-toml-parser-unclosed-array"),
    (
        "too few unicode value digits",
        "check-toml-parser-unicode-digits",
    ),
    (
        "string values must be quoted",
        "check-toml-parser-quote-strings",
    ),
    ("redundant numeric sign", "check-toml-parser-redundant-sign"),
    (
        "redundant integer number prefix",
        "check-toml-parser-redundant-prefix",
    ),
    ("missing value", "check-toml-parser-missing-value"),
    (
        "missing value for key",
        "check-toml-parser-missing-value-for-key",
    ),
    ("missing table open", "check-toml-parser-table-opening"),
    ("missing comment start", "check-toml-parser-comment-start"),
    (
        "missing comma between key-value pairs",
        "check-toml-parser-inline-comma",
    ),
    (
        "keys cannot be multi-line literal strings",
        "check-toml-parser-ml-literal-key",
    ),
    (
        "keys cannot be multi-line basic strings",
        "check-toml-parser-ml-basic-key",
    ),
    ("key with no value", "check-toml-parser-key-no-value"),
    ("invalid value", "check-toml-parser-invalid-value"),
    (
        "invalid key-value pair",
        "check-toml-parser-invalid-key-value",
    ),
    (
        "invalid inline table element",
        "check-toml-parser-invalid-inline-element",
    ),
    (
        "invalid comment character",
        "check-toml-parser-comment-character",
    ),
    (
        "extra comma in inline table",
        "check-toml-parser-inline-extra-comma",
    ),
    (
        "extra comma in array",
        "check-toml-parser-array-extra-comma",
    ),
    (
        "extra assignment between key-value pairs",
        "check-toml-parser-extra-assignment",
    ),
    ("extra `=`", "check-toml-parser-extra-equals"),
    (
        "`_` may only go between digits",
        "check-toml-parser-underscore",
    ),
    (
        "invalid basic string",
        "check-toml-parser-invalid-basic-string",
    ),
    ("invalid binary number", "check-toml-parser-invalid-binary"),
    ("invalid boolean", "check-toml-parser-invalid-boolean"),
    ("invalid date-time", "check-toml-parser-invalid-date-time"),
    ("invalid exponent", "check-toml-parser-invalid-exponent"),
    ("invalid float", "check-toml-parser-invalid-float"),
    ("invalid fraction", "check-toml-parser-invalid-fraction"),
    (
        "invalid hexadecimal number",
        "check-toml-parser-invalid-hexadecimal",
    ),
    (
        "invalid integer number",
        "check-toml-parser-invalid-integer",
    ),
    ("invalid key", "check-toml-parser-invalid-key"),
    (
        "invalid literal string",
        "check-toml-parser-invalid-literal-string",
    ),
    ("invalid mantissa", "check-toml-parser-invalid-mantissa"),
    (
        "invalid multi-line basic string",
        "check-toml-parser-invalid-ml-basic-string",
    ),
    (
        "invalid multi-line literal string",
        "check-toml-parser-invalid-ml-literal-string",
    ),
    ("invalid octal number", "check-toml-parser-invalid-octal"),
    ("invalid string", "check-toml-parser-invalid-string"),
    ("invalid table", "check-toml-parser-invalid-table"),
    ("duplicate key", "check-toml-parser-duplicate-key"),
    ("invalid date", "check-toml-parser-invalid-date"),
    ("invalid time", "check-toml-parser-invalid-time"),
    ("invalid offset", "check-toml-parser-invalid-offset"),
    ("invalid datetime", "check-toml-parser-invalid-datetime"),
];

/// What the `toml` parser says it expected (after `, expected `), each with its message
/// (`check-toml-expected-ID`); a literal in backticks stays as typed.
const PARSER_EXPECTED: &[(&str, &str)] = &[
    ("key", "check-toml-expected-key"),
    ("value", "check-toml-expected-value"),
    ("digits", "check-toml-expected-digits"),
    ("numbers", "check-toml-expected-numbers"),
    ("letters", "check-toml-expected-letters"),
    ("characters", "check-toml-expected-characters"),
    ("printable characters", "check-toml-expected-printable"),
    ("basic string", "check-toml-expected-basic-string"),
    ("literal string", "check-toml-expected-literal-string"),
    (
        "multi-line basic string",
        "check-toml-expected-ml-basic-string",
    ),
    ("unquoted string", "check-toml-expected-unquoted-string"),
    (
        "non-double-quote visible characters",
        "check-toml-expected-not-double-quote",
    ),
    (
        "non-single-quote characters",
        "check-toml-expected-not-single-quote",
    ),
    (
        "non-single-quote visible characters",
        "check-toml-expected-not-single-quote-visible",
    ),
    ("unicode hexadecimal value", "check-toml-expected-unicode"),
    ("newline", "check-toml-expected-newline"),
    // The date-time parser's (toml_datetime).
    (
        "`-` (YYYY-MM) or `:` (HH:MM)",
        "check-toml-expected-dt-dash-or-colon",
    ),
    ("`-` (MM-DD)", "check-toml-expected-dt-dash-day"),
    ("`T` between date and time", "check-toml-expected-dt-t"),
    ("`Z`, +OFFSET, -OFFSET", "check-toml-expected-dt-offset"),
    (
        "a four-digit year (YYYY)",
        "check-toml-expected-dt-year-digits",
    ),
    ("a two-digit day (DD)", "check-toml-expected-dt-day-digits"),
    (
        "a two-digit hour (HH)",
        "check-toml-expected-dt-hour-digits",
    ),
    (
        "a two-digit minute (MM)",
        "check-toml-expected-dt-minute-digits",
    ),
    (
        "a two-digit month (MM)",
        "check-toml-expected-dt-month-digits",
    ),
    (
        "a two-digit second (SS)",
        "check-toml-expected-dt-second-digits",
    ),
    ("day", "check-toml-expected-dt-day"),
    ("hour", "check-toml-expected-dt-hour"),
    ("minute", "check-toml-expected-dt-minute"),
    ("month", "check-toml-expected-dt-month"),
    ("second", "check-toml-expected-dt-second"),
    ("nanosecond", "check-toml-expected-dt-nanosecond"),
    ("year or hour", "check-toml-expected-dt-year-or-hour"),
    (
        "hour between 00 and 23",
        "check-toml-expected-dt-hour-range",
    ),
    (
        "hours between 00 and 23",
        "check-toml-expected-dt-hours-range",
    ),
    (
        "minute between 00 and 59",
        "check-toml-expected-dt-minute-range",
    ),
    (
        "minutes between 00 and 59",
        "check-toml-expected-dt-minutes-range",
    ),
    (
        "month between 01 and 12",
        "check-toml-expected-dt-month-range",
    ),
    (
        "second between 00 and 60",
        "check-toml-expected-dt-second-range",
    ),
    (
        "day between 01 and 28",
        "check-toml-expected-dt-day-range-28",
    ),
    (
        "day between 01 and 29",
        "check-toml-expected-dt-day-range-29",
    ),
    (
        "day between 01 and 30",
        "check-toml-expected-dt-day-range-30",
    ),
    (
        "day between 01 and 31",
        "check-toml-expected-dt-day-range-31",
    ),
];

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
    too_small_in(crate::i18n::REFERENCE, written)
}

/// As [`too_small`], in the run's language (answer files).
pub fn too_small_here(written: &str) -> String {
    too_small_in(crate::i18n::language(), written)
}

fn too_small_in(lang: &str, written: &str) -> String {
    crate::i18n::message_in(
        lang,
        "check-number-too-small",
        Some(&crate::i18n::args(vec![("value", shorten(written).into())])),
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
/// the first character of `word` that looks like an ASCII one but is not (in English).
pub fn confusable_note(word: &str) -> Option<String> {
    confusable_note_in(crate::i18n::REFERENCE, word)
}

/// As [`confusable_note`], in the run's language (a message for a person).
pub fn confusable_note_here(word: &str) -> Option<String> {
    confusable_note_in(crate::i18n::language(), word)
}

fn confusable_note_in(lang: &str, word: &str) -> Option<String> {
    let (i, c, latin) = word
        .chars()
        .take(MAX_TYPO_LEN)
        .enumerate()
        .find_map(|(i, c)| looks_like_ascii(c).map(|l| (i, c, l)))?;
    Some(crate::i18n::message_in(
        lang,
        "check-confusable-note",
        Some(&crate::i18n::args(vec![
            ("n", (i + 1).into()),
            ("ordinal", ordinal(i + 1).into()),
            ("character", char_name(c).into()),
            ("latin", latin.into()),
        ])),
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
        let hint = match suggestion_here(name, expected.iter().copied()) {
            h if !h.is_empty() => h,
            _ if !expected.is_empty() => format!(
                " {}",
                crate::t!("check-hint-one-of", list = expected.join(", "))
            ),
            _ => String::new(),
        };
        return Some(crate::t!(
            "check-unknown-key",
            key = shorten(name),
            hint = hint
        ));
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let name = rest.split('`').next()?;
        return Some(crate::t!("check-missing-key", key = shorten(name)));
    }
    if let Some(rest) = message.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ")?;
        let expected = match expected.trim() {
            "f64" | "f32" => crate::t!("check-type-number"),
            "i64" | "i32" | "u64" | "u32" | "u8" | "usize" => crate::t!("check-type-integer"),
            "a sequence" => crate::t!("check-type-list"),
            "a boolean" => crate::t!("check-what-yes-no"),
            e if e.starts_with("struct ") || e == "a map" => crate::t!("check-type-table"),
            e => e.to_string(),
        };
        let is_number = expected == crate::t!("check-type-number")
            || expected == crate::t!("check-type-integer");
        let found = found.replace('`', "");
        if let Some(v) = found.strip_prefix("integer ")
            && let Some(n) = v
                .strip_suffix(" as i128")
                .or_else(|| v.strip_suffix(" as u128"))
        {
            return Some(crate::t!(
                "check-number-too-large",
                value = shorten(n),
                max = i64::MAX.to_string()
            ));
        }
        let mut quoted_number = false;
        let found = if let Some(v) = found.strip_prefix("integer ") {
            crate::t!("check-found-number", value = v)
        } else if let Some(v) = found.strip_prefix("floating point ") {
            crate::t!("check-found-number", value = v)
        } else if let Some(v) = found.strip_prefix("boolean ") {
            v.to_string()
        } else if let Some(v) = found.strip_prefix("string ") {
            let inner = v.strip_prefix('"').unwrap_or(v);
            let inner = inner.strip_suffix('"').unwrap_or(inner);
            quoted_number = inner.parse::<f64>().is_ok();
            crate::t!("check-found-string", value = inner)
        } else if found == "sequence" {
            crate::t!("check-type-list")
        } else if found == "map" {
            crate::t!("check-type-table")
        } else {
            found
        };
        let unquote = if is_number && quoted_number {
            format!(" {}", crate::t!("check-hint-unquote"))
        } else {
            String::new()
        };
        return Some(crate::t!("check-expected", what = expected, found = found) + &unquote);
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

/// `" (did you mean \"x\"?)"` or nothing, in English (the messages of frameworks, columns and
/// command lines, not yet translated). When `word` holds a letter of another alphabet that looks
/// like a Latin one, the hint says so: otherwise the suggestion would look identical.
pub fn suggestion<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> String {
    suggestion_in(crate::i18n::REFERENCE, word, candidates)
}

/// As [`suggestion`], in the run's language (the messages about answer files).
pub fn suggestion_here<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> String {
    suggestion_in(crate::i18n::language(), word, candidates)
}

fn suggestion_in<'c>(
    lang: &str,
    word: &str,
    candidates: impl IntoIterator<Item = &'c str>,
) -> String {
    let candidate = did_you_mean(word, candidates);
    let m = |id: &str, c: &str| {
        crate::i18n::message_in(
            lang,
            id,
            Some(&crate::i18n::args(vec![("candidate", c.into())])),
        )
    };
    let colon = crate::i18n::message_in(lang, "check-colon", None);
    match (confusable_note_in(lang, word), candidate) {
        (Some(note), Some(c)) => {
            format!("{colon} {note} {}", m("check-hint-did-you-mean-latin", c))
        }
        (Some(note), None) => format!("{colon} {note}"),
        (None, Some(c)) => format!(" {}", m("check-hint-did-you-mean", c)),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_list_counts_the_problems_it_does_not_show() {
        let mut list: Vec<Diagnostic> = (0..50)
            .map(|i| Diagnostic::file("a.toml", format!("problem {i}")))
            .collect();
        assert_eq!(Diagnostic::count(&list), 50);
        list.push(Diagnostic::more_problems("a.toml", "... and 10 more", 10));
        assert_eq!(Diagnostic::count(&list), 60);
    }

    /// Bad TOML that makes the parser say most of what it can say.
    const BAD_TOML: &[&str] = &[
        "[a\n",
        "[[a]\n",
        "[a.]\n",
        "a b = 1\n",
        "a =\n",
        "a = \"x\n",
        "a = 'x\n",
        "a = 01\n",
        "a = 1.\n",
        "a = 1__0\n",
        "a = 0X1F\n",
        "a = +0x1\n",
        "a = tru\n",
        "a = [1 2]\n",
        "a = [1,,2]\n",
        "a = { b = 1,, c = 2 }\n",
        "a = { b = 1\n",
        "a = [1\n",
        "a = 1 = 2\n",
        "a = 1 # x\u{1}\n",
        "a = \"\\u12\"\n",
        "a = \"\\q\"\n",
        "= 1\n",
        "a = 1\na = 2\n",
        "a = 1e\n",
        "a = \"x\\\n",
        "a = 2026-13-45\n",
        "a = 2026-06-31T25:00:00Z\n",
        "a = 2026-06-30T10:61:00Z\n",
        "a = 2026-06-30T10:00:00+25:00\n",
        "a = 2026-6-30\n",
        "a = 2026-06-30X10:00:00\n",
    ];

    /// The parser's messages on [`BAD_TOML`].
    fn parser_messages() -> Vec<String> {
        BAD_TOML
            .iter()
            .map(|s| {
                let e = toml::from_str::<toml::Table>(s).expect_err(s);
                e.message()
                    .trim()
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn the_parser_s_messages_are_known_and_the_english_ones_are_its_words() {
        for (text, id) in PARSER_DESCRIPTIONS.iter().chain(PARSER_EXPECTED) {
            let en = crate::i18n::message_in("en", id, None);
            assert_eq!(&en, text, "i18n/en/messages.ftl: {id}");
            for (lang, _) in crate::i18n::RESOURCES {
                if *lang != crate::i18n::REFERENCE {
                    let m = crate::i18n::message_in(lang, id, None);
                    assert_ne!(&m, text, "i18n/{lang}/messages.ftl: {id} is English");
                }
            }
        }
        for m in parser_messages() {
            // English says exactly what the parser says; French has no English left (the
            // parser's message would be marked as the parser's).
            assert_eq!(parser_message_in("en", &m), m);
            let fr = parser_message_in("fr", &m);
            assert!(!fr.contains("analyseur TOML"), "{m:?} is not known: {fr}");
        }
        assert_eq!(
            parser_message_in("fr", "unclosed table, expected `]`"),
            "en-tête de table non fermé\u{a0}; on attend `]`"
        );
        assert_eq!(
            parser_message_in("fr", "extra comma in array, expected value, `]`"),
            "virgule en trop dans la liste\u{a0}; on attend une valeur ou `]`"
        );
        assert_eq!(
            parser_message_in(
                "fr",
                "unquoted keys cannot be empty, expected letters, numbers, `-`, `_`"
            ),
            "une clé sans guillemets ne peut pas être vide\u{a0}; on attend des lettres, des chiffres, `-` ou `_`"
        );
        assert_eq!(
            parser_message_in("fr", "extra `=`, expected nothing"),
            "`=` en trop"
        );
        assert_eq!(
            parser_message_in("fr", "something new"),
            "something new (message de l'analyseur TOML, non traduit)"
        );
        assert_eq!(parser_message_in("en", "something new"), "something new");
        assert_eq!(
            parser_message_in("fr", "invalid date, expected day between 01 and 30"),
            "date non valide\u{a0}; on attend un jour entre 01 et 30"
        );
    }

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
