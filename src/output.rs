//! Checks made before a command writes anything: that its output is not one of its inputs (the
//! same file by device and inode, whatever path, symbolic or hard link names it), that no file is
//! named twice as an input, and that a binary format is not sent to a terminal. Nothing here reads
//! file contents or writes; the writing itself is in [`write`].

pub(crate) mod write;

use std::borrow::{Borrow, Cow};
use std::collections::HashMap;
use std::os::unix::fs::MetadataExt;
use std::path::Path;

/// One input of a command, with what it is to the command ("the answer file", "the prior").
/// The role is said in the run's language (`role-*` messages); a command with many inputs of one
/// role (`score DIR`) words it once and lends it to each.
#[derive(Debug, Clone)]
pub struct Input<'a> {
    pub path: &'a Path,
    pub role: Cow<'a, str>,
}

impl<'a> Input<'a> {
    pub fn new(path: &'a Path, role: impl Into<Cow<'a, str>>) -> Self {
        Self {
            path,
            role: role.into(),
        }
    }
}

/// Why a command refuses its output or inputs before doing any work.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Refusal {
    #[error("{}", crate::t!("output-is-input", output = output.as_str(), role = role.as_str(), alias = alias.as_str()))]
    OutputIsInput {
        /// As the command line gave it: `-o FILE`, or `FILE` for `assess`.
        output: String,
        role: String,
        /// ", named X" when the input was given under another name.
        alias: String,
    },
    /// `also` is " (the same file as X)" when the second name differs from the first.
    /// The output names an answer file that is not an input: a report written over it would
    /// lose its answers.
    #[error("{}", crate::t!("output-is-answer-file", output = output.as_str()))]
    OutputIsAnswerFile { output: String },
    #[error("{}", crate::t!("output-given-twice", second = second.as_str(), also = also.as_str()))]
    GivenTwice { second: String, also: String },
}

/// (device, inode) of the file `path` names, following symbolic links; `None` if there is none.
pub fn identity(path: &Path) -> Option<(u64, u64)> {
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

/// Refuses an `output` (given with `-o`) that is one of `inputs`. No output (stdout), `-`, or a
/// file that does not exist yet is never an input.
/// The inputs are any sequence: a batch command gives them as it walks its files, without a list
/// of them held for the whole run.
pub fn refuse_input_as_output<'a, I>(output: Option<&Path>, inputs: I) -> Result<(), Refusal>
where
    I: IntoIterator,
    I::Item: Borrow<Input<'a>>,
{
    match output {
        Some(o) => refuse_as_output(o, &format!("-o {}", o.display()), inputs),
        None => Ok(()),
    }
}

/// As [`refuse_input_as_output`], the output shown as `shown` in the message.
pub fn refuse_as_output<'a, I>(output: &Path, shown: &str, inputs: I) -> Result<(), Refusal>
where
    I: IntoIterator,
    I::Item: Borrow<Input<'a>>,
{
    if output == Path::new("-") {
        return Ok(());
    }
    let Some(out) = identity(output) else {
        return Ok(());
    };
    for input in inputs {
        let input = input.borrow();
        if identity(input.path) == Some(out) {
            let alias = if input.path == output {
                String::new()
            } else {
                crate::t!("output-named", file = input.path.display().to_string())
            };
            return Err(Refusal::OutputIsInput {
                output: shown.to_string(),
                role: input.role.to_string(),
                alias,
            });
        }
    }
    Ok(())
}

/// Refuses an `output` (given with `-o`) that is an answer file, for a command whose output is
/// not one (a report, a score table, a workbook): `-o assessments/xmp-2025.toml` for
/// `-o report-2025.html` would replace a year of answers. A file that does not exist, is not a
/// regular file, or does not read as an answer file (an `[assessment]` table naming its
/// `framework`) is written as usual.
pub fn refuse_answer_file_as_output(output: Option<&Path>) -> Result<(), Refusal> {
    let Some(o) = output.filter(|o| *o != Path::new("-")) else {
        return Ok(());
    };
    if !std::fs::metadata(o).is_ok_and(|m| m.is_file()) {
        return Ok(());
    }
    let Ok(text) = crate::source::read_text(o) else {
        return Ok(());
    };
    let is_answer_file = text.parse::<toml::Table>().is_ok_and(|t| {
        t.get("assessment")
            .and_then(|a| a.get("framework"))
            .is_some_and(toml::Value::is_str)
    });
    if is_answer_file {
        return Err(Refusal::OutputIsAnswerFile {
            output: format!("-o {}", o.display()),
        });
    }
    Ok(())
}

/// Refuses a list naming one file twice (by device and inode: through a link, or `./a` and `a`).
pub fn refuse_duplicates(paths: &[impl AsRef<Path>]) -> Result<(), Refusal> {
    let mut seen: HashMap<(u64, u64), &Path> = HashMap::new();
    for p in paths {
        let p = p.as_ref();
        if let Some(id) = identity(p)
            && let Some(first) = seen.insert(id, p)
        {
            let also = if first == p {
                String::new()
            } else {
                crate::t!("output-same-file-as", file = first.display().to_string())
            };
            return Err(Refusal::GivenTwice {
                second: p.display().to_string(),
                also,
            });
        }
    }
    Ok(())
}

/// Refuses to send a binary format (`format`, e.g. "xlsx") to a terminal: it needs `-o FILE`
/// (or stdout sent to a file or a pipe).
pub(crate) fn refuse_binary_to_terminal(
    output: Option<&Path>,
    format: &str,
) -> Result<(), crate::error::CliError> {
    use std::io::IsTerminal;
    let to_stdout = output.is_none_or(|p| p == Path::new("-"));
    if to_stdout && std::io::stdout().is_terminal() {
        return Err(crate::error::CliError::usage(crate::t!(
            "output-binary-to-terminal",
            format = format
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_output_reached_through_a_link_is_an_input() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        std::fs::write(&a, "x").unwrap();
        let hard = dir.path().join("h.toml");
        std::fs::hard_link(&a, &hard).unwrap();
        let soft = dir.path().join("s.toml");
        std::os::unix::fs::symlink(&a, &soft).unwrap();
        let inputs = [Input::new(&a, "the answer file")];
        for out in [&a, &hard, &soft] {
            assert!(refuse_input_as_output(Some(out), &inputs).is_err());
        }
        assert!(refuse_input_as_output(Some(&dir.path().join("new.toml")), &inputs).is_ok());
        assert!(refuse_input_as_output(Some(Path::new("-")), &inputs).is_ok());
        assert!(refuse_input_as_output(None, &inputs).is_ok());
        assert!(refuse_duplicates(&[&a, &hard]).is_err());
        assert!(refuse_duplicates(&[&a, &dir.path().join("new.toml")]).is_ok());
    }

    #[test]
    fn the_message_names_the_output_and_the_role() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.toml");
        std::fs::write(&a, "x").unwrap();
        let e = refuse_input_as_output(Some(&a), &[Input::new(&a, "the answer file")]).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "-o {} is one of the inputs (the answer file); choose another output",
                a.display()
            )
        );
    }
}
