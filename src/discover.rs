//! Turning the FILE|DIR arguments of a command into the list of answer files to read: files are
//! taken as given; folders are searched recursively for `*.toml`, in a stable (sorted) order,
//! following symbolic links but stopping at loops.
//!
//! The list is held for the whole run, so it is compact ([`Files`]: the paths' text in one
//! buffer), and a folder is walked as it is read, then sorted, rather than each folder's entries
//! held sorted while the walk goes down: with 10,000 files that is about 440 KB instead of 1.6 MB
//! at the walk's peak (docs/performance.md).

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::source::io_message;

/// An ordered list of paths, their text in one buffer: about 44 bytes a file, where a
/// `Vec<PathBuf>` takes 24 and an allocation of its own for each path.
#[derive(Debug, Default, Clone)]
pub struct Files {
    text: Vec<u8>,
    /// Where each path is in `text`: start and end.
    spans: Vec<(u32, u32)>,
}

/// The paths of a list would pass 4 GiB of text.
#[derive(Debug)]
pub struct TooMany;

impl Files {
    pub fn new() -> Self {
        Self::default()
    }

    /// The list of `paths`, in their order.
    pub fn of<P: AsRef<Path>>(paths: impl IntoIterator<Item = P>) -> Result<Self, TooMany> {
        let mut files = Self::new();
        for p in paths {
            files.push(p.as_ref())?;
        }
        Ok(files)
    }

    pub fn push(&mut self, path: &Path) -> Result<(), TooMany> {
        let bytes = path.as_os_str().as_bytes();
        let start = u32::try_from(self.text.len()).map_err(|_| TooMany)?;
        let end = u32::try_from(self.text.len() + bytes.len()).map_err(|_| TooMany)?;
        self.text.extend_from_slice(bytes);
        self.spans.push((start, end));
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// The `i`th path; `None` past the end.
    pub fn get(&self, i: usize) -> Option<&Path> {
        self.spans.get(i).map(|&span| self.path(span))
    }

    pub fn first(&self) -> Option<&Path> {
        self.get(0)
    }

    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Path> + DoubleEndedIterator + '_ {
        self.spans.iter().map(|&span| self.path(span))
    }

    /// The paths of `range` (which must lie within the list), for a parallel walk that keeps
    /// their order.
    pub fn par_range(
        &self,
        range: std::ops::Range<usize>,
    ) -> impl rayon::iter::IndexedParallelIterator<Item = &Path> + '_ {
        use rayon::prelude::*;
        self.spans[range].par_iter().map(|&span| self.path(span))
    }

    fn path(&self, (start, end): (u32, u32)) -> &Path {
        Path::new(OsStr::from_bytes(&self.text[start as usize..end as usize]))
    }

    /// Sorts the paths from the `from`th on, component by component: the order of a walk that
    /// visits each folder's entries by name.
    fn sort_from(&mut self, from: usize) {
        let (text, spans) = (&self.text, &mut self.spans[from..]);
        let path = |(s, e): (u32, u32)| Path::new(OsStr::from_bytes(&text[s as usize..e as usize]));
        spans.sort_unstable_by(|&a, &b| path(a).cmp(path(b)));
    }
}

/// The files found, and a problem for each argument or folder entry that could not be read.
pub fn answer_files(args: &[PathBuf]) -> (Files, Vec<Diagnostic>) {
    let mut files = Files::new();
    let mut problems = Vec::new();
    let too_many = |problems: &mut Vec<Diagnostic>, arg: &Path| {
        problems.push(Diagnostic::file(
            arg.display().to_string(),
            crate::t!("discover-too-many"),
        ))
    };
    for arg in args {
        if !arg.is_dir() {
            // Missing or unreadable files are reported when they are read, in order.
            if files.push(arg).is_err() {
                too_many(&mut problems, arg);
                break;
            }
            continue;
        }
        let (before, problems_before) = (files.len(), problems.len());
        // Walked in the order the folders give their entries, which is not stable; sorted
        // below, the files and this folder's problems alike.
        let mut full = false;
        for entry in walkdir::WalkDir::new(arg).follow_links(true) {
            match entry {
                Ok(e) if e.file_type().is_file() && is_toml(e.path()) => {
                    if files.push(e.path()).is_err() {
                        full = true;
                        break;
                    }
                }
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
        files.sort_from(before);
        problems[problems_before..].sort_by(|a, b| Path::new(&a.file).cmp(Path::new(&b.file)));
        if full {
            too_many(&mut problems, arg);
            break;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The order of a walk that reads each folder's entries sorted by name, as the first wave
    /// walked: the order the files are scored and listed in.
    fn walked_sorted(root: &Path) -> Vec<PathBuf> {
        walkdir::WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .map(|e| e.unwrap())
            .filter(|e| e.file_type().is_file() && is_toml(e.path()))
            .map(|e| e.into_path())
            .collect()
    }

    #[test]
    fn a_folder_is_listed_in_the_order_of_a_walk_sorted_by_name() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        // Created out of order, with names whose byte order and component order could differ:
        // the folder `a` sorts before `a.toml` and `a-b.toml` ('-' < '.' < '/'), `B` before `a`.
        for p in [
            "z.toml",
            "a.toml",
            "a-b.toml",
            "a/y.toml",
            "a/b/x.toml",
            "a/a.toml",
            "B.toml",
            "a b/c.toml",
            "aa/d.toml",
            "a/.hidden.toml",
            "a/notes.txt",
            "10.toml",
            "9.toml",
        ] {
            let path = root.join(p);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "").unwrap();
        }
        let (files, problems) = answer_files(&[root.to_path_buf()]);
        assert!(problems.is_empty(), "{problems:?}");
        let listed: Vec<PathBuf> = files.iter().map(Path::to_path_buf).collect();
        assert_eq!(listed, walked_sorted(root));
        assert_eq!(listed.len(), 11);
        assert_eq!(files.first(), Some(root.join("10.toml").as_path()));
    }

    #[test]
    fn files_given_are_kept_in_the_order_given_and_folders_sorted_each_in_turn() {
        let dir = tempfile::tempdir().unwrap();
        let (one, two) = (dir.path().join("one"), dir.path().join("two"));
        for p in [two.join("b.toml"), two.join("a.toml"), one.join("c.toml")] {
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, "").unwrap();
        }
        let given = dir.path().join("given.toml");
        let (files, _) = answer_files(&[two.clone(), given.clone(), one.clone()]);
        let listed: Vec<&Path> = files.iter().collect();
        assert_eq!(
            listed,
            [
                two.join("a.toml").as_path(),
                two.join("b.toml").as_path(),
                given.as_path(),
                one.join("c.toml").as_path()
            ]
        );
        assert_eq!(files.len(), 4);
        assert_eq!(files.get(4), None);
    }
}
