//! The scoring engine, exactly as the spec's "Scoring" section states it:
//!
//! - each answered question scores in [0, 1] by its kind; `n/a` and unanswered questions are left
//!   out; `unknown` scores 0, or is left out when the framework says `unknown = "exclude"`;
//! - a principle's score is the weighted mean of its question scores x 100 (none if nothing scored);
//! - a pillar's score is the weighted mean (principle weights) of its principles' scores;
//! - the overall score is the mean of the pillar scores, or with `overall = "principles"` the
//!   weighted mean of all principle scores;
//! - coverage is the share of questions answered (`n/a` and `unknown` count as answered), over
//!   the questions that can be scored: a context indicator (`scored = false`) is kept out of every
//!   score and count, and shown apart;
//! - a dimension's score: see [`dimensions`];
//! - gap to target = target - score;
//! - every score has a range ([`Range`]): its low is the same score with every unknown and
//!   unanswered question scored 0, its high the same with each of them at full marks (1); `n/a`
//!   and context indicators stay out of both. A score whose range is wider than the framework's
//!   narrowest band is provisional ([`provisional`]): its band could be another.
//!
//! Pure functions on plain data: no rounding (that happens at display), no printing.

use serde::Serialize;

use crate::assessment::{Assessment, Value};
use crate::framework::{
    Aggregation, Better, Framework, OverallMethod, Question, QuestionKind, UnknownPolicy,
};

/// How a question fared.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "state", content = "score")]
pub enum QuestionState {
    /// Scored, in [0, 1].
    Scored(f64),
    NotApplicable,
    /// "Don't know"; scored 0 or left out, as the framework says.
    Unknown,
    Unanswered,
}

/// How many questions a score rests on and how many were left out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub questions: usize,
    /// Questions that entered the score (unknown answers included when they score 0).
    pub scored: usize,
    pub not_applicable: usize,
    pub unknown: usize,
    pub unanswered: usize,
}

impl Counts {
    pub fn answered(&self) -> usize {
        self.questions - self.unanswered
    }

    /// Share of questions answered, 0-1 (1 when there are none).
    pub fn coverage(&self) -> f64 {
        if self.questions == 0 {
            1.0
        } else {
            self.answered() as f64 / self.questions as f64
        }
    }

