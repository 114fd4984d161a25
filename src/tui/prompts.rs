//! The questionnaire's questions asked on the terminal: the [`Prompter`] implementation (menus
//! and checklists through [`super::list`], yes/no, a checked line, evidence of several lines),
//! the line-typing loop they share, and the question asked before quitting.

use std::io;

use crossterm::event::{KeyCode, KeyModifiers};

use super::field::Field;
use super::keys::next_key;
use super::layout::{Area, Look, Row, row};
use super::{Terminal, text_width};
use crate::questionnaire::screen::Line;
use crate::questionnaire::{Prompter, Reply, Screen};

impl Terminal {
    /// Asks before leaving; true to quit.
    pub(super) fn ask_quit(&mut self) -> io::Result<bool> {
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
                    KeyCode::Char(c) if is_yes(c) => break true,
                    KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => break false,
                    _ => {}
                },
            }
        };
        self.keys = saved;
        Ok(result)
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
        let hint = yes_no_hint(default);
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
                KeyCode::Char(c) if is_yes(c) => return Ok(true),
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

/// Whether `c` answers "yes": `y` always, and the language's own key (`o` for « oui »).
fn is_yes(c: char) -> bool {
    let own = crate::t!("assess-key-yes");
    c.eq_ignore_ascii_case(&'y') || own.chars().any(|k| k.eq_ignore_ascii_case(&c))
}

/// The yes/no hint, the default in capitals: `(Y/n)` in English, `(O/n)` in French.
fn yes_no_hint(default: bool) -> String {
    let (yes, no) = (crate::t!("assess-key-yes"), crate::t!("assess-key-no"));
    if default {
        format!("({}/{no})", yes.to_uppercase())
    } else {
        format!("({yes}/{})", no.to_uppercase())
    }
}
