//! The questionnaire's [`Prompter`](crate::questionnaire::Prompter) for people, drawn on
//! crossterm: an alternate screen on stderr, keys read from the terminal in raw mode, and the
//! whole visible screen redrawn after every key and every resize, so that nothing stale is ever
//! left on it.
//!
//! Every frame has the same shape, laid out to the terminal's size at the moment it is drawn
//! ([`layout`]): the screen's head (where the assessor is and what is asked), as much of its body
//! as fits (the rest folds away behind `g`), the prompt, the answer area (a menu, a checklist or
//! a text field, scrolled so the cursor is in view), and the keys at the foot. Lines are wrapped
//! with the project's one policy (`render::wrap_lines`, through `Line::layout`) and never drawn
//! wider than the terminal, so the terminal never wraps anything itself. Colour only when stderr
//! is a terminal and `NO_COLOR` is unset; the cursor row is marked with `❯` either way.
//!
//! The parts: [`keys`] reads keys, [`field`] edits a typed line, [`layout`] lays a frame out
//! (pure), [`draw`] writes it, [`list`] runs menus and checklists, [`page`] shows a page to read,
//! [`prompts`] answers the questionnaire's questions and [`editor`] opens `$EDITOR`. It never
//! decides anything about the questionnaire: that is `crate::questionnaire`'s job, and the
//! [`Prompter`](crate::questionnaire::Prompter) trait is the whole of what the two say to each
//! other.

mod draw;
mod editor;
mod field;
mod keys;
mod layout;
mod list;
mod page;
mod prompts;

use std::io::{self, IsTerminal};

use crossterm::cursor::{Hide, Show};
use crossterm::execute;
use crossterm::terminal::{
    self, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use crate::questionnaire::Screen;
use crate::questionnaire::screen::Line;

/// Text is laid out at most this wide, however wide the terminal is, to stay readable.
const MAX_TEXT_WIDTH: usize = 100;

/// The terminal, set up for the questionnaire while this lives.
pub(crate) struct Terminal {
    /// The frame being drawn; written to stderr in one piece, so that no one (and no terminal
    /// emulator) ever sees half a frame.
    out: Vec<u8>,
    color: bool,
    screen: Screen,
    /// First row of the answer area in view, kept between keys so the list does not jump.
    scroll: usize,
    /// The keys of the moment, shown at the foot.
    keys: String,
}

impl Terminal {
    /// Takes over the terminal: alternate screen, raw mode (keys one by one, Ctrl-C as a key).
    pub(crate) fn new() -> io::Result<Self> {
        execute!(io::stderr(), EnterAlternateScreen, Hide)?;
        enable_raw_mode()?;
        Ok(Terminal {
            out: Vec::new(),
            color: crate::render::use_color(true),
            screen: Screen::default(),
            scroll: 0,
            keys: String::new(),
        })
    }

    /// Gives the terminal back as it was found.
    pub(crate) fn restore(&self) {
        restore_cursor();
    }
}

/// Which standard stream is not a terminal, if any: keys are read from stdin's terminal and the
/// screens drawn on stderr, so both must be one.
pub(crate) fn missing_terminal() -> Option<&'static str> {
    if !io::stdin().is_terminal() {
        Some("stdin")
    } else if !io::stderr().is_terminal() {
        Some("stderr")
    } else {
        None
    }
}

/// Leaves the terminal as it was found (main screen, cooked mode, cursor shown). Safe to call
/// from any thread and more than once: the Ctrl-C, SIGTERM and SIGHUP path calls it too.
pub(crate) fn restore_cursor() {
    let _ = disable_raw_mode();
    let _ = execute!(io::stderr(), LeaveAlternateScreen, Show);
}

/// `text` wrapped to the terminal, line by line, for the messages printed after the
/// questionnaire has given the terminal back (so they do not break mid-word either).
pub(crate) fn fit(text: &str) -> String {
    let width = text_width();
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        let wrapped = Line::wrap(body, "", "  ").layout(width);
        out.push_str(&wrapped.join("\n"));
        out.push_str(end);
    }
    out
}

/// The terminal's size, or 80x24 when it does not say (some pseudo-terminals start at 0x0).
fn size() -> (usize, usize) {
    match terminal::size() {
        Ok((w, h)) if w > 0 && h > 0 => (usize::from(w), usize::from(h)),
        _ => (80, 24),
    }
}

/// The width text is laid out to: one column short of the terminal (so that no row ever ends
/// in its last column, where some terminals wrap), at most [`MAX_TEXT_WIDTH`].
fn text_width() -> usize {
    size().0.saturating_sub(1).clamp(1, MAX_TEXT_WIDTH)
}