    fn add(&mut self, o: &Counts) {
        self.questions += o.questions;
        self.scored += o.scored;
        self.not_applicable += o.not_applicable;
        self.unknown += o.unknown;
        self.unanswered += o.unanswered;
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionScore {
    pub id: String,
    pub principle: String,
    pub weight: f64,
    pub state: QuestionState,
    /// A context indicator (`scored = false`): its state is shown, it never enters a score.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub context: bool,
}

impl QuestionScore {
    /// The score (0-1) that enters the principle's mean, if any; never for a context indicator.
    pub fn value(&self, unknown: UnknownPolicy) -> Option<f64> {
        if self.context {
            return None;
        }
        match self.state {
            QuestionState::Scored(s) => Some(s),
            QuestionState::Unknown if unknown == UnknownPolicy::Zero => Some(0.0),
            _ => None,
        }
    }

    /// As [`value`](Self::value), with an unknown or unanswered question (not a context
    /// indicator) scored `fill` when it is given: an end of the score's range.
    fn fill(&self, fill: Option<f64>, unknown: UnknownPolicy) -> Option<f64> {
        match (fill, &self.state) {
            (Some(at), QuestionState::Unknown | QuestionState::Unanswered) if !self.context => {
                Some(at)
            }
            _ => self.value(unknown),
        }
    }
}

/// How far a score could move once every unknown and unanswered question is answered: `low`
/// with each of them at 0, `high` with each at full marks; both 0-100. When nothing is unknown or
/// unanswered, both equal the score (when `unknown` counts as 0, `low` always equals the score
/// of a file with no unanswered question).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Range {
    pub low: f64,
    pub high: f64,
}

impl Range {
    /// High minus low, in points.
    pub fn width(&self) -> f64 {
        self.high - self.low
    }
}

/// Is a score with this range provisional: is the range wider than the framework's narrowest
/// band (the band it is in could then be another)?
pub fn provisional(range: Option<Range>, f: &Framework) -> bool {
    range.is_some_and(|r| r.width() > narrowest_band(f))
}

/// The width of the framework's narrowest band, in points (the last band runs to 100).
pub fn narrowest_band(f: &Framework) -> f64 {
    let mut from: Vec<f64> = f.bands.iter().map(|b| b.from).collect();
    from.sort_by(f64::total_cmp);
    from.iter()
        .enumerate()
        .map(|(i, a)| from.get(i + 1).copied().unwrap_or(100.0) - a)
        .filter(|w| *w > 0.0)
        .fold(100.0, f64::min)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PrincipleScore {
    pub id: String,
    pub number: u32,
    pub pillar: String,
    /// 0-100; `None` when no question was scored.
    pub score: Option<f64>,
    /// `None` when no question can be scored (all n/a).
    pub range: Option<Range>,
    pub counts: Counts,
    pub target: Option<f64>,
}

impl PrincipleScore {
    /// Target minus score, where both exist.
    pub fn gap(&self) -> Option<f64> {
        Some(self.target? - self.score?)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PillarScore {
    pub id: String,
    pub score: Option<f64>,
    pub range: Option<Range>,
    pub counts: Counts,
}

/// Every score of one assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scorecard {
    pub overall: Option<f64>,
    pub overall_range: Option<Range>,
    pub counts: Counts,
    pub pillars: Vec<PillarScore>,
    pub principles: Vec<PrincipleScore>,
    pub questions: Vec<QuestionScore>,
}

impl Scorecard {
    pub fn principle(&self, id: &str) -> Option<&PrincipleScore> {
        self.principles.iter().find(|p| p.id == id)
    }
    pub fn pillar(&self, id: &str) -> Option<&PillarScore> {
        self.pillars.iter().find(|p| p.id == id)
    }
    pub fn question(&self, id: &str) -> Option<&QuestionScore> {
        self.questions.iter().find(|q| q.id == id)
    }
}

/// A question's score in [0, 1] for a value of its kind; `None` for n/a and unknown (which the
/// caller handles) and for a value of the wrong kind (which validation already refused).
pub fn question_value(q: &Question, v: &Value, max_level: u32) -> Option<f64> {
    let s = match (&q.kind, v) {
        (QuestionKind::Level { .. }, Value::Level(l)) => {
            f64::from(*l) / f64::from(max_level.max(1))
        }
        (QuestionKind::YesNo, Value::YesNo(b)) => f64::from(u8::from(*b)),
        (QuestionKind::Checklist { items }, Value::Checklist(checked)) => {
            let total: f64 = items.iter().map(|i| i.weight).sum();
            let got: f64 = items
                .iter()
                .filter(|i| checked.contains(&i.id))
                .map(|i| i.weight)
                .sum();
            if total > 0.0 { got / total } else { 0.0 }
        }
        (
            QuestionKind::Number {
                min, max, better, ..
            },
            Value::Number(n),
        ) => {
            let mut t = (n - min) / (max - min);
            if !t.is_finite() {
                // max - min overflowed (a range wider than f64 can hold): halve everything.
                t = (n / 2.0 - min / 2.0) / (max / 2.0 - min / 2.0);
            }
            let t = t.clamp(0.0, 1.0);
            match better {
                // A context indicator's position is only informative; it never enters a score.
                Better::Higher | Better::None => t,
                Better::Lower => 1.0 - t,
            }
        }
        _ => return None,
    };
    Some(s.clamp(0.0, 1.0))
}

/// Weighted mean of (value, weight) pairs; `None` if there are none or the weights sum to 0.
///
/// The weights are first divided by the largest, so that sums cannot overflow however large a
/// framework's weights are, and the result is kept within the values' own range, so that
/// rounding cannot put a mean of scores that are all 100 at 99.99999999999999 or above 100.
fn weighted_mean(pairs: impl IntoIterator<Item = (f64, f64)>) -> Option<f64> {
    let pairs: Vec<(f64, f64)> = pairs.into_iter().filter(|&(_, w)| w > 0.0).collect();
    let top = pairs.iter().map(|&(_, w)| w).fold(0.0, f64::max);
    if top <= 0.0 {
        return None;
    }
    let (mut sum, mut weights) = (0.0, 0.0);
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for (v, w) in pairs {
        let w = w / top;
        sum += v * w;
        weights += w;
        lo = lo.min(v);
        hi = hi.max(v);
    }
    Some((sum / weights).clamp(lo, hi))
}

/// A way of scoring: the framework's own (see [`Method::of`]), or an alternative that
/// `score --sensitivity` tries (see `crate::sensitivity`).
#[derive(Debug, Clone, PartialEq)]
pub struct Method {
    /// The score (0-1) of each level, index = level; `None` for level / top level.
    pub levels: Option<Vec<f64>>,
    pub unknown: UnknownPolicy,
    pub overall: Aggregation,
}

impl Method {
    /// The framework's own method.
    pub fn of(f: &Framework) -> Self {
        Method {
            levels: None,
            unknown: f.scoring.unknown,
            overall: Aggregation::of(f.scoring.overall),
        }
    }
}

/// A level answer's score under a method that re-spaces the levels; `None` otherwise.
fn level_value(q: &Question, v: &Value, method: &Method) -> Option<f64> {
    match (&q.kind, v, &method.levels) {
        (QuestionKind::Level { .. }, Value::Level(l), Some(levels)) => {
            levels.get(*l as usize).map(|s| s.clamp(0.0, 1.0))
        }
        _ => None,
    }
}

/// The geometric mean of 0-100 scores; 0 when any is 0; `None` when there are none.
fn geometric_mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let values: Vec<f64> = values.into_iter().collect();
    if values.is_empty() {
        return None;
    }
    if values.iter().any(|&v| v <= 0.0) {
        return Some(0.0);
    }
    let (lo, hi) = values
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), &v| {
            (l.min(v), h.max(v))
        });
    let mean_log = values.iter().map(|v| (v / 100.0).ln()).sum::<f64>() / values.len() as f64;
    Some((mean_log.exp() * 100.0).clamp(lo, hi))
}

