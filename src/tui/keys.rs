//! Keys as the questionnaire's terminal reads them: one at a time, Ctrl-C turned into the
//! `Interrupted` error the questionnaire knows (raw mode sends no signal), a resize reported so
//! the frame is drawn again. Nothing here draws.

use std::io;

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

pub(super) fn interrupted() -> io::Error {
    io::Error::new(io::ErrorKind::Interrupted, "interrupted")
}

/// The next key pressed; `None` after a resize (redraw and wait again).
pub(super) fn next_key() -> io::Result<Option<KeyEvent>> {
    loop {
        match event::read()? {
            Event::Key(k) if k.kind != KeyEventKind::Release => {
                if k.modifiers.contains(KeyModifiers::CONTROL)
                    && matches!(k.code, KeyCode::Char('c') | KeyCode::Char('C'))
                {
                    return Err(interrupted());
                }
                return Ok(Some(k));
            }
            Event::Resize(..) => return Ok(None),
            _ => {}
        }
    }
}
