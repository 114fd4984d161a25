//! A [`Prompter`] that plays a script of steps instead of reading a terminal, and records what
//! it was shown: for tests of the questionnaire's flow.
//!
//! A step that does not fit the prompt it meets, or a script that runs out, is an error (never a
//! wait), so a test that goes astray fails at once with the transcript in hand.

use std::collections::VecDeque;
use std::io;

use super::{Prompter, Reply, Screen};

/// One thing the scripted person does.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Accept what is offered: the item under the cursor, the text already in the field, the
    /// current evidence, the default of a yes/no question.
    Enter,
    /// Pick the first menu item that starts with this text.
    Pick(String),
    /// Go back one level (Esc).
    Esc,
    /// Save and quit (`q`, confirmed).
    Quit,
    /// Tick exactly the checklist items whose text starts with one of these.
    Tick(Vec<String>),
    /// Answer a yes/no question.
    Confirm(bool),
    /// Type this text (replacing what was in the field).
    Type(String),
}

pub fn pick(s: &str) -> Step {
    Step::Pick(s.to_string())
}

pub fn typed(s: &str) -> Step {
    Step::Type(s.to_string())
}

pub fn tick(items: &[&str]) -> Step {
    Step::Tick(items.iter().map(|s| s.to_string()).collect())
}

/// Plays steps in order; keeps a transcript.
#[derive(Debug, Default)]
pub struct Scripted {
    steps: VecDeque<Step>,
    /// Every screen shown, in order, as text 80 columns wide (head, then body).
    pub screens: Vec<String>,
    /// Screens, prompts and the choices made, in order.
    pub transcript: Vec<String>,
}

impl Scripted {
    pub fn new(steps: impl IntoIterator<Item = Step>) -> Self {
        Scripted {
            steps: steps.into_iter().collect(),
            ..Default::default()
        }
    }

    /// Steps not played yet.
    pub fn remaining(&self) -> usize {
        self.steps.len()
    }

    fn next(&mut self, prompt: &str) -> io::Result<Step> {
        self.steps.pop_front().ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::UnexpectedEof,
                format!("the script ended at the prompt \"{prompt}\""),
            )
        })
    }

    fn misfit(&self, prompt: &str, step: &Step) -> io::Error {
        io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("step {step:?} does not fit the prompt \"{prompt}\""),
        )
    }
}

impl Prompter for Scripted {
    fn screen(&mut self, screen: &Screen) -> io::Result<()> {
        let text = screen.text(self.width());
        self.screens.push(text.clone());
        self.transcript.push(format!("[screen]\n{text}"));
        Ok(())
    }

    fn select(
        &mut self,
        prompt: &str,
        items: &[String],
        default: usize,
    ) -> io::Result<Reply<usize>> {
        let step = self.next(prompt)?;
        let chosen = match &step {
            Step::Enter => Reply::Given(default),
            Step::Esc => Reply::Back,
            Step::Quit => Reply::Quit,
            Step::Pick(s) => Reply::Given(
                items
                    .iter()
                    .position(|i| i.starts_with(s.as_str()))
                    .ok_or_else(|| {
                        io::Error::new(
                            io::ErrorKind::InvalidInput,
                            format!("no item starts with \"{s}\" at \"{prompt}\": {items:?}"),
                        )
                    })?,
            ),
            _ => return Err(self.misfit(prompt, &step)),
        };
        self.transcript.push(format!(
            "[select] {prompt} -> {}",
            match &chosen {
                Reply::Given(k) => items[*k].as_str(),
                Reply::Back => "Esc",
                Reply::Quit => "quit",
            }
        ));
        Ok(chosen)
    }

    fn multi_select(
        &mut self,
        prompt: &str,
        items: &[String],
        checked: &[bool],
    ) -> io::Result<Reply<Vec<usize>>> {
        let step = self.next(prompt)?;
        let ticked = match &step {
            Step::Enter => Reply::Given((0..items.len()).filter(|&k| checked[k]).collect()),
            Step::Esc => Reply::Back,
            Step::Quit => Reply::Quit,
            Step::Tick(names) => Reply::Given(
                (0..items.len())
                    .filter(|&k| names.iter().any(|n| items[k].starts_with(n.as_str())))
                    .collect(),
            ),
            _ => return Err(self.misfit(prompt, &step)),
        };
        self.transcript
            .push(format!("[multi_select] {prompt} -> {ticked:?}"));
        Ok(ticked)
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> io::Result<bool> {
        let step = self.next(prompt)?;
        let yes = match step {
            Step::Enter => default,
            Step::Confirm(b) => b,
            Step::Esc => false,
            _ => return Err(self.misfit(prompt, &step)),
        };
        self.transcript.push(format!("[confirm] {prompt} -> {yes}"));
        Ok(yes)
    }

    fn input(
        &mut self,
        prompt: &str,
        initial: &str,
        check: &dyn Fn(&str) -> Result<(), String>,
    ) -> io::Result<Reply<String>> {
        loop {
            let step = self.next(prompt)?;
            let line = match step {
                Step::Enter => initial.to_string(),
                Step::Type(s) => s,
                Step::Esc => {
                    self.transcript.push(format!("[input] {prompt} -> Esc"));
                    return Ok(Reply::Back);
                }
                Step::Quit => return Ok(Reply::Quit),
                _ => return Err(self.misfit(prompt, &step)),
            };
            match check(&line) {
                Ok(()) => {
                    self.transcript.push(format!("[input] {prompt} -> {line}"));
                    return Ok(Reply::Given(line));
                }
                Err(e) => self
                    .transcript
                    .push(format!("[input] {prompt} -> {line}: {e}")),
            }
        }
    }

    fn text(&mut self, prompt: &str, current: &str) -> io::Result<Reply<String>> {
        let step = self.next(prompt)?;
        let text = match step {
            Step::Enter => current.to_string(),
            Step::Type(s) => s,
            Step::Esc => return Ok(Reply::Back),
            Step::Quit => return Ok(Reply::Quit),
            _ => return Err(self.misfit(prompt, &step)),
        };
        self.transcript.push(format!("[text] {prompt} -> {text}"));
        Ok(Reply::Given(text))
    }
}
