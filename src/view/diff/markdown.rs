//! `dgtk diff --format markdown`: the [`document`](super::document) as Markdown, for a report or
//! a pull request. Nothing is cut or wrapped; text from the files is escaped.

use crate::present;
use crate::render::{self, Grid};

use super::DiffView;
use super::document::{self, HeaderLine, Layout};

/// The diff as Markdown.
pub(crate) fn render(v: &DiffView<'_>) -> String {
    document::render(v, &Markdown)
}

struct Markdown;

impl Layout for Markdown {
    fn title(&self, s: &mut String, old: &str, new: &str) {
        let title = present::from_to(old, new);
        s.push_str(&format!(
            "# {}\n\n",
            crate::t!("diff-title", title = render::md_cell(&title))
        ));
    }

    fn header(&self, s: &mut String, lines: &[HeaderLine<'_>]) {
        for line in lines {
            let Some(value) = line.value else { continue };
            let value = if line.escape {
                render::md_cell(value)
            } else {
                value.to_string()
            };
            if line.strong {
                s.push_str(&format!("- **{} {value}**\n", line.label));
            } else {
                s.push_str(&format!("- {} {value}\n", line.label));
            }
        }
    }

    fn heading(&self, s: &mut String, text: &str) {
        s.push_str(&format!("\n## {text}\n\n"));
    }

    fn item(&self, s: &mut String, label: &str, text: &str) {
        s.push_str(&format!("- {label}{}{text}\n", present::colon()));
    }

    fn principle_title(&self, title: &str) -> String {
        title.to_string()
    }

    fn table(&self, g: &Grid, _elide: Option<usize>) -> String {
        g.to_markdown()
    }

    fn nothing(&self, s: &mut String, text: &str) {
        s.push_str(&format!("{text}\n"));
    }

    fn notes(&self, s: &mut String, notes: &[String]) {
        for n in notes {
            // The review mark that opens its note is text, not a nested list's bullet ("- * ...").
            let n = match n.strip_prefix('*') {
                Some(rest) => format!("\\*{rest}"),
                None => n.clone(),
            };
            s.push_str(&format!("- {n}\n"));
        }
    }
}
