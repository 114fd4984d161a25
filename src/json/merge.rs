//! `dgtk merge --format json`: what a merge wrote, the conflicts left open, what changed since
//! the last merge, and how far the files agree (Krippendorff's alpha per family of questions).

use schemars::JsonSchema;
use serde::Serialize;

use super::{AnswerJson, FrameworkRef, SCHEMA};
use crate::agreement::{Agreement, Alpha, Figures};
use crate::framework::Framework;
use crate::merge::{Change, Conflict, Merged};

/// `dgtk merge --format json`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct MergeDocument {
    /// The schema number of the document (1).
    pub schema: u32,
    /// The version of dgtk that wrote it.
    pub dgtk: String,
    pub framework: FrameworkRef,
    /// The merged file written.
    pub output: String,
    /// Whose assessment the merged file is (its `organisation`); `null` when it names none.
    pub organisation: Option<String>,
    /// The files merged, in the order given, with the contributor their answers are attributed
    /// to.
    pub files: Vec<MergeFileJson>,
    /// Questions answered alike by two or more files.
    pub agreed: usize,
    /// Questions answered by one file only.
    pub single: usize,
    /// Questions no file answered (and the merged file had no answer for).
    pub unanswered: usize,
    /// Merged answers still flagged for review.
    pub flagged: usize,
    /// Answers and targets the files disagree on, left unset for a person to settle.
    pub conflicts: Vec<ConflictJson>,
    /// `n/a` answers given by one contributor only: kept, flagged for review, listed to check.
    pub single_na: Vec<SingleNaJson>,
    /// With `--into`: the merged file's answers that changed in this merge.
    pub changes: Vec<ChangeJson>,
    /// With `--into`: questions whose conflict was settled in the merged file and stays settled
    /// (their contributors' answers did not change).
    pub kept_settled: Vec<String>,
    pub agreement: AgreementJson,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct MergeFileJson {
    pub file: String,
    /// The organisation, else the assessors, else the file name.
    pub contributor: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ConflictJson {
    /// `answer` (a question) or `target` (a principle's target).
    pub kind: String,
    /// The question or principle id.
    pub id: String,
    /// Only the contributors that answered (or set a target).
    pub values: Vec<ContributedJson>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ContributedJson {
    pub contributor: String,
    /// The answer as in an answer file; for a target, its number.
    pub value: AnswerJson,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct SingleNaJson {
    pub question: String,
    pub contributor: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ChangeJson {
    pub question: String,
    /// The merged file's answer before (`null`: none).
    pub old: Option<AnswerJson>,
    /// Its answer now (`null`: none, as for a new conflict).
    pub new: Option<AnswerJson>,
    /// `changed`, `new_conflict` or `conflict_resolved`.
    pub change: String,
}

/// How far the files agree, overall and per principle.
#[derive(Debug, Serialize, JsonSchema)]
pub struct AgreementJson {
    /// How many files were compared.
    pub files: usize,
    pub overall: AgreementFiguresJson,
    /// Every principle, in framework order.
    pub principles: Vec<PrincipleAgreementJson>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct PrincipleAgreementJson {
    pub id: String,
    pub number: u32,
    pub title: String,
    #[serde(flatten)]
    pub figures: AgreementFiguresJson,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct AgreementFiguresJson {
    /// Questions answered by two or more files (`n/a` and `unknown` count as answers).
    pub compared: usize,
    /// Of those, the questions every file answered alike.
    pub agreed: usize,
    /// `agreed / compared` (0-1); `null` when `compared` is 0.
    pub share: Option<f64>,
    /// Krippendorff's alpha per family of questions (there is no pooled alpha: the families
    /// are measured on different metrics).
    pub alpha: AlphasJson,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct AlphasJson {
    /// Ordinal alpha over the level questions.
    pub levels: AlphaJson,
    /// Nominal alpha over the yes/no questions and every checklist item.
    pub yes_no: AlphaJson,
    /// Interval alpha over the number questions, each rescaled to its declared range.
    pub numbers: AlphaJson,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct AlphaJson {
    /// `nominal`, `ordinal` or `interval`.
    pub metric: String,
    /// Alpha (1 perfect agreement, 0 chance, may be negative); `null` when it cannot be
    /// computed, with `reason`.
    pub value: Option<f64>,
    /// `reliable` (at least 0.800), `tentative` (0.667 to 0.800) or `unreliable`; `null` with
    /// `value`.
    pub reading: Option<String>,
    /// Why it cannot be computed (`null` when it can).
    pub reason: Option<String>,
    /// Units (questions, or checklist items) answered by two or more files.
    pub units: usize,
    /// The answers in those units.
    pub values: usize,
}

impl From<&Alpha> for AlphaJson {
    fn from(a: &Alpha) -> Self {
        AlphaJson {
            metric: a.metric.as_str().into(),
            value: a.value.ok(),
            reading: a.value.ok().map(|v| crate::agreement::reading(v).into()),
            reason: a.value.err().map(|r| r.reason().into()),
            units: a.units,
            values: a.values,
        }
    }
}

impl From<&Figures> for AgreementFiguresJson {
    fn from(f: &Figures) -> Self {
        AgreementFiguresJson {
            compared: f.compared,
            agreed: f.agreed,
            share: f.share(),
            alpha: AlphasJson {
                levels: (&f.levels).into(),
                yes_no: (&f.yes_no).into(),
                numbers: (&f.numbers).into(),
            },
        }
    }
}

impl AgreementJson {
    pub fn build(a: &Agreement, f: &Framework) -> Self {
        AgreementJson {
            files: a.files,
            overall: (&a.overall).into(),
            principles: a
                .principles
                .iter()
                .zip(&f.principles)
                .map(|((id, figures), p)| PrincipleAgreementJson {
                    id: id.clone(),
                    number: p.number,
                    title: p.title.clone(),
                    figures: figures.into(),
                })
                .collect(),
        }
    }
}

impl MergeDocument {
    pub fn build(f: &Framework, output: &str, files: &[(String, String)], m: &Merged) -> Self {
        MergeDocument {
            schema: SCHEMA,
            dgtk: env!("CARGO_PKG_VERSION").into(),
            framework: FrameworkRef::of(f),
            output: output.into(),
            organisation: m.assessment.meta.organisation.clone(),
            files: files
                .iter()
                .map(|(file, c)| MergeFileJson {
                    file: file.clone(),
                    contributor: c.clone(),
                })
                .collect(),
            agreed: m.agreed,
            single: m.single,
            unanswered: m.unanswered,
            flagged: m.flagged,
            conflicts: m.conflicts.iter().map(conflict).collect(),
            single_na: m
                .single_na
                .iter()
                .map(|(q, c)| SingleNaJson {
                    question: q.clone(),
                    contributor: c.clone(),
                })
                .collect(),
            changes: m.changes.iter().map(change).collect(),
            kept_settled: m.kept_settled.clone(),
            agreement: AgreementJson::build(&m.agreement, f),
        }
    }
}

fn conflict(c: &Conflict) -> ConflictJson {
    match c {
        Conflict::Answer { question, answers } => ConflictJson {
            kind: "answer".into(),
            id: question.clone(),
            values: answers
                .iter()
                .filter_map(|(who, v)| {
                    v.as_ref().map(|v| ContributedJson {
                        contributor: who.clone(),
                        value: v.into(),
                    })
                })
                .collect(),
        },
        Conflict::Target { principle, targets } => ConflictJson {
            kind: "target".into(),
            id: principle.clone(),
            values: targets
                .iter()
                .filter_map(|(who, t)| {
                    t.map(|t| ContributedJson {
                        contributor: who.clone(),
                        value: AnswerJson::Number(t),
                    })
                })
                .collect(),
        },
    }
}

fn change(c: &Change) -> ChangeJson {
    ChangeJson {
        question: c.question.clone(),
        old: c.old.as_ref().map(Into::into),
        new: c.new.as_ref().map(Into::into),
        change: c.kind.as_str().into(),
    }
}
