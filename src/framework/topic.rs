//! A principle or a question named on the command line (`dgtk principles KEY`, `dgtk assess
//! --principle KEY`): found by number, id or `PRINCIPLE.N`, or the one usage error for a key the
//! framework does not have, with the nearest id and the range of numbers there are.

use super::{Framework, Principle};
use crate::error::CliError;

/// A principle by number or id, or the one "no such principle" error (a usage error: the
/// command line names it).
pub(crate) fn find_principle<'f>(
    f: &'f Framework,
    key: &str,
) -> std::result::Result<&'f Principle, CliError> {
    f.find_principle(key)
        .ok_or_else(|| no_principle(f, key, false))
}

/// What `dgtk principles KEY` shows: a principle, or one of its questions (by index).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Topic<'f> {
    Principle(&'f Principle),
    Question(&'f Principle, usize),
}

impl<'f> Topic<'f> {
    pub(crate) fn principle(self) -> &'f Principle {
        match self {
            Topic::Principle(p) | Topic::Question(p, _) => p,
        }
    }
}

/// A principle (number or id) or a question (`PRINCIPLE.N`, e.g. `4.5`, or its id); an unknown
/// key is the same error as an unknown principle.
pub(crate) fn find_topic<'f>(
    f: &'f Framework,
    key: &str,
) -> std::result::Result<Topic<'f>, CliError> {
    if let Some(p) = f.find_principle(key) {
        return Ok(Topic::Principle(p));
    }
    if let Some((pn, qn)) = key.trim().split_once('.')
        && let (Some(p), Ok(n)) = (f.find_principle(pn), qn.parse::<usize>())
        && (1..=p.questions.len()).contains(&n)
    {
        return Ok(Topic::Question(p, n - 1));
    }
    if let Some((p, _)) = f.question(key.trim()) {
        let i = p.questions.iter().position(|q| q.id == key.trim());
        if let Some(i) = i {
            return Ok(Topic::Question(p, i));
        }
    }
    Err(no_principle(f, key, true))
}

/// The one message for a principle (or, with `questions`, a principle or question) that the
/// framework does not have.
fn no_principle(f: &Framework, key: &str, questions: bool) -> CliError {
    let ids = f.principles.iter().map(|p| p.id.as_str());
    let hint = if questions {
        crate::diag::suggestion_here(key, ids.chain(f.questions().map(|(_, q)| q.id.as_str())))
    } else {
        crate::diag::suggestion_here(key, ids)
    };
    let range = match (f.principles.first(), f.principles.last()) {
        (Some(a), Some(b)) => crate::t!(
            "usage-principle-range",
            first = a.number.to_string(),
            last = b.number.to_string()
        ),
        _ => crate::t!("usage-principle-none"),
    };
    let also = if questions {
        crate::t!("usage-principle-or-question")
    } else {
        String::new()
    };
    CliError::usage(crate::t!(
        "usage-no-principle",
        key = key,
        framework = f.id.as_str(),
        hint = hint
    ))
    .hint(crate::t!(
        "usage-no-principle-hint",
        range = range,
        also = also
    ))
}