/// Scores an assessment (already checked against `f`).
pub fn score(a: &Assessment, f: &Framework) -> Scorecard {
    score_by(a, f, &Method::of(f))
}

/// Scores an assessment by `method` instead of the framework's own.
pub fn score_by(a: &Assessment, f: &Framework, method: &Method) -> Scorecard {
    let unknown = method.unknown;
    let max_level = f.max_level();
    let mut questions = Vec::with_capacity(f.question_count());
    let mut principles = Vec::with_capacity(f.principles.len());
    for p in &f.principles {
        let mut counts = Counts::default();
        for q in &p.questions {
            // A context indicator is kept out of the counts: coverage and "rests on" are about
            // the questions that can enter a score.
            let mut own = Counts::default();
            let counts_here = if q.scored { &mut counts } else { &mut own };
            counts_here.questions += 1;
            let state = match a.value(&q.id) {
                None => {
                    counts_here.unanswered += 1;
                    QuestionState::Unanswered
                }
                Some(Value::NotApplicable) => {
                    counts_here.not_applicable += 1;
                    QuestionState::NotApplicable
                }
                Some(Value::Unknown) => {
                    counts_here.unknown += 1;
                    QuestionState::Unknown
                }
                Some(v) => {
                    match level_value(q, v, method).or_else(|| question_value(q, v, max_level)) {
                        Some(s) => QuestionState::Scored(s),
                        None => {
                            counts_here.unanswered += 1;
                            QuestionState::Unanswered
                        }
                    }
                }
            };
            let qs = QuestionScore {
                id: q.id.clone(),
                principle: p.id.clone(),
                weight: q.weight,
                state,
                context: !q.scored,
            };
            if qs.value(unknown).is_some() {
                counts.scored += 1;
            }
            questions.push(qs);
        }
        principles.push(PrincipleScore {
            id: p.id.clone(),
            number: p.number,
            pillar: p.pillar.clone(),
            score: None,
            range: None,
            counts,
            target: a.targets.get(&p.id).copied(),
        });
    }
    let mut pillars: Vec<PillarScore> = f
        .pillars
        .iter()
        .map(|pl| {
            let mut counts = Counts::default();
            principles
                .iter()
                .filter(|p| p.pillar == pl.id)
                .for_each(|p| counts.add(&p.counts));
            PillarScore {
                id: pl.id.clone(),
                score: None,
                range: None,
                counts,
            }
        })
        .collect();
    let mut counts = Counts::default();
    principles.iter().for_each(|p| counts.add(&p.counts));
    let exact = aggregate(&questions, f, method, None);
    // A file with nothing unknown or unanswered has a range of one point: no need to aggregate
    // twice more.
    let open = questions.iter().any(|q| {
        !q.context && matches!(q.state, QuestionState::Unknown | QuestionState::Unanswered)
    });
    let (low, high) = if open {
        (
            aggregate(&questions, f, method, Some(0.0)),
            aggregate(&questions, f, method, Some(1.0)),
        )
    } else {
        (exact.clone(), exact.clone())
    };
    let range = |l: Option<f64>, h: Option<f64>| Some(Range { low: l?, high: h? });
    for (i, p) in principles.iter_mut().enumerate() {
        p.score = exact.principles[i];
        p.range = range(low.principles[i], high.principles[i]);
    }
    for (i, p) in pillars.iter_mut().enumerate() {
        p.score = exact.pillars[i];
        p.range = range(low.pillars[i], high.pillars[i]);
    }
    let overall = exact.overall;
    let overall_range = range(low.overall, high.overall);
    Scorecard {
        overall,
        overall_range,
        counts,
        pillars,
        principles,
        questions,
    }
}

