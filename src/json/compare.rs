//! `dgtk compare --format json`: the comparison as a typed document (see docs/json.md). Scores
//! are 0-100 and not rounded; a missing figure is `null`, with the reason in `state`.

use schemars::JsonSchema;
use serde::Serialize;

use super::{CountsJson, FrameworkRef, Problem};
use crate::compare::{Comparison, Stats};
use crate::framework::Framework;

/// `dgtk compare --format json`.
#[derive(Debug, Serialize, JsonSchema)]
pub struct CompareDocument {
    /// The schema number of the document (1).
    pub schema: u32,
    /// The version of dgtk that wrote it.
    pub dgtk: String,
    /// The framework the areas follow (files of another version are compared by id).
    pub framework: FrameworkRef,
    /// "pillar", "principle", "dimension" or "question": the areas after the overall score.
    pub by: String,
    /// How many answer files were read and passed validation.
    pub files_read: usize,
    /// The files read but not compared, each with the reason.
    pub left_out: Vec<LeftOutJson>,
    /// How many assessments the distribution, ranks and gaps rest on (the peer set).
    pub peers: usize,
    /// The peer set in words, and how quartiles and ranks are defined.
    pub basis: Vec<String>,
    /// Per area, the overall score first: the distribution over the peer set, and per group.
    pub areas: Vec<AreaJson>,
    /// Best overall first.
    pub assessments: Vec<CompareAssessment>,
    /// The questions most often at level 0 or "no" among the peers, most first.
    pub commonly_missed: Vec<QuestionFigureJson>,
    /// The questions with the largest standard deviation of scores among the peers.
    pub widest_spread: Vec<QuestionFigureJson>,
    /// The problems of the files that failed validation (they are not compared).
    pub errors: Vec<Problem>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct LeftOutJson {
    pub file: String,
    pub reason: String,
}

/// The distribution of scores, 0-100.
#[derive(Debug, Serialize, JsonSchema)]
pub struct StatsJson {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    /// First quartile (linear interpolation, as pandas' default).
    pub q1: f64,
    /// Third quartile (linear interpolation).
    pub q3: f64,
    pub min: f64,
    pub max: f64,
    /// Sample standard deviation (n - 1); null for a single score.
    pub sd: Option<f64>,
}

impl From<&Stats> for StatsJson {
    fn from(s: &Stats) -> Self {
        StatsJson {
            n: s.n,
            mean: s.mean,
            median: s.median,
            q1: s.q1,
            q3: s.q3,
            min: s.min,
            max: s.max,
            sd: s.sd,
        }
    }
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct AreaJson {
    /// "overall", "pillar", "principle", "dimension" or "question".
    pub kind: String,
    pub id: String,
    /// "3" for a principle, "4.5" for a question; empty otherwise.
    pub number: String,
    pub title: String,
    /// Over the peer set; null when no peer has a score here.
    pub stats: Option<StatsJson>,
    /// Per peer group (with `--peers`), in the order of their names.
    pub groups: Vec<GroupStatsJson>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct GroupStatsJson {
    pub group: String,
    pub stats: Option<StatsJson>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct CompareAssessment {
    pub file: String,
    pub country: String,
    pub organisation: Option<String>,
    pub year: i32,
    /// "draft" or "final".
    pub status: String,
    /// The framework version that scored the file.
    pub framework_version: String,
    /// Its peer group (with `--peers`); null when in none.
    pub group: Option<String>,
    /// Whether it is in the peer set (and so ranked).
    pub ranked: bool,
    /// Why it is not ranked, when it is not.
    pub not_ranked_because: Option<String>,
    /// What the overall score rests on.
    pub counts: CountsJson,
    /// Answers flagged for review.
    pub flagged: usize,
    /// One per area, in the order of `areas`.
    pub areas: Vec<StandingJson>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct StandingJson {
    pub id: String,
    /// 0-100; null when there is none (see `state`).
    pub score: Option<f64>,
    /// "scored", "unknown", "not applicable", "unanswered" or "no score".
    pub state: String,
    /// Rank among the peers (1 is best; ties share the better rank); null when not ranked.
    pub rank: Option<usize>,
    /// How many peers have a score in the area.
    pub ranked_of: usize,
    /// Score minus the peers' mean.
    pub gap_to_mean: Option<f64>,
    /// Score minus the best peer's score (0 or less).
    pub gap_to_best: Option<f64>,
    /// Rank within its peer group.
    pub group_rank: Option<usize>,
    pub group_gap_to_mean: Option<f64>,
    pub group_gap_to_best: Option<f64>,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct QuestionFigureJson {
    pub id: String,
    /// "4.5": principle 4, question 5.
    pub number: String,
    pub text: String,
    /// Peers with a score for the question.
    pub answered: usize,
    /// Peers at level 0 or "no".
    pub missed: usize,
    pub stats: Option<StatsJson>,
}

impl CompareDocument {
    pub fn build(c: &Comparison, f: &Framework, errors: &[crate::diag::Diagnostic]) -> Self {
        let q = |q: &crate::compare::QuestionFigure| QuestionFigureJson {
            id: q.id.clone(),
            number: q.number.clone(),
            text: q.text.clone(),
            answered: q.answered,
            missed: q.missed,
            stats: q.stats.as_ref().map(StatsJson::from),
        };
        CompareDocument {
            schema: super::SCHEMA,
            dgtk: env!("CARGO_PKG_VERSION").into(),
            framework: FrameworkRef::of(f),
            by: c.areas.get(1).map_or("overall", |a| a.kind.name()).into(),
            files_read: c.files_read,
            left_out: c
                .left_out
                .iter()
                .map(|l| LeftOutJson {
                    file: l.file.clone(),
                    reason: l.reason.clone(),
                })
                .collect(),
            peers: c.peers,
            basis: vec![
                crate::present::peer_basis(c.peers, c.entries.len(), &f.version, c.include_partial),
                crate::present::QUARTILES.into(),
            ],
            areas: c
                .areas
                .iter()
                .enumerate()
                .map(|(a, area)| AreaJson {
                    kind: area.kind.name().into(),
                    id: area.id.clone(),
                    number: area.number.clone(),
                    title: area.title.clone(),
                    stats: c.stats[a].as_ref().map(StatsJson::from),
                    groups: c
                        .groups
                        .iter()
                        .map(|g| GroupStatsJson {
                            group: g.name.clone(),
                            stats: g.stats[a].as_ref().map(StatsJson::from),
                        })
                        .collect(),
                })
                .collect(),
            assessments: c
                .entries
                .iter()
                .enumerate()
                .map(|(i, e)| CompareAssessment {
                    file: e.file.clone(),
                    country: e.country.clone(),
                    organisation: e.organisation.clone(),
                    year: e.year,
                    status: e.status.as_str().into(),
                    framework_version: e.version.clone(),
                    group: c.groups_of[i].clone(),
                    ranked: c.not_ranked[i].is_none(),
                    not_ranked_because: c.not_ranked[i].clone(),
                    counts: CountsJson::from(&e.counts),
                    flagged: e.flagged,
                    areas: c
                        .areas
                        .iter()
                        .enumerate()
                        .map(|(a, area)| {
                            let s = c.standing[i][a];
                            let g = c.group_standing[i][a];
                            let grouped = c.groups_of[i].is_some();
                            StandingJson {
                                id: area.id.clone(),
                                score: e.cells[a].score,
                                state: e.cells[a].state.word().into(),
                                rank: s.rank,
                                ranked_of: s.of,
                                gap_to_mean: s.gap_to_mean,
                                gap_to_best: s.gap_to_best,
                                group_rank: g.rank.filter(|_| grouped),
                                group_gap_to_mean: g.gap_to_mean.filter(|_| grouped),
                                group_gap_to_best: g.gap_to_best.filter(|_| grouped),
                            }
                        })
                        .collect(),
                })
                .collect(),
            commonly_missed: c.commonly_missed.iter().map(q).collect(),
            widest_spread: c.widest_spread.iter().map(q).collect(),
            errors: errors.iter().map(Problem::from).collect(),
        }
    }
}
