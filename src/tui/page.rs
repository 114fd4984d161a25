//! Pages to read over the questionnaire: the screen with its body whole (`g`, Ctrl-G in a text
//! field) and the keys (`?`), scrolled with the arrows; any other key goes back to the prompt,
//! which is drawn again as it was.

use std::io;

use crossterm::event::KeyCode;

use super::keys::next_key;
use super::layout::{Area, Look, Row, row};
use super::{Terminal, size, text_width};
use crate::questionnaire::screen::Line;

impl Terminal {
    /// A full page of text to read (the whole screen with its body, or the keys), scrolled with
    /// the arrows; any other key goes back.
    fn page(&mut self, lines: &[Line]) -> io::Result<()> {
        let saved = std::mem::replace(&mut self.keys, crate::t!("assess-keys-page"));
        let saved_scroll = self.scroll;
        let saved_screen = std::mem::take(&mut self.screen);
        let mut top = 0usize;
        let result = loop {
            let width = text_width();
            let rows: Vec<Row> = lines
                .iter()
                .flat_map(|l| l.layout(width))
                .map(|t| row(t, Look::Plain))
                .collect();
            let (_, height) = size();
            let page = height.saturating_sub(4).max(1);
            top = top.min(rows.len().saturating_sub(page));
            let focus = (top, (top + page).min(rows.len()).saturating_sub(1));
            self.scroll = top;
            let area = Area {
                rows,
                focus,
                caret: None,
                detail: Vec::new(),
            };
            if let Err(e) = self.draw("", &area, "g") {
                break Err(e);
            }
            match next_key() {
                Err(e) => break Err(e),
                Ok(None) => {}
                Ok(Some(k)) => match k.code {
                    KeyCode::Up | KeyCode::Char('k') => top = top.saturating_sub(1),
                    KeyCode::Down | KeyCode::Char('j') => top += 1,
                    KeyCode::PageUp => top = top.saturating_sub(page),
                    KeyCode::PageDown | KeyCode::Char(' ') => top += page,
                    KeyCode::Home => top = 0,
                    KeyCode::End => top = usize::MAX / 2,
                    _ => break Ok(()),
                },
            }
        };
        self.keys = saved;
        self.scroll = saved_scroll;
        self.screen = saved_screen;
        result
    }

    /// The screen with its body whole.
    pub(super) fn show_body(&mut self) -> io::Result<()> {
        let mut lines = self.screen.head.clone();
        lines.extend(self.screen.body.iter().cloned());
        self.page(&lines)
    }

    pub(super) fn show_help(&mut self) -> io::Result<()> {
        let help = crate::t!("assess-help");
        let lines: Vec<Line> = help
            .lines()
            .map(|h| Line::wrap(h.trim(), "", "  "))
            .collect();
        self.page(&lines)
    }
}
