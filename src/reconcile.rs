//! Saving an answer file that someone may have changed on disk since it was read: an editor, a
//! `git pull`, another tool. Before each save the file on disk is compared with what this session
//! last read or wrote; if it changed, the change is kept: the file is reloaded and only what this
//! session changed since (the answer just given, a status) is applied on top. If the change on
//! disk touches the same question, nothing is written and the caller is told why.
//!
//! A three-way merge of [`Assessment`]s: the base (last read or written), ours (in memory), theirs
//! (on disk now). Nothing here prints; [`Tracker::before_save`] returns a note to show.

use std::collections::BTreeSet;
use std::io;
use std::path::Path;

use crate::assessment::{self, Assessment};
use crate::framework::Framework;

/// What this session last read from or wrote to one answer file.
#[derive(Debug)]
pub struct Tracker {
    /// The file's bytes as last read or written; `None` if it did not exist.
    bytes: Option<Vec<u8>>,
    /// The assessment those bytes hold.
    base: Assessment,
}

/// The change on disk and the answer just given touch the same question.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::t!("reconcile-conflict", file = file.as_str(), what = what.as_str()))]
pub struct Conflict {
    pub file: String,
    pub what: String,
}

impl Tracker {
    /// Starts tracking `path`, whose content is `base` as just read (or just created).
    pub fn new(path: &Path, base: &Assessment) -> Self {
        Self {
            bytes: std::fs::read(path).ok(),
            base: base.clone(),
        }
    }

    /// Before writing `ours` to `path`: if the file on disk is not what this session last saw,
    /// merges the change on disk into `ours` (returning a note saying so) or refuses.
    pub fn before_save(
        &self,
        path: &Path,
        ours: &mut Assessment,
        f: &Framework,
    ) -> io::Result<Option<String>> {
        let now = std::fs::read(path).ok();
        if now == self.bytes {
            return Ok(None);
        }
        let shown = path.display().to_string();
        let Some(now) = now else {
            return Ok(Some(crate::t!("reconcile-removed", file = shown.as_str())));
        };
        let text =
            crate::source::decode(&shown, now).map_err(|d| io::Error::other(d.to_string()))?;
        let theirs = assessment::parse(&shown, &text, f).map_err(|problems| {
            let first = problems.first().map_or(String::new(), |d| format!(": {d}"));
            io::Error::other(crate::t!(
                "reconcile-invalid",
                file = shown.as_str(),
                first = first
            ))
        })?;
        let changed = merge(&self.base, ours, &theirs).map_err(|what| {
            io::Error::other(
                Conflict {
                    file: shown.clone(),
                    what,
                }
                .to_string(),
            )
        })?;
        let kept = if changed.is_empty() {
            crate::t!("reconcile-nothing-reapplied")
        } else {
            crate::t!("reconcile-reapplied", list = changed.join(", "))
        };
        Ok(Some(crate::t!(
            "reconcile-reloaded",
            file = shown.as_str(),
            kept = kept
        )))
    }

    /// After `a` was written to `path`: that is now what this session last saw.
    pub fn after_save(&mut self, path: &Path, a: &Assessment) {
        self.bytes = std::fs::read(path).ok();
        self.base = a.clone();
    }
}

