//! The questionnaire's [`Prompter`] for people, drawn on crossterm: an alternate screen on
//! stderr, keys read from the terminal in raw mode, and the whole visible screen redrawn after
//! every key and every resize, so that nothing stale is ever left on it.
//!
//! Every frame has the same shape, laid out to the terminal's size at the moment it is drawn:
//! the screen's head (where the assessor is and what is asked), as much of its body as fits
//! (the rest folds away behind `g`), the prompt, the answer area (a menu, a checklist or a text
//! field, scrolled so the cursor is in view), and the keys at the foot. Lines are wrapped with
//! the project's one policy (`render::wrap_lines`, through [`Line::layout`]) and never drawn
//! wider than the terminal, so the terminal never wraps anything itself. Colour only when
//! stderr is a terminal and `NO_COLOR` is unset; the cursor row is marked with `❯` either way.
//! It never decides anything about the questionnaire: that is `crate::questionnaire`'s job.

use std::io::{self, Write};

use crossterm::cursor::{Hide, MoveTo, Show};
use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::style::{Attribute, Color, Print, SetAttribute, SetForegroundColor};
use crossterm::terminal::{
    self, Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode,
    enable_raw_mode,
};
use crossterm::{execute, queue};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::questionnaire::screen::{Line, cut};
use crate::questionnaire::{Prompter, Reply, Screen};

/// Text is laid out at most this wide, however wide the terminal is, to stay readable.
const MAX_TEXT_WIDTH: usize = 100;

/// How a row is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Look {
    Plain,
    /// The row under the cursor (marked with `❯` as well).
    Cursor,
    /// Hints and scroll marks.
    Dim,
    /// Prompts.
    Strong,
    /// A refused value.
    Error,
}

#[derive(Debug, Clone)]
struct Row {
    text: String,
    look: Look,
    /// The second or a later row of a wrapped item: a scrolled list never starts or ends
    /// inside an item.
    cont: bool,
}

fn row(text: impl Into<String>, look: Look) -> Row {
    Row {
        text: text.into(),
        look,
        cont: false,
    }
}

/// The answer area of a frame.
struct Area {
    rows: Vec<Row>,
    /// The rows that must be in view (the cursor's item).
    focus: (usize, usize),
    /// Where the text caret is (area row, column), for text fields.
    caret: Option<(usize, usize)>,
    /// What the entry under the cursor means (a level's descriptor), shown under the list
    /// when the body is folded and there is room for it whole.
    detail: Vec<Row>,
}

