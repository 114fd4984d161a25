//! The questionnaire's [`Prompter`] for people: dialoguer prompts drawn on stderr, keys read from
//! the terminal. Colour only when stderr is a terminal and `NO_COLOR` is unset.

use std::io;

use dialoguer::console::Term;
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, Editor, Input, MultiSelect, Select};

use crate::questionnaire::Prompter;
use crate::sanitize::for_terminal;

pub struct Terminal {
    term: Term,
    theme: Box<dyn Theme>,
    /// Lines taken by the screen on display, so a menu below it can be paged to fit.
    screen_lines: usize,
}

/// Shows the cursor again (dialoguer hides it while a menu is open).
pub fn restore_cursor() {
    let _ = Term::stderr().show_cursor();
}

/// Menu entries (scale labels, checklist items) come from framework files: shown escaped.
fn safe_items(items: &[String]) -> Vec<String> {
    items.iter().map(|i| for_terminal(i).into_owned()).collect()
}

fn to_io(e: dialoguer::Error) -> io::Error {
    match e {
        dialoguer::Error::IO(e) => e,
    }
}

impl Terminal {
    pub fn new() -> Self {
        let theme: Box<dyn Theme> = if crate::render::use_color(true) {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        Terminal {
            term: Term::stderr(),
            theme,
            screen_lines: 0,
        }
    }

    /// Leaves the terminal as it was found: cursor shown.
    pub fn restore(&self) {
        let _ = self.term.show_cursor();
    }

    fn rows(&self) -> usize {
        usize::from(self.term.size().0)
    }

    /// How many rows a menu of `items` may take: a short menu is shown whole (the top of a long
    /// screen scrolls away rather than the menu's last entries hiding on a second page); a long
    /// list (the review) is paged to fit under the screen.
    fn menu_rows(&self, items: usize) -> usize {
        if items <= 16 {
            items + 2
        } else {
            self.rows().saturating_sub(self.screen_lines + 2).max(7)
        }
    }

    fn edit(&mut self, current: &str) -> io::Result<String> {
        match Editor::new().extension(".md").edit(current) {
            Ok(Some(text)) => Ok(text),
            Ok(None) => {
                self.note("The editor closed without saving; the evidence is unchanged.")?;
                Ok(current.to_string())
            }
            Err(e) => {
                self.note(&format!(
                    "Cannot run the editor ($VISUAL or $EDITOR): {e}; the evidence is unchanged."
                ))?;
                Ok(current.to_string())
            }
        }
    }
}

impl Terminal {
    /// A line under the screen (a hint, a warning).
    fn note(&mut self, text: &str) -> io::Result<()> {
        self.screen_lines += text.lines().count();
        self.term.write_line(&for_terminal(text))
    }
}

impl Prompter for Terminal {
    fn width(&self) -> usize {
        usize::from(self.term.size().1)
            .saturating_sub(1)
            .clamp(40, 100)
    }

    fn screen(&mut self, text: &str) -> io::Result<()> {
        self.term.clear_screen()?;
        self.term.write_str(&for_terminal(text))?;
        self.screen_lines = text.lines().count();
        self.term.flush()
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Option<usize>> {
        Select::with_theme(self.theme.as_ref())
            .with_prompt(for_terminal(prompt))
            .items(safe_items(items))
            .default(default.min(items.len().saturating_sub(1)))
            .max_length(self.menu_rows(items.len()))
            .interact_on_opt(&self.term)
            .map_err(to_io)
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> io::Result<Option<Vec<usize>>> {
        MultiSelect::with_theme(self.theme.as_ref())
            .with_prompt(for_terminal(prompt))
            .items(safe_items(items))
            .defaults(checked)
            .max_length(self.menu_rows(items.len()))
            .interact_on_opt(&self.term)
            .map_err(to_io)
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        Confirm::with_theme(self.theme.as_ref())
            .with_prompt(for_terminal(prompt))
            .default(default)
            .interact_on(&self.term)
            .map_err(to_io)
    }

    fn input(
        &mut self,
        prompt: &str,
        initial: &str,
        check: &dyn Fn(&str) -> Result<(), String>,
    ) -> io::Result<String> {
        Input::<String>::with_theme(self.theme.as_ref())
            .with_prompt(for_terminal(prompt))
            .with_initial_text(initial)
            .allow_empty(true)
            .validate_with(|s: &String| check(s))
            .interact_text_on(&self.term)
            .map_err(to_io)
    }

    /// Evidence: typed line by line (an empty line ends), or edited in `$VISUAL`/`$EDITOR`.
    fn text(&mut self, prompt: &str, current: &str) -> io::Result<String> {
        let hint = if current.trim().is_empty() {
            "Type it; several lines are fine, an empty line ends. Enter alone: none · :e opens $EDITOR"
        } else {
            "Enter alone keeps the evidence above · type to replace it (an empty line ends) · - clears · :e edits in $EDITOR"
        };
        self.note(hint)?;
        let mut lines: Vec<String> = Vec::new();
        loop {
            let line: String = Input::with_theme(self.theme.as_ref())
                .with_prompt(if lines.is_empty() { prompt } else { "  …" })
                .allow_empty(true)
                .interact_text_on(&self.term)
                .map_err(to_io)?;
            if lines.is_empty() {
                match line.trim() {
                    "" => return Ok(current.to_string()),
                    "-" => return Ok(String::new()),
                    ":e" => return self.edit(current),
                    _ => {}
                }
            }
            if line.trim().is_empty() {
                return Ok(lines.join("\n"));
            }
            lines.push(line);
        }
    }
}
