//! The JSON documents `dgtk` writes, as types: `score`, `diff` and `principles` serialize these
//! (`#[derive(Serialize)]`), and `dgtk schema` prints the JSON Schema (2020-12) generated from the
//! very same types (`#[derive(JsonSchema)]`), so the documentation of a field cannot drift from
//! the field. Field order is the order of the struct. `docs/json.md` describes them in words.
//!
//! Building these from the domain is here too; writing them is the caller's.

pub mod answers;
pub mod compare;
pub mod merge;

use schemars::JsonSchema;
use serde::Serialize;

use crate::assessment::{Assessment, Value};
use crate::framework::{Framework, QuestionKind};
use crate::score::{Counts, QuestionState, Scorecard};

/// The schema number of every document: it changes only when a field is removed, renamed or
/// changes meaning; new fields may be added within a number.
pub const SCHEMA: u32 = 1;

/// The framework a document's figures rest on.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct FrameworkRef {
    pub id: String,
    /// The version the files were checked and scored with (for a diff: the new side's).
    pub version: String,
    pub title: String,
}

impl FrameworkRef {
    pub fn of(f: &Framework) -> Self {
        FrameworkRef {
            id: f.id.clone(),
            version: f.version.clone(),
            title: f.title.clone(),
        }
    }
}

/// What a score rests on and what it leaves out.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
pub struct CountsJson {
    /// Questions in the scope of the score.
    pub questions: usize,
    /// Questions that entered the score (unknown answers included when they score 0).
    pub scored: usize,
    pub not_applicable: usize,
    pub unknown: usize,
    pub unanswered: usize,
    /// Share of questions answered, 0-1.
    pub coverage: f64,
}

impl From<&Counts> for CountsJson {
    fn from(c: &Counts) -> Self {
        CountsJson {
            questions: c.questions,
            scored: c.scored,
            not_applicable: c.not_applicable,
            unknown: c.unknown,
            unanswered: c.unanswered,
            coverage: c.coverage(),
        }
    }
}

/// An answer, in the same shape as in the answer file: a level (integer), yes/no (boolean), the
/// checked item ids (array), a number, or the strings "n/a" and "unknown".
#[derive(Debug, Clone, Serialize, JsonSchema)]
#[serde(untagged)]
pub enum AnswerJson {
    Level(u32),
    YesNo(bool),
    Checklist(Vec<String>),
    Number(f64),
    /// "n/a" or "unknown".
    Word(String),
}

impl From<&Value> for AnswerJson {
    fn from(v: &Value) -> Self {
        match v {
            Value::Level(l) => AnswerJson::Level(*l),
            Value::YesNo(b) => AnswerJson::YesNo(*b),
            Value::Checklist(items) => AnswerJson::Checklist(items.clone()),
            Value::Number(n) => AnswerJson::Number(*n),
            Value::NotApplicable => AnswerJson::Word("n/a".into()),
            Value::Unknown => AnswerJson::Word("unknown".into()),
        }
    }
}

/// The JSON Schema (2020-12) of one of the documents, generated from its type.
pub fn schema_of<T: JsonSchema>() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default()
}

// ---------------------------------------------------------------------------------------------
// dgtk score

/// `dgtk score --format json`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ScoreDocument {
    /// The schema number of the document (1).
    pub schema: u32,
    /// The version of dgtk that wrote it.
    pub dgtk: String,
    /// The framework the files were checked and scored with.
    pub framework: FrameworkRef,
    /// One per valid file, in the order of the files (folders in sorted order).
    pub assessments: Vec<AssessmentScores>,
    /// The problems of the files that failed validation (they are not scored).
    pub errors: Vec<Problem>,
    /// The scoring rules in words; only with `--explain`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Vec<String>>,
}

/// The start of a document: what it is.
#[derive(Debug, Serialize)]
pub struct Head {
    pub schema: u32,
    pub dgtk: String,
    pub framework: FrameworkRef,
}

impl Head {
    pub fn of(f: &Framework) -> Self {
        Head {
            schema: SCHEMA,
            dgtk: env!("CARGO_PKG_VERSION").into(),
            framework: FrameworkRef::of(f),
        }
    }
}

/// The end of a `score` document, after `assessments`.
#[derive(Debug, Serialize)]
pub struct ScoreTail<'a> {
    pub errors: &'a [Problem],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Vec<String>>,
}

