//! The batch engine: reads, checks and scores many answer files in parallel, in chunks, handing
//! each result on in the order of the files as soon as its chunk is done. `dgtk score` and `dgtk
//! compare` (and a library caller) run on it; what each does with a scored file is theirs.

use std::path::PathBuf;

use crate::discover::Files;

use anyhow::Result;
use rayon::prelude::*;

use crate::assessment::Assessment;
use crate::diag::Diagnostic;
use crate::framework::{Framework, Versions};
use crate::score::{Scorecard, score};

/// Files scored per parallel batch: enough to keep every core busy, few enough that memory does
/// not grow with the size of the collection.
const CHUNK: usize = 256;

/// One scored file.
pub struct Scored<'f> {
    pub file: PathBuf,
    pub assessment: Assessment,
    pub card: Scorecard,
    /// The framework version that checked and scored it (its own, see [`Versions`]).
    pub framework: &'f Framework,
}

/// Reads, checks and scores every file, in order, handing each result to `each` as soon as its
/// chunk is done. `progress` is called once per file.
pub fn score_files<'f>(
    files: &Files,
    f: &'f Versions,
    progress: &(dyn Fn() + Sync),
    each: &mut dyn FnMut(Result<Scored<'f>, Vec<Diagnostic>>) -> Result<()>,
) -> Result<()> {
    score_files_with(files, f, progress, &|s| s, each)
}

/// As [`score_files`], with `prepare` applied to each scored file on the worker thread that
/// scored it. A caller that only needs some text of each file (its output rows) prepares it
/// there: the work runs in parallel, and the file's assessment is dropped on the thread that
/// built it, so the thread that consumes the results in order does little more than append.
pub fn score_files_with<'f, T: Send>(
    files: &Files,
    versions: &'f Versions,
    progress: &(dyn Fn() + Sync),
    prepare: &(dyn Fn(Scored<'f>) -> T + Sync),
    each: &mut dyn FnMut(Result<T, Vec<Diagnostic>>) -> Result<()>,
) -> Result<()> {
    for start in (0..files.len()).step_by(CHUNK) {
        let results: Vec<_> = files
            .par_range(start..files.len().min(start + CHUNK))
            .map(|path| {
                let name = path.display().to_string();
                // The file is read once: its text tells which version checks it.
                let r = crate::source::read_text(path)
                    .map_err(|d| vec![d])
                    .and_then(|text| {
                        versions.parse(&name, &text).map(|(a, f)| {
                            let card = score(&a, f);
                            prepare(Scored {
                                file: path.to_path_buf(),
                                assessment: a,
                                card,
                                framework: f,
                            })
                        })
                    });
                progress();
                r
            })
            .collect();
        for r in results {
            each(r)?;
        }
    }
    Ok(())
}
