//! Menus and checklists: one key loop for both, over the items laid out as rows (a menu entry
//! on one row, cut to fit; a checklist item wrapped whole, with its tick), the cursor's item kept
//! in view, and the descriptor of the entry under the cursor offered to the layout.

use std::io;

use crossterm::event::KeyCode;
use unicode_width::UnicodeWidthStr;

use super::keys::next_key;
use super::layout::{Area, Look, Row, row};
use super::{Terminal, size, text_width};
use crate::questionnaire::Reply;
use crate::questionnaire::screen::{Line, cut};

/// The keys of a menu, at the foot of the screen.
fn menu_keys() -> String {
    crate::t!("assess-keys-menu")
}

impl Terminal {
    /// A menu or a checklist: the shared key loop. `ticks` is `Some` for a checklist.
    pub(super) fn list(
        &mut self,
        prompt: &str,
        items: &[String],
        details: &[String],
        start: usize,
        mut ticks: Option<Vec<bool>>,
    ) -> io::Result<Reply<(usize, Vec<bool>)>> {
        if items.is_empty() {
            return Ok(Reply::Back);
        }
        self.scroll = 0;
        self.keys = if ticks.is_some() {
            crate::t!("assess-keys-ticks")
        } else {
            menu_keys()
        };
        let mut at = start.min(items.len() - 1);
        loop {
            let width = text_width();
            let mut rows = Vec::new();
            let mut focus = (0, 0);
            for (n, item) in items.iter().enumerate() {
                let here = n == at;
                let marker = if here { "❯ " } else { "  " };
                let look = if here { Look::Cursor } else { Look::Plain };
                let first_row = rows.len();
                match &ticks {
                    // A checklist item is wrapped, so none is ever cut.
                    Some(t) => {
                        let tick = if t[n] { "[x] " } else { "[ ] " };
                        let first = format!("{marker}{tick}");
                        let rest = " ".repeat(first.width());
                        for (k, l) in Line::wrap(item.as_str(), first, rest)
                            .layout(width)
                            .into_iter()
                            .enumerate()
                        {
                            rows.push(Row {
                                cont: k > 0,
                                ..row(l, look)
                            });
                        }
                    }
                    // A menu entry is one row (the review's rows are laid out to fit).
                    // Its text (a scale label) comes from a file: shown escaped.
                    None => rows.push(row(
                        cut(
                            &format!("{marker}{}", crate::sanitize::for_terminal(item)),
                            width,
                        ),
                        look,
                    )),
                }
                if here {
                    focus = (first_row, rows.len() - 1);
                }
            }
            let detail = details
                .get(at)
                .filter(|d| !d.trim().is_empty())
                .map(|d| {
                    Line::wrap(d.as_str(), "  ", "  ")
                        .layout(width)
                        .into_iter()
                        .map(|l| row(l, Look::Dim))
                        .collect()
                })
                .unwrap_or_default();
            let area = Area {
                rows,
                focus,
                caret: None,
                detail,
            };
            self.draw(prompt, &area, "g")?;
            let Some(k) = next_key()? else { continue };
            let page = size().1.saturating_sub(8).max(1);
            match k.code {
                KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => {
                    at = at.checked_sub(1).unwrap_or(items.len() - 1);
                }
                KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => at = (at + 1) % items.len(),
                KeyCode::PageUp | KeyCode::Left => at = at.saturating_sub(page),
                KeyCode::PageDown | KeyCode::Right => at = (at + page).min(items.len() - 1),
                KeyCode::Home => at = 0,
                KeyCode::End => at = items.len() - 1,
                KeyCode::Char(' ') if ticks.is_some() => {
                    if let Some(t) = ticks.as_mut() {
                        t[at] = !t[at];
                    }
                }
                KeyCode::Enter | KeyCode::Char(' ') => {
                    return Ok(Reply::Given((at, ticks.unwrap_or_default())));
                }
                KeyCode::Esc => return Ok(Reply::Back),
                KeyCode::Char('q') | KeyCode::Char('Q') if self.ask_quit()? => {
                    return Ok(Reply::Quit);
                }
                KeyCode::Char('g') => self.show_body()?,
                KeyCode::Char('?') => self.show_help()?,
                _ => {}
            }
        }
    }
}
