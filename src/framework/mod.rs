//! The framework: pillars, principles, questions, the level scale, maturity bands and scoring
//! options, as loaded from a `principles/` folder (see `docs/framework-format.md`).
//!
//! This is plain data with lookups. Nothing here assumes how many pillars, principles, questions
//! or levels there are, or what they are called.

mod load;

use std::collections::HashMap;

pub use load::{file_schema, is_slug, load_builtin, load_dir, load_dir_noting, load_files};

/// A loaded, validated framework.
#[derive(Debug, Clone)]
pub struct Framework {
    pub id: String,
    pub title: String,
    pub version: String,
    pub source: String,
    /// How to answer: the rules every assessor reads first (what is assessed, how to pick a
    /// level). May be empty.
    pub guidance: String,
    pub scoring: ScoringOptions,
    /// Sorted by their `order`.
    pub pillars: Vec<Pillar>,
    /// Index = level; levels run 0..scale.len().
    pub scale: Vec<String>,
    /// Sorted by `from`; the first starts at 0.
    pub bands: Vec<Band>,
    /// Sorted by their `number`.
    pub principles: Vec<Principle>,
    /// Where it came from: "built-in" or the folder it was read from.
    pub origin: String,
    index: HashMap<String, (usize, usize)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ScoringOptions {
    pub unknown: UnknownPolicy,
    pub overall: OverallMethod,
}

/// How an `unknown` ("don't know") answer is scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UnknownPolicy {
    /// It scores 0: what cannot be shown is not counted as done.
    #[default]
    Zero,
    /// It is left out of the score, like `n/a`.
    Exclude,
}

/// How the overall score is formed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OverallMethod {
    /// The unweighted mean of the pillar scores.
    #[default]
    Pillars,
    /// The weighted mean of all principle scores.
    Principles,
}

#[derive(Debug, Clone)]
pub struct Pillar {
    pub id: String,
    pub title: String,
    pub order: i64,
}

#[derive(Debug, Clone)]
pub struct Band {
    pub from: f64,
    pub label: String,
}

#[derive(Debug, Clone)]
pub struct Principle {
    pub number: u32,
    pub id: String,
    pub pillar: String,
    pub title: String,
    pub summary: String,
    pub weight: f64,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub text: String,
    pub guidance: String,
    pub weight: f64,
    pub replaces: Vec<String>,
}

#[derive(Debug, Clone)]
pub enum QuestionKind {
    /// One of the scale's levels, with a descriptor per level (index = level).
    Level {
        descriptors: Vec<String>,
    },
    YesNo,
    Checklist {
        items: Vec<ChecklistItem>,
    },
    Number {
        unit: String,
        min: f64,
        max: f64,
        better: Better,
    },
}

#[derive(Debug, Clone)]
pub struct ChecklistItem {
    pub id: String,
    pub text: String,
    pub weight: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Better {
    Higher,
    Lower,
}

impl Better {
    /// "higher is better" or "lower is better".
    pub fn phrase(self) -> &'static str {
        match self {
            Better::Higher => "higher is better",
            Better::Lower => "lower is better",
        }
    }
}

impl QuestionKind {
    /// The name used in framework files.
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::Level { .. } => "level",
            QuestionKind::YesNo => "yes_no",
            QuestionKind::Checklist { .. } => "checklist",
            QuestionKind::Number { .. } => "number",
        }
    }
}

impl Framework {
    /// Every question with its principle, in framework order.
    pub fn questions(&self) -> impl Iterator<Item = (&Principle, &Question)> {
        self.principles
            .iter()
            .flat_map(|p| p.questions.iter().map(move |q| (p, q)))
    }

    pub fn question_count(&self) -> usize {
        self.principles.iter().map(|p| p.questions.len()).sum()
    }

    pub fn question(&self, id: &str) -> Option<(&Principle, &Question)> {
        let &(p, q) = self.index.get(id)?;
        let principle = &self.principles[p];
        Some((principle, &principle.questions[q]))
    }

    pub fn principle(&self, id: &str) -> Option<&Principle> {
        self.principles.iter().find(|p| p.id == id)
    }

    /// A principle by id, or by its number (`"7"`).
    pub fn find_principle(&self, key: &str) -> Option<&Principle> {
        self.principle(key).or_else(|| {
            let n: u32 = key.trim().parse().ok()?;
            self.principles.iter().find(|p| p.number == n)
        })
    }

    pub fn pillar(&self, id: &str) -> Option<&Pillar> {
        self.pillars.iter().find(|p| p.id == id)
    }

    /// The principles of a pillar, in order.
    pub fn principles_of<'a>(&'a self, pillar: &'a str) -> impl Iterator<Item = &'a Principle> {
        self.principles.iter().filter(move |p| p.pillar == pillar)
    }

    /// The highest level of the scale.
    pub fn max_level(&self) -> u32 {
        (self.scale.len() - 1) as u32
    }

    /// The name of the maturity band a 0-100 score falls in.
    pub fn band(&self, score: f64) -> &str {
        self.bands
            .iter()
            .rev()
            .find(|b| score >= b.from)
            .or(self.bands.first())
            .map_or("", |b| b.label.as_str())
    }
}