/// The scores of principles, pillars (both in framework order) and overall, from question
/// states: the one aggregation, for the score and for the two ends of its range.
#[derive(Clone)]
struct Aggregate {
    principles: Vec<Option<f64>>,
    pillars: Vec<Option<f64>>,
    overall: Option<f64>,
}

/// `questions` are in framework order (each principle's questions in turn, as [`score_by`] lists
/// them); `fill` scores every unknown and unanswered question (not a context indicator) at that
/// value, for the two ends of a range.
fn aggregate(
    questions: &[QuestionScore],
    f: &Framework,
    method: &Method,
    fill: Option<f64>,
) -> Aggregate {
    let unknown = method.unknown;
    let mut rest = questions;
    let principles: Vec<Option<f64>> = f
        .principles
        .iter()
        .map(|p| {
            let (own, after) = rest.split_at(p.questions.len().min(rest.len()));
            rest = after;
            weighted_mean(
                own.iter()
                    .filter_map(|q| q.fill(fill, unknown).map(|v| (v * 100.0, q.weight))),
            )
        })
        .collect();
    let pillars: Vec<Option<f64>> = f
        .pillars
        .iter()
        .map(|pl| {
            weighted_mean(
                f.principles
                    .iter()
                    .zip(&principles)
                    .filter(|(p, _)| p.pillar == pl.id)
                    .filter_map(|(p, s)| s.map(|s| (s, p.weight))),
            )
        })
        .collect();
    let overall = match method.overall {
        Aggregation::Pillars => weighted_mean(pillars.iter().flatten().map(|&s| (s, 1.0))),
        Aggregation::Principles => weighted_mean(
            f.principles
                .iter()
                .zip(&principles)
                .filter_map(|(p, s)| s.map(|s| (s, p.weight))),
        ),
        Aggregation::Questions => weighted_mean(
            questions
                .iter()
                .filter_map(|q| q.fill(fill, unknown).map(|v| (v * 100.0, q.weight))),
        ),
        Aggregation::GeometricPillars => geometric_mean(pillars.iter().flatten().copied()),
        Aggregation::WeakestPillar => pillars.iter().flatten().copied().min_by(f64::total_cmp),
    };
    Aggregate {
        principles,
        pillars,
        overall,
    }
}

/// The question states with every unknown and unanswered question (not a context indicator)
/// scored `at` (0 or 1): the two ends of a range.
fn filled(questions: &[QuestionScore], at: f64) -> Vec<QuestionScore> {
    questions
        .iter()
        .map(|q| {
            let mut q = q.clone();
            if !q.context && matches!(q.state, QuestionState::Unknown | QuestionState::Unanswered) {
                q.state = QuestionState::Scored(at);
            }
            q
        })
        .collect()
}

/// A dimension's score: the questions of one dimension, across principles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionScore {
    pub id: String,
    /// 0-100; `None` when none of its questions was scored.
    pub score: Option<f64>,
    pub range: Option<Range>,
    pub counts: Counts,
}

/// The score of each of the framework's dimensions, in their order (empty when it has none).
///
/// A dimension's score is the weighted mean of the scores of its questions, each weighted by the
/// share it has in its principle's score times the principle's weight: question weight /
/// (sum of the weights of that principle's questions that entered its score) x principle weight.
/// So a question counts in its dimension exactly as much as it counts in the overall score formed
/// from the principles, and a principle with many questions in one dimension does not outweigh
/// one with few. Context indicators and questions of weight 0 are left out, like everywhere.
///
/// Its range is the same computation with every unknown and unanswered question scored 0, then 1.
pub fn dimensions(card: &Scorecard, f: &Framework) -> Vec<DimensionScore> {
    let low = dimension_scores(&filled(&card.questions, 0.0), f);
    let high = dimension_scores(&filled(&card.questions, 1.0), f);
    dimension_scores(&card.questions, f)
        .into_iter()
        .zip(low.into_iter().zip(high))
        .map(|(mut d, (l, h))| {
            d.range = l.score.zip(h.score).map(|(low, high)| Range { low, high });
            d
        })
        .collect()
}

