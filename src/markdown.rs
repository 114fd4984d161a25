//! Markdown, written safely: the one escaper every Markdown output uses (the report, `score
//! --format markdown`, `diff --format markdown`), links, multi-line blocks and the one table
//! writer. Every text from an answer or framework file goes through [`escape`] (a table cell) or
//! [`inline`] (a paragraph), which backslash-escape what Markdown would read as markup or raw
//! HTML, so a text shows as written and cannot inject HTML into a page made from the document.

use std::fmt::Write as _;

use crate::render::Align;

/// Text for a Markdown table cell: characters that start markup (and `<`, which starts raw HTML)
/// are backslash-escaped; line breaks become spaces; control characters go.
pub fn escape(s: &str) -> String {
    // Bidi controls become a visible marker (see `sanitize::for_document`).
    let s = crate::sanitize::for_document(s);
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' | '~' | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Text for a Markdown paragraph or list item: [`escape`]d, and a leading list, quote or heading
/// marker escaped too, so a line cannot start one by accident.
pub fn inline(s: &str) -> String {
    let out = escape(s);
    let t = out.trim_start();
    if t.starts_with(['-', '+', '=', '>', '#'])
        || t.split_once(". ")
            .is_some_and(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    {
        let lead = out.len() - t.len();
        let (ws, rest) = out.split_at(lead);
        if let Some(i) = rest.find(['-', '+', '=', '>', '#', '.']) {
            return format!("{ws}{}\\{}", &rest[..i], &rest[i..]);
        }
    }
    out
}

/// A multi-line text from an answer file as lines of a list item, indented by `indent`; its line
/// breaks are kept as hard breaks.
pub fn block(s: &str, indent: &str) -> String {
    let lines: Vec<String> = s
        .replace("\r\n", "\n")
        .split('\n')
        .map(|l| inline(l.trim()))
        .filter(|l| !l.is_empty())
        .collect();
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        out.push_str(indent);
        out.push_str(l);
        if i + 1 < lines.len() {
            out.push('\\');
        }
        out.push('\n');
    }
    out
}

/// A link: an autolink when it is a plain http(s) or mailto address that is safe to click
/// (`sanitize::is_clickable_url`: no bidi, control or invisible character, no credentials), else
/// a code span, which GFM never turns into a link (escaped text would still be autolinked when
/// it starts with `http://` or holds an `@`).
pub fn link(url: &str) -> String {
    let u = url.trim();
    if crate::sanitize::is_clickable_url(u) && !u.contains(|c: char| "<>\"`".contains(c)) {
        format!("<{u}>")
    } else {
        code_span(u)
    }
}

/// `text` as a code span: shown as written, never as markup, HTML or a link. The fence is one
/// backtick longer than the longest run of backticks inside.
pub fn code_span(text: &str) -> String {
    let text = crate::sanitize::for_document(text).replace(['\n', '\r'], " ");
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') || text.is_empty() {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// A GitHub-flavoured Markdown table. Headers are escaped here; `rows` hold cells already made
/// safe by the caller ([`escape`] for texts from files, or Markdown the caller built itself).
pub fn table(o: &mut String, headers: &[(&str, Align)], rows: &[Vec<String>]) {
    let head: Vec<String> = headers.iter().map(|(h, _)| escape(h)).collect();
    let _ = writeln!(o, "| {} |", head.join(" | "));
    let rule: Vec<&str> = headers
        .iter()
        .map(|(_, a)| if *a == Align::Right { "---:" } else { "---" })
        .collect();
    let _ = writeln!(o, "| {} |", rule.join(" | "));
    for r in rows {
        let _ = writeln!(o, "| {} |", r.join(" | "));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_and_markup_are_escaped() {
        assert_eq!(
            escape("<img src=x onerror=alert(1)> *bold* | `x`"),
            "\\<img src=x onerror=alert(1)> \\*bold\\* \\| \\`x\\`"
        );
        assert_eq!(inline("- not a list"), "\\- not a list");
        assert_eq!(inline("> not a quote"), "\\> not a quote");
        assert_eq!(escape("a -> b"), "a -> b");
        assert_eq!(escape("-1.5"), "-1.5");
    }
}
