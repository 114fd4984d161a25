//! Writes a laid-out frame ([`super::layout`]) to the terminal: every row moved to, drawn with
//! its look (colour only when allowed) and cleared to its end, the rows below cleared, the caret
//! shown only in a text field; the whole frame queued in memory and written to stderr at once.

use std::io::{self, Write};

use crossterm::cursor::{Hide, MoveTo, Show};
use crossterm::queue;
use crossterm::style::{Attribute, Color, Print, SetAttribute, SetForegroundColor};
use crossterm::terminal::{Clear, ClearType};

use super::layout::{self, Area, Frame, Look, Parts};
use super::{Terminal, size, text_width};
use crate::questionnaire::screen::cut;

impl Terminal {
    /// Draws one frame: head, body (or as much as fits, then a fold mark), prompt, the answer
    /// area scrolled to its focus, and the keys at the foot.
    pub(super) fn draw(&mut self, prompt: &str, area: &Area, fold_key: &str) -> io::Result<()> {
        let (cols, height) = size();
        let parts = Parts {
            screen: &self.screen,
            prompt,
            keys: &self.keys,
            fold_key,
        };
        let Frame {
            rows: frame,
            area_top,
            caret,
        } = layout::frame(&parts, area, (text_width(), height), &mut self.scroll);
        self.out.clear();
        queue!(self.out, Hide)?;
        for (r, line) in frame.iter().enumerate() {
            if r == area_top {
                // No cursor blinking over the answers (a text field shows it at its caret).
                queue!(self.out, Hide)?;
            }
            let y = u16::try_from(r).unwrap_or(u16::MAX);
            queue!(self.out, MoveTo(0, y))?;
            let text = cut(&line.text, cols.saturating_sub(1).max(1));
            self.print(&text, line.look)?;
            queue!(self.out, Clear(ClearType::UntilNewLine))?;
        }
        for r in frame.len()..height {
            let y = u16::try_from(r).unwrap_or(u16::MAX);
            queue!(self.out, MoveTo(0, y), Clear(ClearType::UntilNewLine))?;
        }
        match caret.filter(|&(r, _)| r < height) {
            Some((r, c)) => {
                let (y, x) = (
                    u16::try_from(r).unwrap_or(u16::MAX),
                    u16::try_from(c).unwrap_or(u16::MAX),
                );
                queue!(self.out, MoveTo(x, y), Show)?;
            }
            // No caret in a menu: the cursor stays hidden.
            None => queue!(self.out, Hide)?,
        }
        let frame = std::mem::take(&mut self.out);
        let mut err = io::stderr().lock();
        err.write_all(&frame)?;
        err.flush()
    }

    fn print(&mut self, text: &str, look: Look) -> io::Result<()> {
        let (color, attr) = match look {
            Look::Plain => (None, None),
            Look::Cursor => (Some(Color::Cyan), Some(Attribute::Bold)),
            Look::Dim => (Some(Color::DarkGrey), None),
            Look::Strong => (None, Some(Attribute::Bold)),
            Look::Error => (Some(Color::Red), Some(Attribute::Bold)),
        };
        if let Some(a) = attr {
            queue!(self.out, SetAttribute(a))?;
        }
        if let Some(c) = color.filter(|_| self.color) {
            queue!(self.out, SetForegroundColor(c))?;
        }
        queue!(self.out, Print(text))?;
        if attr.is_some() || (color.is_some() && self.color) {
            queue!(self.out, SetAttribute(Attribute::Reset))?;
        }
        Ok(())
    }
}