/// A problem in a file.
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Problem {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl From<&crate::diag::Diagnostic> for Problem {
    fn from(d: &crate::diag::Diagnostic) -> Self {
        Problem {
            file: d.file.clone(),
            line: d.position.map(|p| p.0),
            column: d.position.map(|p| p.1),
            message: d.message.clone(),
        }
    }
}

/// One assessment's scores.
#[derive(Debug, Serialize, JsonSchema)]
pub struct AssessmentScores {
    pub file: String,
    pub country: String,
    pub organisation: Option<String>,
    pub year: i32,
    /// "draft" or "final".
    pub status: String,
    /// As written in the answer file.
    pub framework_version: String,
    /// The framework version the file was checked and scored with (its own built-in version,
    /// or the `--framework` folder's).
    pub framework: FrameworkVersion,
    /// Answers still flagged for review (carried forward by `init --from`, not confirmed yet).
    pub review: usize,
    pub overall: ScoreJson,
    pub pillars: Vec<PillarScore>,
    pub principles: Vec<PrincipleScore>,
    /// Scores by dimension, when the framework has dimensions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Vec<DimensionScore>>,
    /// Only with `--by question`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub questions: Option<Vec<QuestionScore>>,
    /// The overall score under other methods of scoring; only with `--sensitivity`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sensitivity: Option<SensitivityJson>,
}

/// Whether the overall band holds under other defensible methods (docs/method.md).
#[derive(Debug, Serialize, JsonSchema)]
pub struct SensitivityJson {
    /// The overall score by the framework's own method (as in `overall`), 0-100, or `null`.
    pub score: Option<f64>,
    /// Its maturity band, or `null`.
    pub band: Option<String>,
    /// `true` when every method gives the same band, `false` when one does not, `null` when
    /// there is no overall score.
    pub band_holds: Option<bool>,
    /// The lowest overall figure over the framework's method and every other, or `null`.
    pub lowest: Option<f64>,
    /// The highest overall figure over the framework's method and every other, or `null`.
    pub highest: Option<f64>,
    /// One per method, in order: the standard set, then the framework's own `[[alternatives]]`.
    pub methods: Vec<MethodJson>,
}

/// The overall score under one alternative method.
#[derive(Debug, Serialize, JsonSchema)]
pub struct MethodJson {
    /// "convex-levels", "concave-levels", "question-mean", "geometric-pillars",
    /// "weakest-pillar", or the id of one of the framework's `[[alternatives]]`.
    pub id: String,
    /// A short name of the method.
    pub title: String,
    /// Why it is a defensible way of scoring.
    pub why: String,
    /// 0-100, unrounded, or `null`.
    pub score: Option<f64>,
    /// The maturity band of `score`, or `null`.
    pub band: Option<String>,
    /// Is the band the same as by the framework's method? `null` when either has no score.
    pub band_holds: Option<bool>,
    /// This figure minus the framework's method's, or `null`.
    pub change: Option<f64>,
}

impl From<&crate::sensitivity::Sensitivity> for SensitivityJson {
    fn from(s: &crate::sensitivity::Sensitivity) -> Self {
        let span = s.span();
        SensitivityJson {
            score: s.score,
            band: s.band.clone(),
            band_holds: s.holds(),
            lowest: span.map(|x| x.0),
            highest: span.map(|x| x.1),
            methods: s
                .outcomes
                .iter()
                .map(|o| MethodJson {
                    id: o.id.clone(),
                    title: o.title.clone(),
                    why: o.why.clone(),
                    score: o.score,
                    band: o.band.clone(),
                    band_holds: o.holds(s),
                    change: o.change(s),
                })
                .collect(),
        }
    }
}

/// A framework and version.
#[derive(Debug, Serialize, JsonSchema)]
pub struct FrameworkVersion {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct DimensionScore {
    pub id: String,
    pub title: Option<String>,
    pub score: Option<f64>,
    pub band: Option<String>,
    /// The low end of the score's range: every unknown and unanswered question at 0 (n/a stays
    /// out); equals the score when nothing is unknown or unanswered. `null` when nothing can be
    /// scored.
    pub low: Option<f64>,
    /// The high end of the range: every unknown and unanswered question at full marks.
    pub high: Option<f64>,
    /// The range is wider than the framework's narrowest band: the band may change.
    pub provisional: bool,
    pub counts: CountsJson,
}

/// A 0-100 score (unrounded; `null` when nothing is scored), its band and what it rests on.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ScoreJson {
    pub score: Option<f64>,
    pub band: Option<String>,
    /// The low end of the score's range: every unknown and unanswered question at 0 (n/a stays
    /// out); equals the score when nothing is unknown or unanswered. `null` when nothing can be
    /// scored.
    pub low: Option<f64>,
    /// The high end of the range: every unknown and unanswered question at full marks.
    pub high: Option<f64>,
    /// The range is wider than the framework's narrowest band: the band may change.
    pub provisional: bool,
    pub counts: CountsJson,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct PillarScore {
    pub id: String,
    pub title: Option<String>,
    pub score: Option<f64>,
    pub band: Option<String>,
    /// The low end of the score's range: every unknown and unanswered question at 0 (n/a stays
    /// out); equals the score when nothing is unknown or unanswered. `null` when nothing can be
    /// scored.
    pub low: Option<f64>,
    /// The high end of the range: every unknown and unanswered question at full marks.
    pub high: Option<f64>,
    /// The range is wider than the framework's narrowest band: the band may change.
    pub provisional: bool,
    pub counts: CountsJson,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct PrincipleScore {
    pub id: String,
    pub number: u32,
    pub pillar: String,
    pub title: Option<String>,
    pub score: Option<f64>,
    pub band: Option<String>,
    /// The low end of the score's range: every unknown and unanswered question at 0 (n/a stays
    /// out); equals the score when nothing is unknown or unanswered. `null` when nothing can be
    /// scored.
    pub low: Option<f64>,
    /// The high end of the range: every unknown and unanswered question at full marks.
    pub high: Option<f64>,
    /// The range is wider than the framework's narrowest band: the band may change.
    pub provisional: bool,
    pub counts: CountsJson,
    /// The target set in the answer file, 0-100, or `null`.
    pub target: Option<f64>,
    /// Target minus score, or `null`.
    pub gap: Option<f64>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct QuestionScore {
    pub id: String,
    pub principle: String,
    pub weight: f64,
    pub answer: Option<AnswerJson>,
    /// "scored", "n/a", "unknown", "unanswered", or "context" (a context indicator, never scored).
    pub state: String,
    /// 0-1, or `null`.
    pub score: Option<f64>,
}

impl AssessmentScores {
    /// The scores of one assessment, with its questions when `questions` is set.
    pub fn build(
        file: String,
        a: &Assessment,
        card: &Scorecard,
        f: &Framework,
        questions: bool,
    ) -> Self {
        let m = &a.meta;
        let band = |v: Option<f64>| v.map(|v| f.band_key(v).to_string());
        let low = |r: Option<crate::score::Range>| r.map(|r| r.low);
        let high = |r: Option<crate::score::Range>| r.map(|r| r.high);
        let provisional = |r: Option<crate::score::Range>| crate::score::provisional(r, f);
        AssessmentScores {
            file,
            country: m.country.clone(),
            organisation: m.organisation.clone(),
            year: m.year,
            status: m.status.as_str().into(),
            framework_version: m.framework_version.clone(),
            framework: FrameworkVersion {
                id: f.id.clone(),
                version: f.version.clone(),
            },
            review: a.flagged(f).len(),
            overall: ScoreJson {
                score: card.overall,
                band: band(card.overall),
                low: low(card.overall_range),
                high: high(card.overall_range),
                provisional: provisional(card.overall_range),
                counts: (&card.counts).into(),
            },
            pillars: card
                .pillars
                .iter()
                .map(|p| PillarScore {
                    id: p.id.clone(),
                    title: f.pillar(&p.id).map(|x| x.title.clone()),
                    score: p.score,
                    band: band(p.score),
                    low: low(p.range),
                    high: high(p.range),
                    provisional: provisional(p.range),
                    counts: (&p.counts).into(),
                })
                .collect(),
            principles: card
                .principles
                .iter()
                .map(|p| PrincipleScore {
                    id: p.id.clone(),
                    number: p.number,
                    pillar: p.pillar.clone(),
                    title: f.principle(&p.id).map(|x| x.title.clone()),
                    score: p.score,
                    band: band(p.score),
                    low: low(p.range),
                    high: high(p.range),
                    provisional: provisional(p.range),
                    counts: (&p.counts).into(),
                    target: p.target,
                    gap: p.gap(),
                })
                .collect(),
            dimensions: (!f.dimensions.is_empty()).then(|| {
                crate::score::dimensions(card, f)
                    .iter()
                    .map(|d| DimensionScore {
                        id: d.id.clone(),
                        title: f.dimension(&d.id).map(|x| x.title.clone()),
                        score: d.score,
                        band: band(d.score),
                        low: low(d.range),
                        high: high(d.range),
                        provisional: provisional(d.range),
                        counts: (&d.counts).into(),
                    })
                    .collect()
            }),
            questions: questions.then(|| {
                card.questions
                    .iter()
                    .map(|q| {
                        let (state, score) = match q.state {
                            _ if q.context => ("context", None),
                            QuestionState::Scored(v) => ("scored", Some(v)),
                            QuestionState::NotApplicable => ("n/a", None),
                            QuestionState::Unknown => ("unknown", q.value(f.scoring.unknown)),
                            QuestionState::Unanswered => ("unanswered", None),
                        };
                        QuestionScore {
                            id: q.id.clone(),
                            principle: q.principle.clone(),
                            weight: q.weight,
                            answer: a.value(&q.id).map(AnswerJson::from),
                            state: state.into(),
                            score,
                        }
                    })
                    .collect()
            }),
            sensitivity: None,
        }
    }

    /// With the overall score under other methods (`score --sensitivity`).
    pub fn with_sensitivity(mut self, s: &crate::sensitivity::Sensitivity) -> Self {
        self.sensitivity = Some(s.into());
        self
    }
}

// ---------------------------------------------------------------------------------------------
// dgtk diff

/// `dgtk diff --format json`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct DiffDocument {
    /// The schema number of the document (1).
    pub schema: u32,
    /// The version of dgtk that wrote it.
    pub dgtk: String,
    pub framework: DiffFramework,
    /// The old assessment.
    pub old: DiffSide,
    /// The new assessment.
    pub new: DiffSide,
    /// How the two framework versions' questions correspond.
    pub overlap: OverlapJson,
    /// How many scores and answers moved.
    pub summary: SummaryJson,
    /// Ids of the scores that declined ("overall", pillar and principle ids).
    pub regressions: Vec<String>,
    /// "since" when both sides assess the same country and organisation (the change is one since
    /// the earlier year), "against" when they do not.
    pub comparison: String,
    /// Why the comparison is not like for like, in words (a coverage gap of more than 10 points,
    /// answers flagged for review, different framework versions, another country or
    /// organisation); empty when it is like for like.
    pub caveats: Vec<String>,
    /// A pillar or principle that falls by this many points or more is a large decline.
    pub decline_threshold: f64,
    /// Ids of the pillars and principles that fell by `decline_threshold` or more, largest fall
    /// first: what the text output puts above the overall figure.
    pub declines: Vec<String>,
    pub overall: ChangeJson,
    /// Largest moves first.
    pub pillars: Vec<ChangeJson>,
    /// Largest moves first.
    pub principles: Vec<ChangeJson>,
    /// With `--by question` every question; else the changed ones that moved most (at most 10).
    pub questions: Vec<QuestionChangeJson>,
}

/// The framework of a diff: its id and title, the version of each side, and `version` (the new
/// side's), as in every document.
#[derive(Debug, Serialize, JsonSchema)]
pub struct DiffFramework {
    pub id: String,
    pub version: String,
    pub title: String,
    pub old_version: String,
    pub new_version: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct DiffSide {
    pub file: String,
    pub country: String,
    pub organisation: Option<String>,
    pub year: i32,
    pub status: String,
    pub framework_version: String,
    /// Questions in this side's framework version.
    pub questions: usize,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct OverlapJson {
    /// The share of questions the two versions have in common, 0-1.
    pub share: f64,
    pub old_questions: usize,
    pub new_questions: usize,
    pub old_in_common: usize,
    pub new_in_common: usize,
    pub only_old: Vec<String>,
    pub only_new: Vec<String>,
    /// Questions followed across versions through `replaces`.
    pub followed: Vec<FollowedJson>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct FollowedJson {
    /// "renamed", "split", "merged" or "regrouped".
    pub link: String,
    pub old: Vec<String>,
    pub new: Vec<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct SummaryJson {
    pub pillars: TallyJson,
    pub principles: TallyJson,
    pub questions: TallyJson,
    pub answers_changed: usize,
    pub answers_appeared: usize,
    pub answers_disappeared: usize,
    pub evidence_changed: usize,
    pub flagged_for_review: usize,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct TallyJson {
    pub improved: usize,
    pub declined: usize,
    pub unchanged: usize,
    pub newly_scored: usize,
    pub no_longer_scored: usize,
    pub not_scored: usize,
    pub only_new: usize,
    pub only_old: usize,
}

/// One side of a score change.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ScoreSideJson {
    pub score: Option<f64>,
    pub band: Option<String>,
    /// The low end of the score's range: every unknown and unanswered question at 0 (n/a stays
    /// out); equals the score when nothing is unknown or unanswered. `null` when nothing can be
    /// scored.
    pub low: Option<f64>,
    /// The high end of the range: every unknown and unanswered question at full marks.
    pub high: Option<f64>,
    /// The range is wider than the framework's narrowest band: the band may change.
    pub provisional: bool,

    pub coverage: f64,
    pub questions: usize,
    pub scored: usize,
    pub not_applicable: usize,
    pub unknown: usize,
    pub unanswered: usize,
}

/// How a score (overall, a pillar or a principle) changed.
#[derive(Debug, Serialize, JsonSchema)]
pub struct ChangeJson {
    /// "overall", a pillar id or a principle id.
    pub id: String,
    pub title: String,
    /// `null` when the old version has no such score.
    pub old: Option<ScoreSideJson>,
    /// `null` when the new version has no such score.
    pub new: Option<ScoreSideJson>,
    /// New minus old, 0-100 points, or `null`.
    pub delta: Option<f64>,
    /// "improved", "declined", "unchanged", "newly_scored", "no_longer_scored", "not_scored",
    /// "only_new" or "only_old".
    pub movement: String,
    pub band_changed: bool,
    /// Principles only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// Principles only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pillar: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct QuestionSideJson {
    pub id: String,
    pub principle: String,
    pub answer: Option<AnswerJson>,
    /// 0-100, or `null` when not scored.
    pub score: Option<f64>,
    /// Still flagged for review (carried forward, not confirmed).
    pub review: bool,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct QuestionChangeJson {
    pub id: String,
    pub principle_number: u32,
    /// How the question continues across versions: "same", "renamed", "split", "merged",
    /// "regrouped", "added" or "removed".
    pub link: String,
    /// The old question(s) it continues (several when merged).
    pub old: Vec<QuestionSideJson>,
    pub new: Option<QuestionSideJson>,
    pub old_score: Option<f64>,
    pub new_score: Option<f64>,
    pub delta: Option<f64>,
    pub movement: String,
    /// "same", "changed", "appeared", "disappeared", "unanswered" or "one_sided".
    pub answer_change: String,
    /// "same", "changed", "added", "removed", "none" or "one_sided".
    pub evidence_change: String,
    /// Did anything change (what `--by question` lists in the table).
    pub changed: bool,
}

// ---------------------------------------------------------------------------------------------
// dgtk principles

/// `dgtk principles --format json`: the framework itself.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PrinciplesDocument {
    /// The schema number of the document (1).
    pub schema: u32,
    /// The version of dgtk that wrote it.
    pub dgtk: String,
    pub framework: FrameworkInfo,
    pub pillars: Vec<PillarInfo>,
    /// Level labels, index = level.
    pub scale: Vec<String>,
    pub bands: Vec<BandInfo>,
    /// A second grouping of questions across principles (the built-in framework: the OECD
    /// Digital Government Index's dimensions); absent when the framework has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimensions: Option<Vec<DimensionInfo>>,
    /// The reference definitions every assessor uses; absent when the framework has none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub definitions: Option<Vec<DefinitionInfo>>,
    pub principles: Vec<PrincipleInfo>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct DimensionInfo {
    pub id: String,
    pub title: String,
    pub order: i64,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct DefinitionInfo {
    pub term: String,
    pub text: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct FrameworkInfo {
    pub id: String,
    pub title: String,
    pub version: String,
    pub source: String,
    pub guidance: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct PillarInfo {
    pub id: String,
    pub title: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct BandInfo {
    pub from: f64,
    pub label: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct PrincipleInfo {
    pub number: u32,
    pub id: String,
    pub pillar: String,
    pub title: String,
    pub summary: String,
    pub weight: f64,
    pub questions: Vec<QuestionInfo>,
    /// Good-practice cases (country, year, title, summary, source); absent when none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub practices: Vec<PracticeInfo>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct PracticeInfo {
    pub country: String,
    pub year: i32,
    pub title: String,
    pub summary: String,
    /// A public page about it.
    pub source: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct QuestionInfo {
    pub id: String,
    /// "level", "yes_no", "checklist" or "number".
    pub kind: String,
    pub text: String,
    pub guidance: String,
    pub weight: f64,
    pub replaces: Vec<String>,
    /// `false` for a context indicator (shown, never scored); absent when scored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scored: Option<bool>,
    /// The dimension the question belongs to, when the framework has dimensions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dimension: Option<String>,
    /// When n/a is a legitimate answer; absent when the framework's general rule applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub na_when: Option<String>,
    /// The definition terms the question relies on.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub uses: Vec<String>,
    /// Level questions only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub levels: Option<Vec<LevelInfo>>,
    /// Checklist questions only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<ItemInfo>>,
    /// Number questions only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// "higher", "lower" or "none" (a context indicator with no better direction).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub better: Option<String>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct LevelInfo {
    pub level: usize,
    pub label: Option<String>,
    pub descriptor: String,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct ItemInfo {
    pub id: String,
    pub text: String,
    pub weight: f64,
}

impl PrinciplesDocument {
    /// The framework, or only the principles `only` names.
    pub fn build(f: &Framework, only: Option<&crate::framework::Principle>) -> Self {
        let principles = f
            .principles
            .iter()
            .filter(|p| only.is_none_or(|o| o.id == p.id))
            .map(|p| PrincipleInfo {
                number: p.number,
                id: p.id.clone(),
                pillar: p.pillar.clone(),
                title: p.title.clone(),
                summary: p.summary.clone(),
                weight: p.weight,
                questions: p.questions.iter().map(|q| question_info(f, q)).collect(),
                practices: p
                    .practices
                    .iter()
                    .map(|x| PracticeInfo {
                        country: x.country.clone(),
                        year: x.year,
                        title: x.title.clone(),
                        summary: x.summary.clone(),
                        source: x.source.clone(),
                    })
                    .collect(),
            })
            .collect();
        PrinciplesDocument {
            schema: SCHEMA,
            dgtk: env!("CARGO_PKG_VERSION").into(),
            framework: FrameworkInfo {
                id: f.id.clone(),
                title: f.title.clone(),
                version: f.version.clone(),
                source: f.source.clone(),
                guidance: f.guidance.clone(),
            },
            pillars: f
                .pillars
                .iter()
                .map(|p| PillarInfo {
                    id: p.id.clone(),
                    title: p.title.clone(),
                })
                .collect(),
            scale: f.scale.clone(),
            bands: f
                .bands
                .iter()
                .map(|b| BandInfo {
                    from: b.from,
                    label: b.label.clone(),
                })
                .collect(),
            dimensions: (!f.dimensions.is_empty()).then(|| {
                f.dimensions
                    .iter()
                    .map(|d| DimensionInfo {
                        id: d.id.clone(),
                        title: d.title.clone(),
                        order: d.order,
                    })
                    .collect()
            }),
            definitions: (!f.definitions.is_empty()).then(|| {
                f.definitions
                    .iter()
                    .map(|d| DefinitionInfo {
                        term: d.term.clone(),
                        text: d.text.clone(),
                    })
                    .collect()
            }),
            principles,
        }
    }
}

fn question_info(f: &Framework, q: &crate::framework::Question) -> QuestionInfo {
    let mut info = QuestionInfo {
        id: q.id.clone(),
        kind: q.kind.name().into(),
        text: q.text.clone(),
        guidance: q.guidance.clone(),
        weight: q.weight,
        replaces: q.replaces.clone(),
        scored: (!q.scored).then_some(false),
        dimension: q.dimension.clone(),
        na_when: q.na_when.clone(),
        uses: q.uses.clone(),
        levels: None,
        items: None,
        unit: None,
        min: None,
        max: None,
        better: None,
    };
    match &q.kind {
        QuestionKind::Level { descriptors } => {
            info.levels = Some(
                descriptors
                    .iter()
                    .enumerate()
                    .map(|(i, d)| LevelInfo {
                        level: i,
                        label: f.scale.get(i).cloned(),
                        descriptor: d.clone(),
                    })
                    .collect(),
            );
        }
        QuestionKind::Checklist { items } => {
            info.items = Some(
                items
                    .iter()
                    .map(|i| ItemInfo {
                        id: i.id.clone(),
                        text: i.text.clone(),
                        weight: i.weight,
                    })
                    .collect(),
            );
        }
        QuestionKind::Number {
            unit,
            min,
            max,
            better,
        } => {
            info.unit = Some(unit.clone());
            info.min = Some(*min);
            info.max = Some(*max);
            info.better = Some(better.name().into());
        }
        QuestionKind::YesNo => {}
    }
    info
}
