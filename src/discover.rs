//! Turning the FILE|DIR arguments of a command into the list of answer files to read: files are
//! taken as given; folders are searched recursively for `*.toml`, in a stable (sorted) order,
//! following symbolic links but stopping at loops.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::source::io_message;

/// The files found, and a problem for each argument or folder entry that could not be read.
pub fn answer_files(args: &[PathBuf]) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for arg in args {
        if !arg.is_dir() {
            // Missing or unreadable files are reported when they are read, in order.
            files.push(arg.clone());
            continue;
        }
        let (before, problems_before) = (files.len(), problems.len());
        let walk = walkdir::WalkDir::new(arg)
            .follow_links(true)
            .sort_by_file_name();
        for entry in walk {
            match entry {
                Ok(e) if e.file_type().is_file() && is_toml(e.path()) => files.push(e.into_path()),
                // A pipe, socket or device named *.toml is not an answer file, and reading a
                // pipe would wait for a writer that may never come.
                Ok(e) if !e.file_type().is_dir() && is_toml(e.path()) => {
                    problems.push(Diagnostic::file(
                        e.path().display().to_string(),
                        crate::t!("discover-not-regular"),
                    ))
                }
                Ok(_) => {}
                Err(e) => problems.push(walk_problem(arg, &e)),
            }
        }
        // This folder's own problems only: an earlier argument's do not explain an empty one.
        if files.len() == before && problems.len() == problems_before {
            problems.push(Diagnostic::file(
                arg.display().to_string(),
                crate::t!("discover-no-toml"),
            ));
        }
    }
    (files, problems)
}

fn is_toml(p: &Path) -> bool {
    p.extension().is_some_and(|x| x == "toml")
        && !p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
}

fn walk_problem(root: &Path, e: &walkdir::Error) -> Diagnostic {
    let path = e.path().unwrap_or(root).display().to_string();
    if let Some(ancestor) = e.loop_ancestor() {
        return Diagnostic::file(
            path,
            crate::t!(
                "discover-link-loop",
                ancestor = ancestor.display().to_string()
            ),
        );
    }
    match e.io_error() {
        Some(io) => Diagnostic::file(path, io_message(io)),
        None => Diagnostic::file(path, e.to_string()),
    }
}
