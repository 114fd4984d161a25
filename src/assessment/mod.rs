//! The assessment (answer) file: the model, its loader with validation against a framework
//! (`load.rs`), its canonical writer (`write.rs`) and the rewriter that keeps a person's comments
//! (`edit.rs`).
//!
//! The model holds only checked data: a loaded [`Assessment`] always fits the framework it was
//! checked against (known question ids, values of the right kind and range).

mod carry;
mod edit;
mod load;
mod write;

use std::collections::BTreeMap;

pub use carry::{Carried, CarrySummary, carry_forward, seen_through};
pub use edit::{
    Layout, Rewritten, Source, comment_lines, edit, person_comments, question_comments, rewrite,
    rewrite_from, rewrite_report,
};
pub use load::{Declared, declared_framework, load_file, parse, parse_with};

/// The years an assessment may be for.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;
pub use write::{now_timestamp, render, save, save_over};

/// The name a new answer file gets when none is given (`dgtk init`, `dgtk assess`):
/// `COUNTRY-YEAR.toml`, lowercase, in the current folder.
pub fn default_file(country: &str, year: i32) -> std::path::PathBuf {
    format!("{}-{year}.toml", country.to_lowercase()).into()
}

#[derive(Debug, Clone, PartialEq)]
pub struct Assessment {
    pub meta: Meta,
    /// Keyed by question id. A question with no entry (or an entry without a value) is
    /// unanswered: "come back later".
    pub answers: BTreeMap<String, Answer>,
    /// Target score (0-100) per principle id.
    pub targets: BTreeMap<String, f64>,
    /// For a file made by `dgtk merge`: what each contributor answered at the last merge
    /// (`[merged]`); empty for any other file.
    pub merged: Provenance,
}

/// What a merged file was merged from, so that a later `dgtk merge --into` knows which answers
/// a contributor changed since (and keeps every conflict a person settled meanwhile).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Provenance {
    /// Every contributor merged in so far (an organisation, else its assessors), in the order
    /// first merged.
    pub contributors: Vec<String>,
    /// Per question id: each contributor's answer at its last merge. A contributor that gave no
    /// answer to the question is absent.
    pub answers: BTreeMap<String, BTreeMap<String, Value>>,
}

impl Provenance {
    pub fn is_empty(&self) -> bool {
        self.contributors.is_empty() && self.answers.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Meta {
    pub framework: String,
    pub framework_version: String,
    pub country: String,
    pub organisation: Option<String>,
    pub year: i32,
    pub assessors: Vec<String>,
    pub status: Status,
    /// RFC 3339 timestamp of the last save by the tool.
    pub updated: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    Draft,
    Final,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Final => "final",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Answer {
    /// `None`: the entry exists (perhaps with draft evidence) but is not answered yet.
    pub value: Option<Value>,
    pub evidence: Option<String>,
    pub links: Vec<String>,
    /// Carried forward from a prior assessment and not yet confirmed.
    pub review: bool,
}

/// An answer's value. Which variants are allowed depends on the question's kind.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Level(u32),
    YesNo(bool),
    /// Checked item ids.
    Checklist(Vec<String>),
    Number(f64),
    /// Does not apply here; the reason is in the evidence. Left out of every score.
    NotApplicable,
    /// Don't know.
    Unknown,
}

impl Value {
    /// Short human form: `3`, `yes`, `2 of 5 items`... (`items` is the checklist length).
    pub fn display(&self) -> String {
        match self {
            Value::Level(l) => l.to_string(),
            Value::YesNo(true) => "yes".into(),
            Value::YesNo(false) => "no".into(),
            Value::Checklist(items) => items.join(", "),
            Value::Number(n) => format_number(*n),
            Value::NotApplicable => "n/a".into(),
            Value::Unknown => "unknown".into(),
        }
    }
}

/// A number as a person writes it: `72`, `72.5`.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else if n.abs() >= 1e15 {
        // `{n}` would write 1e20 as 100000000000000000000, which TOML reads as an integer too
        // large for it; the exponent form is a float it reads back exactly.
        format!("{n:e}")
    } else {
        format!("{n}")
    }
}

impl Assessment {
    /// A new, empty draft for a framework.
    pub fn new(framework: &crate::framework::Framework, country: &str, year: i32) -> Self {
        Assessment {
            meta: Meta {
                framework: framework.id.clone(),
                framework_version: framework.version.clone(),
                country: crate::country::canonical(country),
                organisation: None,
                year,
                assessors: Vec::new(),
                status: Status::Draft,
                updated: None,
            },
            answers: BTreeMap::new(),
            targets: BTreeMap::new(),
            merged: Provenance::default(),
        }
    }

    /// The value given to a question, if answered.
    pub fn value(&self, question: &str) -> Option<&Value> {
        self.answers.get(question).and_then(|a| a.value.as_ref())
    }

    /// Questions of the framework not answered yet, in framework order.
    pub fn unanswered<'f>(&self, framework: &'f crate::framework::Framework) -> Vec<&'f str> {
        framework
            .questions()
            .filter(|(_, q)| self.value(&q.id).is_none())
            .map(|(_, q)| q.id.as_str())
            .collect()
    }

    /// Question ids still flagged for review, in framework order.
    pub fn flagged<'f>(&self, framework: &'f crate::framework::Framework) -> Vec<&'f str> {
        framework
            .questions()
            .filter(|(_, q)| self.answers.get(&q.id).is_some_and(|a| a.review))
            .map(|(_, q)| q.id.as_str())
            .collect()
    }

    /// A short name for lists and tables: `XMP 2026` or `XMP/Ministry 2026`.
    pub fn label(&self) -> String {
        match &self.meta.organisation {
            Some(o) if !o.is_empty() => format!("{} ({}) {}", self.meta.country, o, self.meta.year),
            _ => format!("{} {}", self.meta.country, self.meta.year),
        }
    }
}
