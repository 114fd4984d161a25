//! The framework: pillars, principles, questions, the level scale, maturity bands and scoring
//! options, as loaded from a `principles/` folder (see `docs/framework-format.md`).
//!
//! This is plain data with lookups. Nothing here assumes how many pillars, principles, questions
//! or levels there are, or what they are called.

mod load;
pub(crate) mod topic;
mod translate;
mod versions;

use std::collections::HashMap;

pub use load::{
    builtin_versions, file_schema, is_slug, is_web_address, load_builtin, load_builtin_in,
    load_builtin_version, load_builtin_version_in, load_dir, load_dir_noting, load_files,
};
pub use translate::translation_schema;
pub use versions::{Versions, compare_versions};

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
    /// A second grouping of questions across principles, sorted by their `order`. Empty when the
    /// framework declares none; then no question has a dimension.
    pub dimensions: Vec<Dimension>,
    /// Reference definitions every assessor uses, in file order.
    pub definitions: Vec<Definition>,
    /// The framework's own alternative methods for `score --sensitivity` (`[[alternatives]]` in
    /// `framework.toml`), in file order; used beside the standard set (see `crate::sensitivity`).
    pub alternatives: Vec<Alternative>,
    /// Where it came from: "built-in" or the folder it was read from.
    pub origin: String,
    /// The language of its texts: its main one, or a translation (see [`TextLanguage`]).
    pub language: TextLanguage,
    index: HashMap<String, (usize, usize)>,
}

/// Which language a framework's texts are in. Only texts change with the language; ids, numbers
/// and scoring never do.
#[derive(Debug, Clone, Default)]
pub struct TextLanguage {
    /// The framework's main language (`language` in `framework.toml`, English if not given).
    pub main: String,
    /// The language its texts are shown in: the one asked for when the framework has a
    /// translation folder for it, else the main one.
    pub shown: String,
    /// The language asked for the run, if any (see `crate::lang`).
    pub asked: Option<String>,
    /// Where `shown` is a translation: the texts it leaves in the main language, one line each
    /// ("principle 4 (privacy-security), question q: guidance").
    pub untranslated: Vec<String>,
    /// Where `shown` is a translation: each number question's unit in the main language, by
    /// question id, for the cells that never change with the language (CSV, workbooks).
    pub main_units: HashMap<String, String>,
}

impl TextLanguage {
    /// Was a language asked for that the framework does not have (its texts are in the main one)?
    pub fn fell_back(&self) -> bool {
        self.asked.as_ref().is_some_and(|a| *a != self.shown)
    }
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

/// How an alternative method forms the overall score (`overall` in `[[alternatives]]`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aggregation {
    /// The plain mean of the pillar scores.
    Pillars,
    /// The weighted mean of all principle scores (principle weights).
    Principles,
    /// The weighted mean of all question scores (question weights), ignoring principles and
    /// pillars.
    Questions,
    /// The geometric mean of the pillar scores: a weak pillar is not made up by a strong one.
    GeometricPillars,
    /// The lowest pillar score.
    WeakestPillar,
}

impl Aggregation {
    /// Every aggregation, with the name used in framework files.
    pub const ALL: [(Aggregation, &'static str); 5] = [
        (Aggregation::Pillars, "pillars"),
        (Aggregation::Principles, "principles"),
        (Aggregation::Questions, "questions"),
        (Aggregation::GeometricPillars, "geometric-pillars"),
        (Aggregation::WeakestPillar, "weakest-pillar"),
    ];

    /// The framework's own method of forming the overall score.
    pub fn of(m: OverallMethod) -> Self {
        match m {
            OverallMethod::Pillars => Aggregation::Pillars,
            OverallMethod::Principles => Aggregation::Principles,
        }
    }

    /// The name used in framework files.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(a, _)| *a == self)
            .map_or("", |(_, n)| n)
    }
}

/// An alternative method of scoring, to test whether a band holds (`[[alternatives]]`). Whatever
/// it does not set is as the framework's own method.
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    pub id: String,
    pub title: String,
    /// Why the alternative is defensible, in plain words (may be empty).
    pub why: String,
    /// The score (0-1) of each level, index = level; `None` keeps level / top level.
    pub levels: Option<Vec<f64>>,
    pub overall: Option<Aggregation>,
    pub unknown: Option<UnknownPolicy>,
}

#[derive(Debug, Clone)]
pub struct Pillar {
    pub id: String,
    pub title: String,
    pub order: i64,
}

/// A grouping of questions across principles (`[[dimensions]]` in `framework.toml`).
#[derive(Debug, Clone)]
pub struct Dimension {
    pub id: String,
    pub title: String,
    pub order: i64,
}

