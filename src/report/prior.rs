//! Reading the prior assessments a report compares with, including priors answered on another
//! version of the framework (see docs/report.md, "Priors of another framework version").
//!
//! - Another framework id: refused; the figures would not mean the same thing.
//! - The same version as the loaded framework: read and checked as usual.
//! - Another version, with that version's folder given (`--prior-framework DIR`): read and scored
//!   with its own framework, so its figures are the ones published that year.
//! - Another version, without its folder: read on the questions in common only. Answers to
//!   questions the loaded version no longer asks are left out (an answer to a question that a
//!   current question `replaces` counts for it), and its scores are recomputed with the loaded
//!   framework's rules.
//!
//! Either way the share of questions in common is measured, for the report to state. Nothing
//! here prints.

use std::path::Path;

use serde::Deserialize;

use crate::assessment::{self, Assessment, Status};
use crate::diag::Diagnostic;
use crate::framework::Framework;
use crate::source::read_text;

/// How a prior relates to the framework of the assessment reported on.
#[derive(Debug, Clone, PartialEq)]
pub struct Overlap {
    /// The framework version the prior was answered on.
    pub prior_version: String,
    /// Questions of the loaded framework that the prior's version also asks (by id or through
    /// `replaces`).
    pub common: usize,
    /// Questions of the loaded framework.
    pub total: usize,
    pub basis: OverlapBasis,
}

impl Overlap {
    /// Share of the loaded framework's questions in common, 0-1.
    pub fn share(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.common as f64 / self.total as f64
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum OverlapBasis {
    /// The prior's own framework was loaded (`--prior-framework`) and scored it.
    PriorFramework,
    /// No folder for the prior's version: it was read on the questions in common, and its
    /// answers to `left_out` questions that the loaded version does not ask were set aside.
    AnswersInCommon { left_out: usize },
}

/// A prior assessment, read.
#[derive(Debug)]
pub struct Prior {
    pub assessment: Assessment,
    /// `None`: read with the loaded framework. `Some(i)`: with the i-th `--prior-framework`.
    pub framework: Option<usize>,
    /// Set when the prior was answered on another framework version.
    pub overlap: Option<Overlap>,
}

#[derive(Debug)]
pub enum PriorError {
    /// The prior is an assessment of another framework altogether.
    OtherFramework { file: String, found: String },
    /// The file could not be read or is not valid.
    Invalid(Vec<Diagnostic>),
}

#[derive(Deserialize)]
struct Peek {
    assessment: PeekMeta,
}

#[derive(Deserialize)]
struct PeekMeta {
    framework: String,
    framework_version: String,
}

/// Reads a prior of the loaded framework `f`; `others` are the folders given for other versions.
pub fn load(path: &Path, f: &Framework, others: &[Framework]) -> Result<Prior, PriorError> {
    let name = path.display().to_string();
    let text = read_text(path).map_err(|d| PriorError::Invalid(vec![d]))?;
    let peek: Option<Peek> = toml::from_str(&text).ok();
    let Some(Peek { assessment: meta }) = peek else {
        // Not even the header reads: let the full check say why, with line and column.
        return assessment::parse(&name, &text, f)
            .map(|a| Prior {
                assessment: a,
                framework: None,
                overlap: None,
            })
            .map_err(PriorError::Invalid);
    };
    if meta.framework != f.id {
        return Err(PriorError::OtherFramework {
            file: name,
            found: meta.framework,
        });
    }
    if meta.framework_version == f.version {
        let a = assessment::parse(&name, &text, f).map_err(PriorError::Invalid)?;
        return Ok(Prior {
            assessment: a,
            framework: None,
            overlap: None,
        });
    }
    if let Some(i) = others
        .iter()
        .position(|o| o.id == f.id && o.version == meta.framework_version)
    {
        let own = &others[i];
        let a = assessment::parse(&name, &text, own).map_err(PriorError::Invalid)?;
        let common = common_questions(f, |id| own.question(id).is_some());
        return Ok(Prior {
            assessment: a,
            framework: Some(i),
            overlap: Some(Overlap {
                prior_version: meta.framework_version,
                common,
                total: f.question_count(),
                basis: OverlapBasis::PriorFramework,
            }),
        });
    }
    on_common_questions(&name, &text, f, &meta.framework_version)
}

/// How many questions of `f` continue a question for which `known` holds (by id or `replaces`).
pub fn common_questions(f: &Framework, known: impl Fn(&str) -> bool) -> usize {
    f.questions()
        .filter(|(_, q)| known(&q.id) || q.replaces.iter().any(|r| known(r)))
        .count()
}

/// Reads a prior of another framework version with the loaded framework, keeping only the answers
/// and targets that framework knows.
fn on_common_questions(
    name: &str,
    text: &str,
    f: &Framework,
    version: &str,
) -> Result<Prior, PriorError> {
    let original_problems = || match assessment::parse(name, text, f) {
        Err(problems) => PriorError::Invalid(problems),
        Ok(_) => PriorError::Invalid(vec![Diagnostic::file(
            name,
            "cannot be read on the questions in common with the loaded framework",
        )]),
    };
    let mut table: toml::Table = toml::from_str(text).map_err(|_| original_problems())?;
    let mut answered: Vec<String> = Vec::new();
    let mut left_out = 0;
    if let Some(toml::Value::Table(answers)) = table.get_mut("answers") {
        let old = std::mem::take(answers);
        answered = old.keys().cloned().collect();
        for (id, value) in old {
            let kept = if f.question(&id).is_some() {
                Some(id)
            } else {
                // An answer to a question that a current question continues counts for it,
                // unless the file also answers the current question itself.
                f.questions()
                    .find(|(_, q)| q.replaces.contains(&id))
                    .map(|(_, q)| q.id.clone())
                    .filter(|new| !answered.contains(new))
            };
            match kept {
                Some(id) => {
                    answers.insert(id, value);
                }
                None => left_out += 1,
            }
        }
    }
    if let Some(toml::Value::Table(targets)) = table.get_mut("targets") {
        targets.retain(|id, _| f.principle(id).is_some());
    }
    // A final prior of another version is incomplete for this one by design; it is read as a
    // draft and keeps its own status in the report.
    let mut status = Status::Draft;
    if let Some(toml::Value::Table(meta)) = table.get_mut("assessment")
        && let Some(toml::Value::String(s)) = meta.get_mut("status")
    {
        if s == "final" {
            status = Status::Final;
        }
        *s = "draft".into();
    }
    let filtered = toml::to_string(&table).map_err(|_| original_problems())?;
    let mut a = assessment::parse(name, &filtered, f).map_err(|_| original_problems())?;
    a.meta.status = status;
    let common = common_questions(f, |id| answered.iter().any(|a| a == id));
    Ok(Prior {
        assessment: a,
        framework: None,
        overlap: Some(Overlap {
            prior_version: version.to_string(),
            common,
            total: f.question_count(),
            basis: OverlapBasis::AnswersInCommon { left_out },
        }),
    })
}
