//! Evidence written in the person's own editor (`:e` at the evidence prompt): the terminal is
//! given back while `$VISUAL` or `$EDITOR` (else `vi`) runs on a temporary file, then taken
//! again. An editor that fails, or is closed without saving, leaves the evidence as it was.

use std::io;

use crossterm::cursor::Hide;
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, enable_raw_mode};

use super::{Terminal, restore_cursor};

impl Terminal {
    /// meanwhile. The evidence is unchanged when the editor is closed without saving.
    pub(super) fn edit(&mut self, current: &str) -> io::Result<(String, Option<String>)> {
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