/// Replaces `ours` with `theirs` plus what `ours` changed since `base`; returns what was
/// re-applied ("the answer to ID", "the status"), or the first thing both sides changed
/// differently.
fn merge(
    base: &Assessment,
    ours: &mut Assessment,
    theirs: &Assessment,
) -> Result<Vec<String>, String> {
    let mut merged = theirs.clone();
    let mut applied = Vec::new();
    let ids: BTreeSet<&String> = base.answers.keys().chain(ours.answers.keys()).collect();
    for id in ids {
        let (b, o, t) = (
            base.answers.get(id),
            ours.answers.get(id),
            theirs.answers.get(id),
        );
        if o == b {
            continue;
        }
        if t != b && t != o {
            return Err(crate::t!("reconcile-what-question", id = id.as_str()));
        }
        match o {
            Some(o) => merged.answers.insert(id.clone(), o.clone()),
            None => merged.answers.remove(id),
        };
        applied.push(crate::t!("reconcile-what-answer", id = id.as_str()));
    }
    if ours.meta.status != base.meta.status {
        if theirs.meta.status != base.meta.status && theirs.meta.status != ours.meta.status {
            return Err(crate::t!("reconcile-what-status"));
        }
        merged.meta.status = ours.meta.status;
        applied.push(crate::t!("reconcile-what-status"));
    }
    if ours.targets != base.targets {
        if theirs.targets != base.targets && theirs.targets != ours.targets {
            return Err(crate::t!("reconcile-what-targets"));
        }
        merged.targets = ours.targets.clone();
        applied.push(crate::t!("reconcile-what-targets"));
    }
    *ours = merged;
    Ok(applied)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answer, Status, Value};

    fn answer(level: u32) -> Answer {
        Answer {
            value: Some(Value::Level(level)),
            ..Answer::default()
        }
    }

    fn base() -> Assessment {
        let f = crate::framework::load_builtin().unwrap();
        Assessment::new(&f, "XMP", 2026)
    }

    #[test]
    fn a_change_on_disk_to_another_question_is_kept() {
        let b = base();
        let mut ours = b.clone();
        ours.answers.insert("q1".into(), answer(3));
        let mut theirs = b.clone();
        theirs.answers.insert("q2".into(), answer(1));
        theirs.meta.organisation = Some("edited by hand".into());
        let applied = merge(&b, &mut ours, &theirs).unwrap();
        assert_eq!(applied, ["the answer to q1"]);
        assert_eq!(ours.answers["q1"], answer(3));
        assert_eq!(ours.answers["q2"], answer(1));
        assert_eq!(ours.meta.organisation.as_deref(), Some("edited by hand"));
    }

    #[test]
    fn the_same_question_changed_on_both_sides_is_a_conflict() {
        let b = base();
        let mut ours = b.clone();
        ours.answers.insert("q1".into(), answer(3));
        let mut theirs = b.clone();
        theirs.answers.insert("q1".into(), answer(1));
        let before = ours.clone();
        assert_eq!(merge(&b, &mut ours, &theirs).unwrap_err(), "question q1");
        assert_eq!(ours, before, "nothing is merged on a conflict");
        // The same answer on both sides is no conflict.
        let mut theirs = b.clone();
        theirs.answers.insert("q1".into(), answer(3));
        assert!(merge(&b, &mut ours, &theirs).is_ok());
    }

    #[test]
    fn the_status_is_reapplied() {
        let b = base();
        let mut ours = b.clone();
        ours.meta.status = Status::Final;
        let theirs = b.clone();
        merge(&b, &mut ours, &theirs).unwrap();
        assert_eq!(ours.meta.status, Status::Final);
    }

    #[test]
    fn an_unchanged_file_needs_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.toml");
        let f = crate::framework::load_builtin().unwrap();
        let mut a = base();
        crate::assessment::save(&p, &mut a, &f).unwrap();
        let mut t = Tracker::new(&p, &a);
        let mut ours = a.clone();
        assert!(t.before_save(&p, &mut ours, &f).unwrap().is_none());
        // Someone edits the file: an organisation is added.
        let text = std::fs::read_to_string(&p).unwrap();
        let edited = text.replacen("year = 2026", "year = 2026\norganisation = \"Ministry\"", 1);
        assert_ne!(edited, text);
        std::fs::write(&p, edited).unwrap();
        let note = t.before_save(&p, &mut ours, &f).unwrap().unwrap();
        assert!(note.contains("changed on disk"), "{note}");
        assert_eq!(ours.meta.organisation.as_deref(), Some("Ministry"));
        t.after_save(&p, &ours);
    }
}
