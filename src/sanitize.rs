//! Text from answer and framework files made safe for where it is shown: a terminal, an HTML or
//! Markdown document, a clickable link, a spreadsheet cell.
//!
//! A file from another agency is untrusted: it can hold escape sequences that retitle or clear a
//! terminal, bidi controls that reorder what a reader sees, and cells a spreadsheet would run.
//! Each need has one function here, used by every output of that kind, so that all outputs show
//! the same thing the same way. Nothing here prints or changes what is stored.

use std::borrow::Cow;

/// Unicode bidirectional controls: embeddings, overrides, isolates and marks. They reorder the
/// text around them when displayed (`exe.pdf` shown for `fdp.exe`), so no output passes them on.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// Characters that take no room and show nothing: zero-width spaces and joiners, the word
/// joiner, the BOM, soft hyphen and the bidi controls. A value made only of these (and white
/// space) looks empty to a reader.
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{00ad}' | '\u{180e}'
    ) || is_bidi_control(c)
}

/// Does `s` look empty: nothing but white space and invisible characters?
pub fn looks_blank(s: &str) -> bool {
    s.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// Must `c` be escaped before it reaches a terminal? Every control character (C0, DEL, C1)
/// except a line break and a tab, and the bidi controls.
fn unsafe_for_terminal(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c)
}