fn dimension_scores(questions: &[QuestionScore], f: &Framework) -> Vec<DimensionScore> {
    let unknown = f.scoring.unknown;
    let principle_weights: std::collections::HashMap<&str, f64> = f
        .principles
        .iter()
        .map(|p| {
            let entered: f64 = questions
                .iter()
                .filter(|q| q.principle == p.id && q.value(unknown).is_some())
                .map(|q| q.weight)
                .sum();
            (
                p.id.as_str(),
                if entered > 0.0 {
                    p.weight / entered
                } else {
                    0.0
                },
            )
        })
        .collect();
    f.dimensions
        .iter()
        .map(|d| {
            let mut counts = Counts::default();
            let mut pairs = Vec::new();
            for qs in questions {
                let Some((_, q)) = f.question(&qs.id) else {
                    continue;
                };
                if q.dimension.as_deref() != Some(d.id.as_str()) || !q.scored {
                    continue;
                }
                counts.questions += 1;
                match qs.state {
                    QuestionState::Unanswered => counts.unanswered += 1,
                    QuestionState::NotApplicable => counts.not_applicable += 1,
                    QuestionState::Unknown => counts.unknown += 1,
                    QuestionState::Scored(_) => {}
                }
                if let Some(v) = qs.value(unknown) {
                    counts.scored += 1;
                    let share = principle_weights.get(qs.principle.as_str()).copied();
                    pairs.push((v * 100.0, qs.weight * share.unwrap_or(0.0)));
                }
            }
            DimensionScore {
                id: d.id.clone(),
                score: weighted_mean(pairs),
                range: None,
                counts,
            }
        })
        .collect()
}

/// The scoring rules of a framework in plain words, in English: for `--explain` (its JSON and
/// CSV say them the same in every language). See [`explain_in`].
pub fn explain(f: &Framework) -> Vec<String> {
    explain_in(f, crate::i18n::REFERENCE)
}

/// As [`explain`], in the run's language: for reports people read.
pub fn explain_text(f: &Framework) -> Vec<String> {
    explain_in(f, crate::i18n::language())
}