/// The terminal, set up for the questionnaire while this lives.
pub struct Terminal {
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

/// Leaves the terminal as it was found (main screen, cooked mode, cursor shown). Safe to call
/// from any thread and more than once: the Ctrl-C, SIGTERM and SIGHUP path calls it too.
pub fn restore_cursor() {
    let _ = disable_raw_mode();
    let _ = execute!(io::stderr(), LeaveAlternateScreen, Show);
}

/// `text` wrapped to the terminal, line by line, for the messages printed after the
/// questionnaire has given the terminal back (so they do not break mid-word either).
pub fn fit(text: &str) -> String {
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

fn interrupted() -> io::Error {
    io::Error::new(io::ErrorKind::Interrupted, "interrupted")
}

/// The next key pressed; `None` after a resize (redraw and wait again).
fn next_key() -> io::Result<Option<KeyEvent>> {
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

/// A line being typed, with its caret (in chars).
#[derive(Debug, Default)]
struct Field {
    chars: Vec<char>,
    at: usize,
}

impl Field {
    fn new(s: &str) -> Self {
        let chars: Vec<char> = s.chars().collect();
        Field {
            at: chars.len(),
            chars,
        }
    }

    fn text(&self) -> String {
        self.chars.iter().collect()
    }

    /// Applies an editing key; false when the key is not an editing key.
    fn edit(&mut self, k: &KeyEvent) -> bool {
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        match k.code {
            KeyCode::Char('u') if ctrl => {
                self.chars.drain(..self.at);
                self.at = 0;
            }
            KeyCode::Char('a') if ctrl => self.at = 0,
            KeyCode::Char('e') if ctrl => self.at = self.chars.len(),
            KeyCode::Char(c) if !ctrl => {
                self.chars.insert(self.at, c);
                self.at += 1;
            }
            KeyCode::Backspace if self.at > 0 => {
                self.at -= 1;
                self.chars.remove(self.at);
            }
            KeyCode::Delete if self.at < self.chars.len() => {
                self.chars.remove(self.at);
            }
            KeyCode::Left => self.at = self.at.saturating_sub(1),
            KeyCode::Right => self.at = (self.at + 1).min(self.chars.len()),
            KeyCode::Home => self.at = 0,
            KeyCode::End => self.at = self.chars.len(),
            KeyCode::Backspace | KeyCode::Delete => {}
            _ => return false,
        }
        true
    }

    /// The field's rows after `prefix`, wrapped at the width between words as everything else
    /// is (a word longer than the row is broken where it must be), and where the caret is.
    fn rows(&self, prefix: &str, width: usize) -> (Vec<String>, (usize, usize)) {
        let indent = " ".repeat(prefix.width());
        let room = width.saturating_sub(indent.len()).max(1);
        let cw = |c: &char| c.width().unwrap_or(0);
        // Each row as a range of chars: greedy, breaking after the last space that fits.
        let mut ranges = Vec::new();
        let (mut start, mut w, mut after_space) = (0, 0, None);
        for (n, c) in self.chars.iter().enumerate() {
            if w + cw(c) > room && n > start {
                let end = after_space.filter(|&b| b > start).unwrap_or(n);
                ranges.push((start, end));
                start = end;
                w = self.chars[start..n].iter().map(cw).sum();
                after_space = None;
            }
            w += cw(c);
            if *c == ' ' {
                after_space = Some(n + 1);
            }
        }
        ranges.push((start, self.chars.len()));
        let rows = ranges
            .iter()
            .enumerate()
            .map(|(k, &(a, b))| {
                let lead = if k == 0 { prefix } else { indent.as_str() };
                format!("{lead}{}", self.chars[a..b].iter().collect::<String>())
            })
            .collect();
        let k = ranges
            .iter()
            .position(|&(a, b)| self.at >= a && self.at < b)
            .unwrap_or(ranges.len() - 1);
        let col = indent.len()
            + self.chars[ranges[k].0..self.at]
                .iter()
                .map(cw)
                .sum::<usize>();
        (rows, (k, col))
    }
}

/// The keys of a menu, at the foot of the screen.
fn menu_keys() -> String {
    crate::t!("assess-keys-menu")
}

impl Terminal {
    /// Takes over the terminal: alternate screen, raw mode (keys one by one, Ctrl-C as a key).
    pub fn new() -> io::Result<Self> {
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
    pub fn restore(&self) {
        restore_cursor();
    }

    /// Draws one frame: head, body (or as much as fits, then a fold mark), prompt, the answer
    /// area scrolled to its focus, and the keys at the foot.
    fn draw(&mut self, prompt: &str, area: &Area, fold_key: &str) -> io::Result<()> {
        let (cols, height) = size();
        let width = text_width();
        let lay = |lines: &[Line]| -> Vec<String> {
            lines.iter().flat_map(|l| l.layout(width)).collect()
        };
        let mut head = lay(&self.screen.head);
        // The body's paragraphs, laid out; it folds between paragraphs, never inside one.
        let paragraphs: Vec<Vec<String>> =
            self.screen.body.iter().map(|l| l.layout(width)).collect();
        let body: Vec<String> = paragraphs.iter().flatten().cloned().collect();
        let prompt_rows: Vec<String> = if prompt.is_empty() {
            Vec::new()
        } else {
            Line::text(crate::t!("assess-prompt", prompt = prompt)).layout(width)
        };
        let foot = Line::text(self.keys.clone()).layout(width);
        // The head stays whole unless the terminal is tiny; then its top (position, question)
        // is what stays.
        let fixed = prompt_rows.len() + foot.len();
        let head_max = height.saturating_sub(fixed + 3).max(1);
        head.truncate(head_max);
        let avail = height.saturating_sub(head.len() + fixed);
        let need = area.rows.len();
        // The detail of the entry under the cursor, when the body will not show whole and the
        // list, the detail and the fold mark fit (with a blank row before the detail if room).
        let detail = need + body.len() > avail
            && !area.detail.is_empty()
            && need + area.detail.len() < avail;
        let gap = detail && need + area.detail.len() + 2 <= avail;
        let detail_rows = if detail {
            area.detail.len() + usize::from(gap)
        } else {
            0
        };
        let avail = avail - detail_rows;
        let (body_rows, area_rows) = if need + body.len() <= avail {
            (body.len(), need)
        } else if need < avail {
            // The answers whole, the body as far as it goes, then the fold mark.
            (avail - need - 1, need)
        } else {
            let area_rows = (avail * 3 / 4).max(avail.saturating_sub(body.len() + 1));
            (avail.saturating_sub(area_rows + 1), area_rows)
        };
        let body_rows = if body_rows >= body.len() {
            body.len()
        } else {
            let mut shown = 0;
            for p in &paragraphs {
                if shown + p.len() > body_rows {
                    break;
                }
                shown += p.len();
            }
            shown
        };
        let folded = body.len() - body_rows;

        let mut frame: Vec<Row> = head.into_iter().map(|t| row(t, Look::Plain)).collect();
        frame.extend(
            body.iter()
                .take(body_rows)
                .map(|t| row(t.clone(), Look::Plain)),
        );
        if folded > 0 {
            let mark = crate::t!("assess-folded", n = folded, key = fold_key);
            frame.push(row(cut(&mark, width), Look::Dim));
        }
        frame.extend(prompt_rows.into_iter().map(|t| row(t, Look::Strong)));

        // The answer area, scrolled so its focus is in view, with marks for what is hidden.
        let area_top = frame.len();
        let mut caret = None;
        if need <= area_rows {
            self.scroll = 0;
            frame.extend(area.rows.iter().cloned());
            caret = area.caret.map(|(r, c)| (area_top + r, c));
        } else {
            let marks = usize::from(area_rows >= 3) * 2;
            let inner = area_rows.saturating_sub(marks).max(1);
            let (f0, f1) = area.focus;
            if f0 < self.scroll {
                self.scroll = f0;
            }
            if f1 + 1 > self.scroll + inner {
                self.scroll = (f1 + 1).saturating_sub(inner);
            }
            self.scroll = self.scroll.min(need - inner);
            // The window starts at an item's first row (the focus is one)...
            while self.scroll < f0 && area.rows[self.scroll].cont {
                self.scroll += 1;
            }
            // ...and an item that does not fit whole at its foot is left for the next move.
            let mut end = (self.scroll + inner).min(need);
            if end < need && area.rows[end].cont {
                let start = (self.scroll..end).rev().find(|&r| !area.rows[r].cont);
                if let Some(start) = start.filter(|&s| s > f1) {
                    end = start;
                }
            }
            if marks > 0 {
                frame.push(if self.scroll > 0 {
                    row(
                        format!("  {}", crate::t!("assess-more-above", n = self.scroll)),
                        Look::Dim,
                    )
                } else {
                    row("", Look::Plain)
                });
            }
            if let Some((r, c)) = area.caret
                && r >= self.scroll
                && r < end
            {
                caret = Some((frame.len() + r - self.scroll, c));
            }
            frame.extend(area.rows[self.scroll..end].iter().cloned());
            for _ in end..self.scroll + inner {
                frame.push(row("", Look::Plain));
            }
            if marks > 0 {
                let below = need - end;
                frame.push(if below > 0 {
                    row(
                        format!("  {}", crate::t!("assess-more-below", n = below)),
                        Look::Dim,
                    )
                } else {
                    row("", Look::Plain)
                });
            }
        }
        if detail {
            if gap {
                frame.push(row("", Look::Plain));
            }
            frame.extend(area.detail.iter().cloned());
        }
        // The keys at the foot of the terminal.
        let foot_top = height.saturating_sub(foot.len()).max(frame.len());
        while frame.len() < foot_top {
            frame.push(row("", Look::Plain));
        }
        frame.extend(foot.into_iter().map(|t| row(t, Look::Dim)));
        frame.truncate(height);

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
    fn show_body(&mut self) -> io::Result<()> {
        let mut lines = self.screen.head.clone();
        lines.extend(self.screen.body.iter().cloned());
        self.page(&lines)
    }

    fn show_help(&mut self) -> io::Result<()> {
        let help = crate::t!("assess-help");
        let lines: Vec<Line> = help
            .lines()
            .map(|h| Line::wrap(h.trim(), "", "  "))
            .collect();
        self.page(&lines)
    }

    /// Asks before leaving; true to quit.
    fn ask_quit(&mut self) -> io::Result<bool> {
        let saved = std::mem::replace(&mut self.keys, crate::t!("assess-keys-quit"));
        let result = loop {
            let area = Area {
                rows: vec![row(crate::t!("assess-quit-question"), Look::Plain)],
                focus: (0, 0),
                caret: None,
                detail: Vec::new(),
            };
            self.draw(&crate::t!("assess-quit-prompt"), &area, "g")?;
            match next_key()? {
                None => {}
                Some(k) => match k.code {
                    KeyCode::Char('y') | KeyCode::Char('Y') => break true,
                    KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => break false,
                    _ => {}
                },
            }
        };
        self.keys = saved;
        Ok(result)
    }

    /// A menu or a checklist: the shared key loop. `ticks` is `Some` for a checklist.
    fn list(
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

    /// One line typed, with lines already entered above it; the shared loop of `input` and
    /// `text`. Returns the line on Enter.
    fn line(
        &mut self,
        prompt: &str,
        above: &[Row],
        initial: &str,
        error: Option<&str>,
    ) -> io::Result<Reply<String>> {
        self.scroll = 0;
        let mut field = Field::new(initial);
        let mut error = error.map(str::to_string);
        loop {
            let width = text_width();
            let mut rows: Vec<Row> = above.to_vec();
            let top = rows.len();
            let (lines, (cr, cc)) = field.rows("> ", width);
            rows.extend(lines.into_iter().map(|l| row(l, Look::Plain)));
            let bottom = rows.len() - 1;
            if let Some(e) = &error {
                for l in Line::wrap(e.as_str(), "✘ ", "  ").layout(width) {
                    rows.push(row(l, Look::Error));
                }
            }
            let area = Area {
                focus: (top, rows.len().max(bottom + 1) - 1),
                caret: Some((top + cr, cc)),
                rows,
                detail: Vec::new(),
            };
            self.draw(prompt, &area, "Ctrl-G")?;
            let Some(k) = next_key()? else { continue };
            let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
            match k.code {
                KeyCode::Enter => return Ok(Reply::Given(field.text())),
                KeyCode::Esc => return Ok(Reply::Back),
                KeyCode::Char('g') if ctrl => self.show_body()?,
                _ => {
                    if field.edit(&k) {
                        error = None;
                    }
                }
            }
        }
    }

    /// Opens `$VISUAL` or `$EDITOR` (else `vi`) on the evidence, with the terminal given back
    /// meanwhile. The evidence is unchanged when the editor is closed without saving.
    fn edit(&mut self, current: &str) -> io::Result<(String, Option<String>)> {
        let editor = std::env::var("VISUAL")
            .ok()
            .or_else(|| std::env::var("EDITOR").ok())
            .filter(|e| !e.trim().is_empty())
            .unwrap_or_else(|| "vi".into());
        let file = tempfile::Builder::new()
            .prefix("dgtk-evidence-")
            .suffix(".md")
            .tempfile()?;
        std::fs::write(file.path(), current)?;
        let before = std::fs::metadata(file.path())?.modified().ok();
        restore_cursor();
        let mut words = editor.split_whitespace();
        let program = words.next().unwrap_or("vi");
        let status = std::process::Command::new(program)
            .args(words)
            .arg(file.path())
            .status();
        execute!(io::stderr(), EnterAlternateScreen, Hide)?;
        enable_raw_mode()?;
        let note = match status {
            Ok(s) if s.success() => {
                let after = std::fs::metadata(file.path())?.modified().ok();
                if after.is_some() && after == before {
                    Some(crate::t!("assess-editor-unsaved"))
                } else {
                    let text = std::fs::read_to_string(file.path())?;
                    return Ok((text.trim_end().to_string(), None));
                }
            }
            Ok(s) => Some(crate::t!(
                "assess-editor-failed",
                editor = editor.as_str(),
                status = s.to_string()
            )),
            Err(e) => Some(crate::t!(
                "assess-editor-cannot-run",
                editor = editor.as_str(),
                error = e.to_string()
            )),
        };
        Ok((current.to_string(), note))
    }
}

impl Prompter for Terminal {
    fn width(&self) -> usize {
        text_width()
    }

    fn screen(&mut self, screen: &Screen) -> io::Result<()> {
        self.screen = screen.clone();
        self.scroll = 0;
        Ok(())
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Reply<usize>> {
        self.select_detailed(prompt, items, &[], default)
    }

    fn select_detailed(
        &mut self,
        prompt: &str,
        items: &[String],
        details: &[String],
        default: usize,
    ) -> io::Result<Reply<usize>> {
        Ok(match self.list(prompt, items, details, default, None)? {
            Reply::Given((k, _)) => Reply::Given(k),
            Reply::Back => Reply::Back,
            Reply::Quit => Reply::Quit,
        })
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> io::Result<Reply<Vec<usize>>> {
        let mut ticks = checked.to_vec();
        ticks.resize(items.len(), false);
        Ok(match self.list(prompt, items, &[], 0, Some(ticks))? {
            Reply::Given((_, t)) => Reply::Given((0..t.len()).filter(|&k| t[k]).collect()),
            Reply::Back => Reply::Back,
            Reply::Quit => Reply::Quit,
        })
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        self.keys = crate::t!("assess-keys-confirm");
        let hint = if default { "(Y/n)" } else { "(y/N)" };
        loop {
            let area = Area {
                rows: vec![row(format!("{prompt} {hint}"), Look::Cursor)],
                focus: (0, 0),
                caret: None,
                detail: Vec::new(),
            };
            self.draw("", &area, "g")?;
            let Some(k) = next_key()? else { continue };
            match k.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => return Ok(true),
                KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => return Ok(false),
                KeyCode::Enter => return Ok(default),
                KeyCode::Char('g') => self.show_body()?,
                _ => {}
            }
        }
    }

    fn input(
        &mut self,
        prompt: &str,
        initial: &str,
        check: &dyn Fn(&str) -> Result<(), String>,
    ) -> io::Result<Reply<String>> {
        self.keys = crate::t!("assess-keys-input");
        let mut text = initial.to_string();
        let mut error = None;
        loop {
            match self.line(prompt, &[], &text, error.as_deref())? {
                Reply::Given(line) => match check(&line) {
                    Ok(()) => return Ok(Reply::Given(line)),
                    // The message quotes what was refused; the field starts afresh.
                    Err(e) => {
                        text.clear();
                        error = Some(e);
                    }
                },
                other => return Ok(other),
            }
        }
    }

    /// Evidence: typed line by line (an empty line ends), or edited in `$VISUAL`/`$EDITOR`.
    fn text(&mut self, prompt: &str, current: &str) -> io::Result<Reply<String>> {
        self.keys = crate::t!("assess-keys-text");
        let hint = if current.trim().is_empty() {
            crate::t!("assess-text-hint-empty")
        } else {
            crate::t!("assess-text-hint-current")
        };

        let mut note: Option<String> = None;
        let mut lines: Vec<String> = Vec::new();
        loop {
            let width = text_width();
            let mut above: Vec<Row> = Line::text(hint.as_str())
                .layout(width)
                .into_iter()
                .map(|l| row(l, Look::Dim))
                .collect();
            if let Some(n) = &note {
                above.extend(
                    Line::wrap(n.as_str(), "! ", "  ")
                        .layout(width)
                        .into_iter()
                        .map(|l| row(l, Look::Error)),
                );
            }
            for l in &lines {
                above.extend(
                    Line::wrap(l.as_str(), "  ", "  ")
                        .layout(width)
                        .into_iter()
                        .map(|l| row(l, Look::Plain)),
                );
            }
            let line = match self.line(prompt, &above, "", None)? {
                Reply::Given(line) => line,
                other => return Ok(other),
            };
            if lines.is_empty() {
                match line.trim() {
                    "" => return Ok(Reply::Given(current.to_string())),
                    "-" => return Ok(Reply::Given(String::new())),
                    ":e" => {
                        let (text, problem) = self.edit(current)?;
                        match problem {
                            None => return Ok(Reply::Given(text)),
                            Some(p) => {
                                note = Some(p);
                                continue;
                            }
                        }
                    }
                    _ => {}
                }
            }
            if line.trim().is_empty() {
                return Ok(Reply::Given(lines.join("\n")));
            }
            lines.push(line);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_being_typed_wraps_between_words_with_the_caret_in_place() {
        let text = "adopted by cabinet decision 2025/114 on 3 March 2025 and published";
        let f = Field::new(text);
        let (rows, caret) = f.rows("> ", 30);
        assert!(rows.iter().all(|r| r.width() <= 30), "{rows:?}");
        let words: Vec<&str> = rows
            .iter()
            .flat_map(|r| r.split_whitespace())
            .filter(|w| *w != ">")
            .collect();
        assert_eq!(words, text.split_whitespace().collect::<Vec<_>>());
        // The caret is after the last char, on the last row.
        let last = rows.last().unwrap();
        assert_eq!(caret, (rows.len() - 1, last.width()));
        // A caret in the middle: on "March".
        let mut f = Field::new(text);
        f.at = text.find("March").unwrap();
        let (rows, (r, c)) = f.rows("> ", 30);
        assert!(
            rows[r][..]
                .chars()
                .skip(c)
                .collect::<String>()
                .starts_with("March")
        );
        // A word longer than the row is broken where it must be.
        let (rows, _) = Field::new(&"x".repeat(70)).rows("> ", 30);
        assert_eq!(rows.len(), 3);
        assert!(rows.iter().all(|r| r.width() <= 30));
    }
}