/// A reference definition (`[[definitions]]` in `framework.toml`).
#[derive(Debug, Clone)]
pub struct Definition {
    pub term: String,
    pub text: String,
}

/// A good-practice case of a principle (`[[practices]]` in a principle file).
#[derive(Debug, Clone)]
pub struct Practice {
    pub country: String,
    pub year: i32,
    pub title: String,
    pub summary: String,
    /// A public http(s) page about it.
    pub source: String,
}

#[derive(Debug, Clone)]
pub struct Band {
    pub from: f64,
    /// Its label, in the language the framework is shown in.
    pub label: String,
    /// Its label in the framework's main language: the value CSV and JSON outputs give, which do
    /// not change with the language.
    pub key: String,
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
    /// Good-practice cases, in file order.
    pub practices: Vec<Practice>,
}

#[derive(Debug, Clone)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub text: String,
    pub guidance: String,
    pub weight: f64,
    pub replaces: Vec<String>,
    /// The dimension id; set on every question when the framework has dimensions.
    pub dimension: Option<String>,
    /// The condition under which "n/a" is a legitimate answer (see [`Framework::accepts_na`]).
    pub na_when: Option<String>,
    /// `false` for a context indicator: shown with its value and trend, never counted in any
    /// score, coverage, gap, decline or next step.
    pub scored: bool,
    /// The definition terms the question relies on, as written in `uses`.
    pub uses: Vec<String>,
}

impl Question {
    /// Does this question take part in scores, gaps and next steps? Not for a context indicator
    /// (`scored = false`), nor for a question of weight 0, which cannot move any score.
    pub fn counts(&self) -> bool {
        self.scored && self.weight > 0.0
    }
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
    /// Neither: a context indicator (`scored = false`) whose value is only reported.
    None,
}

impl Better {
    /// "higher is better" or "lower is better".
    pub fn phrase(self) -> &'static str {
        match self {
            Better::Higher => "higher is better",
            Better::Lower => "lower is better",
            Better::None => "context only, neither higher nor lower is better",
        }
    }

    /// The name used in framework files.
    pub fn name(self) -> &'static str {
        match self {
            Better::Higher => "higher",
            Better::Lower => "lower",
            Better::None => "none",
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
    /// Where it came from, for a reader: the folder it was read from, or "built-in" (with its
    /// version for a released one) in the run's language.
    pub fn origin_for_reader(&self) -> String {
        match self.origin.strip_prefix("built-in") {
            Some("") => crate::t!("word-built-in"),
            Some(v) if v.starts_with(' ') => crate::t!("word-built-in-version", version = v.trim()),
            _ => self.origin.clone(),
        }
    }

    /// Every question with its principle, in framework order.
    /// A number question's unit as the framework's main language writes it (`unit`, the one
    /// shown, is in the language of the run): what a CSV cell says, the same in every language.
    pub fn main_unit<'a>(&'a self, question: &str, unit: &'a str) -> &'a str {
        self.language
            .main_units
            .get(question)
            .map_or(unit, String::as_str)
    }

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

    /// Does any question say when "n/a" applies (`na_when`)? Then only those questions accept it.
    pub fn uses_na_when(&self) -> bool {
        self.questions().any(|(_, q)| q.na_when.is_some())
    }

    /// Does question `q` accept "n/a"? Every question does in a framework that uses `na_when`
    /// nowhere; otherwise only those with `na_when`.
    pub fn accepts_na(&self, q: &Question) -> bool {
        q.na_when.is_some() || !self.uses_na_when()
    }

    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// A definition by its term, ignoring case.
    pub fn definition(&self, term: &str) -> Option<&Definition> {
        self.definitions
            .iter()
            .find(|d| d.term.to_lowercase() == term.trim().to_lowercase())
    }

    /// The highest level of the scale.
    pub fn max_level(&self) -> u32 {
        (self.scale.len() - 1) as u32
    }

    /// The name of the maturity band a 0-100 score falls in.
    pub fn band(&self, score: f64) -> &str {
        self.band_of(score).map_or("", |b| b.label.as_str())
    }

    /// As [`Framework::band`], in the framework's main language whatever the language shown: for
    /// CSV and JSON, which are the same in every language.
    pub fn band_key(&self, score: f64) -> &str {
        self.band_of(score).map_or("", |b| b.key.as_str())
    }

    fn band_of(&self, score: f64) -> Option<&Band> {
        self.bands
            .iter()
            .rev()
            .find(|b| score >= b.from)
            .or(self.bands.first())
    }
}