/// The scoring rules of a framework in plain words, in `lang` (messages `word-explain-*` of
/// `i18n/LANG/words.ftl`).
pub fn explain_in(f: &Framework, lang: &str) -> Vec<String> {
    use fluent_bundle::FluentValue;
    let msg = |id: &str, args: Vec<(&str, FluentValue)>| {
        let args = crate::i18n::args(args);
        crate::i18n::message_in(lang, id, Some(&args))
    };
    // Figures in the language's way (a decimal comma in French, never in English).
    let num = |x: f64| crate::i18n::decimal_in(lang, &crate::assessment::format_number(x));
    let unknown = match f.scoring.unknown {
        UnknownPolicy::Zero => msg("word-explain-unknown-zero", vec![]),
        UnknownPolicy::Exclude => msg("word-explain-unknown-exclude", vec![]),
    };
    let overall = match f.scoring.overall {
        OverallMethod::Pillars => msg("word-explain-overall-pillars", vec![]),
        OverallMethod::Principles => msg("word-explain-overall-principles", vec![]),
    };
    let bands = f
        .bands
        .iter()
        .enumerate()
        .map(|(i, b)| {
            let to = f.bands.get(i + 1).map_or_else(
                || msg("word-explain-band-top", vec![]),
                |n| msg("word-explain-band-under", vec![("to", num(n.from).into())]),
            );
            msg(
                "word-explain-band",
                vec![
                    ("from", num(b.from).into()),
                    ("to", to.into()),
                    ("label", b.label.as_str().into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(if lang == "fr" { "\u{a0}; " } else { "; " });
    let mut lines = vec![
        msg(
            "word-explain-questions",
            vec![("max", f.max_level().to_string().into())],
        ),
        msg("word-explain-left-out", vec![("unknown", unknown.into())]),
        msg("word-explain-principle", vec![]),
        msg("word-explain-pillar", vec![]),
        overall,
        msg("word-explain-coverage", vec![]),
        msg(
            "word-explain-range",
            vec![("points", num(narrowest_band(f)).into())],
        ),
    ];
    if f.questions().any(|(_, q)| !q.scored) {
        lines.push(msg("word-explain-context", vec![]));
    }
    if !f.dimensions.is_empty() {
        lines.push(msg("word-explain-dimensions", vec![]));
    }
    lines.extend([
        msg("word-explain-bands", vec![("bands", bands.into())]),
        msg("word-explain-rounding", vec![]),
        msg(
            "word-explain-doc",
            vec![("doc", crate::present::METHOD_DOC.into())],
        ),
    ]);
    lines
}

#[cfg(test)]
pub(crate) mod tests {
    //! Scores pinned to values computed by hand on the test framework `tests/frameworks/mini`:
    //! a 0-4 scale; skills (weight 2: skills-plan level weight 3, skills-budget yes/no),
    //! leaders (leader-named yes/no), hosting (checklist backups 2 / monitoring 1 / cloud 1, uptime
    //! 90-100 higher), cost (cost-per-transaction 0-20 lower, cost-model level), reuse (weight 0.5,
    //! reuse-catalogue yes/no); pillars people = skills + leaders, platforms = the rest.

    use super::*;
    use crate::framework::{self, Framework};

    #[test]
    fn the_method_is_said_in_each_language_with_its_figures() {
        // v2mini has dimensions, context questions and unknown answers scored 0: every line.
        let f = framework::load_dir(std::path::Path::new("tests/frameworks/v2mini")).unwrap();
        let en = explain_in(&f, "en");
        let fr = explain_in(&f, "fr");
        assert_eq!(
            en,
            explain(&f),
            "--explain is in English, whatever the run's language"
        );
        assert_eq!(en.len(), fr.len());
        for (e, x) in en.iter().zip(&fr) {
            // A missing message would show its id; a French line is not the English one.
            assert!(
                !e.contains("word-explain") && !x.contains("word-explain"),
                "{e} / {x}"
            );
            assert_ne!(e, x);
        }
        assert!(en[0].starts_with("Each answered question scores from 0 to 1"));
        assert!(fr[0].starts_with("Chaque question répondue vaut de 0 à 1"));
        // The bands with their limits, the French way.
        let bands = fr.iter().find(|l| l.starts_with("Tranches")).unwrap();
        assert!(bands.contains("de 0 à moins de"), "{bands}");
    }

    /// The test framework `tests/frameworks/mini` (also used by `crate::sensitivity`'s tests).
    pub(crate) fn mini() -> Framework {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/frameworks/mini");
        framework::load_dir(&dir).expect("mini framework loads")
    }

    /// An assessment of the mini framework with the answer tables `body`.
    pub(crate) fn answers(f: &Framework, body: &str) -> Assessment {
        let text = format!(
            "[assessment]\nframework = \"mini-test\"\nframework_version = \"2.1.0\"\ncountry = \"T\"\nyear = 2026\n{body}"
        );
        crate::assessment::parse("t.toml", &text, f).unwrap_or_else(|d| panic!("{d:#?}"))
    }

    const FULL: &str = r#"
[answers.skills-plan]
answer = 3
[answers.skills-budget]
answer = false
[answers.leader-named]
answer = "n/a"
evidence = "No leader post in this agency."
[answers.hosting-practices]
answer = ["cloud", "backups"]
[answers.uptime]
answer = 97.5
[answers.cost-per-transaction]
answer = 10
[answers.cost-model]
answer = "unknown"
[answers.reuse-catalogue]
answer = true
[targets]
hosting = 80
cost = 40
"#;

    fn close(a: Option<f64>, b: f64) {
        let a = a.expect("a score");
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    #[test]
    fn every_kind_scores_as_specified() {
        let f = mini();
        let card = score(&answers(&f, FULL), &f);
        let q = |id: &str| card.question(id).unwrap().state;
        assert_eq!(q("skills-plan"), QuestionState::Scored(0.75)); // level 3 of 4
        assert_eq!(q("skills-budget"), QuestionState::Scored(0.0)); // no
        assert_eq!(q("reuse-catalogue"), QuestionState::Scored(1.0)); // yes
        assert_eq!(q("hosting-practices"), QuestionState::Scored(0.75)); // (2 + 1) / 4
        assert_eq!(q("uptime"), QuestionState::Scored(0.75)); // (97.5 - 90) / 10
        assert_eq!(q("cost-per-transaction"), QuestionState::Scored(0.5)); // 1 - 10 / 20
        assert_eq!(q("leader-named"), QuestionState::NotApplicable);
        assert_eq!(q("cost-model"), QuestionState::Unknown);
    }

    #[test]
    fn weights_na_and_unknown_excluded() {
        let f = mini();
        assert_eq!(f.scoring.unknown, crate::framework::UnknownPolicy::Exclude);
        let card = score(&answers(&f, FULL), &f);
        let p = |id: &str| card.principle(id).unwrap().score;
        close(p("skills"), 56.25); // (0.75 * 3 + 0 * 1) / 4 * 100
        assert_eq!(p("leaders"), None); // its only question is n/a
        close(p("hosting"), 75.0);
        close(p("cost"), 50.0); // unknown cost-model left out
        close(p("reuse"), 100.0);
        // pillars: weighted by principle weights; a principle with no score is left out
        close(card.pillar("people").unwrap().score, 56.25);
        close(card.pillar("platforms").unwrap().score, 70.0); // (75 + 50 + 100 * 0.5) / 2.5
        // overall = "principles": (56.25 * 2 + 75 + 50 + 100 * 0.5) / 4.5
        close(card.overall, 287.5 / 4.5);
        let c = card.counts;
        assert_eq!(
            (
                c.questions,
                c.scored,
                c.not_applicable,
                c.unknown,
                c.unanswered
            ),
            (8, 6, 1, 1, 0)
        );
        assert_eq!(c.coverage(), 1.0);
    }

    #[test]
    fn unknown_as_zero_and_overall_by_pillars() {
        let mut f = mini();
        f.scoring.unknown = crate::framework::UnknownPolicy::Zero;
        f.scoring.overall = crate::framework::OverallMethod::Pillars;
        let card = score(&answers(&f, FULL), &f);
        close(card.principle("cost").unwrap().score, 25.0); // (0.5 + 0) / 2
        close(card.pillar("platforms").unwrap().score, 60.0); // (75 + 25 + 50) / 2.5
        close(card.overall, (56.25 + 60.0) / 2.0);
        assert_eq!(card.counts.scored, 7);
        assert_eq!(card.counts.unknown, 1);
    }

    #[test]
    fn unanswered_and_empty_principles() {
        let f = mini();
        let card = score(
            &answers(
                &f,
                "[answers.skills-budget]\nanswer = true\n[answers.uptime]\nevidence = \"draft\"\n",
            ),
            &f,
        );
        close(card.principle("skills").unwrap().score, 100.0); // skills-plan unanswered: left out
        assert_eq!(card.principle("hosting").unwrap().score, None); // nothing answered
        assert_eq!(card.pillar("people").unwrap().score, Some(100.0));
        assert_eq!(card.pillar("platforms").unwrap().score, None);
        close(card.overall, 100.0);
        assert_eq!(card.counts.unanswered, 7);
        assert!((card.counts.coverage() - 1.0 / 8.0).abs() < 1e-12);
        let empty = score(&answers(&f, ""), &f);
        assert_eq!(empty.overall, None);
        assert_eq!(empty.counts.coverage(), 0.0);
    }

    fn range(r: Option<Range>, low: f64, high: f64) {
        let r = r.expect("a range");
        assert!((r.low - low).abs() < 1e-9, "low {} != {low}", r.low);
        assert!((r.high - high).abs() < 1e-9, "high {} != {high}", r.high);
    }

    #[test]
    fn ranges_put_unknown_and_unanswered_at_zero_then_full_marks() {
        let f = mini();
        let card = score(&answers(&f, FULL), &f);
        let p = |id: &str| card.principle(id).unwrap().range;
        // cost: cost-per-transaction 0.5, cost-model unknown (left out of the score)
        range(p("cost"), 25.0, 75.0);
        // nothing unknown or unanswered: the range is the score
        range(p("skills"), 56.25, 56.25);
        range(p("hosting"), 75.0, 75.0);
        // leader-named is n/a: n/a stays out of the range too
        assert_eq!(p("leaders"), None);
        range(card.pillar("platforms").unwrap().range, 60.0, 80.0); // (75 + 25|75 + 50) / 2.5
        range(card.overall_range, 262.5 / 4.5, 312.5 / 4.5);
        // the narrowest band of 0/50/75 is 25 points: cost (50 wide) is provisional, the
        // overall (11.1 wide) is not
        assert_eq!(narrowest_band(&f), 25.0);
        assert!(provisional(p("cost"), &f));
        assert!(!provisional(card.overall_range, &f));
    }

    #[test]
    fn with_unknown_as_zero_the_low_end_is_the_score() {
        let mut f = mini();
        f.scoring.unknown = crate::framework::UnknownPolicy::Zero;
        let card = score(&answers(&f, FULL), &f);
        let cost = card.principle("cost").unwrap();
        close(cost.score, 25.0);
        range(cost.range, 25.0, 75.0);
        let o = card.overall_range.unwrap();
        close(card.overall, o.low);
    }

    #[test]
    fn an_unanswered_principle_has_a_range_but_no_score() {
        let f = mini();
        let card = score(&answers(&f, "[answers.skills-budget]\nanswer = true\n"), &f);
        let hosting = card.principle("hosting").unwrap();
        assert_eq!(hosting.score, None);
        range(hosting.range, 0.0, 100.0);
        // skills: skills-plan (weight 3) unanswered, skills-budget yes (weight 1)
        close(card.principle("skills").unwrap().score, 100.0);
        range(card.principle("skills").unwrap().range, 25.0, 100.0);
        // every score lies within its range
        for p in &card.principles {
            if let (Some(s), Some(r)) = (p.score, p.range) {
                assert!(
                    r.low <= s + 1e-9 && s <= r.high + 1e-9,
                    "{}: {s} {r:?}",
                    p.id
                );
            }
        }
        assert!(provisional(card.overall_range, &f));
        let empty = score(&answers(&f, ""), &f);
        assert_eq!(empty.overall, None);
        range(empty.overall_range, 0.0, 100.0);
    }

    #[test]
    fn dimension_ranges_follow_the_same_rule() {
        let f = framework::load_dir(std::path::Path::new("tests/frameworks/v2mini")).unwrap();
        let a = crate::assessment::load_file(
            std::path::Path::new("tests/fixtures/v2mini/new-2026.toml"),
            &f,
        )
        .unwrap();
        let card = score(&a, &f);
        for d in dimensions(&card, &f) {
            let r = d.range.expect("a range");
            let s = d.score.expect("a score");
            assert!(r.low <= s + 1e-9 && s <= r.high + 1e-9, "{}", d.id);
            if d.counts.unknown + d.counts.unanswered == 0 {
                assert!(r.width().abs() < 1e-9, "{}", d.id);
            }
        }
    }

    #[test]
    fn bands_and_target_gaps() {
        let f = mini();
        assert_eq!(f.band(0.0), "Low");
        assert_eq!(f.band(49.99), "Low");
        assert_eq!(f.band(50.0), "Medium");
        assert_eq!(f.band(74.9), "Medium");
        assert_eq!(f.band(75.0), "High");
        assert_eq!(f.band(100.0), "High");
        let card = score(&answers(&f, FULL), &f);
        close(card.principle("hosting").unwrap().gap(), 5.0); // 80 - 75
        close(card.principle("cost").unwrap().gap(), -10.0); // 40 - 50: target exceeded
        assert_eq!(card.principle("skills").unwrap().gap(), None); // no target
    }

    #[test]
    fn builtin_levels_score_on_a_four_level_scale() {
        let f = framework::load_builtin().unwrap();
        let (_, q) = f
            .questions()
            .find(|(_, q)| matches!(q.kind, QuestionKind::Level { .. }))
            .unwrap();
        assert_eq!(
            question_value(q, &Value::Level(2), f.max_level()),
            Some(2.0 / 3.0)
        );
        assert_eq!(question_value(q, &Value::YesNo(true), f.max_level()), None);
    }

    #[test]
    fn dimensions_weigh_each_question_by_its_share_of_its_principle() {
        // tests/fixtures/v2mini/new-2026.toml on tests/frameworks/v2mini (every weight 1).
        // User-driven: services-online 66.7, service-standard 100 and digital-take-up 62 are
        // three of the four scored questions of "services" (1/4 each); user-testing 33.3 is one
        // of the two scored questions of "projects" (the other two are n/a), so 1/2.
        let f = framework::load_dir(std::path::Path::new("tests/frameworks/v2mini")).unwrap();
        let a = crate::assessment::load_file(
            std::path::Path::new("tests/fixtures/v2mini/new-2026.toml"),
            &f,
        )
        .unwrap();
        let card = score(&a, &f);
        let dims = dimensions(&card, &f);
        let ids: Vec<&str> = dims.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            ids,
            ["user-driven", "data-driven", "proactive", "beyond-dgi"]
        );
        let expected = (200.0 / 3.0 * 0.25 + 100.0 * 0.25 + 62.0 * 0.25 + 100.0 / 3.0 * 0.5) / 1.25;
        close(dims[0].score, expected);
        assert_eq!((dims[0].counts.questions, dims[0].counts.scored), (4, 4));
        // Beyond the DGI: the context indicator digital-staff is not among its questions.
        assert_eq!(dims[3].counts.questions, 3);
        close(dims[3].score, (200.0 / 3.0 + 100.0 + 50.0) / 3.0);
        // Proactiveness: three "no" answers.
        close(dims[2].score, 0.0);
        // Data-driven: project-reviews and benefits-tracked are n/a, left out.
        assert_eq!(dims[1].counts.not_applicable, 2);
    }
}