/// Text from a file as it may be written to a terminal: ESC, BEL, DEL, C1 controls, carriage
/// returns and bidi controls are shown as `\u{1b}` (the form the diagnostics use), so an escape
/// sequence is seen, not run. Line breaks and tabs are kept (evidence may have several lines).
pub fn for_terminal(s: &str) -> Cow<'_, str> {
    if !s.chars().any(unsafe_for_terminal) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if unsafe_for_terminal(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Text from a file for an HTML or Markdown document, before that format's own escaping: a bidi
/// control becomes a visible marker such as `⟦U+202E⟧` (so a reader sees that the text held
/// one, and the text around it is shown in its stored order), and other control characters
/// except line breaks and tabs become U+FFFD.
pub fn for_document(s: &str) -> Cow<'_, str> {
    let needs = |c: char| is_bidi_control(c) || (c.is_control() && !matches!(c, '\n' | '\t'));
    if !s.chars().any(needs) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_bidi_control(c) {
            out.push_str(&format!("⟦U+{:04X}⟧", c as u32));
        } else if needs(c) {
            out.push('\u{fffd}');
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// May `url` (already trimmed) be made a clickable link? Only an http(s) or mailto address with
/// no white space, control or bidi character and, for http(s), no `user:password@` part (which
/// makes an address show one host and open another). Anything else is shown as text.
pub fn is_clickable_url(url: &str) -> bool {
    let scheme = ["http://", "https://", "mailto:"].into_iter().find(|s| {
        url.len() > s.len()
            && url.is_char_boundary(s.len())
            && url[..s.len()].eq_ignore_ascii_case(s)
    });
    let Some(scheme) = scheme else {
        return false;
    };
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || is_bidi_control(c) || is_invisible(c))
    {
        return false;
    }
    if scheme.ends_with("//") {
        let rest = &url[scheme.len()..];
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if authority.contains('@') || authority.is_empty() {
            return false;
        }
    }
    true
}

/// Serialized JSON made safe for a terminal, losslessly: DEL, C1 controls and bidi controls
/// (which serde_json leaves raw; it escapes only C0) become `\u` escapes, which decode to the
/// same string. Such characters can only occur inside JSON strings, so the document's meaning
/// is unchanged.
pub fn json_text(json: &str) -> Cow<'_, str> {
    let needs =
        |c: char| (c.is_control() && !matches!(c, '\n' | '\t' | '\r')) || is_bidi_control(c);
    if !json.chars().any(needs) {
        return Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if needs(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Could a spreadsheet read this character at the start of a cell as the start of a formula
/// (`= + - @` and their full-width forms)?
fn formula_start(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '\u{ff1d}' | '\u{ff0b}' | '\u{ff0d}' | '\u{ff20}'
    )
}

/// What a spreadsheet may skip before it looks for a formula: white space (also NBSP and the
/// other Unicode spaces, tabs and line breaks), invisible characters and quotes.
fn skipped_before_formula(c: char) -> bool {
    c.is_whitespace() || c.is_control() || is_invisible(c) || matches!(c, '"' | '\'')
}

/// A plain decimal number as dgtk writes one (`-1.5`, `42`): it stays a number in a spreadsheet.
fn is_plain_number(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    !int.is_empty()
        && !frac.is_empty()
        && int.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// A CSV cell a spreadsheet will not run as a formula: a text whose first character that counts
/// (after white space, invisible characters and quotes) starts a formula, or that starts with a
/// tab or line break, gets a leading `'`. Numbers written as numbers (`-1.5`) are left as they
/// are, so they stay numbers. Control and bidi characters are escaped as for a terminal (a CSV
/// is often looked at in one, and they mean nothing in a spreadsheet).
pub fn csv_cell(s: &str) -> Cow<'_, str> {
    let text = for_terminal(s);
    if is_plain_number(&text) {
        return text;
    }
    let risky = text.starts_with(['\t', '\n'])
        || text
            .chars()
            .find(|&c| !skipped_before_formula(c))
            .is_some_and(formula_start);
    if risky {
        Cow::Owned(format!("'{text}"))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_text_shows_controls_and_bidi_escaped() {
        assert_eq!(
            for_terminal("X\u{1b}]0;pwned\u{7}\u{1b}[2J"),
            "X\\u{1b}]0;pwned\\u{7}\\u{1b}[2J"
        );
        assert_eq!(
            for_terminal("a\u{7f}b\u{9b}c\u{202e}d\re"),
            "a\\u{7f}b\\u{9b}c\\u{202e}d\\u{d}e"
        );
        assert_eq!(for_terminal("two\nlines\tand tab"), "two\nlines\tand tab");
        assert!(matches!(for_terminal("plain é"), Cow::Borrowed(_)));
    }

    #[test]
    fn documents_get_visible_bidi_markers() {
        assert_eq!(for_document("ok/\u{202e}fdp.exe"), "ok/⟦U+202E⟧fdp.exe");
        assert_eq!(for_document("a\u{1b}b\nc"), "a\u{fffd}b\nc");
    }

    #[test]
    fn only_plain_web_and_mail_addresses_are_clickable() {
        for ok in [
            "https://example.org/a?b=1",
            "HTTP://EXAMPLE.ORG",
            "mailto:a@example.org",
            "https://example.org/x@y",
        ] {
            assert!(is_clickable_url(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "http://ok.example/\u{202e}fdp.exe",
            "https://user:pass@evil.example",
            "https://evil.example@ok.example/",
            "https://x.org/ spaced",
            "https://x.org/\u{7}",
            "https://x.org/\u{200b}",
            "https://",
            "https:///path",
        ] {
            assert!(!is_clickable_url(bad), "{bad:?}");
        }
    }

    #[test]
    fn csv_cells_that_could_run_are_prefixed() {
        for risky in [
            "=1+1",
            "+1",
            "-x",
            "@SUM(A1)",
            "\t=1",
            "\n=1",
            " =1+1",
            "\u{a0}=1",
            "\u{200b}=1",
            "\"=1",
            "'=1",
            "\u{ff1d}1+1",
            "\u{ff0b}1",
            "\u{ff0d}1",
            "\u{ff20}A1",
            "\u{3000}=1",
        ] {
            assert!(csv_cell(risky).starts_with('\''), "{risky:?}");
        }
        for plain in [
            "-1.5",
            "42",
            "0.0",
            "-3",
            "XMP",
            "a=b",
            "",
            "Ministry - Office",
        ] {
            assert_eq!(csv_cell(plain), plain, "{plain:?}");
        }
        // Control characters are shown escaped, which also disarms a carriage return.
        assert_eq!(csv_cell("\r=1"), "\\u{d}=1");
        assert_eq!(csv_cell("X\u{1b}[2J"), "X\\u{1b}[2J");
        assert_eq!(csv_cell("=1\u{202e}"), "'=1\\u{202e}");
    }

    #[test]
    fn json_keeps_its_meaning_without_raw_controls() {
        let v = serde_json::json!({"c": "X\u{1b}[2J\u{7f}\u{9b}\u{202e}"});
        let text = serde_json::to_string(&v).unwrap();
        let safe = json_text(&text);
        assert_eq!(safe, r#"{"c":"X\u001b[2J\u007f\u009b\u202e"}"#);
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, v);
    }

    #[test]
    fn blank_looking_values() {
        assert!(looks_blank("\u{200b}"));
        assert!(looks_blank(" \u{feff}\u{2060} "));
        assert!(!looks_blank("XMP"));
    }
}
